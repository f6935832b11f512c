#pragma once

#include "server/Result.h"
#include "server/accounts/AccountContext.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace lkk::server::accounts {

// The customer's linked accounts: list, one, unlink, and the one authorization rule every account
// endpoint shares (requireLinked): an account not linked to the caller answers exactly like one
// that does not exist (404 account_not_found), so ids reveal nothing.
class AccountsService {
public:
    // Whether the account is linked to the caller.
    static Result<bool> isLinked(RequestContext& context, qint64 accountId);
    static Failure notFound(Language language);
    // The check at the top of every endpoint about one account: the account's id when it is the
    // caller's, otherwise 404 account_not_found (or the database failure).
    static Result<qint64> requireLinked(RequestContext& context, const QString& idText);

    // AccountSummary of a linked account; nullopt when not linked.
    static Result<std::optional<QJsonObject>> summary(RequestContext& context, qint64 accountId);

    // The AccountSummary of every account linked to the caller, in the order they were linked.
    static Result<QJsonArray> linkedAccounts(RequestContext& context);
    static Result<ApiReply> list(RequestContext& context);
    static Result<ApiReply> get(RequestContext& context, const QString& idText);
    static Result<ApiReply> unlink(RequestContext& context, const QString& idText);
};

} // namespace lkk::server::accounts
