#pragma once

#include "server/Result.h"
#include "server/payments/PaymentOptions.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>

namespace lkk::server {
class Database;
namespace mail {
class Mailer;
}
} // namespace lkk::server

namespace lkk::server::payments {

// A payment order's state (docs/payments.md): pending until the bank page is submitted, then
// processing, paid or declined; cancelled by the customer; expired after payment-order-ttl.
enum class OrderStatus { Pending, Processing, Paid, Declined, Expired, Cancelled };
QString orderStatusName(OrderStatus status); // as stored and as the API sends it: "pending", …
std::optional<OrderStatus> orderStatusFromName(const QString& name);

struct OrderItem {
    qint64 providerId = 0;
    QString provider;
    QString subAccount;
    qint64 amount = 0;
};

struct Order {
    QString id;
    qint64 userId = 0;
    qint64 accountId = 0;
    OrderStatus status = OrderStatus::Pending;
    qint64 total = 0;
    QString receiptEmail;
    QString receiptPhone;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    std::optional<qint64> processingUntil;
    std::optional<qint64> paidAt;
    QString declineReason;
    QList<OrderItem> items;
};

// The payment orders in the database and their state machine. Every state change is one guarded
// UPDATE (… WHERE status = <expected>, checking the affected rows), so concurrent confirmations
// pay once; time-driven changes (expiry, the slow card) are applied lazily by settle() whenever an
// order is read. All state is in the database: a restart loses nothing. Thread-safe.
class OrderStore {
public:
    // options: the credit delay of the payments a paid order makes, the SMS directory of the
    // receipts; receipts by e-mail go through mailer.
    OrderStore(Database& database, PaymentOptions options, mail::Mailer& mailer);

    static QString newId(); // 128 random bits, base64url
    static bool validId(const QString& id);

    // The order (of userId when > 0); nullopt when there is none.
    Result<std::optional<Order>> load(QSqlDatabase& db, const QString& id, qint64 userId) const;
    // Reads a known order again; false on a database error.
    bool reload(QSqlDatabase& db, Order* order) const;
    // Applies the lazy transitions due at `now` (a slow payment done: paid, with its payments
    // and receipt; past its time: expired) and reloads; false on a database error.
    bool settle(QSqlDatabase& db, Order* order, qint64 now) const;
    // from -> to (plus extraSet's columns); *changed false when the order was not in `from`.
    bool transition(QSqlDatabase& db, const QString& id, OrderStatus from, OrderStatus to, bool* changed,
                    const QString& extraSet = {}, const QVariantList& extraValues = {}) const;

private:
    bool markPaid(QSqlDatabase& db, const Order& order, qint64 paidAt) const;

    Database& m_database;
    PaymentOptions m_options;
    mail::Mailer& m_mailer;
};

} // namespace lkk::server::payments
