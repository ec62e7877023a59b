"""A change to a month named without its day ("moved its vote to February from Dec. 9") leaves the
day after "from": that day is no event still to come, and is the day the event left."""

import datetime as dt

import pytest

from briefgen import sections

ANCHOR = dt.date(2026, 11, 20)


@pytest.mark.parametrize("text, left", [
    ("The regulator has moved its vote on the merger to February from Dec. 9, the regulator said.",
     dt.date(2026, 12, 9)),
    ("The Fund has postponed its board's consideration of the loan to January from Dec. 3, the Fund said on Monday.",
     dt.date(2026, 12, 3)),
    ("The guild pushed the ceremony back to late March 2027 from Dec. 12, its secretary said.",
     dt.date(2026, 12, 12)),
])
def test_day_left_for_a_month_is_no_catalyst(text: str, left: dt.date) -> None:
    assert left in sections.left_days(text, ANCHOR)
    watch = sections.catalyst(text, "news report", ANCHOR, ANCHOR)
    assert watch is None or watch.day != left


@pytest.mark.parametrize("text, day", [
    # a span from a day, with no change to a month before it: the day stays the event's
    ("The festival will run from Dec. 9 to Dec. 12 in the old town, organisers said.", dt.date(2026, 12, 9)),
    ("The tribunal will hear the case on Dec. 9, the court said.", dt.date(2026, 12, 9)),
])
def test_day_with_no_move_stays(text: str, day: dt.date) -> None:
    assert day not in sections.left_days(text, ANCHOR)
    watch = sections.catalyst(text, "news report", ANCHOR, ANCHOR)
    assert watch is not None and watch.day == day
