#pragma once

#include <QDate>
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
    // Registration and profile.
    PhoneFormat,    // not a Russian mobile number in one of the accepted spellings
    NameCharacters, // something other than letters, space, hyphen, apostrophe
    BirthDate,      // in the future, younger than 14 or older than 120
    SexValue,       // not "male", "female" or ""
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
// For new passwords (registration, change, recovery): at least 8 characters with digits, upper-
// and lower-case Latin letters (docs/manual.md §1).
std::optional<Violation> checkNewPassword(const QString& password);

// Personal account numbers are printed on bills with spaces between digit groups; the canonical
// form drops every space (ASCII, no-break and thin) and the surrounding blanks.
QString normalizedAccountNumber(const QString& number);
// Required, then digits (and spaces) only, then 6–15 digits after normalization.
std::optional<Violation> checkAccountNumber(const QString& number);

// ---- Registration and profile ----
inline constexpr int maxNameLength = 50;
inline constexpr int minAge = 14;
inline constexpr int maxAge = 120;

// A Russian mobile number as people type it: «+7 913 123-45-67», «8 (913) 123 45 67»,
// «89131234567», «9131234567», «+79131234567» -> "+79131234567" (E.164); empty when it is none of
// these (spaces, hyphens, dots and brackets are ignored; the number itself must start with 9).
QString normalizedPhone(const QString& phone);
// Required (when `required`), then the format. Empty and not required is fine.
std::optional<Violation> checkPhone(const QString& phone, bool required);
// "+79131234567" -> «+7 913 123-45-67»; anything else as given.
QString displayPhone(const QString& e164);

// Surname, first name, patronymic: letters (Cyrillic/Latin), space, hyphen, apostrophe; 1–50
// after trimming. Empty is fine when not required (the patronymic).
std::optional<Violation> checkPersonName(const QString& name, bool required);

// Not in the future (relative to `today`), age between 14 and 120. A null date is "not given": fine.
std::optional<Violation> checkBirthDate(const QDate& birthDate, const QDate& today);

// "male", "female" or "" (not given).
std::optional<Violation> checkSex(const QString& sex);

} // namespace lkk::rules
