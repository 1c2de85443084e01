#!/usr/bin/env bash
# Install what the tests need (into .venv) and run every test. CI runs this through `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet -e ".[test]"
"$VENV/bin/ruff" check src tests scripts benchmarks
# Tests build their own stores in temporary folders; they never touch var/.
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"
