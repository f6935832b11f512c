#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"
#include "server/payments/OrderService.h"
#include "server/payments/OrderStore.h"
#include "server/payments/PaymentOptions.h"
#include "server/payments/SandboxBank.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPayments) // "lkk.server.payments"

namespace lkk::server {
class Database;
namespace mail {
class Mailer;
}
} // namespace lkk::server

namespace lkk::server::payments {

// The handlers of the payments routes (PaymentRoutes.cpp): the payment history, payment orders
// (OrderService over OrderStore) and the sandbox bank. Thread-safe.
class PaymentsApi {
public:
    PaymentsApi(Database& database, PaymentOptions options, mail::Mailer& mailer);

    Result<ApiReply> payments(RequestContext& context) const;
    Result<ApiReply> paymentForm(RequestContext& context) const;
    Result<ApiReply> createOrder(RequestContext& context) const;
    Result<ApiReply> getOrder(RequestContext& context) const;
    Result<ApiReply> cancelOrder(RequestContext& context) const;
    Result<ApiReply> paymentRules(RequestContext& context) const;
    Result<ApiReply> sandboxPage(RequestContext& context) const;
    Result<ApiReply> sandboxSubmit(RequestContext& context) const;

private:
    OrderStore m_store;
    OrderService m_orders;
    SandboxBank m_bank;
};

} // namespace lkk::server::payments
