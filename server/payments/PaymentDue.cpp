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

QString key(qint64 providerId, const QString& subAccount) {
    return QString::number(providerId) + u'/' + subAccount;
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

// The account's latest bill (none: out stays empty).
bool latestBill(QSqlDatabase& db, qint64 accountId, LatestBill* out) {
    PreparedQuery q(db, u"SELECT b.period, "_s + PaymentDue::issuedAtSql() +
                            u" FROM billing_bills b WHERE b.account_id = ? ORDER BY b.period DESC LIMIT 1"_s);
    q->addBindValue(accountId);
    if (!q->exec())
        return false;
    if (q->next()) {
        out->period = q->value(0).toString();
        out->issuedAtMs = q->value(1).isNull() ? 0 : q->value(1).toLongLong();
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
    LatestBill bill;
    QHash<QString, qint64> paid;
    if (!latestBill(db, accountId, &bill) || !paidAfter(db, accountId, bill, nowMs, &paid))
        return std::nullopt;
    auto result = subAccountsInOrder(db, accountId);
    if (result) {
        for (SubAccount& s : *result)
            s.paidAfter = paid.value(key(s.providerId, s.subAccount));
    }
    return result;
}

std::optional<QList<SubAccount>> PaymentDue::subAccountsInOrder(QSqlDatabase& db, qint64 accountId) {
    // A provider has one block on a bill (UNIQUE (bill_id, provider_id)), so each sub-account joins
    // at most one block of the latest bill: those with a block first in the bill's order, then the
    // others by contract.
    PreparedQuery q(
        db,
        u"SELECT c.provider_id, p.name, c.sub_account, COALESCE(bp.total_to_pay, 0), MIN(c.id) AS first_contract "
        u"FROM billing_contracts c JOIN billing_providers p ON p.id = c.provider_id LEFT JOIN billing_bill_providers "
        u"bp ON bp.bill_id = (SELECT id FROM billing_bills WHERE account_id = ? ORDER BY period DESC LIMIT 1) AND "
        u"bp.provider_id = c.provider_id AND bp.sub_account = c.sub_account WHERE c.account_id = ? "
        u"GROUP BY c.provider_id, p.name, c.sub_account, bp.total_to_pay, bp.ord, bp.id "
        u"ORDER BY bp.id IS NULL, bp.ord, bp.id, first_contract"_s);
    q->addBindValue(accountId);
    q->addBindValue(accountId);
    if (!q->exec())
        return std::nullopt;
    QList<SubAccount> result;
    while (q->next()) {
        SubAccount s;
        s.providerId = q->value(0).toLongLong();
        s.provider = q->value(1).toString();
        s.subAccount = q->value(2).toString();
        s.billTotal = q->value(3).toLongLong();
        result << s;
    }
    if (q->lastError().isValid())
        return std::nullopt;
    return result;
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
