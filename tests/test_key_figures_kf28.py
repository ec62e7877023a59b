"""Every Key figures row is a figure of the story (kf28): a figure that holds only under a condition
("rising to 50% if ...", "if ..., there is a 60% chance of ..."), another place's or party's data set
beside the story for comparison ("A study in Ruritania found ...", "In other towns ..."), and a forum
post's number are no rows. Invented text."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

import briefgen
from briefgen.ingest.clean import post_header, title_kind
from briefgen.keyfigures import complement_measure, conditional, elsewhere, probability
from briefgen.notes.figures import find_figures


def _figure(sentence: str, text: str) -> Any:
    return next(f for f in find_figures(sentence) if f.text == text)


@pytest.mark.parametrize(("sentence", "text"), [
    ("We put the chance of a strike at about 30%, rising to 50% if the pay offer is withdrawn.", "50%"),
    ("Studies suggest that if lead levels exceed 10 micrograms, there is a 40% chance of lasting harm.", "40%"),
    ("If the council approves the plan, the depot would employ 350 people.", "350 people"),
])
def test_a_figure_that_holds_only_under_a_condition_is_conditional(sentence: str, text: str) -> None:
    assert conditional(sentence, text)


@pytest.mark.parametrize(("sentence", "text"), [
    ("The depot employs 350 people, the company said.", "350 people"),
    ("If anything, the 12% rise in fares surprised commuters.", "12%"),
    ("We put the chance of a strike at about 30%, rising to 50% if the pay offer is withdrawn.", "30%"),
])
def test_a_figure_of_what_happened_is_not_conditional(sentence: str, text: str) -> None:
    assert not conditional(sentence, text)


_STORY = frozenset({"Pellworth", "Dunmarsh"})
_COMMON = frozenset({"the", "a", "last", "in", "other", "across"})


@pytest.mark.parametrize(("sentence", "text"), [
    ("A study in Ruritania found that closed depots cut bus use by 18 per cent.", "18 per cent"),
    ("In Oxbury, where a similar scheme ran in 2024, fares rose 9%.", "9%"),
    ("In other towns that tried the scheme, ridership fell 20 to 30 per cent.", "20 to 30 per cent"),
    ("Across Valdoria, 7% of operators hold a failing grade.", "7%"),
])
def test_another_place_s_data_is_elsewhere(sentence: str, text: str) -> None:
    assert elsewhere(sentence, _figure(sentence, text), _STORY, _COMMON)


@pytest.mark.parametrize(("sentence", "text"), [
    ("Pellworth Buses said 350 drivers would lose their jobs in Oxbury.", "350 drivers"),
    ("The depot employs 350 people.", "350 people"),
    ("At least 61 people died in the fire, the deadliest in Valdoria for a decade.", "61 people"),
    ("Shares in Dunmarsh fell 4% in London.", "4%"),
    ("The bid's value fell to 2.3 billion euros after a fall in Korvel's share price.", "2.3 billion euros"),
])
def test_the_story_s_own_figure_is_not_elsewhere(sentence: str, text: str) -> None:
    assert not elsewhere(sentence, _figure(sentence, text), _STORY, _COMMON)


def test_a_user_name_with_its_day_in_brackets_heads_a_post() -> None:
    assert post_header("**tram_fan77** (4 Mar 2025):") == ("tram_fan77", "4 Mar 2025")
    assert post_header("**Update** (4 Mar 2025):") is None
    assert post_header("Reuters (4 Mar 2025):") is None
    assert post_header("u/quayside_jo · 4 Mar 2025, 21:14") == ("u/quayside_jo", "4 Mar 2025, 21:14")
    assert title_kind("r/Dunmarsh · Depot to close in June. Thoughts?") == "forum thread"


_WIRE = """Pellworth Buses to close Dunmarsh depot

Published 3 March 2025

DUNMARSH, March 3 (Wire) - Pellworth Buses said on Monday it would close its Dunmarsh depot in June, cutting 140 jobs, and move its routes to a site 20 miles away.

The company said the depot had lost money for three years. Unions said they would fight the closure.

In Oxbury, where a similar depot closed in 2024, the council found late running on 31% of routes.
"""

_FORUM = """# Dunmarsh Commuters Board: depot closing - what now?

**tram_fan77** (4 Mar 2025):
Heard 2,000 of them went over to the rail line already. The £15 weekly pass barely covers a week.

**dunmarsh_dave** (4 Mar 2025):
The union says they will fight it. I'll believe it when I see it.

**ruth_k** (5 Mar 2025):
Meeting at the library on Thursday, everyone welcome.
"""


def _rows(ws: briefgen.Workspace) -> list[str]:
    (ws.config.root / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(__file__).parent / "fixtures" / "rows.toml", ws.config.root / "templates" / "audiences")
    brief = briefgen.open_workspace(ws.config.root).compose("rows")
    return [item.figure.text for section in brief.sections
            if section.style == "figures" for item in section.items if item.figure is not None]


def test_rows_leave_out_other_places_data_and_forum_posts(news_workspace: Any) -> None:
    rows = _rows(news_workspace("depot", {"01-wire.txt": _WIRE, "02-board.md": _FORUM}))
    assert "140 jobs" in rows, rows
    assert "31%" not in rows, rows  # another town's data, for comparison
    assert "2,000" not in rows, rows  # a commenter's hearsay


@pytest.mark.parametrize(("sentence", "text", "label"), [
    ("The row is over the audit: 91 crossings against Tollgate's count of 57 closures since May.", "57 closures",
     "Tollgate's count"),
    ("The fund seeks expected annual savings of 38 million euros.", "38 million euros", "annual savings"),
])
def test_a_label_is_never_cut_inside_a_word(sentence: str, text: str, label: str) -> None:
    assert complement_measure(sentence, _figure(sentence, text)) == label


@pytest.mark.parametrize(("sentence", "text", "chance"), [
    ("- **Depot stays open after appeal:** 20% probability.", "20%", True),
    ("We put the chance that a second depot closes in 2026 at about 25%.", "25%", True),
    ("The depot's losses rose 25% last year.", "25%", False),
    ("About 20% of routes will be cut.", "20%", False),
])
def test_a_forecaster_s_probability_is_no_key_figure(sentence: str, text: str, chance: bool) -> None:
    assert probability(sentence, _figure(sentence, text)) is chance
