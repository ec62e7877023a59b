"""Whose figure a row's history holds (kf27): an "Earlier reports" value is the same holder's earlier
value of the same measure. An earlier estimate the sentence only compares with ("more than earlier
industry estimates of ..."), a value set against a named other's ("above the council's ..."), and a
value a relative clause gives to another holder ("X, which has said ... is ...") are no revisions; the
count that moves in "41 of the 112 wells ..., up from 38" is the part, never the whole. Invented text."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

import briefgen
from briefgen.keyfigures import compared_with_others, whole_of_part
from briefgen.notes.estimates import relative_holder
from briefgen.notes.figures import earlier_values, find_figures


@pytest.mark.parametrize(("sentence", "earlier"), [
    ("The board put the bill for the new roof at 14 million euros, more than earlier trade estimates of "
     "9 million euros.", ()),
    ("Refitting the ferry will cost 31 million crowns, above previous yard estimates of 22 million crowns.", ()),
    ("We now see a 4.1 million euro loss, against our earlier estimate of 3.2 million euros.", ("3.2 million euros",)),
    ("The board raised the bill to 14 million euros from an earlier estimate of 9 million euros.", ("9 million euros",)),
])
def test_an_earlier_estimate_only_compared_with_is_no_earlier_value(sentence: str, earlier: tuple[str, ...]) -> None:
    assert tuple(e.text for e in earlier_values(sentence)) == earlier


def test_a_value_compared_with_a_named_other_s_is_a_view_of_its_own() -> None:
    said = "Our estimate of the refit bill is 31 million crowns, above the yard's 26 million crowns."
    figures = find_figures(said)
    assert [f.text for f in figures if compared_with_others(said, f, figures)] == ["31 million crowns"]
    moved = "The refit bill rose to 31 million crowns from 26 million crowns."
    assert not any(compared_with_others(moved, f, find_figures(moved)) for f in find_figures(moved))


def test_a_relative_clause_of_saying_names_the_value_s_holder() -> None:
    said = ("Activist fund Morrow Capital, which has said the shortfall is at least 90 million euros, "
            "called for a new board.")
    (figure,) = [f for f in find_figures(said) if f.value == 90_000_000]
    assert relative_holder(said, figure) == "Activist fund Morrow Capital"
    plain = "The depot, which employs 410 people, will close."
    assert all(relative_holder(plain, f) == "" for f in find_figures(plain))


@pytest.mark.parametrize(("sentence", "whole"), [
    ("Nitrate was found in 41 of the 112 boreholes tested, up from 38.", "112 boreholes"),
    ("Mould was found in 17 out of 60 classrooms inspected.", "60 classrooms"),
])
def test_the_whole_of_a_part_is_named(sentence: str, whole: str) -> None:
    assert [f.text for f in find_figures(sentence) if whole_of_part(sentence, f)] == [whole]


_TRUST = """Harbour trust puts quay repair cost at 12 million euros

Published 3 March 2025

PORTLEVEN, March 3 (Wire) - The Portleven Harbour Trust said on Monday that the cost of repairing the north quay was about 12 million euros, and that it would seek a loan for the work.

The quay has been closed to fishing boats since a storm in February.
"""

_SURVEYOR = """Harbour trust raises quay repair estimate

Published 6 March 2025

PORTLEVEN, March 6 (Wire) - The Portleven Harbour Trust on Thursday raised its estimate of the cost of repairing the north quay to 15 million euros from 12 million euros, after divers found more damage.

Marine surveyors Keel & Co, which has said the cost of repairing the quay is at least 30 million euros, told the trust's board that the quay wall was still moving.

The trust said it would publish the engineers' report in April.
"""

_ROADS = """Council puts bridge repair bill at 40 million euros

Published 9 May 2025

ELMSTEAD, May 9 (Wire) - Elmstead council put the cost of repairing the river bridge at about 40 million euros, more than earlier contractor estimates of 25 to 30 million euros.

The bridge has been closed to lorries since January, when engineers found cracks in two of its piers.

Council leader Ruth Amble said the work would start in June and take about a year. "We cannot leave the town cut in two," she said.
"""


def _rows(ws: briefgen.Workspace) -> list[tuple[str, tuple[str, ...]]]:
    (ws.config.root / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(__file__).parent / "fixtures" / "rows.toml", ws.config.root / "templates" / "audiences")
    brief = briefgen.open_workspace(ws.config.root).compose("rows")
    return [(item.figure.text, tuple(e.text for e in item.earlier)) for section in brief.sections
            if section.style == "figures" for item in section.items if item.figure is not None]


def test_another_holder_s_later_value_is_no_revision(news_workspace: Any) -> None:
    rows = _rows(news_workspace("quay", {"01-trust.txt": _TRUST, "02-update.txt": _SURVEYOR}))
    assert ("30 million euros", ()) in rows, rows  # the surveyors' figure: a row of its own, no history
    assert ("15 million euros", ("12 million euros",)) in rows, rows


def test_a_compared_earlier_estimate_is_no_row_history(news_workspace: Any) -> None:
    rows = _rows(news_workspace("bridge", {"01-council.txt": _ROADS}))
    bill = [earlier for text, earlier in rows if text.startswith("40 million")]
    assert bill == [()], rows
