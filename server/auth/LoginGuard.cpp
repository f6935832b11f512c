#include "server/auth/LoginGuard.h"

#include "server/db/Database.h"

#include <QHostAddress>
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
    case LoginGuard::Outcome::Unchecked:
        return u"unchecked"_s;
    }
    return {};
}

// Outcomes that count as failed: a wrong password, a failed captcha, and a reserved attempt
// that has not ended yet (so parallel attempts count before their passwords are checked).
constexpr auto kFailed = "outcome IN ('failure', 'captcha', 'pending')";

qint64 retryAfterSec(qint64 oldestMs, qint64 windowMs, qint64 nowMs) {
    return std::max<qint64>(1, (oldestMs + windowMs - nowMs + 999) / 1000);
}

} // namespace

LoginGuard::LoginGuard(LoginLimits limits)
    : m_limits(limits) {}

QString LoginGuard::clientNetwork(const QString& ip) {
    const QHostAddress address(ip);
    if (address.isNull())
        return ip;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + u"/64"_s;
}

Result<LoginGuard::Admission> LoginGuard::decide(QSqlDatabase& db, const QString& email, const QString& network,
                                                 qint64 nowMs) const {
    Admission admission;
    QSqlQuery q(db);
    // Attempts from this network, any e-mail.
    const qint64 ipWindowMs = m_limits.ipWindowSec * 1000;
    q.prepare(u"SELECT COUNT(*), MIN(at) FROM login_attempts WHERE ip = ? AND at > ?"_s);
    q.addBindValue(network);
    q.addBindValue(nowMs - ipWindowMs);
    if (!q.exec() || !q.next())
        return Failure::databaseUnavailable();
    if (q.value(0).toLongLong() >= m_limits.maxPerIp) {
        admission.limited = true;
        admission.retryAfterSec = retryAfterSec(q.value(1).toLongLong(), ipWindowMs, nowMs);
        return admission;
    }
    // Failures for this e-mail from this network.
    const qint64 emailWindowMs = m_limits.emailWindowSec * 1000;
    q.prepare(u"SELECT COUNT(*), MIN(at) FROM login_attempts WHERE email = ? AND ip = ? AND at > ? AND "_s +
              QLatin1StringView(kFailed));
    q.addBindValue(email);
    q.addBindValue(network);
    q.addBindValue(nowMs - emailWindowMs);
    if (!q.exec() || !q.next())
        return Failure::databaseUnavailable();
    if (q.value(0).toLongLong() >= m_limits.maxPerEmail) {
        admission.limited = true;
        admission.retryAfterSec = retryAfterSec(q.value(1).toLongLong(), emailWindowMs, nowMs);
        return admission;
    }
    // Failures for this e-mail from anywhere since its last success: a captcha.
    q.prepare(u"SELECT COUNT(*) FROM login_attempts WHERE email = ? AND at > ? AND "_s + QLatin1StringView(kFailed) +
              u" AND at > COALESCE((SELECT MAX(at) FROM login_attempts WHERE email = ? AND outcome = 'success'), 0)"_s);
    q.addBindValue(email);
    q.addBindValue(nowMs - m_limits.failureWindowSec * 1000);
    q.addBindValue(email);
    if (!q.exec() || !q.next())
        return Failure::databaseUnavailable();
    admission.captchaRequired = q.value(0).toLongLong() >= m_limits.captchaAfterFailures;
    if (!admission.captchaRequired) {
        // Failures of every e-mail: under credential stuffing everyone gets the captcha.
        q.prepare(u"SELECT COUNT(*) FROM login_attempts WHERE at > ? AND outcome IN ('failure', 'captcha')"_s);
        q.addBindValue(nowMs - m_limits.globalWindowSec * 1000);
        if (!q.exec() || !q.next())
            return Failure::databaseUnavailable();
        admission.captchaRequired = q.value(0).toLongLong() >= m_limits.globalCaptchaFailures;
    }
    q.prepare(u"INSERT INTO login_attempts (email, ip, outcome, at) VALUES (?, ?, 'pending', ?) RETURNING id"_s);
    q.addBindValue(email);
    q.addBindValue(network);
    q.addBindValue(nowMs);
    if (!q.exec() || !q.next())
        return Failure::databaseUnavailable();
    admission.attemptId = q.value(0).toLongLong();
    return admission;
}

Result<LoginGuard::Admission> LoginGuard::admit(QSqlDatabase& db, const QString& email, const QString& network,
                                                qint64 nowMs) const {
    // The decision and the reservation are one transaction: SQLite's BEGIN IMMEDIATE takes the
    // write lock first; PostgreSQL serializes the attempts of one network with an advisory lock
    // (the counts of an e-mail from other networks only steer the captcha, not a hard limit).
    QSqlQuery q(db);
    const bool postgres = Database::dialectOf(db) == Dialect::Postgres;
    if (!Database::beginWrite(db))
        return Failure::databaseUnavailable();
    if (postgres) {
        q.prepare(u"SELECT pg_advisory_xact_lock(7275010, hashtext(?))"_s);
        q.addBindValue(network);
        if (!q.exec()) {
            Database::rollback(db);
            return Failure::databaseUnavailable();
        }
    }
    const auto admission = decide(db, email, network, nowMs);
    if (!admission || !Database::commit(db)) {
        Database::rollback(db);
        return admission ? Failure::databaseUnavailable() : admission.failure();
    }
    // Now and then drop rows older than every window so the table stays small.
    if (QRandomGenerator::global()->bounded(100) == 0) {
        const qint64 keep = std::max({m_limits.failureWindowSec, m_limits.emailWindowSec, m_limits.ipWindowSec,
                                      m_limits.globalWindowSec}) *
                            1000;
        q.prepare(u"DELETE FROM login_attempts WHERE at < ?"_s);
        q.addBindValue(nowMs - keep);
        q.exec();
    }
    return admission;
}

Result<int> LoginGuard::lift(QSqlDatabase& db, const QString& email) {
    QSqlQuery q(db);
    q.prepare(u"UPDATE login_attempts SET outcome = 'lifted' WHERE email = ? AND outcome IN ('failure', 'captcha')"_s);
    q.addBindValue(email);
    if (!q.exec())
        return Failure::databaseUnavailable();
    return q.numRowsAffected();
}

Result<Done> LoginGuard::settle(QSqlDatabase& db, qint64 attemptId, Outcome outcome) const {
    QSqlQuery q(db);
    q.prepare(u"UPDATE login_attempts SET outcome = ? WHERE id = ?"_s);
    q.addBindValue(outcomeName(outcome));
    q.addBindValue(attemptId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    return Done{};
}

} // namespace lkk::server
