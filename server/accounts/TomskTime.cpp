#include "server/accounts/TomskTime.h"

#include <QDateTime>
#include <QTimeZone>

namespace lkk::server::accounts {

using namespace Qt::StringLiterals;

namespace {
QTimeZone tomsk() {
    // Without the tz database (a stripped container) the fixed offset is still right: no DST since 2016.
    static const QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Tomsk")).isValid()
                                      ? QTimeZone(QByteArrayLiteral("Asia/Tomsk"))
                                      : QTimeZone(7 * 3600);
    return zone;
}

QDateTime local(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(tomsk());
}
} // namespace

QDate TomskTime::today(qint64 nowMs) {
    return local(nowMs).date();
}

QString TomskTime::display(qint64 ms) {
    return local(ms).toString(u"dd.MM.yyyy HH:mm"_s);
}

QString TomskTime::isoUtc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

qint64 TomskTime::startOfDayMs(const QDate& date) {
    return QDateTime(date, QTime(0, 0), tomsk()).toMSecsSinceEpoch();
}

} // namespace lkk::server::accounts
