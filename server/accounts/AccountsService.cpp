#include "server/accounts/AccountsService.h"

#include "server/accounts/AccountMessages.h"
#include "server/appeals/AppealStore.h"
#include "server/db/RowReader.h"
#include "server/payments/PaymentDue.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAccounts, "lkk.server.accounts")

namespace lkk::server::accounts {

using namespace Qt::StringLiterals;

namespace {

// Each linked account with its latest bill, what has been paid against that since
// (payments::PaymentDue) and its appeals unread by the caller, in one query.
const QString kSummarySelect =
    u"SELECT a.id, a.number, a.kind, a.address_display, l.relation, b.period, b.total_to_pay, b.penalties, "_s +
    payments::PaymentDue::paidAfterBillSql() + u", "_s + appeals::AppealStore::unreadOfLinkSql() +
    u" FROM account_links l JOIN billing_accounts a ON a.id = l.account_id "
    u"LEFT JOIN billing_bills b ON b.account_id = a.id "
    u"AND b.period = (SELECT MAX(m.period) FROM billing_bills m WHERE m.account_id = a.id) WHERE l.user_id = ?"_s;

// kSummarySelect's binds before the caller's: now, for the payments' status.
void bindSummary(RowReader& q, const RequestContext& context) {
    q.bind(context.nowMs);
    q.bind(context.caller.userId);
}

// The AccountSummary of each row of `rows` (kSummarySelect, executed), in order: period, toPay and
// penalties of the latest bill (null and 0 without one; toPay less the payments made since that
// bill), unreadAppeals.
Result<QJsonArray> summaries(RowReader& rows) {
    QJsonArray accounts;
    while (rows.next()) {
        QJsonObject s{{u"id"_s, rows.integer(0)},
                      {u"number"_s, rows.string(1)},
                      {u"kind"_s, rows.string(2)},
                      {u"address"_s, rows.string(3)},
                      {u"relation"_s, rows.string(4)},
                      {u"period"_s, QJsonValue::Null},
                      {u"toPay"_s, 0},
                      {u"penalties"_s, 0},
                      {u"unreadAppeals"_s, rows.integer(9)}};
        if (!rows.isNull(5)) {
            s.insert(u"period"_s, rows.string(5));
            s.insert(u"toPay"_s, rows.integer(6) - rows.integer(8));
            s.insert(u"penalties"_s, rows.integer(7));
        }
        accounts.append(s);
    }
    if (rows.failed())
        return Failure::databaseUnavailable();
    return accounts;
}

} // namespace

Failure AccountsService::notFound(Language language) {
    return Failure::of(404, errc::accountNotFound, {},
                       AccountMessages::text(AccountMessages::Text::AccountNotFound, language));
}

Result<bool> AccountsService::isLinked(RequestContext& context, qint64 accountId) {
    if (accountId <= 0)
        return false;
    if (accountId == context.linkedAccountId)
        return true;
    // Every account route asks this first: prepared once per connection.
    RowReader q(context.db, u"SELECT 1 FROM account_links WHERE user_id = ? AND account_id = ?"_s);
    q.bind(context.caller.userId).bind(accountId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    const bool linked = q.next();
    if (q.failed())
        return Failure::databaseUnavailable();
    return linked;
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
    static const QString sql = kSummarySelect + u" AND a.id = ?"_s;
    RowReader q(context.db, sql);
    bindSummary(q, context);
    q.bind(accountId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    const auto found = summaries(q);
    if (!found)
        return found.failure();
    if (found->isEmpty())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(found->first().toObject());
}

Result<QJsonArray> AccountsService::linkedAccounts(RequestContext& context) {
    static const QString sql = kSummarySelect + u" ORDER BY l.linked_at, l.id"_s;
    RowReader q(context.db, sql);
    bindSummary(q, context);
    if (!q.exec())
        return Failure::databaseUnavailable();
    return summaries(q);
}

Result<ApiReply> AccountsService::list(RequestContext& context) {
    const auto accounts = linkedAccounts(context);
    if (!accounts)
        return accounts.failure();
    return ApiReply::json(QJsonObject{{u"accounts"_s, *accounts}});
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
