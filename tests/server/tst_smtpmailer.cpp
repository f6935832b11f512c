// SmtpMailer against a real SMTP server (tests/support/smtp_sink.py): which failures refuse a
// message for good (MailQueue drops it) and which may pass later (MailQueue tries again).
#include "server/mail/SmtpMailer.h"
#include "tests/support/SmtpSink.h"

#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using lkk::server::mail::Mailer;
using lkk::server::mail::MailMessage;
using lkk::server::mail::SmtpMailer;
using lkk::test::kPython;
using lkk::test::SmtpSink;

namespace {

SmtpMailer mailerTo(const QString& url) {
    SmtpMailer::Settings settings;
    settings.url = url;
    settings.startTls = SmtpMailer::StartTls::Off;
    settings.from = u"ЛКК <noreply@lkk.example>"_s;
    settings.timeoutSec = 20;
    return SmtpMailer(settings);
}

const MailMessage kMessage{u"ivan@example.test"_s, u"Код подтверждения"_s, u"Ваш код: 123456"_s, {}};

} // namespace

class TestSmtpMailer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (QProcess::execute(kPython, {u"-c"_s, u"import aiosmtpd"_s}) != 0)
            QSKIP("python3-aiosmtpd is not installed (scripts/install-deps.sh test)");
    }

    void delivers() {
        SmtpSink sink;
        QString error;
        QVERIFY2(sink.start({}, &error), qPrintable(error));
        SmtpMailer mailer = mailerTo(sink.url());
        Mailer::Failure failure = Mailer::Failure::Permanent;
        QVERIFY2(mailer.deliver(kMessage, &error, &failure), qPrintable(error));
        QTRY_COMPARE(sink.mails().size(), 1);
    }

    // The mail server took the whole message, then refused it (a content policy, a size limit):
    // sending it again gets the same answer.
    void messageRefusedAfterItsContentIsPermanent() {
        SmtpSink sink;
        QString error;
        QVERIFY2(sink.start({u"--refuse"_s, u"554 5.7.1 Message refused by policy"_s}, &error), qPrintable(error));
        SmtpMailer mailer = mailerTo(sink.url());
        Mailer::Failure failure = Mailer::Failure::Temporary;
        QVERIFY(!mailer.deliver(kMessage, &error, &failure));
        QCOMPARE(failure, Mailer::Failure::Permanent);
        QVERIFY2(error.contains(u"554"_s), qPrintable(error));
        QVERIFY(sink.mails().isEmpty());
    }

    // A passing refusal after the content (451) and a server that cannot be reached may pass later.
    void passingTroubleIsTemporary() {
        SmtpSink sink;
        QString error;
        QVERIFY2(sink.start({u"--refuse"_s, u"451 4.3.0 Try again later"_s}, &error), qPrintable(error));
        Mailer::Failure failure = Mailer::Failure::Permanent;
        QVERIFY(!mailerTo(sink.url()).deliver(kMessage, &error, &failure));
        QCOMPARE(failure, Mailer::Failure::Temporary);

        QTcpServer closed; // a free port, then nobody listening on it
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        failure = Mailer::Failure::Permanent;
        QVERIFY(!mailerTo(u"smtp://127.0.0.1:%1"_s.arg(port)).deliver(kMessage, &error, &failure));
        QCOMPARE(failure, Mailer::Failure::Temporary);
    }
};

QTEST_GUILESS_MAIN(TestSmtpMailer)
#include "tst_smtpmailer.moc"
