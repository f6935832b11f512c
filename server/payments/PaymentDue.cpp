#include "server/payments/PaymentDue.h"

#include "server/db/RowReader.h"

namespace lkk::server::payments {

using namespace Qt::StringLiterals;

namespace {

// SQL expression: when the bill aliased `b` was first imported (the first import that covered its
// period), 0 when none did.
QString issuedAtSql() {
    return u"COALESCE((SELECT MIN(i.imported_at) FROM billing_imports i WHERE i.period_up_to >= b.period), 0)"_s;
}

// SQL condition: the payment aliased `pay` counts against a bill of `period` first imported at
// `issuedAt` (SQL expressions; the rule in PaymentDue.h). A payment dated before the bill's month
// never counts (no bill of the month could be imported before it was made), which bounds the range
// of billing_payments_account_idx read: the account's older payments, years of them, are not.
// Binds one value: now (ms).
QString countedSql(const QString& period, const QString& issuedAt) {
    return PaymentDue::statusSql() + u" IN ('processing', 'credited') AND pay.payment_date >= ("_s + period +
           u" || '-01') AND (substr(pay.payment_date, 1, 7) > "_s + period + u" OR pay.paid_at_ms > "_s + issuedAt +
           u")"_s;
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

// The sub-accounts with Σ payments counted against the latest bill (paid_after). Binds the account
// three times, now, the account.
QString dueSql() {
    return subAccountsSql(
        u"COALESCE(MAX(paid.amount), 0)"_s, // one row per sub-account
        u"LEFT JOIN (SELECT pay.provider_id, pay.sub_account, SUM(pay.amount) AS amount FROM (SELECT b.period, "_s +
            issuedAtSql() +
            u" AS issued_at FROM billing_bills b WHERE b.account_id = ? ORDER BY b.period DESC LIMIT 1) bill, "
            u"billing_payments pay WHERE pay.account_id = ? AND "_s +
            countedSql(u"bill.period"_s, u"bill.issued_at"_s) +
            u" GROUP BY pay.provider_id, pay.sub_account) paid ON paid.provider_id = c.provider_id AND "
            u"paid.sub_account = c.sub_account"_s);
}

// The order of subAccountsSql's rows: the latest bill's order, then by contract.
const QString kOrder = u" ORDER BY bp.id IS NULL, bp.ord, bp.id, first_contract"_s;
// The same order of subAccountsSql as a table aliased d, and what subAccountAt() reads of it.
const QString kOrderOfD = u" ORDER BY d.block_id IS NULL, d.block_ord, d.block_id, d.first_contract"_s;
const QString kColumnsOfD = u"d.provider_id, d.provider, d.sub_account, d.bill_total, d.paid_after"_s;

void bindDue(RowReader& q, qint64 accountId, qint64 nowMs) {
    q.bind(accountId).bind(accountId).bind(accountId).bind(nowMs).bind(accountId);
}

// The row's sub-account from column `first` on (the first five of subAccountsSql), none for a row
// without one.
std::optional<SubAccount> subAccountAt(const RowReader& q, int first) {
    if (q.isNull(first))
        return std::nullopt;
    SubAccount s;
    s.providerId = q.integer(first);
    s.provider = q.string(first + 1);
    s.subAccount = q.string(first + 2);
    s.billTotal = q.integer(first + 3);
    s.paidAfter = q.integer(first + 4);
    return s;
}

// The sub-accounts of a statement of subAccountsSql, executed here unless it ran with others.
std::optional<QList<SubAccount>> readSubAccounts(RowReader& q) {
    if (!q.exec())
        return std::nullopt;
    QList<SubAccount> result;
    while (q.next())
        result << *subAccountAt(q, 0);
    if (q.failed())
        return std::nullopt;
    return result;
}

const QString& inOrderSql() {
    static const QString sql = subAccountsSql(u"0"_s, {}) + kOrder;
    return sql;
}

} // namespace

QString PaymentDue::statusSql() {
    return u"(CASE WHEN status = 'processing' AND credit_at IS NOT NULL AND credit_at <= ? THEN 'credited' "
           u"ELSE status END)"_s;
}

std::optional<QList<SubAccount>> PaymentDue::subAccounts(QSqlDatabase& db, qint64 accountId, qint64 nowMs) {
    static const QString sql = dueSql() + kOrder;
    RowReader q(db, sql);
    bindDue(q, accountId, nowMs);
    return readSubAccounts(q);
}

PaymentDue::InOrder::InOrder(QSqlDatabase& db, qint64 accountId)
    : m_reader(db, inOrderSql()) {
    m_reader.bind(accountId).bind(accountId);
}

std::optional<QList<SubAccount>> PaymentDue::InOrder::read() {
    return readSubAccounts(m_reader);
}

std::optional<PaymentForm> PaymentDue::form(QSqlDatabase& db, qint64 accountId, qint64 userId, qint64 nowMs) {
    // One row without sub-accounts when the account has none.
    static const QString sql = u"SELECT a.address_display, u.email, u.phone, "_s + kColumnsOfD +
                               u" FROM billing_accounts a JOIN users u ON u.id = ? LEFT JOIN ("_s + dueSql() +
                               u") d ON 1 = 1 WHERE a.id = ?"_s + kOrderOfD;
    RowReader q(db, sql);
    q.bind(userId);
    bindDue(q, accountId, nowMs);
    q.bind(accountId);
    if (!q.exec())
        return std::nullopt;
    std::optional<PaymentForm> form;
    while (q.next()) {
        if (!form)
            form = PaymentForm{q.string(0), q.string(1), q.string(2), {}};
        if (const auto s = subAccountAt(q, 3))
            form->subAccounts << *s;
    }
    if (q.failed())
        return std::nullopt;
    return form;
}

QString PaymentDue::paidAfterBillSql() {
    // Without a bill `b.period` is NULL: none counts.
    return u"(SELECT COALESCE(SUM(pay.amount), 0) FROM billing_payments pay WHERE pay.account_id = a.id AND "_s +
           countedSql(u"b.period"_s, issuedAtSql()) + u")"_s;
}

} // namespace lkk::server::payments
