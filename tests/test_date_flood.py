"""A run-on "sentence" naming thousands of dates (a pasted calendar) is read in bounded time:
no date of it is read, and an ordinary sentence still is."""

from __future__ import annotations

import datetime as dt
import time

from briefgen import sections
from briefgen.notes import dates

ANCHOR = dt.date(2026, 3, 10)


def test_a_sentence_of_thousands_of_dates_names_none() -> None:
    flood = "On " + "Tuesday, 3 March 2026, " * 5000 + "the council met."
    assert dates.mentions(flood, ANCHOR) == ()


def test_a_sentence_of_thousands_of_dates_is_read_quickly() -> None:
    flood = "The vote, moved to " + "4 May 2026 from 11 May 2026, " * 1500 + "was held."
    start = time.process_time()
    sections.left_days(flood, ANCHOR)
    assert time.process_time() - start < 5


def test_an_ordinary_sentence_keeps_its_dates() -> None:
    found = dates.mentions("The levy, set on 2 March 2026, takes effect on 1 April 2026.", ANCHOR)
    assert [w.first for w in found] == [dt.date(2026, 3, 2), dt.date(2026, 4, 1)]
