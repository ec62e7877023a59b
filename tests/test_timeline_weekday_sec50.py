"""A Timeline entry's day is its main clause's: not an "after ..." clause's (what came first), and a past
passive dates its event before the day of the saying. A demand whose object is an -ing form is a demand."""
import datetime as dt

from briefgen.compose import bare_imperative
from briefgen.notes.dates import event_when

FRIDAY = dt.date(2027, 5, 14)  # a Friday


def test_after_clause_day_is_the_antecedent() -> None:
    text = ("The harbour board on Thursday doubled the number of berths closed to 14, after a survey found "
            "cracks in the quay wall on Wednesday night.")
    assert event_when(text, FRIDAY, happened=True) == (dt.date(2027, 5, 13), True)
    text = ("Ferries now sail every twenty minutes, the operator said on Thursday, after it chartered "
            "a second vessel on Tuesday.")
    assert event_when(text, FRIDAY, happened=True) == (dt.date(2027, 5, 13), True)


def test_after_clause_day_alone_still_dates() -> None:
    text = "The quay reopened to cargo, after divers finished their survey on Tuesday."
    assert event_when(text, FRIDAY, happened=True) == (dt.date(2027, 5, 11), True)


def test_past_passive_day_before_the_saying() -> None:
    text = ("Nine dockers were treated for smoke inhalation on Wednesday after a fire in a warehouse, "
            "the port authority said on Thursday.")
    assert event_when(text, FRIDAY, happened=True) == (dt.date(2027, 5, 12), True)
    # the news of the sentence (without *happened*) stays the latest day
    assert event_when(text, FRIDAY) == (dt.date(2027, 5, 13), True)


def test_demand_with_gerund_object() -> None:
    assert bare_imperative("Stop charging berth fees to small boats from 1 June 2027.")
    assert bare_imperative("Start paying the night shift from clock-in.")
    assert not bare_imperative("Police searching the quay found a second body.")
    assert not bare_imperative("Starting costs rose to 3 million.")
