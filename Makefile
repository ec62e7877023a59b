# The project's task runner. `make example` sets up a fresh Debian machine and builds the
# example brief; `make test` also installs what the tests need and runs them.
# Python packages go into the project's virtual environment .venv (never the system
# Python); Debian packages come from apt, only those missing, with sudo when not root.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# Runs a command as in an activated venv (briefgen, weasyprint, ruff on PATH).
RUN := PATH="$(abspath $(VENV))/bin:$$PATH"

# WeasyPrint's Pango (libharfbuzz-subset0 makes PDFs about 3x faster and byte-reproducible),
# the DejaVu fonts templates/brief.css names, and cairo, with which CairoSVG draws an SVG logo
# as the PNG that LibreOffice and older Word show in the DOCX.
EXAMPLE_PACKAGES = libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-dejavu-extra libcairo2
# Only for the tests: poppler-utils and qpdf for PDF checks, chromium for the HTML brief.
TEST_PACKAGES = poppler-utils qpdf chromium
# Only for `make bench` (the pandoc comparison).
BENCH_PACKAGES = pandoc

# $(call apt_install,PACKAGES): install those not installed yet, after one apt-get update.
apt_install = @missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q ' installed$$' || missing="$$missing $$p"; \
	done; \
	[ -n "$$missing" ] || exit 0; \
	if ! command -v apt-get >/dev/null; then \
	  echo "not a Debian system: install the equivalents of:$$missing"; exit 0; fi; \
	SUDO=""; if [ "$$(id -u)" != 0 ]; then SUDO=sudo; command -v sudo >/dev/null || { \
	  echo "installing$$missing needs root: run as root or install sudo" >&2; exit 1; }; fi; \
	echo "installing system packages:$$missing"; \
	$$SUDO apt-get update -qq && \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing >/dev/null

.PHONY: setup test-setup system-deps test-system-deps example test lint docker-lint golden bench clean

system-deps:
	$(call apt_install,$(EXAMPLE_PACKAGES))

test-system-deps:
	$(call apt_install,$(EXAMPLE_PACKAGES) $(TEST_PACKAGES))

# The venv. Debian's own python3 needs python3-venv for it; installed here when missing.
$(PY):
	@if ! $(PYTHON) -c 'import ensurepip, venv' 2>/dev/null; then \
	  if [ "$$(command -v $(PYTHON))" = /usr/bin/python3 ]; then \
	    $(MAKE) --no-print-directory system-deps EXAMPLE_PACKAGES=python3-venv; \
	  else \
	    echo "$(PYTHON) cannot create a virtual environment: install its venv module" \
	      "(Debian: apt-get install python3-venv) or run make PYTHON=/path/to/python3.11" >&2; exit 1; \
	  fi; \
	fi
	$(PYTHON) -m venv $(VENV)

# briefgen (editable) and its dependencies; again whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	@touch $@

# The same plus the dev extras (pytest, ruff, mypy, hypothesis).
$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e ".[dev]"
	@touch $@ $(VENV)/.installed

setup: system-deps $(VENV)/.installed

test-setup: test-system-deps $(VENV)/.installed-dev

example: setup
	$(RUN) briefgen build --audience investor

test: test-setup
	$(RUN) $(PY) -m pytest

lint: docker-lint
	$(RUN) ruff check briefgen tests benchmarks
	$(RUN) mypy briefgen

# The Dockerfile, offline (no image is built): hadolint (from the dev extras, .hadolint.yaml)
# and tests/test_dockerfile.py (base image pinned, EXAMPLE_PACKAGES installed, non-root user).
docker-lint: $(VENV)/.installed-dev
	$(RUN) hadolint Dockerfile
	$(RUN) $(PY) -m pytest -q tests/test_dockerfile.py

golden: test-setup
	$(RUN) $(PY) -m pytest tests/test_golden.py --force-regen

bench: setup
	$(call apt_install,$(BENCH_PACKAGES))
	$(RUN) $(PY) benchmarks/bench_build.py
	$(RUN) $(PY) benchmarks/bench_ingest.py
	$(RUN) $(PY) benchmarks/bench_scale.py 100 1000

clean:
	rm -rf output/*.md output/*.pdf output/*.html .briefgen-cache
