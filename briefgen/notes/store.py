"""Notes files: one human-editable YAML file per source, plus notes/_links.yaml.

Files are read with libyaml and written by a small emitter (yamlfile.py),
which is fast enough for thousands of sources; a file in which the analyst
wrote comments is merged with ruamel.yaml's round-trip mode instead, so the
comments and the analyst's layout survive. On refresh, notes the analyst touched (status pinned,
dropped or edited; a ``text`` paraphrase; ``evidence``; own notes; changed
kind, themes or audiences) are kept as written; untouched ``auto`` notes are
replaced by the fresh extraction.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
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
from briefgen.workspace import atomic_write

LINKS_FILE = "_links.yaml"
STATUSES = ("auto", "pinned", "dropped", "edited")
KINDS = ("fact", "figure", "quote", "opinion", "forecast")
_HEADER = (
    "Notes for {path}: edit freely; `briefgen notes` keeps your edits.\n"
    "status: auto (refreshed by briefgen) | pinned (always used) | dropped (never used) | edited (yours)\n"
    "text: a paraphrase shown in briefs; the quote stays as evidence. Add your own note with\n"
    "  id: a-<anything>, status: edited, text: ..., evidence: [{quote: \"...\"}]"
)
_ANALYST_FIELDS = ("kind", "themes", "audiences")


def _yaml() -> YAML:
    yaml = YAML()
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
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
        if isinstance(value, Mapping):
            value = _flow_map(value)
        elif isinstance(value, list):
            value = (CommentedSeq([_flow_map(v) for v in value]) if any(isinstance(v, Mapping) for v in value)
                     else _flow(value))
        out[key] = value
    return out


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


def _is_touched(entry: Mapping[str, Any], fresh: Note | None) -> bool:
    if entry.get("status", "auto") != "auto" or entry.get("text") or entry.get("evidence"):
        return True
    if not str(entry.get("id", "")).startswith("n-"):
        return True
    if fresh is None:
        return False
    fresh_yaml = note_to_yaml(fresh)
    for key in _ANALYST_FIELDS:
        if key in entry and _plain(entry[key]) != _plain(fresh_yaml[key]):
            return True
    return False


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _malformed(exc: Exception, path: Path) -> NotesError:
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = getattr(exc, "problem", None) or "malformed YAML"
    return NotesError(f"{problem}; fix the YAML (or delete the file to regenerate it)",
                      path=f"notes/{path.name}", line=line)


def decode(data: bytes, path: Path) -> str:
    """A notes file's bytes as text with "\n" line ends (as Path.read_text gives it);
    NotesError when it is not UTF-8."""
    try:
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        raise NotesError("not UTF-8 text; re-save it as UTF-8", path=f"notes/{path.name}") from exc


def read_text(path: Path) -> str | None:
    """A notes file's text (None when absent); NotesError when it is not UTF-8."""
    return decode(path.read_bytes(), path) if path.is_file() else None


def load_file(path: Path, text: str | None = None) -> Mapping[str, Any] | None:
    """A notes file as plain data with line numbers (None when absent or empty);
    NotesError with file:line when malformed."""
    text = read_text(path) if text is None else text
    if text is None:
        return None
    try:
        data = yamlfile.load(text)
    except pyyaml.YAMLError as exc:
        raise _malformed(exc, path) from exc
    if data is None:
        return None
    if not isinstance(data, Mapping) or not isinstance(data.get("notes", []), list):
        raise NotesError("expected a mapping with a `notes:` list", path=f"notes/{path.name}", line=1)
    return data


def _load_round_trip(path: Path, text: str) -> CommentedMap:
    try:
        data = _yaml().load(text)
    except YAMLError as exc:
        raise _malformed(exc, path) from exc
    if not isinstance(data, CommentedMap) or not isinstance(data.get("notes", []), list):
        raise NotesError("expected a mapping with a `notes:` list", path=f"notes/{path.name}", line=1)
    return data


def render_file(
    doc: SourceDoc, fresh: Sequence[Note], path: Path, extractor: int, *, current: str | None,
    pristine: bool = False,
) -> tuple[str, list[str]]:
    """The notes file text for *doc*: fresh notes merged with the analyst's notes in *current*
    (the text of *path*, None when there is none); and merge warnings.

    A file with the analyst's comments is merged in ruamel's round-trip mode, which keeps them;
    any other file is parsed with libyaml and written by yamlfile.dump. A *pristine* file (as
    briefgen last wrote it) holds no edits and is not parsed."""
    header = _HEADER.replace("{path}", doc.path)
    text = None if pristine else current
    round_trip = text is not None and yamlfile.has_comments(text, header)
    existing: Mapping[str, Any] | None
    if round_trip:
        assert text is not None
        existing = _load_round_trip(path, text)
    else:
        existing = load_file(path, text) if text is not None else None

    warnings: list[str] = []
    fresh_by_id = {n.id: n for n in fresh}
    kept: dict[str, Any] = {}
    extra: list[Any] = []
    existing_notes: list[Any] = list((existing or {}).get("notes", []) or [])
    for entry in existing_notes:
        if not isinstance(entry, Mapping):
            continue
        entry_id = str(entry.get("id", ""))
        if not _is_touched(entry, fresh_by_id.get(entry_id)):
            continue
        if entry.get("status", "auto") == "auto":
            entry["status"] = "edited"  # type: ignore[index]
        if entry_id in fresh_by_id:
            kept[entry_id] = entry
        else:
            extra.append(entry)

    from briefgen.notes.verify import locate

    for entry in extra:
        quote = entry.get("quote")
        if quote and locate(doc, str(quote), int((entry.get("at") or {}).get("start", 0) or 0)) is None:
            warnings.append(
                f"notes/{doc.id}.yaml: note {entry.get('id')}: its quote is no longer in {doc.path}; "
                "fix the quote or drop the note"
            )
    entries = [kept.get(note.id) or note_to_yaml(note) for note in fresh] + extra
    fields = (("source", doc.id), ("path", doc.path), ("source_sha256", doc.sha256), ("extractor", extractor))

    if round_trip:
        document = existing
        assert isinstance(document, CommentedMap)
        for key, value in fields:
            document[key] = value
        document["notes"] = CommentedSeq(e if isinstance(e, CommentedMap) else _to_ruamel(e) for e in entries)
        buffer = io.StringIO()
        _yaml().dump(document, buffer)
        return buffer.getvalue(), warnings

    plain: dict[str, Any] = {k: v for k, v in (existing or {}).items() if k not in dict(fields) and k != "notes"}
    document_plain = {**dict(fields), **plain, "notes": entries}
    if existing:  # keep the analyst's key order
        order = list(existing.keys()) + [k for k in document_plain if k not in existing]
        document_plain = {k: document_plain[k] for k in order if k in document_plain}
    return yamlfile.dump(document_plain, header), warnings


_LINKS_HEADER = (
    "Cross-source links, regenerated by `briefgen notes` (edit the per-source files instead).\n"
    "key_phrases: terms the sources keep coming back to. clusters: notes from several sources\n"
    "saying the same thing. disagreements: notes that conflict."
)


def write_links(notes_dir: Path, clusters: Sequence[Cluster], disagreements: Sequence[Disagreement],
                key_phrases: Sequence[str] = ()) -> None:
    """The cross-source file (generated; edits there are not kept)."""
    document = {
        "key_phrases": list(key_phrases),
        "clusters": [{"id": c.id, "notes": list(c.notes), "sources": list(c.sources)} for c in clusters],
        "disagreements": [{"a": d.a, "b": d.b, "reason": d.reason} for d in disagreements],
    }
    atomic_write(notes_dir / LINKS_FILE, yamlfile.dump(document, _LINKS_HEADER))


def read_links(notes_dir: Path) -> tuple[list[Cluster], list[Disagreement], list[str]]:
    """Clusters, disagreements and key phrases from notes/_links.yaml (empty when absent)."""
    data = load_file(notes_dir / LINKS_FILE)
    if data is None:
        return [], [], []
    clusters = [Cluster(id=str(c["id"]), notes=tuple(c["notes"]), sources=tuple(c["sources"]))
                for c in data.get("clusters", []) or []]
    disagreements = [Disagreement(a=str(d["a"]), b=str(d["b"]), reason=str(d["reason"]))
                     for d in data.get("disagreements", []) or []]
    return clusters, disagreements, [str(p) for p in data.get("key_phrases", []) or []]


def _line(entry: Mapping[str, Any], key: str) -> int:
    lines = getattr(entry, "key_lines", {})
    return int(lines.get(key, getattr(entry, "line", 0)))


def parse_file(path: Path, data: Mapping[str, Any]) -> list[StoredNote]:
    """Notes of one file as Note objects; NotesError with file:line for a bad entry."""
    shown = f"notes/{path.name}"
    source = str(data.get("source", ""))
    out: list[StoredNote] = []
    for entry in data.get("notes", []) or []:
        if not isinstance(entry, Mapping):
            raise NotesError("each note must be a mapping (id, kind, quote...)", path=shown)
        line = _line(entry, "id")
        note_id = entry.get("id")
        if not note_id:
            raise NotesError("a note has no id; give it one (e.g. a-my-note)", path=shown, line=line)
        kind = entry.get("kind", "fact")
        status = entry.get("status", "auto")
        if kind not in KINDS:
            raise NotesError(f"note {note_id}: kind {kind!r} unknown (use {', '.join(KINDS)})", path=shown, line=_line(entry, "kind"))
        if status not in STATUSES:
            raise NotesError(f"note {note_id}: status {status!r} unknown (use {', '.join(STATUSES)})", path=shown, line=_line(entry, "status"))
        at = entry.get("at") or {}
        quote = str(entry.get("quote") or "")
        evidence_raw = entry.get("evidence") or []
        if not quote and not evidence_raw:
            raise NotesError(f"note {note_id}: needs a quote or evidence quotes", path=shown, line=line)
        evidence: list[Span] = []
        evidence_quotes: list[str] = []
        evidence_lines: list[int] = []
        for item in evidence_raw:
            if not isinstance(item, dict) or not item.get("quote"):
                raise NotesError(f"note {note_id}: each evidence entry needs a quote", path=shown, line=line)
            evidence.append(Span(source=str(item.get("source", source)), start=0, end=0))
            evidence_quotes.append(str(item["quote"]))
            evidence_lines.append(_line(item, "quote"))
        try:
            figures = tuple(Figure(**{k: v for k, v in dict(f).items()}) for f in entry.get("figures", []) or [])
            entities = tuple(Entity(**dict(e)) for e in entry.get("entities", []) or [])
        except TypeError as exc:
            raise NotesError(f"note {note_id}: bad figure or entity ({exc})", path=shown, line=line) from exc
        audiences = entry.get("audiences") or {}
        note = Note(
            id=str(note_id),
            kind=str(kind),
            quote=quote,
            span=Span(source=source, start=int(at.get("start", 0) or 0), end=int(at.get("end", 0) or 0),
                      para=int(at.get("para", 0) or 0), sent=int(at.get("sent", 0) or 0),
                      line=int(at.get("line", 0) or 0), page=at.get("page"), author=str(at.get("author", "") or "")),
            text=str(entry["text"]) if entry.get("text") else None,
            speaker=str(entry.get("speaker", "") or ""),
            speaker_role=str(entry.get("speaker_role", "") or ""),
            figures=figures,
            entities=entities,
            themes=tuple(str(t) for t in entry.get("themes", []) or []),
            audiences=tuple((str(k), float(v)) for k, v in dict(audiences).items()),
            score=float(entry.get("score", 0.5) or 0.0),
            cluster=str(entry.get("cluster", "") or ""),
            phrases=tuple(str(p) for p in entry.get("phrases", []) or []),
            status=str(status),
            evidence=tuple(evidence),
            evidence_quotes=tuple(evidence_quotes),
        )
        out.append(StoredNote(note=note, file=shown, line=_line(entry, "quote") if quote else line,
                              evidence_lines=tuple(evidence_lines)))
    return out
