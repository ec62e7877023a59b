"""Key-figure labels and moved days (kf26): a measure is a noun phrase of the figure's own clause, never
a dangling piece of it (no preposition at its end, no verb of a subject pronoun at its start); a number
that is half of a hyphenated modifier ("14-hour shifts") measures nothing; and a day an aside gives as
the one an event was set for, before the event moved to another, is the day left, not the event's.
Invented text only."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen import sections as holds
from briefgen.notes.figures import find_figures

_DAY = dt.date(2031, 3, 4)


@pytest.mark.parametrize(("sentence", "measure"), [
    ("'We lost the lot,' said Ivo Rask, who farms 120 hectares of barley beside the river.", "hectares of barley"),
])
def test_a_measure_never_ends_on_a_preposition(sentence: str, measure: str) -> None:
    (figure,) = [f for f in find_figures(sentence) if f.measures]
    assert figure.measures == measure


@pytest.mark.parametrize(("sentence", "measure"), [
    ("Freight rates are reset each spring; we expect declines of 4% this time.", "declines forecast"),
    ("They expect falls of 4% in the first quarter.", "falls forecast"),
    ("Analysts say we forecast growth of 4% next year.", "growth forecast"),
])
def test_the_verb_of_a_subject_pronoun_is_no_part_of_the_measure(sentence: str, measure: str) -> None:
    (figure,) = [f for f in find_figures(sentence) if f.value == 4]
    assert figure.measures == measure


@pytest.mark.parametrize("sentence", [
    "Two said drivers at the depot had worked 70-hour weeks through December.",
    "One said pickers in the valley had worked 11-hour days since the harvest began.",
])
def test_a_number_in_a_hyphenated_modifier_measures_nothing(sentence: str) -> None:
    assert all(not f.measures for f in find_figures(sentence))


@pytest.mark.parametrize(("sentence", "left", "day"), [
    ("A ruling on the mooring permit, planned for March 12, has been put back to April 2.",
     dt.date(2031, 3, 12), dt.date(2031, 4, 2)),
    ("The harbour board postponed its tender round, scheduled for March 20, to May 6 after a complaint.",
     dt.date(2031, 3, 20), dt.date(2031, 5, 6)),
    ("The assembly will now vote on the levy on April 9, rather than on March 26 as first planned.",
     dt.date(2031, 3, 26), dt.date(2031, 4, 9)),
])
def test_the_day_an_event_moved_from_is_left_and_the_new_day_is_the_events(sentence: str, left: dt.date,
                                                                          day: dt.date) -> None:
    assert holds.left_days(sentence, _DAY) == {left}
    found = holds.catalyst(sentence, "fact", _DAY, _DAY)
    assert found is None or found.day == day


@pytest.mark.parametrize("sentence", [
    "The assembly will vote on the levy on March 26 as planned.",
    "The hearing, set for March 12, will run to March 15.",
    "The mooring permit hearing is planned for March 12.",
])
def test_a_day_kept_or_a_span_is_no_day_left(sentence: str) -> None:
    assert holds.left_days(sentence, _DAY) == set()
    found = holds.catalyst(sentence, "fact", _DAY, _DAY)
    assert found is not None and found.day in (dt.date(2031, 3, 26), dt.date(2031, 3, 12))

