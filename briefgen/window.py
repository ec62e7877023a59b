"""Which sources a brief may use: the as-of window (between compose's input and notes).

    window(noteset, as_of, since) -> (NoteSet, Window)
    list_sources(docs, as_of, since) -> [ListedSource]     (what `briefgen sources --json` prints)

A brief as of a date is the brief that could have been written on that date: a source dated
after it is left out, and with ``since`` one dated before that is left out too (a period
brief). A source with no known date is kept and counted, so the Method note can say so.
Notes are taken from every source; only what a brief uses is windowed, so the analyst's
review of notes/ never depends on the date being built.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from briefgen.ingest.clean import dateline
from briefgen.models import Figure, NoteSet, SourceDoc, SourceMeta
from briefgen.workspace import Config

Place = Literal["in", "undated", "after", "before"]


@dataclass(frozen=True)
class Window:
    """What the as-of window did to the sources."""

    as_of: str
    """The brief's as-of date (ISO)."""
    since: str = ""
    """First date of a period brief (ISO), or ""."""
    after: tuple[str, ...] = ()
    """Workspace paths of sources dated after as_of: left out."""
    before: tuple[str, ...] = ()
    """Workspace paths of sources dated before since: left out."""
    undated: tuple[str, ...] = ()
    """Workspace paths of sources with no known date: kept."""


def source_date(text: str) -> dt.date | None:
    """A source's date from its metadata: ISO (2026-03-02, also with a time after it) or a
    written form (2 March 2026, March 2, 2026); None when there is no full date."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    found = dateline(text)
    return dt.date.fromisoformat(found) if found else None


def written_day(meta: SourceMeta) -> dt.date | None:
    """The day the text as carried was written: its update date when it gives one no earlier
    than its publication date ("Published March 7 / Updated March 8" gives 8 March), else its
    publication date; None when neither is a full date. Relative days in the text ("said
    Saturday") count from it, and it places the source in time (as-of window, recency)."""
    published = source_date(meta.date)
    updated = source_date(meta.updated) if meta.updated else None
    if updated is not None and (published is None or updated >= published):
        return updated
    return published


def placed_day(meta: SourceMeta) -> dt.date | None:
    """The day that places a source among the others (recency, which of two reports is later):
    the day it was written (`written_day`), else the estimate read from its text; None when
    neither is known. Relative days in its text never count from an estimate."""
    return written_day(meta) or (source_date(meta.estimated) if meta.estimated else None)


def with_estimates(docs: Sequence[SourceDoc], today: dt.date | None = None) -> list[SourceDoc]:
    """*docs*, each source that states no date given the day of its year-less wire dateline as its
    date (`notes.dates.dateline_day`), else the date its text lets one estimate
    (`notes.dates.estimate`), else the day the counts it shares with the dated sources place it
    on (`notes.placing.placed`): year-less dates are placed near the newest date the other sources
    state (today when none does), and no estimate is later than today.

    An estimate is not capped at the newest dated source: an undated wire story is often the
    latest report (the outcome), and a cap would rank it with the reports it overtakes. What
    guards against a misread instead is that only days read as past count (a span's end, a
    deadline, an intention or an obligation do not), that the estimate moves neither the brief's
    as-of date nor its window, and that it is always shown as an estimate."""
    from briefgen.notes.dates import dateline_day, estimate
    from briefgen.notes.placing import dated_figures, placed

    today = today or dt.date.today()
    stated = [day for doc in docs if (day := written_day(doc.meta)) and day <= today]
    anchor = max(stated) if stated else today
    out = []
    for doc in docs:
        if not doc.meta.date and not doc.meta.updated:
            # A wire dateline's day without its year ("ACCRA, Jan 14 (Wire) -") is the day the copy
            # was filed, in the year nearest the other sources' dates: the source's own date (it
            # sets the as-of date and anchors "on Monday"), shown as read from the dateline.
            if (filed := dateline_day(doc.text, anchor, today)) is not None:
                doc = replace(doc, meta=replace(doc.meta, date=filed.isoformat(), date_from="dateline"))
            elif (day := estimate((doc.text[s.start:s.end] for s in doc.sentences), anchor, today)) is not None:
                doc = replace(doc, meta=replace(doc.meta, estimated=day.isoformat()))
        out.append(doc)
    # A source that names no day may still be placed by the counts it shares with the dated ones.
    dated = [(day, doc) for doc in out if not doc.duplicate_of and (day := written_day(doc.meta)) and day <= today]
    theirs: list[tuple[dt.date, Figure]] | None = None  # the dated sources' figures, read once when needed
    for i, doc in enumerate(out):
        if not doc.meta.date and not doc.meta.updated and not doc.meta.estimated and not doc.duplicate_of \
                and dated:
            if theirs is None:
                theirs = dated_figures(dated)
            if (day := placed(doc, dated, theirs)) is not None:
                out[i] = replace(doc, meta=replace(doc.meta, estimated=day.isoformat()))
    return out


def as_of_for(config: Config, docs: Sequence[SourceDoc]) -> Config:
    """*config* with its as-of date: as given (briefgen.toml or --as-of), else the newest date of
    a source dated no later than today (today when none is), never before ``since``."""
    if config.as_of_given:
        return config
    today = dt.date.today()
    dates = [day for doc in docs if not doc.duplicate_of and (day := written_day(doc.meta)) and day <= today]
    if not dates:
        return config
    newest = max(dates).isoformat()
    return replace(config, as_of=max(newest, config.since), as_of_given=True)


def long_date(iso: str) -> str:
    """An ISO date as a reader says it, to the precision it has: 2010-06-01 as "1 June 2010",
    2010-06 as "June 2010", 2010 as "2010", 2010-W22 as "week of 31 May 2010" (the text
    itself when it is no ISO date)."""
    if re.fullmatch(r"\d{4}", iso):
        return iso
    if match := re.fullmatch(r"(\d{4})-(\d{2})", iso):
        if 1 <= int(match[2]) <= 12:
            return f"{dt.date(int(match[1]), int(match[2]), 1).strftime('%B')} {match[1]}"
        return iso
    if match := re.fullmatch(r"(\d{4})-W(\d{2})", iso):
        try:
            monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            return iso
        return f"week of {long_date(monday.isoformat())}"
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day.strftime('%B')} {day.year}"


def classify(doc: SourceDoc, as_of: str, since: str = "") -> Place:
    """"after", "before", "undated" or "in" for one source, by the day its text was written."""
    day = written_day(doc.meta)
    if day is None:
        return "undated"
    if day > dt.date.fromisoformat(as_of):
        return "after"
    if since and day < dt.date.fromisoformat(since):
        return "before"
    return "in"


def window(noteset: NoteSet, as_of: str, since: str = "") -> tuple[NoteSet, Window]:
    """The notes of the sources inside the window (clusters and disagreements trimmed to
    them), and what was left out."""
    places = {doc.id: classify(doc, as_of, since) for doc in noteset.sources}
    kept_docs = tuple(doc for doc in noteset.sources if places[doc.id] in ("in", "undated"))
    info = Window(
        as_of=as_of, since=since,
        after=tuple(doc.path for doc in noteset.sources if places[doc.id] == "after"),
        before=tuple(doc.path for doc in noteset.sources if places[doc.id] == "before"),
        undated=tuple(doc.path for doc in noteset.sources if places[doc.id] == "undated"),
    )
    if len(kept_docs) == len(noteset.sources):
        return noteset, info
    kept = {doc.id for doc in kept_docs}
    notes = tuple(note for note in noteset.notes if note.span.source in kept)
    source_of = {note.id: note.span.source for note in notes}
    clusters = []
    for cluster in noteset.clusters:
        members = tuple(i for i in cluster.notes if i in source_of)
        sources = tuple(dict.fromkeys(source_of[i] for i in members))
        if len(sources) > 1:
            clusters.append(replace(cluster, notes=members, sources=sources))
    disagreements = tuple(d for d in noteset.disagreements
                          if d.a in source_of and (not d.b or d.b in source_of))
    return replace(noteset, notes=notes, clusters=tuple(clusters), disagreements=disagreements,
                   sources=kept_docs), info


@dataclass(frozen=True)
class RemovedText:
    """Boilerplate left out of a source's notes."""

    reason: str
    """Why ("promotional teaser", ...)."""
    start: int
    """Offset of its first character in the source text."""
    end: int
    """Offset after its last character."""
    text: str
    """The text left out."""


@dataclass(frozen=True)
class ListedSource:
    """One source as `briefgen sources --json` lists it; unknown metadata is ""."""

    path: str
    """Workspace path (sources/...)."""
    id: str
    """The source's id (its notes file is notes/<id>.yaml)."""
    format: str
    """txt, md, html, pdf, docx, ..."""
    title: str
    publisher: str
    date: str
    updated: str
    """The date the text says it was last updated, when later than date, else ""."""
    date_from: str
    """"file name" or "file created" when the date comes from there, else ""."""
    estimated: str
    """When no date is known: the date estimated from the text (the latest day it reports as
    past, ISO), else ""."""
    kind: str
    url: str
    author: str
    reliability: str
    """Reliability tier."""
    cited_outlets: tuple[str, ...]
    """Outlets the text itself cites."""
    sentences: int
    posts: int
    """Posts of a forum thread (0 for other sources)."""
    duplicate_of: str | None
    """Id of the source this one repeats (counted once), or None."""
    dates: Place
    """in (inside the brief's dates), undated (kept), after (dated after the as-of date) or before
    (dated before --since)."""
    left_out: bool
    """True when the brief leaves it out for its date (dates is after or before)."""
    removed: tuple[RemovedText, ...]
    """Boilerplate left out of its notes."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def list_sources(docs: Sequence[SourceDoc], as_of: str, since: str = "") -> list[ListedSource]:
    """Every source with its metadata and where it stands for a brief as of *as_of*."""
    listed = []
    for doc in docs:
        meta = doc.meta
        place = classify(doc, as_of, since)
        listed.append(ListedSource(
            path=doc.path, id=doc.id, format=doc.format, title=meta.title, publisher=meta.publisher,
            date=meta.date, updated=meta.updated, date_from=meta.date_from,
            estimated="" if meta.date else meta.estimated, kind=meta.kind, url=meta.url, author=meta.author, reliability=meta.reliability,
            cited_outlets=meta.cited_outlets, sentences=len(doc.sentences), posts=len(doc.posts),
            duplicate_of=doc.duplicate_of or None, dates=place, left_out=place in ("after", "before"),
            removed=tuple(RemovedText(r.reason, r.start, r.end, doc.text[r.start:r.end]) for r in doc.removed),
        ))
    return listed
