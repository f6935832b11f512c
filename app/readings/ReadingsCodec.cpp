#include "ReadingsCodec.h"

#include "api/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace lkk::json {

namespace {

// Reads typed fields and remembers the first problem with its path ("meters[1].zones").
class Reader {
public:
    Reader(const QJsonObject& object, QString where, QString* error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error) {}

    QJsonValue value(QLatin1StringView name, bool required = true) {
        const QJsonValue v = m_object.value(name);
        if (required && (v.isUndefined() || v.isNull()))
            fail(name, u"is missing"_s);
        return v;
    }
    QString string(QLatin1StringView name, bool required = true) {
        const QJsonValue v = value(name, required);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            return fail(name, u"must be a string"_s), QString();
        return v.toString();
    }
    qint64 integer(QLatin1StringView name) {
        const QJsonValue v = value(name);
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble();
        if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d > 9007199254740992.0 ||
            d < -9007199254740992.0)
            return fail(name, u"must be an integer"_s), 0;
        return static_cast<qint64>(d);
    }
    bool boolean(QLatin1StringView name, bool required = true) {
        const QJsonValue v = value(name, required);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            return fail(name, u"must be true or false"_s), false;
        return v.toBool();
    }
    // Absent or null: nullopt (or an error when required).
    std::optional<QJsonObject> object(QLatin1StringView name, bool required = true) {
        const QJsonValue v = value(name, required);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject())
            return fail(name, u"must be an object"_s), std::nullopt;
        return v.toObject();
    }
    QJsonArray array(QLatin1StringView name) {
        const QJsonValue v = value(name);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            return fail(name, u"must be an array"_s), QJsonArray();
        return v.toArray();
    }
    QDate date(QLatin1StringView name, bool required = true) {
        const QString text = string(name, required);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || text.size() != 10)
            fail(name, u"is not a YYYY-MM-DD date"_s);
        return d;
    }
    QDateTime dateTime(QLatin1StringView name, bool required = true) {
        const QString text = string(name, required);
        if (text.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            fail(name, u"is not an ISO 8601 date and time"_s);
        return t;
    }
    QString period(QLatin1StringView name) {
        const QString text = string(name);
        if (!text.isEmpty() && !QDate::fromString(text + u"-01"_s, Qt::ISODate).isValid())
            fail(name, u"is not a YYYY-MM period"_s);
        return text;
    }
    QStringList strings(QLatin1StringView name) {
        QStringList out;
        const QJsonArray items = array(name);
        for (const QJsonValue& item : items) {
            if (!item.isString())
                return fail(name, u"must hold strings"_s), QStringList();
            out.append(item.toString());
        }
        return out;
    }
    // {"T1":"74.000",…}: every value a decimal string with '.'.
    ZoneValues zoneValues(QLatin1StringView name, bool required = true) {
        ZoneValues out;
        const auto o = object(name, required);
        if (!o)
            return out;
        for (auto it = o->begin(); it != o->end(); ++it) {
            if (!it.value().isString())
                return fail(name, u"must map zones to decimal strings"_s), ZoneValues();
            out.insert(it.key(), it.value().toString());
        }
        return out;
    }
    QString path(QLatin1StringView name) const { return m_where.isEmpty() ? QString(name) : m_where + u'.' + name; }
    QString child(QLatin1StringView name, qsizetype index) const {
        return path(name) + u'[' + QString::number(index) + u']';
    }
    void fail(QLatin1StringView name, const QString& why) {
        if (m_error->isEmpty())
            *m_error = u"\""_s + path(name) + u"\" "_s + why;
    }
    bool ok() const { return m_error->isEmpty(); }

private:
    const QJsonObject& m_object;
    QString m_where;
    QString* m_error;
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

QJsonObject zoneValuesToJson(const ZoneValues& values) {
    QJsonObject o;
    for (auto it = values.begin(); it != values.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

ReadingsWindow windowFrom(const QJsonObject& o, const QString& where, QString* error) {
    Reader r(o, where, error);
    ReadingsWindow w;
    w.open = r.boolean("open"_L1);
    w.fromDay = static_cast<int>(r.integer("fromDay"_L1));
    w.toDay = static_cast<int>(r.integer("toDay"_L1));
    w.timeZone = r.string("timeZone"_L1, false);
    w.opensAt = r.dateTime("opensAt"_L1, false);
    w.closesAt = r.dateTime("closesAt"_L1, false);
    w.message = r.string("message"_L1, false);
    return w;
}

ReadingsFormMeter formMeterFrom(const QJsonObject& o, const QString& where, QString* error) {
    Reader r(o, where, error);
    ReadingsFormMeter m;
    m.id = r.integer("id"_L1);
    m.number = r.string("number"_L1);
    m.service = r.string("service"_L1, false);
    m.provider = r.string("provider"_L1, false);
    m.subAccount = r.string("subAccount"_L1, false);
    m.unit = r.string("unit"_L1, false);
    m.zones = r.strings("zones"_L1);
    if (r.ok() && m.zones.isEmpty())
        r.fail("zones"_L1, u"is empty"_s);
    if (const auto capacity = r.object("capacity"_L1)) {
        Reader c(*capacity, r.path("capacity"_L1), error);
        m.capacityInteger = static_cast<int>(c.integer("integer"_L1));
        m.capacityFraction = static_cast<int>(c.integer("fraction"_L1));
        if (c.ok() &&
            (m.capacityInteger < 1 || m.capacityInteger > 12 || m.capacityFraction < 0 || m.capacityFraction > 6))
            c.fail("integer"_L1, u"is out of range"_s);
    }
    m.verifiedUntil = r.date("verifiedUntil"_L1, false);
    m.accepts = r.boolean("accepts"_L1);
    if (const auto refusal = r.object("refusal"_L1, false)) {
        Reader f(*refusal, r.path("refusal"_L1), error);
        m.refusal = ReadingRefusal{f.string("code"_L1), f.string("message"_L1, false)};
    }
    if (const auto last = r.object("lastReading"_L1, false)) {
        Reader l(*last, r.path("lastReading"_L1), error);
        ReadingSnapshot s;
        s.date = l.date("date"_L1);
        s.period = l.string("period"_L1, false);
        s.values = l.zoneValues("values"_L1);
        m.lastReading = s;
    }
    if (r.object("averageConsumption"_L1, false))
        m.averageConsumption = r.zoneValues("averageConsumption"_L1);
    if (const auto current = r.object("currentSubmission"_L1, false)) {
        Reader c(*current, r.path("currentSubmission"_L1), error);
        CurrentSubmission s;
        s.submissionId = c.string("submissionId"_L1);
        s.submittedAt = c.dateTime("submittedAt"_L1, false);
        s.values = c.zoneValues("values"_L1);
        m.currentSubmission = s;
    }
    return m;
}

HistoryMeter historyMeterFrom(const QJsonObject& o, const QString& where, QString* error) {
    Reader r(o, where, error);
    HistoryMeter m;
    m.id = r.integer("id"_L1);
    m.number = r.string("number"_L1);
    m.service = r.string("service"_L1, false);
    m.provider = r.string("provider"_L1, false);
    m.subAccount = r.string("subAccount"_L1, false);
    m.unit = r.string("unit"_L1, false);
    m.zones = r.strings("zones"_L1);
    const QJsonArray readings = r.array("readings"_L1);
    for (qsizetype i = 0; i < readings.size() && r.ok(); ++i) {
        if (!readings.at(i).isObject()) {
            r.fail("readings"_L1, u"must hold objects"_s);
            break;
        }
        const QJsonObject item = readings.at(i).toObject();
        Reader e(item, r.child("readings"_L1, i), error);
        HistoryReading h;
        h.date = e.date("date"_L1);
        h.period = e.string("period"_L1, false);
        h.values = e.zoneValues("values"_L1);
        h.source = e.string("source"_L1, false);
        m.readings.append(h);
    }
    const QJsonArray consumption = r.array("consumption"_L1);
    for (qsizetype i = 0; i < consumption.size() && r.ok(); ++i) {
        if (!consumption.at(i).isObject()) {
            r.fail("consumption"_L1, u"must hold objects"_s);
            break;
        }
        const QJsonObject item = consumption.at(i).toObject();
        Reader e(item, r.child("consumption"_L1, i), error);
        PeriodConsumption c;
        c.period = e.period("period"_L1);
        c.values = e.zoneValues("values"_L1);
        m.consumption.append(c);
    }
    return m;
}

template <typename T> Result<T> finish(T value, const QString& error) {
    if (!error.isEmpty())
        return protocolError(error);
    return value;
}

} // namespace

Result<ReadingsForm> parseReadingsForm(const QByteArray& body) {
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return protocolError(error);
    Reader r(*o, {}, &error);
    ReadingsForm form;
    form.period = r.period("period"_L1);
    form.today = r.date("today"_L1);
    if (const auto window = r.object("window"_L1))
        form.window = windowFrom(*window, u"window"_s, &error);
    const QJsonArray meters = r.array("meters"_L1);
    for (qsizetype i = 0; i < meters.size() && r.ok(); ++i) {
        if (!meters.at(i).isObject()) {
            r.fail("meters"_L1, u"must hold objects"_s);
            break;
        }
        form.meters.append(formMeterFrom(meters.at(i).toObject(), r.child("meters"_L1, i), &error));
    }
    return finish(std::move(form), error);
}

QJsonObject readingSubmissionToJson(const ReadingSubmission& s) {
    QJsonObject o{{"submissionId"_L1, s.submissionId},
                  {"meterId"_L1, s.meterId},
                  {"values"_L1, zoneValuesToJson(s.values)},
                  {"confirmRollover"_L1, s.confirmRollover},
                  {"confirmHighConsumption"_L1, s.confirmHighConsumption}};
    return o;
}

QByteArray encodeReadingSubmission(const ReadingSubmission& submission) {
    return QJsonDocument(readingSubmissionToJson(submission)).toJson(QJsonDocument::Compact);
}

std::optional<ReadingSubmission> readingSubmissionFromJson(const QJsonObject& object) {
    QString error;
    Reader r(object, {}, &error);
    ReadingSubmission s;
    s.submissionId = r.string("submissionId"_L1);
    s.meterId = r.integer("meterId"_L1);
    s.accountId = r.integer("accountId"_L1);
    s.values = r.zoneValues("values"_L1);
    s.confirmRollover = r.boolean("confirmRollover"_L1, false);
    s.confirmHighConsumption = r.boolean("confirmHighConsumption"_L1, false);
    if (!r.ok())
        return std::nullopt;
    return s;
}

Result<ReadingSubmissionResult> readingSubmissionResultFromObject(const QJsonObject& object) {
    QString error;
    Reader r(object, {}, &error);
    ReadingSubmissionResult out;
    out.submissionId = r.string("submissionId"_L1);
    out.meterId = r.integer("meterId"_L1);
    out.period = r.period("period"_L1);
    out.submittedAt = r.dateTime("submittedAt"_L1, false);
    out.values = r.zoneValues("values"_L1);
    out.consumption = r.zoneValues("consumption"_L1, false);
    out.replaced = r.boolean("replaced"_L1, false);
    out.message = r.string("message"_L1, false);
    return finish(std::move(out), error);
}

Result<ReadingSubmissionResult> parseReadingSubmissionResult(const QByteArray& body) {
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return protocolError(error);
    return readingSubmissionResultFromObject(*o);
}

QJsonObject readingSubmissionResultToJson(const ReadingSubmissionResult& result) {
    return QJsonObject{{"submissionId"_L1, result.submissionId},
                       {"meterId"_L1, result.meterId},
                       {"period"_L1, result.period},
                       {"submittedAt"_L1, result.submittedAt.toString(Qt::ISODate)},
                       {"values"_L1, zoneValuesToJson(result.values)},
                       {"consumption"_L1, zoneValuesToJson(result.consumption)},
                       {"replaced"_L1, result.replaced},
                       {"message"_L1, result.message}};
}

Result<ReadingsHistory> parseReadingsHistory(const QByteArray& body) {
    QString error;
    const auto o = parseObject(body, &error);
    if (!o)
        return protocolError(error);
    Reader r(*o, {}, &error);
    ReadingsHistory history;
    const QJsonArray meters = r.array("meters"_L1);
    for (qsizetype i = 0; i < meters.size() && r.ok(); ++i) {
        if (!meters.at(i).isObject()) {
            r.fail("meters"_L1, u"must hold objects"_s);
            break;
        }
        history.meters.append(historyMeterFrom(meters.at(i).toObject(), r.child("meters"_L1, i), &error));
    }
    return finish(std::move(history), error);
}

} // namespace lkk::json
