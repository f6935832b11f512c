// Abuse regressions for the edge's timeouts (docs/security.md, "The edge"), against the real
// lkk-server started with timeouts of 200 ms (the settings' defaults are 10 s, 60 s and 30 s),
// so nothing here waits long: established TLS connections that stay silent, trickle a header,
// stall a body or idle after a response are closed, and clients that hold an address's every
// connection place cannot lock it out for longer than the header timeout.
#include "tests/reliability/RawHttpsClient.h"
#include "tests/support/ApiTestServer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;
using lkk::test::RawHttpsClient;
using lkk::test::RawResponse;

namespace {

constexpr int kTimeoutMs = 200;
constexpr int kPerAddressCap = 8;
const QByteArray kHealth = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

} // namespace

class EdgeTimeoutsTest : public QObject {
    Q_OBJECT

    ApiTestServer m_server;

    std::unique_ptr<RawHttpsClient> connected(const QHostAddress& from = {}) {
        return RawHttpsClient::open(m_server.ssl(), m_server.process().url(), from);
    }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        ApiTestServer::Options options;
        const QString timeout = QString::number(kTimeoutMs);
        options.extraArgs = {u"--header-timeout-ms"_s,
                             timeout,
                             u"--idle-timeout-ms"_s,
                             timeout,
                             u"--body-timeout-ms"_s,
                             timeout,
                             u"--max-connections-per-address"_s,
                             QString::number(kPerAddressCap)};
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
    }

    // Probe: an idle established TLS connection was still open after 115 s. Now it is closed
    // after the header timeout, without an answer (no request had begun), and that is logged.
    void silentConnectionIsClosed() {
        auto client = connected();
        QVERIFY(client->socket().isEncrypted());
        QVERIFY(client->waitClosed(10000));
        QVERIFY(!client->read(0));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.process().output().contains("no request within the header timeout"), 5000);
    }

    // Probe: a header trickling in a byte at a time kept its connection. The header timeout runs
    // from the first byte and trickling does not extend it: 408, whatever the pace.
    void tricklingHeaderGets408() {
        auto client = connected();
        QElapsedTimer started;
        started.start();
        QVERIFY(client->write("GET /api/v1/health HTTP/1.1\r\n"));
        std::optional<RawResponse> answer;
        for (int i = 0; i < 200 && !answer; ++i) {
            if (!client->write("X"))
                break;
            answer = client->read(20);
        }
        if (!answer)
            answer = client->read();
        QVERIFY(answer);
        // Trickling for 200 rounds takes 4 s and more; the answer comes after the header timeout.
        QVERIFY2(started.elapsed() < 2000, qPrintable(QString::number(started.elapsed())));
        QCOMPARE(answer->status, 408);
        QCOMPARE(answer->errorCode(), u"request_timeout"_s);
        QCOMPARE(answer->headers.value("connection"), "close"_ba);
    }

    // A body that stops coming: 408 after the body timeout.
    void stalledBodyGets408() {
        auto client = connected();
        QVERIFY(client->write("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Content-Type: application/json\r\nContent-Length: 50\r\n\r\n{\"em"));
        const std::optional<RawResponse> answer = client->read();
        QVERIFY(answer);
        QCOMPARE(answer->status, 408);
        QCOMPARE(answer->headers.value("connection"), "close"_ba);
    }

    // After an answer the connection is kept alive, but only for the idle timeout.
    void keptAliveConnectionIdlesOut() {
        auto client = connected();
        QVERIFY(client->write(kHealth));
        const std::optional<RawResponse> answer = client->read();
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QVERIFY(answer->headers.value("connection") != "close");
        QVERIFY(client->waitClosed(10000));
    }

    // Probe: 244 idle connections under `ulimit -n 256` made every new client fail until they
    // were released. Now an address that holds its every place gets 503 with Retry-After, and
    // the places free themselves within the header timeout: then the address is served again.
    void idleConnectionsDoNotLockAnAddressOut() {
        const QHostAddress address(u"127.0.0.3"_s);
        std::vector<std::unique_ptr<RawHttpsClient>> idle;
        for (int i = 0; i < kPerAddressCap; ++i)
            idle.push_back(connected(address));
        auto extra = connected(address);
        const std::optional<RawResponse> refused = extra->read();
        // The idle ones may already have timed out on a slow machine; then the extra one is served.
        if (refused) {
            QCOMPARE(refused->status, 503);
            QVERIFY(refused->headers.value("retry-after").toInt() > 0);
        }
        for (auto& client : idle)
            QVERIFY(client->waitClosed(10000));
        auto again = connected(address);
        QVERIFY(again->write(kHealth));
        const std::optional<RawResponse> answer = again->read();
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
    }
};

QTEST_GUILESS_MAIN(EdgeTimeoutsTest)
#include "tst_edgetimeouts.moc"
