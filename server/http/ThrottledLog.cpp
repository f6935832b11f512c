#include "server/http/ThrottledLog.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcThrottled, "lkk.server.http")

namespace lkk::server {

using namespace Qt::StringLiterals;

ThrottledLog::ThrottledLog(int intervalMs, QObject* parent)
    : QObject(parent)
    , m_intervalMs(intervalMs) {
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &ThrottledLog::flush);
}

void ThrottledLog::note(const QString& kind, const QString& detail) {
    Kind& k = m_kinds[kind];
    if (!k.lastLogged.isValid() || k.lastLogged.elapsed() >= m_intervalMs) {
        qCWarning(lcThrottled).noquote() << kind + u": "_s + detail;
        k.lastLogged.start();
        return;
    }
    ++k.suppressed;
    if (!m_flush.isActive())
        m_flush.start(int(m_intervalMs - k.lastLogged.elapsed()));
}

void ThrottledLog::flush() {
    qint64 next = -1; // ms until the next kind's interval ends, if one has a count waiting
    for (auto it = m_kinds.begin(); it != m_kinds.end(); ++it) {
        Kind& k = it.value();
        if (k.suppressed == 0)
            continue;
        const qint64 left = m_intervalMs - k.lastLogged.elapsed();
        if (left > 0) {
            next = next < 0 ? left : std::min(next, left);
            continue;
        }
        qCWarning(lcThrottled).noquote() << QStringLiteral("%1: %2 more in the last %3 s")
                                                .arg(it.key())
                                                .arg(k.suppressed)
                                                .arg(m_intervalMs / 1000.0);
        k.suppressed = 0;
        k.lastLogged.start();
    }
    if (next >= 0)
        m_flush.start(int(next));
}

} // namespace lkk::server
