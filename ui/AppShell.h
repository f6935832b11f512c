#pragma once

#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/RestoreSplash.h"
#include "ui/operator/OperatorWindow.h"

#include <QObject>
#include <QPointer>

namespace lkk {

class AppSettings;
class LoginController;
class FaqDialog;
class LoginWindow;
class RegistrationController;
class RecoveryController;
class Session;
struct ApiError;
struct Profile;

// Decides which window is on screen: the restore splash while a remembered sign-in is tried, the
// login window, or once signed in the main window (a customer) or the operator's workspace (an
// operator or supervisor); back to the login window on sign-out or when the session expires.
class AppShell : public QObject {
    Q_OBJECT
public:
    AppShell(AppSettings* settings, Session* session, LoginController* controller, QObject* parent = nullptr);
    ~AppShell() override;

    // Probes the keychain, then restores a remembered sign-in or shows the login window.
    void start();

    LoginWindow* loginWindow() const { return m_login; }
    MainWindow* mainWindow() const { return m_main; }             // null while signed out
    OperatorWindow* operatorWindow() const { return m_operator; } // null unless an operator is in
    RestoreSplash* restoreSplash() const { return m_splash; }

private:
    void showLogin();
    void onSignedIn(const Profile& user);
    void onRestoreFinished(bool signedIn);
    void onSignedOut();
    void onExpired(const ApiError& reason);
    void closeMain();
    // Registration, recovery, the unconfirmed e-mail, «Заполните реквизиты» (docs/manual.md §1–3).
    void openRegistration(const QString& confirmEmail = {});
    void openRecovery();
    void openFaq();
    void resendConfirmation(const QString& email);
    void showMainWindow();
    void showOperatorWindow();
    // Hides the splash and the login window once a signed-in window is up.
    void hideSignInWindows();
    void warnNotRemembered();
    void showPendingMessage();

    AppSettings* m_settings;
    Session* m_session;
    LoginController* m_controller;
    LoginWindow* m_login; // owned (top-level, deleted in the destructor)
    QPointer<MainWindow> m_main;
    QPointer<OperatorWindow> m_operator;
    QPointer<FaqDialog> m_faq; // «Вопросы и ответы» from the login window
    QPointer<RestoreSplash> m_splash;
    struct PendingMessage {
        MessageBanner::Type type = MessageBanner::Type::Info;
        QString text;
    };
    PendingMessage m_pending;               // for the main window once it shows
    RegistrationController* m_registration; // owned (QObject child)
    RecoveryController* m_recovery;         // owned (QObject child)
};

} // namespace lkk
