#pragma once

namespace lkk::server {

// SQLite's process-wide settings, made once before the first connection opens: sqlite3_config is
// refused once the library has started, which the first open does (docs/operations.md, «SQLite's
// process-wide settings»).
class SqliteLibrary {
public:
    enum class Outcome {
        Applied,
        TooLate,    // a connection had opened already: the library keeps its defaults
        NotBuiltIn, // built without SQLite's headers (a Qt that bundles its own copy): nothing done
    };

    // Memory statistics off. On, as Debian's libsqlite3 builds it, every allocation of every
    // connection takes one process-wide mutex, on which the worker threads queue. From then on
    // the library also notes the connections it opens, for isOurs() (either outcome but the last).
    static Outcome configure();

    // Whether a connection's handle (the sqlite3* Qt's SQLite driver gives) was opened by the
    // SQLite library this program links, so that calling that library on it is safe: a Qt built
    // with its own copy of SQLite makes handles only that copy may touch. Proved once by a handle
    // the library noted as it opened it and has not closed since, on this thread (Qt opens and
    // uses a connection on one thread); then true for every handle of the driver
    // (docs/architecture.md, «Kept statements»).
    static bool isOurs(void* handle);
};

} // namespace lkk::server
