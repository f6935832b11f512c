#include "server/payments/PaymentDue.h"

#include "server/accounts/TomskTime.h"
#include "server/db/PreparedQuery.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;

namespace {

QString key(qint64 providerId, const QString& subAccount) {
    return QString::number(providerId) + u'/' + subAccount;
}

// When a period was first billed: the first import that covered it (0 when none did).
std::optional<qint64> firstImportCovering(QSqlDatabase& db, const QString& period) {
    PreparedQuery i(db, u"SELECT MIN(imported_at) FROM billing_imports WHERE period_up_to >= ?"_s);
    i->addBindValue(period);
    if (!i->exec())
        return std::nullopt;
    return i->next() && !i->value(0).isNull() ? i->value(0).toLongLong() : 0;
}

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

struct LatestBill {
    QString period; // empty: no bill
    qint64 issuedAtMs = 0;
    QHash<QString, qint64> totals; // key(provider, subAccount) -> totalToPay
    QStringList order;             // keys in bill order
};

// The latest bill, its provider blocks and when its period was first billed, in one query (a bill
// without provider blocks comes as one row without a provider).
bool latestBill(QSqlDatabase& db, qint64 accountId, LatestBill* out) {
    PreparedQuery q(db,
                    u"SELECT b.period, (SELECT MIN(i.imported_at) FROM billing_imports i WHERE i.period_up_to >= "
                    u"b.period), bp.provider_id, bp.sub_account, bp.total_to_pay FROM billing_bills b "
                    u"LEFT JOIN billing_bill_providers bp ON bp.bill_id = b.id WHERE b.account_id = ? AND b.period = "
                    u"(SELECT MAX(period) FROM billing_bills WHERE account_id = ?) ORDER BY bp.ord, bp.id"_s);
    q->addBindValue(accountId);
    q->addBindValue(accountId);
    if (!q->exec())
        return false;
    while (q->next()) {
        out->period = q->value(0).toString();
        out->issuedAtMs = q->value(1).isNull() ? 0 : q->value(1).toLongLong();
        if (q->value(2).isNull())
            continue;
        const QString k = key(q->value(2).toLongLong(), q->value(3).toString());
        out->totals.insert(k, q->value(4).toLongLong());
        out->order << k;
    }
    return !q->lastError().isValid();
}

// key -> Σ payments counted against the bill.
bool paidAfter(QSqlDatabase& db, qint64 accountId, const LatestBill& bill, qint64 nowMs, QHash<QString, qint64>* out) {
    if (bill.period.isEmpty())
        return true;
    PreparedQuery q(
        db,
        u"SELECT provider_id, sub_account, SUM(amount) FROM billing_payments WHERE account_id = ? AND "_s +
            PaymentDue::statusSql() +
            u" IN ('processing', 'credited') AND payment_date >= ? AND (payment_date > ? OR (paid_at_ms IS NOT NULL "
            u"AND paid_at_ms > ?)) GROUP BY provider_id, sub_account"_s);
    q->addBindValue(accountId);
    q->addBindValue(nowMs);
    q->addBindValue(earliestCountedDate(bill.period, bill.issuedAtMs));
    q->addBindValue(PaymentDue::monthEnd(bill.period));
    q->addBindValue(bill.issuedAtMs);
    if (!q->exec())
        return false;
    while (q->next())
        out->insert(key(q->value(0).toLongLong(), q->value(1).toString()), q->value(2).toLongLong());
    return true;
}

// The account's sub-accounts with the bill's totals and the sums paid (absent: 0), in the
// bill's order, then the others by contract.
std::optional<QList<SubAccount>> inBillOrder(QSqlDatabase& db, qint64 accountId, const LatestBill& bill,
                                             const QHash<QString, qint64>& paid) {
    PreparedQuery q(
        db, u"SELECT c.provider_id, p.name, c.sub_account, MIN(c.id) AS first_contract FROM billing_contracts c "
            u"JOIN billing_providers p ON p.id = c.provider_id WHERE c.account_id = ? "
            u"GROUP BY c.provider_id, p.name, c.sub_account ORDER BY first_contract"_s);
    q->addBindValue(accountId);
    if (!q->exec())
        return std::nullopt;
    QList<SubAccount> byContract;
    while (q->next()) {
        SubAccount s;
        s.providerId = q->value(0).toLongLong();
        s.provider = q->value(1).toString();
        s.subAccount = q->value(2).toString();
        const QString k = key(s.providerId, s.subAccount);
        s.billTotal = bill.totals.value(k);
        s.paidAfter = paid.value(k);
        byContract << s;
    }
    // The bill's order first, then whatever the bill does not list.
    QList<SubAccount> result;
    for (const QString& k : std::as_const(bill.order)) {
        for (const SubAccount& s : std::as_const(byContract)) {
            if (key(s.providerId, s.subAccount) == k)
                result << s;
        }
    }
    for (const SubAccount& s : std::as_const(byContract)) {
        if (!bill.order.contains(key(s.providerId, s.subAccount)))
            result << s;
    }
    return result;
}

} // namespace

QString PaymentDue::statusSql() {
    return u"(CASE WHEN status = 'processing' AND credit_at IS NOT NULL AND credit_at <= ? THEN 'credited' "
           u"ELSE status END)"_s;
}

QString PaymentDue::monthEnd(const QString& period) {
    // Qt::ISODate (yyyy-MM-dd) is read and written directly; a format string goes through Qt's
    // general date parser, several times slower (bench/RESULTS.md, «Where the time goes»).
    const QDate first = QDate::fromString(period + u"-01"_s, Qt::ISODate);
    return first.isValid() ? first.addMonths(1).addDays(-1).toString(Qt::ISODate) : QString();
}

std::optional<QList<SubAccount>> PaymentDue::subAccounts(QSqlDatabase& db, qint64 accountId, qint64 nowMs) {
    LatestBill bill;
    QHash<QString, qint64> paid;
    if (!latestBill(db, accountId, &bill) || !paidAfter(db, accountId, bill, nowMs, &paid))
        return std::nullopt;
    return inBillOrder(db, accountId, bill, paid);
}

std::optional<QList<SubAccount>> PaymentDue::subAccountsInOrder(QSqlDatabase& db, qint64 accountId) {
    LatestBill bill;
    if (!latestBill(db, accountId, &bill))
        return std::nullopt;
    return inBillOrder(db, accountId, bill, {});
}

std::optional<QHash<qint64, qint64>>
PaymentDue::paidAfterLatestBills(QSqlDatabase& db, const QHash<qint64, QString>& latestPeriods, qint64 nowMs) {
    QHash<qint64, qint64> paid;
    if (latestPeriods.isEmpty())
        return paid;
    // The accounts of one customer are billed by the same imports: usually one period, one query.
    QHash<QString, qint64> issuedAt;
    QHash<QString, QString> periodEnds; // per period, not per payment row
    for (const QString& period : latestPeriods) {
        if (issuedAt.contains(period))
            continue;
        const auto at = firstImportCovering(db, period);
        if (!at)
            return std::nullopt;
        issuedAt.insert(period, *at);
        periodEnds.insert(period, monthEnd(period));
    }
    const QString earliestPeriod = *std::min_element(latestPeriods.cbegin(), latestPeriods.cend());
    const qint64 earliestIssue = *std::min_element(issuedAt.cbegin(), issuedAt.cend());
    // Every candidate payment of all the accounts in one query (the loosest of their limits),
    // then each account's own limits here.
    PreparedQuery q(
        db,
        u"SELECT account_id, payment_date, paid_at_ms, amount FROM billing_payments WHERE account_id IN ("_s +
            QStringList(latestPeriods.size(), u"?"_s).join(u',') + u") AND "_s + statusSql() +
            u" IN ('processing', 'credited') AND payment_date >= ? AND (payment_date > ? OR (paid_at_ms IS NOT NULL "
            u"AND paid_at_ms > ?))"_s);
    for (auto it = latestPeriods.cbegin(); it != latestPeriods.cend(); ++it)
        q->addBindValue(it.key());
    q->addBindValue(nowMs);
    q->addBindValue(earliestCountedDate(earliestPeriod, earliestIssue));
    q->addBindValue(monthEnd(earliestPeriod));
    q->addBindValue(earliestIssue);
    if (!q->exec())
        return std::nullopt;
    while (q->next()) {
        const qint64 accountId = q->value(0).toLongLong();
        const QString period = latestPeriods.value(accountId);
        const bool afterPeriod = q->value(1).toString() > periodEnds.value(period);
        const bool afterIssue = !q->value(2).isNull() && q->value(2).toLongLong() > issuedAt.value(period);
        if (afterPeriod || afterIssue)
            paid[accountId] += q->value(3).toLongLong();
    }
    return paid;
}

} // namespace lkk::server::payments
