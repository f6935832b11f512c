#pragma once

#include "server/db/Database.h"

#include <QList>
#include <QString>

namespace lkk::server {

// Versioned schema migrations embedded as Qt resources (:/lkk/migrations/NNNN_name.sql), recorded
// in schema_migrations and applied at start in one transaction. Released files are never edited.
class Migrations {
public:
    struct Migration {
        int version = 0;
        QString name;
        QString sql;
    };

    static QList<Migration> embedded();
    // The same SQL serves both databases; {{ID}} (an auto-increment key) and {{BLOB}} (bytes) are
    // the dialect substitutions, {{FOLD(column)}} the column's search form and {{FOLD(column, k/n)}}
    // its k-th share of n (TextFold::sql).
    static QString forDialect(const QString& sql, Dialect dialect);
    static QStringList statements(const QString& sql);
    // The statements of a migration for one database: forDialect(), split, and a statement that
    // starts with {{SQLITE}} or {{POSTGRES}} kept only for that database (triggers, generated
    // columns: where the two dialects' syntax differs).
    static QStringList statementsFor(const QString& sql, Dialect dialect);

    // Applies what is missing; *applied gets the versions applied now. Refuses a database that
    // is newer than this binary.
    static bool apply(Database& database, QString* error, QList<int>* applied = nullptr);
    static QList<int> appliedVersions(QSqlDatabase& db, bool* ok);
};

} // namespace lkk::server
