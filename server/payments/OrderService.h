#pragma once

#include "server/accounts/AccountContext.h"
#include "server/payments/PaymentOptions.h"

#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <optional>

namespace lkk::server {
class Database;
namespace mail {
class Mailer;
}
} // namespace lkk::server

namespace lkk::server::payments {

// Payment orders: the payment form, creating an order once per Idempotency-Key, reading and
// cancelling it, and the sandbox bank that confirms it. Every state change is one guarded UPDATE
// (… WHERE status = <expected>, checking the affected rows), so concurrent confirmations pay once;
// time-driven changes (expiry, the slow card, crediting) are evaluated lazily when an order or a
// payment is read. All state is in the database: a restart loses nothing.
class OrderService {
public:
    OrderService(Database& database, PaymentOptions options);

    void setPublicUrl(const QUrl& url);
    void setMailer(mail::Mailer* mailer) { m_mailer.store(mailer); }

    ApiReply form(accounts::Caller& caller, const QString& idText) const;
    ApiReply create(accounts::Caller& caller, const QString& idText, const QByteArray& key,
                    const QByteArray& contentType, const QByteArray& body, qint64 maxBodyBytes) const;
    ApiReply get(accounts::Caller& caller, const QString& orderId) const;
    ApiReply cancel(accounts::Caller& caller, const QString& orderId) const;
    ApiReply rules() const;
    ApiReply sandboxPage(const QString& orderId) const;
    ApiReply sandboxSubmit(const QString& orderId, const QByteArray& contentType, const QByteArray& body) const;

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
        QString status;
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
    enum class Load { Found, Missing, DatabaseError };
    Load load(QSqlDatabase& db, const QString& id, qint64 userId, Order* out) const;
    // Applies the lazy transitions due at `now` and reloads; false on a database error.
    bool settle(QSqlDatabase& db, Order* order, qint64 now) const;
    // The caller's order, settled: nullopt and *order filled, or the reply to send (404, 503).
    std::optional<ApiReply> loadCallersOrder(accounts::Caller& caller, const QString& orderId, Order* order) const;
    bool markPaid(QSqlDatabase& db, const Order& order, qint64 paidAt) const;
    bool transition(QSqlDatabase& db, const QString& id, const QString& from, const QString& to, bool* changed,
                    const QString& extraSet = {}, const QVariantList& extraValues = {}) const;
    void sendReceipt(QSqlDatabase& db, const Order& order) const;
    QJsonObject toJson(const Order& order) const;
    QUrl publicUrl() const;

    Database& m_database;
    PaymentOptions m_options;
    mutable QMutex m_urlLock;
    QUrl m_publicUrl;
    std::atomic<mail::Mailer*> m_mailer{nullptr};
};

} // namespace lkk::server::payments
