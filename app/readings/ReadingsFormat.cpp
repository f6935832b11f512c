#include "app/readings/ReadingsFormat.h"

#include "shared/MonthText.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lkk::readingsformat {

namespace {
QString translated(const char* text) {
    return QCoreApplication::translate("lkk::ReadingsFormat", text);
}

QDate monthOf(const QString& period) {
    if (period.size() != 7)
        return {};
    return QDate::fromString(period + u"-01"_s, Qt::ISODate);
}
} // namespace

QString grouped(const Decimal& value) {
    const QString plain = value.toString(); // "-99990.000"
    const bool negative = plain.startsWith(u'-');
    const QString body = negative ? plain.mid(1) : plain;
    const qsizetype point = body.indexOf(u'.');
    const QString integer = point < 0 ? body : body.left(point);
    QString out;
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0)
            out += QChar(0x00A0);
        out += integer.at(i);
    }
    if (point >= 0)
        out += u',' + body.mid(point + 1);
    return negative ? u'-' + out : out;
}

QString grouped(const QString& machineText) {
    const auto value = Decimal::parse(machineText);
    return value ? grouped(*value) : machineText;
}

QString withUnit(const QString& machineText, const QString& unit) {
    const QString number = grouped(machineText);
    return unit.isEmpty() ? number : number + QChar(0x00A0) + unit;
}

QString zoneLabel(const QString& zone) {
    if (zone == "T1"_L1)
        return translated(QT_TRANSLATE_NOOP("lkk::ReadingsFormat", "T1 (day)"));
    if (zone == "T2"_L1)
        return translated(QT_TRANSLATE_NOOP("lkk::ReadingsFormat", "T2 (night)"));
    if (zone == "T3"_L1)
        return translated(QT_TRANSLATE_NOOP("lkk::ReadingsFormat", "T3 (peak)"));
    return zone;
}

QString monthYear(const QString& period) {
    const QDate month = monthOf(period);
    if (!month.isValid())
        return period;
    return monthInText(month.month()) + u' ' + QString::number(month.year());
}

QString shortMonthYear(const QString& period) {
    const QDate month = monthOf(period);
    if (!month.isValid())
        return period;
    // Three letters in every language («ноя», «Nov»): the locale's short forms vary («нояб.», «май»).
    QString name = monthInText(month.month(), QLocale::ShortFormat);
    name.remove(u'.');
    return name.left(3) + u' ' + QString::number(month.year());
}

} // namespace lkk::readingsformat
