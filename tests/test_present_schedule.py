"""A schedule told in the present tense is an event to watch on its day; an event word dated by its
own past day does not make a figure's future period an event's day (sections._watch)."""
import datetime as dt

from briefgen import sections

SOURCE = dt.date(2031, 3, 2)
LATER = dt.date(2031, 3, 9)


def test_present_tense_schedule_on_a_month_is_a_catalyst() -> None:
    found = sections.catalyst("The harbour authority's bond coupon resets in September 2031.", "figure",
                              SOURCE, LATER)
    assert found is not None and found.day == dt.date(2031, 9, 1) and found.precision == "month"


def test_present_tense_schedule_on_a_day_from_an_older_source() -> None:
    found = sections.catalyst("The next inspection of the tower falls on 14 May 2032.", "fact", SOURCE, LATER)
    assert found is not None and found.day == dt.date(2032, 5, 14)


def test_quantity_moving_in_a_month_is_no_schedule() -> None:
    assert sections.catalyst("Ridership rises in September 2031, the agency expects.", "figure",
                             SOURCE, SOURCE) is None


def test_past_schedule_in_present_tense_is_over() -> None:
    assert sections.catalyst("The next inspection falls on 1 March 2031.", "fact", SOURCE, LATER) is None


def test_future_period_of_a_figure_beside_a_past_release_is_no_event() -> None:
    text = ("In a note published on Monday, the fund said the co-op's accounts implied free cash of "
            "£3.10 a share next year.")
    assert sections.catalyst(text, "quote", SOURCE, LATER) is None


def test_event_word_with_its_own_day_to_come_still_counts() -> None:
    text = "The co-op said the accounts would be published on 20 March."
    found = sections.catalyst(text, "quote", SOURCE, LATER)
    assert found is not None and found.day == dt.date(2031, 3, 20)
