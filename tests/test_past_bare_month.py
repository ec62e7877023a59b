"""A bare month ("in February") in a clause told in the past is a month already begun, not the
nearest one ahead: a source of late November that says two reports "appeared in February" means
the February just gone, and no catalyst comes of it (a reader saw "February 2027" as an upcoming
event in such a brief). A month after a preposition pointing ahead, or in a clause that moves an
event or tells a plan as it stood, keeps its nearest reading."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.notes.dates import mentions

ANCHOR = dt.date(2025, 11, 24)


def month_of(sentence: str) -> tuple[dt.date, bool]:
    (when,) = [w for w in mentions(sentence, ANCHOR) if w.precision == "month"]
    return when.first, when.future


@pytest.mark.parametrize("sentence, first", [
    ("The regulator opened an inquiry after two leaflets printed in February misstated the yields.", dt.date(2025, 2, 1)),
    ("Negotiations broke down in January, the union said.", dt.date(2025, 1, 1)),
    ("The depot, which was sold in March, still carries the old sign.", dt.date(2025, 3, 1)),
    ("Output fell sharply in November, the agency said.", dt.date(2025, 11, 1)),
])
def test_past_clause_names_a_month_begun(sentence: str, first: dt.date) -> None:
    assert month_of(sentence) == (first, False)


@pytest.mark.parametrize("sentence, first", [
    ("The inquiry is expected to report in February.", dt.date(2026, 2, 1)),
    ("The launch was postponed until February.", dt.date(2026, 2, 1)),
    ("The vote was pushed back to early March.", dt.date(2026, 3, 1)),
    ("The hearing had been due in January.", dt.date(2026, 1, 1)),
    ("The board agreed to finish the review by February.", dt.date(2026, 2, 1)),
])
def test_ahead_or_moved_month_keeps_the_coming_one(sentence: str, first: dt.date) -> None:
    assert month_of(sentence) == (first, True)
