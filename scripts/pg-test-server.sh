#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1 for the tests; print its SQLAlchemy URL.
# Usage: eval "$(bash scripts/pg-test-server.sh start)"   ...   bash scripts/pg-test-server.sh stop "$ICCWATCH_PG_DIR"
set -euo pipefail
# A free port unless one is given: a server left over from an interrupted run must not stop this one starting.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=${ICCWATCH_PG_PORT:-$(free_port)}
pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-start}" in
start)
  if [ -z "$(pgbin)" ]; then
    echo "installing PostgreSQL from Debian's packages" >&2
    bash "$(dirname "$0")/install-system-deps.sh" postgresql  # as root, or with sudo
  fi
  BIN=$(pgbin)
  DIR=$(mktemp -d /tmp/iccwatch-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$DIR"
  as_pg "$BIN/initdb" -D "$DIR/data" -A trust -U iccwatch -E UTF8 >/dev/null
  as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" start >/dev/null
  as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U iccwatch iccwatch_test
  echo "export ICCWATCH_PG_DIR=$DIR"
  echo "export ICCWATCH_TEST_PG=postgresql+psycopg://iccwatch@127.0.0.1:$PORT/iccwatch_test"
  ;;
stop)
  DIR=${2:?directory}
  as_pg "$(pgbin)/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null || true
  rm -rf "$DIR"
  ;;
esac
