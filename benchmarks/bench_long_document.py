"""How `briefgen notes` and `briefgen build` grow with ONE long document (not many sources).

For each size (paragraphs), a fresh workspace with one generated DOCX (short news-like paragraphs
with figures, names and dates; the XML is written directly, python-docx is slow for huge files) or
the same text as .txt. Times `briefgen notes` and then `briefgen build --audience all --format md`
(each a separate process, under a time limit). With several code folders, the runs alternate
between them (the machine may be shared and noisy), and the table shows one column per folder.

Run: python benchmarks/bench_long_document.py [--code DIR ...] [--format docx|txt] [--limit S] [SIZES...]
     (default: this checkout; docx; 400 s; 250 500 1000 2000)
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import _BACKGROUND, _Story  # noqa: E402

_CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_MONTHS = ("March", "April", "May", "June", "September", "October")


def paragraphs(count: int, seed: int = 23, thread: int = 0) -> list[str]:
    """*count* short news-like paragraphs (one to three sentences) of one running story (with *thread*,
    a new related thread, its own bodies, people and figures, every *thread* paragraphs)."""
    rng = random.Random(seed)
    story = _Story(rng)
    out = [f"{story.orgs[0]} faces {story.event.split(' for ')[0]}"]
    while len(out) < count:
        if thread and len(out) % thread == 0:  # a long document moves on to related threads
            story = _Story(rng)
        kind = rng.random()
        if kind < 0.35:
            sentences = [story.fact_sentence(rng.choice(story.facts))]
        elif kind < 0.6:
            sentences = [story.quote_sentence()]
        else:
            sentences = [story.fill(rng.choice(_BACKGROUND))]
        if rng.random() < 0.5:
            sentences.append(f"The figures were published on {rng.choice(_DAYS)}, {rng.choice(_MONTHS)} "
                             f"{rng.randint(1, 28)}, {story.year}.")
        if rng.random() < 0.3:
            sentences.append(story.fill(rng.choice(_BACKGROUND)))
        out.append(" ".join(sentences))
    return out


def write_docx(path: Path, texts: list[str]) -> None:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>' for text in texts)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}">'
                f"<w:body>{body}</w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)


def workspace(root: Path, code: str, size: int, form: str) -> Path:
    folder = root / f"ws-{size}-{form}"
    subprocess.run([sys.executable, "-m", "briefgen", "init", str(folder)], check=True, capture_output=True,
                   env={**os.environ, "PYTHONPATH": code})
    texts = paragraphs(size)
    if form == "docx":
        write_docx(folder / "sources" / "long-report.docx", texts)
    else:
        (folder / "sources" / "long-report.txt").write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    return folder


def timed(code: str, folder: Path, limit: float, *args: str) -> str:
    started = time.perf_counter()
    try:
        result = subprocess.run([sys.executable, "-m", "briefgen", "-q", *args, "-w", str(folder)],
                                capture_output=True, text=True, timeout=limit,
                                env={**os.environ, "PYTHONPATH": code})
    except subprocess.TimeoutExpired:
        return f">{limit:.0f}"
    if result.returncode not in (0, 1):
        return "fail"
    return f"{time.perf_counter() - started:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[250, 500, 1000, 2000])
    parser.add_argument("--code", action="append", help="a briefgen checkout (repeat to compare; runs alternate)")
    parser.add_argument("--format", choices=("docx", "txt"), default="docx")
    parser.add_argument("--limit", type=float, default=400.0, help="seconds before a run counts as too slow")
    options = parser.parse_args()
    codes = options.code or [str(Path(__file__).resolve().parent.parent)]
    header = ["paragraphs"] + [f"{kind}[{Path(code).name}]" for code in codes for kind in ("notes_s", "build_s")]
    print("\t".join(header), flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-long-") as tmp:
        for size in options.sizes:
            row = [str(size)]
            for index, code in enumerate(codes):
                folder = workspace(Path(tmp) / str(index), code, size, options.format)
                row.append(timed(code, folder, options.limit, "notes"))
                row.append(timed(code, folder, options.limit, "build", "--audience", "all", "--format", "md"))
            print("\t".join(row), flush=True)


if __name__ == "__main__":
    main()
