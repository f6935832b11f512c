#pragma once

// Payloads in the shapes of the contract (GET payments, payment-form, Order) for the
// payment unit tests.
#include "app/payments/PaymentDtos.h"
#include "tests/support/FakeNetwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lkk::test::payments {

using namespace Qt::StringLiterals;

inline QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject paymentsJson() {
    const QJsonObject ztk{{"providerId"_L1, 5},
                          {"provider"_L1, u"ООО «ЗТК»"_s},
                          {"subAccount"_L1, u"878100103492"_s},
                          {"payments"_L1, QJsonArray{QJsonObject{{"id"_L1, u"p3"_s},
                                                                 {"date"_L1, u"2026-11-06"_s},
                                                                 {"amount"_L1, 100},
                                                                 {"status"_L1, u"processing"_s},
                                                                 {"orderId"_L1, u"ord-1"_s}},
                                                     QJsonObject{{"id"_L1, u"p2"_s},
                                                                 {"date"_L1, u"2026-10-24"_s},
                                                                 {"amount"_L1, 1500000},
                                                                 {"status"_L1, u"credited"_s},
                                                                 {"orderId"_L1, QJsonValue::Null}}}}};
    const QJsonObject vvk{{"providerId"_L1, 6},
                          {"provider"_L1, u"ООО «ВВК»"_s},
                          {"subAccount"_L1, u"879100103492"_s},
                          {"payments"_L1, QJsonArray{}}};
    return QJsonObject{{"subAccounts"_L1, QJsonArray{ztk, vvk}}};
}

inline QJsonObject formJson() {
    return QJsonObject{{"address"_L1, u"Ласточкина ул., д.13, кв.11"_s},
                       {"email"_L1, u"demo@lkk.example"_s},
                       {"phone"_L1, u"+79131234567"_s},
                       {"maxOrderTotal"_L1, 50000000},
                       {"rulesUrl"_L1, u"https://lkk.example/payment-rules"_s},
                       {"items"_L1, QJsonArray{QJsonObject{{"providerId"_L1, 5},
                                                           {"provider"_L1, u"ООО «ЗТК»"_s},
                                                           {"subAccount"_L1, u"878100103492"_s},
                                                           {"title"_L1, u"Услуга по сбору ДС за ЖКУ ООО «ЗТК»"_s},
                                                           {"due"_L1, 4785887}},
                                               QJsonObject{{"providerId"_L1, 6},
                                                           {"provider"_L1, u"ООО «ВВК»"_s},
                                                           {"subAccount"_L1, u"879100103492"_s},
                                                           {"title"_L1, u"Услуга по сбору ДС за ЖКУ ООО «ВВК»"_s},
                                                           {"due"_L1, 0}}}}};
}

inline QJsonObject orderJson(const QString& id, const QString& status, qint64 total = 4785887) {
    QJsonObject o{
        {"id"_L1, id},
        {"accountId"_L1, 1},
        {"status"_L1, status},
        {"total"_L1, total},
        {"items"_L1, QJsonArray{QJsonObject{
                         {"subAccount"_L1, u"878100103492"_s}, {"provider"_L1, u"ООО «ЗТК»"_s}, {"amount"_L1, total}}}},
        {"receiptEmail"_L1, u"demo@lkk.example"_s},
        {"receiptPhone"_L1, QJsonValue::Null},
        {"paymentUrl"_L1, QString(u"https://lkk.example/sandbox/pay/"_s + id)},
        {"createdAt"_L1, u"2026-11-26T10:00:00Z"_s},
        {"expiresAt"_L1, u"2026-11-26T10:15:00Z"_s},
        {"paidAt"_L1, status == "paid"_L1 ? QJsonValue(u"2026-11-26T10:01:00Z"_s) : QJsonValue()},
        {"declineReason"_L1, status == "declined"_L1 ? QJsonValue(u"Недостаточно средств"_s) : QJsonValue()}};
    return o;
}

inline PaymentFormData formData() {
    PaymentFormData data;
    data.address = u"Ласточкина ул., д.13, кв.11"_s;
    data.email = u"demo@lkk.example"_s;
    data.phone = u"+79131234567"_s;
    data.maxOrderTotal = Money::fromKopecks(50000000);
    data.rulesUrl = QUrl(u"https://lkk.example/payment-rules"_s);
    data.items = {
        {5, u"ООО «ЗТК»"_s, u"878100103492"_s, u"Услуга по сбору ДС за ЖКУ ООО «ЗТК»"_s, Money::fromKopecks(4785887)},
        {6, u"ООО «ВВК»"_s, u"879100103492"_s, u"Услуга по сбору ДС за ЖКУ ООО «ВВК»"_s, Money()}};
    return data;
}

} // namespace lkk::test::payments
