"""The brief as data: a record of what each brief said, kept in the workspace's history/ and
written as ``--format json``.

    to_json(brief) -> str            the record of one composed brief
    load_history(config, audience)   every recorded brief of an audience, oldest first
    previous(config, audience, as_of) the latest recorded brief with an earlier as-of date

A record holds the brief's statements, sections, citations (quotes with their offsets in the
source), figures, disagreements, the sources with their hashes and the as-of date. The JSON
Schema of the format ships as ``briefgen/schemas/brief-record-1.schema.json`` (generated from
the models below; a test keeps them equal). Records are workspace files and so untrusted:
each is validated when read, and one that is not a record is skipped with a warning.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefgen.models import Brief
from briefgen.workspace import Config

FORMAT: Literal["briefgen-brief"] = "briefgen-brief"
VERSION: Literal[1] = 1
HISTORY = "history"
SCHEMA_FILE = Path(__file__).resolve().parent / "schemas" / f"brief-record-{VERSION}.schema.json"
_ISO = r"^\d{4}-\d{2}-\d{2}$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FigureRecord(_Model):
    text: str = Field(description="The figure as written in the source, e.g. '$4 trillion'")
    value: float = Field(description="Its value in the unit")
    unit: str = Field(description="Unit or currency")
    measures: str = Field("", description="What it counts or pays")
    period: str = Field("", description="The period it is for")


class EarlierFigureRecord(_Model):
    text: str = Field(description="An earlier value of a key figure's measure, as written")
    value: float
    date: str = Field("", description="The date of the first source to give it (ISO), or ''")
    corrected: bool = Field(False, description="A source says it was wrong, not that the quantity changed")


class ItemRecord(_Model):
    text: str = Field(description="The statement: a verbatim quote or the analyst's paraphrase")
    citations: list[int] = Field(description="Numbers of the citations backing it")
    note_id: str
    kind: str
    label: str = ""
    support: int = Field(1, description="How many distinct sources back it")
    speaker: str = ""
    speaker_role: str = ""
    figure: FigureRecord | None = None
    words: str = Field("", description="For a key figure: its own clause as the source words it, elided "
                       "with '…', or empty when none is found")
    earlier: list[EarlierFigureRecord] = Field([], description="For a key figure: the values of its measure it "
                                               "replaces, oldest first")
    counts: str = Field("", description="For a key figure that names no unit ('900'): what it counts "
                        "('job cuts'), shown beside it; '' when the figure or its words say it")
    other: ItemRecord | None = Field(None, description="The opposing statement of a disagreement, or the "
                                     "earlier statement a change updates")
    see: list[int] = Field([], description="For a side of a dispute the brief already stated: the citations "
                           "of that statement, which the side refers to instead of repeating it")
    reason: str = ""
    sides: list[str] = Field([], description="Who holds each side of a disagreement that one sentence states whole")
    change: Literal["", "new", "updated", "gone"] = ""
    date: str = Field("", description="The day a timeline entry happened or is scheduled for (ISO), or as the "
                     "text words it when no source is dated ('Four days before the 12th'), or ''")
    scheduled: bool = Field(False, description="A timeline entry set for a day no source yet reports as past")
    reported: bool = Field(False, description="A timeline entry dated by its source's date, the text giving no day")


class SectionRecord(_Model):
    id: str
    title: str
    style: str
    items: list[ItemRecord]


class CitationRecord(_Model):
    number: int
    note_id: str
    quote: str = Field(description="Verbatim quote, whitespace collapsed")
    source_id: str
    source_title: str
    publisher: str
    date: str
    location: str = Field(description="Where in the source, for a reader")
    path: str = Field(description="Workspace path of the source file")
    start: int = Field(description="Character offset of the quote in the source's text as read")
    end: int
    figures: list[FigureRecord] = []
    shown: bool = False
    source_label: str = Field("", description="When source_title is '': the words the source opens with, "
                              "verbatim; else ''")


class SourceRecord(_Model):
    id: str
    title: str
    publisher: str
    date: str
    kind: str
    reliability: str
    notes_used: int
    path: str
    url: str = ""
    duplicate_of: str = ""
    sha256: str = ""
    updated: str = ""
    estimated: str = Field("", description="When date is '': the date estimated from the source's text (ISO), "
                           "shown only as an estimate")
    rated: bool = Field(False, description="True when the analyst set the reliability (sources.toml); "
                        "else it is the tier the source's kind gives")
    label: str = Field("", description="When title is '': the words the source opens with, verbatim, "
                       "shown instead of its path and marked as no headline; else ''")


class MetaRecord(_Model):
    title: str
    subject: str
    audience: str
    audience_description: str
    as_of: str = Field(pattern=_ISO)
    organisation: str
    author: str
    distribution: str
    since: str = ""


class MethodRecord(_Model):
    cited: int
    sources_cited: int
    sources: int
    notes: int
    key_phrases: list[str] = []
    duplicates: int = 0
    as_of: str = ""
    since: str = ""
    after: int = 0
    before: int = 0
    undated: int = 0


class BriefRecord(_Model):
    """What one brief said, as data."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="briefgen brief record")

    format: Literal["briefgen-brief"] = FORMAT
    version: Literal[1] = VERSION
    audience: str
    as_of: str = Field(pattern=_ISO, description="The date the brief speaks for")
    since: str = Field("", description="First date of a period brief, or ''")
    compared_with: str = Field("", description="As-of date of the earlier brief its changes section compares with")
    meta: MetaRecord
    sections: list[SectionRecord]
    citations: list[CitationRecord]
    sources: list[SourceRecord] = Field(description="The sources inside the brief's dates, with their hashes")
    left_out: list[str] = Field([], description="Sources outside the brief's dates")
    method: MethodRecord = Field(description="What the Method note reports (the template words it)")


def record_of(brief: Brief) -> BriefRecord:
    """The record of a composed brief."""
    data = brief.as_dict()
    for name in ("template", "stats"):
        data.pop(name)
    return BriefRecord.model_validate({**data, "audience": brief.meta.audience, "as_of": brief.meta.as_of,
                                       "since": brief.meta.since})


def to_json(brief: Brief) -> str:
    """The record as JSON: keys in a fixed order, one value per line where it helps a diff."""
    return json.dumps(record_of(brief).model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"


def schema() -> dict[str, object]:
    """The JSON Schema of a record (what SCHEMA_FILE holds)."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **BriefRecord.model_json_schema()}


def history_path(config: Config, audience: str, as_of: str) -> Path:
    """Where the record of a brief of *audience* as of *as_of* is kept."""
    return config.root / HISTORY / audience / f"{as_of}.json"


def load_history(config: Config, audience: str, warnings: list[str] | None = None) -> list[BriefRecord]:
    """Every recorded brief of *audience*, oldest as-of date first. A file that is not a valid
    record is left out with a one-line warning in *warnings*."""
    folder = config.root / HISTORY / audience
    if not folder.is_dir() or folder.is_symlink():
        return []
    records = []
    for path in sorted(folder.glob("*.json")):
        shown = f"{HISTORY}/{audience}/{path.name}"
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}\.json", path.name) or not path.is_file() or path.is_symlink():
            continue
        try:
            record = BriefRecord.model_validate_json(path.read_bytes())
        except (OSError, ValidationError) as exc:
            if warnings is not None:
                first = exc.errors()[0] if isinstance(exc, ValidationError) else {"msg": str(exc), "loc": ()}
                where = ".".join(str(part) for part in first["loc"])
                warnings.append(f"{shown}: not a brief record ({where + ': ' if where else ''}{first['msg']}); "
                                "it is not compared with (restore it from version control or delete it)")
            continue
        if record.audience == audience and f"{record.as_of}.json" == path.name:
            records.append(record)
    return sorted(records, key=lambda r: r.as_of)


def previous(config: Config, audience: str, as_of: str, warnings: list[str] | None = None) -> BriefRecord | None:
    """The latest recorded brief of *audience* with an as-of date before *as_of* (a rebuild on
    the same date compares with the one before it, never with itself)."""
    earlier = [r for r in load_history(config, audience, warnings) if r.as_of < as_of]
    return earlier[-1] if earlier else None
