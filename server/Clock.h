#pragma once

#include <QtGlobal>

namespace lkk::server {

// Milliseconds since the epoch, UTC. Every stored time is in this unit so SQLite and PostgreSQL
// compare the same integers and short test TTLs (1 s) stay exact.
qint64 nowMs();

// The test clock (--test-clock, POST /api/v1/test/clock; test environment only): from now on
// nowMs() reads `ms` and advances normally from there. An offset on the system clock, kept in an
// atomic, so every worker thread sees the change at once without a lock.
void setTestClock(qint64 ms);
bool testClockSet();

} // namespace lkk::server
