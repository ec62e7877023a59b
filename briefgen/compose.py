"""Compose: NoteSet + AudienceProfile -> Brief (sections of cited items).

Selection and ordering happen here so templates stay presentation only.
Each note is used once per brief; a statement backed by a cluster cites one
quote per supporting source; length budgets are met by choosing fewer notes,
never by cutting a sentence. Citation numbers follow first appearance.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from briefgen.changes import Earlier, covered, updates
from briefgen.errors import NotesError
from briefgen.ingest.clean import content_words
from briefgen.models import (
    AudienceProfile,
    Brief,
    BriefMeta,
    Citation,
    Item,
    Method,
    Note,
    NoteSet,
    Section,
    SectionSpec,
    SourceDoc,
    SourceRow,
)
from briefgen.notes import dates
from briefgen.notes.context import needs_antecedent
from briefgen.notes.verify import describe, locate
from briefgen.record import BriefRecord
from briefgen.window import Window, long_date, source_date
from briefgen.workspace import Config

FORUM_RELIABILITY = "forum comment"
MAX_CITES_PER_ITEM = 3


def statement(note: Note) -> str:
    """What a brief says for a note: the analyst's paraphrase, or the quote on one line."""
    return re.sub(r"\s+", " ", note.text or note.quote).strip()


def _stems(text: str) -> set[str]:
    """Content words with plural, possessive and common verb endings taken off, so
    "ramping up production" and "ramp up the production" share their words."""
    words = content_words(text) + [w.lower() for w in _MODEL.findall(text)]
    return {re.sub(r"(?:['’]s|ing|ed|es|s)$", "", word) or word for word in words}


_MODEL = re.compile(r"\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{2,}\b")
"""Names made of letters and digits ("H200", "A380", "COVID19"): distinctive, and not words."""


def _similar(a: str, b: str) -> bool:
    """The same fact in other words: most content words of the shorter statement recur."""
    wa, wb = _stems(a), _stems(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.5


MAX_PAIRED_WORDS = 70
"""Longest statement made of a sentence and the one before it that it leans on."""


def standalone(note: Note) -> bool:
    """Whether a reader can take the note's statement on its own: an analyst's paraphrase
    or a pinned note always; a quote only when it does not open on an antecedent the
    brief never shows ("This development ...", "However, ...", "The company ...")."""
    return bool(note.text) or note.status == "pinned" or not needs_antecedent(note.quote)


def in_context(note: Note, doc: SourceDoc | None) -> Note | None:
    """The note as a statement a reader can take on its own: as it is when it stands alone;
    when it leans on the sentence before it (in its paragraph, or ending the paragraph before,
    as in news written one sentence to a paragraph), both sentences quoted together
    (still one verbatim stretch of the source); None when neither works."""
    if standalone(note):
        return note
    if doc is None:
        return None
    starts = [sentence.start for sentence in doc.sentences]
    at = bisect.bisect_right(starts, note.span.start) - 1
    if at < 1:
        return None
    previous, current = doc.sentences[at - 1], doc.sentences[at]
    adjacent = previous.para == current.para or (previous.para == current.para - 1 and current.sent == 1)
    if not adjacent or needs_antecedent(doc.text[previous.start:previous.end]):
        return None
    quote = doc.text[previous.start:note.span.end]
    if len(quote.split()) > MAX_PAIRED_WORDS:
        return None
    return replace(note, quote=quote, span=replace(note.span, start=previous.start, sent=previous.sent,
                                                        line=previous.line))


def readable_notes(noteset: NoteSet) -> list[Note]:
    """The notes a brief or digest may use, each in a form that stands on its own."""
    docs = {doc.id: doc for doc in noteset.sources}
    paired = (in_context(note, docs.get(note.span.source)) for note in noteset.notes)
    return [note for note in paired if note is not None]


@dataclass
class _Composer:
    noteset: NoteSet
    profile: AudienceProfile
    docs: dict[str, SourceDoc]
    numbers: dict[str, int] = field(default_factory=dict)
    citations: list[Citation] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    used_texts: list[str] = field(default_factory=list)
    words: int = 0
    earlier: Earlier | None = None
    as_of: str = ""
    """The date the brief speaks for (ISO; "" when unknown): an event before it is no longer to watch."""

    def __post_init__(self) -> None:
        self.notes = readable_notes(self.noteset)
        self.by_id = {n.id: n for n in self.notes}
        self.cluster_members: dict[str, list[Note]] = {}
        for cluster in self.noteset.clusters:
            members = [self.by_id[i] for i in cluster.notes if i in self.by_id]
            for member in members:
                self.cluster_members[member.id] = members
        days = [day for day in (source_date(doc.meta.date) for doc in self.docs.values()) if day]
        self.latest = max(days) if days else None
        # A sentence that states a disagreement whole belongs in the disagreements section, if
        # the brief has one: other sections leave it to that section.
        spec = next((s for s in self.profile.sections if s.style == "disagreements"), None)
        whole = [d.a for d in self.noteset.disagreements if not d.b and d.a in self.by_id]
        self.reserved: set[str] = set(whole[:spec.max_items]) if spec else set()

    # -- ranking ------------------------------------------------------------
    def weight(self, note: Note) -> float:
        relevance = dict(note.audiences).get(self.profile.name, 0.5)
        support = len({m.span.source for m in self.cluster_members.get(note.id, [note])})
        pinned = 10.0 if note.status == "pinned" else 0.0
        return pinned + note.score * (0.5 + relevance) * (1.0 + 0.15 * (support - 1))

    def ranked(self) -> list[Note]:
        return sorted(self.notes, key=lambda n: (-self.weight(n), n.id))

    def date(self, note: Note) -> str:
        """The ISO date of the note's source ("" when unknown)."""
        doc = self.docs.get(note.span.source)
        day = source_date(doc.meta.date) if doc else None
        return day.isoformat() if day else ""

    def reliability(self, note: Note) -> str:
        doc = self.docs.get(note.span.source)
        return doc.meta.reliability if doc else ""

    def label(self, note: Note) -> str:
        if self.reliability(note) == FORUM_RELIABILITY:
            return "Forum comment" + (f" by {note.span.author}" if note.span.author else "")
        if note.kind == "opinion":
            return "Opinion"
        if note.text:
            return "Analyst's summary"
        return ""

    # -- citations ----------------------------------------------------------
    def cite(self, note: Note) -> int:
        if note.id not in self.numbers:
            number = len(self.citations) + 1
            self.numbers[note.id] = number
            doc = self.docs[note.span.source]
            self.citations.append(
                Citation(
                    number=number,
                    note_id=note.id,
                    quote=re.sub(r"\s+", " ", note.quote).strip(),
                    source_id=doc.id,
                    source_title=doc.meta.title,
                    publisher=doc.meta.publisher,
                    date=doc.meta.date,
                    location=describe(note.span),
                    path=doc.path,
                    start=note.span.start,
                    end=note.span.end,
                    figures=note.figures,
                )
            )
        return self.numbers[note.id]

    def cite_all(self, note: Note) -> tuple[tuple[int, ...], int]:
        members = self.cluster_members.get(note.id, [note])
        numbers = [self.cite(note)]
        sources = {note.span.source}
        for member in members:
            if member.span.source not in sources and len(numbers) < (self.profile.max_citations or MAX_CITES_PER_ITEM):
                numbers.append(self.cite(member))
                sources.add(member.span.source)
        for span, quote in zip(note.evidence, note.evidence_quotes, strict=False):
            extra = Note(id=f"{note.id}-e{len(numbers)}", kind=note.kind, quote=quote, span=span)
            numbers.append(self.cite(extra))
            sources.add(span.source)
        sources_backing = {m.span.source for m in members} | sources
        return tuple(numbers), len(sources_backing)

    def take(self, note: Note) -> Item:
        self.used.add(note.id)
        for member in self.cluster_members.get(note.id, []):
            self.used.add(member.id)
        text = statement(note)
        self.used_texts.append(text)
        self.words += len(text.split())
        numbers, support = self.cite_all(note)
        return Item(text=text, citations=numbers, note_id=note.id, kind=note.kind, label=self.label(note),
                    support=support, speaker=note.speaker, speaker_role=note.speaker_role)

    def fits(self, note: Note, *, new_words: bool = True, reserved: bool = False) -> bool:
        """Unused, not a near-repeat of a statement already in the brief (unless
        *new_words* is False: a position's news is who holds it), within the budget, and not
        kept for the disagreements section (unless *reserved*: that section asks)."""
        if note.id in self.used or note.id in self.reserved and not reserved:
            return False
        text = statement(note)
        if new_words and any(_similar(text, other) for other in self.used_texts):
            return False
        return self.room_for(len(text.split())) or note.status == "pinned"

    def room_for(self, words: int) -> bool:
        """Whether *words* more quoted words stay within the profile's budget."""
        budget = self.profile.max_words
        return not budget or self.words + words <= budget

    # -- sections -----------------------------------------------------------
    def matches(self, note: Note, spec: SectionSpec) -> bool:
        if spec.kinds and note.kind not in spec.kinds:
            return False
        if spec.themes and not set(spec.themes) & set(note.themes):
            return False
        if note.score < spec.min_score:
            return False
        # Forum comments never stand in for reported fact.
        if self.reliability(note) == FORUM_RELIABILITY and spec.kinds and "opinion" not in spec.kinds:
            return False
        return self.still_ahead(note)

    def source_day(self, note: Note) -> dt.date | None:
        doc = self.docs.get(note.span.source)
        return source_date(doc.meta.date) if doc else None

    def still_ahead(self, note: Note) -> bool:
        """Whether what the note expects is still to come: an event (upcoming) not dated before
        the brief's date, a forecast whose target no later source has passed and that no later
        source of the same claim reports as a fact. Other kinds: always."""
        if note.kind not in ("upcoming", "forecast"):
            return True
        anchor = self.source_day(note)
        if anchor is None:
            return True
        if note.kind == "upcoming":
            now = dt.date.fromisoformat(self.as_of) if self.as_of else self.latest
        else:
            now = self.latest
            for member in self.cluster_members.get(note.id, []):
                later = self.source_day(member)
                if later is not None and later > anchor and member.kind not in ("forecast", "upcoming", "risk"):
                    return False  # a later source reports it as so
        targets = dates.ahead(statement(note), anchor)
        return not targets or now is None or now <= anchor or any(when.last >= now for when in targets)

    def bullets(self, spec: SectionSpec) -> list[Item]:
        items: list[Item] = []
        for note in self.ranked():
            if len(items) >= spec.max_items:
                break
            if self.matches(note, spec) and self.fits(note):
                items.append(self.take(note))
        return items

    def figures(self, spec: SectionSpec) -> list[Item]:
        rows: list[Item] = []
        seen: set[str] = set()
        for note in self.ranked():
            if self.reliability(note) == FORUM_RELIABILITY:
                continue
            for figure in note.figures:
                key = f"{figure.value}|{figure.unit}|{figure.period}"
                if len(rows) >= spec.max_items or key in seen or not figure.unit:
                    continue
                seen.add(key)
                numbers, support = self.cite_all(note)
                rows.append(Item(text=statement(note), citations=numbers, note_id=note.id, kind=note.kind,
                                 support=support, figure=figure))
        return rows

    def positions(self, spec: SectionSpec) -> list[Item]:
        items: list[Item] = []
        quotes = [n for n in self.ranked() if n.speaker and n.id not in self.used]
        forum = [n for n in self.ranked() if self.reliability(n) == FORUM_RELIABILITY and n.id not in self.used]
        for note in quotes + forum[:2]:
            if len(items) >= spec.max_items:
                break
            if self.fits(note, new_words=False) and self.still_ahead(note):
                item = self.take(note)
                if not item.speaker:
                    item = replace(item, speaker=f"Forum commenter {note.span.author}".strip(),
                                   speaker_role="online discussion")
                items.append(item)
        return items

    def disagreements(self, spec: SectionSpec) -> list[Item]:
        items: list[Item] = []
        for pair in self.noteset.disagreements:
            if len(items) >= spec.max_items:
                break
            if not pair.b:  # one sentence holds both sides
                note = self.by_id.get(pair.a)
                if note is None or not self.fits(note, new_words=False, reserved=True):
                    continue
                held = self.take(note)
                items.append(replace(held, reason=pair.reason, sides=pair.sides))
                continue
            a, b = self.by_id.get(pair.a), self.by_id.get(pair.b)
            if a is None or b is None or a.id in self.used or b.id in self.used:
                continue  # each fact once: a side already stated elsewhere is not repeated here
            if not self.room_for(sum(len(statement(n).split()) for n in (a, b) if n.id not in self.used)):
                continue
            first, second = self.take(a), self.take(b)
            items.append(Item(text=first.text, citations=first.citations, note_id=a.id, kind=a.kind,
                              label=first.label, support=first.support, other=second, reason=pair.reason))
        return items

    def changes(self, spec: SectionSpec) -> list[Item]:
        """What changed since the earlier brief: figures a new source updates, claims a new
        source contradicts, claims no source of that brief carried (newest first), and the
        earlier brief's statements whose source is gone or was overtaken."""
        earlier = self.earlier
        if earlier is None:
            return []
        fresh = {doc.id for doc in self.docs.values()
                 if doc.path not in earlier.source_paths or earlier.source_hashes.get(doc.path) != doc.sha256}
        candidates = [n for n in self.ranked() if n.span.source in fresh
                      and self.reliability(n) != FORUM_RELIABILITY]
        items: list[Item] = []
        overtaken: set[str] = set()
        newest_first = sorted(candidates, key=lambda n: self.date(n), reverse=True)  # stable: rank within a day
        updated: set[str] = set()
        for note in newest_first:  # a figure of the same measure with a new value: the latest one
            found = [(old, new) for old, new in updates(note, earlier, _stems) if old.text not in updated]
            if not found or len(items) >= max(1, spec.max_items // 2) or not self.fits(note, new_words=False):
                continue
            old, new = found[0]
            updated.add(old.text)
            overtaken |= {c.note_id for f, c in earlier.figures if f == old}
            items.append(replace(self.take(note), change="updated", label=f"was {old.text}, now {new.text}"))
        for pair in self.noteset.disagreements:  # a later source contradicts the earlier brief
            for old_id, new_id in ((pair.a, pair.b), (pair.b, pair.a)) if pair.b else ():
                old_note, new_note = self.by_id.get(old_id), self.by_id.get(new_id)
                if (old_note is None or new_note is None or new_note.span.source not in fresh
                        or old_note.span.source in fresh or old_note.id not in earlier.note_ids
                        or len(items) >= spec.max_items or not self.fits(new_note, new_words=False)):
                    continue
                overtaken.add(old_note.id)
                items.append(replace(self.take(new_note), change="updated",
                                     reason=f"contradicts the earlier brief ({pair.reason})"))
        new_items: list[tuple[str, Item]] = []
        for note in candidates:  # claims the earlier brief did not make
            if len(items) + len(new_items) >= spec.max_items:
                break
            members = {m.id for m in self.cluster_members.get(note.id, [])}
            if note.kind == "opinion" or not self.fits(note):
                continue
            if covered(note, statement(note), members, earlier, _similar):
                continue
            new_items.append((self.date(note), replace(self.take(note), change="new")))
        items = [item for _, item in sorted(new_items, key=lambda pair: pair[0], reverse=True)] + items
        current = {doc.path for doc in self.docs.values()}
        gone: list[Item] = []
        for old_item in earlier.items:  # what the earlier brief said that no longer stands
            citation = earlier.citation(old_item.citations[0]) if old_item.citations else None
            if citation is None or len(gone) >= max(2, spec.max_items // 2) or old_item.text in {
                    g.text for g in gone}:
                continue
            if citation.path not in current:
                why = "its source is no longer in the brief's sources"
            elif old_item.note_id in overtaken:
                why = "a later source overtook it"
            else:
                continue
            where = f"{citation.source_title or citation.path}, {citation.date or 'date unknown'}"
            gone.append(Item(text=old_item.text, citations=(), note_id=old_item.note_id, kind=old_item.kind,
                             change="gone", reason=f"{where}; {why}"))
        return items + gone

    def timeline(self, spec: SectionSpec) -> list[Item]:
        """Dated events, in the order they happened: the best-ranked notes that report something
        on a day their text names (normalised against the source's date, on or before it),
        each once, sorted by that day (then by source date and place in the source)."""
        entries: list[tuple[str, str, int, Item]] = []
        for note in self.ranked():
            if len(entries) >= spec.max_items:
                break
            if (self.reliability(note) == FORUM_RELIABILITY or note.kind in ("opinion", "forecast", "upcoming")
                    or not self.matches(note, spec)):
                continue
            anchor = self.source_day(note)
            day = dates.event_day(statement(note), anchor) if anchor else None
            if day is None or not self.fits(note):
                continue
            entries.append((day.isoformat(), self.date(note), note.span.start,
                            replace(self.take(note), date=day.isoformat())))
        return [item for *_, item in sorted(entries, key=lambda entry: entry[:3])]

    def section(self, spec: SectionSpec) -> Section | None:
        builder = {"bullets": self.bullets, "figures": self.figures, "positions": self.positions,
                   "disagreements": self.disagreements, "changes": self.changes, "timeline": self.timeline}[spec.style]
        items = builder(spec)
        title = spec.title
        if spec.style == "changes" and self.earlier is not None:
            title = title.replace("{since}", long_date(self.earlier.record.as_of))
        return Section(id=spec.id, title=title, style=spec.style, items=tuple(items)) if items else None


def compose(config: Config, noteset: NoteSet, profile: AudienceProfile, *, previous: BriefRecord | None = None,
            window: Window | None = None) -> Brief:
    """Fill the audience's sections from the notes and number the citations.

    *previous* is the record of the earlier brief a `changes` section compares with (none:
    the section is left out); *window* says which sources the as-of dates left out (the
    notes given are already those inside them)."""
    docs = {doc.id: doc for doc in noteset.sources}
    composer = _Composer(noteset=noteset, profile=profile, docs=docs,
                         earlier=Earlier.of(previous) if previous is not None else None, as_of=config.as_of)
    # What changed is chosen first, so no other section repeats it; sections keep profile order.
    built = {spec.id: composer.section(spec) for spec in sorted(profile.sections, key=lambda s: s.style != "changes")}
    sections = [section for section in (built[spec.id] for spec in profile.sections) if section is not None]
    sections = _renumber(sections, composer)
    # Quotes the text prints in full (statements that are not paraphrases, outside tables).
    printed = {item.note_id for section in sections if section.style != "figures"
               for item in (*section.items, *(i.other for i in section.items if i.other is not None))}
    quoted = {n.id for n in noteset.notes if n.id in printed and not n.text}
    composer.citations = [replace(c, shown=c.note_id in quoted) for c in composer.citations]
    for citation in composer.citations:  # the promise: every quote printed stands in its source
        if locate(docs[citation.source_id], citation.quote) is None:
            raise NotesError(f"citation [{citation.number}] is not verbatim in its source; run `briefgen check`",
                             path=citation.path)
    used_by_source: dict[str, int] = {}
    for citation in composer.citations:
        used_by_source[citation.source_id] = used_by_source.get(citation.source_id, 0) + 1
    rows = tuple(
        SourceRow(id=doc.id, title=doc.meta.title, publisher=doc.meta.publisher, date=doc.meta.date,
                  kind=doc.meta.kind, reliability=doc.meta.reliability, notes_used=used_by_source.get(doc.id, 0),
                  path=doc.path, url=doc.meta.url, duplicate_of=doc.duplicate_of, sha256=doc.sha256)
        for doc in noteset.sources
    )
    corroborated = sum(1 for s in sections for i in s.items if i.support > 1)
    stats = {
        "notes": len(noteset.notes),
        "sources": sum(1 for doc in noteset.sources if not doc.duplicate_of),
        "duplicates": sum(1 for doc in noteset.sources if doc.duplicate_of),
        "cited": len(composer.citations),
        "sources_cited": len(used_by_source),
        "clusters": len(noteset.clusters),
        "disagreements": len(noteset.disagreements),
        "corroborated": corroborated,
        "words": composer.words,
    }
    method = Method(
        cited=stats["cited"], sources_cited=stats["sources_cited"], sources=stats["sources"], notes=stats["notes"],
        key_phrases=tuple(noteset.key_phrases[:8]), duplicates=stats["duplicates"],
        as_of=config.as_of, since=config.since,
        after=len(window.after) if window else 0, before=len(window.before) if window else 0,
        undated=len(window.undated) if window else 0,
    )
    meta = BriefMeta(
        title=config.title, subject=config.subject, audience=profile.name,
        audience_description=profile.description, as_of=config.as_of, organisation=config.organisation,
        author=config.author, distribution=config.distribution, since=config.since,
    )
    left_out = (window.after + window.before) if window is not None else ()
    return Brief(meta=meta, sections=tuple(sections), citations=tuple(composer.citations), sources=rows,
                 method=method, template=profile.template, left_out=left_out,
                 compared_with=previous.as_of if previous is not None and any(
                     s.style == "changes" for s in sections) else "", stats=stats)


def _renumber(sections: list[Section], composer: _Composer) -> list[Section]:
    """Citation numbers in order of first appearance in the brief as printed (sections are
    not composed in printed order: what changed is chosen first)."""
    order: dict[int, int] = {}

    def visit(item: Item) -> None:
        for number in item.citations:
            order.setdefault(number, len(order) + 1)
        if item.other is not None:
            visit(item.other)

    for section in sections:
        for item in section.items:
            visit(item)
    for citation in composer.citations:
        order.setdefault(citation.number, len(order) + 1)

    def renumbered(item: Item) -> Item:
        other = renumbered(item.other) if item.other is not None else None
        return replace(item, citations=tuple(order[n] for n in item.citations), other=other)

    composer.citations = sorted((replace(c, number=order[c.number]) for c in composer.citations),
                                key=lambda c: c.number)
    composer.numbers = {note_id: order[number] for note_id, number in composer.numbers.items()}
    return [replace(section, items=tuple(renumbered(i) for i in section.items)) for section in sections]


SUPPORT_BONUS = 0.1
"""Added to a note's score in the digest per further source backing its claim."""


def digest(noteset: NoteSet, words: int, *, marker_words: int = 0) -> tuple[list[tuple[str, Note]], int]:
    """Top-ranked, non-redundant notes in rank order, up to *words* words (never a cut sentence).
    *marker_words* is added to each statement's length (a citation marker printed after it)."""
    members: dict[str, set[str]] = {}
    for cluster in noteset.clusters:
        for note_id in cluster.notes:
            members[note_id] = set(cluster.notes)
    # A claim several sources report is more likely to belong in a summary: each further
    # source adds to the note's rank score (up to three).
    support = {note_id: len(cluster.sources) for cluster in noteset.clusters for note_id in cluster.notes}
    ranked = sorted(readable_notes(noteset), key=lambda n: (n.status != "pinned",
                                                  -(n.score + SUPPORT_BONUS * min(3, support.get(n.id, 1) - 1)), n.id))
    chosen: list[tuple[str, Note]] = []
    skipped: set[str] = set()
    total = 0
    for note in ranked:
        if note.id in skipped:
            continue
        text = statement(note)
        length = len(text.split()) + marker_words
        extends = next((i for i, (_, c) in enumerate(chosen) if c.span.source == note.span.source
                        and c.span.start == note.span.start and c.span.end < note.span.end), None)
        if extends is not None:  # the sentence it leans on is in already: say both together
            extra = length - marker_words - len(chosen[extends][0].split())
            if total + extra <= words:
                chosen[extends] = (text, note)
                skipped |= members.get(note.id, set())
                total += extra
            continue
        if total + length > words:
            continue
        if any(_similar(text, other) for other, _ in chosen):
            continue
        chosen.append((text, note))
        skipped |= members.get(note.id, set())
        total += length
    return chosen, total

