#pragma once

#include "server/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace lkk::server {

// A sliding-window limit on events of one kind per subject (an e-mail, an IP): at most `max`
// within `windowMs`. The events are rows of user_rate_events, so every worker thread, every
// instance on the same database and a restart see the same counts.
class RateLimiter {
public:
    struct Rule {
        const char* kind; // "register_ip", "recover_email", …
        int max;
        qint64 windowMs;
    };

    // Done while the subject is under the limit; otherwise 429 too_many_attempts with Retry-After
    // (whole seconds, at least 1) for when the oldest counted event leaves the window.
    static Result<Done> check(QSqlDatabase& db, const Rule& rule, const QString& subject, qint64 nowMs);
    // Counts one event at nowMs.
    static Result<Done> record(QSqlDatabase& db, const char* kind, const QString& subject, qint64 nowMs);
    // check() and record() as one step that parallel requests cannot interleave (SQLite: BEGIN
    // IMMEDIATE; PostgreSQL: an advisory lock on the kind and subject), so a limit of N lets
    // exactly N events through.
    static Result<Done> take(QSqlDatabase& db, const Rule& rule, const QString& subject, qint64 nowMs);
};

} // namespace lkk::server
