#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

class QSqlDatabase;
struct pg_conn; // libpq's PGconn

namespace lkk::server::billing {

// PostgreSQL through libpq, on the import's own connection and transaction: the writes of one
// batch are held back until the next batch has been looked up, then sent in one pipeline without
// waiting, so the server runs them while the importer checks that next batch
// (docs/billing-import.md, "Writing"). Before anything else uses the connection, settle() waits
// for what was sent; the first error ends the import (the transaction is rolled back), and the
// connection is left idle for Qt's driver either way.
class PostgresWriteBehind {
public:
    // Null without libpq or when the connection is not Qt's PostgreSQL driver's.
    static std::unique_ptr<PostgresWriteBehind> open(const QSqlDatabase& db);
    ~PostgresWriteBehind();
    PostgresWriteBehind(const PostgresWriteBehind&) = delete;
    PostgresWriteBehind& operator=(const PostgresWriteBehind&) = delete;

    // Holds a statement with text parameters ($1, $2, …) until release().
    void hold(QByteArray sql, QList<QByteArray> parameters);
    bool holds() const { return !m_held.isEmpty(); }
    // Sends what is held without waiting for the server (what was sent before is waited for).
    bool release();
    // Waits for everything sent; afterwards the connection is idle.
    bool settle();
    // The import stops: what is held is dropped, what was sent is waited for.
    void discard();

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

private:
    explicit PostgresWriteBehind(pg_conn* conn);
    bool fail(const QString& message);

    struct Statement {
        QByteArray sql;
        QList<QByteArray> parameters;
    };
    pg_conn* m_conn;
    QList<Statement> m_held;
    QList<QByteArray> m_sent; // the SQL of what is in the pipeline, for the error message
    QString m_error;
};

} // namespace lkk::server::billing
