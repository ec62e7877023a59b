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
import string
from collections.abc import Iterator
from functools import lru_cache

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

    __slots__ = ("pattern", "_fast")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = re.compile(source, flags | re.IGNORECASE)
        self._fast = re.compile(source, flags) if foldable(source) else None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        low = lowered(text) if self._fast is not None else None
        if low is None or self._fast is None:
            return self.pattern.search(text, pos)
        return self._fast.search(low, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = lowered(text) if self._fast is not None else None
        if low is None or self._fast is None:
            return self.pattern.finditer(text)
        return self._fast.finditer(low)


def compile_folded(source: str, flags: int = 0) -> Folded:
    """Folded(source, flags): re.compile(source, flags | re.IGNORECASE), searched faster."""
    return Folded(source, flags)
