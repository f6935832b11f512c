#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

namespace lkk::server::faq {

// GET /faq: every company's questions and answers in Russian or English (?lang=ru|en, else
// Accept-Language), an English text missing in the file shown in Russian. No sign-in.
class FaqApi {
public:
    Result<ApiReply> list(RequestContext& context) const;
};

} // namespace lkk::server::faq
