#include "ui/AppShell.h"
#include "ui/UiLogging.h"

#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/RestoreSplash.h"
#include "ui/operator/OperatorWorkspace.h"

#include "app/api/ApiError.h"
#include "app/registration/ProfileEditor.h"
#include "app/registration/RecoveryController.h"
#include "app/registration/RegistrationController.h"
#include "app/session/LoginController.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "ui/appeals/FaqDialog.h"
#include "ui/registration/DetailsDialog.h"
#include "ui/registration/RecoveryDialog.h"
#include "ui/registration/RegistrationWizard.h"

#include <QGuiApplication>
#include <QScreen>

#include <utility>

using namespace Qt::StringLiterals;

namespace lkk {

AppShell::AppShell(AppSettings* settings, Session* session, LoginController* controller, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_session(session)
    , m_controller(controller)
    , m_login(new LoginWindow(controller, settings))
    , m_registration(new RegistrationController(session->api(), settings, this))
    , m_recovery(new RecoveryController(session->api(), settings, this)) {
    connect(m_controller, &LoginController::signedIn, this, &AppShell::onSignedIn);
    connect(m_login, &LoginWindow::registrationRequested, this, [this] { openRegistration(); });
    connect(m_login, &LoginWindow::passwordRecoveryRequested, this, &AppShell::openRecovery);
    connect(m_login, &LoginWindow::faqRequested, this, &AppShell::openFaq);
    // A recovery ends every session of that user on the server: its remembered sign-in is dead.
    connect(m_recovery, &RecoveryController::recovered, m_controller, &LoginController::forgetRememberedFor);
    connect(m_login, &LoginWindow::confirmationCodeRequested, this,
            [this](const QString& email) { openRegistration(email); });
    connect(m_login, &LoginWindow::confirmationResendRequested, this, &AppShell::resendConfirmation);
    connect(m_controller, &LoginController::restoreFinished, this, &AppShell::onRestoreFinished);
    connect(m_controller, &LoginController::rememberFinished, this, [this](bool remembered) {
        if (!remembered && m_session->isSignedIn())
            warnNotRemembered();
    });
    connect(m_session, &Session::signedOut, this, &AppShell::onSignedOut);
    connect(m_session, &Session::expired, this, &AppShell::onExpired);
}

AppShell::~AppShell() {
    delete m_main;
    delete m_operator;
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
    if (!signedIn && !m_main && !m_operator)
        showLogin();
}

void AppShell::onSignedIn(const Profile& user) {
    // Operators and supervisors work for callers: their own cabinet (and its details) is not theirs.
    if (user.role == u"operator"_s || user.role == u"supervisor"_s) {
        showOperatorWindow();
        return;
    }
    if (user.detailsRequired && !m_main) {
        // «Заполните реквизиты» (docs/manual.md §2) before the main window; «Отменить» signs out.
        auto* editor = new ProfileEditor(m_session, m_login);
        auto* dialog = new DetailsDialog(editor, user, m_login);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        editor->setParent(dialog);
        connect(dialog, &QDialog::accepted, this, &AppShell::showMainWindow);
        connect(dialog, &QDialog::rejected, m_session, &Session::signOut);
        if (m_splash) {
            m_splash->hide();
            m_splash->deleteLater();
        }
        m_login->show();
        dialog->open();
        return;
    }
    showMainWindow();
}

void AppShell::warnNotRemembered() {
    // «Запомнить» was ticked but the keychain did not keep the sign-in (a cancelled «create
    // keyring» prompt, no keychain): say so now rather than at the next start.
    // The keychain's own words are system jargon: they go to the log, not to the user.
    qCWarning(lcUi) << "the sign-in was not remembered:" << m_controller->keychainProblem();
    m_pending = {MessageBanner::Type::Warning,
                 tr("«Remember me» did not work: the system keychain did not save the sign-in, so next time "
                    "you will be asked for the password again.")};
    showPendingMessage();
}

void AppShell::showPendingMessage() {
    // The keychain may answer before the main window is up: the message then waits for it.
    if (m_pending.text.isEmpty() || !m_main || !m_main->isVisible())
        return;
    const PendingMessage pending = std::exchange(m_pending, {});
    m_main->banner()->showMessage(pending.type, pending.text);
    m_main->banner()->show();
}

void AppShell::showMainWindow() {
    if (!m_main) {
        m_main = new MainWindow(m_session, m_settings);
        m_main->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_main, &MainWindow::signOutRequested, m_session, &Session::signOut);
    }
    // Show the new window before hiding the old one so the application never has zero windows.
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
    showPendingMessage();
    hideSignInWindows();
}

void AppShell::showOperatorWindow() {
    if (!m_operator) {
        m_operator = new OperatorWindow(m_session);
        connect(m_operator, &OperatorWindow::signOutRequested, m_session, &Session::signOut);
    }
    m_operator->show();
    m_operator->raise();
    m_operator->activateWindow();
    m_operator->workspace()->focusSearch(); // the search field is focused at start
    hideSignInWindows();
}

void AppShell::hideSignInWindows() {
    if (m_splash) {
        m_splash->hide();
        m_splash->deleteLater();
    }
    m_login->hide();
}

void AppShell::openRegistration(const QString& confirmEmail) {
    auto* wizard = new RegistrationWizard(m_registration, m_login);
    connect(wizard, &RegistrationWizard::confirmed, this, [this](const QString& email, const QString& password) {
        m_login->setEmail(email);
        if (password.isEmpty()) {
            m_login->showMessage(MessageBanner::Type::Info,
                                 tr("Registration complete. You can now sign in to the personal cabinet."));
            return;
        }
        // The manual ends the registration with this message; it waits for the main window.
        m_pending = {MessageBanner::Type::Info, tr("Registration complete. Welcome to the personal cabinet.")};
        // Straight in with the password just chosen (the login window shows the progress).
        m_login->clearMessage();
        m_controller->signIn(email, password, false, {});
    });
    if (!confirmEmail.isEmpty())
        wizard->openAtConfirmation(confirmEmail);
    wizard->open();
}

void AppShell::openFaq() {
    if (m_faq) {
        m_faq->raise();
        m_faq->activateWindow();
        return;
    }
    // GET /faq is public: the server of the login window's settings, no session.
    m_faq = new FaqDialog(m_session->api(), m_settings, false, m_login);
    m_faq->setAttribute(Qt::WA_DeleteOnClose);
    m_faq->show();
}

void AppShell::openRecovery() {
    auto* dialog = new RecoveryDialog(m_recovery, m_login->email(), m_login);
    connect(dialog, &RecoveryDialog::recovered, this, [this](const QString& email) {
        m_login->setEmail(email);
        m_login->showMessage(MessageBanner::Type::Info, tr("The password has been changed. Sign in with the new one."));
    });
    dialog->open();
}

void AppShell::resendConfirmation(const QString& email) {
    m_registration->enterCode(email);
    // The answer is the same for every address (nothing is revealed); say so once it arrives.
    auto* context = new QObject(this);
    connect(m_registration, &RegistrationController::resent, context, [this, context](const QString& to) {
        m_login->showMessage(MessageBanner::Type::Info,
                             tr("We sent the confirmation letter to %1 once more. Enter the code from it.").arg(to));
        context->deleteLater();
    });
    connect(m_registration, &RegistrationController::failed, context,
            [this, context](const QString&, const QString& m) {
                m_login->showMessage(MessageBanner::Type::Error, m);
                context->deleteLater();
            });
    m_registration->resend();
}

void AppShell::closeMain() {
    if (!m_main && !m_operator)
        return;
    QMainWindow* main = m_main ? static_cast<QMainWindow*>(m_main) : static_cast<QMainWindow*>(m_operator);
    m_main = nullptr;
    m_operator = nullptr;
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
