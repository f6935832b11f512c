#include "server/payments/PaymentDue.h"

#include "server/accounts/TomskTime.h"
#include "server/db/PreparedQuery.h"

#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;

namespace {

// The earliest payment_date of a payment that can count against a bill of `period` issued at
// `issuedAtMs`: the day after the period, or for a cabinet payment made after the issue the day it
// was paid (OrderStore dates it so; the margin of two days covers an import giving the bank's date
// in another time zone). As a range of billing_payments_account_idx it spares the queries the
// account's older payments, years of them, which only the conditions after it would drop.
QString earliestCountedDate(const QString& period, qint64 issuedAtMs) {
    const QDate periodEnd = QDate::fromString(PaymentDue::monthEnd(period), Qt::ISODate);
    if (!periodEnd.isValid())
        return {};
    const QDate day = std::min(periodEnd.addDays(1), accounts::TomskTime::today(issuedAtMs).addDays(-2));
    return day.toString(Qt::ISODate);
}

// The account's sub-accounts with their block of the latest bill: a provider has one block on a
// bill (UNIQUE (bill_id, provider_id)), so each sub-account joins at most one. `paidJoin` joins
// more per sub-account (c: the contract) and `paidColumn` is its column, an aggregate. Binds the
// account, then those of `paidJoin`, then the account again.
QString subAccountsSql(const QString& paidColumn, const QString& paidJoin) {
    return u"SELECT c.provider_id, p.name AS provider, c.sub_account, COALESCE(bp.total_to_pay, 0) AS bill_total, "_s +
           paidColumn +
           u" AS paid_after, bp.ord AS block_ord, bp.id AS block_id, MIN(c.id) AS first_contract "
           u"FROM billing_contracts c JOIN billing_providers p ON p.id = c.provider_id LEFT JOIN "
           u"billing_bill_providers "
           u"bp ON bp.bill_id = (SELECT id FROM billing_bills WHERE account_id = ? ORDER BY period DESC LIMIT 1) AND "
           u"bp.provider_id = c.provider_id AND bp.sub_account = c.sub_account "_s +
           paidJoin +
           u" WHERE c.account_id = ? GROUP BY c.provider_id, p.name, c.sub_account, bp.total_to_pay, bp.ord, bp.id"_s;
}

// The sub-accounts with Σ payments counted against the latest bill (paid_after). A payment dated
// before the bill's period never counts (it was made before any bill of the period could be
// imported), which bounds the range of billing_payments_account_idx read: the account's older
// payments, years of them, are not read. Binds the account three times, now, the account.
QString dueSql() {
    return subAccountsSql(
        u"COALESCE(MAX(paid.amount), 0)"_s, // one row per sub-account
        u"LEFT JOIN (SELECT pay.provider_id, pay.sub_account, SUM(pay.amount) AS amount FROM (SELECT b.period, "_s +
            u"COALESCE("_s + PaymentDue::issuedAtSql() +
            u", 0) AS issued_at FROM billing_bills b WHERE b.account_id = ? ORDER BY b.period DESC LIMIT 1) bill, "
            u"billing_payments pay WHERE pay.account_id = ? AND "_s +
            PaymentDue::statusSql() +
            u" IN ('processing', 'credited') AND pay.payment_date >= (bill.period || '-01') AND "
            u"(substr(pay.payment_date, 1, 7) > bill.period OR pay.paid_at_ms > bill.issued_at) "
            u"GROUP BY pay.provider_id, pay.sub_account) paid ON paid.provider_id = c.provider_id AND "
            u"paid.sub_account = c.sub_account"_s);
}

// The order of subAccountsSql's rows: the latest bill's order, then by contract.
const QString kOrder = u" ORDER BY bp.id IS NULL, bp.ord, bp.id, first_contract"_s;
// The same order of subAccountsSql as a table aliased d, and what subAccountAt() reads of it.
const QString kOrderOfD = u" ORDER BY d.block_id IS NULL, d.block_ord, d.block_id, d.first_contract"_s;
const QString kColumnsOfD = u"d.provider_id, d.provider, d.sub_account, d.bill_total, d.paid_after"_s;

void bindDue(QSqlQuery& q, qint64 accountId, qint64 nowMs) {
    q.addBindValue(accountId);
    q.addBindValue(accountId);
    q.addBindValue(accountId);
    q.addBindValue(nowMs);
    q.addBindValue(accountId);
}

// The row's sub-account from column `first` on (the first five of subAccountsSql), none for a row
// without one.
std::optional<SubAccount> subAccountAt(const QSqlQuery& q, int first) {
    if (q.value(first).isNull())
        return std::nullopt;
    SubAccount s;
    s.providerId = q.value(first).toLongLong();
    s.provider = q.value(first + 1).toString();
    s.subAccount = q.value(first + 2).toString();
    s.billTotal = q.value(first + 3).toLongLong();
    s.paidAfter = q.value(first + 4).toLongLong();
    return s;
}

// The sub-accounts of a statement of subAccountsSql, executed here.
std::optional<QList<SubAccount>> readSubAccounts(QSqlQuery& q) {
    if (!q.exec())
        return std::nullopt;
    QList<SubAccount> result;
    while (q.next())
        result << *subAccountAt(q, 0);
    if (q.lastError().isValid())
        return std::nullopt;
    return result;
}

} // namespace

QString PaymentDue::statusSql() {
    return u"(CASE WHEN status = 'processing' AND credit_at IS NOT NULL AND credit_at <= ? THEN 'credited' "
           u"ELSE status END)"_s;
}

QString PaymentDue::issuedAtSql() {
    return u"(SELECT MIN(i.imported_at) FROM billing_imports i WHERE i.period_up_to >= b.period)"_s;
}

QString PaymentDue::monthEnd(const QString& period) {
    // Qt::ISODate (yyyy-MM-dd) is read and written directly; a format string goes through Qt's
    // general date parser, several times slower (bench/RESULTS.md, «Where the time goes»).
    const QDate first = QDate::fromString(period + u"-01"_s, Qt::ISODate);
    return first.isValid() ? first.addMonths(1).addDays(-1).toString(Qt::ISODate) : QString();
}

std::optional<QList<SubAccount>> PaymentDue::subAccounts(QSqlDatabase& db, qint64 accountId, qint64 nowMs) {
    static const QString sql = dueSql() + kOrder;
    PreparedQuery q(db, sql);
    bindDue(*q, accountId, nowMs);
    return readSubAccounts(*q);
}

std::optional<QList<SubAccount>> PaymentDue::subAccountsInOrder(QSqlDatabase& db, qint64 accountId) {
    static const QString sql = subAccountsSql(u"0"_s, {}) + kOrder;
    PreparedQuery q(db, sql);
    q->addBindValue(accountId);
    q->addBindValue(accountId);
    return readSubAccounts(*q);
}

std::optional<PaymentForm> PaymentDue::form(QSqlDatabase& db, qint64 accountId, qint64 userId, qint64 nowMs) {
    // One row without sub-accounts when the account has none.
    static const QString sql = u"SELECT a.address_display, u.email, u.phone, "_s + kColumnsOfD +
                               u" FROM billing_accounts a JOIN users u ON u.id = ? LEFT JOIN ("_s + dueSql() +
                               u") d ON 1 = 1 WHERE a.id = ?"_s + kOrderOfD;
    PreparedQuery q(db, sql);
    q->addBindValue(userId);
    bindDue(*q, accountId, nowMs);
    q->addBindValue(accountId);
    if (!q->exec())
        return std::nullopt;
    std::optional<PaymentForm> form;
    while (q->next()) {
        if (!form)
            form = PaymentForm{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), {}};
        if (const auto s = subAccountAt(*q, 3))
            form->subAccounts << *s;
    }
    if (q->lastError().isValid())
        return std::nullopt;
    return form;
}

QString PaymentDue::paidAfterBillSql() {
    // A month after the bill's (the payment dates are YYYY-MM-DD, the periods YYYY-MM), or paid in
    // the cabinet after the bill's first import. The range from the bill's month on spares the
    // index the account's older payments, years of them; a cabinet payment is dated the day it is
    // paid, so one paid after the import is in it. Without a bill `b.period` is NULL: none.
    return u"(SELECT COALESCE(SUM(p.amount), 0) FROM billing_payments p WHERE p.account_id = a.id AND "_s +
           statusSql() +
           u" IN ('processing', 'credited') AND p.payment_date >= b.period AND (substr(p.payment_date, 1, 7) > "
           u"b.period OR (p.paid_at_ms IS NOT NULL AND p.paid_at_ms > COALESCE("_s +
           issuedAtSql() + u", 0))))"_s;
}

} // namespace lkk::server::payments
