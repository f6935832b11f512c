#pragma once

#include "server/db/RowReader.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace lkk::server::payments {

// One place a customer pays to: a provider and the sub-account (лицевой счёт of the provider).
struct SubAccount {
    qint64 providerId = 0;
    QString provider;
    QString subAccount;
    qint64 billTotal = 0; // the latest bill's totalToPay of this provider (0 when not on it)
    qint64 paidAfter = 0; // payments counted against the latest bill (see PaymentDue)
    qint64 due() const { return qMax<qint64>(0, billTotal - paidAfter); }
};

// What the payment form shows: the account's address, the caller's contacts for the receipt and
// what is due per sub-account.
struct PaymentForm {
    QString address;
    QString email;
    QString phone;
    QList<SubAccount> subAccounts;
};

// What is still owed on the latest bill, per sub-account. A payment counts against the latest
// bill when it is processing or credited and either dated after the bill period's month end
// (imported payments) or made in the cabinet after the bill was imported (billing_payments.paid_at_ms
// later than the first import that covered the period) — so paying in the cabinet lowers «К оплате»
// at once, and a later bill that already shows the payment in «Оплачено» stops subtracting it.
class PaymentDue {
public:
    // The account's sub-accounts (distinct provider + sub-account of its contracts) in the latest
    // bill's order, then the others by contract, with what is due on each; one statement, nullopt
    // on a database error.
    static std::optional<QList<SubAccount>> subAccounts(QSqlDatabase& db, qint64 accountId, qint64 nowMs);
    // subAccounts() and the form's other fields in the same statement.
    static std::optional<PaymentForm> form(QSqlDatabase& db, qint64 accountId, qint64 userId, qint64 nowMs);
    // The same sub-accounts in the same order with the bill's totals, without paidAfter, in one
    // query: for what only lists them (the payment history). Made, the query is bound and may run
    // with the caller's other reads (RowReader::execTogether(reader()…)); read() runs it unless it ran.
    class InOrder {
    public:
        InOrder(QSqlDatabase& db, qint64 accountId);
        RowReader& reader() { return m_reader; }
        std::optional<QList<SubAccount>> read(); // nullopt on a database error
    private:
        RowReader m_reader;
    };
    // SQL expression: Σ payments counted against the bill aliased `b` of the account aliased `a`,
    // over all providers (0 without a bill), so that a list of accounts reads it in its own
    // statement. Binds one value: now (ms).
    static QString paidAfterBillSql();
    // The status a payment shows now: processing turns credited once credit_at has passed.
    static QString statusSql(); // SQL expression; binds one value: now (ms)
};

} // namespace lkk::server::payments
