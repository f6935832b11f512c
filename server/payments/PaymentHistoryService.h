#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

namespace lkk::server::payments {

// GET /accounts/{id}/payments: the payments of a date range grouped by sub-account (docs/manual.md
// §9.3); every sub-account of the account is listed, also without payments in the range.
class PaymentHistoryService {
public:
    static Result<ApiReply> payments(RequestContext& context, const QString& idText, const QString& query);
};

} // namespace lkk::server::payments
