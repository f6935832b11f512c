#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace lkk::server {

enum class Dialect { Sqlite, Postgres };

struct DatabaseUrl {
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString name;
    QString options;           // driver connect options, e.g. "sslmode=require"
    int sqliteCacheKiB = 2000; // page cache per SQLite connection (SQLite's own default)

    // sqlite:///abs/file.sqlite | postgresql://user:pass@host:port/db[?sslmode=…]
    static std::optional<DatabaseUrl> parse(const QString& url, QString* error);
    QString redacted() const; // for logs: never the password
};

// Hands out one QSqlDatabase connection per thread: QSqlDatabase is thread-bound and handlers run
// on pool threads. Connections are named by instance and thread and closed when the thread ends.
class Database {
public:
    explicit Database(DatabaseUrl url);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Dialect dialect() const { return m_url.dialect; }
    const DatabaseUrl& url() const { return m_url; }

    // The calling thread's connection, opened on first use (invalid/closed on failure; see
    // lastError()). SQLite: busy timeout + WAL + foreign keys.
    QSqlDatabase connection();
    // connection() for the start of a unit of work (a request), never inside a transaction: a
    // PostgreSQL connection is checked first (docs/operations.md, «PostgreSQL restarts»), and opened again if
    // the server dropped it (it restarted), so that no request is the one to find out.
    QSqlDatabase checkedConnection();
    QString lastOpenError() const;

    // The dialect of a connection, for code given the connection without its Database.
    static Dialect dialectOf(const QSqlDatabase& db);
    // Starts a write transaction: BEGIN IMMEDIATE on SQLite so concurrent writers wait for the
    // busy timeout instead of failing on lock upgrade.
    static bool beginWrite(QSqlDatabase& db);
    static bool commit(QSqlDatabase& db);
    // Closes a connection of this thread, its kept statements first (PreparedQuery::forget()):
    // SQLite refuses to close a connection with statements left, and Qt then loses it.
    static void close(QSqlDatabase& db);
    static void rollback(QSqlDatabase& db);

    bool ping(); // SELECT 1 on this thread's connection

private:
    QString connectionName() const;
    static bool answers(QSqlDatabase& db); // SELECT 1

    DatabaseUrl m_url;
    QString m_prefix;
};

} // namespace lkk::server
