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
    // connection takes one process-wide mutex, on which the worker threads queue.
    static Outcome configure();
};

} // namespace lkk::server
