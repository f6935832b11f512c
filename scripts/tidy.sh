#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy: the bugprone checks) over every source of the repository in the
# compile database of a configured preset, on all cores, and fails on any finding. Diagnostics are
# limited to the repository's own files (not Qt's headers, not moc/uic output).
# usage: scripts/tidy.sh [preset (default dev)] [regex of files, e.g. 'server/readings/']
# Needs the preset configured (cmake --preset dev) and clang-tidy (scripts/install-deps.sh tidy);
# it builds the preset's moc/uic targets first, since sources include their output.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${1:-dev}
only=${2:-}
build="$root/build/$preset"
tidy=${CLANG_TIDY:-clang-tidy}

command -v "$tidy" >/dev/null || { echo "tidy: $tidy is not installed; run scripts/install-deps.sh tidy" >&2; exit 2; }
[ -f "$build/compile_commands.json" ] ||
    { echo "tidy: no $build/compile_commands.json; configure first: cmake --preset $preset" >&2; exit 2; }

# The generated headers and .moc files the sources include.
mapfile -t autogen < <(ninja -C "$build" -t targets all | sed -n 's/^\([A-Za-z0-9_.-]*_autogen\): phony$/\1/p')
cmake --build "$build" --target "${autogen[@]}" >/dev/null

# Every source file of the repository in the database, once (not the generated ones under build/).
files=$(python3 - "$build/compile_commands.json" "$root" "$only" <<'EOF'
import json, re, sys
db, root, only = sys.argv[1], sys.argv[2] + '/', sys.argv[3]
seen = set()
for entry in json.load(open(db)):
    f = entry['file']
    if f.startswith(root) and not f.startswith(root + 'build/') and re.search(only, f) and f not in seen:
        seen.add(f)
        print(f)
EOF
)
count=$(printf '%s\n' "$files" | grep -c . || true)
[ "$count" -gt 0 ] || { echo "tidy: no file matches '$only'" >&2; exit 2; }

echo "tidy: $count files of $build with $("$tidy" --version | sed -n 's/.*LLVM version /LLVM /p')"
start=$(date +%s)
set +e
printf '%s\n' "$files" |
    xargs -d '\n' -P "$(nproc)" -n 1 "$tidy" -p "$build" --quiet \
        --header-filter="^$root/(shared|app|ui|server|tests|bench)/" 2>&1 |
    grep -v -E '^[0-9]+ (warning|error)s? (and [0-9]+ (warning|error)s? )?generated\.$'
codes=("${PIPESTATUS[@]}")
set -e
status=${codes[1]} # xargs: 123 when a clang-tidy run failed
echo "tidy: $(( $(date +%s) - start )) s"
if [ "$status" -ne 0 ]; then
    echo "tidy: FAILED — fix the findings above (or, for a false positive, NOLINT(check): why)" >&2
    exit 1
fi
echo "tidy: no findings"
