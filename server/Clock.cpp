#include "server/Clock.h"

#include <QDateTime>

#include <atomic>

namespace lkk::server {

namespace {
std::atomic<qint64> g_offsetMs{0};
std::atomic<bool> g_testClock{false};
} // namespace

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch() + g_offsetMs.load(std::memory_order_relaxed);
}

void setTestClock(qint64 ms) {
    g_offsetMs.store(ms - QDateTime::currentMSecsSinceEpoch(), std::memory_order_relaxed);
    g_testClock.store(true, std::memory_order_relaxed);
}

bool testClockSet() {
    return g_testClock.load(std::memory_order_relaxed);
}

} // namespace lkk::server
