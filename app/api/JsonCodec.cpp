#include "JsonCodec.h"

#include "shared/ErrorCodes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace lkk::json {

namespace {

// Pure functions have no QObject for tr(): texts are marked with QT_TRANSLATE_NOOP so lupdate files
// them under the context "lkk::JsonCodec".
QString translated(const char* text, int n = -1) {
    return QCoreApplication::translate("lkk::JsonCodec", text, nullptr, n);
}

// Reads typed fields of one object and remembers the first problem, so a parser reads like the
// contract and checks once at the end.
class FieldReader {
public:
    FieldReader(const QJsonObject& object, QString where)
        : m_object(object)
        , m_where(std::move(where)) {}

    QString string(QLatin1StringView name) {
        const QJsonValue v = require(name);
        if (v.isUndefined())
            return {};
        if (!v.isString())
            return fail(name, u"must be a string"_s), QString();
        return v.toString();
    }
    // Absent or null reads as empty; any other non-string is an error.
    QString optionalString(QLatin1StringView name) {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            return fail(name, u"must be a string"_s), QString();
        return v.toString();
    }
    qint64 integer(QLatin1StringView name, bool required = true) {
        const QJsonValue v = required ? require(name) : m_object.value(name);
        if (v.isUndefined() || (!required && v.isNull()))
            return 0;
        // JSON numbers are doubles; accept only whole numbers that fit without loss.
        const double d = v.toDouble();
        if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d > 9007199254740992.0 ||
            d < -9007199254740992.0)
            return fail(name, u"must be an integer"_s), 0;
        return static_cast<qint64>(d);
    }
    QJsonObject object(QLatin1StringView name) {
        const QJsonValue v = require(name);
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            return fail(name, u"must be an object"_s), QJsonObject();
        return v.toObject();
    }
    bool has(QLatin1StringView name) const { return m_object.contains(name) && !m_object.value(name).isNull(); }
    void fail(QLatin1StringView name, const QString& why) {
        if (m_error.isEmpty())
            m_error = u"\""_s + path(name) + u"\" "_s + why;
    }
    QString path(QLatin1StringView name) const { return m_where.isEmpty() ? QString(name) : m_where + u'.' + name; }
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

int clampToInt(qint64 v) {
    return static_cast<int>(std::clamp<qint64>(v, 0, std::numeric_limits<int>::max()));
}

std::optional<int> parseRetryAfter(const QByteArray& raw) {
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<int>(clampToInt(seconds));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return clampToInt(QDateTime::currentDateTimeUtc().secsTo(when));
}

} // namespace

ApiError protocolError(const QString& detail) {
    ApiError e;
    e.kind = ApiError::Kind::Protocol;
    e.message = translated(QT_TRANSLATE_NOOP(
                               "lkk::JsonCodec",
                               "The server sent an answer this version of the application does not understand (%1)."))
                    .arg(detail);
    return e;
}

QByteArray headerValue(const HeaderList& headers, const QByteArray& name) {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray encodeLoginRequest(const LoginRequest& request) {
    QJsonObject o{{"email"_L1, request.email}, {"password"_L1, request.password}, {"remember"_L1, request.remember}};
    if (!request.captchaId.isEmpty()) {
        o.insert("captchaId"_L1, request.captchaId);
        o.insert("captchaAnswer"_L1, request.captchaAnswer);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodeRefreshRequest(const QString& refreshToken) {
    return QJsonDocument(QJsonObject{{"refreshToken"_L1, refreshToken}}).toJson(QJsonDocument::Compact);
}

QByteArray encodeEmptyObject() {
    return QByteArrayLiteral("{}");
}

Result<Profile> profileFromObject(const QJsonObject& object, const QString& where) {
    FieldReader r(object, where);
    Profile p;
    p.id = r.integer("id"_L1);
    p.email = r.string("email"_L1);
    p.surname = r.string("surname"_L1);
    p.firstName = r.string("firstName"_L1);
    p.patronymic = r.optionalString("patronymic"_L1);
    p.phone = r.optionalString("phone"_L1);
    const QString birth = r.optionalString("birthDate"_L1);
    if (!birth.isEmpty()) {
        p.birthDate = QDate::fromString(birth, Qt::ISODate);
        if (!p.birthDate.isValid())
            r.fail("birthDate"_L1, u"is not a YYYY-MM-DD date"_s);
    }
    p.sex = r.optionalString("sex"_L1);
    if (!p.sex.isEmpty() && p.sex != "male"_L1 && p.sex != "female"_L1)
        r.fail("sex"_L1, u"must be \"male\", \"female\" or empty"_s);
    p.role = r.string("role"_L1);
    if (r.ok() && p.role != "customer"_L1 && p.role != "operator"_L1)
        r.fail("role"_L1, u"must be \"customer\" or \"operator\""_s);
    if (!r.ok())
        return protocolError(r.error());
    return p;
}

Result<Profile> parseProfile(const QByteArray& body) {
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return protocolError(error);
    return profileFromObject(*object);
}

Result<LoginResult> parseLoginResult(const QByteArray& body) {
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return protocolError(error);
    FieldReader r(*object, {});
    LoginResult result;
    result.tokens.accessToken = r.string("accessToken"_L1);
    if (r.ok() && result.tokens.accessToken.isEmpty())
        r.fail("accessToken"_L1, u"is empty"_s);
    result.tokens.accessExpiresIn = clampToInt(r.integer("accessExpiresIn"_L1));
    result.tokens.refreshToken = r.optionalString("refreshToken"_L1);
    if (!result.tokens.refreshToken.isEmpty())
        result.tokens.refreshExpiresIn = clampToInt(r.integer("refreshExpiresIn"_L1, false));
    const QJsonObject user = r.object("user"_L1);
    if (!r.ok())
        return protocolError(r.error());
    auto profile = profileFromObject(user, u"user"_s);
    if (!profile)
        return profile.error();
    result.user = std::move(profile).value();
    return result;
}

Result<CaptchaChallenge> parseCaptcha(const QByteArray& body) {
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return protocolError(error);
    FieldReader r(*object, {});
    CaptchaChallenge c;
    c.id = r.string("id"_L1);
    const QString image = r.string("image"_L1);
    c.expiresIn = clampToInt(r.integer("expiresIn"_L1));
    c.testAnswer = r.optionalString("answer"_L1);
    if (r.ok()) {
        const auto decoded = QByteArray::fromBase64Encoding(image.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            r.fail("image"_L1, u"is not base64"_s);
        else
            c.png = decoded.decoded;
    }
    if (!r.ok())
        return protocolError(r.error());
    return c;
}

Result<HealthStatus> parseHealth(const QByteArray& body) {
    QString error;
    const auto object = parseObject(body, &error);
    if (!object)
        return protocolError(error);
    FieldReader r(*object, {});
    HealthStatus h;
    h.status = r.string("status"_L1);
    h.version = r.optionalString("version"_L1);
    h.database = r.optionalString("database"_L1);
    if (!r.ok())
        return protocolError(r.error());
    return h;
}

ApiError parseApiError(int httpStatus, const QByteArray& body, const HeaderList& headers) {
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = httpStatus;
    e.retryAfterSeconds = parseRetryAfter(headerValue(headers, "Retry-After"));

    QString ignored;
    if (const auto object = parseObject(body, &ignored)) {
        const QJsonValue error = object->value("error"_L1);
        if (error.isObject()) {
            const QJsonObject o = error.toObject();
            e.code = o.value("code"_L1).toString();
            e.field = o.value("field"_L1).toString();
            e.message = o.value("message"_L1).toString();
        }
    }
    if (e.message.isEmpty()) {
        // No structured error (a proxy's HTML page, an empty body): say at least what happened.
        if (httpStatus == 429 && e.retryAfterSeconds)
            e.message =
                translated(QT_TRANSLATE_N_NOOP("lkk::JsonCodec", "Too many attempts. Try again in %n second(s)."),
                           *e.retryAfterSeconds);
        else if (httpStatus >= 500)
            e.message =
                translated(QT_TRANSLATE_NOOP("lkk::JsonCodec",
                                             "The server could not handle the request (HTTP %1). Try again later."))
                    .arg(httpStatus);
        else
            e.message = translated(QT_TRANSLATE_NOOP("lkk::JsonCodec", "The server refused the request (HTTP %1)."))
                            .arg(httpStatus);
    }
    return e;
}

} // namespace lkk::json
