#include "app/payments/PaymentOrderTracker.h"

#include "app/payments/PaymentOperations.h"
#include "app/payments/PaymentsLogging.h"
#include "app/session/Session.h"
#include "shared/ErrorCodes.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

// Worth trying again later: the network, a timeout, the server's own trouble, rate limiting.
bool isTransient(const ApiError& e) {
    return e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout ||
           (e.kind == ApiError::Kind::Http && (e.httpStatus >= 500 || e.httpStatus == 429));
}

} // namespace

PaymentOrderTracker::PaymentOrderTracker(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(session->clock().createTimer(this)) {
    connect(m_timer, &ClockTimer::timeout, this, &PaymentOrderTracker::poll);
}

PaymentOrderTracker::~PaymentOrderTracker() = default;

void PaymentOrderTracker::track(const PaymentOrder& order) {
    stop();
    m_order = order;
    m_delay = m_interval;
    if (order.isFinal()) {
        setState(State::Finished);
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                emit finished(m_order);
        });
        return;
    }
    setState(State::Waiting);
    schedule(m_interval);
}

void PaymentOrderTracker::trackId(const QString& orderId) {
    stop();
    m_order = PaymentOrder();
    m_order.id = orderId;
    m_delay = m_interval;
    setState(State::Waiting);
    schedule(std::chrono::milliseconds(0));
}

void PaymentOrderTracker::stop() {
    ++m_generation;
    m_timer->stop();
    m_polling = false;
    setState(State::Idle);
}

void PaymentOrderTracker::schedule(std::chrono::milliseconds delay) {
    m_timer->start(delay);
}

void PaymentOrderTracker::poll() {
    if (m_state != State::Waiting && m_state != State::Cancelling)
        return;
    if (m_polling)
        return;
    m_polling = true;
    const quint64 generation = m_generation;
    m_session->authorized(GetPaymentOrderOperation{m_order.id}, this, [this, generation](Result<PaymentOrder> result) {
        if (generation != m_generation)
            return;
        m_polling = false;
        if (m_state == State::Finished)
            return;
        if (result) {
            m_delay = m_interval;
            accept(result.value());
            if (m_state != State::Finished)
                schedule(m_interval);
            return;
        }
        const ApiError& e = result.error();
        if (e.kind == ApiError::Kind::Http && e.httpStatus == 404) {
            qCWarning(lcPayments) << "order" << m_order.id << "is unknown to the server";
            setState(State::Lost);
            emit lost(e);
            return;
        }
        // Back off while the server cannot be reached; other errors too, but
        // without growing (the server answered, it may recover at once).
        if (isTransient(e))
            m_delay = std::min(m_delay * 2, m_maxBackoff);
        qCInfo(lcPayments) << "order poll failed, retry in" << m_delay.count() << "ms";
        emit pollFailed(e, m_delay);
        schedule(m_delay);
    });
}

void PaymentOrderTracker::cancel() {
    if (m_state != State::Waiting)
        return;
    setState(State::Cancelling);
    const quint64 generation = m_generation;
    m_session->authorized(CancelPaymentOrderOperation{m_order.id}, this,
                          [this, generation](Result<PaymentOrder> result) {
                              if (generation != m_generation || m_state == State::Finished)
                                  return;
                              if (result) {
                                  accept(result.value());
                                  if (m_state == State::Cancelling)
                                      setState(State::Waiting);
                                  return;
                              }
                              // Too late (processing or already final) or no answer: keep
                              // following; the next poll tells what happened.
                              setState(State::Waiting);
                              emit cancelFailed(result.error());
                              m_timer->stop();
                              schedule(std::chrono::milliseconds(0));
                          });
}

void PaymentOrderTracker::accept(const PaymentOrder& order) {
    const bool changed = order.status != m_order.status || order.id != m_order.id || m_order.paymentUrl.isEmpty();
    m_order = order;
    if (changed)
        emit orderChanged(m_order);
    if (m_order.isFinal()) {
        m_timer->stop();
        setState(State::Finished);
        qCInfo(lcPayments) << "order" << m_order.id << "finished:" << orderStatusToWire(m_order.status);
        emit finished(m_order);
    }
}

void PaymentOrderTracker::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace lkk
