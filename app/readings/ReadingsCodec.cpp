#include "app/readings/ReadingsCodec.h"

#include "app/api/JsonCodec.h"
#include "app/api/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lkk::json {

namespace {

// {"T1":"74.000",…}: every value a decimal string with '.'; absent or null reads as empty (an
// error when required).
ZoneValues zoneValues(JsonReader& r, QLatin1StringView name, bool required = true) {
    ZoneValues out;
    const QJsonObject o = required ? r.object(name) : r.optionalObject(name).value_or(QJsonObject());
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            return r.fail(name, u"must map zones to decimal strings"_s), ZoneValues();
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

QJsonObject zoneValuesToJson(const ZoneValues& values) {
    QJsonObject o;
    for (auto it = values.begin(); it != values.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

ReadingsWindow windowFrom(JsonReader r) {
    ReadingsWindow w;
    w.open = r.boolean("open"_L1);
    w.fromDay = static_cast<int>(r.integer("fromDay"_L1));
    w.toDay = static_cast<int>(r.integer("toDay"_L1));
    w.timeZone = r.optionalString("timeZone"_L1);
    w.opensAt = r.optionalDateTime("opensAt"_L1);
    w.closesAt = r.optionalDateTime("closesAt"_L1);
    w.message = r.optionalString("message"_L1);
    return w;
}

// What the form's and the history's meters share.
template <typename Meter> void readMeterHead(JsonReader& r, Meter& m) {
    m.id = r.integer("id"_L1);
    m.number = r.string("number"_L1);
    m.service = r.optionalString("service"_L1);
    m.provider = r.optionalString("provider"_L1);
    m.subAccount = r.optionalString("subAccount"_L1);
    m.unit = r.optionalString("unit"_L1);
    m.zones = r.strings("zones"_L1);
}

ReadingsFormMeter formMeterFrom(JsonReader& r) {
    ReadingsFormMeter m;
    readMeterHead(r, m);
    if (r.ok() && m.zones.isEmpty())
        r.fail("zones"_L1, u"is empty"_s);
    const QJsonObject capacity = r.object("capacity"_L1);
    if (r.ok()) {
        JsonReader c = r.nested(capacity, r.path("capacity"_L1));
        m.capacityInteger = static_cast<int>(c.integer("integer"_L1));
        m.capacityFraction = static_cast<int>(c.integer("fraction"_L1));
        if (c.ok() &&
            (m.capacityInteger < 1 || m.capacityInteger > 12 || m.capacityFraction < 0 || m.capacityFraction > 6))
            c.fail("integer"_L1, u"is out of range"_s);
    }
    m.verifiedUntil = r.optionalDate("verifiedUntil"_L1);
    m.accepts = r.boolean("accepts"_L1);
    if (const auto refusal = r.optionalObject("refusal"_L1)) {
        JsonReader f = r.nested(*refusal, r.path("refusal"_L1));
        m.refusal = ReadingRefusal{f.string("code"_L1), f.optionalString("message"_L1)};
    }
    if (const auto last = r.optionalObject("lastReading"_L1)) {
        JsonReader l = r.nested(*last, r.path("lastReading"_L1));
        ReadingSnapshot s;
        s.date = l.date("date"_L1);
        s.period = l.optionalString("period"_L1);
        s.values = zoneValues(l, "values"_L1);
        m.lastReading = s;
    }
    if (r.has("averageConsumption"_L1))
        m.averageConsumption = zoneValues(r, "averageConsumption"_L1);
    if (const auto current = r.optionalObject("currentSubmission"_L1)) {
        JsonReader c = r.nested(*current, r.path("currentSubmission"_L1));
        CurrentSubmission s;
        s.submissionId = c.string("submissionId"_L1);
        s.submittedAt = c.optionalDateTime("submittedAt"_L1);
        s.values = zoneValues(c, "values"_L1);
        m.currentSubmission = s;
    }
    return m;
}

HistoryMeter historyMeterFrom(JsonReader& r) {
    HistoryMeter m;
    readMeterHead(r, m);
    m.readings = r.objects<HistoryReading>("readings"_L1, [](JsonReader& e) {
        HistoryReading h;
        h.date = e.date("date"_L1);
        h.period = e.optionalString("period"_L1);
        h.values = zoneValues(e, "values"_L1);
        h.source = e.optionalString("source"_L1);
        h.byAnotherCustomer = e.optionalString("submittedBy"_L1) == "other"_L1;
        return h;
    });
    m.consumption = r.objects<PeriodConsumption>("consumption"_L1, [](JsonReader& e) {
        PeriodConsumption c;
        c.period = e.period("period"_L1);
        c.values = zoneValues(e, "values"_L1);
        return c;
    });
    return m;
}

template <typename T> Result<T> finish(T value, const JsonReader& r) {
    if (!r.ok())
        return protocolError(r.error());
    return value;
}

} // namespace

Result<ReadingsForm> parseReadingsForm(const QByteArray& body) {
    return readObject<ReadingsForm>(body, [](JsonReader& r) {
        ReadingsForm form;
        form.period = r.period("period"_L1);
        form.today = r.date("today"_L1);
        const QJsonObject window = r.object("window"_L1);
        if (r.ok())
            form.window = windowFrom(r.nested(window, u"window"_s));
        form.meters = r.objects<ReadingsFormMeter>("meters"_L1, formMeterFrom);
        return form;
    });
}

QJsonObject readingSubmissionToJson(const ReadingSubmission& s) {
    QJsonObject o{{"submissionId"_L1, s.submissionId},
                  {"meterId"_L1, s.meterId},
                  {"values"_L1, zoneValuesToJson(s.values)},
                  {"confirmRollover"_L1, s.confirmRollover},
                  {"confirmHighConsumption"_L1, s.confirmHighConsumption}};
    if (!s.reason.isEmpty())
        o.insert("reason"_L1, s.reason);
    return o;
}

QByteArray encodeReadingSubmission(const ReadingSubmission& submission) {
    return QJsonDocument(readingSubmissionToJson(submission)).toJson(QJsonDocument::Compact);
}

std::optional<ReadingSubmission> readingSubmissionFromJson(const QJsonObject& object) {
    JsonReader r(object);
    ReadingSubmission s;
    s.submissionId = r.string("submissionId"_L1);
    s.meterId = r.integer("meterId"_L1);
    s.accountId = r.integer("accountId"_L1);
    s.values = zoneValues(r, "values"_L1);
    s.confirmRollover = r.optionalBoolean("confirmRollover"_L1);
    s.confirmHighConsumption = r.optionalBoolean("confirmHighConsumption"_L1);
    s.reason = r.optionalString("reason"_L1);
    if (!r.ok())
        return std::nullopt;
    return s;
}

Result<ReadingSubmissionResult> readingSubmissionResultFromObject(const QJsonObject& object) {
    JsonReader r(object);
    ReadingSubmissionResult out;
    out.submissionId = r.string("submissionId"_L1);
    out.meterId = r.integer("meterId"_L1);
    out.period = r.period("period"_L1);
    out.submittedAt = r.optionalDateTime("submittedAt"_L1);
    out.values = zoneValues(r, "values"_L1);
    out.consumption = zoneValues(r, "consumption"_L1, false);
    out.replaced = r.optionalBoolean("replaced"_L1);
    out.message = r.optionalString("message"_L1);
    return finish(std::move(out), r);
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
    return readObject<ReadingsHistory>(body, [](JsonReader& r) {
        ReadingsHistory history;
        history.meters = r.objects<HistoryMeter>("meters"_L1, historyMeterFrom);
        return history;
    });
}

} // namespace lkk::json
