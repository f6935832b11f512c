// Operator accounts and their sign-in over HTTPS against the real lkk-server (SQLite and
// PostgreSQL variants): `lkk-server operator add|disable|reset-2fa|list`, the invitation mail
// and its set-password link, the TOTP second factor (enrolment, ±1 step, replay, recovery codes,
// limits) and the operators' session limits, all on the server's test clock.
#include "tests/support/ApiTestServer.h"
#include "tests/support/OperatorFixture.h"
#include "tests/support/TotpCode.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;
using lkk::test::HttpReply;
using lkk::test::OperatorFixture;
using lkk::test::TotpCode;

namespace {
const QDateTime kStart(QDate(2026, 11, 24), QTime(5, 0), Qt::UTC);
const QString kDemoOperator = u"operator@lkk.example"_s;
const QString kDemoOperatorPassword = u"Operator1234"_s;
const QByteArray kDemoSecret = TotpCode::secretFromBase32(u"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"_s);
constexpr qint64 kStepMs = 30'000;
} // namespace

class TestOperators : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    OperatorFixture m_fixture{m_server};
    using Enrolled = OperatorFixture::Enrolled;
    using Command = OperatorFixture::Command;
    OperatorFixture::Command operatorCommand(const QStringList& arguments) { return m_fixture.run(arguments); }
    QString nextMailTo(const QString& to) { return m_fixture.nextMailTo(to); }
    Enrolled enrolNewOperator(bool supervisor = false) { return m_fixture.enrol(supervisor); }

    // Moves the server's clock to the middle of the next time step and answers that step: codes
    // of a step are then tested with 15 s to spare either way.
    qint64 toMiddleOfAStep() {
        const qint64 now = m_server.serverNowMs();
        const qint64 target = (now / kStepMs + 1) * kStepMs + kStepMs / 2;
        if (!m_server.advanceClock(std::chrono::milliseconds(target - now)))
            return -1;
        return TotpCode::stepAt(m_server.serverNowMs());
    }

    HttpReply login(const QString& email, const QString& password, bool remember = false) {
        return m_server.post(u"/api/v1/auth/login"_s, {},
                             {{u"email"_s, email}, {u"password"_s, password}, {u"remember"_s, remember}});
    }
    HttpReply secondFactor(const QString& challenge, const QString& key, const QString& value) {
        return m_server.post(u"/api/v1/auth/login/second-factor"_s, {}, {{u"challenge"_s, challenge}, {key, value}});
    }
    QString challengeOf(const QString& email, const QString& password) {
        const HttpReply r = login(email, password);
        if (r.status != 202)
            qWarning().noquote() << "login" << email << r.status << r.body;
        return r.json.value(u"challenge"_s).toString();
    }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        ApiTestServer::Options options;
        options.scratchPrefix = u"lkk_ops"_s;
        options.testClock = kStart;
        // Long access tokens: the idle limit, not the token's expiry, ends the sessions here.
        options.extraArgs = {u"--access-token-ttl"_s, u"86400"_s};
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        QVERIFY(m_server.advanceClock(std::chrono::milliseconds(0))); // the estimate from here on is exact
    }

    void addMailsALinkThenTheFirstSignInEnrols() {
        const Enrolled e = enrolNewOperator(true);
        QVERIFY(!e.email.isEmpty());
        QCOMPARE(e.recoveryCodes.size(), 10);
        QCOMPARE(QSet<QString>(e.recoveryCodes.begin(), e.recoveryCodes.end()).size(), 10);
        const HttpReply profile = m_server.get(u"/api/v1/profile"_s, e.accessToken);
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.json.value(u"role"_s).toString(), u"supervisor"_s);
        QCOMPARE(profile.json.value(u"surname"_s).toString(), u"Петрова"_s);
        // The secret is in the database only sealed with the key of the data directory.
        const QFileInfo key(m_server.dataDir() + u"/totp.key"_s);
        QVERIFY(key.exists());
        QCOMPARE(key.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const qint64 plain = m_server.scalar(u"SELECT COUNT(*) FROM operator_totp WHERE sealed_secret LIKE '%"_s +
                                             QString::fromLatin1(e.secret.toBase64()) + u"%'"_s);
        QCOMPARE(plain, 0);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM operator_recovery_codes WHERE code_hash = '"_s +
                                 e.recoveryCodes.first() + u"'"_s),
                 0);

        const Command listed = operatorCommand({u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        const QString line = listed.out.split(u'\n').filter(e.email).value(0);
        QVERIFY2(line.contains(u"\tsupervisor\tactive\tenrolled\tПетрова Анна Ивановна"_s), qPrintable(listed.out));
        QVERIFY(listed.out.contains(u"operator@lkk.example\toperator\tactive\tenrolled"_s));
    }

    void addRefusesTakenAddressesAndBadNames() {
        // A customer stays a customer: no operator under the demo customer's address.
        QCOMPARE(operatorCommand({u"add"_s, u"demo@lkk.example"_s, u"--name"_s, u"Иванова Мария"_s}).exitCode, 2);
        QCOMPARE(operatorCommand({u"add"_s, kDemoOperator, u"--name"_s, u"Смирнов Алексей"_s}).exitCode, 2);
        QCOMPARE(operatorCommand({u"add"_s, u"x@contact.lkk.example"_s, u"--name"_s, u"Петрова"_s}).exitCode, 2);
        QCOMPARE(operatorCommand({u"add"_s, u"x@contact.lkk.example"_s, u"--name"_s, u"Petrova 1"_s}).exitCode, 2);
        QCOMPARE(operatorCommand({u"add"_s}).exitCode, 2);
        QCOMPARE(operatorCommand({u"promote"_s, u"x@contact.lkk.example"_s}).exitCode, 2);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM users WHERE email = 'x@contact.lkk.example'"_s), 0);
        QCOMPARE(
            m_server.scalar(u"SELECT COUNT(*) FROM users WHERE email = 'demo@lkk.example' AND role = 'customer'"_s), 1);
        // An invited operator who lost the mail is invited again; the first link is dead then.
        const Command first = operatorCommand({u"add"_s, u"late@contact.lkk.example"_s, u"--name"_s, u"Орлов Иван"_s});
        QCOMPARE(first.exitCode, 0);
        const QString firstMail = nextMailTo(u"late@contact.lkk.example"_s);
        const Command again = operatorCommand({u"add"_s, u"late@contact.lkk.example"_s, u"--name"_s, u"Орлов Иван"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"invited again"_s), qPrintable(again.out));
        QVERIFY(!nextMailTo(u"late@contact.lkk.example"_s).isEmpty());
        QVERIFY(firstMail.contains(u"/recover?token="_s));
    }

    // RFC 6238 §5.2: the server's step and one step either way; two steps off are refused, and a
    // code's step is accepted once only.
    void totpAcceptsOneStepOfSkewAndNoReplay() {
        const qint64 step = toMiddleOfAStep();
        QVERIFY(step > 0);
        QString challenge = challengeOf(kDemoOperator, kDemoOperatorPassword);
        for (const qint64 off : {2, -2}) {
            const HttpReply refused = secondFactor(challenge, u"code"_s, TotpCode::at(kDemoSecret, step + off));
            QCOMPARE(refused.status, 422);
            QCOMPARE(refused.errorCode(), u"second_factor_invalid"_s);
            QCOMPARE(refused.errorField(), u"code"_s);
        }
        QCOMPARE(secondFactor(challenge, u"code"_s, TotpCode::at(kDemoSecret, step - 1)).status, 200);
        challenge = challengeOf(kDemoOperator, kDemoOperatorPassword);
        QCOMPARE(secondFactor(challenge, u"code"_s, TotpCode::at(kDemoSecret, step - 1)).status, 422); // replayed
        QCOMPARE(secondFactor(challenge, u"code"_s, TotpCode::at(kDemoSecret, step + 1)).status, 200);
        challenge = challengeOf(kDemoOperator, kDemoOperatorPassword);
        QCOMPARE(secondFactor(challenge, u"code"_s, TotpCode::at(kDemoSecret, step)).status, 422); // before the last
        QCOMPARE(secondFactor(challenge, u"code"_s, TotpCode::at(kDemoSecret, step + 1)).status, 422); // replayed
        toMiddleOfAStep();
        const qint64 later = toMiddleOfAStep(); // step + 2
        QCOMPARE(later, step + 2);
        QCOMPARE(secondFactor(challenge, u"code"_s, TotpCode::at(kDemoSecret, later)).status, 200);
        // A challenge that gave a session gives no second one.
        const HttpReply reused = secondFactor(challenge, u"code"_s, TotpCode::at(kDemoSecret, later + 1));
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.errorCode(), u"sign_in_expired"_s);
    }

    void badSecondFactorRequests() {
        const QString challenge = challengeOf(kDemoOperator, kDemoOperatorPassword);
        QCOMPARE(secondFactor(challenge, u"code"_s, u"12345"_s).status, 400);
        QCOMPARE(secondFactor(challenge, u"code"_s, u"abcdef"_s).errorField(), u"code"_s);
        QCOMPARE(m_server.post(u"/api/v1/auth/login/second-factor"_s, {}, {{u"challenge"_s, challenge}}).status, 400);
        QCOMPARE(m_server
                     .post(u"/api/v1/auth/login/second-factor"_s, {},
                           {{u"challenge"_s, challenge}, {u"code"_s, u"123456"_s}, {u"recoveryCode"_s, u"x"_s}})
                     .status,
                 400);
        const HttpReply unknown = secondFactor(u"no-such-challenge"_s, u"code"_s, u"123456"_s);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.errorCode(), u"sign_in_expired"_s);
        QVERIFY(!unknown.errorMessage().isEmpty());
        // A challenge lives five minutes.
        QVERIFY(m_server.advanceClock(std::chrono::minutes(5)));
        const qint64 step = TotpCode::stepAt(m_server.serverNowMs());
        QCOMPARE(secondFactor(challenge, u"code"_s, TotpCode::at(kDemoSecret, step)).errorCode(), u"sign_in_expired"_s);
    }

    void recoveryCodesWorkOnce() {
        const Enrolled e = enrolNewOperator();
        QVERIFY(!e.email.isEmpty());
        QString challenge = challengeOf(e.email, e.password);
        const HttpReply used = secondFactor(challenge, u"recoveryCode"_s, e.recoveryCodes.at(3));
        QCOMPARE(used.status, 200);
        QVERIFY(!used.json.contains(u"recoveryCodes"_s)); // shown once, at the enrolment
        challenge = challengeOf(e.email, e.password);
        const HttpReply again = secondFactor(challenge, u"recoveryCode"_s, e.recoveryCodes.at(3));
        QCOMPARE(again.status, 422);
        QCOMPARE(again.errorField(), u"recoveryCode"_s);
        // Typed in capitals and with spaces instead of the dash.
        const QString typed = e.recoveryCodes.at(4).toUpper().replace(u'-', u' ');
        QCOMPARE(secondFactor(challenge, u"recoveryCode"_s, typed).status, 200);
        // Another operator's code is no code of this one's.
        const Enrolled other = enrolNewOperator();
        QVERIFY(!other.email.isEmpty());
        challenge = challengeOf(e.email, e.password);
        QCOMPARE(secondFactor(challenge, u"recoveryCode"_s, other.recoveryCodes.at(0)).status, 422);
    }

    void wrongCodesAreLimited() {
        const Enrolled e = enrolNewOperator();
        QVERIFY(!e.email.isEmpty());
        const QString wrong = TotpCode::at(e.secret, e.step + 10);
        QString challenge = challengeOf(e.email, e.password);
        for (int left = 4; left >= 0; --left) {
            const HttpReply r = secondFactor(challenge, u"code"_s, wrong);
            QCOMPARE(r.status, 422);
            QCOMPARE(r.details().value(u"attemptsLeft"_s).toInt(), left);
        }
        // The challenge is dead even for the right code: sign in with the password again.
        const qint64 step = TotpCode::stepAt(m_server.serverNowMs());
        QCOMPARE(secondFactor(challenge, u"code"_s, TotpCode::at(e.secret, step + 1)).errorCode(),
                 u"sign_in_expired"_s);
        // Ten wrong codes of one person within 15 minutes, whatever the challenges: 429.
        challenge = challengeOf(e.email, e.password);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(secondFactor(challenge, u"code"_s, wrong).status, 422);
        challenge = challengeOf(e.email, e.password);
        const HttpReply limited = secondFactor(challenge, u"code"_s, TotpCode::at(e.secret, step + 1));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), u"too_many_attempts"_s);
        QVERIFY(limited.headers.value("retry-after").toInt() > 0);
        QVERIFY(m_server.advanceClock(std::chrono::minutes(15)));
        challenge = challengeOf(e.email, e.password);
        const qint64 now = TotpCode::stepAt(m_server.serverNowMs());
        QCOMPARE(secondFactor(challenge, u"code"_s, TotpCode::at(e.secret, now)).status, 200);
    }

    // 30 minutes without a request end an operator's session; requests keep it alive up to 12
    // hours from the sign-in. Customers' sessions have neither limit.
    void operatorSessionsEndWhenIdleAndAfterTwelveHours() {
        const QString customer = m_server.login(u"demo@lkk.example"_s, u"Demo1234"_s);
        QString token = m_server.loginDemoOperator();
        QVERIFY(!token.isEmpty() && !customer.isEmpty());
        QVERIFY(m_server.advanceClock(std::chrono::minutes(29)));
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, token).status, 200);
        QVERIFY(m_server.advanceClock(std::chrono::minutes(29)));
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, token).status, 200);
        QVERIFY(m_server.advanceClock(std::chrono::minutes(30)));
        const HttpReply idle = m_server.get(u"/api/v1/profile"_s, token);
        QCOMPARE(idle.status, 401);
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, customer).status, 200);

        token = m_server.loginDemoOperator();
        QVERIFY(!token.isEmpty());
        for (int minutes = 25; minutes < 12 * 60; minutes += 25) {
            QVERIFY(m_server.advanceClock(std::chrono::minutes(25)));
            QCOMPARE(m_server.get(u"/api/v1/profile"_s, token).status, 200);
        }
        QVERIFY(m_server.advanceClock(std::chrono::minutes(25))); // 12 h 5 min after the sign-in
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, token).status, 401);
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, customer).status, 200);
    }

    void idleSessionCannotBeRefreshed() {
        const Enrolled e = enrolNewOperator();
        QVERIFY(!e.email.isEmpty() && !e.refreshToken.isEmpty());
        QVERIFY(m_server.advanceClock(std::chrono::minutes(31)));
        const HttpReply r = m_server.post(u"/api/v1/auth/refresh"_s, {}, {{u"refreshToken"_s, e.refreshToken}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"invalid_refresh_token"_s);
    }

    void disabledOperatorCannotSignInAndTheirSessionsEnd() {
        const Enrolled e = enrolNewOperator();
        QVERIFY(!e.email.isEmpty());
        const QString pending = challengeOf(e.email, e.password);
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, e.accessToken).status, 200);
        const Command disabled = operatorCommand({u"disable"_s, e.email.toUpper()});
        QCOMPARE(disabled.exitCode, 0);
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, e.accessToken).status, 401);
        QCOMPARE(m_server.post(u"/api/v1/auth/refresh"_s, {}, {{u"refreshToken"_s, e.refreshToken}}).status, 401);
        const qint64 step = TotpCode::stepAt(m_server.serverNowMs());
        QCOMPARE(secondFactor(pending, u"code"_s, TotpCode::at(e.secret, step + 1)).status, 401);
        const HttpReply refused = login(e.email, e.password);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), u"account_disabled"_s);
        QCOMPARE(login(e.email, u"Wrong5678"_s).status, 401); // a wrong password tells nothing
        QVERIFY(operatorCommand({u"list"_s}).out.contains(e.email + u"\toperator\tdisabled"_s));
        QCOMPARE(operatorCommand({u"disable"_s, u"demo@lkk.example"_s}).exitCode, 2);
        QCOMPARE(operatorCommand({u"disable"_s, u"nobody@contact.lkk.example"_s}).exitCode, 2);
        QCOMPARE(m_server.get(u"/api/v1/accounts"_s, m_server.login(u"demo@lkk.example"_s, u"Demo1234"_s)).status, 200);
    }

    void resetSecondFactorEnrolsAgain() {
        const Enrolled e = enrolNewOperator();
        QVERIFY(!e.email.isEmpty());
        QCOMPARE(operatorCommand({u"reset-2fa"_s, e.email}).exitCode, 0);
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, e.accessToken).status, 401);
        const HttpReply again = login(e.email, e.password);
        QCOMPARE(again.status, 202);
        QVERIFY(again.json.value(u"enrolment"_s)
                    .toObject()
                    .value(u"otpauthUri"_s)
                    .toString()
                    .startsWith(u"otpauth://totp/"_s));
        const QString challenge = again.json.value(u"challenge"_s).toString();
        const qint64 step = TotpCode::stepAt(m_server.serverNowMs());
        QCOMPARE(secondFactor(challenge, u"code"_s, TotpCode::at(e.secret, step)).status, 422); // the old secret
        QCOMPARE(secondFactor(challenge, u"recoveryCode"_s, e.recoveryCodes.at(0)).status, 422);
    }

    // Registration makes customers only, whatever the body says.
    void registrationMakesNoOperator() {
        const HttpReply r = m_server.post(u"/api/v1/auth/register"_s, {},
                                          {{u"email"_s, u"self@contact.lkk.example"_s},
                                           {u"password"_s, u"Secret123"_s},
                                           {u"surname"_s, u"Сам"_s},
                                           {u"firstName"_s, u"Себе"_s},
                                           {u"captchaId"_s, u"x"_s},
                                           {u"captchaAnswer"_s, u"x"_s},
                                           {u"agreement"_s, true},
                                           {u"role"_s, u"operator"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"unknown_field"_s);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM users WHERE role <> 'customer' AND email NOT LIKE "
                                 u"'%lkk.example'"_s),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestOperators)
#include "tst_operators.moc"
