#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QVariant>
#include <optional>

namespace lkk::server {

// Compact JSON written straight into bytes, for answers large enough that building a QJsonObject
// tree and serialising it costs more than the queries behind them (the bills: thousands of
// values). Members come out in the order written; strings are escaped as QJsonDocument escapes
// them (UTF-8, with \" \\ \b \f \n \r \t and \u00XX for the other control characters). The
// caller pairs begin/end and gives every member a key; nothing is checked beyond that.
class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(QLatin1StringView name); // a member's name (plain ASCII, not escaped)
    JsonWriter& key(const QString& name);    // a member's name from data (escaped)

    JsonWriter& value(qint64 number);
    JsonWriter& value(const QString& text);
    // Text as UTF-8 bytes (RowReader's columns): written as value() writes the same text.
    JsonWriter& text(QByteArrayView utf8);
    JsonWriter& boolean(bool flag);
    JsonWriter& integerOrNull(const QVariant& number);       // a column that may be NULL
    JsonWriter& integerOrNull(std::optional<qint64> number); // the same from RowReader
    JsonWriter& textOrNull(const QString& text);             // null when empty
    JsonWriter& null();
    // A value kept as a Qt JSON value (a stored answer's part): serialised as QJsonDocument would.
    JsonWriter& value(const QJsonValue& json);
    // A value another writer wrote whole (its take()).
    JsonWriter& raw(QByteArrayView json);
    // An array of the values another writer wrote one after the other, outside any container (its
    // take(); empty: an empty array). Lets rows be written as they come and grouped by parent.
    JsonWriter& array(QByteArrayView elements);

    // The JSON written so far, and its length.
    QByteArray take() { return std::move(m_out); }
    qsizetype size() const { return m_out.size(); }

private:
    void separate();               // the comma before a value or key that is not its container's first
    char* extend(qsizetype bytes); // the output longer by `bytes`, for the caller to fill: their start
    void appendEscaped(QByteArrayView utf8);
    // The text escaped as UTF-8 at `out`, with room for 6 bytes a unit: past what it wrote, or
    // null at a lone surrogate.
    static char* escapeUtf16(char* out, QStringView text);
    static char* escape(char* out, char c); // one byte, escaped when JSON needs it: past it

    QByteArray m_out;
    bool m_first = true; // nothing written yet in the current container (or after a key)
};

} // namespace lkk::server
