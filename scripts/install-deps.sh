#!/usr/bin/env bash
# Installs the Debian 12 packages a task needs, only those that are missing; for `test` also the
# Node.js tools of the contract checks (tests/contract, `npm ci` from its package-lock.json).
# usage: scripts/install-deps.sh build|run|test|bench|fuzz|tidy [more profiles…]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

build=(cmake ninja-build g++ pkg-config qt6-base-dev
       qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools qt6-charts-dev qt6-svg-dev
       libsodium-dev libqrcodegencpp-dev libcurl4-openssl-dev libisal-dev zlib1g-dev libssl-dev
       libpq-dev libsqlite3-dev)
# Qt6Charts' CMake package needs Qt6OpenGL's (and XKB for Qt6Gui's private deps).
build+=(libqt6opengl6-dev libxkbcommon-dev)
# What the programs need at run time: SQL drivers, TLS key generation for --demo, the X11 platform
# plugin, Qt's own translations, fonts with Cyrillic, and a Secret Service for the keychain.
run=(libqt6sql6-sqlite libqt6sql6-psql openssl qt6-qpa-plugins qt6-translations-l10n libqt6svg6
     fonts-dejavu-core libsecret-1-0 gnome-keyring dbus-daemon dbus-x11)
test=(xvfb xauth dbus-daemon gnome-keyring libsecret-tools postgresql poppler-utils zbar-tools
      imagemagick python3-aiosmtpd python3-jsonschema clang-format)
# The libFuzzer targets (scripts/fuzz.sh; the test command runs them briefly): clang with its
# fuzzer runtime.
fuzz=(clang libclang-rt-14-dev)
test+=("${fuzz[@]}")
# scripts/tidy.sh: clang-tidy (the script runs it in parallel itself).
tidy=(clang-tidy)
bench=(wrk curl postgresql time python3)

wanted=()
contract=false
for profile in "$@"; do
    case "$profile" in
        build) wanted+=("${build[@]}") ;;
        run) wanted+=("${run[@]}") ;;
        test) wanted+=("${build[@]}" "${run[@]}" "${test[@]}"); contract=true ;;
        bench) wanted+=("${build[@]}" "${run[@]}" "${bench[@]}" xvfb xauth) ;;
        fuzz) wanted+=("${build[@]}" "${fuzz[@]}") ;;
        tidy) wanted+=("${build[@]}" "${tidy[@]}") ;;
        *) echo "install-deps: unknown profile '$profile' (build|run|test|bench|fuzz|tidy)" >&2; exit 2 ;;
    esac
done

missing=()
for pkg in $(printf '%s\n' "${wanted[@]}" | sort -u); do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
# Node.js for the contract checks: Debian's, unless a node and npm are there already (another
# build of Node.js brings its own npm, which Debian's npm package would conflict with).
if $contract && ! { command -v node && command -v npm; } >/dev/null; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing packages: ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The contract checks' own packages, exactly as locked; a copy of the lock file marks what is
# installed (tests/contract/run.sh compares it), so this runs only when package-lock.json changed.
if $contract; then
    tools="$root/tests/contract"
    if ! cmp -s "$tools/package-lock.json" "$tools/node_modules/.installed-package-lock.json"; then
        echo "Installing the contract checks' Node.js packages (npm ci in tests/contract)"
        (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
        cp "$tools/package-lock.json" "$tools/node_modules/.installed-package-lock.json"
    fi
fi
