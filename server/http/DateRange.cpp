#include "server/http/DateRange.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {

// The shape, then a day of the calendar (2026-02-30 is none).
QDate parseDate(const QString& text) {
    static const QRegularExpression shape(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

} // namespace

Result<DateRange> DateRange::fromQuery(const QUrlQuery& query, DateRange defaults, Wording wording, Language language) {
    DateRange range = defaults;
    for (const auto& [name, target] : {std::pair{u"from"_s, &range.from}, std::pair{u"to"_s, &range.to}}) {
        if (!query.hasQueryItem(name))
            continue;
        const QDate date = parseDate(query.queryItemValue(name, QUrl::FullyDecoded));
        if (!date.isValid())
            return Failure::invalid(name, wording(Problem::DateInvalid, language));
        *target = date;
    }
    if (range.from > range.to)
        return Failure::invalid(u"from"_s, wording(Problem::Reversed, language));
    return range;
}

} // namespace lkk::server
