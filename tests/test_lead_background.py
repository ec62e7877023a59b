"""A statement of what was done years before its source was written ("Voters rejected a tram plan in
2009", in a 2026 report) is the story's background: the brief never opens on it, however short and
dense it is, and it is not the story's central event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen import sections

NewsWorkspace = Callable[..., briefgen.Workspace]  # the conftest fixture news_workspace

FIRST = """ORLEVA COUNCIL BACKS TRAM LINE

ORLEVA, March 3 (Northwire) - Orleva's city council on Tuesday approved a 14-kilometre tram line
from the harbour to the university, at an estimated cost of 410 million euros, the city said.

The council voted 33 to 18 for the plan. Orleva voters rejected a tram plan in a referendum in 2009.

The transport department said construction would start in 2028.
"""
SECOND = """Orleva tram costs rise, regional grant approved

ORLEVA, June 9 (Northwire) - The regional government on Monday approved a grant of 120 million euros
for Orleva's tram line, after the city raised its cost estimate to 465 million euros from 410 million.

Orleva voters rejected a tram plan in a referendum in 2009, after a campaign by shop owners.

Mayor Ilse Varga said the line would open in 2032.
"""
TOML = """["01-first.txt"]
publisher = "Northwire"
date = "2026-03-03"

["02-second.txt"]
publisher = "Northwire"
date = "2026-06-09"
"""


def test_the_brief_does_not_open_on_a_past_decade_s_background(news_workspace: NewsWorkspace) -> None:
    brief = news_workspace("tram", {"01-first.txt": FIRST, "02-second.txt": SECOND, "sources.toml": TOML},
                           title="Orleva tram line").compose("executive")
    opening = brief.sections[0].items
    assert "tram line" in opening[0].text
    # nor is it recalled as what was first done: the story's central event is the tram line's
    assert not any("2009" in item.text for item in opening)


def test_background_is_a_past_well_before_the_source() -> None:
    day = dt.date(2026, 11, 19)
    assert sections.background("Munich voters rejected a bid for the 2022 Winter Games in 2013.", day)
    assert sections.background("British troops looted thousands of objects from the palace in 1897.", day)
    # a point measured from, a relative clause's time, or a weekday: the act itself is recent
    assert not sections.background("The bank raised its rate on Friday, seeking to halt a slide in the krona that "
                                   "has pushed it to its weakest level since 2009.", day)
    assert not sections.background("The board voted 11 to 2 to end the contract, which was awarded in December 2021.", day)
    assert sections.background("The city last tried a levy a decade ago.", day)
    assert not sections.background("The bank posted a record profit in 2025.", day)  # last year's result: news
    assert not sections.background("The council approved the plan on Tuesday.", day)
    assert not sections.background("Voters rejected a plan in 2013 and the city will try again in 2027.", day)
    assert not sections.background("Voters rejected a plan in 2013.", None)


@given(st.integers(min_value=1950, max_value=2030), st.integers(min_value=1990, max_value=2035))
def test_a_year_at_most_a_year_old_is_never_background(year: int, written: int) -> None:
    text = f"The assembly passed the law in {year}."
    assert sections.background(text, dt.date(written, 6, 1)) == (year <= written - sections.BACKGROUND_YEARS)
