#include "server/db/PreparedQuery.h"

#include "server/db/Database.h"

#include <QHash>

namespace lkk::server {

namespace {

// On SQLite every statement steps its own rows, so a forward-only one reads exactly as before
// while Qt keeps only the current row's values instead of a copy of every row read so far.
void forwardOnlyOnSqlite(QSqlQuery& query, const QSqlDatabase& db) {
    if (Database::dialectOf(db) == Dialect::Sqlite)
        query.setForwardOnly(true);
}

// The kept statements of one connection, by kind and SQL.
struct OfConnection {
    QHash<QString, std::shared_ptr<PreparedQuery::Kept>> qtQueries;
    QHash<QString, std::shared_ptr<PreparedQuery::Kept>> direct; // RowReader's, on the driver's handle
};

// connection name → its statements, of this thread.
thread_local QHash<QString, OfConnection> keptStatements;

} // namespace

struct PreparedQuery::KeptQuery : Kept {
    explicit KeptQuery(const QSqlDatabase& db)
        : query(db) {
        forwardOnlyOnSqlite(query, db);
    }
    QSqlQuery query;
};

std::shared_ptr<PreparedQuery::Kept> PreparedQuery::kept(const QString& connectionName, Kind kind, const QString& sql) {
    const auto connection = keptStatements.constFind(connectionName);
    if (connection == keptStatements.cend())
        return nullptr;
    return (kind == Kind::QtQuery ? connection->qtQueries : connection->direct).value(sql);
}

void PreparedQuery::keep(const QString& connectionName, Kind kind, const QString& sql,
                         std::shared_ptr<Kept> statement) {
    OfConnection& connection = keptStatements[connectionName];
    (kind == Kind::QtQuery ? connection.qtQueries : connection.direct).insert(sql, std::move(statement));
}

PreparedQuery::PreparedQuery(const QSqlDatabase& db, const QString& sql) {
    std::shared_ptr<KeptQuery> kept =
        std::static_pointer_cast<KeptQuery>(PreparedQuery::kept(db.connectionName(), Kind::QtQuery, sql));
    if (!kept) {
        kept = std::make_shared<KeptQuery>(db);
        if (kept->query.prepare(sql))
            keep(db.connectionName(), Kind::QtQuery, sql, kept);
        else
            kept.reset(); // prepared again below, so the caller sees the error as usual
    }
    if (!kept || kept->inUse) {
        m_own.emplace(db);
        forwardOnlyOnSqlite(*m_own, db);
        m_prepared = m_own->prepare(sql);
        m_query = &*m_own;
        return;
    }
    kept->inUse = true;
    m_kept = std::move(kept);
    m_query = &m_kept->query;
    m_prepared = true;
}

PreparedQuery::~PreparedQuery() {
    if (!m_kept)
        return;
    m_kept->query.finish();
    m_kept->inUse = false;
}

void PreparedQuery::forget(const QString& connectionName) {
    keptStatements.remove(connectionName);
}

} // namespace lkk::server
