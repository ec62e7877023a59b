"""An act of its day that sets a later date is an event of its own day (tl24)."""
import datetime as dt

from briefgen import sections as holds
from briefgen.notes import dates

ANCHOR = dt.date(2026, 3, 13)


def test_moving_a_date_sets_it() -> None:
    assert holds.sets_date("The board on Thursday postponed the opening of the new ferry terminal by two months, "
                           "to June 4, 2026", ANCHOR)
    assert holds.sets_date("The council set the first hearing for April 20, 2026, at a meeting on Tuesday", ANCHOR)


def test_a_schedule_named_alone_sets_nothing() -> None:
    assert not holds.sets_date("The tribunal on Monday listed the case for hearing in May", ANCHOR)
    assert not holds.sets_date("The fund will keep paying until June 30, 2027", ANCHOR)
    assert not holds.sets_date("The harbour authority approved a plan that takes effect on May 1, 2026", ANCHOR)


def test_a_year_comma_is_no_clause_break() -> None:
    text = ("The regulator on Wednesday delayed the tariff change to April 1, 2027, after operators warned "
            "their billing systems were not ready, the ministry said.")
    day = dates.event_day(text, ANCHOR)
    assert day == dt.date(2026, 3, 11)
    assert dates.event_clause(text, ANCHOR, day) == "The regulator on Wednesday delayed the tariff change to April 1, 2027"
