#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

struct pg_conn;
struct sqlite3;

namespace lkk::server {

// The database library's own connection behind a Qt SQL connection (QSqlDriver::handle()), for
// the few places that call the library directly (docs/architecture.md, «Kept statements»): null
// when the connection has none of that type. Qt 6 names the type of PostgreSQL's after the
// struct behind libpq's PGconn ("pg_conn*").
template <typename Handle> Handle* driverHandle(const QSqlDatabase& db);

template <> inline pg_conn* driverHandle<pg_conn>(const QSqlDatabase& db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<pg_conn* const*>(handle.constData());
}

template <> inline sqlite3* driverHandle<sqlite3>(const QSqlDatabase& db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace lkk::server
