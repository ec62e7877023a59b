"""Keys and JSON round trips for the per-source caches in .briefgen-cache/.

    code_version()            digest of briefgen's own source files
    to_json(obj)              a frozen dataclass (nested dataclasses, tuples) as JSON-able data
    from_json(cls, data)      the dataclass back; ValueError when *data* does not fit *cls*

A cache entry is keyed by what it was computed from (a source's bytes or text) and by the
code that computed it: `code_version` changes with any edit of briefgen's modules, so an
upgrade, or a rule changed without a version bump, never reuses an entry made by other
code. Entries are JSON, never pickle: the cache folder is part of an untrusted workspace.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import types
import typing
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def code_version() -> str:
    """sha1 (12 hex digits) of every .py file of the briefgen package, by relative path."""
    digest = hashlib.sha1()
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:12]


def to_json(obj: Any) -> Any:
    """Dataclasses as lists of their fields in order, tuples as lists, frozensets as sorted lists,
    scalars as they are."""
    if obj is None or isinstance(obj, (str, int, float)):
        return obj
    if isinstance(obj, (tuple, list)):
        return [to_json(item) for item in obj]
    if isinstance(obj, frozenset):
        return sorted(to_json(item) for item in obj)
    names = _field_names(type(obj))
    return [to_json(getattr(obj, name)) for name in names]


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        if not dataclasses.is_dataclass(cls):
            raise ValueError(f"cannot keep a {cls.__name__} in the cache")
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def from_json(cls: Any, data: Any) -> Any:
    """What to_json made of a *cls* value, rebuilt; ValueError on any mismatch of shape or type."""
    return _decoder(cls)(data)


Decoder = typing.Callable[[Any], Any]


@functools.cache
def _decoder(cls: Any) -> Decoder:
    """A function that rebuilds a *cls* value from to_json's data (made once per type)."""
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        return _union([_decoder(option) for option in typing.get_args(cls) if option is not type(None)],
                      type(None) in typing.get_args(cls))
    if origin is tuple:
        args = typing.get_args(cls)
        if len(args) == 2 and args[1] is Ellipsis:
            return _listed(_decoder(args[0]), tuple)
        return _fixed([_decoder(arg) for arg in args])
    if origin is frozenset:
        return _listed(_decoder(typing.get_args(cls)[0]), frozenset)
    if isinstance(cls, type) and dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls)
        fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]
        return _record(cls, fields)
    if cls is float:
        return _number
    if cls in (str, int, bool):
        return _scalar(cls)
    if cls is Any:
        return lambda data: data
    raise ValueError(f"no cache decoder for {cls}")


def _union(options: list[Decoder], optional: bool) -> Decoder:
    def decode(data: Any) -> Any:
        if data is None and optional:
            return None
        for option in options:
            try:
                return option(data)
            except ValueError:
                continue
        raise ValueError("no type of the union fits")
    return decode


def _listed(item: Decoder, into: Callable[[Iterable[Any]], Any]) -> Decoder:
    """A decoder of a JSON list into *into* (tuple, frozenset) of *item* values."""
    def decode(data: Any) -> Any:
        if not isinstance(data, list):
            raise ValueError("expected a list")
        return into(item(value) for value in data)
    return decode


def _fixed(items: list[Decoder]) -> Decoder:
    def decode(data: Any) -> Any:
        if not isinstance(data, list) or len(data) != len(items):
            raise ValueError("expected a list of the tuple's length")
        return tuple(item(value) for item, value in zip(items, data, strict=True))
    return decode


def _record(cls: type, fields: list[tuple[str, Decoder]]) -> Decoder:
    def decode(data: Any) -> Any:
        if not isinstance(data, list) or len(data) != len(fields):
            raise ValueError(f"expected {len(fields)} fields of {cls.__name__}")
        return cls(*[field(value) for (_, field), value in zip(fields, data, strict=True)])
    return decode


def _scalar(cls: type) -> Decoder:
    def decode(data: Any) -> Any:
        if type(data) is not cls:
            raise ValueError(f"expected {cls.__name__}, got {type(data).__name__}")
        return data
    return decode


def _number(data: Any) -> float:
    if type(data) not in (int, float):
        raise ValueError(f"expected a number, got {type(data).__name__}")
    return float(data)
