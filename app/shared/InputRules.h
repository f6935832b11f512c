#pragma once

#include <QString>
#include <optional>

// Input rules that the client checks inline and the server checks again. One implementation so
// the two can never disagree; the texts shown to people live on each side (tr() in the client,
// the server's message catalogue), keyed by the Violation.
namespace lkk::rules {

enum class Violation {
    Required,
    TooLong,
    EmailFormat,
    PasswordTooShort,
    PasswordNeedsDigit,
    PasswordNeedsLower,
    PasswordNeedsUpper,
    PasswordNonLatin,
    AccountNumberNotDigits, // something other than digits and spaces
    AccountNumberLength,    // not 6–15 digits once the spaces are removed
};

inline constexpr int maxEmailLength = 254;
inline constexpr int minPasswordLength = 8;
inline constexpr int maxPasswordLength = 128;
inline constexpr int minAccountNumberDigits = 6;
inline constexpr int maxAccountNumberDigits = 15;

// Trims and lower-cases an e-mail address: logins compare in this form.
QString normalizedEmail(const QString& email);

std::optional<Violation> checkEmail(const QString& email);
// For signing in only presence and length matter: old passwords may predate today's rules.
std::optional<Violation> checkLoginPassword(const QString& password);
// For new passwords (registration, change, recovery): the manual's rules, section 1.
std::optional<Violation> checkNewPassword(const QString& password);

// Personal account numbers are printed on bills with spaces between digit groups; the canonical
// form drops every space (ASCII, no-break and thin) and the surrounding blanks.
QString normalizedAccountNumber(const QString& number);
// Required, then digits (and spaces) only, then 6–15 digits after normalization.
std::optional<Violation> checkAccountNumber(const QString& number);

} // namespace lkk::rules
