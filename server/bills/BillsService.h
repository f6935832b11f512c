#pragma once

#include "server/accounts/AccountContext.h"

namespace lkk::server::payments {

// GET /accounts/{id}/bills: the account's bills (ЕПД) with providers and service lines exactly as
// imported, newest first, for a range of billing periods.
class BillsService {
public:
    static ApiReply bills(accounts::Caller& caller, const QString& idText, const QString& query);
};

} // namespace lkk::server::payments
