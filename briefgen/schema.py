"""The shape of every file a user writes, as pydantic models, and one way to report what is wrong.

    validate(schema, data, file=..., line_of=...) -> (value, problems)

Files: briefgen.toml (ConfigFile), audience profiles (ProfileFile), the theme lexicon
(LexiconFile), sources/sources.toml (SIDECAR) and notes files (NotesFile). Every problem in a
file comes back at once, one line each: ``file:line: key.path: what was expected (got ...)``.
The stage modules turn the validated models into their own dataclasses.

pydantic is imported here only; the stage modules import this module inside their loading
functions, so ``briefgen --help`` never pays for it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import types
from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

from briefgen.models import NoteKind, NoteStatus, SectionStyle
from briefgen.workspace import Format, PageSize, PdfStandard

Loc = tuple[int | str, ...]


class _Strict(BaseModel):
    """TOML and YAML values have types: a string where a number belongs is an error, not
    something to convert; unknown keys are errors; nan and inf are not numbers a user means."""

    model_config = ConfigDict(strict=True, extra="forbid", allow_inf_nan=False)


NonEmpty = Annotated[str, StringConstraints(min_length=1)]


# -- briefgen.toml ----------------------------------------------------------------------------


def _iso_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        raise PydanticCustomError("date", "expected a date like 2026-11-22, without a time")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PydanticCustomError("date", "expected a date like 2026-11-22")


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def _language(value: str) -> str:
    """A BCP 47 language tag as PDF and HTML metadata carry it ("en", "de", "pt-BR")."""
    if not _LANGUAGE_TAG.fullmatch(value.strip()):
        raise PydanticCustomError("language", 'expected a language tag like "en", "de" or "pt-BR"')
    return value.strip()


class BriefTable(_Strict):
    title: str = "Briefing"
    subject: str = ""
    as_of: IsoDate | None = Field(default=None, description="the date the brief speaks for, like 2026-11-22 "
                                  "(default: the newest source's date)")
    organisation: str = ""
    author: str = ""
    distribution: str = "Internal"
    language: Annotated[str, AfterValidator(_language)] = "en"


class BuildTable(_Strict):
    # An empty list would build nothing and say nothing: refused with a line naming the key.
    audiences: Annotated[list[NonEmpty], Field(min_length=1)] = ["executive", "investor", "policy"]
    formats: Annotated[list[Format], Field(min_length=1)] = ["md", "pdf"]
    page_size: PageSize | None = None  # kept for older files; [style] page_size is the place now
    pdf_standard: PdfStandard = "ua-1"


class IngestTable(_Strict):
    max_source_mb: float = Field(default=50.0, gt=0)


_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")


def _colour(value: str) -> str:
    """A CSS hex colour, normalised to "#rrggbb" lower case (Word needs the six digits)."""
    if not _HEX_COLOUR.fullmatch(value.strip()):
        raise PydanticCustomError("colour", 'expected a colour like "#0b5394"')
    digits = value.strip()[1:].lower()
    return "#" + (digits if len(digits) == 6 else "".join(d * 2 for d in digits))


#: A font family name as fontconfig lists it: letters, digits, spaces and a few marks. Nothing
#: that could end a CSS string or declaration (the name goes into the stylesheet).
_FONT_NAME = re.compile(r"[\w][\w .+&'-]{0,62}[\w.]|[\w]")


def _font(value: str) -> str:
    name = " ".join(value.split())
    if not _FONT_NAME.fullmatch(name):
        raise PydanticCustomError("font", 'expected a font family name like "DejaVu Serif"')
    return name


_LENGTH = re.compile(r"(\d+(?:\.\d+)?)(mm|cm|in|pt)")
_MM_PER = {"mm": 1.0, "cm": 10.0, "in": 25.4, "pt": 25.4 / 72}


def _margins(value: Any) -> tuple[float, float, float, float]:
    """CSS margin shorthand of 1 to 4 lengths in mm, cm, in or pt -> (top, right, bottom, left) in mm."""
    parts = value.split() if isinstance(value, str) else []
    found = [_LENGTH.fullmatch(part) for part in parts]
    if not 1 <= len(parts) <= 4 or not all(found):
        raise PydanticCustomError("margins", 'expected 1 to 4 lengths in mm, cm, in or pt, like "20mm 18mm"')
    mm = [round(float(m.group(1)) * _MM_PER[m.group(2)], 2) for m in found if m]
    if any(length > 100 for length in mm):
        raise PydanticCustomError("margins", "expected margins of at most 100mm each")
    top = mm[0]
    right = mm[1] if len(mm) > 1 else top
    bottom = mm[2] if len(mm) > 2 else top
    left = mm[3] if len(mm) > 3 else right
    return (top, right, bottom, left)


Margins = Annotated[tuple[float, float, float, float], BeforeValidator(_margins)]


class StyleTable(_Strict):
    """[style]: the organisation's look (briefgen.style reads the files it names)."""

    logo: Annotated[str, StringConstraints(min_length=1, max_length=500)] | None = None
    accent: Annotated[str, AfterValidator(_colour)] | None = None
    body_font: Annotated[str, AfterValidator(_font)] | None = None
    heading_font: Annotated[str, AfterValidator(_font)] | None = None
    page_size: PageSize | None = None
    margins: Margins | None = None
    toc: Literal["auto", "always", "never"] = "auto"


class ConfigFile(_Strict):
    brief: BriefTable = BriefTable()
    build: BuildTable = BuildTable()
    style: StyleTable = StyleTable()
    ingest: IngestTable = IngestTable()


# -- audience profiles ------------------------------------------------------------------------


class SectionTable(_Strict):
    id: NonEmpty
    title: NonEmpty
    style: SectionStyle = "bullets"
    kinds: list[NoteKind] = []
    themes: list[str] = []
    max_items: int = Field(default=5, ge=0)
    min_score: float = 0.0


class WeightsTable(_Strict):
    themes: dict[str, float] = {}
    kinds: dict[NoteKind, float] = {}


MAX_SECTIONS = 100
"""Sections a profile may have: a brief with more is not a brief (and thousands of them, each
composed and rendered, would only slow the build down)."""


class ProfileFile(_Strict):
    description: str = ""
    template: NonEmpty | None = None
    max_words: int = Field(default=0, ge=0)
    max_pages: int = Field(default=0, ge=0)
    max_citations: int = Field(default=0, ge=0)
    weights: WeightsTable = WeightsTable()
    sections: Annotated[list[SectionTable], Field(min_length=1, max_length=MAX_SECTIONS)] = []


# -- theme lexicon ----------------------------------------------------------------------------


def _term(term: str) -> str:
    if not re.search(r"\w", term.rstrip("*")):
        # An empty term would match every sentence.
        raise PydanticCustomError("term", 'expected a word or a prefix like "market*"')
    return term


ThemeTable = dict[str, Annotated[list[Annotated[str, AfterValidator(_term)]], Field(min_length=1)]]


class LexiconFile(_Strict):
    themes: ThemeTable


# -- sources/sources.toml ---------------------------------------------------------------------

_ISO_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _source_date(value: Any) -> str:
    """A publication date as given: a TOML date, or text ("2026-11-22", "November 2026")."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        if _ISO_SHAPE.fullmatch(value.strip()):
            try:
                return dt.date.fromisoformat(value.strip()).isoformat()
            except ValueError:
                raise PydanticCustomError("date", "not a real date") from None
        return value
    raise PydanticCustomError("date", 'expected a date like 2026-11-22, or text such as "November 2026"')


class SidecarEntry(_Strict):
    title: str = ""
    publisher: str = ""
    kind: str = ""
    date: Annotated[str, BeforeValidator(_source_date)] = ""
    updated: Annotated[str, BeforeValidator(_source_date)] = ""
    url: str = ""
    author: str = ""
    encoding: str = ""
    reliability: str = ""


SIDECAR = dict[str, SidecarEntry]


# -- notes files ------------------------------------------------------------------------------


def _scalar_text(value: Any) -> Any:
    """YAML reads `period: 2024` as a number and `2024-01-01` as a date; both mean the text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


YText = Annotated[str, BeforeValidator(_scalar_text)]


class AtMapping(_Strict):
    start: int | None = 0
    end: int | None = 0
    para: int | None = 0
    sent: int | None = 0
    line: int | None = 0
    page: int | None = None
    author: YText | None = ""


class FigureMapping(_Strict):
    model_config = ConfigDict(allow_inf_nan=True)

    text: YText
    value: float
    unit: YText
    measures: YText = ""
    period: YText = ""


class EntityMapping(_Strict):
    name: Annotated[YText, StringConstraints(min_length=1)]
    type: YText
    role: YText = ""


class EvidenceMapping(_Strict):
    quote: Annotated[YText, StringConstraints(min_length=1)]
    source: YText | None = None


class NoteEntry(_Strict):
    id: Annotated[YText, StringConstraints(min_length=1)] = Field(
        description="give every note an id, for your own notes one like a-my-note")
    kind: NoteKind = "fact"
    status: NoteStatus = "auto"
    quote: YText | None = None
    at: AtMapping | None = None
    text: YText | None = None
    speaker: YText | None = None
    speaker_role: YText | None = None
    figures: list[FigureMapping] | None = None
    entities: list[EntityMapping] | None = None
    themes: list[YText] | None = None
    audiences: dict[YText, float] | None = None
    score: float | None = 0.5
    cluster: YText | None = None
    phrases: list[YText] | None = None
    evidence: list[EvidenceMapping] | None = None
    fingerprint: Any = None  # briefgen's (notes/fingerprint.py); any value: an unreadable one only warns

    @model_validator(mode="after")
    def _has_a_quote(self) -> NoteEntry:
        if not self.quote and not self.evidence:
            raise PydanticCustomError("quote", "needs a quote, or evidence quotes ({quote: \"...\"})")
        return self


class NotesFile(_Strict):
    source: YText = ""
    path: YText = ""
    source_sha256: YText = ""
    extractor: int | None = None
    written: Any = None  # briefgen's (notes/fingerprint.py); any value: an unreadable one only warns
    notes: list[NoteEntry] | None = None


# -- reporting --------------------------------------------------------------------------------

_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def _adapter(schema: Any) -> TypeAdapter[Any]:
    if schema not in _ADAPTERS:
        _ADAPTERS[schema] = TypeAdapter(schema)
    return _ADAPTERS[schema]


def _unwrap(tp: Any) -> Any:
    """The type inside Annotated[...] and X | None."""
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = get_args(tp)[0]
        elif origin in (Union, types.UnionType):
            tp = next(arg for arg in get_args(tp) if arg is not type(None))
        else:
            return tp


def _type_at(schema: Any, loc: Loc) -> Any:
    """The type the schema expects at *loc* (None when the path leaves the schema)."""
    tp = schema
    for part in loc:
        tp = _unwrap(tp)
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            field = tp.model_fields.get(str(part))
            if field is None:
                return None
            tp = field.annotation
        elif get_origin(tp) in (list, tuple, dict):
            tp = get_args(tp)[-1]
        else:
            return None
    return _unwrap(tp)


def _model_at(schema: Any, loc: Loc) -> type[BaseModel] | None:
    tp = _type_at(schema, loc)
    return tp if isinstance(tp, type) and issubclass(tp, BaseModel) else None


def _known_keys(schema: Any, loc: Loc) -> list[str]:
    """The keys the mapping at *loc* may hold."""
    model = _model_at(schema, loc)
    return sorted(model.model_fields) if model else []


def _description(schema: Any, loc: Loc) -> str:
    """What a required key is for (its Field description), for a `required` message."""
    model = _model_at(schema, loc[:-1]) if loc else None
    field = model.model_fields.get(str(loc[-1])) if model else None
    return (field.description or "") if field else ""


def shown(value: Any, mapping: str = "a table") -> str:
    """A value as a user wrote it, short."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, Mapping):
        return mapping
    if isinstance(value, (list, tuple)):
        text = json.dumps(list(value), ensure_ascii=False, default=str)
        return text if len(text) <= 40 else "a list"
    if isinstance(value, dt.date):
        return value.isoformat()
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "...'"


def _expected(error: Mapping[str, Any], schema: Any, loc: Loc, mapping: str) -> str:
    """What was expected, in words, for one pydantic error."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "missing":
        why = _description(schema, loc)
        return "required" + (f" ({why})" if why else "")
    if kind == "extra_forbidden":
        known = ", ".join(_known_keys(schema, loc[:-1]))
        what = "table" if isinstance(error.get("input"), Mapping) and mapping == "a table" else "key"
        return f"unknown {what}" + (f" (known: {known})" if known else "")
    if kind == "literal_error":
        choices = re.findall(r"'((?:[^'\\]|\\.)*)'", str(ctx.get("expected", "")))
        return f"expected one of {', '.join(choices)}"
    words = {
        "string_type": "expected text",
        "int_type": "expected a whole number",
        "int_from_float": "expected a whole number",
        "float_type": "expected a number",
        "finite_number": "expected a finite number",
        "bool_type": "expected true or false",
        "list_type": "expected a list",
        "tuple_type": "expected a list",
        "dict_type": f"expected {mapping}",
        "model_type": f"expected {mapping}",
        "model_attributes_type": f"expected {mapping}",
        "string_too_short": "may not be empty",
        "too_short": "may not be empty",
    }
    if kind in words:
        return words[kind]
    if kind == "greater_than":
        return "expected a positive number" if ctx.get("gt") == 0 else f"expected a number above {ctx.get('gt')}"
    if kind == "greater_than_equal":
        return f"expected {ctx.get('ge')} or more"
    message = str(error.get("msg", kind))
    return message.removeprefix("Value error, ")


def default_label(loc: Loc) -> str:
    """A key path as a user reads it: sections[2].kinds (list items counted from 1)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def validate(
    schema: Any,
    data: Any,
    *,
    file: str,
    line_of: Callable[[Loc], int | None],
    label: Callable[[Loc], str] = default_label,
    mapping: str = "a table",
) -> tuple[Any, list[str]]:
    """*data* validated against *schema* (a model or type): (value, []) when it is right,
    (None, problems) otherwise, one line per problem, ordered by line:
    ``file:line: key.path: what was expected (got ...)``."""
    try:
        return _adapter(schema).validate_python(data), []
    except ValidationError as exc:
        return None, describe(exc, schema, file=file, line_of=line_of, label=label, mapping=mapping)


def describe(
    exc: ValidationError,
    schema: Any,
    *,
    file: str,
    line_of: Callable[[Loc], int | None],
    label: Callable[[Loc], str] = default_label,
    mapping: str = "a table",
) -> list[str]:
    """Each error of *exc* as ``file:line: key.path: what was expected (got ...)``, by line."""
    found: list[tuple[int, str]] = []
    for error in exc.errors():
        loc: Loc = tuple(part for part in error["loc"] if part != "[key]")
        what = _expected(error, schema, loc, mapping)
        if error["type"] not in ("missing", "extra_forbidden", "quote") and "input" in error:
            what += f" (got {shown(error['input'], mapping)})"
        line = line_of(loc)
        where = f"{file}:{line}" if line else file
        key = label(loc)
        found.append((line or 0, f"{where}: {key}: {what}" if key else f"{where}: {what}"))
    found.sort(key=lambda item: item[0])
    return list(dict.fromkeys(message for _, message in found))


SHOWN_PROBLEMS = 8
"""How many problems one error line names at most; it counts the rest."""
PROBLEM_CHARS = 400
"""How long one problem may be in that line (a value the file holds may be megabytes long)."""
LINE_CHARS = 460
"""How long the whole line may be (with ``briefgen: error: `` in front it stays under 500
characters, what one terminal line can show a reader)."""


def one_line(problems: Sequence[str], advice: str) -> str:
    """Problems joined into one line a reader can take in, ending with what to do: the first
    problem (cut short to fit), then as many of the next ones as fit in LINE_CHARS (at most
    SHOWN_PROBLEMS), then how many more there are."""
    tail = f" — {advice}"
    whole = "; ".join(problems) + tail
    if len(problems) <= SHOWN_PROBLEMS and len(whole) <= LINE_CHARS:
        return whole
    room = max(80, LINE_CHARS - len(tail) - len("; and 9999 more"))
    shown: list[str] = []
    used = 0
    for problem in problems[:SHOWN_PROBLEMS]:
        cap = min(PROBLEM_CHARS, room - used - (2 if shown else 0))
        if len(problem) > cap:
            if shown:
                break
            problem = problem[:cap - 1].rstrip() + "…"
        used += len(problem) + (2 if shown else 0)
        shown.append(problem)
    more = len(problems) - len(shown)
    return "; ".join(shown) + (f"; and {more} more" if more else "") + tail


# -- where a key stands -------------------------------------------------------------------------

_BARE = r"[A-Za-z0-9_-]+"
_BASIC = r'"(?:[^"\\]|\\.)*"'
_LITERAL = r"'[^']*'"
_SIMPLE_KEY = f"(?:{_BARE}|{_BASIC}|{_LITERAL})"
_DOTTED = rf"{_SIMPLE_KEY}(?:\s*\.\s*{_SIMPLE_KEY})*"
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_DOTTED})\s*\]\]?\s*(?:#.*)?$")
_KEY_LINE = re.compile(rf"^\s*({_DOTTED})\s*=")


def _key_parts(dotted: str) -> list[str]:
    parts = []
    for raw in re.findall(_SIMPLE_KEY, dotted):
        if raw.startswith('"'):
            parts.append(json.loads(raw))
        elif raw.startswith("'"):
            parts.append(raw[1:-1])
        else:
            parts.append(raw)
    return parts


def toml_lines(text: str) -> dict[Loc, int]:
    """The line of every table header and key in TOML *text*, by key path as tomllib nests
    it (arrays of tables count from 0), so a message can point at the line."""
    lines: dict[Loc, int] = {}
    counts: dict[Loc, int] = {}
    table: Loc = ()
    in_string = False

    def resolve(parts: Sequence[str]) -> Loc:
        path: Loc = ()
        for part in parts:
            path += (part,)
            if path in counts:  # inside the last table of an array of tables
                path += (counts[path] - 1,)
        return path

    for number, line in enumerate(text.splitlines(), 1):
        quotes = line.count('"""') + line.count("'''")
        if in_string:
            in_string = quotes % 2 == 0
            continue
        if quotes % 2:
            in_string = True
        header = _HEADER.match(line)
        if header:
            parts = _key_parts(header.group(2))
            if header.group(1) == "[[":
                parent = resolve(parts[:-1]) + (parts[-1],)
                counts[parent] = counts.get(parent, 0) + 1
                lines.setdefault(parent, number)
                table = parent + (counts[parent] - 1,)
            else:
                table = resolve(parts)
            lines.setdefault(table, number)
            continue
        key = _KEY_LINE.match(line)
        if key:
            parts = _key_parts(key.group(1))
            for size in range(1, len(parts) + 1):
                lines.setdefault(table + tuple(parts[:size]), number)
    return lines


def line_in(lines: Mapping[Loc, int], loc: Loc) -> int | None:
    """The line of *loc*, or of the nearest key above it that has one."""
    for size in range(len(loc), 0, -1):
        if loc[:size] in lines:
            return lines[loc[:size]]
    return None


def yaml_line(data: Any, loc: Loc) -> int | None:
    """The line of *loc* in YAML read by notes.yamlfile.load (mappings know their keys' lines)."""
    line = getattr(data, "line", None)
    node = data
    for part in loc:
        key_lines = getattr(node, "key_lines", None)
        if isinstance(node, Mapping) and part in node:
            line = (key_lines or {}).get(part, line)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            line = getattr(node, "line", line)
        else:
            break
    return line


