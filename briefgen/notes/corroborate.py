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
    words, other_words = _said(text, speakers), _said(other, speakers)
    shared = len(words & other_words)
    fewer = min(len(words), len(other_words))
    return shared >= min(SHARED_WORDS, fewer) and shared > 0 and shared >= SHARED_SHARE * fewer
