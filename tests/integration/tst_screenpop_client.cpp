// Screen pop with the real client binary: `lkk --find-caller …` and `lkk lkk://caller?phone=…`
// hand their request to the running client (here: this test, listening as the running one) and
// end with 0; a malformed link ends with 2 and a message; with nobody running, `lkk` starts,
// listens itself and acknowledges what a later one sends (docs/screen-pop.md).
#include "app/core/SingleInstance.h"
#include "app/session/ScreenPop.h"
#include "tests/support/ChildProcess.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 30000; // a client start under ASan on a busy machine

class Client {
public:
    Client(const QTemporaryDir& home, const QString& instanceName) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A home of its own: the client writes its settings and data nowhere else.
        for (const char* name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(name), home.path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LKK_INSTANCE_NAME"_s, instanceName);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain for a client that only hands over
        process.setProcessEnvironment(env);
        lkk::test::endWithTest(process);
    }
    ~Client() {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    void start(const QStringList& arguments) {
        process.start(QStringLiteral(LKK_CLIENT_BINARY), QStringList{u"--lang"_s, u"en"_s} + arguments);
    }
    bool finished() const { return process.state() == QProcess::NotRunning; }

    QProcess process;
};

} // namespace

class TestScreenPopClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        QVERIFY(m_dir.emplace().isValid());
        m_name = m_dir->filePath(u"lkk-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12) + u".sock"_s);
    }
    void cleanup() { m_dir.reset(); }

    void handsOverToTheRunningClient_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("phone"); // empty: "show the window"
        QTest::newRow("--find-caller") << QStringList{u"--find-caller"_s, u"+7 913 123-45-67"_s} << u"+79131234567"_s;
        QTest::newRow("link") << QStringList{u"lkk://caller?phone=%2B79131234567"_s} << u"+79131234567"_s;
        QTest::newRow("link, plain plus") << QStringList{u"lkk://caller?phone=+79131234568"_s} << u"+79131234568"_s;
        QTest::newRow("no request") << QStringList{} << QString();
    }
    void handsOverToTheRunningClient() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, phone);
        lkk::SingleInstance running(m_name);
        lkk::ScreenPop pop;
        pop.setOperatorSignedIn(true);
        running.setHandler([&pop](const QByteArray& message) { return pop.receiveMessage(message); });
        QVERIFY2(running.listen(), qPrintable(running.errorString()));
        QSignalSpy callers(&pop, &lkk::ScreenPop::callerRequested);
        QSignalSpy activations(&pop, &lkk::ScreenPop::activationRequested);

        Client second(*m_dir, m_name);
        second.start(arguments);
        QTRY_VERIFY_WITH_TIMEOUT(second.finished(), timeoutMs);
        QCOMPARE(second.process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(second.process.exitCode() == 0, second.process.readAllStandardError().constData());
        QCOMPARE(activations.count(), 1);
        if (phone.isEmpty()) {
            QCOMPARE(callers.count(), 0);
        } else {
            QCOMPARE(callers.count(), 1);
            QCOMPARE(callers.at(0).at(0).toString(), phone);
        }
    }

    void refusesAMalformedRequest_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("letters") << QStringList{u"lkk://caller?phone=abc"_s} << u"is not a phone number"_s;
        QTest::newRow("other host") << QStringList{u"lkk://account?phone=89131234567"_s} << u"is not a caller link"_s;
        QTest::newRow("no phone") << QStringList{u"lkk://caller"_s} << u"exactly one phone"_s;
        QTest::newRow("short number") << QStringList{u"--find-caller"_s, u"12345"_s} << u"10 to 15"_s;
        QTest::newRow("stray argument") << QStringList{u"caller"_s} << u"Unexpected argument"_s;
        QTest::newRow("two links") << QStringList{u"lkk://caller?phone=89131234567"_s,
                                                  u"lkk://caller?phone=89131234568"_s}
                                   << u"Unexpected argument"_s;
    }
    void refusesAMalformedRequest() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        lkk::SingleInstance running(m_name);
        lkk::ScreenPop pop;
        int received = 0;
        running.setHandler([&received](const QByteArray&) { return ++received > 0; });
        QVERIFY(running.listen());

        Client bad(*m_dir, m_name);
        bad.start(arguments);
        QTRY_VERIFY_WITH_TIMEOUT(bad.finished(), timeoutMs);
        QCOMPARE(bad.process.exitCode(), 2);
        const QString err = QString::fromUtf8(bad.process.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(received, 0); // nothing handed over
    }

    void firstClientListensItself() {
        Client first(*m_dir, m_name);
        first.start({u"--server"_s, u"https://127.0.0.1:9"_s, u"--find-caller"_s, u"+79131234567"_s});
        // Once it runs, a later request is acknowledged by it (the test plays the later `lkk`).
        const lkk::SingleInstance later(m_name);
        QTRY_VERIFY_WITH_TIMEOUT(first.finished() || later.handOver(lkk::ScreenPop::encodeMessage(u"+79131234568"_s),
                                                                    std::chrono::milliseconds(150)),
                                 timeoutMs);
        QVERIFY2(!first.finished(), first.process.readAllStandardError().constData());
        // A second listener on the same name is refused while it runs.
        lkk::SingleInstance another(m_name);
        QVERIFY(!another.listen());
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_name;
};

QTEST_GUILESS_MAIN(TestScreenPopClient)
#include "tst_screenpop_client.moc"
