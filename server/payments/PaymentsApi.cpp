#include "server/payments/PaymentsApi.h"

#include "server/payments/PaymentHistoryService.h"

Q_LOGGING_CATEGORY(lcPayments, "lkk.server.payments")

namespace lkk::server::payments {

PaymentsApi::PaymentsApi(Database& database, PaymentOptions options, mail::Mailer& mailer)
    : m_store(database, options, mailer)
    , m_orders(database, m_store, options)
    , m_bank(m_store, options) {}

Result<ApiReply> PaymentsApi::payments(RequestContext& context) const {
    return PaymentHistoryService::payments(context, context.arg(0), context.request.query);
}

Result<ApiReply> PaymentsApi::paymentForm(RequestContext& context) const {
    return m_orders.form(context);
}

Result<ApiReply> PaymentsApi::createOrder(RequestContext& context) const {
    return m_orders.create(context);
}

Result<ApiReply> PaymentsApi::getOrder(RequestContext& context) const {
    return m_orders.get(context);
}

Result<ApiReply> PaymentsApi::cancelOrder(RequestContext& context) const {
    return m_orders.cancel(context);
}

Result<ApiReply> PaymentsApi::paymentRules(RequestContext& context) const {
    return m_bank.rules(context);
}

Result<ApiReply> PaymentsApi::sandboxPage(RequestContext& context) const {
    return m_bank.page(context);
}

Result<ApiReply> PaymentsApi::sandboxSubmit(RequestContext& context) const {
    return m_bank.submit(context);
}

} // namespace lkk::server::payments
