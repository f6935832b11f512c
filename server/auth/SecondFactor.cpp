#include "server/auth/SecondFactor.h"

#include "server/Sha256Hex.h"
#include "server/auth/RateLimiter.h"
#include "server/auth/SecretKey.h"
#include "server/auth/TokenService.h"
#include "server/auth/Totp.h"
#include "server/db/WriteTransaction.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcSecondFactor, "lkk.server.auth.second-factor")

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {
constexpr char kIssuer[] = "ЛКК Томскэнергосбыт";
// Without 0/O, 1/l/I: a code read from paper is typed right.
constexpr char kRecoveryAlphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";

Failure expired() {
    return Failure::of(401, errc::signInExpired);
}
Failure keyMissing() {
    qCCritical(lcSecondFactor) << "operators cannot sign in: the server has no second-factor key "
                                  "(totp-key-file, docs/operations.md)";
    return Failure::of(503, errc::serviceUnavailable);
}
RateLimiter::Rule wrongCodeRule() {
    return {"second_factor_user", SecondFactor::maxWrongPerUser, SecondFactor::wrongWindowMs};
}
} // namespace

SecondFactor::SecondFactor(Database& database, const SecretKey* key)
    : m_database(database)
    , m_key(key) {}

QString SecondFactor::newRecoveryCode() {
    constexpr int length = 10;
    QString code;
    for (int i = 0; i < length; ++i) {
        if (i == length / 2)
            code += u'-';
        code += QLatin1Char(kRecoveryAlphabet[randombytes_uniform(sizeof kRecoveryAlphabet - 1)]);
    }
    return code;
}

QString SecondFactor::recoveryCodeHash(const QString& typed) {
    QString normal;
    for (const QChar c : typed) {
        if (c.isLetterOrNumber())
            normal += c.toLower();
    }
    return sha256Hex(normal.toUtf8());
}

Result<SecondFactor::Started> SecondFactor::start(QSqlDatabase& db, qint64 userId, const QString& email, bool remember,
                                                  qint64 nowMs) const {
    if (!m_key)
        return keyMissing();
    Started started;
    QSqlQuery q(db);
    q.prepare(u"SELECT confirmed FROM operator_totp WHERE user_id = ?"_s);
    q.addBindValue(userId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    const bool confirmed = q.next() && q.value(0).toInt() != 0;
    WriteTransaction transaction(m_database, db);
    if (!transaction.begun())
        return Failure::databaseUnavailable();
    if (!confirmed) {
        // A new secret for each sign-in until one is confirmed: only the person completing this
        // sign-in has seen it.
        const QByteArray secret = Totp::newSecret();
        q.prepare(u"DELETE FROM operator_totp WHERE user_id = ? AND confirmed = 0"_s);
        q.addBindValue(userId);
        if (!q.exec())
            return Failure::databaseUnavailable();
        if (!storeSecret(db, userId, secret, false, nowMs))
            return Failure::databaseUnavailable();
        started.enrolmentUri = Totp::uri(secret, QString::fromUtf8(kIssuer), email);
        started.enrolmentSecret = Totp::base32(secret);
    }
    started.challenge = TokenService::newToken();
    started.expiresIn = challengeTtlMs / 1000;
    q.prepare(u"INSERT INTO sign_in_challenges (user_id, token_hash, remember, attempts, used, expires_at) "
              u"VALUES (?, ?, ?, 0, 0, ?)"_s);
    q.addBindValue(userId);
    q.addBindValue(TokenService::hashToken(started.challenge));
    q.addBindValue(remember ? 1 : 0);
    q.addBindValue(nowMs + challengeTtlMs);
    if (!q.exec())
        return Failure::databaseUnavailable();
    // Challenges of the past are of no use (kept a day for investigations).
    q.prepare(u"DELETE FROM sign_in_challenges WHERE user_id = ? AND expires_at < ?"_s);
    q.addBindValue(userId);
    q.addBindValue(nowMs - 86'400'000);
    if (!q.exec() || !transaction.commit())
        return Failure::databaseUnavailable();
    return started;
}

Result<SecondFactor::Challenge> SecondFactor::reserveAttempt(QSqlDatabase& db, const QString& challenge,
                                                             qint64 nowMs) const {
    const QString hash = TokenService::hashToken(challenge);
    QSqlQuery q(db);
    // Conditional, so parallel requests with one challenge cannot pass its limit.
    q.prepare(u"UPDATE sign_in_challenges SET attempts = attempts + 1 WHERE token_hash = ? AND used = 0 AND "
              u"attempts < ? AND expires_at > ?"_s);
    q.addBindValue(hash);
    q.addBindValue(maxWrongPerChallenge);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (q.numRowsAffected() != 1)
        return expired();
    q.prepare(u"SELECT c.id, c.user_id, c.remember, c.attempts FROM sign_in_challenges c "
              u"JOIN users u ON u.id = c.user_id WHERE c.token_hash = ? AND u.disabled = 0"_s);
    q.addBindValue(hash);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (!q.next())
        return expired();
    return Challenge{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt() != 0, q.value(3).toInt()};
}

Result<SecondFactor::Completed> SecondFactor::complete(QSqlDatabase& db, const QString& challenge, const QString& code,
                                                       const QString& recoveryCode, const QString& field,
                                                       qint64 nowMs) const {
    if (!m_key)
        return keyMissing();
    WriteTransaction transaction(m_database, db);
    if (!transaction.begun())
        return Failure::databaseUnavailable();
    const auto reserved = reserveAttempt(db, challenge, nowMs);
    if (!reserved)
        return reserved.failure();
    const QString subject = QString::number(reserved->userId);
    if (const auto allowed = RateLimiter::check(db, wrongCodeRule(), subject, nowMs); !allowed) {
        if (!transaction.commit()) // the reserved attempt counts
            return Failure::databaseUnavailable();
        return allowed.failure();
    }
    Completed completed;
    const auto right = verify(db, reserved->userId, code, recoveryCode, nowMs, &completed.recoveryCodes);
    if (!right)
        return right.failure();
    QSqlQuery q(db);
    if (!*right) {
        if (!RateLimiter::record(db, wrongCodeRule().kind, subject, nowMs) || !transaction.commit())
            return Failure::databaseUnavailable();
        qCInfo(lcSecondFactor) << "user" << reserved->userId << "gave a wrong second-factor code";
        return Failure::of(422, errc::secondFactorInvalid, field, {},
                           {{u"attemptsLeft"_s, maxWrongPerChallenge - reserved->attempts}});
    }
    q.prepare(u"UPDATE sign_in_challenges SET used = 1 WHERE id = ? AND used = 0"_s);
    q.addBindValue(reserved->id);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (q.numRowsAffected() != 1)
        return expired();
    if (!transaction.commit())
        return Failure::databaseUnavailable();
    completed.userId = reserved->userId;
    completed.remember = reserved->remember;
    return completed;
}

Result<bool> SecondFactor::verify(QSqlDatabase& db, qint64 userId, const QString& code, const QString& recoveryCode,
                                  qint64 nowMs, QStringList* recoveryCodes) const {
    QSqlQuery q(db);
    if (!recoveryCode.isEmpty()) {
        q.prepare(
            u"UPDATE operator_recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at = 0"_s);
        q.addBindValue(nowMs);
        q.addBindValue(userId);
        q.addBindValue(recoveryCodeHash(recoveryCode));
        if (!q.exec())
            return Failure::databaseUnavailable();
        const bool used = q.numRowsAffected() == 1;
        if (used)
            qCInfo(lcSecondFactor) << "user" << userId << "signed in with a recovery code";
        return used;
    }
    q.prepare(u"SELECT sealed_secret, confirmed, last_step FROM operator_totp WHERE user_id = ?"_s);
    q.addBindValue(userId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (!q.next())
        return false; // reset meanwhile: no code can be right
    const auto secret = m_key->open(q.value(0).toString());
    const bool confirmed = q.value(1).toInt() != 0;
    const qint64 lastStep = q.value(2).toLongLong();
    if (!secret) {
        qCCritical(lcSecondFactor) << "the TOTP secret of user" << userId
                                   << "does not open with the server key (another totp-key-file?)";
        return Failure::of(503, errc::serviceUnavailable);
    }
    const auto step = Totp::matchingStep(*secret, code, nowMs, lastStep);
    if (!step)
        return false;
    // Conditional on the step: of two requests with one code only the first wins (RFC 6238 §5.2).
    q.prepare(u"UPDATE operator_totp SET last_step = ?, confirmed = 1 WHERE user_id = ? AND last_step < ?"_s);
    q.addBindValue(*step);
    q.addBindValue(userId);
    q.addBindValue(*step);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (q.numRowsAffected() != 1)
        return false;
    if (!confirmed) {
        auto codes = issueRecoveryCodes(db, userId);
        if (!codes)
            return codes.failure();
        *recoveryCodes = std::move(*codes);
        qCInfo(lcSecondFactor) << "user" << userId << "enrolled a second factor";
    }
    return true;
}

Result<QStringList> SecondFactor::issueRecoveryCodes(QSqlDatabase& db, qint64 userId) const {
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM operator_recovery_codes WHERE user_id = ?"_s);
    q.addBindValue(userId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    QStringList codes;
    q.prepare(u"INSERT INTO operator_recovery_codes (user_id, code_hash, used_at) VALUES (?, ?, 0)"_s);
    for (int i = 0; i < recoveryCodeCount; ++i) {
        codes << newRecoveryCode();
        q.addBindValue(userId);
        q.addBindValue(recoveryCodeHash(codes.last()));
        if (!q.exec())
            return Failure::databaseUnavailable();
    }
    return codes;
}

Result<Done> SecondFactor::enrolConfirmed(QSqlDatabase& db, qint64 userId, const QByteArray& secret,
                                          qint64 nowMs) const {
    if (!m_key)
        return keyMissing();
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM operator_totp WHERE user_id = ?"_s);
    q.addBindValue(userId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (q.next())
        return Done{};
    if (!storeSecret(db, userId, secret, true, nowMs))
        return Failure::databaseUnavailable();
    return Done{};
}

bool SecondFactor::storeSecret(QSqlDatabase& db, qint64 userId, const QByteArray& secret, bool confirmed,
                               qint64 nowMs) const {
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO operator_totp (user_id, sealed_secret, confirmed, last_step, created_at) "
              u"VALUES (?, ?, ?, 0, ?)"_s);
    q.addBindValue(userId);
    q.addBindValue(m_key->seal(secret));
    q.addBindValue(confirmed ? 1 : 0);
    q.addBindValue(nowMs);
    return q.exec();
}

Result<Done> SecondFactor::reset(QSqlDatabase& db, qint64 userId) {
    QSqlQuery q(db);
    for (const QString& table : {u"operator_totp"_s, u"operator_recovery_codes"_s, u"sign_in_challenges"_s}) {
        q.prepare(u"DELETE FROM "_s + table + u" WHERE user_id = ?"_s);
        q.addBindValue(userId);
        if (!q.exec())
            return Failure::databaseUnavailable();
    }
    return Done{};
}

} // namespace lkk::server
