#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"
#include "server/payments/PaymentOptions.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
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

// Payment orders: the payment form, creating an order once per Idempotency-Key, reading and
// cancelling it, and the sandbox bank that confirms it. Every state change is one guarded UPDATE
// (… WHERE status = <expected>, checking the affected rows), so concurrent confirmations pay once;
// time-driven changes (expiry, the slow card, crediting) are evaluated lazily when an order or a
// payment is read. All state is in the database: a restart loses nothing.
class OrderService {
public:
    // options.publicUrl: the server's own URL, for paymentUrl and rulesUrl; receipts by e-mail
    // go through mailer.
    OrderService(Database& database, PaymentOptions options, mail::Mailer& mailer);

    // GET /accounts/{id}/payment-form, POST /accounts/{id}/payment-orders (Idempotency-Key),
    // GET /payment-orders/{id} and POST …/cancel, the rules page and the sandbox bank's page.
    Result<ApiReply> form(RequestContext& context) const;
    Result<ApiReply> create(RequestContext& context) const;
    Result<ApiReply> get(RequestContext& context) const;
    Result<ApiReply> cancel(RequestContext& context) const;
    Result<ApiReply> rules(RequestContext& context) const;
    Result<ApiReply> sandboxPage(RequestContext& context) const;
    Result<ApiReply> sandboxSubmit(RequestContext& context) const;

    struct Item {
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
        QList<Item> items;
    };

private:
    // The order (of userId when > 0); nullopt when there is none.
    Result<std::optional<Order>> load(QSqlDatabase& db, const QString& id, qint64 userId) const;
    // Reads a known order again; false on a database error.
    bool reload(QSqlDatabase& db, Order* order) const;
    // Applies the lazy transitions due at `now` and reloads; false on a database error.
    bool settle(QSqlDatabase& db, Order* order, qint64 now) const;
    // The caller's order of the path, settled; 404 when it is not the caller's.
    Result<Order> loadCallersOrder(RequestContext& context) const;
    bool markPaid(QSqlDatabase& db, const Order& order, qint64 paidAt) const;
    bool transition(QSqlDatabase& db, const QString& id, OrderStatus from, OrderStatus to, bool* changed,
                    const QString& extraSet = {}, const QVariantList& extraValues = {}) const;
    void sendReceipt(QSqlDatabase& db, const Order& order) const;
    QJsonObject toJson(const Order& order) const;

    Database& m_database;
    PaymentOptions m_options;
    mail::Mailer& m_mailer;
};

} // namespace lkk::server::payments
