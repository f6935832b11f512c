// The bills/payments/orders handlers of HttpApi (declared in HttpApi.h), kept with the payments
// module so the shared router file only holds the route table.
#include "server/http/HttpApi.h"

#include "server/payments/PaymentsApi.h"
#include "shared/ErrorCodes.h"

namespace lkk::server {

namespace {
ApiReply paymentsNotReady(Language language) {
    return ApiReply::error(503, errc::serviceUnavailable, language);
}
} // namespace

ApiReply HttpApi::accountBills(const RequestData& data) const {
    if (!m_payments)
        return paymentsNotReady(data.language);
    return m_payments->bills(data.bearerToken, data.pathArgs.value(0), data.query, data.language);
}

ApiReply HttpApi::accountPayments(const RequestData& data) const {
    if (!m_payments)
        return paymentsNotReady(data.language);
    return m_payments->payments(data.bearerToken, data.pathArgs.value(0), data.query, data.language);
}

ApiReply HttpApi::paymentForm(const RequestData& data) const {
    if (!m_payments)
        return paymentsNotReady(data.language);
    return m_payments->paymentForm(data.bearerToken, data.pathArgs.value(0), data.language);
}

ApiReply HttpApi::createPaymentOrder(const RequestData& data) const {
    if (!m_payments)
        return paymentsNotReady(data.language);
    return m_payments->createOrder(data.bearerToken, data.pathArgs.value(0), data.idempotencyKey, data.contentType,
                                   data.body, m_maxBodyBytes, data.language);
}

ApiReply HttpApi::getPaymentOrder(const RequestData& data) const {
    if (!m_payments)
        return paymentsNotReady(data.language);
    return m_payments->getOrder(data.bearerToken, data.pathArgs.value(0), data.language);
}

ApiReply HttpApi::cancelPaymentOrder(const RequestData& data) const {
    if (!m_payments)
        return paymentsNotReady(data.language);
    return m_payments->cancelOrder(data.bearerToken, data.pathArgs.value(0), data.language);
}

ApiReply HttpApi::paymentRules(const RequestData& data) const {
    if (!m_payments)
        return paymentsNotReady(data.language);
    return m_payments->paymentRules(data.language);
}

ApiReply HttpApi::sandboxPayPage(const RequestData& data) const {
    if (!m_payments)
        return paymentsNotReady(data.language);
    return m_payments->sandboxPage(data.pathArgs.value(0));
}

ApiReply HttpApi::sandboxPaySubmit(const RequestData& data) const {
    if (!m_payments)
        return paymentsNotReady(data.language);
    return m_payments->sandboxSubmit(data.pathArgs.value(0), data.contentType, data.body);
}

} // namespace lkk::server
