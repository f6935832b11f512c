// Registration, confirmation, recovery and password change (issue 5) over HTTPS against the real
// lkk-server (SQLite and PostgreSQL variants), codes read from the server's mail drop.
#include "ApiTestServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;
using lkk::test::HttpReply;

class TestRegistration : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    int m_seen = 0;

    QJsonObject captcha() {
        const HttpReply r = m_server.post(u"/api/v1/captcha"_s, {}, {});
        return {{u"captchaId"_s, r.json.value(u"id"_s)}, {u"captchaAnswer"_s, r.json.value(u"answer"_s)}};
    }
    QJsonObject registration(const QString& email, const QString& password = u"Secret123"_s) {
        QJsonObject body = captcha();
        body.insert(u"email"_s, email);
        body.insert(u"password"_s, password);
        body.insert(u"surname"_s, u"Петров"_s);
        body.insert(u"firstName"_s, u"Пётр"_s);
        body.insert(u"agreement"_s, true);
        return body;
    }
    // The newest mail's decoded text (base64 body), waiting for it to appear.
    QString nextMail() {
        const QDir drop(m_server.process().mailDrop());
        QStringList files;
        const bool arrived = QTest::qWaitFor(
            [&] { return (files = drop.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)).size() > m_seen; }, 10000);
        if (!arrived)
            return {};
        m_seen = int(files.size());
        QFile f(drop.filePath(files.constLast()));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray raw = f.readAll();
        const qsizetype body = raw.indexOf("\r\n\r\n");
        return QString::fromUtf8(raw.left(body)) + u"\n"_s +
               QString::fromUtf8(QByteArray::fromBase64(raw.mid(body + 4)));
    }
    static QString codeIn(const QString& mail) {
        static const QRegularExpression code(u"\\b(\\d{6})\\b"_s);
        return code.match(mail).captured(1);
    }
    int mailCount() { return int(QDir(m_server.process().mailDrop()).entryList({u"*.eml"_s}, QDir::Files).size()); }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QString error;
        QVERIFY2(m_server.start({u"lkk_reg"_s, {u"--test-expose-captcha"_s}, true}, &error), qPrintable(error));
        m_seen = mailCount();
    }

    void registerConfirmSignIn() {
        const HttpReply r = m_server.post(u"/api/v1/auth/register"_s, {}, registration(u"New.User@Example.org"_s));
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json.value(u"email"_s).toString(), u"new.user@example.org"_s);
        QCOMPARE(r.json.value(u"codeLength"_s).toInt(), 6);
        const QString mail = nextMail();
        QVERIFY2(mail.contains(u"завершения регистрации"_s), qPrintable(mail));
        QVERIFY(mail.contains(u"Subject: =?UTF-8?B?"_s));
        QVERIFY(mail.contains(u"/confirm?token="_s));
        const QString code = codeIn(mail);
        QCOMPARE(code.size(), 6);

        // Unconfirmed: right password -> 403 email_not_confirmed; wrong -> the usual 401.
        HttpReply login = m_server.post(u"/api/v1/auth/login"_s, {},
                                        {{u"email"_s, u"new.user@example.org"_s}, {u"password"_s, u"Secret123"_s}});
        QCOMPARE(login.status, 403);
        QCOMPARE(login.errorCode(), u"email_not_confirmed"_s);
        login = m_server.post(u"/api/v1/auth/login"_s, {},
                              {{u"email"_s, u"new.user@example.org"_s}, {u"password"_s, u"Wrong1234"_s}});
        QCOMPARE(login.status, 401);

        const QString wrong = code == u"000000"_s ? u"111111"_s : u"000000"_s;
        HttpReply c = m_server.post(u"/api/v1/auth/register/confirm"_s, {},
                                    {{u"email"_s, u"new.user@example.org"_s}, {u"code"_s, wrong}});
        QCOMPARE(c.status, 422);
        QCOMPARE(c.errorField(), u"code"_s);
        QCOMPARE(c.details().value(u"attemptsLeft"_s).toInt(), 4);
        c = m_server.post(u"/api/v1/auth/register/confirm"_s, {},
                          {{u"email"_s, u"NEW.user@example.org"_s}, {u"code"_s, code}});
        QCOMPARE(c.status, 204);
        // Single use.
        c = m_server.post(u"/api/v1/auth/register/confirm"_s, {},
                          {{u"email"_s, u"new.user@example.org"_s}, {u"code"_s, code}});
        QCOMPARE(c.status, 410);
        QVERIFY(!m_server.login(u"new.user@example.org"_s, u"Secret123"_s).isEmpty());
    }

    void existingEmailSameAnswer() {
        const HttpReply a = m_server.post(u"/api/v1/auth/register"_s, {}, registration(u"demo@lkk.example"_s));
        const HttpReply b = m_server.post(u"/api/v1/auth/register"_s, {}, registration(u"nobody1@example.org"_s));
        QCOMPARE(a.status, 202);
        QCOMPARE(b.status, 202);
        QCOMPARE(a.json.size(), b.json.size());
        QCOMPARE(a.json.value(u"expiresIn"_s), b.json.value(u"expiresIn"_s));
        nextMail();
        // The existing account's mail is the "already registered" one, without a code.
        const QDir drop(m_server.process().mailDrop());
        bool found = false;
        for (const QString& f : drop.entryList({u"*.eml"_s}, QDir::Files)) {
            QFile file(drop.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray raw = file.readAll();
            if (raw.contains("To: demo@lkk.example")) {
                const QString text = QString::fromUtf8(QByteArray::fromBase64(raw.mid(raw.indexOf("\r\n\r\n") + 4)));
                QVERIFY(text.contains(u"уже есть учётная запись"_s));
                QVERIFY(codeIn(text).isEmpty());
                found = true;
            }
        }
        QVERIFY(found);
        // The demo user still signs in with the old password.
        QVERIFY(!m_server.login(u"demo@lkk.example"_s, u"Demo1234"_s).isEmpty());
    }

    void validationAndCaptcha() {
        QJsonObject body = registration(u"v@example.org"_s, u"short"_s);
        HttpReply r = m_server.post(u"/api/v1/auth/register"_s, {}, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), u"password"_s);
        body = registration(u"v@example.org"_s);
        body.insert(u"phone"_s, u"12345"_s);
        r = m_server.post(u"/api/v1/auth/register"_s, {}, body);
        QCOMPARE(r.errorField(), u"phone"_s);
        body = registration(u"v@example.org"_s);
        body.insert(u"agreement"_s, false);
        r = m_server.post(u"/api/v1/auth/register"_s, {}, body);
        QCOMPARE(r.errorField(), u"agreement"_s);
        body = registration(u"v@example.org"_s);
        body.insert(u"captchaAnswer"_s, u"nope"_s);
        r = m_server.post(u"/api/v1/auth/register"_s, {}, body);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"captcha_invalid"_s);
    }

    void fiveWrongCodesKillTheCode() {
        QCOMPARE(m_server.post(u"/api/v1/auth/register"_s, {}, registration(u"five@example.org"_s)).status, 202);
        const QString code = codeIn(nextMail());
        const QString wrong = code == u"000000"_s ? u"111111"_s : u"000000"_s;
        for (int i = 4; i >= 0; --i) {
            const HttpReply c = m_server.post(u"/api/v1/auth/register/confirm"_s, {},
                                              {{u"email"_s, u"five@example.org"_s}, {u"code"_s, wrong}});
            QCOMPARE(c.status, 422);
            QCOMPARE(c.details().value(u"attemptsLeft"_s).toInt(), i);
        }
        const HttpReply dead = m_server.post(u"/api/v1/auth/register/confirm"_s, {},
                                             {{u"email"_s, u"five@example.org"_s}, {u"code"_s, code}});
        QCOMPARE(dead.status, 410);
        QCOMPARE(dead.errorCode(), u"confirmation_expired"_s);
        // Unknown e-mail: the same 410.
        QCOMPARE(m_server
                     .post(u"/api/v1/auth/register/confirm"_s, {},
                           {{u"email"_s, u"unknown@example.org"_s}, {u"code"_s, code}})
                     .status,
                 410);
    }

    void resendRateLimitSameForUnknown() {
        for (const QString& email : {u"five@example.org"_s, u"never@example.org"_s}) {
            // five@: registered above (< 60 s ago) -> 429; never@: first resend 202, then 429.
            HttpReply r = m_server.post(u"/api/v1/auth/register/resend"_s, {}, {{u"email"_s, email}});
            if (email.startsWith(u"never"_s)) {
                QCOMPARE(r.status, 202);
                QCOMPARE(r.json.value(u"resendAfter"_s).toInt(), 60);
                r = m_server.post(u"/api/v1/auth/register/resend"_s, {}, {{u"email"_s, email}});
            }
            QCOMPARE(r.status, 429);
            QVERIFY(r.headers.value("retry-after").toInt() > 0);
        }
    }

    void recoveryRevokesEverySession() {
        const QString email = u"new.user@example.org"_s;
        const QString first = m_server.login(email, u"Secret123"_s);
        QVERIFY(!first.isEmpty());
        QJsonObject body = captcha();
        body.insert(u"email"_s, email);
        HttpReply r = m_server.post(u"/api/v1/auth/recover"_s, {}, body);
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json.value(u"expiresIn"_s).toInt(), 3600);
        const QString mail = nextMail();
        QVERIFY(mail.contains(u"/recover?token="_s));
        const QString code = codeIn(mail);
        // Unknown e-mail: identical answer, no mail.
        QJsonObject unknown = captcha();
        unknown.insert(u"email"_s, u"ghost@example.org"_s);
        const int before = mailCount();
        const HttpReply u = m_server.post(u"/api/v1/auth/recover"_s, {}, unknown);
        QCOMPARE(u.status, 202);
        QCOMPARE(u.body, r.body);
        QCOMPARE(mailCount(), before);

        r = m_server.post(u"/api/v1/auth/recover/confirm"_s, {},
                          {{u"email"_s, email}, {u"code"_s, code}, {u"newPassword"_s, u"weak"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), u"newPassword"_s);
        r = m_server.post(u"/api/v1/auth/recover/confirm"_s, {},
                          {{u"email"_s, email}, {u"code"_s, code}, {u"newPassword"_s, u"Recovered1"_s}});
        QCOMPARE(r.status, 204);
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, first).status, 401);
        QVERIFY(!m_server.login(email, u"Recovered1"_s).isEmpty());
        r = m_server.post(u"/api/v1/auth/recover/confirm"_s, {},
                          {{u"email"_s, email}, {u"code"_s, code}, {u"newPassword"_s, u"Again1234"_s}});
        QCOMPARE(r.status, 410);
    }

    void passwordChangeRevokesOthersOnly() {
        const QString email = u"new.user@example.org"_s;
        const QString mine = m_server.login(email, u"Recovered1"_s);
        const QString other = m_server.login(email, u"Recovered1"_s);
        HttpReply r = m_server.post(u"/api/v1/profile/password"_s, mine,
                                    {{u"currentPassword"_s, u"Wrong1234"_s}, {u"newPassword"_s, u"Changed12"_s}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"wrong_password"_s);
        QCOMPARE(r.errorField(), u"currentPassword"_s);
        r = m_server.post(u"/api/v1/profile/password"_s, mine,
                          {{u"currentPassword"_s, u"Recovered1"_s}, {u"newPassword"_s, u"Changed12"_s}});
        QCOMPARE(r.status, 204);
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, mine).status, 200);
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, other).status, 401);
        QVERIFY(!m_server.login(email, u"Changed12"_s).isEmpty());
    }
    void patchProfile() {
        const QString token = m_server.login(u"demo@lkk.example"_s, u"Demo1234"_s);
        HttpReply r = m_server.get(u"/api/v1/profile"_s, token);
        QCOMPARE(r.json.value(u"emailConfirmed"_s).toBool(), true);
        QCOMPARE(r.json.value(u"detailsRequired"_s).toBool(), false);
        QCOMPARE(r.json.value(u"marketing"_s).toObject().value(u"tomskRts"_s).toObject().value(u"email"_s).toString(),
                 u"demo@lkk.example"_s);
        r = m_server.patch(u"/api/v1/profile"_s, token, {{u"phone"_s, u""_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), u"phone"_s);
        r = m_server.patch(u"/api/v1/profile"_s, token, {{u"birthDate"_s, u"2030-01-01"_s}});
        QCOMPARE(r.errorField(), u"birthDate"_s);
        r = m_server.patch(u"/api/v1/profile"_s, token,
                           {{u"marketing"_s, QJsonObject{{u"tomskRts"_s, QJsonObject{{u"email"_s, u"bad"_s}}}}}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), u"marketing.tomskRts.email"_s);
        r = m_server.patch(
            u"/api/v1/profile"_s, token,
            {{u"phone"_s, u"8 (913) 765 43 21"_s},
             {u"patronymic"_s, u"Петровна"_s},
             {u"marketing"_s,
              QJsonObject{{u"tomskRts"_s, QJsonObject{{u"enabled"_s, true}, {u"email"_s, u"Ads@Example.org"_s}}}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"phone"_s).toString(), u"+79137654321"_s);
        const QJsonObject rts = r.json.value(u"marketing"_s).toObject().value(u"tomskRts"_s).toObject();
        QCOMPARE(rts.value(u"enabled"_s).toBool(), true);
        QCOMPARE(rts.value(u"email"_s).toString(), u"ads@example.org"_s);
        QCOMPARE(m_server.patch(u"/api/v1/profile"_s, {}, {{u"sex"_s, u"male"_s}}).status, 401);
    }
    void emailChange() {
        const QString token = m_server.login(u"demo@lkk.example"_s, u"Demo1234"_s);
        HttpReply r = m_server.post(u"/api/v1/profile/email"_s, token,
                                    {{u"newEmail"_s, u"maria@example.org"_s}, {u"currentPassword"_s, u"Wrong1234"_s}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorField(), u"currentPassword"_s);
        // An address of another account: the same 202, but no code works.
        r = m_server.post(u"/api/v1/profile/email"_s, token,
                          {{u"newEmail"_s, u"new.user@example.org"_s}, {u"currentPassword"_s, u"Demo1234"_s}});
        QCOMPARE(r.status, 202);
        const QString notice = nextMail();
        QVERIFY(codeIn(notice).isEmpty());
        r = m_server.post(u"/api/v1/profile/email"_s, token,
                          {{u"newEmail"_s, u"Maria@Example.org"_s}, {u"currentPassword"_s, u"Demo1234"_s}});
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json.value(u"pendingEmail"_s).toString(), u"maria@example.org"_s);
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, token).json.value(u"pendingEmail"_s).toString(),
                 u"maria@example.org"_s);
        const QString mail = nextMail();
        QVERIFY(mail.contains(u"To: maria@example.org"_s));
        const QString code = codeIn(mail);
        r = m_server.post(u"/api/v1/profile/email/confirm"_s, token, {{u"code"_s, code}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"email"_s).toString(), u"maria@example.org"_s);
        QVERIFY(r.json.value(u"pendingEmail"_s).isNull());
        QVERIFY(nextMail().contains(u"To: demo@lkk.example"_s)); // the notice to the old address
        QVERIFY(!m_server.login(u"maria@example.org"_s, u"Demo1234"_s).isEmpty());
        QCOMPARE(m_server.post(u"/api/v1/profile/email/confirm"_s, token, {{u"code"_s, code}}).status, 410);
    }
};

int main(int argc, char** argv) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    TestRegistration test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registration.moc"
