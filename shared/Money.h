#pragma once

#include "shared/Decimal.h"

#include <QLocale>
#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <compare>
#include <optional>

namespace lkk {

// An amount of roubles held as whole kopecks. Money never goes through floating point: parsing,
// formatting and tariff × quantity are all integer arithmetic, and every operation that could
// overflow is checked and says so instead of wrapping.
//
// Text forms (docs/billing-import.md, "Money"):
//  - display:  "62 918,45 руб." — groups of three separated by U+00A0 NO-BREAK SPACE, ',' before
//              the kopecks, U+00A0 before "руб.", '-' (U+002D) for negative amounts: "-2,13 руб.".
//  - machine:  "62918.45", "-2.13", "0.00" (for logs, CSV, the QR code's roubles, tests).
//  - text:     the display form in the words of a locale, for the client's screens: the display
//              form above in Russian, "62,918.45 RUB" in English. Printed bills, receipts and
//              mail keep the display form whatever the language.
//  - parse():  what a person types or copies from a bill (see the function).
class Money {
public:
    enum class ParseError {
        Empty,           // nothing but spaces
        Syntax,          // letters, exponents, bad grouping, a lone separator…
        TooManyDecimals, // more than two digits after the separator ("1234.567")
        Overflow,        // beyond what 64-bit kopecks hold
    };

    // The digit-group separator and the space before the currency in the display form.
    static constexpr char16_t groupSeparator = u'\u00A0';

    constexpr Money() = default;
    static constexpr Money fromKopecks(qint64 kopecks) { return Money(kopecks); }

    // Accepts, after trimming spaces:  [-]digits[(.|,)d[d]] [currency]
    //  - digits may be grouped by threes with a space, U+00A0 or U+202F: "1 234 567,89"
    //    (the first group 1–3 digits, every further group exactly 3);
    //  - one or two kopeck digits ("1234.5" is 1 234,50); none at all means whole roubles;
    //  - the currency, optional, after an optional space: "руб.", "руб", "р." or "₽"
    //    (any letter case), so a display string or a copied bill figure parses back;
    //  - '-' or U+2212 for a negative amount (an overpayment on a bill). No '+'.
    // Rejected: "", "1234.5x", "1234.567", "1e3", ".5", "1234.", "12 34", overflow.
    static std::optional<Money> parse(QStringView text, ParseError* error = nullptr);

    qint64 kopecks() const { return m_kopecks; }
    bool isZero() const { return m_kopecks == 0; }
    bool isNegative() const { return m_kopecks < 0; }

    QString toDisplayString() const; // "62 918,45 руб."
    QString toDisplayNumber() const; // "62 918,45" (a table column that names the currency once)
    QString toMachineString() const; // "62918.45"
    // The text form in `locale`'s language (English: "62,918.45 RUB"; otherwise the display form).
    QString toText(const QLocale& locale = QLocale()) const;
    QString toTextNumber(const QLocale& locale = QLocale()) const; // "62,918.45" in English
    // For a field the user edits, in a form parse() reads back: "62918.45" in English (its ','
    // would read as the kopecks' separator), the display number otherwise.
    QString toInputText(const QLocale& locale = QLocale()) const;

    // Checked arithmetic: nullopt on 64-bit overflow.
    std::optional<Money> plus(Money other) const;
    std::optional<Money> minus(Money other) const;
    std::optional<Money> negated() const;

    // price × quantity [× factor], rounded once, half away from zero, to the kopeck. The manual's
    // heating line (docs/domain.md §4.4): 1 947,69 × 0,0280 × 60,6 = 3 304,840392 -> 3 304,84.
    // nullopt on overflow.
    static std::optional<Money> multiply(Money price, const Decimal& quantity);
    static std::optional<Money> multiply(Money price, const Decimal& quantity, const Decimal& factor);

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr auto operator<=>(Money, Money) = default;

private:
    constexpr explicit Money(qint64 kopecks)
        : m_kopecks(kopecks) {}

    qint64 m_kopecks = 0;
};

// Divides n by 10^scale rounding half away from zero (scale 0..18).
qint64 roundedDivideByPowerOfTen(qint64 n, int scale);

} // namespace lkk
