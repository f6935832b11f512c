#pragma once

#include <QtGlobal>

namespace lkk::server {

// Milliseconds since the epoch, UTC. Every stored time is in this unit so SQLite and PostgreSQL
// compare the same integers and short test TTLs (1 s) stay exact.
qint64 nowMs();

} // namespace lkk::server
