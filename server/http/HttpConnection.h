#pragma once

#include "server/http/AccessLog.h"
#include "server/http/HttpRequestHandler.h"
#include "server/http/HttpRequestParser.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class QSslSocket;

namespace lkk::server {

// One client connection on the server thread: TLS handshake, then requests one at a time — the
// next request is read only when the previous response has been written, so pipelined requests
// are answered strictly in order and a connection holds at most one request in memory. Enforces
// the timeouts, the body limit the router chooses per request (413 without reading the body),
// Expect: 100-continue, Connection: close and HTTP/1.0; writes responses with Content-Length and
// Date; writes one access-log line for every request it refuses or the client abandons.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    struct Options {
        int handshakeTimeoutMs = 10'000; // accept → TLS handshake complete
        int headerTimeoutMs = 10'000;    // handshake → first head complete; a later request's first byte → its head
        int idleTimeoutMs = 60'000;      // keep-alive: response written → next request's first byte
        int bodyTimeoutMs = 30'000;      // no body byte for this long: 408
        int sendTimeoutMs = 30'000;      // the client reads nothing of its response for this long: closed
        // After a refusal, unread input (the rest of a refused body) is read and dropped — never
        // kept — until the client closes, for at most this long or this much, then we close.
        int lingerMs = 5'000;
        qint64 lingerBytes = 32 << 20;
        // The same for a connection turned away with 503 (server full): its request, if any, came
        // right after the handshake, and its place among the refusals is wanted for the next one.
        int fullLingerMs = 500;
        HttpRequestParser::Limits limits;
        std::function<void(const AccessLog::Record&)> accessLog; // refused and abandoned requests
    };
    // Connections closed without a request line to log: the server counts them (throttled log).
    enum class QuietClose { HandshakeFailed, NoRequestInTime, ClientNotReading };
    Q_ENUM(QuietClose)

    // Takes the socket (connected, TLS not yet started). `options` and `handler` must outlive it.
    HttpConnection(QSslSocket* socket, HttpRequestHandler& handler, const Options& options, QObject* parent = nullptr);
    ~HttpConnection() override;

    // Starts the TLS handshake. With a refusal (503 when the server is full), the connection
    // answers it right after the handshake without reading a request, then closes.
    void start(std::optional<HttpRefusal> refusal = std::nullopt, int retryAfterSeconds = 0);
    const QHostAddress& peer() const { return m_peer; }
    // IPv4-mapped IPv6 addresses as IPv4, so that one client counts once whichever way it came.
    static QHostAddress clientAddress(const QHostAddress& address);

signals:
    void closedQuietly(lkk::server::HttpConnection::QuietClose reason);
    // The socket is closed; emitted once. The owner deletes the connection (deleteLater).
    void finished();

private:
    friend class detail::ConnectionLink;
    enum class Phase { Handshake, ReadingHead, ReadingBody, Dispatched, Sending, Lingering, Closing, Closed };
    enum class Deadline { None, Handshake, Header, Idle, Body, Send, Linger };

    void onEncrypted();
    void onReadyRead();
    void onWritten();
    void onError();
    void onDisconnected();
    void onTimer();

    void readRequests();
    void onParserStatus(HttpRequestParser::Status status);
    void onHeadComplete();
    void dispatch();
    void receiveResponse(quint64 sequence, std::optional<HttpResponse> response);
    void answer(std::optional<HttpResponse> response);
    void refuse(const HttpRefusal& refusal, int retryAfterSeconds = 0);
    void send(const HttpResponse& response, bool keepAlive, bool linger);
    void nextRequest();
    void startLinger();
    void discardInput();
    void closeGracefully();
    void closeNow(std::optional<QuietClose> reason);
    void finish();
    void arm(Deadline deadline, int ms);
    void logRequest(int status, const char* code);
    void beginRequest();

    QSslSocket* m_socket;
    HttpRequestHandler& m_handler;
    const Options& m_options;
    QHostAddress m_peer;
    HttpRequestParser m_parser;
    std::shared_ptr<detail::ConnectionLink> m_link;
    QTimer m_timer;
    Deadline m_deadline = Deadline::None;
    Phase m_phase = Phase::Handshake;
    QByteArray m_in; // read from the socket, not yet parsed from m_inPos on (a pipelined request)
    qsizetype m_inPos = 0;
    QElapsedTimer m_progress; // last body byte received, or response byte sent
    QElapsedTimer m_requestTimer;
    QByteArray m_requestId;
    quint64 m_sequence = 0;
    // Of the request being answered.
    QByteArray m_method;
    QByteArray m_target;
    bool m_keepAlive = false;
    bool m_headRequest = false;
    int m_minorVersion = 1;
    // After the response has been written.
    bool m_closeAfterSend = false;
    bool m_lingerAfterSend = false;
    qint64 m_discarded = 0;
    bool m_reading = false;   // inside readRequests()
    bool m_inHandler = false; // inside the handler's handle()
    bool m_answeredInHandler = false;
    std::optional<HttpResponse> m_answerFromHandler; // nullopt with the flag: dropped unanswered
    std::optional<HttpRefusal> m_refusalAfterHandshake;
    int m_retryAfterSeconds = 0;
};

} // namespace lkk::server
