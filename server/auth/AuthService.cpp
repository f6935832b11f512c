#include "server/auth/AuthService.h"

#include "generated/branding.h"
#include "server/Clock.h"
#include "server/auth/PasswordCheck.h"
#include "server/db/Database.h"
#include "server/users/UserStore.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAuth, "lkk.server.auth")

namespace lkk::server {

using namespace Qt::StringLiterals;

AuthService::AuthService(Database& database, const PasswordCheck& passwords, Options options)
    : m_database(database)
    , m_passwords(passwords)
    , m_options(options)
    , m_tokens(options.accessTtl, options.refreshTtl, options.sessionLifetime)
    , m_captcha(options.captchaTtl) {}

Result<ApiReply> AuthService::tokensReply(QSqlDatabase& db, const IssuedTokens& tokens) const {
    const auto user = UserStore::findById(db, tokens.userId);
    if (!user || !*user)
        return Failure::databaseUnavailable();
    QJsonObject body{{u"accessToken"_s, tokens.accessToken},
                     {u"accessExpiresIn"_s, tokens.accessExpiresIn},
                     {u"user"_s, (*user)->profileJson()}};
    if (!tokens.refreshToken.isEmpty()) {
        body.insert(u"refreshToken"_s, tokens.refreshToken);
        body.insert(u"refreshExpiresIn"_s, tokens.refreshExpiresIn);
    }
    ApiReply reply = ApiReply::json(body);
    reply.userId = tokens.userId;
    return reply;
}

Result<ApiReply> AuthService::login(RequestContext& context) const {
    using T = JsonBody::Type;
    static const JsonBody::Spec spec{{{u"email"_s, T::String, true},
                                      {u"password"_s, T::String, true},
                                      {u"remember"_s, T::Bool, false},
                                      {u"captchaId"_s, T::String, false},
                                      {u"captchaAnswer"_s, T::String, false}},
                                     false};
    const auto body = context.json(spec);
    if (!body)
        return body.failure();
    const Language language = context.language;
    const QString rawEmail = body->value(u"email"_s).toString();
    const QString password = body->value(u"password"_s).toString();
    const bool remember = body->value(u"remember"_s).toBool(false);
    const QString captchaId = body->value(u"captchaId"_s).toString();
    const QString captchaAnswer = body->value(u"captchaAnswer"_s).toString();

    if (const auto v = rules::checkEmail(rawEmail))
        return Failure::of(400, errc::validationFailed, u"email"_s, Messages::violation(*v, language));
    if (const auto v = rules::checkLoginPassword(password))
        return Failure::of(400, errc::validationFailed, u"password"_s, Messages::violation(*v, language));
    const QString email = rules::normalizedEmail(rawEmail);

    QSqlDatabase& db = context.db;
    const LoginGuard& guard = m_passwords.guard();
    const auto admission = guard.admit(db, email, LoginGuard::clientNetwork(context.request.ip), context.nowMs);
    if (!admission)
        return admission.failure();
    if (admission->limited)
        return tooManyAttempts(admission->retryAfterSec);
    const qint64 attempt = admission->attemptId;
    // Ends the reserved attempt with its outcome and answers failure (a database error wins).
    const auto refuse = [&](LoginGuard::Outcome outcome, Failure failure) -> Failure {
        if (const auto settled = guard.settle(db, attempt, outcome); !settled)
            return settled.failure();
        return failure;
    };

    if (admission->captchaRequired) {
        if (captchaId.isEmpty())
            return refuse(LoginGuard::Outcome::Unchecked, Failure::of(403, errc::captchaRequired));
        const auto solved = m_captcha.consume(db, captchaId, captchaAnswer, context.nowMs);
        if (!solved)
            return Failure::databaseUnavailable();
        if (!*solved)
            return refuse(LoginGuard::Outcome::CaptchaRejected,
                          Failure::of(403, errc::captchaInvalid, u"captchaAnswer"_s));
    }

    const auto found = UserStore::findByEmail(db, email);
    if (!found)
        return Failure::databaseUnavailable();
    const std::optional<User>& user = *found;
    // Same work and the same answer for an unknown e-mail as for a wrong password.
    const PasswordPool& pool = m_passwords.pool();
    const auto ok = user ? pool.verify(user->passwordHash, password) : pool.verifyDummy(password);
    if (!ok)
        return refuse(LoginGuard::Outcome::Unchecked, ok.failure());
    if (!*ok)
        return refuse(LoginGuard::Outcome::Failure, Failure::of(401, errc::invalidCredentials));
    if (const auto settled = guard.settle(db, attempt, LoginGuard::Outcome::Success); !settled)
        return settled.failure();
    // The right password of an unconfirmed registration; a wrong one got 401 above.
    if (!user->emailConfirmed)
        return Failure::of(403, errc::emailNotConfirmed);
    const auto tokens = m_tokens.createSession(db, user->id, remember, nowMs());
    if (!tokens)
        return Failure::databaseUnavailable();
    qCInfo(lcAuth) << "user" << user->id << "signed in" << (remember ? "(remember)" : "");
    return tokensReply(db, *tokens);
}

Result<ApiReply> AuthService::refresh(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"refreshToken"_s, JsonBody::Type::String, true}}, false};
    const auto body = context.json(spec);
    if (!body)
        return body.failure();
    const auto tokens = m_tokens.rotate(context.db, body->value(u"refreshToken"_s).toString(), context.nowMs);
    if (!tokens)
        return tokens.failure();
    if (!*tokens)
        return Failure::of(401, errc::invalidRefreshToken);
    return tokensReply(context.db, **tokens);
}

Result<ApiReply> AuthService::logout(RequestContext& context) const {
    static const JsonBody::Spec spec{{}, true};
    if (const auto body = context.json(spec); !body)
        return body.failure();
    if (!m_tokens.revoke(context.db, context.caller.sessionId))
        return Failure::databaseUnavailable();
    return ApiReply::noContent();
}

Result<ApiReply> AuthService::profile(RequestContext& context) const {
    const auto user = UserStore::findById(context.db, context.caller.userId);
    if (!user)
        return user.failure();
    if (!*user) // deleted meanwhile
        return Failure::of(401, errc::unauthorized).withHeader("WWW-Authenticate", "Bearer realm=\"lkk\"");
    return ApiReply::json((*user)->profileJson());
}

Result<ApiReply> AuthService::captcha(RequestContext& context) const {
    static const JsonBody::Spec spec{{}, true};
    if (const auto body = context.json(spec); !body)
        return body.failure();
    const auto challenge = m_captcha.create(context.db, context.nowMs);
    if (!challenge)
        return Failure::databaseUnavailable();
    QJsonObject body{{u"id"_s, challenge->id},
                     {u"image"_s, QString::fromLatin1(challenge->png.toBase64())},
                     {u"expiresIn"_s, challenge->expiresIn}};
    if (m_options.exposeCaptchaAnswer)
        body.insert(u"answer"_s, challenge->answer);
    return ApiReply::json(body);
}

Result<ApiReply> AuthService::health(RequestContext&) const {
    const bool up = m_database.ping();
    return ApiReply::json(QJsonObject{{u"status"_s, up ? u"ok"_s : u"degraded"_s},
                                      {u"version"_s, QString::fromLatin1(branding::version)},
                                      {u"database"_s, up ? u"ok"_s : u"unavailable"_s}},
                          up ? 200 : 503);
}

} // namespace lkk::server
