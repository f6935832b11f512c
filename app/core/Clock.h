#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>

namespace lkk {

// A single-shot timer on a Clock: start() arms it (again: the new delay replaces the old one),
// timeout() comes once the clock has passed the deadline. What QTimer::setSingleShot(true) does,
// on a clock that a test can move.
class ClockTimer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start(std::chrono::milliseconds delay) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    void timeout();
};

// The time the client core reads and waits for: token lifetimes, poll intervals, retry delays.
// The application runs on Clock::system(); tests hand the Session a clock they move forward
// themselves (tests/support/ManualClock), so nothing in them waits for real time to pass.
class Clock {
public:
    virtual ~Clock() = default;

    virtual QDateTime now() const = 0; // UTC
    // A new single-shot timer on this clock, owned by `parent`.
    virtual ClockTimer* createTimer(QObject* parent) = 0;

    // QDateTime::currentDateTimeUtc() and QTimer.
    static Clock& system();
};

} // namespace lkk
