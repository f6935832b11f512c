#include "server/auth/AuthService.h"

#include "generated/branding.h"
#include "server/Clock.h"
#include "server/auth/PasswordCheck.h"
#include "server/db/Database.h"
#include "server/db/RowReader.h"
#include "server/users/UserStore.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcAuth, "lkk.server.auth")

namespace lkk::server {

using namespace Qt::StringLiterals;

AuthService::AuthService(Database& database, const PasswordCheck& passwords, const SecretKey* secondFactorKey,
                         Options options)
    : m_database(database)
    , m_passwords(passwords)
    , m_options(options)
    , m_tokens(options.accessTtl, options.refreshTtl, options.sessionLifetime)
    , m_captcha(options.captchaTtl)
    , m_secondFactor(database, secondFactorKey) {}

namespace {
// Operators and supervisors see other people's data: a password alone does not sign them in.
bool needsSecondFactor(const User& user) {
    const auto role = roleFromName(user.role);
    return role && *role != Role::Customer;
}
} // namespace

Result<ApiReply> AuthService::secondFactorReply(RequestContext& context, const User& user, bool remember) const {
    const auto started = m_secondFactor.start(context.db, user.id, user.email, remember, context.nowMs);
    if (!started)
        return started.failure();
    QJsonObject body{
        {u"secondFactor"_s, u"totp"_s}, {u"challenge"_s, started->challenge}, {u"expiresIn"_s, started->expiresIn}};
    if (!started->enrolmentUri.isEmpty()) {
        body.insert(u"enrolment"_s,
                    QJsonObject{{u"otpauthUri"_s, started->enrolmentUri}, {u"secret"_s, started->enrolmentSecret}});
    }
    ApiReply reply = ApiReply::json(body, 202);
    reply.userId = user.id;
    return reply;
}

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
    const QString rawEmail = body->value(u"email"_s).toString();
    const QString password = body->value(u"password"_s).toString();
    const bool remember = body->value(u"remember"_s).toBool(false);
    const QString captchaId = body->value(u"captchaId"_s).toString();
    const QString captchaAnswer = body->value(u"captchaAnswer"_s).toString();

    if (const auto v = rules::checkEmail(rawEmail))
        return context.invalid(u"email"_s, *v);
    if (const auto v = rules::checkLoginPassword(password))
        return context.invalid(u"password"_s, *v);
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
            return solved.failure();
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
    if (user->disabled)
        return Failure::of(403, errc::accountDisabled);
    if (needsSecondFactor(*user))
        return secondFactorReply(context, *user, remember);
    const auto tokens = m_tokens.createSession(db, user->id, remember, nowMs());
    if (!tokens)
        return Failure::databaseUnavailable();
    qCInfo(lcAuth) << "user" << user->id << "signed in" << (remember ? "(remember)" : "");
    return tokensReply(db, *tokens);
}

Result<ApiReply> AuthService::completeSignIn(RequestContext& context) const {
    using T = JsonBody::Type;
    static const JsonBody::Spec spec{
        {{u"challenge"_s, T::String, true}, {u"code"_s, T::String, false}, {u"recoveryCode"_s, T::String, false}},
        false};
    const auto body = context.json(spec);
    if (!body)
        return body.failure();
    const QString code = body->value(u"code"_s).toString().remove(u' ');
    const QString recoveryCode = body->value(u"recoveryCode"_s).toString();
    const bool hasCode = body->contains(u"code"_s);
    if (hasCode == body->contains(u"recoveryCode"_s)) // exactly one of them
        return context.invalid(hasCode ? u"recoveryCode"_s : u"code"_s, rules::Violation::Required);
    static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
    if (hasCode && !sixDigits.match(code).hasMatch())
        return Failure::invalid(u"code"_s,
                                context.language == Language::En ? u"The code is 6 digits."_s : u"Код — 6 цифр."_s);
    if (!hasCode && recoveryCode.trimmed().isEmpty())
        return context.invalid(u"recoveryCode"_s, rules::Violation::Required);
    const auto completed =
        m_secondFactor.complete(context.db, body->value(u"challenge"_s).toString(), hasCode ? code : QString(),
                                recoveryCode, hasCode ? u"code"_s : u"recoveryCode"_s, context.nowMs);
    if (!completed)
        return completed.failure();
    const SessionLimits limits{m_options.operatorSessionLifetime * 1000, m_options.operatorIdleTimeout * 1000};
    const auto tokens =
        m_tokens.createSession(context.db, completed->userId, completed->remember, context.nowMs, limits);
    if (!tokens)
        return Failure::databaseUnavailable();
    qCInfo(lcAuth) << "operator" << completed->userId << "signed in with a second factor";
    auto reply = tokensReply(context.db, *tokens);
    if (reply && !completed->recoveryCodes.isEmpty()) {
        QJsonObject withCodes = QJsonDocument::fromJson(reply->body).object();
        withCodes.insert(u"recoveryCodes"_s, QJsonArray::fromStringList(completed->recoveryCodes));
        const qint64 userId = reply->userId;
        reply = ApiReply::json(withCodes);
        reply->userId = userId;
    }
    return reply;
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

namespace {

const QString& profileStatement() {
    static const QString sql = TokenService::riderStatement(u", "_s + UserStore::columns(u"u"_s), {}, {});
    return sql;
}

User readProfile(const RowReader& q, int firstColumn) {
    return UserStore::fromRow(q, firstColumn);
}

} // namespace

const TokenRead AuthService::profileRead{&profileStatement, &readProfile};

Result<ApiReply> AuthService::profile(RequestContext& context) const {
    // The router read the row with the token (profileRead) before a caller the route serves gets here.
    Q_ASSERT(context.tokenUser);
    return ApiReply::json(context.tokenUser->profileJson());
}

Result<ApiReply> AuthService::captcha(RequestContext& context) const {
    static const JsonBody::Spec spec{{}, true};
    if (const auto body = context.json(spec); !body)
        return body.failure();
    const auto challenge = m_captcha.create(context.db, context.nowMs);
    if (!challenge)
        return challenge.failure();
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
