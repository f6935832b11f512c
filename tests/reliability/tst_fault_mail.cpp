// Fault: lkk-server killed (SIGKILL) with mail in its queue. Mail accepted while the mail server
// is down is in the database's outbox (mail_outbox), so it goes out after the restart, once the
// mail server is up — every mail once. SQLite or PostgreSQL (LKK_TEST_BACKEND).
#include "tests/reliability/MailFaults.h"
#include "tests/support/ApiTestServer.h"
#include "tests/support/SmtpSink.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;
using lkk::test::registerUser;
using lkk::test::SmtpSink;

class TestFaultMail : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        if (QProcess::execute(lkk::test::kPython, {u"-c"_s, u"import aiosmtpd"_s}) != 0)
            QSKIP("python3-aiosmtpd is not installed (scripts/install-deps.sh test)");
    }

    void queuedMailIsSentAfterACrash() {
        const QString port = lkk::test::freePort(); // for a mail server that is not running yet
        QVERIFY(!port.isEmpty());
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
            recipients << lkk::test::recipientOf(raw);
            const QString email = recipients.last();
            const QString code = QRegularExpression(u"\\b(\\d{6})\\b"_s).match(lkk::test::textOf(raw)).captured(1);
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
