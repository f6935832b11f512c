#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace lkk::server::readings {

// A meter's register: integer and fraction digits (6.3 reads up to 999999.999). Values are held
// as integer units at the fraction's scale (80.5 on a 6.3 meter = 80500), never as floating point.
struct Capacity {
    int integer = 6;
    int fraction = 3;
};

// The acceptance window as seen at one instant, in Tomsk time (UTC+7).
struct ReadingsWindow {
    bool open = false;
    int fromDay = 15; // as configured
    int toDay = 25;
    QDate today;        // Tomsk date
    QString period;     // the Tomsk month, "2026-11": the billing period of a submission made now
    QDateTime opensAt;  // the next opening (00:00:00+07:00); invalid while open
    QDateTime closesAt; // the last second (23:59:59+07:00) of the open window, or of the next one while closed
};

// One stored reading of one zone (billing_readings), as the rules need it.
struct StoredReading {
    QString date;   // YYYY-MM-DD
    QString period; // YYYY-MM
    qint64 units = 0;
    QString source;
    bool submitted = false; // made through this API (a customer submission), not imported
    qint64 submittedBy = 0; // the customer who submitted it (0: imported)
};

// A zone's baseline for the below-previous rule.
struct Baseline {
    qint64 units = 0;
    QString date;
    QString period;
};

struct PeriodConsumption {
    QString period;
    qint64 units = 0;
};

// The readings rules without a database (docs/domain.md §6; docs/openapi.yaml, submitReadings), so
// they can be tested on fixed instants and values.
class ReadingRules {
public:
    // Day A..B of the Tomsk month inclusive; a day beyond the month's last day means its last day.
    static ReadingsWindow window(qint64 nowMs, int fromDay, int toDay);
    static QString period(const QDate& date) { return date.toString(QStringLiteral("yyyy-MM")); }

    enum class ValueProblem { None, Empty, Format };
    // "80,5" / "80.5" / "000080.5" -> units at capacity.fraction; digits with one optional '.' or
    // ',', at most capacity.integer significant integer digits and capacity.fraction after the separator.
    static ValueProblem parseValue(const QString& text, Capacity capacity, qint64* units);
    // Machine text at the meter's scale: 80500 at 3 -> "80.500".
    static QString machine(qint64 units, int fraction);
    // Russian display with U+00A0 groups: 99990000 at 3 -> "99 990,000".
    static QString display(qint64 units, int fraction);

    // 10^(integer + fraction): the register's modulus in units (a 6.3 meter wraps at 1000000.000).
    static qint64 modulus(Capacity capacity);
    // value - last, or across the register's end when value < last (a rollover).
    static qint64 consumption(qint64 last, qint64 value, Capacity capacity);

    // Readings of ONE zone, any order. The baseline: the latest reading of an earlier period, or a
    // reading of currentPeriod that is not a customer submission (those are replaced:
    // docs/domain.md §6.3, rule 6).
    static std::optional<Baseline> baseline(const QList<StoredReading>& zone, const QString& currentPeriod);
    // Per period with readings (ascending): its last value minus the last value of the previous
    // period with readings, rollover-aware; the first period with readings has none.
    static QList<PeriodConsumption> periodConsumption(const QList<StoredReading>& zone, Capacity capacity);
    // Average monthly consumption over the last up to 6 periods before currentPeriod: needs at
    // least 2 earlier periods with readings; rounded half up to units; nullopt if not enough or 0.
    static std::optional<qint64> averageMonthly(const QList<StoredReading>& zone, const QString& currentPeriod,
                                                Capacity capacity);
    // Rule 5: consumption > 3 x average.
    static bool tooHigh(qint64 consumption, qint64 average) { return average > 0 && consumption > 3 * average; }
};

} // namespace lkk::server::readings
