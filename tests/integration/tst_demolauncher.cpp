// DemoServerLauncher (the client's --demo) starts the real lkk-server, reads its ready line and
// stops it; failures to start are reported with the reason.
#include "app/api/ApiClient.h"
#include "app/api/ApiOperations.h"
#include "app/demo/DemoServerLauncher.h"
#include "tests/support/ServerProcess.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;

namespace {

Result<HealthStatus> health(const QUrl& url, const QString& ca) {
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setTimeout(std::chrono::seconds(10));
    if (const auto error = api.setServer(url.toString(), ca))
        return *error;
    std::optional<Result<HealthStatus>> out;
    QObject context;
    api.call(HealthOperation{}, {}, &context, [&out](Result<HealthStatus> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return ApiError{ApiError::Kind::Timeout, 0, {}, {}, u"test: no answer"_s, {}};
    return std::move(*out);
}

} // namespace

class TestDemoLauncher : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsAndStops() {
        QTemporaryDir dir;
        DemoServerLauncher launcher;
        launcher.setServerBinary(lkk::test::ServerProcess::binaryPath());
        launcher.setDataDir(dir.path());
        QSignalSpy ready(&launcher, &DemoServerLauncher::ready);
        QSignalSpy failed(&launcher, &DemoServerLauncher::failed);
        launcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || failed.count() > 0, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QUrl url = ready.first().at(0).toUrl();
        const QString ca = ready.first().at(1).toString();
        QCOMPARE(url, launcher.url());
        QCOMPARE(url.scheme(), u"https"_s);
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(url.port() > 0);
        QVERIFY(ca.startsWith(dir.path()));
        QCOMPARE(launcher.caFile(), ca);
        QCOMPARE(launcher.demoEmail(), u"demo@lkk.example"_s);
        QCOMPARE(launcher.demoPassword(), u"Demo1234"_s);
        QVERIFY(launcher.mailDropDir().startsWith(dir.path()));
        QVERIFY(QFileInfo(launcher.mailDropDir()).isDir());

        const auto up = health(url, ca);
        QVERIFY2(up.ok(), qPrintable(up ? QString() : up.error().message));

        launcher.stop();
        QCOMPARE(failed.count(), 0); // a requested stop is not a failure
        const auto down = health(url, ca);
        QVERIFY(!down.ok());
        QCOMPARE(down.error().kind, ApiError::Kind::Network);

        // The next start reuses the port (and the CA), so a remembered sign-in's key still matches.
        launcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 2 || failed.count() > 0, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(launcher.url(), url);
        QCOMPARE(launcher.caFile(), ca);
        QVERIFY(health(url, ca).ok());
    }

    void missingBinaryFails() {
        QTemporaryDir dir;
        DemoServerLauncher launcher;
        launcher.setServerBinary(dir.filePath(u"no-such-lkk-server"_s));
        launcher.setDataDir(dir.path());
        QSignalSpy failed(&launcher, &DemoServerLauncher::failed);
        launcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(failed.first().first().toString().contains(u"no-such-lkk-server"_s));
    }

    void serverThatExitsFails() {
        QTemporaryDir dir;
        const QString script = dir.filePath(u"fake-server.sh"_s);
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\necho 'cannot open database: disk full' >&2\nexit 3\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        DemoServerLauncher launcher;
        launcher.setServerBinary(script);
        launcher.setDataDir(dir.filePath(u"data"_s));
        QSignalSpy failed(&launcher, &DemoServerLauncher::failed);
        QSignalSpy ready(&launcher, &DemoServerLauncher::ready);
        launcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"disk full"_s), qPrintable(message));
        QVERIFY2(message.contains(u"3"_s), qPrintable(message));
        QCOMPARE(ready.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoLauncher)
#include "tst_demolauncher.moc"
