#pragma once

#include "app/api/ApiError.h"
#include "app/payments/PaymentDtos.h"

#include <QObject>
#include <chrono>

namespace lkk {

class ClockTimer;
class Session;

// Follows one payment order until the bank's answer (manual, section 7: after the bank page):
// polls GET /payment-orders/{id} every pollInterval while it is pending or processing, backs off
// (doubling up to maxBackoff) while the network fails, and stops at a final state — paid,
// declined, expired or cancelled. cancel() asks the server to cancel a pending order; when the
// server says it is too late (order_not_cancellable) the tracker keeps following it. The waits
// run on the session's clock.
class PaymentOrderTracker : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,       // nothing tracked
        Waiting,    // pending or processing: polling
        Cancelling, // cancel sent, answer awaited (polling goes on)
        Finished,   // the order reached a final state (see order().status)
        Lost,       // the server does not know the order (404): nothing more to follow
    };
    Q_ENUM(State)

    explicit PaymentOrderTracker(Session* session, QObject* parent = nullptr);
    ~PaymentOrderTracker() override;

    void setPollInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    void setMaxBackoff(std::chrono::milliseconds backoff) { m_maxBackoff = backoff; }
    std::chrono::milliseconds pollInterval() const { return m_interval; }

    // Starts following `order` (already final: finished() at once, asynchronously).
    void track(const PaymentOrder& order);
    // Starts from an id only (a draft after a restart): the first poll runs at once.
    void trackId(const QString& orderId);
    void cancel();
    void stop(); // forget the order; answers in flight are dropped

    State state() const { return m_state; }
    const PaymentOrder& order() const { return m_order; }
    // The delay before the next poll (grows while the network fails).
    std::chrono::milliseconds nextPollDelay() const { return m_delay; }

signals:
    void stateChanged(lkk::PaymentOrderTracker::State state);
    void orderChanged(const lkk::PaymentOrder& order);
    void finished(const lkk::PaymentOrder& order);
    // A poll failed; the tracker tries again after `retryIn`.
    void pollFailed(const lkk::ApiError& error, std::chrono::milliseconds retryIn);
    void cancelFailed(const lkk::ApiError& error);
    void lost(const lkk::ApiError& error);

private:
    void poll();
    void schedule(std::chrono::milliseconds delay);
    void accept(const PaymentOrder& order);
    void setState(State state);

    Session* m_session;
    ClockTimer* m_timer;
    PaymentOrder m_order;
    State m_state = State::Idle;
    std::chrono::milliseconds m_interval{2000};
    std::chrono::milliseconds m_maxBackoff{30000};
    std::chrono::milliseconds m_delay{2000};
    quint64 m_generation = 0; // bumped by track/stop: answers of an older generation are ignored
    bool m_polling = false;
};

} // namespace lkk
