"""Notes: SourceDoc -> structured, ranked, linked, verified notes in notes/*.yaml.

    refresh(config, docs, profiles)  extract and merge with the analyst's edits
    load(config, docs)               read the notes files back as a verified NoteSet
    check(config, docs)              every quote and evidence quote found in its source
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefgen.audiences import find_file
from briefgen.errors import NotesError
from briefgen.ingest import source_hashes
from briefgen.models import AudienceProfile, Note, NoteSet, SourceDoc
from briefgen.notes import store
from briefgen.notes.verify import locate, span_for
from briefgen.notes.version import EXTRACTOR_VERSION
from briefgen.parallel import map_ordered
from briefgen.workspace import Config, atomic_write, read_cache


@dataclass(frozen=True)
class Refreshed:
    """What a notes refresh did."""

    written: tuple[str, ...]
    """Notes files whose content changed."""
    warnings: tuple[str, ...]
    """Merge conflicts and other things the analyst should see."""
    notes: int
    """How many notes the fresh extraction produced."""
    up_to_date: bool = False
    """True when nothing had changed and nothing was redone."""


def _fingerprint(config: Config, hashes: Sequence[tuple[str, str]], profiles: Sequence[AudienceProfile]) -> str:
    lexicon = find_file(config, "themes.toml").read_bytes()
    payload = json.dumps(
        {"v": EXTRACTOR_VERSION, "lex": hashlib.sha1(lexicon).hexdigest(),
         "profiles": [p.as_dict() for p in profiles], "sources": list(hashes)},
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _notes_state(notes_dir: Path) -> str:
    """Names, sizes and modification times of the notes files (an edit changes them)."""
    stamps = []
    for path in sorted(notes_dir.glob("*.yaml")):
        info = path.stat()
        stamps.append((path.name, info.st_size, info.st_mtime_ns))
    return hashlib.sha256(json.dumps(stamps).encode()).hexdigest()


def source_state(config: Config) -> tuple[tuple[tuple[str, str], ...], dict[str, list[Any]]]:
    """The sources' hashes, reading only files whose size or time changed since the last refresh."""
    return source_hashes(config, _manifest(config).get("stats"))


def _manifest(config: Config) -> dict[str, Any]:
    return read_cache(config, "manifest.json")


def is_up_to_date(config: Config, hashes: Sequence[tuple[str, str]], profiles: Sequence[AudienceProfile]) -> bool:
    """True when sources (*hashes*: ingest.source_hashes), extractor, lexicon, profiles and
    notes files are as the last refresh left them."""
    stored = _manifest(config)
    return bool(
        stored.get("fingerprint") == _fingerprint(config, hashes, profiles)
        and stored.get("notes") == _notes_state(config.notes_dir)
    )


def _write_notes_file(task: tuple[SourceDoc, list[Note], Path, str]) -> tuple[str, bool, list[str], str]:
    """Merge and write one notes file (in a worker when there are many): its name, whether it
    changed, merge warnings and the sha256 of what it now holds.

    The file is read once. When it is exactly what the last refresh wrote (*written_hash*),
    it holds no analyst edits and is not parsed."""
    doc, fresh, path, written_hash = task
    data = path.read_bytes() if path.is_file() else None
    digest = hashlib.sha256(data).hexdigest() if data is not None else ""
    current = store.decode(data, path) if data is not None else None
    text, warnings = store.render_file(doc, fresh, path, EXTRACTOR_VERSION, current=current,
                                       pristine=digest == written_hash)
    changed = text != current
    if changed:
        atomic_write(path, text)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return path.name, changed, warnings, digest


def refresh(
    config: Config,
    docs: Sequence[SourceDoc],
    profiles: Sequence[AudienceProfile],
    hashes: Sequence[tuple[str, str]],
    progress: Callable[[str], None] | None = None,
    stats: dict[str, list[Any]] | None = None,
) -> Refreshed:
    """Extract notes for every source and merge them with the analyst's edits in notes/.

    Duplicate sources take no notes: their original speaks for them."""
    listed = docs
    docs = [doc for doc in docs if not doc.duplicate_of]
    from briefgen.notes import extract as extraction  # numpy, scipy, sklearn: only when extracting

    notes, clusters, disagreements, key_phrases = extraction.extract(
        docs, profiles, find_file(config, "themes.toml"), config.cache_dir / "drafts", progress
    )
    by_source: dict[str, list[Note]] = {doc.id: [] for doc in docs}
    for note in notes:
        by_source[note.span.source].append(note)
    config.notes_dir.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    warnings: list[str] = []
    written_last = _manifest(config).get("files", {})
    tasks = [(doc, by_source[doc.id], config.notes_dir / f"{doc.id}.yaml", str(written_last.get(f"{doc.id}.yaml", "")))
             for doc in docs]
    files: dict[str, str] = {}
    for name, changed, merge_warnings, digest in map_ordered(_write_notes_file, tasks):
        warnings.extend(merge_warnings)
        files[name] = digest
        if changed:
            written.append(f"notes/{name}")
    known = {f"{doc.id}.yaml" for doc in docs} | {store.LINKS_FILE}
    for doc in listed:
        if doc.duplicate_of and (config.notes_dir / f"{doc.id}.yaml").is_file():
            known.add(f"{doc.id}.yaml")
            warnings.append(f"notes/{doc.id}.yaml: {doc.path} is a duplicate of {doc.duplicate_of}; "
                            "its notes are not used (delete the file)")
    for path in sorted(config.notes_dir.glob("*.yaml")):
        if path.name not in known:
            warnings.append(f"notes/{path.name}: its source is gone from sources/; delete the file if it is not needed")
    store.write_links(config.notes_dir, clusters, disagreements, key_phrases)
    config.cache_dir.mkdir(parents=True, exist_ok=True)
    atomic_write(
        config.cache_dir / "manifest.json",
        json.dumps({"fingerprint": _fingerprint(config, hashes, profiles), "notes": _notes_state(config.notes_dir),
                    "files": files, "stats": stats or {}}),
    )
    return Refreshed(written=tuple(written), warnings=tuple(warnings), notes=len(notes))


def _stored(config: Config, docs: Sequence[SourceDoc]) -> list[store.StoredNote]:
    found: list[store.StoredNote] = []
    for doc in docs:
        if doc.duplicate_of:
            continue
        path = config.notes_dir / f"{doc.id}.yaml"
        data = store.load_file(path)
        if data is None:
            raise NotesError(f"no notes for {doc.path}; run `briefgen notes` first", path=f"notes/{path.name}")
        found.extend(store.parse_file(path, data))
    return found


def _verify(config: Config, docs: Sequence[SourceDoc]) -> tuple[list[Note], list[str], int]:
    """One pass over the notes files: every kept note with its quotes located afresh,
    the problems (one line each, naming note and file:line) and the number of quotes verified."""
    by_id = {doc.id: doc for doc in docs}
    located: list[Note] = []
    problems: list[str] = []
    verified = 0
    for stored in _stored(config, docs):
        note = stored.note
        if note.status == "dropped":
            continue
        quotes = ([(note.quote, note.span.source, stored.line, note.span.start)] if note.quote else []) + [
            (q, span.source, line, 0)
            for q, span, line in zip(note.evidence_quotes, note.evidence, stored.evidence_lines, strict=True)
        ]
        spans = []
        for quote, source, line, hint in quotes:
            doc = by_id.get(source)
            where = locate(doc, quote, hint) if doc is not None else None
            if doc is None:
                problems.append(f"{stored.file}:{line}: note {note.id}: source {source!r} is not in sources/")
            elif where is None:
                problems.append(
                    f"{stored.file}:{line}: note {note.id}: quote not found in {doc.path}; "
                    "restore the source's wording (or drop the note)"
                )
            else:
                verified += 1
                spans.append(span_for(doc, *where))
        if len(spans) != len(quotes):
            continue
        if note.quote:
            note = replace(note, span=spans[0], evidence=tuple(spans[1:]))
        else:
            note = replace(note, quote=note.evidence_quotes[0], span=spans[0],
                           evidence=tuple(spans[1:]), evidence_quotes=note.evidence_quotes[1:])
        located.append(note)
    return located, problems, verified


def check(config: Config, docs: Sequence[SourceDoc]) -> tuple[list[str], int]:
    """Problems (one line each, naming note and file:line) and the number of quotes verified."""
    _, problems, verified = _verify(config, docs)
    return problems, verified


def load(config: Config, docs: Sequence[SourceDoc]) -> NoteSet:
    """The notes files as a NoteSet whose spans are located afresh; NotesError on any unverifiable quote."""
    notes, problems, _ = _verify(config, docs)
    if problems:
        more = f" (and {len(problems) - 1} more; run `briefgen check`)" if len(problems) > 1 else ""
        raise NotesError(problems[0] + more)
    clusters, disagreements, key_phrases = store.read_links(config.notes_dir)
    present = {n.id for n in notes}
    clusters = [c for c in clusters if sum(1 for n in c.notes if n in present) >= 2]
    disagreements = [d for d in disagreements if d.a in present and d.b in present]
    return NoteSet(notes=tuple(notes), clusters=tuple(clusters), disagreements=tuple(disagreements),
                   sources=tuple(docs), key_phrases=tuple(key_phrases))
