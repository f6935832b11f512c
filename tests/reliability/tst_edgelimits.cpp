// Abuse regressions at the server's edge (docs/security.md, "The edge"), against the real
// lkk-server: what live probes did to it, scaled down to run in seconds. A body announced or
// streamed over its route's limit is refused before it is read and the connection does not keep
// taking bytes; an abandoned request leaves an access-log line; the connection caps answer 503
// with Retry-After and log once per interval; TLS 1.2 only with ECDHE and an AEAD cipher; HSTS on
// the browser pages; pipelined requests answered in their order.
#include "tests/reliability/RawHttpsClient.h"
#include "tests/support/ApiTestServer.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSslCipher>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;
using lkk::test::RawHttpsClient;
using lkk::test::RawResponse;

namespace {

constexpr int kPerAddressCap = 3;
constexpr int kGlobalCap = 12;
const QByteArray kLoginHead = "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Content-Type: application/json\r\n"_ba;

// Lines of the server's output holding `text`.
qsizetype linesWith(const QByteArray& output, const QByteArray& text) {
    qsizetype count = 0;
    for (const QByteArray& line : output.split('\n'))
        count += line.contains(text) ? 1 : 0;
    return count;
}

} // namespace

class EdgeLimitsTest : public QObject {
    Q_OBJECT

    ApiTestServer m_server;

    std::unique_ptr<RawHttpsClient> connected(const QHostAddress& from = {}) {
        return RawHttpsClient::open(m_server.ssl(), m_server.process().url(), from);
    }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        ApiTestServer::Options options;
        options.extraArgs = {u"--max-connections"_s, QString::number(kGlobalCap), u"--max-connections-per-address"_s,
                             QString::number(kPerAddressCap)};
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
    }

    // Probe: Content-Length 4000000000 on login, then 1 MiB chunks — the server read them all and
    // grew by 3 GB per GB. Now: 413 before a body byte is sent, and the connection stops taking
    // the body (closed after at most 32 MiB or 5 s of draining), long before 64 MiB.
    void announcedBodyOverTheLimitIsRefusedUnread() {
        auto client = connected();
        QVERIFY(client->write(kLoginHead + "Content-Length: 4000000000\r\n\r\n"));
        const std::optional<RawResponse> answer = client->read();
        QVERIFY(answer);
        QCOMPARE(answer->status, 413);
        QCOMPARE(answer->errorCode(), u"body_too_large"_s);
        QCOMPARE(answer->headers.value("connection"), "close"_ba);

        const QByteArray mebibyte(1024 * 1024, 'x');
        int sent = 0;
        while (sent < 64 && client->write(mebibyte, 3000))
            ++sent;
        QVERIFY2(sent < 64, "the server kept reading a refused body");
        QVERIFY(client->waitClosed(10000));
        QCOMPARE(m_server.get(u"/api/v1/health"_s).status, 200);
    }

    // Probe: complete 70 KiB and 8 MiB bodies got 413 only after the whole body had arrived. Now
    // the JSON routes' 64 KiB limit is checked on the head alone: no body byte is sent here.
    void jsonLimitIsCheckedOnTheHead() {
        for (const qint64 length : {qint64(70 * 1024), qint64(8 * 1024 * 1024)}) {
            auto client = connected();
            QVERIFY(client->write(kLoginHead + "Content-Length: " + QByteArray::number(length) + "\r\n\r\n"));
            const std::optional<RawResponse> answer = client->read();
            QVERIFY2(answer, qPrintable(u"no answer before the body of %1 bytes"_s.arg(length)));
            QCOMPARE(answer->status, 413);
        }
        // At the limit the body is read and judged by the route (malformed JSON: 400, not 413).
        auto client = connected();
        const QByteArray body(64 * 1024, '{');
        QVERIFY(client->write(kLoginHead + "Content-Length: 65536\r\n\r\n" + body));
        const std::optional<RawResponse> answer = client->read();
        QVERIFY(answer);
        QCOMPARE(answer->status, 400);
    }

    // Probe: the same with Transfer-Encoding: chunked. Now the chunk sizes are counted as they
    // arrive: 66 chunks of 1 KiB and no last chunk get 413 — the body never ends, so only the
    // count can have refused it (the body timeout is 30 s, the wait here 10 s).
    void chunkedBodyIsCountedAsItStreams() {
        auto client = connected();
        QVERIFY(client->write(kLoginHead + "Transfer-Encoding: chunked\r\n\r\n"));
        const QByteArray chunk = "400\r\n" + QByteArray(1024, 'x') + "\r\n";
        for (int i = 0; i < 66; ++i)
            if (!client->write(chunk))
                break;
        const std::optional<RawResponse> answer = client->read();
        QVERIFY(answer);
        QCOMPARE(answer->status, 413);
        QCOMPARE(answer->errorCode(), u"body_too_large"_s);
    }

    // Probe: aborted requests left no access-log line. Now: status 499, client_closed.
    void abandonedRequestIsLogged() {
        const QByteArray marker = R"("path":"/api/v1/auth/login")";
        const qsizetype before = linesWith(m_server.process().output(), R"("status":499)");
        {
            auto client = connected();
            QVERIFY(client->write(kLoginHead + "Content-Length: 100\r\n\r\n{\"email\":"));
            client->socket().abort();
        }
        QTRY_VERIFY_WITH_TIMEOUT(linesWith(m_server.process().output(), R"("status":499)") > before, 10000);
        const QList<QByteArray> lines = m_server.process().output().split('\n');
        const auto logged = std::find_if(lines.rbegin(), lines.rend(),
                                         [](const QByteArray& line) { return line.contains(R"("status":499)"); });
        QVERIFY2(logged->contains(marker) && logged->contains(R"("error":"client_closed")"), logged->constData());
    }

    // Probe: 244 idle connections made every new client fail, and nothing was logged. Now one
    // address holds at most its cap; the next gets 503 with Retry-After at once, and the refusals
    // are logged once per interval, however many there are.
    void perAddressCap() {
        const QHostAddress address(u"127.0.0.2"_s);
        std::vector<std::unique_ptr<RawHttpsClient>> held;
        for (int i = 0; i < kPerAddressCap; ++i)
            held.push_back(connected(address));
        for (int refused = 0; refused < 3; ++refused) {
            auto extra = connected(address);
            const std::optional<RawResponse> answer = extra->read();
            QVERIFY(answer);
            QCOMPARE(answer->status, 503);
            QCOMPARE(answer->errorCode(), u"service_unavailable"_s);
            QVERIFY(answer->headers.value("retry-after").toInt() > 0);
            QVERIFY(extra->waitClosed(10000));
        }
        // The held ones are served; another address is not affected.
        QVERIFY(held.front()->write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        const std::optional<RawResponse> served = held.front()->read();
        QVERIFY(served);
        QCOMPARE(served->status, 200);
        QCOMPARE(m_server.get(u"/api/v1/health"_s).status, 200);

        QTRY_COMPARE_WITH_TIMEOUT(
            linesWith(m_server.process().output(), "per-client connection limit reached: 127.0.0.2 "), 1, 5000);
        // Closing one frees its place (20 s: a bound for a loaded machine, not a wait).
        held.back()->socket().abort();
        held.pop_back();
        QDeadlineTimer deadline(20000);
        int status = 0;
        while (status != 200 && !deadline.hasExpired()) {
            auto again = connected(address);
            std::optional<RawResponse> answer;
            if (again->write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
                answer = again->read(2000);
            status = answer ? answer->status : 0;
            if (status != 200)
                QTest::qWait(50);
        }
        QCOMPARE(status, 200);
    }

    // The global cap: 15 connections from 5 addresses (3 each, within the per-address cap), at
    // most 12 served, the rest 503 — never a connection left hanging without an answer.
    void globalCap() {
        std::vector<std::unique_ptr<RawHttpsClient>> clients;
        for (int a = 0; a < 5; ++a)
            for (int i = 0; i < kPerAddressCap; ++i)
                clients.push_back(connected(QHostAddress(u"127.0.1.%1"_s.arg(a + 1))));
        int served = 0;
        int refused = 0;
        for (auto& client : clients) {
            client->write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            const std::optional<RawResponse> answer = client->read();
            QVERIFY(answer);
            if (answer->status == 200) {
                ++served;
            } else {
                QCOMPARE(answer->status, 503);
                QVERIFY(answer->headers.contains("retry-after"));
                ++refused;
            }
        }
        QVERIFY2(served <= kGlobalCap, qPrintable(QString::number(served)));
        QVERIFY(refused >= 15 - kGlobalCap);
        QVERIFY(served > 0);
        QTRY_COMPARE_WITH_TIMEOUT(linesWith(m_server.process().output(), ": connection limit reached: "), 1, 5000);
    }

    // Probe: TLS 1.2 accepted CBC and SHA-1 suites. Now TLS 1.2 only with ECDHE and AEAD; TLS 1.3.
    void tlsOnlyForwardSecrecyAndAead() {
        const auto handshake = [this](QSsl::SslProtocol protocol, const QList<QSslCipher>& ciphers) {
            QSslConfiguration ssl = m_server.ssl();
            ssl.setProtocol(protocol);
            if (!ciphers.isEmpty())
                ssl.setCiphers(ciphers);
            RawHttpsClient client(ssl);
            const bool ok = client.connect(m_server.process().url(), {}, 5000);
            return std::pair{ok, ok ? client.socket().sessionCipher().name() : client.socket().errorString()};
        };
        const auto [tls13, suite13] = handshake(QSsl::TlsV1_3, {});
        QVERIFY2(tls13, qPrintable(suite13));

        const auto [tls12, suite12] = handshake(QSsl::TlsV1_2, {});
        QVERIFY2(tls12, qPrintable(suite12));
        QVERIFY2(suite12.startsWith("ECDHE-"_L1) && (suite12.contains("GCM"_L1) || suite12.contains("CHACHA20"_L1)),
                 qPrintable(suite12));
        // The same key type as the suite chosen, so that only the server's policy can refuse.
        const QString keyType = suite12.section(u'-', 1, 1); // RSA or ECDSA
        for (const QString& weak : {u"ECDHE-%1-AES128-SHA"_s, u"ECDHE-%1-AES256-SHA"_s, u"ECDHE-%1-AES128-SHA256"_s,
                                    u"ECDHE-%1-AES256-SHA384"_s}) {
            const QSslCipher cipher(weak.arg(keyType), QSsl::TlsV1_2);
            if (cipher.isNull())
                continue; // not in this TLS library at all
            const auto [ok, detail] = handshake(QSsl::TlsV1_2, {cipher});
            QVERIFY2(!ok, qPrintable(weak.arg(keyType) + u" was accepted"_s));
        }
    }

    // Probe: the pages sent no HSTS. Now they do, also the HTTP layer's refusal pages.
    void hstsOnThePages() {
        auto client = connected();
        QVERIFY(client->write("GET /recover?token=x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        std::optional<RawResponse> page = client->read();
        QVERIFY(page);
        QVERIFY2(page->headers.value("content-type").startsWith("text/html"), page->headers.value("content-type"));
        QCOMPARE(page->headers.value("strict-transport-security"), "max-age=31536000"_ba);

        QVERIFY(client->write("POST /recover HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 9000\r\n\r\n"));
        page = client->read();
        QVERIFY(page);
        QCOMPARE(page->status, 413);
        QCOMPARE(page->headers.value("strict-transport-security"), "max-age=31536000"_ba);
    }

    // Probe: pipelined requests might be answered out of order. Five rounds of a slow request
    // (login: database and password hashing) before fast ones, in one write: the answers come
    // in the order of the requests.
    void pipelinedRequestsAnsweredInOrder() {
        const QByteArray body = R"({"email":"nobody@lkk.example","password":"Wrong-123"})";
        const QByteArray login = kLoginHead + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const QByteArray health = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        const QByteArray missing = "GET /api/v1/nothing-here HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        QByteArray batch;
        QList<int> expected;
        for (int round = 0; round < 5; ++round) {
            batch += login + health + missing;
            expected << 401 << 200 << 404;
        }
        auto client = connected();
        QVERIFY(client->write(batch));
        QList<int> statuses;
        QSet<QByteArray> ids;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const std::optional<RawResponse> answer = client->read();
            QVERIFY2(answer, qPrintable(u"answer %1 missing"_s.arg(i)));
            statuses << answer->status;
            ids.insert(answer->headers.value("x-request-id"));
        }
        QCOMPARE(statuses, expected);
        QCOMPARE(ids.size(), expected.size());
    }
};

QTEST_GUILESS_MAIN(EdgeLimitsTest)
#include "tst_edgelimits.moc"
