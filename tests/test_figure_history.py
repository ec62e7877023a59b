"""Key-figure rows and their history, on invented text: a row's own "to X from Y" is its history;
a history value is the same quantity (not one three orders of magnitude away); one side of a
vote's tally is no row; a bare figure's measure is confirmed by any source of the same value."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.keyfigures import counted_measure
from briefgen.models import Figure, Item
from briefgen.notes.figures import vote_tally

RowsOf = Callable[[str, dict[str, str], str], list[Item]]

SOURCES = {
    "01-wire.txt": (
        "Glass museum plan approved\n\n"
        "The Lindholm city council on Monday, 5 October 2026, approved a new glass museum by 27 votes to 14.\n\n"
        "Visitors would pay an entry fee, and residents with a monthly income below 2,800 euros would enter free.\n\n"
        "Brokers at Fennick Securities raised their price target for the builder Aldmark to 46 euros from 38.\n"),
    "02-paper.txt": (
        "Museum budget grows\n\n"
        "The museum's operator expects ticket income of about 2.9 million euros in its first year, "
        "the city said on Tuesday, 6 October 2026.\n\n"
        "The operator said it must hire 85 guides, conservators and guards before opening.\n"),
}


def _rows(figure_rows: RowsOf) -> list[Item]:
    return figure_rows("museum", SOURCES, "2026-11-01")


def test_rows_take_their_own_history_and_no_tally_or_foreign_history(figure_rows: RowsOf) -> None:
    rows = {row.figure.text: row for row in _rows(figure_rows) if row.figure is not None}
    # "raised their price target ... to 46 euros from 38": the row's own earlier value
    assert [e.text for e in rows["46 euros"].earlier] == ["38"], rows.keys()
    # "by 27 votes to 14": how the vote went, not a figure
    assert not {"27 votes", "14"} & set(rows), rows.keys()
    # 2.9 million euros of ticket income has no "up from 2,800 euros" (a monthly income threshold)
    income = next(row for text, row in rows.items() if text.startswith("2.9 million"))
    assert not [e for e in income.earlier if e.value == 2800], income.earlier


@pytest.mark.parametrize(("sentence", "figure", "tally"), [
    ("The bill passed its first reading by 104 votes to 81.", "81", True),
    ("The bill passed its first reading by 104 votes to 81.", "104 votes", True),
    ("Lawmakers voted 81 to 69 last week for a motion.", "69", True),
    ("The motion passed by a vote of 17 to 14.", "17", True),
    ("It was a 17-14 vote in the end.", "14", True),
    ("The party won 52 to 55 percent of the vote, pollsters said.", "52", False),
    ("Residents voted to spend 4 million euros on 12 to 15 new parks.", "12", False),
    ("The board voted unanimously to cut 200 jobs.", "200 jobs", False),
    ("Between 300 to 400 people attended the hearing.", "300", False),
])
def test_one_side_of_a_vote_tally(sentence: str, figure: str, tally: bool) -> None:
    value = float(figure.split()[0].replace(",", ""))
    unit = figure.split()[1] if len(figure.split()) > 1 else ""
    assert vote_tally(sentence, Figure(text=figure, value=value, unit=unit)) is tally


@given(st.integers(min_value=2, max_value=5000), st.sampled_from(["centres", "permits", "beds"]))
def test_a_bare_figure_is_confirmed_by_another_sources_words(n: int, noun: str) -> None:
    figure = Figure(text=str(n), value=float(n), unit="", measures=noun)
    assert counted_measure(figure, "") is None  # nothing says what it counts: no row
    assert counted_measure(figure, "", (f"must sell {n} leisure {noun}",)) == noun
    assert counted_measure(figure, "", (f"must sell {n} tonnes",)) is None  # another source, another measure
