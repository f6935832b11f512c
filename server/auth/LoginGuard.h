#pragma once

#include "server/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace lkk::server {

// The limits of password checks (docs/security.md, «Sign-in limits»); the ServerConfig options
// in brackets.
struct LoginLimits {
    int captchaAfterFailures = 5;   // failures for one e-mail, from anywhere [captcha-after-failures]
    qint64 failureWindowSec = 900;  // [failure-window]
    int maxPerEmail = 10;           // failures for one e-mail from one network: then 429 [rate-email-max]
    qint64 emailWindowSec = 900;    // [rate-email-window]
    int maxPerIp = 100;             // attempts from one network, any e-mail [rate-ip-max]
    qint64 ipWindowSec = 900;       // [rate-ip-window]
    int globalCaptchaFailures = 50; // failures of all e-mails: then a captcha for everyone [captcha-global-failures]
    qint64 globalWindowSec = 60;    // [captcha-global-window]
};

// Brute-force protection of every password check (sign-in, and the current password of a
// password or e-mail change), kept in login_attempts so every instance sharing the database
// agrees. The rules protect the owner of an e-mail, not the attacker:
// - failures for an e-mail from anywhere only turn on a captcha (which the owner can solve);
// - a lock (429) needs failures for that e-mail from the same network (an IPv4 address or an
//   IPv6 /64), wrong passwords and failed captchas alike;
// - every network has a rate of attempts (any e-mail);
// - many failures of all e-mails (credential stuffing) turn the captcha on for everyone;
// - successes count toward nothing; a success resets the e-mail's captcha counter.
// admit() decides and reserves the attempt in one transaction (SQLite BEGIN IMMEDIATE,
// PostgreSQL an advisory lock per network), so parallel requests cannot pass a limit.
class LoginGuard {
public:
    explicit LoginGuard(LoginLimits limits);

    // Unchecked: the password was not looked at (no captcha given, the password pool full).
    enum class Outcome { Success, Failure, CaptchaRejected, Unchecked };
    struct Admission {
        qint64 attemptId = 0; // the reserved attempt (0 when limited)
        bool limited = false;
        qint64 retryAfterSec = 0;
        bool captchaRequired = false;
    };

    // network: clientNetwork() of the caller's address.
    Result<Admission> admit(QSqlDatabase& db, const QString& email, const QString& network, qint64 nowMs) const;
    // Records how the reserved attempt ended.
    Result<Done> settle(QSqlDatabase& db, qint64 attemptId, Outcome outcome) const;
    const LoginLimits& limits() const { return m_limits; }

    // Lifts the sign-in locks of an e-mail (the contact centre, on a caller's behalf): its failed
    // attempts stop counting toward the lock and the captcha (outcome 'lifted'); they still count
    // for their network's rate. The number of attempts lifted.
    static Result<int> lift(QSqlDatabase& db, const QString& email);

    // What limits count as one client: an IPv4 address as it is, an IPv6 address by its /64
    // (one subscriber usually gets a whole /64); an IPv4-mapped IPv6 address as IPv4.
    static QString clientNetwork(const QString& ip);

private:
    Result<Admission> decide(QSqlDatabase& db, const QString& email, const QString& network, qint64 nowMs) const;
    LoginLimits m_limits;
};

} // namespace lkk::server
