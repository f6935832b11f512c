#include "app/api/JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace lkk::json {

namespace {

constexpr double maxExactInteger = 9007199254740992.0; // 2^53

} // namespace

JsonReader::JsonReader(QJsonObject object, QString where)
    : JsonReader(std::move(object), std::move(where), std::make_shared<QString>()) {}

JsonReader::JsonReader(QJsonObject object, QString where, std::shared_ptr<QString> error)
    : m_object(std::move(object))
    , m_where(std::move(where))
    , m_error(std::move(error)) {}

JsonReader JsonReader::nested(QJsonObject object, QString where) const {
    return JsonReader(std::move(object), std::move(where), m_error);
}

QJsonValue JsonReader::require(QLatin1StringView name) {
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull()) {
        fail(name, u"is missing"_s);
        return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

QString JsonReader::text(QLatin1StringView name, bool required) {
    const QJsonValue v = required ? require(name) : m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        return fail(name, u"must be a string"_s), QString();
    return v.toString();
}

QString JsonReader::string(QLatin1StringView name) {
    return text(name, true);
}

QString JsonReader::optionalString(QLatin1StringView name) {
    return text(name, false);
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1StringView name) {
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    // JSON numbers are doubles; accept only whole numbers that fit without loss.
    const double d = v.toDouble();
    if (!v.isDouble() || d > maxExactInteger || d < -maxExactInteger ||
        d != static_cast<double>(static_cast<qint64>(d)))
        return fail(name, u"must be an integer"_s), std::optional<qint64>(0);
    return static_cast<qint64>(d);
}

qint64 JsonReader::integer(QLatin1StringView name) {
    if (require(name).isUndefined())
        return 0;
    return optionalInteger(name).value_or(0);
}

int JsonReader::count(QLatin1StringView name) {
    if (require(name).isUndefined())
        return 0;
    const QJsonValue v = m_object.value(name);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 1e9 || d != static_cast<double>(static_cast<int>(d)))
        return fail(name, u"must be a non-negative integer"_s), 0;
    return static_cast<int>(d);
}

bool JsonReader::boolean(QLatin1StringView name) {
    const QJsonValue v = require(name);
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        return fail(name, u"must be true or false"_s), false;
    return v.toBool();
}

bool JsonReader::optionalBoolean(QLatin1StringView name) {
    return has(name) ? boolean(name) : false;
}

QJsonObject JsonReader::object(QLatin1StringView name) {
    if (require(name).isUndefined())
        return {};
    return optionalObject(name).value_or(QJsonObject());
}

std::optional<QJsonObject> JsonReader::optionalObject(QLatin1StringView name) {
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject())
        return fail(name, u"must be an object"_s), std::nullopt;
    return v.toObject();
}

QJsonArray JsonReader::array(QLatin1StringView name) {
    const QJsonValue v = require(name);
    if (v.isUndefined())
        return {};
    if (!v.isArray())
        return fail(name, u"must be an array"_s), QJsonArray();
    return v.toArray();
}

QStringList JsonReader::strings(QLatin1StringView name) {
    QStringList out;
    const QJsonArray items = array(name);
    for (const QJsonValue& item : items) {
        if (!item.isString())
            return fail(name, u"must hold strings"_s), QStringList();
        out.append(item.toString());
    }
    return out;
}

QDate JsonReader::date(QLatin1StringView name) {
    const QString value = string(name);
    if (!ok() && value.isEmpty())
        return {};
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid() || value.size() != 10)
        fail(name, u"is not a YYYY-MM-DD date"_s);
    return d;
}

QDate JsonReader::optionalDate(QLatin1StringView name) {
    // An empty string reads as "no date", as absent or null do.
    return optionalString(name).isEmpty() ? QDate() : date(name);
}

QDateTime JsonReader::dateTime(QLatin1StringView name) {
    const QString value = string(name);
    if (!ok() && value.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!t.isValid())
        fail(name, u"is not an ISO 8601 date and time"_s);
    return t;
}

QDateTime JsonReader::optionalDateTime(QLatin1StringView name) {
    return optionalString(name).isEmpty() ? QDateTime() : dateTime(name);
}

QString JsonReader::period(QLatin1StringView name) {
    const QString value = string(name);
    if (!value.isEmpty() && (value.size() != 7 || !QDate::fromString(value + u"-01"_s, Qt::ISODate).isValid()))
        fail(name, u"is not a YYYY-MM period"_s);
    return value;
}

QUrl JsonReader::url(QLatin1StringView name) {
    const QString value = string(name);
    if (!ok() && value.isEmpty())
        return {};
    const QUrl u(value, QUrl::StrictMode);
    if (!u.isValid() || u.scheme().isEmpty())
        fail(name, u"is not a URL"_s);
    return u;
}

bool JsonReader::has(QLatin1StringView name) const {
    const QJsonValue v = m_object.value(name);
    return !v.isUndefined() && !v.isNull();
}

QString JsonReader::path(QLatin1StringView name) const {
    return m_where.isEmpty() ? QString(name) : m_where + u'.' + name;
}

QString JsonReader::element(QLatin1StringView name, qsizetype index) const {
    return path(name) + u'[' + QString::number(index) + u']';
}

void JsonReader::failAt(const QString& fullPath, const QString& why) {
    failWith(u"\""_s + fullPath + u"\" "_s + why);
}

void JsonReader::failWith(const QString& error) {
    if (m_error->isEmpty())
        *m_error = error;
}

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

} // namespace lkk::json
