#include "server/auth/CaptchaService.h"

#include "server/Sha256Hex.h"
#include "server/auth/TokenService.h"

#include <QBuffer>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTransform>
#include <QVariant>

#include <algorithm>

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int kWidth = 200;
constexpr int kHeight = 70;

// One digit as strokes in a unit box (x right, y down), every point jittered a little.
QPainterPath digitPath(int digit, QRandomGenerator& rng) {
    auto j = [&rng](double x, double y) {
        return QPointF(x + (rng.generateDouble() - 0.5) * 0.12, y + (rng.generateDouble() - 0.5) * 0.12);
    };
    QPainterPath p;
    switch (digit) {
    case 0:
        p.addEllipse(QRectF(j(0.1, 0.0), j(0.9, 1.0)));
        break;
    case 1:
        p.moveTo(j(0.25, 0.25));
        p.lineTo(j(0.55, 0.0));
        p.lineTo(j(0.55, 1.0));
        break;
    case 2:
        p.moveTo(j(0.1, 0.25));
        p.quadTo(j(0.5, -0.15), j(0.85, 0.25));
        p.quadTo(j(0.85, 0.5), j(0.1, 1.0));
        p.lineTo(j(0.9, 1.0));
        break;
    case 3:
        p.moveTo(j(0.1, 0.05));
        p.lineTo(j(0.85, 0.05));
        p.lineTo(j(0.4, 0.45));
        p.quadTo(j(1.0, 0.45), j(0.85, 0.8));
        p.quadTo(j(0.6, 1.1), j(0.1, 0.9));
        break;
    case 4:
        p.moveTo(j(0.7, 1.0));
        p.lineTo(j(0.7, 0.0));
        p.lineTo(j(0.05, 0.7));
        p.lineTo(j(0.95, 0.7));
        break;
    case 5:
        p.moveTo(j(0.85, 0.0));
        p.lineTo(j(0.2, 0.0));
        p.lineTo(j(0.15, 0.45));
        p.cubicTo(j(0.95, 0.3), j(1.0, 1.05), j(0.1, 0.95));
        break;
    case 6:
        p.moveTo(j(0.8, 0.0));
        p.quadTo(j(0.15, 0.3), j(0.15, 0.7));
        p.addEllipse(QRectF(j(0.15, 0.45), j(0.85, 1.0)));
        break;
    case 7:
        p.moveTo(j(0.1, 0.0));
        p.lineTo(j(0.9, 0.0));
        p.lineTo(j(0.35, 1.0));
        break;
    case 8:
        p.addEllipse(QRectF(j(0.2, 0.0), j(0.8, 0.45)));
        p.addEllipse(QRectF(j(0.1, 0.45), j(0.9, 1.0)));
        break;
    default: // 9
        p.addEllipse(QRectF(j(0.15, 0.0), j(0.85, 0.55)));
        p.moveTo(j(0.85, 0.3));
        p.quadTo(j(0.85, 0.8), j(0.25, 1.0));
        break;
    }
    return p;
}

// The digit moved (and, if need be, shrunk about its centre) so that its strokes, `pen` wide, lie
// whole inside the picture: the random rotation and jitter must never cut a digit at the edge
// (a 7 without its top reads as 1).
QPainterPath insidePicture(const QPainterPath& digit, double pen) {
    const double margin = pen / 2 + 3;
    const QRectF room = QRectF(0, 0, kWidth, kHeight).adjusted(margin, margin, -margin, -margin);
    const QRectF box = digit.boundingRect();
    if (box.isEmpty())
        return digit;
    const double shrink = std::min({1.0, room.width() / box.width(), room.height() / box.height()});
    QTransform toRoom;
    const QPointF centre = box.center();
    toRoom.translate(centre.x(), centre.y());
    toRoom.scale(shrink, shrink);
    toRoom.translate(-centre.x(), -centre.y());
    const QRectF shrunk = toRoom.mapRect(box);
    const double dx = std::max(0.0, room.left() - shrunk.left()) + std::min(0.0, room.right() - shrunk.right());
    const double dy = std::max(0.0, room.top() - shrunk.top()) + std::min(0.0, room.bottom() - shrunk.bottom());
    return (toRoom * QTransform::fromTranslate(dx, dy)).map(digit);
}

} // namespace

CaptchaService::CaptchaService(qint64 ttlSeconds, int digits)
    : m_ttlMs(ttlSeconds * 1000)
    , m_digits(digits) {}

QString CaptchaService::answerHash(const QString& id, const QString& answer) {
    return sha256Hex((id + u':' + answer).toUtf8());
}

QImage CaptchaService::render(const QString& digits) {
    QRandomGenerator rng(QRandomGenerator::system()->generate());
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    image.fill(QColor(246, 246, 240));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Background noise: dots and faint curves.
    for (int i = 0; i < 250; ++i) {
        painter.setPen(QPen(QColor::fromHsv(rng.bounded(360), 60, 120 + rng.bounded(100)), 1.0 + rng.generateDouble()));
        painter.drawPoint(QPointF(rng.bounded(kWidth), rng.bounded(kHeight)));
    }
    const double cell = double(kWidth - 20) / double(std::max<qsizetype>(1, digits.size()));
    for (qsizetype i = 0; i < digits.size(); ++i) {
        QTransform t;
        t.translate(10 + cell * double(i) + cell * 0.15 + rng.bounded(6) - 3, 10 + rng.bounded(10) - 5);
        t.rotate(rng.bounded(30) - 15);
        t.shear((rng.generateDouble() - 0.5) * 0.3, 0);
        t.scale(cell * (0.55 + rng.generateDouble() * 0.15), 45 + rng.bounded(8));
        const double pen = 2.5 + rng.generateDouble() * 1.5;
        const QPainterPath path = insidePicture(t.map(digitPath(digits.at(i).digitValue(), rng)), pen);
        painter.setPen(
            QPen(QColor::fromHsv(rng.bounded(360), 160, 90), pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    // Strike-through curves over the digits.
    for (int i = 0; i < 3; ++i) {
        QPainterPath line;
        line.moveTo(0, rng.bounded(kHeight));
        line.cubicTo(rng.bounded(kWidth), rng.bounded(kHeight), rng.bounded(kWidth), rng.bounded(kHeight), kWidth,
                     rng.bounded(kHeight));
        painter.setPen(QPen(QColor::fromHsv(rng.bounded(360), 120, 110), 1.2));
        painter.drawPath(line);
    }
    painter.end();
    return image;
}

Result<CaptchaService::Challenge> CaptchaService::create(QSqlDatabase& db, qint64 nowMs) const {
    Challenge c;
    c.id = TokenService::newToken();
    for (int i = 0; i < m_digits; ++i)
        c.answer += QChar(u'0' + QRandomGenerator::system()->bounded(10));
    c.expiresIn = m_ttlMs / 1000;
    QBuffer buffer(&c.png);
    buffer.open(QIODevice::WriteOnly);
    if (!render(c.answer).save(&buffer, "PNG")) // Qt's own PNG writer: only out of memory
        return Failure::of(503, errc::serviceUnavailable);

    QSqlQuery q(db);
    q.prepare(u"DELETE FROM captchas WHERE expires_at < ?"_s);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Failure::databaseUnavailable();
    q.prepare(u"INSERT INTO captchas (id, answer_hash, expires_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(c.id);
    q.addBindValue(answerHash(c.id, c.answer));
    q.addBindValue(nowMs + m_ttlMs);
    if (!q.exec())
        return Failure::databaseUnavailable();
    return c;
}

Result<bool> CaptchaService::consume(QSqlDatabase& db, const QString& id, const QString& answer, qint64 nowMs) const {
    if (id.isEmpty() || id.size() > 100)
        return false;
    QSqlQuery q(db);
    q.prepare(u"SELECT answer_hash, expires_at FROM captchas WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (!q.next())
        return false;
    const QString storedHash = q.value(0).toString();
    const qint64 expiresAt = q.value(1).toLongLong();
    q.prepare(u"DELETE FROM captchas WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Failure::databaseUnavailable();
    // Whoever deletes the row owns the answer: a second use of the same id fails.
    if (q.numRowsAffected() != 1 || expiresAt <= nowMs)
        return false;
    return storedHash == answerHash(id, answer.trimmed());
}

Result<Done> CaptchaService::requireSolved(QSqlDatabase& db, const QString& id, const QString& answer,
                                           qint64 nowMs) const {
    const Result<bool> solved = consume(db, id, answer, nowMs);
    if (!solved)
        return solved.failure();
    if (!*solved)
        return Failure::of(403, errc::captchaInvalid, u"captchaAnswer"_s);
    return Done{};
}

} // namespace lkk::server
