# Two commands on a fresh machine: `make run` and `make test`. Needs Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-all lint format messages screenshots clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

# Development turns DEBUG on explicitly; the settings default to off.
run messages: export DEBUG = 1

run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	@echo "Trang web: http://127.0.0.1:8000   Quản trị: http://127.0.0.1:8000/admin/"
	$(BIN)/python manage.py runserver 127.0.0.1:8000

PYTEST := $(BIN)/python -m pytest -n auto --maxprocesses 4

# The everyday suite: everything but the tests marked slow (browser, worker processes,
# service faults), in parallel.
test: $(STAMP)
	$(PYTEST) -m "not slow" $(PYTEST_ARGS)

# Every test, as CI runs it. Browser tests need Debian's chromium; pytest says so when absent.
test-all: $(STAMP)
	@command -v npm >/dev/null && [ ! -d node_modules/axe-core ] && \
		npm install --no-audit --no-fund --loglevel=error || true
	$(PYTEST) -m "not slow" --durations=10 $(PYTEST_ARGS)
	$(BIN)/python -m pytest -m slow --durations=10 $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Needs GNU gettext; the compiled catalog is committed so `make run` does not.
messages: $(STAMP)
	$(BIN)/python manage.py makemessages -l vi --no-obsolete --no-location --ignore=.venv --ignore=node_modules --ignore=tests
	$(BIN)/python manage.py compilemessages -l vi --ignore=.venv

node_modules/axe-core: package.json
	npm install --no-audit --no-fund --loglevel=error

screenshots: $(STAMP) node_modules/axe-core
	SCREENSHOTS=1 $(BIN)/python -m pytest tests/browser/test_screenshots.py tests/browser/test_mobilization.py -k screenshot -q

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* media staticfiles
