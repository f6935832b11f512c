#include "server/http/HttpResponder.h"

#include "server/http/HttpConnection.h"

#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcResponder, "lkk.server.http")

namespace lkk::server {

namespace detail {

void ConnectionLink::detach() {
    const QMutexLocker lock(&m_mutex);
    m_connection = nullptr;
}

bool ConnectionLink::attached() const {
    const QMutexLocker lock(&m_mutex);
    return m_connection != nullptr;
}

void ConnectionLink::deliver(quint64 sequence, std::optional<HttpResponse> response) {
    QMutexLocker lock(&m_mutex); // the connection cannot detach (and go) while we post
    HttpConnection* connection = m_connection;
    if (!connection)
        return;
    if (connection->thread() == QThread::currentThread()) {
        // On its own thread nothing can delete it while this runs: a direct call, without a
        // queued call and a wake-up of the event loop.
        lock.unlock();
        connection->receiveResponse(sequence, std::move(response));
        return;
    }
    QMetaObject::invokeMethod(
        connection,
        [connection, sequence, response = std::move(response)]() mutable {
            connection->receiveResponse(sequence, std::move(response));
        },
        Qt::QueuedConnection);
}

ResponderState::~ResponderState() {
    if (!answered.load())
        link->deliver(sequence, std::nullopt);
}

} // namespace detail

void HttpResponder::send(HttpResponse response) const {
    if (m_state->answered.exchange(true)) {
        qCWarning(lcResponder) << "a request was answered twice; the second answer is dropped";
        return;
    }
    m_state->negotiation.apply(response);
    m_state->link->deliver(m_state->sequence, std::move(response));
}

bool HttpResponder::clientConnected() const {
    return m_state->link->attached();
}

} // namespace lkk::server
