#include "server/auth/AuthService.h"

#include "generated/branding.h"
#include "server/Clock.h"
#include "server/auth/PasswordHasher.h"
#include "server/db/Database.h"
#include "server/users/UserStore.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAuth, "lkk.server.auth")

namespace lkk::server {

using namespace Qt::StringLiterals;

AuthService::AuthService(Database& database, const PasswordHasher& hasher, Options options)
    : m_database(database)
    , m_hasher(hasher)
    , m_options(options)
    , m_tokens(options.accessTtl, options.refreshTtl)
    , m_guard(options.limits)
    , m_captcha(options.captchaTtl) {}

ApiReply AuthService::databaseDown(Language language) const {
    // Drop this thread's connection so the next request reconnects (PostgreSQL restarts).
    m_database.connection().close();
    return ApiReply::error(503, errc::serviceUnavailable, language);
}

ApiReply AuthService::unauthorizedReply(const char* code, Language language) const {
    ApiReply reply = ApiReply::error(401, code, language);
    reply.headers.append({"WWW-Authenticate", QByteArray("Bearer realm=\"lkk\"")});
    return reply;
}

ApiReply AuthService::tokensReply(const IssuedTokens& tokens, Language language) const {
    QSqlDatabase db = m_database.connection();
    User user;
    const auto status = UserStore::findById(db, tokens.userId, &user);
    if (status != UserStore::Status::Found)
        return databaseDown(language);
    QJsonObject body{{u"accessToken"_s, tokens.accessToken},
                     {u"accessExpiresIn"_s, tokens.accessExpiresIn},
                     {u"user"_s, user.profileJson()}};
    if (!tokens.refreshToken.isEmpty()) {
        body.insert(u"refreshToken"_s, tokens.refreshToken);
        body.insert(u"refreshExpiresIn"_s, tokens.refreshExpiresIn);
    }
    ApiReply reply = ApiReply::json(body);
    reply.userId = tokens.userId;
    return reply;
}

ApiReply AuthService::login(const QJsonObject& body, const QString& clientIp, Language language) const {
    const QString rawEmail = body.value(u"email"_s).toString();
    const QString password = body.value(u"password"_s).toString();
    const bool remember = body.value(u"remember"_s).toBool(false);
    const QString captchaId = body.value(u"captchaId"_s).toString();
    const QString captchaAnswer = body.value(u"captchaAnswer"_s).toString();

    if (const auto v = rules::checkEmail(rawEmail))
        return ApiReply::error(400, errc::validationFailed, language, u"email"_s, Messages::violation(*v, language));
    if (const auto v = rules::checkLoginPassword(password))
        return ApiReply::error(400, errc::validationFailed, language, u"password"_s, Messages::violation(*v, language));
    const QString email = rules::normalizedEmail(rawEmail);

    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return databaseDown(language);
    const qint64 now = nowMs();

    const auto rate = m_guard.checkRate(db, email, clientIp, now);
    if (!rate)
        return databaseDown(language);
    if (!rate->allowed) {
        ApiReply reply = ApiReply::error(429, errc::tooManyAttempts, language);
        reply.headers.append({"Retry-After", QByteArray::number(rate->retryAfterSec)});
        return reply;
    }

    const auto needCaptcha = m_guard.captchaRequired(db, email, now);
    if (!needCaptcha)
        return databaseDown(language);
    if (*needCaptcha) {
        if (captchaId.isEmpty()) {
            m_guard.record(db, email, clientIp, LoginGuard::Outcome::CaptchaRejected, now);
            return ApiReply::error(403, errc::captchaRequired, language);
        }
        const auto solved = m_captcha.consume(db, captchaId, captchaAnswer, now);
        if (!solved)
            return databaseDown(language);
        if (!*solved) {
            m_guard.record(db, email, clientIp, LoginGuard::Outcome::CaptchaRejected, now);
            return ApiReply::error(403, errc::captchaInvalid, language, u"captchaAnswer"_s);
        }
    }

    User user;
    const auto found = UserStore::findByEmail(db, email, &user);
    if (found == UserStore::Status::DatabaseError)
        return databaseDown(language);
    // Same work and the same answer for an unknown e-mail as for a wrong password.
    const bool ok = found == UserStore::Status::Found ? m_hasher.verify(user.passwordHash, password)
                                                      : m_hasher.verifyDummy(password);
    if (!ok) {
        if (!m_guard.record(db, email, clientIp, LoginGuard::Outcome::Failure, nowMs()))
            return databaseDown(language);
        return ApiReply::error(401, errc::invalidCredentials, language);
    }
    {
        // The right password of an unconfirmed registration is 403 email_not_confirmed (the client
        // then offers the code); a wrong one got 401 above.
        QSqlQuery confirmed(db);
        confirmed.prepare(u"SELECT email_confirmed FROM users WHERE id = ?"_s);
        confirmed.addBindValue(user.id);
        if (!confirmed.exec() || !confirmed.next())
            return databaseDown(language);
        if (confirmed.value(0).toInt() == 0)
            return ApiReply::error(403, errc::emailNotConfirmed, language);
    }
    m_guard.record(db, email, clientIp, LoginGuard::Outcome::Success, nowMs());
    const auto tokens = m_tokens.createSession(db, user.id, remember, nowMs());
    if (!tokens)
        return databaseDown(language);
    qCInfo(lcAuth) << "user" << user.id << "signed in" << (remember ? "(remember)" : "");
    return tokensReply(*tokens, language);
}

ApiReply AuthService::refresh(const QJsonObject& body, Language language) const {
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return databaseDown(language);
    IssuedTokens tokens;
    switch (m_tokens.rotate(db, body.value(u"refreshToken"_s).toString(), nowMs(), &tokens)) {
    case TokenService::RotateStatus::DatabaseError:
        return databaseDown(language);
    case TokenService::RotateStatus::Invalid:
        return ApiReply::error(401, errc::invalidRefreshToken, language);
    case TokenService::RotateStatus::Rotated:
        break;
    }
    return tokensReply(tokens, language);
}

ApiReply AuthService::logout(const QString& bearerToken, Language language) const {
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return databaseDown(language);
    const auto access = m_tokens.checkAccess(db, bearerToken, nowMs());
    switch (access.status) {
    case TokenService::AccessStatus::DatabaseError:
        return databaseDown(language);
    case TokenService::AccessStatus::Unknown:
    case TokenService::AccessStatus::Revoked:
        return unauthorizedReply(errc::unauthorized, language);
    case TokenService::AccessStatus::Expired: // signing out with a stale token still ends the session
    case TokenService::AccessStatus::Valid:
        break;
    }
    if (!m_tokens.revoke(db, access.sessionId))
        return databaseDown(language);
    ApiReply reply = ApiReply::noContent();
    reply.userId = access.userId;
    return reply;
}

ApiReply AuthService::profile(const QString& bearerToken, Language language) const {
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return databaseDown(language);
    const auto access = m_tokens.checkAccess(db, bearerToken, nowMs());
    switch (access.status) {
    case TokenService::AccessStatus::DatabaseError:
        return databaseDown(language);
    case TokenService::AccessStatus::Unknown:
    case TokenService::AccessStatus::Revoked:
        return unauthorizedReply(errc::unauthorized, language);
    case TokenService::AccessStatus::Expired:
        return unauthorizedReply(errc::tokenExpired, language);
    case TokenService::AccessStatus::Valid:
        break;
    }
    User user;
    const auto status = UserStore::findById(db, access.userId, &user);
    if (status == UserStore::Status::DatabaseError)
        return databaseDown(language);
    if (status == UserStore::Status::NotFound)
        return unauthorizedReply(errc::unauthorized, language);
    ApiReply reply = ApiReply::json(user.profileJson());
    reply.userId = user.id;
    return reply;
}

ApiReply AuthService::captcha(Language language) const {
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return databaseDown(language);
    const auto challenge = m_captcha.create(db, nowMs());
    if (!challenge)
        return databaseDown(language);
    QJsonObject body{{u"id"_s, challenge->id},
                     {u"image"_s, QString::fromLatin1(challenge->png.toBase64())},
                     {u"expiresIn"_s, challenge->expiresIn}};
    if (m_options.exposeCaptchaAnswer)
        body.insert(u"answer"_s, challenge->answer);
    return ApiReply::json(body);
}

ApiReply AuthService::health() const {
    const bool up = m_database.ping();
    return ApiReply::json(QJsonObject{{u"status"_s, up ? u"ok"_s : u"degraded"_s},
                                      {u"version"_s, QString::fromLatin1(branding::version)},
                                      {u"database"_s, up ? u"ok"_s : u"unavailable"_s}},
                          up ? 200 : 503);
}

} // namespace lkk::server
