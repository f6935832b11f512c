#include "AppShell.h"
#include "UiLogging.h"

#include "LoginWindow.h"
#include "MainWindow.h"
#include "RestoreSplash.h"

#include "api/ApiError.h"
#include "session/LoginController.h"
#include "session/Session.h"
#include "settings/AppSettings.h"

#include <QGuiApplication>
#include <QScreen>

namespace lkk {

AppShell::AppShell(AppSettings* settings, Session* session, LoginController* controller, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_session(session)
    , m_controller(controller)
    , m_login(new LoginWindow(controller, settings)) {
    connect(m_controller, &LoginController::signedIn, this, &AppShell::onSignedIn);
    connect(m_controller, &LoginController::restoreFinished, this, &AppShell::onRestoreFinished);
    connect(m_session, &Session::signedOut, this, &AppShell::onSignedOut);
    connect(m_session, &Session::expired, this, &AppShell::onExpired);
}

AppShell::~AppShell() {
    delete m_main;
    delete m_splash;
    delete m_login;
}

void AppShell::start() {
    m_controller->probeKeychain();
    if (m_settings->string(AppSettings::Key::RememberedUser).isEmpty()) {
        showLogin();
        return;
    }
    qCDebug(lcUi) << "restoring the remembered sign-in";
    m_splash = new RestoreSplash;
    connect(m_splash, &RestoreSplash::cancelRequested, this, [this] {
        m_controller->cancel();
        onRestoreFinished(false);
    });
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        m_splash->move(screen->availableGeometry().center() - m_splash->rect().center());
    m_login->hide(); // --demo shows it while the server starts
    m_splash->show();
    m_controller->restoreRemembered();
}

void AppShell::showLogin() {
    if (m_splash) {
        m_splash->hide();
        m_splash->deleteLater();
    }
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void AppShell::onRestoreFinished(bool signedIn) {
    if (!signedIn && !m_main)
        showLogin();
}

void AppShell::onSignedIn(const Profile&) {
    if (!m_main) {
        m_main = new MainWindow(m_session, m_settings);
        m_main->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_main, &MainWindow::signOutRequested, m_session, &Session::signOut);
    }
    // Show the new window before hiding the old one so the application never has zero windows.
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
    if (m_splash) {
        m_splash->hide();
        m_splash->deleteLater();
    }
    m_login->hide();
}

void AppShell::closeMain() {
    if (!m_main)
        return;
    MainWindow* main = m_main;
    m_main = nullptr;
    // Showing the login window first keeps quitOnLastWindowClosed from ending the application.
    showLogin();
    main->close();
    main->deleteLater();
}

void AppShell::onSignedOut() {
    m_login->resetForm();
    m_login->clearMessage();
    closeMain();
    showLogin();
}

void AppShell::onExpired(const ApiError& reason) {
    m_login->resetForm();
    const QString text = reason.message.isEmpty()
                             ? tr("Your session has expired, please sign in again.")
                             : tr("Your session has expired, please sign in again. Reason: %1").arg(reason.message);
    m_login->showMessage(MessageBanner::Type::Warning, text);
    closeMain();
    showLogin();
}

} // namespace lkk
