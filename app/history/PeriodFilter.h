#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace lkk {

// The period selector of lists by date (meters now; bills, readings, payments, appeals later):
// «За последние 3 месяца», «6 месяцев», «За год» or «Выбрать период…» (a custom range).
// A value type: the range is computed from a "today" the caller passes (tests pin it; the UI
// passes QDate::currentDate()). The last N months = from the first day of the month N-1 months
// before today's, through today: on 2026-11-26 Last3Months is 2026-09-01 … 2026-11-26.
class PeriodFilter {
public:
    enum class Kind { Last3Months, Last6Months, Last12Months, Custom };
    enum class Problem {
        FromMissing,  // custom range without a start date
        ToMissing,    // … without an end date
        FromAfterTo,  // start after end
        FromInFuture, // start after today
        TooLong,      // more than maxCustomYears years
    };
    static constexpr int maxCustomYears = 5;

    PeriodFilter() = default; // Last12Months, the server's default too
    static PeriodFilter last3Months() { return PeriodFilter(Kind::Last3Months); }
    static PeriodFilter last6Months() { return PeriodFilter(Kind::Last6Months); }
    static PeriodFilter last12Months() { return PeriodFilter(Kind::Last12Months); }
    static PeriodFilter custom(const QDate& from, const QDate& to);

    // The custom range after the user moved one end of [from, to] to `date`: the other end
    // follows instead of the range being refused — it keeps the range's length where it can,
    // never lets it pass maxCustomYears and never goes past `today`. So a range far back (a bill
    // older than five years) is reached by moving either end there.
    enum class End { From, To };
    static PeriodFilter withEndMoved(const QDate& from, const QDate& to, End moved, const QDate& date,
                                     const QDate& today);

    Kind kind() const { return m_kind; }
    bool isCustom() const { return m_kind == Kind::Custom; }
    QDate customFrom() const { return m_from; }
    QDate customTo() const { return m_to; }

    // The range for `today` (both ends inclusive). For Custom: the dates given (an end after
    // today is cut to today). Null dates when the custom range is invalid.
    QDate from(const QDate& today) const;
    QDate to(const QDate& today) const;

    // nullopt when usable for `today`; the preset kinds are always usable.
    std::optional<Problem> validate(const QDate& today) const;
    static QString problemText(Problem problem); // translated, for an inline message

    // «За последние 3 месяца» / «За последние 6 месяцев» / «За год» / «01.09.2026 – 26.11.2026».
    QString displayText() const;
    // The combo's entries for the presets and «Выбрать период…» in order (index = Kind).
    static QString kindText(Kind kind);

    friend bool operator==(const PeriodFilter&, const PeriodFilter&) = default;

private:
    explicit PeriodFilter(Kind kind)
        : m_kind(kind) {}

    Kind m_kind = Kind::Last12Months;
    QDate m_from; // Custom only
    QDate m_to;
};

} // namespace lkk
