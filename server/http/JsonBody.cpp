#include "server/http/JsonBody.h"

#include "shared/ErrorCodes.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>

namespace lkk::server {

bool JsonBody::isJsonContentType(const QByteArray& contentType) {
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.value(0).trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts.at(i).trimmed().toLower();
        if (param.startsWith("charset=")) {
            QByteArray charset = param.mid(8);
            if (charset.startsWith('"') && charset.endsWith('"') && charset.size() >= 2)
                charset = charset.mid(1, charset.size() - 2);
            if (charset != "utf-8" && charset != "utf8")
                return false;
        }
    }
    return true;
}

std::variant<QJsonObject, JsonBody::Error> JsonBody::parse(const QByteArray& contentType, const QByteArray& body,
                                                           qsizetype maxBytes, const Spec& spec) {
    if (body.size() > maxBytes)
        return Error{413, errc::bodyTooLarge, {}};
    QJsonObject object;
    if (body.trimmed().isEmpty() && spec.bodyOptional) {
        // No body at all: nothing to check against the Content-Type.
    } else {
        if (!isJsonContentType(contentType))
            return Error{415, errc::unsupportedMediaType, {}};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return Error{400, errc::malformedJson, {}};
        object = doc.object();
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto field =
            std::find_if(spec.fields.cbegin(), spec.fields.cend(), [&](const Field& f) { return f.name == it.key(); });
        if (field == spec.fields.cend())
            return Error{400, errc::unknownField, it.key()};
        const QJsonValue value = it.value();
        if (value.isNull() && !field->required)
            continue; // null = absent for optional fields
        bool ok = false;
        switch (field->type) {
        case Type::String:
            ok = value.isString();
            break;
        case Type::Bool:
            ok = value.isBool();
            break;
        case Type::Object:
            ok = value.isObject();
            break;
        case Type::Array:
            ok = value.isArray();
            break;
        case Type::Integer: {
            const double d = value.toDouble();
            ok = value.isDouble() && std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0;
            break;
        }
        }
        if (!ok)
            return Error{400, errc::wrongType, it.key()};
    }
    for (const Field& f : spec.fields) {
        if (f.required && (!object.contains(f.name) || object.value(f.name).isNull()))
            return Error{400,
                         object.value(f.name).isNull() && object.contains(f.name) ? errc::wrongType
                                                                                  : errc::validationFailed,
                         f.name};
    }
    return object;
}

QList<QByteArray> JsonBody::numberLiterals(const QByteArray& body, const QByteArray& key) {
    QList<QByteArray> result;
    qsizetype i = 0;
    QByteArray lastString;
    bool afterKey = false;
    while (i < body.size()) {
        const char c = body.at(i);
        if (c == '"') {
            QByteArray s;
            ++i;
            while (i < body.size() && body.at(i) != '"') {
                if (body.at(i) == '\\')
                    s += body.at(i++);
                if (i < body.size())
                    s += body.at(i++);
            }
            ++i;
            lastString = s;
            afterKey = false;
            continue;
        }
        if (c == ':') {
            afterKey = lastString == key;
            ++i;
            continue;
        }
        if (afterKey && (c == '-' || (c >= '0' && c <= '9'))) {
            qsizetype j = i;
            while (j < body.size() && QByteArrayView("+-.eE0123456789").contains(body.at(j)))
                ++j;
            result << body.mid(i, j - i);
            i = j;
            afterKey = false;
            continue;
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            afterKey = false;
        ++i;
    }
    return result;
}

} // namespace lkk::server
