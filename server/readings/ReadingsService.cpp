#include "server/readings/ReadingsService.h"

#include "server/accounts/AccountMessages.h"
#include "server/accounts/TomskTime.h"
#include "server/db/Database.h"
#include "server/readings/ReadingRules.h"
#include "server/readings/ReadingsMessages.h"
#include "server/readings/ReadingsStore.h"
#include "shared/ErrorCodes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QUrlQuery>

namespace lkk::server::readings {

using namespace Qt::StringLiterals;

namespace {

QJsonValue nullable(const QJsonObject& object) {
    return object.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(object);
}

QJsonValue isoOrNull(const QDateTime& t) {
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject meterHeader(const MeterInfo& m) {
    return {{u"id"_s, m.id},
            {u"number"_s, m.number},
            {u"service"_s, m.service},
            {u"provider"_s, m.provider},
            {u"subAccount"_s, m.subAccount},
            {u"unit"_s, m.unit},
            {u"zones"_s, QJsonArray::fromStringList(m.zones)}};
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
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

std::optional<QDate> parseDate(const QString& text) {
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

ReadingsService::ReadingsService(Database& database, int fromDay, int toDay)
    : m_database(database)
    , m_fromDay(fromDay)
    , m_toDay(toDay) {}

Result<ApiReply> ReadingsService::form(RequestContext& context, qint64 accountId) const {
    const ReadingsWindow w = ReadingRules::window(context.nowMs, m_fromDay, m_toDay);
    const auto meters = ReadingsStore::meters(context.db, accountId);
    if (!meters)
        return meters.failure();

    QJsonArray list;
    for (const MeterInfo& m : *meters) {
        const auto found = ReadingsStore::readings(context.db, m.id);
        if (!found)
            return found.failure();
        const ReadingsStore::ReadingsByZone& readings = *found;
        const auto stored = ReadingsStore::current(context.db, m.id, w.period);
        if (!stored)
            return stored.failure();
        const std::optional<StoredSubmission>& current = *stored;

        QJsonValue refusal = QJsonValue::Null;
        if (const auto state = stateRefusal(m, w.today, context.language))
            refusal = QJsonObject{{u"code"_s, QString::fromLatin1(state->first)}, {u"message"_s, state->second}};
        else if (!w.open)
            refusal = QJsonObject{
                {u"code"_s, QString::fromLatin1(errc::readingWindowClosed)},
                {u"message"_s, ReadingsMessages::windowClosed(m_fromDay, m_toDay, w.opensAt.date(), context.language)}};

        QJsonObject last;
        QJsonObject lastValues;
        QJsonObject averages;
        for (const QString& zone : m.zones) {
            const QList<StoredReading> zoneReadings = readings.value(zone);
            if (const auto b = ReadingRules::baseline(zoneReadings, w.period)) {
                lastValues.insert(zone, ReadingRules::machine(b->units, m.capacity.fraction));
                if (b->date > last.value(u"date"_s).toString()) {
                    last.insert(u"date"_s, b->date);
                    last.insert(u"period"_s, b->period);
                }
            }
            if (const auto average = ReadingRules::averageMonthly(zoneReadings, w.period, m.capacity))
                averages.insert(zone, ReadingRules::machine(*average, m.capacity.fraction));
        }
        if (!lastValues.isEmpty())
            last.insert(u"values"_s, lastValues);

        QJsonValue submission = QJsonValue::Null;
        if (current)
            submission = QJsonObject{{u"submissionId"_s, current->submissionId},
                                     {u"submittedAt"_s, current->response.value(u"submittedAt"_s)},
                                     {u"values"_s, current->response.value(u"values"_s)}};

        QJsonObject meter = meterHeader(m);
        meter.insert(u"capacity"_s,
                     QJsonObject{{u"integer"_s, m.capacity.integer}, {u"fraction"_s, m.capacity.fraction}});
        meter.insert(u"verifiedUntil"_s,
                     m.verifiedUntil.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.verifiedUntil));
        meter.insert(u"accepts"_s, refusal.isNull());
        meter.insert(u"refusal"_s, refusal);
        meter.insert(u"lastReading"_s, nullable(last));
        meter.insert(u"averageConsumption"_s, nullable(averages));
        meter.insert(u"currentSubmission"_s, submission);
        list.append(meter);
    }

    const QJsonObject window{{u"open"_s, w.open},
                             {u"fromDay"_s, m_fromDay},
                             {u"toDay"_s, m_toDay},
                             {u"timeZone"_s, u"Asia/Tomsk"_s},
                             {u"opensAt"_s, isoOrNull(w.opensAt)},
                             {u"closesAt"_s, w.open ? isoOrNull(w.closesAt) : QJsonValue(QJsonValue::Null)},
                             {u"message"_s, ReadingsMessages::windowRule(m_fromDay, m_toDay, context.language)}};
    return ApiReply::json({{u"period"_s, w.period},
                           {u"today"_s, w.today.toString(Qt::ISODate)},
                           {u"window"_s, window},
                           {u"meters"_s, list}});
}

Result<ApiReply> ReadingsService::history(RequestContext& context, qint64 accountId, const QString& query) const {
    using accounts::AccountMessages;
    const QDate today = accounts::TomskTime::today(context.nowMs);
    const QUrlQuery params(query);
    QDate from = today.addMonths(-12);
    QDate to = today;
    for (const auto& [key, target] : {std::pair{u"from"_s, &from}, std::pair{u"to"_s, &to}}) {
        if (!params.hasQueryItem(key))
            continue;
        const auto date = parseDate(params.queryItemValue(key, QUrl::FullyDecoded));
        if (!date)
            return Failure::of(400, errc::validationFailed, key,
                               AccountMessages::text(AccountMessages::Text::DateInvalid, context.language));
        *target = *date;
    }
    if (from > to)
        return Failure::of(400, errc::validationFailed, u"from"_s,
                           AccountMessages::text(AccountMessages::Text::PeriodReversed, context.language));
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);

    const auto meters = ReadingsStore::meters(context.db, accountId);
    if (!meters)
        return meters.failure();
    QJsonArray list;
    for (const MeterInfo& m : *meters) {
        const auto found = ReadingsStore::readings(context.db, m.id);
        if (!found)
            return found.failure();
        const ReadingsStore::ReadingsByZone& readings = *found;

        // Rows: one per date (newest first), the zones read that day side by side.
        QMap<QString, QJsonObject> rows; // date -> row
        QSet<QString> periodsInRange;
        for (const QString& zone : m.zones) {
            for (const StoredReading& r : readings.value(zone)) {
                if (r.date < fromText || r.date > toText)
                    continue;
                periodsInRange.insert(r.period);
                QJsonObject& row = rows[r.date];
                if (row.isEmpty()) {
                    row = {{u"date"_s, r.date}, {u"period"_s, r.period}, {u"source"_s, r.source}};
                    // Another customer linked to the account may submit too: the caller sees
                    // which readings are not their own (docs/architecture.md, «Meter readings»).
                    if (r.submittedBy != 0)
                        row.insert(u"submittedBy"_s, r.submittedBy == context.caller.userId ? u"self"_s : u"other"_s);
                }
                QJsonObject values = row.value(u"values"_s).toObject();
                values.insert(zone, ReadingRules::machine(r.units, m.capacity.fraction));
                row.insert(u"values"_s, values);
            }
        }
        QJsonArray rowList;
        for (auto it = rows.cend(); it != rows.cbegin();)
            rowList.append(*--it);

        QMap<QString, QJsonObject> consumption; // period -> zone values (ascending)
        for (const QString& zone : m.zones) {
            for (const PeriodConsumption& c : ReadingRules::periodConsumption(readings.value(zone), m.capacity)) {
                if (periodsInRange.contains(c.period))
                    consumption[c.period].insert(zone, ReadingRules::machine(c.units, m.capacity.fraction));
            }
        }
        QJsonArray consumptionList;
        for (auto it = consumption.cbegin(); it != consumption.cend(); ++it)
            consumptionList.append(QJsonObject{{u"period"_s, it.key()}, {u"values"_s, it.value()}});

        QJsonObject meter = meterHeader(m);
        meter.insert(u"readings"_s, rowList);
        meter.insert(u"consumption"_s, consumptionList);
        list.append(meter);
    }
    return ApiReply::json({{u"meters"_s, list}});
}

Result<ApiReply> ReadingsService::submit(RequestContext& context, qint64 accountId, const QJsonObject& body) const {
    const Language language = context.language;
    const QString submissionId = body.value(u"submissionId"_s).toString();
    static const QRegularExpression idShape(u"^[A-Za-z0-9-]{8,64}$"_s);
    if (!idShape.match(submissionId).hasMatch())
        return Failure::of(400, errc::validationFailed, u"submissionId"_s,
                           ReadingsMessages::submissionIdInvalid(language));
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
            return Failure::of(400, errc::validationFailed, u"values."_s + it.key(),
                               ReadingsMessages::unknownZone(it.key(), language));
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
            return Failure::of(400, errc::validationFailed, field, ReadingsMessages::valueRequired(language));
        case ReadingRules::ValueProblem::Format:
            return Failure::of(400, errc::validationFailed, field,
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
    const auto saved = ReadingsStore::save(m_database, context.db, s, makeResponse);
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
