"""Key figures rows name their measure: own words keep the measure's noun and the verb's object
and cut adjuncts; one clause gives one row; a count's progress is no row. Invented text."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen.notes.figures import circumstance, own_words

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]


def test_a_leading_date_goes_before_the_verbs_object() -> None:
    text = "On 3 March the Tavran central bank raised its deposit rate by 75 basis points to 6.25%, at an emergency session."
    got = own_words(text, "6.25%")
    assert got is not None and "deposit rate" in got and got.endswith("to 6.25%")
    assert "March" not in got and "emergency" not in got


def test_a_participle_clause_keeps_its_object_and_drops_the_phrase_after_the_figure() -> None:
    text = ("Orchard owner Delia Marsh has sold 40 hectares of her land to the council, the estate said on Friday, "
            "cutting its total borrowing to 12 million pounds from 19 million.")
    got = own_words(text, "12 million pounds")
    assert got is not None and "total borrowing to 12 million pounds" in got and "Delia Marsh" in got


def test_an_attribution_goes_before_the_measure() -> None:
    text = ("The growers' association said on Monday that 58 percent of its members plan to leave "
            "their land fallow next spring.")
    got = own_words(text, "58 percent")
    assert got is not None and "58 percent of its members" in got and "association" not in got


def test_a_figure_in_the_subject_keeps_the_phrase_after_it() -> None:
    text = "A toll of 4 percent on cargo landings requires shipping volumes that the port has not handled since 2011."
    got = own_words(text, "4 percent")
    assert got is not None and "4 percent on cargo landings" in got


def test_a_counts_progress_is_a_circumstance() -> None:
    assert circumstance("Mayor Ruth Anand led by 2,300 votes with 88 percent of precincts reporting.", "88 percent")
    assert circumstance("The measure passed, with 91% of the ballots counted.", "91%")
    assert not circumstance("Anand won 88 percent of precincts in the north.", "88 percent")
    assert not circumstance("The firm merged with 40 percent of its rival's staff.", "40 percent")


@given(st.integers(min_value=1, max_value=99), st.sampled_from(["counted", "reporting", "tallied"]))
def test_the_progress_frame_is_found_whatever_its_number(share: int, verb: str) -> None:
    assert circumstance(f"The challenger led narrowly, with {share} percent of districts {verb}.", f"{share} percent")


_WIRE = """Marsh river salmon run rebounds

Published 4 June 2025

KELDHOLM (River Wire) - The count of wild salmon passing the Keldholm weir rose 22 percent to 14,600 fish this spring, the river trust said on Wednesday.

The trust said anglers had released 3,100 fish under its catch-and-release scheme.

Fees for fishing permits will rise to 48 pounds a day from July, the trust added.
"""


def _rows(ws: briefgen.Workspace) -> list[tuple[str, str]]:
    (ws.config.root / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(__file__).parent / "fixtures" / "rows.toml", ws.config.root / "templates" / "audiences")
    brief = briefgen.open_workspace(ws.config.root).compose("rows")
    return [(item.figure.text, item.words) for section in brief.sections if section.style == "figures"
            for item in section.items if item.figure is not None]


def test_one_clause_gives_one_row(news_workspace: NewsWorkspace) -> None:
    rows = _rows(news_workspace("ws", {"01-wire.txt": _WIRE}))
    clauses = [words for _, words in rows if words]
    assert len(clauses) == len(set(clauses))
    assert sum("14,600" in words for _, words in rows) <= 1
