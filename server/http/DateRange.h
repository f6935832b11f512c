#pragma once

#include "server/Result.h"
#include "server/http/Messages.h"

#include <QDate>

class QUrlQuery;

namespace lkk::server {

// The days a history route reads: its query's `from` and `to` (docs/openapi.yaml), each optional
// and a YYYY-MM-DD calendar date, `from` not after `to`.
struct DateRange {
    QDate from;
    QDate to;

    // What can be wrong with them; each route's message catalogue words it.
    enum class Problem { DateInvalid, Reversed };
    using Wording = QString (*)(Problem problem, Language language);

    // `defaults` with what the query gives instead, or a 400 on the parameter at fault (`from`
    // for a reversed range).
    static Result<DateRange> fromQuery(const QUrlQuery& query, DateRange defaults, Wording wording, Language language);
};

} // namespace lkk::server
