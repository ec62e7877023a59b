"""A Key figures row's history joins only the same measure, on invented text: a percentage told
over a stretch of time ("12% over three years") is no later value of one told for a year ("4% from
January 2027"), and the share of a group that did one thing ("backed industrial action") is no later
value of the share that did another ("voted against the merger"); an offer's figure a later offer
over other terms revises is retired, not shown as current."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.keyfigures import other_terms, rate_span, share_predicate
from briefgen.models import Item
from briefgen.notes.figures import find_figures

RowsOf = Callable[[str, dict[str, str], str], list[Item]]

SOURCES = {
    "wire-2026-10-05.txt": (
        "Harbour pilots offered pay rise\n\n"
        "The Tarnvik port authority on Monday, 5 October 2026, offered its 340 harbour pilots a pay rise. "
        "The offer is 3% from April 2027.\n\n"
        "The Pilots' Guild said 58 per cent of its members at Tarnvik had voted against the new rosters "
        "in a consultative ballot.\n"),
    "update-2026-11-10.txt": (
        "Pilots get improved offer\n\n"
        "The Tarnvik port authority on Tuesday, 10 November 2026, improved its offer to 9% over three years, "
        "the authority said.\n\n"
        "The guild said 66 per cent of members who took part in an indicative ballot backed a work-to-rule.\n"),
}


def _rows(figure_rows: RowsOf) -> list[Item]:
    return figure_rows("pilots", SOURCES, "2026-11-20")


def test_history_joins_only_the_same_terms(figure_rows: RowsOf) -> None:
    rows = {row.figure.text: row for row in _rows(figure_rows) if row.figure is not None}
    for row in rows.values():
        told = {e.value for e in row.earlier}
        assert not (row.figure.value == 9 and 3 in told), row  # a year's tranche is no three-year offer
        assert not (row.figure.value == 66 and 58 in told), row  # another vote, another measure
    assert "3%" not in rows, rows.keys()  # the revised offer's first tranche, told before it


def _one(sentence: str, text: str):  # type: ignore[no-untyped-def]
    return next(f for f in find_figures(sentence) if f.text == text)


@pytest.mark.parametrize(("sentence", "text", "span"), [
    ("The council improved its offer to 12% over three years.", "12%", "three year"),
    ("It agreed a three-year 7% rise.", "7%", "three year"),
    ("The offer is 4% from January 2027.", "4%", ""),
    ("Sales rose 12% over the past two quarters.", "12%", "two quarter"),
])
def test_rate_span(sentence: str, text: str, span: str) -> None:
    assert rate_span(sentence, _one(sentence, text)) == span


def test_share_predicate_skips_the_relative_clause() -> None:
    said = "The guild said 66 per cent of members who took part in an indicative ballot backed a work-to-rule."
    assert share_predicate(said, _one(said, "66 per cent")) >= {"back"}
    assert "took" not in share_predicate(said, _one(said, "66 per cent"))
    said = "Turnout was 49 per cent."
    assert share_predicate(said, _one(said, "49 per cent")) == frozenset()


@given(st.frozensets(st.sampled_from(["one year", "three year", "two month"]), max_size=2),
       st.frozensets(st.sampled_from(["one year", "three year", "two month"]), max_size=2))
def test_other_terms_is_symmetric_and_same_terms_are_one_measure(a: frozenset[str], b: frozenset[str]) -> None:
    assert other_terms(a, b, (), ()) == other_terms(b, a, (), ())
    assert not other_terms(a, a, (frozenset({"vote"}),), (frozenset({"vote", "merger"}),))
