# Analyst Workbench — the targets the README names.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501

.PHONY: run test test-load lint bench install install-test system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Re-install whenever the dependency list changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test,dev,postgres]"
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test system-deps

# System packages the tests use: bubblewrap (sandbox isolation), Chromium (chart PNGs,
# browser tests), PostgreSQL (the database suites run against it too) and nginx (the
# browser test through deploy/nginx.conf). Installed when this user may use apt-get;
# otherwise the tests that need them skip and say why.
system-deps:
	@missing=""; \
	command -v bwrap >/dev/null 2>&1 || missing="$$missing bubblewrap"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx || missing="$$missing nginx"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing:$$missing"; \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) \
				|| echo "warning: could not install$$missing; tests that need them will skip"; \
		else \
			echo "note:$$missing missing and apt-get unavailable; tests that need them will skip"; \
		fi; \
	fi

run: install
	$(BIN)/streamlit run app.py --server.port $(PORT)

# The Assistants-compatible HTTP API on WORKBENCH_API_HOST:WORKBENCH_API_PORT (127.0.0.1:8600).
serve: install
	$(BIN)/workbench serve

test: install-test
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

# The sandbox, provider, page and analyst suites with both cores kept busy (a shared server is
# never quiet); `make test` already runs the sandbox suite this way.
test-load: install-test
	$(BIN)/python -m pytest --under-load tests/integration/test_sandbox.py \
		tests/integration/test_sandbox_pool.py tests/integration/test_kernel_lifetime.py \
		tests/integration/test_providers.py tests/integration/test_chat_page.py \
		tests/integration/test_bad_files_pages.py tests/integration/test_files_and_assistants_pages.py \
		tests/integration/test_offline_classes.py tests/integration/test_vector_stores.py \
		tests/integration/test_file_search_tool.py tests/integration/test_http_api.py \
		tests/integration/test_team.py tests/integration/test_access.py \
		tests/integration/test_retention.py tests/e2e

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: install-test
	@for script in benchmarks/[!_]*.py; do \
		echo "== $$script"; \
		$(BIN)/python $$script --json || exit 1; \
	done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
