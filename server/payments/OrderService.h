#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"
#include "server/payments/OrderStore.h"
#include "server/payments/PaymentOptions.h"

namespace lkk::server {
class Database;
}

namespace lkk::server::payments {

// Payment orders as the customer sees them: the payment form, creating an order once per
// Idempotency-Key, reading and cancelling it. The orders and their states are OrderStore's.
class OrderService {
public:
    // options.publicUrl: the server's own URL, for paymentUrl and rulesUrl.
    OrderService(Database& database, const OrderStore& store, PaymentOptions options);

    // GET /accounts/{id}/payment-form, POST /accounts/{id}/payment-orders (Idempotency-Key),
    // GET /payment-orders/{id} and POST …/cancel.
    Result<ApiReply> form(RequestContext& context) const;
    Result<ApiReply> create(RequestContext& context) const;
    Result<ApiReply> get(RequestContext& context) const;
    Result<ApiReply> cancel(RequestContext& context) const;

private:
    // The caller's order of the path, settled; 404 when it is not the caller's.
    Result<Order> loadCallersOrder(RequestContext& context) const;
    QJsonObject toJson(const Order& order) const;

    Database& m_database;
    const OrderStore& m_store;
    PaymentOptions m_options;
};

} // namespace lkk::server::payments
