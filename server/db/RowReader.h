#pragma once

#include "server/db/PreparedQuery.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

namespace lkk::server {

// Rows of a kept statement of this thread's connection read as int64, null and UTF-8 bytes,
// without a QVariant nor a QString per value. On SQLite the statement is SQLite's own, prepared
// on the connection's handle once and kept like PreparedQuery's (and reset when the reader goes,
// so it holds no read snapshot between requests); on PostgreSQL it is prepared once through libpq
// on the driver's connection, and its rows are read from libpq's result as they came (text).
// Where neither can be had (a SQLite library not provably the one Qt's driver uses:
// SqliteLibrary::isOurs(); a build without libpq; a connection busy with something else), the
// same reads go through a PreparedQuery, so a route has one code path (docs/architecture.md,
// «Kept statements»).
// One execution: bind every parameter in order, exec(), next() until false, then failed().
class RowReader {
public:
    RowReader(const QSqlDatabase& db, const QString& sql);
    ~RowReader();
    RowReader(const RowReader&) = delete;
    RowReader& operator=(const RowReader&) = delete;

    // The next parameter's value.
    RowReader& bind(qint64 value);
    RowReader& bind(const QString& value);

    // Runs the statement; false on an error (bad SQL included: see errorText()). A reader run by
    // execTogether() is not run again: its outcome.
    bool exec();
    // Runs each reader's statement as its exec() would, all bound first: reads of one request that
    // do not depend on one another. On PostgreSQL, when all of them read through libpq on one
    // connection outside a transaction, they go in one round trip (a pipeline); otherwise one by one.
    // False when one of them failed (its failed() and errorText() say so).
    static bool execTogether(std::initializer_list<RowReader*> readers);
    // To the next row; false at the end and on an error.
    bool next();
    // Whether exec() or a next() failed rather than ended.
    bool failed() const { return m_failed; }
    QString errorText() const;

    // The current row's column: 0 for NULL.
    qint64 integer(int column) const;
    std::optional<qint64> integerOrNull(int column) const;
    bool isNull(int column) const;
    // The column's text as UTF-8 (empty for NULL), valid until the next next() or the reader goes.
    QByteArrayView text(int column) const;
    QString string(int column) const { return QString::fromUtf8(text(column)); }

    // Whether this reader reads through SQLite's own API or libpq (the other branch: a
    // PreparedQuery).
    bool readsDirectly() const { return !m_query; }

    // Tests: every reader made while set reads through a PreparedQuery, as without the libraries.
    static void refuseDirectApisForTests(bool refuse);

private:
    struct KeptStatement;
    struct KeptPostgres;
    // Takes the SQLite branch when the connection allows it: false when it does not.
    bool prepareOnSqlite(const QSqlDatabase& db, const QString& sql);
    void failOnSqlite();
    // The same for PostgreSQL through libpq.
    bool prepareOnPostgres(const QSqlDatabase& db, const QString& sql);
    bool preparePostgres(KeptPostgres& kept);
    bool execOnPostgres();
    // execTogether() as one pipeline: false when these readers cannot go in one.
    static bool execPipelined(std::initializer_list<RowReader*> readers);
    // The values of m_pgParameters as libpq takes them.
    std::vector<const char*> pgValues() const;
    // Takes a result of this reader's statement: false, with the error, when it is not rows.
    bool takePgResult(pg_result* result);
    bool postgres() const { return m_pgConnection != nullptr; }

    // SQLite's own statement: kept, or of this reader's own (a nested use of the same SQL).
    std::shared_ptr<KeptStatement> m_kept;
    sqlite3_stmt* m_own = nullptr;
    sqlite3_stmt* m_statement = nullptr; // the one in use
    int m_bound = 0;
    int m_step = 0;          // the result of the last step
    bool m_firstRow = false; // exec() stepped to a row next() has not handed out yet
    bool m_failed = false;
    bool m_ranTogether = false; // by execTogether(): exec() only reports
    QString m_error;

    // PostgreSQL's: the statement's name on the connection, the parameters as text (null: NULL),
    // and the result.
    pg_conn* m_pgConnection = nullptr;
    std::shared_ptr<KeptPostgres> m_pgKept;
    std::vector<std::optional<QByteArray>> m_pgParameters;
    pg_result* m_pgResult = nullptr;
    int m_pgRow = -1;
    int m_pgRows = 0;

    // The other branch.
    mutable std::optional<PreparedQuery> m_query; // mutable: QSqlQuery's reads are not const
    mutable std::vector<QByteArray> m_texts;      // the current row's texts handed out, by column
};

} // namespace lkk::server
