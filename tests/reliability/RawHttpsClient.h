#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QUrl>

#include <memory>
#include <optional>

namespace lkk::test {

// One HTTP/1.1 response off the wire.
struct RawResponse {
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    // The code of a JSON error body, or empty.
    QString errorCode() const {
        const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
        return error.value(QLatin1String("code")).toString();
    }
};

// A TLS client for tests that writes raw bytes and reads raw responses: what an attacker (or a
// broken client) sends, which no HTTP library would. Trusts only the test server's CA.
class RawHttpsClient {
public:
    explicit RawHttpsClient(const QSslConfiguration& ssl) { m_socket.setSslConfiguration(ssl); }

    // A client connected to `url` (a warning when that failed: the test's next step fails).
    static std::unique_ptr<RawHttpsClient> open(const QSslConfiguration& ssl, const QUrl& url,
                                                const QHostAddress& from = {}) {
        auto client = std::make_unique<RawHttpsClient>(ssl);
        if (!client->connect(url, from))
            qWarning() << "connect failed:" << client->socket().errorString();
        return client;
    }

    // Connects from `from` (another loopback address, so that a test is a client of its own for
    // the per-address cap) and completes the handshake.
    bool connect(const QUrl& url, const QHostAddress& from = {}, int timeoutMs = 10000) {
        if (!from.isNull() && !m_socket.bind(from))
            return false;
        m_socket.connectToHostEncrypted(url.host(), quint16(url.port()));
        (void)QTest::qWaitFor(
            [this] { return m_socket.isEncrypted() || m_socket.state() == QAbstractSocket::UnconnectedState; },
            timeoutMs);
        return m_socket.isEncrypted();
    }

    bool write(const QByteArray& bytes, int timeoutMs = 10000) {
        if (m_socket.state() != QAbstractSocket::ConnectedState || m_socket.write(bytes) != bytes.size())
            return false;
        (void)QTest::qWaitFor(
            [this] {
                collect();
                return m_socket.encryptedBytesToWrite() + m_socket.bytesToWrite() == 0 ||
                       m_socket.state() != QAbstractSocket::ConnectedState;
            },
            timeoutMs);
        return m_socket.state() == QAbstractSocket::ConnectedState &&
               m_socket.encryptedBytesToWrite() + m_socket.bytesToWrite() == 0;
    }

    // The next complete response, or nothing if none came within the time (or the server closed).
    std::optional<RawResponse> read(int timeoutMs = 10000) {
        std::optional<RawResponse> response;
        (void)QTest::qWaitFor(
            [this, &response] {
                collect();
                response = take();
                return response || m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        return response ? response : take();
    }

    // Whether the server closed the connection within the time; what it sent meanwhile is kept.
    bool waitClosed(int timeoutMs) {
        (void)QTest::qWaitFor(
            [this] {
                collect();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }

    QSslSocket& socket() { return m_socket; }

private:
    // The socket works in the event loop (QTest::qWaitFor runs it): the blocking waitFor…()
    // functions of QSslSocket can leave received records undecrypted until more data comes.
    void collect() { m_buffer += m_socket.readAll(); }

    std::optional<RawResponse> take() {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        RawResponse response;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        response.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            response.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = response.headers.value("content-length").toLongLong();
        if (m_buffer.size() < headEnd + 4 + length)
            return std::nullopt;
        response.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);
        return response;
    }

    QSslSocket m_socket;
    QByteArray m_buffer;
};

} // namespace lkk::test
