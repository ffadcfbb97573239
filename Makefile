# The handbook's build. `make html` and `make test` set up everything on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUILD := _build/html
# Warnings are errors; every broken reference is reported (nitpicky).
SPHINXOPTS ?= -W --keep-going -n -q

GETTEXT := _build/gettext
# The Dutch edition, as `make html` and `make check` build it (incrementally).
DUTCH_BUILD = $(BIN)/sphinx-build -b html -c . $(SPHINXOPTS) -D language=nl -d _build/doctrees/nl docs $(BUILD)/nl

# The browser tests drive Debian's Chromium (installed with apt-get, never downloaded by a tool)
# and inject axe-core from the npm registry.
CHROMIUM := /usr/bin/chromium
AXE := node_modules/.installed

.PHONY: html check test lint serve preview clean translations catalogs browser bench diff release review

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "error: Python 3.11 or newer is needed; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)." >&2; \
	    echo "       Run: make PYTHON=python3.11 html" >&2; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[docs,test,lint]'
	@touch $(STAMP)

## html: build both editions into _build/html/nl/ and _build/html/en/, with the entry page
## _build/html/index.html. The Dutch edition comes first; the English one only from complete
## catalogs, so an author sees the Dutch pages even while a translation is missing.
html: $(STAMP)
	$(DUTCH_BUILD)
	cp site/index.html $(BUILD)/index.html
	$(MAKE) --no-print-directory catalogs
	$(BIN)/sphinx-build -b html -c . $(SPHINXOPTS) -D language=en -d _build/doctrees/en docs $(BUILD)/en
	@echo "The handbook is in $(BUILD)/index.html"

## catalogs: fail when a translation is missing, fuzzy or obsolete (listing each one)
catalogs: $(STAMP)
	$(BIN)/sphinx-build -b gettext -c . -q -d _build/doctrees/gettext docs $(GETTEXT)
	$(BIN)/python -m mdrules.catalogs check $(GETTEXT)

## translations: after a Dutch edit, update locale/en/ and list what needs translating
translations: $(STAMP)
	$(BIN)/sphinx-build -b gettext -c . -q -d _build/doctrees/gettext docs $(GETTEXT)
	$(BIN)/python -m mdrules.catalogs update $(GETTEXT)

## check: the quick check after editing a page, in seconds: the Dutch build (warnings, structure
## and examples stop it), each regulation's page against its original word for word, the pages'
## examples run (Sybil), and complete catalogs. `make test` checks everything else too.
check: $(STAMP)
	$(DUTCH_BUILD)
	@status=0; for regulation in $$($(BIN)/python -c 'from mdrules.regulations import REGULATIONS; print(*REGULATIONS)'); do \
	  $(BIN)/python -m mdrules.fidelity $$regulation $(BUILD)/nl || status=1; \
	done; exit $$status
	$(BIN)/python -m pytest -q -p no:cacheprovider docs
	$(MAKE) --no-print-directory catalogs
	@echo "make check: passed. Before publishing, run make test."

## test: everything that must pass: lint, types, unit tests, both builds, fidelity, translations,
## and the site in a real browser (accessibility, privacy, links, search)
## The tests run in one process per core (pytest-xdist), each file's tests in one process (a
## page's examples share its imports; pytest-xdist's groups do not work with pytest 9);
## TEST_WORKERS=0 runs them in this one.
## The run ends with its 15 slowest tests.
TEST_WORKERS ?= auto
test: $(STAMP) lint browser
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --durations=15

browser: $(AXE)
	@test -x $(CHROMIUM) || { \
	  echo "Installing Debian's chromium for the browser tests (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	} || { echo "error: the browser tests need $(CHROMIUM): apt-get install chromium (as root)" >&2; exit 2; }

$(AXE): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## bench: time the builds and `make test`, weigh an article page; figures in bench/results.md and README
bench: $(STAMP) browser
	$(BIN)/python bench/bench.py

## diff: what changed between two versions, each a git revision or tag, or a folder:
## make diff FROM=haarlem-1.04 TO=my-branch. FROM defaults to the newest tag, TO to the working tree.
## Prints a summary and writes the printable report to _build/diff/report.html (REPORT_LANG=en).
FROM ?= $(shell git describe --tags --abbrev=0 2>/dev/null)
TO ?= .
REPORT_LANG ?= nl
diff: $(STAMP)
	@test -n "$(FROM)" || { echo "error: expected FROM=<tag, revision or folder>; got none, and there is no tag to default to" >&2; exit 2; }
	@mkdir -p _build/diff
	$(BIN)/mdrules diff --lang $(REPORT_LANG) --html _build/diff/report.html $(FROM) $(TO)

## release: store the snapshot of a regulation's release for the page of changes:
## make release REGULATION=haarlem. Runs its examples and tests once and writes
## releases/<version>.json in the regulation's folder; commit it and tag <regulation>-<version>.
release: $(STAMP)
	@test -n "$(REGULATION)" || { echo "error: expected REGULATION=<id>, e.g. make release REGULATION=haarlem; got none" >&2; exit 2; }
	$(BIN)/mdrules release $(REGULATION)

## review: each regulation's review status today; fails when a review is overdue
review: $(STAMP)
	$(BIN)/mdrules review

## serve: preview the built handbook at http://localhost:8000/
serve: html
	$(BIN)/python -m http.server --directory $(BUILD) --bind 127.0.0.1 8000

## preview: rebuild one edition on every save and reload the open page, at
## http://127.0.0.1:8000/ (PORT=8001 for another port). Dutch by default; EDITION=en previews
## the English edition, which needs complete catalogs as make html does (checked before each
## build). It watches docs/, locale/ and src/ (rule modules, parameters, decision tables) and
## skips what a preview does not need: the other edition and the search index. Each build runs
## in a fork of the preview's process, with Sphinx and the theme loaded once (mdrules.preview).
EDITION ?= nl
PORT ?= 8000
PREVIEW := _build/preview
PREVIEW_CATALOGS = $(if $(filter en,$(EDITION)),--pre-build "$(MAKE) --no-print-directory catalogs")
preview: $(STAMP)
	@case "$(EDITION)" in nl|en) ;; *) echo "error: expected EDITION=nl or EDITION=en; got '$(EDITION)'" >&2; exit 2;; esac
	$(BIN)/python -m mdrules.preview --host 127.0.0.1 --port $(PORT) --watch locale --watch src \
	  --ignore docs/reference/api $(PREVIEW_CATALOGS) -- \
	  -b html -c . $(SPHINXOPTS) -D language=$(EDITION) -D mdrules_search_index=0 -D mdrules_cut_stylesheet=0 \
	  -d _build/doctrees/preview-$(EDITION) docs $(PREVIEW)/$(EDITION)

clean:
	rm -rf _build
