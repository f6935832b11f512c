#pragma once

#include "server/auth/CaptchaService.h"
#include "server/auth/LoginGuard.h"
#include "server/auth/TokenService.h"
#include "server/http/ApiReply.h"

#include <QJsonObject>

namespace lkk::server {

class Database;
class PasswordHasher;

// The sign-in rules behind /auth/*, /profile, /captcha and /health. Inputs are already parsed
// (HttpApi + JsonBody); every method is thread-safe and runs on a worker thread.
class AuthService {
public:
    struct Options {
        LoginLimits limits;
        qint64 accessTtl = 900;
        qint64 refreshTtl = 2592000;
        qint64 captchaTtl = 300;
        bool exposeCaptchaAnswer = false;
    };

    AuthService(Database& database, const PasswordHasher& hasher, Options options);

    ApiReply login(const QJsonObject& body, const QString& clientIp, Language language) const;
    ApiReply refresh(const QJsonObject& body, Language language) const;
    ApiReply logout(const QString& bearerToken, Language language) const;
    ApiReply profile(const QString& bearerToken, Language language) const;
    ApiReply captcha(Language language) const;
    ApiReply health() const;

private:
    ApiReply databaseDown(Language language) const;
    ApiReply tokensReply(const IssuedTokens& tokens, Language language) const;
    ApiReply unauthorizedReply(const char* code, Language language) const;

    Database& m_database;
    const PasswordHasher& m_hasher;
    Options m_options;
    TokenService m_tokens;
    LoginGuard m_guard;
    CaptchaService m_captcha;
};

} // namespace lkk::server
