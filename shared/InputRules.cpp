#include "shared/InputRules.h"

#include <QRegularExpression>

namespace lkk::rules {

QString normalizedEmail(const QString& email) {
    return email.trimmed().toLower();
}

std::optional<Violation> checkEmail(const QString& email) {
    const QString e = email.trimmed();
    if (e.isEmpty())
        return Violation::Required;
    if (e.size() > maxEmailLength)
        return Violation::TooLong;
    // Deliberately simple: one @, a non-empty local part, a dotted domain, no spaces and nothing
    // unprintable (\p{C}: control and format characters such as NUL, ESC, bidi overrides), which
    // would reach logs, mail headers and pages. The real check is the confirmation mail.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s\p{C}]+@[^@\s.\p{C}]+(\.[^@\s.\p{C}]+)+$)"));
    if (!pattern.match(e).hasMatch())
        return Violation::EmailFormat;
    return std::nullopt;
}

std::optional<Violation> checkLoginPassword(const QString& password) {
    if (password.isEmpty())
        return Violation::Required;
    if (password.size() > maxPasswordLength)
        return Violation::TooLong;
    return std::nullopt;
}

std::optional<Violation> checkNewPassword(const QString& password) {
    if (password.isEmpty())
        return Violation::Required;
    if (password.size() > maxPasswordLength)
        return Violation::TooLong;
    if (password.size() < minPasswordLength)
        return Violation::PasswordTooShort;
    bool digit = false, lower = false, upper = false;
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        if (u < 0x21 || u > 0x7e)
            return Violation::PasswordNonLatin;
        digit = digit || (u >= '0' && u <= '9');
        lower = lower || (u >= 'a' && u <= 'z');
        upper = upper || (u >= 'A' && u <= 'Z');
    }
    if (!digit)
        return Violation::PasswordNeedsDigit;
    if (!lower)
        return Violation::PasswordNeedsLower;
    if (!upper)
        return Violation::PasswordNeedsUpper;
    return std::nullopt;
}

QString normalizedAccountNumber(const QString& number) {
    QString out;
    out.reserve(number.size());
    for (const QChar c : number) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

std::optional<Violation> checkAccountNumber(const QString& number) {
    const QString n = normalizedAccountNumber(number);
    if (n.isEmpty())
        return Violation::Required;
    for (const QChar c : n) {
        // ASCII digits only: other scripts' digits are not account numbers.
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return Violation::AccountNumberNotDigits;
    }
    if (n.size() < minAccountNumberDigits || n.size() > maxAccountNumberDigits)
        return Violation::AccountNumberLength;
    return std::nullopt;
}

// ---- Registration and profile ----

QString normalizedPhone(const QString& phone) {
    QString digits;
    bool plus = false;
    for (const QChar c : phone.trimmed()) {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9')
            digits.append(c);
        else if (u == '+' && digits.isEmpty() && !plus)
            plus = true;
        else if (!(c.isSpace() || u == '-' || u == '(' || u == ')' || u == '.'))
            return {};
    }
    QString national; // ten digits starting with 9
    if (plus) {
        if (digits.size() == 11 && digits.startsWith(u'7'))
            national = digits.mid(1);
    } else if (digits.size() == 11 && (digits.startsWith(u'8') || digits.startsWith(u'7'))) {
        national = digits.mid(1);
    } else if (digits.size() == 10) {
        national = digits;
    }
    if (national.size() != 10 || !national.startsWith(u'9'))
        return {};
    return QStringLiteral("+7") + national;
}

std::optional<Violation> checkPhone(const QString& phone, bool required) {
    if (phone.trimmed().isEmpty())
        return required ? std::optional(Violation::Required) : std::nullopt;
    if (normalizedPhone(phone).isEmpty())
        return Violation::PhoneFormat;
    return std::nullopt;
}

QString displayPhone(const QString& e164) {
    static const QRegularExpression russian(QStringLiteral(R"(^\+7(\d{3})(\d{3})(\d{2})(\d{2})$)"));
    const auto m = russian.match(e164);
    if (!m.hasMatch())
        return e164;
    return QStringLiteral("+7 %1 %2-%3-%4").arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4));
}

std::optional<Violation> checkPersonName(const QString& name, bool required) {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return required ? std::optional(Violation::Required) : std::nullopt;
    if (n.size() > maxNameLength)
        return Violation::TooLong;
    bool letter = false;
    for (const QChar c : n) {
        const char16_t u = c.unicode();
        const bool latin = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
        const bool cyrillic = (u >= 0x0410 && u <= 0x044F) || u == 0x0401 || u == 0x0451;
        letter = letter || latin || cyrillic;
        if (!(latin || cyrillic || u == ' ' || u == '-' || u == '\'' || u == 0x2019))
            return Violation::NameCharacters;
    }
    if (!letter)
        return Violation::NameCharacters;
    return std::nullopt;
}

std::optional<Violation> checkBirthDate(const QDate& birthDate, const QDate& today) {
    if (birthDate.isNull())
        return std::nullopt;
    if (!birthDate.isValid() || birthDate > today || birthDate > today.addYears(-minAge) ||
        birthDate < today.addYears(-maxAge))
        return Violation::BirthDate;
    return std::nullopt;
}

std::optional<Violation> checkSex(const QString& sex) {
    if (sex.isEmpty() || sex == QLatin1StringView("male") || sex == QLatin1StringView("female"))
        return std::nullopt;
    return Violation::SexValue;
}

} // namespace lkk::rules
