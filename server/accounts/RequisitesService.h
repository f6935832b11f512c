#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

namespace lkk::server::accounts {

// «Реквизиты ЛС» (docs/manual.md §10): general information and contracts with the tariff in force
// today, a contract's tariff history, and the meters with their readings in a period. Each answer
// first checks that the account is linked to the caller (AccountsService::requireLinked).
class RequisitesService {
public:
    static Result<ApiReply> requisites(RequestContext& context, const QString& idText);
    static Result<ApiReply> tariffs(RequestContext& context, const QString& idText, const QString& contractIdText);
    // query: "from=YYYY-MM-DD&to=YYYY-MM-DD", both optional (default: the last 12 months to today).
    static Result<ApiReply> meters(RequestContext& context, const QString& idText, const QString& query);
};

} // namespace lkk::server::accounts
