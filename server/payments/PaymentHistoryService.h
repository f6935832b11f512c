#pragma once

#include "server/accounts/AccountContext.h"

namespace lkk::server::payments {

// GET /accounts/{id}/payments: the payments of a date range grouped by sub-account (docs/manual.md
// §9.3); every sub-account of the account is listed, also without payments in the range.
class PaymentHistoryService {
public:
    static ApiReply payments(accounts::Caller& caller, const QString& idText, const QString& query);
};

} // namespace lkk::server::payments
