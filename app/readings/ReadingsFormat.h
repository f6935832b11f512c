#pragma once

#include "shared/Decimal.h"

#include <QString>

// How readings read on screen: «99 990,000», «74,000 м3», «Т1 (день)», «ноябрь 2026», «ноя 2026».
namespace lkk::readingsformat {

// Thousands grouped with a no-break space, decimal comma, all fraction digits kept.
QString grouped(const Decimal& value);
// The same from machine text ("99990.000"); the text itself when it does not parse.
QString grouped(const QString& machineText);
// «74,000 м3» (no unit: just the number).
QString withUnit(const QString& machineText, const QString& unit);
// «Т1 (день)», «Т2 (ночь)», «Т3 (пик)»; other zone names as they are.
QString zoneLabel(const QString& zone);
// "2026-11" -> «ноябрь 2026» / «ноя 2026» (in the default QLocale); the text itself if not a period.
QString monthYear(const QString& period);
QString shortMonthYear(const QString& period);

} // namespace lkk::readingsformat
