// Fault: the mail server down for a minute. Mail accepted meanwhile waits in the queue, which
// retries with growing pauses on the server's clock, and goes out once the mail server is back: in
// the order it was accepted, every mail once. The minute passes on the server's test clock
// (--test-clock), so the test waits for no real minute. SQLite or PostgreSQL (LKK_TEST_BACKEND).
#include "tests/reliability/MailFaults.h"
#include "tests/support/ApiTestServer.h"
#include "tests/support/SmtpSink.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using lkk::test::ApiTestServer;
using lkk::test::SmtpSink;

class TestFaultSmtp : public QObject {
    Q_OBJECT

    // The attempts the server has made to reach the mail server (its log: one line per failure).
    static qsizetype failedDeliveries(ApiTestServer& server) {
        return server.process().output().count("SMTP delivery failed");
    }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        if (QProcess::execute(lkk::test::kPython, {u"-c"_s, u"import aiosmtpd"_s}) != 0)
            QSKIP("python3-aiosmtpd is not installed (scripts/install-deps.sh test)");
    }

    void mailWaitsOutAnOutageInOrder() {
        const QString port = lkk::test::freePort(); // for the mail server, down at first
        QVERIFY(!port.isEmpty());
        ApiTestServer server;
        QString error;
        QVERIFY2(server.start({.scratchPrefix = u"lkk_fs"_s,
                               .extraArgs = {u"--test-expose-captcha"_s, u"--smtp-url"_s, u"smtp://127.0.0.1:"_s + port,
                                             u"--smtp-starttls"_s, u"off"_s},
                               .testClock = QDateTime::fromString(u"2026-11-24T05:00:00Z"_s, Qt::ISODate)},
                              &error),
                 qPrintable(error));

        // Accepted while the mail server is down: every answer as usual, the first delivery fails.
        QStringList accepted;
        for (int i = 1; i <= 5; ++i) {
            accepted << u"outage.%1@example.org"_s.arg(i);
            QCOMPARE(lkk::test::registerUser(server, accepted.last()).status, 202);
        }
        QTRY_VERIFY_WITH_TIMEOUT(failedDeliveries(server) >= 1, 20000);

        // A minute or more passes in steps of 10 s, until the queue has tried four times and its
        // pause has grown to its cap (2 s, 8 s, 32 s, then 2 min) — the first mail only: the
        // others wait behind it. Four failed attempts used to be the end of every mail.
        for (int step = 1; step <= 6 || !server.process().output().contains("the queue waits 120000 ms"); ++step) {
            QVERIFY2(step <= 30, qPrintable(u"%1 failed deliveries"_s.arg(failedDeliveries(server))));
            QVERIFY(server.advanceClock(10s));
            QTest::qWait(120); // the queue reads a test clock every 100 ms
        }
        QVERIFY(failedDeliveries(server) >= 4);
        QCOMPARE(server.scalar(u"SELECT COUNT(*) FROM mail_outbox"_s), 5);

        // The mail server is back: after the next pause (2 min at most) everything goes out.
        SmtpSink sink;
        QVERIFY2(sink.start({u"--port"_s, port}, &error), qPrintable(error));
        QVERIFY(server.advanceClock(2min));
        QTRY_COMPARE_WITH_TIMEOUT(sink.mails().size(), 5, 20000);
        QStringList delivered; // the sink names its files by arrival time
        for (const QString& name : sink.mails())
            delivered << lkk::test::recipientOf(sink.mail(name));
        QCOMPARE(delivered, accepted);
        QTRY_COMPARE_WITH_TIMEOUT(server.scalar(u"SELECT COUNT(*) FROM mail_outbox"_s), 0, 20000);

        // Once: more time and another mail bring no second copy of any.
        QVERIFY(server.advanceClock(10min));
        accepted << u"after@example.org"_s;
        QCOMPARE(lkk::test::registerUser(server, accepted.last()).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(sink.mails().size(), 6, 20000);
        delivered.clear();
        for (const QString& name : sink.mails())
            delivered << lkk::test::recipientOf(sink.mail(name));
        QCOMPARE(delivered, accepted);
        QVERIFY(!server.process().output().contains("giving up"));
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestFaultSmtp test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fault_smtp.moc"
