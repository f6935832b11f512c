#pragma once

#include <QString>

namespace lkk::server {

// The search form of a name or an address: Latin and Cyrillic capitals made small and «ё» read
// as «е», everything else kept. The database computes the same form in SQL (sql(), used by the
// migrations' {{FOLD(column)}}) into indexed columns, because SQLite's lower() only knows ASCII;
// a search folds its input with fold() and compares it with those columns
// (docs/operations.md, «Operator search»).
class TextFold {
public:
    static QString fold(const QString& text);
    // The SQL expression that folds `column`: nested replace() calls, the same on SQLite and
    // PostgreSQL whatever the database's locale. With part k of n (1-based), only the k-th of n
    // equal shares of the replacements: SQLite's parser refuses about 33 nested calls, so there
    // the fold is a chain of generated columns, each doing one share over the previous one.
    static QString sql(const QString& column, int part = 1, int parts = 1);
};

} // namespace lkk::server
