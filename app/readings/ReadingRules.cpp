#include "app/readings/ReadingRules.h"

#include "app/readings/ReadingsFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
QString translated(const char* text) {
    return QCoreApplication::translate("lkk::ReadingRules", text);
}

// Both at the meter's fraction digits (the server normalizes to them too).
std::optional<Decimal> atScale(const QString& machineText, int scale) {
    const auto value = Decimal::parse(machineText);
    if (!value)
        return std::nullopt;
    return value->rescaled(scale);
}
} // namespace

bool ReadingCheck::hasFormatErrors() const {
    return std::any_of(zones.begin(), zones.end(), [](const ZoneVerdict& z) { return !z.error.isEmpty(); });
}

bool ReadingCheck::needsRolloverConfirmation() const {
    return std::any_of(zones.begin(), zones.end(), [](const ZoneVerdict& z) { return z.belowPrevious; });
}

bool ReadingCheck::needsHighConsumptionConfirmation() const {
    return std::any_of(zones.begin(), zones.end(), [](const ZoneVerdict& z) { return z.highConsumption; });
}

bool ReadingCheck::canSend() const {
    return refusal.isEmpty() && !hasFormatErrors() && !needsRolloverConfirmation() &&
           !needsHighConsumptionConfirmation();
}

QString ReadingCheck::rolloverText() const {
    QStringList lines;
    for (const ZoneVerdict& z : zones) {
        if (z.belowPrevious)
            lines.append(z.warning);
    }
    return lines.join(u'\n');
}

QString ReadingCheck::highConsumptionText() const {
    QStringList lines;
    for (const ZoneVerdict& z : zones) {
        if (z.highConsumption)
            lines.append(z.warning);
    }
    return lines.join(u'\n');
}

ZoneValues ReadingCheck::normalizedValues() const {
    ZoneValues out;
    for (const ZoneVerdict& z : zones) {
        if (z.value && z.error.isEmpty())
            out.insert(z.zone, z.value->toString());
    }
    return out;
}

QString ReadingRules::normalizeInput(const QString& text) {
    QString out = text.trimmed();
    out.remove(u' ');
    out.remove(QChar(0x00A0));
    out.replace(u',', u'.');
    return out;
}

std::optional<Decimal> ReadingRules::parseValue(const QString& text, const ReadingsFormMeter& meter, QString* error) {
    const QString normalized = normalizeInput(text);
    if (normalized.isEmpty()) {
        *error = emptyText();
        return std::nullopt;
    }
    // Digits with at most one separator; no sign, no exponent (Decimal::parse would take a '-').
    qsizetype separators = 0;
    for (const QChar c : normalized) {
        if (c == u'.')
            ++separators;
        else if (!c.isDigit() || c.unicode() > 0x7f) {
            *error = syntaxText();
            return std::nullopt;
        }
    }
    if (separators > 1 || normalized.startsWith(u'.') || normalized.endsWith(u'.')) {
        *error = syntaxText();
        return std::nullopt;
    }
    const qsizetype point = normalized.indexOf(u'.');
    const QString integer = point < 0 ? normalized : normalized.left(point);
    const qsizetype fraction = point < 0 ? 0 : normalized.size() - point - 1;
    // Leading zeros do not count as digits of the meter ("007" fits a 3-digit meter's «7»).
    QString significant = integer;
    while (significant.size() > 1 && significant.startsWith(u'0'))
        significant.remove(0, 1);
    if (significant.size() > meter.capacityInteger || fraction > meter.capacityFraction) {
        *error = capacityText(meter.capacityInteger, meter.capacityFraction);
        return std::nullopt;
    }
    const auto value = Decimal::parse(normalized, Decimal::maxScale);
    const auto scaled = value ? value->rescaled(meter.capacityFraction) : std::nullopt;
    if (!scaled) {
        *error = capacityText(meter.capacityInteger, meter.capacityFraction);
        return std::nullopt;
    }
    error->clear();
    return scaled;
}

ReadingCheck ReadingRules::check(const ReadingsWindow& window, const ReadingsFormMeter& meter, const ZoneValues& input,
                                 bool confirmRollover, bool confirmHighConsumption) {
    ReadingCheck out;
    if (meter.refusal)
        out.refusal = meter.refusal->message.isEmpty() ? notAcceptedText() : meter.refusal->message;
    else if (!window.open)
        out.refusal = window.message.isEmpty() ? notAcceptedText() : window.message;
    else if (!meter.accepts)
        out.refusal = notAcceptedText();

    const int scale = meter.capacityFraction;
    for (const QString& zone : meter.zones) {
        // A warning names the zone it is about when there are several («Т1 (день): …»).
        const QString where = meter.zones.size() > 1 ? readingsformat::zoneLabel(zone) + u": "_s : QString();
        ZoneVerdict v;
        v.zone = zone;
        v.value = parseValue(input.value(zone), meter, &v.error);
        if (!v.value) {
            out.zones.append(v);
            continue;
        }
        const auto last = meter.lastReading ? atScale(meter.lastReading->values.value(zone), scale) : std::nullopt;
        if (last) {
            if (v.value->units() < last->units()) {
                if (confirmRollover) {
                    // Past the last digit the meter starts again at zero: (10^integer − last) + value.
                    const qint64 full = powerOfTen(meter.capacityInteger + scale);
                    v.consumption = Decimal::fromUnits(full - last->units() + v.value->units(), scale);
                } else {
                    v.belowPrevious = true;
                    v.warning = where + belowPreviousText(*v.value, *last);
                }
            } else {
                v.consumption = Decimal::fromUnits(v.value->units() - last->units(), scale);
            }
        }
        const auto average =
            meter.averageConsumption ? Decimal::parse(meter.averageConsumption->value(zone)) : std::nullopt;
        if (v.consumption && average && average->units() > 0 && !confirmHighConsumption) {
            // consumption > 3 × average, exactly: both brought to the larger scale.
            const auto triple = Decimal::fromUnits(average->units() * 3, average->scale());
            if (triple && v.consumption->compare(*triple).value_or(0) > 0) {
                v.highConsumption = true;
                v.warning = where + highConsumptionText(*v.consumption, meter.unit, *average);
            }
        }
        out.zones.append(v);
    }
    return out;
}

QString ReadingRules::emptyText() {
    return translated(QT_TRANSLATE_NOOP("lkk::ReadingRules", "Enter the reading."));
}

QString ReadingRules::syntaxText() {
    return translated(QT_TRANSLATE_NOOP("lkk::ReadingRules", "Digits only, with at most one decimal comma."));
}

QString ReadingRules::capacityText(int integerDigits, int fractionDigits) {
    if (fractionDigits == 0)
        return translated(QT_TRANSLATE_NOOP("lkk::ReadingRules", "At most %1 digits, without a fraction"))
            .arg(integerDigits);
    return translated(
               QT_TRANSLATE_NOOP("lkk::ReadingRules", "At most %1 digits before the decimal point and %2 after it"))
        .arg(integerDigits)
        .arg(fractionDigits);
}

QString ReadingRules::belowPreviousText(const Decimal& value, const Decimal& last) {
    return translated(QT_TRANSLATE_NOOP("lkk::ReadingRules",
                                        "The reading %1 is below the previous one, %2. If it is a typo, correct it; "
                                        "confirm only if the meter has run past its largest value and started "
                                        "again from zero."))
        .arg(readingsformat::grouped(value), readingsformat::grouped(last));
}

QString ReadingRules::highConsumptionText(const Decimal& consumption, const QString& unit, const Decimal& average) {
    return translated(QT_TRANSLATE_NOOP("lkk::ReadingRules",
                                        "Consumption of %1 %2 is much higher than usual (%3 a month on average). "
                                        "Check the reading and confirm."))
        .arg(readingsformat::grouped(consumption), unit, readingsformat::grouped(average));
}

QString ReadingRules::notAcceptedText() {
    return translated(QT_TRANSLATE_NOOP("lkk::ReadingRules", "Readings of this meter are not accepted now."));
}

} // namespace lkk
