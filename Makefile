# The project's task runner. `make example` sets up a fresh machine and builds the
# example brief; `make test` runs the test suite (setting up first if needed).
PYTHON ?= python3
# libharfbuzz-subset0: fast, reproducible PDFs; poppler-utils and qpdf: PDF checks in tests;
# chromium: the HTML brief is tested in a headless browser.
SYSTEM_PACKAGES = libharfbuzz-subset0 poppler-utils qpdf chromium
# Only for `make bench` (the pandoc comparison).
BENCH_PACKAGES = pandoc

.PHONY: setup system-deps example test lint golden bench clean

system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES) $(EXTRA_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

setup: system-deps
	$(PYTHON) -m pip install -q -e ".[dev]"

example: setup
	briefgen build --audience investor

test: setup
	$(PYTHON) -m pytest

lint:
	ruff check briefgen tests benchmarks
	mypy briefgen

golden:
	$(PYTHON) -m pytest tests/test_golden.py --force-regen

bench:
	$(MAKE) setup EXTRA_PACKAGES="$(BENCH_PACKAGES)"
	$(PYTHON) benchmarks/bench_build.py
	$(PYTHON) benchmarks/bench_ingest.py
	$(PYTHON) benchmarks/bench_scale.py 100 1000

clean:
	rm -rf output/*.md output/*.pdf output/*.html .briefgen-cache
