#!/bin/sh
# The libFuzzer targets of tests/fuzz for a short, bounded time (scripts/fuzz.sh), from their
# committed seed corpora, built with clang in the given directory.
# usage: run-fuzz.sh <repository root> <build directory> <seconds per target>
# Without clang: skipped (exit 77), or failed when LKK_TEST_REQUIRE_TOOLS is set (scripts/test.sh,
# whose `install-deps.sh test` installs clang).
set -eu
root=$1
if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ is not installed; run scripts/install-deps.sh test"
    if [ -n "${LKK_TEST_REQUIRE_TOOLS:-}" ]; then
        echo "FAILED: LKK_TEST_REQUIRE_TOOLS is set, so missing tools are an error"
        exit 1
    fi
    exit 77
fi
LKK_FUZZ_BUILD_DIR=$2 LKK_FUZZ_JOBS=1 exec "$root/scripts/fuzz.sh" "$3"
