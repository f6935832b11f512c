#pragma once

#include "app/session/LoginController.h"
#include "ui/MessageBanner.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class LoginWindow;
}

class QAction;

namespace lkk {

class AppSettings;
class RecoveryCodesPage;
class SecondFactorPage;

// The sign-in window (manual, section 2, figures 1 and 6). It only shows the LoginController's
// state and forwards the user's intent; validation, requests and the keychain live in the core.
class LoginWindow : public QWidget {
    Q_OBJECT
public:
    LoginWindow(LoginController* controller, AppSettings* settings, QWidget* parent = nullptr);
    ~LoginWindow() override;

    void showMessage(MessageBanner::Type type, const QString& text);
    void clearMessage();

    // Demo mode: a hint with the demo credentials, and the e-mail prefilled.
    void setDemoCredentials(const QString& email, const QString& password);
    // A busy state that is not a sign-in (e.g. «Starting the demo server…»); empty text ends it.
    void setPreparing(const QString& text);
    // Connection values given for this run only (--demo, --server): shown, but not editable.
    void setConnectionLocked(bool locked, const QString& reason);
    // Back to a clean form after sign-out or an expired session: password and captcha cleared.
    void resetForm();
    // The e-mail field (registration and recovery hand it over both ways).
    QString email() const;
    void setEmail(const QString& email);

signals:
    void registrationRequested();
    void passwordRecoveryRequested();
    void faqRequested(); // «Вопросы и ответы» (also F1)
    // email_not_confirmed at sign-in: «Ввести код» / «Отправить письмо ещё раз».
    void confirmationCodeRequested(const QString& email);
    void confirmationResendRequested(const QString& email);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // The card shown: the password form, an operator's second factor, or their new recovery codes.
    enum class Step { Password, SecondFactor, RecoveryCodes };
    void showStep(Step step);
    void submit();
    void applyBusy(bool busy, const QString& label);
    void onFailed(LoginController::Field field, const QString& message);
    void onCaptchaShown(const QImage& image);
    void onKeychainStatus(bool available, const QString& problem);
    void setFieldError(LoginController::Field field, const QString& message);
    void clearFieldErrors();
    void focusFirstEmptyField();
    void growToFit();
    void loadConnectionSettings();
    void saveConnectionSettings();
    void setConnectionExpanded(bool expanded);
    void browseCaFile();
    void setPasswordVisible(bool visible);
    void retranslate();

    const QScopedPointer<Ui::LoginWindow> m_ui;
    LoginController* m_controller;
    AppSettings* m_settings;
    QAction* m_togglePassword;
    QString m_preparingText;
    QString m_caFileToolTip;
    QString m_demoEmail;
    QString m_demoPassword;
    bool m_busy = false;
    bool m_keychainAvailable = true;
    bool m_connectionLocked = false;
    QWidget* m_unconfirmedRow = nullptr; // the two actions under the banner for email_not_confirmed
    QString m_unconfirmedEmail;
    SecondFactorPage* m_secondFactor;
    RecoveryCodesPage* m_recoveryCodes;
    Step m_step = Step::Password;
};

} // namespace lkk
