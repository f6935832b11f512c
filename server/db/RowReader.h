#pragma once

#include "server/db/PreparedQuery.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace lkk::server {

// Rows of a kept statement of this thread's connection read as int64, null and UTF-8 bytes,
// without a QVariant nor a QString per value. On SQLite the statement is SQLite's own, prepared
// on the connection's handle once and kept like PreparedQuery's (and reset when the reader goes,
// so it holds no read snapshot between requests); where that library is not provably the one Qt's
// driver uses (SqliteLibrary::isOurs()), and on PostgreSQL, the same reads go through a
// PreparedQuery, so a route has one code path (docs/architecture.md, «Kept statements»).
// One execution: bind every parameter in order, exec(), next() until false, then failed().
class RowReader {
public:
    RowReader(const QSqlDatabase& db, const QString& sql);
    ~RowReader();
    RowReader(const RowReader&) = delete;
    RowReader& operator=(const RowReader&) = delete;

    // The next parameter's value.
    RowReader& bind(qint64 value);
    RowReader& bind(const QString& value);

    // Runs the statement; false on an error (bad SQL included: see errorText()).
    bool exec();
    // To the next row; false at the end and on an error.
    bool next();
    // Whether exec() or a next() failed rather than ended.
    bool failed() const { return m_failed; }
    QString errorText() const;

    // The current row's column: 0 for NULL.
    qint64 integer(int column) const;
    std::optional<qint64> integerOrNull(int column) const;
    bool isNull(int column) const;
    // The column's text as UTF-8 (empty for NULL), valid until the next next() or the reader goes.
    QByteArrayView text(int column) const;
    QString string(int column) const { return QString::fromUtf8(text(column)); }

    // Whether this reader reads through SQLite's own API (the other branch: a PreparedQuery).
    bool readsSqliteDirectly() const { return !m_query; }

    // Tests: every reader made while set reads through a PreparedQuery, as without the library.
    static void refuseSqliteApiForTests(bool refuse);

private:
    struct KeptStatement;
    // Takes the SQLite branch when the connection allows it: false when it does not.
    bool prepareOnSqlite(const QSqlDatabase& db, const QString& sql);
    void failOnSqlite();

    // SQLite's own statement: kept, or of this reader's own (a nested use of the same SQL).
    std::shared_ptr<KeptStatement> m_kept;
    sqlite3_stmt* m_own = nullptr;
    sqlite3_stmt* m_statement = nullptr; // the one in use
    int m_bound = 0;
    int m_step = 0;          // the result of the last step
    bool m_firstRow = false; // exec() stepped to a row next() has not handed out yet
    bool m_failed = false;
    QString m_error;

    // The other branch.
    mutable std::optional<PreparedQuery> m_query; // mutable: QSqlQuery's reads are not const
    mutable std::vector<QByteArray> m_texts;      // the current row's texts handed out, by column
};

} // namespace lkk::server
