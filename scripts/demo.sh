#!/usr/bin/env bash
# THE demo command: installs what is missing, builds the release preset and opens the client on
# demo data; the client starts `lkk-server --demo` on a free loopback port and trusts its dev CA.
# usage: scripts/demo.sh [client arguments, e.g. --lang en]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh build run
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
exec build/release/bin/lkk --demo "$@"
