// Registration mail over real SMTP (issue 5): lkk-server's SmtpMailer (libcurl) delivers to a
// small aiosmtpd sink (tests/support/smtp_sink.py, plain SMTP with smtp-starttls=off); the test
// reads the code from the delivered message, confirms and signs in.
#include "ApiTestServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;
using lkk::test::HttpReply;

class TestRegistrationSmtp : public QObject {
    Q_OBJECT

    QTemporaryDir m_inbox;
    QProcess m_sink;
    ApiTestServer m_server;

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        if (QProcess::execute(u"/usr/bin/python3"_s, {u"-c"_s, u"import aiosmtpd"_s}) != 0)
            QSKIP("python3-aiosmtpd is not installed (scripts/install-deps.sh test)");
        m_sink.start(u"/usr/bin/python3"_s, {QStringLiteral(LKK_TEST_SUPPORT_DIR "/smtp_sink.py"), m_inbox.path()});
        QVERIFY(m_sink.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return m_sink.canReadLine(); }, 20000));
        const QByteArray line = m_sink.readLine().trimmed();
        QVERIFY2(line.startsWith("SMTP_SINK_READY "), line.constData());
        const QString port = QString::fromLatin1(line.mid(16));
        QString error;
        QVERIFY2(m_server.start({u"lkk_smtp"_s,
                                 {u"--test-expose-captcha"_s, u"--smtp-url"_s, u"smtp://127.0.0.1:"_s + port,
                                  u"--smtp-starttls"_s, u"off"_s, u"--mail-from"_s, u"ЛКК <noreply@lkk.example>"_s},
                                 true},
                                &error),
                 qPrintable(error));
    }

    void cleanupTestCase() {
        m_server.stop();
        m_sink.closeWriteChannel();
        if (!m_sink.waitForFinished(5000))
            m_sink.kill();
    }

    void registerThroughSmtp() {
        const HttpReply captcha = m_server.post(u"/api/v1/captcha"_s, {}, {});
        const HttpReply r = m_server.post(u"/api/v1/auth/register"_s, {},
                                          {{u"email"_s, u"smtp.user@example.org"_s},
                                           {u"password"_s, u"Secret123"_s},
                                           {u"surname"_s, u"Сидоров"_s},
                                           {u"firstName"_s, u"Иван"_s},
                                           {u"agreement"_s, true},
                                           {u"captchaId"_s, captcha.json.value(u"id"_s)},
                                           {u"captchaAnswer"_s, captcha.json.value(u"answer"_s)}});
        QCOMPARE(r.status, 202);
        const QDir inbox(m_inbox.path());
        QTRY_VERIFY_WITH_TIMEOUT(!inbox.entryList({u"*.eml"_s}, QDir::Files).isEmpty(), 20000);
        QFile f(inbox.filePath(inbox.entryList({u"*.eml"_s}, QDir::Files).constFirst()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QVERIFY(raw.startsWith("X-Rcpt-To: smtp.user@example.org"));
        QVERIFY(raw.contains("From: =?UTF-8?B?"));
        const qsizetype body = raw.indexOf("\r\n\r\n");
        QVERIFY(body > 0);
        const QString text = QString::fromUtf8(QByteArray::fromBase64(raw.mid(body + 4)));
        const QString code = QRegularExpression(u"\\b(\\d{6})\\b"_s).match(text).captured(1);
        QCOMPARE(code.size(), 6);
        const HttpReply c = m_server.post(u"/api/v1/auth/register/confirm"_s, {},
                                          {{u"email"_s, u"smtp.user@example.org"_s}, {u"code"_s, code}});
        QCOMPARE(c.status, 204);
        QVERIFY(!m_server.login(u"smtp.user@example.org"_s, u"Secret123"_s).isEmpty());
    }
};

int main(int argc, char** argv) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    TestRegistrationSmtp test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registration_smtp.moc"
