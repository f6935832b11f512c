#include "server/db/RowReader.h"

#include "server/db/SqliteLibrary.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <atomic>

#ifdef LKK_HAVE_SQLITE3
#include <sqlite3.h>
#endif

// Every member reads through m_query when it is there, through m_statement otherwise; built
// without SQLite's headers, m_query always is (the SQLite branch is compiled out).

namespace lkk::server {

namespace {

std::atomic<bool> sqliteApiRefused{false};

} // namespace

void RowReader::refuseSqliteApiForTests(bool refuse) {
    sqliteApiRefused.store(refuse);
}

#ifdef LKK_HAVE_SQLITE3

struct RowReader::KeptStatement : PreparedQuery::Kept {
    KeptStatement(sqlite3* connection, sqlite3_stmt* prepared)
        : db(connection)
        , statement(prepared) {}
    ~KeptStatement() override { sqlite3_finalize(statement); }
    sqlite3* db;             // the handle it was prepared on: another one means Qt opened the connection again
    sqlite3_stmt* statement; // never null
};

namespace {

// The connection's handle, when it is one this program's SQLite library may be called on.
sqlite3* ownHandle(const QSqlDatabase& db) {
    if (sqliteApiRefused.load() || db.driverName() != u"QSQLITE" || !db.isOpen())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* const connection = *static_cast<sqlite3* const*>(handle.constData());
    return SqliteLibrary::isOurs(connection) ? connection : nullptr;
}

} // namespace

bool RowReader::prepareOnSqlite(const QSqlDatabase& db, const QString& sql) {
    sqlite3* const connection = ownHandle(db);
    if (!connection)
        return false;
    const QString name = db.connectionName();
    auto kept = std::static_pointer_cast<KeptStatement>(PreparedQuery::kept(name, PreparedQuery::Kind::Sqlite, sql));
    if (kept && kept->db != connection) {
        // Closed and opened again without Database (the handle is not freed while statements of
        // it are left, so a new one never has the old one's address): all its statements go.
        PreparedQuery::forget(name);
        kept.reset();
    }
    if (kept && !kept->inUse) {
        kept->inUse = true;
        m_statement = kept->statement;
        m_kept = std::move(kept);
        return true;
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* prepared = nullptr;
    const unsigned flags = kept ? 0 : SQLITE_PREPARE_PERSISTENT; // in use: one of its own, for this once
    if (sqlite3_prepare_v3(connection, utf8.constData(), int(utf8.size()), flags, &prepared, nullptr) != SQLITE_OK ||
        !prepared) {
        sqlite3_finalize(prepared);
        m_error = QString::fromUtf8(sqlite3_errmsg(connection));
        m_failed = true;
        return true; // this branch, failed: exec() says so
    }
    if (kept) {
        m_own = prepared;
    } else {
        m_kept = std::make_shared<KeptStatement>(connection, prepared);
        m_kept->inUse = true;
        PreparedQuery::keep(name, PreparedQuery::Kind::Sqlite, sql, m_kept);
    }
    m_statement = prepared;
    return true;
}

void RowReader::failOnSqlite() {
    m_failed = true;
    m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
}

#else

struct RowReader::KeptStatement : PreparedQuery::Kept {};

bool RowReader::prepareOnSqlite(const QSqlDatabase&, const QString&) {
    return false;
}

void RowReader::failOnSqlite() {}

#endif

RowReader::RowReader(const QSqlDatabase& db, const QString& sql) {
    if (!prepareOnSqlite(db, sql))
        m_query.emplace(db, sql);
}

RowReader::~RowReader() {
#ifdef LKK_HAVE_SQLITE3
    if (m_own) {
        sqlite3_finalize(m_own);
    } else if (m_kept) {
        sqlite3_reset(m_kept->statement); // ends its read of the database
        sqlite3_clear_bindings(m_kept->statement);
        m_kept->inUse = false;
    }
#endif
}

RowReader& RowReader::bind(qint64 value) {
    if (m_query) {
        (*m_query)->addBindValue(value);
        return *this;
    }
#ifdef LKK_HAVE_SQLITE3
    if (m_statement)
        sqlite3_bind_int64(m_statement, ++m_bound, value);
#endif
    return *this;
}

RowReader& RowReader::bind(const QString& value) {
    if (m_query) {
        (*m_query)->addBindValue(value);
        return *this;
    }
#ifdef LKK_HAVE_SQLITE3
    if (!m_statement)
        return *this;
    if (value.isNull()) { // as Qt's driver binds a null QString
        sqlite3_bind_null(m_statement, ++m_bound);
    } else {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, ++m_bound, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
#endif
    return *this;
}

bool RowReader::exec() {
    if (m_query) {
        m_failed = !(*m_query)->exec();
        return !m_failed;
    }
#ifdef LKK_HAVE_SQLITE3
    if (!m_statement)
        return false; // not prepared: m_error says why
    m_step = sqlite3_step(m_statement);
    if (m_step != SQLITE_ROW && m_step != SQLITE_DONE) {
        failOnSqlite();
        return false;
    }
    m_firstRow = m_step == SQLITE_ROW;
    return true;
#else
    return false;
#endif
}

bool RowReader::next() {
    if (m_query) {
        m_texts.clear();
        if ((*m_query)->next())
            return true;
        m_failed = (*m_query)->lastError().isValid();
        return false;
    }
#ifdef LKK_HAVE_SQLITE3
    if (m_firstRow) {
        m_firstRow = false;
        return true;
    }
    if (m_step != SQLITE_ROW) // ended (a step after the end would run the statement again) or failed
        return false;
    m_step = sqlite3_step(m_statement);
    if (m_step == SQLITE_ROW)
        return true;
    if (m_step != SQLITE_DONE)
        failOnSqlite();
#endif
    return false;
}

qint64 RowReader::integer(int column) const {
    if (m_query)
        return (*m_query)->value(column).toLongLong();
#ifdef LKK_HAVE_SQLITE3
    return sqlite3_column_int64(m_statement, column);
#else
    return 0;
#endif
}

std::optional<qint64> RowReader::integerOrNull(int column) const {
    return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
}

bool RowReader::isNull(int column) const {
    if (m_query)
        return (*m_query)->value(column).isNull();
#ifdef LKK_HAVE_SQLITE3
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
#else
    return true;
#endif
}

QByteArrayView RowReader::text(int column) const {
    if (m_query) {
        if (m_texts.size() <= size_t(column))
            m_texts.resize(column + 1);
        return m_texts[column] = (*m_query)->value(column).toString().toUtf8();
    }
#ifdef LKK_HAVE_SQLITE3
    // sqlite3_column_text() first: it may convert the value, which sqlite3_column_bytes() measures.
    const auto* const utf8 = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return utf8 ? QByteArrayView(utf8, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
#else
    return {};
#endif
}

QString RowReader::errorText() const {
    return m_query ? (*m_query)->lastError().text() : m_error;
}

} // namespace lkk::server
