#pragma once

// Header-only, for every test that links lkk-core.
#include "app/core/Clock.h"

#include <QList>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace lkk::test {

// A Clock that stands still until the test moves it: hand it to the Session (and so to the
// payment order tracker and the readings outbox), then advance() instead of waiting. A timer that
// is already due (a zero delay) fires from the event loop, as a QTimer would; the others fire
// inside advance().
class ManualClock : public Clock {
public:
    // An arbitrary fixed start, so that nothing depends on the day the test runs.
    static QDateTime defaultStart() { return QDateTime(QDate(2026, 11, 20), QTime(5, 0), QTimeZone::utc()); }

    explicit ManualClock(const QDateTime& start = defaultStart())
        : m_now(start.toUTC()) {}
    ~ManualClock() override {
        for (Timer* timer : std::as_const(m_timers))
            timer->m_clock = nullptr; // a timer that outlives the clock never fires again
    }
    ManualClock(const ManualClock&) = delete;
    ManualClock& operator=(const ManualClock&) = delete;

    QDateTime now() const override { return m_now; }
    ClockTimer* createTimer(QObject* parent) override { return new Timer(this, parent); }

    // Moves the time forward by `by`, firing on the way every timer that falls due, in the order
    // of their deadlines, each with now() at its own deadline.
    void advance(std::chrono::milliseconds by) {
        const QDateTime until = m_now.addMSecs(by.count());
        // One at a time: a timeout may arm, stop or delete timers.
        while (Timer* timer = nextDue(until)) {
            m_now = std::max(m_now, timer->m_deadline);
            timer->fire();
        }
        m_now = until;
    }

    // How many timers are armed (e.g. whether a retry is scheduled at all).
    int activeTimers() const {
        return static_cast<int>(
            std::count_if(m_timers.begin(), m_timers.end(), [](const Timer* t) { return t->m_active; }));
    }

private:
    class Timer : public ClockTimer {
    public:
        Timer(ManualClock* clock, QObject* parent)
            : ClockTimer(parent)
            , m_clock(clock) {
            m_clock->m_timers.append(this);
        }
        ~Timer() override {
            if (m_clock)
                m_clock->m_timers.removeOne(this);
        }

        void start(std::chrono::milliseconds delay) override {
            if (!m_clock)
                return;
            m_active = true;
            m_deadline = m_clock->m_now.addMSecs(delay.count());
            m_order = ++m_clock->m_armed;
            if (delay.count() <= 0) {
                // Due at once: from the event loop, like a zero QTimer (unless advance() comes first).
                QTimer::singleShot(0, this, [this, order = m_order] {
                    if (m_active && m_order == order)
                        fire();
                });
            }
        }
        void stop() override { m_active = false; }
        bool isActive() const override { return m_active; }

        void fire() {
            m_active = false;
            emit timeout();
        }

        ManualClock* m_clock;
        bool m_active = false;
        QDateTime m_deadline;
        quint64 m_order = 0; // arming order: of two timers with the same deadline, the first armed fires first
    };

    Timer* nextDue(const QDateTime& until) const {
        Timer* next = nullptr;
        for (Timer* timer : m_timers) {
            if (!timer->m_active || timer->m_deadline > until)
                continue;
            if (!next || timer->m_deadline < next->m_deadline ||
                (timer->m_deadline == next->m_deadline && timer->m_order < next->m_order))
                next = timer;
        }
        return next;
    }

    QDateTime m_now;
    QList<Timer*> m_timers;
    quint64 m_armed = 0;
};

} // namespace lkk::test
