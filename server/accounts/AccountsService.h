#pragma once

#include "AccountContext.h"

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

    // AccountSummary of a linked account; nullopt when not linked; *dbError on a database error.
    static std::optional<QJsonObject> summary(const Caller& caller, qint64 accountId, bool* dbError);

    static ApiReply list(Caller& caller);
    static ApiReply get(Caller& caller, const QString& idText);
    static ApiReply unlink(Caller& caller, const QString& idText);
};

} // namespace lkk::server::accounts
