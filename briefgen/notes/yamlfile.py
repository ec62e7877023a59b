"""Fast reading and writing of notes YAML, with line numbers.

ruamel.yaml's round trip keeps comments but takes about 0.1 s per notes file,
which is minutes for thousands of sources. Files without analyst comments are
therefore read with libyaml (PyYAML's C parser), keeping the line of every
key for error messages, and written by `dump`, a small emitter for the plain
data notes files hold (mappings, lists, strings, numbers, booleans, null).
Files with comments go through ruamel (see store.py).

The reader follows YAML 1.2 for scalars: only true/false are booleans, so an
analyst's `text: no` stays the word "no".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import yaml

from briefgen.safeyaml import refuse_aliases

try:
    _Base: Any = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Base = yaml.SafeLoader


class LineMap(dict):  # type: ignore[type-arg]
    """A mapping read from YAML that knows the 1-based line of itself and of each key."""

    line: int = 0
    key_lines: dict[Any, int]


class _Loader(_Base):  # type: ignore[misc,valid-type]
    pass


# YAML 1.2 core schema for plain scalars, as ruamel.yaml writes them: only true/false are
# booleans, no sexagesimal numbers ("1:20"), no underscores in numbers, no timestamps. So a
# value either writer puts in a file reads back as the same string or number.
_CORE_12 = {
    "tag:yaml.org,2002:bool": (re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")),
    "tag:yaml.org,2002:int": (re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789")),
    "tag:yaml.org,2002:float": (
        re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                   r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
        list("-+.0123456789"),
    ),
}
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _CORE_12 and tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _tag, (_pattern, _first) in _CORE_12.items():
    _Loader.add_implicit_resolver(_tag, _pattern, _first)


def _construct_int(loader: Any, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)  # "012" is twelve in YAML 1.2 (PyYAML reads it as octal)


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _construct_map(loader: Any, node: yaml.MappingNode) -> Iterator[LineMap]:
    data = LineMap()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(None, None, "a key must be a plain value", key_node.start_mark)
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_lines[key] = key_node.start_mark.line + 1


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)


MAX_FLOW_DEPTH = 500
"""Flow collections ("[[[ ...") nested deeper than this are refused before parsing: the parser recurses once per
level, and in a worker thread (a smaller stack) a hostile file's 100,000 levels crash the interpreter instead
of raising RecursionError."""


def _flow_depth(text: str) -> int:
    """The deepest nesting of "[" and "{" in *text* (brackets inside quotes counted too: an over-estimate)."""
    depth = deepest = 0
    for match in re.finditer(r"[\[\]{}]", text):
        depth = depth + 1 if match.group() in "[{" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest


def load(text: str) -> Any:
    """Parse YAML text; mappings come back as LineMap. Raises yaml.YAMLError (AliasRefused
    for an alias), RecursionError for flow collections nested past MAX_FLOW_DEPTH."""
    refuse_aliases(text)
    if _flow_depth(text) > MAX_FLOW_DEPTH:
        raise RecursionError("nested too deeply")
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader subclass


# -- writing ---------------------------------------------------------------

_RESERVED = re.compile(r"^(?:true|false|yes|no|on|off|y|n|null|~)$", re.IGNORECASE)
# Characters a YAML reader may take for line breaks or reject are written as escapes.
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_FLOW_WIDTH = 100
# Common text that is plain-safe at a glance (letters first, no ':' '#' or trailing space).
_SAFE_CHARS = "\\-A-Za-z0-9 .;'()/$%&\u00c0-\u024f\u2018\u2019\u201c\u201d\u2013\u2014"
_SAFE_BLOCK = re.compile(f"[A-Za-z][{_SAFE_CHARS},]*[A-Za-z0-9.)%'\u2019\u201d]")
_SAFE_FLOW = re.compile(f"[A-Za-z][{_SAFE_CHARS}]*[A-Za-z0-9.)%'\u2019\u201d]")


def _quoted(text: str) -> str:
    out = json.dumps(text, ensure_ascii=False)
    return _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group(0)):04x}" if ord(m.group(0)) < 0x10000
                              else f"\\U{ord(m.group(0)):08x}", out)


def scalar(value: Any, *, flow: bool = False) -> str:
    """One scalar as YAML: plain where that reads back as the same string, else double-quoted."""
    if value is None:
        return "null" if flow else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)
        if text in ("inf", "-inf", "nan"):
            return {"inf": ".inf", "-inf": "-.inf", "nan": ".nan"}[text]
        if "e" in text and "." not in text:
            text = text.replace("e", ".0e")
        return text
    text = str(value)
    if (_SAFE_FLOW if flow else _SAFE_BLOCK).fullmatch(text) and (len(text) > 5 or not _RESERVED.match(text)):
        return text
    plain = (
        text
        and text == text.strip()
        and text[0] not in _INDICATORS
        and not text[0].isdigit()
        and text[0] not in "+."
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and "\n" not in text
        and not _RESERVED.match(text)
        and not _NOT_PRINTABLE.search(text)
        and "\t" not in text
        and "\r" not in text
        and not (flow and any(c in text for c in ",[]{}"))
    )
    return text if plain else _quoted(text)


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _flow(value: Any) -> str | None:
    """A one-line flow form for a mapping or list of scalars, or None when it does not fit."""
    if isinstance(value, Mapping):
        if not all(_is_scalar(v) for v in value.values()):
            return None
        inner = ", ".join(f"{scalar(k, flow=True)}: {scalar(v, flow=True)}".rstrip() for k, v in value.items())
        return "{" + inner + "}"
    if isinstance(value, Sequence) and not isinstance(value, str):
        if not all(_is_scalar(v) for v in value):
            return None
        return "[" + ", ".join(scalar(v, flow=True) for v in value) + "]"
    return None


def _block(value: Any, indent: int, lines: list[str]) -> None:
    pad = " " * indent
    if isinstance(value, Mapping):
        for key, item in value.items():
            _entry(f"{pad}{scalar(key)}:", item, indent, lines)
    else:
        for item in value:
            _item(item, indent, lines)


def _entry(prefix: str, item: Any, indent: int, lines: list[str]) -> None:
    if _is_scalar(item):
        lines.append(f"{prefix} {scalar(item)}".rstrip())
        return
    flow = _flow(item)
    if flow is not None and (len(prefix) + len(flow) < _FLOW_WIDTH or not item):
        lines.append(f"{prefix} {flow}")
    else:
        lines.append(prefix)
        _block(item, indent + 2, lines)


def _item(item: Any, indent: int, lines: list[str]) -> None:
    pad = " " * indent
    if _is_scalar(item):
        lines.append(f"{pad}- {scalar(item)}".rstrip())
        return
    flow = _flow(item)
    if flow is not None:  # a mapping or list of scalars: one line
        lines.append(f"{pad}- {flow}")
    elif isinstance(item, Mapping):  # its first key goes on the dash's line
        nested: list[str] = []
        _block(item, indent + 2, nested)
        nested[0] = f"{pad}- " + nested[0][indent + 2:]
        lines.extend(nested)
    else:
        lines.append(f"{pad}-")
        _block(item, indent + 2, lines)


def dump(data: Mapping[str, Any], header: str = "") -> str:
    """YAML text for *data* in the notes-file layout: block mappings and lists, short
    mappings and lists of scalars in flow style, one line per scalar; *header* as comments."""
    lines = header_lines(header)
    _block(data, 0, lines)
    return "\n".join(lines) + "\n"


def header_lines(header: str) -> list[str]:
    """The comment lines `dump` writes for *header*."""
    return [f"# {line}".rstrip() for line in header.splitlines()]


_DOUBLE_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def has_comments(text: str, header: str = "") -> bool:
    """True when *text* holds a YAML comment other than *header* (conservative: may say True
    for a '#' inside an unusual scalar, never False for a real comment)."""
    skip = header_lines(header)
    lines = text.splitlines()
    if skip and lines[:len(skip)] == skip:
        lines = lines[len(skip):]
    for line in lines:
        if "#" not in line:
            continue
        bare = _DOUBLE_QUOTED.sub('""', line)
        if re.search(r"(?:^|\s)#", bare):
            return True
    return False
