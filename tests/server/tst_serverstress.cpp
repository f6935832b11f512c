// Load and hang-up stress against the real lkk-server binary (SQLite): keep-alive clients send the
// fast requests back to back (like wrk), while waves of TLS clients send health, login (database
// and hashing) and profile (database) requests and vanish at every awkward moment — abort() right
// after sending, close() right after sending, close() mid-request, abort() a few milliseconds
// later, abort() during a keep-alive or pipelined second request. Afterwards the server must still
// be running and answer /health. Regression test for the Qt 6.4.2 QFuture::then() race that
// killed the server when handlers returned a QFuture to Qt HttpServer (docs/architecture.md), then
// in about one run of three under ASan (wrk: within seconds); the server has its own HTTP layer
// now, which keeps clear of QFuture. Loopback only, ~10 s.
#include "tests/support/ServerProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;
using lkk::test::ServerProcess;

namespace {

enum class Exit {
    AbortAfterSend,  // RST as soon as the request has left the socket
    CloseAfterSend,  // FIN as soon as the request has left the socket
    CloseMidRequest, // headers promise a body that never comes
    AbortLater,      // RST 0-25 ms after sending: while the worker thread is busy
    KeepAliveAbort,  // a full answer, then a second request on the same connection and RST
    PipelineAbort,   // two requests in one write, RST on the first bytes of the answer
    Complete,        // a well-behaved client: reads its answer and closes
    Count
};

// kind % 4: 0 health (200), 1 login with a wrong password (401, database + hashing),
// 2 profile with a bogus token (401, database), 3 login with a malformed body (400, no database:
// the fastest handler, so its future is often finished by the time the server looks at it).
QByteArray request(int kind, int n) {
    switch (kind % 4) {
    case 0:
        return "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"_ba;
    case 1: {
        const QByteArray body =
            R"({"email":"stress)"_ba + QByteArray::number(n) + R"(@lkk.example","password":"Wrong-123"})"_ba;
        return "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               "Content-Length: "_ba +
               QByteArray::number(body.size()) + "\r\n\r\n"_ba + body;
    }
    case 2:
        return "GET /api/v1/profile HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer bogus-"_ba +
               QByteArray::number(n) + "\r\n\r\n"_ba;
    default:
        return "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               "Content-Length: 1\r\n\r\n{"_ba;
    }
}

// The status of the first complete HTTP/1.1 response in buffer, 0 while it is incomplete.
int expectedStatus(int kind) {
    static constexpr int statuses[] = {200, 401, 401, 400};
    return statuses[kind % 4];
}

// The length of the first complete HTTP/1.1 response in buffer, 0 while it is incomplete.
qsizetype completeLength(const QByteArray& buffer) {
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return 0;
    qsizetype length = 0;
    for (const QByteArray& line : buffer.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return buffer.size() < headerEnd + 4 + length ? 0 : headerEnd + 4 + length;
}

int completeStatus(const QByteArray& buffer) {
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || !buffer.startsWith("HTTP/1.1 "))
        return 0;
    qsizetype length = 0;
    for (const QByteArray& line : buffer.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return 0;
    return buffer.mid(9, 3).toInt();
}

} // namespace

class ServerStressTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QSslConfiguration m_ssl;
    quint16 m_port = 0;

    int m_open = 0;         // clients still connected
    int m_waveOpen = 0;     // clients of the current hang-up wave still connected
    int m_answered = 0;     // complete answers received (Complete and KeepAliveAbort clients)
    QList<int> m_badStatus; // answers that were not one of the expected statuses
    int m_counter = 0;
    bool m_hammering = false;

    QSslSocket* newClient(bool inWave) {
        auto* socket = new QSslSocket(this);
        socket->setSslConfiguration(m_ssl); // trusts only the server's dev CA
        connect(socket, &QAbstractSocket::connected, socket,
                [socket] { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        ++m_open;
        if (inWave) {
            ++m_waveOpen;
            connect(socket, &QObject::destroyed, this, [this] { --m_waveOpen; });
        }
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QAbstractSocket::errorOccurred, socket, [socket] {
            if (socket->state() != QAbstractSocket::ConnectedState)
                socket->deleteLater();
        });
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        return socket;
    }

    void checkStatus(int status, int kind) {
        ++m_answered;
        if (status != expectedStatus(kind))
            m_badStatus << status;
    }

    void launch(Exit exit, int kind) {
        QSslSocket* socket = newClient(true);
        const int n = ++m_counter;
        QPointer<QSslSocket> guard(socket);
        const QByteArray req = request(kind, n);

        connect(socket, &QSslSocket::encrypted, socket, [=, this] {
            switch (exit) {
            case Exit::AbortAfterSend:
                connect(socket, &QSslSocket::encryptedBytesWritten, socket, [socket] {
                    if (socket->encryptedBytesToWrite() == 0 && socket->bytesToWrite() == 0)
                        socket->abort();
                });
                socket->write(req);
                break;
            case Exit::CloseAfterSend:
                socket->write(req);
                socket->close(); // flushes, then FIN
                break;
            case Exit::CloseMidRequest:
                socket->write(req.left(req.size() / 2));
                socket->close();
                break;
            case Exit::AbortLater:
                socket->write(req);
                QTimer::singleShot(int(QRandomGenerator::global()->bounded(26)), socket, [guard] {
                    if (guard)
                        guard->abort();
                });
                break;
            case Exit::KeepAliveAbort:
            case Exit::Complete: {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QSslSocket::readyRead, socket, [=, this] {
                    *buffer += socket->readAll();
                    const int status = completeStatus(*buffer);
                    if (!status)
                        return;
                    checkStatus(status, kind);
                    buffer->clear();
                    if (exit == Exit::Complete) {
                        socket->disconnectFromHost();
                    } else {
                        socket->write(request(kind + 1, n));
                        socket->flush();
                        socket->abort();
                    }
                });
                socket->write(req);
                break;
            }
            case Exit::PipelineAbort:
                connect(socket, &QSslSocket::readyRead, socket, [socket] { socket->abort(); });
                socket->write(req + request(kind + 1, n) + request(kind + 2, n));
                break;
            case Exit::Count:
                break;
            }
        });
        socket->connectToHostEncrypted(u"127.0.0.1"_s, m_port);
    }

    // A keep-alive client that sends its next request as soon as the answer to the previous one is
    // in, as fast as the server answers, and every 40 requests hangs up with one in flight and
    // starts over. High request rates are what the crash needed, hang-ups or not.
    void hammer(int id) {
        if (!m_hammering)
            return;
        QSslSocket* socket = newClient(false);
        ++m_counter;
        auto buffer = std::make_shared<QByteArray>();
        auto sent = std::make_shared<int>(0);
        // Health, bogus token, malformed login: the fast handlers (no password hashing, no writes).
        const auto kindOf = [id](int i) {
            return std::array{0, 2, 3}[(id + i) % 3];
        };
        const auto sendNext = [=] {
            socket->write(request(kindOf(*sent), id));
            ++*sent;
        };
        connect(socket, &QSslSocket::encrypted, socket, sendNext);
        connect(socket, &QSslSocket::readyRead, socket, [=, this] {
            *buffer += socket->readAll();
            while (const qsizetype length = completeLength(*buffer)) {
                checkStatus(completeStatus(*buffer), kindOf(*sent - 1));
                buffer->remove(0, length);
                if (!m_hammering || *sent >= 40) {
                    if (m_hammering)
                        sendNext();
                    socket->abort();
                    return;
                }
                sendNext();
            }
        });
        connect(socket, &QObject::destroyed, this, [this, id] { hammer(id + 1); });
        socket->connectToHostEncrypted(u"127.0.0.1"_s, m_port);
    }

    // A fresh connection, a full GET /health, the answer's status (0: no answer in time).
    int healthStatus() {
        QSslSocket socket;
        socket.setSslConfiguration(m_ssl);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_port);
        if (!socket.waitForEncrypted(10000))
            return 0;
        socket.write(request(0, 0));
        QByteArray buffer;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && socket.waitForReadyRead(int(deadline.remainingTime()))) {
            buffer += socket.readAll();
            if (const int status = completeStatus(buffer))
                return buffer.contains(R"("status":"ok")") ? status : -status;
        }
        return 0;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        ServerProcess::Options options;
        options.dataDir = m_dir.path();
        // SQLite, real password hashing (the workers compete with the server thread for the CPU,
        // as in production under load), and limits high enough that every login reaches the
        // database instead of being answered early by the rate limiter or the captcha rule.
        options.extraArgs = {u"--environment"_s, u"test"_s, u"--rate-ip-max"_s, u"1000000"_s, u"--rate-email-max"_s,
                             u"1000000"_s, u"--captcha-after-failures"_s, u"1000000"_s,
                             // All clients come from 127.0.0.1: more at once than the default cap.
                             u"--max-connections-per-address"_s, u"1000"_s};
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        m_port = quint16(m_server.url().port());
        const auto certs = QSslCertificate::fromPath(m_server.caFile());
        QVERIFY(!certs.isEmpty());
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setCaCertificates(certs);
        QCOMPARE(healthStatus(), 200);
    }

    void cleanupTestCase() { m_server.stop(); }

    void clientsVanishingMidRequestDoNotKillTheServer() {
        constexpr int kHammers = 48;
        constexpr int kPerWave = 14;
        // A fixed amount of work, not a time budget: on a busy machine the waves take longer, and
        // the server must still survive them and answer every client that waited.
        constexpr int kAnswers = 1000;
        constexpr qint64 kGiveUpMs = 180000;
        QElapsedTimer elapsed;
        elapsed.start();
        m_hammering = true;
        for (int i = 0; i < kHammers; ++i)
            hammer(i * 1000);
        int waves = 0;
        while ((m_answered < kAnswers || waves < 3) && elapsed.elapsed() < kGiveUpMs && m_server.isRunning()) {
            for (int i = 0; i < kPerWave; ++i) {
                const auto exit = static_cast<Exit>((i + waves) % int(Exit::Count));
                launch(exit, i / int(Exit::Count) + waves);
            }
            // Every client of the wave ends by itself (answer, abort, or the server closing).
            QTRY_VERIFY_WITH_TIMEOUT(m_waveOpen == 0 || !m_server.isRunning(), 20000);
            ++waves;
        }
        m_hammering = false;
        QTRY_VERIFY_WITH_TIMEOUT(m_open == 0 || !m_server.isRunning(), 20000);
        qInfo("%d waves, %d connections, %d complete answers in %lld ms", waves, m_counter, m_answered,
              elapsed.elapsed());
        QCoreApplication::processEvents(); // notice a server that died at the very end
        QVERIFY2(m_server.isRunning(), qPrintable(u"lkk-server died after %1 waves of hang-ups"_s.arg(waves)));
        QCOMPARE(healthStatus(), 200);
        QVERIFY2(m_server.isRunning(), "lkk-server died while answering /health");
        // The clients that waited for their answers got the proper ones.
        QVERIFY2(m_answered >= kAnswers,
                 qPrintable(u"%1 answers after %2 ms"_s.arg(m_answered).arg(elapsed.elapsed())));
        QVERIFY2(m_badStatus.isEmpty(), qPrintable(u"unexpected statuses, e.g. %1"_s.arg(m_badStatus.value(0))));
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    ServerStressTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_serverstress.moc"
