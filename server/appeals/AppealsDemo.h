#pragma once

#include <QString>

namespace lkk::server {
class Database;
}

namespace lkk::server::appeals {

// Demo data of appeals (docs/appeals.md, "Demo data"): --demo gives the demo customer's three
// accounts appeals in every status, dated back from now, answered by the demo operator, one
// answer with a PNG and a PDF (resources/demo/appeal-*), two answers not read yet. Seeded once:
// nothing happens when the demo customer has any appeal.
class AppealsDemo {
public:
    static bool seed(Database& database, qint64 nowMs, QString* error);
};

} // namespace lkk::server::appeals
