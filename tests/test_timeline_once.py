"""Timeline and Catalysts: each event once, on its right day, and never an actorless demand."""

from __future__ import annotations

import datetime as dt

from briefgen.compose import Item, bare_imperative, once_per_event, one_event
from briefgen.notes.dates import event_when

REPORT = dt.date(2027, 2, 19)  # a Friday


def test_participial_aside_does_not_date_the_sentence() -> None:
    text = ("The audit, first promised for January and delayed on Tuesday without a reason, will now "
            "be released on March 3, the ministry said.")
    assert event_when(text, REPORT) == (REPORT, False)


def test_plain_past_and_present_participle_keep_their_day() -> None:
    assert event_when("The depot was shut on Tuesday, the ministry said.", REPORT)[0] == dt.date(2027, 2, 16)
    assert event_when("The minister, speaking on Tuesday, said the depot would reopen.", REPORT)[0] == dt.date(2027, 2, 16)


def test_day_narrated_in_a_quote_that_goes_on_is_not_the_saying_day() -> None:
    text = ('"We assured parents on Wednesday that the water was clean. We were mistaken and I regret it," '
            'said the utility chief Olu Barrow.')
    assert event_when(text, REPORT) == (REPORT, False)
    # a quote that only tells the day's act keeps it
    assert event_when('"We signed the lease on Wednesday," Barrow said.', REPORT)[0] == dt.date(2027, 2, 17)


def test_bare_imperative() -> None:
    assert bare_imperative("Refund the fees by 3 March, with interest.")
    assert bare_imperative("Suspend the pilot until the review is out.")
    assert not bare_imperative("Tenants want the fees refunded by 3 March.")
    assert not bare_imperative("Under the deal, the council will refund the fees.")
    assert not bare_imperative("Regulators fined the utility on Monday.")


def test_one_event_by_the_words_before_its_day() -> None:
    day = dt.date(2027, 3, 3)
    assert one_event("Alderman Ruiz said he would summon the board for an inquiry on March 3.",
                     "The housing committee will open its inquiry on March 3.", day)
    assert not one_event("The tribunal will rule on March 3.", "Members will vote on March 3.", day)


def _entry(day: str, text: str, scheduled: bool = True) -> tuple[str, str, int, Item]:
    return day, "2027-02-19", 0, Item(text=text, citations=(1,), note_id=text[:8], kind="fact", date=day,
                                      scheduled=scheduled)


def test_once_per_event_keeps_the_fuller_entry() -> None:
    short = _entry("2027-03-03", "The inquiry opens on March 3.")
    full = _entry("2027-03-03", "The housing committee said its inquiry opens on March 3 with the board's chair as first witness.")
    other = _entry("2027-03-03", "Members will vote on March 3.")
    kept = once_per_event([short, other, full])
    assert [entry[3].text for entry in kept] == [full[3].text, other[3].text]


def test_an_opening_phrase_is_no_command() -> None:
    assert not bare_imperative("Despite the ruling, the tenants' union is still weighing an appeal.")
    assert not bare_imperative("Amid the outage, engineers worked through the night.")
    assert not bare_imperative("Beyond the fees, the tenants have other complaints.")
