""""today", "yesterday" and "tomorrow" inside a quoted statement are dated like a weekday, counted from
the day the source was written ("has today [10 November] confirmed"): a reader of next week's brief
cannot tell which day a release's "today" was. `locate` verifies only that day's own date; "Today,
..." opening a sentence (nowadays) and "today's" before a noun are left as they are."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.ingest.segment import sentences
from briefgen.models import SourceDoc, SourceMeta
from briefgen.notes.dates import shown_day, weekdays_dated
from briefgen.notes.verify import locate

TEXT = ("The ministry has today confirmed a quota of 130,000 tonnes for 2027. "
        "Talks resume tomorrow in Bergen, the ministry said. The union said yesterday it would appeal. "
        "Today, more vessels fish the stock than ever. At today's prices the catch is worth 1.6 billion crowns.\n")


def doc_of(text: str, date: str = "2026-11-10") -> SourceDoc:
    return SourceDoc(id="s", path="sources/s.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date=date), sentences=sentences(text))


def test_near_days_inside_a_sentence_are_dated() -> None:
    found = [(TEXT[:end].rsplit(" ", 1)[-1], day) for end, day in weekdays_dated(TEXT, dt.date(2026, 11, 10))]
    assert found == [("today", dt.date(2026, 11, 10)), ("tomorrow", dt.date(2026, 11, 11)),
                     ("yesterday", dt.date(2026, 11, 9))]


@pytest.mark.parametrize(("quote", "verifies"), [
    ("The ministry has today [10 November] confirmed a quota of 130,000 tonnes for 2027.", True),
    ("The ministry has today [11 November] confirmed a quota of 130,000 tonnes for 2027.", False),
    ("Talks resume tomorrow [11 November] in Bergen, the ministry said.", True),
    ("The union said yesterday [9 November] it would appeal.", True),
    ("The union said yesterday [10 November] it would appeal.", False),
    ("Today [10 November], more vessels fish the stock than ever.", False),
])
def test_only_the_days_own_date_verifies(quote: str, verifies: bool) -> None:
    assert (locate(doc_of(TEXT), quote) is not None) is verifies


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_today_is_the_day_the_source_was_written(written: dt.date) -> None:
    text = "The board has today approved the plan.\n"
    doc = doc_of(text, written.isoformat())
    assert weekdays_dated(text, written) == [(len("The board has today"), written)]
    assert locate(doc, f"The board has today [{shown_day(written)}] approved the plan.") is not None
    other = written + dt.timedelta(days=1)
    assert locate(doc, f"The board has today [{shown_day(other)}] approved the plan.") is None
