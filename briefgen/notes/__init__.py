"""Notes: SourceDoc -> structured, ranked, linked, verified notes in notes/*.yaml.

    refresh(config, docs, profiles)  extract and merge with the analyst's edits
    load(config, docs)               read the notes files back as a verified NoteSet
    check(config, docs)              every quote and evidence quote found in its source
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefgen.audiences import find_file
from briefgen.console import Tick
from briefgen.errors import BriefgenError, NotesError
from briefgen.ingest import source_hashes
from briefgen.ingest.markup import reads
from briefgen.models import AudienceProfile, Note, NoteSet, Sentence, SourceDoc
from briefgen.notes import store
from briefgen.notes.verify import Mismatch, find_quote, normalise_quote, span_for
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
        info = path.lstat()  # a link's own times: never followed (it may lead nowhere, or out)
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


BASE_DIR = "notes-base"
"""Cache folder with the merge base of each notes file (what briefgen extracted last time)."""


@dataclass(frozen=True)
class _FileTask:
    """One notes file to refresh (in a worker when there are many)."""

    doc: SourceDoc
    fresh: tuple[Note, ...]
    path: Path
    base_path: Path
    last: tuple[str, str] | None
    """sha256 of the file as the last refresh left it, and of what it merged (the extraction
    and the file's header fields)."""


@dataclass(frozen=True)
class _FileResult:
    name: str
    changed: bool
    warnings: tuple[str, ...]
    stamp: tuple[str, str]
    error: str = ""


def _sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def _refresh_file(task: _FileTask) -> _FileResult:
    """Merge the fresh extraction into one notes file and keep the new merge base.

    When the file is exactly as the last refresh left it and the extraction is the same as
    then, the merge would give the file back unchanged, so it is not read further."""
    name = task.path.name
    try:
        theirs = [store.note_to_yaml(note) for note in task.fresh]
        theirs_digest = _sha256(json.dumps([task.doc.path, task.doc.sha256, EXTRACTOR_VERSION, theirs],
                                           sort_keys=True, ensure_ascii=False))
        store.refuse_link(task.path)
        data = task.path.read_bytes() if task.path.is_file() else None
        digest = _sha256(data) if data is not None else ""
        if data is not None and task.last == (digest, theirs_digest):
            return _FileResult(name, False, (), (digest, theirs_digest))
        current = store.decode(data, task.path) if data is not None else None
        rendered = store.render_file(
            task.doc, theirs, task.path, EXTRACTOR_VERSION, current=current, base=store.read_base(task.base_path),
            keep_layout=task.last is not None and task.last[0] != digest,
        )
        changed = rendered.text != current
        if changed:
            atomic_write(task.path, rendered.text)  # the file first: a base newer than the file would
            digest = _sha256(rendered.text)         # make briefgen's old values look like the analyst's
        warnings = list(rendered.warnings)
        try:
            text = store.base_text(rendered.base)
            if not task.base_path.is_file() or task.base_path.read_bytes() != text.encode("utf-8"):
                atomic_write(task.base_path, text)
        except OSError as exc:
            warnings.append(f"cannot keep the merge base in {task.base_path.parent.name}/ ({exc.strerror}); "
                            "your edits are kept, but fields you did not touch may stop following the sources")
        return _FileResult(name, changed, tuple(warnings), (digest, theirs_digest))
    except BriefgenError as exc:
        return _FileResult(name, False, (), ("", ""), error=exc.message)
    except OSError as exc:
        return _FileResult(name, False, (), ("", ""),
                           error=f"notes/{name}: cannot write the notes file ({exc.strerror}); "
                                 "check that notes/ is a writable folder")


def refresh(
    config: Config,
    docs: Sequence[SourceDoc],
    profiles: Sequence[AudienceProfile],
    hashes: Sequence[tuple[str, str]],
    progress: Tick | None = None,
    stats: dict[str, list[Any]] | None = None,
) -> Refreshed:
    """Extract notes for every source and merge them with the analyst's edits in notes/.

    Duplicate sources take no notes: their original speaks for them."""
    listed = docs
    docs = [doc for doc in docs if not doc.duplicate_of]
    from briefgen.notes import extract as extraction  # numpy and scipy: only when extracting

    notes, clusters, disagreements, key_phrases = extraction.extract(
        docs, profiles, find_file(config, "themes.toml"), config.cache_dir / "drafts", progress
    )
    by_source: dict[str, list[Note]] = {doc.id: [] for doc in docs}
    for note in notes:
        by_source[note.span.source].append(note)
    try:
        config.notes_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NotesError(f"cannot create the notes folder ({exc.strerror}); check the workspace's permissions",
                         path="notes/") from exc
    written: list[str] = []
    warnings: list[str] = []
    last_run = _manifest(config).get("files", {})
    tasks = []
    for doc in docs:
        name = f"{doc.id}.yaml"
        stamp = last_run.get(name)
        last = (str(stamp[0]), str(stamp[1])) if isinstance(stamp, list) and len(stamp) == 2 else None
        tasks.append(_FileTask(doc, tuple(by_source[doc.id]), config.notes_dir / name,
                               config.cache_dir / BASE_DIR / f"{doc.id}.json", last))
    files: dict[str, list[str]] = {}
    errors: list[str] = []
    for result in map_ordered(_refresh_file, tasks):
        if result.error:
            errors.append(result.error)
            continue
        warnings.extend(result.warnings)
        files[result.name] = list(result.stamp)
        if result.changed:
            written.append(f"notes/{result.name}")
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise NotesError(errors[0] + more)
    known = {f"{doc.id}.yaml" for doc in docs} | {store.LINKS_FILE}
    for doc in listed:
        if doc.duplicate_of and (config.notes_dir / f"{doc.id}.yaml").is_file():
            known.add(f"{doc.id}.yaml")
            warnings.append(f"notes/{doc.id}.yaml: {doc.path} is a duplicate of {doc.duplicate_of}; "
                            "its notes are not used (delete the file)")
    for path in sorted(config.notes_dir.glob("*.yaml")):
        if path.name not in known:
            warnings.append(f"notes/{path.name}: its source is gone from sources/; delete the file if it is not needed")
    problem = store.links_problem(config.notes_dir)
    if problem:
        warnings.append(f"{problem}; briefgen writes this file and has replaced it (edits there are not kept)")
    try:
        store.write_links(config.notes_dir, clusters, disagreements, key_phrases)
    except OSError as exc:
        raise NotesError(f"cannot write the links file ({exc.strerror}); check that notes/ is writable",
                         path=f"notes/{store.LINKS_FILE}") from exc
    try:
        config.cache_dir.mkdir(parents=True, exist_ok=True)
        atomic_write(
            config.cache_dir / "manifest.json",
            json.dumps({"fingerprint": _fingerprint(config, hashes, profiles), "notes": _notes_state(config.notes_dir),
                        "files": files, "stats": stats or {}}),
        )
    except OSError as exc:  # the manifest only saves time
        warnings.append(f"cannot write {config.rel(config.cache_dir)}/manifest.json ({exc.strerror}); "
                        "the next run redoes the notes")
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
    return store.unique(found)


def _bracket_findings(stored: store.StoredNote, quote: str, line: int, written: bool) -> tuple[list[str], list[str]]:
    """The brackets of one quote that read as a clause, not a name, a role or a day
    (`glosses.clause_brackets`, the test compose applies to the brackets it inserts): problems
    when briefgen wrote the quote, warnings when the analyst did (kept as written, never dropped)."""
    from briefgen.notes.glosses import clause_brackets

    found = clause_brackets(quote)
    if not found:
        return [], []
    shown = ", ".join(found)
    where = f"{stored.file}:{line}: note {stored.note.id}"
    if written:
        return [f"{where}: briefgen wrote the bracket {shown}, which reads as a clause, not a name, a role or a day; "
                "write the quote as it should read (it is then yours) or set `status: dropped`"], []
    return [], [f"{where}: your bracket {shown} reads as a clause, not a name, a role or a day; it is kept and "
                "quoted as you wrote it: shorten it to the words it stands for"]


def _verify(config: Config, docs: Sequence[SourceDoc],
            warnings: list[str] | None = None) -> tuple[list[Note], list[str], int]:
    """One pass over the notes files: every kept note with its quotes located afresh,
    the problems (one line each, naming note and file:line) and the number of quotes verified;
    a bracket of the analyst's that reads as a clause goes to *warnings*."""
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
        for number, (quote, _, line, _) in enumerate(quotes):
            wrong, told = _bracket_findings(stored, quote, line, stored.quote_written and number == 0 and bool(note.quote))
            problems += wrong
            if warnings is not None:
                warnings += told
        spans = []
        for quote, source, line, hint in quotes:
            doc = by_id.get(source)
            where = find_quote(doc, quote, hint) if doc is not None else None
            if doc is None:
                problems.append(f"{stored.file}:{line}: note {note.id}: source {source!r} is not in sources/")
            elif isinstance(where, Mismatch):
                problems.append(f"{stored.file}:{line}: note {note.id}: {where.message(doc.path)}")
            elif where is not None:
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


def check(config: Config, docs: Sequence[SourceDoc], warnings: list[str] | None = None) -> tuple[list[str], int]:
    """Problems (one line each, naming note and file:line) and the number of quotes verified; the
    analyst's brackets that read as a clause go to *warnings* (one line each, file:line)."""
    _, problems, verified = _verify(config, docs, warnings)
    return problems, verified


def brief_problems(config: Config, docs: Sequence[SourceDoc]) -> list[str]:
    """The brackets that read as a clause in the statements of each audience's latest recorded brief
    (history/), one line each naming the record and the note: a brief quotes a note's own brackets as
    they stand (those `check` reports in the notes), so any other is one compose inserted."""
    from briefgen import record
    from briefgen.notes.glosses import clause_brackets

    noted = {bracket for entry in _stored(config, docs)
             for text in (entry.note.quote, entry.note.text or "", *entry.note.evidence_quotes)
             for bracket in clause_brackets(text)}
    folder = config.root / record.HISTORY
    problems = []
    for audience in sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else ():
        records = record.load_history(config, audience)
        if not records:
            continue
        latest = records[-1]
        for section in latest.sections:
            for item in section.items:
                found = [b for b in clause_brackets(item.text) if b not in noted]
                if found:
                    problems.append(f"{record.HISTORY}/{audience}/{latest.as_of}.json: note {item.note_id}: the brief "
                                    f"quotes the bracket {', '.join(found)}, which no note holds and which reads as a "
                                    "clause, not a name, a role or a day; run `briefgen build` again to recompose it")
    return problems


def load(config: Config, docs: Sequence[SourceDoc], warnings: list[str] | None = None) -> NoteSet:
    """The notes files as a NoteSet whose spans are located afresh; NotesError on any unverifiable quote
    (or a bracket briefgen wrote that reads as a clause); the analyst's such brackets go to *warnings*."""
    notes, problems, _ = _verify(config, docs, warnings)
    if problems:
        more = f" (and {len(problems) - 1} more; run `briefgen check`)" if len(problems) > 1 else ""
        raise NotesError(problems[0] + more)
    clusters, disagreements, key_phrases = store.read_links(config.notes_dir)
    present = {n.id for n in notes}
    clusters = [c for c in clusters if sum(1 for n in c.notes if n in present) >= 2]
    disagreements = [d for d in disagreements if d.a in present and (not d.b or d.b in present)]
    return NoteSet(notes=tuple(notes), clusters=tuple(clusters), disagreements=tuple(disagreements),
                   sources=tuple(docs), key_phrases=tuple(key_phrases))


_POINTING_OPENER = re.compile(r"(?:The|This|That|These|Those)\s+[a-z]")
_APPOSITION = re.compile(r"The(?:\s+[a-z][\w'’-]*){1,4},\s+[A-Z][\w'’-]*\s+[A-Z]")
"""A definite description of lower-case words opening a sentence ("The airline has ...", "The
child in intensive care is ..."): mostly it points back to what an earlier sentence named;
unless a name stands in apposition ("The regional transport minister, Ellen Doyle, said ...")."""


def piece_of_quotation(text: str) -> bool:
    """Quotation marks that do not pair up: a piece of a quotation that runs over several
    sentences ('That is not good enough," said ...')."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def vetted(quote: str) -> bool:
    """Whether a sentence no analyst has seen in the notes may be stated on its own: stricter than
    a note (the analyst reviews notes, not the rest of the sources), so no opening definite
    description of common nouns and no piece of a longer quotation."""
    pointing = _POINTING_OPENER.match(quote) and not _APPOSITION.match(quote)
    return not pointing and not piece_of_quotation(quote)


def candidates(config: Config, docs: Sequence[SourceDoc], noteset: NoteSet) -> tuple[Note, ...]:
    """Every other candidate sentence of the sources, as a note a digest may state besides the
    notes (extraction keeps about two in five of a source's candidate sentences): the same
    filters as notes and `vetted` (a sentence that points back is quoted with the sentence
    before it, as briefs quote a note that leans on it), quotes located afresh. None that the
    notes files hold in any form (a note the analyst deleted or dropped never comes back) or
    that overlaps a note's quote; nor a pair whose first sentence the analyst deleted or rewrote."""
    from briefgen.notes import extract as extraction  # numpy and scipy: only when needed

    docs = [doc for doc in docs if not doc.duplicate_of]
    drafts = extraction.all_drafts(docs, find_file(config, "themes.toml"), config.cache_dir / "drafts")
    stored = _stored(config, docs)
    ids = {entry.note.id for entry in stored}
    dropped = {normalise_quote(entry.note.quote) for entry in stored if entry.note.status == "dropped"}
    taken: dict[str, list[tuple[int, int]]] = {}
    touched: dict[str, list[tuple[int, int]]] = {}
    for note in noteset.notes:
        for span in (note.span, *note.evidence):
            taken.setdefault(span.source, []).append((span.start, span.end))
            if note.status != "auto" or note.text:
                touched.setdefault(span.source, []).append((span.start, span.end))
    by_id = {doc.id: doc for doc in docs}
    out = []
    for note in extraction.candidate_notes(docs, drafts):
        doc, start, end = by_id[note.span.source], note.span.start, note.span.end
        if note.id in ids or any(a < end and start < b for a, b in taken.get(doc.id, ())):
            continue
        quote = note.quote
        if not vetted(" ".join(quote.split())):
            before = _leaned_on(doc, note)
            if (before is None or any(a < before.end and before.start < b for a, b in touched.get(doc.id, ()))
                    or normalise_quote(reads(doc, before.start, before.end)) in dropped):
                continue
            start, quote = before.start, reads(doc, before.start, end)
        where = find_quote(doc, quote, start)
        if isinstance(where, Mismatch):
            continue
        out.append(replace(note, quote=quote, span=span_for(doc, *where)))
    return tuple(out)


def _leaned_on(doc: SourceDoc, note: Note) -> Sentence | None:
    """The sentence before the note's, when the note points back to it: in its paragraph, or
    ending the paragraph before (news written one sentence to a paragraph); a sentence that
    stands on its own and is `vetted` itself, the two not longer than a brief quotes together."""
    from briefgen.compose import MAX_PAIRED_WORDS
    from briefgen.notes.context import needs_antecedent

    quote = " ".join(note.quote.split())
    if piece_of_quotation(quote):
        return None
    at = bisect.bisect_right([s.start for s in doc.sentences], note.span.start) - 1
    if at < 1:
        return None
    before, current = doc.sentences[at - 1], doc.sentences[at]
    if not (before.para == current.para or (before.para == current.para - 1 and current.sent == 1)):
        return None
    text = " ".join(reads(doc, before.start, before.end).split())
    if needs_antecedent(text) or not vetted(text) or len(doc.text[before.start:note.span.end].split()) > MAX_PAIRED_WORDS:
        return None
    return before
