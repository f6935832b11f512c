#pragma once

#include "server/Result.h"
#include "server/http/Messages.h"

#include <QSqlDatabase>

namespace lkk::server::appeals {

// The customer's daily limits (docs/appeals.md, "Limits"): at most rules::appeals::appealsPerDay
// new appeals and messagesPerDay further messages in any 24 hours, counted from the appeals'
// own rows, so every instance and a restart agree. Over the limit: 429 with Retry-After (seconds)
// and a message saying from when (Tomsk time); details.max and details.retryAt (UTC).
class AppealLimits {
public:
    static constexpr qint64 windowMs = 24 * 3600 * 1000;

    static Result<Done> checkAppeal(QSqlDatabase& db, qint64 userId, qint64 nowMs, Language language);
    static Result<Done> checkMessage(QSqlDatabase& db, qint64 userId, qint64 nowMs, Language language);
    // What is left now, for the form.
    static Result<int> appealsLeft(QSqlDatabase& db, qint64 userId, qint64 nowMs);
    static Result<int> messagesLeft(QSqlDatabase& db, qint64 userId, qint64 nowMs);
};

} // namespace lkk::server::appeals
