#include "app/operator/CopyText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lkk::copytext {

QString amount(Money money) {
    return money.toMachineString();
}

QString date(const QDate& date) {
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString month(const QDate& date) {
    return date.toString(QStringLiteral("MM.yyyy"));
}

QString number(const QString& shown) {
    QString digits = shown;
    digits.remove(u' ').remove(QChar(0x00A0));
    return digits;
}

QString amountFromShown(const QString& shown) {
    // Digits, group separators (space, U+00A0, U+202F, or the other separator), an optional
    // decimal separator with exactly two kopeck digits, and a currency word around.
    static const QRegularExpression figure(
        uR"(^\s*([-\x{2212}]?)(\d{1,3}(?:[ \x{00A0}\x{202F},.]?\d{3})*)(?:([,.])(\d{2}))?\s*(?:руб\.?|р\.|₽|RUB)?\s*$)"_s,
        QRegularExpression::UseUnicodePropertiesOption); // \s takes U+00A0 too
    const QRegularExpressionMatch m = figure.match(shown);
    if (!m.hasMatch())
        return {};
    QString roubles = m.captured(2);
    roubles.remove(QRegularExpression(u"[^0-9]"_s));
    const QString kopecks = m.captured(4).isEmpty() ? u"00"_s : m.captured(4);
    return (m.captured(1).isEmpty() ? QString() : u"-"_s) + roubles + u'.' + kopecks;
}

QString dateFromShown(const QString& shown) {
    const QDate parsed = QDate::fromString(shown.trimmed(), u"dd.MM.yyyy"_s);
    return parsed.isValid() ? date(parsed) : QString();
}

QString numberFromShown(const QString& shown) {
    const QString digits = number(shown.trimmed());
    static const QRegularExpression onlyDigits(u"^\\d+$"_s);
    return onlyDigits.match(digits).hasMatch() ? digits : QString();
}

} // namespace lkk::copytext
