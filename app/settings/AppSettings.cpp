#include "app/settings/AppSettings.h"

#include "app/core/Logging.h"
#include "generated/branding.h"

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

struct Entry {
    AppSettings::Key key;
    QLatin1StringView name;
    QVariant defaultValue;
};

// The one defaults table. Never a secret here: a test scans the settings file for tokens.
const QList<Entry>& table() {
    static const QList<Entry> entries{
        {AppSettings::Key::ServerUrl, "server/url"_L1,
         QVariant(u"https://lkk."_s + QLatin1StringView(branding::orgDomain))},
        {AppSettings::Key::ExtraCaFile, "server/extraCaFile"_L1, QVariant(QString())},
        {AppSettings::Key::LastEmail, "login/lastEmail"_L1, QVariant(QString())},
        {AppSettings::Key::RememberMe, "login/rememberMe"_L1, QVariant(false)},
        {AppSettings::Key::RememberedUser, "login/rememberedUser"_L1, QVariant(QString())},
        {AppSettings::Key::Language, "ui/language"_L1, QVariant(QString())},
        {AppSettings::Key::LoginWindowGeometry, "window/loginGeometry"_L1, QVariant(QByteArray())},
        {AppSettings::Key::MainWindowGeometry, "window/mainGeometry"_L1, QVariant(QByteArray())},
        {AppSettings::Key::MainWindowState, "window/mainState"_L1, QVariant(QByteArray())},
    };
    return entries;
}

const Entry& entry(AppSettings::Key key) {
    for (const Entry& e : table()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

AppSettings::AppSettings(QObject* parent)
    : QObject(parent)
    , m_settings(QString::fromUtf8(branding::orgName), QString::fromUtf8(branding::appName)) {}

AppSettings::AppSettings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_settings(iniPath, QSettings::IniFormat) {}

QVariant AppSettings::defaultValue(Key key) {
    return entry(key).defaultValue;
}

QString AppSettings::storageName(Key key) {
    return entry(key).name;
}

QVariant AppSettings::value(Key key) const {
    if (const auto it = m_overrides.constFind(key); it != m_overrides.cend())
        return *it;
    const Entry& e = entry(key);
    QVariant v = m_settings.value(e.name, e.defaultValue);
    // Ini files read back strings; give callers the type of the default.
    if (e.defaultValue.isValid() && v.metaType() != e.defaultValue.metaType() &&
        v.canConvert(e.defaultValue.metaType()))
        v.convert(e.defaultValue.metaType());
    return v;
}

void AppSettings::setValue(Key key, const QVariant& value) {
    const QVariant before = this->value(key);
    m_overrides.remove(key);
    m_settings.setValue(entry(key).name, value);
    if (before != value)
        emit changed(key);
}

void AppSettings::remove(Key key) {
    const QVariant before = value(key);
    m_overrides.remove(key);
    m_settings.remove(entry(key).name);
    if (before != value(key))
        emit changed(key);
}

void AppSettings::overrideForThisRun(Key key, const QVariant& value) {
    const QVariant before = this->value(key);
    m_overrides.insert(key, value);
    qCInfo(lcSettings) << "for this run only:" << storageName(key);
    if (before != value)
        emit changed(key);
}

} // namespace lkk
