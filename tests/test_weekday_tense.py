"""The tense of a weekday with no tense before it: the verb nearest after it ("The regulator on Wednesday
approved the plan to ..." is last Wednesday, not next)."""

import datetime as dt

from briefgen.notes.dates import event_day


def test_a_weekday_takes_the_tense_of_the_verb_after_it_not_a_plan_named_later() -> None:
    friday = dt.date(2026, 10, 2)
    assert event_day("The regulator on Wednesday approved the gallery's plan to sell 12 paintings to a trust.",
                     friday) == dt.date(2026, 9, 30)
    assert event_day("The panel heard from 27 witnesses on Wednesday as it weighed the plan to widen the road.",
                     friday) == dt.date(2026, 9, 30)
    assert event_day("On Monday the board will vote on the plan.", friday) is None
