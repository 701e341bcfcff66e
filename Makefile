# Newsbrief: `make site` builds the site, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export NO_MKDOCS_2_WARNING := 1

.PHONY: site generate serve test report bench clean

site: $(STAMP)  ## create .venv, install, generate docs/ from seeds/, build site/
	$(BIN)/newsbrief build

generate: $(STAMP)  ## write docs/ from seeds/
	$(BIN)/newsbrief generate

serve: $(STAMP)  ## serve with live reload on http://127.0.0.1:8000
	$(BIN)/newsbrief serve

test: $(STAMP)  ## the whole test suite
	$(BIN)/python -m pytest

report: $(STAMP)  ## precision and recall of the extractors on the test corpora
	$(BIN)/python -m tests.report_quotes
	$(BIN)/python -m tests.report_figures
	$(BIN)/python -m tests.report_sources

bench: $(STAMP)  ## archive benchmark: N = 10, 100, 1000 briefs
	$(BIN)/python -m tests.benchmark

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf site .pytest_cache
