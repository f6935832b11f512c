// Registration, confirmation, recovery and password change over HTTPS against the real
// lkk-server (SQLite and PostgreSQL variants), codes read from the server's mail drop.
#include "tests/support/ApiTestServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;
using lkk::test::HttpReply;

class TestRegistration : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    QSet<QString> m_read; // mail drop files already taken by a test
    QElapsedTimer m_sinceSet;
    QDateTime m_now = QDateTime(QDate(2026, 11, 24), QTime(5, 0), Qt::UTC); // the test clock

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
    // The next mail to `to` not read yet (headers + decoded base64 body), waiting for it: the
    // server sends mail from a queue after answering, so mails arrive late and in any order.
    QString nextMailTo(const QString& to) {
        QString found;
        if (!QTest::qWaitFor([&] { return !(found = takeMail(to)).isEmpty(); }, 10000))
            qWarning("no mail to %s", qPrintable(to));
        return found;
    }
    QString takeMail(const QString& to) {
        const QDir drop(m_server.process().mailDrop());
        for (const QString& name : drop.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
            if (m_read.contains(name))
                continue;
            QFile f(drop.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray raw = f.readAll();
            const qsizetype body = raw.indexOf("\r\n\r\n");
            const QByteArray headers = "\r\n" + raw.left(body) + "\r\n";
            if (!headers.contains(QByteArray("\r\nTo: " + to.toUtf8() + "\r\n")))
                continue;
            m_read.insert(name);
            return QString::fromUtf8(raw.left(body)) + u"\n\n"_s +
                   QString::fromUtf8(QByteArray::fromBase64(raw.mid(body + 4)));
        }
        return {};
    }
    static QString bodyOf(const QString& mail) { return mail.mid(mail.indexOf(u"\n\n"_s) + 2); }
    static QString tokenIn(const QString& mail, const QString& page) {
        const QRegularExpression link(u"/"_s + page + u"\\?token=([A-Za-z0-9_%-]+)"_s);
        return link.match(mail).captured(1);
    }
    void setClock(const QDateTime& now) {
        QCOMPARE(m_server.post(u"/api/v1/test/clock"_s, {}, {{u"now"_s, now.toString(Qt::ISODateWithMs)}}).status, 204);
    }
    // The server's test clock runs on from where it was set: keep the same time here.
    void advanceClock(qint64 seconds) {
        m_now = m_now.addMSecs(m_sinceSet.elapsed()).addSecs(seconds);
        setClock(m_now);
        m_sinceSet.restart();
    }
    HttpReply form(const QByteArray& body, const QByteArray& contentType = "application/x-www-form-urlencoded") {
        return m_server.send("POST", u"/recover"_s, {}, body, {{"Content-Type", contentType}});
    }
    // The button of the confirmation page.
    HttpReply confirmButton(const QString& token) {
        return m_server.send("POST", u"/confirm"_s, {}, "token=" + QUrl::toPercentEncoding(token),
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
    }
    // A browser page: HTML with the headers that keep the token in its URL to itself.
    static void verifyPageHeaders(const HttpReply& r) {
        QVERIFY2(r.headers.value("content-type").startsWith("text/html"), r.headers.value("content-type").constData());
        QCOMPARE(r.headers.value("cache-control"), QByteArray("no-store"));
        QCOMPARE(r.headers.value("referrer-policy"), QByteArray("no-referrer"));
        QCOMPARE(r.headers.value("x-frame-options"), QByteArray("DENY"));
        const QByteArray csp = r.headers.value("content-security-policy");
        QVERIFY(csp.contains("default-src 'none'"));
        QVERIFY(csp.contains("frame-ancestors 'none'"));
        QVERIFY(!csp.contains("script-src"));
    }
    static bool isInvalidLinkPage(const HttpReply& r) {
        return r.status == 410 && QString::fromUtf8(r.body).contains(u"Ссылка недействительна или устарела."_s);
    }
    QJsonObject recoverBody(const QString& email) {
        QJsonObject body = captcha();
        body.insert(u"email"_s, email);
        return body;
    }

    static QString codeIn(const QString& mail) {
        static const QRegularExpression code(u"\\b(\\d{6})\\b"_s);
        return code.match(bodyOf(mail)).captured(1);
    }
    int mailCount() { return int(QDir(m_server.process().mailDrop()).entryList({u"*.eml"_s}, QDir::Files).size()); }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QString error;
        QVERIFY2(m_server.start(
                     {u"lkk_reg"_s, {u"--test-expose-captcha"_s, u"--test-clock"_s, m_now.toString(Qt::ISODate)}, true},
                     &error),
                 qPrintable(error));
        setClock(m_now); // from here on m_now + m_sinceSet is the server's time
        m_sinceSet.start();
    }

    void registerConfirmSignIn() {
        const HttpReply r = m_server.post(u"/api/v1/auth/register"_s, {}, registration(u"New.User@Example.org"_s));
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json.value(u"email"_s).toString(), u"new.user@example.org"_s);
        QCOMPARE(r.json.value(u"codeLength"_s).toInt(), 6);
        const QString mail = nextMailTo(u"new.user@example.org"_s);
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

    // The mails speak the request's language (Accept-Language), like the answers.
    void mailsFollowTheRequestLanguage() {
        const HttpReply r = m_server.post(u"/api/v1/auth/register"_s, {}, registration(u"english@example.org"_s),
                                          {{"Accept-Language", "en-GB,en;q=0.9"}});
        QCOMPARE(r.status, 202);
        const QString mail = nextMailTo(u"english@example.org"_s);
        QVERIFY2(mail.contains(u"To complete your registration"_s), qPrintable(mail));
        QVERIFY(!mail.contains(u"Здравствуйте"_s));
        QVERIFY(mail.contains(u"/confirm?token="_s));
        QCOMPARE(codeIn(mail).size(), 6);
        QCOMPARE(m_server
                     .post(u"/api/v1/auth/register/confirm"_s, {},
                           {{u"email"_s, u"english@example.org"_s}, {u"code"_s, codeIn(mail)}})
                     .status,
                 204);
    }

    void existingEmailSameAnswer() {
        const HttpReply a = m_server.post(u"/api/v1/auth/register"_s, {}, registration(u"demo@lkk.example"_s));
        const HttpReply b = m_server.post(u"/api/v1/auth/register"_s, {}, registration(u"nobody1@example.org"_s));
        QCOMPARE(a.status, 202);
        QCOMPARE(b.status, 202);
        QCOMPARE(a.json.size(), b.json.size());
        QCOMPARE(a.json.value(u"expiresIn"_s), b.json.value(u"expiresIn"_s));
        // Byte for byte the same apart from the address echoed.
        QCOMPARE(QString::fromUtf8(a.body).replace(u"demo@lkk.example"_s, u"X"_s),
                 QString::fromUtf8(b.body).replace(u"nobody1@example.org"_s, u"X"_s));
        // The existing account's mail is the "already registered" one, without a code.
        const QString text = nextMailTo(u"demo@lkk.example"_s);
        QVERIFY2(text.contains(u"уже есть учётная запись"_s), qPrintable(text));
        QVERIFY(codeIn(bodyOf(text)).isEmpty());
        QVERIFY(!codeIn(nextMailTo(u"nobody1@example.org"_s)).isEmpty());
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
        const QString code = codeIn(nextMailTo(u"five@example.org"_s));
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
        const QString mail = nextMailTo(email);
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
        const QString notice = nextMailTo(u"new.user@example.org"_s);
        QVERIFY(notice.contains(u"To: new.user@example.org"_s));
        QVERIFY(codeIn(bodyOf(notice)).isEmpty());
        r = m_server.post(u"/api/v1/profile/email"_s, token,
                          {{u"newEmail"_s, u"Maria@Example.org"_s}, {u"currentPassword"_s, u"Demo1234"_s}});
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json.value(u"pendingEmail"_s).toString(), u"maria@example.org"_s);
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, token).json.value(u"pendingEmail"_s).toString(),
                 u"maria@example.org"_s);
        const QString mail = nextMailTo(u"maria@example.org"_s);
        QVERIFY(mail.contains(u"To: maria@example.org"_s));
        const QString code = codeIn(mail);
        r = m_server.post(u"/api/v1/profile/email/confirm"_s, token, {{u"code"_s, code}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"email"_s).toString(), u"maria@example.org"_s);
        QVERIFY(r.json.value(u"pendingEmail"_s).isNull());
        QVERIFY(nextMailTo(u"demo@lkk.example"_s).contains(u"изменён на maria@example.org"_s)); // to the old address
        QVERIFY(!m_server.login(u"maria@example.org"_s, u"Demo1234"_s).isEmpty());
        QCOMPARE(m_server.post(u"/api/v1/profile/email/confirm"_s, token, {{u"code"_s, code}}).status, 410);
    }

    // The link in the confirmation mail: a page, single use, the mail's code dies with it.
    void confirmLinkThenSignIn() {
        const QString email = u"link.user@example.org"_s;
        QCOMPARE(m_server.post(u"/api/v1/auth/register"_s, {}, registration(email)).status, 202);
        const QString mail = nextMailTo(email);
        const QString token = tokenIn(mail, u"confirm"_s);
        QVERIFY2(token.size() >= 32, qPrintable(mail));
        // A confirmation link is not a recovery link.
        QVERIFY(isInvalidLinkPage(m_server.get(u"/recover?token="_s + token)));
        // Opening the link (as a mail scanner does) shows the button and confirms nothing.
        HttpReply r = m_server.get(u"/confirm?token="_s + token);
        QCOMPARE(r.status, 200);
        verifyPageHeaders(r);
        QVERIFY(r.body.contains("<form method=\"post\" action=\"/confirm\">"));
        QVERIFY(r.body.contains(email.toUtf8()));
        QCOMPARE(m_server.post(u"/api/v1/auth/login"_s, {}, {{u"email"_s, email}, {u"password"_s, u"Secret123"_s}})
                     .errorCode(),
                 u"email_not_confirmed"_s);
        QCOMPARE(m_server.get(u"/confirm?token="_s + token).status, 200);
        r = confirmButton(token);
        QCOMPARE(r.status, 200);
        verifyPageHeaders(r);
        const QString page = QString::fromUtf8(r.body);
        QVERIFY2(page.contains(u"Регистрация подтверждена"_s), qPrintable(page));
        QVERIFY(page.contains(u"Теперь вы можете войти в личный кабинет."_s));
        QVERIFY(page.contains(u"<html lang=\"ru\">"_s));
        QVERIFY(!page.contains(u"<script"_s));
        QVERIFY(!m_server.login(email, u"Secret123"_s).isEmpty());
        // Used: the link again, and the code of the same mail, are dead.
        r = m_server.get(u"/confirm?token="_s + token);
        QVERIFY(isInvalidLinkPage(r));
        QVERIFY(isInvalidLinkPage(confirmButton(token)));
        verifyPageHeaders(r);
        QCOMPARE(m_server.post(u"/api/v1/auth/register/confirm"_s, {}, {{u"email"_s, email}, {u"code"_s, codeIn(mail)}})
                     .status,
                 410);
        // English by Accept-Language.
        r = m_server.send("GET", u"/confirm?token="_s + token, {}, {}, {{"Accept-Language", "en-US,en;q=0.9"}});
        QCOMPARE(r.status, 410);
        QVERIFY(r.body.contains("The link is not valid or has expired."));
        QVERIFY(r.body.contains("<html lang=\"en\">"));
    }

    // A second registration over an unconfirmed address waits with its own code: it cannot change
    // the first one's password or details, and the code that is used decides which one counts.
    void pendingRegistrationsStayApart() {
        const QString email = u"twice@example.org"_s;
        QCOMPARE(m_server.post(u"/api/v1/auth/register"_s, {}, registration(email, u"Owner1234"_s)).status, 202);
        const QString ownerMail = nextMailTo(email);
        QJsonObject other = registration(email, u"Intruder1"_s);
        other.insert(u"surname"_s, u"Чужой"_s);
        QCOMPARE(m_server.post(u"/api/v1/auth/register"_s, {}, other).status, 202);
        const QString otherMail = nextMailTo(email);
        QVERIFY(codeIn(ownerMail) != codeIn(otherMail) ||
                tokenIn(ownerMail, u"confirm"_s) != tokenIn(otherMail, u"confirm"_s));
        // The owner confirms with the code of their own mail: their password and details.
        QCOMPARE(
            m_server.post(u"/api/v1/auth/register/confirm"_s, {}, {{u"email"_s, email}, {u"code"_s, codeIn(ownerMail)}})
                .status,
            204);
        QCOMPARE(
            m_server.post(u"/api/v1/auth/login"_s, {}, {{u"email"_s, email}, {u"password"_s, u"Intruder1"_s}}).status,
            401);
        const QString token = m_server.login(email, u"Owner1234"_s);
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, token).json.value(u"surname"_s).toString(), u"Петров"_s);
        // The other registration's link died with the confirmation.
        QVERIFY(isInvalidLinkPage(confirmButton(tokenIn(otherMail, u"confirm"_s))));
    }

    // Whatever arrives, the pages answer a page: never JSON, never 500, nothing reflected raw.
    void pagesRefuseJunk() {
        const QList<HttpReply> replies{
            m_server.get(u"/confirm"_s),
            m_server.get(u"/confirm?token="_s),
            m_server.get(u"/confirm?token=%3Cscript%3Ealert(1)%3C%2Fscript%3E"_s),
            m_server.get(u"/recover?token=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"_s),
            m_server.get(u"/confirm?token=%FF%FE%00"_s),
            m_server.get(u"/confirm?token="_s + QString(5000, u'a')),
            form("token=%3Cscript%3E&password=Secret123&repeat=Secret123"),
            form("token=%FF%FE&password=%FF&repeat=%C3"),
            form(QByteArray::fromHex("746f6b656e3dfffe00267061737377643dc3")), // token=\xff\xfe\0&passwd=\xc3
            form("%%%&&&==="),
            form(""),
        };
        for (const HttpReply& r : replies) {
            QVERIFY2(isInvalidLinkPage(r), r.body.left(300).constData());
            verifyPageHeaders(r);
            QVERIFY(!r.body.contains("<script>"));
            QVERIFY(!r.body.contains("\"><script"));
        }
        HttpReply r = form(R"({"token":"x","password":"Secret123"})", "application/json");
        QCOMPARE(r.status, 415);
        verifyPageHeaders(r);
        QVERIFY(QString::fromUtf8(r.body).contains(u"Пароль не изменён"_s));
        r = form("token=x&password=" + QByteArray(20000, 'A')); // refused by the HTTP layer, unread
        QCOMPARE(r.status, 413);
        verifyPageHeaders(r);
        QVERIFY(QString::fromUtf8(r.body).contains(u"Запрос слишком большой."_s));
    }

    // The recovery link: the form, per-field messages, then the same effect as the API.
    void recoverWithTheForm() {
        const QString email = u"link.user@example.org"_s;
        const HttpReply login = m_server.post(
            u"/api/v1/auth/login"_s, {}, {{u"email"_s, email}, {u"password"_s, u"Secret123"_s}, {u"remember"_s, true}});
        QCOMPARE(login.status, 200);
        const QString oldAccess = login.json.value(u"accessToken"_s).toString();
        const QString oldRefresh = login.json.value(u"refreshToken"_s).toString();
        QVERIFY(!oldRefresh.isEmpty());
        QCOMPARE(m_server.post(u"/api/v1/auth/recover"_s, {}, recoverBody(email)).status, 202);
        const QString mail = nextMailTo(email);
        const QString token = tokenIn(mail, u"recover"_s);
        QVERIFY2(!token.isEmpty(), qPrintable(mail));
        // A recovery link does not confirm anything.
        QVERIFY(isInvalidLinkPage(m_server.get(u"/confirm?token="_s + token)));

        HttpReply r = m_server.get(u"/recover?token="_s + token);
        QCOMPARE(r.status, 200);
        verifyPageHeaders(r);
        QString page = QString::fromUtf8(r.body);
        QVERIFY2(page.contains(u"name=\"token\" value=\""_s + token + u'"'), qPrintable(page));
        QVERIFY(page.contains(u"Не короче 8 символов"_s));
        QVERIFY(page.contains(u"action=\"/recover\""_s));
        // Showing the form does not use the link; rule violations come back under their field.
        const QByteArray t = "token=" + QUrl::toPercentEncoding(token);
        r = form(t + "&password=weak&repeat=weak");
        QCOMPARE(r.status, 400);
        verifyPageHeaders(r);
        page = QString::fromUtf8(r.body);
        QVERIFY2(page.contains(u"id=\"passwordError\""_s), qPrintable(page));
        QVERIFY(!page.contains(u"id=\"repeatError\""_s));
        QVERIFY(page.contains(u"name=\"token\" value=\""_s + token + u'"'));
        r = form(t + "&password=Formed123&repeat=Formed124");
        QCOMPARE(r.status, 400);
        QVERIFY(QString::fromUtf8(r.body).contains(u"id=\"repeatError\""_s));
        QVERIFY(QString::fromUtf8(r.body).contains(u"Пароли не совпадают."_s));
        r = form(t + "&password=");
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("id=\"passwordError\""));

        r = form(t + "&password=Formed123&repeat=Formed123");
        QCOMPARE(r.status, 200);
        verifyPageHeaders(r);
        QVERIFY(QString::fromUtf8(r.body).contains(u"Пароль изменён"_s));
        // Every session is gone, the old password too.
        QCOMPARE(m_server.get(u"/api/v1/profile"_s, oldAccess).status, 401);
        QCOMPARE(m_server.post(u"/api/v1/auth/refresh"_s, {}, {{u"refreshToken"_s, oldRefresh}}).status, 401);
        QCOMPARE(
            m_server.post(u"/api/v1/auth/login"_s, {}, {{u"email"_s, email}, {u"password"_s, u"Secret123"_s}}).status,
            401);
        QVERIFY(!m_server.login(email, u"Formed123"_s).isEmpty());
        // Single use: the form again, the link, and the mail's code.
        QVERIFY(isInvalidLinkPage(form(t + "&password=Again1234&repeat=Again1234")));
        QVERIFY(isInvalidLinkPage(m_server.get(u"/recover?token="_s + token)));
        QCOMPARE(m_server
                     .post(u"/api/v1/auth/recover/confirm"_s, {},
                           {{u"email"_s, email}, {u"code"_s, codeIn(mail)}, {u"newPassword"_s, u"Again1234"_s}})
                     .status,
                 410);
        QVERIFY(!m_server.login(email, u"Formed123"_s).isEmpty());
    }

    // Codes and links die with their time: 24 h for a registration, 1 h for a recovery.
    void codesAndLinksExpire() {
        const QString email = u"late.user@example.org"_s;
        QCOMPARE(m_server.post(u"/api/v1/auth/register"_s, {}, registration(email)).status, 202);
        const QString first = nextMailTo(email);
        advanceClock(62);
        QCOMPARE(m_server.post(u"/api/v1/auth/register/resend"_s, {}, {{u"email"_s, email}}).status, 202);
        const QString second = nextMailTo(email);
        // 24 h after the first mail, before the second one's end: the first link is dead (its
        // code was superseded by the resend anyway) …
        advanceClock(24 * 3600 - 30);
        QVERIFY(isInvalidLinkPage(m_server.get(u"/confirm?token="_s + tokenIn(first, u"confirm"_s))));
        QCOMPARE(
            m_server.post(u"/api/v1/auth/register/confirm"_s, {}, {{u"email"_s, email}, {u"code"_s, codeIn(first)}})
                .status,
            422);
        // (the second is alive: a wrong code counts against it)
        const QString wrong = codeIn(second) == u"000000"_s ? u"111111"_s : u"000000"_s;
        QCOMPARE(m_server.post(u"/api/v1/auth/register/confirm"_s, {}, {{u"email"_s, email}, {u"code"_s, wrong}})
                     .details()
                     .value(u"attemptsLeft"_s)
                     .toInt(),
                 3);
        // … and after its 24 h it is dead as well: the link and the code.
        advanceClock(60);
        QVERIFY(isInvalidLinkPage(m_server.get(u"/confirm?token="_s + tokenIn(second, u"confirm"_s))));
        QCOMPARE(
            m_server.post(u"/api/v1/auth/register/confirm"_s, {}, {{u"email"_s, email}, {u"code"_s, codeIn(second)}})
                .status,
            410);
        QCOMPARE(m_server.post(u"/api/v1/auth/login"_s, {}, {{u"email"_s, email}, {u"password"_s, u"Secret123"_s}})
                     .errorCode(),
                 u"email_not_confirmed"_s);

        // Recovery: the link and the code last an hour.
        const QString known = u"link.user@example.org"_s;
        QCOMPARE(m_server.post(u"/api/v1/auth/recover"_s, {}, recoverBody(known)).status, 202);
        const QString mail = nextMailTo(known);
        const QString token = tokenIn(mail, u"recover"_s);
        advanceClock(3600 - 30);
        QCOMPARE(m_server.get(u"/recover?token="_s + token).status, 200);
        advanceClock(60);
        QVERIFY(isInvalidLinkPage(m_server.get(u"/recover?token="_s + token)));
        QVERIFY(isInvalidLinkPage(
            form("token=" + QUrl::toPercentEncoding(token) + "&password=Late12345&repeat=Late12345")));
        QCOMPARE(m_server
                     .post(u"/api/v1/auth/recover/confirm"_s, {},
                           {{u"email"_s, known}, {u"code"_s, codeIn(mail)}, {u"newPassword"_s, u"Late12345"_s}})
                     .status,
                 410);
        QVERIFY(!m_server.login(known, u"Formed123"_s).isEmpty());
    }

    // Resend: one per 60 s and 5 per day, the same answers whether the address has an account.
    void resendLimitsOverADay() {
        const QString known = u"resend.user@example.org"_s;
        const QString unknown = u"resend.ghost@example.org"_s;
        advanceClock(3600);
        QCOMPARE(m_server.post(u"/api/v1/auth/register"_s, {}, registration(known)).status, 202);
        nextMailTo(known);
        auto resend = [&](const QString& email) {
            return m_server.post(u"/api/v1/auth/register/resend"_s, {}, {{u"email"_s, email}});
        };
        QCOMPARE(resend(unknown).status, 202); // starts the ghost's 60 s
        HttpReply k = resend(known);
        HttpReply u = resend(unknown);
        QCOMPARE(k.status, 429);
        QCOMPARE(u.status, 429);
        QCOMPARE(k.body, u.body);
        QVERIFY(k.headers.value("retry-after").toInt() > 0 && k.headers.value("retry-after").toInt() <= 60);
        // Four more resends for the known address (five in all for the ghost), a minute apart.
        for (int i = 0; i < 4; ++i) {
            advanceClock(62);
            k = resend(known);
            u = resend(unknown);
            QCOMPARE(k.status, 202);
            QCOMPARE(u.status, 202);
            QCOMPARE(k.body, u.body);
            QVERIFY(!codeIn(nextMailTo(known)).isEmpty());
        }
        advanceClock(62);
        QCOMPARE(resend(known).status, 202); // the fifth resend of the known address
        nextMailTo(known);
        advanceClock(62);
        k = resend(known);
        u = resend(unknown);
        QCOMPARE(k.status, 429); // five a day
        QCOMPARE(u.status, 429);
        QVERIFY(k.headers.value("retry-after").toInt() > 3600);
        // A day after the first resend, the next one is allowed.
        advanceClock(24 * 3600);
        QCOMPARE(resend(known).status, 202);
        QCOMPARE(resend(unknown).status, 202);
    }

    // Recovery: 3 per address and hour, 20 per IP and hour; the answers do not tell accounts apart.
    void recoveryLimits() {
        advanceClock(2 * 3600); // a fresh hour for this IP
        const QString known = u"link.user@example.org"_s;
        for (int i = 0; i < 3; ++i) {
            const HttpReply k = m_server.post(u"/api/v1/auth/recover"_s, {}, recoverBody(known));
            const HttpReply u = m_server.post(u"/api/v1/auth/recover"_s, {}, recoverBody(u"limit.ghost@example.org"_s));
            QCOMPARE(k.status, 202);
            QCOMPARE(u.status, 202);
            QCOMPARE(k.body, u.body);
        }
        const HttpReply k = m_server.post(u"/api/v1/auth/recover"_s, {}, recoverBody(known));
        const HttpReply u = m_server.post(u"/api/v1/auth/recover"_s, {}, recoverBody(u"limit.ghost@example.org"_s));
        QCOMPARE(k.status, 429);
        QCOMPARE(u.status, 429);
        QCOMPARE(k.body, u.body);
        QVERIFY(k.headers.value("retry-after").toInt() > 0);
        // Six counted so far from this IP: fourteen more addresses, then the IP is refused.
        for (int i = 0; i < 14; ++i)
            QCOMPARE(
                m_server.post(u"/api/v1/auth/recover"_s, {}, recoverBody(u"ip%1.ghost@example.org"_s.arg(i))).status,
                202);
        const HttpReply refused = m_server.post(u"/api/v1/auth/recover"_s, {}, recoverBody(u"fresh@example.org"_s));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.body, k.body);
        advanceClock(3600);
        QCOMPARE(m_server.post(u"/api/v1/auth/recover"_s, {}, recoverBody(u"fresh@example.org"_s)).status, 202);
    }
};

int main(int argc, char** argv) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    TestRegistration test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registration.moc"
