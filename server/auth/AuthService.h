#pragma once

#include "server/Result.h"
#include "server/auth/CaptchaService.h"
#include "server/auth/TokenService.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

namespace lkk::server {

class Database;
class PasswordCheck;

// The sign-in rules behind /auth/login, /auth/refresh, /auth/logout, /profile, /captcha and
// /health (routes: AuthRoutes.cpp). Every method is thread-safe and runs on a worker thread.
class AuthService {
public:
    struct Options {
        qint64 accessTtl = 900;
        qint64 refreshTtl = 2592000;
        qint64 sessionLifetime = 90 * 86400; // absolute, from sign-in
        qint64 captchaTtl = 300;
        bool exposeCaptchaAnswer = false;
    };

    AuthService(Database& database, const PasswordCheck& passwords, Options options);

    Result<ApiReply> login(RequestContext& context) const;
    Result<ApiReply> refresh(RequestContext& context) const;
    Result<ApiReply> logout(RequestContext& context) const;
    Result<ApiReply> profile(RequestContext& context) const;
    Result<ApiReply> captcha(RequestContext& context) const;
    Result<ApiReply> health(RequestContext& context) const;

private:
    Result<ApiReply> tokensReply(QSqlDatabase& db, const IssuedTokens& tokens) const;

    Database& m_database;
    const PasswordCheck& m_passwords;
    Options m_options;
    TokenService m_tokens;
    CaptchaService m_captcha;
};

} // namespace lkk::server
