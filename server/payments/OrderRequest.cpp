#include "server/payments/OrderRequest.h"

#include "server/http/JsonBody.h"
#include "server/payments/PaymentMessages.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;
using Msg = PaymentMessages::Text;

namespace {

Failure wrongType(const QString& field) {
    return Failure::of(400, errc::wrongType, field);
}

} // namespace

Result<OrderRequest> OrderRequest::parse(const QByteArray& contentType, const QByteArray& body, qint64 maxBodyBytes,
                                         qint64 maxOrderTotal, Language language) {
    using T = JsonBody::Type;
    // "items" is checked below: when it is missing the message names the empty order.
    static const JsonBody::Spec spec{{{u"items"_s, T::Array, false},
                                      {u"receiptEmail"_s, T::String, false},
                                      {u"receiptPhone"_s, T::String, false},
                                      {u"consent"_s, T::Bool, false}},
                                     false};
    const auto parsed = JsonBody::parse(contentType, body, maxBodyBytes, spec);
    if (const auto* error = std::get_if<JsonBody::Error>(&parsed))
        return Failure::of(error->status, error->code, error->field);
    const QJsonObject& o = std::get<QJsonObject>(parsed);
    if (!o.contains(u"items"_s))
        return PaymentMessages::invalid(u"items"_s, Msg::ItemsEmpty, language);
    if (!o.value(u"items"_s).isArray()) // null
        return wrongType(u"items"_s);

    const QJsonArray rawItems = o.value(u"items"_s).toArray();
    const QList<QByteArray> amountTexts = JsonBody::numberLiterals(body, "amount");
    OrderRequest request;
    for (qsizetype i = 0; i < rawItems.size(); ++i) {
        const QString prefix = u"items[%1]"_s.arg(i);
        if (!rawItems.at(i).isObject())
            return wrongType(prefix);
        const QJsonObject item = rawItems.at(i).toObject();
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (it.key() != u"subAccount"_s && it.key() != u"amount"_s)
                return Failure::of(400, errc::unknownField, prefix + u'.' + it.key());
        }
        if (!item.contains(u"subAccount"_s))
            return PaymentMessages::invalid(prefix + u".subAccount"_s, Msg::SubAccountUnknown, language);
        if (!item.value(u"subAccount"_s).isString())
            return wrongType(prefix + u".subAccount"_s);
        const QJsonValue amount = item.value(u"amount"_s);
        if (amount.isUndefined() || amount.isNull())
            return PaymentMessages::invalid(prefix + u".amount"_s, Msg::ItemsEmpty, language);
        if (!amount.isDouble())
            return wrongType(prefix + u".amount"_s);
        // 1.5, 1e3 and 100.0 are not integers even though QJsonDocument reads some of them so.
        const double d = amount.toDouble();
        const QByteArray text = amountTexts.value(i);
        const bool plainInteger = !text.isEmpty() && !text.contains('.') && !text.contains('e') && !text.contains('E');
        if (!std::isfinite(d) || std::floor(d) != d || !plainInteger)
            return wrongType(prefix + u".amount"_s);
        if (d < 0)
            return PaymentMessages::invalid(prefix + u".amount"_s, Msg::AmountNegative, language);
        if (d > double(maxOrderTotal))
            return PaymentMessages::invalid(prefix + u".amount"_s, Msg::AmountTooLarge, language);
        request.items << Item{item.value(u"subAccount"_s).toString(), qint64(d)};
    }
    if (o.value(u"consent"_s) != QJsonValue(true))
        return PaymentMessages::invalid(u"consent"_s, Msg::ConsentRequired, language);
    request.receiptEmail = o.value(u"receiptEmail"_s).toString().trimmed();
    request.receiptPhone = o.value(u"receiptPhone"_s).toString().trimmed();
    if (request.receiptEmail.isEmpty() && request.receiptPhone.isEmpty())
        return PaymentMessages::invalid(u"receiptEmail"_s, Msg::ReceiptRequired, language);
    if (!request.receiptEmail.isEmpty() && rules::checkEmail(request.receiptEmail))
        return PaymentMessages::invalid(u"receiptEmail"_s, Msg::EmailInvalid, language);
    static const QRegularExpression e164(u"^\\+7[0-9]{10}$"_s);
    if (!request.receiptPhone.isEmpty() && !e164.match(request.receiptPhone).hasMatch())
        return PaymentMessages::invalid(u"receiptPhone"_s, Msg::PhoneInvalid, language);
    return request;
}

} // namespace lkk::server::payments
