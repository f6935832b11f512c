#pragma once

#include "server/http/ApiReply.h"
#include "server/payments/PaymentOptions.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcPayments) // "lkk.server.payments"

namespace lkk::server {
class Database;
namespace accounts {
class AccountsApi;
}
namespace mail {
class Mailer;
}
} // namespace lkk::server

namespace lkk::server::payments {

class OrderService;

// What HttpApi calls for the bills/payments/orders routes (PaymentRoutes.cpp): authenticates the
// bearer token through AccountsApi and hands over to the services. Thread-safe.
class PaymentsApi {
public:
    PaymentsApi(Database& database, const accounts::AccountsApi& accounts, PaymentOptions options);
    ~PaymentsApi();

    // ServerApp: the listening URL once known (before serving), and the mailer once it exists
    // (null = receipts by e-mail are logged and skipped).
    void setPublicUrl(const QUrl& url);
    void setMailer(mail::Mailer* mailer);

    ApiReply bills(const QString& token, const QString& id, const QString& query, Language language) const;
    ApiReply payments(const QString& token, const QString& id, const QString& query, Language language) const;
    ApiReply paymentForm(const QString& token, const QString& id, Language language) const;
    ApiReply createOrder(const QString& token, const QString& id, const QByteArray& idempotencyKey,
                         const QByteArray& contentType, const QByteArray& body, qint64 maxBodyBytes,
                         Language language) const;
    ApiReply getOrder(const QString& token, const QString& orderId, Language language) const;
    ApiReply cancelOrder(const QString& token, const QString& orderId, Language language) const;
    ApiReply paymentRules(Language language) const;
    ApiReply sandboxPage(const QString& orderId) const;
    ApiReply sandboxSubmit(const QString& orderId, const QByteArray& contentType, const QByteArray& body) const;

private:
    const accounts::AccountsApi& m_accounts;
    std::unique_ptr<OrderService> m_orders;
};

} // namespace lkk::server::payments
