// Screen pop: the caller requests telephony passes (--find-caller, lkk://caller links), the
// request held until an operator is signed in, and the single-instance socket that carries a
// request from a second process to the running one (docs/screen-pop.md).
#include "app/core/SingleInstance.h"
#include "app/session/ScreenPop.h"

#include <QDir>
#include <QFile>
#include <QFileOpenEvent>
#include <QLocalServer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <atomic>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// A name of this test's own, so that parallel tests (and a client the developer runs) never meet.
QString uniqueName(const QTemporaryDir& dir) {
    return dir.filePath(u"lkk-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12) + u".sock"_s);
}

// handOver() blocks as it does in a second process; here it runs on a thread of its own while
// the receiving end serves it from this thread's event loop.
class HandOverThread : public QThread {
public:
    HandOverThread(QString name, QByteArray message)
        : m_name(std::move(name))
        , m_message(std::move(message)) {}
    void run() override { m_result = lkk::SingleInstance(m_name).handOver(m_message, std::chrono::seconds(10)); }
    bool result() const { return m_result; }

private:
    QString m_name;
    QByteArray m_message;
    std::atomic<bool> m_result = false;
};

} // namespace

class TestScreenPop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void phone_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("phone"); // empty: refused
        QTest::newRow("e164") << u"+79131234567"_s << u"+79131234567"_s;
        QTest::newRow("spaced") << u" +7 913 123-45-67 "_s << u"+79131234567"_s;
        QTest::newRow("eight") << u"8 (913) 123 45 67"_s << u"+79131234567"_s;
        QTest::newRow("ten digits") << u"9131234567"_s << u"+79131234567"_s;
        QTest::newRow("landline kept as given") << u"+7 (3822) 51-23-45"_s << u"+73822512345"_s;
        QTest::newRow("foreign") << u"+49 30 1234567"_s << u"+49301234567"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << u"   "_s << QString();
        QTest::newRow("letters") << u"+7913abc4567"_s << QString();
        QTest::newRow("second plus") << u"+7+9131234567"_s << QString();
        QTest::newRow("too short") << u"123-45-67"_s << QString();
        QTest::newRow("too long") << u"+7913123456789012"_s << QString();
        QTest::newRow("semicolon") << u"+79131234567;rm"_s << QString();
        QTest::newRow("newline") << u"+7913123\n4567"_s << QString();
    }
    void phone() {
        QFETCH(QString, input);
        QFETCH(QString, phone);
        const lkk::CallerRequest request = lkk::parseCallerPhone(input);
        QCOMPARE(request.isValid(), !phone.isEmpty());
        QCOMPARE(request.phone, phone);
        if (!request.isValid())
            QVERIFY(!request.error.isEmpty());
    }

    void link_data() {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("phone"); // empty: refused
        QTest::newRow("plain plus") << u"lkk://caller?phone=+79131234567"_s << u"+79131234567"_s;
        QTest::newRow("encoded plus") << u"lkk://caller?phone=%2B79131234567"_s << u"+79131234567"_s;
        QTest::newRow("encoded spaces") << u"lkk://caller?phone=8%20913%20123-45-67"_s << u"+79131234567"_s;
        QTest::newRow("trailing slash") << u"lkk://caller/?phone=89131234567"_s << u"+79131234567"_s;
        QTest::newRow("upper-case scheme") << u"LKK://Caller?phone=89131234567"_s << u"+79131234567"_s;
        QTest::newRow("other scheme") << u"https://caller?phone=89131234567"_s << QString();
        QTest::newRow("other host") << u"lkk://account?phone=89131234567"_s << QString();
        QTest::newRow("a path") << u"lkk://caller/x?phone=89131234567"_s << QString();
        QTest::newRow("no phone") << u"lkk://caller"_s << QString();
        QTest::newRow("empty phone") << u"lkk://caller?phone="_s << QString();
        QTest::newRow("two phones") << u"lkk://caller?phone=89131234567&phone=89131234568"_s << QString();
        QTest::newRow("extra item") << u"lkk://caller?phone=89131234567&open=1"_s << QString();
        QTest::newRow("bad phone") << u"lkk://caller?phone=%3Cscript%3E"_s << QString();
        QTest::newRow("not a url") << u"lkk:// caller?phone=1"_s << QString();
    }
    void link() {
        QFETCH(QString, link);
        QFETCH(QString, phone);
        QVERIFY(lkk::looksLikeCallerLink(link) == link.startsWith(u"lkk:"_s, Qt::CaseInsensitive));
        const lkk::CallerRequest request = lkk::parseCallerLink(link);
        QCOMPARE(request.isValid(), !phone.isEmpty());
        QCOMPARE(request.phone, phone);
        if (!request.isValid())
            QVERIFY2(!request.error.isEmpty(), qPrintable(link));
    }

    void requestWaitsForAnOperator() {
        lkk::ScreenPop pop;
        QSignalSpy callers(&pop, &lkk::ScreenPop::callerRequested);
        pop.request(u"+79131234567"_s);
        pop.request(u"+79131234568"_s); // the latest call wins
        pop.setOperatorSignedIn(false); // a customer signed in
        QCOMPARE(callers.count(), 0);
        QCOMPARE(pop.pendingPhone(), u"+79131234568"_s);
        pop.setOperatorSignedIn(true);
        QCOMPARE(callers.count(), 1);
        QCOMPARE(callers.at(0).at(0).toString(), u"+79131234568"_s);
        QVERIFY(pop.pendingPhone().isEmpty());
        pop.setOperatorSignedIn(true); // given once only
        QCOMPARE(callers.count(), 1);
        pop.request(u"+79131234569"_s); // while signed in: at once
        QCOMPARE(callers.count(), 2);
        QCOMPARE(callers.at(1).at(0).toString(), u"+79131234569"_s);
    }

    void linkFromTheSystem() {
        // macOS opens a link with the running client as a QFileOpenEvent, not a command line.
        lkk::ScreenPop pop;
        qApp->installEventFilter(&pop);
        pop.setOperatorSignedIn(true);
        QSignalSpy callers(&pop, &lkk::ScreenPop::callerRequested);
        QSignalSpy activations(&pop, &lkk::ScreenPop::activationRequested);

        QFileOpenEvent link(QUrl(u"lkk://caller?phone=%2B79131234567"_s));
        QVERIFY(QCoreApplication::sendEvent(qApp, &link));
        QCOMPARE(callers.count(), 1);
        QCOMPARE(callers.at(0).at(0).toString(), u"+79131234567"_s);
        QCOMPARE(activations.count(), 1);

        QFileOpenEvent malformed(QUrl(u"lkk://caller?phone=call-me"_s));
        QVERIFY(QCoreApplication::sendEvent(qApp, &malformed)); // taken, and refused
        QFileOpenEvent document(QUrl::fromLocalFile(u"/tmp/bill.pdf"_s));
        QVERIFY(!QCoreApplication::sendEvent(qApp, &document)); // not ours
        QCOMPARE(callers.count(), 1);
        QCOMPARE(activations.count(), 1);
    }

    void messages() {
        lkk::ScreenPop pop;
        pop.setOperatorSignedIn(true);
        QSignalSpy callers(&pop, &lkk::ScreenPop::callerRequested);
        QSignalSpy activations(&pop, &lkk::ScreenPop::activationRequested);
        QVERIFY(pop.receiveMessage(lkk::ScreenPop::encodeMessage(u"+79131234567"_s)));
        QCOMPARE(callers.count(), 1);
        QCOMPARE(callers.at(0).at(0).toString(), u"+79131234567"_s);
        QCOMPARE(activations.count(), 1);
        QVERIFY(pop.receiveMessage(lkk::ScreenPop::encodeMessage({})));
        QCOMPARE(activations.count(), 2);
        QCOMPARE(callers.count(), 1);
        // A process that is not lkk, or a message with a bad phone, changes nothing.
        QVERIFY(!pop.receiveMessage("GET / HTTP/1.1"));
        QVERIFY(!pop.receiveMessage(R"({"command":"caller","phone":"drop table"})"));
        QVERIFY(!pop.receiveMessage(R"({"command":"exec","phone":"+79131234567"})"));
        QCOMPARE(callers.count(), 1);
        QCOMPARE(activations.count(), 2);
    }

    void handOverToTheRunningInstance() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString name = uniqueName(dir);
        lkk::SingleInstance running(name);
        lkk::ScreenPop pop;
        running.setHandler([&pop](const QByteArray& message) { return pop.receiveMessage(message); });
        QVERIFY2(running.listen(), qPrintable(running.errorString()));
#ifdef Q_OS_UNIX
        // The socket is the user's alone.
        QCOMPARE(QFile::permissions(name) & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther),
                 QFileDevice::Permissions());
#endif
        QSignalSpy callers(&pop, &lkk::ScreenPop::callerRequested);

        HandOverThread second(name, lkk::ScreenPop::encodeMessage(u"+79131234567"_s));
        second.start();
        QTRY_VERIFY(second.isFinished());
        QVERIFY(second.result());
        QCOMPARE(callers.count(), 0); // nobody signed in yet: kept
        QCOMPARE(pop.pendingPhone(), u"+79131234567"_s);
        pop.setOperatorSignedIn(true);
        QCOMPARE(callers.count(), 1);

        // A message the running one refuses is reported to the sender as not handed over.
        HandOverThread bad(name, R"({"command":"caller","phone":"x"})");
        bad.start();
        QTRY_VERIFY(bad.isFinished());
        QVERIFY(!bad.result());

        // Another listener on the same name is refused while this one runs.
        lkk::SingleInstance another(name);
        QVERIFY(!another.listen());
    }

    void nobodyRunning() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const lkk::SingleInstance instance(uniqueName(dir));
        QVERIFY(!instance.handOver(lkk::ScreenPop::encodeMessage({}), std::chrono::milliseconds(100)));
    }

    void takesOverALeftoverSocket() {
#ifndef Q_OS_UNIX
        QSKIP("A crashed client's leftover is a socket file on Unix only");
#endif
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString name = uniqueName(dir);
        QFile leftover(name); // where a crashed client's socket stayed behind
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        lkk::SingleInstance instance(name);
        QVERIFY2(instance.listen(), qPrintable(instance.errorString()));
        QVERIFY(instance.isListening());
    }

    void defaultNameIsPerUser() {
        qunsetenv("LKK_INSTANCE_NAME");
        const QString name = lkk::SingleInstance::defaultName();
        QVERIFY(!name.isEmpty());
#ifdef Q_OS_UNIX
        QVERIFY2(name.contains(QString::number(::getuid())), qPrintable(name));
#endif
        qputenv("LKK_INSTANCE_NAME", "lkk-test-override");
        QCOMPARE(lkk::SingleInstance::defaultName(), u"lkk-test-override"_s);
        qunsetenv("LKK_INSTANCE_NAME");
    }
};

// A QGuiApplication: QFileOpenEvent, which macOS sends a link in, belongs to Qt GUI.
QTEST_MAIN(TestScreenPop)
#include "tst_screenpop.moc"
