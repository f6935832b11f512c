#include "app/payments/PaymentsCodec.h"

#include "app/api/JsonCodec.h"
#include "app/api/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace lkk::json {

Result<QList<SubAccountPayments>> parsePayments(const QByteArray& body) {
    return readObject<QList<SubAccountPayments>>(body, [](JsonReader& top) {
        return top.objects<SubAccountPayments>("subAccounts"_L1, [](JsonReader& r) {
            SubAccountPayments s;
            s.providerId = r.integer("providerId"_L1);
            s.provider = r.string("provider"_L1);
            s.subAccount = r.string("subAccount"_L1);
            s.payments = r.objects<PaymentRecord>("payments"_L1, [](JsonReader& p) {
                PaymentRecord record;
                record.id = p.string("id"_L1);
                record.date = p.date("date"_L1);
                record.amount = p.money("amount"_L1);
                const QString status = p.string("status"_L1);
                if (p.ok()) {
                    if (const auto st = paymentStatusFromWire(status))
                        record.status = *st;
                    else
                        p.fail("status"_L1, u"is not processing or credited"_s);
                }
                record.orderId = p.optionalString("orderId"_L1);
                return record;
            });
            return s;
        });
    });
}

Result<PaymentFormData> parsePaymentForm(const QByteArray& body) {
    return readObject<PaymentFormData>(body, [](JsonReader& r) {
        PaymentFormData form;
        form.address = r.string("address"_L1);
        form.email = r.optionalString("email"_L1);
        form.phone = r.optionalString("phone"_L1);
        form.maxOrderTotal = r.money("maxOrderTotal"_L1);
        form.rulesUrl = r.url("rulesUrl"_L1);
        form.items = r.objects<PaymentFormItem>("items"_L1, [](JsonReader& i) {
            PaymentFormItem item;
            item.providerId = i.integer("providerId"_L1);
            item.provider = i.string("provider"_L1);
            item.subAccount = i.string("subAccount"_L1);
            item.title = i.string("title"_L1);
            item.due = i.money("due"_L1);
            return item;
        });
        return form;
    });
}

Result<PaymentOrder> parsePaymentOrder(const QByteArray& body) {
    return readObject<PaymentOrder>(body, [](JsonReader& r) {
        PaymentOrder order;
        order.id = r.string("id"_L1);
        order.accountId = r.integer("accountId"_L1);
        const QString status = r.string("status"_L1);
        if (r.ok()) {
            if (const auto st = orderStatusFromWire(status))
                order.status = *st;
            else
                r.fail("status"_L1, u"is not a known order status"_s);
        }
        order.total = r.money("total"_L1);
        order.receiptEmail = r.optionalString("receiptEmail"_L1);
        order.receiptPhone = r.optionalString("receiptPhone"_L1);
        order.paymentUrl = r.url("paymentUrl"_L1);
        order.createdAt = r.dateTime("createdAt"_L1);
        order.expiresAt = r.dateTime("expiresAt"_L1);
        order.paidAt = r.optionalDateTime("paidAt"_L1);
        order.declineReason = r.optionalString("declineReason"_L1);
        order.items = r.objects<PaymentOrder::Item>("items"_L1, [](JsonReader& i) {
            PaymentOrder::Item item;
            item.subAccount = i.string("subAccount"_L1);
            item.provider = i.optionalString("provider"_L1);
            item.amount = i.money("amount"_L1);
            return item;
        });
        return order;
    });
}

QJsonObject paymentOrderRequestToJson(const PaymentOrderRequest& request) {
    QJsonArray items;
    for (const auto& item : request.items)
        items.append(
            QJsonObject{{"subAccount"_L1, item.subAccount}, {"amount"_L1, static_cast<qint64>(item.amount.kopecks())}});
    const auto orNull = [](const QString& s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    return QJsonObject{{"items"_L1, items},
                       {"receiptEmail"_L1, orNull(request.receiptEmail)},
                       {"receiptPhone"_L1, orNull(request.receiptPhone)},
                       {"consent"_L1, request.consent}};
}

std::optional<PaymentOrderRequest> paymentOrderRequestFromJson(const QJsonObject& object) {
    JsonReader r(object);
    PaymentOrderRequest request;
    request.receiptEmail = r.optionalString("receiptEmail"_L1);
    request.receiptPhone = r.optionalString("receiptPhone"_L1);
    const QJsonValue consent = object.value("consent"_L1);
    if (!consent.isBool())
        return std::nullopt;
    request.consent = consent.toBool();
    request.items = r.objects<PaymentOrderRequest::Item>("items"_L1, [](JsonReader& i) {
        PaymentOrderRequest::Item item;
        item.subAccount = i.string("subAccount"_L1);
        item.amount = i.money("amount"_L1);
        return item;
    });
    if (!r.ok())
        return std::nullopt;
    return request;
}

QByteArray encodePaymentOrderRequest(const PaymentOrderRequest& request) {
    return QJsonDocument(paymentOrderRequestToJson(request)).toJson(QJsonDocument::Compact);
}

} // namespace lkk::json
