#pragma once

#include "server/Result.h"
#include "server/auth/LoginGuard.h"
#include "server/auth/PasswordPool.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace lkk::server {

struct RequestContext;

// Where every password check goes: the limits of LoginGuard (sign-in and the current password
// of a signed-in user count alike) and the Argon2 work on the PasswordPool.
class PasswordCheck {
public:
    PasswordCheck(const PasswordPool& pool, LoginLimits limits);

    // A signed-in caller confirms their current password (password or e-mail change): 429
    // too_many_attempts when their e-mail is locked for the caller's network, 403 wrong_password
    // on `field` when it does not match (counted like a failed sign-in), 503 when the password
    // pool is full. No captcha here: the caller has a session.
    Result<Done> confirmCurrent(const RequestContext& context, const QString& email, const QString& storedHash,
                                const QString& password, const QString& field) const;

    // Any other secret check of a known e-mail without a captcha (the recovery code): check()
    // answers whether the secret matched (counted like a sign-in) or a failure (not counted).
    Result<bool> guarded(const RequestContext& context, const QString& email,
                         const std::function<Result<bool>()>& check) const;

    const LoginGuard& guard() const { return m_guard; }
    const PasswordPool& pool() const { return m_pool; }

private:
    const PasswordPool& m_pool;
    LoginGuard m_guard;
};

// 429 too_many_attempts with Retry-After.
Failure tooManyAttempts(qint64 retryAfterSec);

} // namespace lkk::server
