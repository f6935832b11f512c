#include "PaymentsCodec.h"

#include "api/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace lkk::json {

namespace {

// Reads typed fields of one object and keeps the first problem (the same idea as JsonCodec's).
class Reader {
public:
    Reader(const QJsonObject& object, QString where)
        : m_object(object)
        , m_where(std::move(where)) {}

    QString string(QLatin1StringView name) {
        const QJsonValue v = require(name);
        if (!v.isUndefined() && !v.isString())
            fail(name, u"must be a string"_s);
        return v.toString();
    }
    QString optionalString(QLatin1StringView name) {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            fail(name, u"must be a string"_s);
        return v.toString();
    }
    qint64 integer(QLatin1StringView name) {
        const QJsonValue v = require(name);
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble();
        if (!v.isDouble() || d > 9007199254740992.0 || d < -9007199254740992.0 ||
            d != static_cast<double>(static_cast<qint64>(d))) {
            fail(name, u"must be an integer"_s);
            return 0;
        }
        return static_cast<qint64>(d);
    }
    Money money(QLatin1StringView name) { return Money::fromKopecks(integer(name)); }
    QJsonArray array(QLatin1StringView name) {
        const QJsonValue v = require(name);
        if (!v.isUndefined() && !v.isArray())
            fail(name, u"must be an array"_s);
        return v.toArray();
    }
    QDate date(QLatin1StringView name) {
        const QString text = string(name);
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (ok() && (!d.isValid() || text.size() != 10))
            fail(name, u"is not a YYYY-MM-DD date"_s);
        return d;
    }
    QDateTime dateTime(QLatin1StringView name, bool required) {
        const QString text = required ? string(name) : optionalString(name);
        if (text.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            fail(name, u"is not an ISO 8601 date and time"_s);
        return t;
    }
    QUrl url(QLatin1StringView name) {
        const QString text = string(name);
        const QUrl u(text, QUrl::StrictMode);
        if (ok() && (!u.isValid() || u.scheme().isEmpty()))
            fail(name, u"is not a URL"_s);
        return u;
    }
    QString path(QLatin1StringView name) const { return m_where.isEmpty() ? QString(name) : m_where + u'.' + name; }
    QString element(QLatin1StringView name, qsizetype i) const { return path(name) + u'[' + QString::number(i) + u']'; }
    void fail(QLatin1StringView name, const QString& why) {
        if (m_error.isEmpty())
            m_error = u"\""_s + path(name) + u"\" "_s + why;
    }
    void failWith(const QString& error) {
        if (m_error.isEmpty())
            m_error = error;
    }
    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

private:
    QJsonValue require(QLatin1StringView name) {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull()) {
            fail(name, u"is missing"_s);
            return QJsonValue(QJsonValue::Undefined);
        }
        return v;
    }

    const QJsonObject& m_object;
    QString m_where;
    QString m_error;
};

std::optional<QJsonObject> parseObject(const QByteArray& body, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"invalid JSON: "_s + parseError.errorString();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = u"the body is not a JSON object"_s;
        return std::nullopt;
    }
    return doc.object();
}

// Reads every element of `array` as an object with `read`; the first failure wins.
template <typename T, typename F>
QString readEach(const QJsonArray& array, const QString& where, QList<T>* out, F read) {
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = where + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject())
            return u"\""_s + at + u"\" must be an object"_s;
        const QJsonObject o = array.at(i).toObject();
        Reader r(o, at);
        T value = read(r);
        if (!r.ok())
            return r.error();
        out->append(std::move(value));
    }
    return {};
}

} // namespace

Result<QList<SubAccountPayments>> parsePayments(const QByteArray& body) {
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return protocolError(error);
    Reader top(*object, {});
    const QJsonArray subAccounts = top.array("subAccounts"_L1);
    if (!top.ok())
        return protocolError(top.error());
    QList<SubAccountPayments> out;
    error = readEach(subAccounts, u"subAccounts"_s, &out, [](Reader& r) {
        SubAccountPayments s;
        s.providerId = r.integer("providerId"_L1);
        s.provider = r.string("provider"_L1);
        s.subAccount = r.string("subAccount"_L1);
        const QJsonArray payments = r.array("payments"_L1);
        if (!r.ok())
            return s;
        const QString inner = readEach(payments, r.path("payments"_L1), &s.payments, [](Reader& p) {
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
        if (!inner.isEmpty())
            r.failWith(inner);
        return s;
    });
    if (!error.isEmpty())
        return protocolError(error);
    return out;
}

Result<PaymentFormData> parsePaymentForm(const QByteArray& body) {
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return protocolError(error);
    Reader r(*object, {});
    PaymentFormData form;
    form.address = r.string("address"_L1);
    form.email = r.optionalString("email"_L1);
    form.phone = r.optionalString("phone"_L1);
    form.maxOrderTotal = r.money("maxOrderTotal"_L1);
    form.rulesUrl = r.url("rulesUrl"_L1);
    const QJsonArray items = r.array("items"_L1);
    if (!r.ok())
        return protocolError(r.error());
    error = readEach(items, u"items"_s, &form.items, [](Reader& i) {
        PaymentFormItem item;
        item.providerId = i.integer("providerId"_L1);
        item.provider = i.string("provider"_L1);
        item.subAccount = i.string("subAccount"_L1);
        item.title = i.string("title"_L1);
        item.due = i.money("due"_L1);
        return item;
    });
    if (!error.isEmpty())
        return protocolError(error);
    return form;
}

Result<PaymentOrder> parsePaymentOrder(const QByteArray& body) {
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return protocolError(error);
    Reader r(*object, {});
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
    order.createdAt = r.dateTime("createdAt"_L1, true);
    order.expiresAt = r.dateTime("expiresAt"_L1, true);
    order.paidAt = r.dateTime("paidAt"_L1, false);
    order.declineReason = r.optionalString("declineReason"_L1);
    const QJsonArray items = r.array("items"_L1);
    if (!r.ok())
        return protocolError(r.error());
    error = readEach(items, u"items"_s, &order.items, [](Reader& i) {
        PaymentOrder::Item item;
        item.subAccount = i.string("subAccount"_L1);
        item.provider = i.optionalString("provider"_L1);
        item.amount = i.money("amount"_L1);
        return item;
    });
    if (!error.isEmpty())
        return protocolError(error);
    return order;
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
    Reader r(object, {});
    PaymentOrderRequest request;
    request.receiptEmail = r.optionalString("receiptEmail"_L1);
    request.receiptPhone = r.optionalString("receiptPhone"_L1);
    const QJsonValue consent = object.value("consent"_L1);
    if (!consent.isBool())
        return std::nullopt;
    request.consent = consent.toBool();
    const QJsonArray items = r.array("items"_L1);
    if (!r.ok())
        return std::nullopt;
    const QString error = readEach(items, u"items"_s, &request.items, [](Reader& i) {
        PaymentOrderRequest::Item item;
        item.subAccount = i.string("subAccount"_L1);
        item.amount = i.money("amount"_L1);
        return item;
    });
    if (!error.isEmpty())
        return std::nullopt;
    return request;
}

QByteArray encodePaymentOrderRequest(const PaymentOrderRequest& request) {
    return QJsonDocument(paymentOrderRequestToJson(request)).toJson(QJsonDocument::Compact);
}

} // namespace lkk::json
