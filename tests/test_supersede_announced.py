"""A plan its holder later announces it will undo or put off ("said it would suspend its planned levy"),
and a target month a later report moves ("now expects ... in May 2028, later than the February date"),
leave every section; a conditional undoing ("would scrap the levy if ...") overtakes nothing
(supersede._announced, supersede._moved_to, supersede._periods)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import briefgen
from briefgen import supersede
from briefgen.sections import same_actor

NewsWorkspace = Callable[..., briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed

_PLAN = """Corvena to charge port levy on foreign trawlers

Published 2 March 2025

PORT SALVE - The Corvena government will impose a 9 per cent levy on catches landed by foreign trawlers at Port Salve, Fisheries Minister Odile Marsh announced on Tuesday.

The levy is meant to fund a new fish market and a harbour dredging programme, the minister said.

Trawler owners from the Fishing Federation of Corvena said the levy would push boats to land their catch in other ports.
"""

_UNDONE = """Corvena backs down on trawler levy

Published 20 March 2025

PORT SALVE - Corvena said it would suspend its planned 9 per cent levy on catches landed by foreign trawlers while talks with neighbouring states continue.

The dredging programme will go ahead with money from the harbour board, Odile Marsh said.
"""

def test_a_plan_its_holder_says_it_would_suspend_leaves_every_section(news_workspace: NewsWorkspace,
                                                                       printed: Printed) -> None:
    alone = printed(news_workspace("a", {"01-plan.txt": _PLAN}))
    assert any("will impose a 9 per cent levy" in text for text in alone)
    both = printed(news_workspace("b", {"01-plan.txt": _PLAN, "02-undone.txt": _UNDONE}))
    assert not any("will impose a 9 per cent levy" in text for text in both)
    assert any("would suspend its planned 9 per cent levy" in text for text in both)  # the latest state, shown

def test_an_undoing_on_a_condition_is_no_decision() -> None:
    said = "Corvena said it would suspend its planned 9 per cent levy on catches if neighbouring states cut their charges."
    assert supersede._changed(said) == {}
    assert supersede._changed(_UNDONE.splitlines()[4]) == {"levi": "called off"}

def test_a_plan_put_off_to_a_later_day_is_moved() -> None:
    said = "The government said on Monday it would postpone the planned entry fee for the reserve to 1 July 2028, after protests."
    assert supersede._moved_to(said, dt.date(2026, 11, 16)) == {dt.date(2028, 7, 1)}
    assert supersede._moved_to("The government said it would keep the fee from 1 July 2027.", dt.date(2026, 11, 16)) == set()

def test_a_month_of_a_year_is_its_own_period() -> None:
    later = dt.date(2026, 11, 20)
    moved = "The company said on Friday that it now expects to open the plant in May 2028, later than the February date it gave."
    assert supersede._period_moves(moved, later) == [({("2028-05", 2028)}, set())]
    assert supersede._sets_period("The company is targeting an opening of the plant in February 2028.",
                                  dt.date(2026, 11, 10)) == {("2028-02", 2028)}

def test_a_place_a_name_is_of_is_another_actor() -> None:
    assert not same_actor("Corvena", "Fishing Federation of Corvena")
    assert not same_actor("England", "Bank of England")
    assert same_actor("Marsh", "Odile Marsh") and same_actor("Velmont", "Velmont Group")


def test_a_later_move_of_the_same_holders_shares_overtakes_the_earlier() -> None:
    assert supersede._movers("Shares in coastal lodges fell, with hotel group Kaimai Resorts down 6%.") == ["Kaimai Resorts"]
    assert supersede._movers("Shares in Kaimai Resorts rose 2% on Monday.") == ["Kaimai Resorts"]
    assert supersede._movers("Analysts said Kaimai Resorts shares could fall 10%.") == []
    assert supersede._movers("Its shares fell 6% to $12.90.") == []
    assert supersede._movers("Room bookings fell 6% in October.") == []


_LODGE = """Kaimai lodge levy hits hotel shares

Published 4 May 2025

TAURANGA - Shares in coastal lodges fell on Tuesday, with hotel group Kaimai Resorts down 6%, after the region proposed a bed levy.
"""

_LODGE_LATER = """Kaimai levy talks calm investors

Published 19 May 2025

TAURANGA - Shares in Kaimai Resorts rose 2% on Monday after the region agreed to consult hotels on the bed levy.
"""


def test_an_earlier_share_move_leaves_the_brief(news_workspace: NewsWorkspace, printed: Printed) -> None:
    alone = printed(news_workspace("a", {"01-fell.txt": _LODGE}))
    assert any("Kaimai Resorts down 6%" in text for text in alone)
    both = printed(news_workspace("b", {"01-fell.txt": _LODGE, "02-rose.txt": _LODGE_LATER}))
    assert not any("Kaimai Resorts down 6%" in text for text in both)
