#pragma once

#include "server/http/HttpMessage.h"
#include "server/http/HttpNegotiation.h"

#include <QMutex>
#include <atomic>
#include <memory>
#include <optional>

namespace lkk::server {

class HttpConnection;

namespace detail {

// The connection as seen from the threads that answer its requests. The connection detaches it
// when it goes; a delivery takes the same lock, so it either reaches a live connection (as a
// queued call, which Qt drops if the connection is deleted before it runs) or nothing.
class ConnectionLink {
public:
    explicit ConnectionLink(HttpConnection* connection)
        : m_connection(connection) {}
    void detach();
    bool attached() const;
    // std::nullopt: the request's handler dropped every responder without answering.
    void deliver(quint64 sequence, std::optional<HttpResponse> response);

private:
    mutable QMutex m_mutex;
    HttpConnection* m_connection;
};

struct ResponderState {
    ResponderState(std::shared_ptr<ConnectionLink> connectionLink, quint64 requestSequence,
                   HttpNegotiation requestNegotiation)
        : link(std::move(connectionLink))
        , sequence(requestSequence)
        , negotiation(std::move(requestNegotiation)) {}
    ~ResponderState();

    std::shared_ptr<ConnectionLink> link;
    quint64 sequence; // which request of the connection this answers
    HttpNegotiation negotiation;
    std::atomic<bool> answered = false;
};

} // namespace detail

// Answers one request. Copyable (handlers run as std::function on a QThreadPool); all copies share
// one answer: the first send() counts, later ones are ignored with a warning. send() may be called
// from any thread, also after the client has gone (the response is then dropped). No QFuture is
// involved: QtCore 6.4.2 can run a QFuture::then() continuation twice (docs/architecture.md).
// If every copy is destroyed unanswered, the client gets a 500 and the connection is closed, so a
// lost answer never leaves a client waiting.
// send() also turns the response into a 304 or compresses it (HttpNegotiation), on its caller's
// thread, so the server thread never compresses.
class HttpResponder {
public:
    void send(HttpResponse response) const;
    // Whether the client is still connected: a hint to skip work, it may go at any moment.
    bool clientConnected() const;

private:
    friend class HttpConnection;
    explicit HttpResponder(std::shared_ptr<detail::ResponderState> state)
        : m_state(std::move(state)) {}

    std::shared_ptr<detail::ResponderState> m_state;
};

} // namespace lkk::server
