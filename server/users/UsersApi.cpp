#include "server/users/UsersApi.h"

#include "server/Clock.h"
#include "server/accounts/TomskTime.h"
#include "server/auth/PasswordHasher.h"
#include "server/db/Database.h"
#include "server/http/HtmlPage.h"
#include "server/mail/Mailer.h"
#include "server/users/UserPages.h"
#include "server/users/UserStore.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcUsers, "lkk.server.users")

namespace lkk::server::users {

using namespace Qt::StringLiterals;

namespace {

using T = JsonBody::Type;
constexpr int kCodeLength = 6;
constexpr int kMaxWrongCodes = 5;
constexpr qint64 kConfirmTtlMs = 24 * 3600 * 1000LL;
constexpr qint64 kRecoverTtlMs = 3600 * 1000LL;
constexpr qint64 kHourMs = 3600 * 1000LL;
constexpr qint64 kResendSpacingMs = 60 * 1000LL;
constexpr int kResendMaxPerDay = 5;

const QString kRegister = u"register"_s;
const QString kRecover = u"recover"_s;
const QString kEmailChange = u"email"_s;

QString codeHash(const QString& salt, const QString& code) {
    return QString::fromLatin1(
        QCryptographicHash::hash((salt + u':' + code).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newCode() {
    return QStringLiteral("%1").arg(randombytes_uniform(1000000), kCodeLength, 10, QLatin1Char('0'));
}

// NOT NULL text columns: a missing field's null QString would bind as SQL NULL.
QString text(const QJsonObject& body, const QString& key) {
    const QString value = body.value(key).toString().trimmed();
    return value.isNull() ? u""_s : value;
}

Failure fieldError(const QString& field, rules::Violation v, Language language) {
    return Failure::of(400, errc::validationFailed, field, Messages::violation(v, language));
}

Failure tooMany(qint64 retryAfterMs) {
    return Failure::of(429, errc::tooManyAttempts)
        .withHeader("Retry-After", QByteArray::number(qMax<qint64>(1, (retryAfterMs + 999) / 1000)));
}

// The first failing field of a registration, in the contract's order.
std::optional<Failure> validateRegistration(const QJsonObject& b, Language language) {
    auto s = [&](const char* k) {
        return b.value(QLatin1StringView(k)).toString();
    };
    if (auto v = rules::checkEmail(s("email")))
        return fieldError(u"email"_s, *v, language);
    if (auto v = rules::checkNewPassword(s("password")))
        return fieldError(u"password"_s, *v, language);
    if (auto v = rules::checkPersonName(s("surname"), true))
        return fieldError(u"surname"_s, *v, language);
    if (auto v = rules::checkPersonName(s("firstName"), true))
        return fieldError(u"firstName"_s, *v, language);
    if (auto v = rules::checkPersonName(s("patronymic"), false))
        return fieldError(u"patronymic"_s, *v, language);
    if (auto v = rules::checkPhone(s("phone"), false))
        return fieldError(u"phone"_s, *v, language);
    const QString birth = s("birthDate");
    if (!birth.isEmpty()) {
        const QDate date = QDate::fromString(birth, u"yyyy-MM-dd"_s);
        if (!date.isValid())
            return fieldError(u"birthDate"_s, rules::Violation::BirthDate, language);
        if (auto v = rules::checkBirthDate(date, accounts::TomskTime::today(nowMs())))
            return fieldError(u"birthDate"_s, *v, language);
    }
    if (auto v = rules::checkSex(s("sex")))
        return fieldError(u"sex"_s, *v, language);
    if (!b.value(u"agreement"_s).toBool(false))
        return fieldError(u"agreement"_s, rules::Violation::Required, language);
    return std::nullopt;
}

} // namespace

UsersApi::UsersApi(const PasswordHasher& hasher, mail::Mailer& mailer, Options options, QUrl publicUrl)
    : m_hasher(hasher)
    , m_mailer(mailer)
    , m_options(options)
    , m_captcha(options.captchaTtl)
    , m_tokens(900, 900)
    , m_publicUrl(std::move(publicUrl)) {}

QString UsersApi::link(const QString& path, const QString& token) const {
    QUrl url = m_publicUrl;
    url.setPath(url.path().endsWith(u'/') ? url.path().chopped(1) + path : url.path() + path);
    url.setQuery(QUrlQuery{{u"token"_s, token}});
    return url.toString(QUrl::FullyEncoded);
}

void UsersApi::send(const QString& to, const QString& subject, const QString& text) const {
    QString error;
    // A failed hand-over is logged, not answered: the answers must not depend on the address
    // (the person can ask for the mail again).
    if (!m_mailer.send({to, subject, text, {}}, &error))
        qCWarning(lcUsers).noquote() << "mail not sent:" << error;
}

std::optional<UsersApi::Code> UsersApi::issueCode(QSqlDatabase& db, qint64 userId, const QString& purpose,
                                                  const QString& email, qint64 ttlMs) const {
    QSqlQuery q(db);
    q.prepare(u"UPDATE user_codes SET used = 1 WHERE user_id = ? AND purpose = ? AND used = 0"_s);
    q.addBindValue(userId);
    q.addBindValue(purpose);
    if (!q.exec())
        return std::nullopt;
    Code c{newCode(), TokenService::newToken()};
    const QString salt = TokenService::newToken();
    const qint64 now = nowMs();
    q.prepare(u"INSERT INTO user_codes (user_id, purpose, email, salt, code_hash, token_hash, expires_at, attempts, "
              u"used, blocked, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)"_s);
    q.addBindValue(userId);
    q.addBindValue(purpose);
    q.addBindValue(email);
    q.addBindValue(salt);
    q.addBindValue(codeHash(salt, c.code));
    q.addBindValue(TokenService::hashToken(c.token));
    q.addBindValue(now + ttlMs);
    q.addBindValue(now);
    if (!q.exec())
        return std::nullopt;
    return c;
}

Result<UsersApi::CodeCheck> UsersApi::checkCode(QSqlDatabase& db, const QString& purpose, const QString& email,
                                                const QString& code, qint64 byUserId) const {
    QSqlQuery q(db);
    q.prepare(u"SELECT id, user_id, salt, code_hash, expires_at, attempts, email FROM user_codes WHERE purpose = ? "
              u"AND "_s +
              (byUserId ? u"user_id"_s : u"email"_s) + u" = ? AND used = 0 AND blocked = 0 ORDER BY id DESC"_s);
    q.addBindValue(purpose);
    q.addBindValue(byUserId ? QVariant(byUserId) : QVariant(email));
    if (!q.exec())
        return Failure::databaseUnavailable();
    CodeCheck check;
    if (!q.next())
        return check;
    const qint64 id = q.value(0).toLongLong();
    check.userId = q.value(1).toLongLong();
    check.sentTo = q.value(6).toString();
    const int attempts = q.value(5).toInt();
    if (q.value(4).toLongLong() <= nowMs() || attempts >= kMaxWrongCodes)
        return check;
    const QByteArray expected = q.value(3).toString().toLatin1();
    const QByteArray given = codeHash(q.value(2).toString(), code.trimmed()).toLatin1();
    QSqlQuery u(db);
    if (expected.size() == given.size() &&
        sodium_memcmp(expected.constData(), given.constData(), size_t(given.size())) == 0) {
        const auto used = useCode(db, id);
        if (!used)
            return used.failure();
        check.outcome = *used ? CodeCheck::Outcome::Ok : CodeCheck::Outcome::Expired;
        return check;
    }
    u.prepare(u"UPDATE user_codes SET attempts = attempts + 1 WHERE id = ?"_s);
    u.addBindValue(id);
    if (!u.exec())
        return Failure::databaseUnavailable();
    check.outcome = CodeCheck::Outcome::Wrong;
    check.attemptsLeft = kMaxWrongCodes - attempts - 1;
    return check;
}

Result<bool> UsersApi::useCode(QSqlDatabase& db, qint64 codeId) const {
    // Conditional: of two concurrent confirmations (code or link) only one uses the row.
    QSqlQuery u(db);
    u.prepare(u"UPDATE user_codes SET used = 1 WHERE id = ? AND used = 0"_s);
    u.addBindValue(codeId);
    if (!u.exec())
        return Failure::databaseUnavailable();
    return u.numRowsAffected() == 1;
}

Result<std::optional<UsersApi::Link>> UsersApi::findLink(QSqlDatabase& db, const QString& token) const {
    const std::optional<Link> dead;
    if (token.isEmpty() || token.size() > 128)
        return dead;
    // Wrong codes do not kill the link (attempts is not checked): it proves the mailbox by itself.
    QSqlQuery q(db);
    q.prepare(u"SELECT id, user_id, purpose, email, expires_at FROM user_codes WHERE token_hash = ? AND used = 0 "
              u"AND blocked = 0"_s);
    q.addBindValue(TokenService::hashToken(token));
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (!q.next() || q.value(4).toLongLong() <= nowMs())
        return dead;
    return std::optional<Link>(
        Link{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
}

bool UsersApi::confirmAddress(QSqlDatabase& db, qint64 userId) const {
    QSqlQuery q(db);
    q.prepare(u"UPDATE users SET email_confirmed = 1 WHERE id = ?"_s);
    q.addBindValue(userId);
    if (!q.exec())
        return false;
    qCInfo(lcUsers) << "user" << userId << "confirmed the e-mail address";
    return true;
}

Result<User> UsersApi::existingUser(QSqlDatabase& db, qint64 userId) const {
    const auto found = UserStore::findById(db, userId);
    if (!found || !*found) // a session or a code of the user was found a moment ago
        return Failure::databaseUnavailable();
    return **found;
}

Result<bool> UsersApi::switchEmail(QSqlDatabase& db, qint64 userId, const QString& newEmail) const {
    const auto user = existingUser(db, userId);
    if (!user)
        return user.failure();
    QSqlQuery q(db);
    // UNIQUE (email): an address taken meanwhile fails here.
    q.prepare(u"UPDATE users SET email = ?, email_confirmed = 1, pending_email = '', pending_email_expires_at = 0 "
              u"WHERE id = ?"_s);
    q.addBindValue(newEmail);
    q.addBindValue(userId);
    if (!q.exec())
        return false;
    send(user->email, u"Адрес электронной почты изменён"_s,
         u"Здравствуйте!\n\nАдрес электронной почты вашей учётной записи в личном кабинете АО «Томскэнергосбыт» "
         u"изменён на "_s +
             newEmail + u". Если это сделали не вы, обратитесь в АО «Томскэнергосбыт».\n"_s);
    qCInfo(lcUsers) << "user" << userId << "changed the e-mail address";
    return true;
}

bool UsersApi::setRecoveredPassword(QSqlDatabase& db, qint64 userId, const QString& password) const {
    const QString hash = m_hasher.hash(password);
    if (hash.isEmpty())
        return false;
    // The code came through the mailbox: that confirms the address as well.
    QSqlQuery q(db);
    q.prepare(u"UPDATE users SET password_hash = ?, email_confirmed = 1 WHERE id = ?"_s);
    q.addBindValue(hash);
    q.addBindValue(userId);
    if (!q.exec() || !m_tokens.revokeAllOfUser(db, userId))
        return false;
    qCInfo(lcUsers) << "user" << userId << "recovered the password; all sessions revoked";
    return true;
}

std::optional<int> UsersApi::countEvents(QSqlDatabase& db, const char* kind, const QString& subject, qint64 since,
                                         qint64* oldest) const {
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*), MIN(at), MAX(at) FROM user_rate_events WHERE kind = ? AND subject = ? AND at > ?"_s);
    q.addBindValue(QString::fromLatin1(kind));
    q.addBindValue(subject);
    q.addBindValue(since);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (oldest)
        *oldest = q.value(1).toLongLong();
    return q.value(0).toInt();
}

bool UsersApi::recordEvent(QSqlDatabase& db, const char* kind, const QString& subject) const {
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO user_rate_events (kind, subject, at) VALUES (?, ?, ?)"_s);
    q.addBindValue(QString::fromLatin1(kind));
    q.addBindValue(subject);
    q.addBindValue(nowMs());
    return q.exec();
}

Result<ApiReply> UsersApi::registerUser(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"email"_s, T::String, true},
                                      {u"password"_s, T::String, true},
                                      {u"surname"_s, T::String, true},
                                      {u"firstName"_s, T::String, true},
                                      {u"patronymic"_s, T::String, false},
                                      {u"phone"_s, T::String, false},
                                      {u"birthDate"_s, T::String, false},
                                      {u"sex"_s, T::String, false},
                                      {u"captchaId"_s, T::String, true},
                                      {u"captchaAnswer"_s, T::String, true},
                                      {u"agreement"_s, T::Bool, true}},
                                     false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const Language language = context.language;
    const QString& ip = context.request.ip;
    if (auto refused = validateRegistration(body, language))
        return *refused;
    QSqlDatabase& db = context.db;
    const qint64 now = nowMs();
    qint64 oldest = 0;
    const auto perIp = countEvents(db, "register_ip", ip, now - kHourMs, &oldest);
    if (!perIp)
        return Failure::databaseUnavailable();
    if (*perIp >= m_options.registerIpMax)
        return tooMany(oldest + kHourMs - now);
    const auto solved =
        m_captcha.consume(db, body.value(u"captchaId"_s).toString(), body.value(u"captchaAnswer"_s).toString(), now);
    if (!solved)
        return Failure::databaseUnavailable();
    if (!*solved)
        return Failure::of(403, errc::captchaInvalid, u"captchaAnswer"_s);

    const QString email = rules::normalizedEmail(body.value(u"email"_s).toString());
    // Hashed either way: an existing address must not answer faster.
    const QString hash = m_hasher.hash(body.value(u"password"_s).toString());
    if (hash.isEmpty())
        return Failure::databaseUnavailable();
    if (!recordEvent(db, "register_ip", ip) || !recordEvent(db, "confirm_mail", email))
        return Failure::databaseUnavailable();

    QSqlQuery q(db);
    q.prepare(u"SELECT id, email_confirmed FROM users WHERE email = ?"_s);
    q.addBindValue(email);
    if (!q.exec())
        return Failure::databaseUnavailable();
    const bool exists = q.next();
    const qint64 existingId = exists ? q.value(0).toLongLong() : 0;
    const bool confirmed = exists && q.value(1).toInt() != 0;
    if (confirmed) {
        send(email, u"Регистрация в личном кабинете"_s,
             u"Здравствуйте!\n\nКто-то (возможно, вы) пытался зарегистрироваться в личном кабинете "
             u"АО «Томскэнергосбыт» с этим адресом электронной почты. У вас уже есть учётная запись.\n\n"
             u"Если вы не помните пароль, воспользуйтесь восстановлением пароля на странице входа "
             u"(«Восстановить пароль»).\n\nЕсли это были не вы, просто проигнорируйте это письмо.\n"_s);
    } else {
        const QString phone = rules::normalizedPhone(body.value(u"phone"_s).toString());
        const QString birth = body.value(u"birthDate"_s).toString();
        // An unconfirmed account takes the latest registration's data: only the owner of the
        // mailbox can confirm it, so nothing an earlier registration set survives unconfirmed.
        q.prepare(exists ? u"UPDATE users SET password_hash = ?, surname = ?, first_name = ?, patronymic = ?, "
                           u"phone = ?, birth_date = ?, sex = ? WHERE id = ?"_s
                         : u"INSERT INTO users (password_hash, surname, first_name, patronymic, phone, birth_date, "
                           u"sex, email, role, created_at, email_confirmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                           u"'customer', ?, 0)"_s);
        q.addBindValue(hash);
        q.addBindValue(text(body, u"surname"_s));
        q.addBindValue(text(body, u"firstName"_s));
        q.addBindValue(text(body, u"patronymic"_s));
        q.addBindValue(phone.isNull() ? u""_s : phone);
        q.addBindValue(birth.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(birth));
        q.addBindValue(text(body, u"sex"_s));
        if (exists) {
            q.addBindValue(existingId);
        } else {
            q.addBindValue(email);
            q.addBindValue(now);
        }
        if (!q.exec())
            return Failure::databaseUnavailable();
        qint64 userId = existingId;
        if (!exists) {
            q.prepare(u"SELECT id FROM users WHERE email = ?"_s);
            q.addBindValue(email);
            if (!q.exec() || !q.next())
                return Failure::databaseUnavailable();
            userId = q.value(0).toLongLong();
        }
        const auto code = issueCode(db, userId, kRegister, email, kConfirmTtlMs);
        if (!code)
            return Failure::databaseUnavailable();
        send(email, u"Подтверждение регистрации в личном кабинете"_s,
             u"Здравствуйте!\n\nДля завершения регистрации в личном кабинете АО «Томскэнергосбыт» введите код "
             u"подтверждения: "_s +
                 code->code + u"\n\nили перейдите по ссылке:\n"_s + link(u"/confirm"_s, code->token) +
                 u"\n\nКод и ссылка действуют 24 часа. Если вы не регистрировались, просто проигнорируйте это "
                 u"письмо.\n"_s);
        qCInfo(lcUsers) << "registration of user" << userId;
    }
    return ApiReply::json({{u"email"_s, email},
                           {u"codeLength"_s, kCodeLength},
                           {u"expiresIn"_s, kConfirmTtlMs / 1000},
                           {u"resendAfter"_s, kResendSpacingMs / 1000}},
                          202);
}

Result<ApiReply> UsersApi::confirm(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"email"_s, T::String, true}, {u"code"_s, T::String, true}}, false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const Language language = context.language;
    const QString rawEmail = body.value(u"email"_s).toString();
    if (auto v = rules::checkEmail(rawEmail))
        return fieldError(u"email"_s, *v, language);
    if (body.value(u"code"_s).toString().trimmed().isEmpty())
        return fieldError(u"code"_s, rules::Violation::Required, language);
    QSqlDatabase& db = context.db;
    const auto check = checkCode(db, kRegister, rules::normalizedEmail(rawEmail), body.value(u"code"_s).toString());
    if (!check)
        return check.failure();
    switch (check->outcome) {
    case CodeCheck::Outcome::Expired:
        return Failure::of(410, errc::confirmationExpired);
    case CodeCheck::Outcome::Wrong:
        return Failure::of(422, errc::confirmationCodeInvalid, u"code"_s, {},
                           {{u"attemptsLeft"_s, check->attemptsLeft}});
    case CodeCheck::Outcome::Ok:
        break;
    }
    const qint64 userId = check->userId;
    if (!confirmAddress(db, userId))
        return Failure::databaseUnavailable();
    return ApiReply::noContent();
}

Result<ApiReply> UsersApi::resend(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"email"_s, T::String, true}}, false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const Language language = context.language;
    const QString rawEmail = body.value(u"email"_s).toString();
    if (auto v = rules::checkEmail(rawEmail))
        return fieldError(u"email"_s, *v, language);
    const QString email = rules::normalizedEmail(rawEmail);
    QSqlDatabase& db = context.db;
    const qint64 now = nowMs();
    // The same limits whether or not the address has an account.
    qint64 oldest = 0;
    const auto recent = countEvents(db, "confirm_mail", email, now - kResendSpacingMs, &oldest);
    const auto today = countEvents(db, "resend", email, now - 24 * kHourMs, nullptr);
    if (!recent || !today)
        return Failure::databaseUnavailable();
    if (*recent > 0)
        return tooMany(oldest + kResendSpacingMs - now);
    if (*today >= kResendMaxPerDay) {
        qint64 first = 0;
        countEvents(db, "resend", email, now - 24 * kHourMs, &first);
        return tooMany(first + 24 * kHourMs - now);
    }
    if (!recordEvent(db, "confirm_mail", email) || !recordEvent(db, "resend", email))
        return Failure::databaseUnavailable();
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM users WHERE email = ? AND email_confirmed = 0"_s);
    q.addBindValue(email);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (q.next()) {
        const auto code = issueCode(db, q.value(0).toLongLong(), kRegister, email, kConfirmTtlMs);
        if (!code)
            return Failure::databaseUnavailable();
        send(email, u"Подтверждение регистрации в личном кабинете"_s,
             u"Здравствуйте!\n\nКод подтверждения регистрации в личном кабинете АО «Томскэнергосбыт»: "_s + code->code +
                 u"\n\nили перейдите по ссылке:\n"_s + link(u"/confirm"_s, code->token) +
                 u"\n\nКод и ссылка действуют 24 часа. Прежние коды больше не действуют.\n"_s);
    }
    return ApiReply::json({{u"resendAfter"_s, kResendSpacingMs / 1000}}, 202);
}

Result<ApiReply> UsersApi::recover(RequestContext& context) const {
    static const JsonBody::Spec spec{
        {{u"email"_s, T::String, true}, {u"captchaId"_s, T::String, true}, {u"captchaAnswer"_s, T::String, true}},
        false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const Language language = context.language;
    const QString& ip = context.request.ip;
    const QString rawEmail = body.value(u"email"_s).toString();
    if (auto v = rules::checkEmail(rawEmail))
        return fieldError(u"email"_s, *v, language);
    const QString email = rules::normalizedEmail(rawEmail);
    QSqlDatabase& db = context.db;
    const qint64 now = nowMs();
    qint64 oldestEmail = 0;
    qint64 oldestIp = 0;
    const auto perEmail = countEvents(db, "recover_email", email, now - kHourMs, &oldestEmail);
    const auto perIp = countEvents(db, "recover_ip", ip, now - kHourMs, &oldestIp);
    if (!perEmail || !perIp)
        return Failure::databaseUnavailable();
    if (*perIp >= m_options.recoverIpMax)
        return tooMany(oldestIp + kHourMs - now);
    if (*perEmail >= m_options.recoverEmailMax)
        return tooMany(oldestEmail + kHourMs - now);
    const auto solved =
        m_captcha.consume(db, body.value(u"captchaId"_s).toString(), body.value(u"captchaAnswer"_s).toString(), now);
    if (!solved)
        return Failure::databaseUnavailable();
    if (!*solved)
        return Failure::of(403, errc::captchaInvalid, u"captchaAnswer"_s);
    if (!recordEvent(db, "recover_email", email) || !recordEvent(db, "recover_ip", ip))
        return Failure::databaseUnavailable();
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM users WHERE email = ?"_s);
    q.addBindValue(email);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (q.next()) {
        const auto code = issueCode(db, q.value(0).toLongLong(), kRecover, email, kRecoverTtlMs);
        if (!code)
            return Failure::databaseUnavailable();
        send(email, u"Восстановление пароля"_s,
             u"Здравствуйте!\n\nДля восстановления пароля в личном кабинете АО «Томскэнергосбыт» введите код: "_s +
                 code->code + u"\n\nили перейдите по ссылке:\n"_s + link(u"/recover"_s, code->token) +
                 u"\n\nКод и ссылка действуют 1 час. Если вы не запрашивали восстановление, просто проигнорируйте "
                 u"это письмо: пароль останется прежним.\n"_s);
    }
    return ApiReply::json({{u"codeLength"_s, kCodeLength}, {u"expiresIn"_s, kRecoverTtlMs / 1000}}, 202);
}

Result<ApiReply> UsersApi::recoverConfirm(RequestContext& context) const {
    static const JsonBody::Spec spec{
        {{u"email"_s, T::String, true}, {u"code"_s, T::String, true}, {u"newPassword"_s, T::String, true}}, false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const Language language = context.language;
    const QString rawEmail = body.value(u"email"_s).toString();
    if (auto v = rules::checkEmail(rawEmail))
        return fieldError(u"email"_s, *v, language);
    if (body.value(u"code"_s).toString().trimmed().isEmpty())
        return fieldError(u"code"_s, rules::Violation::Required, language);
    const QString password = body.value(u"newPassword"_s).toString();
    if (auto v = rules::checkNewPassword(password))
        return fieldError(u"newPassword"_s, *v, language);
    QSqlDatabase& db = context.db;
    const auto check = checkCode(db, kRecover, rules::normalizedEmail(rawEmail), body.value(u"code"_s).toString());
    if (!check)
        return check.failure();
    switch (check->outcome) {
    case CodeCheck::Outcome::Expired:
        return Failure::of(410, errc::recoveryExpired);
    case CodeCheck::Outcome::Wrong:
        return Failure::of(422, errc::recoveryCodeInvalid, u"code"_s, {}, {{u"attemptsLeft"_s, check->attemptsLeft}});
    case CodeCheck::Outcome::Ok:
        break;
    }
    const qint64 userId = check->userId;
    if (!setRecoveredPassword(db, userId, password))
        return Failure::databaseUnavailable();
    return ApiReply::noContent();
}

Result<ApiReply> UsersApi::requestEmailChange(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"newEmail"_s, T::String, true}, {u"currentPassword"_s, T::String, true}},
                                     false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const Language language = context.language;
    QSqlDatabase& db = context.db;
    const QString rawEmail = body.value(u"newEmail"_s).toString();
    if (auto v = rules::checkEmail(rawEmail))
        return fieldError(u"newEmail"_s, *v, language);
    const QString newEmail = rules::normalizedEmail(rawEmail);
    const auto found = existingUser(db, context.caller.userId);
    if (!found)
        return found.failure();
    const User& user = *found;
    if (!m_hasher.verify(user.passwordHash, body.value(u"currentPassword"_s).toString()))
        return Failure::of(403, errc::wrongPassword, u"currentPassword"_s);
    if (newEmail == user.email)
        return Failure::of(400, errc::validationFailed, u"newEmail"_s);
    const auto taken = UserStore::findByEmail(db, newEmail);
    if (!taken)
        return taken.failure();
    const auto code = issueCode(db, context.caller.userId, kEmailChange, newEmail, kConfirmTtlMs);
    if (!code)
        return Failure::databaseUnavailable();
    QSqlQuery q(db);
    if (*taken) {
        // Same answer; the address's owner learns of the attempt, and no code of this row works.
        q.prepare(u"UPDATE user_codes SET blocked = 1 WHERE user_id = ? AND purpose = 'email' AND used = 0"_s);
        q.addBindValue(context.caller.userId);
        if (!q.exec())
            return Failure::databaseUnavailable();
        send(newEmail, u"Смена адреса электронной почты"_s,
             u"Здравствуйте!\n\nКто-то пытался указать этот адрес электронной почты в другой учётной записи личного "
             u"кабинета АО «Томскэнергосбыт». Этот адрес уже используется вашей учётной записью, поэтому ничего не "
             u"изменено.\n"_s);
    } else {
        send(newEmail, u"Подтверждение адреса электронной почты"_s,
             u"Здравствуйте!\n\nЧтобы указать этот адрес в личном кабинете АО «Томскэнергосбыт», введите код: "_s +
                 code->code + u"\n\nили перейдите по ссылке:\n"_s + link(u"/confirm"_s, code->token) +
                 u"\n\nКод и ссылка действуют 24 часа.\n"_s);
    }
    q.prepare(u"UPDATE users SET pending_email = ?, pending_email_expires_at = ? WHERE id = ?"_s);
    q.addBindValue(newEmail);
    q.addBindValue(nowMs() + kConfirmTtlMs);
    q.addBindValue(context.caller.userId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    return ApiReply::json(
        {{u"pendingEmail"_s, newEmail}, {u"codeLength"_s, kCodeLength}, {u"expiresIn"_s, kConfirmTtlMs / 1000}}, 202);
}

Result<ApiReply> UsersApi::confirmEmailChange(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"code"_s, T::String, true}}, false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const Language language = context.language;
    QSqlDatabase& db = context.db;
    if (body.value(u"code"_s).toString().trimmed().isEmpty())
        return fieldError(u"code"_s, rules::Violation::Required, language);
    const auto check = checkCode(db, kEmailChange, {}, body.value(u"code"_s).toString(), context.caller.userId);
    if (!check)
        return check.failure();
    switch (check->outcome) {
    case CodeCheck::Outcome::Expired:
        return Failure::of(410, errc::confirmationExpired);
    case CodeCheck::Outcome::Wrong:
        return Failure::of(422, errc::confirmationCodeInvalid, u"code"_s, {},
                           {{u"attemptsLeft"_s, check->attemptsLeft}});
    case CodeCheck::Outcome::Ok:
        break;
    }
    const qint64 userId = check->userId;
    const auto switched = switchEmail(db, userId, check->sentTo);
    if (!switched)
        return switched.failure();
    if (!*switched) // taken meanwhile: counts as expired
        return Failure::of(410, errc::confirmationExpired);
    const auto user = existingUser(db, context.caller.userId);
    if (!user)
        return user.failure();
    return ApiReply::json(user->profileJson());
}

Result<ApiReply> UsersApi::updateProfile(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"surname"_s, T::String, false},
                                      {u"firstName"_s, T::String, false},
                                      {u"patronymic"_s, T::String, false},
                                      {u"phone"_s, T::String, false},
                                      {u"birthDate"_s, T::String, false},
                                      {u"sex"_s, T::String, false},
                                      {u"marketing"_s, T::Object, false}},
                                     false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const Language language = context.language;
    QSqlDatabase& db = context.db;
    auto found = existingUser(db, context.caller.userId);
    if (!found)
        return found.failure();
    User user = std::move(found).value();

    QList<QPair<QString, QVariant>> set; // column, value
    auto has = [&](const char* key) {
        return body.contains(QLatin1StringView(key)) && !body.value(QLatin1StringView(key)).isNull();
    };
    const struct {
        const char* field;
        const char* column;
        bool required;
    } names[] = {{"surname", "surname", true}, {"firstName", "first_name", true}, {"patronymic", "patronymic", false}};
    for (const auto& n : names) {
        if (!has(n.field))
            continue;
        const QString value = text(body, QString::fromLatin1(n.field));
        if (auto v = rules::checkPersonName(value, n.required))
            return fieldError(QString::fromLatin1(n.field), *v, language);
        set.append({QString::fromLatin1(n.column), value});
    }
    if (has("phone")) {
        const QString phone = text(body, u"phone"_s);
        // Once the profile has a phone it cannot be removed (the details are required).
        if (auto v = rules::checkPhone(phone, !user.phone.isEmpty()))
            return fieldError(u"phone"_s, *v, language);
        const QString e164 = rules::normalizedPhone(phone);
        set.append({u"phone"_s, e164.isNull() ? u""_s : e164});
    }
    if (has("birthDate")) {
        const QString birth = text(body, u"birthDate"_s);
        if (birth.isEmpty()) {
            set.append({u"birth_date"_s, QVariant(QMetaType::fromType<QString>())});
        } else {
            const QDate date = QDate::fromString(birth, u"yyyy-MM-dd"_s);
            if (!date.isValid())
                return fieldError(u"birthDate"_s, rules::Violation::BirthDate, language);
            if (auto v = rules::checkBirthDate(date, accounts::TomskTime::today(nowMs())))
                return fieldError(u"birthDate"_s, *v, language);
            set.append({u"birth_date"_s, birth});
        }
    }
    if (has("sex")) {
        const QString sex = text(body, u"sex"_s);
        if (auto v = rules::checkSex(sex))
            return fieldError(u"sex"_s, *v, language);
        set.append({u"sex"_s, sex});
    }
    if (has("marketing")) {
        const QJsonObject marketing = body.value(u"marketing"_s).toObject();
        const struct {
            const char* key;
            const char* enabledColumn;
            const char* emailColumn;
        } lists[] = {{"tomskRts", "marketing_rts", "marketing_rts_email"},
                     {"tomskEnergosbyt", "marketing_tes", "marketing_tes_email"}};
        for (auto it = marketing.constBegin(); it != marketing.constEnd(); ++it) {
            if (it.key() != u"tomskRts" && it.key() != u"tomskEnergosbyt")
                return Failure::of(400, errc::unknownField, u"marketing."_s + it.key());
        }
        for (const auto& l : lists) {
            const QString key = QString::fromLatin1(l.key);
            const QString prefix = u"marketing."_s + key;
            if (!marketing.contains(key) || marketing.value(key).isNull())
                continue;
            if (!marketing.value(key).isObject())
                return Failure::of(400, errc::wrongType, prefix);
            const QJsonObject entry = marketing.value(key).toObject();
            for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
                if (it.key() != u"enabled" && it.key() != u"email")
                    return Failure::of(400, errc::unknownField, prefix + u'.' + it.key());
            }
            if (entry.contains(u"enabled"_s)) {
                if (!entry.value(u"enabled"_s).isBool())
                    return Failure::of(400, errc::wrongType, prefix + u".enabled"_s);
                set.append({QString::fromLatin1(l.enabledColumn), entry.value(u"enabled"_s).toBool() ? 1 : 0});
            }
            if (entry.contains(u"email"_s)) {
                if (!entry.value(u"email"_s).isString())
                    return Failure::of(400, errc::wrongType, prefix + u".email"_s);
                const QString email = entry.value(u"email"_s).toString().trimmed();
                if (!email.isEmpty()) {
                    if (auto v = rules::checkEmail(email))
                        return fieldError(prefix + u".email"_s, *v, language);
                }
                // The login address itself is stored as '' so it follows an e-mail change.
                const QString stored =
                    rules::normalizedEmail(email) == user.email ? u""_s : rules::normalizedEmail(email);
                set.append({QString::fromLatin1(l.emailColumn), stored.isNull() ? u""_s : stored});
            }
        }
    }
    if (!set.isEmpty()) {
        QStringList assignments;
        for (const auto& [column, value] : std::as_const(set))
            assignments << column + u" = ?"_s;
        QSqlQuery q(db);
        q.prepare(u"UPDATE users SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s);
        for (const auto& [column, value] : std::as_const(set))
            q.addBindValue(value);
        q.addBindValue(context.caller.userId);
        if (!q.exec())
            return Failure::databaseUnavailable();
        auto updated = existingUser(db, context.caller.userId);
        if (!updated)
            return updated.failure();
        user = std::move(updated).value();
    }
    return ApiReply::json(user.profileJson());
}

Result<ApiReply> UsersApi::changePassword(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"currentPassword"_s, T::String, true}, {u"newPassword"_s, T::String, true}},
                                     false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const Language language = context.language;
    QSqlDatabase& db = context.db;
    const QString password = body.value(u"newPassword"_s).toString();
    if (auto v = rules::checkNewPassword(password))
        return fieldError(u"newPassword"_s, *v, language);
    QSqlQuery q(db);
    q.prepare(u"SELECT password_hash FROM users WHERE id = ?"_s);
    q.addBindValue(context.caller.userId);
    if (!q.exec() || !q.next())
        return Failure::databaseUnavailable();
    if (!m_hasher.verify(q.value(0).toString(), body.value(u"currentPassword"_s).toString()))
        return Failure::of(403, errc::wrongPassword, u"currentPassword"_s);
    const QString hash = m_hasher.hash(password);
    if (hash.isEmpty())
        return Failure::databaseUnavailable();
    q.prepare(u"UPDATE users SET password_hash = ? WHERE id = ?"_s);
    q.addBindValue(hash);
    q.addBindValue(context.caller.userId);
    if (!q.exec() || !m_tokens.revokeAllOfUser(db, context.caller.userId, context.caller.sessionId))
        return Failure::databaseUnavailable();
    return ApiReply::noContent();
}

// ---- The pages behind the links in the mails --------------------------------------------------

namespace {
QString tokenOf(const QString& query) {
    return QUrlQuery(query).queryItemValue(u"token"_s, QUrl::FullyDecoded).trimmed();
}

ApiReply linkInvalid(Language language) {
    return HtmlPage::reply(410, UserPages::linkInvalid(language));
}
} // namespace

Result<std::optional<UsersApi::Link>> UsersApi::openLink(QSqlDatabase& db, const QString& token,
                                                         const QStringList& purposes) const {
    auto link = findLink(db, token);
    if (link && *link && !purposes.contains((*link)->purpose)) // a recovery link is for /recover, and so on
        return std::optional<Link>();
    return link;
}

Result<ApiReply> UsersApi::confirmLink(RequestContext& context) const {
    const Language language = context.language;
    QSqlDatabase& db = context.db;
    const auto link = openLink(db, tokenOf(context.request.query), {kRegister, kEmailChange});
    if (!link)
        return link.failure();
    if (!*link)
        return linkInvalid(language);
    const auto used = useCode(db, (*link)->codeId);
    if (!used)
        return used.failure();
    if (!*used)
        return linkInvalid(language);
    if ((*link)->purpose == kRegister) {
        if (!confirmAddress(db, (*link)->userId))
            return Failure::databaseUnavailable();
        return HtmlPage::reply(200, UserPages::confirmed(UserPages::Confirmed::Registration, (*link)->email, language));
    }
    const auto switched = switchEmail(db, (*link)->userId, (*link)->email);
    if (!switched)
        return switched.failure();
    if (!*switched)
        return linkInvalid(language);
    return HtmlPage::reply(200, UserPages::confirmed(UserPages::Confirmed::EmailChange, (*link)->email, language));
}

Result<ApiReply> UsersApi::recoverPage(RequestContext& context) const {
    const QString token = tokenOf(context.request.query);
    const auto link = openLink(context.db, token, {kRecover});
    if (!link)
        return link.failure();
    if (!*link)
        return linkInvalid(context.language);
    return HtmlPage::reply(200, UserPages::recoverForm(token, {}, {}, context.language));
}

Result<ApiReply> UsersApi::recoverPageSubmit(RequestContext& context) const {
    const Language language = context.language;
    // A browser page: even a request that is not the form gets a page, not JSON.
    if (!context.request.contentType.toLower().startsWith("application/x-www-form-urlencoded"))
        return HtmlPage::reply(415, UserPages::formRejected(language));
    if (context.request.body.size() > context.maxBodyBytes)
        return HtmlPage::reply(413, UserPages::formRejected(language));
    QByteArray form = context.request.body;
    form.replace('+', ' ');
    const QUrlQuery fields(QString::fromUtf8(form));
    auto field = [&](const QString& name) {
        return fields.queryItemValue(name, QUrl::FullyDecoded);
    };
    const QString token = field(u"token"_s).trimmed();
    QSqlDatabase& db = context.db;
    const auto link = openLink(db, token, {kRecover});
    if (!link)
        return link.failure();
    if (!*link)
        return linkInvalid(language);
    // The same rules as the API and the client; the form comes back with the message in place.
    const QString password = field(u"password"_s);
    QString passwordError;
    QString repeatError;
    if (auto v = rules::checkNewPassword(password))
        passwordError = Messages::violation(*v, language);
    else if (field(u"repeat"_s) != password)
        repeatError = language == Language::Ru ? u"Пароли не совпадают."_s : u"The passwords do not match."_s;
    if (!passwordError.isEmpty() || !repeatError.isEmpty())
        return HtmlPage::reply(400, UserPages::recoverForm(token, passwordError, repeatError, language));
    const auto used = useCode(db, (*link)->codeId);
    if (!used)
        return used.failure();
    if (!*used)
        return linkInvalid(language);
    if (!setRecoveredPassword(db, (*link)->userId, password))
        return Failure::databaseUnavailable();
    return HtmlPage::reply(200, UserPages::passwordChanged(language));
}

} // namespace lkk::server::users
