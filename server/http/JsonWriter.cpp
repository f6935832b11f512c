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
    char* out = extend(!m_first + name.size() + 3); // one write per key: the bills have thousands
    if (!m_first)
        *out++ = ',';
    *out++ = '"';
    out = std::copy_n(name.data(), name.size(), out);
    *out++ = '"';
    *out = ':';
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
    char digits[24]; // without a QByteArray per number: the bills write thousands
    char* const end = std::to_chars(std::begin(digits), std::end(digits), number).ptr;
    char* out = extend(!m_first + (end - digits));
    if (!m_first)
        *out++ = ',';
    std::copy(digits, end, out);
    m_first = false;
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

JsonWriter& JsonWriter::integerOrNull(std::optional<qint64> number) {
    return number ? value(*number) : null();
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
    // Encoded straight into the output, without a QByteArray of UTF-8 per string: room for the
    // longest a UTF-16 unit can take (\u00XX, 6 bytes), the unused tail cut off after.
    char* out = extend(!m_first + 2 + 6 * text.size());
    if (!m_first)
        *out++ = ',';
    m_first = false;
    *out++ = '"';
    char* const end = escapeUtf16(out, text);
    if (!end) { // a lone surrogate: left to QString::toUtf8(), which decides what it becomes
        m_out.truncate(out - m_out.constData());
        appendEscaped(text.toUtf8());
        m_out += '"';
        return *this;
    }
    *end = '"';
    m_out.truncate(end + 1 - m_out.constData());
    return *this;
}

JsonWriter& JsonWriter::text(QByteArrayView utf8) {
    separate();
    m_out += '"';
    appendEscaped(utf8);
    m_out += '"';
    return *this;
}

char* JsonWriter::extend(qsizetype bytes) {
    const qsizetype size = m_out.size();
    m_out.resize(size + bytes); // the buffer grows geometrically
    return m_out.data() + size;
}

char* JsonWriter::escapeUtf16(char* out, QStringView text) {
    const char16_t* const end = text.utf16() + text.size();
    for (const char16_t* p = text.utf16(); p != end; ++p) {
        const char16_t u = *p;
        if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
            *out++ = char(u);
        } else if (u < 0x80) {
            out = escape(out, char(u));
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p + 1 != end && QChar::isLowSurrogate(p[1])) {
            const char32_t c = QChar::surrogateToUcs4(u, p[1]);
            ++p;
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else {
            return nullptr;
        }
    }
    return out;
}

void JsonWriter::appendEscaped(QByteArrayView utf8) {
    char* out = extend(6 * utf8.size());
    for (const char c : utf8)
        out = escape(out, c);
    m_out.truncate(out - m_out.constData());
}

char* JsonWriter::escape(char* out, char c) {
    static constexpr char hex[] = "0123456789abcdef";
    const auto two = [&out](char second) {
        *out++ = '\\';
        *out++ = second;
        return out;
    };
    switch (c) {
    case '"':
        return two('"');
    case '\\':
        return two('\\');
    case '\b':
        return two('b');
    case '\f':
        return two('f');
    case '\n':
        return two('n');
    case '\r':
        return two('r');
    case '\t':
        return two('t');
    default:
        if (static_cast<unsigned char>(c) < 0x20) {
            for (const char d : {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf]})
                *out++ = d;
        } else {
            *out++ = c;
        }
        return out;
    }
}

} // namespace lkk::server
