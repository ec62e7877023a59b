"""Ingest throughput on a folder of mixed files: text, Markdown with front matter,
cluttered HTML pages, forum threads, PDFs (made with WeasyPrint) and Word files.

Prints JSON: files, MB, seconds, files/s and MB/s for reading the whole folder with
every core and with one (BRIEFGEN_JOBS=1), and seconds per file by format.
Run: python benchmarks/bench_ingest.py [FILES]   (default 240, at least 200)
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import _Story  # noqa: E402

_PAGE = """<!DOCTYPE html><html lang="en"><head><title>{title} | Daily Ledger</title>
<meta property="og:site_name" content="Daily Ledger"><meta property="article:published_time" content="2026-0{month}-1{day}">
</head><body><nav><a href="/">Home</a> <a href="/business">Business</a> <a href="/world">World</a></nav>
<div class="cookie-banner">We use cookies. Accept all cookies</div><article><h1>{title}</h1>{body}</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">Five things to know today</a></li></ul></aside>
<div class="comments"><h3>Comments</h3><p>Post a Comment</p></div><footer>All rights reserved.</footer></body></html>"""


def _article(story: _Story, index: int) -> tuple[str, list[str]]:
    text = story.article(index)
    title, *paragraphs = [part for part in text.split("\n\n") if part.strip()]
    return title, paragraphs


def _thread(story: _Story, rng: random.Random) -> str:
    lines = [f"Discussion: {story.event}", ""]
    for post in range(12):
        lines += [f"{rng.choice(('kestrel', 'mapleleaf', 'nightowl', 'quietriver'))}{post}\u2022{rng.randint(1, 23)}h ago",
                  story.quote_sentence() + " " + story.fill("What do others in {place} think about {sector}?"), ""]
    return "\n".join(lines) + "\n"


def make_folder(folder: Path, count: int, seed: int = 11) -> None:
    import docx
    import weasyprint

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    kinds = ["txt"] * 10 + ["md"] * 3 + ["html"] * 4 + ["thread"] * 1 + ["pdf"] * 1 + ["docx"] * 1
    story = _Story(rng)
    for index in range(count):
        if index % 6 == 0:
            story = _Story(rng)
        kind = kinds[index % len(kinds)]
        title, paragraphs = _article(story, index)
        stem = folder / f"{index:04d}"
        if kind == "txt":
            stem.with_suffix(".txt").write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        elif kind == "md":
            stem.with_suffix(".md").write_text(f"---\ntitle: \"{title}\"\npublisher: Weekly Review\ndate: 2026-05-0{index % 9 + 1}\n"
                                               "---\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        elif kind == "html":
            body = "".join(f"<p>{p}</p>" for p in paragraphs)
            stem.with_suffix(".html").write_text(_PAGE.format(title=title, body=body, month=index % 9 + 1, day=index % 9),
                                                 encoding="utf-8")
        elif kind == "thread":
            stem.with_suffix(".txt").write_text(_thread(story, rng), encoding="utf-8")
        elif kind == "pdf":
            html = ("<html><head><style>@page { size: A4; margin: 20mm; @bottom-center { content: 'Page ' counter(page) } }"
                    f"p {{ hyphens: auto; }}</style></head><body><h1>{title}</h1>"
                    + "".join(f"<p>{p}</p>" for p in paragraphs * 2) + "</body></html>")
            weasyprint.HTML(string=html).write_pdf(stem.with_suffix(".pdf"))
        else:
            document = docx.Document()
            document.core_properties.title = title
            for paragraph in paragraphs:
                document.add_paragraph(paragraph)
            document.save(stem.with_suffix(".docx"))


def _timed_read(workspace: Path, jobs: int) -> dict[str, float]:
    code = (
        "import time, json, sys\n"
        "from briefgen.ingest import read_sources\nfrom briefgen.workspace import load_config\n"
        "config = load_config(sys.argv[1])\nstarted = time.perf_counter()\n"
        "ingested = read_sources(config)\n"
        "print(json.dumps({'seconds': time.perf_counter() - started, 'docs': len(ingested.docs),"
        " 'skipped': len(ingested.skipped)}))\n"
    )
    env = dict(os.environ, BRIEFGEN_JOBS=str(jobs))
    out = subprocess.run([sys.executable, "-c", code, str(workspace)], env=env, capture_output=True, text=True,
                         check=True)
    return dict(json.loads(out.stdout))


def _per_format(workspace: Path) -> dict[str, dict[str, float]]:
    from briefgen.ingest import load_sidecar, read_source
    from briefgen.workspace import load_config

    config = load_config(workspace)
    sidecar = load_sidecar(config)
    spent: dict[str, list[float]] = defaultdict(list)
    for path in sorted((workspace / "sources").iterdir()):
        if path.name == "sources.toml":
            continue
        started = time.perf_counter()
        read_source(config, path, sidecar.get(path.name, {}))
        spent[path.suffix.lstrip(".")].append(time.perf_counter() - started)
    return {fmt: {"files": len(times), "ms_per_file": round(1000 * sum(times) / len(times), 1)}
            for fmt, times in sorted(spent.items())}


def main() -> None:
    count = max(200, int(sys.argv[1]) if len(sys.argv) > 1 else 240)
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "ws"
        subprocess.run([sys.executable, "-m", "briefgen", "init", str(workspace)], check=True, capture_output=True)
        make_folder(workspace / "sources", count)
        files = [p for p in (workspace / "sources").iterdir() if p.name != "sources.toml"]
        megabytes = sum(p.stat().st_size for p in files) / 1e6
        results = {"files": len(files), "mb": round(megabytes, 2)}
        for label, jobs in (("all_cores", len(os.sched_getaffinity(0))), ("one_core", 1)):
            run = _timed_read(workspace, jobs)
            results[label] = {
                "seconds": round(run["seconds"], 2),
                "files_per_s": round(len(files) / run["seconds"], 1),
                "mb_per_s": round(megabytes / run["seconds"], 2),
                "read": run["docs"],
                "skipped": run["skipped"],
            }
        results["by_format_one_core"] = _per_format(workspace)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
