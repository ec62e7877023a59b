"""A time of day before a weekday ("from 06:00 on Friday") is no clause break: the clause's verb
still tells whether the day is to come or past (a reader saw "would lift the cut from 06:00 on
Friday [13 November]" in a Thursday 19 November report, the Friday before, not the one after)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.notes.dates import mentions

THURSDAY = dt.date(2031, 5, 15)  # a Thursday


def _days(sentence: str, anchor: dt.date = THURSDAY) -> list[dt.date]:
    return [when.first for when in mentions(sentence, anchor)]


@pytest.mark.parametrize("sentence, day", [
    ("The ferry operator said it would resume sailings from 07:15 on Saturday.", dt.date(2031, 5, 17)),
    ("Crews will start pumping at 21:30 on Monday, the agency said.", dt.date(2031, 5, 19)),
    ("The depot is due to reopen at 9:00 on Tuesday.", dt.date(2031, 5, 20)),
])
def test_future_clause_with_a_time_dates_the_day_ahead(sentence: str, day: dt.date) -> None:
    assert _days(sentence) == [day]


@pytest.mark.parametrize("sentence, day", [
    ("The gate was shut at 16:40 on Monday after a crack was found.", dt.date(2031, 5, 12)),
    ("Inspectors said the valve failed at 03:10 on Tuesday.", dt.date(2031, 5, 13)),
])
def test_past_clause_with_a_time_dates_the_day_before(sentence: str, day: dt.date) -> None:
    assert _days(sentence) == [day]


def test_a_real_colon_still_ends_the_clause() -> None:
    # the colon after "warned" opens a new clause: its past verb does not reach the day
    assert _days("The mayor warned: the bridge will close on Monday.") == [dt.date(2031, 5, 19)]


@pytest.mark.parametrize("sentence, day", [
    ("The regulator gave the operator until 17:00 on Friday to file a safety case.", dt.date(2031, 5, 16)),
    ("The tenants were told on Tuesday they had until noon on Monday to leave.", dt.date(2031, 5, 19)),
    ("The board set the bidder a deadline of Wednesday to firm up its offer.", dt.date(2031, 5, 21)),
])
def test_a_deadline_set_in_the_past_is_a_day_to_come(sentence: str, day: dt.date) -> None:
    assert day in _days(sentence)


@pytest.mark.parametrize("sentence, day", [
    ("The pass stayed shut until Monday, when ploughs cleared it.", dt.date(2031, 5, 12)),
    ("Talks ran until midnight on Monday to no avail.", dt.date(2031, 5, 12)),
    ("The firm had been given until Monday to respond, and missed it.", dt.date(2031, 5, 12)),
])
def test_a_limit_that_is_no_deadline_set_stays_past(sentence: str, day: dt.date) -> None:
    assert _days(sentence) == [day]
