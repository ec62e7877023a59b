"""Statements a later source has overtaken: an event one expects that a later source reports as
done (`expected_events`), or as called off or moved (`changed_events`, see the comment before it).

"The mayor said she would ask the council to hold an emergency vote on Wednesday" is no longer
the story's state once a later source says "the council has voted 31 to 9": a brief that still
prints the schedule (as a position, a catalyst or an outlook) tells the reader something that is
over. `expected_events` finds such pairs once, for compose to leave the schedule out (the outcome
is a statement of its own, chosen on its merits).

A later report overtakes an expected event only when all of these hold (conservative: a brief
that keeps a stale schedule is wrong once; one that drops a live one loses the story's next step):

- the earlier statement names an event still to come from its own source's date
  (`sections.expected_event`, which sees every event `sections.catalyst` shows in a section), and
  every day it names is past by the later source's date, or named again by a source dated after
  its own (the later source keeps that part of the story);
- the later source is dated, after the earlier one's date (an undated one is never later than
  anything; an undated schedule may be overtaken by a dated report of its outcome);
- a clause of the later statement tells the event as done: it shares the event word's stem
  ("vote" / "voted", "decide" / "decided"), or names it as held ("a ballot held on Thursday"), and
  sets nothing to come; or it reads out the event's outcome ("the positive results mean the
  notice will stay": the event word before a verb of showing, nothing to come before it);
- the two share at least `SHARED_WORDS` content words besides the event word and calendar words
  (the same actor and matter: "city council", "repair").

General English only: tense, event words, calendar words; no subject's words.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple, TypeVar, cast

from briefgen import sections as holds
from briefgen.models import Figure, Note, SourceDoc
from briefgen.notes import corroborate, dates, features
from briefgen.notes.figures import (
    earlier_values,
    find_figures,
    given_earlier,
    holder,
    measure_stems,
    near,
    past_form,
    unit_class,
    unit_head,
    word_stems,
)
from briefgen.window import placed_day, written_day
from briefgen.words import ENDING, IRREGULAR_BASE, PARTICLES, RESUMING, STATE_FAMILY, content_words, stem

SHARED_WORDS = 2
"""Content words besides the event word that the schedule and its outcome must share."""

# What sets a clause in the future or leaves it open ("will vote", "is expected to rule", "could").
_AHEAD = re.compile(r"\b(?:will|would|shall|won['’]t|to be|is to|are to|expect\w*|due|scheduled|set to|plans?|"
                    r"planned|intends?|could|(?-i:may)|might|going to|later|next|until|pending|whether)\b", re.IGNORECASE)
# ("may" in lower case only: "in May" is a month, no modal)
# What tells a clause in the past: a perfect, a past auxiliary, a regular or common irregular past.
_PAST_WORD = re.compile(r"\w+ed|held|met|took|began|found|gave|won|lost|came|went|made|chose|ran|rose|fell|struck|"
                        r"sent|told|rejected|approved", re.IGNORECASE)
# An event told as having taken place, whatever its noun ("a ballot held on Thursday", "the hearing went ahead").
_HAPPENED = re.compile(r"\b(?:held|took place|went ahead|happened|concluded)\b", re.IGNORECASE)
# An event's outcome read out in the present or the past ("the results mean", "the inquest found").
_READ_OUT = re.compile(r"\b([A-Za-z]+)\s+(?:mean|means|meant|show|shows|showed|shown|confirm|confirms|confirmed|"
                       r"reveal(?:s|ed)?|indicate[sd]?|found|find|finds)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:and|but|while|whereas|which|who|after|before|as|so)\b")
_CALENDAR = {stem(w) for w in (*dates.MONTHS, *dates.WEEKDAYS, "morning", "afternoon", "evening", "night",
                               "today", "tomorrow", "yesterday", "week", "month", "year", "day")}
_REPORTING = {stem(w) for w in ("said", "says", "told", "added", "according", "announced", "statement")}


@dataclass(frozen=True)
class Superseded:
    """One statement a later source overtook, and the statement that did."""

    note: str
    """Id of the statement that is no longer the story's state."""
    by: str
    """Id of the later source's statement that tells what became of it (a note's id, or
    "<source id>#<sentence number>" for a sentence of a report no note quotes)."""
    reason: Literal["event", "called off", "moved", "recovered", "view", "withdrew", "ended", "disclosed"]
    """event: it expects an event the later statement reports as done; called off: an event the
    later statement reports suspended, cancelled or called off; moved: an event or a target the
    later statement reports put off, brought forward or now expected on another day; recovered:
    a fall of a measure the later statement reports recovered to a new level; view: a view whose
    holder a later report quotes again on its matter; withdrew: a statement naming a party as one
    of a group (lenders, bidders, donors) the later statement reports that party has left; ended: a
    state (a halt, a blockade, a ban) held as continuing that the later statement reports ended;
    disclosed: a value told as not given ("declined to give its size") that the later statement gives."""


_Reading = TypeVar("_Reading")


Offer = tuple[int, int, int, str, str]
"""A statement a brief composed with no budget can give up: (its value to a reader, minus its place in
its section, minus its words, its section, its note id or "" when the section's cap gives it up)."""


class FreeFill(NamedTuple):
    """What compose learned of a brief composed with no budget, kept for the build's later page-fitting
    tries: the config and notes it was composed from (reused only for these same objects), its words,
    its offers least value first, and each section's statements."""

    config: object
    noteset: object
    words: int
    offers: list[Offer]
    start: dict[str, int]


class SourceReadings:
    """What the sentences of one build's sources tell, read once for the whole build: every brief of the
    build (each audience, each of its passes) judges its own notes against the same sources, and what a
    sentence tells depends on its words and its source's date only. Made by `pipeline.composer_for` and
    handed to each `compose`; a `DatedSources` made without one reads for itself."""

    def __init__(self, docs: Iterable[SourceDoc]) -> None:
        self.docs = {doc.id: doc for doc in docs}
        """The sources read (a `DatedSources` on other sources reads them itself)."""
        self._sentences: dict[str, list[tuple[int, int, _Told]]] = {}
        self._texts: dict[str, list[str]] = {}
        self.story_names: dict[str, frozenset[str]] = {}
        """Per story (a brief's title and subject), its names in these sources (compose's `story_names`)."""
        self._attributed: dict[str, list[tuple[str, str, dt.date, str, list[str]]]] = {}
        self._named: dict[str, set[dt.date]] = {}
        self._read: dict[tuple[Callable[..., object], str, dt.date | None], object] = {}
        self._hits: dict[tuple[Callable[..., object], str], list[tuple[int, int, _Told, object]]] = {}
        self.free_fills: dict[tuple[object, ...], FreeFill] = {}
        """compose's brief with no budget, per what it is composed from: what it gives up (`compose._fill`)."""

    def serves(self, docs: Mapping[str, SourceDoc]) -> bool:
        """Whether these readings are of *docs* (the same source objects)."""
        return len(docs) == len(self.docs) and all(self.docs.get(key) is doc for key, doc in docs.items())

    def sentences(self, doc: SourceDoc, day: dt.date) -> list[tuple[int, int, _Told]]:
        """Each sentence of *doc* (dated *day*) as a later report's statement, with where it starts and ends."""
        if doc.id not in self._sentences:
            self._sentences[doc.id] = [(sentence.start, sentence.end,
                                        _Told(doc.id, f"{doc.id}#{number}", day, doc.text[sentence.start:sentence.end]))
                                       for number, sentence in enumerate(doc.sentences, 1)]
        return self._sentences[doc.id]

    def texts(self, doc: SourceDoc) -> list[str]:
        """*doc*'s sentences, each with its spaces as one."""
        if doc.id not in self._texts:
            self._texts[doc.id] = [" ".join(doc.text[x.start:x.end].split()) for x in doc.sentences]
        return self._texts[doc.id]

    @functools.cached_property
    def lower_words(self) -> frozenset[str]:
        """Every word the sources write in lower case: a capitalised word among them is no name."""
        return frozenset(w for doc in self.docs.values() for said in self.texts(doc)
                         for w in re.findall(r"\b[a-z][\w’'-]*", said))

    def attributed(self, doc: SourceDoc, day: dt.date) -> list[tuple[str, str, dt.date, str, list[str]]]:
        """Each sentence of *doc* (dated *day*) as `_later_sentences` gives it: its source, id, day,
        text (its spaces as one) and holders."""
        if doc.id not in self._attributed:
            found = []
            last: list[str] = []
            para = None
            for number, (sentence, text) in enumerate(zip(doc.sentences, self.texts(doc), strict=True), 1):
                if sentence.para != para:
                    para, last = sentence.para, []
                own = _holders(text)
                who = own or (last if _OPENS_QUOTE.match(text) else [])
                last = own or last
                found.append((doc.id, f"{doc.id}#{number}", day, text, who))
            self._attributed[doc.id] = found
        return self._attributed[doc.id]

    def days_named(self, doc: SourceDoc, written: dt.date) -> set[dt.date]:
        """The days the sentences of *doc* (dated *written*) name."""
        if doc.id not in self._named:
            self._named[doc.id] = {day for s in doc.sentences for day in _named_days(doc.text[s.start:s.end], written)}
        return self._named[doc.id]

    def read(self, reading: Callable[[str], _Reading], text: str) -> _Reading:
        """*reading* of *text*, worked out once per build."""
        key = (reading, text, None)
        if key not in self._read:
            self._read[key] = reading(text)
        return cast(_Reading, self._read[key])

    def read_dated(self, reading: Callable[[str, dt.date], _Reading], told: _Told) -> _Reading:
        """*reading* of the later statement *told* as of its day, worked out once per build."""
        key = (reading, told.text, told.day)
        if key not in self._read:
            self._read[key] = reading(told.text, told.day)
        return cast(_Reading, self._read[key])

    def hits(self, reading: Callable[[str, dt.date], _Reading], doc: SourceDoc,
             day: dt.date) -> list[tuple[int, int, _Told, _Reading]]:
        """The sentences of *doc* (dated *day*) whose *reading* finds something, each with where it starts
        and ends and what it found, in source order: worked out once per build, so a judgement goes through
        the few sentences that tell what it looks for, not every sentence of every report."""
        if (reading, doc.id) not in self._hits:
            self._hits[reading, doc.id] = [(start, end, told, found) for start, end, told in self.sentences(doc, day)
                                           if (found := self.read_dated(reading, told))]
        return cast(list[tuple[int, int, _Told, _Reading]], self._hits[reading, doc.id])


class DatedSources:
    """What the judgements need to know of the sources, worked out once and shared by every
    judgement on one set of notes: each note's source date, the days each dated source's sentences
    name, and the sentences of dated reports no note quotes (these two worked out when asked).
    *readings*: what the sources' sentences tell, shared by every set of notes of a build."""

    def __init__(self, notes: Sequence[Note], docs: dict[str, SourceDoc], readings: SourceReadings | None = None) -> None:
        self.day_of: dict[str, dt.date | None] = {}
        self.placed: dict[str, dt.date | None] = {}
        """Each note's source date, or the date estimated from its text (`window.placed_day`)."""
        for note in notes:
            doc = docs.get(note.span.source)
            self.day_of[note.id] = written_day(doc.meta) if doc is not None else None
            self.placed[note.id] = placed_day(doc.meta) if doc is not None else None
        self.readings = readings if readings is not None and readings.serves(docs) else SourceReadings(docs.values())
        self._unquoted: list[_Told] | None = None
        self._reports: list[tuple[SourceDoc, dt.date, _Overlaps | None]] | None = None
        self._later: dict[tuple[Callable[[Note], str], Callable[[Note], bool]], list[_Told]] = {}

    def later(self, notes: Sequence[Note], docs: dict[str, SourceDoc], *,
              text_of: Callable[[Note], str], reports: Callable[[Note], bool]) -> list[_Told]:
        """`later_reports`, in date order, worked out once for each *text_of* and *reports* (the
        judgements of `overtaken_events` all pass the same)."""
        if (text_of, reports) not in self._later:
            self._later[text_of, reports] = sorted(later_reports(notes, docs, self, text_of=text_of, reports=reports),
                                                   key=lambda t: (t.day, t.id))
        return self._later[text_of, reports]

    def unquoted(self, notes: Sequence[Note], docs: dict[str, SourceDoc]) -> list[_Told]:
        """Each sentence of a dated report (no opinion, analysis or forum) that no note of *notes* quotes,
        in source order: the part of `later_reports` that reads every sentence, worked out once."""
        if self._unquoted is None:
            self._unquoted = [told for doc, day, overlaps in self.reports(notes, docs)
                              for start, end, told in self.readings.sentences(doc, day)
                              if overlaps is None or not overlaps.any(start, end)]
        return self._unquoted

    def reports(self, notes: Sequence[Note], docs: dict[str, SourceDoc]) -> list[tuple[SourceDoc, dt.date, _Overlaps | None]]:
        """The dated reports (no opinion, analysis or forum) whose sentences `unquoted` reads, in source
        order, each with its date and the spans its notes quote (None: no note quotes it)."""
        if self._reports is None:
            quoted: dict[str, list[tuple[int, int]]] = {}
            for note in notes:
                quoted.setdefault(note.span.source, []).append((note.span.start, note.span.end))
            firsts = earliest_days(notes, lambda n: self.day_of[n.id])
            self._reports = []
            for doc in docs.values():
                day = written_day(doc.meta)
                if day is None or doc.meta.kind in _COMMENTING or doc.duplicate_of or not may_overtake(doc.id, day, firsts):
                    continue
                self._reports.append((doc, day, _Overlaps(quoted[doc.id]) if doc.id in quoted else None))
        return self._reports

    def telling(self, notes: Sequence[Note], docs: dict[str, SourceDoc], reading: Callable[[str, dt.date], _Reading], *,
                text_of: Callable[[Note], str], reports: Callable[[Note], bool]) -> list[tuple[_Told, _Reading]]:
        """The statements of `later` (in its order) whose *reading* (of a statement's text and day) finds
        something, each with what it found: the sentences no note quotes from `SourceReadings.hits`."""
        found = [(told, seen) for told in later_reports(notes, docs, self, text_of=text_of, reports=reports, quoted_only=True)
                 if (seen := self.readings.read_dated(reading, told))]
        found += [(told, seen) for doc, day, overlaps in self.reports(notes, docs)
                  for start, end, told, seen in self.readings.hits(reading, doc, day)
                  if overlaps is None or not overlaps.any(start, end)]
        return sorted(found, key=lambda pair: (pair[0].day, pair[0].id))

    def days_named(self, doc: SourceDoc, written: dt.date) -> set[dt.date]:
        """The days the sentences of *doc* (dated *written*) name."""
        return self.readings.days_named(doc, written)


class _Overlaps:
    """Spans (start, end) of one text, to ask whether a sentence meets one of them in time logarithmic in
    their number (a source's notes against its every sentence): one of the two starts inside the other (an
    empty span or sentence is taken as one character long)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted((start, max(end, start + 1)) for start, end in spans)
        self.starts = [start for start, _end in ordered]
        self.reach: list[int] = []
        """The furthest end of the spans up to each, in order of start."""
        for _start, end in ordered:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def any(self, start: int, end: int) -> bool:
        """Whether the sentence [*start*, *end*) meets one of the spans."""
        before = bisect.bisect_left(self.starts, max(end, start + 1))  # the spans that start before it ends
        return before > 0 and self.reach[before - 1] > start


_WEEKDAY_ONLY = re.compile(r"(?:" + "|".join(dates.WEEKDAYS) + r")(?:['’]s)?", re.IGNORECASE)


def _named_days(text: str, written: dt.date) -> set[dt.date]:
    """The days *text* (written on *written*) names. A bare weekday in a sentence that tells an
    event called off or moved ("has postponed Saturday's launch", written on a Thursday) names
    what was planned: the coming one as well as the one just past (`dates` reads it as past)."""
    days: set[dt.date] = set()
    change = _CHANGE.search(text) is not None
    for when in dates.mentions(text, written):
        days.add(when.first)
        if change and when.precision == "day" and when.first < written \
                and _WEEKDAY_ONLY.fullmatch(text[when.start:when.end].strip()):
            days.add(when.first + dt.timedelta(days=7))
    return days


def event_stems(text: str) -> set[str]:
    """Stems of the event words of *text* (`features._EVENT`, `sections._MORE_EVENTS`)."""
    stated = features._as_stated(text)
    found = {m.group(0) for pattern in (features._EVENT, holds._MORE_EVENTS) for m in pattern.finditer(stated)}
    return {stem(word.split()[0].lower()) for word in found}


def _words(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)} - _CALENDAR - _REPORTING


def _done(text: str, events: set[str]) -> set[str]:
    """The event stems of *events* that a clause of *text* tells as done: the event word itself
    in the past ("voted", "has decided"; not "to win approval"), nothing to come in the clause."""
    done: set[str] = set()
    for clause in _CLAUSE.split(text):
        if not clause:
            continue
        # "The positive results mean the notice will stay": an outcome read out is an event done,
        # whatever the clause goes on to expect of it.
        done |= {stem(m.group(1)) for m in _READ_OUT.finditer(clause)
                 if not _AHEAD.search(clause, 0, m.start())} & events
        if _AHEAD.search(clause):
            continue
        words = content_words(clause)
        happened = _HAPPENED.search(clause) is not None  # "a ballot held on Thursday": each event noun
        done |= {stem(w) for w in words if happened or _PAST_WORD.fullmatch(w)} & events
    return done


def _days(text: str, anchor: dt.date | None, now: dt.date) -> list[dt.date]:
    """The days *text* names that are after its source's date (*anchor*; for an undated source,
    the calendar dates it names, read as of *now*)."""
    if anchor is None:
        return [w.first for w in holds.calendar_dates(text, now)]
    return [w.first for w in dates.ahead(text, anchor)]


# A promise to put out a document ("would publish an updated liquidity statement by Friday", "has
# promised a full noise assessment") is kept once a later source tells that document out: its head
# noun after a past verb of putting out ("the list, published on 13 October", "released its
# assessment"), or as what someone said in ("In its noise assessment on 21 October, the authority
# said", "In the same statement the developer said"). The head noun is the last word of the object
# before its date or complement; the later source must share one of the object's other words or
# of the promiser's names, so another body's statement does not keep the promise.
_ISSUE = r"(?:publish|releas|issu|unveil|present|submit|deliver|put\s+out|promis)"
_PROMISED_DOC = re.compile(r"\b" + _ISSUE + r"\w*\s+((?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?)"
                           r"([a-z][\w-]*)\b(?=\s*(?:$|[,.;]|\s(?:by|before|on|within|in|next|this|to|when|for|of|"
                           r"after|no\s+later|later|soon|shortly)\b))", re.IGNORECASE)
_DOC_OUT = r"\b(?:published|released|issued|unveiled|presented|submitted|delivered|put\s+out)\b"
_DOC_IN = re.compile(r"\bin\s+(?:its|their|his|her|the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_DOC_SAID = re.compile(r"[^.;]{0,120}?\b(?:said|says|showed|shows|found|finds|confirmed|confirms|reported|disclosed|"
                       r"revealed|told)\b", re.IGNORECASE)
_DOC_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*")


def _promised_document(text: str) -> tuple[str, set[str]] | None:
    """The document a plan promises to put out: its head noun's stem and the stems of its other
    words and of the names before the promise (`_PROMISED_DOC`)."""
    match = _PROMISED_DOC.search(text)
    if match is None or not _AHEAD.search(text, 0, match.end()) and not re.search(r"promis", match.group(0), re.I):
        return None
    head = match.group(2).lower()
    if head in content_words(head) and stem(head) not in _CALENDAR:
        names = " ".join(_DOC_NAME.findall(text[:match.start()]))
        kin = {stem(w) for w in content_words(match.group(1) + " " + names)}
        return stem(head), kin - _CALENDAR - _REPORTING - {stem(head)}
    return None


def _document_out(told: str, head: str) -> bool:
    """Whether *told* tells a document with head noun stem *head* as out (`_DOC_OUT`, `_DOC_SAID`),
    with nothing ahead before it."""
    for sentence in _SENTENCE.split(told):
        for match in re.finditer(r"[A-Za-z][\w'’-]*", sentence):
            if stem(match.group(0).lower()) != head:
                continue
            before = sentence[:match.start()]
            if _DOC_IN.search(before) and _DOC_SAID.match(sentence[match.end():]) \
                    and not _AHEAD.search(sentence, 0, match.end()):
                return True
            near = sentence[max(0, match.start() - 60):match.end() + 40]
            out = re.search(_DOC_OUT, near, re.IGNORECASE)
            if out and not _AHEAD.search(near) and not re.search(r"\b(?:been|be|not|never)\s+$", near[:out.start()], re.I):
                return True
    return False


def expected_events(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                    text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                    known: DatedSources | None = None) -> list[Superseded]:
    """Statements of *notes* that expect an event a later dated source reports as done (see the
    module's docstring), each with the first such report (*reports*: may the note stand as
    reported fact). *text_of* gives what a note says (its quote, not a paraphrase). Pinned
    notes are never overtaken. *known*: the sources' dates, shared with `changed_events`."""
    known = known or DatedSources(notes, docs)
    day_of = known.day_of
    dated = [(day, doc) for doc in docs.values() if (day := written_day(doc.meta)) is not None]

    def named_after(day: dt.date, anchor: dt.date | None) -> bool:
        """Whether a source dated after *anchor* (any dated source, for an undated one) names *day*."""
        return any(day in known.days_named(doc, written) for written, doc in dated
                   if anchor is None or written > anchor)

    outcomes = [n for n in notes if day_of[n.id] is not None and n.kind not in ("forecast", "risk") and reports(n)]
    found: list[Superseded] = []
    for note in notes:
        if note.status == "pinned":
            continue
        text = text_of(note)
        anchor = day_of[note.id]
        document = _promised_document(text)
        if holds.expected_event(text, note.kind, anchor, None) is None and (
                document is None or anchor is None or not dates.ahead(text, anchor)):
            continue  # not a plan; but "has promised an updated statement by Friday" is one
        events = event_stems(text)
        if (not events and document is None) or _pending(text):
            continue  # a decision still to be made is over only once its decider decides on its matter (`decided_events`)
        words = _words(text) - events
        for other in sorted(outcomes, key=lambda n: (day_of[n.id], n.id)):
            later = day_of[other.id]
            if other.span.source == note.span.source or later is None or (anchor is not None and later <= anchor):
                continue
            told = text_of(other)
            done = _done(told, events)
            if not done or len(words & (_words(told) - events)) < SHARED_WORDS:
                if document is None or not _document_out(told, document[0]) or \
                        not document[1] & _words(docs[other.span.source].text if other.span.source in docs else told):
                    continue
            # Every day it names is past by the report, or a source later than it names that day
            # again (the later source carries the rest of the plan).
            if all(day <= later or named_after(day, anchor) for day in _days(text, anchor, later)):
                found.append(Superseded(note=note.id, by=other.id, reason="event"))
                break
    return found


# -- figures a later source updates ------------------------------------------------------------

# What tells a value as the latest state of a quantity that moves: "now", "rose to", "climbed to",
# "reached", "revised", "increased its offer to", "stands at".
_UPDATE_CUE = re.compile(r"\b(?:now|rose|risen|rising|climbed|climbing|reach(?:ed|es|ing)?|jumped|grew|grown|"
                         r"increased|fell|fallen|falling|dropped|declined|decreased|raised|lowered|cut|revised|"
                         r"updated|corrected|latest|stands? at|stood at|total(?:led|s)? of)\b", re.IGNORECASE)
_STATE_CUE = re.compile(r"\b(?:remain(?:s|ed|ing)?|still|closed|ended|finished|settled)\b", re.IGNORECASE)
"""A value told as the state things are left in ("six people remain missing", "closed at 212p")."""


def tells_state(sentence: str) -> bool:
    """Whether *sentence* tells a value as a change or the state reached (`_UPDATE_CUE`, "remain",
    "closed at"): a report that updates a count, not a count of another thing ("the strongest
    of them a magnitude 5.4 tremor")."""
    return bool(_UPDATE_CUE.search(sentence) or _STATE_CUE.search(sentence))


MIN_SHARED_WORDS = 2
"""Content words besides the unit that a statement and the sentence calling its value earlier share,
when the unit is no counted noun ("9%", "$4 million")."""


_CHANGE_STEMS = (r"(?:widen|extend|extens|expand|enlarg|broaden|lengthen|narrow|shrink|shrank|shrunk|shorten|tighten|"
                 r"reduc|decreas|cut|trim|lower|increas|rais|lift|mov|push|pull|chang|revis|amend|reset|"
                 r"scal(?:ed|es|ing)\s+(?:back|down|up))")
"""Stems of the verbs (and nouns: "the extension of") that change a size or a level, one list for every
rule that reads a changed level."""
_CHANGE_VERB = re.compile(r"\b" + _CHANGE_STEMS + r"\w*", re.IGNORECASE)
"""A verb that changes a size or a level ("widened the zone to 7 km", "the extension of the ban to 12 months")."""
_NUMBER_WORD = re.compile(r"^[\d.,-]+$")


def resized(sentence: str, figure: Figure, measure: Figure) -> bool:
    """Whether *sentence* changes the thing *measure* sizes and gives *figure* as its new size: a change
    verb (`_CHANGE_VERB`: "widened", "the extension of"), then the thing's own nouns (the words of
    *measure*'s text besides its value and unit: "exclusion zone" of "5 km exclusion zone"), then "to"
    *figure*, in *measure*'s unit of size ("7 km" for "5 km exclusion zone"). The verb that made the
    first value ("declared") need not be said again; a noun named after the value is another thing
    ("extended the curfew ... and widened the cordon to 300 metres" sizes the cordon only)."""
    if not figure.unit or unit_class(figure) != "count":
        return False
    said = [w for w in measure.text.split()[1:] if not _NUMBER_WORD.match(w)]
    if not said or stem(said[0].lower()) != stem(figure.unit.lower()) and figure.unit != measure.unit:
        return False  # "5 km exclusion zone" is sized in km; "7 people" sizes no zone
    nouns = word_stems(" ".join(said)) - word_stems(figure.unit)
    at = sentence.find(figure.text)
    if not nouns or at < 0 or not re.search(r"\bto\s+(?:about\s+|around\s+|some\s+)?$", sentence[:at]):
        return False
    before = sentence[:at]
    verb = _CHANGE_VERB.search(before)
    if verb is None or not nouns <= word_stems(before[verb.end():]):
        return False
    earlier = earlier_values(sentence)
    return not any(near(figure, e) for e in earlier)


def tells_update(sentence: str, figure: Figure, measure: Figure) -> bool:
    """Whether *sentence* gives *figure* (a value with no measure of its own, as written in the
    sentence) as the latest value of *measure*'s quantity: it names the measure in its own words
    (every stem of `measure_stems`, the holder's too: "cancelled operations" in "had now been
    cancelled"), tells the value as a change or the latest state (`_UPDATE_CUE`), the value is its
    only one of that unit besides those it calls earlier ("up from 386"), and is no condition."""
    if figure.measures:
        return False
    if resized(sentence, figure, measure):
        return True
    if figure.unit != measure.unit or unit_class(figure) != unit_class(measure):
        return False
    wanted = measure_stems(measure) | word_stems(holder(measure))
    if not wanted or not wanted <= word_stems(sentence) or not _UPDATE_CUE.search(sentence):
        return False
    earlier = earlier_values(sentence)
    others = [f for f in find_figures(sentence) if unit_class(f) == unit_class(figure) and not near(f, figure)
              and (f.unit == figure.unit or not f.unit) and not any(near(f, e) for e in earlier)]
    return not others and not any(near(figure, e) for e in earlier)


def _same_unit(mark: Figure, figure: Figure, rated: bool) -> bool:
    """Whether a value a sentence calls earlier (*mark*) is in *figure*'s unit: the same unit class,
    or the bare unit of *figure*'s rate when the sentence's current value carries that rate (*rated*):
    "3.4 billion crowns a year, down from the 6.2 billion crowns" leaves "a year" to the new value."""
    if unit_class(mark) == unit_class(figure):
        return True
    head = unit_head(figure.unit)
    return rated and bool(head) and mark.unit == head and figure.unit != head and unit_class(mark) == head


def called_earlier(text: str, said: str, figure: Figure) -> bool:
    """Whether *said* (another source's sentence) calls the value of *figure* (of statement *text*)
    earlier and gives its replacement ("an earlier figure of 61,000 ...", "originally 140 stores;
    it raised the number to 146", "now 13% below last year, not 9% as previously stated"): the
    same value, a value of its unit that the sentence gives as current, and the same counted noun
    ("140 stores") or else `MIN_SHARED_WORDS` content words in common ("9%", "61,000")."""
    earlier = earlier_values(said)
    current = [f for f in find_figures(said) if not any(near(f, m) for m in earlier)]
    rated = any(unit_class(f) == unit_class(figure) for f in current)
    # A value the sentence says its holder gave before ("had initially put the slide at 40,000 cubic
    # metres", "the 1,100 first reported") is overtaken by the sentence's own account, the new value
    # told in the sentence before it or not at all; one word of the measure in common names it.
    given = [m for m in given_earlier(said) if near(m, figure) and (not m.unit or unit_class(m) == unit_class(figure))]
    if given and (not figure.unit or unit_class(figure) != "count" or not all(m.unit for m in given)
                  or any(m.unit == figure.unit for m in given)) and _words(text) & _words(said):
        return True
    marks = [m for m in earlier if near(m, figure) and _same_unit(m, figure, rated)]
    if not marks or not rated:
        return False
    if figure.unit and unit_class(figure) == "count":
        # the counted noun, or one the figure's own words hold ("62,000 state school teachers pay rises",
        # read with "pay" as its unit, against "62,000 teachers")
        if any(m.unit == figure.unit or m.unit and re.search(rf"\b{re.escape(m.unit)}\b", figure.text) for m in marks):
            return True
        # "the 2,300 covered by Monday's judgment": a count the sentence names by its value alone, as one the
        # reader knows (a definite article, no counted noun of its own, at most a state said of it), is
        # the story's earlier count of that value: a word of the matter in common names it
        if any(_known_value(said, m) for m in marks) and _words(text) & _words(said):
            return True
        if all(m.unit and not past_form(m.unit) for m in marks):
            return False  # "2,300 wells" is not "an earlier figure of 2,300 households"
    return len(_words(text) & _words(said)) >= MIN_SHARED_WORDS


_DEFINITE_BEFORE = re.compile(r"\bthe\s+(?:(?:about|around|roughly|some|nearly|almost|original|initial|earlier)\s+)?$",
                              re.IGNORECASE)


def _known_value(said: str, mark: Figure) -> bool:
    """Whether *said* names the count *mark* by its value alone, as one the reader knows: "the" before
    it ("from the 2,300 covered by Monday's judgment") and no counted noun of its own (none, or a
    past form: a state said of it)."""
    if mark.unit and not past_form(mark.unit):
        return False
    at = said.find(mark.text)
    return at >= 0 and _DEFINITE_BEFORE.search(said[:at]) is not None
# -- events a later source calls off or moves ------------------------------------------------
#
# "Pilots will strike from 16 to 18 May" is no longer the story's state once a later source says
# "the strike has been suspended"; "the trust aims to restore the system by Wednesday" is not once
# a later one says it "now expects" Monday 10 March. A later report changes an expected event
# when all of these hold (as conservative as `expected_events`):
#
# - a clause of the later statement tells the change as made: a change verb in the past
#   ("suspended", "called off", "postponed", "pushed back") with nothing in the clause that leaves
#   it open or denies it ("could be called off", "refused to call off", "if it is cancelled");
#   the event is the head of the noun phrase the verb governs ("the strike planned for May 16
#   ... has been suspended", "called off Friday's concert"); or, for a target, "now expects" (aims,
#   plans, is due ...) with a day none of the earlier statement's days is;
# - the earlier statement names that event word as still to come: a time ahead of its source's
#   date (`sections.catalyst`) or a word that sets it ahead in its clause ("would go ahead",
#   "planned", "promised to ... before the strike", "assumed the strike went ahead"), and tells
#   no change of its own;
# - the same occasion: for a change verb, the earlier statement sets the event for days the later
#   source names where it tells of the event ("the strike from 16 to 18 May" / "the strike planned
#   for May 16 to May 18 has been suspended"); or every day it sets is one the later source names,
#   and the two share `SHARED_WORDS` content words besides the event word, calendar words and the
#   words of expectation and change (the same actor and matter), the later side counted over the
#   later source's sentences that name the event; for "now expects", the earlier statement sets
#   days ahead, the later names a day none of them is, and the two statements share the words;
#   ("the strike ... has been called off" overtakes "will strike on 2 and 3 June" when the report also
#   names those days); or the move's size and new day give the day the earlier statement sets ("pushed back
#   its hearing by two weeks, to 5 August" leaves 22 July); or the sentence that tells the change shares
#   `SHARED_WORDS` words of actor and matter with the earlier statement and names none of its days as the
#   new day ("postponed until next month");
# - the event is the head of the noun phrase the change is said of, past asides and relative clauses ("the
#   strike that was due to begin on Tuesday has been called off": strike), or, for a noun of time ("the
#   closing date", "the investor day", "the start of construction"), the words that name what it dates;
#   besides change verbs, "will no longer go ahead" (called off) and "has slipped" (moved) tell a change;
# - a move changes only a time: a statement that sets no time for the event and names it only as a point
#   of reference ("documents filed ahead of the council vote") stays;
# - the later source is dated after the earlier one (an undated source overtakes nothing).

_CANCELLED = r"suspended|called\s+off|cancell?ed|scrapped|abandoned|shelved|put\s+on\s+hold|axed"
_MOVED = (r"postponed|delayed|deferred|rescheduled|scrubbed|pushed\s+back|put\s+back|put\s+off|brought\s+forward|"
          r"moved\s+(?:back|forward)|moved(?=\s+(?:to|until)\s)")
_CHANGE = re.compile(rf"\b(?:(?P<off>{_CANCELLED})|(?P<moved>{_MOVED}))\b", re.IGNORECASE)
# A new target day: "now expects full service to return on Monday 10 March".
_NOW_DUE = re.compile(r"\bnow\s+(?:expect\w*|aims?|aiming|plans?|planning|hopes?|hoping|targets?|targeting|intends?|"
                      r"(?:is|are)\s+(?:due|scheduled|set|expected)|due|scheduled)\b", re.IGNORECASE)
# What leaves a change open or denies it: a modal, a condition, a wish or a call, a refusal, a negation.
_OPEN = re.compile(r"\b(?:will|would|shall|could|(?-i:may)|might|should|must|can|going to|to be|whether|if|unless|"
                   r"threat\w*|propos\w*|consider\w*|urg\w*|call(?:s|ed|ing)? (?:on|for)|ask\w*|want\w*|demand\w*|"
                   r"refus\w*|reject\w*|den(?:y|ies|ied)|rul\w* out|not|no|never|without|\w+n['’]t)\b", re.IGNORECASE)
# What sets an event ahead in a clause beyond `_AHEAD`: a promise, an assumption, "before the".
# A vote or a mandate for an event is a step towards it, not the event: "voted by 87 percent in
# favour of a strike", "a mandate for industrial action", "voted 9-4 for a recount".
_EXPECTING = re.compile(r"\b(?:promis\w*|assum\w*|warn\w*|before|ahead|unless|planned|scheduled|"
                        r"go(?:es|ing)? ahead|went ahead|in\s+favou?r\s+of|mandate\s+for|"
                        r"vot(?:e|es|ed|ing)\s+(?:[\w.,%-]+\s+){0,3}?for)\b", re.IGNORECASE)
# A target set for a day: "working towards restoring the system by Wednesday", "aims to", "deadline".
_TARGET = re.compile(r"\b(?:by|towards?|target\w*|aim\w*|deadline|hop(?:e|es|ing))\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:(?:has|have|had)\s+been|was|were|is|are|being|been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# Where a noun phrase's head has been passed: a participle, a preposition, a relative, a comma.
_NP_END = re.compile(r"\b(?:planned|scheduled|due|set|expected|for|from|on|in|into|at|by|to|until|of|which|that|who|"
                     r"after|while|and|but|amid|over|with|about|against|under|between|following|because|"
                     r"originally|initially|first|once)\b|[,;:()\"“”]", re.IGNORECASE)
_NP_START = re.compile(r"^\s*(?:(?:the|a|an|its|their|his|her|this|that|next|planned|proposed|[\w'’-]+['’]s?)\s+)*",
                       re.IGNORECASE)
# An object after an active change verb starts on a determiner or a possessive.
_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|his|her|this|next|[A-Z][\w-]*['’]s?)\b")
# A change verb as an adjective ("the delayed survey", "a cancelled flight").
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z])")
_SPLIT = re.compile(r"[;:()]|\s[-–—]\s|\b(?:but|while|whereas)\b|,(?!\s*(?:due|planned|scheduled|set)\b)")
"""Clauses of a sentence for telling what a word is said of (commas around "due on Friday" kept)."""
_CHANGE_WORDS = {stem(w) for w in ("suspended", "called", "cancelled", "canceled", "scrapped", "abandoned", "shelved",
                                   "hold", "axed", "halted", "postponed", "delayed", "deferred", "rescheduled", "scrubbed",
                                   "pushed", "back", "put", "brought", "forward", "moved", "expects", "expected",
                                   "aims", "plans", "planned", "hopes", "targets", "intends", "due", "scheduled",
                                   "ahead", "promised", "assumed", "threatened", "warned", "went", "goes")}


# A change its holder announces as decided, in reported speech: "Australia said it would suspend its
# planned 15% duty", "the board announced that it will postpone the listing". The subject of the
# reporting verb tells its own decision (a pronoun or a named body standing for it); the verb after
# "would"/"will" is one that undoes, stops or puts off an act or plan (`corroborate.undoing_at`). A
# condition after it ("would suspend the duty if talks resume") leaves it a plan, not a decision.
_ANNOUNCED = re.compile(r"\b(?:said|says|announced|announces|confirmed|confirms|decided|agreed)\b(?:\s+on\s+\w+)?"
                        r"(?:\s+that)?\s+(?:it|they|he|she|we)\s+(?:would|will)\s+(?:also\s+|now\s+)?(?=\w)",
                        re.IGNORECASE)
_PLAN_CONDITION = re.compile(r"\b(?:if|unless|provided|should\s+\w+\s+\w+|in\s+case)\b", re.IGNORECASE)
_PUT_OFF = re.compile(r"postpon|delay|defer|put\s+off|push", re.IGNORECASE)


def _announced(sentence: str) -> list[tuple[int, bool]]:
    """Where, in *sentence*, an object follows a change its holder announces as decided (`_ANNOUNCED`),
    each with whether the change moves the event (not calls it off)."""
    found = []
    for frame in _ANNOUNCED.finditer(sentence):
        verb = corroborate.undoing_at(sentence, frame.end())
        if verb is None or _PLAN_CONDITION.search(sentence, verb.end()):
            continue
        found.append((verb.end(), _PUT_OFF.match(verb.group()) is not None))
    return found


def _head(words: str) -> str | None:
    """The last word of a noun phrase, its determiners and the words after its head left off."""
    end = _NP_END.search(words)
    phrase = words[:end.start()] if end else words
    found = content_words(phrase)
    return stem(found[-1]) if found else None


# Nouns that name a point or span of time rather than an event: a change of "the closing date", "the
# start of construction", "the investor day" or "the sign-up deadline" changes the event the words
# around the noun name ("closing", "construction", "investor"), which an earlier statement tells by its
# own verb or noun ("the ballot closes on 12 June", "construction would begin in September").
_TIME_NOUNS = {stem(w) for w in ("date", "day", "deadline", "time", "timing", "timetable", "schedule", "timeline",
                                 "start", "end", "window")}
_OF_COMPLEMENT = re.compile(r"^\s*(?:of|for)\s+", re.IGNORECASE)


def _event_heads(words: str) -> set[str]:
    """The stems that name the event of the noun phrase *words* (determiners already left off): its
    head ("the vote on the subsidy": vote), and for a head that names a time (`_TIME_NOUNS`) the words
    before it and the head of its "of" complement ("the closing date": close; "the start of
    construction": construct). Calendar and change words are never an event."""
    end = _NP_END.search(words)
    phrase = words[:end.start()] if end else words
    found = content_words(phrase)
    if not found:
        return set()
    head = stem(found[-1])
    heads = {head}
    if head in _TIME_NOUNS or head in _CALENDAR:
        heads |= {stem(part) for word in found[:-1] for part in word.split("-") if part}
        rest = words[end.start():] if end else ""
        if _OF_COMPLEMENT.match(rest) and (inner := _head(_NP_START.sub("", _OF_COMPLEMENT.sub("", rest)))):
            heads.add(inner)
    return {h for h in heads if h not in _CALENDAR and h not in _CHANGE_WORDS and h not in _TIME_NOUNS}


# Where the subject of a change told after it starts: the last clause before the verb, past asides
# ("the vote, which had been scheduled for 19 March, was"; "Separately, the plan, promised for the autumn,
# has been"): a piece opening on a relative, a participle or a word of time is an aside; one opening on a
# preposition or an adverb is a clause's lead-in; a relative clause with no commas ("the strike that was
# due to begin on Tuesday has been") is left off at its pronoun.
_CHANGED_SUBJECT_EDGE = re.compile(r"[.;:]|\b(?:and|but|said|says|after|because|while|whereas)\b", re.IGNORECASE)
_SUBJECT_ASIDE = re.compile(r"^\s*(?:which|who|whose|that|where|when|due|set|scheduled|planned|expected|originally|initially|"
                    r"first|once|now|(?-i:[a-z]+ed|[a-z]+en|[a-z]+ly)|in|on|at|for|from|by|with|after|before|during|following|"
                    r"under|separately|meanwhile|however|also)\b", re.IGNORECASE)
_RELATIVE_PRONOUN = re.compile(r"\b(?:that|which|who|whose)\b", re.IGNORECASE)


def _subject_before(before: str) -> str:
    """The noun phrase that is the subject of a verb right after *before* (see `_CHANGED_SUBJECT_EDGE`)."""
    clause = _CHANGED_SUBJECT_EDGE.split(before)[-1]
    clause = re.sub(r"^\s*that\b", "", clause)
    pieces = [p for p in clause.split(",") if p.strip()]
    kept = [p for p in pieces if not _SUBJECT_ASIDE.match(p)] or pieces[-1:]
    subject = kept[-1] if kept else ""
    relative = _RELATIVE_PRONOUN.search(subject)
    return subject[:relative.start()] if relative else subject


# A change told by an intransitive verb, its event the subject: "the investor day will no longer go
# ahead", "the hearing has slipped into August".
_GONE = re.compile(r"\b(?:(?P<off>(?:will|would)\s+no\s+longer\s+(?:go\s+ahead|take\s+place|be\s+held|happen|proceed)|"
                   r"(?:will|would)\s+not\s+now\s+(?:go\s+ahead|take\s+place|be\s+held))|"
                   r"(?P<moved>(?:has|have|had)\s+(?:now\s+)?slipped))\b", re.IGNORECASE)


def _changed(text: str) -> dict[str, Literal["called off", "moved"]]:
    """The events (stems of their nouns, `_event_heads`) a clause of *text* tells as called off or
    moved, as made."""
    changed: dict[str, Literal["called off", "moved"]] = {}
    for sentence in _SENTENCE.split(text):
        for match in _CHANGE.finditer(sentence):
            before = sentence[:match.start()]
            clause_start = max((m.end() for m in _SPLIT.finditer(before)), default=0)
            if _OPEN.search(sentence[clause_start:match.start()]):
                continue
            passive = _PASSIVE.search(before)
            if passive:
                # "The strike planned for May 16 to May 18 has been suspended": the phrase before it,
                # past its asides ("the ballot, due on Friday, has been") and relatives.
                heads = _event_heads(_NP_START.sub("", _subject_before(before[:passive.start()]).lstrip(" ,")))
            elif _OBJECT.match(sentence, match.end()) and not _ATTRIBUTIVE.search(before):
                # "suspended a three-day strike", "postponed Friday's concert"; not "delayed cargo".
                heads = _event_heads(_NP_START.sub("", sentence[match.end():]))
            else:
                continue
            for head in sorted(heads):
                changed.setdefault(head, "called off" if match.group("off") else "moved")
        for match in _GONE.finditer(sentence):
            before = sentence[:match.start()]
            if _PLAN_CONDITION.search(sentence, match.end()) or re.search(r"\b(?:if|unless|whether)\b", before, re.IGNORECASE):
                continue
            for head in sorted(_event_heads(_NP_START.sub("", _subject_before(before).lstrip(" ,")))):
                changed.setdefault(head, "called off" if match.group("off") else "moved")
        for end, moves in _announced(sentence):
            if _OBJECT.match(sentence, end):
                for head in sorted(_event_heads(_NP_START.sub("", sentence[end:]))):
                    changed.setdefault(head, "moved" if moves else "called off")
    return changed


_CLAUSE_END = re.compile(r"[;:]|,\s|\s[-–—]\s|\s(?:and|but|while|whereas)\s", re.IGNORECASE)


def after_called_off(text: str, day: dt.date, written: dt.date) -> str | None:
    """When a sentence of *text* (written on *written*) tells the event it sets for *day* as called off
    ("The creditors' meeting planned for March 17 has been cancelled; creditors will instead vote by
    post by April 2", "has cancelled Saturday's meeting"): what the text says after that clause, where
    a schedule still to come may stand (the postal vote); else None. The day must be named in the
    clause of the change, before its verb or as its object: "the strike was called off, and talks
    resume on Friday" leaves Friday's talks alone."""
    offset = 0
    for sentence in _SENTENCE.split(text):
        offset = text.find(sentence, offset)
        for match in _CHANGE.finditer(sentence):
            if match.group("off") is None:
                continue
            before = sentence[:match.start()]
            passive = _PASSIVE.search(before)
            if passive is not None:
                # "planned for Saturday to consider strike ballots ... has been cancelled": what leaves the
                # change open stands next to its verb ("could have been cancelled", "has not been called off")
                near_verb = " ".join(before[:passive.start()].split()[-2:]) + " " + passive.group()
                if _OPEN.search(near_verb):
                    continue
            else:
                clause_start = max((m.end() for m in _SPLIT.finditer(before)), default=0)
                if _OPEN.search(before[clause_start:]) or not _OBJECT.match(sentence, match.end()) \
                        or _ATTRIBUTIVE.search(before):
                    continue
            edge = _CLAUSE_END.search(sentence, match.end())
            end = edge.start() if edge else len(sentence)
            start = max((m.end() for m in re.finditer(r"[;:]|\.\s", sentence[:match.start()])), default=0)
            if any(when.first == day and start <= when.start < end for when in dates.mentions(sentence, written)
                   ) or day in {d for d in _named_days(sentence[start:end], written) if d > written}:
                return text[offset + end:]
        offset += len(sentence)
    return None


# A time an event is set for that is no calendar day: a season, the year's turn, an end of a period.
_TIMED = re.compile(r"\b(?:by|in|until|before|from|for|on|during|over|at)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?"
                    r"(?:spring|summer|autumn|fall|winter|new\s+year|turn\s+of\s+the\s+year|"
                    r"end\s+of\s+(?:the\s+)?(?:year|month|week|quarter|season))\b", re.IGNORECASE)


# A move told by its size ("pushed back its hearing by two weeks, to 5 August", "on Monday, four days
# earlier than planned"): the new day less the size (plus it, brought forward or earlier) is the day left.
_SIZE = re.compile(r"(?i)\b(?:by\s+(?:about\s+|around\s+|some\s+|another\s+|a\s+further\s+)?)?"
                   r"(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                   r"(?P<unit>days?|weeks?|months?)(?:\s+(?P<dir>earlier|sooner|later)\b)?")


def _left_by_size(sentence: str, now: dt.date) -> set[dt.date]:
    """The days a move told in *sentence* (dated *now*) by its size and its new day left: "by two weeks,
    to 5 August" leaves 22 July; "on Monday 8 June, four days earlier than planned" leaves 12 June. Only
    for a sentence with one new day and one size of a move ("by" before it, or "earlier"/"later" after)."""
    change = _CHANGE.search(sentence)
    sizes = [m for m in _SIZE.finditer(sentence) if m.group(0).lower().startswith("by") or m.group("dir")]
    if len(sizes) != 1 or change is None and not sizes[0].group("dir"):
        return set()
    after = change.end() if change is not None else 0
    new = _moved_to(sentence, now) or {w.first for w in dates.mentions(sentence, now)
                                       if w.precision == "day" and w.first > now and w.start >= after and (
                                           sizes[0].group("dir") or _NEW_DAY.search(sentence[after:w.start]))}
    if len(new) != 1:
        return set()
    size, unit = sizes[0].group("n").lower(), sizes[0].group("unit").lower().rstrip("s")
    n = 1 if size in ("a", "an") else dates.count_of(size)
    earlier = (sizes[0].group("dir") or "").lower() in ("earlier", "sooner") or bool(
        change is not None and re.match(r"(?i)brought|moved\s+forward", change.group(0)))
    day = next(iter(new))
    if unit == "month":
        total = day.year * 12 + day.month - 1 + (n if earlier else -n)
        try:
            return {dt.date(total // 12, total % 12 + 1, day.day)}
        except ValueError:
            return set()
    shift = dt.timedelta(days=n * (7 if unit == "week" else 1))
    return {day + shift if earlier else day - shift}


# An event named only as a point of reference ("documents filed ahead of the council vote", "talks
# before the strike"): a move of it changes nothing such a statement says.
_REFERENCE = re.compile(r"(?i)\b(?:ahead\s+of|before|after|pending|following|(?:in\s+)?the\s+run-up\s+to)\s+"
                        r"(?:(?:the|a|an|its|their|this|next|[\w'’-]+['’]s?)\s+)?(?:[\w'’-]+\s+){0,3}$")


def _only_referred(text: str, word: str) -> bool:
    """Whether every word of *text* whose stem is *word* names its event as a point of reference (`_REFERENCE`)."""
    at = [m for m in re.finditer(r"[A-Za-z][\w'’-]*", text) if stem(m.group(0).lower()) == word]
    return bool(at) and all(_REFERENCE.search(text[max(0, m.start() - 80):m.start()]) for m in at)


def _change_sentence(text: str, word: str) -> str | None:
    """The first sentence of *text* that tells the event *word* (a stem) called off or moved (`_changed`)."""
    return next((sentence for sentence in _SENTENCE.split(text) if word in _changed(sentence)), None)


def _schedules(text: str, kind: str, anchor: dt.date | None, now: dt.date) -> bool:
    """Whether *text* (of a note of *kind*, from a source dated *anchor*) sets an event to come
    (`sections.expected_event`; an undated source's calendar dates read as of *now*)."""
    return holds.expected_event(text, kind, anchor, None if anchor else now) is not None


def _expects(text: str, word: str, kind: str, anchor: dt.date | None, now: dt.date) -> bool:
    """Whether *text* names the event *word* (a stem) as still to come: in a sentence that
    schedules it (`_schedules`), or in a clause that sets it ahead; a statement that tells a
    change of its own expects nothing."""
    if _CHANGE.search(text) or _NOW_DUE.search(text) or any(_announced(s) for s in _SENTENCE.split(text)):
        return False
    for sentence in _SENTENCE.split(text):
        if word not in {stem(w) for w in content_words(sentence)}:
            continue
        if _schedules(sentence, kind, anchor, now):
            return True
        for clause in _SPLIT.split(sentence):
            if clause and word in {stem(w) for w in content_words(clause)} and (
                    _AHEAD.search(clause) or _EXPECTING.search(clause)):
                return True
    return False


def _replaced(text: str, ahead: list[dt.date], told: str, later: dt.date) -> bool:
    """Whether *told* (dated *later*) says its matter is now expected on a day after *later* that
    none of *ahead* (the days *text* sets its event or target for) is, and shares the matter."""
    if _CHANGE.search(text) or _NOW_DUE.search(text):
        return False
    new: set[dt.date] = set()
    for match in _NOW_DUE.finditer(told):
        clause = told[match.end():]
        clause = clause[:edge.start()] if (edge := _SPLIT.search(clause)) else clause
        new |= {w.first for w in dates.mentions(clause, later) if w.precision == "day" and w.first > later}
    return bool(new) and not new & set(ahead) and len(_matter(text) & _matter(told)) >= SHARED_WORDS


def _matter(text: str) -> set[str]:
    return _words(text) - _CHANGE_WORDS


def _kin(these: set[str], those: set[str]) -> set[str]:
    """The stems of *these* that *those* has, as they are or with the prefix "re" one has and the
    other not ("opening" and "reopening", "scheduled" and "rescheduled": the same occasion)."""
    return {w for w in these if w in those or "re" + w in those or w.startswith("re") and w[2:] in those}


@dataclass(frozen=True)
class _Told:
    """A later dated source's statement that may overtake an earlier one: a note, or a sentence
    of a report that no note quotes."""

    source: str
    id: str
    """The note's id; for a sentence no note quotes, "<source id>#<sentence number>"."""
    day: dt.date
    text: str


# Source kinds that comment on a story rather than report it (as compose.COMMENTARY_KINDS).
_COMMENTING = frozenset({"opinion", "analysis", "blog", "forum thread", "comments"})


def _later_elsewhere(note: Note, anchor: dt.date, source: str, day: dt.date | None) -> bool:
    """Whether a statement of *source* dated *day* may overtake *note* (dated *anchor*): told after
    it, in another source. Every later-report judgement below asks this first; they then differ in
    what they scan (notes, `later_reports`, `_later_sentences`) and in what makes the same holder
    (`revised_views`: `sections.same_actor` or a named holder; `restated_positions`: `_one_holder`;
    `overtaken_views`: none), so they are not one pass: merging them would change which report is
    the first."""
    return day is not None and day > anchor and source != note.span.source


def may_overtake(doc: str, day: dt.date, days: Mapping[str, dt.date | None]) -> bool:
    """Whether a report *doc* dated *day* can overtake anything: some source other than *doc* has a
    note placed before *day*, or an undated one (*days*: each source of a note, its notes' earliest
    day, None when one of them has none). Every later-report judgement asks `_later_elsewhere`
    first, so a report no note precedes is never read sentence by sentence (a 200,000-paragraph
    document dated before every other note costs nothing here)."""
    return any(source != doc and (first is None or first < day) for source, first in days.items())


def earliest_days(notes: Iterable[Note], day_of: Callable[[Note], dt.date | None]) -> dict[str, dt.date | None]:
    """Each source of *notes*: its notes' earliest day by *day_of*, None when one has none (see `may_overtake`)."""
    days: dict[str, dt.date | None] = {}
    for note in notes:
        day, source = day_of(note), note.span.source
        if source not in days:
            days[source] = day
        elif days[source] is not None:
            days[source] = None if day is None else min(day, days[source])  # type: ignore[type-var]
    return days


def later_reports(notes: Sequence[Note], docs: dict[str, SourceDoc], known: DatedSources, *,
                  text_of: Callable[[Note], str], reports: Callable[[Note], bool], quoted_only: bool = False) -> list[_Told]:
    """The statements of dated sources that may tell what became of an earlier one: each note
    that may stand as reported fact (*reports*), and each sentence of a dated report (no opinion,
    analysis or forum) that no note of *notes* quotes: a report overtakes what it tells, whether
    or not a note of it was chosen. With *quoted_only*, the notes only."""
    found = [_Told(note.span.source, note.id, day, text_of(note)) for note in notes
             if (day := known.day_of[note.id]) is not None and reports(note)]
    return found if quoted_only else found + known.unquoted(notes, docs)


# What a later statement tells, as `DatedSources.telling` reads it (its text and its day; empty or None when
# it tells nothing of the kind): read once per build for every sentence of the later reports.
def _change_told(text: str, day: dt.date) -> tuple[dict[str, Literal["called off", "moved"]], bool, set[dt.date]] | None:
    """The events *text* tells called off or moved (`_changed`), whether it tells a target now due on another
    day (`_NOW_DUE`), and the days it names as left by a move ("originally scheduled for Dec. 9, would be
    announced on Dec. 16", `sections.left_days`); None when none of these."""
    changed, now_due, left = _changed(text), _NOW_DUE.search(text) is not None, holds.left_days(text, day)
    return (changed, now_due, left) if changed or now_due or left else None


def _states_ended(text: str, day: dt.date) -> set[str]:
    return _ended_states(text)


def _decisions_told(text: str, day: dt.date) -> list[tuple[set[str], set[str]]]:
    return _decisions(text)


def _recoveries_told(text: str, day: dt.date) -> list[tuple[str, str]]:
    return _recoveries(text)


def _movers_told(text: str, day: dt.date) -> list[str]:
    return _movers(text)


def _reports_done(text: str, day: dt.date) -> bool:
    return holds.reports_done(text)


def _exits_told(text: str, day: dt.date) -> list[tuple[str, set[str]]]:
    return _exits(text)


def changed_events(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                   text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                   known: DatedSources | None = None) -> list[Superseded]:
    """Statements of *notes* that expect an event a later dated source reports called off or
    moved, or a target day it reports replaced by another (see the comment above), each with
    the first such report. Arguments as for `expected_events`; pinned notes are never overtaken."""
    known = known or DatedSources(notes, docs)
    day_of = known.day_of
    # The later statements that tell a change, with what they change: the notes, and the
    # sentences of dated reports no note quotes ("has postponed its hearing ... to December 15"
    # overtakes the hearing whether or not the brief has a note of it), in date order.
    changes = [(told, *change) for told, change in known.telling(notes, docs, _change_told, text_of=text_of, reports=reports)
               if change is not None]
    if not changes:
        return []
    telling: dict[tuple[str, str], tuple[set[str], set[dt.date]]] = {}

    def telling_of(doc: SourceDoc, word: str, written: dt.date) -> tuple[set[str], set[dt.date]]:
        """The content words and the days of *doc*'s sentences that name the event *word*."""
        if (doc.id, word) not in telling:
            texts = (doc.text[s.start:s.end] for s in doc.sentences)
            said = [t for t in texts if word in {stem(w) for w in content_words(t)}]
            telling[(doc.id, word)] = (set().union(*(_matter(t) for t in said)),
                                       {day for t in said for day in _named_days(t, written)})
        return telling[(doc.id, word)]

    found: list[Superseded] = []
    for note in notes:
        if note.status == "pinned":
            continue
        text = text_of(note)
        anchor = day_of[note.id]
        stems = {stem(w) for w in content_words(text)}
        seen_at = known.placed[note.id] if anchor is None else None
        for other, changed, now_due, left in changes:
            later = other.day
            doc = docs.get(other.source)
            if doc is None or other.source == note.span.source or (anchor is not None and later <= anchor):
                continue
            # The days it sets ahead: of a source dated by an estimate, those after the estimate
            # ("on October 9, 2026", the day it tells of, sets nothing).
            ahead = [day for day in _days(text, anchor, later) if seen_at is None or day > seen_at]
            reason: Literal["called off", "moved"] | None = None
            for word, how in changed.items():
                # A source dated only by an estimate from its text is never later than anything,
                # but what it set ahead is ahead of that estimate ("set a first hearing for October 30").
                if word not in stems or not _expects(text, word, note.kind, anchor, seen_at or later):
                    continue
                if how == "moved" and not ahead and not _TIMED.search(text) and _only_referred(text, word):
                    continue  # "documents filed ahead of the council vote": no time of it for a move to change
                # The same occasion: the days it is set for, each named where the later source
                # tells of the event; or every such day named in that source and the same matter.
                words, days = telling_of(doc, word, later)
                if ahead and set(ahead) <= days or set(ahead) <= known.days_named(doc, later) and \
                        len((_matter(text) - {word}) & (words - {word})) >= SHARED_WORDS:
                    reason = how
                    break
                # Moved to a new day after every day it was set for ("would postpone the planned fee
                # ... to 1 July 2028" overtakes "will pay the fee from 1 July 2027"), the same matter.
                if how == "moved" and ahead and (new := _moved_to(other.text, later)) and min(new) > max(ahead) \
                        and len((_matter(text) - {word}) & (_matter(other.text) - {word})) >= SHARED_WORDS:
                    reason = how
                    break
                # Moved to a new day after the one day a statement whose subject is the event itself sets
                # ("A first hearing is set for March 12." then "The court hearing has been postponed to April 9"):
                # the same event, its own noun heading both subjects, whatever else the two sentences share.
                if how == "moved" and len(set(ahead)) == 1 and word in _subject_event_heads(text) \
                        and (moving := _change_sentence(other.text, word)) is not None \
                        and word in _changed_subjects(moving) \
                        and (new := _moved_to(moving, later)) and min(new) > ahead[0]:
                    reason = how
                    break
                # Told by its size and new day, which give the day it left: the day the statement sets;
                # or by its name in the sentence that changes it, whatever the new time ("postponed until
                # next month", "pushed back to the autumn", "will no longer go ahead"): the event word and
                # `SHARED_WORDS` more of its actor and matter in that sentence, none of the days the statement
                # sets named there as the new day (then the statement gives the schedule as it now stands).
                changing = _change_sentence(other.text, word)
                if changing is not None and (
                        ahead and set(ahead) & _left_by_size(changing, later)
                        or (ahead or _TIMED.search(text)) and not set(ahead) & _moved_to(changing, later)
                        and len(_kin(_matter(text) - {word}, _matter(changing) - {word})) >= SHARED_WORDS):
                    reason = how
                    break
            if reason is None and ahead and set(ahead) & left and not holds.left_days(text, anchor or later) and \
                    len(_kin(_matter(text) | _antecedent_matter(note, docs, text), _matter(other.text))) >= SHARED_WORDS:
                reason = "moved"  # the day it sets is the one a later report says the event has left
            if reason is None and now_due and ahead and (_TARGET.search(text) or _schedules(text, note.kind, anchor, later)):
                # A target whose day a later statement replaces with another.
                if _replaced(text, ahead, other.text, later):
                    reason = "moved"
            if reason is not None:
                found.append(Superseded(note=note.id, by=other.id, reason=reason))
                break
    return found


# The verb that ends a statement's opening subject: an auxiliary or a word of schedule.
_SUBJECT_VERB = re.compile(r"\b(?:is|are|was|were|will|would|shall|has|have|had|could|may|might|must|"
                           r"remains?|stays?)\b", re.IGNORECASE)


def _subject_event_heads(text: str) -> set[str]:
    """The event stems (`_event_heads`) of the subjects *text*'s sentences open on, up to their first
    auxiliary ("A first hearing is set for March 12": hear); none for a subject after a lead-in comma."""
    heads: set[str] = set()
    for sentence in _SENTENCE.split(text):
        verb = _SUBJECT_VERB.search(sentence)
        if verb is None or "," in sentence[:verb.start()]:
            continue
        subject = _NP_START.sub("", sentence[:verb.start()])
        found = _event_heads(subject)
        if not found and (words := content_words(subject)):
            # "A first hearing", "the initial vote": a word that would end a longer phrase opens this one
            found = {stem(words[-1])} - _CALENDAR - _CHANGE_WORDS - _TIME_NOUNS
        heads |= found
    return heads


def _changed_subjects(sentence: str) -> set[str]:
    """The event stems *sentence* tells moved as the subject of a passive change verb ("The court hearing
    has been postponed to April 9": hear)."""
    heads: set[str] = set()
    for match in _CHANGE.finditer(sentence):
        before = sentence[:match.start()]
        if match.group("moved") and (passive := _PASSIVE.search(before)) is not None:
            heads |= _event_heads(_NP_START.sub("", _subject_before(before[:passive.start()]).lstrip(" ,")))
    return heads


_PRONOUN_OPENS = re.compile(r"^\W*(?:it|this|they|these)\s+(?:is|are|was|were|will|would|should|shall|could|may|might|"
                              r"has|have|had)\b", re.IGNORECASE)


def _antecedent_matter(note: Note, docs: Mapping[str, SourceDoc], text: str) -> set[str]:
    """For a statement whose subject is a bare pronoun ("It is due to take effect on April 1."), the
    matter (`_matter`) of the sentences before it in its paragraph: what the pronoun stands for is
    named there, and a later report names the thing, not the pronoun. Empty for any other statement."""
    doc = docs.get(note.span.source)
    if doc is None or not _PRONOUN_OPENS.match(text):
        return set()
    own = next((x for x in doc.sentences if x.start <= note.span.start < x.end), None)
    if own is None:
        return set()
    return set().union(*(_matter(doc.text[x.start:x.end]) for x in doc.sentences
                         if x.para == own.para and x.end <= own.start))


# -- an undated source whose own text places it after the schedule ----------------------------
#
# "Undated sources never overtake" has one exception: a source with no date that tells, in the
# past tense, that the event was postponed, called off or cancelled ("has postponed the 16 April
# shareholder vote", "voted on Friday to call off the 48-hour strike", "voted 9-4 to postpone a
# decision on up to C$132 million ...") is after the schedule by its own words, whatever its file
# name or its place among the sources. It overtakes a statement that names the event as still
# to come (`_expects`), when the event is the same one:
#
# - by its day: the change's sentence names a day the schedule sets (not as the new day: "until
#   March 31", "to 2 May"), and names the event word; or
# - by its name: the event word is the changed event's head or a word of the change's sentence
#   ("voted ... to postpone a decision"), and the two share `SHARED_WORDS` content words besides
#   event, calendar and change words; one more when the schedule's event word is not in the
#   sentence at all ("will vote on the application" / "voted to defer a ruling on the application").
#
# A schedule whose day the change names as the new day stays (it is the story's next step), and
# an undated source that repeats the schedule, or says it could change, overtakes nothing: a
# bare other value or date from an undated source never does (`changed_events`, `_replaced`).

_VOTED_TO = re.compile(r"\b(?:voted|agreed|decided|opted|resolved|chose)\b(?:\s+[\w'’-]+){0,4}?\s+to\s+"
                       r"(?P<verb>(?P<off>cancel|scrap|suspend|call\s+off|shelve|abandon|halt)|postpone|delay|defer|"
                       r"reschedule|put\s+off|push\s+back)\b", re.IGNORECASE)
# A day after a change verb that is the new day, not the one changed: "postponed ... until March 31".
_NEW_DAY = re.compile(r"\b(?:until|till|to|for|on)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# ... unless a word of schedule sets it: "called off the ballot planned for 13 March".
_OLD_DAY = re.compile(r"\b(?:planned|scheduled|due|set|expected|originally|initially)\s+(?:for|on)\s+(?:\w+\s+){0,2}$",
                      re.IGNORECASE)


@dataclass(frozen=True)
class _Change:
    """One change an undated source's sentence tells as made."""

    head: str
    """Stem of the changed event's noun."""
    how: Literal["called off", "moved"]
    sentence: str
    """The clause of its sentence that tells the change."""
    start: int
    """Where the change verb ends in *sentence*: days after it may be the new day."""


def _clause_of(sentence: str, start: int, end: int) -> tuple[str, int]:
    """The clause of *sentence* around its span *start*..*end* (`_SPLIT`'s edges), with where the
    span ends in it: what the change is said of, not "five days after the auditor is due to report"."""
    begin = max((m.end() for m in _SPLIT.finditer(sentence, 0, start)), default=0)
    edge = _SPLIT.search(sentence, end)
    return sentence[begin:edge.start() if edge else len(sentence)], end - begin


def _told_changes(text: str) -> list[_Change]:
    """The changes the sentences of *text* tell as made, each with its clause: a change verb in
    the past (`_changed`), or a body that "voted", "agreed" or "decided" to postpone, defer or
    call off an event."""
    found: list[_Change] = []
    for sentence in _SENTENCE.split(text):
        for noun, way in _changed(sentence).items():
            verb = _CHANGE.search(sentence)
            if verb is not None:
                found.append(_Change(noun, way, *_clause_of(sentence, verb.start(), verb.end())))
        for match in _VOTED_TO.finditer(sentence):
            clause_start = max((m.end() for m in _SPLIT.finditer(sentence[:match.start()])), default=0)
            if _OPEN.search(sentence[clause_start:match.start()]):
                continue
            head = _head(_NP_START.sub("", sentence[match.end():]))
            if head and head not in _CALENDAR and head not in _CHANGE_WORDS:
                found.append(_Change(head, "called off" if match.group("off") else "moved", *_clause_of(sentence, match.start(), match.end())))
    return found


def _moved_to(text: str, now: dt.date) -> set[dt.date]:
    """The days the sentences of *text* name as the new day after a verb that moves an event, made
    (`_CHANGE`) or announced as decided (`_announced`): "postponed the vote to 2 May"."""
    new: set[dt.date] = set()
    for sentence in _SENTENCE.split(text):
        ends = [(m.start(), m.end()) for m in _CHANGE.finditer(sentence) if m.group("moved")]
        ends += [(end - 1, end) for end, moves in _announced(sentence) if moves]
        for start, end in ends:
            new |= _changed_days(_Change("", "moved", *_clause_of(sentence, start, end)), now)[1]
    return new


def _changed_days(change: _Change, now: dt.date) -> tuple[set[dt.date], set[dt.date]]:
    """The days *change*'s sentence names by the calendar (read as of *now*): those it names as
    the event's and those after the change verb it names as the new day."""
    old: set[dt.date] = set()
    new: set[dt.date] = set()
    for when in holds.calendar_dates(change.sentence, now):
        if when.precision != "day":
            continue
        between = change.sentence[change.start:when.start]
        fresh = when.start >= change.start and _NEW_DAY.search(between) and not _OLD_DAY.search(between)
        (new if fresh else old).add(when.first)
    return old, new


def undated_changes(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                    text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                    known: DatedSources | None = None) -> list[Superseded]:
    """Statements of *notes* that expect an event an undated source reports, in the past tense,
    postponed, deferred or called off (see the comment above), each with the first such report.
    Arguments as for `changed_events`; pinned notes are never overtaken."""
    known = known or DatedSources(notes, docs)
    day_of = known.day_of
    now = max((day for day in day_of.values() if day is not None), default=None) or dt.date.today()
    changes = [(note, change) for note in notes if day_of[note.id] is None and reports(note)
               and note.kind not in ("forecast", "risk") for change in _told_changes(text_of(note))]
    found: list[Superseded] = []
    for note in notes:
        if note.status == "pinned" or not changes:
            continue
        text = text_of(note)
        anchor = day_of[note.id]
        stems = {stem(w) for w in content_words(text)}
        ahead = set(_days(text, anchor, now))
        for other, change in changes:
            if other.span.source == note.span.source:
                continue
            said = {stem(w) for w in content_words(change.sentence)}
            old, new = _changed_days(change, now)
            if ahead & new:
                continue  # the schedule is the new day the change sets
            words = [w for w in event_stems(text) | {change.head} if w in stems
                     and _expects(text, w, note.kind, anchor, now)]
            for word in words:
                shared = len((_matter(text) - {word}) & (_matter(change.sentence) - {word, change.head}))
                by_day = bool(ahead & old) and (word == change.head or word in said)
                by_name = shared >= SHARED_WORDS + (0 if word == change.head or word in said else 1)
                if by_day or by_name:
                    found.append(Superseded(note=note.id, by=other.id, reason=change.how))
                    break
            else:
                continue
            break
    return found


# -- a target period a later source moves --------------------------------------------------
#
# "The farm is expected to produce its first power in the fourth quarter of 2030" is no longer the
# story's state once a later source says "Vattenfall now expects first power in the second quarter
# of 2031", nor "with the first in the second half of 2031" once one says it "would push delivery of
# the first frigate to the first half of 2032 from the second half of 2031". Targets like these are
# periods coarser than a day (a quarter, a half, early/mid/late in a year, a year), which the
# day-level judgement of `changed_events` cannot compare. A later dated statement moves an earlier
# statement's target when:
#
# - it names the new period after "now expects" (aims, is due ...) in the same clause, or it names
#   an old period as the one left ("to the first half of 2032 from the second half of 2031",
#   "now due in 2035 instead of 2034", "rather than"), besides a new one;
# - the earlier statement sets a period ahead of its source's date in a clause that looks ahead
#   (`_AHEAD`, `_EXPECTING`, `_TARGET`) and tells no change of its own; that period is the old one
#   the later statement names, or, for "now expects", the earlier statement names none of the new
#   periods;
# - the two share `SHARED_WORDS` content words besides calendar and change words (the same milestone);
# - the later source is dated after the earlier one.

_LEFT = re.compile(r"(?i)\b(?:from|instead\s+of|rather\s+than|not|previously|originally|earlier|(?:had\s+been|was|were)\s+"
                   r"(?:expected|planned|scheduled|set|due))\s+(?:in\s+|on\s+|for\s+|the\s+)?$")


def _periods(text: str, anchor: dt.date) -> list[tuple[str, int, int]]:
    """The periods *text* (of a source dated *anchor*) names, as (part, year, position):
    "fourth quarter of 2030" -> ("fourth quarter", 2030, ...), "H1 2032" -> ("first half", ...),
    "2031" -> ("", 2031, ...), a day ("Oct. 28") -> (its ISO date, its year, ...), a month of a year
    ("March 2027") -> ("2027-03", 2027, ...)."""
    found = []
    days = [w for w in dates.mentions(text, anchor) if w.precision in ("day", "month")]
    for when in days:
        # a month of a year ("March 2027") is its own period, not the year: "in March 2027, later than
        # the January date" moves a target set for January 2027
        found.append((when.first.isoformat()[:10 if when.precision == "day" else 7], when.first.year, when.start))
    for match in dates.YEAR_PERIOD.finditer(text):
        if any(w.start <= match.start("year") < w.end for w in days):
            continue  # the year of a day or a month ("Jan. 14, 2027", "March 2027")
        part = (match.group("part") or "").lower()
        q = (match.group("q") or "").upper()
        if q:
            part = {"1": "first", "2": "second", "3": "third", "4": "fourth"}[q[1]] + \
                (" quarter" if q[0] == "Q" else " half")
        part = re.sub(r"\s+", " ", part).replace("1st", "first").replace("2nd", "second") \
            .replace("3rd", "third").replace("4th", "fourth")
        found.append((part, int(match.group("year")), match.start()))
    return sorted(found, key=lambda p: p[2])


# A move told by its size: "has been pushed back by six months to September 2027" leaves March 2027,
# "brought forward by two weeks to 3 May" leaves 17 May. The size and the new period give the old
# one, whatever the event is called ("return to the grid" / "restart", "first water" / "start of operations").
_SHIFT = re.compile(r"(?i)\b(?:(?P<fwd>brought\s+forward|moved\s+forward|advanced)|push\w*\s+back|put\s+back|moved\s+back|"
                    r"delay\w*|postpon\w*|deferr?\w*|slipp?\w*|shift\w*)\s+by\s+(?:about\s+|around\s+|some\s+|another\s+|"
                    r"a\s+further\s+)?(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                    r"(?P<unit>months?|weeks?|days?|years?)\s+(?:to|until|till|into)\s+(?:the\s+|early\s+|mid-?\s*|late\s+)?$")
# A move's verb, made (past or perfect), right before its new period: "pushed back to", "postponed until".
_MOVED_TO = re.compile(r"(?i)\b(?:(?:has|have|had|was|were|been)\s+)(?:\w+\s+)?(?:push(?:ed)?\s+back|put\s+back|moved\s+back|"
                       r"postponed|delayed|deferred)\s+(?:again\s+)?(?:to|until|till|into)\s+(?:the\s+|early\s+|mid-?\s*|"
                       r"late\s+)?$|\b(?:pushed\s+back|put\s+back|postponed|delayed|deferred)\s+(?:\w+\s+){0,4}?"
                       r"(?:to|until|till|into)\s+(?:the\s+|early\s+|mid-?\s*|late\s+)?$")
_MONTH_END = re.compile(r"(?i)\b(" + "|".join(dates.MONTHS) + r")\s+$")


def _shifted_from(before: str, part: str, year: int) -> tuple[str, int] | None:
    """The period a move told by its size left (*before*: the words before the new period, *part*
    and *year* as `_periods` gives it), or None: a month moved by months or years, a day by days,
    weeks, months or years, a year's part or a year by years."""
    month = _MONTH_END.search(before) if part == "" else None
    if month is not None:  # "to September 2027", which `_periods` reads as the year alone
        part, before = f"{year:04d}-{dates.MONTHS.index(month.group(1).lower()) + 1:02d}", before[:month.start()]
    match = _SHIFT.search(before)
    if match is None:
        return None
    n = dates.count_of(match.group("n"))
    n = -n if match.group("fwd") else n
    unit = match.group("unit").lower().rstrip("s")
    if part[:4].isdigit() and len(part) == 10:
        day = dt.date.fromisoformat(part)
        if unit in ("day", "week"):
            old = day - dt.timedelta(days=n * (7 if unit == "week" else 1))
            return old.isoformat(), old.year
        months = n * (12 if unit == "year" else 1)
        total = day.year * 12 + day.month - 1 - months
        try:
            old = dt.date(total // 12, total % 12 + 1, day.day)
        except ValueError:
            return None
        return old.isoformat(), old.year
    if part[:4].isdigit() and unit in ("month", "year"):
        total = int(part[:4]) * 12 + int(part[5:7]) - 1 - n * (12 if unit == "year" else 1)
        return f"{total // 12:04d}-{total % 12 + 1:02d}", total // 12
    if not part[:4].isdigit() and unit == "year":
        return part, year - n
    return None


def _after(period: tuple[str, int], day: dt.date) -> bool:
    """Whether *period* (as `_periods` gives it) is still to come on *day*: a day after it, a
    year after its year, a part of a year not before its year."""
    part, year = period
    if part[:4].isdigit():
        return part > day.isoformat()
    return year > day.year or (year == day.year and part != "")


def _period_moves(text: str, later: dt.date) -> list[tuple[set[tuple[str, int]], set[tuple[str, int]]]]:
    """The (new periods, old periods) each sentence of *text* (dated *later*) moves a target to
    and from: "now expects ... in the second quarter of 2031" (no old period named), "to the first
    half of 2032 from the second half of 2031", "now due in 2035 instead of 2034"."""
    moves = []
    for sentence in _SENTENCE.split(text):
        found = _periods(sentence, later)
        if not found or _OPEN.search(sentence[:found[0][2]]) and not re.search(
                r"\b(?:said|says|told)\b", sentence[:found[0][2]]):
            continue
        old = {(p, y) for p, y, at in found if _LEFT.search(sentence[max(0, at - 40):at])}
        old |= {left for p, y, at in found if (left := _shifted_from(sentence[max(0, at - 80):at], p, y))}
        new = {(p, y) for p, y, at in found if (p, y) not in old and _after((p, y), later)}
        due = _NOW_DUE.search(sentence)
        if due:
            clause = sentence[due.end():]
            clause = clause[:edge.start()] if (edge := _SPLIT.search(clause)) else clause
            shift = due.end()
            new_due = {(p, y) for p, y, at in found if shift <= at < shift + len(clause)
                       and (p, y) not in old and _after((p, y), later)}
            if new_due:
                moves.append((new_due, old))
                continue
        if not old:
            # A plain move, told by its verb and the new period only ("has been pushed back to October
            # 2029", "postponed until the first quarter of 2028"): the old period is whatever the earlier
            # statement set for the same matter.
            plain = {(p, y) for p, y, at in found if (p, y) in new
                     and _MOVED_TO.search(_MONTH_END.sub("", sentence[max(0, at - 70):at]) if p == "" else sentence[max(0, at - 60):at])}
            if plain:
                moves.append((plain, set()))
                continue
        if old and new and (due or re.search(r"(?i)\b(?:push\w*|mov\w*|put|delay\w*|postpon\w*|"
                                              r"brought|bring\w*|slipp?\w*|revis\w*|shift\w*)\b", sentence)):
            moves.append((new, old))
    return moves


def _sets_period(text: str, anchor: dt.date) -> set[tuple[str, int]]:
    """The periods *text* (of a source dated *anchor*) sets a target for: in a clause that looks
    ahead, in a year not before the source's; nothing when it tells a change of its own."""
    if _CHANGE.search(text) or _NOW_DUE.search(text) or _period_moves(text, anchor):
        return set()
    found: set[tuple[str, int]] = set()
    for sentence in _SENTENCE.split(text):
        if not (_AHEAD.search(sentence) or _EXPECTING.search(sentence) or _TARGET.search(sentence)):
            continue
        found |= {(p, y) for p, y, _ in _periods(sentence, anchor) if _after((p, y), anchor)}
    return found


def _valued(text: str) -> bool:
    """Whether *text* gives a value with a unit (an amount, a share): a forecast, not a milestone."""
    return any(f.unit for f in find_figures(text))


def _old_clause_shared(text: str, old: set[tuple[str, int]], told: str) -> bool:
    """Whether the later statement *told*, which names the period it moves a target from (*old*: "had moved to
    2036 from 2035"), shares a content word with the earlier statement's own clause setting that period ("the
    runway is scheduled to open in 2035"): the same milestone, though a sentence of two ("Construction is due
    to start in 2028 and ...") shares one word with it, not `SHARED_WORDS`."""
    years = {str(year) for _, year in old}
    theirs = _matter(dates.YEAR_PERIOD.sub(" ", told)) - _CALENDAR
    for clause in _CLAUSE.split(text):
        if clause and any(year in clause for year in years) and _AHEAD.search(clause) \
                and _matter(dates.YEAR_PERIOD.sub(" ", clause)) - _CALENDAR & theirs:
            return True
    return False


def moved_periods(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                  text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                  known: DatedSources | None = None) -> list[Superseded]:
    """Statements of *notes* that set a target period a later dated statement moves (see the
    comment above), each with the first such statement; pinned notes are never overtaken."""
    known = known or DatedSources(notes, docs)
    moves = [(told, move) for told, found in known.telling(notes, docs, _period_moves, text_of=text_of, reports=reports)
             for move in found]
    if not moves:
        return []
    found: list[Superseded] = []
    for note in notes:
        anchor = known.day_of[note.id]
        if note.status == "pinned" or anchor is None:
            continue
        text = text_of(note)
        ahead = _sets_period(text, anchor)
        if not ahead:
            continue
        for told, (new, old) in moves:
            if told.source == note.span.source or told.day <= anchor or new & ahead:
                continue
            if old and not old & ahead:
                continue
            if not old and (_valued(text) or _valued(told.text)):
                continue  # "now expects sales of $2 billion in 2028": another year's forecast, not a move
            if len(_matter(dates.YEAR_PERIOD.sub(" ", text)) & _matter(dates.YEAR_PERIOD.sub(" ", told.text))) < SHARED_WORDS \
                    and not (old and _old_clause_shared(text, old, told.text)):
                continue
            found.append(Superseded(note=note.id, by=told.id, reason="moved"))
            break
    return found


def overtaken_events(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                     text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                     known: DatedSources | None = None) -> list[Superseded]:
    """Every statement of *notes* a later source overtook as an event: done (`expected_events`),
    called off or moved (`changed_events`; by an undated source, `undated_changes`), a decision
    it waits on made (`decided_events`), or as a fall of a measure since recovered
    (`recovered_levels`), each once,
    with the report that did. *known*: `DatedSources` of *notes*, shared with the other judgements."""
    found: list[Superseded] = []
    seen: set[str] = set()
    known = known or DatedSources(notes, docs)
    for judgement in (*expected_events(notes, docs, text_of=text_of, reports=reports, known=known),
                      *changed_events(notes, docs, text_of=text_of, reports=reports, known=known),
                      *moved_periods(notes, docs, text_of=text_of, reports=reports, known=known),
                      *undated_changes(notes, docs, text_of=text_of, reports=reports, known=known),
                      *decided_events(notes, docs, text_of=text_of, reports=reports, known=known),
                      *recovered_levels(notes, docs, text_of=text_of, reports=reports, known=known),
                      *later_moves(notes, docs, text_of=text_of, reports=reports, known=known),
                      *answered_requests(notes, docs, text_of=text_of, reports=reports, known=known),
                      *ended_states(notes, docs, text_of=text_of, reports=reports, known=known),
                      *disclosed_values(notes, docs, text_of=text_of, reports=reports, known=known),
                      *passed_horizons(notes, docs, text_of=text_of, reports=reports, known=known),
                      *revised_views(notes, text_of=text_of, reports=reports, known=known),
                      *fulfilled_forecasts(notes, docs, text_of=text_of, reports=reports, known=known),
                      *needed_steps(notes, docs, text_of=text_of, reports=reports, known=known)):
        if judgement.note not in seen:
            seen.add(judgement.note)
            found.append(judgement)
    return found


# A state a later report tells ended. A statement that a halt, a blockade, a ban or a strike goes on
# ("the halt would stay in force until ...", "would keep the blockade until their demands were met",
# "the crossing would stay closed") is history once a later dated report tells that state ended
# ("agreed to let the mine restart", "lifts the road blockade", "the halt was eased"). By structure:
# - the statement's clause holds a state (`words.STATE_FAMILY`) as continuing: a state noun as the
#   subject of a verb of lasting (stay, remain, continue, persist), a verb of lasting followed by a
#   stopped state ("stay closed"), or a verb of keeping with a state noun as its object ("keep the
#   blockade"), or a refusal to end one ("would not ... clear the road blockade"); not in a clause of condition or time ("while the bay stays closed"), not denied, not
#   a call or demand that it should;
# - a clause of a later report, nothing ahead, tried, refused or denied before its verb, ends a state
#   of the same family: a verb of ending with the state noun as its object or passive subject
#   ("lifted the harvesting ban", "the halt was eased"), or, for a stop, a word of starting again
#   ("restart", "resumed", "reopening");
# - the two are about the same thing: every proper name of the statement's clause (after who said
#   it) is in the later sentence (another site's ban is not this one's), and they share a content
#   word besides the state's own words.
# A partial restart ends the halt as the story's state: the halt the statement quotes as lasting is
# over for the mine, whatever part of it a later report says still applies (the report says so itself).
_LASTING = re.compile(r"\b(?:stay|stays|stayed|remain|remains|remained|continue|continues|persist|persists)\b",
                      re.IGNORECASE)
_KEEPING = re.compile(r"\b(?:keep|keeps|kept|maintain|maintains|maintained|extend|extends|extended)\s+"
                      r"(?:(?:the|its|their|his|her|a|an)\s+)?((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
# A denial or refusal a few words before a verb of ending ("would not send police to clear", "refused to lift").
# A present progressive ("is costing", "are reviewing") or "under review": what its subject (or the verb
# itself, "is reviewing") names goes on as the report is written.
_GOING_ON = re.compile(r"\b(?:is|are)\s+(?:still\s+)?(?P<doing>(?!being\b)[a-z]+ing)\b|\bunder\s+(?P<under>review)\b",
                       re.IGNORECASE)
# A state noun as the subject of an intransitive verb of ending ("the strike ended", "the review had concluded").
_ENDED_ITSELF = re.compile(r"\b(?:(?:has|have|had)\s+(?:now\s+)?)?(?:ended|concluded|finished|expired)\b", re.IGNORECASE)
_REFUSED_END = re.compile(r"\b(?:not|never|n['’]t|refus\w*|declin\w*)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
_STOPPED = re.compile(r"^\s*(?:\w+ly\s+)?(closed|shut|suspended|halted|blocked|banned|idle)\b", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:while|if|unless|as\s+long\s+as|when|whether|once|before)\s+(?:[\w'’-]+\s+){0,4}$",
                          re.IGNORECASE)
_NOT_SO = re.compile(r"\b(?:not|never|no\s+longer|n['’]t|demand\w*|call\w*\s+for|urg\w*|ask\w*|want\w*|press\w*|"
                     r"petition\w*)\b", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:will|would|shall|could|(?-i:may)|might|should|must|can|going\s+to|plan\w*|hop\w*|"
                      r"expect\w*|aim\w*|seek\w*|sought|tr(?:y|ies|ied)|attempt\w*|threat\w*|vow\w*|refus\w*|"
                      r"reject\w*|declin\w*|demand\w*|call\w*\s+for|urg\w*|ask\w*|want\w*|if|unless|whether|"
                      r"not|never|no|n['’]t|until|before)\b", re.IGNORECASE)
_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b")


def _family(word: str) -> str | None:
    return STATE_FAMILY.get(stem(IRREGULAR_BASE.get(word.lower(), word.lower())))


def _state_words(words: Iterable[str]) -> set[str]:
    return {stem(w) for w in words} & (set(STATE_FAMILY) | RESUMING | ENDING)


def _lasting_states(text: str) -> list[tuple[str, str]]:
    """(family, clause) of each state *text* holds as continuing (see the comment above), the clause
    cut after its last verb of saying: what the speaker says of the state."""
    found: list[tuple[str, str]] = []
    edges = [0, *(x for m in _SPLIT.finditer(text) for x in (m.start(), m.end())), len(text)]
    for start, end in zip(edges[::2], edges[1::2], strict=True):
        clause = text[start:end]
        if not clause.strip() or re.search(r"\bwhile\s*$", text[:start]):  # "while the bay stays closed"
            continue
        said = list(_SAYING.finditer(clause))
        spoken = clause[said[-1].end():] if said else clause
        for match in _LASTING.finditer(spoken):
            before = spoken[:match.start()]
            if _SUBORDINATE.search(before) or _NOT_SO.search(before):
                continue
            subject = _TOKEN.findall(before)[-4:]
            after = _STOPPED.match(spoken[match.end():])
            family = next((f for f in map(_family, reversed(subject)) if f), None)
            if family is None and after is not None:
                family = _family(after.group(1))
            if family is not None:
                found.append((family, spoken))
        # "would not send police to clear the road blockade": who will not end a state says it goes on
        for match in _TOKEN.finditer(spoken):
            word = match.group(0).lower()
            before = spoken[:match.start()]
            if stem(IRREGULAR_BASE.get(word, word)) not in ENDING or not _REFUSED_END.search(before) \
                    or _SUBORDINATE.search(before):
                continue
            family = next((f for f in map(_family, _TOKEN.findall(spoken[match.end():])[:4]) if f), None)
            if family is not None:
                found.append((family, spoken))
        # "The Karvik blockade is costing exporters ...", "the ministry is reviewing the toll", "the toll
        # was under review": a state told as going on at the time of its report
        for match in _GOING_ON.finditer(clause):  # the report's own words too ("is reviewing ... and said")
            before = clause[:match.start()]
            if _SUBORDINATE.search(before) or _NOT_SO.search(before):
                continue
            word = (match.group("doing") or match.group("under") or "").lower()
            if stem(word) in ENDING or stem(word) in RESUMING:
                continue  # "the ban is being lifted", "is easing": the state ending, not going on
            family = _family(word) or next((f for f in map(_family, reversed(_TOKEN.findall(before)[-4:])) if f), None)
            if family is not None:  # the names that say whose state it is stand before the verb
                found.append((family, clause[:match.end()]))
        for match in _KEEPING.finditer(spoken):
            before = spoken[:match.start()]
            if _SUBORDINATE.search(before) or _NOT_SO.search(before):
                continue
            family = next((f for f in map(_family, _TOKEN.findall(match.group(1))) if f), None)
            if family is not None:
                found.append((family, spoken))
    return found


def _ended_states(text: str) -> set[str]:
    """The families of the states a clause of *text* tells ended (see the comment above)."""
    ended: set[str] = set()
    for clause in _SPLIT.split(text):
        if not clause:
            continue
        for match in _TOKEN.finditer(clause):
            word = stem(IRREGULAR_BASE.get(match.group(0).lower(), match.group(0).lower()))
            if word not in RESUMING and word not in ENDING:
                continue
            before = clause[:match.start()]
            if _NOT_YET.search(before):
                continue
            if word in RESUMING:
                ended.add("stop")
                continue
            following = _TOKEN.findall(clause[match.end():])[:4]
            preceding = _TOKEN.findall(before)[-5:]
            families = [f for f in map(_family, following) if f]
            if _PASSIVE_END.search(before):
                families += [f for f in map(_family, preceding) if f]
            ended.update(families[:1])
        for match in _ENDED_ITSELF.finditer(clause):
            before = clause[:match.start()]
            if _NOT_YET.search(before) or _PASSIVE_END.search(before):
                continue
            ended.update([f for f in map(_family, _TOKEN.findall(before)[-6:]) if f][-1:])  # "the review of the fee"
    return ended


def _names_in(text: str) -> set[str]:
    """The capitalised words of *text* past its first word, less calendar words."""
    return {w for w in _NAME.findall(text) if stem(w) not in _CALENDAR} - {text.split()[0] if text.split() else ""}


# Two readings of a statement of a lasting state that tie it to the sentences around it in its source:
# - its subject is a pronoun ("Pellow said it was likely to stay shut"): the thing is the one the sentence
#   before names ("The A417 bypass was closed ..."), whose words then count as the statement's matter;
# - it recalls, in the past perfect, what was said before the report ("Police had said on Monday the road
#   could stay shut for several days"), right after or before a sentence of the same paragraph that tells
#   the state ended ("Aldmere Highways reopened the A417 bypass ... on Wednesday"): the report itself tells
#   the recalled state over, so its own sentence overtakes it (the two sentences are one contrast: no
#   shared word is asked).
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:it|they|this|that)\s+(?:\w+\s+){0,4}?(?:stay|stays|stayed|remain|remains|remained|"
                              r"continue|continues|persist|persists)\b", re.IGNORECASE)
_RECALLED = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:said|warned|told|predicted|expected|feared|forecast|estimated|"
                       r"suggested|indicated|announced)\b", re.IGNORECASE)


def _sentence_before(doc: SourceDoc, start: int) -> str:
    """The text of the sentence of *doc* just before the one at *start* in its paragraph, or ""."""
    at = next((i for i, s in enumerate(doc.sentences) if s.start <= start < max(s.end, s.start + 1)), None)
    if not at or doc.sentences[at - 1].para != doc.sentences[at].para:
        return ""
    return doc.text[doc.sentences[at - 1].start:doc.sentences[at - 1].end]


def _beside(doc: SourceDoc, start: int, text: str) -> bool:
    """Whether *text* is a sentence of *doc* next to the one at *start*, in the same paragraph."""
    at = next((i for i, s in enumerate(doc.sentences) if s.start <= start < max(s.end, s.start + 1)), None)
    if at is None:
        return False
    wanted = " ".join(text.split())
    return any(0 <= i < len(doc.sentences) and doc.sentences[i].para == doc.sentences[at].para
               and " ".join(doc.text[doc.sentences[i].start:doc.sentences[i].end].split()) == wanted
               for i in (at - 1, at + 1))


def ended_states(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                 text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                 known: DatedSources | None = None) -> list[Superseded]:
    """Statements of *notes* that hold a state as continuing ("the halt would stay in force") whose
    state a later dated report tells ended ("agreed to let the mine restart"; see the comment
    above), each with the first such report. Pinned notes are never overtaken."""
    known = known or DatedSources(notes, docs)
    found: list[Superseded] = []
    endings: list[tuple[_Told, set[str]]] | None = None
    for note in notes:
        anchor = known.day_of[note.id]
        if note.status == "pinned" or anchor is None:
            continue
        text = text_of(note)
        # the statement's own words: a sentence quoted with the one before it ("He also said ...")
        # holds no state that sentence holds
        doc = docs.get(note.span.source)
        own = doc.text[note.span.start:note.span.end] if doc is not None else text
        lasting = _lasting_states(own)
        if not lasting:
            continue
        if endings is None:  # the later reports and the states each tells ended, read once
            endings = known.telling(notes, docs, _states_ended, text_of=text_of, reports=reports)
        matter = _words(text)
        if doc is not None and any(_PRONOUN_SUBJECT.search(clause) for _, clause in lasting):
            # "Pellow said it was likely to stay shut": what "it" is, the sentence before names
            matter |= _words(_sentence_before(doc, note.span.start))
        matter -= _state_words(content_words(text)) | {stem(w) for w in ("stay", "remain", "continu", "persist",
                                                                         "keep", "kept", "maintain", "extend")}
        recalled = doc is not None and _RECALLED.search(own) is not None
        if doc is not None and doc.meta.title and not any(_names_in(clause) for _, clause in lasting):
            # "the blockade would continue": a state named by no name of its own is its story's, the one
            # its source's headline names ("Karvik blockade enters second day")
            matter |= _words(doc.meta.title) - _state_words(content_words(doc.meta.title))
        for other, families in endings:
            beside = recalled and doc is not None and other.source == doc.id and _beside(doc, note.span.start, other.text)
            if not families or not beside and not _later_elsewhere(note, anchor, other.source, other.day):
                continue
            if any(family in families and _names_in(clause) <= set(_TOKEN.findall(other.text))
                   for family, clause in lasting) and (beside or matter & _words(other.text)):
                found.append(Superseded(note=note.id, by=other.id, reason="ended"))
                break
    return found


# A value told as not given, overtaken by a later report that gives it. "Renwick said his firm held a
# short position but declined to give its size", "The size of the stake is not yet known", "the company
# has not said how much waste was in the cell" are the story's state only until a later dated report
# (another source) gives that value: "a filing showed Greyfen held a net short position of 1.2 percent".
# By structure:
# - the statement withholds or lacks a value: a refusal or failure to tell ("declined / refused / did
#   not / has not (yet) ... say / give / disclose / reveal / specify / put a figure on") with what it
#   would tell as its object, or that object as the subject of "is not (yet) known / disclosed /
#   released / public" (`_UNTOLD`);
# - what is withheld is named by the object's content words, less the words of any measure ("size",
#   "amount", "how much"); an object of only such words ("its size", "the amount") is the object of the
#   clause before it ("held a short position ... but declined to give its size": the position);
# - a later sentence gives a figure (`find_figures`), nothing ahead or denied before it in its clause,
#   and shares a word of what is withheld and `SHARED_WORDS` content words with the statement.
# A value not told is no state to show once it is told; the statement leaves the sections, and its
# figure row, if any, was never its own.
_UNTOLD_VERB = (r"(?:say|give|disclose|reveal|specify|quantify|confirm|release|publish|put\s+a\s+(?:figure|number)\s+on)")
_UNTOLD = re.compile(
    r"\b(?:declin\w*|refus\w*|(?:did|does|do|has|have|had|would|could|will)\s*(?:not|n['’]t)|(?:is|are|was|were)\s+"
    r"(?:yet|still)|not)\s+(?:yet\s+)?(?:to\s+)?(?:be\s+)?" + _UNTOLD_VERB + r"\s+(?P<object>[^.;:!?]{2,90})"
    r"|(?P<subject>\b[\w'’ -]{2,80}?)\s+(?:is|are|was|were|remains|remained|has\s+not\s+been|have\s+not\s+been)\s+"
    r"(?:(?:still|yet)\s+)?(?:not\s+(?:yet\s+)?)?(?:known|unknown|undisclosed|disclosed|released|made\s+public|public)\b",
    re.IGNORECASE)
_MEASURE_WORDS = {stem(w) for w in ("size", "amount", "value", "figure", "number", "level", "scale", "extent", "total",
                                    "much", "many", "large", "big", "exact", "precise", "how", "sum", "detail", "details")}


def _untold(text: str) -> list[set[str]]:
    """The stems of each value *text* tells as not given (see the comment above)."""
    found: list[set[str]] = []
    for sentence in _SENTENCE.split(text):
        for match in _UNTOLD.finditer(sentence):
            if match.group("subject") is not None:
                tail = match.group(0)[len(match.group("subject")):]
                if not re.search(r"\b(?:not|unknown|undisclosed)\b", tail, re.IGNORECASE):
                    continue  # "the size was disclosed": told, not withheld
                phrase = _SUBJECT_EDGE.split(_ASIDE.sub(" ", match.group("subject")))[-1]
            else:
                phrase = _SPLIT.split(match.group("object"))[0]
                phrase = re.split(r"\b(?:because|as|since|until|after|before|when|to)\b", phrase)[0]
            words = {stem(w) for w in content_words(phrase)} - _CALENDAR - _REPORTING
            withheld = words - _MEASURE_WORDS
            if not withheld and words and match.group("object") is not None:
                # "... held a short position in the stock but declined to give its size": the clause before
                edges = [m for m in _SPLIT.finditer(sentence, 0, match.start())]
                before = sentence[edges[-1].start() - 120 if edges else 0:match.start()]
                before = re.split(r"\b(?:but|and)\s*$", before)[0]
                withheld = {stem(w) for w in content_words(before)} - _CALENDAR - _REPORTING - _MEASURE_WORDS
                withheld -= {stem(w) for w in _NAME.findall(before)}
            if withheld:
                found.append(withheld)
    return found


def _values_given(text: str, day: dt.date) -> list[tuple[set[str], str]]:
    """Each sentence of *text* that gives a figure in a clause with nothing ahead or denied before
    it, with the sentence's content-word stems."""
    found: list[tuple[set[str], str]] = []
    for sentence in _SENTENCE.split(text):
        if _UNTOLD.search(sentence) and _untold(sentence):
            continue
        for figure in find_figures(sentence):
            at = sentence.find(figure.text)
            clause_start = max((m.end() for m in _SPLIT.finditer(sentence, 0, max(at, 0))), default=0)
            if at >= 0 and not _NOT_YET.search(sentence[clause_start:at]):
                found.append(({stem(w) for w in content_words(sentence)}, sentence))
                break
    return found


def _dated_own(notes: Sequence[Note], docs: dict[str, SourceDoc], known: DatedSources,
               text_of: Callable[[Note], str]) -> Iterator[tuple[Note, dt.date, str]]:
    """The notes a later report may overtake (not pinned, their source dated), each with its source's day
    and its own words as the source has them."""
    for note in notes:
        anchor = known.day_of[note.id]
        if note.status == "pinned" or anchor is None:
            continue
        doc = docs.get(note.span.source)
        yield note, anchor, doc.text[note.span.start:note.span.end] if doc is not None else text_of(note)


def disclosed_values(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                     text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                     known: DatedSources | None = None) -> list[Superseded]:
    """Statements of *notes* that tell a value as not given whose value a later dated report gives
    (see the comment above), each with the first such report. Pinned notes are never overtaken."""
    known = known or DatedSources(notes, docs)
    found: list[Superseded] = []
    given: list[tuple[_Told, list[tuple[set[str], str]]]] | None = None
    for note, anchor, own in _dated_own(notes, docs, known, text_of):
        withheld = _untold(own)
        if not withheld:
            continue
        if given is None:
            given = known.telling(notes, docs, _values_given, text_of=text_of, reports=reports)
        matter = _words(own)
        for other, sentences in given:
            if not _later_elsewhere(note, anchor, other.source, other.day):
                continue
            if any(words & stems and len((matter - _MEASURE_WORDS) & stems) >= SHARED_WORDS
                   for words in withheld for stems, _ in sentences):
                found.append(Superseded(note=note.id, by=other.id, reason="disclosed"))
                break
    return found


# What a report says will be so only until the night or the day is out ("crews would remain on site
# overnight", "the road will stay shut tonight", "an update is expected later today") is over once a
# later dated report (another source) tells the story again: its own horizon has passed, whatever the
# later report says of it. By structure: a clause with a modal or a verb of lasting ahead of a phrase
# of that day's end (`_TODAY_ENDS`), nothing conditional before it; the later report shares a content
# word with the statement (the same story: the horizon has passed whatever the later report tells).
_TODAY_ENDS = re.compile(r"\b(?:overnight|tonight|through\s+the\s+night|into\s+the\s+night|this\s+(?:evening|afternoon)|"
                         r"later\s+(?:today|that\s+day|in\s+the\s+day|this\s+(?:evening|afternoon))|until\s+(?:the\s+)?morning)\b",
                         re.IGNORECASE)
_TO_COME = re.compile(r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:expected|due|set|going)\s+to|to\s+(?:stay|remain))\b",
                      re.IGNORECASE)


def _ends_today(text: str) -> bool:
    """Whether a clause of *text* sets something ahead only until its day's end (see above), and no
    clause of it tells an act done ("crews had brought the fire under control by mid-afternoon but would
    remain on site overnight": the act is history the brief may still need)."""
    if re.search(r"\b(?:had|has|have)\s+(?:been\s+|now\s+|already\s+)?[a-z]+(?:ed|en|ght|t)\b", text, re.IGNORECASE):
        return False
    for clause in _SPLIT.split(text):
        horizon = _TODAY_ENDS.search(clause or "")
        if horizon is None:
            continue
        before = clause[:horizon.start()]
        ahead = list(_TO_COME.finditer(before))
        if ahead and not re.search(r"\b(?:if|unless|whether)\b", before[:ahead[-1].start()], re.IGNORECASE):
            return True
    return False


def passed_horizons(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                    text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                    known: DatedSources | None = None) -> list[Superseded]:
    """Statements of *notes* that set something ahead until their day's end, once a later dated report
    of the same story exists (see the comment above), each with the first such report."""
    known = known or DatedSources(notes, docs)
    found: list[Superseded] = []
    later: list[_Told] | None = None
    for note, anchor, own in _dated_own(notes, docs, known, text_of):
        if not _ends_today(own):
            continue
        if later is None:
            later = later_reports(notes, docs, known, text_of=text_of, reports=reports, quoted_only=True)
        matter = _words(own)
        hit = next((told for told in later if _later_elsewhere(note, anchor, told.source, told.day)
                    and matter & _words(told.text)), None)
        if hit is not None:
            found.append(Superseded(note=note.id, by=hit.id, reason="ended"))
    return found


# A commentary's forecast a later report has overtaken. An analysis, a column or a forum post says
# what its writer (or someone it quotes) expects: "The regulator is likely to approve the deal",
# "a fiscal tightening could let the bank pause". Once a later dated report (no commentary) tells
# that event as done ("the Office for Students approved the merger", "the pause came too late"),
# the view is history, not the story's outlook. By structure, not by subject:
# - the view's clause sets something ahead by a modal or a verb of expecting (`_VIEW_AHEAD`); the
#   verb that follows it (after a causing verb and its object: "let the bank pause") is what it expects;
# - a clause of a later report, with nothing ahead in it, tells one of those words as done: the word
#   itself in the past ("approved"), or, as a noun, with a past verb just after it ("the pause came");
# - the two share a content word besides that event word (the same actor or matter: "bank", "Tarnside").
# Leaving a view out is the cautious side: a view shown as current after its event misleads; one left
# out costs the reader a line of comment. The looser match (one shared word, not `SHARED_WORDS`) is
# meant: it only ever drops comment.
_VIEW_AHEAD = re.compile(r"\b(?:will|would|could|(?-i:may)|might|should|shall|(?:is|are|was|were|seems?|looks?)\s+(?:\w+\s+)?"
                         r"(?:likely|unlikely|set|poised|bound|due|expected)\s+to|expects?\s+(?:\w+\s+){0,3}?to)\b",
                         re.IGNORECASE)
# Verbs that make someone else do the event ("could let the bank pause", "would force the council to
# sell"): the event is the verb after their object.
_CAUSING = {stem(w) for w in ("let", "allow", "help", "enable", "force", "make", "cause", "lead", "push", "prompt",
                              "persuade", "drive", "leave", "get")}
_PAST_AFTER = re.compile(r"^\W*(?:\w+\W+){0,1}?(?:" + _PAST_WORD.pattern + r"|was|were|had|has|have|kept|came|"
                         r"left|stood|cut|set|put)\b", re.IGNORECASE)


def _expected_words(text: str) -> set[str]:
    """Stems of the events a view expects: the verb after each cue of `_VIEW_AHEAD` ("likely to
    approve"), or after a causing verb, the verb after its object ("could let the bank pause")."""
    found: set[str] = set()
    for match in _VIEW_AHEAD.finditer(text):
        words = [w for w in content_words(_CLAUSE.split(text[match.end():], maxsplit=1)[0])
                 if stem(w) not in _CALENDAR | _REPORTING]
        while words and _adverb(words[0]):
            words = words[1:]
        if words and stem(words[0]) in _CAUSING:
            words = words[2:]
        if words:
            found.add(stem(words[0]))
    return found


# An adverb between the cue and the verb it sets ahead ("will probably be lifted", "costs will
# largely follow", "would soon close") is not the event: the verb after it is. Told by form: a word
# in -ly (not one of the verbs that end so: "will apply", "would reply") or one of the few short
# adverbs of time and degree that stand there.
_LY_VERBS = {"apply", "comply", "supply", "reply", "rely", "rally", "multiply", "fly", "tally", "ally",
             "imply", "bully", "dally", "sully", "belly", "resupply", "reapply"}
_SHORT_ADVERBS = {"soon", "still", "also", "then", "now", "again", "even", "just", "almost", "perhaps", "never",
                  "already", "yet", "first", "later", "instead"}
"""The adverbs `_adverb` does not tell by their "-ly" ending."""


def _adverb(word: str) -> bool:
    """Whether *word* (lower case) is an adverb that may stand between a modal and its verb."""
    return word in _SHORT_ADVERBS or (len(word) > 4 and word.endswith("ly") and word not in _LY_VERBS)


def _told_done(text: str, expected: set[str]) -> set[str]:
    """The stems of *expected* a clause of *text* tells as done: the word in the past, or followed
    by a past verb; nothing ahead in the clause."""
    done: set[str] = set()
    for clause in _CLAUSE.split(text):
        if not clause or _AHEAD.search(clause) or _VIEW_AHEAD.search(clause):
            continue
        for match in re.finditer(r"[A-Za-z][\w'’-]*", clause):
            word = match.group(0)
            if stem(word) not in expected:
                continue
            if _PAST_WORD.fullmatch(word) or _PAST_AFTER.match(clause[match.end():]):
                done.add(stem(word))
    return done


# A commentary's estimate of how far a measure is from a year before ("Ivorian arrivals are running
# almost a fifth behind last season") is overtaken by a later report's value of that change ("Arrivals
# at Ivorian ports reached 598,000 tonnes by November 16, down 14 percent from a year earlier"): the
# estimate's clause and the report's sentence share `SHARED_WORDS` content words before the change
# (the measure and its place), and both measure against a year before (last season, last year, a
# year earlier, the same period last season). Another base ("its level of two years ago") is
# another measure: that estimate stays.
_RELATIVE = re.compile(r"(?:(?:almost|nearly|about|around|roughly|some|close\s+to|more\s+than|over)\s+)?"
                       r"(?:(?:a|one)\s+(?:fifth|quarter|third|half|tenth)|\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%))"
                       r"\s+(?:behind|below|above|ahead\s+of|down|up|lower|higher|short\s+of)\b", re.IGNORECASE)
# Two change-by-a-percentage patterns, kept two on purpose: `_CHANGE_BY` (a report's change of a measure
# against a year before) takes "lower"/"higher" ("prices 4 percent higher than a year earlier": a comparison
# is a change there) and reads the measure's words right before the verb; `_MEASURED` (the measured move a
# prediction foretold, "footfall was down 5 percent") takes the verbs of movement, a "was"/"were" before
# them and a hedge ("about", "nearly"), and never "lower"/"higher" (a comparison, not a move told in the
# past). One vocabulary would widen each, so change what each overtakes: a behaviour change, not a move.
_CHANGE_BY = re.compile(r"\b(?:down|up|fell|rose|dropped|declined|slumped|increased|lower|higher)\s+(?:by\s+)?"
                        r"\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)", re.IGNORECASE)
_YEAR_BASE = re.compile(r"^\W*(?:\w+\W+){0,6}?(?:last\s+(?:season|year)|a\s+year\s+(?:earlier|ago|before)|"
                        r"the\s+(?:same\s+period\s+(?:of\s+)?(?:last|the\s+previous)\s+(?:season|year)|"
                        r"previous\s+(?:season|year)))\b", re.IGNORECASE)


def _estimates(text: str) -> list[set[str]]:
    """The measures a statement estimates against a year before: the words before each such change."""
    found = []
    for match in _RELATIVE.finditer(text):
        if _YEAR_BASE.match(text[match.end():]):
            found.append(_words(_CLAUSE.split(text[:match.start()])[-1] or text[:match.start()]))
    return found


def _reports_change(sentence: str, measure: set[str]) -> bool:
    """Whether *sentence* gives the change of *measure* against a year before."""
    for match in _CHANGE_BY.finditer(sentence):
        if _YEAR_BASE.match(sentence[match.end():]) and len(measure & _words(sentence[:match.start()])) >= SHARED_WORDS:
            return True
    return False


def overtaken_views(notes: Sequence[Note], docs: dict[str, SourceDoc], *, text_of: Callable[[Note], str],
                    commentary: Callable[[Note], bool], known: DatedSources | None = None) -> list[Superseded]:
    """Commentary statements (*commentary*) whose forecast a later dated report tells as done (see
    the comment above), each with the first report that does. Pinned notes are never overtaken."""
    known = known or DatedSources(notes, docs)
    told = [t for t in later_reports(notes, docs, known, text_of=text_of, reports=lambda n: not commentary(n))
            if (doc := docs.get(t.source)) is not None and doc.meta.kind not in _COMMENTING]
    told.sort(key=lambda t: (t.day, t.id))
    found: list[Superseded] = []
    for note in notes:
        anchor = known.day_of[note.id]
        if note.status == "pinned" or anchor is None or not commentary(note):
            continue
        text = text_of(note)
        expected = _expected_words(text)
        measures = _estimates(_SENTENCE.split(text)[-1])  # its own sentence, not one it is quoted with
        if not expected and not measures:
            continue
        words = _words(text)
        for report in told:
            if not _later_elsewhere(note, anchor, report.source, report.day):
                continue
            if any(_reports_change(report.text, measure) for measure in measures):
                found.append(Superseded(note=note.id, by=report.id, reason="view"))
                break
            done = _told_done(report.text, expected)
            if done and (words - done) & (_words(report.text) - done):
                found.append(Superseded(note=note.id, by=report.id, reason="event"))
                break
    return found


# -- a request to come, answered ---------------------------------------------------------------
#
# "The municipality ... said it would ask the Tyrol state government for emergency aid" is a plan
# to request something; a later dated report that the thing asked for was granted or refused ("The
# Tyrol state government on Tuesday approved emergency aid of 4 million euros ...") or that the
# request was made ("the 9 million euros the municipality had asked for") fulfils it: the plan is
# over. Told by structure: a modal or a word of intent before a verb of asking, and what is asked
# for (the head noun after "for", or the verb's object), which the later sentence names in a clause
# whose verb of granting, refusing or asking is in the past, sharing `SHARED_WORDS` more content words.
_ASK = re.compile(r"\b(?:will|would|shall|plans?\s+to|planned\s+to|intends?\s+to|(?:is|are)\s+(?:going\s+)?to)\s+"
                  r"(?:\w+ly\s+)?(?:ask|apply|seek|request|petition|bid)\b(?P<rest>[^.;:]*)", re.IGNORECASE)
_ASKED_FOR = re.compile(r"\bfor\s+(?P<what>(?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s*(?:,|\.|;|$|\s+(?:to|from|of|and|after|before|"
                        r"because|by|in|on|if|when|which|that)\b))", re.IGNORECASE)
_OBJECT_END = re.compile(r",|\b(?:to|from|of|and|after|before|because|by|in|on|if|when|which|that|with|at|over)\b",
                         re.IGNORECASE)
_ANSWERED = re.compile(r"\b(?:approved|granted|awarded|agreed|gave|given|rejected|refused|denied|turned\s+down|"
                       r"declined|(?:had|has|have)\s+(?:formally\s+)?(?:asked|applied|requested|sought)|asked\s+for|"
                       r"requested|applied\s+for|sought)\b", re.IGNORECASE)


def _asked_for(text: str) -> str | None:
    """The head noun of what *text* says someone will ask for ("would ask the state government for
    emergency aid" -> "aid"), outside quotations; None when it tells no request to come."""
    match = _ASK.search(holds._QUOTE_SPAN.sub(" ", text))
    if match is None:
        return None
    rest = match.group("rest")
    what = _ASKED_FOR.search(rest)
    # what follows "for", or the verb's object up to its first preposition or clause edge
    phrase = what.group("what") if what else _OBJECT_END.split(rest)[0]
    words = content_words(phrase)
    return stem(words[-1]) if words else None


def answered_requests(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                      text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                      known: DatedSources | None = None) -> list[Superseded]:
    """Statements of *notes* that tell a request to come ("said it would ask ... for emergency
    aid") whose object a later dated report tells granted, refused or asked for (see the comment
    above), each with the first such report. Pinned notes are never overtaken."""
    known = known or DatedSources(notes, docs)
    found: list[Superseded] = []
    answers: list[tuple[_Told, list[set[str]]]] | None = None
    for note in notes:
        anchor = known.day_of[note.id]
        if note.status == "pinned" or anchor is None:
            continue
        text = text_of(note)
        what = _asked_for(text)
        if what is None:
            continue
        if answers is None:  # the later reports and the words of their clauses of granting or asking, read once
            answers = [(other, [{stem(w) for w in content_words(c)} for c in _SPLIT.split(other.text)
                                if c and _ANSWERED.search(c)])
                       for other in known.later(notes, docs, text_of=text_of, reports=reports)]
        for other, clauses in answers:
            if not _later_elsewhere(note, anchor, other.source, other.day):
                continue
            if any(what in words for words in clauses) and \
                    len((_matter(text) - {what}) & (_matter(other.text) - {what})) >= SHARED_WORDS:
                found.append(Superseded(note=note.id, by=other.id, reason="event"))
                break
    return found


# What a story does to a proposal, a plan or a forecast that ends it: the value it carried is history.
_TURNED_DOWN = (r"(?:rejected|rejects|turned\s+down|turns\s+down|rebuffed|rebuffs|spurned|withdrew|withdrawn|"
                r"abandoned|scrapped|superseded|ditched|shelved|lapsed|voted\s+down)")
# The nouns of something proposed (general English, no subject's words).
_PROPOSAL = r"(?:offer|bid|proposal|approach|plan|deal|forecast|target|guidance|package|terms)s?"
# "rejected an unsolicited A$2.40 a share cash proposal": the verb, at most four words, the value,
# and within a few words after it the proposal it is the value of.
_BEFORE_VALUE = re.compile(r"(?i)\b" + _TURNED_DOWN + r"\s+(?:[\w'’-]+\s+){0,4}$")
_PROPOSAL_AFTER = re.compile(r"(?i)^\s*(?:[\w'’-]+\s+){0,4}?" + _PROPOSAL + r"\b")
# "its first offer of $31, which the board rejected": the proposal, the value, a relative clause ending it.
_PROPOSAL_BEFORE = re.compile(r"(?i)\b" + _PROPOSAL + r"\s+(?:of|at)\s+$")
_AFTER_VALUE = re.compile(r"(?i)^[^,;:.!?]{0,30},?\s*(?:which|that)\s+(?:[\w'’-]+\s+){0,4}(?:was\s+|were\s+|had\s+been\s+)?"
                          + _TURNED_DOWN + r"\b")
# A sentence opening on a proposal it names by reference ("The offer valued ...", "Its plan would cost ...").
_NAMED_PROPOSAL = re.compile(r"(?i)^\s*(?:the|this|that|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?" + _PROPOSAL + r"\b")
# A sentence telling the end of a proposal ("The board rejected the proposal", "Tollan withdrew its bid").
_TURNED_DOWN_ANY = re.compile(r"(?i)\b" + _TURNED_DOWN + r"\b")


def turned_down(sentence: str, figure: Figure, before: str = "") -> bool:
    """Whether *figure* (in *sentence*) is the value of something the story says was rejected,
    withdrawn, dropped or replaced, so no current value: the verb governs the value in its own
    clause with the proposal it is the value of ("rejected an unsolicited A$2.40 a share
    proposal", "its first bid of $31 a share, which was withdrawn"), or the sentence opens on a proposal it names by reference ("The proposal values
    the company at A$612 million", "The offer valued the airline at ...") and the sentence just
    *before* it tells a proposal ended ("The board rejected the offer."), while it tells no end
    of its own. General English only: verbs of ending, nouns of proposing, clause layout."""
    at = sentence.find(figure.text)
    if at < 0:
        return False
    head, tail = sentence[:at], sentence[at + len(figure.text):]
    if _BEFORE_VALUE.search(head) and _PROPOSAL_AFTER.match(tail) or \
            _PROPOSAL_BEFORE.search(head) and _AFTER_VALUE.search(tail):
        return True
    if not before or not _NAMED_PROPOSAL.match(sentence):
        return False
    return bool(_TURNED_DOWN_ANY.search(before)) and not _TURNED_DOWN_ANY.search(sentence)


# "had received no other approaches", "there are no plans to sell", "no further offers": a denial of a thing's existence.
# A determiner or a possessive at most two words before a noun: "a rival approach", "Kessler's approach".
_DETERMINED = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|\w['’]s?)\s+(?:[\w$.-]+\s+){0,2}$")
_STOP = (r"(?:in|at|on|to|of|for|from|with|that|which|who|but|as|since|by|was|were|had|has|have|is|are|be|been|"
         r"would|will|could|can|the|a|an)")
_DENIED = re.compile(r"(?i)\bno\s+(?:other|further|more|new|rival|competing|second)\s+((?:(?!" + _STOP
                     + r"\b)[a-z-]+\s+(?:(?:or|and)\s+)?){0,3}(?!" + _STOP + r"\b)[a-z]{4,})(?=\s*(?:[^\w\s]|$|\b"
                     + _STOP + r"\b))")
_NEGATION = re.compile(r"(?i)\b(?:no|not|never|without|nor|neither|n['’]t)\b")


def denied(sentence: str) -> set[tuple[str, frozenset[str]]]:
    """What *sentence* says there is no other of ("no other approaches": approach; "no other
    quarrying or concrete businesses": business, told as quarrying and concrete), as the noun's
    stem and its modifiers' stems; nothing from a clause set to come ("no other family will be")."""
    found: set[tuple[str, frozenset[str]]] = set()
    for clause in _CLAUSE.split(sentence):
        if not clause or _AHEAD.search(clause):
            continue
        for match in _DENIED.finditer(clause):
            words = [w for w in match.group(1).split() if w.lower() not in ("or", "and")]
            found.add((stem(words[-1]), frozenset(stem(w) for w in words[:-1])))
    return found


def reports_one(sentence: str, things: set[tuple[str, frozenset[str]]]) -> bool:
    """Whether *sentence* tells of one of the *things* (`denied`) as existing, with every word the
    denial qualified it by ("quarrying or concrete businesses" is not told by "a ready-mix
    business"): the noun with a
    determiner or a possessive before it ("a rival approach", "Kessler's approach", "the new
    offer"), in a clause with no negation before it and nothing in it set to come or open ("A
    second bid was lodged on Monday", "The rival approach tops ..."; not "no bid was made", nor
    "a bid could follow")."""
    for clause in _CLAUSE.split(sentence):
        if not clause or _AHEAD.search(clause):
            continue
        words = {stem(w) for w in re.findall(r"[A-Za-z-]+", sentence)}
        stems = {noun for noun, qualifiers in things if qualifiers <= words}
        for match in re.finditer(r"[A-Za-z]{4,}", clause):
            if stem(match.group(0)) not in stems or _NEGATION.search(clause[:match.start()]):
                continue
            if _DETERMINED.search(clause[:match.start()]):
                return True
    return False


# -- decisions a later source reports made ----------------------------------------------------
#
# "The council said it would set out its position after the boards' vote" and "Murphy said the
# group would announce within weeks whether it would proceed" wait on a decision; once a later
# dated source reports that the same body decided ("the council had decided to back the merger",
# "Skyward Holdings has lowered its offer"), the wait is over. A later report overtakes a pending
# decision when all of these hold:
#
# - the earlier statement has a clause in which someone will or would decide, announce, rule or
#   set out, take or make a position, view or decision (`_PENDING`), not denied or made conditional before it;
# - a clause of a later dated report (a note, or a sentence no note quotes) tells a decision made
#   in the past tense (`_DECIDED`: decided, announced, ruled, agreed, approved, granted, rejected,
#   lowered or withdrew an offer ...), nothing leaving it open before the verb; or tells the act a
#   pending choice is about as not done by its decider ("The agency did not cap patient numbers"
#   answers "would decide whether to cap ..."; `_NOT_DONE`): the act's verb is then all it is on;
# - the same decider: a content word of the later clause's subject (the words just before the
#   verb) names the earlier one's decider (the words before its verb of saying, and the noun
#   phrase after it: "Skyward chief executive Declan Murphy said the group");
# - the same matter: when the pending decision names what it is about ("whether to close the
#   library", "on the licence"), the later clause shares a content word of it; a decision on
#   nothing named ("its position", "whether it would proceed") is the story's own matter.

_PENDING = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:to|expected\s+to|due\s+to|set\s+to)|plans?\s+to|aims?\s+to)\s+"
    r"(?:(?:then|also|now|only|soon|formally|publicly)\s+)?"
    r"(?P<verb>decide|announce|rule|determine|choose|confirm|(?:set\s+out|give|make|take|reach|deliver|state|declare|"
    r"publish|issue)(?=\s+(?:its|their|his|her|a|an|the)\s+(?:[\w-]+\s+)?(?:position|view|decision|verdict|"
    r"ruling|answer|response|stance|conclusion|findings)s?\b))\b", re.IGNORECASE)
_DECIDED = re.compile(r"\b(?:(?:has|have|had)\s+(?:now\s+|since\s+|finally\s+)?)?(?P<verb>decided|announced|ruled|chose|chosen|opted|"
                      r"opened|launched|voted|"
                      r"agreed|resolved|determined|concluded|confirmed|granted|approved|rejected|refused|declined|"
                      r"lowered|raised|cut|withdrew|withdrawn|dropped|backed|endorsed|accepted)\b", re.IGNORECASE)
_WILL_NOT = re.compile(r"\b(?:said|announced|confirmed)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|he|she|the\s+[a-z]+)\s+"
                       r"(?:would|will)\s+not\s+(?P<verb>[a-z]+)\b")
_NOT_DONE = re.compile(r"\b(?:did|has|have|had)\s+not\s+(?P<verb>[a-z]+)\b")
# Verbs whose denial tells no act done or left undone ("did not say", "has not yet decided").
_NOT_AN_ACT = {stem(w) for w in ("say", "comment", "respond", "reply", "know", "expect", "yet", "be", "have", "give",
                                 "rule", "decide", "make", "take", "disclose", "specify", "elaborate", "explain")}
_SAYING = re.compile(r"\b(?:said|says|told|added|announced|confirmed|stated|according\s+to)\b", re.IGNORECASE)
_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,]*,")
_SUBJECT_EDGE = re.compile(r"[,;:()\"“”]|\b(?:said|says|told|that|and|but|after|because|when|while|which|who)\b",
                           re.IGNORECASE)
# What a decision is on when it names no matter of its own: the plan at hand.
_AT_HAND = {stem(w) for w in ("whether", "proceed", "proceeding", "go", "ahead", "continue", "press", "pursue",
                              "position", "view", "decision", "verdict", "ruling", "answer", "response", "stance",
                              "conclusion", "findings", "weeks", "days", "months", "soon", "shortly", "end")}
_PRONOUNS = {"it", "he", "she", "they", "we", "its", "their"}


def _decider(before: str) -> set[str]:
    """Stems naming who decides, from the part of a sentence *before* its pending verb: the
    words before the verb of saying and the noun phrase after it, asides left out."""
    text = _ASIDE.sub(" ", before)
    saying = _SAYING.search(text)
    if saying is None:
        subject = _SUBJECT_EDGE.split(text)[-1]
        return {stem(w) for w in content_words(subject)} - _CALENDAR - _REPORTING
    after = re.split(r"\b(?:was|is|were|are|would|will|had|has|have|could|should|may|might)\b", text[saying.end():])[0]
    words = content_words(text[:saying.start()]) + [w for w in content_words(after) if w.lower() not in _PRONOUNS]
    return {stem(w) for w in words} - _CALENDAR - _REPORTING


# A choice told as open rather than as to be made: "its decision on the scope of the inquiry was
# pending", "Decision on the licence: pending", "an appeal is very much on the table", "has not yet
# decided whether to go to court". What it is on is the decision's complement ("on the scope of the
# inquiry"), the option on the table ("an appeal") or the complement of "decided" ("whether to go to
# court"); who decides is the owner before "decision" ("the regulator's decision"), else who says so.
# Such a choice names its matter, so a later decision answers it only on a shared word of that matter.
_OPEN_CHOICE = re.compile(
    r"\b(?:decision|ruling|verdict|determination)\b(?P<on>[^.;!?]{0,120}?)\s*(?:(?:is|was|remains|remained)\s+"
    r"(?:still\s+)?pending|:\s*pending)\b"
    r"|(?P<option>[\w'’ -]{1,60}?)\s+(?:is|was|are|were|remains|remained)\s+[\"“]?(?:still\s+)?(?:\w+\s+)?(?:much\s+)?"
    r"[\"“]?on\s+the\s+table\b"
    r"|\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?decided|(?:is|are|was|were)\s+(?:yet|still)\s+to\s+decide|undecided)"
    r"(?P<whether>\s+(?:whether|on|if)\b[^.;!?]{1,120})", re.IGNORECASE)
_OWNER = re.compile(r"([\w'’ -]{1,60}?)['’]s?\s*$")


def _open_choices(sentence: str) -> list[tuple[set[str], set[str]]]:
    """The choices *sentence* tells as still open (see `_OPEN_CHOICE`): (decider, matter) stems,
    the matter never empty; not denied, conditioned or asked about before the cue."""
    found: list[tuple[set[str], set[str]]] = []
    for match in _OPEN_CHOICE.finditer(sentence):
        clause_start = max((m.end() for m in _SPLIT.finditer(sentence, 0, match.start())), default=0)
        if re.search(r"\b(?:not|no\s+longer|never|if|unless|whether)\b|n['’]t\b", sentence[clause_start:match.start()],
                     re.IGNORECASE) or re.search(r"\bno\s+longer\b|\boff\s+the\s+table\b", match.group(0), re.IGNORECASE):
            continue
        on = _SPLIT.split(match.group("on") or match.group("whether") or "")[0]
        option = match.group("option") or ""
        before = sentence[:match.start()]
        if option:  # "... told the Post on Tuesday that an appeal": what follows the verb of saying
            said = list(_SAYING.finditer(option)) + list(re.finditer(r"\bthat\b", option))
            cut = max((m.end() for m in said), default=0)
            before, option = sentence[:match.start() + cut], option[cut:]
        owner = _OWNER.search(before) if match.group("on") is not None else None
        decider = ({stem(w) for w in content_words(owner.group(1))} - _CALENDAR - _REPORTING
                   if owner and not re.search(r"\b(?:its|their|his|her)\s*$", before, re.IGNORECASE) else set())
        if not decider:
            saying = list(_SAYING.finditer(before))
            speaker = before[:saying[-1].start()] if saying else _SUBJECT_EDGE.split(_ASIDE.sub(" ", before))[-1]
            decider = {stem(w) for w in content_words(speaker)} - _CALENDAR - _REPORTING
        matter = {stem(w) for w in content_words(on + " " + option)} - _CALENDAR - _AT_HAND - _REPORTING - decider
        if matter:
            found.append((decider, matter))
    return found


def _pending(text: str) -> list[tuple[set[str], set[str]]]:
    """The decisions *text* says are still to be made: each as (its decider's stems, the stems of
    what it is on), from a clause that neither denies nor conditions it before its verb; and the
    choices it tells as still open (`_open_choices`)."""
    found: list[tuple[set[str], set[str]]] = []
    # an open choice of "our" or "its" body, in a quote with no speaker of its own, is its speaker's
    speaker = _SAYING.search(text)
    voice = {stem(w) for w in content_words(text[:speaker.start()])} - _CALENDAR - _REPORTING if speaker else set()
    for sentence in _SENTENCE.split(text):
        found += [(decider or voice, matter) for decider, matter in _open_choices(sentence)]
        for match in _PENDING.finditer(sentence):
            clause_start = max((m.end() for m in _SPLIT.finditer(sentence, 0, match.start())), default=0)
            if re.search(r"\b(?:not|never|no|whether)\b|n['’]t\b", sentence[clause_start:match.start()], re.IGNORECASE) \
                    or re.search(r"\b(?:if|unless)\b", sentence[:match.start()], re.IGNORECASE):
                continue  # "would not decide", "if asked, it would give its view"
            decider = _decider(sentence[:match.start()])
            if not decider:
                continue
            rest = re.split(r"[;:]|\b(?:after|before|once|until|when|because)\b", sentence[match.end():])[0]
            matter = {stem(w) for w in content_words(rest)} - _CALENDAR - _AT_HAND - _REPORTING - decider
            found.append((decider, matter))
    return found


def _decisions(text: str) -> list[tuple[set[str], set[str]]]:
    """The decisions *text* tells as made: each as (its subject's stems, the stems of the rest of
    its clause), the verb in the past tense with nothing before it in its clause that leaves it
    open or denies it."""
    found: list[tuple[set[str], set[str]]] = []
    for sentence in _SENTENCE.split(text):
        for match in _DECIDED.finditer(sentence):
            clause_start = max((m.end() for m in _SPLIT.finditer(sentence, 0, match.start())), default=0)
            if _OPEN.search(sentence[clause_start:match.start()]):
                continue
            subject = _SUBJECT_EDGE.split(_ASIDE.sub(" ", sentence[:match.start()]))[-1]
            who = {stem(w) for w in content_words(subject)} - _CALENDAR - _REPORTING
            if not who and (saying := list(_SAYING.finditer(sentence, 0, match.start()))) \
                    and re.fullmatch(r"\s*(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|he|she|we)\s+(?:(?:has|have|had)\s+)?",
                                     sentence[saying[-1].end():match.start()], re.IGNORECASE):
                # "The regulator said it had opened an investigation": the pronoun is who said it
                subject = _SUBJECT_EDGE.split(_ASIDE.sub(" ", re.sub(r"\([^()]*\)", " ", sentence[:saying[-1].start()])))[-1]
                who = {stem(w) for w in content_words(subject)} - _CALENDAR - _REPORTING
            if not who:
                continue
            edge = _SPLIT.search(sentence, match.end())
            rest = sentence[match.end():edge.start() if edge else len(sentence)]
            found.append((who, {stem(w) for w in content_words(rest)} | {stem(w) for w in content_words(sentence)}))
        # A decision its maker announces as a refusal to act ("The council said on Thursday it would not
        # appeal the ruling"): the act and what it is on are the decision's matter.
        for match in _WILL_NOT.finditer(sentence):
            act = stem(match.group("verb"))
            if act in _REPORTING or act in {stem(w) for w in ("say", "comment", "be", "have", "rule", "decide")}:
                continue
            who = {stem(w) for w in content_words(_SUBJECT_EDGE.split(_ASIDE.sub(" ", sentence[:match.start()]))[-1])}
            edge = _SPLIT.search(sentence, match.end())
            rest = sentence[match.end():edge.start() if edge else len(sentence)]
            if who - _CALENDAR - _REPORTING:
                found.append((who - _CALENDAR - _REPORTING, {act} | {stem(w) for w in content_words(rest)}))
        # A decision told by what its maker did not do ("The agency did not cap patient numbers"): the
        # act itself is all it is on, so it answers only a pending decision whether to do that act.
        for match in _NOT_DONE.finditer(sentence):
            act = stem(match.group("verb"))
            clause_start = max((m.end() for m in _SPLIT.finditer(sentence, 0, match.start())), default=0)
            if act in _REPORTING or act in _NOT_AN_ACT or _OPEN.search(sentence[clause_start:match.start()]):
                continue
            subject = _SUBJECT_EDGE.split(_ASIDE.sub(" ", sentence[clause_start:match.start()]))[-1]
            who = {stem(w) for w in content_words(subject)} - _CALENDAR - _REPORTING
            if who:
                found.append((who, {act}))
    return found


def decided_events(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                   text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                   known: DatedSources | None = None) -> list[Superseded]:
    """Statements of *notes* that wait on a decision a later dated source reports made (see the
    comment above), each with the first such report. Arguments as for `changed_events`; pinned
    notes are never overtaken."""
    known = known or DatedSources(notes, docs)
    waiting = [(note, pending) for note in notes if note.status != "pinned"
               and known.placed[note.id] is not None and (pending := _pending(text_of(note)))]
    if not waiting:
        return []
    made = known.telling(notes, docs, _decisions_told, text_of=text_of, reports=reports)
    found: list[Superseded] = []
    for note, pending in waiting:
        since = known.placed[note.id]
        assert since is not None
        hit = next((told for told, decisions in made
                    if told.source != note.span.source and told.day > since
                    and any(decider & who and (not matter or matter & said)
                            for decider, matter in pending for who, said in decisions)), None)
        if hit is not None:
            found.append(Superseded(note=note.id, by=hit.id, reason="event"))
    return found


# -- a measure a later source reports recovered --------------------------------------------------
#
# "Hydropower output had been cut by 40 percent" is not the story's state once a later report says
# "hydropower output had recovered to about 75 percent of normal": the later source reads the same
# measure at a new level. A later dated report overtakes an earlier statement of a fall when:
#
# - a clause of the later report tells a measure recovered, rebounded or returned to a value
#   (`_RECOVERED`), nothing before the verb in its clause leaving it open; the measure is the
#   last two words of the noun phrase before the verb ("hydropower output", "ticket sales");
# - the earlier statement names that measure in the same words, side by side, and tells it fell,
#   was cut or stood below a level by a value of the same kind (`_FELL` and a percentage or a
#   value of the later one's unit);
# - the earlier statement comes from another, earlier source (its date or its estimate).

_RECOVERED = re.compile(r"\b(?:(?:has|have|had)\s+(?:since\s+|now\s+|largely\s+|partly\s+)?)?(?:recovered|rebounded|returned|"
                        r"bounced\s+back|climbed\s+back|come\s+back|came\s+back|been\s+restored)\s+to\b", re.IGNORECASE)
_FELL = re.compile(r"\b(?:cut|fell|fallen|dropped|declined|slumped|plunged|reduced|lowered|down|below|lower|less)\b",
                   re.IGNORECASE)


def _measure_before(sentence: str, at: int) -> tuple[str, str] | None:
    """The last two words of the noun phrase just before offset *at* of *sentence* (the measure
    a verb there is said of), lower-cased; None when there are not two words of it."""
    phrase = _SUBJECT_EDGE.split(sentence[:at])[-1]
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", phrase)]
    words = [w for w in words if w not in ("has", "have", "had", "the", "a", "an", "its", "their")]
    return (words[-2], words[-1]) if len(words) >= 2 else None


def _recoveries(text: str) -> list[tuple[str, str]]:
    """The measures (`_measure_before`) a clause of *text* tells recovered to a value."""
    found: list[tuple[str, str]] = []
    for sentence in _SENTENCE.split(text):
        for match in _RECOVERED.finditer(sentence):
            clause_start = max((m.end() for m in _SPLIT.finditer(sentence, 0, match.start())), default=0)
            if _OPEN.search(sentence[clause_start:match.start()]) or not find_figures(sentence[match.end():]):
                continue
            measure = _measure_before(sentence, match.start())
            if measure is not None and not {stem(w) for w in measure} & _CALENDAR:
                found.append(measure)
    return found


def _tells_fall(text: str, measure: tuple[str, str]) -> bool:
    """Whether a sentence of *text* names *measure* (its two words side by side) and tells it
    fell or stood below a level by a percentage, after naming it."""
    pattern = re.compile(rf"\b{re.escape(measure[0])}\s+{re.escape(measure[1])}\b", re.IGNORECASE)
    for sentence in _SENTENCE.split(text):
        named = pattern.search(sentence)
        if named is None:
            continue
        rest = sentence[named.end():]
        fell = _FELL.search(rest)
        if fell and any(unit_class(f) in ("%", "pp") for f in find_figures(rest)):
            return True
    return False


def recovered_levels(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                     text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                     known: DatedSources | None = None) -> list[Superseded]:
    """Statements of *notes* telling a measure's fall that a later dated report says recovered
    to a new level (see the comment above), each with the first such report. Arguments as for
    `changed_events`; pinned notes are never overtaken."""
    known = known or DatedSources(notes, docs)
    told = known.telling(notes, docs, _recoveries_told, text_of=text_of, reports=reports)
    found_: list[Superseded] = []
    if not told:
        return found_
    for note in notes:
        since = known.placed[note.id]
        if note.status == "pinned" or since is None:
            continue
        text = text_of(note)
        hit = next((t for t, measures in told if t.source != note.span.source and t.day > since
                    and any(_tells_fall(text, m) for m in measures)), None)
        if hit is not None:
            found_.append(Superseded(note=note.id, by=hit.id, reason="recovered"))
    return found_


# -- a market move a later report of the same holder's shares overtook ------------------------
#
# "Shares in Australian agricultural exporters fell, with cattle company Northern Pastoral down 7%" is a
# day's move, not the story's state once a later dated report tells another move of the same holder's
# shares ("Shares in Northern Pastoral rose 5%"): the brief shows the later one. A move is a percentage
# in a clause of a sentence about shares or a listed holder, just after a verb or adverb of moving
# ("fell", "rose", "down", "up"); its holder is the capitalised name just before that verb ("Milford
# Coaches fell 4%", "Milford Coaches shares rose 3%") or after "shares in" ("Shares in Northern Pastoral
# rose 5%"). The two holders must be one actor (`sections.same_actor`); the later report must be dated
# after the earlier statement's source and come from another source.

_MOVE = re.compile(r"\b(?:fell|fallen|rose|risen|dropped|declined|slid|slipped|slumped|tumbled|plunged|sank|gained|"
                   r"climbed|jumped|surged|soared|rallied|edged\s+(?:up|down|higher|lower)|down|up|lower|higher)\s+"
                   r"(?:by\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+)?\d[\d.]*\s?(?:%|per\s*cent|percent)",
                   re.IGNORECASE)
_SHARES = re.compile(r"\b(?:shares?|stocks?|listed|share\s+price|traded)\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&.-]*)(?:['’]s)?(?:\s+(?:shares?|stocks?|share\s+price))?"
                          r"(?:\s+(?:was|were|had|has|have|closed|ended|finished|traded))?\s+$")
_SHARES_IN = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+((?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&.-]*)")


def _movers(text: str) -> list[str]:
    """The holders whose shares a sentence of *text* tells moved by a percentage (see above)."""
    found: list[str] = []
    for sentence in _SENTENCE.split(text):
        if not _SHARES.search(sentence):
            continue
        for move in _MOVE.finditer(sentence):
            clause_start = max((m.end() for m in _SPLIT.finditer(sentence, 0, move.start())), default=0)
            if _OPEN.search(sentence[clause_start:move.start()]):
                continue  # "could fall 10%": a view, not a move
            name = _NAME_BEFORE.search(sentence, clause_start, move.start()) or _SHARES_IN.search(sentence, clause_start,
                                                                                                 move.start())
            if name is None:
                continue
            holder = name.group(1).strip()
            if len(holder.split()) == 1 and holder.lower() in ("shares", "stocks", "the", "its", "their", "his", "her"):
                continue
            found.append(holder)
    return found


def later_moves(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                known: DatedSources | None = None) -> list[Superseded]:
    """Statements of *notes* telling a move of a holder's shares that a later dated report tells another
    move of (see the comment above), each with the first such report; pinned notes are never overtaken."""
    known = known or DatedSources(notes, docs)
    told = known.telling(notes, docs, _movers_told, text_of=text_of, reports=reports)
    overtaken_: list[Superseded] = []
    if not told:
        return overtaken_
    for note in notes:
        since = known.placed[note.id]
        if note.status == "pinned" or since is None or not (mine := _movers(text_of(note))):
            continue
        hit = next((t for t, holders in told if t.source != note.span.source and t.day > since
                    and any(holds.same_actor(a, b) for a in mine for b in holders)), None)
        if hit is not None:
            overtaken_.append(Superseded(note=note.id, by=hit.id, reason="moved"))
    return overtaken_


# -- a view its holder has since restated ----------------------------------------------------
#
# A view belongs to the one who holds it. When a later dated report quotes the same holder again on
# the same matter ("told clients last week that he does not believe ... remedies will satisfy the
# authority", then, after the remedies were offered, "Pedro Antunes of Atlantico Securities said the
# remedies were 'more than the market expected'"), the earlier view is no longer that holder's: the
# brief shows the later one, or neither. The holder is the same when the two speakers name one actor
# (`sections.same_actor`), or the later statement names the earlier speaker, a person's full name,
# as the one who says it ("Pedro Antunes of Atlantico Securities said"); a speaker known by one word
# ("Council", "Minister") is too loose a name to tell. The matter is the same when the two share a
# content word besides the holders' names, calendar and reporting words. And the later statement must
# tell the holder changed a view of their own ("lowered his estimate", "revised its forecast", "now
# believes", "no longer expects"): a holder quoted twice on one story usually says two things, both
# current (a minister's complaint, then a comment on a deal), and those stay. Only views are
# overtaken (forecasts, opinions): a fact a person reported stays a fact.
_REVISED = re.compile(r"\b(?:(?:lowered|raised|cut|revised|changed|reversed|upgraded|downgraded|increased|reduced|"
                      r"trimmed|dropped|abandoned|withdrew)\s+(?:his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:estimates?|forecasts?|views?|ratings?|targets?|outlook|expectations?|assessment|"
                      r"position|stance|call|mind)|now\s+(?:believes?|expects?|thinks?|sees?)|"
                      r"no\s+longer\s+(?:believes?|expects?|thinks?|sees?))\b", re.IGNORECASE)

_SAYS_AFTER = re.compile(r"^[^.;:!?\"“”]{0,60}?\b(?:said|says|told|wrote|writes|added|argued|believes?|expects?)\b")
_FULL_NAME = re.compile(r"^(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+$")


def _names_holder(told: str, speaker: str) -> bool:
    """Whether *told* names *speaker* (a full name) as the one saying it."""
    if not _FULL_NAME.match(speaker):
        return False
    return any(_SAYS_AFTER.match(told[m.end():]) for m in re.finditer(re.escape(speaker) + r"\b", told))


def _view(note: Note) -> bool:
    return note.kind in ("forecast", "opinion")


def revised_views(notes: Sequence[Note], *, text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                  known: DatedSources) -> list[Superseded]:
    """Views of *notes* whose holder a later dated report quotes again on their matter (see the
    comment above), each with the first such report. Pinned notes are never overtaken."""
    later = sorted((n for n in notes if known.day_of[n.id] is not None and n.speaker and reports(n)),
                   key=lambda n: (known.day_of[n.id], n.id))
    found: list[Superseded] = []
    for note in notes:
        anchor = known.day_of[note.id]
        if note.status == "pinned" or anchor is None or not _view(note) or len(note.speaker.split()) < 2:
            continue
        text = text_of(note)
        for other in later:
            day = known.day_of[other.id]
            if not _later_elsewhere(note, anchor, other.span.source, day):
                continue
            told = text_of(other)
            if not _REVISED.search(told):
                continue
            if not (holds.same_actor(note.speaker, other.speaker) or _names_holder(told, note.speaker)):
                continue
            names = _words(" ".join((note.speaker, note.speaker_role or "", other.speaker, other.speaker_role or "")))
            if (_matter(text) - names) & (_matter(told) - names):
                found.append(Superseded(note=note.id, by=other.id, reason="view"))
                break
    return found


# -- an expectation of an act a later report tells done --------------------------------------
#
# "We expect the AdC to ask Meridian to sell spectrum in the 800 MHz or 3.6 GHz bands and to offer
# wholesale access ...", written on 3 November, once a report of 20 November says "Meridian Telecom
# has offered to sell part of its spectrum and Lusanet's budget brand ...": what was expected is
# known, and the expectation is history. The expectation is a forecast's clause after "expect(s) X
# to"; the later report's main clause reports something done (`sections.reports_done`), in a report
# (no comment) dated after it, and shares `DONE_WORDS` content words with the expected act besides
# calendar and reporting words, one of them a verb of the act: the act and who does it to what, not
# a topic alone ("kept its key interest rate unchanged" answers no "expect the bank to raise
# interest rates": that forecast stays).

DONE_WORDS = 3
_EXPECT_TO = re.compile(r"\b(?:expect|expects|expected|anticipate|anticipates|predict|predicts)\s+"
                        r"(?:[\w'’.-]+\s+){1,4}?to\s+(?=[a-z])", re.IGNORECASE)


def _expected_act(text: str) -> str | None:
    """The act a forecast's sentence expects someone to do (the words after "expect X to"), or None."""
    found = _EXPECT_TO.search(text)
    return text[found.end():] if found else None


def fulfilled_forecasts(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                        text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                        known: DatedSources) -> list[Superseded]:
    """Forecasts of *notes* that expect an act a later dated report tells done (see the comment
    above), each with the first such report. Pinned notes are never overtaken."""
    found: list[Superseded] = []
    for note in notes:
        anchor = known.day_of[note.id]
        if note.status == "pinned" or anchor is None or note.kind != "forecast":
            continue
        act = _expected_act(text_of(note))
        if act is None:
            continue
        words = _matter(act)
        # The verbs of the act: its first word and each after "to" ("ask Meridian to sell spectrum
        # ... and to offer"): the later report must tell one of them, not only its subject and object
        # ("kept its key interest rate unchanged" is no "raise interest rates").
        verbs = {stem(w) for w in re.findall(r"(?:^|\bto\s+)([a-z]+)", act)} - _CALENDAR
        for other, _done in known.telling(notes, docs, _reports_done, text_of=text_of, reports=reports):
            if not _later_elsewhere(note, anchor, other.source, other.day):
                continue
            told = known.readings.read(_matter, other.text)
            if len(words & told) >= DONE_WORDS and verbs & told:  # and it reports the act done (`telling`)
                found.append(Superseded(note=note.id, by=other.id, reason="event"))
                break
    return found


# -- a holder's later word on the same object --------------------------------------------------
#
# "Hermans said the government remained committed to its goal of 21 GW of offshore wind by 2030"
# (3 November) is no longer the minister's position once she says, on 20 November, "I will not
# pretend that 21 gigawatts in 2030 is still certain": no verb of revising, but the same holder
# speaking later on the same object. Told by structure, never by a subject's words:
#
# - the holder: the note's speaker, or the name a reporting verb attributes the statement to
#   ("Hermans said ...", "... said Lars Mikkelsen, head of ..."); a later sentence's holder is its
#   own attribution or, when it opens a quotation without one, the attribution of the sentence
#   before it in its paragraph (a quotation that runs on). Two holders are one when they name one
#   actor (`sections.same_actor`), or when one is a body ("Federal health ministry") and the other a
#   person who holds its office ("Health Minister Korinna Schumann": the office's word and one more);
# - the object: a quantity both give in the same unit ("21 GW", "21 gigawatts": a unit's
#   abbreviation spells the word), at the same value, or, for an amount of money or a rate, a value
#   within half again of the other (not a count: "95 euros per megawatt-hour to break even", then "At 89.70 euros
#   the numbers work again"); or one thing both take a stance on, with the stance turned ("did not
#   favour a national mandate", then "has not ruled out a mandate");
# - the later one is from a dated report (no comment), dated after the earlier, from another source.
#   Only views and positions are overtaken (forecasts, opinions, quotations), never a fact.
#
# A plan told to come ("RVO said it would award the Nederwiek I-A site to the single bidder if the
# bid passed its technical review") is overtaken by a later report of the act done ("the site has
# been awarded to ..."): the plan's verb in the past in a clause that sets nothing ahead, in a
# sentence that names a thing the plan names (a capitalised name besides the holder's).
# Two objects of one speaker (a minister's complaint, then her figure for a cap) are no revision:
# those statements stay.

_SAYING_VERB = r"(?:said|says|told|added|repeated|reiterated|argued|wrote|insisted|acknowledged|stressed)"
_NAME_RUN = r"(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’-]*"
_BY_BEFORE = re.compile(r"(?P<name>" + _NAME_RUN + r")(?:\s+(?:also|again|later|on\s+\w+))?\s+" + _SAYING_VERB + r"\b")
_BY_AFTER = re.compile(r"\b" + _SAYING_VERB + r"\s+(?P<name>" + _NAME_RUN + r")")
_OPENS_QUOTE = re.compile(r"^\s*[\"“]")
_UNIT_WORD = re.compile(r"\s*([A-Za-z][\w-]*)")
_STANCE = re.compile(r"\b(?P<neg>not\s+|n['’]t\s+|no\s+longer\s+|never\s+)?(?:\w+ly\s+)?(?P<verb>favou?r(?:s|ed)?|"
                     r"support(?:s|ed)?|back(?:s|ed)?|oppos(?:e|es|ed)|reject(?:s|ed)?|rul(?:e|es|ed)\s+out|"
                     r"resist(?:s|ed)?)\s+(?P<what>(?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.IGNORECASE)
_AGAINST = re.compile(r"^(?:oppos|reject|rul|resist)", re.IGNORECASE)
_PLAN = re.compile(r"\b(?:would|will|shall|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:set\s+|due\s+|going\s+)?to)\s+"
                   r"(?:\w+ly\s+)?(?P<verb>[a-z]+)\b(?P<rest>[^.;]*)")
_POSITION_KINDS = frozenset({"forecast", "opinion", "quote"})


def _holders(text: str) -> list[str]:
    """The names a reporting verb attributes *text* to, outside quotations ("Hermans said ...",
    "... said Lars Mikkelsen, head of ...")."""
    bare = holds._QUOTE_SPAN.sub(" ", text)
    found = [m.group("name") for m in _BY_BEFORE.finditer(bare)] + [m.group("name") for m in _BY_AFTER.finditer(bare)]
    return [re.sub(r"^(?:The|the|A|An)\s+", "", name).strip() for name in found if name not in ("It", "He", "She", "They")]


def _speaks_for(body: str, person: str) -> bool:
    """Whether *person* ("Health Minister Korinna Schumann") holds the office of *body*
    ("Federal health ministry"): the body's last word and a word of the person's title share a
    stem's first six letters, and one more word of the body is in the title."""
    words = [stem(w) for w in re.findall(r"[A-Za-z]+", body)]
    theirs = [stem(w) for w in re.findall(r"[A-Za-z]+", person)]
    if len(words) < 2 or len(words[-1]) < 6 or not any(w[:6] == words[-1][:6] for w in theirs):
        return False
    return any(w in theirs for w in words[:-1] if len(w) > 3)


def _one_holder(these: Sequence[str], those: Sequence[str]) -> bool:
    return any(holds.same_actor(a, b) or _speaks_for(a, b) or _speaks_for(b, a)
               for a in these for b in those if a and b)


def _unit_token(text: str, figure: Figure) -> str:
    """The word written after *figure* in *text* ("GW", "gigawatts"), or its unit."""
    at = text.find(figure.text)
    after = _UNIT_WORD.match(text[at + len(figure.text):]) if at >= 0 else None
    return (figure.unit or (after.group(1) if after else "")).lower().split()[0] if (figure.unit or after) else ""


def _same_unit_word(a: str, b: str) -> bool:
    """One unit: the same stem, or one an abbreviation whose letters the other spells in order
    from its first ("gw" and "gigawatts", "mwh" and "megawatt-hour")."""
    if not a or not b:
        return False
    if stem(a) == stem(b):
        return True
    short, long = sorted((a, b), key=len)
    if len(short) > 4 or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def _shared_quantity(earlier: str, later: str) -> bool:
    """Whether *later* gives a quantity *earlier* gives (see the comment above)."""
    for a in find_figures(earlier):
        ua = _unit_token(earlier, a)
        if not ua or a.value is None or unit_class(a) == "%":
            continue
        for b in find_figures(later):
            ub = _unit_token(later, b)
            if b.value is None or not _same_unit_word(ua.split("-")[0], ub.split("-")[0]):
                continue
            if b.value == a.value:
                return True
            if unit_class(a) != "count" and a.value and 2 / 3 <= b.value / a.value <= 3 / 2:
                return True
    return False


def _stances(text: str) -> list[tuple[bool, set[str]]]:
    """Each stance *text* takes outside quotations: whether it is for the thing, and the thing's words."""
    found = []
    for m in _STANCE.finditer(holds._QUOTE_SPAN.sub(" ", text)):
        against = bool(_AGAINST.match(m.group("verb"))) != bool(m.group("neg"))
        what = {stem(w) for w in content_words(_CLAUSE.split(m.group("what"), maxsplit=1)[0])} - _CALENDAR
        if what:
            found.append((not against, what))
    return found


def _turned_stance(earlier: str, later: str) -> bool:
    return any(a[0] != b[0] and a[1] & b[1] for a in _stances(earlier) for b in _stances(later))


def _names(text: str) -> set[str]:
    """The capitalised words of *text* that do not open a sentence or follow a quotation mark."""
    return {m.group(1) for m in re.finditer(r"(?<=[\w,’'])\s+([A-Z][\w'’-]*)", text)} - {"I"}


def _plan(text: str) -> tuple[str, set[str]] | None:
    """The act a statement says will be done (its verb's stem) and the names of what it is done to."""
    match = _PLAN.search(holds._QUOTE_SPAN.sub(" ", text))
    if match is None or stem(match.group("verb")) in {"be", "have", "not", "also", "still", "now"}:
        return None
    things = _names(" " + match.group("rest"))
    return (stem(match.group("verb")), things) if things else None


# A plan whose object names nothing ("The authority expects to name the interim operator before the
# end of November") is overtaken by a later report whose clause has the plan's actor as its subject,
# the plan's verb in the past, and the head noun of the plan's object among the words just after it
# ("The authority named Lintra Rail as the new operator"): same holder, same act, same thing.
# The actor is the plan's words before its cue (a bracketed subject counts); the object's head is the
# last word of the noun phrase after the verb, up to a preposition or a comma. A pronoun subject, or
# a later clause with anything ahead or a negation before the verb, is no report of the act.
_PLAN_AHEAD = re.compile(r"\b(?:would|will|shall|expects?\s+to|aims?\s+to|hopes?\s+to|plans?\s+to|intends?\s+to|"
                         r"(?:is|are)\s+(?:set\s+|due\s+|going\s+|expected\s+)?to)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\b"
                         r"(?P<rest>[^.;]*)")
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "new", "next"}
_NEGATED = re.compile(r"\b(?:not|never|no|n['’]t)\b", re.IGNORECASE)
_OBJECT_SPAN = 10


def _unquoted(text: str) -> str:
    """*text* with its quotations blanked and its brackets' marks dropped: the reporter's own clause, as read
    for plans and steps."""
    return holds._QUOTE_SPAN.sub(" ", text).replace("[", "").replace("]", "")


# Where a plan's object ends besides `_OBJECT_END`: a time it is set for ("would bring an amendment within
# weeks", "would file the case within days"): the object is the amendment, the case, not the weeks.
_PLAN_OBJECT_END = re.compile(r"\b(?:within|during|until|next|later|soon|shortly|this|early)\b", re.IGNORECASE)
# The verbs of laying a document or a case before a body (a closed class): one act whichever of them
# each report uses ("would file the case" / "who brought the case", "would bring an amendment" /
# "presented an amendment").
_SUBMIT = {stem(w) for w in ("bring", "file", "lodge", "submit", "present", "table", "introduce")}


def _did(word: str, verb: str) -> bool:
    """Whether *word* is a past form (or participle) of the act of the verb stem *verb*: the verb itself
    ("filed", "struck"), or, for laying something before a body (`_SUBMIT`), any verb of that class."""
    lower = word.lower()
    if lower in IRREGULAR_BASE:
        base = stem(IRREGULAR_BASE[lower])
    elif _PAST_WORD.fullmatch(word) or lower.endswith("en"):
        base = stem(word)
    else:
        return False
    return base == verb or base in _SUBMIT and verb in _SUBMIT


def _plan_object(text: str) -> tuple[str, set[str], str] | None:
    """A plan's verb stem, its actor's stems and the stem of its object's head noun, or None."""
    plans = _plan_objects(text)
    return plans[0] if plans else None


# A second plan of the same actor, coordinated with the first ("said it would challenge the permit in
# court and would lodge the appeal within two weeks"), is read too: each has the first one's actor, and
# a later report of either act done overtakes the statement (it no longer tells what is ahead).
_COORDINATED = re.compile(r"\s+and\s+$", re.IGNORECASE)


def _plan_objects(text: str) -> list[tuple[str, set[str], str]]:
    """Each plan's verb stem, its actor's stems and the stem of its object's head noun: the first plan of
    *text*, then each plan coordinated to it by "and" with its own modal."""
    bare = _unquoted(text)
    found: list[tuple[str, set[str], str]] = []
    actor: set[str] = set()
    at = 0
    while (match := _PLAN_AHEAD.search(bare, at)) is not None:
        at = match.end("verb")
        if found and not _COORDINATED.search(bare[:match.start()]):
            break
        if stem(match.group("verb")) in {"be", "have", "not", "also", "still", "now", "get", "do"}:
            break
        phrase = _OBJECT_END.split(match.group("rest"), maxsplit=1)[0]
        phrase = _PLAN_OBJECT_END.split(phrase, maxsplit=1)[0]
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", phrase)]
        if not words or words[-1].lower() in _DETERMINERS or words[-1][0].isupper():
            break
        head = stem(words[-1])
        actor = actor or _words(bare[:match.start()]) - {head}
        if not actor:
            break
        found.append((stem(match.group("verb")), actor - {head}, head))
    return found


_RELATIVE_OPEN = re.compile(r",\s*(?:who|which)\s+$", re.IGNORECASE)


def _tells_object_done(sentence: str, verb: str, actor: set[str], head: str) -> bool:
    """Whether a clause of *sentence* tells *verb* done by *actor* to a thing *head* names."""
    for match in re.finditer(r"[A-Za-z][\w'’-]*", sentence):
        word = match.group(0)
        if not _did(word, verb):
            continue
        before = sentence[:match.start()]
        # a relative clause's act is its antecedent's: "The Social Democrats, who brought the case, ..."
        before = before[:relative.start()] if (relative := _RELATIVE_OPEN.search(before)) else before
        subject = _CLAUSE.split(before)[-1]
        if _AHEAD.search(subject) or _NEGATED.search(subject) or not _words(subject) & actor:
            continue
        after = re.findall(r"[A-Za-z][\w'’-]*", re.split(r"[.;:]", sentence[match.end():], maxsplit=1)[0])
        if head in {stem(w) for w in after[:_OBJECT_SPAN]}:
            return True
    return False


def _tells_act_done(sentence: str, verb: str) -> bool:
    for clause in _CLAUSE.split(sentence):
        if not clause or _AHEAD.search(clause):
            continue
        if any(stem(w) == verb and (_PAST_WORD.fullmatch(w) or w.lower().endswith("en"))
               for w in re.findall(r"[A-Za-z][\w'’-]*", clause)):
            return True
    return False


# A step toward something, left open ("said it had instructed lawyers to seek a judicial review in the
# High Court", "the figures were provisional and would be checked against manual counts") is overtaken
# by a later report of the next stage of the same proceeding ("The High Court had been due to hear the
# Irish Motorists Alliance's application for judicial review", "Checks against manual counts showed
# ..."). Told by structure: the step is what follows the sentence's first cue of a thing left open (a
# modal, "provisional", or "to" after a verb of directing or intending, with up to two words between),
# up to an aside it argues with ("…, arguing that"); its actor is the content words before the cue.
# A later sentence tells a later stage when it shares two actor words (or one, with the step's act and
# three step words: "checked" comes back as "Checks") and `SHARED_WORDS` step words, and one of its clauses holding a step word
# is told in the past, with nothing ahead and no negation ("had been due to hear" is a past stage).
_STEP_CUE = re.compile(r"\b(?:would|will|shall|provisional(?:ly)?|(?:instruct|ask|direct|hir|retain|plan|plann|intend|aim|"
                       r"hop|vow|pledg|threaten|promis|prepar)(?:e|s|ed|es|ing)?\s+(?:[\w'’-]+\s+){0,2}?to)\b",
                       re.IGNORECASE)
_ARGUING = re.compile(r",\s*(?:arguing|saying|adding|citing|noting|claiming|complaining)\b", re.IGNORECASE)
_PAST_STAGE = re.compile(r"\bhad\s+been\s+(?:due|scheduled|set|expected)\s+to\b", re.IGNORECASE)
_PAST_MARK = re.compile(r"\b(?:was|were|had|has|have)\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|once|provided|until|when|whether)\b", re.IGNORECASE)
_STATE_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:(?:be|cost|take|total|amount|reach|need|require|exceed|remain|stay|last|"
                          r"mean|have)\b|[\w'’-]+\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?[$€£]?\d)",
                          re.IGNORECASE)
"""What follows a modal when it tells a state or an amount, not a step someone will take: a verb of being,
costing or lasting, or any verb with a figure for its object ("would cost 86 million pounds", "will employ
450 people")."""


def _pending_step(text: str) -> tuple[set[str], set[str], str, bool] | None:
    """The actor's words, the step's words and its act (the first word after the cue) of a statement
    that leaves a step open, or None."""
    body = _ARGUING.split(_unquoted(text), maxsplit=1)[0]
    match = _STEP_CUE.search(body)
    if match is None or _STATE_AFTER.match(body, match.end()):
        return None  # "would cost 86 million pounds", "will be ready": an estimate or a state, no step to take
    actor = _words(body[:match.start()])
    # The step is its own clause: a condition or a time it waits on ("... if the budget passed in April") is
    # another event, whose report tells nothing of the step.
    body = body[:match.end()] + _CONDITION.split(body[match.end():], maxsplit=1)[0]
    step = _words(body[match.start():]) - actor - {stem(w) for w in ("would", "will", "shall", "provisional")}
    after = [stem(w) for w in content_words(body[match.end():]) if stem(w) in step]
    # A step set in motion ("instructed lawyers to seek a review", "figures were provisional") is overtaken by
    # any later stage of it; a party's own "would"/"will" act ("would close its Halden mill") only by a report
    # that tells that act ("the closure", not "agreed to sell the Halden mill site", a new act on the same thing).
    own_act = match.group().lower() in ("would", "will", "shall")
    return (actor, step, after[0], own_act) if actor and after and len(step) >= SHARED_WORDS else None


def _past_clause(clause: str) -> bool:
    if not clause or _AHEAD.search(clause) or _NEGATED.search(clause):
        return False
    return bool(_PAST_MARK.search(clause)) or any(_PAST_WORD.fullmatch(w) for w in re.findall(r"[A-Za-z]+", clause))


_POSSESSOR = re.compile(r"\b[A-Za-z][\w-]*(?:['’]s\b|s['’](?=\s))\s+(?P<owned>[A-Za-z][\w-]*)")
"""A possessor and the noun it owns ("the government's coalition partner", "the union's appeal")."""


def _of_step(owned: str, act: str, step: set[str]) -> bool:
    """Whether the owned noun is the step's act ("the government's freeze" of "will freeze") or one of its
    words ("the Orchard Growers Union's appeal" of "to file an appeal"): the possessor is then its doer."""
    word = stem(owned.lower())
    return word in step or word.startswith(act[:max(4, len(act) - 1)])


def _tells_later_stage(sentence: str, actor: set[str], step: set[str], act: str, own_act: bool = False, *,
                       words: set[str] | None = None) -> bool:
    """Whether *sentence* tells a later stage of *actor*'s open *step* (see the comment above): it
    shares two actor words (all, when the actor has one), or one and the step's act among three step words;
    for the actor's *own_act* ("would close"), the act itself or its noun ("closure"). *words* are the
    sentence's `_words` when the caller has them (computed once per build, not once per note)."""
    words = _words(sentence) if words is None else words
    shared = words & step
    if own_act and not any(word == act or word.startswith(act[:max(4, len(act) - 1)]) for word in words):
        return False
    if len(shared) < SHARED_WORDS:
        return False
    # The actor's words count where they name who acts, not where they own another noun ("The government's
    # coalition partner ... has long argued ...": the partner acts; "the government's freeze" names the act).
    doers = words & actor
    if doers and _POSSESSOR.search(sentence):
        doers &= _words(_POSSESSOR.sub(lambda m: m.group() if _of_step(m.group("owned"), act, step) else " ", sentence))
    if not (len(doers) >= min(2, len(actor)) or doers and act in shared and len(shared) > SHARED_WORDS):
        return False
    told = _PAST_STAGE.sub("had", sentence)
    return any(_words(clause) & step and _past_clause(clause) for clause in _CLAUSE.split(told))


# An intention to have another party act ("said it would ask the Federal Constitutional Court to strike the
# law down", "would push for the Bavarian audit office to examine the figures") is overtaken by a later
# report of either half of it done: the holder's asking (the holder, as the subject of a verb told in the
# past, with the addressee named after it: "The Hamburg Property Owners' Association ... filed its complaint
# with the Federal Constitutional Court") or the addressee acting (the addressee as the subject of a verb told
# in the past, or after "by" following one: "the Federal Constitutional Court postponed its hearing", "as
# demanded by the state audit office"). Told by structure: the addressee is the noun phrase between a verb of
# asking after a modal and "to" + verb (up to a preposition); it must have two content words, and a later
# report must name all but one of them (at least two). A clause with anything ahead, a negation, or only a
# verb of saying ("the court said it would ...") is no report of the act.
_ASKS = re.compile(r"\b(?:would|will|shall|plans?\s+to|intends?\s+to|vowed\s+to|threatened\s+to)\s+(?:\w+ly\s+)?"
                   r"(?:ask|urge|push\s+for|call\s+on|press|petition|lobby|apply\s+to|request)\s+"
                   r"(?P<agent>[^,.;:]{3,80}?)\s+to\s+[a-z]+\b", re.IGNORECASE)
_AGENT_END = re.compile(r"\s(?:in|at|of|for|on|from|over|about)\s", re.IGNORECASE)
_APPOSITIVE = re.compile(r",\s*(?:which|who)\b(?:[^,]|,\d)*,|\([^)]*\)")
_SAID = {stem(w) for w in ("said", "told", "added", "stated", "declined", "commented", "replied", "argued",
                           "insisted", "repeated", "noted", "stressed", "warned", "failed", "refused", "postponed",
                           "delayed", "deferred")}


def _asked_agent(text: str) -> tuple[set[str], set[str]] | None:
    """The holder's words and the addressee's words of a statement that someone will ask another to act, or None."""
    bare = _unquoted(text)
    match = _ASKS.search(bare)
    if match is None:
        return None
    agent = _words(_AGENT_END.split(" " + match.group("agent") + " ", maxsplit=1)[0]) - _CALENDAR
    actor = _words(bare[:match.start()]) - _REPORTING - agent
    return (actor, agent) if actor and len(agent) >= 2 else None


def _names_agent(words: set[str], agent: set[str]) -> bool:
    return len(words & agent) >= max(2, len(agent) - 1)


def _tells_asked_done(sentence: str, actor: set[str], agent: set[str]) -> bool:
    """Whether *sentence* tells the asking done by *actor* or the act done by *agent* (see the comment above)."""
    bare = _unquoted(sentence)
    for match in re.finditer(r"[A-Za-z][\w'’-]*", bare):
        word = match.group(0)
        if not _PAST_WORD.fullmatch(word) or stem(word) in _SAID:
            continue
        before = _APPOSITIVE.sub("", bare[:match.start()])
        subject = _CLAUSE.split(before)[-1]
        if _AHEAD.search(subject) or _NEGATED.search(subject) or _CONDITION.search(re.split(r"[,;:]", before)[-1]):
            continue
        rest = re.split(r"[.;:]", bare[match.end():], maxsplit=1)[0]
        if _AHEAD.search(rest[:40]) or _NEGATED.search(rest[:40]):
            continue
        if _names_agent(_words(subject), agent):
            return True
        by = re.match(r"\s+by\s+([^,.;:]+)", rest)
        if by is not None and _names_agent(_words(by.group(1)), agent):
            return True
        if _words(subject) & actor and len(_words(subject) & actor) >= min(2, len(actor)) \
                and _names_agent(_words(" ".join(rest.split()[:_OBJECT_SPAN])), agent):
            return True
    return False


# A person's plan or timetable ("Munich 2040 chief executive Katrin Sommer said the bid would enter the
# dialogue before the end of the year") is overtaken by a later report of that person leaving the role
# ("Katrin Sommer, resigned on Wednesday"): the holder's last name, then (past any aside) a verb of leaving
# office told as done, with nothing ahead, no negation and no other speaker between them. Only statements
# that look ahead are dropped; what the person reported as fact stays.
_DEPARTS = re.compile(r"\b(?:resigned|quit|stepped\s+(?:down|aside)|retired|lost\s+(?:her|his|their)\s+seat|"
                      r"(?:was|were|has\s+been|had\s+been)\s+(?:dismissed|fired|ousted|sacked|removed|replaced))\b")


def _person_departed(sentence: str, people: Sequence[str]) -> bool:
    """Whether *sentence* tells one of *people* (names of two or more capitalised words) left their role."""
    bare = _APPOSITIVE.sub("", _unquoted(sentence))
    for match in _DEPARTS.finditer(bare):
        before = re.split(r"[.;:]", bare[:match.start()])[-1]
        for person in people:
            words = person.split()
            if len(words) < 2 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
                continue
            at = before.rfind(" " + words[-1])
            between = before[at + len(words[-1]) + 1:] if at >= 0 else ""
            if at >= 0 and not (_AHEAD.search(between) or _NEGATED.search(between) or _SAYING.search(between)
                                or _names(between)):
                return True
    return False


# A prediction of a quantity's move ("warned that footfall would fall as shoppers drove to malls") is
# overtaken by a later measurement of the same quantity ("October footfall was down 5 percent on a year
# earlier"): every content word of the prediction's subject (the words between the clause's opening or
# "that" and the modal) comes before a change by a percentage in a later clause told in the past.
_PREDICTED = re.compile(r"\b(?:would|will|could|might|may)\s+(?:\w+ly\s+)?(?:fall|drop|decline|rise|increase|grow|"
                        r"climb|shrink|slump|plunge|double|halve|soar|slide|recover)\b", re.IGNORECASE)
_MEASURED = re.compile(  # not `_CHANGE_BY`: see the comment there
    r"\b(?:(?:was|were)\s+)?(?:down|up|fell|rose|dropped|declined|slumped|increased|grew|climbed|"
    r"plunged|slid|jumped)\s+(?:by\s+)?(?:about\s+|some\s+|almost\s+|nearly\s+)?"
    r"\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)", re.IGNORECASE)


def _predicted_quantity(text: str) -> set[str] | None:
    """The words of the quantity whose move a statement predicts, or None."""
    bare = holds._QUOTE_SPAN.sub(" ", text)
    match = _PREDICTED.search(bare)
    if match is None:
        return None
    before = bare[:match.start()]
    subject = re.split(r"\bthat\b", _CLAUSE.split(before)[-1])[-1]
    words = _words(subject)
    return words if 0 < len(words) <= 4 and subject.strip() and not re.search(r"\b[A-Z]", subject) else None


def _measures(sentence: str, quantity: set[str]) -> bool:
    """Whether a clause of *sentence* gives *quantity*'s measured change, told in the past."""
    for match in _MEASURED.finditer(sentence):
        clause = re.split(r"[;:]|\b(?:and|but|while|whereas)\b", sentence[:match.start()])[-1]
        if quantity <= _words(clause) and not _AHEAD.search(clause + match.group(0)) and not _NEGATED.search(clause):
            return True
    return False


# A statement that opens on a condition some party's act would meet ("If the Constitutional Court strikes it
# down, the net saving falls to about 1.8 billion euros"; "If the inspectorate finds the plan unlawful, the
# council must start again") weighs an act still to come. Once a later report tells that party did that act
# ("Austria's Constitutional Court on Thursday struck down the abolition ...", "after the labour inspectorate
# found the merger plan lawful"), whichever way it went, the condition is decided and the statement no
# longer current. Told by structure: the sentence (or its quotation) opens on "if"/"unless"/"should", then
# the party, a noun phrase with "the" or a name (no pronoun), then a verb in the present third person, and
# its particle if any ("strikes it down"); a later clause has all of the party's content words in its
# subject and the same verb in the past (with that particle after it), nothing ahead, no negation and no
# condition of its own. A condition inside a longer sentence is left alone (its other clauses may still hold).
_IF_ACT = re.compile(r"^\W*(?:if|unless|should)\s+(?P<agent>the\s+(?:[\w'’-]+\s+){0,3}?|(?:[A-Z][\w'’-]*\s+){1,4}?)"
                     r"(?P<verb>(?-i:[a-z]+?))(?:e?s)\b(?P<rest>[^,;:]*)", re.IGNORECASE)
_PARTICLE = re.compile(r"\b(?:" + "|".join(sorted(PARTICLES)) + r")\b", re.IGNORECASE)
_NOT_AGENT = {"it", "they", "he", "she", "we", "you", "this", "that", "there", "these", "those"}


def _condition_act(text: str) -> tuple[set[str], str, str] | None:
    """The party's words, the act's verb stem and its particle ("" for none) of the condition *text*
    opens on (see the comment above), or None."""
    match = _IF_ACT.match(text.replace("“", "").replace('"', ""))
    if match is None:
        return None
    words = match.group("agent").split()
    if not words or words[-1].lower() in _NOT_AGENT | {"is", "has", "does", "was"} or words[0].lower() in _NOT_AGENT:
        return None
    verb = match.group("verb") + ("e" if match.group(0)[match.end("verb"):].lower().startswith("es") else "")
    if verb.lower() in {"i", "ha", "doe", "wa", "do", "be"} or len(verb) < 3:
        return None
    agent = _words(" ".join(words)) - _CALENDAR
    particle = _PARTICLE.search(" ".join(match.group("rest").split()[:3]))
    return (agent, stem(verb), particle.group(0).lower() if particle else "") if agent else None


# A condition on how an attempt turns out ("If blasting fails to open the jam, ..."; "If the rescue plan
# works, ...") is decided by a later report of either outcome: "the blasting worked" settles "if blasting
# fails" as surely as "the blasting failed" does. For such a verb (`_OUTCOME`), any verb of the family in
# the past counts, but only right after the party ("the blasting worked", "the plan has succeeded"; an
# auxiliary or adverb between them at most), so "pump crews worked through the night" does not settle
# "if the pumps fail".
_OUTCOME = {stem(w) for w in ("succeeds", "works", "fails", "backfires")}
_OUTCOME_GAP = {"has", "have", "had", "finally", "eventually", "now", "largely", "apparently", "clearly"}


def _right_after(subject: str, agent: set[str]) -> bool:
    """Whether *subject* ends on a word of *agent*, past at most one auxiliary or adverb (`_OUTCOME_GAP`)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", subject)
    while words and words[-1].lower() in _OUTCOME_GAP:
        words.pop()
    return bool(words) and bool(_words(words[-1]) & agent)


def _tells_condition_decided(sentence: str, agent: set[str], verb: str, particle: str) -> bool:
    """Whether a clause of *sentence* tells *agent* did the act *verb* (with *particle*): the condition is
    decided; for a verb of outcome (`_OUTCOME`), whether it tells either outcome of the party's attempt."""
    for match in re.finditer(r"[A-Za-z][\w'’-]*", sentence):
        word = match.group(0)
        outcome = verb in _OUTCOME and stem(word) in _OUTCOME and bool(_PAST_WORD.fullmatch(word))
        if word.lower() in _SUBMIT or not (_did(word, verb) or outcome):
            continue
        subject = _CLAUSE.split(sentence[:match.start()])[-1]
        if _AHEAD.search(re.sub(r"\bMay\b", " ", subject)) or _NEGATED.search(subject) or _CONDITION.search(subject) \
                or not agent <= _words(subject) or outcome and not _right_after(subject, agent):
            continue
        if particle and particle not in sentence[match.end():].lower().split()[:3]:
            continue
        return True
    return False


# A thing whose fate a decision still to come settles, given as the condition on the statement's subject
# ("Saltmarsh's injunction bid, if granted, would freeze both licences until a full hearing"; "The merger,
# if approved, will create the region's largest grocer"), weighs a decision not yet made. Once a later
# report tells it made, either way ("A judge on Friday granted an interim injunction ...", "regulators
# rejected the merger"), the statement is no longer current. Told by structure: the sentence opens on a
# noun phrase (no pronoun), then ", if" (or "unless") and a past participle, then a comma; a later clause
# tells the same verb, or for a verb of answering a request (`_ANSWERED`: grant, approve, reject, refuse
# ...) any of them, in the past, with a content word of the thing (not its owner's name) among the words
# right after it ("granted an interim injunction") or in its subject ("the injunction was refused"),
# nothing ahead, no negation and no condition before it.
_IF_DONE = re.compile(r"^\W*(?P<thing>(?:[\w'’-]+\s+){0,5}?[\w'’-]+),\s+(?:if|unless)\s+(?P<verb>[a-z]+(?:ed|en|wn|ld|nt))\s*,",
                      re.IGNORECASE)
_DECIDING = {stem(w) for w in ("approved", "granted", "awarded", "rejected", "refused", "denied", "dismissed",
                               "upheld", "allowed", "accepted", "blocked", "cleared", "overturned", "quashed",
                               "backed", "passed")}
"""Verbs that answer a request or a claim, either way: any one of them decides a condition on another."""


def _conditioned_thing(text: str) -> tuple[set[str], str] | None:
    """The content words of the thing a statement's subject conditions on a decision, and the decision's
    verb stem (see the comment above), or None."""
    match = _IF_DONE.match(text.replace("“", "").replace('"', ""))
    if match is None:
        return None
    words = match.group("thing").split()
    if words[0].lower() in _NOT_AGENT or any(w.lower() in {"said", "says", "told", "is", "are", "was", "were"}
                                             for w in words):
        return None
    thing = {stem(w) for w in words if not w[0].isupper() and not re.search(r"['’]s?$", w)} & _words(" ".join(words))
    return (thing, stem(match.group("verb"))) if thing else None


def _tells_thing_decided(sentence: str, thing: set[str], verb: str) -> bool:
    """Whether a clause of *sentence* tells the decision *verb* on *thing* made (see the comment above)."""
    bare = _unquoted(sentence)
    for match in re.finditer(r"[A-Za-z][\w'’-]*", bare):
        word = match.group(0)
        if not _did(word, verb) and not (verb in _DECIDING and stem(word) in _DECIDING
                                         and (_PAST_WORD.fullmatch(word) or word.lower() in {"upheld"})):
            continue
        subject = _CLAUSE.split(bare[:match.start()])[-1]
        if _AHEAD.search(re.sub(r"\bMay\b", " ", subject)) or _NEGATED.search(subject) or _CONDITION.search(subject):
            continue
        after = re.findall(r"[A-Za-z][\w'’-]*", re.split(r"[.;:,]", bare[match.end():], maxsplit=1)[0])[:_OBJECT_SPAN // 2]
        if thing & ({stem(w) for w in after} | _words(subject)):
            return True
    return False


# A party's plan to go to law ("Wild Vessen said it would challenge the decision in court", "the union
# will appeal", "residents would seek a judicial review") tells a step still to come. Once a later report
# tells a court or a judge acting in that party's case, or the party's own step in it done ("A court on
# Thursday granted Wild Vessen an interim injunction", "Keep Glencarra Flying said it had dropped its legal
# challenge", "the union lodged its appeal"), the plan is history. Told by structure: the statement's
# unquoted clause has a cue of intent (`_ASKS`' modals and verbs of vowing) then, within a few words, a
# verb of going to law (challenge, contest, appeal, sue, fight, take ... to court, seek/file/lodge ...),
# and a word of law (court, judge, tribunal, appeal, injunction, judicial review, lawsuit, legal) in the
# same clause (or the verb is "sue" or "appeal"); its party is the proper names before the cue. A later
# sentence names that party in full, holds a word of law, and has a clause told in the past with nothing
# ahead, no negation and no condition, and a word of law in that clause (not in an aside about the party).
_TO_LAW = re.compile(r"\b(?:would|will|shall|plans?\s+to|intends?\s+to|vow(?:s|ed)\s+to|threaten(?:s|ed)\s+to|"
                     r"(?:is|are|was|were)\s+(?:going\s+|preparing\s+)?to)\s+(?:\w+ly\s+)?"
                     r"(?P<verb>challenge|contest|appeal|sue|fight|take|seek|file|lodge|launch|bring|mount|pursue)\b"
                     r"(?P<rest>[^.;:]*)", re.IGNORECASE)
_LAW = re.compile(r"\b(?:courts?|judges?|tribunals?|appeals?|injunctions?|judicial\s+review|lawsuits?|legal|"
                  r"prosecution|litigation|ruling|ruled)\b", re.IGNORECASE)
_LAW_DONE = re.compile(r"\b(?:granted|refused|rejected|dismissed|upheld|ruled|quashed|overturned|struck\s+down|"
                       r"blocked|suspended|allowed|heard|found|fined|ordered|filed|lodged|launched|brought|"
                       r"won|lost|dropped|withdrew|withdrawn|abandoned|settled|began|opened)\b", re.IGNORECASE)


def _legal_plan(text: str) -> set[str] | None:
    """The proper names of the party that a statement says will go to law (see the comment above), or None."""
    bare = _unquoted(text)
    match = _TO_LAW.search(bare)
    if match is None:
        return None
    clause = re.split(r"[,;]|\s(?:but|while|whereas|and\s+(?:said|added))\s", match.group("rest"), maxsplit=1)[0]
    alone = match.group("verb").lower() == "sue" or match.group("verb").lower() == "appeal" and not re.match(
        r"\s+(?:to|for)\b", clause)  # "will appeal" goes to law; "will appeal to ministers for funds" does not
    if not alone and not _LAW.search(clause):
        return None
    tokens = _TOKEN.findall(_APPOSITIVE.sub("", bare[:match.start()]))
    if len(tokens) > 1 and not tokens[1][0].isupper() and stem(tokens[1]) not in _SAID | _REPORTING \
            and tokens[1].lower() not in {"will", "would", "shall", "plans", "intends", "vowed", "threatened", "is", "are"}:
        tokens = tokens[1:]  # a capital that only opens the sentence ("Conservation group Wild Vessen")
    names = {stem(w) for w in tokens if w[0].isupper() and w.lower() not in _NOT_NAME} - _CALENDAR - _REPORTING
    return names or None


def _tells_law_step(sentence: str, party: set[str]) -> bool:
    """Whether *sentence* tells a step in *party*'s case taken (see the comment above)."""
    bare = _unquoted(sentence)
    if not _LAW.search(bare) or not party <= {stem(w) for w in _TOKEN.findall(bare)}:
        return False
    bare = _APPOSITIVE.sub(" ", bare)  # "Wild Vessen, which lost a court case in 2019, said it would ...": background
    for match in _LAW_DONE.finditer(bare):
        before = bare[:match.start()]
        clause = _CLAUSE.split(before)[-1]
        if _AHEAD.search(re.sub(r"\bMay\b", " ", clause)) or _NEGATED.search(clause) or _CONDITION.search(clause):
            continue
        # the act is the case's: a word of law in its own clause ("the cull, which began on Monday" is not)
        if _LAW.search(clause + _CLAUSE.split(bare[match.start():], maxsplit=1)[0]):
            return True
    return False


def _later_sentences(docs: dict[str, SourceDoc], firsts: Mapping[str, dt.date | None], readings: SourceReadings, *,
                     comments: bool = False) -> list[tuple[str, str, dt.date, str, list[str]]]:
    """Each sentence of a dated report (no comment; with *comments*, only the comments'): its source, id,
    day, text and holders (its own attribution, or, when it opens a quotation without one, the previous
    sentence's in its paragraph; `SourceReadings.attributed`). Only reports that `may_overtake` a note
    (*firsts*: `earliest_days`)."""
    found = []
    for doc in docs.values():
        day = written_day(doc.meta)
        if day is None or (doc.meta.kind in _COMMENTING) != comments or doc.duplicate_of \
                or not may_overtake(doc.id, day, firsts):
            continue
        found += readings.attributed(doc, day)
    return found


def restated_positions(notes: Sequence[Note], docs: dict[str, SourceDoc], *, text_of: Callable[[Note], str],
                       known: DatedSources | None = None) -> list[Superseded]:
    """Positions of *notes* their holder later overtook on the same object, and plans a later
    report tells done (see the comment above), each with the first such sentence. Pinned notes
    are never overtaken."""
    known = known or DatedSources(notes, docs)
    firsts = earliest_days(notes, lambda n: known.day_of[n.id])
    later = sorted(_later_sentences(docs, firsts, known.readings), key=lambda s: (s[2], s[1]))
    # A comment's past-tense report of an asked act done ("The national ombudsman published its report last
    # week") is read too, but only for that: its other sentences are views, not reports.
    commented = sorted(_later_sentences(docs, firsts, known.readings, comments=True), key=lambda s: (s[2], s[1]))
    known_words: dict[str, set[str]] = {}

    def words_of(sid: str, sentence: str) -> set[str]:
        """A later sentence's words, computed once per build (when a note's open step first asks)."""
        if sid not in known_words:
            known_words[sid] = _words(sentence)
        return known_words[sid]

    found: list[Superseded] = []
    for note in notes:
        anchor = known.day_of[note.id]
        if note.status == "pinned" or anchor is None:
            continue
        text = " ".join(text_of(note).split())
        who = ([note.speaker] if note.speaker else []) + _holders(text)
        plan = _plan(text)
        aimed = _plan_objects(text) if plan is None else []
        position = note.kind in _POSITION_KINDS or bool(who) and note.kind != "figure"
        step = _pending_step(text)
        asked = _asked_agent(text)
        ahead = [name for name in who if _AHEAD.search(text)]
        quantity = _predicted_quantity(text)
        condition = _condition_act(text)
        conditioned = _conditioned_thing(text)
        party = _legal_plan(text)
        for source, sid, day, sentence, theirs in later:
            if not _later_elsewhere(note, anchor, source, day):
                continue
            if plan is not None and _tells_act_done(sentence, plan[0]) and plan[1] & _names(sentence) - set(
                    w for name in who for w in name.split()):
                found.append(Superseded(note=note.id, by=sid, reason="view"))
                break
            if any(_tells_object_done(sentence, *one) for one in aimed):
                found.append(Superseded(note=note.id, by=sid, reason="event"))
                break
            if step is not None and _tells_later_stage(sentence, *step, words=words_of(sid, sentence)) \
                    or asked is not None and _tells_asked_done(sentence, *asked) \
                    or ahead and _person_departed(sentence, ahead) \
                    or quantity is not None and _measures(sentence, quantity) \
                    or condition is not None and _tells_condition_decided(sentence, *condition) \
                    or conditioned is not None and _tells_thing_decided(sentence, *conditioned) \
                    or party is not None and _tells_law_step(sentence, party):
                found.append(Superseded(note=note.id, by=sid, reason="event"))
                break
            if position and who and theirs and _one_holder(who, theirs) and (
                    _shared_quantity(text, sentence) or _turned_stance(text, sentence)):
                found.append(Superseded(note=note.id, by=sid, reason="view"))
                break
        else:
            if asked is not None:
                by = next((sid for source, sid, day, sentence, _ in commented
                           if _later_elsewhere(note, anchor, source, day) and _tells_asked_done(sentence, *asked)), None)
                if by is not None:
                    found.append(Superseded(note=note.id, by=by, reason="event"))
    return found


# -- a party a later report says has left the group an earlier statement lists it in ---------------
#
# "The loans ... are to come from a group of lenders ... including Bangkok Commercial Bank" is no
# longer the story's state once a later report says "Bangkok Commercial Bank has withdrawn from the
# group of lenders"; nor "Three operators, ... and Vodafone Portugal, have registered an interest in
# the tender" once "Vodafone Portugal withdrew from the tender". A later statement overtakes an
# earlier one when all of these hold:
#
# - a clause of the later statement tells the exit as done: a proper name (two or more capitalised
#   words, or one with a corporate suffix) right before an exit verb in the past ("has withdrawn
#   from", "withdrew", "pulled out of", "quit", "exited"; not "left": "left its rate at 4%"), no modal or negation before it
#   in its clause ("could withdraw", "has not withdrawn" are no exit);
# - the earlier statement names that party in full, and every content word of what it left ("the
#   group of lenders", "the tender", "its pledge") is one of the earlier statement's words: the
#   same group, not another dealing of the same party;
# - the earlier statement tells no exit of its own, and its source is dated before the later one.

_EXIT = re.compile(r"(?P<name>(?:(?-i:[A-Z])[\w&'’.-]*\s+){1,5}?)(?:(?:has|have|had)\s+(?:now\s+)?)?"
                   r"(?P<verb>withdr[ae]wn?|pulled\s+out|quit|exited|dropped\s+out)\b"
                   r"(?P<what>(?:\s+(?:of|from))?\s+(?:the|its|their|his|her)\s+[^,;.:()]+)", re.IGNORECASE)
# Where the thing left ends: a conjunction, a relative, a preposition other than "of", a participle.
_WHAT_END = re.compile(r"\s(?:and|but|or|which|that|who|to|for|after|because|since|in|on|at|with|by|over|"
                       r"amid|as|\w+ing)\b.*$", re.IGNORECASE)
_EXIT_DENIED = re.compile(r"\b(?:will|would|could|(?-i:may)|might|should|can|if|unless|whether|not|never|no|"
                          r"threat\w*|consider\w*|\w+n['’]t)\b", re.IGNORECASE)
_EXIT_OWN = re.compile(r"\b(?:withdr[ae]w\w*|pull(?:ed|s|ing)?\s+out|quit|exit\w*|dropped\s+out)\b", re.IGNORECASE)
_NOT_NAME = {"the", "a", "an", "and", "but", "after", "before", "when", "as", "on", "in", "its", "their"}


def _exits(text: str) -> list[tuple[str, set[str]]]:
    """The parties *text* tells as having left something, each with the content words of what it left."""
    found: list[tuple[str, set[str]]] = []
    for match in _EXIT.finditer(text):
        words = match.group("name").split()
        while words and words[0].lower() in _NOT_NAME:
            words = words[1:]
        if not words or not all(w[0].isupper() for w in words):
            continue
        name = " ".join(words)
        if len(words) < 2 and not re.search(r"(?:Inc|Ltd|plc|SA|AG|Group|Bank|Lines)\.?$", name):
            continue  # one capitalised word may open the sentence: no name for sure
        clause = re.split(r"[,;:()]|\b(?:and|but|while|after|as)\b", text[:match.start("verb")])[-1]
        if _EXIT_DENIED.search(clause):
            continue
        what = {w for w in _words(_WHAT_END.sub("", match.group("what"))) if w not in _CALENDAR}
        if what:
            found.append((name, what))
    return found


def departed_parties(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                     text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                     known: DatedSources | None = None) -> list[Superseded]:
    """Statements naming a party as one of a group that a later report says the party has left
    (`_exits`; the rules above), each with the later statement that tells the exit."""
    known = known or DatedSources(notes, docs)

    def told(note: Note) -> bool:
        # a party's own word of its exit ("..., the company said") tells it as well as a report does
        doc = docs.get(note.span.source)
        return reports(note) or doc is not None and doc.meta.kind not in _COMMENTING

    later = known.telling(notes, docs, _exits_told, text_of=text_of, reports=told)
    if not later:
        return []
    found: list[Superseded] = []
    for note in notes:
        day = known.day_of[note.id]
        text = " ".join(text_of(note).split())
        if day is None or _EXIT_OWN.search(text):
            continue
        words = _words(text)
        for exit_, exits in later:
            if exit_.day <= day or exit_.source == note.span.source:
                continue
            if any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) and what <= words
                   for name, what in exits):
                found.append(Superseded(note=note.id, by=exit_.id, reason="withdrew"))
                break
    return found


# -- a value's date a later sentence moves ---------------------------------------------------
#
# "The retirement age will rise ... reaching 66 in January 2031" is no longer the timetable once a later
# source says it "will reach 66 in January 2032 rather than January 2031": the value stays, its date
# moves. Read structurally: the later sentence gives the same value, a period after it in the clause
# that gives it, and the earlier period set against that one as the period left (`_LEFT`: "rather than",
# "instead of", "from", "not", "originally"). Without the old period named, nothing moves (another
# period by the same value may be another step of a timetable).


def _period_text(part: str, year: int) -> str:
    """A period as `_periods` gives it, in words: "2032-01" -> "January 2032", ("first half", 2032) ->
    "first half of 2032", ("", 2032) -> "2032", a day -> "3 May 2032"."""
    if part[:4].isdigit() and len(part) == 7:
        return f"{dates.MONTHS[int(part[5:7]) - 1].capitalize()} {part[:4]}"
    if part[:4].isdigit():
        day = dt.date.fromisoformat(part)
        return f"{day.day} {dates.MONTHS[day.month - 1].capitalize()} {day.year}"
    return f"{part} of {year}" if part else f"{year}"


def _month_periods(text: str, anchor: dt.date) -> list[tuple[str, int, int]]:
    """`_periods`, with a year a month name comes right before read as that month ("rather than
    January 2031" -> "2031-01", which `_periods` may read as the year alone)."""
    found = []
    for part, year, at in _periods(text, anchor):
        month = _MONTH_END.search(text[max(0, at - 12):at]) if part == "" else None
        if month is not None:
            part = f"{year:04d}-{dates.MONTHS.index(month.group(1).lower()) + 1:02d}"
            at -= len(text[max(0, at - 12):at]) - month.start()
        found.append((part, year, at))
    return found


def moved_date(sentence: str, figure: Figure, period: str, period_day: dt.date, day: dt.date) -> str | None:
    """The period *sentence* (of a source dated *day*) moves *figure*'s value to from *period* (the
    period an earlier source, dated *period_day*, gives the value for), in words; None when it names
    no move of that period for that value. "will reach 66 in January 2032 rather than January 2031"
    moves 66 from "January 2031" to "January 2032"."""
    said = " ".join(sentence.split())
    olds = {(p, y) for p, y, _ in _month_periods(period, period_day)}
    if not olds:
        return None
    for found in find_figures(said):
        if found.value != figure.value or unit_class(found) != unit_class(figure):
            continue
        at = said.find(found.text)
        if at < 0:
            continue
        clause = said[at + len(found.text):]
        clause = clause[:edge.start()] if (edge := re.search(r"[;.!?]\s|,\s(?!rather|instead|not\b)", clause)) else clause
        marks = _month_periods(clause, day)
        left = {(p, y) for p, y, at_ in marks if _LEFT.search(clause[max(0, at_ - 40):at_])}
        new = [(p, y) for p, y, at_ in marks if (p, y) not in left and (p, y) not in olds]
        if new and left & olds:
            return _period_text(*new[0])
    return None


# -- a claim a later report says was taken back ---------------------------------------------------
#
# "Our divers have inspected the tanks and they are intact" is no longer the story's state once a
# later report says the coastguard found a leak, "retracting its earlier statement that the vessel's
# fuel tanks were intact". A later report takes a claim back when one of its sentences:
#
# - names a reversal of an earlier statement and gives it ("reversing / retracting / correcting /
#   contradicting its earlier statement that ..."; the noun may be claim, assurance, estimate ...);
# - recalls it as said before ("had earlier / previously / initially said ...", "who on Monday said
#   ...": a past day before the report's; that form only for a claim of fact, not "would" or "will",
#   since a promise recalled is often a promise kept);
# - quotes it and says it was wrong ("I told the public that the barrier worked. That was wrong");
# - puts the holder's new account in place of it ("rather than the single batch it identified on
#   Monday").
#
# An earlier statement (of another source dated before the report) states that claim when it holds at
# least `CLAIM_WORDS` of the claim's content words (besides calendar and reporting words) and at least
# half of them. General English only: reporting verbs, the nouns of a statement, tense.

CLAIM_WORDS = 2
"""Content words a statement must share with a taken-back claim to state it."""

_CLAIM_END = r"(?P<claim>[^.;:!?\"“”]+?)(?=\s*(?:[.;:!?\"“”]|,\s|$))"
_STATEMENT_NOUN = (r"(?:statement|claim|assertion|assurance|account|position|assessment|estimate|insistence|finding|"
                   r"view|guidance|explanation|announcement|denial|forecast|prediction|report)s?")
_EARLIER = r"(?:earlier|previous|initial|original|first|prior)"
_REVERSED = re.compile(r"(?i)\b(?:revers|retract|correct|contradict|withdr[ae]w|withdrawing|withdrawn|disown|"
                       r"abandon|repudiat)\w*\s+(?:its|his|her|their|the|an|our|my)\s+(?:own\s+)?" + _EARLIER
                       + r"\s+" + _STATEMENT_NOUN + r"\s+(?:that\s+)?" + _CLAIM_END)
_SAID_VERB = (r"(?:said|stated|claimed|insisted|maintained|suggested|estimated|indicated|announced|"
              r"(?:told|assured)\s+(?:[\w'’-]+\s+){1,3}?)")
_HAD_SAID = re.compile(r"(?i)\b(?:had|has)\s+(?:earlier|previously|initially|originally|first|at\s+first)\s+"
                       + _SAID_VERB + r"\s*(?:that\s+)?" + _CLAIM_END)
_WHO_SAID = re.compile(r"(?i)\b(?:who|which)\s+(?:had\s+)?(?:(?:on|last)\s+(?P<day>\w+)|earlier|previously|initially)\s+"
                       r"(?:said|stated|claimed|insisted)\s+(?:that\s+)?" + _CLAIM_END)
_WAS_WRONG = re.compile(r"(?i)\b(?:said|told|stated|assured|claimed|insisted)\s+(?:(?:[\w'’-]+\s+){0,6}?that\s+)?"
                        r"(?P<claim>[^.;:!?\"“”]+?)[.!?]?[\"”’]?\s+[\"“‘]?(?:That|This|It)\s+was\s+"
                        r"(?:wrong|incorrect|untrue|not\s+true|a\s+mistake|inaccurate|false|not\s+correct)\b")
_INSTEAD = re.compile(r"(?i)\b(?:rather\s+than|instead\s+of|not)\s+(?P<claim>(?:the|a|an|its|their|his|her)\s+"
                      r"[^.;:!?,\"“”]{3,80}?\s+(?:it|he|she|they|we)\s+(?:had\s+)?(?:identified|gave|given|cited|reported|"
                      r"announced|said|described|named|blamed|stated|claimed|estimated|put\s+forward)\b[^.;:!?,\"“”]*)")
_FORUM = "forum comment"
"""A forum post's reliability (compose.FORUM_RELIABILITY): what a poster says was said takes nothing back."""
_FORWARD = re.compile(r"\b(?:will|would|shall|won['’]t|going\s+to|plans?\s+to|intends?\s+to)\b", re.IGNORECASE)


def taken_back(text: str) -> list[str]:
    """The claims *text* (a report's text or sentence) says their holder took back or that were said
    before and replaced (see the comment above), each as its words."""
    claims = [m.group("claim") for pattern in (_REVERSED, _HAD_SAID, _WAS_WRONG, _INSTEAD) for m in pattern.finditer(text)]
    for match in _WHO_SAID.finditer(text):
        day = (match.group("day") or "").lower()
        if day and day not in dates.WEEKDAYS and day not in ("week", "month", "year", "night"):
            continue
        if not _FORWARD.search(match.group("claim")):
            claims.append(match.group("claim"))
    return [" ".join(claim.split()) for claim in claims]


def _claim_stems(claim: str) -> set[str]:
    return {stem(w) for w in content_words(claim)} - _CALENDAR - _REPORTING


_COUNTED = re.compile(r"(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+([a-z]+)")


def _values(text: str) -> set[tuple[int, str]]:
    """The counts *text* gives with what they count ("at least two weeks": (2, "week"))."""
    return {(dates.count_of(m.group(1).lower()), stem(m.group(2).lower())) for m in _COUNTED.finditer(text)}


def states_claim(statement: str, claim: str) -> bool:
    """Whether *statement* states *claim*: at least `CLAIM_WORDS` of the claim's content words, and
    at least half of them; or a count the claim gives with what it counts ("two weeks") and one more
    of its content words, the claim's value being what the statement says."""
    words = _claim_stems(claim)
    shared = words & {stem(w) for w in content_words(statement)}
    if len(shared) >= CLAIM_WORDS and 2 * len(shared) >= len(words):
        return True
    counts = _values(claim) & _values(statement)
    told = {w for m in _COUNTED.finditer(claim) for w in (stem(m.group(1).lower()), stem(m.group(2).lower()))}
    return bool(counts) and bool(shared - told)


def retracted_claims(notes: Sequence[Note], docs: dict[str, SourceDoc], *, text_of: Callable[[Note], str],
                     readings: SourceReadings | None = None) -> list[Superseded]:
    """Statements of *notes* giving a claim a later dated report says was taken back or replaced (see
    the comment above), each with that report. A statement that itself tells a claim taken back is
    history already and stays; pinned notes stay; an undated report overtakes nothing. *readings*:
    what the sources tell, shared by the briefs of a build."""
    readings = readings if readings is not None and readings.serves(docs) else SourceReadings(docs.values())
    reports: list[tuple[dt.date, str, list[str]]] = []
    for doc in docs.values():
        day = written_day(doc.meta)
        if day is None or doc.duplicate_of or doc.meta.reliability == _FORUM or doc.meta.kind in ("forum thread", "comments"):
            continue
        claims = readings.read(taken_back, " ".join(readings.texts(doc)))
        if claims:
            reports.append((day, doc.id, claims))
    if not reports:
        return []
    found: list[Superseded] = []
    for note in notes:
        own = docs.get(note.span.source)
        anchor = placed_day(own.meta) if own else None
        if note.status == "pinned" or anchor is None:
            continue
        text = " ".join(text_of(note).split())
        if taken_back(text):
            continue
        by = next((source for day, source, claims in sorted(reports)
                   if source != note.span.source and anchor < day and any(states_claim(text, c) for c in claims)), None)
        if by is not None:
            found.append(Superseded(note=note.id, by=by, reason="view"))
    return found


# A plan as it stood before a later report: "had been due to", "was scheduled for", "had planned to begin
# work on July 1", "originally set for".
_FORMER_PLAN = re.compile(r"\b(?:had\s+been|was|were)\s+(?:\w+ly\s+)?(?:due|scheduled|set|expected|supposed|meant|planned|"
                          r"slated|timetabled)\s+(?:to|for)\b|\b(?:was|were)\s+to\s+(?:have\s+)?[a-z]+\b"
                          r"|\bhad\s+(?:\w+ly\s+)?(?:planned|intended|hoped|aimed|expected)\b"
                          r"|\b(?:originally|initially|previously)\b", re.IGNORECASE)


_UNSETTLED = re.compile(r"\b(?:will|would|shall|could|may|might|should|must|can|not|never|if|unless|whether|threat\w*|"
                        r"propos\w*|urg\w*|ask\w*|want\w*|demand\w*|\w+n['’]t)\b[^,;:]{0,30}$", re.IGNORECASE)
_SET_FOR = re.compile(r"\b(?:planned|scheduled|set|due|slated|timetabled|called)\s+(?:for|on)\s+(?:the\s+)?$", re.IGNORECASE)


def _change_made(sentence: str) -> re.Match[str] | None:
    """The change verb of a sentence that tells an event called off or moved as done ("A union meeting
    planned for Saturday to consider strike ballots ... has been cancelled", "postponed its general
    meeting"): no modal, negation, condition, threat or call just before it."""
    for match in _CHANGE.finditer(sentence):
        if not _UNSETTLED.search(sentence, max(0, match.start() - 40), match.start()):
            return match
    return None


def tells_change(text: str) -> bool:
    """Whether a sentence of *text* tells an event called off or moved, as done (`_change_made`): "A
    union meeting planned for Saturday ... has been cancelled" reports a change, no event set for Saturday."""
    return any(_change_made(sentence) for sentence in _SENTENCE.split(text))


def days_given_up(sentence: str, anchor: dt.date) -> set[dt.date]:
    """The days *sentence* (of a source written on *anchor*) names for an event as it stood before a
    change: a day told as a former plan ("The trust had planned to begin work on July 1", "was due to
    meet on Tuesday"), or in a sentence telling the event called off, any day it names, and moved, a
    day before the change verb, after "from" or set for the event ("postponed its general meeting,
    planned for April 20, to April 27": April 20, not April 27). A schedule for such a day, told by an
    earlier source, no longer holds."""
    found: set[dt.date] = set()
    change = _change_made(sentence)
    for when in dates.mentions(sentence, anchor):
        if when.precision != "day":
            continue
        before = sentence[max(0, when.start - 120):when.start]
        clause = re.split(r"[,;:—–]\s|\.\s", before)[-1]
        if _FORMER_PLAN.search(clause):
            found.add(when.first)
        elif change is not None and (change.group("off") or when.end <= change.start()
                                     or re.search(r"\bfrom\s+(?:the\s+)?$", before) or _SET_FOR.search(before)):
            found.add(when.first)
    return found


# -- a level held so far, changed since ------------------------------------------------------------
# "The governor has so far kept the exclusion zone at 5 km" tells a level as it stands, held against
# pressure to move it. Once a later report tells the level changed ("widened the exclusion zone to
# 7 km"), the held level is no longer the story's state: printed as current, it contradicts the news.
# Structure only: a verb of holding in the perfect or with "so far"/"still" right before the value
# ("at"/"to"), and, in the later report, a verb of changing a level with "to" right before the new one.
_HELD_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:so\s+far\s+|thus\s+far\s+|until\s+now\s+|still\s+)?|so\s+far\s+|thus\s+far\s+|still\s+)"
    r"(?:kept|held|left|capped|limited|confined|restricted|maintained)\b(?:\s+[\w'’-]+){0,5}?\s+(?:at|to)\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|just\s+)?$", re.IGNORECASE)
"""What stands right before a value its holder is told to have held so far ("has so far kept it at")."""

_CHANGED_TO = re.compile(
    r"\b" + _CHANGE_STEMS + r"\w*"
    r"(?:\s+[\w'’-]+){0,8}?\s+to\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
"""What stands right before a level a sentence tells changed to ("widened the exclusion zone ... to")."""

_CHANGE_NOT_DONE = re.compile(r"\b(?:to|will|would|could|should|may|might|must|can|not|n['’]t|if|unless|whether)\s+"
                       r"(?:\w+ly\s+)?(?:be\s+|have\s+|been\s+)?$", re.IGNORECASE)
"""What before the change verb leaves the change undone: advice, a plan, a condition ("advised it to widen")."""

_REPORTING_KINDS = frozenset({"opinion", "analysis", "blog", "forum thread", "comments"})


def held_values(sentence: str) -> list[Figure]:
    """The values *sentence* tells as held so far (`_HELD_BEFORE`): "has so far kept it at 5 km"."""
    found = []
    for figure in find_figures(sentence):
        at = sentence.find(figure.text)
        if at > 0 and _HELD_BEFORE.search(sentence[max(0, at - 160):at]):
            found.append(figure)
    return found


def changed_values(sentence: str) -> list[Figure]:
    """The values *sentence* tells a level changed to (`_CHANGED_TO`): "widened the zone to 7 km"."""
    found = []
    for figure in find_figures(sentence):
        at = sentence.find(figure.text)
        clause = re.split(r"[;:—–]\s|\.\s", sentence[max(0, at - 200):at])[-1] if at > 0 else ""
        change = _CHANGED_TO.search(clause) if clause else None
        if change is not None and not _CHANGE_NOT_DONE.search(clause[:change.start()]):
            found.append(figure)
    return found


def _matter_words(text: str, figure: Figure) -> set[str]:
    """Content words of *text* besides numbers and *figure*'s unit."""
    unit = set(content_words(figure.unit or ""))
    return {w for w in content_words(text) if not w[0].isdigit()} - unit


def changed_held_values(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                        text_of: Callable[[Note], str]) -> set[str]:
    """Ids of notes telling a value as held so far (`held_values`) that a report dated later, in another
    source, tells changed to another value of the same unit (`changed_values`), in a sentence sharing at
    least `SHARED_WORDS` content words with the note besides the unit. Pinned notes stay; undated notes
    and commentary never overtake."""
    later: list[tuple[dt.date, str, str, Figure]] = []
    for doc in docs.values():
        day = written_day(doc.meta)
        if day is None or doc.duplicate_of or doc.meta.kind in _REPORTING_KINDS:
            continue
        for sentence in doc.sentences:
            said = " ".join(doc.text[sentence.start:sentence.end].split())
            later.extend((day, doc.id, said, figure) for figure in changed_values(said))
    if not later:
        return set()
    gone: set[str] = set()
    for note in notes:
        own = docs.get(note.span.source)
        day = written_day(own.meta) if own is not None else None
        if note.status == "pinned" or day is None:
            continue
        text = " ".join(text_of(note).split())
        for held in held_values(text):
            words = _matter_words(text, held)
            if any(when > day and source != note.span.source and figure.unit == held.unit
                   and unit_class(figure) == unit_class(held) and not near(figure, held)
                   and len(words & _matter_words(said, figure)) >= SHARED_WORDS
                   for when, source, said, figure in later):
                gone.add(note.id)
                break
    return gone


# A step told as possibly needed that a later report tells carried out. "a controlled blast ... might
# be needed before the road could be cleared", "a temporary bypass pump may be required" expect a
# step; once a later dated report tells that step done ("The blast was carried out on Friday",
# "installed a temporary bypass pump on Wednesday"), the need is history. By structure:
# - the statement's clause names a noun phrase (a determiner, up to two modifiers, its head) as the
#   subject of a modal "be needed / required / necessary" within the same clause;
# - a clause of a later dated report from another source tells a thing with the same head (and, when
#   the statement gives modifiers, one of them) done: the head as the passive subject of a verb of
#   carrying out ("was carried out", "had been completed") or the object of one in the past
#   ("installed a temporary bypass pump"), with no denial or expectation before the verb.
_NP_PREPOSITIONS = ("to", "for", "of", "on", "in", "at", "above", "below", "near", "along", "under", "across",
                    "around", "over", "beside", "behind", "inside", "outside", "between", "with", "from", "into", "by")
"""Prepositions that end a step's noun phrase and open what follows it ("a controlled blast above the road")."""
_STEP_NEEDED = re.compile(
    r"\b(?:a|an|the)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?:\s+(?:" + "|".join(_NP_PREPOSITIONS) + r")\b"
    r"[^,;:.]{0,80}?)?\s+(?:might|may|could|would|will)\s+(?:also\s+|still\s+|first\s+)?"
    r"be\s+(?:needed|required|necessary)\b", re.IGNORECASE)
_CARRY_VERB = (r"(?:carried\s+out|completed|done|performed|conducted|finished|installed|fitted|set\s+up|"
               r"put\s+in\s+place|detonated|triggered)")
_CARRIED_PASSIVE = re.compile(r"\b(?:the|a|an)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?:\s+(?:"
                              + "|".join(_NP_PREPOSITIONS) + r")\b[^,;:.]{0,60}?)?\s+"
                              r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?" + _CARRY_VERB + r"\b",
                              re.IGNORECASE)
_CARRIED_ACTIVE = re.compile(r"\b(?:has\s+|have\s+|had\s+)?" + _CARRY_VERB + r"\s+(?:the|a|an|its|their)\s+"
                             r"(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", re.IGNORECASE)
_STEP_NOT_DONE = re.compile(r"\b(?:not|never|n['’]t|yet|will|would|could|might|may|must|should|to\s+be|plans?|expect\w*)\b",
                       re.IGNORECASE)
_NOT_HEAD = frozenset({"be", "been", "is", "was", "to", "it", "that", "this", "they"})
_NP_ENDS = frozenset({*_NP_PREPOSITIONS, "and", "or", "the", "a", "an", "this", "that", "last", "early", "late",
                      "yesterday", "today"})


def _np_words(np: str) -> list[str]:
    """The words of the noun phrase *np*, lower case, up to the first word that cannot be in one."""
    words = []
    for word in np.lower().split():
        if word in _NP_ENDS:
            break
        words.append(word)
    return words


def _step(np: str) -> tuple[str, frozenset[str]] | None:
    """The head stem of the noun phrase *np* and the stems of its modifiers (None: no noun head)."""
    words = _np_words(np)
    if not words or words[-1] in _NOT_HEAD or _PAST_WORD.fullmatch(words[-1]) and len(words) == 1:
        return None
    return stem(words[-1]), frozenset(stem(w) for w in words[:-1])


def needed_steps_in(text: str) -> list[tuple[str, frozenset[str]]]:
    """The steps *text* tells as possibly needed (`_STEP_NEEDED`): each head stem with its modifiers."""
    found = []
    for clause in re.split(r"[;:]|,\s+(?:and|but)\s+|\.\s", text):
        for m in _STEP_NEEDED.finditer(clause):
            step = _step(m.group("np"))
            if step is not None:
                found.append(step)
    return found


def _carried_out(text: str, day: dt.date) -> tuple[tuple[str, frozenset[str]], ...]:
    """The steps *text* tells done (head stem, all stems of its noun phrase); *day* unused (a dated reading)."""
    del day
    found = []
    for clause in re.split(r"[;:]|,\s+(?:but|although|though)\s+", text):
        for pattern in (_CARRIED_PASSIVE, _CARRIED_ACTIVE):
            for m in pattern.finditer(clause):
                # a denial or an expectation between the step and its verb, or in the words before an active verb
                before = clause[m.end("np"):m.end()] if pattern is _CARRIED_PASSIVE else clause[max(0, m.start() - 40):m.start()]
                if _STEP_NOT_DONE.search(before):
                    continue
                words = _np_words(m.group("np"))
                if words and words[-1] not in _NOT_HEAD:
                    found.append((stem(words[-1]), frozenset(stem(w) for w in words)))
    return tuple(found)


def needed_steps(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                 text_of: Callable[[Note], str], reports: Callable[[Note], bool],
                 known: DatedSources | None = None) -> list[Superseded]:
    """Statements of *notes* telling a step as possibly needed that a later dated report of another
    source tells carried out (see the comment above), each with the first such report. Arguments as
    for `expected_events`; pinned notes are never overtaken."""
    known = known or DatedSources(notes, docs)
    found: list[Superseded] = []
    waiting = [(note, steps) for note in notes
               if note.status != "pinned" and (steps := needed_steps_in(text_of(note)))]
    if not waiting:
        return found
    told_done = known.telling(notes, docs, _carried_out, text_of=text_of, reports=reports)
    for note, steps in waiting:
        anchor = known.day_of[note.id]
        for told, done in told_done:
            if told.source == note.span.source or (anchor is not None and told.day <= anchor):
                continue
            # "The blast was carried out" takes up the step by its head alone; a phrase with modifiers of
            # its own ("installed a temporary pump") must share one with the step when the step has any.
            if any(head == d_head and (not mods or d_words == {d_head} or mods & d_words)
                   for head, mods in steps for d_head, d_words in done):
                found.append(Superseded(note=note.id, by=told.id, reason="event"))
                break
    return found
