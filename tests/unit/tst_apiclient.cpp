// ApiClient against a fake network: headers, error mapping, timeout, TLS policy, context lifetime.
#include "app/api/ApiClient.h"
#include "app/api/ApiOperations.h"
#include "app/api/ServerEndpoint.h"
#include "generated/branding.h"
#include "shared/ErrorCodes.h"
#include "tests/support/FakeNetwork.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::FakeNetwork;
using Response = FakeNetwork::Response;

namespace {

// Runs a command without its chatter (openssl prints progress dots); returns the exit code.
int quietly(const QString& program, const QStringList& args) {
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

const QByteArray loginBody = R"({"accessToken":"AT1","accessExpiresIn":900,"user":{"id":1,"email":"demo@lkk.example",
 "surname":"Иванова","firstName":"Мария","patronymic":"Петровна","phone":"+79131234567","birthDate":null,"sex":"female",
 "role":"customer"}})";
const QByteArray profileBody = R"({"id":1,"email":"demo@lkk.example","surname":"Иванова","firstName":"Мария",
 "patronymic":"Петровна","phone":"+79131234567","birthDate":"1985-03-14","sex":"female","role":"customer"})";

// Runs one operation and waits for its result.
template <typename Op>
std::optional<Result<typename Op::Value>> run(ApiClient& api, const Op& op, const QString& token = {}) {
    std::optional<Result<typename Op::Value>> out;
    QObject context;
    api.call(op, token, &context, [&out](Result<typename Op::Value> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
        qWarning("no answer");
    return out;
}

} // namespace

class TestApiClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        // As main() does: the system CAs are read on a worker thread before the first endpoint.
        ServerEndpoint::preloadSystemCaCertificates();
    }

    void init() {
        m_net = std::make_unique<FakeNetwork>();
        m_api = std::make_unique<ApiClient>(m_net.get());
        QVERIFY(!m_api->setServer(u"https://lkk.example:8443"_s));
        m_net->route("POST", u"/api/v1/auth/login"_s,
                     [](const FakeNetwork::Request&) { return Response::json(200, loginBody); });
        m_net->route("GET", u"/api/v1/profile"_s, [](const FakeNetwork::Request& r) {
            if (r.header("Authorization") != "Bearer AT1")
                return Response::apiError(401, errc::unauthorized);
            return Response::json(200, profileBody);
        });
    }
    void cleanup() {
        m_api.reset();
        m_net.reset();
    }

    void requestHeaders() {
        LoginOperation login;
        login.login = {u"demo@lkk.example"_s, u"Demo1234"_s, false, {}, {}};
        m_api->setLanguage(u"ru"_s);
        auto r = run(*m_api, login);
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().tokens.accessToken, u"AT1"_s);
        const FakeNetwork::Request sent = m_net->requests().constLast();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.url.toString(), u"https://lkk.example:8443/api/v1/auth/login"_s);
        QCOMPARE(sent.header("Accept-Language"), QByteArray("ru"));
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
        QVERIFY(sent.header("User-Agent").contains(QByteArray(QByteArray("LKK-Desktop/") + lkk::branding::version)));
        QVERIFY(sent.header("Authorization").isEmpty());
        QVERIFY(sent.body.contains("\"password\":\"Demo1234\""));

        m_api->setLanguage(u"en_US"_s);
        auto p = run(*m_api, GetProfileOperation{}, u"AT1"_s);
        QVERIFY(p && p->ok());
        QCOMPARE(p->value().birthDate, QDate(1985, 3, 14));
        const FakeNetwork::Request get = m_net->requests().constLast();
        QCOMPARE(get.method, QByteArray("GET"));
        QCOMPARE(get.header("Authorization"), QByteArray("Bearer AT1"));
        QCOMPARE(get.header("Accept-Language"), QByteArray("en"));
        QVERIFY(get.header("Content-Type").isEmpty());
    }

    // A GET answered with an ETag is kept: asking again sends If-None-Match, and a 304 hands back
    // the kept answer marked notModified; an answer without an ETag is not kept.
    void refreshIsConditional() {
        // A network of its own: init()'s route for the profile would answer first.
        FakeNetwork net;
        ApiClient api(&net);
        QVERIFY(!api.setServer(u"https://lkk.example:8443"_s));
        QByteArray etag = "W/\"v1\"";
        net.route("GET", u"/api/v1/profile"_s, [&etag](const FakeNetwork::Request& r) {
            if (!etag.isEmpty() && r.header("If-None-Match") == etag) {
                Response notModified;
                notModified.status = 304;
                notModified.headers = {{"ETag", etag}};
                return notModified;
            }
            Response fresh = Response::json(200, profileBody);
            if (!etag.isEmpty())
                fresh.headers.append({"ETag", etag});
            return fresh;
        });
        const auto send = [&api] {
            std::optional<Result<ApiResponse>> out;
            QObject context;
            api.send({"GET", u"/profile"_s, {}, u"AT1"_s, {}, {}}, &context,
                     [&out](Result<ApiResponse> r) { out.emplace(std::move(r)); });
            if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
                qWarning("no answer");
            return out;
        };

        const auto first = send();
        QVERIFY(first && first->ok());
        QVERIFY(net.requests().constLast().header("If-None-Match").isEmpty());
        QVERIFY(!first->value().notModified);

        const auto again = send();
        QVERIFY(again && again->ok());
        QCOMPARE(net.requests().constLast().header("If-None-Match"), etag);
        QVERIFY(again->value().notModified);
        QCOMPARE(again->value().httpStatus, 200);
        QCOMPARE(again->value().body, first->value().body);
        // Operations read the kept body as if it had just come.
        auto profile = run(api, GetProfileOperation{}, u"AT1"_s);
        QVERIFY(profile && profile->ok());
        QCOMPARE(profile->value().email, u"demo@lkk.example"_s);

        // Another query is another URL: nothing kept for it.
        QObject context;
        bool answered = false;
        api.send({"GET", u"/profile"_s, {}, u"AT1"_s, u"x=1"_s, {}}, &context,
                 [&answered](const Result<ApiResponse>&) { answered = true; });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
        QVERIFY(net.requests().constLast().header("If-None-Match").isEmpty());

        // Without an ETag the answer is forgotten: the next request is unconditional.
        etag.clear();
        const auto untagged = send();
        QVERIFY(untagged && untagged->ok() && !untagged->value().notModified);
        const auto after = send();
        QVERIFY(after && after->ok() && !after->value().notModified);
        QVERIFY(net.requests().constLast().header("If-None-Match").isEmpty());
        // Qt asks for gzip and inflates only while the request leaves Accept-Encoding to it.
        QVERIFY(net.requests().constLast().header("Accept-Encoding").isEmpty());
    }

    void httpErrorIsStructured() {
        m_net->route("POST", u"/api/v1/auth/refresh"_s, [](const FakeNetwork::Request&) {
            Response r = Response::apiError(429, errc::tooManyAttempts, u"Слишком много попыток"_s);
            r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "42"));
            return r;
        });
        auto r = run(*m_api, RefreshOperation{u"rt"_s});
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Http);
        QCOMPARE(r->error().httpStatus, 429);
        QVERIFY(r->error().is(errc::tooManyAttempts));
        QCOMPARE(r->error().message, u"Слишком много попыток"_s);
        QCOMPARE(r->error().retryAfterSeconds, std::optional<int>(42));

        auto unauthorized = run(*m_api, GetProfileOperation{}, u"wrong"_s);
        QVERIFY(unauthorized && !unauthorized->ok());
        QCOMPARE(unauthorized->error().httpStatus, 401);
        QVERIFY(unauthorized->error().is(errc::unauthorized));
    }

    void protocolErrorOnBadBody() {
        m_net->route("POST", u"/api/v1/captcha"_s,
                     [](const FakeNetwork::Request&) { return Response::json(200, "{\"id\":\"c\"}"); });
        auto r = run(*m_api, RequestCaptchaOperation{});
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Protocol);
        QVERIFY(r->error().message.contains(u"image"_s));
    }

    void noContent() {
        m_net->route("POST", u"/api/v1/auth/logout"_s,
                     [](const FakeNetwork::Request&) { return Response::json(204, {}); });
        auto r = run(*m_api, LogoutOperation{}, u"AT1"_s);
        QVERIFY(r && r->ok());
        QCOMPARE(m_net->requestsTo(u"/api/v1/auth/logout"_s).constFirst().header("Authorization"),
                 QByteArray("Bearer AT1"));
    }

    void networkError() {
        QNetworkReply::NetworkError failure = QNetworkReply::ConnectionRefusedError;
        QString systemText = u"Connection refused"_s;
        m_net->route("GET", u"/api/v1/health"_s, [&failure, &systemText](const FakeNetwork::Request&) {
            return Response::failure(failure, systemText);
        });
        auto r = run(*m_api, HealthOperation{});
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        // Plain words for the user; the socket's own text stays in the log.
        QVERIFY2(!r->error().message.contains(u"Connection refused"_s), qPrintable(r->error().message));
        QVERIFY2(r->error().message.contains(u"not accepting connections"_s), qPrintable(r->error().message));
        QVERIFY(r->error().message.contains(u"lkk.example"_s));

        failure = QNetworkReply::HostNotFoundError;
        systemText = u"Host lkk.example not found"_s;
        r = run(*m_api, HealthOperation{});
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().message.contains(u"could not be found"_s), qPrintable(r->error().message));
        QVERIFY(!r->error().message.contains(u"Host lkk.example not found"_s));
    }

    void tlsError() {
        m_net->route("GET", u"/api/v1/health"_s, [](const FakeNetwork::Request&) {
            Response r = Response::failure(QNetworkReply::SslHandshakeFailedError, u"SSL handshake failed"_s);
            r.sslErrors = {QSslError(QSslError::SelfSignedCertificateInChain)};
            return r;
        });
        auto r = run(*m_api, HealthOperation{});
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Tls);
        QVERIFY2(r->error().message.contains(u"not trusted"_s), qPrintable(r->error().message));
        QVERIFY2(!r->error().message.contains(QSslError(QSslError::SelfSignedCertificateInChain).errorString()),
                 qPrintable(r->error().message));
    }

    void timeout() {
        m_net->route("GET", u"/api/v1/health"_s, [](const FakeNetwork::Request&) { return Response::hanging(); });
        m_api->setTimeout(std::chrono::milliseconds(150));
        QElapsedTimer clock;
        clock.start();
        auto r = run(*m_api, HealthOperation{});
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QVERIFY(clock.elapsed() >= 140);
        QTRY_COMPARE(m_net->openReplies(), 0); // the hanging reply was aborted
    }

    void callbackNotCalledAfterContextDestroyed() {
        m_net->route("GET", u"/api/v1/health"_s, [](const FakeNetwork::Request&) {
            Response r = Response::json(200, "{\"status\":\"ok\",\"version\":\"1\",\"database\":\"ok\"}");
            r.delayMs = 100;
            return r;
        });
        int calls = 0;
        auto context = std::make_unique<QObject>();
        m_api->call(HealthOperation{}, {}, context.get(), [&calls](Result<HealthStatus>) { ++calls; });
        QCOMPARE(m_net->openReplies(), 1);
        context.reset();
        QTRY_COMPARE(m_net->openReplies(), 0); // aborted, not left running
        QTest::qWait(200);
        QCOMPARE(calls, 0);

        // The same request with a living context is answered.
        QObject alive;
        m_api->call(HealthOperation{}, {}, &alive, [&calls](Result<HealthStatus> r) { calls += r.ok() ? 1 : 100; });
        QTRY_COMPARE(calls, 1);
    }

    void plainHttpRefusedExceptLoopback_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://lkk.example"_s << true;
        QTest::newRow("http remote") << u"http://lkk.example"_s << false;
        QTest::newRow("http remote ip") << u"http://10.0.0.1:8080"_s << false;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
        QTest::newRow("http ::1") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http localhost.evil") << u"http://localhost.evil.example"_s << false;
    }
    void plainHttpRefusedExceptLoopback() {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const auto error = m_api->setServer(url);
        QCOMPARE(!error.has_value(), accepted);
        if (!accepted) {
            QCOMPARE(error->kind, ApiError::Kind::InsecureUrl);
            QVERIFY(!error->message.isEmpty());
            // The previous endpoint stays, so nothing goes to the refused one.
            QCOMPARE(m_api->endpoint().root().host(), u"lkk.example"_s);
        } else {
            auto r = run(*m_api, GetProfileOperation{}, u"AT1"_s);
            QVERIFY(r && r->ok());
            QCOMPARE(m_net->requests().constLast().url.scheme(), QUrl(url).scheme());
        }
    }

    void endpointPaths() {
        QVERIFY(!m_api->setServer(u"https://lkk.example:8443/api/v1/"_s));
        QCOMPARE(m_api->endpoint().apiUrl(u"/profile"_s).toString(), u"https://lkk.example:8443/api/v1/profile"_s);
        QCOMPARE(m_api->endpoint().hostAndPort(), u"lkk.example:8443"_s);
        QVERIFY(!m_api->setServer(u"https://lkk.example"_s));
        QCOMPARE(m_api->endpoint().hostAndPort(), u"lkk.example:443"_s);
        QVERIFY(!m_api->setServer(u"lkk.example:8443"_s)); // no scheme: https
        QCOMPARE(m_api->endpoint().root().toString(), u"https://lkk.example:8443"_s);
        const auto bad = m_api->setServer(u"ftp://lkk.example"_s);
        QVERIFY(bad);
        QCOMPARE(bad->kind, ApiError::Kind::Protocol);
    }

    void endpointTrustsTheSystemCas() {
        QVERIFY(!m_api->setServer(u"https://lkk.example"_s));
        const auto system = QSslConfiguration::systemCaCertificates();
        QVERIFY(!system.isEmpty());
        QCOMPARE(m_api->endpoint().sslConfiguration().caCertificates(), system);
    }

    void extraCaFile() {
        QTemporaryDir dir;
        const auto missing = m_api->setServer(u"https://lkk.example"_s, dir.filePath(u"nope.crt"_s));
        QVERIFY(missing);
        QCOMPARE(missing->kind, ApiError::Kind::Tls);
        QVERIFY2(missing->message.contains(u"nope.crt"_s), qPrintable(missing->message));

        QFile garbage(dir.filePath(u"garbage.crt"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("this is not a certificate\n");
        garbage.close();
        const auto invalid = m_api->setServer(u"https://lkk.example"_s, garbage.fileName());
        QVERIFY(invalid);
        QCOMPARE(invalid->kind, ApiError::Kind::Tls);
        QVERIFY2(invalid->message.contains(u"PEM"_s), qPrintable(invalid->message));

        const QString ca = dir.filePath(u"ca.crt"_s);
        const int rc = quietly(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                              u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=Unit Test CA"_s, u"-keyout"_s,
                                              dir.filePath(u"ca.key"_s), u"-out"_s, ca});
        if (rc != 0)
            QSKIP("openssl CLI not available");
        QVERIFY(!m_api->setServer(u"https://lkk.example"_s, ca));
        const auto cas = m_api->endpoint().sslConfiguration().caCertificates();
        QVERIFY(std::any_of(cas.begin(), cas.end(), [](const QSslCertificate& c) {
            return c.subjectInfo(QSslCertificate::CommonName).contains(u"Unit Test CA"_s);
        }));
        QCOMPARE(m_api->endpoint().sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
        QVERIFY(cas.size() > 1 || QSslConfiguration::systemCaCertificates().isEmpty()); // system CAs stay
    }

    void noServerConfigured() {
        FakeNetwork net;
        ApiClient api(&net);
        auto r = run(api, HealthOperation{});
        QVERIFY(r && !r->ok());
        QCOMPARE(net.requests().size(), 0);
    }

    // A request body is read by Qt after send() has returned, bit by bit as the socket takes it.
    // The reply owns the buffer it reads from, and the client frees a reply only once it has
    // finished, so a body must outlive both a caller that goes away mid-upload and a connection
    // that drops mid-upload (a customer's network failing while paying). AddressSanitizer
    // watches these runs for a read of freed memory.
    void uploadBodyOutlivesTheCallerAndTheConnection() {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        QNetworkAccessManager network;
        ApiClient api(&network);
        QVERIFY(!api.setServer(u"http://127.0.0.1:%1"_s.arg(listener.serverPort())));
        ApiRequest upload;
        upload.method = "POST";
        upload.path = u"/payment-orders"_s;
        upload.body = QByteArray(8 * 1024 * 1024, 'x'); // far more than the socket buffers hold

        // 1. The caller goes away while the body is still being sent.
        int calls = 0;
        auto context = std::make_unique<QObject>();
        api.send(upload, context.get(), [&calls](Result<ApiResponse>) { ++calls; });
        QTRY_VERIFY(listener.hasPendingConnections());
        QTcpSocket* first = listener.nextPendingConnection();
        QTRY_VERIFY(first->bytesAvailable() > 0); // the upload has begun
        context.reset();
        QTRY_COMPARE(network.findChildren<QNetworkReply*>().size(), 0); // aborted and freed
        first->readAll();
        QTest::qWait(50); // Qt's upload machinery gets its turn after the reply is gone
        QCOMPARE(calls, 0);

        // 2. The connection drops while the body is still being sent (Qt sends it again on a new
        // connection a few times before it gives up: each is dropped the same way).
        int dropped = 0;
        connect(&listener, &QTcpServer::newConnection, &listener, [&] {
            while (QTcpSocket* socket = listener.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &dropped] {
                    if (socket->state() == QAbstractSocket::ConnectedState) {
                        ++dropped;
                        socket->abort();
                    }
                });
        });
        std::optional<Result<ApiResponse>> answer;
        QObject alive;
        api.send(upload, &alive, [&answer](Result<ApiResponse> r) { answer.emplace(std::move(r)); });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(dropped >= 1);
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, ApiError::Kind::Network);
        QTRY_COMPARE(network.findChildren<QNetworkReply*>().size(), 0);
        QTest::qWait(50);
    }

private:
    std::unique_ptr<FakeNetwork> m_net;
    std::unique_ptr<ApiClient> m_api;
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
