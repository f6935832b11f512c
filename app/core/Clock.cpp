#include "app/core/Clock.h"

#include <QTimer>

namespace lkk {

namespace {

class SystemTimer : public ClockTimer {
public:
    explicit SystemTimer(QObject* parent)
        : ClockTimer(parent) {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ClockTimer::timeout);
    }

    void start(std::chrono::milliseconds delay) override { m_timer.start(delay); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

class SystemClock : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    ClockTimer* createTimer(QObject* parent) override { return new SystemTimer(parent); }
};

} // namespace

Clock& Clock::system() {
    static SystemClock clock;
    return clock;
}

} // namespace lkk
