#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>

namespace lkk {

// Typed settings with one defaults table (AppSettings.cpp). Never secrets: passwords and tokens
// live only in the keychain, and a test scans the config and cache directories for them.
class AppSettings : public QObject {
    Q_OBJECT
public:
    enum class Key {
        ServerUrl,           // QString, https://…
        ExtraCaFile,         // QString path, empty = system CAs only
        LastEmail,           // QString
        RememberMe,          // bool: the checkbox state, not a credential
        RememberedUser,      // QString "user@server" key of the keychain entry, empty = none
        Language,            // QString "ru"/"en"/"" (system)
        LoginWindowGeometry, // QByteArray
        MainWindowGeometry,  // QByteArray
        MainWindowState,     // QByteArray
    };
    Q_ENUM(Key)

    explicit AppSettings(QObject* parent = nullptr);                // the user's QSettings
    AppSettings(const QString& iniPath, QObject* parent = nullptr); // for tests

    QVariant value(Key key) const;
    // Stores the value (and drops an override of this key: the user's explicit choice wins).
    void setValue(Key key, const QVariant& value);
    void remove(Key key);
    QString string(Key key) const { return value(key).toString(); }

    // Values given on the command line override the stored ones for this run only.
    void overrideForThisRun(Key key, const QVariant& value);
    bool isOverridden(Key key) const { return m_overrides.contains(key); }

    static QVariant defaultValue(Key key);
    static QString storageName(Key key); // the QSettings key, e.g. "server/url"
    QString fileName() const { return m_settings.fileName(); }
    void sync() { m_settings.sync(); }

signals:
    void changed(lkk::AppSettings::Key key);

private:
    QSettings m_settings;
    QHash<Key, QVariant> m_overrides;
};

} // namespace lkk
