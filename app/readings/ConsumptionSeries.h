#pragma once

#include "app/readings/ReadingsDtos.h"
#include "shared/Decimal.h"

#include <QList>
#include <QStringList>

namespace lkk {

// One meter's monthly consumption shaped for a bar chart: the billing periods (oldest first) on
// the axis («ноя 2026»), one series per zone. A zone without a figure for a period counts 0.
struct ConsumptionSeries {
    qint64 meterId = 0;
    QString unit;
    QStringList zones;            // "T1", "T2"
    QStringList periods;          // "2026-06"
    QStringList labels;           // «июн 2026»
    QList<QList<Decimal>> values; // [zone][period]

    bool isEmpty() const { return periods.isEmpty(); }
    // The bar height: a chart axis is floating point by nature, so this is for drawing only.
    static double chartValue(const Decimal& value);
    static ConsumptionSeries fromMeter(const HistoryMeter& meter);
};

} // namespace lkk
