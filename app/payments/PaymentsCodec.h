#pragma once

#include "app/api/Result.h"
#include "app/payments/PaymentDtos.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// JSON <-> payment DTOs (the wire contract, docs/openapi.yaml). Strict about required fields
// and their types like app/api/JsonCodec; a failure is a Kind::Protocol ApiError naming the field.
namespace lkk::json {

Result<QList<SubAccountPayments>> parsePayments(const QByteArray& body); // {"subAccounts":[…]}
Result<PaymentFormData> parsePaymentForm(const QByteArray& body);
Result<PaymentOrder> parsePaymentOrder(const QByteArray& body);

QJsonObject paymentOrderRequestToJson(const PaymentOrderRequest& request);
// The inverse, for the persisted draft; nullopt when the object is not a well-formed request.
std::optional<PaymentOrderRequest> paymentOrderRequestFromJson(const QJsonObject& object);
QByteArray encodePaymentOrderRequest(const PaymentOrderRequest& request);

} // namespace lkk::json
