// CredentialStore against the real keychain (Secret Service through QtKeychain). The full test
// command runs it inside scripts/with-keyring.sh; without a session bus it skips, unless
// LKK_TEST_REQUIRE_KEYCHAIN=1 makes that a failure.
#include "app/session/CredentialStore.h"
#include "generated/branding.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using lkk::CredentialStore;

namespace {

CredentialStore::Outcome wait(std::function<void(CredentialStore::Callback)> start) {
    std::optional<CredentialStore::Outcome> out;
    start([&out](const CredentialStore::Outcome& o) { out = o; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000)) {
        CredentialStore::Outcome timeout;
        timeout.errorText = u"keychain job did not finish in 20 s"_s;
        return timeout;
    }
    return *out;
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
    static bool isProbeChild() { return qEnvironmentVariableIntValue("LKK_KEYCHAIN_PROBE_CHILD") == 1; }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        if (isProbeChild())
            return;
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            if (qEnvironmentVariableIntValue("LKK_TEST_REQUIRE_KEYCHAIN") == 1)
                QFAIL("LKK_TEST_REQUIRE_KEYCHAIN=1 but there is no D-Bus session (run inside scripts/with-keyring.sh)");
            QSKIP("no D-Bus session bus: run inside scripts/with-keyring.sh");
        }
    }

    // Run as a child without a session bus: the probe must say "unavailable" with the reason.
    void probeWithoutSecretService() {
        if (isProbeChild()) {
            CredentialStore store(QString::fromLatin1(lkk::branding::appId));
            std::optional<std::pair<bool, QString>> result;
            QObject context;
            store.probe(&context, [&](bool available, const QString& reason) { result = {available, reason}; });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
            QVERIFY(!result->first);
            QVERIFY(!result->second.isEmpty());
            qInfo("reason: %s", qPrintable(result->second));
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"DISPLAY"_s); // no X11 autolaunch of a bus either
        env.insert(u"LKK_KEYCHAIN_PROBE_CHILD"_s, u"1"_s);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"probeWithoutSecretService"_s});
        QVERIFY(child.waitForFinished(30000));
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(u"reason: "_s), qPrintable(output));
    }

    void probeSaysAvailable() {
        CredentialStore store(QString::fromLatin1(lkk::branding::appId));
        std::optional<std::pair<bool, QString>> result;
        QObject context;
        store.probe(&context, [&](bool available, const QString& reason) { result = {available, reason}; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->first, qPrintable(result->second));
        QVERIFY(result->second.isEmpty());
    }

    void writeReadOverwriteRemove() {
        CredentialStore store(QString::fromLatin1(lkk::branding::appId));
        QObject context;
        const QString key =
            CredentialStore::keyFor(u"Test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"@lkk.example"_s,
                                    u"https://127.0.0.1:8443"_s);
        QVERIFY(key.endsWith(u"@127.0.0.1:8443"_s));
        QCOMPARE(key, key.toLower());

        auto missing = wait([&](auto cb) { store.read(key, &context, cb); });
        QVERIFY(!missing.ok);
        QVERIFY2(missing.notFound, qPrintable(missing.errorText));

        auto written = wait([&](auto cb) { store.write(key, u"token-1 ☀ длинный"_s, &context, cb); });
        QVERIFY2(written.ok, qPrintable(written.errorText));
        auto read = wait([&](auto cb) { store.read(key, &context, cb); });
        QVERIFY2(read.ok, qPrintable(read.errorText));
        QCOMPARE(read.secret, u"token-1 ☀ длинный"_s);

        written = wait([&](auto cb) { store.write(key, u"token-2"_s, &context, cb); });
        QVERIFY2(written.ok, qPrintable(written.errorText));
        read = wait([&](auto cb) { store.read(key, &context, cb); });
        QCOMPARE(read.secret, u"token-2"_s);

        // Another service does not see it.
        CredentialStore other(u"ru.example.other"_s);
        auto foreign = wait([&](auto cb) { other.read(key, &context, cb); });
        QVERIFY(foreign.notFound);

        auto removed = wait([&](auto cb) { store.remove(key, &context, cb); });
        QVERIFY2(removed.ok, qPrintable(removed.errorText));
        read = wait([&](auto cb) { store.read(key, &context, cb); });
        QVERIFY(read.notFound);
        QVERIFY(read.secret.isEmpty());
        // Removing again is not an error: there is no entry, as wanted.
        removed = wait([&](auto cb) { store.remove(key, &context, cb); });
        QVERIFY2(removed.ok, qPrintable(removed.errorText));
    }

    void callbackDroppedWithContext() {
        CredentialStore store(QString::fromLatin1(lkk::branding::appId));
        int calls = 0;
        {
            QObject context;
            store.read(u"nobody@127.0.0.1:1"_s, &context, [&calls](const CredentialStore::Outcome&) { ++calls; });
        }
        QObject alive;
        bool done = false;
        store.read(u"nobody@127.0.0.1:1"_s, &alive, [&done](const CredentialStore::Outcome&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
