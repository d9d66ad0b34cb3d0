#!/usr/bin/env bash
# A throwaway PostgreSQL on 127.0.0.1 for tests: cluster, socket and log under DIR, run as user postgres.
# Usage: postgres.sh start DIR PORT   |   postgres.sh stop DIR
# Connection: Host=127.0.0.1;Port=PORT;Username=postgres;Database=postgres (trust authentication).
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -n $bin ]] || { echo "PostgreSQL is not installed (scripts/setup.sh test)" >&2; exit 1; }
as_postgres() { if [[ $(id -un) == postgres ]]; then "$@"; else runuser -u postgres -- "$@"; fi; }
case $cmd in
  start)
    port=${3:?PORT}
    mkdir -p "$dir"
    chown postgres "$dir"
    if [[ ! -f $dir/data/PG_VERSION ]]; then
      as_postgres "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 >"$dir/initdb.log" 2>&1
    fi
    # fsync off: a test database, thrown away afterwards.
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    ;;
  stop)
    [[ -f $dir/data/postmaster.pid ]] || exit 0
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
