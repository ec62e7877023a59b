"""A next step news writes in a few words ("The ballot closes on May 20.") is a note, where a short
sentence with no event to come is not; and
the month May is no modal "may" (invented text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import briefgen
from briefgen.notes import features

NewsWorkspace = Callable[..., briefgen.Workspace]


@pytest.mark.parametrize(("text", "short"), [
    ("The ballot closes on May 20.", True),
    ("A ruling is due next week.", True),
    ("He declined to comment.", True),
    ("Why now?", False),
    ("closes on May 20.", False),
    ("The ballot of the dockers closes on May 20.", False),  # seven words: an ordinary candidate
])
def test_a_short_sentence_is_four_to_six_words(text: str, short: bool) -> None:
    assert features.is_short_sentence(text) is short


_WIRE = """Dockers suspend strike at Varholm while they vote on new offer

Published 12 May 2026

VARHOLM, May 12 (Harbour Wire) - Dockers at the port of Varholm suspended their strike on Tuesday
after the terminal operator Kessel Stevedoring offered a pay rise of 6 percent, the union said.

Members will return to work on May 14 while the union ballots them on the offer.
The ballot closes on May 20.
Talks broke down twice.

The strike had held up about 40 ships, the port authority said on Tuesday.
"""

def _notes(ws: briefgen.Workspace) -> list[str]:
    return [" ".join(note.quote.split()) for note in ws.notes().notes]


def test_a_short_dated_next_step_is_a_note_and_a_short_aside_is_not(news_workspace: NewsWorkspace) -> None:
    quotes = _notes(news_workspace("a", {"01-wire.txt": _WIRE}))
    assert "The ballot closes on May 20." in quotes
    assert "Talks broke down twice." not in quotes


@pytest.mark.parametrize(("text", "kind"), [
    ("The ballot closes on May 20.", "fact"),
    ("The vote was held on 20 May.", "fact"),
    ("Talks ended in May.", "fact"),
    ("The plant may close.", "forecast"),
])
def test_the_month_may_is_no_modal(text: str, kind: str) -> None:
    assert features.classify(text, source_kind="news", speaker=None, has_figures=False) == kind
