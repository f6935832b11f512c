#include "server/http/HttpResponder.h"

#include "server/http/HttpConnection.h"

#include <QLoggingCategory>

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
    const QMutexLocker lock(&m_mutex); // the connection cannot detach (and go) while we post
    if (!m_connection)
        return;
    HttpConnection* connection = m_connection;
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
