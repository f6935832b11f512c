#pragma once

#include "app/api/Dtos.h"

#include <QImage>
#include <QObject>

namespace lkk {

class Session;
class CredentialStore;
class AppSettings;

// The presenter behind the login window: validates input, runs the sign-in, asks for a captcha when
// the server wants one, stores the refresh token on «Запомнить», and restores a remembered sign-in
// at start. The window only shows its state and forwards the user's intent.
class LoginController : public QObject {
    Q_OBJECT
public:
    // SecondFactor: the code of the second step of an operator's sign-in.
    enum class Field { None, Email, Password, Captcha, Server, SecondFactor };
    Q_ENUM(Field)

    LoginController(Session* session, CredentialStore* credentials, AppSettings* settings, QObject* parent = nullptr);
    ~LoginController() override;

    bool isBusy() const;
    bool keychainAvailable() const;
    QString keychainProblem() const; // exact text from the keychain when unavailable
    bool captchaRequired() const;
    // Between an operator's right password and their code (secondFactorRequired()).
    bool secondFactorPending() const;

    // Checks the fields locally (same rules as the server). Returns the first problem, or None.
    Field validate(const QString& email, const QString& password, QString* message) const;

public slots:
    void probeKeychain();
    void signIn(const QString& email, const QString& password, bool remember, const QString& captchaAnswer);
    void reloadCaptcha();
    // Signs in with the refresh token remembered for the configured server, if any.
    void restoreRemembered();
    // After a password recovery (which ends every session of that user on the server): the
    // sign-in remembered for `email` on the configured server is dead, so it is removed.
    void forgetRememberedFor(const QString& email);
    void cancel();
    // The second step of an operator's or supervisor's sign-in (docs/operations.md, «Operator
    // accounts»): the 6 digits of the authenticator app, or one of the recovery codes.
    void submitSecondFactor(const QString& code, bool recoveryCode);
    // Back to the password: the challenge is dropped.
    void abandonSecondFactor();
    // After recoveryCodesIssued(): the person has kept the codes, signedIn() follows.
    void acknowledgeRecoveryCodes();

signals:
    void busyChanged(bool busy);
    void keychainStatusChanged(bool available, const QString& problem);
    // A problem to show: inline next to `field`, or in the banner when field is None/Server.
    void failed(lkk::LoginController::Field field, const QString& message);
    // After a successful sign-in with «Запомнить» (signedIn() does not wait for the keychain):
    // whether the keychain now holds it.
    void rememberFinished(bool remembered);
    void captchaShown(const QImage& image); // the server asked for a captcha (or a new one loaded)
    void signedIn(const lkk::Profile& user);
    // The right password of an account whose e-mail is not confirmed yet: the window
    // offers «Ввести код» and «Отправить письмо ещё раз». failed(None, message) comes first.
    void emailNotConfirmed(const QString& email);
    void restoreFinished(bool signedIn); // after restoreRemembered(); false = show the login window
    // The password was right and a second factor is due: ask for the code (and, when the
    // challenge enrols, show its secret first). Problems with the code come as
    // failed(Field::SecondFactor, …).
    void secondFactorRequired(const lkk::SecondFactorChallenge& challenge);
    // The challenge is no longer good (expired, used up, the account disabled): sign in with the
    // password again; failed(None, message) comes first.
    void secondFactorExpired();
    // The code that completed an enrolment: the session runs, but signedIn() waits for
    // acknowledgeRecoveryCodes() so that the codes, shown only now, are kept first.
    void recoveryCodesIssued(const QStringList& codes);

private:
    struct Private;
    Private* d; // owned; deleted in the destructor
};

} // namespace lkk
