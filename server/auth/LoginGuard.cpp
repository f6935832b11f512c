#include "server/auth/LoginGuard.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {
QString outcomeName(LoginGuard::Outcome outcome) {
    switch (outcome) {
    case LoginGuard::Outcome::Success:
        return u"success"_s;
    case LoginGuard::Outcome::Failure:
        return u"failure"_s;
    case LoginGuard::Outcome::CaptchaRejected:
        return u"captcha"_s;
    }
    return {};
}
} // namespace

LoginGuard::LoginGuard(LoginLimits limits)
    : m_limits(limits) {}

std::optional<LoginGuard::RateDecision> LoginGuard::checkOne(QSqlDatabase& db, const char* column, const QString& value,
                                                             int max, qint64 windowMs, qint64 nowMs) const {
    QSqlQuery q(db);
    // column is one of two fixed names, never input.
    q.prepare(QStringLiteral("SELECT COUNT(*), MIN(at) FROM login_attempts WHERE %1 = ? AND at > ?")
                  .arg(QLatin1StringView(column)));
    q.addBindValue(value);
    q.addBindValue(nowMs - windowMs);
    if (!q.exec() || !q.next())
        return std::nullopt;
    RateDecision decision;
    if (q.value(0).toLongLong() >= max) {
        decision.allowed = false;
        const qint64 waitMs = q.value(1).toLongLong() + windowMs - nowMs;
        decision.retryAfterSec = std::max<qint64>(1, (waitMs + 999) / 1000);
    }
    return decision;
}

std::optional<LoginGuard::RateDecision> LoginGuard::checkRate(QSqlDatabase& db, const QString& email, const QString& ip,
                                                              qint64 nowMs) const {
    const auto byIp = checkOne(db, "ip", ip, m_limits.maxPerIp, m_limits.ipWindowSec * 1000, nowMs);
    if (!byIp || !byIp->allowed)
        return byIp;
    return checkOne(db, "email", email, m_limits.maxPerEmail, m_limits.emailWindowSec * 1000, nowMs);
}

std::optional<bool> LoginGuard::captchaRequired(QSqlDatabase& db, const QString& email, qint64 nowMs) const {
    // Failures since the last success, within the window.
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*) FROM login_attempts WHERE email = ? AND outcome = 'failure' AND at > ? AND at > "
              u"COALESCE((SELECT MAX(at) FROM login_attempts WHERE email = ? AND outcome = 'success'), 0)"_s);
    q.addBindValue(email);
    q.addBindValue(nowMs - m_limits.failureWindowSec * 1000);
    q.addBindValue(email);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong() >= m_limits.captchaAfterFailures;
}

bool LoginGuard::record(QSqlDatabase& db, const QString& email, const QString& ip, Outcome outcome,
                        qint64 nowMs) const {
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO login_attempts (email, ip, outcome, at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(email);
    q.addBindValue(ip);
    q.addBindValue(outcomeName(outcome));
    q.addBindValue(nowMs);
    const bool ok = q.exec();
    // Now and then drop rows older than every window so the table stays small.
    if (QRandomGenerator::global()->bounded(100) == 0) {
        const qint64 keep = std::max({m_limits.failureWindowSec, m_limits.emailWindowSec, m_limits.ipWindowSec}) * 1000;
        q.prepare(u"DELETE FROM login_attempts WHERE at < ?"_s);
        q.addBindValue(nowMs - keep);
        q.exec();
    }
    return ok;
}

} // namespace lkk::server
