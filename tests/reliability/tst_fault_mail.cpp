// Fault: lkk-server killed (SIGKILL) with mail in its queue. Mail accepted while the mail server
// is down is in the database's outbox (mail_outbox), so it goes out after the restart, once the
// mail server is up — every mail once. SQLite or PostgreSQL (LKK_TEST_BACKEND).
#include "tests/support/ApiTestServer.h"
#include "tests/support/SmtpSink.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;
using lkk::test::HttpReply;
using lkk::test::SmtpSink;

namespace {

QString textOf(const QByteArray& raw) {
    const qsizetype body = raw.indexOf("\r\n\r\n");
    return body < 0 ? QString() : QString::fromUtf8(QByteArray::fromBase64(raw.mid(body + 4)));
}

HttpReply registerUser(ApiTestServer& server, const QString& email) {
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

} // namespace

class TestFaultMail : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        if (QProcess::execute(lkk::test::kPython, {u"-c"_s, u"import aiosmtpd"_s}) != 0)
            QSKIP("python3-aiosmtpd is not installed (scripts/install-deps.sh test)");
    }

    void queuedMailIsSentAfterACrash() {
        QTcpServer probe; // a free port for a mail server that is not running yet
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString port = QString::number(probe.serverPort());
        probe.close();
        ApiTestServer server;
        QString error;
        QVERIFY2(server.start({.scratchPrefix = u"lkk_fm"_s,
                               .extraArgs = {u"--test-expose-captcha"_s, u"--smtp-url"_s, u"smtp://127.0.0.1:"_s + port,
                                             u"--smtp-starttls"_s, u"off"_s}},
                              &error),
                 qPrintable(error));
        const QStringList emails{u"crash.one@example.org"_s, u"crash.two@example.org"_s};
        for (const QString& email : emails)
            QCOMPARE(registerUser(server, email).status, 202);
        server.process().kill();
        QVERIFY(!server.process().isRunning());

        SmtpSink sink;
        QVERIFY2(sink.start({u"--port"_s, port}, &error), qPrintable(error));
        QVERIFY2(server.startAgain(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(sink.mails().size(), 2, 20000);
        QStringList recipients;
        for (const QString& name : sink.mails()) {
            const QByteArray raw = sink.mail(name);
            recipients << QString::fromUtf8(raw.left(raw.indexOf('\n'))).trimmed().mid(11); // "X-Rcpt-To: "
            const QString email = recipients.last();
            const QString code = QRegularExpression(u"\\b(\\d{6})\\b"_s).match(textOf(raw)).captured(1);
            QCOMPARE(code.size(), 6);
            QCOMPARE(
                server.post(u"/api/v1/auth/register/confirm"_s, {}, {{u"email"_s, email}, {u"code"_s, code}}).status,
                204);
        }
        recipients.sort();
        QCOMPARE(recipients, QStringList({u"crash.one@example.org"_s, u"crash.two@example.org"_s}));
        // Delivered mail leaves the outbox: another crash and start send nothing again.
        server.process().kill();
        QVERIFY2(server.startAgain(&error), qPrintable(error));
        QCOMPARE(server.get(u"/api/v1/health"_s).status, 200);
        QTest::qWait(150);
        QCOMPARE(sink.mails().size(), 2);
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestFaultMail test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fault_mail.moc"
