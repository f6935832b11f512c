#pragma once

#include "server/http/ApiReply.h"
#include "server/http/Messages.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QtGlobal>

Q_DECLARE_LOGGING_CATEGORY(lcAccounts) // "lkk.server.accounts"

namespace lkk::server::accounts {

// The signed-in customer a request acts for, with this thread's connection and the request's clock
// reading, so one request sees one "now" (and one Tomsk "today").
struct Caller {
    QSqlDatabase db;
    qint64 userId = 0;
    Language language = Language::Ru;
    qint64 nowMs = 0;
};

// Parses a path id ("42"): digits only, 1–18 of them, > 0. Anything else (negative, huge, not a
// number) is treated like an id that does not exist.
qint64 parsePathId(const QString& text);

// 503 service_unavailable (the database failed) and drops this thread's connection so the next
// request reconnects, like AuthService does.
ApiReply databaseDown(QSqlDatabase& db, Language language);

} // namespace lkk::server::accounts
