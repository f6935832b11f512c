#include "Clock.h"

#include <QDateTime>

namespace lkk::server {

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace lkk::server
