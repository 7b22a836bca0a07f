# The two commands a user needs:  `make run`  (the workbench)  and  `make test`  (the suite).
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
export DJANGO_DEBUG ?= 1

.PHONY: run test install lint typecheck migrations-check pytest worker web clean-state beat bench-extraction bench-api bench-matching bench-pipeline

$(VENV)/.installed: pyproject.toml requirements/models.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "factcheck needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[embedded,dev]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	@touch $@

install: $(VENV)/.installed

## run: venv, install, embedded services, migrate, ingest seeds/ through the queue, serve, print URLs and a login
run: install
	$(PY) manage.py up

## test: lint, types, migrations check and the whole pytest suite on real PostgreSQL and a real broker
test: install lint typecheck migrations-check pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install
	$(VENV)/bin/mypy factcheck claims sources

migrations-check: install
	$(PY) manage.py makemigrations --check --dry-run

pytest: install
	$(VENV)/bin/pytest $(PYTEST_ARGS)

worker: install
	$(VENV)/bin/celery -A factcheck worker --loglevel=INFO --concurrency=2

web: install
	$(PY) manage.py runserver

beat: install
	$(VENV)/bin/celery -A factcheck beat --loglevel=INFO --schedule=.state/celerybeat-schedule

bench-extraction: install
	$(PY) bench/extraction.py

bench-api: install
	$(PY) bench/api.py

bench-matching: install
	$(PY) bench/matching.py

bench-pipeline: install
	$(PY) bench/pipeline.py

clean-state:
	rm -rf .state
