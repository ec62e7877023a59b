"""Key figures give the story's headline number at most once, and not when a statement tells it
(each fact once), and give
periods a reader can place on the calendar ("third quarter 2026", "week of ..."), counted from the
day of the source that gives them. Invented text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen.keyfigures import placed_period
from briefgen.models import Brief, Item

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]

_FERRY = {
    "01-wire.txt": """Island council raises ferry fare to 9 euros a crossing

KIRKVAAG, Oct 14, 2026 (Nordwire) - The Kirkvaag island council on Tuesday
voted to raise the ferry fare to 9 euros a crossing from January, saying the
service had run a deficit of 3.2 million euros last year.

Passenger numbers rose 4.4 percent in the third quarter, the operator said.
Residents will keep a discount card.
""",
    "02-update.txt": """Kirkvaag ferry bookings slip after fare vote

KIRKVAAG, Oct 28, 2026 (Nordwire) - Advance bookings for the Kirkvaag ferry
fell 7 percent last week, the operator said on Wednesday, two weeks after the
council raised the fare to 9 euros a crossing.

The operator said it had carried 1.2 million passengers in 2025.
""",
}


def _rows(brief: Brief) -> list[Item]:
    return [item for section in brief.sections if section.style == "figures" for item in section.items]


def test_the_headline_fare_is_a_row_once_and_periods_are_placed(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("Kirkvaag raises ferry fare to 9 euros", _FERRY)
    for audience in ("executive", "investor", "policy"):
        brief = ws.compose(audience)
        rows = _rows(brief)
        values = [row.figure.value for row in rows if row.figure is not None]
        told = any("9 euros" in item.text for section in brief.sections if section.style != "figures"
                   for item in section.items)
        assert values.count(9.0) == (0 if told else 1), (audience, values, told)
        for row in rows:
            assert row.figure is not None
            assert row.figure.period not in ("third quarter", "last week"), (audience, row.figure)
            if row.figure.value == 4.4:
                assert row.figure.period == "third quarter 2026", row.figure
            if row.figure.value == 7.0:
                assert row.figure.period == "week of 19 October 2026", row.figure


def test_placed_period_counts_from_the_source_day() -> None:
    assert placed_period("third quarter", "2026-10-14") == "third quarter 2026"
    assert placed_period("the first half", "2026-08-01") == "first half 2026"
    assert placed_period("third quarter", "2026-02-03") == "third quarter (reported 3 February 2026)"
    assert placed_period("last week", "2026-10-28") == "week of 19 October 2026"
    assert placed_period("last month", "2026-10-28") == "September 2026"
    assert placed_period("last year", "2026-10-28") == "2025"
    assert placed_period("April", "2026-05-20") == "April 2026"
    assert placed_period("April", "2026-02-20") == "April (reported 20 February 2026)"
    # a period naming its year, one the calendar cannot place, or no source day: as written
    for period in ("third quarter of 2025", "2040", "first month", "summer"):
        assert placed_period(period, "2026-10-28") == period
    assert placed_period("last week", "") == "last week"


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.sampled_from(["first quarter", "second quarter", "third quarter", "fourth quarter", "Q1", "Q4",
                        "first half", "second half", "last week", "last month", "last year", "this year",
                        "yesterday", "January", "December"]))
def test_a_placed_period_names_a_year_never_after_the_source_s(day: dt.date, period: str) -> None:
    placed = placed_period(period, day.isoformat())
    years = [int(y) for y in __import__("re").findall(r"\b(?:19|20)\d\d\b", placed)]
    assert years, placed
    assert max(years) <= day.year, (period, day, placed)
