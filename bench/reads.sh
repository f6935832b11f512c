#!/usr/bin/env bash
# Read routes benchmark, on the optimised (release) build: lkk-server --demo (SQLite) on loopback
# HTTPS with the demo customer signed in; GET /health first, then every customer read route of
# the ЕПД account, each under `wrk -t2 -c32 -dSECONDS --latency` with Accept-Encoding: gzip (as
# the client sends it), one after the other in the same run. /health is the server's own ceiling
# on this machine at this moment (TLS, the HTTP layer, one SELECT 1), so each route is also given
# as a share of it: the machine is shared, and the share is what stays comparable between runs.
# Each route twice: on a server with the response cache (a repeated read) and right after on a
# second one without it (what a first read costs). Last, the bills again with If-None-Match: what
# a refresh that finds nothing new costs (304).
# Writes the "Read routes" section of bench/RESULTS.md; the other sections, and the section's
# subsections ("### …": the measured changes and the "### Before" history) are kept. With --print,
# writes nothing and prints the table only.
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
server_pids=()
cleanup() { [ ${#server_pids[@]} -eq 0 ] || kill "${server_pids[@]}" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# The latency goal is about what the server's answer costs, not what the other work on a shared
# machine costs: the servers and wrk run ahead of that work (bench/priority.sh).
source bench/priority.sh

# Two demo servers, the same data in each: "cached" with the default response cache, "cold" with
# none (--response-cache-bytes 0), so every read there costs what a first read costs.
declare -A url ca token epd contract
start_server() { # name [lkk-server option…]
    local name=$1
    shift
    "${ahead[@]}" "$bin" --demo --data-dir "$work/$name" --listen 127.0.0.1 --port 0 --access-token-ttl 3600 "$@" \
        >"$work/$name.log" 2>"$work/$name-access.log" &
    server_pids+=($!)
    for _ in $(seq 300); do grep -q LKK_SERVER_READY "$work/$name.log" && break; sleep 0.1; done
    url[$name]=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$work/$name.log")
    ca[$name]=$(sed -n 's/.*"ca":"\([^"]*\)".*/\1/p' "$work/$name.log")
    token[$name]=$(curl -sf --cacert "${ca[$name]}" -H 'Content-Type: application/json' \
        -d '{"email":"demo@lkk.example","password":"Demo1234","remember":false}' "${url[$name]}/api/v1/auth/login" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])')
    epd[$name]=$(api "$name" "/api/v1/accounts" |
        python3 -c 'import json, sys; print(next(a["id"] for a in json.load(sys.stdin)["accounts"] if a["number"] == "100103492"))')
    contract[$name]=$(api "$name" "/api/v1/accounts/${epd[$name]}/requisites" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["contracts"][0]["id"])')
}
api() { # server path [curl option…]
    local name=$1 path=$2
    shift 2
    curl -sf --cacert "${ca[$name]}" -H "Authorization: Bearer ${token[$name]}" "$@" "${url[$name]}$path"
}
start_server cached
start_server cold --response-cache-bytes 0
wire_bytes() { # path: the size of the answer on the wire with gzip, and without
    local gz plain
    gz=$(api cached "$1" -H 'Accept-Encoding: gzip' | wc -c)
    plain=$(api cached "$1" | wc -c)
    echo "$gz B gzip ($plain B identity)"
}
on() { # server route: the route of the table ({id}, {contractId}) on that server
    sed -e "s|{id}|${epd[$1]}|; s|{contractId}|${contract[$1]}|" <<<"/api/v1$2"
}

# "req/s|p99" of one route.
measure() { # server path [header [header]]
    local name=$1 path=$2
    "${ahead[@]}" wrk -t2 -c32 -d"${seconds}s" --latency -H 'Accept-Encoding: gzip' ${3:+-H "$3"} ${4:+-H "$4"} \
        "${url[$name]}$path" >"$work/wrk.txt"
    local rps p99 non2xx
    rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt")
    p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")
    [ -z "$non2xx" ] || [ -n "${4:-}" ] || echo "bench: $name $path answered $non2xx non-2xx" >&2
    echo "$rps|$p99"
}
share() { awk -v a="$1" -v b="$health_rps" 'BEGIN {printf "%.0f %%", 100 * a / b}'; }

routes=(/profile /accounts "/accounts/{id}" "/accounts/{id}/requisites" "/accounts/{id}/contracts/{contractId}/tariffs"
        "/accounts/{id}/meters" "/accounts/{id}/bills" "/accounts/{id}/readings" "/accounts/{id}/readings/form"
        "/accounts/{id}/payments" "/accounts/{id}/payment-form")
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
IFS='|' read -r health_rps health_p99 <<<"$(measure cached /api/v1/health)"
table="| route | req/s | share of /health | p99 | first read: req/s | share | p99 |
|---|---|---|---|---|---|---|
| GET /health | $health_rps | 100 % | $health_p99 | | | |"
for route in "${routes[@]}"; do
    auth="Authorization: Bearer ${token[cached]}"
    IFS='|' read -r rps p99 <<<"$(measure cached "$(on cached "$route")" "$auth")"
    auth="Authorization: Bearer ${token[cold]}"
    IFS='|' read -r cold_rps cold_p99 <<<"$(measure cold "$(on cold "$route")" "$auth")"
    table+="
| GET $route | $rps | $(share "$rps") | $p99 | $cold_rps | $(share "$cold_rps") | $cold_p99 |"
done
# A refresh that finds nothing new: the bills again with the ETag of the answer kept.
bills=$(on cached "/accounts/{id}/bills")
etag=$(api cached "$bills" -D - -o /dev/null -H 'Accept-Encoding: gzip' | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
IFS='|' read -r rps p99 <<<"$(measure cached "$bills" "Authorization: Bearer ${token[cached]}" "If-None-Match: $etag")"
table+="
| GET /accounts/{id}/bills with If-None-Match (304) | $rps | $(share "$rps") | $p99 | | | |"
load_at_end=$(cut -d' ' -f1-3 /proc/loadavg)
bills_wire=$(wire_bytes "$bills")

if [ -n "$print_only" ]; then
    echo "$table"
    echo "bills of the ЕПД account (12 periods): $bills_wire; load $load_at_start → $load_at_end; $priority"
    exit 0
fi

section="## Read routes

Measured by \`bench/reads.sh $seconds\` on $(date -u +%Y-%m-%d), release build, on $(nproc) cores shared
with other work (load average $load_at_start at the start, $load_at_end at the end).
\`lkk-server --demo\` (SQLite) on loopback HTTPS, the demo customer signed in, the ЕПД account
100103492 (12 bills of six providers); \`wrk -t2 -c32 -d${seconds}s --latency\` with
\`Accept-Encoding: gzip\`, the load generator sharing the cores with the server; the servers and
wrk ran at $priority.
GET /health first, then each route in turn, in the same run. The share of /health's throughput
is the figure that stays comparable on a shared machine.
«req/s» is a repeated read, which the response cache answers (docs/http-server.md, «Response
cache»); «first read» is the same route on a second demo server started with
\`--response-cache-bytes 0\`, measured right after it: what every read costs whose answer is not
kept (the first after a change of its data, or a new request).

$table

The bills answer on the wire: $bills_wire."
# The section's subsections (### Reads together, ### Before…: measured changes and the history) are
# kept below the new table.
history=$(awk '/^## Read routes/ {in_section = 1; next} in_section && /^## / {exit} in_section && /^### / {keep = 1} keep' \
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
