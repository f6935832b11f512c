#include "server/readings/ReadingsStore.h"

#include "server/db/Database.h"
#include "server/db/PreparedQuery.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcReadings, "lkk.server.readings")

namespace lkk::server::readings {

using namespace Qt::StringLiterals;

namespace {

const QString kMeterSelect =
    u"SELECT m.id, m.number, c.service, p.name, c.sub_account, m.unit, m.zones, m.capacity_integer, "
    u"m.capacity_fraction, m.verified_until, m.automatic FROM billing_meters m "
    u"JOIN billing_contracts c ON c.id = m.contract_id JOIN billing_providers p ON p.id = c.provider_id "
    u"WHERE c.account_id = ?"_s;

MeterInfo meterFromRow(const QSqlQuery& q) {
    MeterInfo m;
    m.id = q.value(0).toLongLong();
    m.number = q.value(1).toString();
    m.service = q.value(2).toString();
    m.provider = q.value(3).toString();
    m.subAccount = q.value(4).toString();
    m.unit = q.value(5).toString();
    for (const QString& zone : q.value(6).toString().split(u',', Qt::SkipEmptyParts))
        m.zones.append(zone.trimmed());
    m.capacity = {q.value(7).toInt(), q.value(8).toInt()};
    m.verifiedUntil = q.value(9).toString();
    m.automatic = q.value(10).toInt() != 0;
    return m;
}

// The columns appendReading() reads, and the tables they come from.
const QString kReadingColumns =
    u"r.meter_id, r.zone, r.reading_date, r.period, r.value_units, r.source, r.submission_ref, s.user_id"_s;
const QString kReadingFrom = u" FROM billing_readings r LEFT JOIN reading_submissions s ON s.id = r.submission_ref"_s;

void appendReading(ReadingsStore::ReadingsByZone& readings, const QSqlQuery& q) {
    readings[q.value(1).toString()].append({q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong(),
                                            q.value(5).toString(), !q.value(6).isNull(), q.value(7).toLongLong()});
}

Failure failed(QSqlQuery& q) {
    qCWarning(lcReadings) << "query failed:" << q.lastError().text();
    return Failure::databaseUnavailable();
}

// Runs a query of kReadingColumns and groups its rows by meter.
Result<ReadingsStore::ReadingsByMeter> readingsByMeter(QSqlQuery& q) {
    if (!q.exec())
        return failed(q);
    ReadingsStore::ReadingsByMeter readings;
    while (q.next())
        appendReading(readings[q.value(0).toLongLong()], q);
    return readings;
}

// A submission from the columns id, submission_id, submitted_at, fingerprint, response.
StoredSubmission submissionFromRow(const QSqlQuery& q) {
    StoredSubmission s;
    s.rowId = q.value(0).toLongLong();
    s.submissionId = q.value(1).toString();
    s.submittedAt = q.value(2).toLongLong();
    s.fingerprint = q.value(3).toString();
    s.response = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    return s;
}

Result<std::optional<StoredSubmission>> submissionFrom(QSqlQuery& q) {
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return std::optional<StoredSubmission>();
    return std::optional<StoredSubmission>(submissionFromRow(q));
}

} // namespace

Result<QList<MeterInfo>> ReadingsStore::meters(QSqlDatabase& db, qint64 accountId) {
    PreparedQuery q(db, kMeterSelect + u" ORDER BY c.id, m.id"_s);
    q->addBindValue(accountId);
    if (!q->exec())
        return failed(*q);
    QList<MeterInfo> meters;
    while (q->next())
        meters.append(meterFromRow(*q));
    return meters;
}

Result<std::optional<MeterInfo>> ReadingsStore::meter(QSqlDatabase& db, qint64 accountId, qint64 meterId) {
    PreparedQuery q(db, kMeterSelect + u" AND m.id = ?"_s);
    q->addBindValue(accountId);
    q->addBindValue(meterId);
    if (!q->exec())
        return failed(*q);
    return q->next() ? std::optional<MeterInfo>(meterFromRow(*q)) : std::nullopt;
}

Result<ReadingsStore::ReadingsByZone> ReadingsStore::readings(QSqlDatabase& db, qint64 meterId) {
    PreparedQuery q(db, u"SELECT "_s + kReadingColumns + kReadingFrom +
                            u" WHERE r.meter_id = ? ORDER BY r.reading_date, r.zone"_s);
    q->addBindValue(meterId);
    if (!q->exec())
        return failed(*q);
    ReadingsByZone readings;
    while (q->next())
        appendReading(readings, *q);
    return readings;
}

Result<ReadingsStore::ReadingsByMeter> ReadingsStore::historyReadings(QSqlDatabase& db, qint64 accountId,
                                                                      const QString& fromDate, const QString& toDate) {
    // Per meter, lo..hi: the periods of its readings dated in the range (what the history shows).
    // Per zone, its readings from its last period before lo up to hi are a run of its periods,
    // so every consumption of a period in lo..hi comes out as from the meter's whole past.
    // The zones come from the account's meters (ma, one row per meter, estimated as such), not
    // from a DISTINCT over the join of its meters to the readings: PostgreSQL estimated that from
    // the meters' readings (hundreds of zones where there are a few) and its custom plan then read
    // the whole table. mz holds each zone's first period to read, so that one range of the index
    // on (meter_id, zone, period) per zone reads its rows; MATERIALIZED keeps both databases from
    // computing the bounds once per reading.
    PreparedQuery q(
        db, u"WITH ma AS MATERIALIZED (SELECT m.id AS meter_id FROM billing_meters m JOIN billing_contracts c "
            u"ON c.id = m.contract_id WHERE c.account_id = ?), "
            u"zb AS MATERIALIZED (SELECT ma.meter_id, x.zone, (SELECT MIN(y.period) FROM billing_readings y "
            u"WHERE y.meter_id = ma.meter_id AND y.zone = x.zone AND y.reading_date >= ? AND y.reading_date <= ?) "
            u"AS lo, (SELECT MAX(y.period) FROM billing_readings y WHERE y.meter_id = ma.meter_id AND y.zone = x.zone "
            u"AND y.reading_date >= ? AND y.reading_date <= ?) AS hi FROM ma JOIN billing_readings x "
            u"ON x.meter_id = ma.meter_id GROUP BY ma.meter_id, x.zone), "
            u"mz AS MATERIALIZED (SELECT zb.meter_id, zb.zone, mb.hi, COALESCE((SELECT MAX(p.period) "
            u"FROM billing_readings p WHERE p.meter_id = zb.meter_id AND p.zone = zb.zone AND p.period < mb.lo), "
            u"mb.lo) AS start FROM zb JOIN (SELECT meter_id, MIN(lo) AS lo, MAX(hi) AS hi FROM zb GROUP BY meter_id) "
            u"mb ON mb.meter_id = zb.meter_id WHERE mb.lo IS NOT NULL) SELECT "_s +
                kReadingColumns +
                u" FROM mz JOIN billing_readings r ON r.meter_id = mz.meter_id AND r.zone = mz.zone "
                u"AND r.period >= mz.start AND r.period <= mz.hi LEFT JOIN reading_submissions s "
                u"ON s.id = r.submission_ref ORDER BY r.meter_id, r.reading_date, r.zone"_s);
    q->addBindValue(accountId);
    for (int i = 0; i < 2; ++i) {
        q->addBindValue(fromDate);
        q->addBindValue(toDate);
    }
    return readingsByMeter(*q);
}

Result<ReadingsStore::ReadingsByMeter> ReadingsStore::recentReadings(QSqlDatabase& db, qint64 accountId,
                                                                     const QString& period) {
    // Per zone, from its seventh period read before `period` (or its first) up to `period`.
    // mb: each meter of the account with the earliest of its zones' bounds, so one range scan of
    // the index on (meter_id, zone, period) per meter reads them all; `back` then ranks each zone's
    // periods before `period` newest first (the rows of `period` itself after them) and keeps the
    // seven newest. Not a join of the account's zones to its readings: PostgreSQL estimates
    // the zones from the meters' readings (hundreds where there are a few) and then read the whole
    // table; mb is one row per meter, and MATERIALIZED keeps both databases from computing its
    // bound once per reading.
    PreparedQuery q(db,
                    u"WITH mb AS MATERIALIZED (SELECT m.id AS meter_id, (SELECT MIN(COALESCE((SELECT DISTINCT p.period "
                    u"FROM billing_readings p WHERE p.meter_id = z.meter_id AND p.zone = z.zone AND p.period < ? "
                    u"ORDER BY p.period DESC LIMIT 1 OFFSET 6), '')) FROM (SELECT DISTINCT x.meter_id, x.zone "
                    u"FROM billing_readings x WHERE x.meter_id = m.id) z) AS lo FROM billing_meters m "
                    u"JOIN billing_contracts c ON c.id = m.contract_id WHERE c.account_id = ?) SELECT "_s +
                        kReadingColumns +
                        u" FROM (SELECT r.meter_id, r.zone, r.reading_date, r.period, r.value_units, r.source, "
                        u"r.submission_ref, DENSE_RANK() OVER (PARTITION BY r.meter_id, r.zone "
                        u"ORDER BY r.period < ? DESC, r.period DESC) AS back FROM mb JOIN billing_readings r "
                        u"ON r.meter_id = mb.meter_id AND r.period >= mb.lo AND r.period <= ?) r "
                        u"LEFT JOIN reading_submissions s ON s.id = r.submission_ref WHERE r.back <= 7 OR r.period = ? "
                        u"ORDER BY r.meter_id, r.reading_date, r.zone"_s);
    q->addBindValue(period);
    q->addBindValue(accountId);
    for (int i = 0; i < 3; ++i)
        q->addBindValue(period);
    return readingsByMeter(*q);
}

Result<std::optional<StoredSubmission>> ReadingsStore::submission(QSqlDatabase& db, qint64 userId,
                                                                  const QString& submissionId) {
    QSqlQuery q(db);
    q.prepare(u"SELECT id, submission_id, submitted_at, fingerprint, response FROM reading_submissions "
              u"WHERE user_id = ? AND submission_id = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(submissionId);
    return submissionFrom(q);
}

Result<QHash<qint64, StoredSubmission>> ReadingsStore::currentOfAccount(QSqlDatabase& db, qint64 accountId,
                                                                        const QString& period) {
    PreparedQuery q(db,
                    u"SELECT id, submission_id, submitted_at, fingerprint, response, meter_id FROM reading_submissions "
                    u"WHERE meter_id IN (SELECT m.id FROM billing_meters m JOIN billing_contracts c "
                    u"ON c.id = m.contract_id WHERE c.account_id = ?) AND period = ? AND replaced = 0 "
                    u"ORDER BY meter_id, submitted_at DESC, id DESC"_s);
    q->addBindValue(accountId);
    q->addBindValue(period);
    if (!q->exec())
        return failed(*q);
    QHash<qint64, StoredSubmission> current;
    while (q->next()) {
        const qint64 meterId = q->value(5).toLongLong();
        if (!current.contains(meterId)) // the latest of the meter comes first
            current.insert(meterId, submissionFromRow(*q));
    }
    return current;
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
