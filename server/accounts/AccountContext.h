#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QtGlobal>

Q_DECLARE_LOGGING_CATEGORY(lcAccounts) // "lkk.server.accounts"

namespace lkk::server::accounts {

// Parses a path id ("42"): digits only, 1–18 of them, > 0. Anything else (negative, huge, not a
// number) is treated like an id that does not exist.
qint64 parsePathId(const QString& text);

} // namespace lkk::server::accounts
