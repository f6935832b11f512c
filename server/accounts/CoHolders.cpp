#include "server/accounts/CoHolders.h"

#include "server/accounts/AccountContext.h"
#include "server/accounts/AccountsService.h"
#include "server/accounts/TomskTime.h"
#include "server/db/PreparedQuery.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

namespace lkk::server::accounts {

using namespace Qt::StringLiterals;

Result<qint64> CoHolders::holderOf(QSqlDatabase& db, qint64 accountId) {
    PreparedQuery q(db, u"SELECT "_s + holderSql());
    q->addBindValue(accountId);
    if (!q->exec() || !q->next())
        return Failure::databaseUnavailable();
    return q->value(0).isNull() ? 0 : q->value(0).toLongLong();
}

QString CoHolders::holderSql() {
    return u"(SELECT user_id FROM account_links WHERE account_id = ? "
           u"ORDER BY CASE WHEN relation = 'owner' THEN 0 ELSE 1 END, linked_at, id LIMIT 1)"_s;
}

QString CoHolders::maskEmail(const QString& email) {
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0)
        return u"***"_s;
    return email.left(1) + u"***"_s + email.mid(at);
}

QString CoHolders::maskName(const QString& surname, const QString& firstName) {
    const QString initial = firstName.isEmpty() ? QString() : u" "_s + firstName.left(1) + u"."_s;
    return QString(surname + initial).trimmed();
}

Result<qint64> CoHolders::requireHolder(RequestContext& context, const QString& idText) {
    const auto accountId = AccountsService::requireLinked(context, idText);
    if (!accountId)
        return accountId;
    const auto holder = holderOf(context.db, *accountId);
    if (!holder)
        return holder.failure();
    if (*holder != context.caller.userId)
        return Failure::of(403, errc::forbidden);
    return *accountId;
}

Result<ApiReply> CoHolders::list(RequestContext& context, const QString& idText) {
    const auto accountId = requireHolder(context, idText);
    if (!accountId)
        return accountId.failure();
    QSqlQuery q(context.db);
    q.prepare(u"SELECT l.id, l.relation, l.linked_at, u.email, u.surname, u.first_name FROM account_links l "
              u"JOIN users u ON u.id = l.user_id WHERE l.account_id = ? AND l.user_id <> ? "
              u"ORDER BY l.linked_at, l.id"_s);
    q.addBindValue(*accountId);
    q.addBindValue(context.caller.userId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    QJsonArray coHolders;
    while (q.next()) {
        coHolders.append(QJsonObject{{u"linkId"_s, q.value(0).toLongLong()},
                                     {u"relation"_s, q.value(1).toString()},
                                     {u"linkedAt"_s, TomskTime::isoUtc(q.value(2).toLongLong())},
                                     {u"email"_s, maskEmail(q.value(3).toString())},
                                     {u"name"_s, maskName(q.value(4).toString(), q.value(5).toString())}});
    }
    return ApiReply::json(QJsonObject{{u"coHolders"_s, coHolders}});
}

Result<ApiReply> CoHolders::remove(RequestContext& context, const QString& idText, const QString& linkIdText) {
    const auto accountId = requireHolder(context, idText);
    if (!accountId)
        return accountId.failure();
    QSqlQuery q(context.db);
    q.prepare(u"DELETE FROM account_links WHERE id = ? AND account_id = ? AND user_id <> ?"_s);
    q.addBindValue(parsePathId(linkIdText));
    q.addBindValue(*accountId);
    q.addBindValue(context.caller.userId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (q.numRowsAffected() <= 0)
        return Failure::of(404, errc::notFound);
    qCInfo(lcAccounts) << "user" << context.caller.userId << "removed a co-holder of account" << *accountId;
    return ApiReply::noContent();
}

} // namespace lkk::server::accounts
