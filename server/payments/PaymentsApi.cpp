#include "server/payments/PaymentsApi.h"

#include "server/accounts/AccountsApi.h"
#include "server/bills/BillsService.h"
#include "server/payments/OrderService.h"
#include "server/payments/PaymentHistoryService.h"

Q_LOGGING_CATEGORY(lcPayments, "lkk.server.payments")

namespace lkk::server::payments {

PaymentsApi::PaymentsApi(Database& database, const accounts::AccountsApi& accounts, PaymentOptions options)
    : m_accounts(accounts)
    , m_orders(std::make_unique<OrderService>(database, std::move(options))) {}

PaymentsApi::~PaymentsApi() = default;

void PaymentsApi::setPublicUrl(const QUrl& url) {
    m_orders->setPublicUrl(url);
}

void PaymentsApi::setMailer(mail::Mailer* mailer) {
    m_orders->setMailer(mailer);
}

ApiReply PaymentsApi::bills(const QString& token, const QString& id, const QString& query, Language language) const {
    accounts::Caller caller;
    if (auto refused = m_accounts.authenticate(token, language, &caller))
        return *refused;
    return BillsService::bills(caller, id, query);
}

ApiReply PaymentsApi::payments(const QString& token, const QString& id, const QString& query, Language language) const {
    accounts::Caller caller;
    if (auto refused = m_accounts.authenticate(token, language, &caller))
        return *refused;
    return PaymentHistoryService::payments(caller, id, query);
}

ApiReply PaymentsApi::paymentForm(const QString& token, const QString& id, Language language) const {
    accounts::Caller caller;
    if (auto refused = m_accounts.authenticate(token, language, &caller))
        return *refused;
    return m_orders->form(caller, id);
}

ApiReply PaymentsApi::createOrder(const QString& token, const QString& id, const QByteArray& idempotencyKey,
                                  const QByteArray& contentType, const QByteArray& body, qint64 maxBodyBytes,
                                  Language language) const {
    accounts::Caller caller;
    if (auto refused = m_accounts.authenticate(token, language, &caller))
        return *refused;
    return m_orders->create(caller, id, idempotencyKey, contentType, body, maxBodyBytes);
}

ApiReply PaymentsApi::getOrder(const QString& token, const QString& orderId, Language language) const {
    accounts::Caller caller;
    if (auto refused = m_accounts.authenticate(token, language, &caller))
        return *refused;
    return m_orders->get(caller, orderId);
}

ApiReply PaymentsApi::cancelOrder(const QString& token, const QString& orderId, Language language) const {
    accounts::Caller caller;
    if (auto refused = m_accounts.authenticate(token, language, &caller))
        return *refused;
    return m_orders->cancel(caller, orderId);
}

ApiReply PaymentsApi::paymentRules(Language) const {
    return m_orders->rules();
}

ApiReply PaymentsApi::sandboxPage(const QString& orderId) const {
    return m_orders->sandboxPage(orderId);
}

ApiReply PaymentsApi::sandboxSubmit(const QString& orderId, const QByteArray& contentType,
                                    const QByteArray& body) const {
    return m_orders->sandboxSubmit(orderId, contentType, body);
}

} // namespace lkk::server::payments
