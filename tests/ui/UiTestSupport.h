#pragma once

#include "app/api/ApiClient.h"
#include "app/session/CredentialStore.h"
#include "app/session/LoginController.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "generated/branding.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>

namespace lkk::test {

// One client's core objects, wired as app/main.cpp wires them, with settings in a temporary file.
struct UiCore {
    QTemporaryDir dir;
    QNetworkAccessManager network;
    ApiClient api{&network};
    Session session{&api};
    CredentialStore credentials{QString::fromLatin1(branding::appId)};
    AppSettings settings;
    LoginController controller{&session, &credentials, &settings};

    // A server that is never there: a refused connection ends any request quickly.
    // `iniPath` lets a second UiCore play the same client restarted.
    explicit UiCore(const QUrl& server = QUrl(QStringLiteral("https://127.0.0.1:9")), const QString& ca = {},
                    const QString& iniPath = {})
        : settings(iniPath.isEmpty() ? dir.filePath(QStringLiteral("lkk.ini")) : iniPath) {
        settings.setValue(AppSettings::Key::ServerUrl, server.toString());
        settings.setValue(AppSettings::Key::ExtraCaFile, ca);
    }
};

// The remember-me tests need a Secret Service (scripts/with-keyring.sh); the full test command
// sets LKK_TEST_REQUIRE_KEYCHAIN=1 so they fail instead of skipping there.
inline bool keychainSessionPresent(QString* why) {
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    *why = QStringLiteral("no D-Bus session bus: run inside scripts/with-keyring.sh");
    return false;
}

} // namespace lkk::test
