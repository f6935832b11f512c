#pragma once

#include <QSqlDatabase>

namespace lkk::server {

// Tells without a round trip whether the PostgreSQL server has given up an idle connection. A server
// that stops, restarts or ends a backend sends that connection its goodbye (an error message, then
// the end of the stream) while it sits idle; an idle connection is otherwise silent, so anything to
// read on its socket means the connection is gone (docs/operations.md, «PostgreSQL restarts»).
class ConnectionProbe {
public:
    enum class Verdict {
        Silent,    // nothing arrived: use it
        PeerSpoke, // the server sent something or closed: open a new connection
        Unknown,   // not a PostgreSQL connection of libpq, or built without libpq: ask the server
    };

    // Only for a connection between units of work (no query or transaction under way).
    static Verdict probe(const QSqlDatabase& db);
};

} // namespace lkk::server
