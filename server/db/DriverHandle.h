#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <type_traits>

struct pg_conn;
struct sqlite3;

namespace lkk::server {

// The database library's own connection behind a Qt SQL connection (QSqlDriver::handle()), for
// the few places that call the library directly (docs/architecture.md, «Kept statements»): null
// when the connection has none of that type. Qt 6 names the type of PostgreSQL's after the
// struct behind libpq's PGconn ("pg_conn*").
template <typename Handle> Handle* driverHandle(const QSqlDatabase& db) {
    static_assert(std::is_same_v<Handle, pg_conn> || std::is_same_v<Handle, sqlite3>);
    constexpr const char* typeName = std::is_same_v<Handle, pg_conn> ? "pg_conn*" : "sqlite3*";
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), typeName) != 0)
        return nullptr;
    return *static_cast<Handle* const*>(handle.constData());
}

} // namespace lkk::server
