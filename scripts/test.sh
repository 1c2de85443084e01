#!/usr/bin/env bash
# Install what the tests need (into .venv), start the servers they need, and run every test.
# CI runs this through `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
# pip's two steps take ~30 s even when everything is installed already (session 23). They are skipped when this
# environment was installed from this checkout's pyproject.toml as it is now (a stamp in the environment, written after
# a successful install); a fresh machine, a new environment, a changed pyproject.toml or ICCWATCH_REINSTALL=1 installs.
# (The package is installed editable: a change under src/ needs no reinstall.)
STAMP="$VENV/.iccwatch-test-install"
WANT="$(pwd) $("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])') $(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ "${ICCWATCH_REINSTALL:-0}" != 0 ] || [ ! -x "$VENV/bin/iccwatch" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
  rm -f "$STAMP"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/pip" install --quiet -e ".[test]"
  echo "$WANT" > "$STAMP"
fi
"$VENV/bin/ruff" check src tests scripts benchmarks
# Types: strict on the pure layers listed in pyproject.toml ([tool.mypy] files).
"$VENV/bin/mypy"
# PDF reports (WeasyPrint) need Pango, HarfBuzz and a font; browser tests need Debian's Chromium
# (Playwright drives it; it never downloads a browser of its own).
bash scripts/install-system-deps.sh libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core chromium
# The dashboard's front-end assets, from the npm registry, served locally.
bash scripts/web-assets.sh
# A real PostgreSQL server for the --db URL tests, stopped whatever happens.
# (assigned first, so that a server that fails to start stops this script here, not at the tests)
PG_ENV=$(bash scripts/pg-test-server.sh start)
eval "$PG_ENV"
trap 'bash scripts/pg-test-server.sh stop "$ICCWATCH_PG_DIR"' EXIT
# Tests build their own stores in temporary folders; they never touch var/. Two pytest-xdist workers
# (PYTEST_WORKERS=0 runs in one process); the workers share one build of the record's store (each works on
# its own copy) and each starts its own server and browser, and the
# PostgreSQL tests share one xdist group so they run one after another against the one server.
# Python's bytecode cache is written (``__pycache__``, ignored by git) even where the environment turns it off
# (PYTHONDONTWRITEBYTECODE=1, as on the development machine): otherwise every worker compiles every module, and pytest
# rewrites every test module's assertions, again on each run (about 3.7 s of CPU per worker, session 21).
unset PYTHONDONTWRITEBYTECODE
"$VENV/bin/python" -m pytest -q -p no:cacheprovider -n "${PYTEST_WORKERS:-2}" --dist loadgroup "$@"
