#pragma once

#include "app/api/JsonCodec.h"
#include "app/api/Result.h"
#include "shared/Money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

namespace lkk::json {

// Reads the typed fields of one JSON object strictly and remembers the FIRST problem with its path
// ("meters[1].zones"), so a parser reads like the contract and checks once at the end. Readers
// made with nested() share that one error with their parent, so nested objects need no plumbing.
// Required fields must be present and not null; optional*() accept absent or null (read as empty).
class JsonReader {
public:
    explicit JsonReader(QJsonObject object, QString where = {});

    // A reader of an object inside this one (`where` is its full path, see path()/element()).
    JsonReader nested(QJsonObject object, QString where) const;

    QString string(QLatin1StringView name);
    QString optionalString(QLatin1StringView name);
    // Whole JSON numbers within ±2^53 only (beyond that a double is not exact).
    qint64 integer(QLatin1StringView name);
    std::optional<qint64> optionalInteger(QLatin1StringView name);
    // A required integer in 0 … 10^9 (lengths, counts, seconds).
    int count(QLatin1StringView name);
    Money money(QLatin1StringView name) { return Money::fromKopecks(integer(name)); }
    bool boolean(QLatin1StringView name);
    bool optionalBoolean(QLatin1StringView name); // absent or null = false
    QJsonObject object(QLatin1StringView name);
    std::optional<QJsonObject> optionalObject(QLatin1StringView name);
    QJsonArray array(QLatin1StringView name);
    QStringList strings(QLatin1StringView name); // a required array of strings
    QDate date(QLatin1StringView name);          // "YYYY-MM-DD"
    QDate optionalDate(QLatin1StringView name);  // null date when absent
    QDateTime dateTime(QLatin1StringView name);  // ISO 8601, milliseconds optional
    QDateTime optionalDateTime(QLatin1StringView name);
    QString period(QLatin1StringView name); // a required "YYYY-MM"
    QUrl url(QLatin1StringView name);       // a required absolute URL

    // Reads every element of the required array `name` with `read(JsonReader&) -> T`; each element
    // must be an object and gets a nested reader at "name[i]". Stops at the first problem.
    template <typename T, typename Read> QList<T> objects(QLatin1StringView name, Read read) {
        QList<T> out;
        const QJsonArray items = array(name);
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && ok(); ++i) {
            if (!items.at(i).isObject()) {
                failAt(element(name, i), QStringLiteral("must be an object"));
                break;
            }
            JsonReader item = nested(items.at(i).toObject(), element(name, i));
            out.append(read(item));
        }
        return out;
    }

    bool has(QLatin1StringView name) const;
    QString path(QLatin1StringView name) const;
    QString element(QLatin1StringView name, qsizetype index) const;
    const QString& where() const { return m_where; }

    void fail(QLatin1StringView name, const QString& why) { failAt(path(name), why); }
    void failAt(const QString& fullPath, const QString& why);
    // Keeps an error found elsewhere (a helper that already formatted its message).
    void failWith(const QString& error);
    bool ok() const { return m_error->isEmpty(); }
    const QString& error() const { return *m_error; }

private:
    JsonReader(QJsonObject object, QString where, std::shared_ptr<QString> error);
    QJsonValue require(QLatin1StringView name);
    QString text(QLatin1StringView name, bool required);

    QJsonObject m_object;
    QString m_where;
    std::shared_ptr<QString> m_error;
};

// The body as one JSON object, or nullopt with `error` saying why not.
std::optional<QJsonObject> parseObject(const QByteArray& body, QString* error);

// Reads an answer's body, which must be one JSON object, with `read(JsonReader&)` returning T or
// Result<T>. A body that is not a JSON object, and then the first problem the reader met, are a
// protocolError() that wins over whatever `read` returned: every codec says the same about a
// malformed answer, and `read` need not check the reader before it returns.
template <typename T, typename Read> Result<T> readObject(const QByteArray& body, Read read) {
    QString error;
    const std::optional<QJsonObject> object = parseObject(body, &error);
    if (!object)
        return protocolError(error);
    JsonReader reader(*object);
    Result<T> value = read(reader);
    if (!reader.ok())
        return protocolError(reader.error());
    return value;
}

} // namespace lkk::json
