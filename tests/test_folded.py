"""Folded patterns find what the case-insensitive pattern finds, where it finds it."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.notes import conflicts, features, figures
from briefgen.notes.folded import Folded, foldable, lowered

_LEXICON = Path(__file__).resolve().parent.parent / "templates" / "themes.toml"
_FOLDED = [value for module in (features, conflicts, figures) for value in vars(module).values() if isinstance(value, Folded)] + [
    pattern for _, pattern in features.load_lexicon(_LEXICON)]
_WORDS = ["Risk", "could", "LOSE", "will", "Vote", "said", "would", "expected", "not", "approve", "ſtrike",
          "\u212aill", "İf", "ıf", "Café", "ÉTÉ", "’", "“", "threaten", "prices", "double", "next week", "but"]
_TEXT = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=6)), max_size=14).map(" ".join)


def test_the_stage_patterns_take_the_fast_path() -> None:
    assert len(_FOLDED) >= 10
    assert all(p._fast is not None for p in _FOLDED)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_same_matches_as_ignorecase(text: str) -> None:
    for folded in _FOLDED:
        fast, slow = folded.search(text), folded.pattern.search(text)
        assert (fast and fast.span()) == (slow and slow.span())
        assert [m.span() for m in folded.finditer(text)] == [m.span() for m in folded.pattern.finditer(text)]


def test_letters_that_fold_into_ascii_take_the_slow_path() -> None:
    assert lowered("The \u212aelvin ſcale") is None
    assert lowered("Café OPENS") == "café opens"
    pattern = Folded(r"\bks?\b")
    assert pattern.search("\u212a") is not None and re.search(r"\bks?\b", "\u212a", re.IGNORECASE)


def test_what_cannot_be_lowered() -> None:
    assert not foldable(r"\S+") and not foldable(r"(?-i:may)") and not foldable("(?P<x>a)")
    assert not foldable("é") and foldable("’s|\\bwill\\b")
