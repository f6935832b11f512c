#include "app/payments/PaymentOperations.h"

#include "app/payments/PaymentsCodec.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

QString accountPath(qint64 accountId, QStringView tail) {
    return u"/accounts/"_s + QString::number(accountId) + tail;
}

QString orderPath(const QString& orderId, QStringView tail = {}) {
    // The id is opaque: percent-encode it so it can never add a path segment.
    return u"/payment-orders/"_s + QString::fromLatin1(QUrl::toPercentEncoding(orderId)) + tail;
}

} // namespace

ApiRequest GetPaymentsOperation::request() const {
    QStringList query;
    if (from.isValid())
        query << u"from="_s + from.toString(Qt::ISODate);
    if (to.isValid())
        query << u"to="_s + to.toString(Qt::ISODate);
    return {"GET", accountPath(accountId, u"/payments"), {}, {}, query.join(u'&'), {}};
}

Result<QList<SubAccountPayments>> GetPaymentsOperation::parse(const ApiResponse& response) {
    return json::parsePayments(response.body);
}

ApiRequest GetPaymentFormOperation::request() const {
    return {"GET", accountPath(accountId, u"/payment-form"), {}, {}, {}, {}};
}

Result<PaymentFormData> GetPaymentFormOperation::parse(const ApiResponse& response) {
    return json::parsePaymentForm(response.body);
}

ApiRequest CreatePaymentOrderOperation::request() const {
    return {"POST",
            accountPath(accountId, u"/payment-orders"),
            json::encodePaymentOrderRequest(order),
            {},
            {},
            {{QByteArrayLiteral("Idempotency-Key"), idempotencyKey.toLatin1()}}};
}

Result<PaymentOrder> CreatePaymentOrderOperation::parse(const ApiResponse& response) {
    return json::parsePaymentOrder(response.body);
}

ApiRequest GetPaymentOrderOperation::request() const {
    return {"GET", orderPath(orderId), {}, {}, {}, {}};
}

Result<PaymentOrder> GetPaymentOrderOperation::parse(const ApiResponse& response) {
    return json::parsePaymentOrder(response.body);
}

ApiRequest CancelPaymentOrderOperation::request() const {
    return {"POST", orderPath(orderId, u"/cancel"), QByteArrayLiteral("{}"), {}, {}, {}};
}

Result<PaymentOrder> CancelPaymentOrderOperation::parse(const ApiResponse& response) {
    return json::parsePaymentOrder(response.body);
}

} // namespace lkk
