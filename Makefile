# flashpoint: two commands do all the set-up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO_DB := $(CURDIR)/demo.db

.PHONY: demo test install install-test lint typecheck bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"

## demo: create the virtual environment, install, ingest the bundled sample, show the events
demo: install
	rm -f $(DEMO_DB)
	$(BIN)/flashpoint --db $(DEMO_DB) ingest --sample
	$(BIN)/flashpoint --db $(DEMO_DB) events
	$(BIN)/flashpoint --db $(DEMO_DB) show "$$($(BIN)/flashpoint --db $(DEMO_DB) events --json | $(BIN)/python -c 'import json, sys; print(max(map(json.loads, sys.stdin), key=lambda e: e["reports_count"])["id"])')"

## test: install the test extras, then lint, type-check and run every test
test: install-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest -q

bench: install-test
	$(BIN)/python benchmarks/pipeline.py

clean:
	rm -rf $(VENV) demo.db .pytest_cache .mypy_cache .ruff_cache
