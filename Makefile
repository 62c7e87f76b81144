# `make run` and `make test` set everything up themselves (a .venv from pyproject.toml).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test lint bench bench-timeml golden clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/timeline build seeds/

test: install
	$(BIN)/python -m pytest

# Regenerate the golden output of the seeds after an intended change in extraction.
golden: install
	$(BIN)/timeline build seeds/ --update tests/golden/seeds.jsonl

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

bench: install
	$(BIN)/python bench/throughput.py

bench-timeml: install
	$(BIN)/python bench/timeml.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
