#include "server/http/HttpServer.h"

#include "server/http/ThrottledLog.h"
#include "shared/ErrorCodes.h"

#include <QLoggingCategory>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcHttpServer, "lkk.server.http")

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {

// Descriptors kept free for everything but client connections: database, log files, the mail
// queue, the listening socket.
constexpr int kReservedDescriptors = 64;
constexpr int kAcceptRetryMs = 100;

} // namespace

// The listening socket: QSslServer holds the TLS configuration, but connections are taken over
// at once — QSslServer's own accept path has no per-client cap and keeps handshaking sockets in
// its pending queue, where a few slow handshakes would stop it from accepting.
class HttpServer::Listener : public QSslServer {
public:
    explicit Listener(HttpServer* server)
        : QSslServer(server)
        , m_server(server) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_server->accept(descriptor); }

private:
    HttpServer* m_server;
};

HttpServer::HttpServer(HttpRequestHandler& handler, Options options, QObject* parent)
    : QObject(parent)
    , m_handler(handler)
    , m_options(std::move(options))
    , m_listener(new Listener(this))
    , m_log(new ThrottledLog(m_options.logIntervalMs, this)) {
    connect(m_listener, &QTcpServer::acceptError, this, &HttpServer::onAcceptError);
}

HttpServer::~HttpServer() {
    m_listener->close();
}

QByteArray HttpServer::clientKey(const QHostAddress& address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return '4' + QByteArray::number(v4, 16);
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    return '6' + QByteArray(reinterpret_cast<const char*>(v6.c), 8).toHex(); // the /64 prefix
}

bool HttpServer::listen(const QHostAddress& address, quint16 port, QString* error) {
    if (m_options.tls.localCertificate().isNull() || m_options.tls.privateKey().isNull()) {
        *error = u"no TLS certificate and private key"_s;
        return false;
    }
#ifdef Q_OS_UNIX
    // Connections beyond the descriptor limit would make accept() fail for everyone; below it,
    // the caps answer 503 instead.
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        const qint64 usable = qint64(limit.rlim_cur) - kReservedDescriptors - m_options.maxRefusing;
        if (usable < m_options.maxConnections) {
            qCWarning(lcHttpServer).nospace()
                << "connection limit lowered from " << m_options.maxConnections << " to " << std::max<qint64>(usable, 1)
                << ": the process may open only " << qint64(limit.rlim_cur) << " files (ulimit -n)";
            m_options.maxConnections = int(std::max<qint64>(usable, 1));
        }
    }
#endif
    m_listener->setSslConfiguration(m_options.tls);
    if (!m_listener->listen(address, port)) {
        *error = m_listener->errorString();
        return false;
    }
    return true;
}

quint16 HttpServer::serverPort() const {
    return m_listener->serverPort();
}

void HttpServer::accept(qintptr descriptor) {
    auto* socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        m_log->note(u"accepted connection unusable"_s, socket->errorString());
        delete socket;
#ifdef Q_OS_UNIX
        ::close(int(descriptor));
#endif
        return;
    }
    socket->setSslConfiguration(m_listener->sslConfiguration());
    auto* connection = new HttpConnection(socket, m_handler, m_options.connection, this);
    const QHostAddress& peer = connection->peer();
    const QByteArray key = clientKey(peer);
    const int ofClient = m_perClient.value(key);
    const bool full = m_active >= m_options.maxConnections;
    if (full || ofClient >= m_options.maxConnectionsPerClient) {
        if (full)
            m_log->note(u"connection limit reached"_s,
                        QStringLiteral("%1 connections open, refused %2").arg(m_active).arg(peer.toString()));
        else
            m_log->note(u"per-client connection limit reached"_s,
                        QStringLiteral("%1 has %2 connections open").arg(peer.toString()).arg(ofClient));
        if (m_refusing >= m_options.maxRefusing) {
            m_log->note(u"too many refusals at once"_s,
                        QStringLiteral("closed a connection from %1 without an answer").arg(peer.toString()));
            socket->abort();
            delete connection;
            return;
        }
        ++m_refusing;
        connect(connection, &HttpConnection::finished, this, [this, connection] {
            --m_refusing;
            connection->deleteLater();
        });
        startConnection(connection, HttpRefusal{503, errc::serviceUnavailable, "too many connections", nullptr});
        return;
    }
    ++m_active;
    ++m_perClient[key];
    connect(connection, &HttpConnection::finished, this, [this, connection, key] {
        --m_active;
        const auto it = m_perClient.find(key);
        if (it != m_perClient.end() && --it.value() <= 0)
            m_perClient.erase(it);
        connection->deleteLater();
    });
    startConnection(connection, std::nullopt);
}

void HttpServer::startConnection(HttpConnection* connection, std::optional<HttpRefusal> refusal) {
    connect(connection, &HttpConnection::closedQuietly, this,
            [this, connection](HttpConnection::QuietClose reason) { onQuietClose(reason, connection->peer()); });
    connection->start(refusal, refusal ? m_options.retryAfterSeconds : 0);
}

void HttpServer::onQuietClose(HttpConnection::QuietClose reason, const QHostAddress& peer) {
    switch (reason) {
    case HttpConnection::QuietClose::HandshakeFailed:
        m_log->note(u"TLS handshake failed or abandoned"_s, u"client "_s + peer.toString());
        break;
    case HttpConnection::QuietClose::NoRequestInTime:
        m_log->note(
            u"no request within the header timeout"_s,
            QStringLiteral("closed %1 after %2 ms").arg(peer.toString()).arg(m_options.connection.headerTimeoutMs));
        break;
    case HttpConnection::QuietClose::ClientNotReading:
        m_log->note(u"client did not read its response"_s, QStringLiteral("closed %1 after %2 ms without progress")
                                                               .arg(peer.toString())
                                                               .arg(m_options.connection.sendTimeoutMs));
        break;
    }
}

void HttpServer::onAcceptError() {
    // QTcpServer stops accepting after an error such as EMFILE; without this it never resumes.
    m_log->note(u"accept failed"_s,
                m_listener->errorString() + u" (out of file descriptors?); accepting again shortly"_s);
    QTimer::singleShot(kAcceptRetryMs, this, [this] {
        if (m_listener->isListening())
            m_listener->resumeAccepting();
    });
}

} // namespace lkk::server
