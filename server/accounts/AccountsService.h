#pragma once

#include "server/accounts/AccountContext.h"

#include <QJsonObject>
#include <optional>

namespace lkk::server::accounts {

// The customer's linked accounts: list, one, unlink, and the one authorization rule every account
// endpoint shares (requireLinked): an account not linked to the caller answers exactly like one
// that does not exist (404 account_not_found), so ids reveal nothing.
class AccountsService {
public:
    enum class Lookup { Linked, NotLinked, DatabaseError };

    static Lookup requireLinked(const Caller& caller, qint64 accountId);
    static ApiReply notFound(Language language);
    // The check at the top of every endpoint about one account: nullopt when the account is the
    // caller's, otherwise the reply to send (404 account_not_found, or 503 when the database is down).
    static std::optional<ApiReply> refuseUnlessLinked(Caller& caller, qint64 accountId);

    // AccountSummary of a linked account; nullopt when not linked; *dbError on a database error.
    static std::optional<QJsonObject> summary(const Caller& caller, qint64 accountId, bool* dbError);

    static ApiReply list(Caller& caller);
    static ApiReply get(Caller& caller, const QString& idText);
    static ApiReply unlink(Caller& caller, const QString& idText);
};

} // namespace lkk::server::accounts
