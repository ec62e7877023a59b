"""Two holders who state opposite states of one thing ("the consultation is complete" vs "the
consultation was not complete"; "the programme is on budget" vs "the programme is over budget").

A status claim is a predication: a subject noun phrase, a linking verb (is, was, remains, has been
...) and a state from one of a few closed pairs of opposite evaluations (complete / incomplete,
within budget / over budget, on track / behind schedule). Its polarity is the pair's side, turned
round by a negation before the state ("was not complete", "is no longer on track"). Two statements
are held apart when they state the same pair of one subject (their subject phrases share a content
word) with opposite polarity; the caller checks that two different holders say them.

Left out on purpose (precision first): a state without a linking verb ("the completed review"),
a pronoun subject ("it is complete": the antecedent is elsewhere), a state hedged by a modal or a
condition ("could be delayed", "if it is completed"), and judgements outside the closed pairs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from briefgen.words import STOP_WORDS
from briefgen.words import stem as _stem

_AMOUNT = r"(?:(?:[A-Z]{1,3})?\$?\d[\d,.]*\s*(?:million|billion|bn|m|per\s+cent|%)?\s+)?"
"""An optional amount before a state ("A$310 million over its budget")."""
_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("complete", r"complete|completed|finished|concluded",
     r"incomplete|unfinished"),
    ("within budget", r"on\s+budget|within\s+(?:its|the|their)?\s*(?:[\w$.,]+\s+){0,3}?budget|under\s+budget",
     r"over\s+(?:its|the|their)?\s*(?:approved\s+|original\s+|agreed\s+)?budget"),
    ("on schedule", r"on\s+track|on\s+schedule|on\s+time|ahead\s+of\s+schedule",
     r"behind\s+schedule|off\s+track|running\s+late"),
)
_LINK = r"(?:is|are|was|were|remains?|remained|stays?|stayed|has\s+been|have\s+been|had\s+been)"
_NEGATION = r"(?P<neg>not\s+|never\s+|no\s+longer\s+)?"
_STATE = re.compile(
    r"(?P<subject>(?:[\w'’$.-]+\s+){1,6}?)" + _LINK + r"\s+(?:still\s+)?" + _NEGATION + r"(?:still\s+)?"
    + _AMOUNT + r"(?P<state>" + "|".join(f"(?P<p{i}>{pos})|(?P<n{i}>{neg})" for i, (_, pos, neg) in enumerate(_PAIRS))
    + r")\b", re.IGNORECASE)
_HEDGED = re.compile(r"\b(?:could|might|may|if|unless|whether|should|expected\s+to|likely)\s+(?:\w+\s+){0,3}$",
                     re.IGNORECASE)
"""A modal or a condition just before the linking verb: not a stated state."""
_CUT = re.compile(r"^.*(?:[,;:“”\"]|\b(?:that|saying|said|says|but|while|whereas|because|although)\s)",
                  re.IGNORECASE | re.DOTALL)
"""Where the subject phrase starts: after the last clause boundary before the linking verb."""
_OF = re.compile(r"\s(?:of|with|for|at|in|on|to|from|by|under|between)\s", re.IGNORECASE)
_PRONOUNS = frozenset("it they this that these those he she we which who".split())


_MAY = re.compile(r"\b(?:complete|completed|finished|concluded|incomplete|unfinished|budget|track|schedule|on\s+time|"
                  r"running\s+late)\b", re.IGNORECASE)


def may_state(text: str) -> bool:
    """A cheap look: whether *text* may hold a status claim."""
    return _MAY.search(text) is not None


class Status(NamedTuple):
    pair: str
    """The pair of opposite states ("complete", "within budget", "on schedule")."""
    positive: bool
    said: str
    """The state as the text says it ("not complete")."""
    subject: frozenset[str]
    """The content stems of the subject phrase."""


def status(text: str) -> Status | None:
    """The one status claim of *text*, or None (none, several, or a pronoun or hedged subject)."""
    flat = " ".join(text.split())
    found = []
    for match in _STATE.finditer(flat):
        subject = _OF.split(_CUT.sub("", match.group("subject")), maxsplit=1)[0].strip()  # its head, before "of", "with" ...
        words = [w.lower().strip("'’.") for w in subject.split()]
        if not words or words[-1] in _PRONOUNS or (len(words) == 1 and words[0] in _PRONOUNS):
            continue
        if _HEDGED.search(flat[max(0, match.start() - 30):match.start("state")]):
            continue
        stems = frozenset(_stem(w) for w in words if w.isalpha() and w not in STOP_WORDS and w not in _PRONOUNS)
        if not stems:
            continue
        index = next(i for i in range(len(_PAIRS)) if match.group(f"p{i}") or match.group(f"n{i}"))
        positive = bool(match.group(f"p{index}")) != bool(match.group("neg"))
        said = (match.group("neg") or "") + match.group("state")
        found.append(Status(_PAIRS[index][0], positive, " ".join(said.split()), stems))
    if len({(s.pair, s.positive) for s in found}) != 1:
        return None  # none, or both ways in one sentence
    return found[0]


class Apart(NamedTuple):
    a: int
    """Index of the statement of the positive state."""
    b: int
    """Index of the statement of the negative state."""
    reason: str
    shared: tuple[str, ...]


def apart(found: Sequence[Status | None], scores: Sequence[float], holders: Sequence[str]) -> list[Apart]:
    """Pairs of statements (indices into *found*) that state opposite sides of one pair about one
    subject, strongest first, each statement once; each statement's *holders* (who says it) must
    be named and differ."""
    candidates = []
    for i, one in enumerate(found):
        if one is None or not one.positive:
            continue
        for j, other in enumerate(found):
            if other is None or other.positive or other.pair != one.pair:
                continue
            if not holders[i] or not holders[j] or holders[i].lower() == holders[j].lower():
                continue
            if common := one.subject & other.subject:
                candidates.append((-(scores[i] + scores[j]), i, j, tuple(sorted(common))))
    candidates.sort()
    used: set[int] = set()
    out = []
    for _, i, j, shared in candidates:
        if i in used or j in used:
            continue
        one, other = found[i], found[j]
        assert one is not None and other is not None
        used |= {i, j}
        out.append(Apart(i, j, f"\u201c{one.said}\u201d vs \u201c{other.said}\u201d", shared))
    return out
