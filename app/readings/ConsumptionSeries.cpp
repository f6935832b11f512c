#include "app/readings/ConsumptionSeries.h"

#include "app/readings/ReadingsFormat.h"

namespace lkk {

double ConsumptionSeries::chartValue(const Decimal& value) {
    return static_cast<double>(value.units()) / static_cast<double>(powerOfTen(value.scale()));
}

ConsumptionSeries ConsumptionSeries::fromMeter(const HistoryMeter& meter) {
    ConsumptionSeries out;
    out.meterId = meter.id;
    out.unit = meter.unit;
    out.zones = meter.zones;
    // Zones only in the figures (a meter re-zoned within the range) still get their series.
    for (const PeriodConsumption& c : meter.consumption) {
        for (auto it = c.values.begin(); it != c.values.end(); ++it) {
            if (!out.zones.contains(it.key()))
                out.zones.append(it.key());
        }
    }
    out.values.resize(out.zones.size());
    for (const PeriodConsumption& c : meter.consumption) {
        out.periods.append(c.period);
        out.labels.append(readingsformat::shortMonthYear(c.period));
        for (qsizetype z = 0; z < out.zones.size(); ++z) {
            const auto value = Decimal::parse(c.values.value(out.zones.at(z)));
            out.values[z].append(value.value_or(Decimal()));
        }
    }
    return out;
}

} // namespace lkk
