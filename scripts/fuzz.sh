#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (-fsanitize=fuzzer,address,undefined) in
# build/fuzz (or $LKK_FUZZ_BUILD_DIR) and runs each for a bounded time through ctest, starting from
# its committed seed corpus; inputs that crash are written to the build directory (see the ctest
# output). The test command runs it for 10 s per target (ctest reliability_fuzz).
# usage: scripts/fuzz.sh [seconds per target, default 20] [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift $(($# > 0 ? 1 : 0))

build=${LKK_FUZZ_BUILD_DIR:-build/fuzz}
jobs=${LKK_FUZZ_JOBS:-$(nproc)}
scripts/install-deps.sh fuzz
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DLKK_FUZZ_SECONDS="$seconds" \
    "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$jobs"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" -j"$jobs" --output-on-failure "$@"
