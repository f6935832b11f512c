#include "server/auth/TokenService.h"

#include "server/Sha256Hex.h"
#include "server/db/RowReader.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcTokens, "lkk.server.auth.tokens")

namespace lkk::server {

using namespace Qt::StringLiterals;

TokenService::TokenService(qint64 accessTtlSeconds, qint64 refreshTtlSeconds, qint64 sessionLifetimeSeconds)
    : m_accessTtlMs(accessTtlSeconds * 1000)
    , m_refreshTtlMs(refreshTtlSeconds * 1000)
    , m_lifetimeMs(sessionLifetimeSeconds * 1000) {
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
}

QString TokenService::newToken() {
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    const QString token =
        QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return token;
}

QString TokenService::hashToken(const QString& token) {
    return sha256Hex(token.toLatin1());
}

std::optional<IssuedTokens> TokenService::createSession(QSqlDatabase& db, qint64 userId, bool remember, qint64 nowMs,
                                                        SessionLimits limits) const {
    IssuedTokens t;
    t.userId = userId;
    t.accessToken = newToken();
    const qint64 endMs = nowMs + (limits.lifetimeMs > 0 ? std::min(limits.lifetimeMs, m_lifetimeMs) : m_lifetimeMs);
    const qint64 accessEndMs = std::min(nowMs + m_accessTtlMs, endMs);
    const qint64 refreshEndMs = std::min(nowMs + m_refreshTtlMs, endMs);
    t.accessExpiresIn = (accessEndMs - nowMs) / 1000;
    if (remember) {
        t.refreshToken = newToken();
        t.refreshExpiresIn = (refreshEndMs - nowMs) / 1000;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO sessions (user_id, access_hash, access_expires_at, refresh_hash, refresh_expires_at, "
              u"revoked, created_at, rotated_at, ends_at, idle_limit_ms, last_used_at) "
              u"VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(userId);
    q.addBindValue(hashToken(t.accessToken));
    q.addBindValue(accessEndMs);
    q.addBindValue(remember ? QVariant(hashToken(t.refreshToken)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(remember ? QVariant(refreshEndMs) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(endMs);
    q.addBindValue(limits.idleMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return std::nullopt;
    // Now and then forget sessions that can no longer be used (kept a day for investigations).
    if (QRandomGenerator::global()->bounded(100) == 0) {
        QSqlQuery cleanup(db);
        cleanup.prepare(u"DELETE FROM sessions WHERE access_expires_at < ? AND (refresh_expires_at IS NULL OR "
                        u"refresh_expires_at < ?)"_s);
        cleanup.addBindValue(nowMs - 86'400'000);
        cleanup.addBindValue(nowMs - 86'400'000);
        cleanup.exec();
    }
    q.prepare(u"SELECT id FROM sessions WHERE access_hash = ?"_s);
    q.addBindValue(hashToken(t.accessToken));
    if (!q.exec() || !q.next())
        return std::nullopt;
    t.sessionId = q.value(0).toLongLong();
    return t;
}

namespace {

// The token check: the session, its user's role and what may have ended either.
const QString kAccessColumns = u"SELECT s.id, s.user_id, s.access_expires_at, s.revoked, u.role, u.disabled, "
                               u"s.idle_limit_ms, s.last_used_at"_s;
constexpr int kAccessColumnCount = 8;
const QString kAccessFrom = u" FROM sessions s JOIN users u ON u.id = s.user_id"_s;
const QString kAccessWhere = u" WHERE s.access_hash = ?"_s;

} // namespace

QString TokenService::riderStatement(const QString& columns, const QString& joins, const QString& orderBy) {
    return kAccessColumns + columns + kAccessFrom + joins + kAccessWhere + orderBy;
}

Result<TokenService::Access> TokenService::checkAccess(QSqlDatabase& db, const QString& accessToken, qint64 nowMs,
                                                       Rider* rider) const {
    Access result;
    if (accessToken.isEmpty())
        return result;
    // The role in the same query, prepared once per connection: every authenticated request runs it.
    static const QString alone = riderStatement({}, {}, {});
    qint64 idleLimitMs = 0;
    {
        RowReader q(db, rider ? rider->statement() : alone); // done with before the touch below
        if (rider)
            rider->bind(q);
        q.bind(hashToken(accessToken));
        if (!q.exec())
            return Failure::databaseUnavailable();
        if (!q.next())
            return q.failed() ? Result<Access>(Failure::databaseUnavailable()) : Result<Access>(result);
        result.sessionId = q.integer(0);
        result.userId = q.integer(1);
        result.role = q.string(4);
        idleLimitMs = q.integer(6);
        const bool idle = idleLimitMs > 0 && nowMs - q.integer(7) >= idleLimitMs;
        if (q.integer(3) != 0 || q.integer(5) != 0 || idle)
            result.status = AccessStatus::Revoked;
        else if (q.integer(2) <= nowMs)
            result.status = AccessStatus::Expired;
        else
            result.status = AccessStatus::Valid;
        if (rider && result.status == AccessStatus::Valid && !rider->read(q, kAccessColumnCount, result))
            return Failure::databaseUnavailable();
    }
    if (result.status == AccessStatus::Valid && idleLimitMs > 0 && !touch(db, result.sessionId, nowMs))
        return Failure::databaseUnavailable();
    return result;
}

bool TokenService::touch(QSqlDatabase& db, qint64 sessionId, qint64 nowMs) const {
    QSqlQuery q(db);
    q.prepare(u"UPDATE sessions SET last_used_at = ? WHERE id = ? AND last_used_at < ?"_s);
    q.addBindValue(nowMs);
    q.addBindValue(sessionId);
    q.addBindValue(nowMs);
    return q.exec();
}

Result<bool> TokenService::revokeOnReuse(QSqlDatabase& db, const QString& tokenHash) const {
    QSqlQuery q(db);
    q.prepare(u"SELECT session_id FROM retired_refresh_tokens WHERE token_hash = ?"_s);
    q.addBindValue(tokenHash);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (!q.next())
        return false;
    const qint64 sessionId = q.value(0).toLongLong();
    if (!revoke(db, sessionId))
        return Failure::databaseUnavailable();
    qCWarning(lcTokens) << "a rotated refresh token of session" << sessionId
                        << "was presented again: the session is revoked";
    return true;
}

Result<std::optional<IssuedTokens>> TokenService::rotate(QSqlDatabase& db, const QString& refreshToken,
                                                         qint64 nowMs) const {
    const std::optional<IssuedTokens> invalid;
    if (refreshToken.isEmpty())
        return invalid;
    const QString oldHash = hashToken(refreshToken);
    QSqlQuery q(db);
    // A disabled user's or an idle session's refresh token is as dead as a revoked one.
    q.prepare(u"SELECT s.id, s.user_id, s.created_at, s.ends_at FROM sessions s JOIN users u ON u.id = s.user_id "
              u"WHERE s.refresh_hash = ? AND s.revoked = 0 AND s.refresh_expires_at > ? AND u.disabled = 0 AND "
              u"(s.idle_limit_ms = 0 OR s.last_used_at + s.idle_limit_ms > ?)"_s);
    q.addBindValue(oldHash);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (!q.next()) {
        if (const auto reused = revokeOnReuse(db, oldHash); !reused)
            return reused.failure();
        return invalid;
    }
    IssuedTokens t;
    t.sessionId = q.value(0).toLongLong();
    t.userId = q.value(1).toLongLong();
    const qint64 endsAt = q.value(3).toLongLong();
    const qint64 endMs = endsAt > 0 ? endsAt : q.value(2).toLongLong() + m_lifetimeMs;
    if (endMs <= nowMs)
        return invalid;
    const qint64 accessEndMs = std::min(nowMs + m_accessTtlMs, endMs);
    const qint64 refreshEndMs = std::min(nowMs + m_refreshTtlMs, endMs);
    t.accessToken = newToken();
    t.refreshToken = newToken();
    t.accessExpiresIn = (accessEndMs - nowMs) / 1000;
    t.refreshExpiresIn = (refreshEndMs - nowMs) / 1000;
    // Conditional on the old hash: of two concurrent refreshes with one token only one wins.
    q.prepare(u"UPDATE sessions SET access_hash = ?, access_expires_at = ?, refresh_hash = ?, refresh_expires_at = ?, "
              u"rotated_at = ? WHERE id = ? AND refresh_hash = ? AND revoked = 0"_s);
    q.addBindValue(hashToken(t.accessToken));
    q.addBindValue(accessEndMs);
    q.addBindValue(hashToken(t.refreshToken));
    q.addBindValue(refreshEndMs);
    q.addBindValue(nowMs);
    q.addBindValue(t.sessionId);
    q.addBindValue(oldHash);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (q.numRowsAffected() != 1)
        return invalid;
    q.prepare(u"INSERT INTO retired_refresh_tokens (token_hash, session_id, retired_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(oldHash);
    q.addBindValue(t.sessionId);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Failure::databaseUnavailable();
    return std::optional<IssuedTokens>(t);
}

bool TokenService::revoke(QSqlDatabase& db, qint64 sessionId) const {
    QSqlQuery q(db);
    q.prepare(u"UPDATE sessions SET revoked = 1 WHERE id = ?"_s);
    q.addBindValue(sessionId);
    return q.exec();
}

bool TokenService::revokeAllOfUser(QSqlDatabase& db, qint64 userId, qint64 keepSessionId) const {
    QSqlQuery q(db);
    q.prepare(u"UPDATE sessions SET revoked = 1 WHERE user_id = ? AND id <> ?"_s);
    q.addBindValue(userId);
    q.addBindValue(keepSessionId);
    return q.exec();
}

} // namespace lkk::server
