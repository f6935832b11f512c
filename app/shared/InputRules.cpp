#include "InputRules.h"

#include <QRegularExpression>

namespace lkk::rules {

QString normalizedEmail(const QString& email)
{
    return email.trimmed().toLower();
}

std::optional<Violation> checkEmail(const QString& email)
{
    const QString e = email.trimmed();
    if (e.isEmpty())
        return Violation::Required;
    if (e.size() > maxEmailLength)
        return Violation::TooLong;
    // Deliberately simple: one @, a non-empty local part, a dotted domain, no spaces. The real
    // check is the confirmation mail.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    if (!pattern.match(e).hasMatch())
        return Violation::EmailFormat;
    return std::nullopt;
}

std::optional<Violation> checkLoginPassword(const QString& password)
{
    if (password.isEmpty())
        return Violation::Required;
    if (password.size() > maxPasswordLength)
        return Violation::TooLong;
    return std::nullopt;
}

std::optional<Violation> checkNewPassword(const QString& password)
{
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

} // namespace lkk::rules
