#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the test suite, on a free loopback port.
# usage: scripts/pg-test-server.sh start DIR   -> prints postgresql://app:app-pw@127.0.0.1:PORT/lkk
#        scripts/pg-test-server.sh stop DIR
# DIR must not exist yet (start) and its parent must be traversable by the postgres user when run
# as root (the cluster runs as postgres; as another user it runs as that user).
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?directory}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ "$(id -u)" -eq 0 ]; then as_pg=(runuser -u postgres --); owner=postgres; else as_pg=(); owner=$(id -un); fi

case "$cmd" in
start)
    install -d -m 700 -o "$owner" "$dir"
    printf 'pw\n' >"$dir/pw"; chown "$owner" "$dir/pw"
    "${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pw" --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    port=55432
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
        "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null
    "${as_pg[@]}" "$bin/psql" -q -h "$dir" -p "$port" -U postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE app LOGIN CREATEDB PASSWORD 'app-pw'" -c "CREATE DATABASE lkk OWNER app" >/dev/null
    echo "postgresql://app:app-pw@127.0.0.1:$port/lkk"
    ;;
stop)
    [ -d "$dir/data" ] && "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
