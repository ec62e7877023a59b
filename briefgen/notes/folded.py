"""Case-insensitive patterns, searched faster and with the same result.

Python's re tries every alternative of a case-insensitive alternation ("\\b(?:risk|threat|
danger)") at every word boundary of a sentence; case-sensitive literals let it skip an
alternative on its first character. So a pattern whose text is all lower case is searched
case-sensitively in the sentence with A-Z lowered (same length, same offsets), which gives
the same answer whenever the sentence holds none of the four non-ASCII letters that
re.IGNORECASE takes for an ASCII one (İ, ı, ſ and the Kelvin sign); otherwise, and for a
pattern that cannot be lowered (upper case in it, a case-sensitive part), the pattern runs
as written.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
import string
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_ASCII_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")
"""The non-ASCII letters that re.IGNORECASE matches with an ASCII letter."""


@lru_cache(maxsize=64)
def lowered(text: str) -> str | None:
    """*text* with A-Z lowered (nothing else changed), or None when it holds a letter that
    re.IGNORECASE would match with an ASCII letter (then only the pattern as written will do)."""
    if not text.isascii() and any(c in text for c in _ASCII_FOLDS):
        return None
    return text.lower() if text.isascii() else text.translate(ASCII_LOWER)


def foldable(source: str) -> bool:
    """Whether *source*, compiled case-sensitively and run on lowered text, matches as it does
    with re.IGNORECASE: no upper-case letter in it (so no \\S, \\W, \\B, \\D, \\A, \\Z, no
    named group, no inline flags that could switch case sensitivity back on) and no
    non-ASCII letter that has a case."""
    return source == source.lower() and "(?" not in source.replace("(?:", "").replace("(?=", "").replace(
        "(?!", "").replace("(?<=", "").replace("(?<!", "") and all(
        c.isascii() or c.lower() == c.upper() for c in source)


class Folded:
    """A case-insensitive pattern with search() and match() as re.Pattern's (same spans;
    match objects read the lowered text when the fast path is taken, so use them for
    positions and truth, not for the matched words)."""

    __slots__ = ("pattern", "_fast", "_needs")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = re.compile(source, flags | re.IGNORECASE)
        self._fast = re.compile(source, flags) if foldable(source) else None
        needs = triggers(self._fast) if self._fast is not None else None
        self._needs = needs[1] if needs is not None else ()
        """Words one of which every match holds in the lowered text (empty: none known)."""

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        low = lowered(text) if self._fast is not None else None
        if low is None or self._fast is None:
            return self.pattern.search(text, pos)
        if self._needs and not any(w in low for w in self._needs):
            return None
        return self._fast.search(low, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = lowered(text) if self._fast is not None else None
        if low is None or self._fast is None:
            return self.pattern.finditer(text)
        if self._needs and not any(w in low for w in self._needs):
            return iter(())
        return self._fast.finditer(low)


def compile_folded(source: str, flags: int = 0) -> Folded:
    """Folded(source, flags): re.compile(source, flags | re.IGNORECASE), searched faster."""
    return Folded(source, flags)


# ---------------------------------------------------------------- trigger words

_MIN_TRIGGER = 3
"""Shortest trigger worth a look: shorter ones ("is", "a") occur in nearly every sentence."""
_MAX_TRIGGERS = 100
"""More alternatives than this and checking them costs about what the pattern does."""


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """Of sets any one of which a match must hold, the one that rules out most: longest shortest member, then fewest."""
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def _needed_in(items: Iterable[tuple[Any, Any]], fold: bool) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence *items* holds (None: no such set known)."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL and (not fold or chr(av).isascii()):
            run.append(chr(av).lower() if fold else chr(av))
            continue
        if run:
            options.append(frozenset(("".join(run),)))
            run = []
        found = _needed(op, av, fold)
        if found is not None:
            options.append(found)
    if run:
        options.append(frozenset(("".join(run),)))
    return _best(options)


def _needed(op: Any, av: Any, fold: bool) -> frozenset[str] | None:
    """`_needed_in` for one parsed node (a group, an alternation, a repeat); None for anything else."""
    if op is _c.SUBPATTERN:
        _, add, drop, items = av
        return _needed_in(items, fold) if not add and not drop else None
    if op is _c.ATOMIC_GROUP:
        return _needed_in(av, fold)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        least, _, items = av
        return _needed_in(items, fold) if least >= 1 else None
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _needed_in(branch, fold)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    return None


def triggers(pattern: re.Pattern[str]) -> tuple[bool, tuple[str, ...]] | None:
    """(folded, words): every match of *pattern* holds one of *words* (in the text with A-Z lowered
    when *folded*, the pattern being case-insensitive), derived from the pattern itself; None when
    no short useful list of such words can be told from it."""
    fold = bool(pattern.flags & re.IGNORECASE)
    try:
        found = _needed_in(_parser.parse(pattern.pattern, pattern.flags), fold)
    except Exception:  # noqa: BLE001 - an unforeseen parse: no prefilter, same results
        return None
    if found is None or min(map(len, found)) < _MIN_TRIGGER or len(found) > _MAX_TRIGGERS:
        return None
    # A word that holds another is found whenever the match holds it ("welcome" holds "welcom").
    return fold, tuple(sorted(w for w in found if not any(v != w and v in w for v in found)))


def gate(*patterns: re.Pattern[str]) -> Callable[[str], bool]:
    """A quick test of a sentence: False only when none of *patterns* can match in it (one of the
    trigger words each needs is missing); True otherwise, and always for a pattern with no triggers."""
    found = [triggers(p) for p in patterns]
    if any(t is None for t in found):
        return lambda text: True
    folded = tuple(sorted({w for t in found if t is not None and t[0] for w in t[1]}))  # noqa: C401
    exact = tuple(sorted({w for t in found if t is not None and not t[0] for w in t[1]}))

    def may_match(text: str) -> bool:
        if exact and any(w in text for w in exact):
            return True
        if not folded:
            return False
        low = lowered(text)
        return low is None or any(w in low for w in folded)

    return may_match
