#include "app/registration/RegistrationCodec.h"

#include "app/api/JsonCodec.h"
#include "app/api/JsonReader.h"
#include "shared/InputRules.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lkk::json {

namespace {

QByteArray toBytes(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The sent form of a phone: E.164 when it reads as one, else as typed (the server then names it).
QString wirePhone(const QString& typed) {
    const QString e164 = rules::normalizedPhone(typed);
    return e164.isEmpty() ? typed.trimmed() : e164;
}

QJsonObject subscriptionJson(const MarketingSubscription& s) {
    return QJsonObject{{"enabled"_L1, s.enabled}, {"email"_L1, s.email.trimmed()}};
}

} // namespace

QByteArray encodeRegistration(const RegistrationForm& form, const QString& captchaId, const QString& captchaAnswer,
                              bool agreement) {
    QJsonObject o{{"email"_L1, rules::normalizedEmail(form.email)},
                  {"password"_L1, form.password},
                  {"surname"_L1, form.surname.trimmed()},
                  {"firstName"_L1, form.firstName.trimmed()},
                  {"captchaId"_L1, captchaId},
                  {"captchaAnswer"_L1, captchaAnswer.trimmed()},
                  {"agreement"_L1, agreement}};
    if (!form.patronymic.trimmed().isEmpty())
        o.insert("patronymic"_L1, form.patronymic.trimmed());
    if (!form.phone.trimmed().isEmpty())
        o.insert("phone"_L1, wirePhone(form.phone));
    if (form.birthDate.isValid())
        o.insert("birthDate"_L1, form.birthDate.toString(Qt::ISODate));
    if (!form.sex.isEmpty())
        o.insert("sex"_L1, form.sex);
    return toBytes(o);
}

QByteArray encodeEmailCode(const QString& email, const QString& code) {
    return toBytes({{"email"_L1, rules::normalizedEmail(email)}, {"code"_L1, code.trimmed()}});
}

QByteArray encodeEmail(const QString& email) {
    return toBytes({{"email"_L1, rules::normalizedEmail(email)}});
}

QByteArray encodeRecovery(const QString& email, const QString& captchaId, const QString& captchaAnswer) {
    return toBytes({{"email"_L1, rules::normalizedEmail(email)},
                    {"captchaId"_L1, captchaId},
                    {"captchaAnswer"_L1, captchaAnswer.trimmed()}});
}

QByteArray encodeRecoveryConfirm(const QString& email, const QString& code, const QString& newPassword) {
    return toBytes(
        {{"email"_L1, rules::normalizedEmail(email)}, {"code"_L1, code.trimmed()}, {"newPassword"_L1, newPassword}});
}

QByteArray encodeProfileUpdate(const ProfileUpdate& u) {
    QJsonObject o;
    if (u.surname)
        o.insert("surname"_L1, u.surname->trimmed());
    if (u.firstName)
        o.insert("firstName"_L1, u.firstName->trimmed());
    if (u.patronymic)
        o.insert("patronymic"_L1, u.patronymic->trimmed());
    if (u.phone)
        o.insert("phone"_L1, u.phone->trimmed().isEmpty() ? QString() : wirePhone(*u.phone));
    if (u.birthDate)
        o.insert("birthDate"_L1, u.birthDate->isValid() ? QJsonValue(u.birthDate->toString(Qt::ISODate))
                                                        : QJsonValue(QJsonValue::Null));
    if (u.sex)
        o.insert("sex"_L1, *u.sex);
    if (u.tomskRts || u.tomskEnergosbyt) {
        QJsonObject marketing;
        if (u.tomskRts)
            marketing.insert("tomskRts"_L1, subscriptionJson(*u.tomskRts));
        if (u.tomskEnergosbyt)
            marketing.insert("tomskEnergosbyt"_L1, subscriptionJson(*u.tomskEnergosbyt));
        o.insert("marketing"_L1, marketing);
    }
    return toBytes(o);
}

QByteArray encodeEmailChange(const QString& newEmail, const QString& currentPassword) {
    return toBytes({{"newEmail"_L1, rules::normalizedEmail(newEmail)}, {"currentPassword"_L1, currentPassword}});
}

QByteArray encodeCode(const QString& code) {
    return toBytes({{"code"_L1, code.trimmed()}});
}

QByteArray encodePasswordChange(const QString& currentPassword, const QString& newPassword) {
    return toBytes({{"currentPassword"_L1, currentPassword}, {"newPassword"_L1, newPassword}});
}

Result<RegistrationAccepted> parseRegistrationAccepted(const QByteArray& body) {
    return readObject<RegistrationAccepted>(body, [](JsonReader& r) {
        RegistrationAccepted a;
        a.email = r.string("email"_L1);
        if (r.ok() && a.email.isEmpty())
            r.fail("email"_L1, u"is empty"_s);
        a.codeLength = r.count("codeLength"_L1);
        a.expiresIn = r.count("expiresIn"_L1);
        a.resendAfter = r.count("resendAfter"_L1);
        return a;
    });
}

Result<int> parseResendAccepted(const QByteArray& body) {
    return readObject<int>(body, [](JsonReader& r) { return r.count("resendAfter"_L1); });
}

Result<RecoveryAccepted> parseRecoveryAccepted(const QByteArray& body) {
    return readObject<RecoveryAccepted>(body, [](JsonReader& r) {
        RecoveryAccepted a;
        a.codeLength = r.count("codeLength"_L1);
        a.expiresIn = r.count("expiresIn"_L1);
        return a;
    });
}

Result<EmailChangeAccepted> parseEmailChangeAccepted(const QByteArray& body) {
    return readObject<EmailChangeAccepted>(body, [](JsonReader& r) {
        EmailChangeAccepted a;
        a.pendingEmail = r.string("pendingEmail"_L1);
        if (r.ok() && a.pendingEmail.isEmpty())
            r.fail("pendingEmail"_L1, u"is empty"_s);
        a.codeLength = r.count("codeLength"_L1);
        a.expiresIn = r.count("expiresIn"_L1);
        return a;
    });
}

} // namespace lkk::json
