#include "server/users/UsersApi.h"

#include "server/Clock.h"
#include "server/accounts/TomskTime.h"
#include "server/auth/PasswordCheck.h"
#include "server/auth/RateLimiter.h"
#include "server/http/HtmlPage.h"
#include "server/users/ConfirmationCodes.h"
#include "server/users/ProfileApi.h"
#include "server/users/UserPages.h"
#include "server/users/UserStore.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>
#include <utility>

Q_LOGGING_CATEGORY(lcUsers, "lkk.server.users")

namespace lkk::server::users {

using namespace Qt::StringLiterals;

namespace {

using T = JsonBody::Type;
using Purpose = ConfirmationCodes::Purpose;
constexpr qint64 kHourMs = 3600 * 1000LL;
constexpr qint64 kResendSpacingMs = UsersApi::resendSpacingMs;
constexpr int kResendMaxPerDay = 5;

// The first failing field of a registration, in the contract's order.
std::optional<Failure> validateRegistration(const QJsonObject& b, const RequestContext& context) {
    auto s = [&](const char* k) {
        return b.value(QLatin1StringView(k)).toString();
    };
    if (auto v = rules::checkEmail(s("email")))
        return context.invalid(u"email"_s, *v);
    if (auto v = rules::checkNewPassword(s("password")))
        return context.invalid(u"password"_s, *v);
    if (auto v = rules::checkPersonName(s("surname"), true))
        return context.invalid(u"surname"_s, *v);
    if (auto v = rules::checkPersonName(s("firstName"), true))
        return context.invalid(u"firstName"_s, *v);
    if (auto v = rules::checkPersonName(s("patronymic"), false))
        return context.invalid(u"patronymic"_s, *v);
    if (auto v = rules::checkPhone(s("phone"), false))
        return context.invalid(u"phone"_s, *v);
    const QString birth = s("birthDate");
    if (!birth.isEmpty()) {
        const QDate date = QDate::fromString(birth, u"yyyy-MM-dd"_s);
        if (!date.isValid())
            return context.invalid(u"birthDate"_s, rules::Violation::BirthDate);
        if (auto v = rules::checkBirthDate(date, accounts::TomskTime::today(nowMs())))
            return context.invalid(u"birthDate"_s, *v);
    }
    if (auto v = rules::checkSex(s("sex")))
        return context.invalid(u"sex"_s, *v);
    if (!b.value(u"agreement"_s).toBool(false))
        return context.invalid(u"agreement"_s, rules::Violation::Required);
    return std::nullopt;
}

} // namespace

UsersApi::UsersApi(const PasswordCheck& passwords, mail::Mailer& mailer, Options options, QUrl publicUrl)
    : m_passwords(passwords)
    , m_mailer(mailer, std::move(publicUrl))
    , m_options(options)
    , m_captcha(options.captchaTtl)
    , m_tokens(900, 900) {}

bool UsersApi::applyRegistration(QSqlDatabase& db, qint64 userId, qint64 codeId) const {
    // The confirmed registration's details (none for a registration from before they were kept
    // apart: the row has them already); the other pending registrations of the address end.
    QSqlQuery q(db);
    q.prepare(u"UPDATE users SET password_hash = p.password_hash, surname = p.surname, first_name = p.first_name, "
              u"patronymic = p.patronymic, phone = p.phone, birth_date = p.birth_date, sex = p.sex "
              u"FROM (SELECT * FROM pending_registrations WHERE code_id = ?) AS p WHERE users.id = ?"_s);
    q.addBindValue(codeId);
    q.addBindValue(userId);
    if (!q.exec())
        return false;
    q.prepare(u"UPDATE users SET email_confirmed = 1 WHERE id = ?"_s);
    q.addBindValue(userId);
    if (!q.exec())
        return false;
    q.prepare(u"UPDATE user_codes SET used = 1 WHERE user_id = ? AND purpose = 'register' AND used = 0"_s);
    q.addBindValue(userId);
    if (!q.exec())
        return false;
    qCInfo(lcUsers) << "user" << userId << "confirmed the e-mail address";
    return true;
}

Result<Done> UsersApi::setRecoveredPassword(QSqlDatabase& db, qint64 userId, const QString& password) const {
    const auto hash = m_passwords.pool().hash(password);
    if (!hash)
        return hash.failure();
    // The code came through the mailbox: that confirms the address as well.
    QSqlQuery q(db);
    q.prepare(u"UPDATE users SET password_hash = ?, email_confirmed = 1 WHERE id = ?"_s);
    q.addBindValue(*hash);
    q.addBindValue(userId);
    if (!q.exec() || !m_tokens.revokeAllOfUser(db, userId))
        return Failure::databaseUnavailable();
    qCInfo(lcUsers) << "user" << userId << "recovered the password; all sessions revoked";
    return Done{};
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
    if (auto refused = validateRegistration(body, context))
        return *refused;
    QSqlDatabase& db = context.db;
    const qint64 now = nowMs();
    if (const auto allowed = RateLimiter::check(db, {"register_ip", m_options.registerIpMax, kHourMs}, ip, now);
        !allowed)
        return allowed.failure();
    if (const auto solved = m_captcha.requireSolved(db, body.value(u"captchaId"_s).toString(),
                                                    body.value(u"captchaAnswer"_s).toString(), now);
        !solved)
        return solved.failure();

    const QString email = rules::normalizedEmail(body.value(u"email"_s).toString());
    if (const auto capped = RateLimiter::take(db, dailyMailRule(m_options.mailDailyMax), u"to:"_s + email, now);
        !capped)
        return capped.failure();
    // Hashed either way: an existing address must not answer faster.
    const auto hash = m_passwords.pool().hash(body.value(u"password"_s).toString());
    if (!hash)
        return hash.failure();
    if (!RateLimiter::record(db, "register_ip", ip, nowMs()) ||
        !RateLimiter::record(db, "confirm_mail", email, nowMs()))
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
        m_mailer.send(email, UserMails::alreadyRegistered(language));
    } else {
        qint64 userId = existingId;
        if (!exists) {
            // The row only reserves the address; its details come from the registration that
            // gets confirmed (applyRegistration).
            q.prepare(u"INSERT INTO users (password_hash, email, role, created_at, email_confirmed) VALUES (?, ?, "
                      u"'customer', ?, 0) RETURNING id"_s);
            q.addBindValue(*hash);
            q.addBindValue(email);
            q.addBindValue(now);
            if (!q.exec() || !q.next())
                return Failure::databaseUnavailable();
            userId = q.value(0).toLongLong();
        }
        // Each registration of an unconfirmed address waits with its own code: a second one
        // cannot change the first one's password or details.
        qint64 codeId = 0;
        const auto code = ConfirmationCodes::issue(db, userId, Purpose::Register, email,
                                                   ConfirmationCodes::addressTtlMs, nowMs(), &codeId);
        if (!code)
            return code.failure();
        const QString phone = rules::normalizedPhone(body.value(u"phone"_s).toString());
        const QString birth = body.value(u"birthDate"_s).toString();
        q.prepare(u"INSERT INTO pending_registrations (code_id, password_hash, surname, first_name, patronymic, phone, "
                  u"birth_date, sex) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(codeId);
        q.addBindValue(*hash);
        q.addBindValue(UserStore::columnText(body, u"surname"_s));
        q.addBindValue(UserStore::columnText(body, u"firstName"_s));
        q.addBindValue(UserStore::columnText(body, u"patronymic"_s));
        q.addBindValue(phone.isNull() ? u""_s : phone);
        q.addBindValue(birth.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(birth));
        q.addBindValue(UserStore::columnText(body, u"sex"_s));
        if (!q.exec())
            return Failure::databaseUnavailable();
        m_mailer.send(email,
                      UserMails::registrationCode(code->code, m_mailer.link(u"/confirm"_s, code->token), language));
        qCInfo(lcUsers) << "registration of user" << userId << (exists ? "(another pending one)" : "");
    }
    return ApiReply::json({{u"email"_s, email},
                           {u"codeLength"_s, ConfirmationCodes::codeLength},
                           {u"expiresIn"_s, ConfirmationCodes::addressTtlMs / 1000},
                           {u"resendAfter"_s, kResendSpacingMs / 1000}},
                          202);
}

Result<ApiReply> UsersApi::confirm(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"email"_s, T::String, true}, {u"code"_s, T::String, true}}, false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const QString rawEmail = body.value(u"email"_s).toString();
    if (auto v = rules::checkEmail(rawEmail))
        return context.invalid(u"email"_s, *v);
    if (body.value(u"code"_s).toString().trimmed().isEmpty())
        return context.invalid(u"code"_s, rules::Violation::Required);
    QSqlDatabase& db = context.db;
    const auto check = ConfirmationCodes::check(db, Purpose::Register, rules::normalizedEmail(rawEmail),
                                                body.value(u"code"_s).toString(), nowMs());
    if (!check)
        return check.failure();
    switch (check->outcome) {
    case ConfirmationCodes::Check::Outcome::Expired:
        return Failure::of(410, errc::confirmationExpired);
    case ConfirmationCodes::Check::Outcome::Wrong:
        return Failure::of(422, errc::confirmationCodeInvalid, u"code"_s, {},
                           {{u"attemptsLeft"_s, check->attemptsLeft}});
    case ConfirmationCodes::Check::Outcome::Ok:
        break;
    }
    if (!applyRegistration(db, check->userId, check->codeId))
        return Failure::databaseUnavailable();
    return ApiReply::noContent();
}

Result<ApiReply> UsersApi::resend(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"email"_s, T::String, true}}, false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const QString rawEmail = body.value(u"email"_s).toString();
    if (auto v = rules::checkEmail(rawEmail))
        return context.invalid(u"email"_s, *v);
    const QString email = rules::normalizedEmail(rawEmail);
    QSqlDatabase& db = context.db;
    const qint64 now = nowMs();
    // The same limits whether or not the address has an account.
    if (const auto allowed = RateLimiter::check(db, {"confirm_mail", 1, kResendSpacingMs}, email, now); !allowed)
        return allowed.failure();
    if (const auto allowed = RateLimiter::check(db, {"resend", kResendMaxPerDay, 24 * kHourMs}, email, now); !allowed)
        return allowed.failure();
    if (!RateLimiter::record(db, "confirm_mail", email, nowMs()) || !RateLimiter::record(db, "resend", email, nowMs()))
        return Failure::databaseUnavailable();
    if (const auto capped = RateLimiter::take(db, dailyMailRule(m_options.mailDailyMax), u"to:"_s + email, now);
        !capped)
        return capped.failure();
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM users WHERE email = ? AND email_confirmed = 0"_s);
    q.addBindValue(email);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (q.next()) {
        const auto pending = reissueRegistration(db, q.value(0).toLongLong(), email, context.language);
        if (!pending)
            return pending.failure();
        send(*pending);
    }
    return ApiReply::json({{u"resendAfter"_s, kResendSpacingMs / 1000}}, 202);
}

Result<UsersApi::PendingMail> UsersApi::reissueRegistration(QSqlDatabase& db, qint64 userId, const QString& email,
                                                            Language language) const {
    qint64 codeId = 0;
    const auto code = ConfirmationCodes::issue(db, userId, Purpose::Register, email, ConfirmationCodes::addressTtlMs,
                                               nowMs(), &codeId);
    if (!code)
        return code.failure();
    // The new code stands for the newest pending registration of the address.
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO pending_registrations (code_id, password_hash, surname, first_name, patronymic, phone, "
              u"birth_date, sex) SELECT ?, p.password_hash, p.surname, p.first_name, p.patronymic, p.phone, "
              u"p.birth_date, p.sex FROM pending_registrations p JOIN user_codes c ON c.id = p.code_id "
              u"WHERE c.user_id = ? AND c.id <> ? ORDER BY c.id DESC LIMIT 1"_s);
    q.addBindValue(codeId);
    q.addBindValue(userId);
    q.addBindValue(codeId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    return PendingMail{
        email, UserMails::registrationCodeAgain(code->code, m_mailer.link(u"/confirm"_s, code->token), language)};
}

Result<UsersApi::PendingMail> UsersApi::resendInTransaction(QSqlDatabase& db, qint64 userId, const QString& email,
                                                            Language language) const {
    const qint64 now = nowMs();
    // The public resend's limits, checked and then counted in this transaction.
    const std::pair<RateLimiter::Rule, QString> limits[] = {{{"confirm_mail", 1, kResendSpacingMs}, email},
                                                            {{"resend", kResendMaxPerDay, 24 * kHourMs}, email},
                                                            {dailyMailRule(m_options.mailDailyMax), u"to:"_s + email}};
    for (const auto& [rule, subject] : limits) {
        if (const auto allowed = RateLimiter::check(db, rule, subject, now); !allowed)
            return allowed.failure();
    }
    for (const auto& [rule, subject] : limits) {
        if (const auto counted = RateLimiter::record(db, rule.kind, subject, now); !counted)
            return counted.failure();
    }
    return reissueRegistration(db, userId, email, language);
}

void UsersApi::send(const PendingMail& pending) const {
    m_mailer.send(pending.to, pending.mail);
}

Result<ApiReply> UsersApi::recover(RequestContext& context) const {
    static const JsonBody::Spec spec{
        {{u"email"_s, T::String, true}, {u"captchaId"_s, T::String, true}, {u"captchaAnswer"_s, T::String, true}},
        false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const QString& ip = context.request.ip;
    const QString rawEmail = body.value(u"email"_s).toString();
    if (auto v = rules::checkEmail(rawEmail))
        return context.invalid(u"email"_s, *v);
    const QString email = rules::normalizedEmail(rawEmail);
    QSqlDatabase& db = context.db;
    const qint64 now = nowMs();
    if (const auto allowed = RateLimiter::check(db, {"recover_ip", m_options.recoverIpMax, kHourMs}, ip, now); !allowed)
        return allowed.failure();
    if (const auto allowed = RateLimiter::check(db, {"recover_email", m_options.recoverEmailMax, kHourMs}, email, now);
        !allowed)
        return allowed.failure();
    if (const auto solved = m_captcha.requireSolved(db, body.value(u"captchaId"_s).toString(),
                                                    body.value(u"captchaAnswer"_s).toString(), now);
        !solved)
        return solved.failure();
    if (!RateLimiter::record(db, "recover_email", email, nowMs()) ||
        !RateLimiter::record(db, "recover_ip", ip, nowMs()))
        return Failure::databaseUnavailable();
    if (const auto capped = RateLimiter::take(db, dailyMailRule(m_options.mailDailyMax), u"to:"_s + email, now);
        !capped)
        return capped.failure();
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM users WHERE email = ?"_s);
    q.addBindValue(email);
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (q.next()) {
        const auto code = ConfirmationCodes::issue(db, q.value(0).toLongLong(), Purpose::Recover, email,
                                                   ConfirmationCodes::recoveryTtlMs, nowMs());
        if (!code)
            return code.failure();
        m_mailer.send(email,
                      UserMails::recoveryCode(code->code, m_mailer.link(u"/recover"_s, code->token), context.language));
    }
    return ApiReply::json(
        {{u"codeLength"_s, ConfirmationCodes::codeLength}, {u"expiresIn"_s, ConfirmationCodes::recoveryTtlMs / 1000}},
        202);
}

Result<ApiReply> UsersApi::recoverConfirm(RequestContext& context) const {
    static const JsonBody::Spec spec{
        {{u"email"_s, T::String, true}, {u"code"_s, T::String, true}, {u"newPassword"_s, T::String, true}}, false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    const QString rawEmail = body.value(u"email"_s).toString();
    if (auto v = rules::checkEmail(rawEmail))
        return context.invalid(u"email"_s, *v);
    if (body.value(u"code"_s).toString().trimmed().isEmpty())
        return context.invalid(u"code"_s, rules::Violation::Required);
    const QString password = body.value(u"newPassword"_s).toString();
    if (auto v = rules::checkNewPassword(password))
        return context.invalid(u"newPassword"_s, *v);
    QSqlDatabase& db = context.db;
    const QString email = rules::normalizedEmail(rawEmail);
    // Counted like a password: a lock for this e-mail from this network after wrong codes.
    std::optional<ConfirmationCodes::Check> check;
    const auto matched = m_passwords.guarded(context, email, [&]() -> Result<bool> {
        auto checked = ConfirmationCodes::check(db, Purpose::Recover, email, body.value(u"code"_s).toString(), nowMs());
        if (!checked)
            return checked.failure();
        check = *checked;
        return check->outcome == ConfirmationCodes::Check::Outcome::Ok;
    });
    if (!matched)
        return matched.failure();
    switch (check->outcome) {
    case ConfirmationCodes::Check::Outcome::Expired:
        return Failure::of(410, errc::recoveryExpired);
    case ConfirmationCodes::Check::Outcome::Wrong:
        return Failure::of(422, errc::recoveryCodeInvalid, u"code"_s, {}, {{u"attemptsLeft"_s, check->attemptsLeft}});
    case ConfirmationCodes::Check::Outcome::Ok:
        break;
    }
    if (const auto set = setRecoveredPassword(db, check->userId, password); !set)
        return set.failure();
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

// A page's form post that is not the form (another content type) gets `rejected`
// as a page, not JSON.
std::optional<ApiReply> notAForm(const RequestContext& context, const QByteArray& rejected) {
    if (!context.request.contentType.toLower().startsWith("application/x-www-form-urlencoded"))
        return HtmlPage::reply(415, rejected);
    return std::nullopt; // the body's size: the route's limit, before the body is read
}

QUrlQuery formFields(const RequestContext& context) {
    QByteArray form = context.request.body;
    form.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(form));
}
} // namespace

Result<ApiReply> UsersApi::confirmPage(RequestContext& context) const {
    // Only shows the button: mail scanners open links, and a GET must not confirm anything.
    const QString token = tokenOf(context.request.query);
    const auto link =
        ConfirmationCodes::openLink(context.db, token, {Purpose::Register, Purpose::EmailChange}, nowMs());
    if (!link)
        return link.failure();
    if (!*link)
        return linkInvalid(context.language);
    return HtmlPage::reply(200, UserPages::confirmForm(token, (*link)->email, context.language));
}

Result<ApiReply> UsersApi::confirmPageSubmit(RequestContext& context) const {
    const Language language = context.language;
    if (auto rejected = notAForm(context, UserPages::linkInvalid(language)))
        return std::move(*rejected);
    QSqlDatabase& db = context.db;
    const QUrlQuery form = formFields(context);
    const auto link = ConfirmationCodes::openLink(db, form.queryItemValue(u"token"_s, QUrl::FullyDecoded).trimmed(),
                                                  {Purpose::Register, Purpose::EmailChange}, nowMs());
    if (!link)
        return link.failure();
    if (!*link)
        return linkInvalid(language);
    const auto used = ConfirmationCodes::use(db, (*link)->codeId);
    if (!used)
        return used.failure();
    if (!*used)
        return linkInvalid(language);
    if ((*link)->purpose == Purpose::Register) {
        if (!applyRegistration(db, (*link)->userId, (*link)->codeId))
            return Failure::databaseUnavailable();
        return HtmlPage::reply(200, UserPages::confirmed(UserPages::Confirmed::Registration, (*link)->email, language));
    }
    const auto switched = ProfileApi::switchEmail(db, (*link)->userId, (*link)->email, m_mailer, language);
    if (!switched)
        return switched.failure();
    if (!*switched)
        return linkInvalid(language);
    return HtmlPage::reply(200, UserPages::confirmed(UserPages::Confirmed::EmailChange, (*link)->email, language));
}

Result<ApiReply> UsersApi::recoverPage(RequestContext& context) const {
    const QString token = tokenOf(context.request.query);
    const auto link = ConfirmationCodes::openLink(context.db, token, {Purpose::Recover}, nowMs());
    if (!link)
        return link.failure();
    if (!*link)
        return linkInvalid(context.language);
    return HtmlPage::reply(200, UserPages::recoverForm(token, {}, {}, context.language));
}

Result<ApiReply> UsersApi::recoverPageSubmit(RequestContext& context) const {
    const Language language = context.language;
    if (auto rejected = notAForm(context, UserPages::formRejected(language)))
        return std::move(*rejected);
    const QUrlQuery fields = formFields(context);
    auto field = [&](const QString& name) {
        return fields.queryItemValue(name, QUrl::FullyDecoded);
    };
    const QString token = field(u"token"_s).trimmed();
    QSqlDatabase& db = context.db;
    const auto link = ConfirmationCodes::openLink(db, token, {Purpose::Recover}, nowMs());
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
    const auto used = ConfirmationCodes::use(db, (*link)->codeId);
    if (!used)
        return used.failure();
    if (!*used)
        return linkInvalid(language);
    if (const auto set = setRecoveredPassword(db, (*link)->userId, password); !set)
        return set.failure();
    return HtmlPage::reply(200, UserPages::passwordChanged(language));
}

} // namespace lkk::server::users
