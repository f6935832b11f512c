#pragma once

#include "server/readings/ReadingRules.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace lkk::server {
class Database;
}

namespace lkk::server::readings {

struct MeterInfo {
    qint64 id = 0;
    QString number;
    QString service;
    QString provider;
    QString subAccount;
    QString unit;
    QStringList zones;
    Capacity capacity;
    QString verifiedUntil; // YYYY-MM-DD or empty
    bool automatic = false;
};

// An accepted submission as stored for replays.
struct StoredSubmission {
    qint64 rowId = 0;
    QString submissionId;
    qint64 submittedAt = 0;
    QString fingerprint;
    QJsonObject response;
};

// What a new submission writes.
struct NewSubmission {
    QString submissionId;
    qint64 userId = 0;
    qint64 accountId = 0;
    qint64 meterId = 0;
    QString period;
    QString readingDate;
    qint64 submittedAt = 0;
    QString fingerprint;
    QList<QPair<QString, qint64>> values; // zone -> units, in zone order
    int fraction = 0;
};

// The SQL of the readings module (SQLite and PostgreSQL). Every function returns false / nullopt
// with *ok = false on a database error, so the caller answers 503.
class ReadingsStore {
public:
    static bool meters(QSqlDatabase& db, qint64 accountId, QList<MeterInfo>* out);
    static bool meter(QSqlDatabase& db, qint64 accountId, qint64 meterId, std::optional<MeterInfo>* out);
    // All readings of the meter, per zone.
    static bool readings(QSqlDatabase& db, qint64 meterId, QHash<QString, QList<StoredReading>>* out);
    static bool submission(QSqlDatabase& db, qint64 userId, const QString& submissionId,
                           std::optional<StoredSubmission>* out);
    // The meter's accepted, not replaced submission of the period.
    static bool current(QSqlDatabase& db, qint64 meterId, const QString& period, std::optional<StoredSubmission>* out);

    enum class SaveResult { Saved, Duplicate, DatabaseError };
    // One transaction: lock the meter, mark this period's earlier submission replaced and delete its
    // readings, store the submission (with the answer makeResponse(replaced) builds) and its readings.
    // Duplicate: the UNIQUE (user_id, submission_id) refused it (a concurrent request won).
    static SaveResult save(Database& database, QSqlDatabase& db, const NewSubmission& s,
                           const std::function<QJsonObject(bool replaced)>& makeResponse, QJsonObject* response);

private:
    static SaveResult replaceEarlier(Database& database, QSqlDatabase& db, const NewSubmission& s, bool* replaced);
    static SaveResult insert(QSqlDatabase& db, const NewSubmission& s, const QJsonObject& response);
};

} // namespace lkk::server::readings
