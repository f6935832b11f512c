#pragma once

#include "server/Result.h"
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
enum class Dialect;
} // namespace lkk::server

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
    qint64 operatorId = 0; // an operator submitting on the customer's behalf: source 'operator'
};

// What a submission's transaction writes besides the submission (the operator's audit entry),
// given the stored answer; a failure rolls the submission back.
using AlsoWrite = std::function<Result<Done>(QSqlDatabase& db, const QJsonObject& response)>;

// The SQL of the readings module (SQLite and PostgreSQL). A database error is the Failure of
// the Result (503).
class ReadingsStore {
public:
    static Result<std::optional<MeterInfo>> meter(QSqlDatabase& db, qint64 accountId, qint64 meterId);
    // All readings of the meter, per zone.
    using ReadingsByZone = QHash<QString, QList<StoredReading>>;
    static Result<ReadingsByZone> readings(QSqlDatabase& db, qint64 meterId);
    // The account's meters and, per meter, the readings the history of [fromDate, toDate] needs —
    // those of every period read in the range (whatever their date) and, per zone, those of the
    // last earlier period read (the base of the first consumption), not the meters' whole past.
    // Both statements in one round trip where the database allows it (RowReader::execTogether).
    using ReadingsByMeter = QHash<qint64, ReadingsByZone>;
    struct History {
        QList<MeterInfo> meters;
        ReadingsByMeter readings;
    };
    static Result<History> history(QSqlDatabase& db, Dialect dialect, qint64 accountId, const QString& fromDate,
                                   const QString& toDate);
    static Result<std::optional<StoredSubmission>> submission(QSqlDatabase& db, qint64 userId,
                                                              const QString& submissionId);
    // What the form of a submission in `period` shows and checks: the account's meters, the
    // accepted, not replaced submission of the period of each meter that has one (one query), and
    // per meter the readings its rules look at — per zone, those of the period and of the last
    // seven periods read before it (the baseline and the average monthly consumption need no
    // more). Both statements in one round trip where the database allows it.
    struct FormData {
        QList<MeterInfo> meters;
        QHash<qint64, StoredSubmission> current; // by meter id
        ReadingsByMeter recent;
    };
    static Result<FormData> form(QSqlDatabase& db, Dialect dialect, qint64 accountId, const QString& period);

    // One transaction: lock the meter, mark this period's earlier submission replaced and delete its
    // readings, store the submission (with the answer makeResponse(replaced) builds) and its readings.
    // alsoWrite (if set) runs last in the same transaction. The stored answer; nullopt when the
    // UNIQUE (user_id, submission_id) refused it (a concurrent request with the same id won).
    static Result<std::optional<QJsonObject>> save(Database& database, QSqlDatabase& db, const NewSubmission& s,
                                                   const std::function<QJsonObject(bool replaced)>& makeResponse,
                                                   const AlsoWrite& alsoWrite = {});

private:
    // Whether an earlier submission was replaced.
    static Result<bool> replaceEarlier(Database& database, QSqlDatabase& db, const NewSubmission& s);
    // False when the submission id was taken meanwhile (rolled back).
    static Result<bool> insert(QSqlDatabase& db, const NewSubmission& s, const QJsonObject& response,
                               const AlsoWrite& alsoWrite);
};

} // namespace lkk::server::readings
