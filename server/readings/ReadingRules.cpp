#include "server/readings/ReadingRules.h"

#include "shared/Decimal.h"

#include <QMap>
#include <QTimeZone>
#include <algorithm>

namespace lkk::server::readings {

using namespace Qt::StringLiterals;

namespace {

// The utility's zone: Asia/Tomsk has been UTC+7 without DST since 2016, so a fixed offset is exact
// and does not depend on the machine's tz database.
const QTimeZone& tomsk() {
    static const QTimeZone zone(7 * 3600);
    return zone;
}

int clampDay(int day, const QDate& month) {
    return std::min(day, month.daysInMonth());
}

QDateTime at(const QDate& month, int day, const QTime& time) {
    return QDateTime(QDate(month.year(), month.month(), clampDay(day, month)), time, tomsk());
}

int monthIndex(const QString& period) {
    return period.left(4).toInt() * 12 + period.mid(5, 2).toInt() - 1;
}

// The last reading of each period (ascending by period).
QList<StoredReading> lastPerPeriod(const QList<StoredReading>& zone) {
    QMap<QString, StoredReading> last;
    for (const StoredReading& r : zone) {
        auto it = last.find(r.period);
        if (it == last.end() || r.date > it->date)
            last.insert(r.period, r);
    }
    return last.values();
}

} // namespace

ReadingsWindow ReadingRules::window(qint64 nowMs, int fromDay, int toDay) {
    ReadingsWindow w;
    w.fromDay = fromDay;
    w.toDay = toDay;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, tomsk());
    w.today = local.date();
    w.period = period(w.today);
    const QDate month(w.today.year(), w.today.month(), 1);
    const QTime opening(0, 0, 0);
    const QTime closing(23, 59, 59);
    const int day = w.today.day();
    const int from = clampDay(fromDay, month);
    const int to = clampDay(toDay, month);
    w.open = day >= from && day <= to;
    if (w.open) {
        w.closesAt = at(month, toDay, closing);
        return w;
    }
    const QDate next = day < from ? month : month.addMonths(1);
    w.opensAt = at(next, fromDay, opening);
    w.closesAt = at(next, toDay, closing);
    return w;
}

ReadingRules::ValueProblem ReadingRules::parseValue(const QString& text, Capacity capacity, qint64* units) {
    if (text.trimmed().isEmpty())
        return ValueProblem::Empty;
    const auto value = Decimal::parse(text, capacity.fraction, Decimal::Separators::DotOrComma);
    if (!value || value->isNegative() || value->integerDigits() > capacity.integer)
        return ValueProblem::Format;
    const auto scaled = value->rescaled(capacity.fraction);
    if (!scaled)
        return ValueProblem::Format;
    *units = scaled->units();
    return ValueProblem::None;
}

QString ReadingRules::machine(qint64 units, int fraction) {
    const auto d = Decimal::fromUnits(units, fraction);
    return d ? d->toString() : QString();
}

QString ReadingRules::display(qint64 units, int fraction) {
    QString text = machine(units, fraction);
    const qsizetype point = text.indexOf(u'.');
    if (point >= 0)
        text[point] = u',';
    const qsizetype integerEnd = point >= 0 ? point : text.size();
    const qsizetype start = text.startsWith(u'-') ? 1 : 0;
    for (qsizetype i = integerEnd - 3; i > start; i -= 3)
        text.insert(i, QChar(0x00A0));
    return text;
}

qint64 ReadingRules::modulus(Capacity capacity) {
    return powerOfTen(capacity.integer + capacity.fraction);
}

qint64 ReadingRules::consumption(qint64 last, qint64 value, Capacity capacity) {
    return value >= last ? value - last : modulus(capacity) - last + value;
}

std::optional<Baseline> ReadingRules::baseline(const QList<StoredReading>& zone, const QString& currentPeriod) {
    std::optional<Baseline> best;
    for (const StoredReading& r : zone) {
        const bool counts = r.period < currentPeriod || (r.period == currentPeriod && !r.submitted);
        if (!counts)
            continue;
        if (!best || r.period > best->period || (r.period == best->period && r.date > best->date))
            best = Baseline{r.units, r.date, r.period};
    }
    return best;
}

QList<PeriodConsumption> ReadingRules::periodConsumption(const QList<StoredReading>& zone, Capacity capacity) {
    const QList<StoredReading> last = lastPerPeriod(zone);
    QList<PeriodConsumption> result;
    for (qsizetype i = 1; i < last.size(); ++i)
        result.append({last.at(i).period, consumption(last.at(i - 1).units, last.at(i).units, capacity)});
    return result;
}

std::optional<qint64> ReadingRules::averageMonthly(const QList<StoredReading>& zone, const QString& currentPeriod,
                                                   Capacity capacity) {
    QList<StoredReading> earlier;
    for (const StoredReading& r : zone) {
        if (r.period < currentPeriod)
            earlier.append(r);
    }
    QList<StoredReading> last = lastPerPeriod(earlier);
    if (last.size() < 2)
        return std::nullopt;
    last = last.mid(std::max<qsizetype>(0, last.size() - 7)); // 7 periods = 6 consumptions
    // Total over the months spanned, so a gap of two months counts as two months, not one.
    qint64 total = 0;
    for (qsizetype i = 1; i < last.size(); ++i)
        total += consumption(last.at(i - 1).units, last.at(i).units, capacity);
    const qint64 months = monthIndex(last.constLast().period) - monthIndex(last.constFirst().period);
    if (months <= 0)
        return std::nullopt;
    const qint64 average = (2 * total + months) / (2 * months); // half up
    if (average <= 0)
        return std::nullopt;
    return average;
}

} // namespace lkk::server::readings
