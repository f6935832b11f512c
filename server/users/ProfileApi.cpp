#include "server/users/ProfileApi.h"

#include "server/Clock.h"
#include "server/accounts/TomskTime.h"
#include "server/auth/PasswordCheck.h"
#include "server/users/ConfirmationCodes.h"
#include "server/users/UserStore.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcProfile, "lkk.server.users")

namespace lkk::server::users {

using namespace Qt::StringLiterals;

namespace {

using T = JsonBody::Type;

} // namespace

ProfileApi::ProfileApi(const PasswordCheck& passwords, mail::Mailer& mailer, QUrl publicUrl, int mailDailyMax)
    : m_passwords(passwords)
    , m_mailer(mailer, std::move(publicUrl))
    , m_mailDailyMax(mailDailyMax)
    , m_tokens(900, 900) {}

Result<User> ProfileApi::existingUser(QSqlDatabase& db, qint64 userId) {
    const auto found = UserStore::findById(db, userId);
    if (!found || !*found) // its session or its code was found a moment ago
        return Failure::databaseUnavailable();
    return **found;
}

Result<bool> ProfileApi::switchEmail(QSqlDatabase& db, qint64 userId, const QString& newEmail, const UserMailer& mailer,
                                     Language language) {
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
    mailer.send(user->email, UserMails::addressChanged(newEmail, language));
    qCInfo(lcProfile) << "user" << userId << "changed the e-mail address";
    return true;
}

Result<ApiReply> ProfileApi::requestEmailChange(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"newEmail"_s, T::String, true}, {u"currentPassword"_s, T::String, true}},
                                     false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    QSqlDatabase& db = context.db;
    const qint64 userId = context.caller.userId;
    const QString rawEmail = body.value(u"newEmail"_s).toString();
    if (auto v = rules::checkEmail(rawEmail))
        return context.invalid(u"newEmail"_s, *v);
    const QString newEmail = rules::normalizedEmail(rawEmail);
    const auto user = existingUser(db, userId);
    if (!user)
        return user.failure();
    if (const auto confirmed =
            m_passwords.confirmCurrent(context, user->email, user->passwordHash,
                                       body.value(u"currentPassword"_s).toString(), u"currentPassword"_s);
        !confirmed)
        return confirmed.failure();
    if (newEmail == user->email)
        return Failure::invalid(u"newEmail"_s, {});
    // Every change sends a mail to an address of the caller's choice: a daily cap per user.
    if (const auto capped =
            RateLimiter::take(db, dailyMailRule(m_mailDailyMax), u"user:"_s + QString::number(userId), context.nowMs);
        !capped)
        return capped.failure();
    const auto taken = UserStore::findByEmail(db, newEmail);
    if (!taken)
        return taken.failure();
    using Purpose = ConfirmationCodes::Purpose;
    const auto code =
        ConfirmationCodes::issue(db, userId, Purpose::EmailChange, newEmail, ConfirmationCodes::addressTtlMs, nowMs());
    if (!code)
        return code.failure();
    if (*taken) {
        // Same answer; the address's owner learns of the attempt, and no code of this row works.
        if (const auto blocked = ConfirmationCodes::block(db, userId, Purpose::EmailChange); !blocked)
            return blocked.failure();
        m_mailer.send(newEmail, UserMails::addressTaken(context.language));
    } else {
        m_mailer.send(newEmail, UserMails::newAddressCode(code->code, m_mailer.link(u"/confirm"_s, code->token),
                                                          context.language));
    }
    QSqlQuery q(db);
    q.prepare(u"UPDATE users SET pending_email = ?, pending_email_expires_at = ? WHERE id = ?"_s);
    q.addBindValue(newEmail);
    q.addBindValue(nowMs() + ConfirmationCodes::addressTtlMs);
    q.addBindValue(userId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    return ApiReply::json({{u"pendingEmail"_s, newEmail},
                           {u"codeLength"_s, ConfirmationCodes::codeLength},
                           {u"expiresIn"_s, ConfirmationCodes::addressTtlMs / 1000}},
                          202);
}

Result<ApiReply> ProfileApi::confirmEmailChange(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"code"_s, T::String, true}}, false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QString code = parsed->value(u"code"_s).toString();
    QSqlDatabase& db = context.db;
    const qint64 userId = context.caller.userId;
    if (code.trimmed().isEmpty())
        return context.invalid(u"code"_s, rules::Violation::Required);
    const auto check = ConfirmationCodes::check(db, ConfirmationCodes::Purpose::EmailChange, {}, code, nowMs(), userId);
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
    const auto switched = switchEmail(db, userId, check->sentTo, m_mailer, context.language);
    if (!switched)
        return switched.failure();
    if (!*switched) // taken meanwhile: counts as expired
        return Failure::of(410, errc::confirmationExpired);
    const auto user = existingUser(db, userId);
    if (!user)
        return user.failure();
    return ApiReply::json(user->profileJson());
}

Result<ApiReply> ProfileApi::updateProfile(RequestContext& context) const {
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
        const QString value = UserStore::columnText(body, QString::fromLatin1(n.field));
        if (auto v = rules::checkPersonName(value, n.required))
            return context.invalid(QString::fromLatin1(n.field), *v);
        set.append({QString::fromLatin1(n.column), value});
    }
    if (has("phone")) {
        const QString phone = UserStore::columnText(body, u"phone"_s);
        // Once the profile has a phone it cannot be removed (the details are required).
        if (auto v = rules::checkPhone(phone, !user.phone.isEmpty()))
            return context.invalid(u"phone"_s, *v);
        const QString e164 = rules::normalizedPhone(phone);
        set.append({u"phone"_s, e164.isNull() ? u""_s : e164});
    }
    if (has("birthDate")) {
        const QString birth = UserStore::columnText(body, u"birthDate"_s);
        if (birth.isEmpty()) {
            set.append({u"birth_date"_s, QVariant(QMetaType::fromType<QString>())});
        } else {
            const QDate date = QDate::fromString(birth, u"yyyy-MM-dd"_s);
            if (!date.isValid())
                return context.invalid(u"birthDate"_s, rules::Violation::BirthDate);
            if (auto v = rules::checkBirthDate(date, accounts::TomskTime::today(nowMs())))
                return context.invalid(u"birthDate"_s, *v);
            set.append({u"birth_date"_s, birth});
        }
    }
    if (has("sex")) {
        const QString sex = UserStore::columnText(body, u"sex"_s);
        if (auto v = rules::checkSex(sex))
            return context.invalid(u"sex"_s, *v);
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
                        return context.invalid(prefix + u".email"_s, *v);
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

Result<ApiReply> ProfileApi::changePassword(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"currentPassword"_s, T::String, true}, {u"newPassword"_s, T::String, true}},
                                     false};
    const auto parsed = context.json(spec);
    if (!parsed)
        return parsed.failure();
    const QJsonObject& body = *parsed;
    QSqlDatabase& db = context.db;
    const QString password = body.value(u"newPassword"_s).toString();
    if (auto v = rules::checkNewPassword(password))
        return context.invalid(u"newPassword"_s, *v);
    const auto user = existingUser(db, context.caller.userId);
    if (!user)
        return user.failure();
    if (const auto confirmed =
            m_passwords.confirmCurrent(context, user->email, user->passwordHash,
                                       body.value(u"currentPassword"_s).toString(), u"currentPassword"_s);
        !confirmed)
        return confirmed.failure();
    const auto hash = m_passwords.pool().hash(password);
    if (!hash)
        return hash.failure();
    QSqlQuery q(db);
    q.prepare(u"UPDATE users SET password_hash = ? WHERE id = ?"_s);
    q.addBindValue(*hash);
    q.addBindValue(context.caller.userId);
    if (!q.exec() || !m_tokens.revokeAllOfUser(db, context.caller.userId, context.caller.sessionId))
        return Failure::databaseUnavailable();
    return ApiReply::noContent();
}

} // namespace lkk::server::users
