#!/usr/bin/env bash
# Soak benchmark: the mixed load of tests/reliability/tst_soak.cpp (sign-ins, reads, meter
# readings, payment orders at a fixed rate) for longer than the test command's 45 s, against the
# optimised (release) lkk-server, on SQLite and on PostgreSQL (a throwaway cluster,
# scripts/pg-test-server.sh). The load generator is the test program of the dev build. Its
# figures (latency percentiles per kind and in all, the server's memory after the warm-up and at
# the end) go into the "Soak" section of bench/RESULTS.md; the other sections are kept.
# usage: bench/soak.sh [SECONDS] [RATE]   (defaults: 300 s, 20 requests a second)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
rate=${2:-20}

scripts/install-deps.sh bench
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" --target lkk-server | tail -n 1
cmake --preset dev >/dev/null
cmake --build --preset dev -j"$(nproc)" --target reliability_soak_sqlite | tail -n 1
work=$(mktemp -d /tmp/lkk-soak-bench.XXXXXX)
chmod 755 "$work" # the PostgreSQL cluster runs as postgres when this runs as root
cleanup() { scripts/pg-test-server.sh stop "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT
pg_url=$(scripts/pg-test-server.sh start "$work/pg")
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)

# The latency goal: what the server's answer costs, not what the other work on a shared machine
# costs. So the server, its database and the load generator run ahead of that work
# (bench/priority.sh; RESULTS.md says whether they could).
source bench/priority.sh
ahead_pid "$(head -n 1 "$work/pg/data/postmaster.pid")" # its backends inherit it
read_goal_ms=15  # reads: the read routes' goal ("Read routes")
write_goal_ms=50 # sign-ins, meter readings, payment orders: each waits for its commit

soak() { # backend
    LKK_SERVER_BINARY=$PWD/build/release/bin/lkk-server LKK_TEST_BACKEND=$1 LKK_TEST_DATABASE_URL=$pg_url \
        LKK_SOAK_SECONDS=$seconds LKK_SOAK_RATE=$rate QT_QPA_PLATFORM=offscreen \
        "${ahead[@]}" build/dev/tests/reliability/reliability_soak_sqlite >"$work/$1.txt" 2>&1 || true
    sed -n 's/^QINFO *: TestSoak::mixedLoadAtAFixedRate() soak: /- /p; s/^FAIL! *: .*) \(.*\)/- FAILED: \1/p' \
        "$work/$1.txt"
    # Each kind's p99 against its goal.
    sed -n 's/^QINFO *: TestSoak::mixedLoadAtAFixedRate() soak: \([a-z -]*\): .* p99 \([0-9]*\) ms.*/\1|\2/p' \
        "$work/$1.txt" | awk -F'|' -v read="$read_goal_ms" -v write="$write_goal_ms" '
            { goal = ($1 == "sign-in" || $1 == "reading" || $1 == "order") ? write : read; n++
              if ($2 > goal) { missed = missed sprintf(" %s (p99 %s ms > %s ms)", $1, $2, goal) } }
            END { if (n == 0) print "- goal: no figures"
                  else if (missed == "") print "- goal met: every kind'"'"'s p99 within its goal"
                  else print "- goal MISSED:" missed }'
}
sqlite=$(soak sqlite)
postgres=$(soak postgres)

section=$(cat <<MD
## Soak (\`bench/soak.sh\`)

Measured by \`bench/soak.sh $seconds $rate\` on $(date -u +%Y-%m-%d), release lkk-server, on $(nproc) cores
shared with other work (load average $load_at_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at
the end). The load: one client session's rotation — sign-in, accounts, bills, readings form, a
meter reading, profile, a payment order, payments — at $rate requests a second, each request timed
from its sending, for $seconds s. Sign-ins hash with the tests' fast setting: the production Argon2
hash (≈ 170 ms of one core, 64 MiB) runs on its own bounded pool, apart from this latency
(docs/security.md), and at this rate would measure the machine's cores, not the server. The
load generator (the dev build's \`reliability_soak_sqlite\`) shares the cores with the server;
both and the database ran at $priority.
Goal: p99 ≤ $read_goal_ms ms for each kind of read (the read routes' goal), ≤ $write_goal_ms ms for
each kind of write (sign-in, meter reading, payment order: each waits for its commit). SQLite's
page cache is set to 64 KiB a connection (\`--sqlite-cache-kib\`): at its default it fills to its
bound in the first minutes, which is not growth of the server's own (docs/operations.md). Server
memory: VmRSS (all resident) and RssAnon (the server's own heap and stacks), the median of the
samples after the warm-up (25–45 % of the run, after a burst that starts every thread) and of the
last fifth.

SQLite:
$sqlite

PostgreSQL 15 (fsync off):
$postgres
MD
)

SECTION=$section bench/put-section.sh Soak
echo "$section"
