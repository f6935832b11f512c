#pragma once

#include "server/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace lkk::server {

class RowReader;

struct IssuedTokens {
    qint64 sessionId = 0;
    qint64 userId = 0;
    QString accessToken;
    qint64 accessExpiresIn = 0; // seconds
    QString refreshToken;       // empty without remember
    qint64 refreshExpiresIn = 0;
};

// What a session may have of its own: a shorter lifetime and an idle limit.
struct SessionLimits {
    qint64 lifetimeMs = 0; // 0: the service's session lifetime
    qint64 idleMs = 0;     // 0: no idle limit
};

// Bearer tokens: 32 random bytes (randombytes_buf), base64url without padding. Only SHA-256 hashes
// are stored (sessions table); a refresh rotates both tokens of the session. A session ends at
// the latest sessionLifetime after its sign-in, however often it is refreshed: no token of it is
// issued to live longer. A rotated refresh token presented again revokes its whole session (one
// of the two holders of the token is a thief, and the server cannot tell which). A session may
// have limits of its own (operators: docs/security.md, «Operators»): a shorter lifetime and an
// idle limit, after which no token of it works. A disabled user's sessions do not work either.
class TokenService {
public:
    TokenService(qint64 accessTtlSeconds, qint64 refreshTtlSeconds, qint64 sessionLifetimeSeconds = 90 * 86400);

    static QString newToken();
    static QString hashToken(const QString& token); // hex SHA-256

    enum class AccessStatus { Valid, Unknown, Expired, Revoked };
    struct Access {
        AccessStatus status = AccessStatus::Unknown;
        qint64 userId = 0;
        qint64 sessionId = 0;
        QString role; // users.role of the session's user
    };
    // Rows a request reads beside its token check in the check's own statement, so that both
    // take one round trip (the routes' data stamps, server/http/Route.h): columns and LEFT JOINs
    // on the session's row `s` and its user `u`, made into the statement by riderStatement().
    // An interface rather than std::function members: a rider lives on the caller's stack for
    // one check, and its state would not fit std::function's small buffer (an allocation each).
    class Rider {
    public:
        // riderStatement(): the same text on every call (prepared once).
        virtual const QString& statement() const = 0;
        // Binds the rider's placeholders, in the order of its text (they come before the token's).
        virtual void bind(RowReader& q) const = 0;
        // Only for a valid token: reads the rider's columns, from firstColumn on, of every row,
        // the current one first; false on a database error.
        virtual bool read(RowReader& q, int firstColumn, const Access& access) = 0;

    protected:
        ~Rider() = default;
    };
    // The token check's statement with `columns` (", …") after its own, `joins` (" LEFT JOIN …")
    // after the session's user and `orderBy` (" ORDER BY …", or empty) at the end.
    static QString riderStatement(const QString& columns, const QString& joins, const QString& orderBy);

    // nullopt on a database error.
    std::optional<IssuedTokens> createSession(QSqlDatabase& db, qint64 userId, bool remember, qint64 nowMs,
                                              SessionLimits limits = {}) const;
    // With a rider, its rows come in the same statement (one round trip).
    Result<Access> checkAccess(QSqlDatabase& db, const QString& accessToken, qint64 nowMs,
                               Rider* rider = nullptr) const;
    // The session's new tokens; nullopt when the refresh token is not (or no longer) valid. A
    // token that an earlier rotation replaced revokes the session.
    Result<std::optional<IssuedTokens>> rotate(QSqlDatabase& db, const QString& refreshToken, qint64 nowMs) const;
    bool revoke(QSqlDatabase& db, qint64 sessionId) const;
    // Every session of the user except keepSessionId (0 = all): password recovery and change.
    bool revokeAllOfUser(QSqlDatabase& db, qint64 userId, qint64 keepSessionId = 0) const;

private:
    // Marks an idle-limited session used now; false on a database error.
    bool touch(QSqlDatabase& db, qint64 sessionId, qint64 nowMs) const;
    // Revokes the session whose rotated refresh token this is; false when it is none.
    Result<bool> revokeOnReuse(QSqlDatabase& db, const QString& tokenHash) const;

    qint64 m_accessTtlMs;
    qint64 m_refreshTtlMs;
    qint64 m_lifetimeMs;
};

} // namespace lkk::server
