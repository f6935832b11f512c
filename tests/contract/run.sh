#!/bin/sh
# Runs one of the contract checks with the Node.js tools of this folder (package.json, installed
# by `scripts/install-deps.sh test`, which runs `npm ci` here).
# usage: run.sh lint <repository root>
#        run.sh conformance <repository root> <lkk-server binary>
# Without the tools: skipped (exit 77), or failed when LKK_TEST_REQUIRE_TOOLS is set (scripts/test.sh).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
check=$1
shift

missing() {
    echo "contract checks: $1; run scripts/install-deps.sh test"
    if [ -n "${LKK_TEST_REQUIRE_TOOLS:-}" ]; then
        echo "FAILED: LKK_TEST_REQUIRE_TOOLS is set, so missing tools are an error"
        exit 1
    fi
    exit 77
}

command -v node >/dev/null 2>&1 || missing "node is not installed"
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 18 || (a === 18 && b >= 17) ? 0 : 1)' ||
    missing "node $(node --version) is older than 18.17"
# install-deps.sh leaves a copy of the lock file it installed from: a stale install is missing tools.
cmp -s "$here/package-lock.json" "$here/node_modules/.installed-package-lock.json" ||
    missing "tests/contract/node_modules is missing or older than package-lock.json"

case "$check" in
lint)
    # From the repository root, so that redocly.yaml and .redocly.lint-ignore.yaml apply.
    cd "$1"
    # No version check against the registry (redocly.yaml turns telemetry off).
    REDOCLY_SUPPRESS_UPDATE_NOTICE=true exec node "$here/node_modules/@redocly/cli/bin/cli.js" lint --format stylish
    ;;
conformance)
    exec node "$here/conformance.mjs" "$@"
    ;;
*)
    echo "usage: run.sh lint|conformance …" >&2
    exit 2
    ;;
esac
