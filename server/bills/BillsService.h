#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

namespace lkk::server::payments {

// GET /accounts/{id}/bills: the account's bills (ЕПД) with providers and service lines exactly as
// imported, newest first, for a range of billing periods.
class BillsService {
public:
    // GET /accounts/{id}/bills?from=YYYY-MM&to=YYYY-MM
    Result<ApiReply> bills(RequestContext& context) const;
};

} // namespace lkk::server::payments
