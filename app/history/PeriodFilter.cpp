#include "app/history/PeriodFilter.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
QString translated(const char* text) {
    return QCoreApplication::translate("lkk::PeriodFilter", text);
}

int monthsOf(PeriodFilter::Kind kind) {
    switch (kind) {
    case PeriodFilter::Kind::Last3Months:
        return 3;
    case PeriodFilter::Kind::Last6Months:
        return 6;
    case PeriodFilter::Kind::Last12Months:
    case PeriodFilter::Kind::Custom:
        break;
    }
    return 12;
}
} // namespace

PeriodFilter PeriodFilter::custom(const QDate& from, const QDate& to) {
    PeriodFilter f(Kind::Custom);
    f.m_from = from;
    f.m_to = to;
    return f;
}

PeriodFilter PeriodFilter::withEndMoved(const QDate& from, const QDate& to, End moved, const QDate& date,
                                        const QDate& today) {
    const qint64 length = from.isValid() && to.isValid() && from <= to ? from.daysTo(to) : 0;
    QDate newFrom = from;
    QDate newTo = to;
    if (moved == End::From) {
        newFrom = std::min(date, today);
        if (!newTo.isValid() || newTo < newFrom)
            newTo = std::min(newFrom.addDays(length), today);
        if (newFrom < newTo.addYears(-maxCustomYears))
            newTo = newFrom.addYears(maxCustomYears);
    } else {
        newTo = std::min(date, today);
        if (!newFrom.isValid() || newFrom > newTo)
            newFrom = newTo.addDays(-length);
        if (newFrom < newTo.addYears(-maxCustomYears))
            newFrom = newTo.addYears(-maxCustomYears);
    }
    return custom(newFrom, newTo);
}

QDate PeriodFilter::from(const QDate& today) const {
    if (m_kind == Kind::Custom)
        return validate(today) ? QDate() : m_from;
    const QDate firstOfMonth(today.year(), today.month(), 1);
    return firstOfMonth.addMonths(-(monthsOf(m_kind) - 1));
}

QDate PeriodFilter::to(const QDate& today) const {
    if (m_kind == Kind::Custom)
        return validate(today) ? QDate() : std::min(m_to, today);
    return today;
}

std::optional<PeriodFilter::Problem> PeriodFilter::validate(const QDate& today) const {
    if (m_kind != Kind::Custom)
        return std::nullopt;
    if (!m_from.isValid())
        return Problem::FromMissing;
    if (!m_to.isValid())
        return Problem::ToMissing;
    if (m_from > m_to)
        return Problem::FromAfterTo;
    if (today.isValid() && m_from > today)
        return Problem::FromInFuture;
    if (m_from < m_to.addYears(-maxCustomYears))
        return Problem::TooLong;
    return std::nullopt;
}

QString PeriodFilter::problemText(Problem problem) {
    switch (problem) {
    case Problem::FromMissing:
        return translated(QT_TRANSLATE_NOOP("lkk::PeriodFilter", "Choose the start of the period"));
    case Problem::ToMissing:
        return translated(QT_TRANSLATE_NOOP("lkk::PeriodFilter", "Choose the end of the period"));
    case Problem::FromAfterTo:
        return translated(QT_TRANSLATE_NOOP("lkk::PeriodFilter", "The start of the period is after its end"));
    case Problem::FromInFuture:
        return translated(QT_TRANSLATE_NOOP("lkk::PeriodFilter", "The period cannot start in the future"));
    case Problem::TooLong:
        return translated(QT_TRANSLATE_NOOP("lkk::PeriodFilter", "The period cannot be longer than five years"));
    }
    return {};
}

QString PeriodFilter::kindText(Kind kind) {
    switch (kind) {
    case Kind::Last3Months:
        return translated(QT_TRANSLATE_NOOP("lkk::PeriodFilter", "For the last 3 months"));
    case Kind::Last6Months:
        return translated(QT_TRANSLATE_NOOP("lkk::PeriodFilter", "For the last 6 months"));
    case Kind::Last12Months:
        return translated(QT_TRANSLATE_NOOP("lkk::PeriodFilter", "For the year"));
    case Kind::Custom:
        return translated(QT_TRANSLATE_NOOP("lkk::PeriodFilter", "Choose a period…"));
    }
    return {};
}

QString PeriodFilter::displayText() const {
    if (m_kind != Kind::Custom)
        return kindText(m_kind);
    const QString format = u"dd.MM.yyyy"_s;
    return m_from.toString(format) + u" – "_s + m_to.toString(format);
}

} // namespace lkk
