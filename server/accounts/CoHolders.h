#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

#include <QSqlDatabase>

namespace lkk::server::accounts {

// The customers linked to one account. Its holder is the customer of the earliest link with
// the relation «owner» («Собственник»), or of the earliest link when nobody chose that relation;
// everyone else linked to it is a co-holder. The holder sees the co-holders (masked names and
// e-mails, relation, link date) and can remove them; only the holder gets the account's link
// code (docs/architecture.md, «Accounts»).
class CoHolders {
public:
    // The holder's user id; 0 when nobody is linked.
    static Result<qint64> holderOf(QSqlDatabase& db, qint64 accountId);
    // The same as an SQL scalar subquery, for a statement that reads it along (NULL when nobody is
    // linked); binds one value: the account id.
    static QString holderSql();

    // GET /accounts/{id}/co-holders: 403 forbidden for a co-holder.
    static Result<ApiReply> list(RequestContext& context, const QString& idText);
    // DELETE /accounts/{id}/co-holders/{linkId}: 204; 404 for a link that is not a co-holder's
    // of this account.
    static Result<ApiReply> remove(RequestContext& context, const QString& idText, const QString& linkIdText);

    // "d***@lkk.example"; "Петров П." (surname and the first name's initial).
    static QString maskEmail(const QString& email);
    static QString maskName(const QString& surname, const QString& firstName);

private:
    // The account's id when the caller holds it; 404 when it is not linked to the caller, 403
    // when the caller is a co-holder.
    static Result<qint64> requireHolder(RequestContext& context, const QString& idText);
};

} // namespace lkk::server::accounts
