#!/usr/bin/env bash
# CI: briefgen installs like any Python tool. Builds the wheel from a clean copy of the
# checkout, checks that every file under briefgen/ and templates/ is in it, installs it
# into a fresh venv outside the repository and builds every audience of a new workspace
# there. Needs the system libraries `make example` installs (WeasyPrint's Pango).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
unset PYTHONPATH
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$SECONDS
step() { echo "wheel check: $* ($((SECONDS - start)) s)"; }

# A clean copy: the files git tracks (plus new, unignored ones), as a fresh clone has them,
# so stale build/ or egg-info folders in the checkout cannot leak into the wheel.
mkdir "$tmp/src"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
  tar --null --no-recursion -T - -cf -) | tar -C "$tmp/src" -xf -
"$python" -m pip wheel -q --no-deps --wheel-dir "$tmp/dist" "$tmp/src"
wheel=$(echo "$tmp"/dist/briefgen-*.whl)
step "built $(basename "$wheel")"

# Every file of the package and of the default templates ships (templates/ as briefgen/templates/).
(cd "$tmp/src" && find briefgen templates -type f ! -path '*/__pycache__/*' | sort) |
  "$python" -c '
import sys, zipfile
wheel = zipfile.ZipFile(sys.argv[1]).namelist()
wanted = ["briefgen/" + line.strip() if line.startswith("templates/") else line.strip() for line in sys.stdin]
missing = [name for name in wanted if name not in wheel]
if missing:
    sys.exit("wheel check: missing from the wheel (list its package or file pattern in pyproject.toml): " + ", ".join(missing))
print(f"wheel check: all {len(wanted)} files under briefgen/ and templates/ are in the wheel")
' "$wheel"

"$python" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q "$wheel"
step "installed into a fresh venv"

mkdir "$tmp/run"
cd "$tmp/run"
bin="$tmp/venv/bin"
defaults=$("$bin/python" -c 'from briefgen.workspace import DEFAULT_TEMPLATES as d; print(d)')
case "$defaults" in
  "$tmp/venv/"*) ;;
  *) echo "wheel check: defaults come from $defaults, not from the installed package" >&2; exit 1 ;;
esac
"$bin/briefgen" init ws >/dev/null
# Three of the example's smallest text sources.
ls -Sr "$repo"/sources/*.txt | sed -n 1,3p | while read -r f; do cp "$f" ws/sources/; done
cd ws
"$bin/briefgen" build --audience all --format md,pdf >/dev/null
audiences=$("$bin/briefgen" audiences)
for audience in executive investor policy; do
  for ext in md pdf; do
    [ -s "output/$audience.$ext" ] || { echo "wheel check: output/$audience.$ext was not written" >&2; exit 1; }
  done
  head -c 5 "output/$audience.pdf" | grep -q '%PDF-' || { echo "wheel check: output/$audience.pdf is not a PDF" >&2; exit 1; }
  grep -q "^$audience\b" <<<"$audiences" || { echo "wheel check: briefgen audiences does not list $audience" >&2; exit 1; }
done
step "init + build --audience all --format md,pdf outside the repository: 6 briefs written"
