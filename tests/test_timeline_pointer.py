"""Timeline pointers (an event another section told: its day, its statement's opening words, elided) and
the tense of a weekday with no tense before it (the verb nearest after it)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes.dates import event_day, opening


def test_a_weekday_takes_the_tense_of_the_verb_after_it_not_a_plan_named_later() -> None:
    friday = dt.date(2026, 10, 2)
    assert event_day("The regulator on Wednesday approved the gallery's plan to sell 12 paintings to a trust.",
                     friday) == dt.date(2026, 9, 30)
    assert event_day("The panel heard from 27 witnesses on Wednesday as it weighed the plan to widen the road.",
                     friday) == dt.date(2026, 9, 30)
    assert event_day("On Monday the board will vote on the plan.", friday) is None


def test_an_opening_names_the_event_and_never_tells_it_whole() -> None:
    text = "The port board agreed on Monday to extend the harbour's night shift by two hours."
    shown = opening(text)
    assert shown == "The port board agreed on Monday to extend the harbour's night shift ..."  # what, not by how much
    assert opening("The Federal Aviation Administration on Wednesday grounded Halcyon Orbital's Kestrel rocket and "
                   "ordered an inquiry into the failure.") == \
        "The Federal Aviation Administration on Wednesday grounded Halcyon Orbital's Kestrel rocket ..."
    assert opening("The trustees voted 9-3 on June 10, ending a long dispute over the collection.") == \
        "The trustees voted 9-3 on June 10 ..."


@given(st.lists(st.sampled_from(["The", "council", "voted", "on", "Tuesday,", "to", "sell", "the", "old",
                                 "depot", "for", "4", "million", "pounds"]), min_size=2, max_size=40))
def test_an_opening_is_a_verbatim_prefix_shorter_than_its_sentence(words: list[str]) -> None:
    text = " ".join(words) + "."
    shown = opening(text)
    assert shown.endswith(" ...")
    head = shown[:-4]
    assert text.startswith(head.rstrip(",;:")) and len(head.split()) < len(text.split())
