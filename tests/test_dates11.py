"""Which day a weekday, a catalyst and a timeline row get, and which party a description names:
by tense, clause and grammatical role, on invented text."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes import context
from briefgen.notes.dates import counted_from, event_when, weekdays_dated
from briefgen.notes.extract import Named
from briefgen.sections import _watch

WED = dt.date(2026, 11, 4)


def test_a_plan_as_it_stood_takes_the_nearest_such_day() -> None:
    # "had been due ... on Tuesday" in a Wednesday story: the day before, not the Tuesday after
    assert weekdays_dated("The tribunal had been due to rule on the appeal on Tuesday.", WED) == [(58, dt.date(2026, 11, 3))]
    # ... and a Thursday the plan still pointed to is the next day
    found = weekdays_dated("The minister, who had been scheduled to testify on Thursday, will now appear on May 4.", WED)
    assert [day for _, day in found] == [dt.date(2026, 11, 5)]


def test_a_plan_as_it_stood_far_either_way_gets_no_day() -> None:
    # a Saturday is three days back and four ahead of a Wednesday: no bracket rather than a guess
    assert weekdays_dated("The rowing club was due to hold its vote on Saturday.", WED) == []


@given(st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2099, 1, 1)), st.integers(0, 6))
def test_a_plan_as_it_stood_is_never_more_than_two_days_away(anchor: dt.date, target: int) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][target]
    for _, day in weekdays_dated(f"The board had been due to meet on {name}.", anchor):
        assert day.weekday() == target and abs((day - anchor).days) <= 2


def test_plain_tenses_keep_their_direction() -> None:
    assert [d for _, d in weekdays_dated("The tribunal ruled on Tuesday.", WED)] == [dt.date(2026, 11, 3)]
    assert [d for _, d in weekdays_dated("The tribunal will rule on Tuesday.", WED)] == [dt.date(2026, 11, 10)]


def test_weekdays_count_from_a_dateline_filed_before_the_stated_date() -> None:
    text = "Harbour board sells ferry line\n\nBERGEN, Norway, Oct 20 (Nordic Wire) - The board said on Monday it had sold the line.\n"
    assert counted_from(text, dt.date(2026, 10, 21)) == dt.date(2026, 10, 20)
    assert counted_from(text, dt.date(2026, 10, 30)) == dt.date(2026, 10, 30)  # too far apart: the stated date


def test_a_participle_clause_dates_its_noun_not_a_present_statement() -> None:
    said = dt.date(2026, 10, 16)
    sentence = "The growers' union is angry about the quota cut, announced on 13 October."
    assert event_when(sentence, said) == (said, False)
    assert event_when("The quota was cut on 13 October.", said) == (dt.date(2026, 10, 13), True)


def test_no_catalyst_dated_by_a_second_report() -> None:
    text = ("Brantwood Foods said on Wednesday it would close two bakeries, and that its chairman would retire "
            "at the end of the year.")
    assert _watch(text, "statement", WED, WED, shown=True) is None
    assert _watch("Brantwood Foods said it would close two bakeries in March.", "statement", WED, WED,
                  shown=True) is not None


def test_a_description_goes_back_to_the_subject_not_a_name_in_the_predicate() -> None:
    earlier = [("The Coastal Anglers Federation's appeal will be heard in the Court of Session on May 3.",
                (Named("Coastal Anglers Federation", "other"), Named("Court of Session", "organisation")))]
    names = {"Coastal", "Anglers", "Court", "Session"}
    assert context.referent("organisation", earlier, names) == "Coastal Anglers Federation"
    made = context.standalone_quote("The group argues the ban was unlawful.", earlier, names)
    assert made is not None and made.quote.startswith("[Coastal Anglers Federation]")


def test_june_and_july_abbreviated_with_a_stop_are_days() -> None:
    # "Jun. 9" and "Jul. 14" are the days "June 9" and "July 14" name, as "Sept. 3" is September's
    from briefgen.notes.dates import mentions
    for short, full in [("Jun. 9", "June 9"), ("Jul. 14", "July 14"), ("Sept. 3", "September 3")]:
        said = mentions(f"The board will vote on {short} on the merger.", WED)
        assert [(w.first, w.last) for w in said] == [(w.first, w.last) for w in mentions(f"The board will vote on {full} on the merger.", WED)]
        assert said and said[0].first.day == int(short.split()[1])
