#pragma once

#include "server/Result.h"
#include "server/appeals/AppealStore.h"
#include "server/appeals/CustomerAppeals.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"
#include "server/operator/AuditTrail.h"

#include <functional>

namespace lkk::server {
class Database;
namespace users {
class UsersApi;
}
} // namespace lkk::server

namespace lkk::server::operators {

// The operators' actions on a caller's behalf (docs/openapi.yaml, tag operator; routes:
// OperatorRoutes.cpp) besides a reading (OperatorApi): each needs a reason of 10–500 characters
// and writes its audit entry in the transaction of what it does, so a refused or failed action
// leaves none and an entry that cannot be written fails the action. None of them pays, changes a
// password or an e-mail, or links an account.
class CallerActions {
public:
    CallerActions(Database& database, const users::UsersApi& users);

    Result<ApiReply> resendConfirmation(RequestContext& context) const; // POST …/customers/{id}/confirmation
    Result<ApiReply> liftSignInLock(RequestContext& context) const;     // POST …/customers/{id}/sign-in-lock/lift
    Result<ApiReply> liftLinkLock(RequestContext& context) const;       // POST …/customers/{id}/link-lock/lift
    Result<ApiReply> registerAppeal(RequestContext& context) const;     // POST …/customers/{id}/appeals

private:
    // `act` and the entry it completes in one transaction (the caller's user row locked first).
    Result<ApiReply> audited(RequestContext& context, AuditEntry entry,
                             const std::function<Result<ApiReply>(AuditEntry&)>& act) const;

    Database& m_database;
    const users::UsersApi& m_users;
    appeals::AppealStore m_appealStore;
    appeals::CustomerAppeals m_appeals;
};

} // namespace lkk::server::operators
