#include "shared/Money.h"

#include <QtNumeric>

namespace lkk {

namespace {

bool isSpace(QChar c) {
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

bool isDigit(QChar c) {
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Removes a trailing currency mark and the space before it.
QStringView withoutCurrency(QStringView t) {
    static const char16_t* const marks[] = {u"руб.", u"руб", u"р.", u"₽"};
    for (const char16_t* mark : marks) {
        const QStringView m(mark);
        if (t.endsWith(m, Qt::CaseInsensitive)) {
            t.chop(m.size());
            while (!t.isEmpty() && isSpace(t.back()))
                t.chop(1);
            return t;
        }
    }
    return t;
}

} // namespace

qint64 roundedDivideByPowerOfTen(qint64 n, int scale) {
    if (scale == 0)
        return n;
    const qint64 d = powerOfTen(scale);
    qint64 q = n / d;
    const qint64 r = n % d; // has the sign of n
    if ((r < 0 ? -r : r) * 2 >= d)
        q += n < 0 ? -1 : 1;
    return q;
}

std::optional<Money> Money::parse(QStringView text, ParseError* error) {
    auto fail = [error](ParseError e) -> std::optional<Money> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(ParseError::Empty);
    t = withoutCurrency(t);
    if (t.isEmpty())
        return fail(ParseError::Syntax);

    qsizetype i = 0;
    bool negative = false;
    if (t[0] == u'-' || t[0] == QChar(0x2212)) {
        negative = true;
        ++i;
    }

    qint64 roubles = 0;
    bool overflow = false;
    int groupDigits = 0; // digits in the current group
    int groups = 0;      // completed groups before a separator
    bool grouped = false;
    for (; i < t.size(); ++i) {
        const QChar c = t[i];
        if (isDigit(c)) {
            overflow = overflow || qMulOverflow(roubles, qint64(10), &roubles) ||
                       qAddOverflow(roubles, qint64(c.unicode() - u'0'), &roubles);
            ++groupDigits;
        } else if (isSpace(c)) {
            // A group separator: the first group has 1–3 digits, every later one exactly 3.
            if (groupDigits == 0 || groupDigits > 3 || (groups > 0 && groupDigits != 3))
                return fail(ParseError::Syntax);
            grouped = true;
            ++groups;
            groupDigits = 0;
        } else {
            break;
        }
    }
    if (groupDigits == 0 || (grouped && groupDigits != 3))
        return fail(ParseError::Syntax);

    qint64 kopecks = 0;
    int fraction = 0;
    if (i < t.size()) {
        if (t[i] != u'.' && t[i] != u',')
            return fail(ParseError::Syntax);
        ++i;
        for (; i < t.size() && isDigit(t[i]); ++i, ++fraction) {
            if (fraction < 2)
                kopecks = kopecks * 10 + (t[i].unicode() - u'0');
        }
        if (fraction == 0 || i != t.size())
            return fail(ParseError::Syntax);
        if (fraction > 2)
            return fail(ParseError::TooManyDecimals);
        if (fraction == 1)
            kopecks *= 10;
    }
    qint64 total = 0;
    if (overflow || qMulOverflow(roubles, qint64(100), &total) || qAddOverflow(total, kopecks, &total))
        return fail(ParseError::Overflow);
    return Money(negative ? -total : total);
}

QString Money::toMachineString() const {
    return Decimal::fromUnits(m_kopecks, 2)->toString();
}

QString Money::toDisplayNumber() const {
    const QString plain = Decimal::fromUnits(m_kopecks, 2)->toDisplayString(); // "-62918,45"
    const qsizetype digitsStart = m_kopecks < 0 ? 1 : 0;
    const qsizetype intEnd = plain.size() - 3;
    QString out = plain.left(digitsStart);
    for (qsizetype k = digitsStart; k < intEnd; ++k) {
        if (k > digitsStart && (intEnd - k) % 3 == 0)
            out += QChar(groupSeparator);
        out += plain[k];
    }
    out += plain.mid(intEnd);
    return out;
}

QString Money::toDisplayString() const {
    return toDisplayNumber() + QChar(groupSeparator) + QStringLiteral("руб.");
}

QString Money::toTextNumber(const QLocale& locale) const {
    if (locale.language() != QLocale::English)
        return toDisplayNumber();
    QString text = toDisplayNumber();
    text.replace(u',', u'.');
    text.replace(QChar(groupSeparator), u',');
    return text;
}

QString Money::toText(const QLocale& locale) const {
    if (locale.language() != QLocale::English)
        return toDisplayString();
    return toTextNumber(locale) + QChar(groupSeparator) + QStringLiteral("RUB");
}

QString Money::toInputText(const QLocale& locale) const {
    return locale.language() == QLocale::English ? toMachineString() : toDisplayNumber();
}

std::optional<Money> Money::plus(Money other) const {
    qint64 r = 0;
    if (qAddOverflow(m_kopecks, other.m_kopecks, &r))
        return std::nullopt;
    return Money(r);
}

std::optional<Money> Money::minus(Money other) const {
    qint64 r = 0;
    if (qSubOverflow(m_kopecks, other.m_kopecks, &r))
        return std::nullopt;
    return Money(r);
}

std::optional<Money> Money::negated() const {
    return Money().minus(*this);
}

std::optional<Money> Money::multiply(Money price, const Decimal& quantity) {
    return multiply(price, quantity, Decimal::fromInteger(1));
}

std::optional<Money> Money::multiply(Money price, const Decimal& quantity, const Decimal& factor) {
    qint64 product = 0;
    if (qMulOverflow(price.m_kopecks, quantity.units(), &product) || qMulOverflow(product, factor.units(), &product))
        return std::nullopt;
    return Money(roundedDivideByPowerOfTen(product, quantity.scale() + factor.scale()));
}

} // namespace lkk
