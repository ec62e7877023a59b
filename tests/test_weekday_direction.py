"""A weekday's direction from the words of its own clause: a relative clause's modal or a past day's
"would" consequence does not send it to next week."""

import datetime as dt

import pytest

from briefgen.notes import dates

THURSDAY = dt.date(2026, 10, 15)


@pytest.mark.parametrize(("sentence", "day"), [
    ("At the depot on Quay Road, technician Ana Brell spent Wednesday morning charging buses that may be "
     "off the road in two weeks.", dt.date(2026, 10, 14)),
    ("The council's 7-4 vote on Tuesday night would suspend all bus permits from Nov. 1.", dt.date(2026, 10, 13)),
    ("Talks on Saturday would decide the matter, the union said.", dt.date(2026, 10, 17)),
    ("On Monday the board will meet again.", dt.date(2026, 10, 19)),
    ("A strike on Monday could shut the port.", dt.date(2026, 10, 19)),
])
def test_a_weekday_takes_its_own_clauses_direction(sentence: str, day: dt.date) -> None:
    assert dates.mentions(sentence, THURSDAY)[0].first == day
