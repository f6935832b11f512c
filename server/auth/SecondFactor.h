#pragma once

#include "server/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace lkk::server {

class Database;
class SecretKey;

// The second sign-in step of operators and supervisors (docs/security.md, «Operators»): a right
// password gives a challenge, not a session; the challenge and a TOTP code (Totp) or a one-time
// recovery code give the session. The first sign-in enrols: it makes a new secret (sealed with the
// server key) and answers its otpauth:// URI; the first right code confirms it and gives the ten
// recovery codes, shown once. Wrong codes are limited per challenge (5, then a new sign-in with
// the password) and per person (10 within 15 minutes, then 429 for every challenge of theirs).
class SecondFactor {
public:
    static constexpr qint64 challengeTtlMs = 5 * 60 * 1000;
    static constexpr int maxWrongPerChallenge = 5;
    static constexpr int maxWrongPerUser = 10;
    static constexpr qint64 wrongWindowMs = 15 * 60 * 1000;
    static constexpr int recoveryCodeCount = 10;

    // key: null when the server has none (then sign-in of operators answers 503).
    SecondFactor(Database& database, const SecretKey* key);

    struct Started {
        QString challenge;
        qint64 expiresIn = 0;    // seconds
        QString enrolmentUri;    // otpauth://…, only while the person has no confirmed secret
        QString enrolmentSecret; // the same secret in base32, for typing it in
    };
    Result<Started> start(QSqlDatabase& db, qint64 userId, const QString& email, bool remember, qint64 nowMs) const;

    struct Completed {
        qint64 userId = 0;
        bool remember = false;
        QStringList recoveryCodes; // only when this step confirmed an enrolment
    };
    // Exactly one of code and recoveryCode is non-empty (the caller checked). 401 sign_in_expired,
    // 422 second_factor_invalid (on `field`, details.attemptsLeft), 429, 503.
    Result<Completed> complete(QSqlDatabase& db, const QString& challenge, const QString& code,
                               const QString& recoveryCode, const QString& field, qint64 nowMs) const;

    // Seals a secret that counts as confirmed (the demo operator's published one), unless the
    // person has one already.
    Result<Done> enrolConfirmed(QSqlDatabase& db, qint64 userId, const QByteArray& secret, qint64 nowMs) const;
    // Forgets the person's secret and recovery codes: the next sign-in enrols again.
    static Result<Done> reset(QSqlDatabase& db, qint64 userId);

    // "abcde-fghij": 10 characters of an alphabet without look-alikes (50 bits).
    static QString newRecoveryCode();
    // The stored form of a recovery code as typed (case, spaces and dashes do not matter).
    static QString recoveryCodeHash(const QString& typed);

private:
    struct Challenge {
        qint64 id = 0;
        qint64 userId = 0;
        bool remember = false;
        int attempts = 0; // after this one's reservation
    };
    Result<Challenge> reserveAttempt(QSqlDatabase& db, const QString& challenge, qint64 nowMs) const;
    // Whether the code is right; a right one is recorded (its step, or the recovery code used).
    // recoveryCodes is filled when a TOTP code confirmed the enrolment.
    Result<bool> verify(QSqlDatabase& db, qint64 userId, const QString& code, const QString& recoveryCode, qint64 nowMs,
                        QStringList* recoveryCodes) const;
    Result<QStringList> issueRecoveryCodes(QSqlDatabase& db, qint64 userId) const;
    // Seals and stores the person's secret; false on a database error.
    bool storeSecret(QSqlDatabase& db, qint64 userId, const QByteArray& secret, bool confirmed, qint64 nowMs) const;

    Database& m_database;
    const SecretKey* m_key;
};

} // namespace lkk::server
