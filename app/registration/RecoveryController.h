#pragma once

#include "app/registration/FieldMessages.h"
#include "app/registration/RegistrationDtos.h"

#include <QImage>
#include <QObject>
#include <QPointer>

namespace lkk {

class ApiClient;
class AppSettings;

// The presenter behind «Восстановить пароль»: e-mail and captcha -> the code from the letter and
// a new password (twice) -> done; the new password then works and every old session is gone.
class RecoveryController : public QObject {
    Q_OBJECT
public:
    // How long the code page waits before offering a new code: the server's spacing of repeated
    // letters (a new code also needs a new captcha, and the server allows a few per hour).
    static constexpr int resendSpacingSeconds = 60;

    RecoveryController(ApiClient* api, AppSettings* settings, QObject* parent = nullptr);

    FieldErrors validateRequest(const QString& email, const QString& captchaAnswer) const;
    FieldErrors validateReset(const QString& code, const QString& newPassword, const QString& repeat) const;

    bool isBusy() const { return m_busy; }
    QString email() const { return m_email; }
    int codeLength() const { return m_codeLength; }
    // Only from a server run with --environment test --test-expose-captcha (integration tests).
    QString captchaTestAnswer() const { return m_captchaTestAnswer; }

public slots:
    void loadCaptcha();
    void requestCode(const QString& email, const QString& captchaAnswer);
    void reset(const QString& code, const QString& newPassword, const QString& repeat);

signals:
    void busyChanged(bool busy);
    void captchaShown(const QImage& image);
    void failed(const QString& field, const QString& message); // field empty = banner
    void codeSent(const QString& email, const lkk::RecoveryAccepted& accepted);
    void resendAvailableIn(int seconds); // after every codeSent
    void recovered(const QString& email);

private:
    bool applyServer();
    QObject* newAttempt();
    void setBusy(bool busy);

    ApiClient* m_api;
    AppSettings* m_settings;
    QPointer<QObject> m_attempt;
    QString m_captchaId;
    QString m_captchaTestAnswer;
    QString m_email;
    int m_codeLength = 6;
    bool m_busy = false;
};

} // namespace lkk
