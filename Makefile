# Fair Concierge. `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.PHONY: run test messages compile lint clean

run: $(INSTALLED) compile
	$(PY) bot.py run

test: $(INSTALLED) compile
	$(PY) -m pytest $(PYTEST_ARGS)

# Extract msgids from the code, merge them into every locale, compile.
messages: $(INSTALLED)
	$(PY) -m bot.catalogs

compile: $(INSTALLED)
	$(PY) -m bot.catalogs compile

lint: $(INSTALLED)
	$(VENV)/bin/ruff check .

$(INSTALLED): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) *.egg-info locales/*/LC_MESSAGES/*.mo
