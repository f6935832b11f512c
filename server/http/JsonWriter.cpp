#include "server/http/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <iterator>

namespace lkk::server {

void JsonWriter::separate() {
    if (!m_first)
        m_out += ',';
    m_first = false;
}

JsonWriter& JsonWriter::beginObject() {
    separate();
    m_out += '{';
    m_first = true;
    return *this;
}

JsonWriter& JsonWriter::endObject() {
    m_out += '}';
    m_first = false;
    return *this;
}

JsonWriter& JsonWriter::beginArray() {
    separate();
    m_out += '[';
    m_first = true;
    return *this;
}

JsonWriter& JsonWriter::endArray() {
    m_out += ']';
    m_first = false;
    return *this;
}

JsonWriter& JsonWriter::key(QLatin1StringView name) {
    separate();
    m_out += '"';
    m_out += QByteArrayView(name.data(), name.size());
    m_out += "\":";
    m_first = true; // the value that follows takes no comma
    return *this;
}

JsonWriter& JsonWriter::key(const QString& name) {
    value(name);
    m_out += ':';
    m_first = true;
    return *this;
}

JsonWriter& JsonWriter::value(qint64 number) {
    separate();
    char digits[24]; // without a QByteArray per number: the bills write thousands
    const auto end = std::to_chars(std::begin(digits), std::end(digits), number).ptr;
    m_out.append(digits, end - digits);
    return *this;
}

JsonWriter& JsonWriter::boolean(bool flag) {
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::integerOrNull(const QVariant& number) {
    return number.isNull() ? null() : value(number.toLongLong());
}

JsonWriter& JsonWriter::textOrNull(const QString& text) {
    return text.isEmpty() ? null() : value(text);
}

JsonWriter& JsonWriter::value(const QJsonValue& json) {
    switch (json.type()) {
    case QJsonValue::Object:
        return raw(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::String:
        return value(json.toString());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    default: // an array, a number or a boolean: as the one element of an array, without the brackets
        return raw(QByteArrayView(QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact)).sliced(1).chopped(1));
    }
}

JsonWriter& JsonWriter::null() {
    separate();
    m_out += "null";
    return *this;
}

JsonWriter& JsonWriter::raw(QByteArrayView json) {
    separate();
    m_out += json;
    return *this;
}

JsonWriter& JsonWriter::array(QByteArrayView elements) {
    separate();
    m_out += '[';
    m_out += elements;
    m_out += ']';
    return *this;
}

JsonWriter& JsonWriter::value(const QString& text) {
    separate();
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    const auto plain = [](char c) {
        return c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20;
    };
    if (std::all_of(utf8.cbegin(), utf8.cend(), plain)) { // the usual text: one append, not one per byte
        m_out += '"';
        m_out += utf8;
        m_out += '"';
        return *this;
    }
    m_out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_out += "\\u00";
                m_out += hex[(c >> 4) & 0xf];
                m_out += hex[c & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
    return *this;
}

} // namespace lkk::server
