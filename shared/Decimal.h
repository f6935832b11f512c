#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <optional>

namespace lkk {

// An exact decimal number held as an integer and a power-of-ten scale: 0,0280 is {280, 4},
// 60.6 is {606, 1}. Quantities on bills (Гкал/м², м³, кВт·ч), areas and meter readings use it, so
// nothing in the billing path ever goes through floating point.
class Decimal {
public:
    static constexpr int maxScale = 6;

    enum class ParseError {
        Empty,           // nothing but spaces
        Syntax,          // not digits[.digits] (exponents, letters, a lone separator…)
        TooManyDecimals, // more fraction digits than allowed
        Overflow,        // does not fit in 64 bits at its scale
    };

    // Which decimal separators parse() accepts: machine text (JSON, the exchange format) takes
    // only '.', text a person typed takes ',' too. Neither takes thousands separators.
    enum class Separators { DotOnly, DotOrComma };

    constexpr Decimal() = default;
    // nullopt when scale is outside 0..maxScale.
    static std::optional<Decimal> fromUnits(qint64 units, int scale);
    static Decimal fromInteger(qint64 value) { return Decimal(value, 0); }

    // "-12.3400" -> {-123400, 4}: the scale is the number of fraction digits written, so trailing
    // zeros are kept ("0.0280" stays scale 4, as printed on the bill).
    static std::optional<Decimal> parse(QStringView text, int maxFractionDigits = maxScale,
                                        Separators separators = Separators::DotOnly, ParseError* error = nullptr);

    qint64 units() const { return m_units; }
    int scale() const { return m_scale; }
    bool isNegative() const { return m_units < 0; }
    // Digits before the point, ignoring the sign ("0.5" has 1): what a meter's capacity limits.
    int integerDigits() const;

    // The same value at a larger scale (exact), or at a smaller one when no non-zero digit is
    // dropped; nullopt on overflow or loss.
    std::optional<Decimal> rescaled(int scale) const;

    // Machine form with '.' and exactly scale() fraction digits: "0.0280", "-3", "60.6".
    QString toString() const;
    // Russian form: ',' as the decimal separator, no grouping: "0,0280".
    QString toDisplayString() const;

    // Numeric comparison across scales (60.6 == 60.60); false when rescaling would overflow.
    bool equals(const Decimal& other) const;
    // -1, 0, 1; nullopt only if the values cannot be brought to one scale without overflow.
    std::optional<int> compare(const Decimal& other) const;

private:
    constexpr Decimal(qint64 units, int scale)
        : m_units(units)
        , m_scale(scale) {}

    qint64 m_units = 0;
    int m_scale = 0;
};

// 10^n for n in 0..18.
qint64 powerOfTen(int n);

} // namespace lkk
