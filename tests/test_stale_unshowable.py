"""A later source's value of a quantity overtakes the earlier one in Key figures even when the
later statement cannot be shown on its own ("The plan has also been revised: the concession will
rise to ..."), and an amount coordinated with a hyphenated "N-unit" adjective before a noun ("a
€410 million, 30-year concession") measures that noun. Invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefgen.models import Item
from briefgen.notes.figures import find_figures

RowsOf = Callable[[str, dict[str, str], str], list[Item]]

SOURCES = {
    "01-wire.txt": (
        "Porto signs ferry concession\n\n"
        "PORTO, Portugal, Oct 5 (Reuters) - The city of Porto on Monday, 5 October 2026, signed a\n"
        "€410 million, 30-year concession with the operator Douro Fluvial to run river ferries, the mayor said.\n\n"
        "The operator will buy 12 electric boats, the city said.\n"),
    "02-update.txt": (
        "Porto ferry concession grows\n\n"
        "PORTO, Portugal, Nov 20 (Reuters) - The state lender has postponed its board's consideration of\n"
        "Porto's ferry programme to January from Dec. 4, the bank said on Friday, after the city assembly\n"
        "delayed the vote on the 2027 budget amid residents' protests.\n\n"
        "The programme has also been revised: the concession will rise to\n€455 million from €410 million to cover a "
        "larger dredging bill, the mayor said.\n"),
}


@pytest.mark.parametrize(("sentence", "measure"), [
    ("The city on Monday signed a €410 million, 30-year concession with the operator.", "concession"),
    ("Ghana reached an agreement with the Fund on Tuesday for a $3.2 billion, 40-month Extended Credit Facility, "
     "the Fund said.", "credit facility"),
    ("The council approved a $40 million, 3-year road maintenance contract on Monday.", "maintenance contract"),
])
def test_an_amount_coordinated_with_an_n_unit_adjective_measures_the_noun(sentence: str, measure: str) -> None:
    assert find_figures(sentence)[0].measures == measure


@pytest.mark.parametrize("sentence", [
    "It paid $5 million, 10-year bonds were sold as well.",  # no article: two clauses, not one noun phrase
    "They agreed a $40 million, 3-year deal expanding routes.",  # the noun phrase runs on into a clause
])
def test_no_head_noun_is_read_across_a_clause(sentence: str) -> None:
    assert find_figures(sentence)[0].measures not in ("bonds", "deal")


def test_a_later_value_in_an_unshowable_statement_overtakes_the_row(figure_rows: RowsOf) -> None:
    rows = [row for row in figure_rows("ferry", SOURCES, "2026-11-21") if row.figure is not None]
    shown = {row.figure.text: row for row in rows if row.figure is not None}
    assert "€410 million" not in shown, shown.keys()
    assert [e.value for e in shown["€455 million"].earlier] == [410e6], shown.keys()


def test_an_adjectival_amount_of_millions_of_pound_is_sterling() -> None:
    hall = find_figures("The council on Monday approved a 460 million pound, 2,200-seat concert hall.")[0]
    assert (hall.unit, hall.measures) == ("GBP", "concert hall")
    assert find_figures("They bought a 10 pound bag of flour.")[0].unit != "GBP"
