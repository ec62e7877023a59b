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
_MODALS = frozenset("will would could can may might shall should must".split())
_LIGHT = frozenset(stem(w) for w in "gave given give put showed shown made had reached totalled totaled stood".split())
"""Verbs that carry no event of their own ("the final count gave Vasko 50.3 percent"): what
such a clause states is its values, which the figures test checks."""
_NOT_NAMES = frozenset(("the a an this that these those its their his her on in at by for last earlier later".split())
                       + list(WEEKDAYS) + list(MONTHS))


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
    if any(value not in _counts(other, other_figures) for value in new):
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
    values, other_values = _counts(text, figures), _counts(other, other_figures)
    if (values or other_values) and not (values and values[0] in other_values):
        return False  # the statement's own (first) figure, or one the other adds: not the same fact
    if not same_event(text, figures, other, other_figures):
        return False
    words, other_words = _said(text, speakers), _said(other, speakers)
    shared = len(words & other_words)
    fewer = min(len(words), len(other_words))
    return shared >= min(SHARED_WORDS, fewer) and shared > 0 and shared >= SHARED_SHARE * fewer
