#!/usr/bin/env bash
# A throwaway PostgreSQL server for the engine tests and `make engines-check`.
#
#   scripts/engines/postgres.sh start   # prints the export lines the tests read
#   scripts/engines/postgres.sh stop
#
# The server runs from Debian's postgresql package as the postgres user, in a fresh data folder
# ($ALMANAC_PG_DIR, /tmp/almanac-postgres by default), listening on 127.0.0.1 port
# $ALMANAC_PG_PORT (55432) only, with one role `almanac` whose password is $ALMANAC_PG_PASSWORD
# (generated when unset) and password (SCRAM) authentication.
set -euo pipefail
dir=${ALMANAC_PG_DIR:-/tmp/almanac-postgres}
port=${ALMANAC_PG_PORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    if [ -z "$bin" ]; then
      echo "postgres.sh: installing PostgreSQL from Debian" >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
      bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    fi
    password=${ALMANAC_PG_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}
    if [ -f "$dir/postmaster.pid" ]; then as_postgres "$bin/pg_ctl" -D "$dir" -m fast stop >&2 || true; fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    pwfile=$(mktemp)
    printf '%s\n' "$password" >"$pwfile"
    chmod 644 "$pwfile"
    as_postgres "$bin/initdb" -D "$dir" -U almanac --pwfile="$pwfile" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
    as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir" start >&2
    PGPASSWORD=$password "$bin/psql" -q -h 127.0.0.1 -p "$port" -U almanac -d postgres \
      -c "CREATE DATABASE monitoring" >&2
    echo "export ALMANAC_POSTGRES_URL=postgres://almanac@127.0.0.1:$port/monitoring"
    echo "export ALMANAC_PG_PASSWORD=$password"
    ;;
  stop)
    if [ -n "$bin" ] && [ -f "$dir/postmaster.pid" ]; then
      as_postgres "$bin/pg_ctl" -D "$dir" -m fast stop >&2
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
