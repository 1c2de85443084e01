# The README's two commands. Each works on a fresh machine with Python 3.11+.
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: run test venv check build clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# (1) install, build the embedded store from the bundled record, answer a real question, and serve
#     the dashboard and the API on http://127.0.0.1:8000 (Ctrl-C to stop). No root and no system
#     packages: only PDF reports need WeasyPrint's libraries (the dashboard then offers HTML and says
#     what to install). PORT=8001 make run picks another port.
PORT ?= 8000
run: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[web]"
	PYTHON=$(BIN)/python bash scripts/web-assets.sh || echo "(maps and charts need the npm assets; tables, CLI and API work without them)"
	$(BIN)/iccwatch data check
	$(BIN)/iccwatch data build
	$(BIN)/iccwatch ask arrest --state MNG --person "Vladimir Putin" --on 2024-09-03
	$(BIN)/iccwatch serve --port $(PORT)

# (2) install what the tests need and run every test
test: $(BIN)/python
	bash scripts/test.sh

clean:
	rm -rf $(VENV) var .pytest_cache
