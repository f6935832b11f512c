#pragma once

#include "server/Result.h"
#include "server/auth/CaptchaService.h"
#include "server/auth/SecondFactor.h"
#include "server/auth/TokenService.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"
#include "server/http/Route.h"

namespace lkk::server {

class Database;
class PasswordCheck;
class SecretKey;
struct User;

// The sign-in rules behind /auth/login, /auth/login/second-factor, /auth/refresh, /auth/logout,
// /profile, /captcha and /health (routes: AuthRoutes.cpp). Operators and supervisors sign in in
// two steps (SecondFactor) and get sessions of 12 hours that end after 30 minutes without a
// request (docs/security.md, «Operators»). Every method is thread-safe and runs on a worker thread.
class AuthService {
public:
    struct Options {
        qint64 accessTtl = 900;
        qint64 refreshTtl = 2592000;
        qint64 sessionLifetime = 90 * 86400; // absolute, from sign-in
        qint64 captchaTtl = 300;
        bool exposeCaptchaAnswer = false;
        qint64 operatorSessionLifetime = 12 * 3600;
        qint64 operatorIdleTimeout = 30 * 60;
    };

    // secondFactorKey: null when the server has none (operators then cannot sign in: 503).
    AuthService(Database& database, const PasswordCheck& passwords, const SecretKey* secondFactorKey, Options options);

    Result<ApiReply> login(RequestContext& context) const;
    Result<ApiReply> completeSignIn(RequestContext& context) const;
    Result<ApiReply> refresh(RequestContext& context) const;
    Result<ApiReply> logout(RequestContext& context) const;
    // The caller's user row, read with the token (profileRead): no statement of its own.
    Result<ApiReply> profile(RequestContext& context) const;
    static const TokenRead profileRead;
    Result<ApiReply> captcha(RequestContext& context) const;
    Result<ApiReply> health(RequestContext& context) const;

private:
    Result<ApiReply> tokensReply(QSqlDatabase& db, const IssuedTokens& tokens) const;
    // 202 with the challenge of the second step (and the enrolment on a first sign-in).
    Result<ApiReply> secondFactorReply(RequestContext& context, const User& user, bool remember) const;

    Database& m_database;
    const PasswordCheck& m_passwords;
    Options m_options;
    TokenService m_tokens;
    CaptchaService m_captcha;
    SecondFactor m_secondFactor;
};

} // namespace lkk::server
