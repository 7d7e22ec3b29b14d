# DiveLab — two commands set everything up from nothing:
#   make run    set up, then start the app
#   make test   set up, then run the whole test suite offscreen
# Both are idempotent: when already set up they take seconds.

PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup run test dist translations lint bench screenshots data clean

setup: $(STAMP) data

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	# The course's d2l package pins pandas 1.2 / numpy 1.21: take it without its dependencies
	# (what it imports is in pyproject.toml).
	$(PY) -m pip install --quiet --no-deps d2l==0.17.6
	@touch $(STAMP)

data:
	@bash tools/ensure_system.sh data

run: setup
	@bash tools/ensure_system.sh gui
	$(PY) main.py

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check .

translations: setup
	$(PY) tools/translations.py

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) main.py --lang en --screenshot docs/screenshots/en
	QT_QPA_PLATFORM=offscreen $(PY) main.py --lang zh --screenshot docs/screenshots/zh

bench: setup
	for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

dist: setup
	$(PY) -m PyInstaller --noconfirm --clean build.spec

clean:
	rm -rf build dist .pytest_cache
