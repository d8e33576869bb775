#!/usr/bin/env bash
# Starts a private PostgreSQL server for tests and the production profile: Debian's
# postgresql (installed when missing), data in $PG_DIR (var/pg), listening on 127.0.0.1:$PG_PORT.
# Prints nothing but the database URL on stdout, so callers can capture it.
#   start (default) | stop | url | createdb NAME (start, then also create database NAME)
source "$(dirname "$0")/common.sh" >&2
PG_PORT="${PG_PORT:-55432}"
# The production profile keeps its own server in var/prod, apart from the test one.
PG_DIR="${PG_DIR:-$ROOT/var/pg}"
URL="postgresql://clinic@127.0.0.1:$PG_PORT/clinic"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_postgres() {
  # PostgreSQL refuses to run as root; elsewhere it runs as the current user.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  url) echo "$URL"; exit 0 ;;
  stop)
    [ -d "$PG_DIR/data" ] && as_postgres "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast stop >&2 || true
    exit 0 ;;
  createdb)
    DB="${2:-}"
    # The name goes into SQL below: plain identifiers only.
    [[ "$DB" =~ ^[a-z][a-z0-9_]*$ ]] || { echo "usage: $0 createdb NAME (lower-case letters, digits, _)" >&2; exit 2; } ;;
esac

let_services_in
if [ -z "$(pg_bin)" ]; then
  say "Installing PostgreSQL (apt)" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
BIN="$(pg_bin)"
mkdir -p "$PG_DIR"
[ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
  as_postgres "$BIN/initdb" -D "$PG_DIR/data" -U clinic --auth=trust -E UTF8 >/dev/null
fi
if ! as_postgres "$BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
  as_postgres "$BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300" start >&2
fi
ensure_db() {
  as_postgres "$BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U clinic -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='$1'" | grep -q 1 \
    || as_postgres "$BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U clinic "$1"
}
ensure_db clinic
if [ -n "${DB:-}" ]; then
  ensure_db "$DB"
  echo "${URL%/clinic}/$DB"
else
  echo "$URL"
fi
