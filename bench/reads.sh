#!/usr/bin/env bash
# Read routes benchmark, on the optimised (release) build: lkk-server --demo (SQLite) on loopback
# HTTPS with the demo customer signed in; GET /health first, then every customer read route of
# the ЕПД account, each under `wrk -t2 -c32 -dSECONDS --latency` with Accept-Encoding: gzip (as
# the client sends it), one after the other in the same run. /health is the server's own ceiling
# on this machine at this moment (TLS, the HTTP layer, one SELECT 1), so each route is also given
# as a share of it: the machine is shared, and the share is what stays comparable between runs.
# Last, the bills again with If-None-Match: what a refresh that finds nothing new costs (304).
# Writes the "Read routes" section of bench/RESULTS.md; the other sections, and the section's
# "### Before" history, are kept. With --print, writes nothing and prints the table only.
# usage: bench/reads.sh [--print] [SECONDS] [LKK_SERVER_BINARY]   (defaults: 6, the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
print_only=
[ "${1:-}" = --print ] && { print_only=1; shift; }
seconds=${1:-6}
bin=${2:-}
if [ -z "$bin" ]; then
    scripts/install-deps.sh bench
    cmake --preset release >/dev/null
    cmake --build --preset release -j"$(nproc)" --target lkk-server | tail -n 1
    bin=$PWD/build/release/bin/lkk-server
fi
work=$(mktemp -d /tmp/lkk-reads-bench.XXXXXX)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$bin" --demo --data-dir "$work/server" --listen 127.0.0.1 --port 0 --access-token-ttl 3600 \
    >"$work/server.log" 2>"$work/access.log" &
server_pid=$!
for _ in $(seq 300); do grep -q LKK_SERVER_READY "$work/server.log" && break; sleep 0.1; done
url=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$work/server.log")
ca=$(sed -n 's/.*"ca":"\([^"]*\)".*/\1/p' "$work/server.log")
api() { curl -sf --cacert "$ca" "$@"; }
token=$(api -H 'Content-Type: application/json' \
        -d '{"email":"demo@lkk.example","password":"Demo1234","remember":false}' "$url/api/v1/auth/login" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])')
auth="Authorization: Bearer $token"
epd=$(api -H "$auth" "$url/api/v1/accounts" |
      python3 -c 'import json, sys; print(next(a["id"] for a in json.load(sys.stdin)["accounts"] if a["number"] == "100103492"))')
contract=$(api -H "$auth" "$url/api/v1/accounts/$epd/requisites" |
           python3 -c 'import json, sys; print(json.load(sys.stdin)["contracts"][0]["id"])')
wire_bytes() { # path: the size of the answer on the wire with gzip, and without
    local gz plain
    gz=$(api -H "$auth" -H 'Accept-Encoding: gzip' "$url$1" | wc -c)
    plain=$(api -H "$auth" "$url$1" | wc -c)
    echo "$gz B gzip ($plain B identity)"
}

# "req/s|p99" of one route.
measure() { # path [header [header]]
    wrk -t2 -c32 -d"${seconds}s" --latency -H 'Accept-Encoding: gzip' ${2:+-H "$2"} ${3:+-H "$3"} "$url$1" \
        >"$work/wrk.txt"
    local rps p99 non2xx
    rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt")
    p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")
    [ -z "$non2xx" ] || [ -n "${3:-}" ] || echo "bench: $1 answered $non2xx non-2xx" >&2
    echo "$rps|$p99"
}

routes=(/api/v1/profile /api/v1/accounts "/api/v1/accounts/$epd" "/api/v1/accounts/$epd/requisites"
        "/api/v1/accounts/$epd/contracts/$contract/tariffs" "/api/v1/accounts/$epd/meters"
        "/api/v1/accounts/$epd/bills" "/api/v1/accounts/$epd/readings" "/api/v1/accounts/$epd/readings/form"
        "/api/v1/accounts/$epd/payments" "/api/v1/accounts/$epd/payment-form")
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
IFS='|' read -r health_rps health_p99 <<<"$(measure /api/v1/health)"
table="| route | req/s | share of /health | p99 |
|---|---|---|---|
| GET /health | $health_rps | 100 % | $health_p99 |"
for route in "${routes[@]}"; do
    IFS='|' read -r rps p99 <<<"$(measure "$route" "$auth")"
    share=$(awk -v a="$rps" -v b="$health_rps" 'BEGIN {printf "%.0f", 100 * a / b}')
    shown=$(sed -e "s|^/api/v1||; s|^/accounts/$epd\$|/accounts/{id}|; s|^/accounts/$epd/|/accounts/{id}/|" \
                -e "s|/contracts/$contract/|/contracts/{contractId}/|" <<<"$route")
    table+="
| GET $shown | $rps | $share % | $p99 |"
done
# A refresh that finds nothing new: the bills again with the ETag of the answer kept.
bills="/api/v1/accounts/$epd/bills"
etag=$(api -D - -o /dev/null -H "$auth" -H 'Accept-Encoding: gzip' "$url$bills" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
IFS='|' read -r rps p99 <<<"$(measure "$bills" "$auth" "If-None-Match: $etag")"
share=$(awk -v a="$rps" -v b="$health_rps" 'BEGIN {printf "%.0f", 100 * a / b}')
table+="
| GET /accounts/{id}/bills with If-None-Match (304) | $rps | $share % | $p99 |"
load_at_end=$(cut -d' ' -f1-3 /proc/loadavg)
bills_wire=$(wire_bytes "/api/v1/accounts/$epd/bills")

if [ -n "$print_only" ]; then
    echo "$table"
    echo "bills of the ЕПД account (12 periods): $bills_wire; load $load_at_start → $load_at_end"
    exit 0
fi

section="## Read routes

Measured by \`bench/reads.sh $seconds\` on $(date -u +%Y-%m-%d), release build, on $(nproc) cores shared
with other work (load average $load_at_start at the start, $load_at_end at the end).
\`lkk-server --demo\` (SQLite) on loopback HTTPS, the demo customer signed in, the ЕПД account
100103492 (12 bills of six providers); \`wrk -t2 -c32 -d${seconds}s --latency\` with
\`Accept-Encoding: gzip\`, the load generator sharing the cores with the server; GET /health first,
then each route in turn, in the same run. The share of /health's throughput is the figure that
stays comparable on a shared machine.

$table

The bills answer on the wire: $bills_wire."
# The section's history (### Before…) is kept below the new table.
history=$(awk '/^## Read routes/ {in_section = 1; next} in_section && /^## / {exit} in_section && /^### Before/ {keep = 1} keep' \
          bench/RESULTS.md 2>/dev/null || true)
[ -z "$history" ] || section+="

$history"
python3 - "$section" <<'PY'
import re, sys
section = sys.argv[1].rstrip() + "\n"
try:
    text = open("bench/RESULTS.md").read()
except FileNotFoundError:
    text = "# Benchmark results\n"
match = re.search(r"^## Read routes\n.*?(?=^## |\Z)", text, flags=re.S | re.M)
if match:
    text = text[:match.start()] + section + ("\n" if match.end() < len(text) else "") + text[match.end():]
elif "\n## Billing import" in text:
    at = text.index("\n## Billing import") + 1
    text = text[:at] + section + "\n" + text[at:]
else:
    text = text.rstrip() + "\n\n" + section
open("bench/RESULTS.md", "w").write(text)
PY
sed -n '/^## Read routes/,/^## [^R]/p' bench/RESULTS.md
