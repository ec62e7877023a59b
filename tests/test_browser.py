"""The HTML brief in a real browser (Debian's headless Chromium): it loads with no
console errors and no requests, and a citation link jumps to its evidence."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefgen.pipeline import Progress, build
from briefgen.workspace import load_config

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make system-deps installs it)")

# Appended to a copy of the brief by the test only: click the first citation, then report
# where the page went. The brief itself carries no script.
PROBE = """<script>
window.addEventListener("load", () => {
  const link = document.querySelector('a[href^="#ev-"]');
  const target = document.getElementById(link.getAttribute("href").slice(1));
  link.click();
  setTimeout(() => {
    const box = target.getBoundingClientRect();
    document.body.setAttribute("data-probe", JSON.stringify({
      hash: location.hash, scrolled: window.scrollY, targetTop: Math.round(box.top),
      viewport: window.innerHeight, external: performance.getEntriesByType("resource").map(e => e.name),
    }));
  }, 300);
});
</script>"""


def _chromium(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--v=0",
         "--user-data-dir=" + str(cwd / "profile"), "--virtual-time-budget=3000", *args],
        capture_output=True, text=True, timeout=120, cwd=cwd,
    )


def test_html_brief_loads_cleanly_and_citations_jump(example: Path, tmp_path: Path) -> None:
    result = build(load_config(example), "investor", "html", progress=Progress(enabled=False))
    (artifact,) = result.artifacts
    page = example / artifact.path
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "<link" not in html and 'src="http' not in html

    # 1. The brief as delivered: no console messages at all (errors, blocked loads).
    loaded = _chromium("--dump-dom", page.as_uri(), cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert "Evidence" in loaded.stdout
    console = [line for line in loaded.stderr.splitlines() if "CONSOLE" in line]
    assert console == [], console

    # 2. A copy with the probe: the first citation scrolls its evidence into view.
    probe = tmp_path / "probe.html"
    probe.write_text(html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    run = _chromium("--window-size=390,844", "--dump-dom", probe.as_uri(), cwd=tmp_path)
    found = re.search(r'data-probe="([^"]+)"', run.stdout)
    assert found, run.stdout[-1500:] + run.stderr[-1500:]
    report = json.loads(found.group(1).replace("&quot;", '"'))
    assert report["hash"].startswith("#ev-")
    assert report["scrolled"] > 0
    assert 0 <= report["targetTop"] < report["viewport"]
    assert report["external"] == []


def test_html_brief_reads_on_a_phone_and_a_desktop(example: Path, tmp_path: Path) -> None:
    result = build(load_config(example), "policy", "html", progress=Progress(enabled=False))
    page = example / result.artifacts[0].path
    for name, size in (("phone", "390,844"), ("desktop", "1280,900")):
        shot = tmp_path / f"{name}.png"
        run = _chromium(f"--window-size={size}", f"--screenshot={shot}", page.as_uri(), cwd=tmp_path)
        assert run.returncode == 0 and shot.stat().st_size > 5000, run.stderr[-1500:]
    # The page is never wider than a narrow window (wide tables scroll inside themselves).
    # Headless Chromium's narrowest window is about 500 px, so the check is against its width.
    probe = tmp_path / "width.html"
    probe.write_text(page.read_text(encoding="utf-8").replace(
        "</body>", "<script>addEventListener('load',()=>document.body.setAttribute('data-width',"
        "document.documentElement.scrollWidth+'/'+innerWidth))</script></body>"), encoding="utf-8")
    run = _chromium("--window-size=390,844", "--dump-dom", probe.as_uri(), cwd=tmp_path)
    width = re.search(r'data-width="(\d+)/(\d+)"', run.stdout)
    assert width and int(width.group(2)) <= 600 and int(width.group(1)) <= int(width.group(2)), run.stdout[-500:]
