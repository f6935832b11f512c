#pragma once

#include <QByteArray>
#include <QImage>
#include <QSqlDatabase>
#include <QString>
#include <optional>

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

    std::optional<Challenge> create(QSqlDatabase& db, qint64 nowMs) const;
    // Consumes the challenge whatever the answer (single use). nullopt on a database error.
    std::optional<bool> consume(QSqlDatabase& db, const QString& id, const QString& answer, qint64 nowMs) const;

    static QImage render(const QString& digits);
    static QString answerHash(const QString& id, const QString& answer);

private:
    qint64 m_ttlMs;
    int m_digits;
};

} // namespace lkk::server
