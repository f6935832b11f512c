#include "server/db/RowReader.h"

#include "server/db/DriverHandle.h"
#include "server/db/SqliteLibrary.h"

#include <QSqlError>
#include <QVariant>
#include <atomic>
#include <charconv>

#ifdef LKK_HAVE_SQLITE3
#include <sqlite3.h>
#endif
#ifdef LKK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

// Every member reads through m_query when it is there, through libpq's result when
// m_pgConnection is set, through m_statement otherwise; built without a library's headers, its
// branch is compiled out.

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {

std::atomic<bool> directApisRefused{false};

} // namespace

void RowReader::refuseDirectApisForTests(bool refuse) {
    directApisRefused.store(refuse);
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
    if (directApisRefused.load() || db.driverName() != u"QSQLITE" || !db.isOpen())
        return nullptr;
    sqlite3* const connection = driverHandle<sqlite3>(db);
    return connection && SqliteLibrary::isOurs(connection) ? connection : nullptr;
}

} // namespace

bool RowReader::prepareOnSqlite(const QSqlDatabase& db, const QString& sql) {
    sqlite3* const connection = ownHandle(db);
    if (!connection)
        return false;
    const QString name = db.connectionName();
    auto kept = std::static_pointer_cast<KeptStatement>(PreparedQuery::kept(name, PreparedQuery::Kind::Direct, sql));
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
        PreparedQuery::keep(name, PreparedQuery::Kind::Direct, sql, m_kept);
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

#ifdef LKK_HAVE_LIBPQ

// A statement prepared on a connection under a name of its own. Nothing to free: the statement
// goes with the connection's session, and the connection may be gone when this is.
struct RowReader::KeptPostgres : PreparedQuery::Kept {
    KeptPostgres(PGconn* connection, QByteArray statementSql)
        : conn(connection)
        , sql(std::move(statementSql)) {}
    PGconn* conn;    // the connection it was prepared on: another one means Qt opened it again
    QByteArray sql;  // as PostgreSQL gets it ($1…)
    QByteArray name; // empty until prepared
};

namespace {

std::atomic<quint64> statementCount{0};

// The connection's PGconn, when this reader may use it: open, idle or inside a transaction, not
// in a pipeline (the import's writes) nor reading the rows of a query of Qt's.
PGconn* idleConnection(const QSqlDatabase& db) {
    if (directApisRefused.load() || db.driverName() != u"QPSQL" || !db.isOpen())
        return nullptr;
    PGconn* const conn = driverHandle<pg_conn>(db);
    if (!conn || PQstatus(conn) != CONNECTION_OK || PQpipelineStatus(conn) != PQ_PIPELINE_OFF)
        return nullptr;
    const PGTransactionStatusType transaction = PQtransactionStatus(conn);
    return transaction == PQTRANS_IDLE || transaction == PQTRANS_INTRANS || transaction == PQTRANS_INERROR ? conn
                                                                                                           : nullptr;
}

// The statement with its positional `?` parameters numbered as PostgreSQL wants them ($1, $2…), as
// Qt's driver does; a `?` inside a quoted text or name stays.
QByteArray numberedParameters(const QString& sql) {
    const QByteArray utf8 = sql.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 16);
    char quote = 0;
    int count = 0;
    for (const char c : utf8) {
        if (quote) {
            quote = c == quote ? 0 : quote; // a doubled quote closes and opens again
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++count);
            continue;
        }
        out += c;
    }
    return out;
}

// Whether the result is PostgreSQL's "no such prepared statement".
bool lostStatement(const PGresult* result) {
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    return PQresultStatus(result) == PGRES_FATAL_ERROR && state && qstrcmp(state, "26000") == 0;
}

QString errorOf(PGconn* conn, const PGresult* result) {
    const char* text = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    return QString::fromUtf8(text && *text ? text : PQerrorMessage(conn)).trimmed();
}

} // namespace

// Prepares the statement on its connection under a new name: false with the error when
// PostgreSQL refuses it.
bool RowReader::preparePostgres(KeptPostgres& kept) {
    QByteArray name = "lkk_rows_" + QByteArray::number(++statementCount);
    PGresult* result = PQprepare(kept.conn, name.constData(), kept.sql.constData(), 0, nullptr);
    const bool prepared = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (prepared)
        kept.name = std::move(name);
    else
        m_error = errorOf(kept.conn, result);
    PQclear(result);
    m_failed = !prepared;
    return prepared;
}

bool RowReader::prepareOnPostgres(const QSqlDatabase& db, const QString& sql) {
    PGconn* const conn = idleConnection(db);
    if (!conn)
        return false;
    m_pgConnection = conn;
    const QString name = db.connectionName();
    auto kept = std::static_pointer_cast<KeptPostgres>(PreparedQuery::kept(name, PreparedQuery::Kind::Direct, sql));
    if (kept && kept->conn != conn) {
        // Opened again without Database: the statements of the old session are gone with it.
        PreparedQuery::forget(name);
        kept.reset();
    }
    if (kept) {
        // A nested use of the same SQL shares it: libpq hands over every row of an execution at
        // once, so the statement is free again as soon as exec() returns.
        m_pgKept = std::move(kept);
        return true;
    }
    auto fresh = std::make_shared<KeptPostgres>(conn, numberedParameters(sql));
    if (preparePostgres(*fresh)) {
        m_pgKept = std::move(fresh);
        PreparedQuery::keep(name, PreparedQuery::Kind::Direct, sql, m_pgKept);
    }
    return true; // this branch, failed or not: exec() says which
}

std::vector<const char*> RowReader::pgValues() const {
    // Text parameters: libpq reads each up to its terminating NUL (QByteArray keeps one), no lengths.
    std::vector<const char*> values;
    values.reserve(m_pgParameters.size());
    for (const std::optional<QByteArray>& parameter : m_pgParameters)
        values.push_back(parameter ? parameter->constData() : nullptr);
    return values;
}

bool RowReader::takePgResult(PGresult* result) {
    PQclear(m_pgResult);
    m_pgResult = result;
    m_pgRows = 0;
    m_pgRow = -1;
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_PIPELINE_ABORTED) {
        m_error = u"not run: an earlier statement of its round trip failed"_s;
        m_failed = true;
        return false;
    }
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        m_error = errorOf(m_pgConnection, result);
        m_failed = true;
        return false;
    }
    m_failed = false;
    m_pgRows = PQntuples(result);
    return true;
}

bool RowReader::execOnPostgres() {
    if (!m_pgKept)
        return false; // not prepared: m_error says why
    const std::vector<const char*> values = pgValues();
    const auto run = [&] {
        return PQexecPrepared(m_pgConnection, m_pgKept->name.constData(), int(values.size()), values.data(), nullptr,
                              nullptr, 0);
    };
    PGresult* result = run();
    // The session lost its prepared statements (DEALLOCATE ALL, DISCARD ALL, as a pooler between
    // sessions does): prepared again, once.
    if (lostStatement(result) && PQtransactionStatus(m_pgConnection) == PQTRANS_IDLE) {
        PQclear(result);
        if (!preparePostgres(*m_pgKept))
            return false;
        result = run();
    }
    return takePgResult(result);
}

bool RowReader::execPipelined(std::initializer_list<RowReader*> readers) {
    PGconn* const conn = readers.size() > 1 ? (*readers.begin())->m_pgConnection : nullptr;
    if (!conn)
        return false;
    for (const RowReader* r : readers) {
        if (r->m_query || r->m_pgConnection != conn || !r->m_pgKept)
            return false;
    }
    const PGTransactionStatusType transaction = PQtransactionStatus(conn);
    if ((transaction != PQTRANS_IDLE && transaction != PQTRANS_INTRANS) || PQpipelineStatus(conn) != PQ_PIPELINE_OFF ||
        PQenterPipelineMode(conn) != 1)
        return false;
    // Blocking sends cannot wait here on PostgreSQL's answers: a few statements' messages fit the
    // socket's buffer, and the answers are read once all are sent.
    size_t sent = 0;
    for (const RowReader* r : readers) {
        const std::vector<const char*> values = r->pgValues();
        if (PQsendQueryPrepared(conn, r->m_pgKept->name.constData(), int(values.size()), values.data(), nullptr,
                                nullptr, 0) != 1)
            break;
        ++sent;
    }
    const bool synced = PQpipelineSync(conn) == 1;
    // A result per statement sent, each followed by a NULL; then the sync's.
    size_t index = 0;
    for (RowReader* r : readers) {
        PGresult* result = synced && index++ < sent ? PQgetResult(conn) : nullptr;
        if (result) {
            while (PGresult* more = PQgetResult(conn))
                PQclear(more);
        }
        r->takePgResult(result); // none: the connection's error
    }
    // Up to the sync's result, or to the end of what comes on a broken connection.
    for (int nulls = 0; synced && nulls < 2;) {
        PGresult* rest = PQgetResult(conn);
        if (!rest) {
            ++nulls;
            continue;
        }
        nulls = 0;
        const bool sync = PQresultStatus(rest) == PGRES_PIPELINE_SYNC;
        PQclear(rest);
        if (sync)
            break;
    }
    PQexitPipelineMode(conn);
    // The pipeline stops at its first failure; the readers after it run alone, as one by one they
    // would have, and so does one whose statement the session lost (DEALLOCATE ALL, DISCARD ALL):
    // prepared again by execOnPostgres(). In a transaction the failure ended it: nothing more runs.
    if (PQpipelineStatus(conn) == PQ_PIPELINE_OFF && PQtransactionStatus(conn) == PQTRANS_IDLE) {
        for (RowReader* r : readers) {
            if (lostStatement(r->m_pgResult) || PQresultStatus(r->m_pgResult) == PGRES_PIPELINE_ABORTED)
                r->execOnPostgres();
        }
    }
    return true;
}

#else

struct RowReader::KeptPostgres : PreparedQuery::Kept {};

bool RowReader::prepareOnPostgres(const QSqlDatabase&, const QString&) {
    return false;
}

bool RowReader::execOnPostgres() {
    return false;
}

bool RowReader::preparePostgres(KeptPostgres&) {
    return false;
}

bool RowReader::execPipelined(std::initializer_list<RowReader*>) {
    return false;
}

#endif

RowReader::RowReader(const QSqlDatabase& db, const QString& sql) {
    if (!prepareOnSqlite(db, sql) && !prepareOnPostgres(db, sql))
        m_query.emplace(db, sql);
}

RowReader::~RowReader() {
#ifdef LKK_HAVE_LIBPQ
    PQclear(m_pgResult);
#endif
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
    if (postgres()) {
        m_pgParameters.emplace_back(QByteArray::number(value));
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
    if (postgres()) { // a null QString as Qt's driver binds it: NULL
        m_pgParameters.emplace_back(value.isNull() ? std::nullopt : std::optional<QByteArray>(value.toUtf8()));
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

bool RowReader::execTogether(std::initializer_list<RowReader*> readers) {
    if (!execPipelined(readers)) {
        for (RowReader* r : readers)
            r->exec();
    }
    bool succeeded = true;
    for (RowReader* r : readers) {
        r->m_ranTogether = true;
        succeeded = succeeded && !r->m_failed;
    }
    return succeeded;
}

bool RowReader::exec() {
    if (m_ranTogether)
        return !m_failed;
    if (m_query) {
        m_failed = !(*m_query)->exec();
        return !m_failed;
    }
    if (postgres())
        return execOnPostgres();
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
    if (postgres()) {
        if (m_pgRow >= m_pgRows)
            return false;
        return ++m_pgRow < m_pgRows;
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
    if (postgres()) {
        // As Qt's driver gives it: 0 for NULL and for what is no integer; a boolean as 1 or 0.
        const QByteArrayView digits = text(column);
        if (digits == "t")
            return 1;
        qint64 value = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        return error == std::errc() && end == digits.data() + digits.size() ? value : 0;
    }
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
#ifdef LKK_HAVE_LIBPQ
    if (postgres())
        return PQgetisnull(m_pgResult, m_pgRow, column);
#endif
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
#ifdef LKK_HAVE_LIBPQ
    if (postgres()) // libpq's text of the value, valid until the result is cleared ("" for NULL)
        return QByteArrayView(PQgetvalue(m_pgResult, m_pgRow, column), PQgetlength(m_pgResult, m_pgRow, column));
#endif
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
