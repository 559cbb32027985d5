#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on localhost for the store tests; print its URL.
#
#   export EVENTLENS_TEST_PG_URL=$(scripts/start_postgres.sh)
#   .venv/bin/python -m pytest tests/test_store*.py -q
#   scripts/start_postgres.sh --stop        # stop it and delete its data
#
# Installs Debian's postgresql with apt-get when no server binaries are found. The cluster
# lives in a temporary directory (PGDATA_DIR, default /tmp/eventlens-pg), trusts local
# connections and listens on localhost only (PGPORT, default 54329). As root, the server
# runs as the "postgres" user, since PostgreSQL refuses to run as root.
set -euo pipefail

PGPORT="${PGPORT:-54329}"
PGDATA_DIR="${PGDATA_DIR:-/tmp/eventlens-pg}"
DB="eventlens_test"

find_bindir() {
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v pg_ctl)")"
        return
    fi
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BINDIR="$(find_bindir || true)"
if [ -z "$BINDIR" ] || [ ! -x "$BINDIR/pg_ctl" ]; then
    echo "installing postgresql with apt-get ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    BINDIR="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi

RUNAS=()
OWNER="$(id -un)"
if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$PGDATA_DIR" --shell /bin/sh postgres
    RUNAS=(su postgres -s /bin/sh -c)
    OWNER=postgres
fi

run() {  # run a command line as the cluster owner
    if [ ${#RUNAS[@]} -gt 0 ]; then "${RUNAS[@]}" "$1"; else sh -c "$1"; fi
}

if [ "${1:-}" = "--stop" ]; then
    if [ -f "$PGDATA_DIR/data/PG_VERSION" ]; then
        run "'$BINDIR/pg_ctl' -D '$PGDATA_DIR/data' -m fast stop" >&2 || true
    fi
    rm -rf "$PGDATA_DIR"
    echo "stopped; removed $PGDATA_DIR" >&2
    exit 0
fi

mkdir -p "$PGDATA_DIR"
chown "$OWNER" "$PGDATA_DIR"
if [ ! -f "$PGDATA_DIR/data/PG_VERSION" ]; then
    run "'$BINDIR/initdb' -D '$PGDATA_DIR/data' -U postgres -A trust -E UTF8 --no-locale" >"$PGDATA_DIR/initdb.log" 2>&1 \
        || { cat "$PGDATA_DIR/initdb.log" >&2; exit 1; }
fi
if ! run "'$BINDIR/pg_ctl' -D '$PGDATA_DIR/data' status" >/dev/null 2>&1; then
    # throwaway: fsync off is fine, speed matters more than durability here
    run "'$BINDIR/pg_ctl' -D '$PGDATA_DIR/data' -l '$PGDATA_DIR/server.log' -w \
        -o \"-p $PGPORT -c listen_addresses=localhost -k $PGDATA_DIR -c fsync=off\" start" >&2 \
        || { cat "$PGDATA_DIR/server.log" >&2; exit 1; }
fi
if ! run "'$BINDIR/psql' -h localhost -p $PGPORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='$DB'\"" | grep -q 1; then
    run "'$BINDIR/createdb' -h localhost -p $PGPORT -U postgres $DB" >&2
fi
echo "postgresql+psycopg://postgres@localhost:$PGPORT/$DB"
