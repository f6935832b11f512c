#pragma once

#include "server/db/Database.h"

#include <QSqlDatabase>
#include <QString>

namespace lkk::server {

// One write transaction that ends in a rollback unless it was committed, so an early return on
// any path leaves nothing half written. SQLite's BEGIN IMMEDIATE serializes writers already;
// on PostgreSQL lock() makes concurrent writers of one row wait for each other.
class WriteTransaction {
public:
    WriteTransaction(Database& database, QSqlDatabase& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool begun() const { return m_open; }
    // SELECT … FOR UPDATE of the row `id` of `table` (PostgreSQL; a no-op on SQLite). False when
    // the query failed; a missing row is not a failure.
    bool lock(const QString& table, qint64 id);
    bool commit();

private:
    Database& m_database;
    QSqlDatabase& m_db;
    bool m_open = false;
};

} // namespace lkk::server
