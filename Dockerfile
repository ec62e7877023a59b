# briefgen in a container, run on a workspace mounted at /work:
#   docker build -t briefgen . && docker run --rm -v "$PWD:/work" briefgen build --audience all
# Debian 12 (bookworm) with Python 3.11, the platform the Makefile and CI use.

# Stage 1: the wheel, built from the checkout (the same wheel .ci/wheel-check.sh tests).
FROM python:3.11.13-slim-bookworm AS wheel
WORKDIR /src
COPY pyproject.toml README.md ./
COPY briefgen ./briefgen
COPY templates ./templates
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

# Stage 2: the tool, without the sources it was built from.
FROM python:3.11.13-slim-bookworm
# WeasyPrint's Pango (libharfbuzz-subset0: faster, byte-reproducible PDFs), the DejaVu fonts
# templates/brief.css names and cairo (CairoSVG draws an SVG logo for the DOCX): the Makefile's
# EXAMPLE_PACKAGES.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
       libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-dejavu-extra libcairo2 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=wheel /wheels /wheels
RUN pip install --no-cache-dir /wheels/briefgen-*.whl && rm -rf /wheels
# Any user id may run it (docker run --user "$(id -u):$(id -g)"): caches go to /tmp.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    XDG_CACHE_HOME=/tmp/.cache
RUN useradd --create-home --uid 1000 --user-group briefgen
# Numeric, so that platforms enforcing non-root (Kubernetes runAsNonRoot) can check it.
USER 1000:1000
# The workspace (the folder holding briefgen.toml) is mounted here; briefgen's default is
# the current folder, so every command works on /work unless given -w.
WORKDIR /work
ENTRYPOINT ["briefgen"]
CMD ["--help"]
