#include "server/readings/ReadingsStore.h"

#include "server/db/Database.h"
#include "server/db/RowReader.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <utility>

Q_LOGGING_CATEGORY(lcReadings, "lkk.server.readings")

namespace lkk::server::readings {

using namespace Qt::StringLiterals;

namespace {

// The meters' columns meterFromRow() reads and the tables they come from, up to the account's.
const QString kMeterColumns = u"SELECT m.id, m.number, c.service, p.name, c.sub_account, m.unit, m.zones, "
                              u"m.capacity_integer, m.capacity_fraction, m.verified_until, m.automatic"_s;
constexpr int kMeterColumnCount = 11;
const QString kMeterFrom = u" FROM billing_meters m JOIN billing_contracts c ON c.id = m.contract_id "
                           u"JOIN billing_providers p ON p.id = c.provider_id"_s;
const QString kMeterSelect = kMeterColumns + kMeterFrom + u" WHERE c.account_id = ?"_s;

MeterInfo meterFromRow(const RowReader& q) {
    MeterInfo m;
    m.id = q.integer(0);
    m.number = q.string(1);
    m.service = q.string(2);
    m.provider = q.string(3);
    m.subAccount = q.string(4);
    m.unit = q.string(5);
    for (const QString& zone : q.string(6).split(u',', Qt::SkipEmptyParts))
        m.zones.append(zone.trimmed());
    m.capacity = {int(q.integer(7)), int(q.integer(8))};
    m.verifiedUntil = q.string(9);
    m.automatic = q.integer(10) != 0;
    return m;
}

// The columns appendReading() reads, and the tables they come from.
const QString kReadingColumns =
    u"r.meter_id, r.zone, r.reading_date, r.period, r.value_units, r.source, r.submission_ref, s.user_id"_s;
const QString kReadingFrom = u" FROM billing_readings r LEFT JOIN reading_submissions s ON s.id = r.submission_ref"_s;

void appendReading(ReadingsStore::ReadingsByZone& readings, const RowReader& q) {
    readings[q.string(1)].append({q.string(2), q.string(3), q.integer(4), q.string(5), !q.isNull(6), q.integer(7)});
}

Failure failed(QSqlQuery& q) {
    qCWarning(lcReadings) << "query failed:" << q.lastError().text();
    return Failure::databaseUnavailable();
}

Failure failed(const RowReader& q) {
    qCWarning(lcReadings) << "query failed:" << q.errorText();
    return Failure::databaseUnavailable();
}

// A statement as SQLite and as PostgreSQL run it.
struct PerDialect {
    QString sqlite;
    QString postgres;
    const QString& of(Dialect dialect) const { return dialect == Dialect::Postgres ? postgres : sqlite; }
};

// The statement of the readings of a run of periods per zone of some meters. `withMeters` defines
// the CTE mb of one row per meter (meter_id and the columns `from` and `to` use); `from` and `to`
// bound the periods of the zone z (z.meter_id, z.zone and the meter's columns). Each run is one
// range of the index on (meter_id, zone, period), its bound one more search of it, once per zone.
// The zones come from the meters' readings. PostgreSQL gets them per meter and reads each run in
// LATERAL subqueries, so its plan is these index ranges whatever it estimates: joined, it took
// the zones for hundreds (estimated from the meters' readings, where there are a few) and read
// the whole table instead; OFFSET 0 keeps it from pulling the run's subquery up into the join,
// where the bound became a filter computed once per reading. SQLite has no LATERAL; there the
// CROSS JOIN keeps the zones the outer loop. No ORDER BY: the rows come grouped by meter and zone
// in any order (the rules and the answers order them), and a sort of them cost SQLite a temporary
// B-tree per request.
PerDialect zoneRuns(const QString& withMeters, const QString& from, const QString& to) {
    const QString run =
        u"r.meter_id = z.meter_id AND r.zone = z.zone AND r.period >= "_s + from + u" AND r.period <= "_s + to;
    const QString select = withMeters + u" SELECT "_s + kReadingColumns;
    const QString rest = u" LEFT JOIN reading_submissions s ON s.id = r.submission_ref"_s;
    return {select +
                u" FROM (SELECT DISTINCT b.*, x.zone FROM mb b JOIN billing_readings x ON x.meter_id = b.meter_id) z "
                u"CROSS JOIN billing_readings r ON "_s +
                run + rest,
            select +
                u" FROM (SELECT b.*, y.zone FROM mb b CROSS JOIN LATERAL (SELECT DISTINCT x.zone "
                u"FROM billing_readings x WHERE x.meter_id = b.meter_id) y) z CROSS JOIN LATERAL (SELECT * "
                u"FROM billing_readings r WHERE "_s +
                run + u" OFFSET 0) r"_s + rest};
}

// Runs a query of kReadingColumns (unless it ran with others) and groups its rows by meter.
Result<ReadingsStore::ReadingsByMeter> readingsByMeter(RowReader& q) {
    if (!q.exec())
        return failed(q);
    ReadingsStore::ReadingsByMeter readings;
    while (q.next())
        appendReading(readings[q.integer(0)], q);
    if (q.failed())
        return failed(q);
    return readings;
}

// The meters of a query of kMeterSelect, run here unless it ran with others.
Result<QList<MeterInfo>> metersOf(RowReader& q) {
    if (!q.exec())
        return failed(q);
    QList<MeterInfo> meters;
    while (q.next())
        meters.append(meterFromRow(q));
    if (q.failed())
        return failed(q);
    return meters;
}

// A submission from the columns id, submission_id, submitted_at, fingerprint, response (from
// `first` on).
StoredSubmission submissionFromRow(const RowReader& q, int first) {
    StoredSubmission s;
    s.rowId = q.integer(first);
    s.submissionId = q.string(first + 1);
    s.submittedAt = q.integer(first + 2);
    s.fingerprint = q.string(first + 3);
    s.response = QJsonDocument::fromJson(q.text(first + 4).toByteArray()).object();
    return s;
}

StoredSubmission submissionFromRow(const RowReader& q) {
    return submissionFromRow(q, 0);
}

// Runs a query of at most one row: the row as fromRow() makes it, if there is one.
template <typename Row> Result<std::optional<Row>> oneRow(RowReader& q, Row (*fromRow)(const RowReader&)) {
    if (!q.exec())
        return failed(q);
    if (q.next())
        return std::optional<Row>(fromRow(q));
    if (q.failed())
        return failed(q);
    return std::optional<Row>();
}

} // namespace

Result<std::optional<MeterInfo>> ReadingsStore::meter(QSqlDatabase& db, qint64 accountId, qint64 meterId) {
    RowReader q(db, kMeterSelect + u" AND m.id = ?"_s);
    q.bind(accountId).bind(meterId);
    return oneRow(q, meterFromRow);
}

Result<ReadingsStore::ReadingsByZone> ReadingsStore::readings(QSqlDatabase& db, qint64 meterId) {
    RowReader q(db, u"SELECT "_s + kReadingColumns + kReadingFrom +
                        u" WHERE r.meter_id = ? ORDER BY r.reading_date, r.zone"_s);
    q.bind(meterId);
    if (!q.exec())
        return failed(q);
    ReadingsByZone readings;
    while (q.next())
        appendReading(readings, q);
    if (q.failed())
        return failed(q);
    return readings;
}

Result<ReadingsStore::History> ReadingsStore::history(QSqlDatabase& db, Dialect dialect, qint64 accountId,
                                                      const QString& fromDate, const QString& toDate) {
    static const QString metersSql = kMeterSelect + u" ORDER BY c.id, m.id"_s;
    // Per meter, lo..hi: the periods of its readings dated in the range (what the history shows).
    // Per zone, its readings from its last period before lo up to hi are a run of its periods,
    // so every consumption of a period in lo..hi comes out as from the meter's whole past.
    static const PerDialect readingsSql =
        zoneRuns(u"WITH mb AS (SELECT x.meter_id, MIN(x.period) AS lo, MAX(x.period) AS hi FROM billing_meters m "
                 u"JOIN billing_contracts c ON c.id = m.contract_id JOIN billing_readings x ON x.meter_id = m.id "
                 u"WHERE c.account_id = ? AND x.reading_date >= ? AND x.reading_date <= ? GROUP BY x.meter_id)"_s,
                 u"COALESCE((SELECT MAX(p.period) FROM billing_readings p WHERE p.meter_id = z.meter_id "
                 u"AND p.zone = z.zone AND p.period < z.lo), z.lo)"_s,
                 u"z.hi"_s);
    RowReader m(db, metersSql);
    m.bind(accountId);
    RowReader r(db, readingsSql.of(dialect));
    r.bind(accountId).bind(fromDate).bind(toDate);
    RowReader::execTogether({&m, &r});
    auto meters = metersOf(m);
    if (!meters)
        return meters.failure();
    auto readings = readingsByMeter(r);
    if (!readings)
        return readings.failure();
    return History{std::move(*meters), std::move(*readings)};
}

Result<std::optional<StoredSubmission>> ReadingsStore::submission(QSqlDatabase& db, qint64 userId,
                                                                  const QString& submissionId) {
    RowReader q(db, u"SELECT id, submission_id, submitted_at, fingerprint, response FROM reading_submissions "
                    u"WHERE user_id = ? AND submission_id = ?"_s);
    q.bind(userId).bind(submissionId);
    return oneRow(q, submissionFromRow);
}

Result<ReadingsStore::FormData> ReadingsStore::form(QSqlDatabase& db, Dialect dialect, qint64 accountId,
                                                    const QString& period) {
    // A row per accepted, not replaced submission of the period of each meter, or one with NULLs
    // there for a meter without; of several, the latest is kept here.
    static const QString metersSql =
        kMeterColumns + u", s.id, s.submission_id, s.submitted_at, s.fingerprint, s.response"_s + kMeterFrom +
        u" LEFT JOIN reading_submissions s ON s.meter_id = m.id AND s.period = ? AND s.replaced = 0 "
        u"WHERE c.account_id = ? ORDER BY c.id, m.id"_s;
    // Per zone, from its seventh period read before `period` (or its first) up to `period`.
    static const PerDialect readingsSql =
        zoneRuns(u"WITH mb AS (SELECT m.id AS meter_id, ? AS hi FROM billing_meters m "
                 u"JOIN billing_contracts c ON c.id = m.contract_id WHERE c.account_id = ?)"_s,
                 u"COALESCE((SELECT DISTINCT p.period FROM billing_readings p WHERE p.meter_id = z.meter_id "
                 u"AND p.zone = z.zone AND p.period < z.hi ORDER BY p.period DESC LIMIT 1 OFFSET 6), '')"_s,
                 u"z.hi"_s);
    RowReader q(db, metersSql);
    q.bind(period).bind(accountId);
    RowReader r(db, readingsSql.of(dialect));
    r.bind(period).bind(accountId);
    RowReader::execTogether({&q, &r});
    if (!q.exec())
        return failed(q);
    FormData form;
    while (q.next()) {
        const qint64 meterId = q.integer(0);
        if (form.meters.isEmpty() || form.meters.constLast().id != meterId)
            form.meters.append(meterFromRow(q));
        if (q.isNull(kMeterColumnCount))
            continue;
        const qint64 rowId = q.integer(kMeterColumnCount);
        const qint64 submittedAt = q.integer(kMeterColumnCount + 2);
        const auto kept = form.current.constFind(meterId);
        if (kept == form.current.cend() || std::pair(submittedAt, rowId) > std::pair(kept->submittedAt, kept->rowId))
            form.current.insert(meterId, submissionFromRow(q, kMeterColumnCount));
    }
    if (q.failed())
        return failed(q);
    auto recent = readingsByMeter(r);
    if (!recent)
        return recent.failure();
    form.recent = std::move(*recent);
    return form;
}

Result<std::optional<QJsonObject>> ReadingsStore::save(Database& database, QSqlDatabase& db, const NewSubmission& s,
                                                       const std::function<QJsonObject(bool)>& makeResponse,
                                                       const AlsoWrite& alsoWrite) {
    const auto replaced = replaceEarlier(database, db, s);
    if (!replaced)
        return replaced.failure();
    const QJsonObject response = makeResponse(*replaced);
    const auto stored = insert(db, s, response, alsoWrite);
    if (!stored)
        return stored.failure();
    return *stored ? std::optional<QJsonObject>(response) : std::nullopt;
}

Result<bool> ReadingsStore::replaceEarlier(Database& database, QSqlDatabase& db, const NewSubmission& s) {
    if (!database.beginWrite(db))
        return Failure::databaseUnavailable();
    auto fail = [&db](QSqlQuery& q) {
        Database::rollback(db);
        return failed(q);
    };
    if (database.dialect() == Dialect::Postgres) {
        // Two different submissions for one meter at once: the second waits here, then sees the
        // first as the one it replaces (SQLite's BEGIN IMMEDIATE already serializes writers).
        QSqlQuery lock(db);
        lock.prepare(u"SELECT id FROM billing_meters WHERE id = ? FOR UPDATE"_s);
        lock.addBindValue(s.meterId);
        if (!lock.exec())
            return fail(lock);
    }
    QSqlQuery earlier(db);
    earlier.prepare(u"SELECT id FROM reading_submissions WHERE meter_id = ? AND period = ? AND replaced = 0"_s);
    earlier.addBindValue(s.meterId);
    earlier.addBindValue(s.period);
    if (!earlier.exec())
        return fail(earlier);
    QList<qint64> ids;
    while (earlier.next())
        ids.append(earlier.value(0).toLongLong());
    for (const qint64 id : std::as_const(ids)) {
        QSqlQuery mark(db);
        mark.prepare(u"UPDATE reading_submissions SET replaced = 1 WHERE id = ?"_s);
        mark.addBindValue(id);
        if (!mark.exec())
            return fail(mark);
        QSqlQuery drop(db);
        drop.prepare(u"DELETE FROM billing_readings WHERE submission_ref = ?"_s);
        drop.addBindValue(id);
        if (!drop.exec())
            return fail(drop);
    }
    return !ids.isEmpty();
}

Result<bool> ReadingsStore::insert(QSqlDatabase& db, const NewSubmission& s, const QJsonObject& response,
                                   const AlsoWrite& alsoWrite) {
    QSqlQuery add(db);
    add.prepare(u"INSERT INTO reading_submissions (submission_id, user_id, account_id, meter_id, period, "
                u"reading_date, submitted_at, fingerprint, response, operator_id) "
                u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    add.addBindValue(s.submissionId);
    add.addBindValue(s.userId);
    add.addBindValue(s.accountId);
    add.addBindValue(s.meterId);
    add.addBindValue(s.period);
    add.addBindValue(s.readingDate);
    add.addBindValue(s.submittedAt);
    add.addBindValue(s.fingerprint);
    add.addBindValue(QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)));
    add.addBindValue(s.operatorId != 0 ? QVariant(s.operatorId) : QVariant(QMetaType::fromType<qint64>()));
    if (!add.exec()) {
        // Most likely the UNIQUE (user_id, submission_id): a concurrent request with the same id
        // won. The caller looks the id up again and answers the replay or the conflict.
        qCInfo(lcReadings) << "submission not stored:" << add.lastError().text();
        Database::rollback(db);
        return false;
    }
    auto fail = [&db](QSqlQuery& q) {
        Database::rollback(db);
        return failed(q);
    };
    QSqlQuery row(db);
    row.prepare(u"SELECT id FROM reading_submissions WHERE user_id = ? AND submission_id = ?"_s);
    row.addBindValue(s.userId);
    row.addBindValue(s.submissionId);
    if (!row.exec() || !row.next())
        return fail(row);
    const qint64 rowId = row.value(0).toLongLong();
    for (const auto& [zone, units] : s.values) {
        // A reading imported for the same day and zone gives way to the customer's newer one
        // (billing_readings is UNIQUE per meter, zone and date).
        QSqlQuery drop(db);
        drop.prepare(u"DELETE FROM billing_readings WHERE meter_id = ? AND zone = ? AND reading_date = ?"_s);
        drop.addBindValue(s.meterId);
        drop.addBindValue(zone);
        drop.addBindValue(s.readingDate);
        if (!drop.exec())
            return fail(drop);
        QSqlQuery value(db);
        value.prepare(u"INSERT INTO billing_readings (meter_id, zone, reading_date, period, value, value_units, "
                      u"source, submission_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        value.addBindValue(s.meterId);
        value.addBindValue(zone);
        value.addBindValue(s.readingDate);
        value.addBindValue(s.period);
        value.addBindValue(ReadingRules::machine(units, s.fraction));
        value.addBindValue(units);
        value.addBindValue(s.operatorId != 0 ? u"operator"_s : u"customer"_s);
        value.addBindValue(rowId);
        if (!value.exec())
            return fail(value);
    }
    if (alsoWrite) {
        if (auto written = alsoWrite(db, response); !written) {
            Database::rollback(db);
            return std::move(written).failure();
        }
    }
    if (!Database::commit(db)) {
        Database::rollback(db);
        return Failure::databaseUnavailable();
    }
    return true;
}

} // namespace lkk::server::readings
