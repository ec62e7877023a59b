"""Time `briefgen build --audience all` on a copy of the example workspace, stage by stage.

Prints JSON: cold per-stage seconds (ingest, notes, compose, render_md, render_pdf),
a warm re-run (notes cached), the whole process as a user runs it (again, and in a clean
copy with nothing cached: notes extracted, the executive PDF fitted to two pages), and, when pandoc
is installed (`make bench` installs it), pandoc turning the same three Markdown briefs
into PDF on this machine (with WeasyPrint as its PDF engine: there is no LaTeX here).
It also renders the same print HTML of the three briefs with bare WeasyPrint (same PDF
variant, nothing else) and prints the ratio of the warm `build --audience all` to that:
the target is at most 1.5 (the build's own work on top of the PDF layout stays small).
Run: python benchmarks/bench_build.py
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        return
    from briefgen.pipeline import Progress, build
    from briefgen.workspace import load_config

    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp) / "ws"
        ws.mkdir()
        shutil.copy(ROOT / "briefgen.toml", ws)
        shutil.copytree(ROOT / "sources", ws / "sources")
        config = load_config(ws)
        started = time.perf_counter()
        cold = build(config, "all", "md,pdf", progress=Progress(enabled=False))
        cold_total = time.perf_counter() - started
        started = time.perf_counter()
        warm = build(config, "all", "md,pdf", progress=Progress(enabled=False))
        warm_total = time.perf_counter() - started
        bare = _bare_weasyprint(ws)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "briefgen", "build", "--audience", "all"], cwd=ws, check=True,
                       capture_output=True)
        process = time.perf_counter() - started
        fresh = Path(tmp) / "fresh"
        fresh.mkdir()
        shutil.copy(ROOT / "briefgen.toml", fresh)
        shutil.copytree(ROOT / "sources", fresh / "sources")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "briefgen", "build", "--audience", "all"], cwd=fresh, check=True,
                       capture_output=True)
        process_clean = time.perf_counter() - started
        pandoc = None
        if shutil.which("pandoc") and shutil.which("weasyprint"):
            started = time.perf_counter()
            for audience in ("executive", "investor", "policy"):
                subprocess.run(["pandoc", str(ws / "output" / f"{audience}.md"), "-o", str(ws / f"{audience}-pandoc.pdf"),
                                "--pdf-engine=weasyprint", "--metadata", f"title={audience}"],
                               check=True, capture_output=True)
            pandoc = round(time.perf_counter() - started, 3)
    print(json.dumps({
        "sources": len(list((ROOT / "sources").glob("*.txt"))),
        "cold_stages_s": {k: round(v, 3) for k, v in cold.timings.items()},
        "cold_total_s": round(cold_total, 3),
        "warm_stages_s": {k: round(v, 3) for k, v in warm.timings.items()},
        "warm_total_s": round(warm_total, 3),
        "bare_weasyprint_same_html_s": round(bare, 3),
        "warm_build_over_bare_weasyprint": round(warm_total / bare, 2),
        "whole_process_s": round(process, 3),
        "whole_process_clean_workspace_s": round(process_clean, 3),
        "pandoc_same_markdown_to_pdf_s": pandoc,
    }, indent=2))


def _bare_weasyprint(ws: Path) -> float:
    """Seconds bare WeasyPrint takes to lay out and write the print HTML of every audience's
    brief as composed (the executive one before page fitting), with the configured PDF variant:
    the HTML the build lays out, contents list included where the build gives one (its
    target-counter page numbers cost WeasyPrint extra passes)."""
    import weasyprint

    import briefgen
    from briefgen.render import toc as contents
    from briefgen.render.html import render_html
    from briefgen.render.markdown import render_markdown
    from briefgen.render.pdf import VARIANTS
    from briefgen.style import look as look_of

    workspace = briefgen.open_workspace(ws)
    config = workspace.config
    look = look_of(config)
    pages = []
    for audience in workspace.audiences():
        brief = workspace.compose(audience)
        markdown = render_markdown(config, brief)
        pages.append(render_html(config, brief, markdown, for_print=True, look=look,
                                 toc=contents.wanted(look.toc, pages=0, markdown=markdown)))
    options = {"pdf_variant": VARIANTS.get(config.pdf_standard), "pdf_tags": config.pdf_standard == "ua-1"}
    started = time.perf_counter()
    for html in pages:
        weasyprint.HTML(string=html).write_pdf(**options)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
