#!/usr/bin/env bash
# Runs a command in a private D-Bus session with an unlocked gnome-keyring (Secret Service) and a
# throwaway HOME, so keychain code meets the real thing without touching the user's keyring.
# usage: scripts/with-keyring.sh COMMAND [ARGS…]
set -euo pipefail
home=$(mktemp -d /tmp/lkk-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/.local/share" "$home/.config" "$home/.cache" "$home/run"
chmod 700 "$home" "$home/run"
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config \
       XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$home/run
dbus-run-session -- bash -c '
    eval "$(printf %s lkk-test | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    "$@"' bash "$@"
