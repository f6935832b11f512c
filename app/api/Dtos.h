#pragma once

#include <QDate>
#include <QString>

// Data transfer objects of the cabinet API (docs/openapi.yaml). Plain values; JSON conversion is in
// JsonCodec.h as pure functions.
namespace lkk {

struct Profile {
    qint64 id = 0;
    QString email;
    QString surname;
    QString firstName;
    QString patronymic; // may be empty
    QString phone;      // E.164 or empty
    QDate birthDate;    // null when not given
    QString sex;        // "male", "female" or empty
    QString role;       // "customer" or "operator"

    QString displayName() const; // "Фамилия Имя" for the top-right menu
};

struct LoginRequest {
    QString email;
    QString password;
    bool remember = false;
    QString captchaId; // set when the server asked for a captcha
    QString captchaAnswer;
};

struct AuthTokens {
    QString accessToken;
    int accessExpiresIn = 0;  // seconds
    QString refreshToken;     // empty unless «Запомнить»
    int refreshExpiresIn = 0; // seconds, 0 when no refresh token
};

struct LoginResult {
    AuthTokens tokens;
    Profile user;
};

struct CaptchaChallenge {
    QString id;
    QByteArray png;     // the image, decoded from base64
    int expiresIn = 0;  // seconds
    QString testAnswer; // only from a server run with --environment test --test-expose-captcha
};

struct HealthStatus {
    QString status; // "ok" or "degraded"
    QString version;
    QString database; // "ok" or an error word
};

} // namespace lkk
