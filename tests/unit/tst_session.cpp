// Session token handling against a fake server: one shared refresh for concurrent 401s, retry,
// rotation, expiry, proactive refresh, sign-out.
#include "app/api/ApiOperations.h"
#include "app/session/Session.h"
#include "shared/ErrorCodes.h"
#include "tests/support/FakeNetwork.h"
#include "tests/support/ManualClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lkk;
using lkk::test::FakeNetwork;
using lkk::test::ManualClock;
using Response = FakeNetwork::Response;

namespace {

QJsonObject userJson() {
    return QJsonObject{{"id"_L1, 1},
                       {"email"_L1, u"demo@lkk.example"_s},
                       {"surname"_L1, u"Иванова"_s},
                       {"firstName"_L1, u"Мария"_s},
                       {"patronymic"_L1, u"Петровна"_s},
                       {"phone"_L1, u""_s},
                       {"birthDate"_L1, QJsonValue::Null},
                       {"sex"_L1, u"female"_s},
                       {"role"_L1, u"customer"_s}};
}

// The auth part of the server, in memory: one valid access token and one valid refresh token.
struct FakeAuth {
    FakeNetwork net;
    QString access = u"A0"_s;
    QString refresh = u"R0"_s;
    int generation = 0;
    int accessExpiresIn = 900;
    int refreshDelayMs = 30;
    bool refreshFails = false;
    bool refreshNetworkDown = false;
    QString surname = u"Иванова"_s;

    FakeAuth() {
        net.route("POST", u"/api/v1/auth/refresh"_s, [this](const FakeNetwork::Request& r) {
            if (refreshNetworkDown)
                return Response::failure(QNetworkReply::HostNotFoundError, u"Host not found"_s);
            const QString token = QJsonDocument::fromJson(r.body).object().value("refreshToken"_L1).toString();
            if (refreshFails || token != refresh)
                return Response::apiError(401, errc::invalidRefreshToken, u"Сессия истекла"_s);
            ++generation;
            access = u"A"_s + QString::number(generation);
            refresh = u"R"_s + QString::number(generation);
            QJsonObject body{{"accessToken"_L1, access},
                             {"accessExpiresIn"_L1, accessExpiresIn},
                             {"refreshToken"_L1, refresh},
                             {"refreshExpiresIn"_L1, 3600},
                             {"user"_L1, userJson()}};
            Response resp = Response::json(200, QJsonDocument(body).toJson());
            resp.delayMs = refreshDelayMs;
            return resp;
        });
        net.route("GET", u"/api/v1/profile"_s, [this](const FakeNetwork::Request& r) {
            const QByteArray auth = r.header("Authorization");
            if (auth != "Bearer " + access.toLatin1())
                return Response::apiError(401, auth.startsWith("Bearer A") ? errc::tokenExpired : errc::unauthorized);
            QJsonObject user = userJson();
            user.insert("surname"_L1, surname);
            return Response::json(200, QJsonDocument(user).toJson());
        });
        net.route("POST", u"/api/v1/auth/logout"_s, [this](const FakeNetwork::Request& r) {
            if (r.header("Authorization") != "Bearer " + access.toLatin1())
                return Response::apiError(401, errc::unauthorized);
            access.clear();
            refresh.clear();
            return Response::json(204, {});
        });
    }

    LoginResult login(bool withRefresh = true) const {
        LoginResult l;
        l.tokens.accessToken = access;
        l.tokens.accessExpiresIn = 900;
        if (withRefresh) {
            l.tokens.refreshToken = refresh;
            l.tokens.refreshExpiresIn = 3600;
        }
        l.user.id = 1;
        l.user.email = u"demo@lkk.example"_s;
        l.user.surname = u"Иванова"_s;
        l.user.firstName = u"Мария"_s;
        l.user.role = u"customer"_s;
        return l;
    }
    // The access token the client holds stops working, as after its lifetime.
    void expireAccessToken() { access = u"A-expired-"_s + QString::number(++generation); }
};

} // namespace

class TestSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void concurrentUnauthorizedShareOneRefresh() {
        FakeAuth server;
        ApiClient api(&server.net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        session.start(server.login());
        QSignalSpy rotated(&session, &Session::refreshTokenRotated);
        QSignalSpy expired(&session, &Session::expired);

        server.expireAccessToken();
        constexpr int n = 5;
        int ok = 0, failed = 0;
        QObject context;
        for (int i = 0; i < n; ++i)
            session.authorized(GetProfileOperation{}, &context, [&](Result<Profile> r) { r ? ++ok : ++failed; });
        QTRY_COMPARE(ok + failed, n);
        QCOMPARE(ok, n);
        QCOMPARE(server.net.count(u"/api/v1/auth/refresh"_s), 1);
        QCOMPARE(rotated.count(), 1);
        QCOMPARE(rotated.first().first().toString(), server.refresh);
        QCOMPARE(session.tokens().accessToken, server.access);
        QCOMPARE(session.tokens().refreshToken, server.refresh);
        QCOMPARE(expired.count(), 0);
        // n first attempts with the old token + n retries with the new one.
        const auto profiles = server.net.requestsTo(u"/api/v1/profile"_s);
        QCOMPARE(profiles.size(), 2 * n);
        QCOMPARE(profiles.constLast().header("Authorization"), "Bearer " + server.access.toLatin1());
    }

    void requestsDuringRefreshWaitForIt() {
        FakeAuth server;
        server.refreshDelayMs = 150;
        ApiClient api(&server.net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        session.start(server.login());
        server.expireAccessToken();
        QObject context;
        int ok = 0;
        session.authorized(GetProfileOperation{}, &context, [&](Result<Profile> r) { ok += r.ok(); });
        QTRY_COMPARE(server.net.count(u"/api/v1/auth/refresh"_s), 1);
        // Sent while the refresh is running: waits instead of going out with the dead token.
        const int profileCallsBefore = server.net.count(u"/api/v1/profile"_s);
        session.authorized(GetProfileOperation{}, &context, [&](Result<Profile> r) { ok += r.ok(); });
        QCOMPARE(server.net.count(u"/api/v1/profile"_s), profileCallsBefore);
        QTRY_COMPARE(ok, 2);
        QCOMPARE(server.net.count(u"/api/v1/auth/refresh"_s), 1);
    }

    void failedRefreshExpiresTheSession() {
        FakeAuth server;
        ApiClient api(&server.net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        session.start(server.login());
        QSignalSpy expired(&session, &Session::expired);
        QSignalSpy rotated(&session, &Session::refreshTokenRotated);

        server.expireAccessToken();
        server.refreshFails = true;
        QList<ApiError> errors;
        QObject context;
        for (int i = 0; i < 3; ++i)
            session.authorized(GetProfileOperation{}, &context, [&](Result<Profile> r) {
                QVERIFY(!r.ok());
                errors.append(r.error());
            });
        QTRY_COMPARE(errors.size(), 3);
        QCOMPARE(expired.count(), 1);
        QCOMPARE(rotated.count(), 0);
        QCOMPARE(server.net.count(u"/api/v1/auth/refresh"_s), 1);
        QVERIFY(!session.isSignedIn());
        QVERIFY(session.tokens().accessToken.isEmpty());
        QVERIFY(session.tokens().refreshToken.isEmpty());
        QVERIFY(session.user().email.isEmpty());
        const ApiError reason = expired.first().first().value<ApiError>();
        QVERIFY(reason.is(errc::invalidRefreshToken));
        QVERIFY(!reason.message.isEmpty());
        // After expiry nothing goes out any more.
        const qsizetype sent = server.net.requests().size();
        bool answered = false;
        session.authorized(GetProfileOperation{}, &context, [&](Result<Profile> r) { answered = !r.ok(); });
        QTRY_VERIFY(answered);
        QCOMPARE(server.net.requests().size(), sent);
    }

    void noRefreshTokenExpiresOnFirst401() {
        FakeAuth server;
        ApiClient api(&server.net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        session.start(server.login(false));
        QSignalSpy expired(&session, &Session::expired);
        server.expireAccessToken();
        bool failed = false;
        QObject context;
        session.authorized(GetProfileOperation{}, &context, [&](Result<Profile> r) { failed = !r.ok(); });
        QTRY_VERIFY(failed);
        QCOMPARE(expired.count(), 1);
        QCOMPARE(server.net.count(u"/api/v1/auth/refresh"_s), 0);
        QVERIFY(!session.isSignedIn());
    }

    void networkFailureDuringRefreshKeepsSession() {
        FakeAuth server;
        ApiClient api(&server.net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        session.start(server.login());
        QSignalSpy expired(&session, &Session::expired);
        server.expireAccessToken();
        server.refreshNetworkDown = true;
        std::optional<ApiError> error;
        QObject context;
        session.authorized(GetProfileOperation{}, &context, [&](Result<Profile> r) {
            if (!r)
                error = r.error();
        });
        QTRY_VERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::Network);
        QCOMPARE(expired.count(), 0);
        QVERIFY(session.isSignedIn());

        // The network is back: the next request refreshes and succeeds.
        server.refreshNetworkDown = false;
        bool ok = false;
        session.authorized(GetProfileOperation{}, &context, [&](Result<Profile> r) { ok = r.ok(); });
        QTRY_VERIFY(ok);
    }

    void secondUnauthorizedAfterRefreshIsNotRetriedForever() {
        FakeAuth server;
        ApiClient api(&server.net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        // A server that rejects every access token, even fresh ones.
        server.net.route("GET", u"/api/v1/health"_s,
                         [](const FakeNetwork::Request&) { return Response::apiError(401, errc::tokenExpired); });
        Session session(&api);
        session.start(server.login());
        std::optional<ApiError> error;
        QObject context;
        session.authorized(HealthOperation{}, &context, [&](Result<HealthStatus> r) {
            if (!r)
                error = r.error();
        });
        QTRY_VERIFY(error.has_value());
        QVERIFY(error->is(errc::tokenExpired));
        QCOMPARE(server.net.count(u"/api/v1/auth/refresh"_s), 1);
        QCOMPARE(server.net.count(u"/api/v1/health"_s), 2);
    }

    void proactiveRefresh() {
        FakeAuth server;
        server.accessExpiresIn = 1;
        ApiClient api(&server.net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        ManualClock clock;
        Session session(&api, clock);
        QSignalSpy rotated(&session, &Session::refreshTokenRotated);
        LoginResult login = server.login();
        login.tokens.accessExpiresIn = 1;
        session.start(login);
        // Nobody calls anything: the session refreshes by itself before the 1 s token expires
        // (a fifth of its lifetime early)...
        clock.advance(700ms);
        QCOMPARE(server.net.count(u"/api/v1/auth/refresh"_s), 0);
        clock.advance(100ms);
        QCOMPARE(server.net.count(u"/api/v1/auth/refresh"_s), 1);
        QTRY_COMPARE(rotated.count(), 1);
        QCOMPARE(session.tokens().refreshToken, server.refresh);
        // ...and keeps doing so with the new lifetime.
        clock.advance(800ms);
        QTRY_COMPARE(rotated.count(), 2);
        QCOMPARE(server.net.count(u"/api/v1/profile"_s), 0);
    }

    void noProactiveRefreshWithoutRefreshToken() {
        FakeAuth server;
        ApiClient api(&server.net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        ManualClock clock;
        Session session(&api, clock);
        LoginResult login = server.login(false);
        login.tokens.accessExpiresIn = 1;
        session.start(login);
        QCOMPARE(clock.activeTimers(), 0);
        clock.advance(1h);
        QCOMPARE(server.net.count(u"/api/v1/auth/refresh"_s), 0);
        QVERIFY(session.isSignedIn());
    }

    void refreshRetriedLaterAfterNetworkFailure() {
        FakeAuth server;
        server.refreshNetworkDown = true;
        ApiClient api(&server.net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        ManualClock clock;
        Session session(&api, clock);
        QSignalSpy rotated(&session, &Session::refreshTokenRotated);
        session.start(server.login());
        clock.advance(900s); // the proactive refresh finds no network...
        QCOMPARE(server.net.count(u"/api/v1/auth/refresh"_s), 1);
        QTRY_COMPARE(server.net.openReplies(), 0);
        QVERIFY(session.isSignedIn());
        server.refreshNetworkDown = false;
        clock.advance(29s); // ...and tries again half a minute later
        QCOMPARE(server.net.count(u"/api/v1/auth/refresh"_s), 1);
        clock.advance(1s);
        QCOMPARE(server.net.count(u"/api/v1/auth/refresh"_s), 2);
        QTRY_COMPARE(rotated.count(), 1);
        QVERIFY(session.isSignedIn());
    }

    void signOutRevokesAndClears() {
        FakeAuth server;
        ApiClient api(&server.net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        session.start(server.login());
        QSignalSpy signedOut(&session, &Session::signedOut);
        QSignalSpy revoked(&session, &Session::revokeFinished);
        const QString access = session.tokens().accessToken;
        session.signOut();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!session.isSignedIn());
        QVERIFY(session.tokens().accessToken.isEmpty());
        QTRY_COMPARE(revoked.count(), 1);
        QCOMPARE(revoked.first().first().toBool(), true);
        QCOMPARE(server.net.requestsTo(u"/api/v1/auth/logout"_s).constFirst().header("Authorization"),
                 "Bearer " + access.toLatin1());
        QVERIFY(server.access.isEmpty());
        session.signOut(); // twice is harmless
        QCOMPARE(signedOut.count(), 1);
    }

    void signOutWhileRefreshingDropsTheLateAnswer() {
        FakeAuth server;
        server.refreshDelayMs = 100;
        ApiClient api(&server.net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        session.start(server.login());
        QSignalSpy rotated(&session, &Session::refreshTokenRotated);
        server.expireAccessToken();
        std::optional<ApiError> error;
        QObject context;
        session.authorized(GetProfileOperation{}, &context, [&](Result<Profile> r) {
            if (!r)
                error = r.error();
        });
        QTRY_COMPARE(server.net.count(u"/api/v1/auth/refresh"_s), 1);
        session.signOut();
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::Canceled);
        QTRY_COMPARE(server.net.openReplies(), 0); // the refresh answer has arrived
        QCOMPARE(rotated.count(), 0);
        QVERIFY(!session.isSignedIn());
        QVERIFY(session.tokens().accessToken.isEmpty());
    }

    void fetchProfileUpdatesUser() {
        FakeAuth server;
        server.surname = u"Петрова"_s;
        ApiClient api(&server.net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        session.start(server.login());
        QSignalSpy userChanged(&session, &Session::userChanged);
        bool done = false;
        QObject context;
        session.fetchProfile(&context, [&](Result<Profile> r) { done = r.ok(); });
        QTRY_VERIFY(done);
        QCOMPARE(session.user().surname, u"Петрова"_s);
        QCOMPARE(userChanged.count(), 1);
    }

    void callbackDroppedWhenContextDies() {
        FakeAuth server;
        ApiClient api(&server.net);
        QVERIFY(!api.setServer(u"https://lkk.example"_s));
        Session session(&api);
        session.start(server.login());
        server.expireAccessToken();
        int calls = 0;
        {
            QObject context;
            session.authorized(GetProfileOperation{}, &context, [&](Result<Profile>) { ++calls; });
        }
        QTest::qWait(200);
        QCOMPARE(calls, 0);
        QVERIFY(session.isSignedIn());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
