#include "server/auth/RateLimiter.h"

#include "server/db/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace lkk::server {

using namespace Qt::StringLiterals;

Result<Done> RateLimiter::check(QSqlDatabase& db, const Rule& rule, const QString& subject, qint64 nowMs) {
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*), MIN(at) FROM user_rate_events WHERE kind = ? AND subject = ? AND at > ?"_s);
    q.addBindValue(QString::fromLatin1(rule.kind));
    q.addBindValue(subject);
    q.addBindValue(nowMs - rule.windowMs);
    if (!q.exec() || !q.next())
        return Failure::databaseUnavailable();
    if (q.value(0).toInt() < rule.max)
        return Done{};
    const qint64 retryAfterMs = q.value(1).toLongLong() + rule.windowMs - nowMs;
    return Failure::of(429, errc::tooManyAttempts)
        .withHeader("Retry-After", QByteArray::number(qMax<qint64>(1, (retryAfterMs + 999) / 1000)));
}

Result<Done> RateLimiter::record(QSqlDatabase& db, const char* kind, const QString& subject, qint64 nowMs) {
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO user_rate_events (kind, subject, at) VALUES (?, ?, ?)"_s);
    q.addBindValue(QString::fromLatin1(kind));
    q.addBindValue(subject);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Failure::databaseUnavailable();
    return Done{};
}

Result<Done> RateLimiter::take(QSqlDatabase& db, const Rule& rule, const QString& subject, qint64 nowMs) {
    QSqlQuery q(db);
    const bool postgres = Database::dialectOf(db) == Dialect::Postgres;
    if (!Database::beginWrite(db))
        return Failure::databaseUnavailable();
    if (postgres) {
        q.prepare(u"SELECT pg_advisory_xact_lock(7275011, hashtext(?))"_s);
        q.addBindValue(QString(QString::fromLatin1(rule.kind) + u':' + subject));
        if (!q.exec()) {
            Database::rollback(db);
            return Failure::databaseUnavailable();
        }
    }
    auto result = check(db, rule, subject, nowMs);
    if (result)
        result = record(db, rule.kind, subject, nowMs);
    if (!result || !Database::commit(db)) {
        Database::rollback(db);
        return result ? Failure::databaseUnavailable() : std::move(result).failure();
    }
    return result;
}

} // namespace lkk::server
