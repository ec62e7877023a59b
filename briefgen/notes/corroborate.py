"""Whether one source's statement backs another's: the test behind a second citation and an
"(N sources)" count.

Notes cluster by how alike they read (links.py), which is enough to keep a brief from saying a
thing twice but not to claim that a second source confirms it: two quotes of the same speaker
("Dr X said the new forecast strengthened her concern", "Dr X said the council was the right
forum") or two reports of one event ("a third person has died", "a fourth person has died")
read alike and state different facts. A source counts as backing a statement only when its
quote states the same fact: the same figures, if either gives one, and what is said (once who
says it and the verb of saying are set aside) largely in the same words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen import sections
from briefgen.ingest.clean import MONTHS, WEEKDAYS
from briefgen.models import Figure
from briefgen.notes import dates
from briefgen.words import content_words, stem

SHARED_WORDS = 3
"""Content words two statements of one fact share at least (speaker and saying verb aside; all of
the shorter's when it has fewer): "the board would recommend the offer" and "the board was open to
a higher offer" share two, and are two positions."""
SHARED_SHARE = 0.4
"""...and at least this share of the shorter statement's content words."""

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORDINAL = re.compile(r"\b(" + "|".join(_ORDINALS) + r")\s+(?=[a-z])", re.IGNORECASE)
""""A third person has died": a count told as an ordinal (the word before a noun, so not "secondly")."""
_SAYING = frozenset(stem(w) for w in (
    "said says say told tells added adds stated states according confirmed confirms announced announces "
    "reported reports spokesman spokeswoman spokesperson").split())
"""Words of who speaks and how, which two unrelated quotes of one speaker share."""


_NEW_VALUE = re.compile(r"(?<![Uu]p )(?<![Cc]lose )(?<![Dd]ue )\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[$€£]?"
                        r"(?=\d)")
"""Where a statement moves a value "to" a new one ("lowered its offer to 3.60 euros a share from
4.20", "extended to 1,150 workers"; not the cap "up to 40 percent"): a source that does not give
that new value, however many other figures it shares, reports the measure's history, not the change."""
_HEDGE = re.compile(r"\b(?:will|would|could|can|may|might|must|shall|should|not|never|no|expected|likely|set|due|"
                    r"planned|plans?|hopes?|seeks?|aims?|wants?|needs?|if|unless|once|provided|whether|until)\b",
                    re.IGNORECASE)
"""What keeps a clause from asserting its verb as done: a modal, a negation, a condition, an
expectation or plan ("is expected to approve", "would be cleared", "if cleared in Brussels")."""
_VIEW = re.compile(r"\b(?:will|would|could|may|might|should|expects?|expected|likely|unlikely|estimates?|estimated|"
                   r"forecasts?|predicts?|predicted|believes?|thinks?)\b", re.IGNORECASE)
_MODALS = frozenset("will would could can may might shall should must".split())
_LIGHT = frozenset(stem(w) for w in "gave given give put showed shown made had reached totalled totaled stood".split())
"""Verbs that carry no event of their own ("the final count gave Vasko 50.3 percent"): what
such a clause states is its values, which the figures test checks."""
_NOT_NAMES = frozenset(("the a an this that these those its their his her on in at by for last earlier later".split())
                       + list(WEEKDAYS) + list(MONTHS))


_OLD_SIDE = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+with|from)\b", re.IGNORECASE)
_TO_VALUE = re.compile(r"\bto\b", re.IGNORECASE)


def _valued(text: str, figures: Sequence[Figure]) -> list[tuple[int, float | str]]:
    """Where *text* gives a value and which: its figures (see _counts) and its time points."""
    found: list[tuple[int, float | str]] = [(text.find(f.text), round(f.value, 6)) for f in figures
                                            if text.find(f.text) >= 0]
    found += [(m.start(), dates.time_key(m)) for m in dates.TIME_POINT.finditer(text)]
    return sorted(found, key=lambda pair: pair[0])


def stated_values(text: str, figures: Sequence[Figure]) -> tuple[frozenset[float | str], frozenset[float | str]]:
    """The values *text* gives as current and those it gives as overtaken: a value on the "from"
    side of a move ("would push delivery ... to the first half of 2032 from the second half of
    2031", "had risen to 2.2 billion kronor, from the 1.9 billion"), or after "up from", "down
    from", "compared with", is what the measure was, not what it is. A "from ... to" range
    ("from 2031 to 2034") is no move: only "from" after a "to" (or "up/down from") counts."""
    current: set[float | str] = set()
    old: set[float | str] = set()
    for at, value in _valued(text, figures):
        clause = re.split(r"[;:–—(]|\.\s", text[:at])[-1]
        last_from = max((m for m in _OLD_SIDE.finditer(clause)), key=lambda m: m.start(), default=None)
        is_old = False
        if last_from is not None:
            before_from, after_from = clause[:last_from.start()], clause[last_from.end():]
            words_after = len(after_from.split())
            marker = last_from.group().strip().lower()
            if words_after <= 6 and "to" not in after_from.lower().split():
                is_old = marker != "from" or bool(_TO_VALUE.search(before_from))
        (old if is_old else current).add(value)
    return frozenset(current), frozenset(old - current)


_CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12}
_COUNTED = re.compile(r"\b(?:the|by|for|of|in|after|over|within|about|some|nearly|almost|all|its|their|his|her|another)\s+"
                      r"(?<![.,])(?P<n>\d+|" + "|".join(_CARDINALS) + r")\s+(?P<noun>[a-z]{3,})\b(?![-\d])", re.IGNORECASE)
_NOT_COUNTED = frozenset("of another more less than or and to in on at by for from percent per times".split())


def _counted(text: str) -> dict[str, set[float]]:
    """What *text* counts and how many, by the counted noun's stem ("by one season" -> season: {1},
    "for the two seasons" -> season: {2}): a number (digits or a word up to twelve) inside a noun
    phrase (after an article, a preposition or a possessive: not "of whom six remain") followed
    straight by a lower-case noun, not "one of", "two more", "three percent"."""
    counted: dict[str, set[float]] = {}
    for m in _COUNTED.finditer(text):
        noun = m.group("noun")
        if noun.lower() in _NOT_COUNTED or not noun.islower():
            continue
        number = m.group("n").lower()
        value = float(_CARDINALS[number]) if number in _CARDINALS else float(number)
        counted.setdefault(stem(noun), set()).add(value)
    return counted


_UNDOING = re.compile(
    r"\b(?:suspen(?:d|ds|ded|ding|sion)|call(?:s|ed|ing)?\s+off|cancel(?:s|l?ed|l?ing|lation)?|scrap(?:s|ped|ping)?|"
    r"abandon(?:s|ed|ing)?|shel(?:ve|ves|ved|ving)|on\s+hold|ax(?:e|es|ed|ing)|postpon(?:e|es|ed|ing|ement)|"
    r"delay(?:s|ed|ing)?|defer(?:s|red|ring|ral)?|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|"
    r"withdr(?:aw|aws|awn|ew|awing|awal)|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|revers(?:e|es|ed|ing|al)|"
    r"overturn(?:s|ed|ing)?)\b", re.IGNORECASE)
"""Verbs (and their nouns) that undo, stop or put off an act or a plan: "would suspend its planned 15%
duty", "postponed the vote", "the withdrawal of the lender". A report of one is a different fact from
the act or plan it undoes, however many words and figures the two share; which of them a text uses does
not matter ("cancelled" and "called off" tell one fact)."""


def undoing_at(text: str, pos: int) -> re.Match[str] | None:
    """The verb of `_UNDOING` that starts *text* at *pos*, if one does ("suspend its planned duty")."""
    return _UNDOING.match(text, pos)


def _undoes(text: str) -> bool:
    """Whether *text* tells of an act or plan undone, stopped or put off (`_UNDOING`)."""
    return _UNDOING.search(text) is not None


_SHARE_OF = re.compile(r"(?i)(?P<n>\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per\s+cent\b)\s+of\s+(?P<np>[^,.;:()\"“”]{1,80})")
_NP_STOP = frozenset("in on at for from by to and or but which that who whom was were is are be been has have had "
                     "said says say after before since as than with under over against this year last".split())
_BASIS_SKIP = frozenset("the a an its their his her our your my this that these those all them it us him you".split())


def _bases(text: str) -> dict[str, frozenset[str]]:
    """What each share *text* gives is a share of, by its number: "4.1 percent of Stratos's worldwide
    turnover" -> {"4.1": {worldwide, turnov}}: the noun phrase after "of" (up to a preposition, a
    conjunction, a verb of being or saying), its owner's name and its determiners left out."""
    found: dict[str, frozenset[str]] = {}
    for match in _SHARE_OF.finditer(text):
        words: list[str] = []
        for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", match.group("np")):
            if word.lower() in _NP_STOP:
                break
            if word.lower() in _BASIS_SKIP or word[:1].isupper() or word.endswith(("'s", "’s")):
                continue
            words.append(stem(word.lower()))
        if words:
            found.setdefault(match.group("n").replace(",", "."), frozenset(words))
    return found


def other_basis(text: str, other: str) -> bool:
    """Whether the two give one share of different things: the same number, and what it is a share
    of differs with each naming a word the other lacks ("4.1 percent of Stratos's worldwide
    turnover" against "4.1 percent of the relevant turnover", after a court cut the fine). A share
    of a thing against a share of that thing qualified ("of turnover", "of annual turnover") agrees."""
    mine, theirs = _bases(text), _bases(other)
    return any(not (mine[n] <= theirs[n] or theirs[n] <= mine[n]) for n in mine.keys() & theirs.keys())


def overtaken(text: str, figures: Sequence[Figure], other: str, other_figures: Sequence[Figure]) -> bool:
    """Whether *other* gives a different value for what *text* states, so cannot back it: it
    gives as overtaken a value *text* gives as current (it moves the measure on from *text*'s
    value), or gives as current the value *text* moves away from; or both give dates with a year
    and share none (the same thing at another time, or another thing); or one undoes what the other
    states ("will impose a 15 per cent duty" against "would suspend its planned 15% duty": one tells of
    the act undone, the other does not)."""
    if _undoes(text) != _undoes(other):
        return True
    mine, mine_old = stated_values(text, figures)
    theirs, theirs_old = stated_values(other, other_figures)
    if theirs_old & (mine - theirs) or mine_old & (theirs - mine):
        return True
    if other_basis(text, other):
        return True
    my_counts, their_counts = _counted(text), _counted(other)
    if any(not my_counts[noun] & their_counts[noun] for noun in my_counts.keys() & their_counts.keys()):
        return True
    my_times = {v for v in mine | mine_old if isinstance(v, str)}
    their_times = {v for v in theirs | theirs_old if isinstance(v, str)}
    return bool(my_times and their_times and not my_times & their_times)


def holds_view(text: str) -> bool:
    """Whether *text* gives someone's estimate or expectation rather than a thing done: a modal,
    an expectation or a likelihood in it ("the bill was likely to be closer to 2.6 billion",
    "would push completion into 2027"). Whose view it is matters: another party's equal figure
    agrees with it, and does not report it."""
    return bool(_VIEW.search(text))


def _new_values(text: str, figures: Sequence[Figure]) -> list[float]:
    """The values *text* moves something to (see _NEW_VALUE)."""
    found = []
    for figure in figures:
        at = text.find(figure.text)
        if at >= 0 and any(m.end() <= at <= m.end() + 1 for m in _NEW_VALUE.finditer(text[:at + 1])):
            found.append(round(figure.value, 6))
    return found


def _names(words: Sequence[str]) -> frozenset[str]:
    """The capitalised words (names) among *words*, possessives cut, no article, weekday or month."""
    return frozenset(w.removesuffix("'s").removesuffix("’s").lower() for w in words
                     if w[:1].isupper() and w.lower() not in _NOT_NAMES and len(w) > 1)


def _clause_before(text: str, at: int) -> str:
    """The words of *text*'s clause before position *at* (back to the last comma, semicolon or dash)."""
    return re.split(r"[,;:–—]|\s-\s", text[:at])[-1]


def asserts_same_event(text: str, other: str, moved: bool = False) -> bool:
    """Whether *other* states as done, by the same actor, what *text*'s main clause reports done
    (`sections.main_event`): when *text* reports nothing done (a view, a plan, words said), True.
    Otherwise *other* must use the same verb (its stem: "approved", "approval"; unless a light verb
    such as "gave" whose clause is its values); its main clause's subject, if both name someone,
    must share a name ("Croatia's government approved" is another actor than "The European
    Commission approved"); and the clause that carries the verb must assert it: no modal,
    negation, condition or expectation before it in that clause ("if cleared in Brussels", "is
    expected to approve") and no question. *moved*: *other*, too, moves the measure to the new
    value *text* gives ("cut its bid ... to 3.60 euros" for "lowered its offer ... to 3.60
    euros"), so its own main clause, reported done, stands for the verb."""
    event = sections.main_event(text)
    if event is None:
        return True
    verb = stem(event[0])
    if verb in _LIGHT:
        return True
    after = [w.lower() for w in re.findall(r"[A-Za-z'’]+", text.split(event[0], 1)[-1])[:4]]
    if "that" in after[:1] or any(w in _MODALS for w in after):
        return True  # "confirmed it will cut 320 jobs": a clause it reports, no event it asserts done
    if other.rstrip().rstrip("\"”'’").endswith("?"):
        return False
    found = next((m for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*", other) if stem(m.group().lower()) == verb), None)
    if found is None and not (moved and sections.reports_done(other)):
        return False
    if found is not None and _HEDGE.search(_clause_before(other, found.start())):
        return False
    mine, theirs = sections.done_verb(text), sections.done_verb(other)
    if mine is not None and theirs is not None:
        subject, other_subject = _names(mine[0][:mine[1]]), _names(theirs[0][:theirs[1]])
        if subject and other_subject and not subject & other_subject:
            return False
    return True


def same_event(text: str, figures: Sequence[Figure], other: str, other_figures: Sequence[Figure]) -> bool:
    """Whether *other* can state what *text* reports, by structure alone: it gives the value
    *text* moves something to (without it, it tells the measure's history), and it asserts the
    same event by the same actor (`asserts_same_event`). The test a source that gives a
    statement's figure must pass to count for it."""
    new = _new_values(text, figures)
    if any(value not in _counts(other, other_figures) for value in new) or overtaken(text, figures, other, other_figures):
        return False
    return asserts_same_event(text, other, moved=bool(new) and set(new) <= set(_new_values(other, other_figures)))


def _counts(text: str, figures: Sequence[Figure]) -> list[float]:
    """The values a statement gives, in order: its figures (no times, dates or years: see
    figures.py) and counts told as ordinals ("a third person")."""
    found = [(text.find(f.text), round(f.value, 6)) for f in figures]
    found += [(m.start(), float(_ORDINALS[m.group(1).lower()])) for m in _ORDINAL.finditer(text)]
    return [value for _, value in sorted(found)]


def _said(text: str, speakers: str) -> frozenset[str]:
    """Stems of what *text* says, without the words naming *speakers* and the verbs of saying."""
    who = {stem(w) for w in content_words(speakers)}
    return frozenset(s for s in (stem(w) for w in content_words(text)) if s not in who and s not in _SAYING)


def same_fact(text: str, figures: Sequence[Figure], other: str, other_figures: Sequence[Figure], *,
              speakers: str = "") -> bool:
    """Whether *other* states the fact *text* states: when either gives a figure, *other* gives
    the first figure of *text* ("extended to 1,150 workers, up from 900" is not backed by "900
    would move"); and what each says, the words of *speakers* (both notes' speakers and roles) and the
    verbs of saying set aside, shares SHARED_WORDS content words (or all of the shorter's) and SHARED_SHARE of the shorter."""
    if overtaken(text, figures, other, other_figures):
        return False  # a different value for the same thing: the same fact at another time, or another fact
    values, other_values = _counts(text, figures), _counts(other, other_figures)
    if (values or other_values) and not (values and values[0] in other_values):
        return False  # the statement's own (first) figure, or one the other adds: not the same fact
    if not same_event(text, figures, other, other_figures):
        return False
    words, other_words = _said(text, speakers), _said(other, speakers)
    shared = len(words & other_words)
    fewer = min(len(words), len(other_words))
    return shared >= min(SHARED_WORDS, fewer) and shared > 0 and shared >= SHARED_SHARE * fewer
