#include "shared/Decimal.h"

#include <QtNumeric>

namespace lkk {

qint64 powerOfTen(int n) {
    Q_ASSERT(n >= 0 && n <= 18);
    qint64 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

std::optional<Decimal> Decimal::fromUnits(qint64 units, int scale) {
    if (scale < 0 || scale > maxScale)
        return std::nullopt;
    return Decimal(units, scale);
}

std::optional<Decimal> Decimal::parse(QStringView text, int maxFractionDigits, Separators separators,
                                      ParseError* error) {
    auto fail = [error](ParseError e) -> std::optional<Decimal> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(ParseError::Empty);

    qsizetype i = 0;
    bool negative = false;
    // U+2212 is what typographic sources (and our own display of negative amounts elsewhere) use.
    if (t[0] == u'-' || t[0] == QChar(0x2212)) {
        negative = true;
        ++i;
    }
    qint64 units = 0;
    bool overflow = false;
    auto pushDigit = [&](char16_t c) {
        overflow = overflow || qMulOverflow(units, qint64(10), &units) || qAddOverflow(units, qint64(c - u'0'), &units);
    };
    qsizetype intDigits = 0;
    for (; i < t.size() && t[i].unicode() >= u'0' && t[i].unicode() <= u'9'; ++i, ++intDigits)
        pushDigit(t[i].unicode());
    if (intDigits == 0)
        return fail(ParseError::Syntax);

    int fraction = 0;
    if (i < t.size()) {
        const char16_t sep = t[i].unicode();
        const bool sepOk = sep == u'.' || (sep == u',' && separators == Separators::DotOrComma);
        if (!sepOk)
            return fail(ParseError::Syntax);
        ++i;
        for (; i < t.size() && t[i].unicode() >= u'0' && t[i].unicode() <= u'9'; ++i, ++fraction)
            pushDigit(t[i].unicode());
        if (fraction == 0 || i != t.size())
            return fail(ParseError::Syntax);
    }
    if (fraction > maxFractionDigits || fraction > maxScale)
        return fail(ParseError::TooManyDecimals);
    if (overflow)
        return fail(ParseError::Overflow);
    return Decimal(negative ? -units : units, fraction);
}

int Decimal::integerDigits() const {
    // Work on the magnitude without negating (|INT64_MIN| does not fit).
    qint64 whole = m_units / powerOfTen(m_scale);
    int digits = 1;
    while (whole >= 10 || whole <= -10) {
        whole /= 10;
        ++digits;
    }
    return digits;
}

std::optional<Decimal> Decimal::rescaled(int scale) const {
    if (scale < 0 || scale > maxScale)
        return std::nullopt;
    if (scale >= m_scale) {
        qint64 u = 0;
        if (qMulOverflow(m_units, powerOfTen(scale - m_scale), &u))
            return std::nullopt;
        return Decimal(u, scale);
    }
    const qint64 d = powerOfTen(m_scale - scale);
    if (m_units % d != 0)
        return std::nullopt;
    return Decimal(m_units / d, scale);
}

static QString format(qint64 units, int scale, QChar separator) {
    // Digits of the magnitude, built from the remainders so INT64_MIN needs no negation.
    QString digits;
    qint64 v = units;
    do {
        const int digit = int(v % 10);
        digits.prepend(QChar(u'0' + (digit < 0 ? -digit : digit)));
        v /= 10;
    } while (v != 0);
    while (digits.size() <= scale)
        digits.prepend(u'0');
    if (scale > 0)
        digits.insert(digits.size() - scale, separator);
    if (units < 0)
        digits.prepend(u'-');
    return digits;
}

QString Decimal::toString() const {
    return format(m_units, m_scale, u'.');
}

QString Decimal::toDisplayString() const {
    return format(m_units, m_scale, u',');
}

std::optional<int> Decimal::compare(const Decimal& other) const {
    const int s = qMax(m_scale, other.m_scale);
    const auto a = rescaled(s);
    const auto b = other.rescaled(s);
    if (!a || !b)
        return std::nullopt;
    return a->m_units < b->m_units ? -1 : (a->m_units > b->m_units ? 1 : 0);
}

bool Decimal::equals(const Decimal& other) const {
    const auto c = compare(other);
    return c && *c == 0;
}

} // namespace lkk
