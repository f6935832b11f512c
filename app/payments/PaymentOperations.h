#pragma once

#include "app/api/ApiClient.h"
#include "app/api/Result.h"
#include "app/payments/PaymentDtos.h"

#include <QDate>

// The payment endpoints as API operations; all Bearer, through Session::authorized.
namespace lkk {

struct GetPaymentsOperation { // GET /accounts/{id}/payments?from=&to= (each only when valid)
    using Value = QList<SubAccountPayments>;
    qint64 accountId = 0;
    QDate from;
    QDate to;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct GetPaymentFormOperation { // GET /accounts/{id}/payment-form
    using Value = PaymentFormData;
    qint64 accountId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

// POST /accounts/{id}/payment-orders with an Idempotency-Key: 201 a new order, 200 the order this
// key already made (a resend after a lost answer).
struct CreatePaymentOrderOperation {
    using Value = PaymentOrder;
    qint64 accountId = 0;
    QString idempotencyKey;
    PaymentOrderRequest order;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct GetPaymentOrderOperation { // GET /payment-orders/{id}
    using Value = PaymentOrder;
    QString orderId;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct CancelPaymentOrderOperation { // POST /payment-orders/{id}/cancel; 409 order_not_cancellable
    using Value = PaymentOrder;
    QString orderId;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

} // namespace lkk
