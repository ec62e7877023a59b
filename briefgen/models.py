"""The data passed between stages: small frozen dataclasses.

    sources/ --ingest--> SourceDoc --notes--> Note/NoteSet --compose--> Brief --render--> Artifact

Offsets (``Span.start``/``Span.end``) always index into ``SourceDoc.text``,
the text exactly as read (after decoding), so every quote can be checked.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, get_args

NoteKind = Literal["fact", "figure", "quote", "opinion", "forecast", "risk", "upcoming"]
"""What a note states: a fact, a figure, someone's words (quote), a first-person or hedged view
(opinion), a forecast, a possible adverse outcome (risk) or a future, scheduled or pending event
(upcoming). Sections choose notes by kind."""
NoteStatus = Literal["auto", "pinned", "dropped", "edited"]
"""Who owns a note and whether it is used."""
SectionStyle = Literal["bullets", "figures", "positions", "disagreements", "changes", "timeline", "watch"]
"""How a section of a brief lays out its items (a template draws each style)."""
KINDS: tuple[str, ...] = get_args(NoteKind)
STATUSES: tuple[str, ...] = get_args(NoteStatus)
STYLES: tuple[str, ...] = get_args(SectionStyle)


class _AsDict:
    def as_dict(self) -> dict[str, Any]:
        """A plain-dict snapshot (for tests, JSON and YAML)."""
        return dataclasses.asdict(self)  # type: ignore[call-overload, no-any-return]


@dataclass(frozen=True)
class SourceMeta(_AsDict):
    """What is known about a source; unknown fields stay empty, never invented."""

    title: str = ""
    """Headline or title (sidecar first, else inferred from a headline-like first line)."""
    publisher: str = ""
    """Outlet or site that published it."""
    kind: str = ""
    """news report | analysis | opinion | forum thread | report | statement | other; without a
    sidecar or page value, the text's cues decide (a label, a wire dateline, a byline over a date)."""
    date: str = ""
    """Publication date as given (ISO where known)."""
    updated: str = ""
    """Date the text as carried was last updated ("Updated March 8, 2025"), ISO; "" when none
    is given or it is not after `date`. Relative days in the text count from it."""
    date_from: str = ""
    """Where the date came from when the sidecar, the format's metadata and the text give none:
    "file name" (an ISO date in it), "file created" (a document's creation date) or "dateline"
    (a wire dateline's day without its year, in the year nearest the other sources' dates); else ""."""
    estimated: str = ""
    """For a source that states no date (`date` is ""): an estimate read from its text, the
    latest day it reports as past (ISO; `notes.dates.estimate`), on or after which it was
    written; "" when it reports none. It places the source among the others (recency, which
    report is later), is never shown as a date the source gives, and anchors no relative day."""
    url: str = ""
    """Canonical address, shown but never fetched."""
    author: str = ""
    """Author's name where given."""
    reliability: str = ""
    """Reliability tier: news report, analysis, opinion or forum comment (what the kind gives),
    or the analyst's own rating from sources.toml."""
    rated: bool = False
    """True when `reliability` is the analyst's (sources.toml), not the kind's tier."""
    cited_outlets: tuple[str, ...] = ()
    """Outlets the text itself cites ("according to a report by X"), not the publisher."""


@dataclass(frozen=True)
class Removed(_AsDict):
    """A span of the source text left out of notes, with the reason."""

    start: int
    """Offset of the first removed character."""
    end: int
    """Offset after the last removed character."""
    reason: str
    """Why it was removed (e.g. "promotional teaser")."""


@dataclass(frozen=True)
class Post(_AsDict):
    """One post of a forum or comment thread."""

    start: int
    """Offset where the post's text starts."""
    end: int
    """Offset where it ends."""
    author: str = ""
    """User name as shown in the thread."""
    when: str = ""
    """Relative or absolute time as shown ("2h ago")."""


@dataclass(frozen=True)
class Sentence(_AsDict):
    """A located sentence of a source."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset after the last character (trailing whitespace excluded)."""
    para: int
    """1-based paragraph number."""
    sent: int
    """1-based sentence number within the paragraph."""
    line: int
    """1-based line number of the first character in the file's text."""
    page: int | None = None
    """1-based page for paged formats (PDF)."""
    post: int | None = None
    """Index into SourceDoc.posts for threads."""


@dataclass(frozen=True)
class SourceDoc(_AsDict):
    """One source document as read, cleaned and segmented."""

    id: str
    """Stable id from the file name (slug of the stem)."""
    path: str
    """Path relative to the workspace (sources/...)."""
    format: str
    """Reader that produced it: text, markdown, html, pdf, docx."""
    sha256: str
    """Hash of the file's bytes (the notes cache key, with the extractor version)."""
    text: str
    """The text exactly as read, after decoding (HTML/PDF/DOCX: as extracted)."""
    meta: SourceMeta
    """Metadata from the sidecar and inference."""
    sentences: tuple[Sentence, ...]
    """Every sentence outside removed spans, in order."""
    removed: tuple[Removed, ...] = ()
    """Boilerplate left out, with reasons."""
    pages: tuple[int, ...] = ()
    """Start offset of each page (paged formats)."""
    posts: tuple[Post, ...] = ()
    """Posts, for threads."""
    duplicate_of: str = ""
    """Id of the source this one repeats (the same article, or syndicated with small edits);
    a duplicate is listed but takes no notes, so it counts once as evidence."""


@dataclass(frozen=True)
class Span(_AsDict):
    """Where a quote stands in a source."""

    source: str
    """Source id."""
    start: int
    """Offset into SourceDoc.text."""
    end: int
    """Offset after the quote."""
    para: int = 0
    """Paragraph number (1-based; 0 when unknown)."""
    sent: int = 0
    """Sentence number within the paragraph."""
    line: int = 0
    """Line number in the source text."""
    page: int | None = None
    """Page, for paged formats."""
    author: str = ""
    """Post author, for threads."""


@dataclass(frozen=True)
class Figure(_AsDict):
    """A number found in a quote, normalised."""

    text: str
    """The figure as written ("$70 billion")."""
    value: float
    """Normalised value (70e9)."""
    unit: str
    """USD, EUR, %, or the counted noun ("chips"), or "" when bare."""
    measures: str = ""
    """Short phrase saying what it measures, taken from the sentence."""
    period: str = ""
    """Year or period the figure refers to, where given."""


@dataclass(frozen=True)
class EarlierFigure(_AsDict):
    """A value of a key figure's measure that a later or correcting source replaced."""

    text: str
    """The earlier figure as written ("412 million euros")."""
    value: float
    """Its normalised value."""
    date: str = ""
    """The date of the first source to give it (ISO), or "" when unknown."""
    corrected: bool = False
    """A source says it was wrong (corrected), not that the quantity changed since."""


@dataclass(frozen=True)
class Entity(_AsDict):
    """A named thing mentioned in a quote."""

    name: str
    """Name as written."""
    type: str
    """person | organisation | place | product | other."""
    role: str = ""
    """Role or title for people, where the text gives it."""


class Draft(TypedDict):
    """A candidate sentence of one source as the notes stage drafts it: JSON-able, because
    drafts are cached per source (.briefgen-cache/drafts) and made in worker processes."""

    quote: str
    start: int
    end: int
    para: int
    sent: int
    line: int
    page: int | None
    author: str
    kind: str
    """One of KINDS."""
    speaker: str
    role: str
    figures: list[dict[str, Any]]
    """Figure.as_dict() of each figure."""
    entities: list[dict[str, Any]]
    """Entity.as_dict() of each entity."""
    themes: list[str]
    directions: list[str]
    position: int
    """Index among the source's drafts."""
    words: int


@dataclass(frozen=True)
class Note(_AsDict):
    """One structured note: a verbatim, located quote plus what was learnt from it."""

    id: str
    """Stable id from source id + normalised quote."""
    kind: str
    """One of KINDS: fact | figure | quote | opinion | forecast | risk | upcoming."""
    quote: str
    """Verbatim text from the source."""
    span: Span
    """Where the quote stands."""
    text: str | None = None
    """Analyst's paraphrase; the quote stays the evidence."""
    speaker: str = ""
    """Who is quoted or reported, for quotes."""
    speaker_role: str = ""
    """The speaker's role where the text gives it."""
    figures: tuple[Figure, ...] = ()
    """Normalised figures in the quote."""
    entities: tuple[Entity, ...] = ()
    """Named entities in the quote."""
    themes: tuple[str, ...] = ()
    """Theme names from the lexicon."""
    audiences: tuple[tuple[str, float], ...] = ()
    """Relevance per audience, 0..1."""
    score: float = 0.0
    """Corpus-wide rank score, 0..1."""
    cluster: str = ""
    """Id of the cluster of notes saying the same thing across sources."""
    status: str = "auto"
    """auto | pinned (always used) | dropped (never used) | edited (analyst's)."""
    evidence: tuple[Span, ...] = ()
    """Extra quotes for analyst notes (each verified like the main quote)."""
    evidence_quotes: tuple[str, ...] = ()
    """The verbatim texts of ``evidence``, in the same order."""
    phrases: tuple[str, ...] = ()
    """The corpus's learnt key phrases that this note contains (see notes/phrases.py)."""


@dataclass(frozen=True)
class Cluster(_AsDict):
    """Notes from several sources that say the same thing."""

    id: str
    """Stable id from its member note ids."""
    notes: tuple[str, ...]
    """Member note ids, best-ranked first."""
    sources: tuple[str, ...]
    """Distinct source ids backing it."""


@dataclass(frozen=True)
class Disagreement(_AsDict):
    """Two notes from different sources that conflict on the same subject, one note whose
    sentence holds both sides ("X says ... while Y insists ..."), or two notes (one source or
    two) in which two parties take opposite stances on the same thing (*b* and *sides* set)."""

    a: str
    """Note id of one side (or of the sentence holding both)."""
    b: str
    """Note id of the other side; "" when note *a* holds both sides itself."""
    reason: str
    """Why they conflict ("opposite directions: ...", "different figures for ...")."""
    sides: tuple[str, ...] = ()
    """Who holds each side, as the sentence names them (for a one-sentence disagreement), or the
    two parties of a dispute, in the order of *a* and *b*."""


@dataclass(frozen=True)
class NoteSet(_AsDict):
    """All notes of a workspace, with cross-source links."""

    notes: tuple[Note, ...]
    """Every note, in source then position order."""
    clusters: tuple[Cluster, ...] = ()
    """Corroboration clusters with two or more sources."""
    disagreements: tuple[Disagreement, ...] = ()
    """Conflicting pairs."""
    sources: tuple[SourceDoc, ...] = ()
    """The sources the notes come from."""
    key_phrases: tuple[str, ...] = ()
    """Multi-word terms the sources keep coming back to, learnt from the corpus, best first."""


@dataclass(frozen=True)
class SectionSpec(_AsDict):
    """One section of an audience profile."""

    id: str
    """Identifier used by templates (e.g. "bottom_line")."""
    title: str
    """Heading shown to readers."""
    style: str = "bullets"
    """bullets | figures | positions | disagreements | changes | timeline | watch."""
    kinds: tuple[str, ...] = ()
    """Note kinds that feed it (empty: any)."""
    themes: tuple[str, ...] = ()
    """Themes that feed it (empty: any)."""
    max_items: int = 5
    """Most items shown."""
    min_score: float = 0.0
    """Notes scoring below this are left out."""


@dataclass(frozen=True)
class AudienceProfile(_AsDict):
    """What one audience gets: sections, budget, template."""

    name: str
    """Audience name (file stem)."""
    description: str
    """One line saying who it is for."""
    sections: tuple[SectionSpec, ...]
    """Sections in order; key points first."""
    template: str
    """Markdown template name."""
    theme_weights: tuple[tuple[str, float], ...] = ()
    """How much each theme matters to this reader (relevance)."""
    kind_weights: tuple[tuple[str, float], ...] = ()
    """How much each note kind matters to this reader."""
    max_words: int = 0
    """Length budget for quoted statements (0: no limit)."""
    max_pages: int = 0
    """Most pages the PDF may take (0: no limit); met by choosing fewer notes, never by cutting one."""
    max_citations: int = 0
    """Most sources cited for one statement (0: the default, 3); the source count still says how many back it."""


@dataclass(frozen=True)
class Citation(_AsDict):
    """One numbered evidence entry of a brief."""

    number: int
    """Marker number, in order of first appearance."""
    note_id: str
    """The note it comes from."""
    quote: str
    """The verbatim quote."""
    source_id: str
    """Source id."""
    source_title: str
    """Source title or "" when unknown."""
    publisher: str
    """Publisher or ""."""
    date: str
    """Date or ""."""
    location: str
    """Where in the source, for a reader ("para. 7, sentence 1, line 12")."""
    path: str
    """Workspace path of the source file."""
    start: int = 0
    """Where the quote starts in the source's text as read (character offset)."""
    end: int = 0
    """Where it ends."""
    figures: tuple[Figure, ...] = ()
    """The figures the quoted note states (recorded, so a later brief can tell what changed)."""
    shown: bool = False
    """True when the brief's text already prints this quote in full (an unparaphrased
    statement), so a compact template may give only its place in the evidence list."""
    source_label: str = ""
    """When `source_title` is "": the words the source opens with (`SourceRow.label`); else ""."""


@dataclass(frozen=True)
class Item(_AsDict):
    """One statement in a brief section."""

    text: str
    """The statement (a verbatim quote or the analyst's paraphrase)."""
    citations: tuple[int, ...]
    """Citation numbers backing it."""
    note_id: str
    """Note the statement comes from."""
    kind: str
    """Note kind."""
    label: str = ""
    """Qualifier shown to the reader ("Forum comment", "Opinion")."""
    support: int = 1
    """How many distinct sources back the statement."""
    speaker: str = ""
    """Speaker for quotes and positions."""
    speaker_role: str = ""
    """Speaker's role."""
    figure: Figure | None = None
    """The figure, for key-figure rows."""
    words: str = ""
    """For a key-figure row: the figure's own clause as its source words it, elided with "…"
    ("a 60 per cent chance the eruption ends by March"), or "" when none is found."""
    earlier: tuple[EarlierFigure, ...] = ()
    """For a key-figure row: the values of the same measure it replaces, oldest first."""
    counts: str = ""
    """For a key-figure row: what the figure counts (the measure's noun phrase, "job cuts"), shown
    beside a figure that does not say it ("900"); "" when the figure or its words say it."""
    other: Item | None = None
    """The opposing statement, for disagreements."""
    see: tuple[int, ...] = ()
    """For a side of a dispute whose statement the brief already printed (this note, another
    source's words for the same fact, or a restatement): the citations of that statement. The side
    is shown as a reference to it, not printed again; *citations* still give its own quotation."""
    sides: tuple[str, ...] = ()
    """Who holds each side, for a disagreement that one sentence states whole (``other`` is None);
    for a dispute between parties, the two parties (``other`` then holds the second's statement)."""
    reason: str = ""
    """Why the two sides conflict, for disagreements; for a change, what it updates or
    where an earlier statement came from."""
    change: str = ""
    """In a `changes` section: "new", "updated" or "gone" (in the earlier brief, no longer here)."""
    date: str = ""
    """In a `timeline` section: the day the event happened (ISO), from the text and its source's date;
    in a `watch` section: the event's date to the precision the text gives ("2027", "2027-03")."""
    scheduled: bool = False
    """In a `timeline` section: the event is set for `date`, on or after the newest source's date, and
    no source yet reports it happened."""
    reported: bool = False
    """In a `timeline` section: `date` is the day of the source that reports the event (its text
    names no day of its own for it: "The government said ..."), not a day the text gives."""


@dataclass(frozen=True)
class Section(_AsDict):
    """A filled section of a brief."""

    id: str
    """Section id from the profile."""
    title: str
    """Heading."""
    style: str
    """How it is laid out (one of STYLES)."""
    items: tuple[Item, ...]
    """Statements, best first."""


@dataclass(frozen=True)
class SourceRow(_AsDict):
    """One row of a brief's Sources table."""

    id: str
    """Source id."""
    title: str
    """Title, or "" when unknown."""
    publisher: str
    """Publisher, or ""."""
    date: str
    """Date, or ""."""
    kind: str
    """Kind, or ""."""
    reliability: str
    """Reliability tier."""
    notes_used: int
    """How many of its notes the brief cites."""
    path: str
    """Workspace path."""
    url: str = ""
    """Canonical URL where known."""
    duplicate_of: str = ""
    """Id of the source this one repeats, when it is a duplicate."""
    sha256: str = ""
    """SHA-256 of the source file's bytes when the brief was built."""
    updated: str = ""
    """Date the source says it was last updated (ISO), when later than `date`; else ""."""
    estimated: str = ""
    """When `date` is "": the date estimated from the source's text (ISO; `SourceMeta.estimated`),
    shown only as an estimate; else ""."""
    rated: bool = False
    """True when the analyst set `reliability` in sources.toml; else it is the tier the kind gives."""
    label: str = ""
    """When `title` is "": the words the source opens with, verbatim (`clean.opening_label`),
    which a list of sources shows, marked as no headline, instead of the file's path; else ""."""


@dataclass(frozen=True)
class BriefMeta(_AsDict):
    """The title block of a brief."""

    title: str
    """Brief title from config."""
    subject: str
    """Subject line."""
    audience: str
    """Audience name."""
    audience_description: str
    """Who the brief is for."""
    as_of: str
    """As-of date (ISO), also the document date in outputs."""
    organisation: str
    """Organisation."""
    author: str
    """Author."""
    distribution: str
    """Distribution line."""
    since: str = ""
    """First date of a period brief (ISO), or ""."""


@dataclass(frozen=True)
class Method(_AsDict):
    """What the Method note reports, as facts; the template words them (templates/brief.md.j2)."""

    cited: int
    """Quotations cited."""
    sources_cited: int
    """Sources they come from."""
    sources: int
    """Sources inside the brief's dates, duplicates counted once."""
    notes: int
    """Notes chosen from."""
    key_phrases: tuple[str, ...] = ()
    """Terms the sources keep coming back to (learnt from them), most frequent first."""
    duplicates: int = 0
    """Sources repeating another, counted once."""
    as_of: str = ""
    """The brief's as-of date (ISO)."""
    since: str = ""
    """First date of a period brief (ISO), or ""."""
    after: int = 0
    """Sources dated after as_of, left out."""
    before: int = 0
    """Sources dated before since, left out."""
    undated: int = 0
    """Sources with no known date, kept."""


@dataclass(frozen=True)
class Brief(_AsDict):
    """A composed brief, ready for templates."""

    meta: BriefMeta
    """Title block."""
    sections: tuple[Section, ...]
    """Filled sections in profile order (empty ones left out)."""
    citations: tuple[Citation, ...]
    """Evidence list in number order."""
    sources: tuple[SourceRow, ...]
    """Every source used."""
    method: Method
    """What the Method note reports."""
    template: str
    """Template name to render with."""
    left_out: tuple[str, ...] = ()
    """Workspace paths of sources outside the brief's dates (after as_of, or before since)."""
    compared_with: str = ""
    """As-of date of the earlier brief the `changes` section compares with ("" for none)."""
    stats: dict[str, int] = field(default_factory=dict, hash=False, compare=False)
    """Counts for the method note (notes, sources, clusters...)."""


@dataclass(frozen=True)
class Artifact(_AsDict):
    """A written output file."""

    path: str
    """Path written."""
    format: str
    """md | html | pdf | docx | json."""
    size: int
    """Bytes."""
