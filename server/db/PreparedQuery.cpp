#include "server/db/PreparedQuery.h"

#include <QHash>

namespace lkk::server {

namespace {

// On SQLite every statement steps its own rows, so a forward-only one reads exactly as before
// while Qt keeps only the current row's values instead of a copy of every row read so far.
void forwardOnlyOnSqlite(QSqlQuery& query, const QSqlDatabase& db) {
    if (db.driverName() == u"QSQLITE")
        query.setForwardOnly(true);
}

} // namespace

struct PreparedQuery::Kept {
    explicit Kept(const QSqlDatabase& db)
        : query(db) {
        forwardOnlyOnSqlite(query, db);
    }
    QSqlQuery query;
    bool inUse = false;
};

namespace {

// connection name → SQL → statement, of this thread.
thread_local QHash<QString, QHash<QString, std::shared_ptr<PreparedQuery::Kept>>> keptStatements;

} // namespace

PreparedQuery::PreparedQuery(const QSqlDatabase& db, const QString& sql) {
    QHash<QString, std::shared_ptr<Kept>>& ofConnection = keptStatements[db.connectionName()];
    std::shared_ptr<Kept> kept = ofConnection.value(sql);
    if (!kept) {
        kept = std::make_shared<Kept>(db);
        if (kept->query.prepare(sql))
            ofConnection.insert(sql, kept);
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
