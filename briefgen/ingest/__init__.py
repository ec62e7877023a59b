"""Ingest: sources/ -> SourceDoc (text as read, metadata, removed spans, located sentences).

    read_sources(config) -> Ingested

The files in sources/ are never modified. Metadata comes from the sidecar
(sources/sources.toml, analyst-owned) first, then from the format itself, then
from the text (a headline-like first line, a dated header line or dateline, a wire credit
or byline, "Read at X"), then from the file's creation date; unknown stays empty.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import traceback
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefgen import cachekey
from briefgen.console import Tick
from briefgen.errors import ConfigError, SourceError
from briefgen.ingest.clean import Cleaned, clean, displayable, outlet_headline, title_kind, unlabelled
from briefgen.ingest.duplicates import find_duplicates
from briefgen.ingest.readers import READERS, Extracted, looks_binary, sniff
from briefgen.ingest.segment import sentences
from briefgen.models import Sentence, SourceDoc, SourceMeta
from briefgen.parallel import map_ordered
from briefgen.workspace import Config, leads_out, read_toml

SIDECAR = "sources.toml"
_SKIP_NAMES = {SIDECAR, "README.md", "README.txt", ".gitkeep"}

#: Reliability tier per source kind; it weighs the source's notes.
RELIABILITY = {
    "news report": "news report",
    "news summary": "news report",
    "report": "news report",
    "analysis": "analysis",
    "opinion": "opinion",
    "blog": "opinion",
    "forum thread": "forum comment",
    "comments": "forum comment",
}


@dataclass(frozen=True)
class Ingested:
    """What ingest read."""

    docs: tuple[SourceDoc, ...]
    """Readable sources in file-name order."""
    skipped: tuple[str, ...]
    """One-line warnings: sources left out as unreadable, parts of sources left unread, and duplicates."""


MAX_ID_LENGTH = 100

MAX_TEXT_CHARACTERS = 3_000_000
"""Text one source may hold once read (about 500,000 words, a few books): cleaning, segmenting
and extraction take some microseconds per character, so a 50 MB text would take minutes and
gigabytes. max_source_mb bounds the file; this bounds what a small file unpacks or decodes to."""

MAX_TEXT_LINES = 200_000
"""Lines one source may hold once read (a 1,000-page report has some 50,000); each line costs
like a sentence, however short."""
"""Longer slugs are cut and given a hash of the whole stem, so notes/<id>.yaml (and the cache's
temporary files next to it) stay within the file system's 255-byte name limit."""


def source_id(name: str) -> str:
    """Stable id from a file name: lower-case slug of the stem (cut to MAX_ID_LENGTH)."""
    stem = Path(name).stem
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    if len(slug) > MAX_ID_LENGTH:
        digest = hashlib.sha256(os.fsencode(stem)).hexdigest()[:8]
        slug = f"{slug[:MAX_ID_LENGTH - 9].rstrip('-')}-{digest}"
    return slug or "source"


_FILE_DATE = re.compile(r"(?<![0-9])((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?![0-9])")


def file_name_date(name: str) -> str:
    """The date an ISO-like date in a file's name gives ("01_wire_2026-11-02.txt" -> 2026-11-02;
    also 20261102 and 2026_11_02), or "" when it holds none or only an impossible one."""
    import datetime as dt

    for match in _FILE_DATE.finditer(Path(name).stem):
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
        except ValueError:
            continue
    return ""


def display_path(path: str) -> str:
    """A workspace path as shown in messages, notes and briefs: bytes that are not UTF-8
    (a file name from another system) as \\xNN escapes, control characters removed."""
    return displayable(os.fsencode(path).decode("utf-8", "backslashreplace"))


def load_sidecar(config: Config, warnings: list[str] | None = None,
                 files: list[Path] | None = None) -> dict[str, dict[str, str]]:
    """Per-file metadata from sources/sources.toml; every bad key reported at once. An entry
    whose name leads out of sources/ (absolute, or with a `..` part) is left out, never read,
    with a line in *warnings* naming the file and line; so is one naming none of *files* (the
    source files, when given: a renamed or removed file whose metadata would silently not apply)."""
    from briefgen import schema

    path = config.sources_dir / SIDECAR
    shown = f"sources/{SIDECAR}"
    if not path.exists() and not path.is_symlink():
        return {}
    problem = unsafe_source(config, path)
    if problem:
        raise ConfigError(problem, path=shown)
    data, text = read_toml(path, shown, ConfigError)
    lines = schema.toml_lines(text)
    parsed, problems = schema.validate(
        schema.SIDECAR, data, file=shown, line_of=lambda loc: schema.line_in(lines, loc),
        label=lambda loc: f"[{json.dumps(loc[0], ensure_ascii=False)}]" + "".join(f".{k}" for k in loc[1:]),
    )
    if problems:
        raise ConfigError(schema.one_line(problems, f'fix {shown} (a table per file: ["report.txt"] title = "...")'))
    kept = {}
    present = {key for path in files or () for key in (path.relative_to(config.sources_dir).as_posix(), path.name)}
    for name, entry in parsed.items():
        if leads_out(name):
            if warnings is not None:
                line = schema.line_in(lines, (name,))
                named = json.dumps(display_path(name)[:120], ensure_ascii=False)
                warnings.append(f"{shown}{f':{line}' if line else ''}: [{named}] names a file outside sources/, so it "
                                "is ignored (never read); an entry describes a file in sources/, named from there")
            continue
        if files is not None and warnings is not None and name not in present:
            line = schema.line_in(lines, (name,))
            shown_name = json.dumps(display_path(name)[:120], ensure_ascii=False)
            warnings.append(f"{shown}{f':{line}' if line else ''}: [{shown_name}] names no file in sources/, so it "
                            "describes nothing; rename the entry to the file's name (as `briefgen sources` lists "
                            "it) or remove it")
        kept[name] = entry.model_dump(exclude_unset=True)
    return kept


def unsafe_source(config: Config, path: Path) -> str | None:
    """Why *path* (in sources/) must not be opened, or None when it is a regular file inside
    the workspace. Checked before anything reads it, hashing included: a symlink to /dev/zero
    would exhaust memory, a FIFO would block for ever, a symlink out of the workspace would
    put a file of this machine into a brief."""
    try:
        if path.is_symlink():
            target = path.resolve(strict=True)
            if not target.is_relative_to(config.root.resolve()):
                return "symlink points outside the workspace; copy the file in instead"
        mode = path.stat().st_mode
    except RuntimeError:
        return "symlink loop; replace the link with the file itself"
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            return "symlink loop; replace the link with the file itself"
        if not path.exists():
            return "broken symlink; replace the link with the file itself"
        return f"cannot read the file ({exc.strerror})"
    if stat.S_ISDIR(mode):
        return "symlink to a folder; put the files themselves (or a real folder) in sources/"
    if not stat.S_ISREG(mode):
        return "not a regular file (a FIFO, socket or device); remove it"
    return None


def list_source_files(config: Config) -> list[Path]:
    """Source files in name order (sidecar and hidden files excluded)."""
    if not config.sources_dir.is_dir():
        raise ConfigError("no sources/ folder; create it and put documents in it", path=str(config.sources_dir))
    files = []
    for path in sorted(config.sources_dir.rglob("*")):
        rel = path.relative_to(config.sources_dir)
        if any(part.startswith(".") for part in rel.parts) or path.name in _SKIP_NAMES:
            continue
        if path.is_symlink() or not path.is_dir():  # FIFOs and the like too: reported, never opened
            files.append(path)
    return files


def source_hashes(
    config: Config, known: dict[str, list[Any]] | None = None
) -> tuple[tuple[tuple[str, str], ...], dict[str, list[Any]]]:
    """(workspace path, sha256 of the bytes) of every source file and the sidecar: what the
    notes depend on, found without reading any source as text (the no-change fast path).

    *known* maps a path to [size, mtime_ns, sha256] from an earlier call: a file whose size
    and modification time are unchanged is not read again. Returns the hashes and the
    updated map."""
    known = known or {}
    hashes = []
    stats: dict[str, list[Any]] = {}
    for path in list_source_files(config) + [config.sources_dir / SIDECAR]:
        rel = f"sources/{path.relative_to(config.sources_dir).as_posix()}"
        try:
            info = path.stat()
            stamp = [info.st_size, info.st_mtime_ns]
        except OSError:
            stamp = [-1, -1]
        previous = known.get(rel)
        if stamp[0] < 0 or unsafe_source(config, path):
            digest = ""
        elif previous and previous[:2] == stamp:
            digest = str(previous[2])
        else:
            try:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                digest = ""
        stats[rel] = [*stamp, digest]
        hashes.append((rel, digest))
    return tuple(hashes), stats


def read_source(config: Config, path: Path, sidecar: dict[str, str], warnings: list[str] | None = None) -> SourceDoc:
    """Read, clean and segment one source file; SourceError when it cannot be used.

    Problems in a part of the file that is left out (bad front matter) go to *warnings*."""
    rel = display_path(f"sources/{path.relative_to(config.sources_dir).as_posix()}")
    problem = unsafe_source(config, path)
    if problem:
        raise SourceError(problem, path=rel)
    try:
        size = path.stat().st_size
        if size > config.max_source_mb * 1024 * 1024:
            raise SourceError(
                f"file is {size / 1e6:.0f} MB, over the {config.max_source_mb:g} MB limit; "
                "raise [ingest] max_source_mb in briefgen.toml or split it",
                path=rel,
            )
        data = path.read_bytes()
    except PermissionError as exc:
        raise SourceError("cannot read the file (permission denied); fix its permissions", path=rel) from exc
    except OSError as exc:
        raise SourceError(f"cannot read the file ({exc.strerror})", path=rel) from exc
    if not data.strip():
        raise SourceError("file is empty; remove it or add its text", path=rel)
    fmt = sniff(data, path.suffix.lower())
    if fmt in ("text", "markdown") and looks_binary(data):
        raise SourceError("file holds binary data, not text; remove it or convert it to text", path=rel)
    extracted: Extracted = READERS[fmt](data, rel, sidecar.get("encoding", ""))
    text = extracted.text
    lines = text.count("\n")
    if len(text) > MAX_TEXT_CHARACTERS or lines > MAX_TEXT_LINES:
        raise SourceError(f"text is {len(text):,} characters in {lines:,} lines once read, over "
                          f"{MAX_TEXT_CHARACTERS:,} characters or {MAX_TEXT_LINES:,} lines; split it into parts",
                          path=rel)
    if warnings is not None:
        warnings.extend(extracted.warnings)
    found, sents = _cleaned(config, source_id(path.name), text, extracted)
    removed = tuple(sorted(extracted.removed + found.removed, key=lambda r: (r.start, r.end)))
    if not sents:
        raise SourceError("no readable sentences in the file", path=rel)

    # A thread's title is its own (from its breadcrumb or over its first post), not a page heading
    # that holds the whole breadcrumb.
    # A Markdown heading the cleaner read as the piece's genre slug ("# CREDIT COMMENT" over "## <headline>") is
    # a label, not the headline.
    # So is a masthead or letterhead heading over the headline ("# Kestrel Capital — Equity Research").
    labels = {" ".join(text[r.start:r.end].lstrip("# ").split()) for r in found.removed
              if r.reason in ("section label (the kind of piece)", "masthead (publisher, byline or date)",
                              "letterhead (publisher)")}
    page_title = unlabelled(extracted.meta.get("title", ""))
    title = (sidecar.get("title") or (found.title if found.is_thread else "")
             or (page_title if page_title not in labels else "") or found.title)
    # A piece with no label saying what it is is a news report when it has a news report's
    # furniture: a wire dateline, a byline or masthead over a dated text, or a web page of a
    # named site that says it is an article (og:type) or gives a writer and a date.
    page = extracted.meta
    page_news = bool(page.get("publisher")) and (page.get("pagetype", "").lower() in ("article", "newsarticle")
                                                 or bool(page.get("author") and page.get("date")))
    publisher = sidecar.get("publisher") or extracted.meta.get("publisher", "") or found.publisher
    if not publisher and not sidecar.get("title") and (prefixed := outlet_headline(title)) is not None:
        publisher, title = prefixed  # "Harbour Freight Monitor — Quay closure: ...": the outlet, then the headline
    kind = (sidecar.get("kind") or page.get("kind", "") or ("forum thread" if found.is_thread else "")
            or found.kind or title_kind(title) or ("news report" if found.news or page_news else ""))
    date, date_from = (sidecar.get("date") or extracted.meta.get("date", "") or found.date), ""
    if date and date == found.date and not sidecar.get("date") and not extracted.meta.get("date"):
        date_from = found.date_from  # "first sentence": the day its opening sentence says the news was told
    if not date:
        date, date_from = next(((d, "file name") for d in [file_name_date(path.name)] if d),
                               (extracted.meta.get("created", ""), "file created"))
    # An update date counts with the publication date it follows: the text's own, unless the
    # sidecar or the format gives the date (then only an update they give).
    from briefgen.window import source_date

    own_date = date == found.date and date_from in ("", found.date_from)
    updated_day = source_date(sidecar.get("updated") or extracted.meta.get("updated", "")
                              or (found.updated if own_date else ""))
    published_day = source_date(date) if date else None
    updated = updated_day.isoformat() if updated_day and published_day and updated_day > published_day else ""
    meta = SourceMeta(
        title=title,
        publisher=publisher,
        kind=kind,
        date=date,
        updated=updated,
        date_from=date_from if date else "",
        url=sidecar.get("url") or extracted.meta.get("url", ""),
        author=sidecar.get("author") or extracted.meta.get("author", "") or found.author,
        reliability=sidecar.get("reliability") or RELIABILITY.get(kind, "unrated"),
        rated=bool(sidecar.get("reliability")),
        cited_outlets=found.cited_outlets,
    )
    return SourceDoc(
        id=source_id(path.name),
        path=rel,
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        meta=meta,
        sentences=sents,
        removed=removed,
        pages=extracted.pages,
        posts=found.posts,
    )


SEGMENTS_DIR = "segments"
"""Cache folder with what clean and segment made of each source's text (keyed by the text)."""


BLOCK_FORMATS = frozenset({"html", "docx"})
"""Formats whose reader gives a line per block of the source (a web page's headings and paragraphs, a
document's paragraphs): a line break there ends a paragraph, never wrapping (`segment.paragraphs`)."""


def _cleaned(config: Config, doc_id: str, text: str, extracted: Extracted) -> tuple[Cleaned, tuple[Sentence, ...]]:
    """clean and sentences for *text*, from the cache when the text, what the reader removed,
    the pages and briefgen's code are as when it was stored. Only offsets and metadata are
    kept there, never the text, which is always read from the file itself; an entry whose
    offsets do not fit the text is not used."""
    blocks = extracted.format in BLOCK_FORMATS
    key = hashlib.sha256("\0".join([cachekey.code_version(), text, json.dumps(
        [cachekey.to_json(extracted.removed), list(extracted.pages), blocks])]).encode("utf-8", "surrogatepass")).hexdigest()
    path = config.cache_dir / SEGMENTS_DIR / f"{doc_id}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(stored, dict) and stored.get("key") == key:
            found = cachekey.from_json(Cleaned, stored["cleaned"])
            sents = cachekey.from_json(tuple[Sentence, ...], stored["sentences"])
            if all(0 <= span.start <= span.end <= len(text) for span in (*found.removed, *found.posts, *sents)):
                return found, sents
    except (OSError, ValueError, KeyError, TypeError):
        pass
    found = clean(_without_front_matter(text, extracted))
    removed = tuple(sorted(extracted.removed + found.removed, key=lambda r: (r.start, r.end)))
    sents = sentences(text, removed, extracted.pages, [(p.start, p.end) for p in found.posts], blocks)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Not renamed into place (a rename per source costs more than the rest): a torn
        # write is not valid JSON, and a stale key is never used.
        path.write_text(json.dumps({"key": key, "cleaned": cachekey.to_json(found),
                                    "sentences": cachekey.to_json(sents)}), encoding="utf-8")
    except OSError:
        pass  # the cache only saves time
    return found, sents


def _without_front_matter(text: str, extracted: Extracted) -> str:
    """*text* with its front matter (which the reader has read as metadata) blanked, its line
    breaks kept: its "title:" and "author:" lines are no header lines of the piece, whose
    headline, masthead and byline the cleaner reads from the lines under it. Offsets stay."""
    for span in extracted.removed:
        if span.reason == "front matter":
            blank = re.sub(r"[^\n]", " ", text[span.start:span.end])
            text = text[:span.start] + blank + text[span.end:]
    return text


def _read_task(task: tuple[Config, Path, dict[str, str]]) -> tuple[SourceDoc, list[str]] | str:
    """read_source for a worker process: the document and its warnings, or a failure as its
    one-line message. An unexpected error is that source's failure too, never the run's
    (BRIEFGEN_DEBUG, set by --debug, prints its traceback)."""
    config, path, sidecar = task
    warnings: list[str] = []
    try:
        return read_source(config, path, sidecar, warnings), warnings
    except SourceError as exc:
        return exc.message
    except Exception as exc:
        if os.environ.get("BRIEFGEN_DEBUG"):
            traceback.print_exc()
        detail = " ".join(displayable(str(exc)).split())[:200]
        rel = display_path(f"sources/{path.relative_to(config.sources_dir).as_posix()}")
        return (f"{rel}: unexpected error while reading ({type(exc).__name__}: {detail}); "
                "run with --debug for the traceback and report it")


def read_sources(
    config: Config,
    *,
    strict: bool = False,
    progress: Tick | None = None,
) -> Ingested:
    """Read every source (on every core when there are many).

    A source that cannot be used is reported and left out; with *strict* it stops the run.
    Duplicates (the same article twice, or syndicated with small edits) are marked with
    `duplicate_of` and reported. The run stops when no source is usable."""
    strays: list[str] = []
    paths = list_source_files(config)
    sidecar = load_sidecar(config, strays, paths)
    tasks = [(config, path, sidecar.get(path.relative_to(config.sources_dir).as_posix(),
                                        sidecar.get(path.name, {}))) for path in paths]
    docs: list[SourceDoc] = []
    skipped: list[str] = strays
    seen: dict[str, str] = {}
    for done, result in enumerate(map_ordered(_read_task, tasks), 1):
        if progress:
            shown = display_path(f"sources/{paths[done - 1].relative_to(config.sources_dir).as_posix()}")
            progress(done, len(tasks), shown)
        if isinstance(result, str):
            if strict:
                raise SourceError(result + " (or run without --strict to build without it)")
            skipped.append(f"skipped {result}")
            continue
        doc, warnings = result
        skipped.extend(warnings)
        if doc.id in seen:
            raise SourceError(
                f"has the same id {doc.id!r} as {seen[doc.id]}; rename one of them", path=doc.path
            )
        seen[doc.id] = doc.path
        docs.append(doc)
    if not docs:
        raise SourceError(
            "no usable sources; add documents (.txt, .md, .html, .pdf, .docx) with `briefgen add FILE`",
            path="sources/",
        )
    for drop, (keep, share) in sorted(find_duplicates(docs).items()):
        docs[drop] = replace(docs[drop], duplicate_of=docs[keep].id)
        skipped.append(f"{docs[drop].path}: repeats {docs[keep].path} ({share:.0%} of its sentences); "
                       "it is counted once, from the fuller copy")
    from briefgen.window import with_estimates  # window reads dates with ingest's cleaning

    return Ingested(docs=tuple(with_estimates(docs)), skipped=tuple(skipped))
