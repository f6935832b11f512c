#!/bin/sh
# Fails when a tracked .h/.cpp file is not formatted as the repository's .clang-format says
# (ctest `format`, label `style`). Fix with `git clang-format` (the lines you changed) or
# `clang-format -i FILE`. CLANG_FORMAT picks another binary; the reference is Debian 12's
# clang-format (14), which scripts/install-deps.sh test installs: other versions may disagree.
# Without clang-format: skipped (exit 77), or failed when LKK_TEST_REQUIRE_TOOLS is set
# (scripts/test.sh).
# usage: CheckFormat.sh <repository root>
set -eu
root=$1
format=${CLANG_FORMAT:-clang-format}

if ! command -v "$format" >/dev/null 2>&1; then
    echo "format check: $format is not installed; run scripts/install-deps.sh test"
    if [ -n "${LKK_TEST_REQUIRE_TOOLS:-}" ]; then
        echo "FAILED: LKK_TEST_REQUIRE_TOOLS is set, so missing tools are an error"
        exit 1
    fi
    exit 77
fi

cd "$root"
# The files git tracks (and that still exist); a source tree without git: the C++ folders.
list() {
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -z -- '*.h' '*.cpp' | xargs -0 sh -c 'for f; do [ -f "$f" ] && printf "%s\0" "$f"; done' sh
    else
        find shared app ui server tests bench -name node_modules -prune -o \( -name '*.h' -o -name '*.cpp' \) -print0
    fi
}

# Both cores, a few dozen files per process: a few seconds for the whole tree.
if list | xargs -0 -r -P2 -n 40 "$format" --style=file --dry-run -Werror; then
    echo "format check: every file is formatted ($("$format" --version))"
else
    echo "FAILED: the files above differ from .clang-format; run git clang-format or clang-format -i FILE"
    exit 1
fi
