// Mail over real SMTP: lkk-server's SmtpMailer (libcurl) delivers to a small aiosmtpd
// sink (tests/support/smtp_sink.py). Plain SMTP; STARTTLS with AUTH and the sink's certificate
// checked; delivery refused to a sink without STARTTLS or with a certificate the server does not
// trust; and no enumeration by timing: with a mail server that takes a second per message,
// recovery for an address with an account answers as fast as for one without.
#include "tests/support/ApiTestServer.h"
#include "tests/support/SmtpSink.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;
using lkk::test::HttpReply;
using lkk::test::kPython;
using lkk::test::SmtpSink;

namespace {

QString textOf(const QByteArray& raw) {
    const qsizetype body = raw.indexOf("\r\n\r\n");
    return body < 0 ? QString() : QString::fromUtf8(QByteArray::fromBase64(raw.mid(body + 4)));
}

qint64 median(QList<qint64> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class TestRegistrationSmtp : public QObject {
    Q_OBJECT

    QTemporaryDir m_tls;
    QString m_cert;
    QString m_key;
    QString m_otherCa;

    // A server that sends its mail to `sink` with these SMTP options.
    static bool startServer(ApiTestServer& server, const SmtpSink& sink, const QStringList& smtpOptions,
                            QString* error) {
        return server.start(
            {u"lkk_smtp"_s,
             QStringList{u"--test-expose-captcha"_s, u"--test-clock"_s, u"2026-11-24T05:00:00Z"_s, u"--smtp-url"_s,
                         sink.url(), u"--mail-from"_s, u"ЛКК <noreply@lkk.example>"_s} +
                 smtpOptions,
             true},
            error);
    }
    static HttpReply registerUser(ApiTestServer& server, const QString& email) {
        const HttpReply captcha = server.post(u"/api/v1/captcha"_s, {}, {});
        return server.post(u"/api/v1/auth/register"_s, {},
                           {{u"email"_s, email},
                            {u"password"_s, u"Secret123"_s},
                            {u"surname"_s, u"Сидоров"_s},
                            {u"firstName"_s, u"Иван"_s},
                            {u"agreement"_s, true},
                            {u"captchaId"_s, captcha.json.value(u"id"_s)},
                            {u"captchaAnswer"_s, captcha.json.value(u"answer"_s)}});
    }
    static HttpReply recover(ApiTestServer& server, const QString& email) {
        const HttpReply captcha = server.post(u"/api/v1/captcha"_s, {}, {});
        return server.post(u"/api/v1/auth/recover"_s, {},
                           {{u"email"_s, email},
                            {u"captchaId"_s, captcha.json.value(u"id"_s)},
                            {u"captchaAnswer"_s, captcha.json.value(u"answer"_s)}});
    }
    static bool openssl(const QStringList& args) { return QProcess::execute(u"openssl"_s, args) == 0; }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        if (QProcess::execute(kPython, {u"-c"_s, u"import aiosmtpd"_s}) != 0)
            QSKIP("python3-aiosmtpd is not installed (scripts/install-deps.sh test)");
        // The sink's certificate (self-signed for 127.0.0.1, the CA the server is told to trust)
        // and an unrelated CA for the refusal case.
        m_cert = m_tls.filePath(u"sink.crt"_s);
        m_key = m_tls.filePath(u"sink.key"_s);
        m_otherCa = m_tls.filePath(u"other.crt"_s);
        const QStringList selfSigned{u"req"_s,    u"-x509"_s,    u"-newkey"_s,
                                     u"ec"_s,     u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                                     u"-nodes"_s, u"-days"_s,    u"2"_s};
        QVERIFY(openssl(selfSigned + QStringList{u"-keyout"_s, m_key, u"-out"_s, m_cert, u"-subj"_s, u"/CN=127.0.0.1"_s,
                                                 u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s}));
        QVERIFY(openssl(selfSigned + QStringList{u"-keyout"_s, m_tls.filePath(u"other.key"_s), u"-out"_s, m_otherCa,
                                                 u"-subj"_s, u"/CN=Other CA"_s}));
    }

    void plainSmtp() {
        SmtpSink sink;
        QString error;
        QVERIFY2(sink.start({}, &error), qPrintable(error));
        ApiTestServer server;
        QVERIFY2(startServer(server, sink, {u"--smtp-starttls"_s, u"off"_s}, &error), qPrintable(error));
        QCOMPARE(registerUser(server, u"smtp.user@example.org"_s).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(sink.mails().size(), 1, 20000);
        const QByteArray raw = sink.mail(sink.mails().constFirst());
        QVERIFY(raw.startsWith("X-Rcpt-To: smtp.user@example.org"));
        QVERIFY(raw.contains("From: =?UTF-8?B?"));
        QVERIFY(!raw.contains("X-Tls: yes"));
        const QString code = QRegularExpression(u"\\b(\\d{6})\\b"_s).match(textOf(raw)).captured(1);
        QCOMPARE(code.size(), 6);
        const HttpReply c = server.post(u"/api/v1/auth/register/confirm"_s, {},
                                        {{u"email"_s, u"smtp.user@example.org"_s}, {u"code"_s, code}});
        QCOMPARE(c.status, 204);
        QVERIFY(!server.login(u"smtp.user@example.org"_s, u"Secret123"_s).isEmpty());
    }

    void startTlsWithAuth() {
        SmtpSink sink;
        QString error;
        QVERIFY2(sink.start({u"--tls"_s, m_cert, m_key, u"--auth"_s, u"lkk:Smtp-Secret1"_s}, &error),
                 qPrintable(error));
        ApiTestServer server;
        QVERIFY2(startServer(server, sink,
                             {u"--smtp-starttls"_s, u"required"_s, u"--smtp-ca-file"_s, m_cert, u"--smtp-user"_s,
                              u"lkk"_s, u"--smtp-password"_s, u"Smtp-Secret1"_s},
                             &error),
                 qPrintable(error));
        QCOMPARE(registerUser(server, u"tls.user@example.org"_s).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(sink.mails().size(), 1, 20000);
        const QByteArray raw = sink.mail(sink.mails().constFirst());
        QVERIFY(raw.startsWith("X-Rcpt-To: tls.user@example.org"));
        QVERIFY(raw.contains("X-Authenticated: yes"));
        QVERIFY(raw.contains("X-Tls: yes"));
        QVERIFY(textOf(raw).contains(u"/confirm?token="_s));
    }

    // The server must not fall back to plain text or trust a certificate it was not told to.
    void refusesWhatItCannotTrust() {
        QString error;
        SmtpSink plainSink; // no STARTTLS at all, but the server requires it
        QVERIFY2(plainSink.start({}, &error), qPrintable(error));
        ApiTestServer requiresTls;
        QVERIFY2(startServer(requiresTls, plainSink, {u"--smtp-starttls"_s, u"required"_s}, &error), qPrintable(error));
        SmtpSink tlsSink; // STARTTLS, but with a certificate from a CA the server does not trust
        QVERIFY2(tlsSink.start({u"--tls"_s, m_cert, m_key}, &error), qPrintable(error));
        ApiTestServer wrongCa;
        QVERIFY2(startServer(wrongCa, tlsSink, {u"--smtp-starttls"_s, u"required"_s, u"--smtp-ca-file"_s, m_otherCa},
                             &error),
                 qPrintable(error));
        // The answers are the usual ones (mail goes out after the answer) …
        QCOMPARE(registerUser(requiresTls, u"a@example.org"_s).status, 202);
        QCOMPARE(registerUser(wrongCa, u"b@example.org"_s).status, 202);
        // … and nothing is delivered. A stopping server gives each queued mail one last attempt
        // and logs what stays in the outbox for the next start — without the mail's text (code,
        // link).
        requiresTls.stop();
        wrongCa.stop();
        for (ApiTestServer* server : {&requiresTls, &wrongCa}) {
            const QByteArray log = server->process().output();
            QVERIFY2(log.contains("mail not delivered before shutdown"), log.constData());
            QVERIFY(!log.contains("token="));
            QVERIFY(!log.contains("Для завершения регистрации"));
        }
        QVERIFY(plainSink.mails().isEmpty());
        QVERIFY(tlsSink.mails().isEmpty());
    }

    // No enumeration: the answers do not tell whether an address has an account — same status,
    // body and timing within noise (docs/architecture.md, "Registration"). The mail server takes
    // a second per message; the recovery mail goes only to an address with an account.
    void recoveryTimingDoesNotTellAccountsApart() {
        SmtpSink slowSink;
        QString error;
        QVERIFY2(slowSink.start({u"--delay"_s, u"1.0"_s}, &error), qPrintable(error));
        ApiTestServer server;
        QVERIFY2(startServer(server, slowSink, {u"--smtp-starttls"_s, u"off"_s}, &error), qPrintable(error));
        QList<qint64> known;
        QList<qint64> unknown;
        QByteArray knownBody;
        for (int round = 0; round < 9; ++round) {
            if (round > 0 && round % 3 == 0) { // 3 recoveries per address and hour: move on an hour
                const QString later = QDateTime::fromString(u"2026-11-24T05:00:00Z"_s, Qt::ISODate)
                                          .addSecs(3700LL * (round / 3))
                                          .toString(Qt::ISODate);
                QCOMPARE(server.post(u"/api/v1/test/clock"_s, {}, {{u"now"_s, later}}).status, 204);
            }
            const HttpReply a = recover(server, u"demo@lkk.example"_s);
            const HttpReply b = recover(server, u"ghost" + QString::number(round) + u"@example.org"_s);
            QCOMPARE(a.status, 202);
            QCOMPARE(b.status, 202);
            QCOMPARE(a.body, b.body); // byte for byte
            known << a.elapsedMs;
            unknown << b.elapsedMs;
        }
        const qint64 k = median(known);
        const qint64 u = median(unknown);
        const qint64 bound = qMax<qint64>(150, qMax(k, u) / 4);
        QVERIFY2(qAbs(k - u) < bound,
                 qPrintable(QStringLiteral("median %1 ms with an account, %2 ms without").arg(k).arg(u)));
        QTRY_COMPARE_WITH_TIMEOUT(slowSink.mails().size(), 9, 30000); // and the mails did go out
    }
};

int main(int argc, char** argv) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    TestRegistrationSmtp test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registration_smtp.moc"
