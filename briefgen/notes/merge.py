"""Three-way merge of a notes file: what the analyst owns is decided as version control does.

    base    what briefgen extracted last time, per note (a shadow copy in the cache)
    ours    the notes file as the analyst left it
    theirs  the fresh extraction

Per note and per field: a field whose value in *ours* differs from *base* was changed by
the analyst and is kept; a field the analyst left alone follows *theirs* (so scores,
clusters and the relevance for a newly added audience stay current). Mappings (``at``,
``audiences``) merge key by key; lists and scalars are one value. Where the cache has no
base, the note's fingerprint gives one (fingerprint.py: the fields that still have briefgen's
digest); without either, every field that differs from the fresh extraction counts as the
analyst's. Notes briefgen no longer extracts are removed only when the
analyst never touched them; a note the analyst deleted from the file comes back as
``status: dropped``, so deleting and dropping both mean "never use it".

Nothing here reads or writes files; *ours* entries are changed in place, so that
ruamel.yaml's comment-carrying mappings keep the analyst's comments.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

K = TypeVar("K", bound=Hashable)


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
"""A key absent from a mapping (distinct from a key whose value is null)."""


def plain(value: Any) -> Any:
    """*value* as plain Python data (dicts, lists, str, numbers) for comparison and JSON."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


def same(a: Any, b: Any) -> bool:
    """Equal as data (a ruamel mapping equals the dict it reads as; MISSING only equals MISSING)."""
    if a is MISSING or b is MISSING:
        return a is b
    return bool(plain(a) == plain(b))


def merge_value(ours: Any, base: Any, theirs: Any) -> Any:
    """One field: the analyst's value where it differs from *base*, else *theirs*
    (MISSING means absent). Mappings on all three sides merge key by key, in place."""
    if same(ours, base):
        return theirs
    if isinstance(ours, MutableMapping) and isinstance(base, Mapping) and isinstance(theirs, Mapping):
        _merge_keys(ours, base, theirs)
        return ours
    return ours


def merge_entry(ours: MutableMapping[str, Any], base: Mapping[str, Any] | None, theirs: Mapping[str, Any]) -> None:
    """Merge one note in place: *ours* becomes the merged note. Without *base* (none is
    known for this note) what *ours* has wins, and keys it lacks come from *theirs*."""
    _merge_keys(ours, base, theirs)


def _merge_keys(ours: MutableMapping[str, Any], base: Mapping[str, Any] | None, theirs: Mapping[str, Any]) -> None:
    merged: dict[str, Any] = {}
    for key in interleave(list(ours), list(theirs)):
        mine = ours.get(key, MISSING)
        if base is None:
            value = theirs.get(key, MISSING) if mine is MISSING else mine
        else:
            value = merge_value(mine, base.get(key, MISSING), theirs.get(key, MISSING))
        if value is not MISSING:
            merged[key] = mine if mine is not MISSING and same(mine, value) else value
    insert = getattr(ours, "insert", None)
    if insert is None:  # a plain mapping: rebuilt in the merged order
        ours.clear()
        ours.update(merged)
        return
    # ruamel's CommentedMap: changed in place, so comments stay on their keys
    for key in [k for k in ours if k not in merged]:
        del ours[key]
    for index, (key, value) in enumerate(merged.items()):
        if key not in ours:
            insert(index, key, value)
        elif ours[key] is not value:
            ours[key] = value


def interleave(ours: Sequence[K], theirs: Sequence[K]) -> list[K]:
    """*ours* in its order, with each item only in *theirs* placed after its predecessor in
    *theirs* (or before the first shared item when it has none): the analyst's order is
    kept and new items land where a fresh extraction would put them."""
    result = list(ours)
    placed = set(result)
    shared = placed & set(theirs)
    previous: K | None = None
    for item in theirs:
        if item not in placed:
            if previous is not None:
                at = result.index(previous) + 1
            else:
                at = next((i for i, x in enumerate(result) if x in shared), len(result))
            result.insert(at, item)
            placed.add(item)
        previous = item
    return result


@dataclass
class Merged:
    """The outcome of merging one notes file."""

    entries: list[Any]
    """The notes, in file order: the analyst's entries (changed in place) and new ones."""
    base: dict[str, dict[str, Any]]
    """The base to keep for next time: the fresh extraction per note, and the old base of
    notes kept only because the analyst touched them."""
    vanished: list[Any] = field(default_factory=list)
    """Entries the analyst touched whose note the fresh extraction no longer has."""
    deleted: list[str] = field(default_factory=list)
    """Ids of notes the analyst deleted from the file, kept as dropped."""
    duplicates: list[str] = field(default_factory=list)
    """Ids that stand more than once in the file (all copies kept as written)."""


def merge_notes(
    ours: Sequence[Any] | None,
    base: Mapping[str, Mapping[str, Any]] | None,
    theirs: Sequence[Mapping[str, Any]],
    annotated: Callable[[Any], bool] = lambda entry: False,
) -> Merged:
    """Merge a notes file's entries (*ours*; None when there is no file) with the fresh
    extraction (*theirs*) against *base* (None when no base is known). *annotated* says
    whether the analyst wrote a comment in an entry: such a note counts as touched.

    *ours* entries are changed in place and reused; *theirs* entries are copied."""
    theirs_by_id = {str(t["id"]): t for t in theirs}
    if ours is None:  # no file (or it was deleted): the fresh extraction
        return Merged(entries=[dict(t) for t in theirs], base={k: plain(v) for k, v in theirs_by_id.items()})
    old_base = base or {}
    merged = Merged(entries=[], base={})
    kept: dict[Any, Any] = {}  # order key -> entry
    for index, entry in enumerate(ours):
        note_id = str(entry["id"]) if isinstance(entry, MutableMapping) and "id" in entry else None
        if note_id is None or note_id in kept:
            if note_id is not None:
                merged.duplicates.append(note_id)
            kept[("#", index)] = entry  # kept as written; the notes parser reports it
            continue
        previous = old_base.get(note_id)
        fresh = theirs_by_id.get(note_id)
        if fresh is not None:
            merge_entry(entry, previous if base is not None else None, fresh)
            merged.base[note_id] = plain(fresh)
        elif previous is not None and same(entry, previous) and not annotated(entry):
            continue  # briefgen's own note, untouched, no longer extracted
        else:  # the analyst's own note, or one they touched: kept, with its old base
            if previous is not None:
                merged.base[note_id] = plain(previous)
            merged.vanished.append(entry)
        kept[note_id] = entry
    added: dict[Any, Any] = {}
    for note_id, fresh in theirs_by_id.items():
        if note_id in kept:
            continue
        merged.base[note_id] = plain(fresh)
        entry = dict(fresh)
        if note_id in old_base:  # the analyst deleted it: kept out of briefs, visibly
            entry["status"] = "dropped"
            merged.deleted.append(note_id)
        added[note_id] = entry
    everything = {**kept, **added}
    merged.entries = [everything[key] for key in interleave(list(kept), list(theirs_by_id))]
    return merged
