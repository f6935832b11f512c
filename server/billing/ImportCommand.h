#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace lkk::server::billing {

// `lkk-server import FILE [--db URL | --data-dir DIR] [--config FILE] [--recheck]`: loads a billing file
// (docs/billing-import.md) into the server's database, applying migrations first. The database
// is chosen as the server would choose it: --db, else LKK_SERVER_DB, else "db" in the INI file,
// else DATA_DIR/lkk.sqlite. Exit status 0 = imported, 2 = file rejected or bad usage (nothing
// written), 1 = the database failed (nothing written).
class ImportCommand {
public:
    static bool isImportCommand(const QStringList& arguments);
    // arguments as main() has them: lkk-server import FILE [options]. Prints to stdout/stderr.
    static int run(const QStringList& arguments, const QProcessEnvironment& environment);
};

} // namespace lkk::server::billing
