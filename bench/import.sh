#!/usr/bin/env bash
# Billing import benchmark, on the optimised (release) build: for each size, a file made by
# bench/generate_billing.py is imported into a fresh SQLite database and a fresh PostgreSQL
# database (a throwaway cluster, scripts/pg-test-server.sh), then the same file again, then again
# with --recheck (every entity compared). Elapsed time, CPU time and peak memory (GNU time; for
# PostgreSQL also the server's CPU time), entities per second, and the extrapolation to 400 000
# accounts go into the "Billing import" section of bench/RESULTS.md (the other sections are
# kept). Each measurement is the best of RUNS runs: the machine is shared, so the best is the
# closest to the import's own cost, and the CPU times say what it costs whatever the load.
# usage: bench/import.sh [RUNS] [ACCOUNTS…]   (defaults: 3, then 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)

scripts/install-deps.sh bench
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" --target lkk-server | tail -n 1
bin=$PWD/build/release/bin/lkk-server
# The imports and their PostgreSQL cluster run ahead of the other work on the shared machine
# (bench/priority.sh), so the figures are what the import costs, not what the neighbours do.
source bench/priority.sh
work=$(mktemp -d /tmp/lkk-import-bench.XXXXXX)
chmod 755 "$work" # the PostgreSQL cluster runs as postgres when this runs as root
cleanup() { scripts/pg-test-server.sh stop "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT
pg_url=$(scripts/pg-test-server.sh start "$work/pg")
ahead_pid "$(head -n 1 "$work/pg/data/postmaster.pid")" # its backends inherit it
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
pg_base=${pg_url%/lkk}

# An empty file from long ago: imported first, it applies the migrations, so the timed imports
# measure the import alone.
cat >"$work/empty.json" <<'JSON'
{"format":"lkk-billing","version":1,"generatedAt":"2000-01-01T00:00:00Z","periodUpTo":"2000-01",
 "providers":[],"tariffs":[],"accounts":[],"contracts":[],"meters":[],"readings":[],"bills":[],"payments":[]}
JSON

# CPU seconds the PostgreSQL cluster has used so far (its processes and the ones that ended).
pg_cpu() {
    local pm ticks=0 p
    pm=$(head -n 1 "$work/pg/data/postmaster.pid")
    for p in $pm $(pgrep -P "$pm"); do
        [ -r "/proc/$p/stat" ] && ticks=$((ticks + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat")))
    done
    awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", t / hz}'
}
# timed DB FILE [options…] -> "seconds peak_KiB client_cpu server_cpu"; fails loudly when the
# import does.
timed() {
    local db=$1 file=$2 before=0 after=0
    shift 2
    [[ $db == postgresql:* ]] && before=$(pg_cpu)
    "${ahead[@]}" /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$bin" import "$file" --db "$db" "$@" >"$work/out" 2>"$work/err" ||
        { cat "$work/err" >&2; exit 1; }
    [[ $db == postgresql:* ]] && after=$(pg_cpu)
    awk -v b="$before" -v a="$after" '{printf "%s %s %.2f %.2f\n", $1, $2, $3 + $4, a - b}' "$work/time"
}
# fresh_db KIND NAME -> URL of an empty, migrated database
fresh_db() {
    local url
    if [ "$1" = sqlite ]; then
        rm -rf "$work/$2"
        mkdir -p "$work/$2"
        url="sqlite://$work/$2/lkk.sqlite"
    else
        psql -q "$pg_url" -c "DROP DATABASE IF EXISTS $2" -c "CREATE DATABASE $2" 2>/dev/null
        url="$pg_base/$2"
    fi
    "$bin" import "$work/empty.json" --db "$url" >/dev/null
    echo "$url"
}
# best LINES: the line with the smallest first field
best() { sort -n | head -n 1; }
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", n / s}'; }

rows=()
declare -A first_s first_rate first_cpu first_cpu_rate again_s recheck_s
for n in "${sizes[@]}"; do
    file=$work/billing-$n.json
    summary=$(python3 bench/generate_billing.py --accounts "$n" --seed 1 --output "$file")
    # entities: every element of the eight arrays and every tariff value ("… 93 tariff values, …")
    entities=$(echo "${summary#*: }" | tr ',' '\n' | awk '$NF != "bytes" {s += $1} END {print s}')
    size=$(stat -c %s "$file")
    for kind in sqlite postgresql; do
        first= again= recheck=
        for r in $(seq "$runs"); do
            db=$(fresh_db $kind "bench_${n}_$r")
            first+="$(timed "$db" "$file")"$'\n'
            again+="$(timed "$db" "$file")"$'\n'
            recheck+="$(timed "$db" "$file" --recheck)"$'\n'
            [ $kind = sqlite ] && rm -rf "$work/bench_${n}_$r" || psql -q "$pg_url" -c "DROP DATABASE bench_${n}_$r"
        done
        read -r fs fk fc fp <<<"$(echo -n "$first" | best)"
        read -r as ak ac ap <<<"$(echo -n "$again" | best)"
        read -r rs rk rc rp <<<"$(echo -n "$recheck" | best)"
        first_s[$n,$kind]=$fs
        again_s[$n,$kind]=$as
        recheck_s[$n,$kind]=$rs
        first_rate[$n,$kind]=$(rate "$entities" "$fs")
        first_cpu[$n,$kind]=$(awk -v c="$fc" -v p="$fp" 'BEGIN {print c + p}')
        first_cpu_rate[$n,$kind]=$(rate "$entities" "${first_cpu[$n,$kind]}")
        cpu() { [ "$kind" = sqlite ] && echo "$1 s" || echo "$1 + $2 s"; }
        rows+=("| $n | $(mib $((size / 1024))) MiB | $entities | $kind | $fs s, $(mib "$fk") MiB | $(cpu "$fc" "$fp") | ${first_rate[$n,$kind]} | ${first_cpu_rate[$n,$kind]} | $as s, $(mib "$ak") MiB | $rs s, $(cpu "$rc" "$rp") | $(cut -d' ' -f1 /proc/loadavg) |")
        echo "${rows[-1]}"
    done
done

# How much faster an unchanged file goes in again than the first time.
ratio() { awk -v f="$1" -v a="$2" 'BEGIN {printf "%.0f", f / (a > 0.01 ? a : 0.01)}'; }
speedups=()
for n in "${sizes[@]}"; do
    for kind in sqlite postgresql; do
        speedups+=("- $n accounts, $kind: the same file again $(ratio "${first_s[$n,$kind]}" "${again_s[$n,$kind]}")× faster than the first import, with --recheck $(awk -v f="${first_s[$n,$kind]}" -v r="${recheck_s[$n,$kind]}" 'BEGIN {printf "%.1f", f / r}')×")
    done
done

# 400 000 accounts: the largest size measured, scaled linearly (time grows with the entities,
# memory does not).
largest=${sizes[-1]}
extrapolation=()
for kind in sqlite postgresql; do
    seconds=$(awk -v s="${first_s[$largest,$kind]}" -v n="$largest" 'BEGIN {printf "%.0f", s * 400000 / n}')
    cpu_seconds=$(awk -v s="${first_cpu[$largest,$kind]}" -v n="$largest" 'BEGIN {printf "%.0f", s * 400000 / n}')
    extrapolation+=("- $kind: a first import in about $((seconds / 60)) min $((seconds % 60)) s as measured here, $((cpu_seconds / 60)) min $((cpu_seconds % 60)) s of CPU")
done

section=$(cat <<MD
## Billing import (\`bench/import.sh\`)

Measured by \`bench/import.sh $runs ${sizes[*]}\` on $(date -u +%Y-%m-%d), release build, on $(nproc) cores
shared with other work, the imports and PostgreSQL at $priority: load average $load_at_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the
end ("load" below: the 1-minute load average when that row's runs ended). Files from
\`bench/generate_billing.py --accounts N\` (1 period, 40 % ЕПД accounts); each database fresh
and migrated; PostgreSQL 15 from
\`scripts/pg-test-server.sh\` (fsync off). Elapsed time and peak resident memory of \`lkk-server
import\` from GNU time, the best of $runs runs; CPU = the import's user + system time (for
PostgreSQL + the server's); entities/s = entities / elapsed; per CPU-s = entities / CPU, what
the import costs whatever else runs (the import reads on one thread and writes on another, so on
an idle machine elapsed can be less than CPU); entities = the elements of the eight arrays plus
the tariff values; "same file again" = the file imported last, recognised by its SHA-256;
"--recheck" = every entity checked and compared again (what a file that changed in a few places
costs).

| accounts | file | entities | database | first import | CPU | entities/s | per CPU-s | same file again | --recheck | load |
|---|---|---|---|---|---|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")

Re-importing an unchanged file (elapsed time of the first import / of the re-import):
$(printf '%s\n' "${speedups[@]}")

400 000 accounts (a month of a utility, about $(mib $(( $(stat -c %s "$work/billing-$largest.json") * (400000 / largest) / 1024 ))) MiB), extrapolated from $largest:
$(printf '%s\n' "${extrapolation[@]}")
- memory: as measured above; it does not grow with the file beyond the import's bounds (on SQLite
  its page cache grows to at most 32 MiB for the tables and 32 MiB for the temporary ones).

Before the PostgreSQL import sent its writes behind its checks (docs/billing-import.md,
"Writing"; the same machine and method, 2 runs, load 1.1, 2026-12-07): 10 000 accounts, SQLite
3.43 s (CPU 3.97 s, 102 MiB, 31 876 entities/s), PostgreSQL 4.72 s (CPU 2.33 + 2.88 s, 87 MiB,
23 164 entities/s); 100 000 accounts, SQLite 33.14 s (CPU 36.70 s, 139 MiB, 33 065 entities/s),
PostgreSQL 42.25 s (CPU 20.89 + 25.53 s, 90 MiB, 25 935 entities/s).

Before migration 0016 dropped the foreign keys only the import writes on PostgreSQL and new rows
of import-only tables were inserted without a conflict check (the same machine and method, 2 runs,
load 13–16, 2026-12-06): 10 000 accounts, SQLite 3.47 s (CPU 3.05 s, 102 MiB, 31 509 entities/s),
PostgreSQL 8.26 s (CPU 1.86 + 3.62 s, 86 MiB, 13 237 entities/s); 100 000 accounts, SQLite
39.38 s (CPU 33.72 s, 138 MiB, 27 825 entities/s), PostgreSQL 119.62 s (CPU 18.68 + 38.31 s,
90 MiB, 9 160 entities/s).

Before the import's larger batches, SQLite page cache and fewer thread wake-ups (the same machine
and method, nice -10 with autogroups, load about 10, 10 000 accounts, one run): SQLite 4.06 s
(CPU 3.79 s, 56 MiB), PostgreSQL 11.79 s (CPU 2.27 + 3.94 s, 47 MiB). The same binary at nice -10
without the autogroup: SQLite 7.60 s, PostgreSQL 11.39 s; this section before, at the normal
priority and load 10–13: SQLite 6.64 s and 98.42 s, PostgreSQL 10.22 s and 147.46 s for 10 000
and 100 000 accounts, with about the same CPU times as now.

Before the streaming import (the same machine, 10 000 accounts, the whole file in memory):
SQLite 15.8 s and 339 MiB, the same file again 14.3 s; PostgreSQL 84.8 s and 341 MiB, again 46.1 s.
MD
)

# Replace the section (always the last one) and keep the others.
if [ -f bench/RESULTS.md ]; then
    sed '/^## Billing import/,$d' bench/RESULTS.md >"$work/results"
else
    echo "# Benchmark results" >"$work/results"
fi
{ sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$work/results"; echo; echo "$section"; } >bench/RESULTS.md
echo "$section"
