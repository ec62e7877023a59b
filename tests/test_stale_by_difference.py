"""An earlier value a later report gives by difference (stale31): "Twelve ..., three more than first
reported" overtakes the nine first reported; "35 more ... joined, bringing the total to 247" overtakes
the 212 counted before. A difference from a forecast or a rival is no earlier value. Invented text only."""

from __future__ import annotations

import pytest

from briefgen.notes.figures import earlier_by_difference


@pytest.mark.parametrize(("sentence", "new", "old"), [
    ("Fourteen climbers were rescued from the ridge, three more than first reported.", "Fourteen", 11),
    ("Police said 52 cars had been towed, 6 fewer than initially thought.", "52 cars", 58),
    ("The ballot closed with 2,310 votes, 40 fewer than the union had announced on Friday.", "2,310 votes", 2350),
    ("Another 18 families left the estate on Monday, bringing the total to 64.", "64", 46),
    ("A further 12 tenants and 3 shopkeepers signed the petition, taking the total to 95.", "95", 80),
    ("Nine more growers joined the suit, bringing the total number of plaintiffs to 41.", "41", 32),
])
def test_a_difference_from_an_earlier_telling_gives_the_earlier_value(sentence: str, new: str, old: float) -> None:
    (found,) = earlier_by_difference(sentence)
    assert sentence[found.start:found.end] == new
    assert found.old == old


@pytest.mark.parametrize("sentence", [
    "Sales were 12 percent higher than expected.",
    "The dealer sold 40 more cars than a year ago.",
    "The total stands at 64, the council said.",
    "Fourteen climbers were rescued, three more than on Sunday.",
])
def test_no_difference_from_an_earlier_telling_gives_nothing(sentence: str) -> None:
    assert earlier_by_difference(sentence) == ()
