"""Notes files: one human-editable YAML file per source, plus notes/_links.yaml.

Files are read with libyaml and written by a small emitter (yamlfile.py),
which is fast enough for thousands of sources. A file the analyst changed since
briefgen last wrote it, or one with the analyst's comments, is merged in
ruamel.yaml's round-trip mode instead, so comments and the analyst's layout survive.
What is the analyst's is decided by a three-way merge (merge.py) against the
base kept in the cache (``.briefgen-cache/notes-base/``): what briefgen extracted last time;
where the cache has none, against the one each note's ``fingerprint:`` gives (fingerprint.py).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from briefgen.errors import NotesError
from briefgen.models import Cluster, Disagreement, Entity, Figure, Note, SourceDoc, Span
from briefgen.notes import yamlfile
from briefgen.safeyaml import refuse_aliases
from briefgen.workspace import atomic_write

LINKS_FILE = "_links.yaml"
_HEADER = (
    "Notes for {path}. This file is yours: `briefgen notes` never overwrites what you change.\n"
    "A field you edit is kept; fields you leave alone follow the sources (score, cluster, relevance).\n"
    "status: auto (briefgen's) | pinned (always used) | dropped (never used) | edited (yours).\n"
    "text: a paraphrase shown in briefs; the quote stays as evidence. A note you delete comes back\n"
    "as dropped. Add your own: id: a-<anything>, status: edited, text: ..., evidence: [{quote: \"...\"}]\n"
    "fingerprint, written: digests of the fields and of the notes briefgen wrote, so that a copy of\n"
    "this workspace (without .briefgen-cache/) still tells your edits and deletions from briefgen's.\n"
    "Leave them as they are."
)
#: Headers of earlier versions, recognised so that they do not count as the analyst's comments.
_OLD_HEADERS = (
    "Notes for {path}. This file is yours: `briefgen notes` never overwrites what you change.\n"
    "A field you edit is kept; fields you leave alone follow the sources (score, cluster, relevance).\n"
    "status: auto (briefgen's) | pinned (always used) | dropped (never used) | edited (yours).\n"
    "text: a paraphrase shown in briefs; the quote stays as evidence. A note you delete comes back\n"
    "as dropped. Add your own: id: a-<anything>, status: edited, text: ..., evidence: [{quote: \"...\"}]\n"
    "fingerprint: a digest of the fields as briefgen wrote them, so that a copy of this workspace\n"
    "(without .briefgen-cache/) still tells your edits from briefgen's. Leave it as it is.",
    "Notes for {path}. This file is yours: `briefgen notes` never overwrites what you change.\n"
    "A field you edit is kept; fields you leave alone follow the sources (score, cluster, relevance).\n"
    "status: auto (briefgen's) | pinned (always used) | dropped (never used) | edited (yours).\n"
    "text: a paraphrase shown in briefs; the quote stays as evidence. A note you delete comes back\n"
    "as dropped. Add your own: id: a-<anything>, status: edited, text: ..., evidence: [{quote: \"...\"}]",
    "Notes for {path}: edit freely; `briefgen notes` keeps your edits.\n"
    "status: auto (refreshed by briefgen) | pinned (always used) | dropped (never used) | edited (yours)\n"
    "text: a paraphrase shown in briefs; the quote stays as evidence. Add your own note with\n"
    "  id: a-<anything>, status: edited, text: ..., evidence: [{quote: \"...\"}]",
)


def _yaml() -> YAML:
    yaml = YAML()
    yaml.width = 1_000_000  # never re-wrap the analyst's lines
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    yaml.representer.ignore_aliases = lambda data: True  # a value used twice is written twice
    return yaml


@dataclass(frozen=True)
class StoredNote:
    """A note as read from a notes file, with where it stands in that file."""

    note: Note
    """The note."""
    file: str
    """Workspace path of the notes file."""
    line: int
    """Line of the note's quote (or id) in that file."""
    evidence_lines: tuple[int, ...] = ()
    """Line of each evidence quote."""
    id_line: int = 0
    """Line of the note's id."""
    quote_written: bool = False
    """Whether the quote is as briefgen wrote it (its fingerprint's digest): otherwise it is the analyst's."""


def _flow(items: Iterable[Any]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _flow_map(mapping: Mapping[str, Any]) -> CommentedMap:
    out = CommentedMap(mapping)
    out.fa.set_flow_style()
    return out


def _to_ruamel(entry: Mapping[str, Any]) -> CommentedMap:
    """A plain note mapping in the same layout for ruamel: short mappings and lists in flow style."""
    out = CommentedMap()
    for key, value in entry.items():
        out[key] = _ruamel_value(value)
    return out


def _repoint(at: MutableMapping[str, Any], span: Span) -> None:
    """Point a kept note's `at:` at where its quote now stands (its other keys follow)."""
    at.update({"start": span.start, "end": span.end, "para": span.para, "sent": span.sent, "line": span.line})
    for key, value in (("page", span.page), ("author", span.author)):
        if value is not None and value != "":
            at[key] = value
        elif key in at:
            del at[key]


def note_to_yaml(note: Note) -> dict[str, Any]:
    """One note as an ordered plain mapping (the layout of a notes file entry)."""
    entry: dict[str, Any] = {}
    entry["id"] = note.id
    entry["kind"] = note.kind
    entry["status"] = note.status
    entry["quote"] = note.quote
    at: dict[str, Any] = {"start": note.span.start, "end": note.span.end, "para": note.span.para,
                          "sent": note.span.sent, "line": note.span.line}
    if note.span.page is not None:
        at["page"] = note.span.page
    if note.span.author:
        at["author"] = note.span.author
    entry["at"] = at
    entry["text"] = note.text
    if note.speaker:
        entry["speaker"] = note.speaker
        entry["speaker_role"] = note.speaker_role
    if note.figures:
        entry["figures"] = [
            {"text": f.text, "value": f.value, "unit": f.unit, "measures": f.measures, "period": f.period}
            for f in note.figures
        ]
    if note.entities:
        entry["entities"] = [{"name": e.name, "type": e.type, **({"role": e.role} if e.role else {})}
                             for e in note.entities]
    entry["themes"] = list(note.themes)
    entry["audiences"] = dict(note.audiences)
    entry["score"] = note.score
    if note.cluster:
        entry["cluster"] = note.cluster
    if note.phrases:
        entry["phrases"] = list(note.phrases)
    return entry


def _unclosed_quote(text: str, stop: int) -> int | None:
    """0-based line, at or before line *stop*, that opens a quoted value it does not close, when
    closing it there lets the YAML parse past *stop* (the parser notices an unclosed quote lines
    later, at the next quote mark or the end of the file)."""
    lines = text.split("\n")
    for at in range(min(stop, len(lines) - 1), max(stop - 200, -1), -1):
        found = re.match(r"""\s*(?:- )?[^\s:#"'][^:#]*:\s+(["'])(.*)$""", lines[at])
        if found is None:
            continue
        mark, rest = found.group(1), found.group(2)
        closed = re.search(r'(?<!\\)"' if mark == '"' else r"'(?!')", rest.replace("''", ""))
        if closed is not None:
            continue
        trial = "\n".join([*lines[:at], lines[at] + mark, *lines[at + 1:]])
        try:
            yamlfile.load(trial)
        except (pyyaml.YAMLError, RecursionError) as again:
            later = getattr(again, "problem_mark", None)
            if later is None or later.line <= stop:
                return None
        return at
    return None


def _malformed(exc: Exception, path: Path, text: str = "") -> NotesError:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or ("nested too deeply" if isinstance(exc, RecursionError) else "malformed YAML")
    opened = _unclosed_quote(text, mark.line) if text and mark is not None else None
    if opened is not None and mark is not None:
        problem = f"a quote opened on this line is not closed ({problem} at line {mark.line + 1})"
    line = opened + 1 if opened is not None else mark.line + 1 if mark is not None else None
    return NotesError(f"{problem}; fix the YAML (or delete the file to regenerate it)",
                      path=f"notes/{path.name}", line=line)


def decode(data: bytes, path: Path) -> str:
    """A notes file's bytes as text with "\n" line ends (as Path.read_text gives it);
    NotesError when it is not UTF-8."""
    try:
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        raise NotesError("not UTF-8 text; re-save it as UTF-8", path=f"notes/{path.name}") from exc


def refuse_link(path: Path) -> None:
    """NotesError, naming the file, when notes file *path* is a symlink leading out of notes/
    (or nowhere): it is never read (a file of this machine would enter the notes) nor written
    through (the refresh would overwrite a file outside the workspace)."""
    if not path.is_symlink():
        return
    try:
        target = path.resolve(strict=False)
    except (OSError, RuntimeError):
        target = None
    if target is None or not target.is_relative_to(path.parent.resolve()) or not target.is_file():
        raise NotesError("is a symlink to a file outside notes/ (or to nothing); briefgen never reads or writes "
                         "through it: replace the link with a copy of the file", path=f"notes/{path.name}")


def read_text(path: Path) -> str | None:
    """A notes file's text (None when absent); NotesError when it is not UTF-8 or is a
    symlink out of notes/."""
    refuse_link(path)
    return decode(path.read_bytes(), path) if path.is_file() else None


def load_file(path: Path, text: str | None = None) -> Mapping[str, Any] | None:
    """A notes file as plain data with line numbers (None when absent or empty);
    NotesError with file:line when malformed."""
    text = read_text(path) if text is None else text
    if text is None:
        return None
    try:
        data = yamlfile.load(text)
    except (pyyaml.YAMLError, RecursionError) as exc:
        raise _malformed(exc, path, text) from exc
    if data is None:
        return None
    if not isinstance(data, Mapping) or not isinstance(data.get("notes") or [], list):
        raise NotesError("expected a mapping with a `notes:` list", path=f"notes/{path.name}", line=1)
    return data


def _load_round_trip(path: Path, text: str) -> CommentedMap:
    try:
        refuse_aliases(text)
        yamlfile.load(text)  # what the safe loader refuses (a `!!python/...` tag), this mode refuses too
        data = _yaml().load(text)
    except (YAMLError, pyyaml.YAMLError, RecursionError) as exc:
        raise _malformed(exc, path, text) from exc
    if not isinstance(data, CommentedMap) or not isinstance(data.get("notes") or [], list):
        raise NotesError("expected a mapping with a `notes:` list", path=f"notes/{path.name}", line=1)
    return data


def _header_of(text: str, path: str) -> str:
    """The header *text* starts with (this version's or an earlier one's), for comment detection."""
    for header in (_HEADER, *_OLD_HEADERS):
        filled = header.replace("{path}", path)
        lines = yamlfile.header_lines(filled)
        if text.splitlines()[:len(lines)] == lines:
            return filled
    return _HEADER.replace("{path}", path)


def _has_comment(value: Any) -> bool:
    """True when a round-tripped entry (or anything inside it) carries a comment."""
    if not isinstance(value, (CommentedMap, CommentedSeq)):
        return False
    tokens: list[Any] = [value.ca.comment, *value.ca.items.values()]
    while tokens:
        token = tokens.pop()
        if isinstance(token, list):
            tokens.extend(token)
        elif token is not None and "#" in str(getattr(token, "value", "")):
            return True
    children = value.values() if isinstance(value, CommentedMap) else value
    return any(_has_comment(child) for child in children)


def _ruamel_value(value: Any) -> Any:
    """A plain mapping or list in the notes-file layout for ruamel (short ones in flow style);
    ruamel's own objects as they are, so their comments and style stay."""
    if isinstance(value, (CommentedMap, CommentedSeq)):
        return value
    if isinstance(value, Mapping):
        return _flow_map(value)
    if isinstance(value, list):
        return CommentedSeq([_ruamel_value(v) for v in value]) if any(isinstance(v, Mapping) for v in value) \
            else _flow(value)
    return value


@dataclass(frozen=True)
class Rendered:
    """A notes file after a refresh."""

    text: str
    """The file's new text."""
    base: dict[str, dict[str, Any]]
    """The base to keep for the next merge (see merge.Merged.base)."""
    warnings: tuple[str, ...]
    """What the analyst should see: notes kept whose quote is gone, deleted notes, duplicates."""


def render_file(
    doc: SourceDoc, fresh: Sequence[Mapping[str, Any]], path: Path, extractor: int, *, current: str | None,
    base: Mapping[str, Mapping[str, Any]] | None, keep_layout: bool = False,
) -> Rendered:
    """The notes file for *doc*: the fresh extraction (*fresh*, notes as note_to_yaml gives
    them) merged into *current* (the text of
    *path*; None when there is none) against *base* (what briefgen extracted last time;
    None when unknown, and then whatever differs from the fresh extraction is the analyst's).

    A file with the analyst's comments, or any file when *keep_layout* (it was changed since
    briefgen wrote it), is merged in ruamel's round-trip mode, which keeps the analyst's
    comments and layout; any other file is parsed with libyaml and written by yamlfile.dump."""
    from briefgen.notes import fingerprint
    from briefgen.notes.merge import merge_notes
    from briefgen.notes.verify import locate, span_for

    header = _HEADER.replace("{path}", doc.path)
    round_trip = current is not None and (keep_layout or yamlfile.has_comments(current, _header_of(current, doc.path)))
    existing: Mapping[str, Any] | None
    if current is None:
        existing = None
    elif round_trip:
        existing = _load_round_trip(path, current)
    else:
        existing = load_file(path, current)
    # No file, an empty one or one without a `notes:` list: written afresh.
    existing_notes = None if existing is None or "notes" not in existing else list(existing["notes"] or [])

    shown = f"notes/{path.name}"
    warnings: list[str] = []
    if base is None and existing_notes is not None and existing is not None:
        # No base (a new clone, a cleaned cache): a note missing from the file that briefgen
        # wrote into it (`written:`) was deleted by the analyst; one it never wrote is new.
        present = {str(e["id"]) for e in existing_notes if isinstance(e, Mapping) and "id" in e}
        missing = [str(f["id"]) for f in fresh if str(f["id"]) not in present]
        listed = fingerprint.written_ids(existing.get(fingerprint.WRITTEN), doc.id, missing)
        if listed is None and existing.get(fingerprint.WRITTEN) is not None:
            line = existing.lc.key(fingerprint.WRITTEN)[0] + 1 if isinstance(existing, CommentedMap) \
                else _line(existing, fingerprint.WRITTEN)
            warnings.append(f"{shown}:{line}: `{fingerprint.WRITTEN}` cannot be read, so a note missing from the "
                            "file counts as deleted only if the file is as briefgen last wrote it")
        if listed is None and existing.get("source_sha256") == doc.sha256 and existing.get("extractor") == extractor:
            listed = set(missing)  # written from this very source by this extractor: missing means deleted
        if listed is not None:
            base = {str(f["id"]): f for f in fresh if str(f["id"]) in listed}
    printed = _printed_bases(existing_notes or [], base or {}, shown, warnings)
    if printed:  # the fingerprint stands in for the cached base where that is missing or not this file's
        base = {**(base or {}), **printed}
    prints = {str(f["id"]): fingerprint.fingerprint(f) for f in fresh}
    fresh = [{**f, fingerprint.KEY: prints[str(f["id"])]} for f in fresh]
    merged = merge_notes(existing_notes, base, fresh, annotated=_has_comment)
    seen: set[str] = set()
    for entry in merged.entries:  # each extracted note carries the fingerprint of this extraction
        note_id = str(entry["id"]) if isinstance(entry, MutableMapping) and "id" in entry else ""
        if note_id in prints and note_id not in seen:
            seen.add(note_id)
            if entry.get(fingerprint.KEY) != prints[note_id]:
                entry[fingerprint.KEY] = prints[note_id]
    # A base read from a fingerprint (a kept note no longer extracted) stays in the file, not the cache.
    kept_base = {k: v for k, v in merged.base.items() if not any(x is fingerprint.NOT_BASE for x in v.values())}
    warnings += [
        f"{shown}: note {note_id} was deleted from the file; it is kept as `status: dropped` so it is not used "
        "(set `status: auto` to use it again)" for note_id in merged.deleted
    ]
    warnings += [f"{shown}: note id {note_id} stands more than once; give each note its own id"
                 for note_id in dict.fromkeys(merged.duplicates)]
    for entry in merged.vanished:
        quote = entry.get("quote")
        at = entry.get("at")
        hint = at.get("start", 0) if isinstance(at, Mapping) else 0
        found = locate(doc, str(quote), hint if isinstance(hint, int) else 0) if quote else None
        if quote and found is None:
            warnings.append(f"{shown}: note {entry.get('id')}: its quote is no longer in {doc.path}; "
                            "fix the quote or drop the note")
        elif found is not None and isinstance(at, MutableMapping) and (at.get("start"), at.get("end")) != found:
            _repoint(at, span_for(doc, *found))  # the quote moved in the source: `at` follows it
    for named, wanted in (("source", doc.id), ("path", doc.path)):
        had = existing.get(named) if existing is not None else None
        if existing is not None and had is not None and not (isinstance(had, str) and (
                had == wanted or named == "path" and had.startswith("sources/") and Path(had).stem == Path(wanted).stem)):
            line = existing.lc.key(named)[0] + 1 if isinstance(existing, CommentedMap) else _line(existing, named)
            warnings.append(f"{shown}:{line}: `{named}:` is briefgen's (it names {doc.path}); the value written there "
                            f"is replaced by {wanted!r}")
    fields = (("source", doc.id), ("path", doc.path), ("source_sha256", doc.sha256), ("extractor", extractor),
              (fingerprint.WRITTEN, fingerprint.written(doc.id, prints)))

    if round_trip:
        document = existing
        assert isinstance(document, CommentedMap)
        for key, value in fields:
            if key not in document and "notes" in document:  # a key new to the file goes before the notes
                document.insert(list(document).index("notes"), key, value)
            else:
                document[key] = value
        document["notes"] = CommentedSeq(
            e if isinstance(e, CommentedMap) else _to_ruamel(e) if isinstance(e, Mapping) else e
            for e in merged.entries
        )
        for entry in document["notes"]:
            if isinstance(entry, CommentedMap):
                for key, value in list(entry.items()):
                    converted = _ruamel_value(value)
                    if converted is not value:
                        entry[key] = converted
        buffer = io.StringIO()
        _yaml().dump(document, buffer)
        return Rendered(buffer.getvalue(), kept_base, tuple(warnings))

    plain: dict[str, Any] = {k: v for k, v in (existing or {}).items() if k not in dict(fields) and k != "notes"}
    document_plain = {**dict(fields), **plain, "notes": merged.entries}
    if existing:  # keep the analyst's key order
        order = [k for k in existing.keys() if k != "notes"] + [k for k in document_plain if k not in existing]
        order += ["notes"] if "notes" in existing else []
        document_plain = {k: document_plain[k] for k in order if k in document_plain}
    return Rendered(yamlfile.dump(document_plain, header), kept_base, tuple(warnings))


def _printed_bases(entries: Sequence[Any], cached: Mapping[str, Mapping[str, Any]], shown: str,
                   warnings: list[str]) -> dict[str, dict[str, Any]]:
    """The merge base, read from its fingerprint, of each note in a notes file whose *cached*
    base is missing or was not written with that fingerprint (the first of notes sharing an
    id); a one-line warning for each fingerprint that cannot be read."""
    from briefgen.notes import fingerprint

    bases: dict[str, dict[str, Any]] = {}
    seen: set[str] = set()
    for entry in entries:
        if not isinstance(entry, Mapping) or "id" not in entry or str(entry["id"]) in seen:
            continue
        note_id = str(entry["id"])
        seen.add(note_id)
        if note_id in cached and cached[note_id].get(fingerprint.KEY) == entry.get(fingerprint.KEY):
            continue  # the cached base is this note's, and exact
        try:
            note_base = fingerprint.base_of(entry)
        except ValueError:
            if note_id in cached:  # the cached base decides
                continue
            line = entry.lc.key(fingerprint.KEY)[0] + 1 if isinstance(entry, CommentedMap) \
                else _line(entry, fingerprint.KEY)
            warnings.append(f"{shown}:{line}: note {entry['id']}: its fingerprint cannot be read, so every field "
                            "of the note that differs from the sources counts as yours")
            continue
        if note_base is not None:
            bases[note_id] = note_base
    return bases


def read_base(path: Path) -> dict[str, dict[str, Any]] | None:
    """The merge base kept in the cache for one notes file (None when missing or unreadable:
    then everything that differs from a fresh extraction counts as the analyst's)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    notes = data.get("notes") if isinstance(data, dict) and data.get("version") == BASE_VERSION else None
    if not isinstance(notes, dict) or not all(isinstance(v, dict) for v in notes.values()):
        return None
    return notes


def base_text(base: Mapping[str, Any]) -> str:
    """What write_base stores for *base* (stable, so an unchanged base is not rewritten)."""
    return json.dumps({"version": BASE_VERSION, "notes": base}, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"))


BASE_VERSION = 1
"""Layout of the merge-base files in .briefgen-cache/notes-base/."""


_LINKS_HEADER = (
    "Cross-source links, regenerated by `briefgen notes` (edit the per-source files instead).\n"
    "key_phrases: terms the sources keep coming back to. clusters: notes from several sources\n"
    "saying the same thing. disagreements: notes that conflict."
)


def _disagreement_entry(disagreement: Disagreement) -> dict[str, Any]:
    """One disagreement as written: a one-sentence disagreement has no `b` but its `sides`."""
    entry: dict[str, Any] = {"a": disagreement.a}
    if disagreement.b:
        entry["b"] = disagreement.b
    if disagreement.sides:
        entry["sides"] = list(disagreement.sides)
    entry["reason"] = disagreement.reason
    return entry


def write_links(notes_dir: Path, clusters: Sequence[Cluster], disagreements: Sequence[Disagreement],
                key_phrases: Sequence[str] = ()) -> None:
    """The cross-source file (generated; edits there are not kept)."""
    document = {
        "key_phrases": list(key_phrases),
        "clusters": [{"id": c.id, "notes": list(c.notes), "sources": list(c.sources)} for c in clusters],
        "disagreements": [_disagreement_entry(d) for d in disagreements],
    }
    atomic_write(notes_dir / LINKS_FILE, yamlfile.dump(document, _LINKS_HEADER))


def links_problem(notes_dir: Path) -> str | None:
    """Why notes/_links.yaml, as it stands, is not a links file briefgen wrote (None when it is, or is absent)."""
    path = notes_dir / LINKS_FILE
    try:
        data = load_file(path)
    except NotesError as exc:
        return exc.message.split("; fix the YAML")[0]
    except OSError:
        return None
    if data is None:
        return None
    for key in ("key_phrases", "clusters", "disagreements"):
        if not isinstance(data.get(key) or [], list):
            return f"notes/{LINKS_FILE}:{_line(data, key) or 1}: `{key}` is not a list"
    return None


def read_links(notes_dir: Path) -> tuple[list[Cluster], list[Disagreement], list[str]]:
    """Clusters, disagreements and key phrases from notes/_links.yaml (empty when absent)."""
    data = load_file(notes_dir / LINKS_FILE)
    if data is None:
        return [], [], []
    clusters = [Cluster(id=str(c["id"]), notes=tuple(c["notes"]), sources=tuple(c["sources"]))
                for c in data.get("clusters", []) or []]
    disagreements = [Disagreement(a=str(d["a"]), b=str(d.get("b") or ""), reason=str(d["reason"]),
                                  sides=tuple(str(side) for side in d.get("sides") or ()))
                     for d in data.get("disagreements", []) or []]
    return clusters, disagreements, [str(p) for p in data.get("key_phrases", []) or []]


def _line(entry: Mapping[str, Any], key: str) -> int:
    lines = getattr(entry, "key_lines", {})
    return int(lines.get(key, getattr(entry, "line", 0)))


def _note_label(data: Mapping[str, Any]) -> Callable[[tuple[int | str, ...]], str]:
    """Key paths in messages: `note n-1a2b: at.start` rather than `notes[3].at.start`."""
    from briefgen.schema import default_label

    def label(loc: tuple[int | str, ...]) -> str:
        if len(loc) < 2 or loc[0] != "notes" or not isinstance(loc[1], int):
            return default_label(loc)
        entries = data.get("notes") or []
        entry = entries[loc[1]] if loc[1] < len(entries) else None
        note_id = entry.get("id") if isinstance(entry, Mapping) else None
        head = f"note {note_id}" if isinstance(note_id, (str, int)) and str(note_id) else f"note {loc[1] + 1}"
        rest = default_label(loc[2:])
        return f"{head}: {rest}" if rest else head

    return label


def parse_file(path: Path, data: Mapping[str, Any]) -> list[StoredNote]:
    """Notes of one file as Note objects; NotesError listing every bad entry with file:line
    (wrong types, unknown keys, kinds and statuses, a missing quote, an id used twice)."""
    from briefgen import schema

    shown = f"notes/{path.name}"
    parsed, problems = schema.validate(schema.NotesFile, data, file=shown, mapping="a mapping",
                                       line_of=lambda loc: schema.yaml_line(data, loc), label=_note_label(data))
    raw_entries = [e if isinstance(e, Mapping) else {} for e in data.get("notes", []) or []]
    first: dict[str, int] = {}
    for raw in raw_entries:
        note_id, line = raw.get("id"), _line(raw, "id")
        if not isinstance(note_id, (str, int)) or not str(note_id):
            continue
        if str(note_id) in first:
            problems.append(f"{shown}:{line}: note {note_id}: the same id as the note at {shown}:{first[str(note_id)]}; "
                            "give each note its own id")
        first.setdefault(str(note_id), line)
    if problems or parsed is None:
        raise NotesError(schema.one_line(problems, "fix the notes file and run again"))
    source = parsed.source
    out: list[StoredNote] = []
    for raw, entry in zip(raw_entries, parsed.notes or [], strict=True):
        at = entry.at or schema.AtMapping()
        evidence = tuple(Span(source=item.source or source, start=0, end=0) for item in entry.evidence or [])
        note = Note(
            id=entry.id,
            kind=entry.kind,
            quote=entry.quote or "",
            span=Span(source=source, start=at.start or 0, end=at.end or 0, para=at.para or 0, sent=at.sent or 0,
                      line=at.line or 0, page=at.page, author=at.author or ""),
            text=entry.text or None,
            speaker=entry.speaker or "",
            speaker_role=entry.speaker_role or "",
            figures=tuple(Figure(text=f.text, value=f.value, unit=f.unit, measures=f.measures, period=f.period)
                          for f in entry.figures or []),
            entities=tuple(Entity(name=e.name, type=e.type, role=e.role) for e in entry.entities or []),
            themes=tuple(entry.themes or ()),
            audiences=tuple((k, float(v)) for k, v in (entry.audiences or {}).items()),
            score=float(entry.score or 0.0),
            cluster=entry.cluster or "",
            phrases=tuple(entry.phrases or ()),
            status=entry.status,
            evidence=evidence,
            evidence_quotes=tuple(item.quote for item in entry.evidence or []),
        )
        evidence_raw = raw.get("evidence") or []
        out.append(StoredNote(note=note, file=shown, line=_line(raw, "quote") if entry.quote else _line(raw, "id"),
                              evidence_lines=tuple(_line(item, "quote") for item in evidence_raw),
                              id_line=_line(raw, "id"), quote_written=_quote_written(raw)))
    return out


def _quote_written(raw: Mapping[str, Any]) -> bool:
    """Whether a note's quote still has the digest briefgen's fingerprint gives it: no fingerprint, one that
    cannot be read or another quote make it the analyst's (never the other way round)."""
    from briefgen.notes import fingerprint

    if not raw.get("quote"):
        return False
    try:
        base = fingerprint.base_of(raw)
    except (ValueError, KeyError, TypeError):
        return False
    return base is not None and "quote" in base and base["quote"] is not fingerprint.NOT_BASE


def unique(stored: Sequence[StoredNote]) -> list[StoredNote]:
    """*stored* as a list; NotesError naming both places when notes in different files share an id
    (otherwise one would silently stand in for the other)."""
    first: dict[str, StoredNote] = {}
    problems = []
    for item in stored:
        seen = first.setdefault(item.note.id, item)
        if seen is not item:
            problems.append(f"{item.file}:{item.id_line}: note {item.note.id}: the same id as the note at "
                            f"{seen.file}:{seen.id_line}; give each note its own id")
    if problems:
        from briefgen.schema import one_line

        raise NotesError(one_line(problems, "rename one of each pair (your own notes: a-<anything>)"))
    return list(stored)
