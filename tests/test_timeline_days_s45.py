"""Weekdays read by tense (no date when the sentence does not settle it), the day an event
happened rather than the day it was said, and one Timeline entry per event (session 45)."""

from __future__ import annotations

import datetime as dt

from briefgen.compose import SALUTATION, Item, once_per_event
from briefgen.notes import dates

THURSDAY = dt.date(2030, 5, 9)
MONDAY = dt.date(2030, 5, 6)


def _days(sentence: str, anchor: dt.date) -> list[dt.date]:
    return [day for _, day in dates.weekdays_dated(sentence, anchor)]


def test_a_schedule_told_in_the_present_is_the_next_such_day() -> None:
    assert _days("The new branch library opens on Monday.", THURSDAY) == [dt.date(2030, 5, 13)]
    assert _days("A hearing on the claim is being held at the town hall on Tuesday at 6pm.", THURSDAY) == [
        dt.date(2030, 5, 14)]


def test_an_adjective_in_ed_is_no_past_tense() -> None:
    # "contested" describes the vote, "is missed" is a present passive: neither says the day is past
    assert _days("No home is missed when the fund opens on Friday.", MONDAY) == [dt.date(2030, 5, 10)]
    # a participle after a comma takes its time from a clause it does not share: no day
    assert _days("The fund rejected the offer, setting up a contested vote on Thursday.", MONDAY) == []


def test_the_sentence_tense_settles_a_clause_that_says_none() -> None:
    assert _days("We expect the new motion (the second this year) to pass at Friday's meeting.", THURSDAY) == [
        dt.date(2030, 5, 10)]
    assert _days("Floods swept the valley and the riverside farms on Tuesday evening.", THURSDAY) == [
        dt.date(2030, 5, 7)]


def test_no_date_when_nothing_says_past_or_to_come() -> None:
    assert _days("Kick-off is Saturday at 3pm, all welcome.", THURSDAY) == []
    assert _days("The board met last Thursday week to approve it.", THURSDAY) == []


def test_a_plan_as_it_stood_is_its_nearest_day() -> None:
    tuesday = dt.date(2030, 5, 7)
    assert _days("A vote that had been due on Wednesday has been put back.", tuesday) == [dt.date(2030, 5, 8)]


def test_a_day_to_come_on_the_source_weekday() -> None:
    # written on a Monday: that Monday or the next, the sentence does not say
    assert _days("The grant scheme opens on Monday.", MONDAY) == []
    # a report's "would ... on Monday", told that Monday, is that day
    assert _days("The council said the depot would stay shut on Monday.", MONDAY) == [MONDAY]


def test_the_day_said_gives_way_to_the_day_it_happened() -> None:
    sentence = ("Gales tore the roof off the stand on Saturday night, injuring two stewards, "
                "the club said on Sunday.")
    assert dates.event_day(sentence, dt.date(2030, 5, 5), happened=True) == dt.date(2030, 5, 4)
    assert dates.event_day(sentence, dt.date(2030, 5, 5)) == dt.date(2030, 5, 5)  # the news: the report's day
    assert dates.event_day("The club said on Sunday it would rebuild.", dt.date(2030, 5, 5), happened=True) == dt.date(2030, 5, 5)
    # a day's possessive names the storm, not when the count rose: the day of the report
    risen = "The count of homes hit by Saturday's gales has risen to 900, the council said on Sunday."
    assert dates.event_day(risen, dt.date(2030, 5, 5), happened=True) == dt.date(2030, 5, 5)
    # after a present perfect, the day dates a noun ("the homes cut off on Saturday")
    restored = "Power has been restored to the homes cut off on Saturday, the company said on Sunday."
    assert dates.event_day(restored, dt.date(2030, 5, 5), happened=True) == dt.date(2030, 5, 5)


def test_a_release_in_the_present_is_news_of_its_own_day() -> None:
    release = "Corvel plc announces a correction to the results of its general meeting held on 8 May 2030."
    assert dates.event_when(release, THURSDAY) == (THURSDAY, False)
    past = "Members approved the merger at the general meeting held on 8 May 2030."
    assert dates.event_day(past, THURSDAY) == dt.date(2030, 5, 8)


def _entry(day: str, text: str, note_id: str, written: str = "2030-05-09") -> tuple[str, str, int, Item]:
    return day, written, 0, Item(text=text, citations=(1,), note_id=note_id, kind="fact", date=day)


def test_one_past_event_is_one_entry() -> None:
    wire = _entry("2030-05-04", "Gales tore the roof off the Millfield stand on Saturday night.", "wire", "2030-05-05")
    note = _entry("2030-05-04", "Winds of 110 km/h damaged the Millfield stand on 4 May.", "note")
    other = _entry("2030-05-04", "Police closed the ring road on 4 May.", "police")
    kept = once_per_event([wire, note, other])
    assert [entry[3].note_id for entry in kept] == ["wire", "police"]


def test_a_forum_post_does_not_retell_a_day() -> None:
    report = _entry("2030-06-01", "A hearing has been set for June 1.", "report")
    post = _entry("2030-06-01", "The judges decide on June 1, not the club.", "post")
    kept = once_per_event([report, post], lambda item: item.note_id == "post")
    assert [entry[3].note_id for entry in kept] == ["report"]
    assert [entry[3].note_id for entry in once_per_event([report, post])] == ["report", "post"]


def test_a_salutation_is_no_event() -> None:
    assert SALUTATION.match("Dear Mr Eyre and Councillor Talbot, we write on behalf of 640 households.")
    assert SALUTATION.match("Dear Sir, the letter you sent was wrong.")
    assert not SALUTATION.match("Dear readers of this paper will know the story.")
    assert not SALUTATION.match("Residents said the repairs were dear, and slow.")


def test_a_past_told_in_a_verb_no_list_holds_keeps_its_day() -> None:
    # no cue either way, but nothing in the present or without tense: news tells the past
    assert _days("The mayor laid a wreath at the memorial on Sunday.", THURSDAY) == [dt.date(2030, 5, 5)]


def test_an_act_told_today_is_dated_today_not_by_the_day_a_noun_names() -> None:
    sentence = ("The Harlow Tenants' Union, which represents about 9,000 renters, today calls on the council to "
                "widen the repairs review announced on 6 May and to publish its terms.")
    assert dates.event_when(sentence, THURSDAY, happened=True) == (THURSDAY, True)
    # a day the act happened on still comes before the day of its saying
    told = "Hail struck the estate on Tuesday afternoon, the council said on Wednesday."
    assert dates.event_when(told, THURSDAY, happened=True)[0] == dt.date(2030, 5, 7)
