// The client core signs in to a real lkk-server (--demo, temp data dir) over HTTPS trusting the
// demo CA: sign-in, profile, real token refresh (--access-token-ttl 2; the client's clock and the
// server's test clock are moved by the test, nothing waits for them), sign-out revoking the
// tokens, a wrong CA failing as a TLS error, and «Запомнить» surviving a client restart without
// leaving the password or a token in the config, cache or data directories.
#include "app/api/ApiClient.h"
#include "app/api/ApiOperations.h"
#include "app/session/CredentialStore.h"
#include "app/session/LoginController.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "generated/branding.h"
#include "shared/ErrorCodes.h"
#include "tests/support/ApiTestServer.h"
#include "tests/support/ManualClock.h"
#include "tests/support/RunOperation.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lkk;
using lkk::test::ManualClock;
using lkk::test::runOp;
using Field = LoginController::Field;

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

const QString demoEmail = u"demo@lkk.example"_s;
const QString demoPassword = u"Demo1234"_s;

CredentialStore::Outcome readEntry(CredentialStore& store, const QString& key) {
    std::optional<CredentialStore::Outcome> out;
    QObject context;
    store.read(key, &context, [&out](const CredentialStore::Outcome& o) { out = o; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
        return {};
    return *out;
}

bool keychainPresent(QString* why) {
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    *why = u"no D-Bus session bus: run inside scripts/with-keyring.sh"_s;
    return false;
}

// One client process worth of objects, as app/main.cpp wires them, on a clock of its own.
struct Client {
    ManualClock clock;
    QNetworkAccessManager network;
    ApiClient api{&network};
    Session session{&api, clock};
    CredentialStore credentials{QString::fromLatin1(lkk::branding::appId)};
    AppSettings settings; // the user's settings file (in QStandardPaths test mode)
    LoginController controller{&session, &credentials, &settings};

    Client(const QUrl& server, const QString& ca) {
        settings.setValue(AppSettings::Key::ServerUrl, server.toString());
        settings.setValue(AppSettings::Key::ExtraCaFile, ca);
    }
};

} // namespace

class TestSignIn : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        // A home of our own: test mode puts config, cache and data under $HOME/.qttest, which the
        // secret scan below covers; other suites (and this one's PostgreSQL twin) run in parallel.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).startsWith(m_home.path()));
        // A scratch database of our own on PostgreSQL: other suites running in parallel use the
        // same demo e-mail, and this one leaves failed-login counters behind.
        lkk::test::ApiTestServer::Options options;
        options.scratchPrefix = u"lkk_client_t"_s;
        options.testClock = ManualClock::defaultStart();
        // Test environment: the captcha answer is exposed so the captcha flow can be completed.
        options.extraArgs = {u"--access-token-ttl"_s, u"2"_s, u"--test-expose-captcha"_s};
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        QVERIFY(QFile::exists(caFile()));
        QCOMPARE(serverUrl().scheme(), u"https"_s);
    }

    void cleanupTestCase() { m_server.stop(); }

    void health() {
        QNetworkAccessManager network;
        ApiClient api(&network);
        QVERIFY(!api.setServer(serverUrl().toString(), caFile()));
        const auto health = runOp(api, HealthOperation{});
        QVERIFY2(health.ok(), qPrintable(health ? QString() : health.error().message));
        QCOMPARE(health.value().status, u"ok"_s);
        QCOMPARE(health.value().version, QString::fromLatin1(lkk::branding::version));
    }

    void signInProfileRefreshSignOut() {
        QNetworkAccessManager network;
        ApiClient api(&network);
        QVERIFY(!api.setServer(serverUrl().toString(), caFile()));

        LoginOperation login;
        login.login = {demoEmail, demoPassword, true, {}, {}};
        auto signedIn = runOp(api, login);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn ? QString() : signedIn.error().message));
        QCOMPARE(signedIn.value().tokens.accessExpiresIn, 2);
        QVERIFY(!signedIn.value().tokens.refreshToken.isEmpty());
        QCOMPARE(signedIn.value().user.surname, u"Иванова"_s);
        QCOMPARE(signedIn.value().user.firstName, u"Мария"_s);
        QCOMPARE(signedIn.value().user.patronymic, u"Петровна"_s);
        QCOMPARE(signedIn.value().user.phone, u"+79131234567"_s);

        ManualClock clock;
        Session session(&api, clock);
        QSignalSpy rotated(&session, &Session::refreshTokenRotated);
        QSignalSpy expired(&session, &Session::expired);
        session.start(signedIn.value());
        const QString firstRefresh = session.tokens().refreshToken;
        const QString firstAccess = session.tokens().accessToken;

        bool profileOk = false;
        QObject context;
        session.fetchProfile(&context, [&](Result<Profile> r) { profileOk = r.ok(); });
        QTRY_VERIFY(profileOk);
        QCOMPARE(session.user().email, demoEmail);

        // The 2 s access token is refreshed by the session itself before it expires, and the
        // refresh token rotates.
        clock.advance(2s);
        QTRY_COMPARE_WITH_TIMEOUT(rotated.count(), 1, 10000);
        QVERIFY(session.tokens().refreshToken != firstRefresh);
        QVERIFY(session.tokens().accessToken != firstAccess);
        QCOMPARE(expired.count(), 0);

        // Past the access token's lifetime on the server's clock (the client's stands still): the
        // server answers 401, the session refreshes once and the request goes through.
        QVERIFY(m_server.advanceClock(2500ms));
        profileOk = false;
        session.fetchProfile(&context, [&](Result<Profile> r) { profileOk = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(profileOk, 10000);
        QCOMPARE(rotated.count(), 2);
        QVERIFY(session.isSignedIn());

        // Sign-out revokes both tokens on the server.
        const AuthTokens last = session.tokens();
        QSignalSpy revoked(&session, &Session::revokeFinished);
        session.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(revoked.count(), 1, 10000);
        QCOMPARE(revoked.first().first().toBool(), true);
        const auto profileAfter = runOp(api, GetProfileOperation{}, last.accessToken);
        QVERIFY(!profileAfter.ok());
        QCOMPARE(profileAfter.error().httpStatus, 401);
        const auto refreshAfter = runOp(api, RefreshOperation{last.refreshToken});
        QVERIFY(!refreshAfter.ok());
        QVERIFY(refreshAfter.error().is(errc::invalidRefreshToken));
    }

    // A rotated refresh token that comes back means it was stolen (docs/security.md): the server
    // refuses it and ends the whole session, so the session's current tokens die with it and the
    // client's session expires at its next request.
    void replayedRefreshTokenEndsTheSession() {
        QNetworkAccessManager network;
        ApiClient api(&network);
        QVERIFY(!api.setServer(serverUrl().toString(), caFile()));
        LoginOperation login;
        login.login = {demoEmail, demoPassword, true, {}, {}};
        auto signedIn = runOp(api, login);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn ? QString() : signedIn.error().message));

        ManualClock clock;
        Session session(&api, clock);
        QSignalSpy rotated(&session, &Session::refreshTokenRotated);
        QSignalSpy expired(&session, &Session::expired);
        session.start(signedIn.value());
        const QString firstRefresh = session.tokens().refreshToken;
        clock.advance(2s);
        QTRY_COMPARE_WITH_TIMEOUT(rotated.count(), 1, 10000);
        const AuthTokens current = session.tokens();
        QVERIFY(current.refreshToken != firstRefresh);

        const auto replayed = runOp(api, RefreshOperation{firstRefresh});
        QVERIFY(!replayed.ok());
        QVERIFY2(replayed.error().is(errc::invalidRefreshToken), qPrintable(replayed.error().code));
        const auto profile = runOp(api, GetProfileOperation{}, current.accessToken);
        QVERIFY(!profile.ok());
        QCOMPARE(profile.error().httpStatus, 401);
        const auto refresh = runOp(api, RefreshOperation{current.refreshToken});
        QVERIFY(!refresh.ok());
        QVERIFY(refresh.error().is(errc::invalidRefreshToken));

        QObject context;
        session.fetchProfile(&context, [](Result<Profile>) {});
        QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 10000);
        QVERIFY(!session.isSignedIn());
    }

    void expiredWithoutRefreshTokenReturnsToLogin() {
        Client client(serverUrl(), caFile());
        QSignalSpy signedIn(&client.controller, &LoginController::signedIn);
        QSignalSpy failed(&client.controller, &LoginController::failed);
        client.controller.signIn(demoEmail, demoPassword, false, {});
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() == 1 || failed.count() > 0, 15000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QVERIFY(client.session.tokens().refreshToken.isEmpty());
        QCOMPARE(signedIn.first().first().value<Profile>().email, demoEmail);

        QSignalSpy expired(&client.session, &Session::expired);
        // The 2 s access token is dead on the server's clock and there is nothing to refresh it with.
        QVERIFY(m_server.advanceClock(2500ms));
        std::optional<ApiError> error;
        QObject context;
        client.session.fetchProfile(&context, [&](Result<Profile> r) {
            if (!r)
                error = r.error();
        });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
        QCOMPARE(expired.count(), 1);
        QVERIFY(!client.session.isSignedIn());
    }

    void wrongPasswordIsRefused() {
        Client client(serverUrl(), caFile());
        QSignalSpy failed(&client.controller, &LoginController::failed);
        client.controller.signIn(demoEmail, u"Wrong1234"_s, false, {});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QCOMPARE(failed.first().at(0).value<Field>(), Field::None);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QVERIFY(!client.session.isSignedIn());
    }

    void wrongCaIsATlsError() {
        QTemporaryDir dir;
        const QString ca = dir.filePath(u"other-ca.crt"_s);
        const int rc = quietly(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                              u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=Some Other CA"_s, u"-addext"_s,
                                              u"basicConstraints=critical,CA:TRUE"_s, u"-keyout"_s,
                                              dir.filePath(u"other-ca.key"_s), u"-out"_s, ca});
        QCOMPARE(rc, 0);

        for (const QString& caFile : {ca, QString()}) { // another CA, and the system CAs only
            QNetworkAccessManager network;
            ApiClient api(&network);
            QVERIFY(!api.setServer(serverUrl().toString(), caFile));
            LoginOperation login;
            login.login = {demoEmail, demoPassword, false, {}, {}};
            const auto r = runOp(api, login);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, ApiError::Kind::Tls);
            QVERIFY2(r.error().message.contains(u"not trusted"_s), qPrintable(r.error().message));
            // Plain words about the certificate; the TLS layer's own reason goes to the log.
            QVERIFY2(r.error().message.contains(u"certificate"_s, Qt::CaseInsensitive), qPrintable(r.error().message));
        }

        // Through the controller the message lands at the server settings.
        Client client(serverUrl(), ca);
        QSignalSpy failed(&client.controller, &LoginController::failed);
        client.controller.signIn(demoEmail, demoPassword, false, {});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QCOMPARE(failed.first().at(0).value<Field>(), Field::Server);
        QVERIFY(failed.first().at(1).toString().contains(u"not trusted"_s));
    }

    void rememberedSignInSurvivesRestartWithoutSecretsOnDisk() {
        QString why;
        if (!keychainPresent(&why)) {
            if (qEnvironmentVariableIntValue("LKK_TEST_REQUIRE_KEYCHAIN") == 1)
                QFAIL(qPrintable(u"LKK_TEST_REQUIRE_KEYCHAIN=1 but "_s + why));
            QSKIP(qPrintable(why));
        }
        QStringList secrets{demoPassword};
        QString settingsFile;
        {
            Client first(serverUrl(), caFile());
            settingsFile = first.settings.fileName();
            QSignalSpy status(&first.controller, &LoginController::keychainStatusChanged);
            first.controller.probeKeychain();
            QTRY_COMPARE_WITH_TIMEOUT(status.count(), 1, 20000);
            QVERIFY2(status.first().at(0).toBool(), qPrintable(status.first().at(1).toString()));

            QSignalSpy signedIn(&first.controller, &LoginController::signedIn);
            QSignalSpy remembered(&first.controller, &LoginController::rememberFinished);
            QSignalSpy failed(&first.controller, &LoginController::failed);
            first.controller.signIn(demoEmail, demoPassword, true, {});
            QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() == 1 || failed.count() > 0, 20000);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
            QTRY_COMPARE_WITH_TIMEOUT(remembered.count(), 1, 20000);
            QVERIFY(remembered.first().first().toBool());
            secrets << first.session.tokens().accessToken << first.session.tokens().refreshToken;
            QVERIFY(!first.settings.string(AppSettings::Key::RememberedUser).isEmpty());
            // The client quits without signing out.
        }

        Client second(serverUrl(), caFile());
        QSignalSpy restored(&second.controller, &LoginController::restoreFinished);
        QSignalSpy signedIn(&second.controller, &LoginController::signedIn);
        second.controller.restoreRemembered();
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 20000);
        QVERIFY(restored.first().first().toBool());
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(second.session.user().surname, u"Иванова"_s);
        secrets << second.session.tokens().accessToken << second.session.tokens().refreshToken;

        // Let the short access token rotate once more, so the keychain copy is updated too.
        QSignalSpy rotated(&second.session, &Session::refreshTokenRotated);
        second.clock.advance(2s);
        QTRY_COMPARE_WITH_TIMEOUT(rotated.count(), 1, 10000);
        secrets << second.session.tokens().accessToken << second.session.tokens().refreshToken;
        const QString key = second.settings.string(AppSettings::Key::RememberedUser);
        QTRY_COMPARE_WITH_TIMEOUT(readEntry(second.credentials, key).secret, second.session.tokens().refreshToken,
                                  10000);
        second.settings.sync();

        // Nothing on disk holds the password or any of the tokens.
        QStringList files{settingsFile};
        for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericCacheLocation,
                              QStandardPaths::GenericDataLocation, QStandardPaths::AppConfigLocation,
                              QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        files.removeDuplicates();
        QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));
        QVERIFY(settingsFile.startsWith(m_home.path()));
        int scanned = 0;
        for (const QString& path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            const QByteArray content = file.readAll();
            for (const QString& secret : std::as_const(secrets)) {
                QVERIFY(!secret.isEmpty());
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(u"a secret was written to "_s + path));
            }
        }
        QVERIFY(scanned >= 1);
        qInfo() << "scanned" << scanned << "files for secrets, settings in" << settingsFile;
        QVERIFY(QFile(settingsFile).open(QIODevice::ReadOnly));
        QVERIFY(QFile(settingsFile).size() > 0);

        // Signing out removes the keychain entry: the next start shows the login window.
        second.session.signOut();
        QTRY_VERIFY_WITH_TIMEOUT(second.settings.string(AppSettings::Key::RememberedUser).isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(readEntry(second.credentials, key).notFound, 10000);

        Client third(serverUrl(), caFile());
        QSignalSpy restoredAgain(&third.controller, &LoginController::restoreFinished);
        third.controller.restoreRemembered();
        QTRY_COMPARE(restoredAgain.count(), 1);
        QVERIFY(!restoredAgain.first().first().toBool());
    }

    // Last: it leaves the demo e-mail behind a captcha until a correct sign-in.
    void captchaAfterFailedLogins() {
        Client client(serverUrl(), caFile());
        QSignalSpy failed(&client.controller, &LoginController::failed);
        QSignalSpy captcha(&client.controller, &LoginController::captchaShown);
        for (int i = 1; i <= 5 && !client.controller.captchaRequired(); ++i) {
            client.controller.signIn(demoEmail, u"Wrong1234"_s, false, {});
            QTRY_COMPARE_WITH_TIMEOUT(failed.count(), i, 15000);
        }
        // Now even the right password needs the captcha; the controller loads and shows it.
        if (!client.controller.captchaRequired())
            client.controller.signIn(demoEmail, demoPassword, false, {});
        QTRY_COMPARE_WITH_TIMEOUT(captcha.count(), 1, 15000);
        QVERIFY(client.controller.captchaRequired());
        QCOMPARE(failed.last().at(0).value<Field>(), Field::Captcha);
        const QImage image = captcha.first().first().value<QImage>();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 20 && image.height() > 10);

        // The rest on the wire: a wrong answer, then the right one.
        ApiClient& api = client.api;
        auto challenge = runOp(api, RequestCaptchaOperation{});
        QVERIFY2(challenge.ok(), qPrintable(challenge ? QString() : challenge.error().message));
        QVERIFY(!challenge.value().testAnswer.isEmpty());
        LoginOperation login;
        login.login = {demoEmail, demoPassword, false, challenge.value().id, challenge.value().testAnswer + u"9"_s};
        auto wrong = runOp(api, login);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().is(errc::captchaInvalid), qPrintable(wrong.error().code));
        QCOMPARE(wrong.error().field, u"captchaAnswer"_s);

        challenge = runOp(api, RequestCaptchaOperation{});
        QVERIFY(challenge.ok());
        login.login.captchaId = challenge.value().id;
        login.login.captchaAnswer = challenge.value().testAnswer;
        auto right = runOp(api, login);
        QVERIFY2(right.ok(), qPrintable(right ? QString() : right.error().code + u' ' + right.error().message));
        QCOMPARE(right.value().user.email, demoEmail);
    }

private:
    QUrl serverUrl() { return m_server.process().url(); }
    QString caFile() { return m_server.process().caFile(); }

    QTemporaryDir m_home;
    lkk::test::ApiTestServer m_server;
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
