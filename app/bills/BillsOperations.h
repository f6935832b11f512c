#pragma once

#include "app/api/ApiClient.h"
#include "app/api/Result.h"
#include "app/bills/BillDtos.h"

#include <QDate>

namespace lkk {

// GET /accounts/{id}/bills?from=YYYY-MM&to=YYYY-MM (Bearer; each bound only when valid — the server
// defaults to the last 12 billing periods).
struct GetBillsOperation {
    using Value = BillList;
    qint64 accountId = 0;
    QDate from; // only the month counts
    QDate to;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

} // namespace lkk
