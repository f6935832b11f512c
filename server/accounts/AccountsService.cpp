#include "server/accounts/AccountsService.h"

#include "server/accounts/AccountMessages.h"
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
// made since that bill (payments::PaymentDue, docs/payments.md).
bool summaryFromRow(QSqlDatabase& db, const QSqlQuery& row, qint64 nowMs, QJsonObject* out) {
    const qint64 accountId = row.value(0).toLongLong();
    QJsonObject s{{u"id"_s, accountId},
                  {u"number"_s, row.value(1).toString()},
                  {u"kind"_s, row.value(2).toString()},
                  {u"address"_s, row.value(3).toString()},
                  {u"relation"_s, row.value(4).toString()},
                  {u"period"_s, QJsonValue::Null},
                  {u"toPay"_s, 0},
                  {u"penalties"_s, 0}};
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

ApiReply AccountsService::notFound(Language language) {
    return ApiReply::error(404, errc::accountNotFound, language, {},
                           AccountMessages::text(AccountMessages::Text::AccountNotFound, language));
}

AccountsService::Lookup AccountsService::requireLinked(const Caller& caller, qint64 accountId) {
    if (accountId <= 0)
        return Lookup::NotLinked;
    QSqlQuery q(caller.db);
    q.prepare(u"SELECT 1 FROM account_links WHERE user_id = ? AND account_id = ?"_s);
    q.addBindValue(caller.userId);
    q.addBindValue(accountId);
    if (!q.exec())
        return Lookup::DatabaseError;
    return q.next() ? Lookup::Linked : Lookup::NotLinked;
}

std::optional<ApiReply> AccountsService::refuseUnlessLinked(Caller& caller, qint64 accountId) {
    switch (requireLinked(caller, accountId)) {
    case Lookup::Linked:
        return std::nullopt;
    case Lookup::NotLinked: {
        ApiReply reply = notFound(caller.language);
        reply.userId = caller.userId;
        return reply;
    }
    case Lookup::DatabaseError:
        break;
    }
    return databaseDown(caller.db, caller.language);
}

std::optional<QJsonObject> AccountsService::summary(const Caller& caller, qint64 accountId, bool* dbError) {
    *dbError = false;
    QSqlDatabase db = caller.db;
    QSqlQuery q(db);
    q.prepare(kSummarySelect + u" AND a.id = ?"_s);
    q.addBindValue(caller.userId);
    q.addBindValue(accountId);
    if (!q.exec()) {
        *dbError = true;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    QJsonObject s;
    if (!summaryFromRow(db, q, caller.nowMs, &s)) {
        *dbError = true;
        return std::nullopt;
    }
    return s;
}

ApiReply AccountsService::list(Caller& caller) {
    QSqlQuery q(caller.db);
    q.prepare(kSummarySelect + u" ORDER BY l.linked_at, l.id"_s);
    q.addBindValue(caller.userId);
    if (!q.exec())
        return databaseDown(caller.db, caller.language);
    QJsonArray accounts;
    while (q.next()) {
        QJsonObject s;
        if (!summaryFromRow(caller.db, q, caller.nowMs, &s))
            return databaseDown(caller.db, caller.language);
        accounts.append(s);
    }
    ApiReply reply = ApiReply::json(QJsonObject{{u"accounts"_s, accounts}});
    reply.userId = caller.userId;
    return reply;
}

ApiReply AccountsService::get(Caller& caller, const QString& idText) {
    const qint64 id = parsePathId(idText);
    if (id <= 0)
        return notFound(caller.language);
    bool dbError = false;
    const auto s = summary(caller, id, &dbError);
    if (dbError)
        return databaseDown(caller.db, caller.language);
    if (!s)
        return notFound(caller.language);
    ApiReply reply = ApiReply::json(*s);
    reply.userId = caller.userId;
    return reply;
}

ApiReply AccountsService::unlink(Caller& caller, const QString& idText) {
    const qint64 id = parsePathId(idText);
    if (id <= 0)
        return notFound(caller.language);
    QSqlQuery q(caller.db);
    q.prepare(u"DELETE FROM account_links WHERE user_id = ? AND account_id = ?"_s);
    q.addBindValue(caller.userId);
    q.addBindValue(id);
    if (!q.exec())
        return databaseDown(caller.db, caller.language);
    if (q.numRowsAffected() <= 0)
        return notFound(caller.language);
    qCInfo(lcAccounts) << "user" << caller.userId << "unlinked account" << id;
    ApiReply reply = ApiReply::noContent();
    reply.userId = caller.userId;
    return reply;
}

} // namespace lkk::server::accounts
