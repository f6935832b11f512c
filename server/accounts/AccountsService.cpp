#include "server/accounts/AccountsService.h"

#include "server/accounts/AccountMessages.h"
#include "server/appeals/AppealStore.h"
#include "server/payments/PaymentDue.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcAccounts, "lkk.server.accounts")

namespace lkk::server::accounts {

using namespace Qt::StringLiterals;

namespace {

const QString kSummarySelect = u"SELECT a.id, a.number, a.kind, a.address_display, l.relation FROM account_links l "
                               u"JOIN billing_accounts a ON a.id = l.account_id WHERE l.user_id = ?"_s;

// Adds period/toPay/penalties of the latest bill (0 and null without one); toPay less the payments
// made since that bill (payments::PaymentDue); unreadAppeals from `unread` (accountId → count).
bool summaryFromRow(QSqlDatabase& db, const QSqlQuery& row, qint64 nowMs, const QHash<qint64, int>& unread,
                    QJsonObject* out) {
    const qint64 accountId = row.value(0).toLongLong();
    QJsonObject s{{u"id"_s, accountId},
                  {u"number"_s, row.value(1).toString()},
                  {u"kind"_s, row.value(2).toString()},
                  {u"address"_s, row.value(3).toString()},
                  {u"relation"_s, row.value(4).toString()},
                  {u"period"_s, QJsonValue::Null},
                  {u"toPay"_s, 0},
                  {u"penalties"_s, 0},
                  {u"unreadAppeals"_s, unread.value(accountId)}};
    QSqlQuery bill(db);
    bill.prepare(u"SELECT period, total_to_pay, penalties FROM billing_bills WHERE account_id = ? "
                 u"ORDER BY period DESC LIMIT 1"_s);
    bill.addBindValue(accountId);
    if (!bill.exec())
        return false;
    if (bill.next()) {
        s.insert(u"period"_s, bill.value(0).toString());
        const auto paidSince = payments::PaymentDue::paidAfterLatestBill(db, accountId, nowMs);
        if (!paidSince)
            return false;
        s.insert(u"toPay"_s, bill.value(1).toLongLong() - *paidSince);
        s.insert(u"penalties"_s, bill.value(2).toLongLong());
    }
    *out = s;
    return true;
}

} // namespace

Failure AccountsService::notFound(Language language) {
    return Failure::of(404, errc::accountNotFound, {},
                       AccountMessages::text(AccountMessages::Text::AccountNotFound, language));
}

Result<bool> AccountsService::isLinked(RequestContext& context, qint64 accountId) {
    if (accountId <= 0)
        return false;
    QSqlQuery q(context.db);
    q.prepare(u"SELECT 1 FROM account_links WHERE user_id = ? AND account_id = ?"_s);
    q.addBindValue(context.caller.userId);
    q.addBindValue(accountId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    return q.next();
}

Result<qint64> AccountsService::requireLinked(RequestContext& context, const QString& idText) {
    const qint64 accountId = parsePathId(idText);
    const auto linked = isLinked(context, accountId);
    if (!linked)
        return linked.failure();
    if (!*linked)
        return notFound(context.language);
    return accountId;
}

Result<std::optional<QJsonObject>> AccountsService::summary(RequestContext& context, qint64 accountId) {
    QSqlQuery q(context.db);
    q.prepare(kSummarySelect + u" AND a.id = ?"_s);
    q.addBindValue(context.caller.userId);
    q.addBindValue(accountId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (!q.next())
        return std::optional<QJsonObject>();
    const auto unread = appeals::AppealStore::unreadByAccount(context.db, context.caller.userId);
    if (!unread)
        return unread.failure();
    QJsonObject s;
    if (!summaryFromRow(context.db, q, context.nowMs, *unread, &s))
        return Failure::databaseUnavailable();
    return std::optional<QJsonObject>(s);
}

Result<ApiReply> AccountsService::list(RequestContext& context) {
    QSqlQuery q(context.db);
    q.prepare(kSummarySelect + u" ORDER BY l.linked_at, l.id"_s);
    q.addBindValue(context.caller.userId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    const auto unread = appeals::AppealStore::unreadByAccount(context.db, context.caller.userId);
    if (!unread)
        return unread.failure();
    QJsonArray accounts;
    while (q.next()) {
        QJsonObject s;
        if (!summaryFromRow(context.db, q, context.nowMs, *unread, &s))
            return Failure::databaseUnavailable();
        accounts.append(s);
    }
    return ApiReply::json(QJsonObject{{u"accounts"_s, accounts}});
}

Result<ApiReply> AccountsService::get(RequestContext& context, const QString& idText) {
    const qint64 id = parsePathId(idText);
    if (id <= 0)
        return notFound(context.language);
    const auto s = summary(context, id);
    if (!s)
        return s.failure();
    if (!*s)
        return notFound(context.language);
    return ApiReply::json(**s);
}

Result<ApiReply> AccountsService::unlink(RequestContext& context, const QString& idText) {
    const qint64 id = parsePathId(idText);
    if (id <= 0)
        return notFound(context.language);
    QSqlQuery q(context.db);
    q.prepare(u"DELETE FROM account_links WHERE user_id = ? AND account_id = ?"_s);
    q.addBindValue(context.caller.userId);
    q.addBindValue(id);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (q.numRowsAffected() <= 0)
        return notFound(context.language);
    qCInfo(lcAccounts) << "user" << context.caller.userId << "unlinked account" << id;
    return ApiReply::noContent();
}

} // namespace lkk::server::accounts
