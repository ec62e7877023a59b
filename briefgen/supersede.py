"""Statements a later source has overtaken: an event one expects that a later source reports as done.

"The mayor said she would ask the council to hold an emergency vote on Wednesday" is no longer
the story's state once a later source says "the council has voted 31 to 9": a brief that still
prints the schedule (as a position, a catalyst or an outlook) tells the reader something that is
over. `expected_events` finds such pairs once, for compose to leave the schedule out (the outcome
is a statement of its own, chosen on its merits).

A later report overtakes an expected event only when all of these hold (conservative: a brief
that keeps a stale schedule is wrong once; one that drops a live one loses the story's next step):

- the earlier statement names an event still to come from its own source's date
  (`sections.catalyst`), and every day it names is past by the later source's date, or named
  again by a source dated after its own (the later source keeps that part of the story);
- the later source is dated, after the earlier one's date (an undated one is never later than
  anything; an undated schedule may be overtaken by a dated report of its outcome);
- a clause of the later statement tells the event as done: it shares the event word's stem
  ("vote" / "voted", "decide" / "decided"), or names it as held ("a ballot held on Thursday"), and
  sets nothing to come;
- the two share at least `SHARED_WORDS` content words besides the event word and calendar words
  (the same actor and matter: "city council", "repair").

General English only: tense, event words, calendar words; no subject's words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from briefgen import sections as holds
from briefgen.models import Figure, Note, SourceDoc
from briefgen.notes import dates, features
from briefgen.notes.figures import earlier_values, find_figures, holder, measure_stems, near, unit_class, word_stems
from briefgen.window import written_day
from briefgen.words import content_words, stem

SHARED_WORDS = 2
"""Content words besides the event word that the schedule and its outcome must share."""

# What sets a clause in the future or leaves it open ("will vote", "is expected to rule", "could").
_AHEAD = re.compile(r"\b(?:will|would|shall|won['’]t|to be|is to|are to|expect\w*|due|scheduled|set to|plans?|"
                    r"planned|intends?|could|may|might|going to|later|next|until|pending|whether)\b", re.IGNORECASE)
# What tells a clause in the past: a perfect, a past auxiliary, a regular or common irregular past.
_PAST_WORD = re.compile(r"\w+ed|held|met|took|began|found|gave|won|lost|came|went|made|chose|ran|rose|fell|struck|"
                        r"sent|told|rejected|approved", re.IGNORECASE)
# An event told as having taken place, whatever its noun ("a ballot held on Thursday", "the hearing went ahead").
_HAPPENED = re.compile(r"\b(?:held|took place|went ahead|happened|concluded)\b", re.IGNORECASE)
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
    """Id of the later source's statement that tells what became of it."""
    reason: Literal["event"]
    """event: it expects an event the later statement reports as done."""


def _event_stems(text: str) -> set[str]:
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
        if not clause or _AHEAD.search(clause):
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


def expected_events(notes: Sequence[Note], docs: dict[str, SourceDoc], *,
                    text_of: Callable[[Note], str], reports: Callable[[Note], bool]) -> list[Superseded]:
    """Statements of *notes* that expect an event a later dated source reports as done (see the
    module's docstring), each with the first such report (*reports*: may the note stand as
    reported fact). *text_of* gives a note's statement as the brief would print it. Pinned
    notes are never overtaken."""
    day_of: dict[str, dt.date | None] = {}
    for note in notes:
        doc = docs.get(note.span.source)
        day_of[note.id] = written_day(doc.meta) if doc is not None else None
    dated = [(day, doc) for doc in docs.values() if (day := written_day(doc.meta)) is not None]
    named: dict[str, set[dt.date]] = {}  # per dated source, the days its sentences name (worked out when asked)

    def named_after(day: dt.date, anchor: dt.date | None) -> bool:
        """Whether a source dated after *anchor* (any dated source, for an undated one) names *day*."""
        for written, doc in dated:
            if anchor is not None and written <= anchor:
                continue
            if doc.id not in named:
                named[doc.id] = {w.first for s in doc.sentences
                                 for w in dates.mentions(doc.text[s.start:s.end], written)}
            if day in named[doc.id]:
                return True
        return False

    outcomes = [n for n in notes if day_of[n.id] is not None and n.kind not in ("forecast", "risk") and reports(n)]
    found: list[Superseded] = []
    for note in notes:
        if note.status == "pinned":
            continue
        text = text_of(note)
        anchor = day_of[note.id]
        if holds.catalyst(text, note.kind, anchor, None) is None:
            continue
        events = _event_stems(text)
        if not events:
            continue
        words = _words(text) - events
        for other in sorted(outcomes, key=lambda n: (day_of[n.id], n.id)):
            later = day_of[other.id]
            if other.span.source == note.span.source or later is None or (anchor is not None and later <= anchor):
                continue
            told = text_of(other)
            done = _done(told, events)
            if not done or len(words & (_words(told) - events)) < SHARED_WORDS:
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
MIN_SHARED_WORDS = 2
"""Content words besides the unit that a statement and the sentence calling its value earlier share,
when the unit is no counted noun ("9%", "$4 million")."""


def tells_update(sentence: str, figure: Figure, measure: Figure) -> bool:
    """Whether *sentence* gives *figure* (a value with no measure of its own, as written in the
    sentence) as the latest value of *measure*'s quantity: it names the measure in its own words
    (every stem of `measure_stems`, the holder's too: "cancelled operations" in "had now been
    cancelled"), tells the value as a change or the latest state (`_UPDATE_CUE`), the value is its
    only one of that unit besides those it calls earlier ("up from 386"), and is no condition."""
    if figure.measures or figure.unit != measure.unit or unit_class(figure) != unit_class(measure):
        return False
    wanted = measure_stems(measure) | word_stems(holder(measure))
    if not wanted or not wanted <= word_stems(sentence) or not _UPDATE_CUE.search(sentence):
        return False
    earlier = earlier_values(sentence)
    others = [f for f in find_figures(sentence) if unit_class(f) == unit_class(figure) and not near(f, figure)
              and (f.unit == figure.unit or not f.unit) and not any(near(f, e) for e in earlier)]
    return not others and not any(near(figure, e) for e in earlier)


def called_earlier(text: str, said: str, figure: Figure) -> bool:
    """Whether *said* (another source's sentence) calls the value of *figure* (of statement *text*)
    earlier and gives its replacement ("an earlier figure of 61,000 ...", "originally 140 stores;
    it raised the number to 146", "now 13% below last year, not 9% as previously stated"): the
    same value, a value of its unit that the sentence gives as current, and the same counted noun
    ("140 stores") or else `MIN_SHARED_WORDS` content words in common ("9%", "61,000")."""
    earlier = earlier_values(said)
    marks = [m for m in earlier if near(m, figure) and unit_class(m) == unit_class(figure)]
    if not marks or not any(unit_class(f) == unit_class(figure) and not any(near(f, m) for m in earlier)
                            for f in find_figures(said)):
        return False
    if figure.unit and unit_class(figure) == "count":
        if any(m.unit == figure.unit for m in marks):
            return True
        if all(m.unit for m in marks):
            return False  # "2,300 wells" is not "an earlier figure of 2,300 households"
    return len(_words(text) & _words(said)) >= MIN_SHARED_WORDS
