# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test bench browser

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/ouderbrief serve

# System Chromium and chromedriver for the browser tests (Debian packages).
browser:
	bash tests/browser_setup.sh

test: install browser
	$(PY) -m pytest -q

bench: install
	$(PY) bench/engine_bench.py

# Retrain the bundled Dutch pipeline models/nl_ouderbrief from ../shared/ud-dutch and ../shared/ud-dutch-extra
# (about 1 h single-threaded on an idle core, not part of `make test`; see training/README.md).
.PHONY: model
model: install
	bash training/train.sh
