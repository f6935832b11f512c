// AppSettings: defaults, typed values, persistence, and command-line overrides that are not saved.
#include "app/settings/AppSettings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lkk::AppSettings;
using Key = lkk::AppSettings::Key;

class TestAppSettings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults() {
        QTemporaryDir dir;
        AppSettings s(dir.filePath(u"s.ini"_s));
        QVERIFY(s.string(Key::ServerUrl).startsWith(u"https://"_s));
        QVERIFY(s.string(Key::ExtraCaFile).isEmpty());
        QCOMPARE(s.value(Key::RememberMe).metaType(), QMetaType::fromType<bool>());
        QCOMPARE(s.value(Key::RememberMe).toBool(), false);
        QVERIFY(s.string(Key::RememberedUser).isEmpty());
        QCOMPARE(s.value(Key::MainWindowState).metaType(), QMetaType::fromType<QByteArray>());
        // Every key has a storage name and they are distinct.
        QSet<QString> names;
        const QMetaEnum keys = QMetaEnum::fromType<Key>();
        for (int i = 0; i < keys.keyCount(); ++i)
            names.insert(AppSettings::storageName(static_cast<Key>(keys.value(i))));
        QCOMPARE(names.size(), keys.keyCount());
    }

    void persistsTyped() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_s);
        {
            AppSettings s(path);
            QSignalSpy changed(&s, &AppSettings::changed);
            s.setValue(Key::RememberMe, true);
            s.setValue(Key::LastEmail, u"иван@почта.рф"_s);
            s.setValue(Key::MainWindowGeometry, QByteArray("\x01\x02\xff", 3));
            QCOMPARE(changed.count(), 3);
            s.setValue(Key::LastEmail, u"иван@почта.рф"_s); // same value: no signal
            QCOMPARE(changed.count(), 3);
        }
        AppSettings again(path);
        QCOMPARE(again.value(Key::RememberMe).metaType(), QMetaType::fromType<bool>());
        QCOMPARE(again.value(Key::RememberMe).toBool(), true);
        QCOMPARE(again.string(Key::LastEmail), u"иван@почта.рф"_s);
        QCOMPARE(again.value(Key::MainWindowGeometry).toByteArray(), QByteArray("\x01\x02\xff", 3));
        again.remove(Key::LastEmail);
        QVERIFY(again.string(Key::LastEmail).isEmpty());
    }

    void overridesAreNotPersisted() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ini"_s);
        {
            AppSettings s(path);
            s.setValue(Key::ServerUrl, u"https://saved.example"_s);
            QSignalSpy changed(&s, &AppSettings::changed);
            s.overrideForThisRun(Key::ServerUrl, u"https://127.0.0.1:8443"_s);
            s.overrideForThisRun(Key::Language, u"en"_s);
            QCOMPARE(changed.count(), 2);
            QCOMPARE(s.string(Key::ServerUrl), u"https://127.0.0.1:8443"_s);
            QVERIFY(s.isOverridden(Key::ServerUrl));
            QCOMPARE(s.string(Key::Language), u"en"_s);
            s.sync();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("saved.example"));
        QVERIFY(!stored.contains("127.0.0.1"));
        QVERIFY(!stored.contains("language"));
        AppSettings again(path);
        QCOMPARE(again.string(Key::ServerUrl), u"https://saved.example"_s);
        QVERIFY(again.string(Key::Language).isEmpty());
    }

    void explicitSetDropsOverride() {
        QTemporaryDir dir;
        AppSettings s(dir.filePath(u"s.ini"_s));
        s.overrideForThisRun(Key::ServerUrl, u"https://cli.example"_s);
        s.setValue(Key::ServerUrl, u"https://chosen.example"_s);
        QVERIFY(!s.isOverridden(Key::ServerUrl));
        QCOMPARE(s.string(Key::ServerUrl), u"https://chosen.example"_s);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
