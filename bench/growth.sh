#!/usr/bin/env bash
# Growth benchmark, on the optimised (release) build: the read routes of bench/reads.sh against
# PostgreSQL while the database grows — 1 000, 10 000, then 100 000 generated accounts
# (bench/generate_billing.py, one billing period each, loaded with `lkk-server import`, then
# widened to four years each by bench/widen_history.sql and given a customer each by
# bench/add_customers.sql) besides the demo's, the same demo customer and ЕПД account measured at
# every size — so a reader sees whether latency stays flat as the data grows. Then, at the largest size, the throughput of two lkk-server instances on the one
# database (as docs/operations.md runs them) against one.
# Each route: `wrk -t2 -c32 -dSECONDS --latency` with Accept-Encoding: gzip, GET /health first, in
# the same run; the pair: two wrk -c16 at once, one per instance, their req/s added.
# Writes the "Growth" section of bench/RESULTS.md (before the billing import's, which
# bench/import.sh keeps last); the other sections are kept. With --print, writes nothing.
# usage: bench/growth.sh [--print] [SECONDS] [ACCOUNTS…]   (defaults: 5, then 1000 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
print_only=
[ "${1:-}" = --print ] && { print_only=1; shift; }
seconds=${1:-5}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)

scripts/install-deps.sh bench
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" --target lkk-server | tail -n 1
bin=$PWD/build/release/bin/lkk-server
work=$(mktemp -d /tmp/lkk-growth-bench.XXXXXX)
chmod 755 "$work" # the PostgreSQL cluster runs as postgres when this runs as root
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    scripts/pg-test-server.sh stop "$work/pg"
    rm -rf "$work"
}
trap cleanup EXIT
# The figures are what the server and its database cost, not what the other work on a shared
# machine costs: PostgreSQL, the servers and wrk run ahead of that work (bench/priority.sh).
source bench/priority.sh
pg_url=$(scripts/pg-test-server.sh start "$work/pg")
ahead_pid "$(head -n 1 "$work/pg/data/postmaster.pid")" # its backends inherit it
db="${pg_url%/lkk}/growth"
psql -q "$pg_url" -c "CREATE DATABASE growth"
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date +%s)

# start_server NAME [OPTION…]: a demo lkk-server on the database (the first one seeds the demo
# customer and imports the demo's billing file); its URL in $work/NAME.url. Not in a subshell, so
# the trap knows its process.
start_server() {
    local name=$1
    shift
    "${ahead[@]}" "$bin" --demo --data-dir "$work/$name" --db "$db" --listen 127.0.0.1 --port 0 --access-token-ttl 36000 "$@" \
        >"$work/$name.log" 2>"$work/$name.access.log" &
    pids+=($!)
    for _ in $(seq 600); do grep -q LKK_SERVER_READY "$work/$name.log" && break; sleep 0.1; done
    sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$work/$name.log" >"$work/$name.url"
}
start_server one
url=$(cat "$work/one.url")
ca=$(sed -n 's/.*"ca":"\([^"]*\)".*/\1/p' "$work/one.log")
api() { curl -sf --cacert "$ca" "$@"; }
token=$(api -H 'Content-Type: application/json' \
        -d '{"email":"demo@lkk.example","password":"Demo1234","remember":false}' "$url/api/v1/auth/login" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])')
auth="Authorization: Bearer $token"
epd=$(api -H "$auth" "$url/api/v1/accounts" |
      python3 -c 'import json, sys; print(next(a["id"] for a in json.load(sys.stdin)["accounts"] if a["number"] == "100103492"))')
contract=$(api -H "$auth" "$url/api/v1/accounts/$epd/requisites" |
           python3 -c 'import json, sys; print(json.load(sys.stdin)["contracts"][0]["id"])')
bills="/api/v1/accounts/$epd/bills"
# A second instance on the same database with no response cache: every read there costs what a
# first read costs (the data's first read, or one after a change); the token is the same.
start_server cold --response-cache-bytes 0
cold_url=$(cat "$work/cold.url")

# wrk_run URL CONNECTIONS OUT [header…]: wrk's report in OUT.
wrk_run() {
    local target=$1 connections=$2 out=$3
    shift 3
    local headers=(-H 'Accept-Encoding: gzip')
    for h in "$@"; do headers+=(-H "$h"); done
    "${ahead[@]}" wrk -t2 -c"$connections" -d"${seconds}s" --latency "${headers[@]}" "$target" >"$out"
}
rps() { awk '/Requests\/sec/ {printf "%.0f", $2}' "$1"; }
p99() { awk '$1=="99%" {print $2}' "$1"; }

# Each route as the table shows it, then its path and headers; the 304 with the bills' ETag of
# the moment (an import gives every account's answers a new one).
set_routes() {
    local etag
    etag=$(api -D - -o /dev/null -H "$auth" -H 'Accept-Encoding: gzip' "$url$bills" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
    routes=("GET /health|/api/v1/health"
            "GET /profile|/api/v1/profile|$auth"
            "GET /accounts|/api/v1/accounts|$auth"
            "GET /accounts/{id}|/api/v1/accounts/$epd|$auth"
            "GET /accounts/{id}/requisites|/api/v1/accounts/$epd/requisites|$auth"
            "GET /accounts/{id}/contracts/{contractId}/tariffs|/api/v1/accounts/$epd/contracts/$contract/tariffs|$auth"
            "GET /accounts/{id}/meters|/api/v1/accounts/$epd/meters|$auth"
            "GET /accounts/{id}/bills|$bills|$auth"
            "GET /accounts/{id}/readings|/api/v1/accounts/$epd/readings|$auth"
            "GET /accounts/{id}/readings/form|/api/v1/accounts/$epd/readings/form|$auth"
            "GET /accounts/{id}/payments|/api/v1/accounts/$epd/payments|$auth"
            "GET /accounts/{id}/payment-form|/api/v1/accounts/$epd/payment-form|$auth"
            "GET /accounts/{id}/bills with If-None-Match (304)|$bills|$auth|If-None-Match: $etag")
}

set_routes
declare -A figure # size,route → "req/s (share), p99"
imports=()
count_rows=()
seconds_between() { awk -v b="$1" -v e="$2" 'BEGIN {printf "%.0f", e - b}'; }
for n in "${sizes[@]}"; do
    file=$work/billing-$n.json
    python3 bench/generate_billing.py --accounts "$n" --seed 1 --output "$file" >/dev/null
    begin=$(date +%s.%N)
    "${ahead[@]}" "$bin" import "$file" --db "$db" >"$work/import.out" 2>&1 || { cat "$work/import.out" >&2; exit 1; }
    imported=$(date +%s.%N)
    rm -f "$file"
    psql -q -v ON_ERROR_STOP=1 -f bench/widen_history.sql "$db" >/dev/null
    psql -q -v ON_ERROR_STOP=1 -f bench/add_customers.sql "$db" >/dev/null
    widened=$(date +%s.%N)
    psql -q "$db" -c "VACUUM ANALYZE" 2>/dev/null
    imports+=("$n accounts: $(seconds_between "$begin" "$imported") s + $(seconds_between "$imported" "$widened") s + $(seconds_between "$widened" "$(date +%s.%N)") s")
    counts=$(psql -tA -F ' | ' "$db" -c "SELECT (SELECT count(*) FROM billing_accounts), (SELECT count(*) FROM billing_bills),
        (SELECT count(*) FROM billing_bill_providers), (SELECT count(*) FROM billing_bill_lines),
        (SELECT count(*) FROM billing_readings), (SELECT count(*) FROM billing_payments),
        (SELECT count(*) FROM users), (SELECT count(*) FROM sessions),
        pg_size_pretty(pg_database_size(current_database()))")
    accounts=${counts%% *}
    count_rows+=("| $counts |")
    set_routes
    health=
    for route in "${routes[@]}"; do
        IFS='|' read -r shown path h1 h2 <<<"$route"
        wrk_run "$url$path" 32 "$work/wrk.txt" ${h1:+"$h1"} ${h2:+"$h2"}
        r=$(rps "$work/wrk.txt")
        [ -n "$health" ] || health=$r
        figure[$n,$shown]="$r ($(awk -v a="$r" -v b="$health" 'BEGIN {printf "%.0f", 100 * a / b}') %), $(p99 "$work/wrk.txt")"
        echo "$accounts accounts: $shown ${figure[$n,$shown]}"
        case $shown in "GET /health" | *"(304)") continue ;; esac
        wrk_run "$cold_url$path" 32 "$work/wrk.txt" ${h1:+"$h1"} ${h2:+"$h2"}
        r=$(rps "$work/wrk.txt")
        figure[$n,$shown,first]="$r ($(awk -v a="$r" -v b="$health" 'BEGIN {printf "%.0f", 100 * a / b}') %), $(p99 "$work/wrk.txt")"
        echo "$accounts accounts: $shown, first read ${figure[$n,$shown,first]}"
    done
    figure[$n,accounts]=$accounts
done

# Two instances on the one database against one, at the largest size (the first-read instance
# stays idle meanwhile); and one instance with twice
# the default worker threads (each holds a connection and waits for PostgreSQL's answers).
start_server two
start_server wide --worker-threads 8
second=$(cat "$work/two.url")
wide=$(cat "$work/wide.url")
pair_routes=("GET /health|/api/v1/health" "GET /accounts|/api/v1/accounts|$auth"
             "GET /accounts/{id}/bills|$bills|$auth" "GET /accounts/{id}/readings/form|/api/v1/accounts/$epd/readings/form|$auth")
pair_rows=()
for route in "${pair_routes[@]}"; do
    IFS='|' read -r shown path h1 <<<"$route"
    wrk_run "$url$path" 32 "$work/single.txt" ${h1:+"$h1"}
    wrk_run "$url$path" 16 "$work/a.txt" ${h1:+"$h1"} &
    first=$!
    wrk_run "$second$path" 16 "$work/b.txt" ${h1:+"$h1"}
    wait "$first"
    wrk_run "$wide$path" 32 "$work/wide.txt" ${h1:+"$h1"}
    one=$(rps "$work/single.txt")
    two=$(($(rps "$work/a.txt") + $(rps "$work/b.txt")))
    pair_rows+=("| $shown | $one, p99 $(p99 "$work/single.txt") | $two, p99 $(p99 "$work/a.txt") / $(p99 "$work/b.txt") | $(awk -v a="$two" -v b="$one" 'BEGIN {printf "%.2f", a / b}')× | $(rps "$work/wide.txt"), p99 $(p99 "$work/wide.txt") |")
    echo "${pair_rows[-1]}"
done
load_at_end=$(cut -d' ' -f1-3 /proc/loadavg)

header="| route |"
rule="|---|"
for n in "${sizes[@]}"; do
    header+=" ${figure[$n,accounts]} accounts |"
    rule+="---|"
done
table="$header
$rule"
for route in "${routes[@]}"; do
    shown=${route%%|*}
    row="| $shown |"
    for n in "${sizes[@]}"; do row+=" ${figure[$n,$shown]} |"; done
    table+="
$row"
done
first_table="$header
$rule"
for route in "${routes[@]}"; do
    shown=${route%%|*}
    case $shown in "GET /health" | *"(304)") continue ;; esac
    row="| $shown |"
    for n in "${sizes[@]}"; do row+=" ${figure[$n,$shown,first]} |"; done
    first_table+="
$row"
done

section="## Growth (\`bench/growth.sh\`)

Measured by \`bench/growth.sh $seconds ${sizes[*]}\` on $(date -u +%Y-%m-%d), release build, on $(nproc) cores
shared with other work (load average $load_at_start at the start, $load_at_end at the end; the whole
run took $(( ($(date +%s) - started) / 60 )) min); PostgreSQL, the servers and wrk ran at $priority.
PostgreSQL 15 from \`scripts/pg-test-server.sh\` (fsync off) on the same machine; \`lkk-server --demo
--db\` on it, then files of $(IFS=/; echo "${sizes[*]}") accounts from \`bench/generate_billing.py --seed 1\` (one
billing period, 2026-11, the larger file a superset of the smaller) imported one after the other
with \`lkk-server import\`, each import followed by \`bench/widen_history.sql\`, which gives every
account it brought the 47 periods before (2022-12 to 2026-10: bills with their provider blocks and
lines, a credited payment per block, a reading a month per meter zone from 2022-11, all within the
import's invariants), then by \`bench/add_customers.sql\`, which gives each of those accounts a
customer (a user, the owner's link, a signed-in session), and \`VACUUM ANALYZE\` (import + widening
and customers + vacuum: $(IFS=';'; echo "${imports[*]}" | sed 's/;/; /g')).
So every account holds four years and has its customer, as a utility's tables would; the rows
after each step:

| accounts | bills | provider blocks | bill lines | readings | payments | users | sessions | database |
|---|---|---|---|---|---|---|---|---|
$(printf '%s\n' "${count_rows[@]}")

At every size the same demo customer and ЕПД account 100103492 are measured (bills, readings and
payments of four years, 2022-11 to 2026-11, as every other account now), so the work per request is
the same and only the tables grow. Each route: \`wrk -t2 -c32 -d${seconds}s --latency\` with \`Accept-Encoding: gzip\`,
one after the other, GET /health first; req/s (share of /health's in the same column), p99.
One customer reads each route again and again, so from the second read on the server's
response cache answers (docs/http-server.md): these are repeated reads.

$table

First reads: each route again, right after, on a second instance on the same database started with
\`--response-cache-bytes 0\`, so every read costs what the first read of its data costs; the share
is of the same column's /health above.

$first_table

Two \`lkk-server\` instances on the one database (the second one started at the end, at
${figure[${sizes[-1]},accounts]} accounts): one instance under \`wrk -c32\`, then both at once under two
\`wrk -c16\`, one per instance, their req/s added; last, a third instance alone with
\`--worker-threads 8\` (the default is 4). Both instances, PostgreSQL and wrk share the
same $(nproc) cores, so the pair can only show that nothing serialises across instances, not
a second machine's capacity.

| route | one instance, req/s | two instances, req/s | two / one | one with 8 worker threads |
|---|---|---|---|---|
$(printf '%s\n' "${pair_rows[@]}")"

if [ -n "$print_only" ]; then
    echo "$section"
    exit 0
fi
SECTION=$section bench/put-section.sh Growth
echo "$section"
