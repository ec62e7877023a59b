"""Key figures rows (kf51): a move's size ("rose 4 cents to 38 cents") is no value of the measure when its
sentence gives the level it moved to (`level_after_change`): the level is the row's value. Invented text."""

from __future__ import annotations

from typing import Any

import pytest

from briefgen.keyfigures import level_after_change
from briefgen.notes.figures import find_figures


def _figure(sentence: str, text: str) -> Any:
    return next(f for f in find_figures(sentence) if f.text == text)


@pytest.mark.parametrize(("sentence", "text", "level"), [
    ("The 2031 bonds rose 6 cents to 71 cents on the dollar, dealers said.", "6 cents", "71 cents"),
    ("Net income fell 45 million euros to 210 million euros in the half.", "45 million euros", "210 million euros"),
    ("Its shares climbed 3.2% to 18.40 francs in Zurich.", "3.2%", "18.40 francs"),
    ("The council will raise the charge by 15 percent to 9 pounds a day.", "15 percent", "9 pounds a day"),
])
def test_a_move_s_size_gives_the_level_it_moved_to(sentence: str, text: str, level: str) -> None:
    found = level_after_change(sentence, _figure(sentence, text))
    assert found is not None and found.text.startswith(level)


@pytest.mark.parametrize(("sentence", "text"), [
    ("Its shares climbed 3.2% to 18.40 francs in Zurich.", "18.40 francs"),
    ("Turnout rose 4 percent last year.", "4 percent"),
    ("Support grew from 52 percent to 64 percent.", "52 percent"),
    ("The firm sold 40 flats to 12 buyers.", "40 flats"),
    ("It paid 3 million euros to the 200 farmers.", "3 million euros"),
])
def test_no_level_without_a_move_to_one(sentence: str, text: str) -> None:
    assert level_after_change(sentence, _figure(sentence, text)) is None
