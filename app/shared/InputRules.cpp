#include "InputRules.h"

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
    // Deliberately simple: one @, a non-empty local part, a dotted domain, no spaces. The real
    // check is the confirmation mail.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
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

} // namespace lkk::rules
