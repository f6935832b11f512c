#!/usr/bin/env bash
# THE test command: installs what is missing, builds the `ci` preset (warnings as errors, ASan +
# UBSan), starts what the tests need (PostgreSQL, a private D-Bus session with an unlocked
# gnome-keyring; widget tests use the offscreen platform) and runs every test with ctest.
# usage: scripts/test.sh [extra ctest arguments, e.g. -L server or -R login]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh test
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)"

work=$(mktemp -d /tmp/lkk-test.XXXXXX)
chmod 755 "$work"
cleanup() { scripts/pg-test-server.sh stop "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT

LKK_TEST_DATABASE_URL=$(scripts/pg-test-server.sh start "$work/pg")
export LKK_TEST_DATABASE_URL
# In this command nothing may be skipped for want of a service: those tests fail instead.
export LKK_TEST_REQUIRE_POSTGRES=1 LKK_TEST_REQUIRE_KEYCHAIN=1 LKK_TEST_REQUIRE_TOOLS=1
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

scripts/with-keyring.sh ctest --preset ci -j2 "$@"
