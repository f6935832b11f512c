#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace lkk::server {

struct LoginLimits {
    int captchaAfterFailures = 5;
    qint64 failureWindowSec = 900;
    int maxPerEmail = 10;
    qint64 emailWindowSec = 900;
    int maxPerIp = 100;
    qint64 ipWindowSec = 900;
};

// Brute-force protection for sign-in, kept in the database (login_attempts) so every instance
// sharing it agrees: per-e-mail failed-login counter (captcha after N failures in a window; a
// success resets it) and attempt rate limits per e-mail and per client IP (429 + Retry-After).
class LoginGuard {
public:
    explicit LoginGuard(LoginLimits limits);

    enum class Outcome { Success, Failure, CaptchaRejected };
    struct RateDecision {
        bool allowed = true;
        qint64 retryAfterSec = 0;
    };

    // nullopt on a database error.
    std::optional<RateDecision> checkRate(QSqlDatabase& db, const QString& email, const QString& ip,
                                          qint64 nowMs) const;
    std::optional<bool> captchaRequired(QSqlDatabase& db, const QString& email, qint64 nowMs) const;
    bool record(QSqlDatabase& db, const QString& email, const QString& ip, Outcome outcome, qint64 nowMs) const;
    const LoginLimits& limits() const { return m_limits; }

private:
    std::optional<RateDecision> checkOne(QSqlDatabase& db, const char* column, const QString& value, int max,
                                         qint64 windowMs, qint64 nowMs) const;
    LoginLimits m_limits;
};

} // namespace lkk::server
