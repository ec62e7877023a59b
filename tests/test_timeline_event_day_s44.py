"""A Timeline entry is dated by the event its sentence reports: a day inside a quotation, a condition's
day, a span's end and a later sentence's day are not that event's; a schedule that the note itself or a
later source tells called off or moved is no event of its day."""

from __future__ import annotations

import datetime as dt

from briefgen.compose import lead_sentence
from briefgen.models import SectionSpec
from briefgen.notes.dates import event_when, mentions
from briefgen.supersede import days_given_up, tells_change
from tests.test_sections import _composer

TIMELINE = SectionSpec(id="timeline", title="Timeline", style="timeline", max_items=6)
SATURDAY = dt.date(2027, 2, 13)


def test_a_day_inside_a_quotation_dates_what_the_speaker_tells_not_the_saying() -> None:
    text = ('"The pumps are holding and the storm on Tuesday did not flood the lower yard," said Maren Oakes, '
            "the depot manager.")
    assert event_when(text, SATURDAY) == (SATURDAY, False)
    # the frame's own day still dates the saying
    framed = 'Oakes said on Thursday that "the storm on Tuesday did not flood the yard".'
    assert event_when(framed, SATURDAY) == (dt.date(2027, 2, 11), True)


def test_a_days_verb_far_back_in_its_clause_still_sets_it_ahead() -> None:
    text = ("Its chair said tenants would still raise their complaint at a meeting with the housing director "
            "of the Westmoor district council on Monday.")
    assert [w.first for w in mentions(text, SATURDAY)] == [dt.date(2027, 2, 15)]
    assert event_when(text, SATURDAY)[0] is None


def test_a_conditions_day_is_ahead_and_no_event() -> None:
    text = "If the ballot on Thursday fails, the branch will meet again on Saturday, February 20."
    assert [w.first for w in mentions(text, SATURDAY)][0] == dt.date(2027, 2, 18)
    assert event_when(text, SATURDAY)[0] is None


def test_the_end_of_a_span_measured_is_no_event_day() -> None:
    text = "Ticket sales fell 8.1 percent in the six weeks to Feb. 7, the operator said."
    assert event_when(text, SATURDAY) == (SATURDAY, False)


def test_a_notes_day_comes_from_its_first_sentence() -> None:
    text = ("The mayor said her group would now support the budget. The new charges would still take effect "
            "on March 1, 2028.")
    assert lead_sentence(text) == "The mayor said her group would now support the budget."
    assert lead_sentence("The U.S. Treasury said on Monday it would act. More follows.").startswith("The U.S. Treasury said")


def test_days_given_up_are_the_old_plans_not_the_new_days() -> None:
    assert days_given_up("The trust had planned to open the wing on March 3.", SATURDAY) == {dt.date(2027, 3, 3)}
    assert days_given_up("The board postponed its annual meeting, planned for March 3, to March 24.",
                         SATURDAY) == {dt.date(2027, 3, 3)}
    assert days_given_up("The board moved the meeting to March 24.", SATURDAY) == set()
    assert tells_change("A tenants' meeting planned for Thursday to discuss the rent rise has been cancelled.")
    assert not tells_change("The meeting could be cancelled if the weather worsens.")


def _scheduled_days(composer) -> list[str]:  # type: ignore[no-untyped-def]
    section = composer.section(TIMELINE)
    return [item.date for item in (section.items if section is not None else ()) if item.scheduled]


def test_a_schedule_a_later_source_moved_is_no_timeline_entry_for_its_old_day() -> None:
    composer = _composer([
        ("Fenwick Library's reopening remains scheduled for 14 July 2026, the council said.", "2026-06-05"),
        ("The council had planned to hold the library's reopening on July 14, but water damage means "
         "it will now open on September 8.", "2026-06-20"),
    ], as_of="2026-06-21", audience="policy")
    assert "2026-07-14" not in _scheduled_days(composer)


def test_a_note_telling_the_event_cancelled_is_not_scheduled_for_its_day() -> None:
    composer = _composer([
        ("A tenants' meeting planned for Thursday to discuss the Brookfield rent rise has been cancelled.",
         "2026-06-22"),
    ], as_of="2026-06-22", audience="policy")
    assert "2026-06-25" not in _scheduled_days(composer)


def test_a_second_sentences_day_does_not_date_the_first_sentences_event() -> None:
    composer = _composer([
        ("Councillor Ada Brenn said her group would now back the Halden parking scheme. The new permit "
         "charges would still start on March 1, 2027.", "2026-09-21"),
    ], as_of="2026-09-21", audience="policy")
    assert "2027-03-01" not in _scheduled_days(composer)


def test_a_stance_in_the_present_is_not_dated_by_the_day_it_names() -> None:
    text = "The Tenants' Federation welcomes the council's vote on 9 February to freeze rents, and urges the mayor to act."
    assert event_when(text, SATURDAY)[0] is None
    assert event_when("The council voted on 9 February to freeze rents.", SATURDAY)[0] == dt.date(2027, 2, 9)


def test_a_quotation_that_runs_on_is_one_sentence_and_a_moves_new_day_stays_scheduled() -> None:
    text = 'Her deputy said: "Last month the board told us no. Today it says yes."'
    assert lead_sentence(text) == text
    composer = _composer([
        ("Pricing of the Halden Ferries share sale has moved to July 18 from July 11, with trading due to start on "
         "July 19 instead of July 12.", "2026-06-22"),
    ], as_of="2026-06-22", audience="policy")
    assert "2026-07-18" in _scheduled_days(composer)
