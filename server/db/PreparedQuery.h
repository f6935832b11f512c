#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <optional>

namespace lkk::server {

// A statement of this thread's connection prepared once and kept for the connection's life —
// SQLite compiles the SQL once, PostgreSQL PREPAREs it once — instead of once per request. Used
// like a QSqlQuery for one execution (bind, exec, read); when it goes, the statement is reset
// (QSqlQuery::finish()), so no kept statement holds a read snapshot or a lock between requests.
// Forward-only on SQLite only (Qt then keeps the current row, not every row read): Qt's
// PostgreSQL driver streams a forward-only query's rows, and a query run while another one's rows
// are read (a loop over contracts querying each) would cut the other short. Callers read the rows
// once, in order, and never seek. The same SQL already in use on this thread (a nested use) gets
// a statement of its own.
// For the connections of Database::connection() only: Database drops a connection's statements
// when it opens the connection again, and a thread's statements go before its connections do
// (they are first kept after the thread's first connection was made, so destroyed before it).
// RowReader keeps the statements it prepares through SQLite's own API or libpq here too, under the
// same rules (docs/architecture.md, «Kept statements»).
class PreparedQuery {
public:
    PreparedQuery(const QSqlDatabase& db, const QString& sql);
    ~PreparedQuery();
    PreparedQuery(const PreparedQuery&) = delete;
    PreparedQuery& operator=(const PreparedQuery&) = delete;

    // Whether the statement could be prepared (when not, exec() fails as QSqlQuery's would).
    bool isPrepared() const { return m_prepared; }
    QSqlQuery& operator*() { return *m_query; }
    QSqlQuery* operator->() { return m_query; }

    // Drops the kept statements of a connection of this thread (it is opened again, or goes). Due
    // before Qt closes the connection: SQLite refuses to close a connection with statements
    // prepared on it left (RowReader's), and Qt then loses the connection unclosed.
    static void forget(const QString& connectionName);

    // A statement kept for its connection's life: a QSqlQuery of this class, or RowReader's.
    struct Kept {
        virtual ~Kept() = default;
        bool inUse = false;
    };

private:
    friend class RowReader;
    enum class Kind { QtQuery, Direct }; // Direct: RowReader's, on the driver's handle
    static std::shared_ptr<Kept> kept(const QString& connectionName, Kind kind, const QString& sql);
    static void keep(const QString& connectionName, Kind kind, const QString& sql, std::shared_ptr<Kept> statement);

    struct KeptQuery;
    std::shared_ptr<KeptQuery> m_kept; // the kept statement this one uses, if any
    std::optional<QSqlQuery> m_own;    // otherwise: a statement of its own
    QSqlQuery* m_query = nullptr;      // the one of the two in use
    bool m_prepared = false;
};

} // namespace lkk::server
