# The handbook's build. `make html` and `make test` set up everything on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUILD := _build/html
# Warnings are errors; every broken reference is reported (nitpicky).
SPHINXOPTS ?= -W --keep-going -n -q

EDITIONS := nl en
GETTEXT := _build/gettext

.PHONY: html test lint serve clean translations catalogs

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "error: Python 3.11 or newer is needed; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)." >&2; \
	    echo "       Run: make PYTHON=python3.11 html" >&2; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[docs,test,lint]'
	@touch $(STAMP)

## html: build both editions into _build/html/nl/ and _build/html/en/, with the entry page
## _build/html/index.html. The English edition is built only from complete catalogs.
html: $(STAMP) catalogs
	for language in $(EDITIONS); do \
	  $(BIN)/sphinx-build -b html -c . $(SPHINXOPTS) -D language=$$language \
	    -d _build/doctrees/$$language docs $(BUILD)/$$language || exit 1; \
	done
	cp site/index.html $(BUILD)/index.html
	@echo "The handbook is in $(BUILD)/index.html"

## catalogs: fail when a translation is missing, fuzzy or obsolete (listing each one)
catalogs: $(STAMP)
	$(BIN)/sphinx-build -b gettext -c . -q -d _build/doctrees/gettext docs $(GETTEXT)
	$(BIN)/python -m mdrules.catalogs check $(GETTEXT)

## translations: after a Dutch edit, update locale/en/ and list what needs translating
translations: $(STAMP)
	$(BIN)/sphinx-build -b gettext -c . -q -d _build/doctrees/gettext docs $(GETTEXT)
	$(BIN)/python -m mdrules.catalogs update $(GETTEXT)

## test: everything that must pass: lint, types, unit tests, the build and its fidelity
test: $(STAMP) lint
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## serve: preview the built handbook at http://localhost:8000/
serve: html
	$(BIN)/python -m http.server --directory $(BUILD) --bind 127.0.0.1 8000

clean:
	rm -rf _build
