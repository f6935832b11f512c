#include "app/registration/FieldMessages.h"

#include "app/api/ApiError.h"
#include "shared/ErrorCodes.h"

using namespace Qt::StringLiterals;

namespace lkk {

using rules::Violation;

QString FieldMessages::email(Violation v) {
    switch (v) {
    case Violation::Required:
        return tr("Enter your e-mail");
    case Violation::TooLong:
        return tr("The e-mail is too long");
    default:
        return tr("Invalid e-mail format");
    }
}

QString FieldMessages::newPassword(Violation v) {
    switch (v) {
    case Violation::Required:
        return tr("Enter a password");
    case Violation::TooLong:
        return tr("The password may be at most %1 characters long").arg(rules::maxPasswordLength);
    case Violation::PasswordTooShort:
        return tr("The password must be at least %1 characters long").arg(rules::minPasswordLength);
    case Violation::PasswordNeedsDigit:
        return tr("The password must contain a digit");
    case Violation::PasswordNeedsLower:
        return tr("The password must contain a lower-case Latin letter");
    case Violation::PasswordNeedsUpper:
        return tr("The password must contain an upper-case Latin letter");
    default:
        return tr("Use only Latin letters, digits and punctuation in the password");
    }
}

QString FieldMessages::phone(Violation v) {
    if (v == Violation::Required)
        return tr("Enter your mobile phone number");
    return tr("Enter the mobile phone number in the format +7 XXX XXX-XX-XX");
}

QString FieldMessages::name(Violation v, const QString& field) {
    if (v == Violation::Required)
        return field == "firstName"_L1 ? tr("Enter your first name") : tr("Enter your surname");
    if (v == Violation::TooLong)
        return tr("At most %1 characters").arg(rules::maxNameLength);
    return tr("Use only letters, spaces, hyphens and apostrophes");
}

QString FieldMessages::birthDate() {
    return tr("Enter your real date of birth");
}

QString FieldMessages::passwordsDiffer() {
    return tr("The passwords do not match");
}

QString FieldMessages::checkEmail(const QString& value) {
    const auto v = rules::checkEmail(value);
    return v ? email(*v) : QString();
}

QString FieldMessages::checkNewPassword(const QString& password) {
    const auto v = rules::checkNewPassword(password);
    return v ? newPassword(*v) : QString();
}

QString FieldMessages::checkRepeat(const QString& password, const QString& repeat) {
    if (repeat.isEmpty())
        return tr("Repeat the password");
    return password == repeat ? QString() : passwordsDiffer();
}

QString FieldMessages::checkPhone(const QString& value, bool required) {
    const auto v = rules::checkPhone(value, required);
    return v ? phone(*v) : QString();
}

QString FieldMessages::checkName(const QString& value, const QString& field, bool required) {
    const auto v = rules::checkPersonName(value, required);
    return v ? name(*v, field) : QString();
}

QString FieldMessages::checkBirthDate(const QDate& date, const QDate& today) {
    return rules::checkBirthDate(date, today) ? birthDate() : QString();
}

QString FieldMessages::checkCode(const QString& code, int length) {
    const QString c = code.trimmed();
    bool digits = !c.isEmpty();
    for (const QChar ch : c)
        digits = digits && ch.unicode() >= u'0' && ch.unicode() <= u'9';
    if (c.isEmpty())
        return tr("Enter the code from the e-mail");
    if (!digits || c.size() != length)
        return tr("The code is %n digits from the e-mail", nullptr, length);
    return {};
}

FieldError FieldMessages::fromApiError(const ApiError& e) {
    if (e.kind != ApiError::Kind::Http)
        return {QString(), e.message};
    QString message = e.message;
    if ((e.is(errc::confirmationCodeInvalid) || e.is(errc::recoveryCodeInvalid)) && e.attemptsLeft)
        message = tr("%1 Attempts left: %2").arg(message).arg(*e.attemptsLeft);
    if (e.is(errc::tooManyAttempts) && e.retryAfterSeconds && *e.retryAfterSeconds > 0)
        message = tr("%1 Try again in %n min.", nullptr, (*e.retryAfterSeconds + 59) / 60).arg(message);
    QString field = e.field;
    if (e.is(errc::confirmationCodeInvalid) || e.is(errc::recoveryCodeInvalid) || e.is(errc::confirmationExpired) ||
        e.is(errc::recoveryExpired))
        field = u"code"_s;
    if (e.is(errc::captchaInvalid) || e.is(errc::captchaRequired))
        field = u"captchaAnswer"_s;
    if (e.is(errc::wrongPassword))
        field = u"currentPassword"_s;
    return {field, message};
}

PasswordStrength PasswordStrength::of(const QString& password) {
    PasswordStrength s;
    if (password.isEmpty())
        return s;
    bool digit = false, lower = false, upper = false, symbol = false, other = false;
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        digit = digit || (u >= '0' && u <= '9');
        lower = lower || (u >= 'a' && u <= 'z');
        upper = upper || (u >= 'A' && u <= 'Z');
        symbol = symbol || (u >= 0x21 && u <= 0x7e && !QChar(u).isLetterOrNumber());
        other = other || u < 0x21 || u > 0x7e;
    }
    if (password.size() < rules::minPasswordLength)
        s.missing << FieldMessages::tr("at least %1 characters").arg(rules::minPasswordLength);
    if (!digit)
        s.missing << FieldMessages::tr("a digit");
    if (!lower)
        s.missing << FieldMessages::tr("a lower-case Latin letter");
    if (!upper)
        s.missing << FieldMessages::tr("an upper-case Latin letter");
    if (other)
        s.missing << FieldMessages::tr("only Latin letters, digits and punctuation");
    if (!s.missing.isEmpty())
        s.level = Level::Weak;
    else
        s.level = (password.size() >= 12 || symbol) ? Level::Strong : Level::Medium;
    return s;
}

QString PasswordStrength::text() const {
    switch (level) {
    case Level::Empty:
        return {};
    case Level::Weak:
        return FieldMessages::tr("Strength: weak. Missing: %1").arg(missing.join(u", "_s));
    case Level::Medium:
        return FieldMessages::tr("Strength: medium. Longer (12+) or with a symbol is stronger");
    case Level::Strong:
        return FieldMessages::tr("Strength: strong");
    }
    return {};
}

} // namespace lkk
