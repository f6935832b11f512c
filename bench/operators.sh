#!/usr/bin/env bash
# Operator workspace benchmark, on the optimised (release) build: for each size, a fresh
# PostgreSQL database (a throwaway cluster, scripts/pg-test-server.sh) is filled with that many
# customers and their accounts by bench/generate_callers.py (the billing import format, then the
# customers), lkk-server serves it over loopback HTTPS, and 8 operators (8 threads of
# bench/operator_load.py, each on its own connection and token) search callers back to back for
# SECONDS, then open callers' cabinets for SECONDS. Server-side latencies come from the access
# log's durationMs of those requests (what the issue's limits are about), client-side ones from
# the load tool (TLS and the client included). The operators' limits are raised for the run
# (--operator-searches-per-minute, --operator-cabinets-per-hour): they would refuse a bench.
# Writes the "Operator workspace" section of bench/RESULTS.md (before "Billing import", which
# bench/import.sh keeps last); the other sections are kept.
# usage: bench/operators.sh [SECONDS] [CUSTOMERS…]   (defaults: 20, then 1000 100000)
#        LKK_SERVER_BINARY=… to use another build
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
[ $# -gt 0 ] && shift
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 100000)
bin=${LKK_SERVER_BINARY:-}
if [ -z "$bin" ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release -j"$(nproc)" --target lkk-server | tail -n 1
    bin=$PWD/build/release/bin/lkk-server
fi
work=$(mktemp -d /tmp/lkk-operators-bench.XXXXXX)
chmod 755 "$work" # the cluster's user must reach its directory
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
    wait 2>/dev/null || true
    scripts/pg-test-server.sh stop "$work/pg"
    rm -rf "$work"
}
trap cleanup EXIT

admin=$(scripts/pg-test-server.sh start "$work/pg")
base=${admin%/*}

# ready LOG: waits for the server's ready line; prints its URL.
ready() {
    for _ in $(seq 600); do grep -q LKK_SERVER_READY "$1" && break; sleep 0.1; done
    grep -q LKK_SERVER_READY "$1" || { echo "bench: the server did not start:" >&2; cat "$1" >&2; exit 1; }
    sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$1"
}

# TLS files and the demo operator's password hash (Operator1234), from a throwaway demo server.
"$bin" --demo --data-dir "$work/demo" --listen 127.0.0.1 --port 0 >"$work/demo.log" 2>&1 &
server_pid=$!
ready "$work/demo.log" >/dev/null
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=
hash=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
    "SELECT password_hash FROM users WHERE email = ?", ("operator@lkk.example",)).fetchone()[0])' "$work/demo/lkk.sqlite")

# sign_in URL EMAIL: an access token of a bench operator (password Operator1234). Operators sign in
# in two steps; a first sign-in answers the new TOTP secret, whose current code completes it.
sign_in() {
    python3 - "$1" "$2" "$work/demo/tls/ca.crt" <<'PY'
import base64, hmac, json, ssl, struct, sys, time, urllib.request
url, email, ca = sys.argv[1:4]
context = ssl.create_default_context(cafile=ca)
def post(path, body):
    request = urllib.request.Request(url + path, json.dumps(body).encode(), {'Content-Type': 'application/json'})
    with urllib.request.urlopen(request, context=context) as response:
        return json.load(response)
started = post('/api/v1/auth/login', {'email': email, 'password': 'Operator1234'})
encoded = started['enrolment']['secret']
secret = base64.b32decode(encoded + '=' * (-len(encoded) % 8))
mac = hmac.digest(secret, struct.pack('>Q', int(time.time()) // 30), 'sha1')
offset = mac[-1] & 0x0f
code = '%06d' % ((struct.unpack('>I', mac[offset:offset + 4])[0] & 0x7fffffff) % 1000000)
print(post('/api/v1/auth/login/second-factor', {'challenge': started['challenge'], 'code': code})['accessToken'])
PY
}

# percentiles FILE FROM TO PATTERN: p50/p95/p99 of durationMs of access-log lines FROM..TO whose
# path matches PATTERN (a regular expression).
percentiles() {
    python3 - "$@" <<'PY'
import json, re, sys
path, first, last, pattern = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), re.compile(sys.argv[4])
values = []
with open(path, encoding='utf-8') as f:
    for number, line in enumerate(f):
        if number < first or number >= last or not line.startswith('{'):
            continue
        entry = json.loads(line)
        if pattern.fullmatch(entry.get('path', '')) and entry.get('status') == 200:
            values.append(entry['durationMs'])
values.sort()
pick = lambda p: values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float('nan')
print('%d %s %s %s' % (len(values), pick(50), pick(95), pick(99)))
PY
}

load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
rows=""
for n in "${sizes[@]}"; do
    db="$base/callers_$n"
    psql "$admin" -qc "CREATE DATABASE callers_$n"
    started=$(date +%s)
    generated=$(python3 bench/generate_callers.py --customers "$n" --db "$db" --lkk-server "$bin" --work "$work/gen")
    echo "bench: $generated in $(($(date +%s) - started)) s" >&2
    psql "$db" -q -v hash="$hash" <<'SQL'
INSERT INTO users (email, password_hash, surname, first_name, role, created_at)
SELECT 'op' || g || '@bench.example', :'hash', 'Операторов', 'Бенч', 'operator', 0 FROM generate_series(1, 8) g;
SQL
    psql "$db" -At -F $'\t' -c "SELECT u.id, u.phone, u.email, a.number, u.surname, a.address_display FROM users u
        JOIN account_links l ON l.user_id = u.id JOIN billing_accounts a ON a.id = l.account_id
        WHERE u.role = 'customer' ORDER BY md5(u.email) LIMIT 2000" >"$work/callers.tsv"

    log="$work/access_$n.log"
    "$bin" --db "$db" --tls-cert "$work/demo/tls/server.crt" --tls-key "$work/demo/tls/server.key" \
        --environment test --data-dir "$work/server_$n" --listen 127.0.0.1 --port 0 --access-log "$log" \
        --access-token-ttl 3600 --operator-searches-per-minute 100000 --operator-cabinets-per-hour 100000 \
        >"$work/server_$n.log" 2>&1 &
    server_pid=$!
    url=$(ready "$work/server_$n.log")
    tokens=""
    for i in $(seq 8); do
        token=$(sign_in "$url" "op$i@bench.example")
        tokens+="${tokens:+,}$token"
    done
    load=(python3 bench/operator_load.py --url "$url" --ca "$work/demo/tls/ca.crt" --tokens "$tokens"
          --callers "$work/callers.tsv")
    "${load[@]}" --kind search --seconds 3 >/dev/null # warm-up: caches, prepared statements
    "${load[@]}" --kind cabinet --seconds 3 >/dev/null
    for kind in search cabinet; do
        from=$(wc -l <"$log")
        read -r count failed c50 c95 c99 <<<"$("${load[@]}" --kind "$kind" --seconds "$seconds")"
        to=$(wc -l <"$log")
        pattern='/api/v1/operator/customers'
        [ "$kind" = cabinet ] && pattern='/api/v1/operator/customers/[0-9]+'
        read -r served s50 s95 s99 <<<"$(percentiles "$log" "$from" "$to" "$pattern")"
        load_now=$(cut -d' ' -f1 /proc/loadavg)
        what="search"
        [ "$kind" = cabinet ] && what="cabinet summary"
        rows+="| $n | $what | $count ($failed not 200) | $(awk -v c="$count" -v s="$seconds" 'BEGIN {printf "%.0f", c / s}') | $s50 / **$s95** / $s99 ms | $c50 / $c95 / $c99 ms | $load_now |
"
        echo "bench: $n customers, $what: server p95 $s95 ms, client p95 $c95 ms ($count requests, $failed not 200)" >&2
    done
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=
done
load_at_end=$(cut -d' ' -f1-3 /proc/loadavg)

section=$(cat <<MD
## Operator workspace (\`bench/operators.sh\`)

Measured by \`bench/operators.sh $seconds ${sizes[*]}\` on $(date -u +%Y-%m-%d), release build, on $(nproc) cores
shared with other work: load average $load_at_start at the start, $load_at_end at the end
("load" below: the 1-minute load average when that row's run ended). PostgreSQL 15 from
\`scripts/pg-test-server.sh\` (fsync off), filled by \`bench/generate_callers.py\`: N customers,
N + N/10 accounts in the billing import format (every tenth customer has two), 240 surnames.
8 operators (threads, one connection and token each) send requests back to back for $seconds s:
searches — a quarter each a phone in a usual spelling, an account number, an e-mail, and a
surname prefix with a street — then cabinet summaries of random callers; each request writes
its audit entry. Server = durationMs in the access log (from the request read to the answer
written); client = as the load tool saw it, TLS included. Limits for the issue: search p95
≤ 50 ms and cabinet summary p95 ≤ 100 ms at 100 000 customers.

| customers | request | requests (failed) | req/s | server p50 / **p95** / p99 | client p50 / p95 / p99 | load |
|---|---|---|---|---|---|---|
$rows
MD
)

SECTION="$section" bench/put-section.sh "Operator workspace"
echo "$section"
