"""The merge base that travels with a notes file: a fingerprint per note of what briefgen wrote.

The exact base of the three-way merge (merge.py) is kept in the cache, which a clone or a
copy of a workspace does not have. So each note briefgen extracted also carries
``fingerprint:``, a digest of every field as briefgen wrote it (32 bits of CRC-32 per field,
salted with the note's id and the field's name, in base64url). Without the cached base, a
field whose value still has the digest briefgen wrote is briefgen's and follows the fresh
extraction; any other field is the analyst's and is kept. A fingerprint that was edited, copied
to another note or cannot be read only ever makes fields count as the analyst's: never loss.

Fields are digested in the order of FIELDS; a later version may only append to it (an older
fingerprint then covers fewer fields, and those it does not cover count as the analyst's when
the file has them).
"""

from __future__ import annotations

import base64
import binascii
import zlib
from collections.abc import Iterable, Mapping
from typing import Any

from briefgen.notes.merge import MISSING, plain

KEY = "fingerprint"
"""The key of a note's fingerprint in a notes file."""

FIELDS = ("kind", "status", "quote", "at", "text", "speaker", "speaker_role", "figures", "entities", "themes",
          "audiences", "score", "cluster", "phrases")
"""The fields a fingerprint covers, in its order (append only)."""

_ABSENT = b"\x00"  # the digest input of a field the note does not have (no repr starts with NUL)


class _NotBase:
    """A base value equal to nothing: the field is the analyst's."""

    def __eq__(self, other: object) -> bool:
        return False

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "NOT_BASE"


NOT_BASE: Any = _NotBase()


def _digest(note_id: str, key: str, value: Any) -> bytes:
    """Four bytes for one field; *value* is plain data (dicts, lists, str, numbers), whose
    repr is the same however the file was read."""
    data = _ABSENT if value is MISSING else repr(value).encode("utf-8", "surrogatepass")
    return zlib.crc32(data, zlib.crc32(f"{note_id}\x00{key}\x00".encode("utf-8", "surrogatepass"))).to_bytes(4, "big")


def fingerprint(entry: Mapping[str, Any]) -> str:
    """The fingerprint of a note as briefgen wrote it (*entry*: store.note_to_yaml's plain mapping)."""
    note_id = str(entry["id"])
    raw = b"".join(_digest(note_id, key, entry.get(key, MISSING)) for key in FIELDS)
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode(value: Any) -> list[bytes] | None:
    """The per-field digests of a fingerprint; None when it is not one briefgen could have written."""
    if not isinstance(value, str) or not value or len(value) % 4 == 1:
        return None
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        return None
    if not raw or len(raw) % 4 or len(raw) > 4 * len(FIELDS):
        return None
    return [raw[i:i + 4] for i in range(0, len(raw), 4)]


def base_of(entry: Mapping[str, Any]) -> dict[str, Any] | None:
    """The merge base of one note in a notes file, from its fingerprint: its own value for
    each field that still has the digest briefgen wrote, NOT_BASE for every other field
    (the analyst's), absent for fields briefgen did not write and the note does not have.
    None when the note has no fingerprint; ValueError when it has one that cannot be read."""
    value = entry.get(KEY, MISSING)
    if value is MISSING or value is None:
        return None
    digests = _decode(value)
    if digests is None:
        raise ValueError("unreadable fingerprint")
    note_id = str(entry["id"])
    base: dict[str, Any] = {"id": entry["id"], KEY: value}
    for key, digest in zip(FIELDS, digests, strict=False):
        mine = entry.get(key, MISSING)
        if _digest(note_id, key, plain(mine)) != digest:
            base[key] = NOT_BASE
        elif mine is not MISSING:
            base[key] = mine
    covered = set(FIELDS[:len(digests)])
    for key in entry:
        if key not in base and key not in covered:
            base[key] = NOT_BASE
    return base


WRITTEN = "written"
"""The file-level key of the digest of the note ids briefgen wrote into a notes file."""


def _id_digest(source_id: str, note_id: str) -> bytes:
    return zlib.crc32(f"{source_id}\x00{note_id}".encode("utf-8", "surrogatepass")).to_bytes(4, "big")


def written(source_id: str, note_ids: Iterable[str]) -> str:
    """The ``written:`` value of a notes file: four bytes per note id briefgen wrote into it,
    sorted (so the order of the notes does not change it), in base64url. Without the cached
    base it tells a note the analyst deleted (written, now missing) from one that is new."""
    raw = b"".join(sorted({_id_digest(source_id, note_id) for note_id in note_ids}))
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def written_ids(value: Any, source_id: str, note_ids: Iterable[str]) -> set[str] | None:
    """Which of *note_ids* a notes file's ``written:`` *value* says briefgen wrote into it;
    None when the file has no such value or one briefgen could not have written."""
    if value is None or value is MISSING:
        return None
    if value == "":
        return set()
    if not isinstance(value, str) or len(value) % 4 == 1:
        return None
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) % 4:
        return None
    digests = {raw[i:i + 4] for i in range(0, len(raw), 4)}
    return {note_id for note_id in note_ids if _id_digest(source_id, note_id) in digests}
