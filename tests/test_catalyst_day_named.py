"""A catalyst's day is the day its statement sets the event for, never a day the statement names
for something else: the date a schedule is no longer ("late January, not by Dec. 15") or the day a
report was made ("as the Corps said on Friday"), which a limit word earlier in the sentence once
turned into "next Friday", a date no source gives."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.sections import Watch, catalyst

MONDAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("text", "day", "precision"), [
    # the new month is the event's; the date after "not by" is the one it left; Friday is when it was said
    ("Repairs are now expected to be complete in late January, not by Dec. 15 as the agency said on Friday.",
     dt.date(2027, 1, 1), "month"),
    ("The terminal will now open on Feb. 9, not on Jan. 12.", dt.date(2027, 2, 9), "day"),
    # a weekday that a limit governs directly is still the next such day
    ("The ministry said it would decide by Friday.", dt.date(2026, 11, 27), "day"),
    ("Bids must be submitted before Thursday.", dt.date(2026, 11, 26), "day"),
])
def test_the_day_a_catalyst_shows_is_its_events(text: str, day: dt.date, precision: str) -> None:
    assert catalyst(text, "fact", MONDAY, MONDAY) == Watch(day=day, precision=precision)  # type: ignore[arg-type]


def test_a_reports_weekday_after_a_limit_on_another_date_is_no_day_ahead() -> None:
    found = catalyst("Repairs are scheduled to be complete by Dec. 20 as it said on Friday.", "fact", MONDAY, MONDAY)
    assert found is not None and found.day == dt.date(2026, 12, 20)
