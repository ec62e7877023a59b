"""Key figures: one quantity as the sources give it, and what its figures say.

`FigureGroup` holds every figure that states one quantity (across phrasings and sources), with
its notes, dates, the group of the value that replaced it and the earlier values its own
sentences give. The functions here read a figure in its sentence: the measure it belongs to
(`measure_key_of`, `attached_words`), whether it is an earlier, corrected, conditional or bounding
value, or one set against another, and the label a row may print (`counted_measure`).
`compose` chooses and orders the rows; nothing here reads an audience.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace

from briefgen.ingest.clean import MONTHS, WEEKDAYS
from briefgen.models import (
    EarlierFigure,
    Figure,
    Note,
)
from briefgen.notes.dates import mentions
from briefgen.notes.figures import (
    _IRREGULAR_PAST,
    LIST_AFTER,
    MONEY_UNITS,
    SPAN_COUNT,
    _is_past_verb,
    correction_notice,
    corrects,
    earlier_values,
    find_figure,
    find_figures,
    holder,
    label_penalty,
    measure_stems,
    near,
    near_value,
    own_words,
    past_form,
    same_value,
    stance,
    unit_class,
    unit_head,
    word_stems,
)
from briefgen.words import STOP_WORDS, content_words, stem

SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z])")
"""Where one sentence of a statement quoted with the sentence before it ends and the next begins."""


def sentence_of(quote: str, text: str) -> str:
    """The sentence of *quote* that gives *text* (a figure as written), else the whole quote."""
    sentences = SENTENCE_END.split(quote)
    own = re.compile((r"(?<![\d.,])" if text[:1].isdigit() else "") + re.escape(text)
                     + (r"(?!\d)" if text[-1:].isdigit() else ""))
    # a sentence giving it as a number of its own first ("12", not the "12" of "212-store")
    return next((said for said in sentences if own.search(said)),
                next((said for said in sentences if text in said), quote))


_INCREMENT_BEFORE = re.compile(r"(?i)\b(?:a\s+further|an?\s+extra|an?\s+additional|additional|extra|further)\s+"
                               r"(?:[a-z-]+\s+){0,2}?(?:of\s+|at\s+|worth\s+)?$")
_INCREMENT_AFTER = re.compile(r"(?i)^(?:\s+[a-z-]+){0,2}?\s+(?:more|extra|on\s+top)\b(?!\s+than\b)")


def incremental(sentence: str, figure: Figure) -> bool:
    """Whether *sentence* gives *figure* as an amount added to another ("at a further cost of
    £1.1 million", "an extra £40m", "£2m more a year"): an increment, never the same quantity as
    a total of the measure, so never its earlier or later value. Read from the words that modify
    the figure itself, not anywhere in the sentence ("an extra ward at a cost of £3m" is a total)."""
    flat = " ".join(sentence.split())
    at = flat.find(" ".join(figure.text.split()))
    if at < 0:
        return False
    before, after = flat[max(0, at - 40):at], flat[at + len(" ".join(figure.text.split())):][:30]
    return _INCREMENT_BEFORE.search(before) is not None or _INCREMENT_AFTER.search(after) is not None


_CONDITION = re.compile(r"(?i)\b(?:if|unless|should|whether)\b(?:[^,;:.!?]|(?<=\d)[,.](?=\d))*$")


def wrong_before(quote: str, figure: Figure) -> bool:
    """Whether *figure* is what a correction notice says an earlier version of the text gave
    ("An earlier version of this story gave the peak draw as 1,150 litres per second"): a value
    the story never had, neither current nor earlier."""
    said = " ".join(sentence_of(quote, figure.text).split())
    return correction_notice(said) and any(near(figure, m) and unit_class(figure) == unit_class(m)
                                           for m in earlier_values(said))


def tells_correction(quote: str) -> bool:
    """Whether a sentence of *quote* is a correction notice (`figures.correction_notice`)."""
    return any(correction_notice(" ".join(part.split())) for part in SENTENCE_END.split(quote))


def corrects_value(sentence: str, value: float) -> bool:
    """Whether *sentence* says *value* was wrong: it tells a correction (`corrects`) and, where it
    names the values it corrects ("12 million euros, not 14 million euros"), *value* is one of
    them. A correction of one earlier value says nothing of another the quantity was cut, raised
    or revised from ("cut to 12 million euros from 18.5 million euros" is no correction of 18.5)."""
    if not corrects(sentence):
        return False
    named = earlier_values(sentence)
    return not named or any(near_value(mark.value, value) for mark in named)


_CONDITION_AFTER = re.compile(r"(?i)^(?:\s+[\w'’-]+){0,2}?\s+(?:if|unless|provided|providing)\b")
"""A condition the figure's own clause goes on to set ("rising to 50% if the ban takes effect")."""

_CONSEQUENCE = re.compile(r"(?i)(?:^|[^\w])(?:if|unless)\b[^;:!?]*,(?P<then>[^,;:!?]*)$")
"""The main clause of a sentence opened by a condition, up to the figure ("if X exceeds ..., there is a")."""

_PROBABILITY = re.compile(r"(?i)^\s*(?:chance|probability|likelihood|odds|risk)\b")
_HYPOTHETICAL = re.compile(r"(?i)\b(?:would|could|might)\b")


def conditional(quote: str, text: str) -> bool:
    """Whether *text* (a figure as written) stands in a condition ("can walk away if the regulator
    demands more than 100 stores"): a threshold someone set, not a quantity of the story; or holds
    only under one: a condition follows it in its clause ("rising to 50% if the ban takes effect"),
    or it is the chance or the would-be value of a sentence opened by a condition ("if farmed fish
    exceed 10 per cent, there is a 60% chance of ...", "if approved, it would employ 300"): a
    hypothetical, not what happened."""
    said = sentence_of(quote, text)
    at = said.find(text)
    if at < 0:
        return False
    if at > 0 and _CONDITION.search(said[:at]) is not None:
        return True
    after = said[at + len(text):]
    if _CONDITION_AFTER.match(after):
        return True
    opened = _CONSEQUENCE.search(said[:at])
    return opened is not None and (_PROBABILITY.match(after) is not None
                                   or _HYPOTHETICAL.search(opened.group("then")) is not None)


_CHANCE_AT = re.compile(r"(?i)\b(?:chance|probability|likelihood|odds)\b[^.;:!?]*\b(?:at|of|is|was)\s+"
                        r"(?:about\s+|around\s+|roughly\s+|some\s+|only\s+)?$")


def probability(quote: str, figure: Figure) -> bool:
    """Whether *figure* is someone's probability of an outcome ("35% probability", "put the chance that ...
    at about 30%"): a forecaster's weight on a scenario, no quantity of the story a Key figures row can
    state; the statement that gives it says of what."""
    said = sentence_of(quote, figure.text)
    at = said.find(figure.text)
    if at < 0:
        return False
    return _PROBABILITY.match(said[at + len(figure.text):]) is not None or _CHANCE_AT.search(said[:at]) is not None


_COMPARISON_FRAME = re.compile(r"(?i)\b(?:(?:in|across|among|at|for)\s+(?:the\s+|some\s+)?other|elsewhere|peers?|rivals?|comparable)\b")
"""Words setting a figure in other places' or other parties' data ("in other cities", "European peers")."""

_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)(?<!'s)(?<!’s)(?![\w’'-])")
"""A place a figure's sentence names ("in Norway", "Across England"); an owner ("in Halvard's share price") is none."""
_NAME_WORD = re.compile(r"\b[A-Z][\w’'-]*[a-z][\w’'-]*")


def names_of(text: str, common: Collection[str]) -> list[str]:
    """The capitalised words of *text* that are names: not words the corpus also writes in lower
    case (*common*: "The", "Last"), not months or weekdays."""
    words = [re.sub(r"['’]s?$", "", w) for w in _NAME_WORD.findall(text)]  # "Halvard's" is Halvard
    return [w for w in words if w and w.lower() not in common and w.lower() not in _CALENDAR]


_CALENDAR = frozenset("january february march april may june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday".split())


def elsewhere(quote: str, figure: Figure, story_names: Collection[str], common: Collection[str]) -> bool:
    """Whether *figure*'s sentence gives another place's or party's data, set beside the story for
    comparison: it names nothing of the story's own (*story_names*: names in the title or in two
    sources or more), and sets its figure in a place no other source names, before it ("A study in Norway
    found ...", "In Brackham, where a similar survey ...", "Across England"; a place after it, "the
    deadliest in Maldura", may be the story's own), or frames it with
    others ("In other cities that audited similar data", "European peers trade on 5.5x")."""
    said = sentence_of(quote, figure.text)
    at = said.find(figure.text)
    if at < 0:
        return False
    names = names_of(said, common)
    if any(n in story_names for n in names):
        return False
    if _COMPARISON_FRAME.search(said[:at]):
        return True
    return any(all(w not in story_names for w in names_of(m.group("name"), common)) and names_of(m.group("name"), common)
               for m in _PLACE.finditer(said[:at]))


BARE = re.compile(r"[\d.,]+(?:\s+(?:thousand|million|billion|trillion|bn|m))?"
                   r"(?:\s*(?:%|percent|per cent|percentage points?))?", re.IGNORECASE)
"""A figure that names no unit or thing counted ("900", "4.5 percent", "1.1 billion")."""


_MEASURE_FRAME = frozenset({"share"})
"""Words of a measure's label that frame it rather than name it ("share of capacity" of "40 percent
of capacity"); a direction ("rise in frigates") is not one: the words must say it."""


_CLAUSE_TAIL = frozenset("may might could would will can should must is are was were has have had be been".split())
"""Words a measure's label does not end on: it is a clause's subject and verb, cut."""


def distance_before(said: str, group: FigureGroup, note: Note, mark: Figure) -> int:
    """How far before *mark* in *said* the figure *group* takes from *note* stands (a figure after
    it, or not found, ranks after every figure before it)."""
    at = said.find(mark.text)
    ends = [said.rfind(f.text, 0, at) for f, n in zip(group.figures, group.notes, strict=True) if n is note]
    before = [at - end for end in ends if at >= 0 and end >= 0]
    return min(before) if before else len(said) + 1


_MONEY_WORDS = frozenset(u.lower() for u in MONEY_UNITS)


def counted_measure(figure: Figure, words: str, also: tuple[str, ...] = ()) -> str | None:
    """What a key-figure row says its figure counts beside the figure: "" when the figure names
    its unit ("150 million leva") or has no measure to add; the measure's label ("job cuts") for a
    bare figure ("900") when the row's words confirm it (its every content word is in them); None
    (no row) for a bare figure whose measure no words confirm ("1.1 billion | ten-year average"):
    a label read from a sentence the row does not show is too often wrong to stand alone. A row
    with no words whose label ends on a verb is no row either.

    *also* are other sources' words for the same value (`_Composer.same_value_words`: "must sell
    126 leisure centres" for a row "126 | centres" its own clause cannot show): a measure any of
    them states is confirmed, as the row's own words would confirm it."""
    last = figure.measures.split()[-1].lower() if figure.measures.split() else ""
    if figure.measures.strip().lower() in _MONEY_WORDS or figure.measures.split() and all(
            w[:1].isupper() for w in figure.measures.split()):
        # "4.0bn | EUR", "36 percent (Aurea Mobile)": a currency or a name says whose or in what,
        # never what is counted or paid; the row stands on its own words or not at all
        return "" if words else None
    if not words and (last in _CLAUSE_TAIL or len(figure.measures.split()) > 1 and last.endswith("ed")):
        return None  # a label cut off inside a clause ("population may", "reported attacks involved")
    if not BARE.fullmatch(figure.text.strip()):
        return ""
    if words and _predicate_label(figure.measures, words):
        return ""  # "64 percent (said)": the label is the clause's verb, not what the value measures
    said = {stem(w) for w in content_words(words)} if words else set()
    named = [w for w in content_words(figure.measures) if w.lower() not in _MEASURE_FRAME]
    if named and not (said and all(stem(w) in said for w in named)) and any(
            all(stem(w) in {stem(x) for x in content_words(other)} for w in named) for other in also):
        return figure.measures  # another source names what the value counts
    if named and said and all(stem(w) in said for w in named):
        listed = re.search(r"\b" + re.escape(named[-1]) + r"\w*,\s+(?P<rest>.*)", words, re.IGNORECASE)
        if listed and LIST_AFTER.match(listed.group("rest")):
            return ""  # the label ends inside a list the words go on with ("share of wheat" of "wheat, maize and …")
        return figure.measures
    return "" if words else None


_OPENS_PHRASE = re.compile(r"\s+(?:the|a|an|its|their|his|her|our|my|your|this|these|those|they|he|she|we|it|"
                           r"i|you|them|him|us|that|of)\b", re.IGNORECASE)


def _predicate_label(measures: str, words: str) -> bool:
    """Whether a row's label is no noun the value measures but a verb or adverb of its clause:
    in the row's words the label's last word opens a phrase of its own (an object or a clause:
    "64 percent said they had arrived late", "The cooperative puts the rise at 9 percent",
    "582 trains a day instead of 620"), where a measured noun is followed by its verb or
    preposition ("the cancellation rate fell", "a deficit of 180,000 tonnes")."""
    label = measures.split()
    if not label:
        return False
    last = label[-1]
    for found in re.finditer(r"(?<![\w'’-])" + re.escape(last) + r"(?![\w'’-])", words):
        after = words[found.end():]
        if _OPENS_PHRASE.match(after) and not (last[:1].isupper() or after.lower().lstrip().startswith("of") and
                                                     not re.search(r"(?i)\b(?:instead|rather|out)$", last)):
            return True
    return False


_ALTERNATIVE_BEFORE = re.compile(r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s*$", re.IGNORECASE)


def given_as_alternative(quote: str, figure: Figure) -> bool:
    """Whether *quote* gives *figure* only as the value another replaces or is set against
    ("run 582 trains a day instead of 620"): the base of a comparison, no level of its own."""
    said = " ".join(sentence_of(quote, figure.text).split())
    at = said.find(figure.text)
    return at >= 0 and _ALTERNATIVE_BEFORE.search(said[max(0, at - 30):at]) is not None


@dataclass
class FigureGroup:
    """One quantity as the sources give it: every figure that states it, with its note."""

    figures: list[Figure] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    days: list[tuple[str, bool]] = field(default_factory=list)
    """Each figure's date and whether it is only estimated."""
    earliest: str = ""
    """The date of the first source to give the figure ("" when undated)."""
    replaced_by: FigureGroup | None = None
    """The group of a later or corrected value of the same measure, when one replaces this one."""
    corrected: bool = False
    """Whether the replacing source says this value was wrong."""
    undated: bool = False
    """Replaced only because it is undated and a dated source gives the measure: its statements stay."""
    marked: list[EarlierFigure] = field(default_factory=list)
    """Earlier values its own sentences give that no group holds ("up from 305,000")."""
    aside: bool = False
    """Replaced by a value that is only compared with it as another's earlier figure ("above the council's
    earlier figure of 14,200"): overtaken, yet never named as the replacing value's own earlier one."""

    estimated: bool = False
    """Whether `earliest` is only a date estimated from its source's text (not shown to a reader)."""
    told_before: bool = False
    """Whether every sentence that gives the value gives it as an earlier one ("3 percent instead of
    6 percent"): when it was reported, no source says (the sentence's date is the later value's)."""
    retired: bool = False
    """Whether a source ties the value to something it says was rejected, withdrawn or replaced
    (`supersede.turned_down`): history, never a current value, whatever replaces it."""

    def add(self, figure: Figure, note: Note, date: str, position: int, estimated: bool = False) -> None:
        self.figures.append(figure)
        self.notes.append(note)
        self.positions.append(position)
        self.days.append((date, estimated))
        if date and (not self.earliest or date < self.earliest):
            self.earliest, self.estimated = date, estimated

    @property
    def sources(self) -> set[str]:
        return {note.span.source for note in self.notes}

    def first_per_source(self) -> list[Note]:
        """The note nearest the lead in each source that gives the figure."""
        best: dict[str, tuple[int, Note]] = {}
        for note, position in zip(self.notes, self.positions, strict=True):
            if note.span.source not in best or position < best[note.span.source][0]:
                best[note.span.source] = (position, note)
        return [note for _, note in sorted(best.values(), key=lambda pair: (pair[0], pair[1].id))]

    def earlier(self, groups: list[FigureGroup]) -> tuple[EarlierFigure, ...]:
        """The values this quantity replaced (the groups it replaced, theirs in turn, and the
        values its sentences call earlier), oldest first, at most three: the latest before it."""
        found: dict[float, EarlierFigure] = {}
        own: set[float] = {mark.value for mark in self.marked}
        todo = [g for g in groups if g.replaced_by is self and not g.aside]
        seen: set[int] = set()
        while todo:
            group = todo.pop()
            if id(group) in seen:
                continue
            seen.add(id(group))
            figure = group.shown()
            day, estimated = self.first_day_of(group, groups)
            entry = EarlierFigure(text=figure.text, value=figure.value, corrected=group.corrected,
                                  date="" if estimated or group.told_before else day)
            if figure.value not in found or entry.date and not found[figure.value].date:
                found[figure.value] = entry  # a value told before and reported on its day: that day
            if group.told_before:
                own.add(figure.value)
            todo += [g for g in groups if g.replaced_by is group]
        for mark in self.marked:
            found.setdefault(mark.value, mark)
        value = self.shown().value
        # a value three orders of magnitude away is another quantity, not this one's earlier value
        # ("4.6 billion crowns" of fee income is no update of "monthly income above 35,000 crowns")
        found = {v: e for v, e in found.items() if v in own or not value or not v or 1e-3 <= abs(v / value) <= 1e3}
        ordered = sorted((e for v, e in found.items() if v != value), key=lambda e: (not e.date, e.date))
        dated = [e for e in ordered if e.date]
        # An undated source's value has no place in the sequence: shown only when no dated one is,
        # after them, and a value the sentences call earlier always.
        undated = [e for e in ordered if not e.date and (not dated or e.value in own)]
        return self.as_told(tuple((dated + undated)[-3:]))

    def first_day_of(self, group: FigureGroup, groups: list[FigureGroup]) -> tuple[str, bool]:
        """The first day a source gave *group*'s value as this quantity (`first_told_as`), over every
        group of the same value, unit and measure whose holder is not another's: an earlier value is
        dated by the source that first stated it ("forecast 25,000 job losses" on 7 May), not by a
        later one that repeats it (an analyst's note two days on) and was grouped apart."""
        figure = group.shown()
        best = group.first_told_as(self.measure_key)
        for other in groups:
            if other is group or other is self:
                continue
            mark = other.shown()
            if not (same_value(mark.value, figure.value) and same_unit(mark, figure)):
                continue
            if other_measures(other.measure_key, group.measure_key) or other_subjects(other.subjects, group.subjects):
                continue
            day = other.first_told_as(self.measure_key)
            if day[0] and not day[1] and (not best[0] or best[1] or day[0] < best[0]):
                best = day
        return best

    def first_told_as(self, key: frozenset[str]) -> tuple[str, bool]:
        """The first day a source gives this value as the measure *key* (`measure_key_of`), and
        whether that day is only estimated: the same amount may also be another quantity ("values
        the stake at 143 million euros", "lost 143 million euros last year"), whose day is not the
        earlier value's. `earliest` when every figure of the value names another measure."""
        days = [day for f, n, day in zip(self.figures, self.notes, self.days, strict=True) if day[0]
                and not other_measures(measure_key_of(f, [sentence_of(n.quote, f.text)]), key)]
        return min(days, default=(self.earliest, self.estimated))

    def as_told(self, history: tuple[EarlierFigure, ...]) -> tuple[EarlierFigure, ...]:
        """*history* as the row's own sentence lets it stand: a sentence that gives the value's
        earlier one ("to 336 million pounds from 486 million") says which value came just before,
        so nothing after the last report of that one is shown, and when none is, only the
        sentence's own earlier value."""
        shown = self.shown()
        told = [mark for f, n in zip(self.figures, self.notes, strict=True) if f.text == shown.text
                for mark in earlier_values(sentence_of(n.quote, f.text))
                if (unit_class(mark) == unit_class(shown) or not mark.unit) and not near(mark, shown)]
        if not told or not history:
            return history
        last = max((i for i, e in enumerate(history) if any(near_value(e.value, m.value) for m in told)), default=-1)
        if last < 0:
            mark = told[0]
            return (EarlierFigure(text=mark.text, value=mark.value),)
        return history[:last + 1]

    def latest(self) -> FigureGroup:
        """The group of the value that in the end replaces this one (itself when none does)."""
        group, seen = self, {id(self)}
        while group.replaced_by is not None and id(group.replaced_by) not in seen:
            group = group.replaced_by
            seen.add(id(group))
        return group

    def shown(self) -> Figure:
        """The figure a row shows: the measure most sources word it by, a noun phrase before a
        verb-phrase leftover (ties: nearest the lead),
        with a conversion or a period where any source gives one. Worked out once per set of
        figures (`add` is the only way a group grows; rankings ask for it thousands of times)."""
        cached = self.__dict__.get("_shown")
        if cached is not None and cached[0] == len(self.figures):
            return cached[1]
        counts = Counter(f.measures for f in self.figures)
        order = sorted(range(len(self.figures)), key=lambda i: (label_penalty(self.figures[i].measures),
                                                                -counts[self.figures[i].measures], self.positions[i]))
        figure = self.figures[order[0]]
        text = max((f.text for f in self.figures if f.measures == figure.measures), key=len)
        # the period the figure's own clause gives ("to 22.40 zloty ... by March 2030"), else one another
        # figure of the value gives, never the day or week another source said it in ("this week")
        period = figure.period or own_deadline(sentence_of(self.notes[order[0]].quote, figure.text), figure) or next(
            (f.period for f in self.figures if f.period and not saying_period(f.period)), "")
        shown = replace(figure, text=text, period=period)
        self.__dict__["_shown"] = (len(self.figures), shown)
        return shown

    @functools.cached_property
    def measure_key(self) -> frozenset[str]:
        """What the quantity measures, as stems (`measure_key_of` of the figure a row shows, read in
        every sentence that gives it). Read once the group is whole: the linking steps compare
        every pair of groups."""
        shown = self.shown()
        return measure_key_of(shown, [sentence_of(n.quote, f.text) for f, n in zip(self.figures, self.notes, strict=True)
                                    if f.text == shown.text])

    @functools.cached_property
    def subjects(self) -> frozenset[str]:
        """The names its sentences give as whose or where the quantity is counted
        (`subject_names`), over every figure of it. Read once the group is whole."""
        return frozenset().union(*(subject_names(sentence_of(" ".join(n.quote.split()), f.text), f)
                                   for f, n in zip(self.figures, self.notes, strict=True)))

    @functools.cached_property
    def own_words(self) -> str | None:
        """The shown figure's clause as its source words it (`figures.own_words`), from the
        note nearest the lead that gives it: "" when none does, None when the clause cannot
        stand alone (it points back to words the row does not show)."""
        return self.words_in(self.notes)

    def words_in(self, notes: Sequence[Note]) -> str | None:
        """`own_words` from *notes* only (the statements a row cites: a row never shows words
        from a source it does not cite)."""
        shown = self.shown()
        for i in sorted(range(len(self.figures)), key=lambda i: self.positions[i]):
            if self.notes[i] not in notes:
                continue
            if self.figures[i].text in shown.text or shown.text in self.figures[i].text:
                found = own_words(self.notes[i].quote, self.figures[i].text)
                if found and cuts_measure(found, self.notes[i].quote, self.figures[i]):
                    # "The national crop agency … to 21.5 million tonnes": the forecast it is, cut; the words from
                    # the measure to the figure instead, when they are few
                    found = measure_words(self.notes[i].quote, self.figures[i])
                if found != "":
                    return found
        return ""


def comment_words(words: str) -> str:
    """*words* (`own_words`) for a row only comment gives, shown after the comment's label, or "" (the row then
    shows the whole statement, labelled): words cut inside their clause ("… to 2.3 percent of GDP by 2035") have
    lost what the value is of; words that open on a noun phrase after the cut ("… the 4 percent rise in the
    minimum pension costs ...", after "Second,") keep it."""
    if words.startswith("…") and not _NOUN_PHRASE_OPENING.match(words.lstrip("… ")):
        return ""
    return words


_NOUN_PHRASE_OPENING = re.compile(r"(?:the|a|an|its|their|his|her|our|this|these|[A-Z][\w'’-]*)\b")
"""How a cut clause's words open when they keep its subject: a determiner or a name."""


def cuts_measure(words: str, quote: str, figure: Figure) -> bool:
    """Whether *words*, the figure's clause as elided, leave out the head noun of what it measures while its
    sentence gives it ("... cut its wheat harvest forecast on Friday to 24 million tonnes" shown as "The
    national crop agency … to 24 million tonnes"): a reader would not know what the value is of."""
    head = re.findall(r"[a-z][\w'’-]*", figure.measures.lower())
    if "…" not in words or not head or not figure.measures.strip() or head[-1] in _FORM_WORDS:
        return False
    return _measure_phrase(words, quote, figure) is not None


def measure_words(quote: str, figure: Figure) -> str:
    """The sentence's words from the measure's noun phrase to the figure ("… its wheat harvest forecast again on
    Friday, to 21.5 million tonnes …"), verbatim and elided at either end; "" when they run past
    OWN_WORDS_MAX words (the row keeps its label)."""
    said = " ".join(sentence_of(quote, figure.text).split())
    phrase = _measure_phrase("", quote, figure)
    at = find_figure(said, figure.text)
    if phrase is None or at < 0:
        return ""
    start = phrase.start()
    stretch = said[start:at + len(figure.text)]
    if len(stretch.split()) > _MEASURE_WORDS_MAX:
        return ""
    end = at + len(figure.text)
    return ("… " if start > 0 else "") + stretch + (" …" if said[end:].strip(" .") else "")


_MEASURE_WORDS_MAX = 24


def _measure_phrase(words: str, quote: str, figure: Figure) -> re.Match[str] | None:
    """The measure's noun phrase in the figure's sentence, written whole after its determiner before the
    figure, when *words* lack its head noun; else None."""
    head = re.findall(r"[a-z][\w'’-]*", figure.measures.lower())
    if not head or head[-1] in _FORM_WORDS:
        return None
    said = " ".join(sentence_of(quote, figure.text).split())
    # the measure as a noun phrase the sentence writes whole, after its determiner ("its wheat harvest forecast"),
    # before the figure: not a label pieced from a verb ("looks expensive") or from other clauses
    phrase = re.search(r"\b(?:the|its|their|his|her|our|a|an|this|that|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}?"
                       + re.escape(" ".join(figure.measures.split())) + r"\b", said, re.IGNORECASE)
    at = find_figure(said, figure.text)
    if phrase is None or at < 0 or phrase.end() > at:
        return None
    return None if re.search(r"\b" + re.escape(head[-1]) + r"\b", words, re.IGNORECASE) else phrase


_FORM_WORDS = frozenset("rise fall increase decrease drop gain share".split())
"""Words a measure's label may end on that name its form, not the thing measured."""


def in_words(quote: str, figure: Figure, group: FigureGroup) -> bool:
    """Whether *figure*, given with no measure of its own, is a value of *group*'s quantity: the
    same value and unit, and its sentence names the quantity's measure in its own words ("the
    airline has offered 8%" of "pay offer", in "The dispute is over pay: ...")."""
    if figure.measures:
        return False
    shown = group.shown()
    wanted = measure_stems(shown) | word_stems(holder(shown))
    return bool(wanted) and any(near(figure, known) and unit_class(figure) == unit_class(known)
                                and (figure.unit == known.unit or not figure.unit or not known.unit)
                                for known in group.figures) \
        and wanted <= word_stems(sentence_of(quote, figure.text))


PREFIXES_OF_FORM = ("share of ", "maximum ")
"""Measures of a share or a cap: no level a change moves ("38% of revenue" is not what "revenue rose 12%" moved)."""


PROPOSALS = frozenset({"offer", "bid", "proposal", "demand"})
"""Stances of a value one party puts to another, which it may revise as a whole."""


def retire_revised_proposals(groups: list[FigureGroup], date: Callable[[Note], str]) -> None:
    """Retire the other figures of a proposal a later source revised: once "the offer of 31.50
    euros a share" is replaced by "raised its offer ... to 36 euros a share", the same offer's
    total ("offered 2.1 billion euros") and premium ("the offer ... is a 22 per cent premium"),
    told only before the revision, describe the earlier offer, not the current one. Only a
    group of the same stance (offer, bid, proposal, demand; not a target or a forecast, which
    many parties hold), whose measure's words are within the revised one's (or the reverse), held by
    the same party or one left unnamed, and every note of it dated before the revising source."""
    revised = [(old, old.replaced_by) for old in groups if old.replaced_by is not None and not old.undated
               and stance(old.shown()) in PROPOSALS and old.replaced_by.earliest]
    for group in groups:
        if group.replaced_by is not None or group.retired or any(group is new for _, new in revised):
            continue
        shown = group.shown()
        kind, stems = stance(shown), measure_stems(shown)
        days = [date(n) for n in group.notes]
        if not stems or not all(days):
            continue
        for old, new in revised:
            theirs, held = measure_stems(old.shown()), {holder(shown).lower(), holder(old.shown()).lower()} - {""}
            # its stance, or its verb ("offered 2.1 billion euros" is the offer's total)
            if (stance(old.shown()) == kind or not kind and stance(old.shown()) in stems) and old is not group and (stems <= theirs or theirs <= stems) \
                    and len(held) <= 1 and max(days) < new.earliest:
                group.retired = True
                break


_BETWEEN_CLAUSES = re.compile(r"[;:]|\b(?:and|but|while|whereas|which|who)\b")


_LEAD_IN = re.compile(r"^\s*(?:At|With|From|On)\s+[^,;]*$")


def retire_relative_to_overtaken(groups: list[FigureGroup], date: Callable[[Note], str]) -> None:
    """Retire a percentage told relative to a value a later source replaced: "At 30.20 euros,
    Nordmeier trades at a 4 per cent discount to the offer" once the shares close at 35.10 euros
    and the offer is 36; "The offer of 31.50 euros a share is a 22 per cent premium" once the
    offer is raised. The percentage and the replaced value must stand in one clause, or the
    value in a lead-in phrase ("At 30.20 euros, ..."), the sentence not calling it earlier,
    and every note of the percentage dated before the replacing source."""
    replaced = [(g, g.replaced_by) for g in groups if g.replaced_by is not None and not g.undated
                and g.replaced_by.earliest]
    for group in groups:
        shown = group.shown()
        days = [date(n) for n in group.notes]
        if group.replaced_by is not None or group.retired or unit_class(shown) not in ("%", "pp") or not all(days):
            continue
        for figure, note in zip(group.figures, group.notes, strict=True):
            said = " ".join(sentence_of(" ".join(note.quote.split()), figure.text).split())
            at = said.find(figure.text)
            marked, found = earlier_values(said), find_figures(said)
            if at < 0:
                continue
            for old, new in replaced:
                if max(days) >= new.earliest or any(near(old.shown(), m) for m in marked):
                    continue
                text = next((f.text for f in found if f is not figure and unit_class(f) == unit_class(old.shown())
                             and near(f, old.shown()) and not near(f, new.shown())), "")
                where = said.find(text) if text else -1
                if where < 0:
                    continue
                first, second = sorted(((where, where + len(text)), (at, at + len(figure.text))))
                between = said[first[1]:second[0]]
                if not _BETWEEN_CLAUSES.search(between) and (
                        "," not in between or (where < at and _LEAD_IN.match(said[:first[1]]))):
                    group.retired = True
                    break
            if group.retired:
                break


_BOUND_BEFORE = re.compile(r"\b(?:less than|fewer than|at most|under|below)\s*$",
                           re.IGNORECASE)


_NAMED_VALUE = re.compile(r"(?i)(?:^|\s)(?:figure|estimate|forecast|number|sum|total|price\s+tag|projection)s?\b")
_THE_BEFORE = re.compile(r"(?i)\b(?:the|that|this)\s+$")


def names_value(quote: str, figure: Figure) -> bool:
    """Whether *quote* gives *figure* as a definite noun phrase naming a value already told ("the
    market is treating the 14.2 billion pound figure as settled", "that 6.4 million estimate"): a
    value referred back to, not a report of one. (The noun may be read as the figure's unit, "figure":
    the unit then is the referent's.)"""
    said = " ".join(quote.split())
    at = said.find(figure.text)
    if at < 0 or not _THE_BEFORE.search(said[max(0, at - 6):at]):
        return False
    head = figure.text.split()[-1:] + said[at + len(figure.text):].split()[:1]
    return any(_NAMED_VALUE.match(" " + word.strip(",.;:")) for word in head)


def refer_to_overtaken(groups: list[FigureGroup]) -> None:
    """Retire a value told only as a reference back ("the 14.2 billion pound figure", `names_value`)
    when it is the value of a quantity a later value replaced: history of that quantity (the later
    value's row shows it), never a row of its own."""
    overtaken = [g for g in groups if g.replaced_by is not None and not g.undated]
    for group in groups:
        if group.replaced_by is not None or not all(names_value(n.quote, f) for f, n in zip(group.figures, group.notes, strict=True)):
            continue
        shown = group.shown()
        old = next((g for g in overtaken if g.latest() is not group and (unit_class(g.shown()) == unit_class(shown) or _NAMED_VALUE.match(" " + shown.unit))
                    and near_value(g.shown().value, shown.value) and g.earliest <= group.earliest), None)
        if old is not None:
            group.replaced_by, group.told_before = old.latest(), True


_DENYING = re.compile(
    r"(?i)(?:\b(?:is|are|was|were|be|been)\s+(?:not|never)|\b(?:is|are|was|were)n['’]t|\b(?:no|nor))\s+"
    r"(?!(?:more|less|fewer|later|earlier|least|longer|only|just|until|even|over|under|above|below|quite|far|much|as)\b)"
    r"(?:(?!(?:than|that|what|why|how|whether|when|if|because|since|but|and|who|which|is|are|was|were|"
    r"be|been|has|have|had|will|would|could|can|may|might|should|did|do|does)\b)[\w'’-]+\s+){0,6}$")
"""A negation whose phrase runs, clause words only, to the figure: "We see no evidence yet for a loss of",
"There are not", "is not"; not a bound ("no more than", "no member earns more than"), not a negated
act ("has not paid 2 million euros": what was not paid is still the amount), not a clause the
negation only opens ("is not clear why sales fell", "No injuries were reported among the 40 staff")."""


def rejected(quote: str, figure: Figure) -> bool:
    """Whether the figure's own clause says it is not so: "We see no evidence yet for a loss of £70m",
    "There are not 210 wolves": the value is the one denied, never a level of the measure."""
    sentence = sentence_of(quote, figure.text)
    at = sentence.find(figure.text)
    if at < 0:
        return False
    clause = re.split(r"[,;:(\"“”]|\s[–—]\s", sentence[:at])[-1]
    return _DENYING.search(clause + " ") is not None


def bound_given(quote: str, figure: Figure) -> bool:
    """Whether *quote* gives *figure* as an upper bound ("revenue of less than £200 million"), not
    as the level a measure stood at. A lower bound ("at least 340 people") stays a level: a toll is
    told that way and a later count replaces it."""
    at = quote.find(figure.text)
    return at >= 0 and _BOUND_BEFORE.search(quote[max(0, at - 20):at]) is not None


_GOAL_BEFORE = re.compile(
    r"(?:\b(?:targets?|goals?|aims?|caps?|ceilings?|thresholds?|limits?|benchmarks?)\s*(?:of|at|is|was|:)"
    r"|\b(?:requires?|required|requiring|aims?\s+(?:for|at|to)|aimed\s+(?:for|at|to)|aiming\s+(?:for|at|to)"
    r"|targets|targeted|targeting|(?:not|never)\s+(?:to\s+)?(?:exceed|top|surpass|go\s+above|fall\s+below|drop\s+below)"
    r"|no\s+more\s+than|not\s+more\s+than|no\s+less\s+than|not\s+less\s+than|a\s+(?:maximum|minimum)\s+of)\b)",
    re.IGNORECASE)
_CLAUSE_START = re.compile(r"[;.!?]\s|\s[—–]\s")


def goal_given(quote: str, figure: Figure) -> bool:
    """Whether *quote* gives *figure* as a goal, a requirement or a limit set for the measure
    ("the contract requires at least 92 percent punctuality and no more than 2 percent
    cancellations", "the increase should not exceed 5 percent", "Contract targets: ... at most 2%"),
    not as a level it stood at: what the clause before the figure says of it, a noun that sets a
    value ("a target of") or a predicate that asks for one ("requires", "aims for"). A goal is never an
    earlier value of what is measured against it, nor a later one."""
    at = quote.find(figure.text)
    if at < 0:
        return False
    before = quote[max(0, at - 120):at]
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    clause = before[starts[-1]:] if starts else before
    return _GOAL_BEFORE.search(clause) is not None


_AGAINST = re.compile(r"\b(?:against|versus|vs\.?)\b")
_ABOVE_OTHERS = re.compile(r"\b(?:above|below|than|beyond|exceeding|compared\s+(?:with|to))\s+(?:the\s+)?"
                           r"(?:[\w&.-]+\s+){0,3}?[\w&.-]+(?:['’]s|s['’])\s", re.IGNORECASE)
"""A value compared with one a named other holds ("12 million pounds, above the company's 9 million pounds"):
two holders' views of one measure, neither the other's later value."""


def set_against(quote: str, figure: Figure, figures: Sequence[Figure]) -> bool:
    """Whether *figure* stands in *quote* against another value of its unit held by someone else
    ("Drach had 50.4 percent of the vote against 49.6 percent for Vasko"): two holders' shares
    under one measure, neither a later value of the other's."""
    at = quote.find(figure.text)
    if at < 0:
        return False
    for other in figures:
        if other is figure or other.value == figure.value or other.unit != figure.unit:
            continue
        there = quote.find(other.text)
        if there < 0:
            continue
        between = quote[min(at, there) + len((figure if at < there else other).text):max(at, there)]
        if len(between.split()) <= 8 and _AGAINST.search(between) and not re.search(r"\b(?:from|up|down)\b", between):
            return True
    return False


def compared_with_others(quote: str, figure: Figure, figures: Sequence[Figure]) -> bool:
    """Whether *quote* compares *figure* with a value of its unit that a named other holds, right after it
    ("12 million pounds, above the company's 9 million pounds"; "a loss of 7-10%, well below the union's
    15-20%"): the figure is its own holder's view, no later value of the other's measure, nor one the other's
    later value replaces. Its row stays (whose it is, its sentence says)."""
    at = quote.find(figure.text)
    if at < 0:
        return False
    for other in figures:
        there = quote.find(other.text, at + len(figure.text))
        if other is figure or there < 0 or unit_class(other) != unit_class(figure):
            continue
        between = quote[at + len(figure.text):there]
        if len(between.split()) <= 8 and _ABOVE_OTHERS.search(between) and not re.search(r"\b(?:from|up|down)\b",
                                                                                         between):
            return True
    return False


_PART_OF = re.compile(r"\d[\d,.]*\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?$", re.IGNORECASE)


def whole_of_part(sentence: str, figure: Figure) -> bool:
    """Whether *figure* is the whole a count before it is a part of ("41 of the 112 wells", "15 out of 64
    swabs"): the sample or base, not the count that moves; an earlier value told after it ("..., up from
    38") is the part's."""
    at = sentence.find(figure.text)
    return at > 0 and _PART_OF.search(sentence[max(0, at - 30):at]) is not None


def same_holder(a: Figure, b: Figure) -> bool:
    """Whether two figures are held by the same: the same holder, or, for a target or forecast,
    a holder one of them does not name ("guidance from Voltaris", "the company's guidance")."""
    held_a, held_b = holder(a).lower(), holder(b).lower()
    return held_a == held_b or stance(a) in ("target", "expected") and not (held_a and held_b)


_TIME_WORD = re.compile(r"^(?:\d.*|" + "|".join(MONTHS + WEEKDAYS) + r"|today|yesterday|"
                        r"tomorrow|now|then|year|years|month|months|week|weeks|quarter|day|days|last|next|this)$")


_PP_OPEN = frozenset({"from", "by", "with", "for"})


_PP_END = frozenset("""and or but which that who whom whose to for on in at into over under as than is was were are
    be been has had have will would could should may might said says secured repayable due""".split())


_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"})


_STATE_WORDS = frozenset("""provisional final preliminary revised updated initial first current new remaining latest
    estimated official total""".split())
"""Words that say at which stage a value of a measure is told ("provisional" and "final" results,
the "remaining" loans), not which measure it is: one measure revised, never two measures."""


def attached_words(sentence: str, figure: Figure) -> frozenset[str]:
    """Stems of the phrase right after *figure* that says whose or which thing it is: the object
    of a "from"/"by"/"with" that follows it or its counted noun within its clause ("a £120
    million loan from a U.S. lender" -> lender, U.S.). A time ("from January") or a number
    ("from 160 euros") is no such phrase."""
    at = sentence.find(figure.text)
    if at < 0:
        return frozenset()
    rest = re.split(r"[,;:()\u2014\u2013]|\s-\s|\.(?:\s|$)", sentence[at + len(figure.text):], maxsplit=1)[0]
    words = re.findall(r"[A-Za-z0-9][\w'\u2019.&-]*", rest)
    opening = next((i for i, w in enumerate(words[:4]) if w.lower() in _PP_OPEN), None)
    if opening is None or any(w.lower() in _PP_END or w[0].isdigit() for w in words[:opening]):
        return frozenset()
    taken: list[str] = []
    for word in words[opening + 1:opening + 6]:
        low = word.lower().rstrip(".")
        if low in _PP_END:
            break
        if low in _DETERMINERS:
            continue
        if _TIME_WORD.match(low):
            return frozenset()
        taken.append(low)
    return word_stems(" ".join(taken))


def measure_key_of(figure: Figure, sentences: Sequence[str]) -> frozenset[str]:
    """What a figure measures, as stems: its measure's words and the phrase attached after it
    in its sentences (`attached_words`), less the words of a value's stage (`_STATE_WORDS`)."""
    stems = set(measure_stems(figure))
    for sentence in sentences:
        stems |= attached_words(sentence, figure)
    return frozenset(stems) - word_stems(" ".join(_STATE_WORDS))


_MULTIPLIED = re.compile(r"\b(?P<verb>doubled|tripled|trebled|quadrupled|halved)\s+(?P<np>(?:[\w'’-]+\s+){1,6}?)to\s+$",
                         re.IGNORECASE)
_FACTOR = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}


_MOVES = frozenset(
    "rose risen climbed jumped increased grew grown gained surged soared added fell fallen dropped declined "
    "decreased slipped slumped sank sunk eased reached stood totalled totaled topped hit passed exceeded "
    "revised raised lowered cut put estimated counted numbered updated expected forecast projected planned".split())
"""A verb that moves or states a count ("rose to", "stood at", "put the number at"): no role of what is
counted."""
_SAYS = frozenset("said told stated confirmed reported given shown listed recorded logged tallied noted".split())
"""A verb that tells a count ("reported 46 deaths"): a role of what is counted only when it tells
something else of it ("reported engine damage on 34 vessels")."""
_ROLE_PREPOSITIONS = frozenset("on in at to for from with aboard among across".split())
_PAST_OF = {part: past for past, part in _IRREGULAR_PAST.items()}
_ROLE_STOP = frozenset("and or but while whereas that which who whom whose because although if".split())


def role_verbs(sentence: str, figure: Figure) -> frozenset[str]:
    """The past-tense verbs whose doer or object a counted figure's things are, in *sentence*: the
    verb the count is the subject of ("60 vessels took fuel" -> took; "27 ships have now reported"),
    the verb of a relative clause on it ("34 vessels that took fuel" -> took), and the verb it is the
    object of, within four words before it in its clause ("reported engine damage on 34 vessels" ->
    reported). Verbs that only move, state or tell a count (`_MOVES`, `_SAYS`) say nothing of it."""
    if not figure.unit or unit_class(figure) == "money":
        return frozenset()
    said = " ".join(sentence.split())
    at = said.find(figure.text)
    if at < 0:
        return frozenset()
    found: set[str] = set()
    after = re.split(r"[,;:()\u2014\u2013]|\s-\s|\.(?:\s|$)", said[at + len(figure.text):], maxsplit=1)[0].split()
    words = [w.lower().strip("'\u2019\"") for w in after[:4]]
    if words and words[0] in ("that", "which", "who"):
        words = words[1:]
    words = [w for w in words if w not in ("have", "has", "had", "were", "was", "now", "also", "already", "all")
             and not w.endswith("ly")]
    if words and past_form(words[0]):
        if words[0] not in _SAYS:
            found.add(words[0])
    before = re.split(r"[,;:()\u2014\u2013]|\s-\s|\.(?:\s|$)", said[:at])[-1].split()[-5:]
    between: list[str] = []
    for word in reversed([w.lower().strip("'\u2019\"") for w in before]):
        if word in _ROLE_STOP:
            break
        if past_form(word):
            # a telling verb with an object of its own before the count's preposition tells that of it
            if word not in _SAYS or (len(between) > 1 and between[-1] in _ROLE_PREPOSITIONS):
                found.add(word)
            break
        between.insert(0, word)
    return frozenset(_PAST_OF.get(word, word) for word in found) - _MOVES


def said_with(group: FigureGroup) -> list[tuple[str, Figure]]:
    """Each figure of *group* with the sentence that gives it."""
    return [(sentence_of(n.quote, f.text), f) for f, n in zip(group.figures, group.notes, strict=True)]


def other_roles(earlier: Sequence[tuple[str, Figure]], later: Sequence[tuple[str, Figure]]) -> bool:
    """Whether the later of two counts of one noun counts a part of the earlier's things: the earlier
    one's things are the doers of a verb in every sentence that gives it ("at least 60 vessels took
    fuel") and the later one's, in every sentence, are tied to that verb and to another besides
    ("reported engine damage on 34 vessels that took fuel": some of them, picked out by what was
    reported of them). A count told with a different verb alone is the same toll told another way
    ("12 people died" then "killed 15 people"), and one told only with a verb that moves or states it
    ("rose to 73") is no other either."""
    first = [role_verbs(s, f) for s, f in earlier]
    then = [role_verbs(s, f) for s, f in later]
    if not first or not then or not all(first) or not all(then):
        return False
    known = frozenset().union(*first)
    return all(verbs & known and verbs - known for verbs in then)


def multiplied_from(earlier: FigureGroup, later: FigureGroup) -> bool:
    """Whether *later*'s sentence moves a measure by a stated factor onto its value ("doubled its emergency
    credit for growers to $600 million") and *earlier*'s value is the one the factor starts from ($300 million),
    with a word of the measure in common ("credit line"): the same quantity, told in other words, not another
    measure whose modifiers differ."""
    value = earlier.shown().value
    if not earlier.measure_key & later.measure_key or unit_class(earlier.shown()) != unit_class(later.shown()) \
            or is_change(earlier.shown()) or is_change(later.shown()):
        return False
    for figure, note in zip(later.figures, later.notes, strict=True):
        said = " ".join(sentence_of(note.quote, figure.text).split())
        at = said.find(figure.text)
        found = _MULTIPLIED.search(said[:at]) if at > 0 else None
        if found and abs(figure.value - _FACTOR[found.group("verb").lower()] * value) <= 0.005 * figure.value:
            return True
    return False


def other_measures(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two measure keys (`measure_key_of`) name two measures: each has a modifier the
    other lacks ("owner loans" and "loan from a U.S. lender"; "Drach's share" and "Vasko's
    share"). One told more closely than the other ("debt", "total debt") is one measure."""
    return bool(a - b) and bool(b - a)


_SPAN_AFTER = re.compile(r"^\s*(?:over|across|during|within|spread\s+over)\s+(?:the\s+(?:next|last|past|coming)\s+)?"
                         r"(?P<n>[\w-]+)\s+(?P<unit>year|month|week|quarter|day)s?\b", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\b(?P<n>[\w]+)-(?P<unit>year|month|week|quarter|day)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def rate_span(sentence: str, figure: Figure) -> str:
    """The stretch of time a percentage is told over, when its own words give one: "12% over
    three years", "a three-year 12% offer" -> "three year". A rise of 12% over three years and one
    of 4% in a year are two measures, whatever their holder and noun."""
    at = sentence.find(figure.text)
    if at < 0 or unit_class(figure) not in ("%", "pp"):
        return ""
    after = _SPAN_AFTER.match(sentence[at + len(figure.text):])
    found = after or _SPAN_BEFORE.search(sentence[:at])
    return f"{found.group('n').lower()} {found.group('unit').lower()}" if found else ""


_RELATIVE = frozenset({"who", "that", "which", "whom", "whose"})


def share_predicate(sentence: str, figure: Figure) -> frozenset[str]:
    """What a share of a group did, as stems: for "62 per cent of its members at Ashby had voted
    against the merger", the main verb after the counted group and the words it governs to the
    clause's end ({vote, merger, ...}). A relative clause's verb ("members who took part in a
    ballot backed strike action") belongs to the group, not the share: the next verb is the
    share's. Empty when the figure is no share "of" a group or no verb follows in its clause."""
    at = sentence.find(figure.text)
    if at < 0 or unit_class(figure) != "%":
        return frozenset()
    rest = re.split(r"[,;:()\u2014\u2013]|\s-\s|\.(?:\s|$)", sentence[at + len(figure.text):], maxsplit=1)[0]
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", rest)
    if not words or words[0].lower() != "of":
        return frozenset()
    relative, skipped = False, False
    for i, word in enumerate(words[1:], start=1):
        low = word.lower()
        if low in _RELATIVE:
            relative, skipped = True, False
            continue
        if low in ("had", "has", "have") or not _is_past_verb(low):
            continue
        if relative and not skipped:
            skipped = True  # the relative clause's own verb
            continue
        told = [w for w in content_words(" ".join(words[i:])) if not _TIME_WORD.match(w)]
        return frozenset(stem(w) for w in told[:5])
    return frozenset()


def other_terms(a_spans: frozenset[str], b_spans: frozenset[str],
                a_predicates: Sequence[frozenset[str]], b_predicates: Sequence[frozenset[str]]) -> bool:
    """Whether two percentages are two measures by the terms their own clauses give: told over
    different stretches of time (`rate_span`; one told over a stretch, the other over none), or
    shares of a group that did two different things (`share_predicate`: no word in common)."""
    if (a_spans or b_spans) and not a_spans & b_spans:
        return True
    return bool(a_predicates and b_predicates) and not any(p & q for p in a_predicates for q in b_predicates)


def same_unit(figure: Figure, mark: Figure) -> bool:
    """Whether *mark*, a value a sentence calls earlier, is in *figure*'s unit: the same unit
    class, or the same unit told without the rate the sentence gave once ("3 percent instead of
    6 percent" of "interest of 6 percent a year")."""
    return unit_class(figure) == unit_class(mark) or (
        mark.unit == unit_head(mark.unit) and bool(mark.unit) and unit_head(figure.unit) == mark.unit)


def is_change(figure: Figure) -> bool:
    """A figure of a change of a measure ("rise in shares"), not of the measure."""
    return figure.measures.startswith(("rise in ", "fall in "))


_DIFFERENCE = re.compile(r"\s*(?:more|fewer|less|extra|additional)\b(?!\s+than\b)", re.IGNORECASE)


def is_difference(figure: Figure, sentence: str = "") -> bool:
    """A figure told as a difference between two levels of a measure ("85 fewer people were hurt", "1,200 more
    beds", a measure "fewer people hurt"): how far one level is from another, never a level itself, so no
    level's earlier or later value. The words right after the number tell it, in the figure's text or, given
    its *sentence*, after the figure there; "more than 300" is a level's bound, not a difference."""
    number = re.match(r"[^\s]+", figure.text)
    rest = figure.text[number.end():] if number else ""
    if _DIFFERENCE.match(rest) or _DIFFERENCE.match(figure.measures):
        return True
    at = " ".join(sentence.split()).find(figure.text) if sentence else -1
    return at >= 0 and bool(_DIFFERENCE.match(" ".join(sentence.split())[at + len(figure.text):]))


def given_instead(note: Note, said: str, marks: Sequence[Figure]) -> tuple[Figure, ...]:
    """The values of *note* in its sentence *said* besides those it calls earlier (*marks*), each
    the only one of its unit class there: what the sentence gives in their place."""
    values = [f for f in note.figures if f.text in said and not any(near(f, m) for m in marks)]
    return tuple(f for f in values if sum(unit_class(g) == unit_class(f) for g in values) == 1)




_NAME = r"[A-Z][\w\u2019'.&-]*(?:\s+(?:[A-Z][\w\u2019'.&-]*|de|del|der|di|du|la|le|an|am|of))*?"
_SUBJECT_FORMS = (
    # a name that owns the measure ("South Tyrol's count", "Anacafé's forecast")
    re.compile(r"(?<![\w'’])(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s\b"),
    # a name's adjective before the counted thing ("Carinthian children", "Guatemalan coffee crop")
    re.compile(r"(?<=[a-z,]\s)(?P<name>[A-Z][a-z]+(?:ian|an|ese|ish))\s+[a-z]"),
    # a place or body the measure is counted in ("wolves living in Tyrol", "among Carinthian children");
    # a name before an activity noun ("rose 6.2 percent in Madrid trading") says where the activity
    # went on, not whose measure it is: the shares are the company's wherever they trade
    re.compile(r"\b(?i:in|among|across)\s+(?:neighbouring\s+|neighboring\s+)?(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)"),
)
_ACTIVITY_AFTER = re.compile(r"\s+(?:(?:early|late|midday|afternoon|morning|heavy|thin|light)\s+)?[a-z]{3,}ing\b")
"""An activity noun after a place's name ("in Madrid trading", "in early Tokyo trading" reads the
name as the activity's place): where the measure moved, not whose it is."""
_NOT_A_SUBJECT = re.compile(r"^(?:(?i:" + "|".join(MONTHS + WEEKDAYS) + r")|The|A|An|This|That|It|Its|Our|Their|His|Her)$")
"""Words a capitalised run may hold that name no place or body: a month or weekday ("in October"
is when the measure was counted, not where; `MONTHS` is written in lower case) or a determiner."""


def subject_names(sentence: str, figure: Figure) -> frozenset[str]:
    """The names a sentence gives as whose or where *figure*'s measure is counted, in the clause
    that gives it (up to the first comma or semicolon after it: never the speaker of a trailing
    "…, the office said"): a name owning it ("South Tyrol's count rose to 63 wolves"), a name's
    adjective before a noun ("among Carinthian children is 88 percent") or a place it is counted
    in ("wolves living in Tyrol"). Lower case, possessive dropped; empty when none is said."""
    said = " ".join(sentence.split())
    at = said.find(figure.text)
    if at < 0:
        return frozenset()
    end = re.search(r"[;,]|$", said[at + len(figure.text):])
    clause = said[:at + len(figure.text) + (end.start() if end else 0)]
    names: set[str] = set()
    for form in _SUBJECT_FORMS:
        for found in form.finditer(clause):
            if form is _SUBJECT_FORMS[-1] and _ACTIVITY_AFTER.match(said, found.end()):
                continue
            words = [w for w in found.group("name").split() if not _NOT_A_SUBJECT.match(w.rstrip("."))]
            if words:
                names.add(" ".join(words).lower().rstrip("."))
    return frozenset(names)


def _one_name(a: str, b: str) -> bool:
    """Whether two subject names name one place or body ("carinthia", "carinthian"; "tyrol",
    "tyrolean"; never "tyrol" and "south tyrol")."""
    if a == b:
        return True
    if len(a.split()) != len(b.split()):
        return False
    common = len(next((a[:i] for i in range(min(len(a), len(b)), 0, -1) if a[:i] == b[:i]), ""))
    return common >= 4 and common >= min(len(a), len(b)) - 2


def _short_form(short: str, full: str, texts: Sequence[str]) -> bool:
    """Whether *short* is a short form of the name *full* that a source giving it introduced: its
    leading words ("aldgate" of "aldgate infrastructure group"), where a text of *short*'s side
    writes *full* whole ("... 35 percent owned by Aldgate Infrastructure Group, ... Shares in Aldgate
    rose"). Never a name's last words ("tyrol" is no short form of "south tyrol"), and never without
    a text that writes both (a bare prefix may be another body)."""
    words, whole = short.split(), full.split()
    if not words or len(words) >= len(whole) or whole[:len(words)] != words:
        return False
    return any(full in _names_in(text) for text in texts)


_CAPITALISED = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*")


def other_subjects(a: frozenset[str], b: frozenset[str], a_texts: Sequence[str] = (),
                   b_texts: Sequence[str] = ()) -> bool:
    """Whether two figures' subject names (`subject_names`) say they count for two different
    places or bodies: each names one, and none of one's names is one of the other's; or one
    names its subject and the sources of the other (*a_texts*, *b_texts*: their whole texts),
    whose clause names none, never name it ("among Carinthian children is 88 percent" is no
    later value of an opinion's "coverage among young children is 84 percent" that never
    mentions Carinthia). Without a name on either side, or with no texts, only words would
    tell two subjects apart, and none do: one subject."""
    if a and b:
        return not any(_one_name(x, y) or _short_form(x, y, a_texts) or _short_form(y, x, b_texts) for x in a for y in b)
    named, texts = (a, b_texts) if a else (b, a_texts)
    if not named or not texts:
        return False
    said = frozenset().union(*(_names_in(text) for text in texts))
    return not any(_one_name(x, y) for x in named for y in said)


_THE_NAME = re.compile(r"^(?:The|A|An|This|That|Its|Their|Our)(?:\s+|$)")
"""A capitalised determiner opening a sentence before a name ("The Bay Ferries Authority ..."): no part of the name."""


@functools.lru_cache(maxsize=256)  # pure; asked of the same source texts for every pair of groups
def _names_in(text: str) -> frozenset[str]:
    """The capitalised names a text writes (lower case, possessive dropped), each also by its
    first and last word ("South Tyrol's" -> "south tyrol", "south", "tyrol")."""
    said = {_THE_NAME.sub("", " ".join(m.group().split())).lower().removesuffix("'s").removesuffix("’s")
            for m in _CAPITALISED.finditer(text)}
    said.discard("")
    return frozenset(said | {w for name in said for w in (name.split()[-1], name.split()[0])})


_PART_OF_YEAR = re.compile(r"(?i)^(?:the\s+)?(?:(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|"
                           r"Q(?P<q>[1-4])|(?P<half>first|second|1st|2nd)\s+half)$")
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_THE = re.compile(r"(?i)^the\s+")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def placed_period(period: str, reported: str) -> str:
    """*period* as a reader can place it on the calendar, counted from *reported* (the ISO day of
    the source that gives it; "" when unknown): a part of a year without its year ("third
    quarter") takes the year of the latest such part begun by that day ("third quarter 2026"); a
    period counted from the day ("last week", "last month", "last year") or a month without its
    year ("April") is given as the dates it names ("week of 11 May 2026", "April 2026", "2025").
    A period that names its year, or that the calendar cannot place, stays as its source words it."""
    text = period.strip()
    if not text or not reported or _A_YEAR.search(text):
        return period
    try:
        day = dt.date.fromisoformat(reported[:10])
    except ValueError:
        return period
    part = _PART_OF_YEAR.match(text)
    if part:
        if part.group("half"):
            start_month = 1 + 6 * (_ORDINAL[part.group("half").lower()] - 1)
        else:
            start_month = 1 + 3 * ((int(part.group("q")) if part.group("q") else _ORDINAL[part.group("quarter").lower()]) - 1)
        if start_month > day.month:  # last year's, or one still to come: the source's day tells which
            return f"{text} (reported {_day_text(day)})"
        return f"{_THE.sub('', text)} {day.year}"
    said = text if text.lower().split()[0] in ("last", "this", "yesterday") else f"in {text}"
    found = mentions(said, day)
    if len(found) != 1 or found[0].start > len(said) - len(text) or found[0].end != len(said):
        return period  # only a period the calendar places whole
    when = found[0]
    if not when.relative and when.first > day:  # "April" in February: last April or the next one
        return f"{text} (reported {_day_text(day)})"
    if when.precision == "year":
        return f"{when.first.year}"
    if when.precision == "month":
        return f"{MONTHS[when.first.month - 1].capitalize()} {when.first.year}"
    if when.precision == "week":
        return f"week of {_day_text(when.first)}"
    return _day_text(when.first)


def _day_text(day: dt.date) -> str:
    """*day* as a reader writes it ("20 May 2026")."""
    return f"{day.day} {MONTHS[day.month - 1].capitalize()} {day.year}"


_BARE_DOLLAR = re.compile(r"^\$")


def same_value_any_currency(a: Figure, b: Figure) -> bool:
    """Whether two figures give one value of one kind of unit: the same value and unit head, or
    money where one of them writes a bare "$" (a column's "$8.40" for a report's "NZ$8.40 per
    kilogram": the column drops the currency its own market's readers assume)."""
    if not same_value(b.value, a.value):
        return False
    ha, hb = unit_head(a.unit), unit_head(b.unit)
    if ha == hb or ha.rstrip("s") == hb.rstrip("s"):
        return True
    return (ha in MONEY_UNITS and hb in MONEY_UNITS
            and bool(_BARE_DOLLAR.match(a.text.strip()) or _BARE_DOLLAR.match(b.text.strip())))


_DURATION = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours"})
_OFFSET_AFTER = re.compile(r"^\s*(?:later|earlier|afterwards?|before|after)\b", re.IGNORECASE)
_OFFSET_BEFORE = re.compile(r"\b(?:after|within|lasted|lasting)\s+(?:about|around|some|nearly|almost|"
                            r"roughly|only|just|over|under|more\s+than|less\s+than)?\s*$", re.IGNORECASE)


def time_offset(quote: str, figure: Figure) -> bool:
    """Whether a figure of seconds, minutes or hours places or spans a moment of the telling
    ("cut about 90 seconds later", "a briefing that lasted 40 minutes"): an adverbial of time,
    not a quantity the story is about. Days and longer stay (a delay of 11 weeks is a measure)."""
    words = [w.lower() for w in figure.text.strip().split()]
    unit = figure.unit.split(" ")[0] if figure.unit else ""
    if not (_DURATION.intersection(words) or unit in _DURATION):
        return False
    at = quote.find(figure.text)
    if at < 0:
        return False
    # the offset word may be read into the figure ("25 minutes later") or follow it
    tail = " ".join(words[next((i for i, w in enumerate(words) if w in _DURATION), len(words)) + 1:])
    return bool(_OFFSET_AFTER.match(tail + " " + quote[at + len(figure.text):]) or _OFFSET_BEFORE.search(quote[:at]))


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under)?\s*$", re.IGNORECASE)
_TO_AFTER = re.compile(r"^[^;:.!?]{0,40}?\bto\s+(?:about\s+|around\s+|roughly\s+)?[$€£]?\d", re.IGNORECASE)


def move_base(quote: str, figure: Figure) -> bool:
    """Whether the figure is the base of a move its clause states ("from about 8% of the insured
    value to 12% or more"): the earlier value, which is no level of its own; the move's new
    value tells the measure."""
    at = quote.find(figure.text)
    return at >= 0 and bool(_FROM_BEFORE.search(quote[:at]) and _TO_AFTER.match(quote[at + len(figure.text):]))


_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)


def known_set(quote: str, figure: Figure) -> bool:
    """Whether a small count is read as a definite noun phrase ("the two launches moved were
    worth about $58 million", "the six satellites represented a third of ..."): it names a set of
    items the story already introduced, the subject of what the clause says about them; it is not
    a quantity the sentence reports. Counts of 100 or more, money and rates are not affected."""
    if figure.value >= 100 or unit_head(figure.unit) in MONEY_UNITS or figure.unit in ("%", "pp"):
        return False
    at = quote.find(figure.text)
    return at >= 0 and bool(_DEFINITE_BEFORE.search(quote[:at]))


# A clause-leading adverbial that places what follows in another event's time: a temporal or
# comparative opener, then (before the comma that ends it) a past year, a bare proper name ("After
# the Prestige,"), or "the last time": the main clause's figures belong to that event.
_FRAME_OPEN = re.compile(r"(?:^|[.;:!?]\s+|\s[—–]\s)(?P<frame>(?:When|After|At|In|During|Following|Before|Back\s+in|Like|"
                         r"Unlike|As\s+with|The\s+last\s+time|Last\s+time)\b[^,;:.!?]*(?:,\s*in\s+(?:19|20)\d\d)?),\s",
                         re.IGNORECASE)
_BARE_NAME_FRAME = re.compile(r"^(?:After|Following|Like|Unlike|As\s+with|Since)\s+the\s+(?:[A-Z][\w'’-]*\s*){1,3}$")


def other_event(quote: str, figure: Figure, reported: str) -> bool:
    """Whether the figure's clause is placed by a leading adverbial in another event's time
    ("When Bordeaux extended its line D in 2019, the works cost 52 million euros per kilometre",
    "After the Prestige, cleanup alone cost Spain over €2bn", "The last time Kazakhstan restricted
    exports, in 2022, ... prices fell 18%"): a precedent told for comparison, no measure of this
    story. A year counts only two or more years before the report (*reported*, an ISO day), so last
    year's results ("In 2025, revenue rose 8%") stay; "since" frames (a running total) stay."""
    at = quote.find(figure.text)
    if at < 0:
        return False
    before = quote[:at]
    frames = list(_FRAME_OPEN.finditer(before))
    if not frames:
        return False
    frame = frames[-1]
    # the figure must be in the clause the frame leads, not after a later clause break
    if re.search(r"[.;:!?]\s", before[frame.end():]):
        return False
    words = frame.group("frame").strip()
    if re.match(r"(?i)(?:the\s+)?last\s+time\b", words) or _BARE_NAME_FRAME.match(words):
        return True
    year = int(reported[:4]) if reported[:4].isdigit() else None
    return year is not None and any(int(y) <= year - 2 for y in re.findall(r"\b(?:19|20)\d\d\b", words))


# A sentence that opens on a gerund taking an object ("Piling a 9% wage rise on ...", "Adding 4 percent to the
# bill ..."): the gerund phrase is the subject of what the sentence argues ("... will not help"), an act put
# hypothetically, not a level any source reports.
_GERUND_SUBJECT = re.compile(r"^\W*(?P<verb>[A-Z][a-z]{2,}ing)\s+(?:a|an|another|yet\s+another|the|some|\d|[$€£¥])")
_MAIN_VERB_AFTER = re.compile(r"\b(?:will|would|could|can|cannot|can't|won't|may|might|must|should|is|was|are|were|"
                              r"does|did|do|doesn't|didn't|makes|made|risks|means)\b")
_NOT_GERUNDS = frozenset({"during", "according", "including", "excluding", "following", "regarding", "concerning",
                          "pending", "notwithstanding", "nothing", "something", "anything", "everything",
                          "morning", "evening", "spring", "king", "thing", "ring", "string", "wing", "ceiling",
                          "funding", "spending", "housing", "building", "meeting", "shipping", "training",
                          "pricing", "lending", "bidding", "borrowing", "trading", "timing", "ruling", "hearing",
                          "polling", "rating", "listing", "offering", "filing", "landing", "parking"})


def gerund_subject(quote: str, figure: Figure) -> bool:
    """Whether the figure sits in a sentence-opening gerund phrase that is the subject of the sentence
    ("Piling a 9% cost increase on contractors ... will not help the workers"): the act a writer argues
    about, worded as rhetoric ("a 9% rise" for an official 9.4%), whose label no measure a source reports.
    The gerund takes an object (an article, a number or a currency sign follows it) and a finite verb
    follows the figure; a noun in -ing ("Funding of 4 million euros was ...") is no gerund."""
    sentence = sentence_of(" ".join(quote.split()), figure.text) or " ".join(quote.split())
    opened = _GERUND_SUBJECT.match(sentence)
    if not opened or opened.group("verb").lower() in _NOT_GERUNDS:
        return False
    at = sentence.find(figure.text)
    if at < 0:
        return False
    between = sentence[opened.end():at]
    if re.search(r"[,;:.!?]\s", between):
        return False  # "Having said that, revenue rose 9%": the figure is in the main clause
    return bool(_MAIN_VERB_AFTER.search(sentence[at + len(figure.text):]))


_MONTH_NAMES = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"
_OWN_DEADLINE = re.compile(rf"^[^,;:.!?]{{0,40}}?\b(?P<when>by\s+(?:(?:the\s+end\s+of\s+|early\s+|mid-?|late\s+)?"
                           rf"(?:{_MONTH_NAMES}\s+)?(?:19|20)\d\d|the\s+end\s+of\s+the\s+decade))\b")


def own_deadline(sentence: str, figure: Figure) -> str:
    """The date by which the figure's own clause says the value is reached ("lifting the monthly rate from
    20.10 zloty to 22.40 zloty in three steps by March 2030": "by March 2030"), "" when it names none: the
    value's period, over a reporting clause's day or another source's "this week"."""
    flat = " ".join(sentence.split())
    at = flat.find(figure.text)
    if at < 0:
        return ""
    found = _OWN_DEADLINE.match(flat[at + len(figure.text):])
    return found.group("when") if found else ""


_SAYING_PERIOD = re.compile(r"^(?:this|last)\s+(?:week|month)$|^(?:today|yesterday|on\s+\w+day)$", re.IGNORECASE)


def saying_period(period: str) -> bool:
    """Whether a period is the day or week a source was said in ("this week", "on Tuesday"): it dates
    the telling in that source, no period another source's figure of the value can take."""
    return bool(_SAYING_PERIOD.match(period.strip()))


_NP_WORD = re.compile(r"[a-z][a-z'’-]*")
_NOT_IN_NP = frozenset({"said", "says", "say", "expected", "expects", "expect", "forecast", "forecasts", "offered",
                        "offers", "offer", "estimated", "estimates", "put", "puts", "saw", "sees", "gave", "gives",
                        "worth", "total", "totalling", "about", "around", "some", "nearly", "almost", "roughly",
                        "over", "under", "than", "more", "less", "least", "most", "just", "only", "also", "new"})
_OF_BEFORE = re.compile(r"(?:(?<![\w'’-])(?P<owner>[A-Z][\w'’-]*['’]s)\s+)?"
                        r"(?<![\w'’-])(?P<np>(?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*)\s+(?:of|worth)\s+"
                        r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|up\s+to\s+)?$")
_OF_AFTER = re.compile(r"^\s+(?:of|in)\s+(?P<np>(?:[a-z][a-z'’-]*\s+){0,1}[a-z][a-z'’-]*)\b")
_MOVE_VERBS = (r"(?:raising|raise|raises|raised|lifting|lift|lifts|lifted|cutting|cut|cuts|lowering|lower|"
               r"lowers|lowered|increasing|increase|increases|increased|reducing|reduce|reduces|reduced|"
               r"revising|revise|revises|revised)")
_MOVE_VERB = re.compile(_MOVE_VERBS, re.IGNORECASE)
_MOVED_TO = re.compile(r"\b" + _MOVE_VERBS + r"\s+"
                       r"(?:the\s+|its\s+|their\s+|our\s+|his\s+|her\s+|a\s+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s\s+)(?P<np>(?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*(?:\s+of\s+(?:[a-z][a-z'’-]*\s+)?[a-z][a-z'’-]*)?)\s+"
                       r"(?:(?:on|for|of|in)\s+(?:[A-Z][\w'’.&-]*\s+){1,3})?(?:from\s+[^,;]{1,30}?\s+)?to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$")


def verb_label(label: str) -> bool:
    """Whether a row's label is only the verb that moves the measure ("3.9% (lifts)")."""
    return bool(_MOVE_VERB.fullmatch(label.strip()))


def complement_measure(words: str, figure: Figure) -> str:
    """The noun phrase, in the row's own words, of which the figure is the amount: "annual savings" of
    "expected annual savings of 38 million euros", "support" of "offered 12 million euros of support",
    "monthly rate" of "lifting the monthly rate from 20.10 zloty to 22.40 zloty"; "" when the words
    give the figure in no such phrase (a row with no measure then stands on its words, or not at all).
    Only lower-case content words (no name, no verb of saying, no hedge) make the phrase."""
    flat = " ".join(words.split())
    at = flat.find(figure.text)
    if at < 0:
        return ""
    before, after = flat[:at], flat[at + len(figure.text):]
    for found in (_MOVED_TO.search(before), _OF_BEFORE.search(before)):
        if found:
            kept = _np_words(list(reversed(found.group("np").split())))[::-1]
            np = found.group("np").split()
            head = len(np) - len(kept) - 2
            measure = " ".join(figure.measures.split())
            if kept and measure != " ".join(kept) and measure.endswith(" " + " ".join(kept)) \
                    and _LISTED_BEFORE_AFTER.search(measure) and before.rstrip().endswith(measure + " of"):
                return measure  # "earnings before interest, tax, depreciation and amortisation of": one measure
            if kept and head >= 0 and np[head + 1] in ("before", "after") and _np_words([np[head]]):
                kept = [np[head], np[head + 1], *kept]  # "profit before tax of": the profit, not the tax
            elif kept and head + 1 >= 0 and np[head + 1] in ("before", "after") and \
                    figure.measures.endswith(" ".join(np[head + 1:])) and len(figure.measures.split()) > len(kept) + 1:
                return figure.measures  # the row's words cut before the noun ("… before tax of"): the measure read whole
            if kept and kept[-1] == found.group("np").split()[-1]:
                whole = len(kept) == len(found.group("np").split())
                # a possessive name before the phrase says whose ("Skeddle's count of 138"): kept whole, never cut
                owner = found.groupdict().get("owner") if whole else None
                return " ".join([owner, *kept] if owner else kept)
            np = found.group("np").split()
            if len(np) > 1 and np[-2] in _POSSESSIVES and _NP_WORD.fullmatch(np[-1]):
                return np[-1]  # "its offer of up to 80 million euros": a noun after a possessive, whatever else it may be
    found = _OF_AFTER.match(after)
    if found and unit_head(figure.unit) in MONEY_UNITS:  # "12 million euros of support"; "41% of capacity" is a share
        kept = _np_words(found.group("np").split())
        if kept:
            return " ".join(kept)
    return ""


_LISTED_BEFORE_AFTER = re.compile(r"\s(?:before|after|excluding)\s[^.;:]*\s(?:and|or|&)\s")
"""A measure whose noun a "before"/"after" list modifies ("earnings before interest, tax, depreciation and
amortisation"): its list's last noun is not the measure."""
_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "the"})
_PER_PERIOD = frozenset({"daily", "weekly", "monthly", "quarterly", "yearly", "hourly"})


def _np_words(words: list[str]) -> list[str]:
    """*words* up to the first that cannot stand in a measure's noun phrase."""
    kept: list[str] = []
    for word in words:
        if not _NP_WORD.fullmatch(word) or word in STOP_WORDS or word in _NOT_IN_NP or word.endswith("ly") and word not in _PER_PERIOD:
            break
        kept.append(word)
    return kept if content_words(" ".join(kept)) else []


_DETERMINER = r"(?:The|A|An|Its|Their|Our|His|Her|This|That|These|Those)\b"
_SHARES_IN = re.compile(r"\b(?P<np>(?:[Ss]hares|[Ss]tock)\s+(?:in|of)\s+(?:[a-z][\w-]*\s+){0,3}?"
                        r"(?!" + _DETERMINER + r")[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
                        r"(?:\s+[a-z][\w-]*){0,3}(?:\s+[A-Z][\w&.'’-]*)*)")
_NAMED_SHARES = re.compile(r"(?<![\w.])(?P<np>(?!" + _DETERMINER + r")[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
                           r"(?:['’]s)?\s+(?:shares|stock))\b")
_PRICE_WORDS = re.compile(r"\b(?:shares?|stock|price\s+target|target\s+price)\b", re.IGNORECASE)
_TO_PRICE = re.compile(r"^[^,;:]*\b(?:to|at)\s+$")
_PERCENT_OF = re.compile(r"^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?P<np>(?:[a-z][a-z'’-]*\s+){0,1}[a-z][a-z'’-]*)\b")


def price_of(words: str, figure: Figure) -> bool:
    """Whether *figure* is a price of a security ("rose 2.1% to 4.05 euros", "price target ... to €4.60"): a money
    amount the words before it in its clause tie to shares, a stock or a price target."""
    flat = " ".join(words.split())
    at = flat.find(figure.text)
    if at < 0 or unit_head(figure.unit) not in MONEY_UNITS:
        return False
    clause = re.split(r"[;:]|,\s+(?:and|but|while)\b", flat[:at])[-1]
    return bool(_PRICE_WORDS.search(clause))


def holder_label(words: str, figure: Figure) -> str:
    """What a measureless row's figure belongs to, in its own clause's words, or "": for a price, the security its
    clause names ("shares in Carrow Restaurants" of "Shares in Carrow Restaurants rose 2.1% to 4.05 euros",
    "Aurora's shares"), never a pronoun or "the stock" (whose stock, only another sentence says); for a
    percentage, the noun phrase it is "of" ("of bookings" of "12% of bookings for January")."""
    flat = " ".join(words.split())
    at = flat.find(figure.text)
    if at < 0:
        return ""
    before, after = flat[:at], flat[at + len(figure.text):]
    if price_of(words, figure):
        found = [m for m in (*_SHARES_IN.finditer(before), *_NAMED_SHARES.finditer(before))
                 if _TO_PRICE.match(before[m.end():])]
        if not found:
            return ""
        held = max(found, key=lambda m: m.start()).group("np")
        while held.split()[-1].islower() and held.split()[-1] not in ("shares", "stock"):  # "shares in Aurora listed" -> "shares in Aurora"
            held = held.rsplit(None, 1)[0]
        if held.endswith(("'s", "’s")):
            return ""  # "shares in Alpenmilch's": whose unit, the words cut off
        return held[0].lower() + held[1:] if held.split()[0] in ("Shares", "Stock") else held
    if figure.unit == "%":
        of = _PERCENT_OF.match(after)
        if of:
            kept = _np_words(of.group("np").split())
            if kept:
                return "of " + " ".join(kept)
    return ""


_SCOPE_AT = re.compile(r"(?<![\w'’-])(?P<np>(?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*)\s+(?:in|within|across|among|of)\s+"
                       r"(?:the|its|their|our|his|her)\s+(?P<scope>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?)\s+at\s+$")


def scope_label(label: str, words: str, figure: Figure) -> str | None:
    """The measure of a figure given "at" after a noun phrase and its scope ("the lowest utilisation in the
    group at 47%"), when *label* is that scope's noun ("group": the set the value ranks in, not its holder):
    the noun phrase before the scope ("lowest utilisation"), or "" when none stands. None when the label is
    no such scope (it stays)."""
    flat = " ".join(words.split())
    at = flat.find(figure.text)
    if at < 0 or not label:
        return None
    found = _SCOPE_AT.search(flat[:at])
    if not found or label.split()[-1].lower() != found.group("scope").split()[-1]:
        return None
    kept = _np_words(list(reversed(found.group("np").split())))[::-1]
    return " ".join(kept) if kept and kept[-1] == found.group("np").split()[-1] else ""


_EARLIER_LINK = re.compile(
    r"(?:,\s*|\s+)(?:(?:up|down|revised|raised|lowered|increased|reduced|cut|changed)\s+from"
    r"|compared\s+(?:with|to))\s+", re.IGNORECASE)
"""What sets a value against the one an earlier report gave ("..., up from the 1.8 million")."""
_EARLIER_WORD = re.compile(r"\b(?:earlier|previous(?:ly)?|prior|initial(?:ly)?|original(?:ly)?|first|before)\b",
                           re.IGNORECASE)
_OTHER_PERIOD = re.compile(r"\b(?:the|" + SPAN_COUNT + r")"
                           r"\s+(?:years?|months?|weeks?|quarters?|decades?|generations?)\s+(?:earlier|before|ago|previously)\b"
                           r"|\blast\s+(?:year|month|week|quarter|season)\b|\bthe\s+same\s+(?:period|time|month|quarter)\b"
                           r"|\bin\s+(?:19|20)\d\d\b|\bpre-|\bbefore\s+the\s+(?:pandemic|crisis|war)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|as|which|whereas|although)\b|\s+(?:and|but)\s+(?:the|it|its|they)\b")


def explicit_earlier_pairs(said: str) -> list[tuple[tuple[Figure, ...], Figure, str]]:
    """The values a clause gives as an earlier report of its own ("2.6 million birds have now been
    culled at 33 farms, up from the 1.8 million at 24 reported earlier"), each with the figures of the
    clause it may be the earlier value of and the clause's words before the link: figure for figure
    when the two sides give as many ("1.8 million" of 2.6 million, "24" of 33 farms), else every
    figure of the clause (the reader of the groups picks the one of its measure). "compared with"
    names an earlier report only when it says so ("compared with the earlier count of 620"; not
    "compared with 4 million a year earlier", another period), and no side may give another period."""
    found: list[tuple[tuple[Figure, ...], Figure, str]] = []
    for link in _EARLIER_LINK.finditer(said):
        start = max(said.rfind(mark, 0, link.start()) for mark in ":;") + 1
        end_at = _CLAUSE_END.search(said, link.end())
        before, after = said[start:link.start()], said[link.end():end_at.start() if end_at else len(said)]
        if link.group().strip(", ").lower().startswith("compared") and not _EARLIER_WORD.search(after):
            continue
        if _OTHER_PERIOD.search(after) or _OTHER_PERIOD.search(before):
            continue
        new = tuple(f for f in find_figures(before) if not f.period and unit_class(f) == "count" or
                    unit_head(f.unit) in MONEY_UNITS and not f.period)
        old = [f for f in find_figures(after) if not f.period]
        if not new or not old:
            continue
        for i, mark in enumerate(old):
            targets = (new[i],) if len(old) == len(new) else new
            # a bare earlier value, or one whose "unit" is the words after it ("24 reported earlier"),
            # takes the unit of the value it is set against
            fit = tuple(replace(t) for t in targets if unit_class(t) == unit_class(replace(
                mark, unit=t.unit if not mark.unit or _EARLIER_WORD.search(mark.unit) else mark.unit)))
            if fit:
                found.append((fit, replace(mark, unit=fit[0].unit if not mark.unit or _EARLIER_WORD.search(mark.unit)
                                           else mark.unit), before))
    return found


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def kin_measure(earlier: Figure, later: Figure, clause: str) -> bool:
    """Whether *earlier*, a figure an earlier report gave, may be what *later*'s clause updates: the
    same counted noun ("260,000 spruce trees" and "410,000 trees"), or the clause tells the act
    the earlier figure measures ("chickens culled" and "2.6 million birds have now been culled")."""
    a, b = _singular(unit_head(earlier.unit)), _singular(unit_head(later.unit))
    if a and a == b:
        return True
    if unit_class(earlier) != "count":
        return a == b  # an amount: the same currency (checked by its unit class) is not enough without words
    verbs = measure_stems(earlier)
    return bool(verbs and verbs & word_stems(clause))


_BACK_TO_SECURITY = re.compile(r"\b(?:the|its|their)\s+(?:shares|stock|company|group|firm)\b", re.IGNORECASE)


def security_told_before(sentence: str, previous: str, figure: Figure) -> str:
    """The security a price whose own clause names none refers back to ("the shares", "the stock", "the
    company") when the words just before it tell which, or "": the one security its sentence names before it
    ("Shares in Islands Ferry Company fell 6% to 214p, while analysts ... cut their target price for the
    company to 250p"), else the one the sentence before it names ("Shares in Hollin Bakeries fell 7%" before
    "... cut her target price on the shares to 180p"). Two securities named, or none, tell none (whose, only a
    reader's guess); nor does a security named further back ("Analysts at Davy cut their price target on the
    stock" after a chief executive's quote)."""
    flat = " ".join(sentence.split())
    at = flat.find(figure.text)
    if at < 0 or not price_of(flat, figure):
        return ""
    clause = re.split(r"[;:]|,\s+(?:and|but|while)\b", flat[:at])[-1]
    if not _BACK_TO_SECURITY.search(clause):
        return ""
    for words in (flat[:at - len(clause)], " ".join(previous.split())):
        named = {_security_name(m.group("np")) for m in (*_SHARES_IN.finditer(words), *_NAMED_SHARES.finditer(words))}
        if named:
            return named.pop() if len(named) == 1 else ""
    return ""


def _security_name(held: str) -> str:
    """The security's name in *held* ("shares in Hollin Bakeries fell" -> "Hollin Bakeries"; "Kestrel Air shares"
    -> "Kestrel Air"): two ways of naming one security are one."""
    names = re.findall(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*", held.split(None, 2)[-1] if held[:1] in "Ss" and
                       held.split()[0].lower() in ("shares", "stock") else held)
    return re.sub(r"['’]s$", "", names[0]) if names else held


_MOVED_BY = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|climb(?:ed|s)?|gain(?:ed|s)?|lost|los(?:es|ing)|dropp(?:ed|ing)|drops?"
    r"|slipp(?:ed|ing)|slips?|slid|jump(?:ed|s)?|surg(?:ed|es)|sank|tumbled|soared|grew|grows?|shrank|increas(?:ed|es|e)"
    r"|decreas(?:ed|es|e)|declin(?:ed|es|e)|add(?:ed|s)|shed|rais(?:ed|es|e)|cut|lower(?:ed|s)?|edged\s+(?:up|down)|up|down)"
    r"(?:\s+by)?(?:\s+(?:about|around|roughly|some|nearly|almost|just\s+over|more\s+than))?\s+$|\bby\s+$",
    re.IGNORECASE)


def level_after_change(sentence: str, figure: Figure) -> Figure | None:
    """The level a *sentence* moves a measure to when it tells *figure* as the size of the move: a movement
    verb (or "by") right before the figure and "to" and a figure right after it ("rose 4 cents to 38 cents",
    "fell 1.8% to $44.20", "raise its fee by 35 pence to 3.85 pounds"). The level is the value the measure
    has; the move is how it got there. None when the sentence gives no such level ("rose 6.5% last year")."""
    said = " ".join(sentence.split())
    for found in re.finditer(r"(?<![\w.,])" + re.escape(figure.text) + r"(?![\w])", said):
        if not _MOVED_BY.search(said[max(0, found.start() - 40):found.start()]):
            continue
        to = re.match(r"\s+to\s+", said[found.end():])
        if not to:
            continue
        rest = said[found.end() + to.end():]
        level = next((f for f in find_figures(rest) if rest.startswith(f.text)), None)
        if level is not None:
            return level
    return None
