# The README's two commands. Each works on a fresh machine with Python 3.11+.
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: run test venv check build clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# (1) install, build the embedded store from the bundled record, and answer a real question
run: $(BIN)/python
	$(BIN)/pip install --quiet -e .
	$(BIN)/iccwatch data check
	$(BIN)/iccwatch data build
	$(BIN)/iccwatch state HUN --on 2026-07-01
	$(BIN)/iccwatch states --party --on 2025-01-01 --count

# (2) install what the tests need and run every test
test: $(BIN)/python
	bash scripts/test.sh

clean:
	rm -rf $(VENV) var .pytest_cache
