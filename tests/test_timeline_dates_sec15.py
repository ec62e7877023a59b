"""Which day a sentence's event has (dates.event_when) and whether an embedded question's "should"
makes a report an opinion (features.classify): invented text."""
import datetime as dt

import pytest

from briefgen.notes import dates, features

MONDAY = dt.date(2031, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Orvel Mills will pay 40 crowns a share, a 12% premium to Friday's closing price.",
    "The residents' group asks the court to annul Thursday's zoning vote.",
])
def test_a_possessive_day_a_present_or_coming_act_names_dates_nothing(sentence: str) -> None:
    assert dates.event_when(sentence, MONDAY) == (None, False)


@pytest.mark.parametrize("sentence, day", [
    ("The barge was held up by Saturday's fog.", dt.date(2031, 3, 8)),
    ("Sunday's referendum gave the charter 61% support.", dt.date(2031, 3, 9)),
])
def test_a_possessive_day_after_a_past_verb_or_as_subject_still_dates(sentence: str, day: dt.date) -> None:
    assert dates.event_day(sentence, MONDAY) == day


def test_an_appositive_then_a_trailing_attribution_leaves_the_day_to_the_main_verb() -> None:
    sentence = ("Brannoch Ferries, one of the oldest island operators, agreed on Saturday to be taken over "
                "by Kelpie Holdings for 90 million euros, the two firms said.")
    assert dates.event_when(sentence, MONDAY) == (dt.date(2031, 3, 8), True)


def test_should_in_an_embedded_question_is_no_writers_view() -> None:
    report = ("The county board voted 4-1 on Tuesday to build a second reservoir, ending a long dispute over "
              "how the valley should store its winter rain.")
    assert features.classify(report, source_kind="news", speaker=None, has_figures=False) != "opinion"
    prescription = "What the valley should do is store its winter rain."
    assert features.classify(prescription, source_kind="news", speaker=None, has_figures=False) == "opinion"
