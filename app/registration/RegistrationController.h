#pragma once

#include "app/registration/FieldMessages.h"
#include "app/registration/RegistrationDtos.h"

#include <QImage>
#include <QObject>
#include <QPointer>

namespace lkk {

class ApiClient;
class AppSettings;

// The presenter behind the registration wizard (docs/manual.md §1): checks each page with the
// shared rules, registers with the captcha, then confirms the e-mail with the code from the letter
// and resends the letter when allowed. Also used for an unconfirmed account found at sign-in.
class RegistrationController : public QObject {
    Q_OBJECT
public:
    RegistrationController(ApiClient* api, AppSettings* settings, QObject* parent = nullptr);

    // Page checks, in the order of the fields; empty when the page is fine.
    FieldErrors validateContacts(const RegistrationForm& form, const QString& repeat) const;
    FieldErrors validatePersonal(const RegistrationForm& form) const;
    FieldErrors validateCheck(const QString& captchaAnswer, bool agreement) const;
    // Birth dates are judged against this day (today unless a test sets it).
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const;

    bool isBusy() const { return m_busy; }
    QString email() const { return m_email; } // the address the code was sent to
    int codeLength() const { return m_codeLength; }
    // Only from a server run with --environment test --test-expose-captcha (integration tests).
    QString captchaTestAnswer() const { return m_captchaTestAnswer; }

public slots:
    void loadCaptcha();
    void submit(const lkk::RegistrationForm& form, const QString& captchaAnswer, bool agreement);
    // An account that exists but is not confirmed (sign-in said email_not_confirmed): go to the code.
    void enterCode(const QString& email);
    void confirm(const QString& code);
    void resend();

signals:
    void busyChanged(bool busy);
    void captchaShown(const QImage& image);
    void failed(const QString& field, const QString& message); // field empty = banner
    void accepted(const lkk::RegistrationAccepted& accepted);  // show the code page
    void resendAvailableIn(int seconds);                       // 0 = now
    void resent(const QString& email);
    void confirmed(const QString& email);

private:
    bool applyServer();
    QObject* newAttempt();
    void setBusy(bool busy);
    void fail(const ApiError& error);

    ApiClient* m_api;
    AppSettings* m_settings;
    QPointer<QObject> m_attempt;
    QString m_captchaId;
    QString m_captchaTestAnswer;
    QString m_email;
    int m_codeLength = 6;
    bool m_busy = false;
    QDate m_today;
};

} // namespace lkk
