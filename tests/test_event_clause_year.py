"""An act of its day that sets a later date is an event of its own day (tl24): its clause ends after the year of the
later date, not at the comma after it."""
import datetime as dt

from briefgen.notes import dates

ANCHOR = dt.date(2026, 3, 13)


def test_a_year_comma_is_no_clause_break() -> None:
    text = ("The regulator on Wednesday delayed the tariff change to April 1, 2027, after operators warned "
            "their billing systems were not ready, the ministry said.")
    day = dates.event_day(text, ANCHOR)
    assert day == dt.date(2026, 3, 11)
    assert dates.event_clause(text, ANCHOR, day) == "The regulator on Wednesday delayed the tariff change to April 1, 2027"
