#include "server/db/ConnectionProbe.h"

#include "server/db/DriverHandle.h"

#ifdef LKK_HAVE_LIBPQ
#include <libpq-fe.h>
#include <poll.h>
#endif

namespace lkk::server {

ConnectionProbe::Verdict ConnectionProbe::probe(const QSqlDatabase& db) {
#ifdef LKK_HAVE_LIBPQ
    if (db.driverName() != u"QPSQL")
        return Verdict::Unknown;
    PGconn* conn = driverHandle<pg_conn>(db);
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return Verdict::PeerSpoke;
    pollfd watched{PQsocket(conn), POLLIN, 0};
    if (watched.fd < 0)
        return Verdict::PeerSpoke;
    int ready = 0;
    do
        ready = ::poll(&watched, 1, 0);
    while (ready < 0 && errno == EINTR);
    if (ready < 0)
        return Verdict::Unknown;
    return ready == 0 ? Verdict::Silent : Verdict::PeerSpoke;
#else
    Q_UNUSED(db);
    return Verdict::Unknown;
#endif
}

} // namespace lkk::server
