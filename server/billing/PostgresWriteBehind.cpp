#include "server/billing/PostgresWriteBehind.h"

#include "server/db/DriverHandle.h"

#include <QSqlDatabase>

#ifdef LKK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace lkk::server::billing {

using namespace Qt::StringLiterals;

PostgresWriteBehind::PostgresWriteBehind(pg_conn* conn)
    : m_conn(conn) {}

PostgresWriteBehind::~PostgresWriteBehind() {
    discard();
}

bool PostgresWriteBehind::fail(const QString& message) {
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

void PostgresWriteBehind::hold(QByteArray sql, QList<QByteArray> parameters) {
    m_held.append(Statement{std::move(sql), std::move(parameters)});
}

void PostgresWriteBehind::discard() {
    m_held.clear();
    settle();
}

#ifdef LKK_HAVE_LIBPQ

std::unique_ptr<PostgresWriteBehind> PostgresWriteBehind::open(const QSqlDatabase& db) {
    PGconn* conn = driverHandle<pg_conn>(db);
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return nullptr;
    return std::unique_ptr<PostgresWriteBehind>(new PostgresWriteBehind(conn));
}

bool PostgresWriteBehind::release() {
    if (m_held.isEmpty() || !settle())
        return ok();
    const QList<Statement> held = std::exchange(m_held, {});
    // Qt's driver reads the end of a forward-only result (row by row) only when it sends its next
    // statement; the rows were all read, that end is read here.
    if (PQtransactionStatus(m_conn) == PQTRANS_ACTIVE) {
        while (PGresult* r = PQgetResult(m_conn))
            PQclear(r);
    }
    // Inside the import's transaction, and it has not failed.
    if (PQtransactionStatus(m_conn) != PQTRANS_INTRANS)
        return fail(u"the import's connection is not idle in its transaction"_s);
    // The connection stays blocking (as Qt's driver keeps it): the answers to these writes are a
    // command tag each, never rows, so the server cannot fill its output and stall while the
    // statements are still being sent. Statements that return rows would need non-blocking mode.
    if (!PQenterPipelineMode(m_conn))
        return fail(u"cannot start a pipeline: "_s + QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    for (const Statement& s : held) {
        QList<const char*> values;
        QList<int> lengths;
        for (const QByteArray& p : s.parameters) {
            values << p.constData();
            lengths << int(p.size());
        }
        if (!PQsendQueryParams(m_conn, s.sql.constData(), int(values.size()), nullptr, values.constData(),
                               lengths.constData(), nullptr, 0)) {
            fail(u"cannot send the import's writes: "_s + QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
            break; // what was sent is still waited for
        }
        m_sent << s.sql;
    }
    if (!PQpipelineSync(m_conn) || PQflush(m_conn) != 0) {
        fail(u"cannot send the import's writes: "_s + QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        m_sent.clear();
        PQexitPipelineMode(m_conn);
        return false;
    }
    return ok();
}

bool PostgresWriteBehind::settle() {
    if (PQpipelineStatus(m_conn) == PQ_PIPELINE_OFF)
        return ok();
    // Each statement's results end with a null; the pipeline's with its sync point.
    qsizetype statement = 0, nulls = 0;
    for (;;) {
        PGresult* r = PQgetResult(m_conn);
        if (!r) {
            ++statement;
            // A broken connection gives nulls only; nothing more will come.
            if (++nulls > m_sent.size() + 1 || PQstatus(m_conn) == CONNECTION_BAD) {
                fail(u"lost the connection: "_s + QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
                break;
            }
            continue;
        }
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_FATAL_ERROR)
            fail(QString::fromUtf8(PQresultErrorMessage(r)).trimmed() + u" — "_s +
                 QString::fromUtf8(m_sent.value(statement).left(300)));
        PQclear(r);
        if (status == PGRES_PIPELINE_SYNC)
            break;
    }
    m_sent.clear();
    if (!PQexitPipelineMode(m_conn))
        fail(u"cannot end the pipeline: "_s + QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    return ok();
}

#else

std::unique_ptr<PostgresWriteBehind> PostgresWriteBehind::open(const QSqlDatabase&) {
    return nullptr;
}

bool PostgresWriteBehind::release() {
    return ok();
}

bool PostgresWriteBehind::settle() {
    return ok();
}

#endif

} // namespace lkk::server::billing
