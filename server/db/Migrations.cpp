#include "server/db/Migrations.h"

#include "server/Clock.h"
#include "server/db/TextFold.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lkk::server {

using namespace Qt::StringLiterals;

QList<Migrations::Migration> Migrations::embedded() {
    QList<Migration> result;
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    const QStringList files = QDir(u":/lkk/migrations"_s).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(u":/lkk/migrations/"_s + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        result.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return result;
}

QString Migrations::forDialect(const QString& sql, Dialect dialect) {
    QString out = sql;
    out.replace(u"{{ID}}"_s,
                dialect == Dialect::Sqlite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s : u"BIGSERIAL PRIMARY KEY"_s);
    out.replace(u"{{BLOB}}"_s, dialect == Dialect::Sqlite ? u"BLOB"_s : u"BYTEA"_s);
    static const QRegularExpression fold(u"\\{\\{FOLD\\((\\w+)(?:, (\\d+)/(\\d+))?\\)\\}\\}"_s);
    for (QRegularExpressionMatch m = fold.match(out); m.hasMatch(); m = fold.match(out)) {
        const int parts = m.hasCaptured(3) ? m.captured(3).toInt() : 1;
        const int part = m.hasCaptured(2) ? m.captured(2).toInt() : 1;
        out.replace(m.capturedStart(), m.capturedLength(), TextFold::sql(m.captured(1), part, parts));
    }
    return out;
}

QStringList Migrations::statementsFor(const QString& sql, Dialect dialect) {
    const QString own = dialect == Dialect::Sqlite ? u"{{SQLITE}}"_s : u"{{POSTGRES}}"_s;
    const QString other = dialect == Dialect::Sqlite ? u"{{POSTGRES}}"_s : u"{{SQLITE}}"_s;
    QStringList result;
    for (const QString& statement : statements(forDialect(sql, dialect))) {
        if (statement.startsWith(other))
            continue;
        result << (statement.startsWith(own) ? statement.mid(own.size()).trimmed() : statement);
    }
    return result;
}

QStringList Migrations::statements(const QString& sql) {
    // Our migrations keep to one statement per ';' at a line end and comments on their own lines.
    QStringList result;
    QString current;
    const QStringList lines = sql.split(u'\n');
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"_s))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            result << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

QList<int> Migrations::appliedVersions(QSqlDatabase& db, bool* ok) {
    QList<int> versions;
    QSqlQuery q(db);
    *ok = q.exec(u"SELECT version FROM schema_migrations ORDER BY version"_s);
    while (*ok && q.next())
        versions << q.value(0).toInt();
    return versions;
}

bool Migrations::apply(Database& database, QString* error, QList<int>* applied) {
    QSqlDatabase db = database.connection();
    if (!db.isOpen()) {
        *error = u"cannot open the database: "_s + database.lastOpenError();
        return false;
    }
    QSqlQuery q(db);
    if (!database.beginWrite(db)) {
        *error = u"cannot start the migration transaction: "_s + db.lastError().text();
        return false;
    }
    auto fail = [&](const QString& message) {
        *error = message;
        Database::rollback(db);
        return false;
    };
    // Several instances may start at once: one migrates, the others wait (SQLite: BEGIN IMMEDIATE).
    if (database.dialect() == Dialect::Postgres && !q.exec(u"SELECT pg_advisory_xact_lock(7275001)"_s))
        return fail(u"cannot take the migration lock: "_s + q.lastError().text());
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                u"name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s))
        return fail(u"cannot create schema_migrations: "_s + q.lastError().text());

    bool ok = false;
    const QList<int> done = appliedVersions(db, &ok);
    if (!ok)
        return fail(u"cannot read schema_migrations"_s);
    const QList<Migration> all = embedded();
    const int newest = all.isEmpty() ? 0 : all.constLast().version;
    if (!done.isEmpty() && done.constLast() > newest)
        return fail(QStringLiteral("the database schema (version %1) is newer than this server (version %2)")
                        .arg(done.constLast())
                        .arg(newest));
    for (const Migration& m : all) {
        if (done.contains(m.version))
            continue;
        const QStringList sqls = statementsFor(m.sql, database.dialect());
        for (const QString& sql : sqls) {
            if (!q.exec(sql))
                return fail(
                    QStringLiteral("migration %1_%2 failed: %3").arg(m.version).arg(m.name, q.lastError().text()));
        }
        q.prepare(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s);
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(nowMs());
        if (!q.exec())
            return fail(u"cannot record migration: "_s + q.lastError().text());
        if (applied)
            applied->append(m.version);
    }
    if (!Database::commit(db))
        return fail(u"cannot commit the migrations: "_s + db.lastError().text());
    return true;
}

} // namespace lkk::server
