// The auth API over real HTTPS against the lkk-server binary (ServerProcess), trusting only the
// server's dev CA. Runs against SQLite (LKK_TEST_BACKEND=sqlite) or PostgreSQL
// (LKK_TEST_BACKEND=postgres + LKK_TEST_DATABASE_URL; each server gets a scratch database).
#include "tests/support/ScratchDatabase.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TotpCode.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using lkk::test::ServerProcess;
using lkk::test::TotpCode;

namespace {

constexpr char kDemoEmail[] = "demo@lkk.example";
constexpr char kDemoPassword[] = "Demo1234";

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QString errorCode() const { return json.value(u"error"_s).toObject().value(u"code"_s).toString(); }
    QString errorField() const { return json.value(u"error"_s).toObject().value(u"field"_s).toString(); }
    QString errorMessage() const { return json.value(u"error"_s).toObject().value(u"message"_s).toString(); }
};

// One running lkk-server with its own data dir and, for PostgreSQL, its own scratch database.
class TestServer {
public:
    ~TestServer() {
        process.stop();
        scratch.drop();
    }

    bool start(const QStringList& extraArgs, QString* error) {
        ServerProcess::Options options;
        options.dataDir = dir.path();
        options.extraArgs = extraArgs;
        if (qEnvironmentVariable("LKK_TEST_BACKEND") == u"postgres") {
            if (!scratch.create(u"lkk_t"_s, error))
                return false;
            options.databaseUrl = scratch.url();
        }
        if (!process.start(options, error))
            return false;
        const auto certs = QSslCertificate::fromPath(process.caFile());
        if (certs.isEmpty()) {
            *error = u"no CA certificate at "_s + process.caFile();
            return false;
        }
        ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(certs); // only the server's dev CA; never ignore TLS errors
        return true;
    }

    static bool adminConnect(const QUrl& url, const QString& name, QString* error) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName(QUrl::FullyDecoded));
        db.setPassword(url.password(QUrl::FullyDecoded));
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            *error = u"cannot connect to LKK_TEST_DATABASE_URL: "_s + db.lastError().text();
            return false;
        }
        return true;
    }

    QTemporaryDir dir;
    ServerProcess process;
    QSslConfiguration ssl;
    lkk::test::ScratchDatabase scratch;
};

} // namespace

class TestServerHttp : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<TestServer> m_main;
    QStringList m_issuedTokens; // must never show up in the server's output

    std::unique_ptr<TestServer> startServer(const QStringList& args) {
        auto server = std::make_unique<TestServer>();
        QString error;
        if (!server->start(args, &error)) {
            qWarning().noquote() << error;
            return nullptr;
        }
        return server;
    }

    Reply send(TestServer& server, const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
        QUrl url = server.process.url();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setSslConfiguration(server.ssl);
        request.setTransferTimeout(60000);
        for (const auto& h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(60000);
        Reply r;
        r.error = reply->error();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        for (const auto& pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return r;
    }

    Reply postJson(TestServer& server, const QString& path, const QJsonObject& body,
                   QList<QPair<QByteArray, QByteArray>> headers = {}) {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
        return send(server, "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    Reply login(TestServer& server, const QString& email, const QString& password, bool remember = false,
                const QJsonObject& extra = {}, const QByteArray& language = {}) {
        QJsonObject body{{u"email"_s, email}, {u"password"_s, password}, {u"remember"_s, remember}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!language.isEmpty())
            headers.append(qMakePair(QByteArray("Accept-Language"), language));
        Reply r = postJson(server, u"/api/v1/auth/login"_s, body, headers);
        for (const char* key : {"accessToken", "refreshToken"}) {
            const QString token = r.json.value(QLatin1StringView(key)).toString();
            if (!token.isEmpty())
                m_issuedTokens << token;
        }
        return r;
    }

    Reply bearer(TestServer& server, const QByteArray& method, const QString& path, const QString& token) {
        return send(server, method, path, {}, {{"Authorization", "Bearer " + token.toLatin1()}});
    }

    Reply newCaptcha(TestServer& server) { return postJson(server, u"/api/v1/captcha"_s, {}); }

    bool healthy(TestServer& server) {
        const Reply r = send(server, "GET", u"/api/v1/health"_s);
        return r.status == 200 && r.json.value(u"status"_s).toString() == u"ok"_s;
    }

    // A process's user + system CPU time in ms from /proc/PID/stat (-1 where unreadable).
    static qint64 cpuMs(qint64 pid) {
#ifndef Q_OS_LINUX
        Q_UNUSED(pid);
        return -1;
#else
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray line = stat.readAll();
        // Fields after the command name, which is in parentheses and may hold spaces: state is
        // field 3, utime and stime fields 14 and 15.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1;
        const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
        return ticks * 1000 / sysconf(_SC_CLK_TCK);
#endif
    }

private slots:
    void initTestCase() {
        if (qEnvironmentVariable("LKK_TEST_BACKEND") == u"postgres" &&
            ServerProcess::databaseUrlFromEnvironment().isEmpty()) {
            if (qEnvironmentVariable("LKK_TEST_REQUIRE_POSTGRES") == u"1")
                QFAIL("LKK_TEST_REQUIRE_POSTGRES=1 but LKK_TEST_DATABASE_URL is not set");
            QSKIP("LKK_TEST_DATABASE_URL is not set: PostgreSQL suite skipped");
        }
        // The shared server: fast hashing and loose rate limits so the cases don't trip them;
        // dedicated servers below test the real limits and production hashing.
        m_main =
            startServer({u"--environment"_s, u"test"_s, u"--test-expose-captcha"_s, u"--test-fast-password-hashing"_s,
                         u"--rate-email-max"_s, u"1000"_s, u"--rate-ip-max"_s, u"1000"_s});
        QVERIFY(m_main);
    }

    void cleanupTestCase() {
        m_main.reset();
    }

    void health() {
        const Reply r = send(*m_main, "GET", u"/api/v1/health"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(r.json.value(u"database"_s).toString(), u"ok"_s);
        QVERIFY(!r.json.value(u"version"_s).toString().isEmpty());
        QVERIFY(!r.headers.value("x-request-id").isEmpty());
    }

    void tlsRequiresTheServersCa() {
        QUrl url = m_main->process.url();
        url.setPath(u"/api/v1/health"_s);
        QNetworkRequest request(url);
        QSslConfiguration other = QSslConfiguration::defaultConfiguration();
        other.setCaCertificates({}); // trusts nothing, in particular not the dev CA
        request.setSslConfiguration(other);
        QNetworkAccessManager fresh; // no cached, already-verified connection
        QNetworkReply* reply = fresh.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        reply->deleteLater();
    }

    void loginWithoutRemember() {
        const Reply r = login(*m_main, QString::fromLatin1(kDemoEmail), QString::fromLatin1(kDemoPassword), false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"accessToken"_s).toString().size(), 43);
        QCOMPARE(r.json.value(u"accessExpiresIn"_s).toInt(), 900);
        QVERIFY(!r.json.contains(u"refreshToken"_s));
        QVERIFY(!r.json.contains(u"refreshExpiresIn"_s));
        const QJsonObject user = r.json.value(u"user"_s).toObject();
        QCOMPARE(user.value(u"email"_s).toString(), QString::fromLatin1(kDemoEmail));
        QCOMPARE(user.value(u"surname"_s).toString(), u"Иванова"_s);
        QCOMPARE(user.value(u"firstName"_s).toString(), u"Мария"_s);
        QCOMPARE(user.value(u"patronymic"_s).toString(), u"Петровна"_s);
        QCOMPARE(user.value(u"phone"_s).toString(), u"+79131234567"_s);
        QCOMPARE(user.value(u"role"_s).toString(), u"customer"_s);
        QVERIFY(user.value(u"id"_s).toInt() > 0);
        QVERIFY(user.contains(u"birthDate"_s) && user.contains(u"sex"_s));
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    }

    void loginWithRememberAndMixedCaseEmail() {
        const Reply r = login(*m_main, u"  Demo@LKK.example "_s, QString::fromLatin1(kDemoPassword), true);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"refreshToken"_s).toString().size(), 43);
        QCOMPARE(r.json.value(u"refreshExpiresIn"_s).toInt(), 2592000);
        QVERIFY(r.json.value(u"refreshToken"_s) != r.json.value(u"accessToken"_s));
    }

    // An operator's right password gives no session yet: a challenge for the second factor
    // (the demo operator is enrolled, so no enrolment comes with it).
    void operatorLoginNeedsASecondFactor() {
        const Reply r = login(*m_main, u"operator@lkk.example"_s, u"Operator1234"_s);
        QCOMPARE(r.status, 202);
        QVERIFY(!r.json.contains(u"accessToken"_s));
        QCOMPARE(r.json.value(u"secondFactor"_s).toString(), u"totp"_s);
        QCOMPARE(r.json.value(u"challenge"_s).toString().size(), 43);
        QVERIFY(!r.json.contains(u"enrolment"_s));
    }

    // The route table names the roles a route serves: the profile is everyone's, the accounts are
    // the customers'; another role gets 403 forbidden (a missing token still 401).
    void routesServeTheirRoles() {
        const Reply first = login(*m_main, u"operator@lkk.example"_s, u"Operator1234"_s);
        QCOMPARE(first.status, 202);
        const QString code = TotpCode::at(TotpCode::secretFromBase32(u"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"_s),
                                          TotpCode::stepAt(QDateTime::currentMSecsSinceEpoch()));
        const Reply op = postJson(*m_main, u"/api/v1/auth/login/second-factor"_s,
                                  {{u"challenge"_s, first.json.value(u"challenge"_s)}, {u"code"_s, code}});
        QCOMPARE(op.status, 200);
        QCOMPARE(op.json.value(u"user"_s).toObject().value(u"role"_s).toString(), u"operator"_s);
        const QString token = op.json.value(u"accessToken"_s).toString();
        QCOMPARE(bearer(*m_main, "GET", u"/api/v1/profile"_s, token).status, 200);
        for (const QString& path : {u"/api/v1/accounts"_s, u"/api/v1/accounts/1/bills"_s}) {
            const Reply refused = bearer(*m_main, "GET", path, token);
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.errorCode(), u"forbidden"_s);
            QVERIFY(!refused.errorMessage().isEmpty());
        }
        const Reply customer = login(*m_main, QString::fromLatin1(kDemoEmail), QString::fromLatin1(kDemoPassword));
        QCOMPARE(customer.status, 200);
        QCOMPARE(bearer(*m_main, "GET", u"/api/v1/accounts"_s, customer.json.value(u"accessToken"_s).toString()).status,
                 200);
        const Reply anonymous = send(*m_main, "GET", u"/api/v1/accounts"_s);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.headers.value("www-authenticate"), QByteArray("Bearer realm=\"lkk\""));
    }

    // The router checks the token before the handler reads the body: a stranger learns nothing
    // about a signed-in route's body rules.
    void tokenIsCheckedBeforeTheBody() {
        const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
        const QByteArray body = R"({"all":true})";
        const Reply stranger = send(*m_main, "POST", u"/api/v1/auth/logout"_s, body, json);
        QCOMPARE(stranger.status, 401);
        QCOMPARE(stranger.errorCode(), u"unauthorized"_s);

        const Reply l = login(*m_main, QString::fromLatin1(kDemoEmail), QString::fromLatin1(kDemoPassword));
        QCOMPARE(l.status, 200);
        auto withToken = json;
        withToken.append({"Authorization", "Bearer " + l.json.value(u"accessToken"_s).toString().toLatin1()});
        const Reply malformed = send(*m_main, "POST", u"/api/v1/auth/logout"_s, body, withToken);
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.errorCode(), u"unknown_field"_s);
        QCOMPARE(malformed.errorField(), u"all"_s);
    }

    void profileNeedsAValidToken() {
        const Reply l = login(*m_main, QString::fromLatin1(kDemoEmail), QString::fromLatin1(kDemoPassword));
        QCOMPARE(l.status, 200);
        const Reply p = bearer(*m_main, "GET", u"/api/v1/profile"_s, l.json.value(u"accessToken"_s).toString());
        QCOMPARE(p.status, 200);
        QCOMPARE(p.json, l.json.value(u"user"_s).toObject());

        const Reply none = send(*m_main, "GET", u"/api/v1/profile"_s);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), u"unauthorized"_s);
        QVERIFY(none.headers.value("www-authenticate").startsWith("Bearer"));
        const Reply bogus = bearer(*m_main, "GET", u"/api/v1/profile"_s, u"x"_s.repeated(43));
        QCOMPARE(bogus.status, 401);
        QCOMPARE(bogus.errorCode(), u"unauthorized"_s);
        const Reply basic = send(*m_main, "GET", u"/api/v1/profile"_s, {}, {{"Authorization", "Basic Zm9vOmJhcg=="}});
        QCOMPARE(basic.status, 401);
    }

    void refreshRotatesBothTokens() {
        const Reply l = login(*m_main, QString::fromLatin1(kDemoEmail), QString::fromLatin1(kDemoPassword), true);
        QCOMPARE(l.status, 200);
        const QString oldAccess = l.json.value(u"accessToken"_s).toString();
        const QString oldRefresh = l.json.value(u"refreshToken"_s).toString();

        const Reply r = postJson(*m_main, u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, oldRefresh}});
        QCOMPARE(r.status, 200);
        const QString newAccess = r.json.value(u"accessToken"_s).toString();
        const QString newRefresh = r.json.value(u"refreshToken"_s).toString();
        m_issuedTokens << newAccess << newRefresh;
        QVERIFY(!newAccess.isEmpty() && newAccess != oldAccess);
        QVERIFY(!newRefresh.isEmpty() && newRefresh != oldRefresh);
        QCOMPARE(r.json.value(u"user"_s).toObject().value(u"email"_s).toString(), QString::fromLatin1(kDemoEmail));

        QCOMPARE(bearer(*m_main, "GET", u"/api/v1/profile"_s, oldAccess).status, 401);
        QCOMPARE(bearer(*m_main, "GET", u"/api/v1/profile"_s, newAccess).status, 200);
        const Reply again = postJson(*m_main, u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, newRefresh}});
        QCOMPARE(again.status, 200);
        const QString latestAccess = again.json.value(u"accessToken"_s).toString();
        const QString latestRefresh = again.json.value(u"refreshToken"_s).toString();
        m_issuedTokens << latestAccess << latestRefresh;

        // A rotated refresh token presented again (a copy in a thief's hands): refused, and the
        // whole session ends, its newest tokens included.
        const Reply reuse = postJson(*m_main, u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, oldRefresh}});
        QCOMPARE(reuse.status, 401);
        QCOMPARE(reuse.errorCode(), u"invalid_refresh_token"_s);
        QCOMPARE(bearer(*m_main, "GET", u"/api/v1/profile"_s, latestAccess).status, 401);
        QCOMPARE(postJson(*m_main, u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, latestRefresh}}).status, 401);
        const Reply unknown = postJson(*m_main, u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, u"nope"_s}});
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.errorCode(), u"invalid_refresh_token"_s);
    }

    void logoutRevokesAccessAndRefresh() {
        const Reply l = login(*m_main, QString::fromLatin1(kDemoEmail), QString::fromLatin1(kDemoPassword), true);
        QCOMPARE(l.status, 200);
        const QString access = l.json.value(u"accessToken"_s).toString();
        const QString refresh = l.json.value(u"refreshToken"_s).toString();
        const Reply out =
            send(*m_main, "POST", u"/api/v1/auth/logout"_s, "{}",
                 {{"Authorization", "Bearer " + access.toLatin1()}, {"Content-Type", "application/json"}});
        QCOMPARE(out.status, 204);
        QVERIFY(out.body.isEmpty());

        const Reply p = bearer(*m_main, "GET", u"/api/v1/profile"_s, access);
        QCOMPARE(p.status, 401);
        QCOMPARE(p.errorCode(), u"unauthorized"_s);
        const Reply r = postJson(*m_main, u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, refresh}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"invalid_refresh_token"_s);
        QCOMPARE(bearer(*m_main, "POST", u"/api/v1/auth/logout"_s, access).status, 401);
        QCOMPARE(send(*m_main, "POST", u"/api/v1/auth/logout"_s).status, 401);
    }

    void wrongPasswordAndUnknownEmailLookAlike() {
        const Reply wrong = login(*m_main, u"operator@lkk.example"_s, u"Wrong-password1"_s);
        const Reply unknown = login(*m_main, u"nobody@lkk.example"_s, u"Wrong-password1"_s);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.errorCode(), u"invalid_credentials"_s);
        QCOMPARE(wrong.body, unknown.body);
        QVERIFY(login(*m_main, u"operator@lkk.example"_s, u"Operator1234"_s).status == 202); // resets its counter
    }

    void captchaAfterFiveFailures() {
        const QString email = QString::fromLatin1(kDemoEmail);
        const QString password = QString::fromLatin1(kDemoPassword);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(login(*m_main, email, u"Wrong-1234"_s).status, 401);
        const Reply required = login(*m_main, email, password);
        QCOMPARE(required.status, 403);
        QCOMPARE(required.errorCode(), u"captcha_required"_s);

        const Reply c1 = newCaptcha(*m_main);
        QCOMPARE(c1.status, 200);
        QVERIFY(QByteArray::fromBase64(c1.json.value(u"image"_s).toString().toLatin1()).startsWith("\x89PNG\r\n"));
        QVERIFY(c1.json.value(u"expiresIn"_s).toInt() > 0);
        const QString answer1 = c1.json.value(u"answer"_s).toString();
        QCOMPARE(answer1.size(), 5);
        const QString wrongAnswer = answer1 == u"00000"_s ? u"11111"_s : u"00000"_s;
        const Reply invalid = login(*m_main, email, password, false,
                                    {{u"captchaId"_s, c1.json.value(u"id"_s)}, {u"captchaAnswer"_s, wrongAnswer}});
        QCOMPARE(invalid.status, 403);
        QCOMPARE(invalid.errorCode(), u"captcha_invalid"_s);
        QCOMPARE(invalid.errorField(), u"captchaAnswer"_s);

        // A solved captcha with a wrong password still fails on the password...
        const Reply c2 = newCaptcha(*m_main);
        const QJsonObject solved2{{u"captchaId"_s, c2.json.value(u"id"_s)},
                                  {u"captchaAnswer"_s, c2.json.value(u"answer"_s)}};
        QCOMPARE(login(*m_main, email, u"Wrong-1234"_s, false, solved2).status, 401);
        // ...and the captcha is used up.
        const Reply reused = login(*m_main, email, password, false, solved2);
        QCOMPARE(reused.status, 403);
        QCOMPARE(reused.errorCode(), u"captcha_invalid"_s);

        const Reply c3 = newCaptcha(*m_main);
        const Reply ok =
            login(*m_main, email, password, true,
                  {{u"captchaId"_s, c3.json.value(u"id"_s)}, {u"captchaAnswer"_s, c3.json.value(u"answer"_s)}});
        QCOMPARE(ok.status, 200);
        // Success resets the counter: no captcha next time.
        QCOMPARE(login(*m_main, email, password).status, 200);
    }

    void captchaAlsoForUnknownEmails() {
        const QString email = u"ghost@lkk.example"_s;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(login(*m_main, email, u"Wrong-1234"_s).status, 401);
        const Reply r = login(*m_main, email, u"Wrong-1234"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"captcha_required"_s);
    }

    void malformedBodies_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QString login = u"/api/v1/auth/login"_s;
        const QByteArray json = "application/json";
        QTest::newRow("truncated") << login << json << QByteArray(R"({"email":"a@b.ru",)") << 400 << u"malformed_json"_s
                                   << QString();
        QTest::newRow("array") << login << json << QByteArray("[]") << 400 << u"malformed_json"_s << QString();
        QTest::newRow("empty") << login << json << QByteArray() << 400 << u"malformed_json"_s << QString();
        QTest::newRow("binary") << login << json << QByteArray("\x00\xff\xfe{\"", 5) << 400 << u"malformed_json"_s
                                << QString();
        QTest::newRow("deep nesting") << login << json << QByteArray(20000, '[') << 400 << u"malformed_json"_s
                                      << QString();
        QTest::newRow("wrong type") << login << json << QByteArray(R"({"email":1,"password":"x"})") << 400
                                    << u"wrong_type"_s << u"email"_s;
        QTest::newRow("bool as string") << login << json
                                        << QByteArray(R"({"email":"a@b.ru","password":"x","remember":"yes"})") << 400
                                        << u"wrong_type"_s << u"remember"_s;
        QTest::newRow("nested garbage") << login << json
                                        << QByteArray(R"({"email":{"$ne":[1,{"a":[null]}]},"password":[[]]})") << 400
                                        << u"wrong_type"_s << u"email"_s;
        QTest::newRow("unknown field") << login << json
                                       << QByteArray(R"({"email":"a@b.ru","password":"x","role":"operator"})") << 400
                                       << u"unknown_field"_s << u"role"_s;
        QTest::newRow("missing email") << login << json << QByteArray(R"({"password":"x"})") << 400
                                       << u"validation_failed"_s << u"email"_s;
        QTest::newRow("bad email") << login << json << QByteArray(R"({"email":"not-an-email","password":"x"})") << 400
                                   << u"validation_failed"_s << u"email"_s;
        QTest::newRow("long email") << login << json
                                    << (R"({"email":")" + QByteArray(300, 'a') + R"(@b.ru","password":"x"})") << 400
                                    << u"validation_failed"_s << u"email"_s;
        QTest::newRow("empty password") << login << json << QByteArray(R"({"email":"a@b.ru","password":""})") << 400
                                        << u"validation_failed"_s << u"password"_s;
        QTest::newRow("text/plain") << login << QByteArray("text/plain")
                                    << QByteArray(R"({"email":"a@b.ru","password":"x"})") << 415
                                    << u"unsupported_media_type"_s << QString();
        QTest::newRow("form") << login << QByteArray("application/x-www-form-urlencoded")
                              << QByteArray("email=a&password=b") << 415 << u"unsupported_media_type"_s << QString();
        QTest::newRow("refresh wrong type")
            << u"/api/v1/auth/refresh"_s << json << QByteArray(R"({"refreshToken":123})") << 400 << u"wrong_type"_s
            << u"refreshToken"_s;
        QTest::newRow("refresh missing") << u"/api/v1/auth/refresh"_s << json << QByteArray("{}") << 400
                                         << u"validation_failed"_s << u"refreshToken"_s;
        QTest::newRow("captcha garbage") << u"/api/v1/captcha"_s << json << QByteArray("{{{") << 400
                                         << u"malformed_json"_s << QString();
    }

    void malformedBodies() {
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!contentType.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), contentType));
        const Reply r = send(*m_main, "POST", path, body, headers);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.errorField(), field);
        QVERIFY(!r.errorMessage().isEmpty());
        QVERIFY(healthy(*m_main));
    }

    void hugeBodyIsRefused() {
        const QByteArray huge = "{\"email\":\"a@b.ru\",\"password\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
        const Reply r = send(*m_main, "POST", u"/api/v1/auth/login"_s, huge, {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), u"body_too_large"_s);
        QVERIFY(healthy(*m_main));
    }

    void clientHangingUpDoesNotHurt() {
        QUrl url = m_main->process.url();
        url.setPath(u"/api/v1/auth/login"_s);
        for (int i = 0; i < 5; ++i) {
            QNetworkRequest request(url);
            request.setSslConfiguration(m_main->ssl);
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            QNetworkReply* reply = m_nam.post(request, R"({"email":"hangup@lkk.example","password":"x"})");
            QSignalSpy uploaded(reply, &QNetworkReply::uploadProgress);
            uploaded.wait(2000);
            reply->abort();
            reply->deleteLater();
        }
        QTRY_VERIFY_WITH_TIMEOUT(healthy(*m_main), 20000);
    }

    void unknownRouteIsJson404() {
        for (const auto& [method, path] : QList<QPair<QByteArray, QString>>{{"GET", u"/api/v1/nothing"_s},
                                                                            {"GET", u"/api/v1/auth/login"_s},
                                                                            {"DELETE", u"/api/v1/profile"_s},
                                                                            {"GET", u"/"_s}}) {
            const Reply r = send(*m_main, method, path);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.errorCode(), u"not_found"_s);
            QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        }
    }

    void messagesFollowAcceptLanguage() {
        const Reply en = send(*m_main, "GET", u"/api/v1/nothing"_s, {}, {{"Accept-Language", "en-US,en;q=0.9"}});
        const Reply ru = send(*m_main, "GET", u"/api/v1/nothing"_s, {}, {{"Accept-Language", "ru-RU"}});
        // QNetworkAccessManager always sends the system locale, so "no usable language" stands
        // for "no header" here (the header-less case is a unit test of Messages::choose).
        const Reply none = send(*m_main, "GET", u"/api/v1/nothing"_s, {}, {{"Accept-Language", "de-DE, fr"}});
        QCOMPARE(en.errorMessage(), u"The requested resource was not found."_s);
        QCOMPARE(en.headers.value("content-language"), QByteArray("en"));
        QCOMPARE(ru.errorMessage(), u"Запрошенный ресурс не найден."_s);
        QCOMPARE(none.errorMessage(), ru.errorMessage());

        const Reply loginEn = login(*m_main, u"lang@lkk.example"_s, u"Wrong-1"_s, false, {}, "en");
        const Reply loginRu = login(*m_main, u"lang@lkk.example"_s, u"Wrong-1"_s, false, {}, "ru");
        QCOMPARE(loginEn.errorCode(), u"invalid_credentials"_s);
        QCOMPARE(loginEn.errorMessage(), u"Wrong e-mail address or password."_s);
        QCOMPARE(loginRu.errorMessage(), u"Неверный адрес электронной почты или пароль."_s);
        const Reply validationEn = send(*m_main, "POST", u"/api/v1/auth/login"_s, R"({"email":"x","password":"y"})",
                                        {{"Content-Type", "application/json"}, {"Accept-Language", "en"}});
        QCOMPARE(validationEn.errorCode(), u"validation_failed"_s);
        QCOMPARE(validationEn.errorMessage(), u"Enter a valid e-mail address."_s);
    }

    void expiredAccessToken() {
        // The test clock runs on from `start` while the server starts and signs in, then jumps ten
        // minutes: well past the access token's minute, without waiting on the real clock.
        const QDateTime start = QDateTime::fromString(u"2026-11-24T05:00:00Z"_s, Qt::ISODate);
        auto server = startServer({u"--environment"_s, u"test"_s, u"--test-fast-password-hashing"_s,
                                   u"--access-token-ttl"_s, u"60"_s, u"--test-clock"_s, start.toString(Qt::ISODate)});
        QVERIFY(server);
        const QString email = QString::fromLatin1(kDemoEmail);
        const QString password = QString::fromLatin1(kDemoPassword);
        const Reply first = login(*server, email, password, true);
        const Reply second = login(*server, email, password, true);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QCOMPARE(first.json.value(u"accessExpiresIn"_s).toInt(), 60);
        const QString access = first.json.value(u"accessToken"_s).toString();
        QCOMPARE(bearer(*server, "GET", u"/api/v1/profile"_s, access).status, 200);
        QCOMPARE(
            postJson(*server, u"/api/v1/test/clock"_s, {{u"now"_s, start.addSecs(600).toString(Qt::ISODate)}}).status,
            204);
        const Reply p = bearer(*server, "GET", u"/api/v1/profile"_s, access);
        QCOMPARE(p.status, 401);
        QCOMPARE(p.errorCode(), u"token_expired"_s);

        // Signing out with the expired access token still ends that session, refresh token included.
        QCOMPARE(bearer(*server, "POST", u"/api/v1/auth/logout"_s, access).status, 204);
        const Reply dead =
            postJson(*server, u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, first.json.value(u"refreshToken"_s)}});
        QCOMPARE(dead.status, 401);
        QCOMPARE(dead.errorCode(), u"invalid_refresh_token"_s);

        // The other session's refresh token outlives its expired access token.
        const Reply r =
            postJson(*server, u"/api/v1/auth/refresh"_s, {{u"refreshToken"_s, second.json.value(u"refreshToken"_s)}});
        QCOMPARE(r.status, 200);
        m_issuedTokens << r.json.value(u"accessToken"_s).toString() << r.json.value(u"refreshToken"_s).toString();
    }

    void rateLimitsPerEmailAndPerIp() {
        auto server = startServer({u"--environment"_s, u"test"_s, u"--test-fast-password-hashing"_s,
                                   u"--rate-email-max"_s, u"3"_s, u"--rate-ip-max"_s, u"7"_s, u"--rate-email-window"_s,
                                   u"60"_s, u"--rate-ip-window"_s, u"120"_s, u"--captcha-after-failures"_s, u"100"_s});
        QVERIFY(server);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(login(*server, u"a@rate.example"_s, u"Wrong-1"_s).status, 401);
        const Reply byEmail = login(*server, u"a@rate.example"_s, u"Wrong-1"_s);
        QCOMPARE(byEmail.status, 429);
        QCOMPARE(byEmail.errorCode(), u"too_many_attempts"_s);
        const int retryEmail = byEmail.headers.value("retry-after").toInt();
        QVERIFY2(retryEmail >= 1 && retryEmail <= 60, byEmail.headers.value("retry-after"));

        for (int i = 0; i < 3; ++i) // 6 attempts from this IP so far (the refused one is not counted)
            QCOMPARE(login(*server, u"b@rate.example"_s, u"Wrong-1"_s).status, 401);
        QCOMPARE(login(*server, u"c@rate.example"_s, u"Wrong-1"_s).status, 401); // 7th
        const Reply byIp = login(*server, u"c@rate.example"_s, u"Wrong-1"_s);
        QCOMPARE(byIp.status, 429);
        const int retryIp = byIp.headers.value("retry-after").toInt();
        QVERIFY2(retryIp >= 1 && retryIp <= 120, byIp.headers.value("retry-after"));
        // The IP limit stops even the right password of another account.
        QCOMPARE(login(*server, QString::fromLatin1(kDemoEmail), QString::fromLatin1(kDemoPassword)).status, 429);
        QVERIFY(healthy(*server));
    }

    void productionHashingAndTiming() {
        // Real Argon2id INTERACTIVE parameters; the captcha threshold is raised only so that
        // enough attempts fit.
        auto server = startServer(
            {u"--environment"_s, u"test"_s, u"--captcha-after-failures"_s, u"100"_s, u"--rate-email-max"_s, u"100"_s});
        QVERIFY(server);
#ifndef Q_OS_LINUX
        QSKIP("reads the server's CPU time from /proc");
#endif
        const Reply ok = login(*server, QString::fromLatin1(kDemoEmail), QString::fromLatin1(kDemoPassword));
        QCOMPARE(ok.status, 200);
        // The server's CPU time, not the wall clock: on a busy machine a login waits for a core
        // for longer than Argon2 runs, while the CPU it spent stays what the hashing cost.
        const qint64 pid = server->process.processId();
        qint64 wrongCpu = 0, unknownCpu = 0;
        QByteArray wrongBody, unknownBody;
        for (int i = 0; i < 5; ++i) {
            const qint64 beforeWrong = cpuMs(pid);
            const Reply w = login(*server, QString::fromLatin1(kDemoEmail), u"Wrong-pass1"_s);
            const qint64 beforeUnknown = cpuMs(pid);
            const Reply u = login(*server, QStringLiteral("nobody%1@lkk.example").arg(i), u"Wrong-pass1"_s);
            const qint64 after = cpuMs(pid);
            QCOMPARE(w.status, 401);
            QCOMPARE(u.status, 401);
            QVERIFY2(beforeWrong >= 0 && after >= 0, "the server's CPU time is unreadable");
            wrongCpu += beforeUnknown - beforeWrong;
            unknownCpu += after - beforeUnknown;
            wrongBody = w.body;
            unknownBody = u.body;
        }
        QCOMPARE(wrongBody, unknownBody);
        qInfo() << "server CPU ms over 5 logins: wrong password" << wrongCpu << "unknown e-mail" << unknownCpu;
        // Each wrong password costs one Argon2id verification (tens of ms of CPU); without the
        // dummy verification the unknown e-mails would cost next to nothing.
        QVERIFY2(wrongCpu >= 50, qPrintable(QStringLiteral("wrong passwords cost %1 ms of CPU").arg(wrongCpu)));
        QVERIFY2(unknownCpu * 2 >= wrongCpu, qPrintable(QStringLiteral("%1 vs %2 ms").arg(unknownCpu).arg(wrongCpu)));
    }

    void databaseOutageAndRecovery() {
        if (qEnvironmentVariable("LKK_TEST_BACKEND") != u"postgres")
            QSKIP("PostgreSQL only: the test cuts the server's database connections");
        auto server = startServer(
            {u"--environment"_s, u"test"_s, u"--test-fast-password-hashing"_s, u"--worker-threads"_s, u"1"_s});
        QVERIFY(server);
        QVERIFY(healthy(*server));
        auto cutConnections = [&] {
            QString error;
            const QString conn = u"cut-"_s + server->scratch.name();
            QVERIFY2(TestServer::adminConnect(QUrl(ServerProcess::databaseUrlFromEnvironment()), conn, &error),
                     qPrintable(error));
            {
                QSqlQuery q(QSqlDatabase::database(conn));
                QVERIFY(q.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"_s +
                               server->scratch.name() + u"' AND pid <> pg_backend_pid()"_s));
            }
            QSqlDatabase::removeDatabase(conn);
        };
        // A request after a cut connection has idled for a while: the server checks the
        // connection first and connects again, so the request is served (it used to get 503).
        cutConnections();
        QTest::qWait(150); // past Database's 100 ms idle check
        QCOMPARE(login(*server, QString::fromLatin1(kDemoEmail), QString::fromLatin1(kDemoPassword)).status, 200);

        cutConnections();
        const Reply degraded = send(*server, "GET", u"/api/v1/health"_s);
        QCOMPARE(degraded.status, 503);
        QCOMPARE(degraded.json.value(u"status"_s).toString(), u"degraded"_s);
        QCOMPARE(degraded.json.value(u"database"_s).toString(), u"unavailable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(healthy(*server), 10000);
        QCOMPARE(login(*server, QString::fromLatin1(kDemoEmail), QString::fromLatin1(kDemoPassword)).status, 200);
    }

    void productionRefusesTestOptions() {
        QTemporaryDir dir;
        QProcess p;
        p.start(ServerProcess::binaryPath(),
                {u"--environment"_s, u"production"_s, u"--test-expose-captcha"_s, u"--tls-cert"_s, u"c.pem"_s,
                 u"--tls-key"_s, u"k.pem"_s, u"--data-dir"_s, dir.path()});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("test-only"));

        QProcess noTls;
        noTls.start(ServerProcess::binaryPath(), {u"--data-dir"_s, dir.path(), u"--port"_s, u"0"_s});
        QVERIFY(noTls.waitForFinished(30000));
        QCOMPARE(noTls.exitCode(), 2);
        QVERIFY(noTls.readAllStandardError().contains("tls-cert"));
    }

    // Last: stops the shared server and inspects everything it printed.
    void cleanShutdownAndAccessLogWithoutSecrets() {
        m_main->process.stop();
        const QByteArray output = m_main->process.output();
        QVERIFY2(output.contains("lkk-server: stopped"), output.right(2000).constData());
        int accessLines = 0;
        for (const QByteArray& line : output.split('\n')) {
            if (!line.startsWith("{\""))
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.contains(u"requestId"_s))
                continue;
            ++accessLines;
            for (const char* key : {"time", "ip", "method", "path", "status", "durationMs"})
                QVERIFY2(o.contains(QLatin1StringView(key)), line.constData());
            QVERIFY2(!line.contains(kDemoPassword) && !line.contains("Operator1234") && !line.contains("Wrong-"),
                     line.constData());
        }
        QVERIFY(accessLines > 20);
        QVERIFY(output.contains(R"("path":"/api/v1/auth/login")"));
        QVERIFY(output.contains(R"("userId":)"));
        QVERIFY(!m_issuedTokens.isEmpty());
        for (const QString& token : std::as_const(m_issuedTokens))
            QVERIFY2(!output.contains(token.toLatin1()), "a token appears in the server output");
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestServerHttp test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_serverhttp.moc"
