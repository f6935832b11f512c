#include "server/readings/ReadingsService.h"

#include "server/Sha256Hex.h"
#include "server/accounts/AccountMessages.h"
#include "server/accounts/TomskTime.h"
#include "server/db/Database.h"
#include "server/http/JsonWriter.h"
#include "server/readings/ReadingRules.h"
#include "server/readings/ReadingsMessages.h"
#include "server/readings/ReadingsStore.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>
#include <vector>

namespace lkk::server::readings {

using namespace Qt::StringLiterals;

namespace {

QJsonValue isoOrNull(const QDateTime& t) {
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

void writeIsoOrNull(JsonWriter& out, const QDateTime& t) {
    if (t.isValid())
        out.value(t.toString(Qt::ISODate));
    else
        out.null();
}

// A meter's values by zone: an object of the zones (sorted), null when there are none.
void writeZoneValues(JsonWriter& out, const QMap<QString, QString>& values) {
    if (values.isEmpty()) {
        out.null();
        return;
    }
    out.beginObject();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.key(it.key()).value(it.value());
    out.endObject();
}

void writeZones(JsonWriter& out, const QStringList& zones) {
    out.beginArray();
    for (const QString& zone : zones)
        out.value(zone);
    out.endArray();
}

// The state refusals of a meter (docs/domain.md §6.3, rule 2), before the window: they hold
// whatever the date.
std::optional<QPair<const char*, QString>> stateRefusal(const MeterInfo& m, const QDate& today, Language language) {
    if (m.automatic)
        return QPair<const char*, QString>{errc::meterAutomatic, ReadingsMessages::meterAutomatic(language)};
    const QDate until = QDate::fromString(m.verifiedUntil, Qt::ISODate);
    if (until.isValid() && until < today)
        return QPair<const char*, QString>{errc::meterVerificationExpired,
                                           ReadingsMessages::verificationExpired(until, language)};
    return std::nullopt;
}

QJsonObject windowDetails(const ReadingsWindow& w) {
    return {{u"fromDay"_s, w.fromDay},
            {u"toDay"_s, w.toDay},
            {u"opensAt"_s, isoOrNull(w.opensAt)},
            {u"closesAt"_s, isoOrNull(w.closesAt)}};
}

QString fingerprint(qint64 accountId, const QJsonObject& body) {
    const QJsonObject canonical{{u"accountId"_s, accountId},
                                {u"meterId"_s, body.value(u"meterId"_s)},
                                {u"values"_s, body.value(u"values"_s)},
                                {u"confirmRollover"_s, body.value(u"confirmRollover"_s).toBool(false)},
                                {u"confirmHighConsumption"_s, body.value(u"confirmHighConsumption"_s).toBool(false)}};
    // QJsonObject keeps its keys sorted, so equal requests give equal bytes.
    const QByteArray bytes = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return sha256Hex(bytes);
}

} // namespace

ReadingsService::ReadingsService(Database& database, int fromDay, int toDay)
    : m_database(database)
    , m_fromDay(fromDay)
    , m_toDay(toDay) {}

Result<ApiReply> ReadingsService::form(RequestContext& context, qint64 accountId) const {
    const ReadingsWindow w = ReadingRules::window(context.nowMs, m_fromDay, m_toDay);
    const auto form = ReadingsStore::form(context.db, m_database.dialect(), accountId, w.period);
    if (!form)
        return form.failure();

    // Written as JSON directly, members in the order QJsonObject keeps them (sorted by name).
    JsonWriter out;
    out.beginObject().key("meters"_L1).beginArray();
    for (const MeterInfo& m : form->meters) {
        const ReadingsStore::ReadingsByZone readings = form->recent.value(m.id);
        std::optional<QPair<const char*, QString>> refusal = stateRefusal(m, w.today, context.language);
        if (!refusal && !w.open)
            refusal = {errc::readingWindowClosed,
                       ReadingsMessages::windowClosed(m_fromDay, m_toDay, w.opensAt.date(), context.language)};

        QString lastDate;
        QString lastPeriod;
        QMap<QString, QString> lastValues; // zone → value, sorted as QJsonObject sorts
        QMap<QString, QString> averages;
        for (const QString& zone : m.zones) {
            const QList<StoredReading> zoneReadings = readings.value(zone);
            if (const auto b = ReadingRules::baseline(zoneReadings, w.period)) {
                lastValues.insert(zone, ReadingRules::machine(b->units, m.capacity.fraction));
                if (b->date > lastDate) {
                    lastDate = b->date;
                    lastPeriod = b->period;
                }
            }
            if (const auto average = ReadingRules::averageMonthly(zoneReadings, w.period, m.capacity))
                averages.insert(zone, ReadingRules::machine(*average, m.capacity.fraction));
        }

        out.beginObject();
        out.key("accepts"_L1).boolean(!refusal);
        writeZoneValues(out.key("averageConsumption"_L1), averages);
        out.key("capacity"_L1).beginObject();
        out.key("fraction"_L1).value(qint64(m.capacity.fraction)).key("integer"_L1).value(qint64(m.capacity.integer));
        out.endObject();
        out.key("currentSubmission"_L1);
        if (const auto current = form->current.constFind(m.id); current != form->current.cend()) {
            out.beginObject();
            out.key("submissionId"_L1).value(current->submissionId);
            out.key("submittedAt"_L1).value(current->response.value(u"submittedAt"_s));
            out.key("values"_L1).value(current->response.value(u"values"_s));
            out.endObject();
        } else {
            out.null();
        }
        out.key("id"_L1).value(m.id);
        out.key("lastReading"_L1);
        if (lastValues.isEmpty()) {
            out.null();
        } else {
            out.beginObject();
            out.key("date"_L1).value(lastDate).key("period"_L1).value(lastPeriod);
            writeZoneValues(out.key("values"_L1), lastValues);
            out.endObject();
        }
        out.key("number"_L1).value(m.number);
        out.key("provider"_L1).value(m.provider);
        out.key("refusal"_L1);
        if (refusal) {
            out.beginObject();
            out.key("code"_L1).value(QString::fromLatin1(refusal->first)).key("message"_L1).value(refusal->second);
            out.endObject();
        } else {
            out.null();
        }
        out.key("service"_L1).value(m.service);
        out.key("subAccount"_L1).value(m.subAccount);
        out.key("unit"_L1).value(m.unit);
        out.key("verifiedUntil"_L1).textOrNull(m.verifiedUntil);
        writeZones(out.key("zones"_L1), m.zones);
        out.endObject();
    }
    out.endArray();
    out.key("period"_L1).value(w.period);
    out.key("today"_L1).value(w.today.toString(Qt::ISODate));
    out.key("window"_L1).beginObject();
    writeIsoOrNull(out.key("closesAt"_L1), w.open ? w.closesAt : QDateTime());
    out.key("fromDay"_L1).value(qint64(m_fromDay));
    out.key("message"_L1).value(ReadingsMessages::windowRule(m_fromDay, m_toDay, context.language));
    out.key("open"_L1).boolean(w.open);
    writeIsoOrNull(out.key("opensAt"_L1), w.opensAt);
    out.key("timeZone"_L1).value(u"Asia/Tomsk"_s);
    out.key("toDay"_L1).value(qint64(m_toDay));
    out.endObject().endObject();
    ApiReply reply;
    reply.body = out.take();
    return reply;
}

Result<ApiReply> ReadingsService::history(RequestContext& context, qint64 accountId, const QString& query) const {
    using accounts::AccountMessages;
    const QDate today = accounts::TomskTime::today(context.nowMs);
    const auto range = DateRange::fromQuery(QUrlQuery(query), {today.addMonths(-12), today}, AccountMessages::dateRange,
                                            context.language);
    if (!range)
        return range.failure();
    const auto [from, to] = *range;
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);

    const auto history = ReadingsStore::history(context.db, m_database.dialect(), accountId, fromText, toText);
    if (!history)
        return history.failure();

    // Written as JSON directly, members in the order QJsonObject keeps them (sorted by name).
    JsonWriter out;
    out.beginObject().key("meters"_L1).beginArray();
    for (const MeterInfo& m : history->meters) {
        const ReadingsStore::ReadingsByZone readings = history->readings.value(m.id);

        // Sorted vectors, not maps and sets of strings: a meter has a few dozen readings here.
        // The readings of the range, newest date first and, within a date, by zone name (the
        // order of the row's values); zoneIndex is the zone's place in the meter's zones.
        struct Cell {
            const StoredReading* reading;
            const QString* zone;
            qsizetype zoneIndex;
        };
        QStringList zones = m.zones;
        zones.removeDuplicates(); // a zone listed twice counts once
        std::vector<Cell> cells;
        QStringList periodsInRange;
        for (qsizetype i = 0; i < zones.size(); ++i) {
            const QString& zone = zones.at(i);
            const auto zoneReadings = readings.constFind(zone);
            if (zoneReadings == readings.cend())
                continue;
            for (const StoredReading& r : *zoneReadings) {
                if (r.date < fromText || r.date > toText)
                    continue;
                periodsInRange.append(r.period);
                cells.push_back({&r, &zone, i});
            }
        }
        std::sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) {
            if (a.reading->date != b.reading->date)
                return a.reading->date > b.reading->date;
            return *a.zone < *b.zone;
        });
        std::sort(periodsInRange.begin(), periodsInRange.end());
        periodsInRange.erase(std::unique(periodsInRange.begin(), periodsInRange.end()), periodsInRange.end());

        // Per period in the range (ascending), per zone (by name): the consumption.
        struct Used {
            QString period;
            const QString* zone;
            qint64 units;
        };
        std::vector<Used> consumption;
        for (const QString& zone : std::as_const(zones)) {
            for (const PeriodConsumption& c : ReadingRules::periodConsumption(readings.value(zone), m.capacity)) {
                if (std::binary_search(periodsInRange.cbegin(), periodsInRange.cend(), c.period))
                    consumption.push_back({c.period, &zone, c.units});
            }
        }
        std::sort(consumption.begin(), consumption.end(), [](const Used& a, const Used& b) {
            return a.period != b.period ? a.period < b.period : *a.zone < *b.zone;
        });

        out.beginObject();
        out.key("consumption"_L1).beginArray();
        for (auto begin = consumption.cbegin(); begin != consumption.cend();) {
            const auto end =
                std::find_if(begin, consumption.cend(), [&](const Used& u) { return u.period != begin->period; });
            out.beginObject().key("period"_L1).value(begin->period);
            out.key("values"_L1).beginObject();
            for (auto it = begin; it != end; ++it)
                out.key(*it->zone).value(ReadingRules::machine(it->units, m.capacity.fraction));
            out.endObject().endObject();
            begin = end;
        }
        out.endArray();
        out.key("id"_L1).value(m.id);
        out.key("number"_L1).value(m.number);
        out.key("provider"_L1).value(m.provider);
        // Rows: one per date (newest first), the zones read that day side by side; the date,
        // period, source and author are those of the reading of the zone first in m.zones.
        out.key("readings"_L1).beginArray();
        for (auto begin = cells.cbegin(); begin != cells.cend();) {
            const auto end = std::find_if(begin, cells.cend(),
                                          [&](const Cell& c) { return c.reading->date != begin->reading->date; });
            const StoredReading& first = *std::min_element(begin, end, [](const Cell& a, const Cell& b) {
                                              return a.zoneIndex < b.zoneIndex;
                                          })->reading;
            out.beginObject();
            out.key("date"_L1).value(first.date);
            out.key("period"_L1).value(first.period);
            out.key("source"_L1).value(first.source);
            // Another customer linked to the account may submit too: the caller sees which
            // readings are not their own (docs/architecture.md, «Meter readings»).
            if (first.submittedBy != 0)
                out.key("submittedBy"_L1).value(first.submittedBy == context.caller.userId ? u"self"_s : u"other"_s);
            out.key("values"_L1).beginObject();
            for (auto it = begin; it != end; ++it)
                out.key(*it->zone).value(ReadingRules::machine(it->reading->units, m.capacity.fraction));
            out.endObject().endObject();
            begin = end;
        }
        out.endArray();
        out.key("service"_L1).value(m.service);
        out.key("subAccount"_L1).value(m.subAccount);
        out.key("unit"_L1).value(m.unit);
        writeZones(out.key("zones"_L1), m.zones);
        out.endObject();
    }
    out.endArray().endObject();
    ApiReply reply;
    reply.body = out.take();
    return reply;
}

Result<ApiReply> ReadingsService::submit(RequestContext& context, qint64 accountId, const QJsonObject& body,
                                         const OnBehalf* onBehalf) const {
    const Language language = context.language;
    const QString submissionId = body.value(u"submissionId"_s).toString();
    static const QRegularExpression idShape(u"^[A-Za-z0-9-]{8,64}$"_s);
    if (!idShape.match(submissionId).hasMatch())
        return Failure::invalid(u"submissionId"_s, ReadingsMessages::submissionIdInvalid(language));
    const QString print = fingerprint(accountId, body);

    // Idempotency first: a retry must get its first answer even after the window has closed.
    auto replayOrConflict = [&](const StoredSubmission& stored) -> Result<ApiReply> {
        if (stored.fingerprint == print)
            return ApiReply::json(stored.response, 200);
        return Failure::of(409, errc::submissionIdConflict, u"submissionId"_s,
                           ReadingsMessages::submissionIdConflict(language));
    };
    const auto stored = ReadingsStore::submission(context.db, context.caller.userId, submissionId);
    if (!stored)
        return stored.failure();
    if (*stored)
        return replayOrConflict(**stored);

    const qint64 meterId = body.value(u"meterId"_s).toInteger();
    const auto meter = meterId > 0 ? ReadingsStore::meter(context.db, accountId, meterId)
                                   : Result<std::optional<MeterInfo>>(std::nullopt);
    if (!meter)
        return meter.failure();
    if (!*meter)
        return Failure::of(404, errc::meterNotFound, u"meterId"_s, ReadingsMessages::meterNotFound(language));
    const MeterInfo& m = **meter;

    const ReadingsWindow w = ReadingRules::window(context.nowMs, m_fromDay, m_toDay);
    if (!w.open)
        return Failure::of(422, errc::readingWindowClosed, {},
                           ReadingsMessages::windowClosed(m_fromDay, m_toDay, w.opensAt.date(), language),
                           windowDetails(w));
    if (const auto state = stateRefusal(m, w.today, language))
        return Failure::of(422, state->first, {}, state->second);

    // Format (docs/domain.md §6.3, rule 3): only the meter's zones, every one of them, each within
    // the capacity.
    const QJsonObject values = body.value(u"values"_s).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!m.zones.contains(it.key()))
            return Failure::invalid(u"values."_s + it.key(), ReadingsMessages::unknownZone(it.key(), language));
    }
    QList<QPair<QString, qint64>> parsed;
    for (const QString& zone : m.zones) {
        const QString field = u"values."_s + zone;
        const QJsonValue v = values.value(zone);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return Failure::of(400, errc::wrongType, field, Messages::text(errc::wrongType, language));
        qint64 units = 0;
        switch (ReadingRules::parseValue(v.toString(), m.capacity, &units)) {
        case ReadingRules::ValueProblem::Empty:
            return Failure::invalid(field, ReadingsMessages::valueRequired(language));
        case ReadingRules::ValueProblem::Format:
            return Failure::invalid(field,
                                    ReadingsMessages::valueFormat(m.capacity.integer, m.capacity.fraction, language));
        case ReadingRules::ValueProblem::None:
            break;
        }
        parsed.append({zone, units});
    }

    const auto found = ReadingsStore::readings(context.db, m.id);
    if (!found)
        return found.failure();
    const ReadingsStore::ReadingsByZone& readings = *found;
    const int fraction = m.capacity.fraction;
    const bool confirmRollover = body.value(u"confirmRollover"_s).toBool(false);
    const bool confirmHigh = body.value(u"confirmHighConsumption"_s).toBool(false);
    // Rule 4 for every zone before rule 5 for any: the harder question first.
    QHash<QString, std::optional<Baseline>> baselines;
    for (const auto& [zone, units] : std::as_const(parsed)) {
        const auto b = ReadingRules::baseline(readings.value(zone), w.period);
        baselines.insert(zone, b);
        if (b && units < b->units && !confirmRollover) {
            const QJsonObject details{
                {u"zone"_s, zone},
                {u"last"_s, ReadingRules::machine(b->units, fraction)},
                {u"rolloverConsumption"_s,
                 ReadingRules::machine(ReadingRules::consumption(b->units, units, m.capacity), fraction)}};
            return Failure::of(422, errc::readingBelowPrevious, u"values."_s + zone,
                               ReadingsMessages::belowPrevious(ReadingRules::display(b->units, fraction), language),
                               details);
        }
    }
    QJsonObject consumption;
    for (const auto& [zone, units] : std::as_const(parsed)) {
        const auto& b = baselines.value(zone);
        if (!b)
            continue;
        const qint64 used = ReadingRules::consumption(b->units, units, m.capacity);
        consumption.insert(zone, ReadingRules::machine(used, fraction));
        const auto average = ReadingRules::averageMonthly(readings.value(zone), w.period, m.capacity);
        if (average && ReadingRules::tooHigh(used, *average) && !confirmHigh) {
            const QJsonObject details{{u"zone"_s, zone},
                                      {u"consumption"_s, ReadingRules::machine(used, fraction)},
                                      {u"average"_s, ReadingRules::machine(*average, fraction)}};
            return Failure::of(422, errc::consumptionTooHigh, u"values."_s + zone,
                               ReadingsMessages::tooHigh(ReadingRules::display(used, fraction), m.unit,
                                                         ReadingRules::display(*average, fraction), language),
                               details);
        }
    }

    NewSubmission s;
    s.submissionId = submissionId;
    s.userId = context.caller.userId;
    s.accountId = accountId;
    s.meterId = m.id;
    s.period = w.period;
    s.readingDate = w.today.toString(Qt::ISODate);
    s.submittedAt = context.nowMs;
    s.fingerprint = print;
    s.values = parsed;
    s.fraction = fraction;
    s.operatorId = onBehalf ? onBehalf->operatorId : 0;
    QJsonObject normalized;
    for (const auto& [zone, units] : std::as_const(parsed))
        normalized.insert(zone, ReadingRules::machine(units, fraction));
    auto makeResponse = [&](bool replaced) {
        return QJsonObject{{u"submissionId"_s, submissionId},
                           {u"meterId"_s, m.id},
                           {u"period"_s, w.period},
                           {u"submittedAt"_s, accounts::TomskTime::isoUtc(context.nowMs)},
                           {u"values"_s, normalized},
                           {u"consumption"_s, consumption},
                           {u"replaced"_s, replaced},
                           {u"message"_s, replaced ? ReadingsMessages::replaced(w.period, language)
                                                   : ReadingsMessages::accepted(language)}};
    };
    const auto saved =
        ReadingsStore::save(m_database, context.db, s, makeResponse, onBehalf ? onBehalf->audit : AlsoWrite());
    if (!saved)
        return saved.failure();
    if (*saved)
        return ApiReply::json(**saved, 201);
    // The same id won meanwhile: answer as to a retry.
    const auto winner = ReadingsStore::submission(context.db, context.caller.userId, submissionId);
    if (!winner || !*winner)
        return Failure::databaseUnavailable();
    return replayOrConflict(**winner);
}

} // namespace lkk::server::readings
