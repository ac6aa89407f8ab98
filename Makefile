# Fair Concierge. `make demo` and `make test` set everything up on a fresh machine.
.DEFAULT_GOAL := demo
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.PHONY: demo run test messages compile lint clean bench-sync bench-search bench-outbox bench-updates bench-figures

# The offline demo: the real bot and a web chat at http://127.0.0.1:8080 (DEMO_PORT).
demo: $(INSTALLED) compile
	$(PY) bot.py demo

run: $(INSTALLED) compile
	$(PY) bot.py run

# The tests in PYTEST_WORKERS processes (pytest-xdist), each with databases and ports of
# its own: one more than the cores, as the tests often wait (on 2 cores, 3 took 5:20 where
# 2 took 6:10 and 4 no less than 3). Worksteal evens out the long tests. PYTEST_ARGS comes
# last, so it can override: PYTEST_ARGS="-n 0" runs serially.
PYTEST_WORKERS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 2) + 1 )))
test: $(INSTALLED) compile
	$(PY) -m pytest -n $(PYTEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

# Benchmarks (not part of the tests): BENCH_PRODUCTS products, default 1,000,000.
BENCH_PRODUCTS ?= 1000000
bench-sync: $(INSTALLED)
	$(PY) -m bench.sync --products $(BENCH_PRODUCTS)

bench-search: $(INSTALLED)
	$(PY) -m bench.search --products $(BENCH_PRODUCTS)

# The outbox sender against the Bot API double: 200,000 at 1,000/s, 10,000 at 30/s, faults.
bench-outbox: $(INSTALLED)
	$(PY) -m bench.outbox

# 2,000 buyers through the double against one polling `bot.py run` on SQLite, then two
# webhook processes on PostgreSQL (BENCH_POSTGRES_URL or TEST_POSTGRES_URL): updates/s,
# reply latency. BENCH_MODE=polling_sqlite or webhook_postgres runs one of them.
BENCH_MODE ?= all
bench-updates: $(INSTALLED)
	$(PY) -m bench.updates --mode $(BENCH_MODE)

# The organizer's /figures (reading every figure, drawing the 11 charts) over BENCH_BUYERS
# buyers and BENCH_SEARCHES searches, on SQLite and on PostgreSQL when BENCH_POSTGRES_URL or
# TEST_POSTGRES_URL is set; against two counts as the baseline and the 3 s target.
BENCH_BUYERS ?= 200000
BENCH_SEARCHES ?= 1000000
bench-figures: $(INSTALLED)
	$(PY) -m bench.figures --buyers $(BENCH_BUYERS) --searches $(BENCH_SEARCHES)

# Extract msgids from the code, merge them into every locale, compile.
messages: $(INSTALLED)
	$(PY) -m bot.translations

compile: $(INSTALLED)
	$(PY) -m bot.translations compile

# ruff, and mypy with no untyped defs over the code, the benchmarks and the tests (files:
# pyproject.toml); CI runs it before the tests.
lint: $(INSTALLED)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

$(INSTALLED): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) *.egg-info locales/*/LC_MESSAGES/*.mo
