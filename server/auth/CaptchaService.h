#pragma once

#include "server/Result.h"

#include <QByteArray>
#include <QImage>
#include <QSqlDatabase>
#include <QString>

namespace lkk::server {

// Server-drawn image challenge: random digits painted as jittered strokes (QPainterPath, no fonts,
// so no QGuiApplication is needed) over noise. Single use, expiring; only a hash of the answer is
// stored.
class CaptchaService {
public:
    explicit CaptchaService(qint64 ttlSeconds, int digits = 5);

    struct Challenge {
        QString id;
        QByteArray png;
        QString answer; // exposed only in --environment test with --test-expose-captcha
        qint64 expiresIn = 0;
    };

    // A new challenge, stored (expired ones go); the failure: the database's (503).
    Result<Challenge> create(QSqlDatabase& db, qint64 nowMs) const;
    // Consumes the challenge whatever the answer (single use): whether the answer was right in time.
    Result<bool> consume(QSqlDatabase& db, const QString& id, const QString& answer, qint64 nowMs) const;
    // consume(), with a wrong, late or unknown answer as the failure 403 captcha_invalid on the
    // field captchaAnswer.
    Result<Done> requireSolved(QSqlDatabase& db, const QString& id, const QString& answer, qint64 nowMs) const;

    static QImage render(const QString& digits);
    static QString answerHash(const QString& id, const QString& answer);

private:
    qint64 m_ttlMs;
    int m_digits;
};

} // namespace lkk::server
