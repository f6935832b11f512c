#!/usr/bin/env bash
# The client under a big account, on the optimised (release) build: a customer with 12 linked
# personal accounts and five years (60 periods) of bills, readings and payments, made by
# bench/generate_billing.py and loaded with `lkk-server import` into a `lkk-server --demo
# --environment test` data dir (its customer second@lkk.example starts with no accounts and links
# the 12 through the API with their link codes). Then `lkk --bench-session` (ui/SessionBenchmark.h)
# signs in through the login window and walks every account, each history tab at the default
# period and at five years, and the print preview and PDF of each account's latest bill, against
# that server on loopback HTTPS; RUNS times on each platform (offscreen, and Xvfb when it is
# installed), each with a fresh config directory. Beside it, in the same run, `lkk
# --bench-bare-window` (an empty window of the same size) gives the memory baseline.
# Writes the "Client under a big account" section of bench/RESULTS.md (its "### Before" history is
# kept); with --print, prints it only.
# usage: bench/client.sh [--print] [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
print_only=
[ "${1:-}" = --print ] && { print_only=1; shift; }
runs=${1:-5}
accounts=12
periods=60

if [ -z "${LKK_BENCH_SKIP_BUILD:-}" ]; then
    scripts/install-deps.sh bench
    cmake --preset release >/dev/null
    cmake --build --preset release -j"$(nproc)" --target lkk lkk-server | tail -n 1
fi
bin=$PWD/build/release/bin
work=$(mktemp -d /tmp/lkk-client-bench.XXXXXX)
server_pid=
stop_server() { [ -z "$server_pid" ] || { kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true; }; server_pid=; }
cleanup() { stop_server; rm -rf "$work"; }
trap cleanup EXIT

start_server() {
    "$bin/lkk-server" --demo --environment test --data-dir "$work/server" --listen 127.0.0.1 --port 0 \
        --access-token-ttl 3600 >"$work/server.log" 2>"$work/access.log" &
    server_pid=$!
    for _ in $(seq 300); do grep -qs LKK_SERVER_READY "$work/server.log" && break; sleep 0.1; done
    grep -q LKK_SERVER_READY "$work/server.log" || { cat "$work/server.log" >&2; exit 1; }
    url=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$work/server.log")
    ca=$(sed -n 's/.*"ca":"\([^"]*\)".*/\1/p' "$work/server.log")
}

# The data set: the demo data dir made once, then the big customer's five years imported into it.
today=$(date +%F)
python3 bench/generate_billing.py --accounts "$accounts" --periods "$periods" --now "$today" \
    --output "$work/billing.json"
start_server
stop_server
"$bin/lkk-server" import "$work/billing.json" --db "sqlite://$work/server/lkk.sqlite" >"$work/import.log" ||
    { cat "$work/import.log" >&2; exit 1; }
start_server

email=second@lkk.example
password=Second1234
api() { curl -sf --cacert "$ca" -H 'Content-Type: application/json' "$@"; }
token=$(api -d "{\"email\":\"$email\",\"password\":\"$password\",\"remember\":false}" "$url/api/v1/auth/login" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])')
# The customer's phone, so that the sign-in goes straight to the main window («Заполните реквизиты» otherwise).
api -X PATCH -H "Authorization: Bearer $token" -o /dev/null -d '{"phone":"+79131112233"}' "$url/api/v1/profile"
python3 - "$accounts" <<'PY' >"$work/accounts.txt"
import sys
sys.path.insert(0, 'bench')
from generate_billing import account_numbers
for number, code in account_numbers(int(sys.argv[1])):
    print(number, code)
PY
while read -r number code; do
    challenge=$(api -H "Authorization: Bearer $token" -d "{\"number\":\"$number\",\"relation\":\"owner\"}" \
                    "$url/api/v1/accounts/link" | python3 -c 'import json, sys; print(json.load(sys.stdin)["challengeId"])')
    api -H "Authorization: Bearer $token" -o /dev/null \
        -d "{\"challengeId\":\"$challenge\",\"question\":\"link_code\",\"answer\":\"$code\"}" \
        "$url/api/v1/accounts/link/confirm" || { echo "bench: could not link $number" >&2; exit 1; }
done <"$work/accounts.txt"
linked=$(api -H "Authorization: Bearer $token" "$url/api/v1/accounts" |
         python3 -c 'import json, sys; print(len(json.load(sys.stdin)["accounts"]))')
[ "$linked" = "$accounts" ] || { echo "bench: $linked accounts linked, expected $accounts" >&2; exit 1; }

export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_CACHE_HOME=$work/home/.cache
export LKK_BENCH_PASSWORD=$password
# One walk and one bare window per run on `platform`; their LKK_BENCH lines go to $work/<platform>.txt.
walks() { # platform
    local platform=$1
    for run in $(seq "$runs"); do
        rm -rf "$HOME" && mkdir -p "$HOME"
        QT_QPA_PLATFORM=$platform "$bin/lkk" --bench-bare-window 2>>"$work/client.err" | sed "s/^/$run /"
        if ! QT_QPA_PLATFORM=$platform "$bin/lkk" --lang ru --server "$url" --ca-file "$ca" \
                --bench-session "$email" 2>>"$work/client.err" | sed "s/^/$run /"; then
            echo "bench: the walk failed on $platform" >&2
            cat "$work/client.err" >&2
            exit 1
        fi
    done
}
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
platforms=(offscreen)
walks offscreen >"$work/offscreen.txt"
if command -v xvfb-run >/dev/null; then
    platforms+=(xcb)
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c "set -o pipefail; $(declare -f walks); bin=$bin runs=$runs url=$url ca=$ca \
        email=$email work=$work walks xcb" >"$work/xcb.txt"
fi
load_at_end=$(cut -d' ' -f1-3 /proc/loadavg)

section=$(python3 - "$work" "$runs" "${platforms[@]}" <<'PY'
import statistics, sys
from collections import defaultdict
work, runs, platforms = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
steps = [
    ('signin', 'sign-in: «Войти» to the main window painted with the accounts, the first one\'s requisites and bills'),
    ('signin_click', '… of it, the click itself (the UI thread busy until the login request has left)'),
    ('signin_login_request', '… of it, until the login answer (the server hashes the password)'),
    ('signin_after_login_request', '… of it, from the login answer to the painted window'),
    ('switch_first_visit', 'another account chosen, first visit (bills of the last year shown)'),
    ('switch_again', 'an account chosen again (bills of the last year shown)'),
    ('open_readings', '«Показания» opened (last year)'),
    ('open_payments', '«Оплаты» opened (last year)'),
    ('open_bills', '«Платёжный документ» opened again (last year)'),
    ('widen_bills_5y', 'bills: period set to five years'),
    ('widen_readings_5y', 'readings: period set to five years'),
    ('widen_payments_5y', 'payments: period set to five years'),
    ('switch_5y', 'an account chosen (bills of five years shown)'),
    ('open_readings_5y', '«Показания» opened (five years)'),
    ('open_payments_5y', '«Оплаты» opened (five years)'),
    ('open_bills_5y', '«Платёжный документ» opened again (five years)'),
    ('print_preview', '«Печать квитанции»: the print preview of the latest bill painted'),
    ('print_pdf', '«Сохранить в PDF»: the latest bill written as a PDF'),
]
out = []
for platform in platforms:
    times = defaultdict(list)
    cpu = defaultdict(list)
    memory = defaultdict(list)
    for line in open(f'{work}/{platform}.txt'):
        f = line.split()
        if len(f) >= 4 and f[1] == 'LKK_BENCH':
            times[f[2]].append(float(f[3]))
            if len(f) >= 7 and f[5] == 'cpu' and float(f[6]) >= 0:
                cpu[f[2]].append(float(f[6]))
        elif len(f) >= 7 and f[1] == 'LKK_BENCH_MEMORY':
            memory[f[2]].append((int(f[4]), int(f[6])))
    name = {'offscreen': 'offscreen', 'xcb': 'Xvfb (xcb)'}[platform]
    out.append(f'### {name}\n')
    out.append('| step | n | median | p90 | max | over 200 ms | client CPU median, max |')
    out.append('|---|---|---|---|---|---|---|')
    for key, text in steps:
        v = sorted(times.get(key, []))
        if not v:
            out.append(f'| {text} | 0 | – | – | – | – | – |')
            continue
        p90 = v[min(len(v) - 1, int(round(0.9 * len(v) + 0.5)) - 1)]
        over = sum(1 for x in v if x > 200)
        c = cpu.get(key, [])
        cpu_text = f'{statistics.median(c):.0f} ms, {max(c):.0f} ms' if c else '–'
        out.append(f'| {text} | {len(v)} | {statistics.median(v):.0f} ms | {p90:.0f} ms | {max(v):.0f} ms | {over} '
                   f'| {cpu_text} |')
    out.append('')
    def mib(kb):
        return f'{kb / 1024:.1f} MiB'
    for label, text in (('bare_window', 'an empty window (`lkk --bench-bare-window`)'),
                        ('session', 'the cabinet after the walk (`lkk --bench-session`)')):
        m = memory.get(label, [])
        if m:
            rss = statistics.median(x[0] for x in m)
            pss = statistics.median(x[1] for x in m)
            out.append(f'- {text}: RSS {mib(rss)}, PSS {mib(pss)} (median of {len(m)})')
    if memory.get('bare_window') and memory.get('session'):
        rss = statistics.median(x[0] for x in memory['session']) - statistics.median(x[0] for x in memory['bare_window'])
        pss = statistics.median(x[1] for x in memory['session']) - statistics.median(x[1] for x in memory['bare_window'])
        out.append(f'- the difference, what the cabinet itself holds: RSS +{mib(rss)}, PSS +{mib(pss)}')
    out.append('')
print('\n'.join(out).rstrip())
PY
)
section="## Client under a big account

Measured by \`bench/client.sh $runs\` on $(date -u +%Y-%m-%d), release build, on $(nproc) cores shared
with other work (load average $load_at_start at the start, $load_at_end at the end).
A customer with $accounts linked accounts and $periods periods (five years) of bills, readings and
payments each (\`bench/generate_billing.py --accounts $accounts --periods $periods\`, imported into
\`lkk-server --demo --environment test\`, SQLite, on loopback HTTPS). \`lkk --bench-session\` signs in
through the login window and walks the window as a person would; each step is timed from the
action (the click, the tab, the period) until its data is in, no request is in flight and the main
window has been repainted with it; the client's CPU time (the whole process, from
\`CLOCK_PROCESS_CPUTIME_ID\`) over the same span is the figure that does not depend on what else runs
on the machine: where a wall time is far above it, the client was waiting for the server or for a
core. The sign-in starts 1.5 s after the login window is shown (a person takes longer to
type). $runs runs per platform, each a fresh process and config directory, so the client's ETag
cache starts empty and the first visit of each account asks the server for everything.
Memory: \`/proc/self/smaps_rollup\` at the end of the walk (the print preview closed), against an
empty window of the same size from the same binary in the same run.

$section"

if [ -n "$print_only" ]; then
    echo "$section"
    exit 0
fi
# The section's history (### Before…) is kept below the new tables.
history=$(awk 'in_section && /^## / {exit} /^## Client under a big account/ {in_section = 1; next}
               in_section && /^### Before/ {keep = 1} keep' bench/RESULTS.md 2>/dev/null || true)
[ -z "$history" ] || section+="

$history"
SECTION=$section bench/put-section.sh "Client under a big account"
echo "$section"
