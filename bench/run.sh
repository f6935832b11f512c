#!/usr/bin/env bash
# Benchmarks, on the optimised (release) build:
#   1. client start until the login window is first painted (lkk --bench-startup), under Xvfb and
#      offscreen, RUNS times each;
#   2. lkk-server throughput on loopback with wrk: GET /api/v1/health, and an authenticated GET
#      /api/v1/profile with a token obtained by one login beforehand.
# Writes bench/RESULTS.md. usage: bench/run.sh [RUNS]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}

scripts/install-deps.sh bench
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" | tail -n 3
bin=build/release/bin
work=$(mktemp -d /tmp/lkk-bench.XXXXXX)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# Median and 90th percentile of numbers on stdin.
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %.0f ms, p90 %.0f ms, min %.0f ms (n=%d)", a[int((NR+1)/2)], a[int(NR*0.9+0.5)], a[1], NR}'; }

startup_runs() { # platform
    for _ in $(seq "$runs"); do
        QT_QPA_PLATFORM=$1 "$bin/lkk" --bench-startup --server https://127.0.0.1:9 2>/dev/null |
            sed -n 's/^LKK_STARTUP_MS \([0-9.]*\).*/\1/p'
    done
}
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_CACHE_HOME=$work/home/.cache
mkdir -p "$HOME"
startup_offscreen=$(startup_runs offscreen | stats)
startup_xvfb=$(xvfb-run -a -s "-screen 0 1280x800x24" bash -c "$(declare -f startup_runs stats); bin=$bin runs=$runs startup_runs xcb | stats")

# Server on loopback, demo data in a throwaway dir.
"$bin/lkk-server" --demo --data-dir "$work/server" --listen 127.0.0.1 --port 0 >"$work/server.log" 2>"$work/access.log" &
server_pid=$!
for _ in $(seq 100); do grep -q LKK_SERVER_READY "$work/server.log" && break; sleep 0.1; done
url=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$work/server.log")
ca=$(sed -n 's/.*"ca":"\([^"]*\)".*/\1/p' "$work/server.log")
token=$(curl -s --cacert "$ca" -H 'Content-Type: application/json' \
        -d '{"email":"demo@lkk.example","password":"Demo1234","remember":false}' "$url/api/v1/auth/login" |
        sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "bench: could not sign in to the demo server" >&2; exit 1; }

wrk_rps() { # path [header]
    wrk -t2 -c50 -d10s --latency ${2:+-H "$2"} "$url$1" >"$work/wrk.txt"
    local rps p99
    rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt")
    p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
    local non2xx; non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")
    echo "$rps req/s, p99 $p99${non2xx:+, NON-2xx: $non2xx}"
}
health=$(wrk_rps /api/v1/health)
profile=$(wrk_rps /api/v1/profile "Authorization: Bearer $token")

# bench/reads.sh, bench/soak.sh, bench/import.sh and bench/client.sh keep their own sections at the end: carried over.
import_section=$(sed -n '/^## \(Read routes\|Soak\|Billing import\|Client under a big account\)/,$p' bench/RESULTS.md 2>/dev/null || true)
cat >bench/RESULTS.md <<MD
# Benchmark results

Measured by \`bench/run.sh $runs\` on $(date -u +%Y-%m-%d), release build (RelWithDebInfo), on
$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem/ {print $2}') GiB.

## Client start to the login window painted
\`lkk --bench-startup\` prints the time from process start to the first paint of the login window
and quits; $runs runs each, fresh config directory.

| platform | result |
|---|---|
| offscreen | $startup_offscreen |
| Xvfb (xcb) | $startup_xvfb |

## Server throughput (HTTPS on loopback, SQLite demo database)
\`wrk -t2 -c50 -d10s --latency\`, the load generator sharing the machine's cores with the server.

| request | result |
|---|---|
| GET /api/v1/health | $health |
| GET /api/v1/profile (Bearer token, token lookup in the database per request) | $profile |
MD
[ -z "$import_section" ] || printf '\n%s\n' "$import_section" >>bench/RESULTS.md
cat bench/RESULTS.md
