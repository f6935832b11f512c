#pragma once

#include "server/http/HttpConnection.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <memory>

namespace lkk::server {

class HttpRequestHandler;
class ThrottledLog;

// The HTTPS server: accepts TLS connections on its own listening socket and runs an
// HttpConnection for each, on this object's thread. Caps the connections in all and per client
// (an IPv4 address; an IPv6 client by its /64), answering those over a cap with 503 and
// Retry-After; refusals and failures are logged at most once per interval per kind. Limits,
// timeouts and what is logged: docs/http-server.md.
class HttpServer : public QObject {
    Q_OBJECT
public:
    struct Options {
        QSslConfiguration tls; // local certificate chain and private key
        int maxConnections = 1000;
        int maxConnectionsPerClient = 50;
        // Connections over a cap that still get their 503 over TLS; beyond, closed at once.
        int maxRefusing = 32;
        int retryAfterSeconds = 5;
        int logIntervalMs = 10'000;
        HttpConnection::Options connection;
    };

    // `handler` must outlive the server.
    HttpServer(HttpRequestHandler& handler, Options options, QObject* parent = nullptr);
    ~HttpServer() override;

    // false with *error set when the TLS configuration is unusable or the address is taken.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 serverPort() const;
    int connectionCount() const { return m_active; } // counted against the caps
    int refusingCount() const { return m_refusing; }
    const Options& options() const { return m_options; }

    // The key a client's connections are counted under: IPv4 address (mapped ones unwrapped) or
    // the /64 prefix of an IPv6 address.
    static QByteArray clientKey(const QHostAddress& address);

private:
    class Listener;
    void accept(qintptr descriptor);
    void onAcceptError();
    void startConnection(HttpConnection* connection, std::optional<HttpRefusal> refusal);
    void onQuietClose(HttpConnection::QuietClose reason, const QHostAddress& peer);

    HttpRequestHandler& m_handler;
    Options m_options;
    Listener* m_listener = nullptr;
    ThrottledLog* m_log = nullptr;
    QHash<QByteArray, int> m_perClient;
    int m_active = 0;
    int m_refusing = 0;
};

} // namespace lkk::server
