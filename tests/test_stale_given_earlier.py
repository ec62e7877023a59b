"""A later report that says a value was the one given before ("the council had initially put the
flooded homes at 210", "the 1,800 first reported") overtakes the statements that still give it,
even when the new value stands in the sentence before; and a Timeline entry or watch item never
dates a statement by the day of an event the same statement says was cancelled ("the hearing
planned for May 12 has been cancelled; objectors will instead write by May 30")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import briefgen
from briefgen.notes.figures import earlier_values, find_figures, given_earlier
from briefgen.supersede import after_called_off, called_earlier

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]
Printed = Callable[..., list[str]]


def _values(figures: tuple) -> list[float]:
    return [f.value for f in figures]


def test_a_value_the_holder_gave_earlier_is_marked_by_its_verb_or_by_what_follows_it() -> None:
    assert _values(earlier_values("The council had initially put the number of flooded homes at 210.")) == [210]
    assert _values(earlier_values("The agency first estimated the spill at 3,000 litres and later doubled it.")) == [3000]
    said = "About 2,400 passengers were affected, more than the 1,800 first reported because transfers were left out."
    assert _values(given_earlier(said)) == [1800]
    assert _values(earlier_values("It now counts 95 stalls, not the 80 stalls it cited in June.")) == [80]
    # another party's figure is a comparison, not this holder's earlier value
    assert not earlier_values("The inspectors counted 52 defects, above the 48 the builder had cited.")
    # a first-time value with an ordinal nearby is no earlier one
    assert not earlier_values("The first 300 tickets sold within an hour.")
    assert not earlier_values("The club first reported a profit of 2 million pounds in 2019.")


def test_a_statement_is_called_earlier_without_the_new_value_in_the_same_sentence() -> None:
    text = "Harrowgate council said 210 homes had been flooded in the lower town."
    said = "The council had initially put the number of flooded homes at 210; it said the count had left out basements."
    figure = next(f for f in find_figures(text) if f.value == 210)
    assert called_earlier(text, said, figure)
    # the same value of another matter, no word in common, stays
    other = "A total of 210 volunteers signed up on Sunday."
    assert not called_earlier(other, said, next(f for f in find_figures(other) if f.value == 210))


def test_the_day_of_a_cancelled_event_is_no_schedule_but_what_follows_may_be() -> None:
    written = dt.date(2026, 5, 7)
    text = "The hearing planned for May 12 has been cancelled; objectors will instead write to the panel by May 30."
    rest = after_called_off(text, dt.date(2026, 5, 12), written)
    assert rest is not None and "May 30" in rest and "May 12" not in rest
    assert after_called_off("A union meeting planned for Saturday to consider the offer has been called off.", dt.date(2026, 5, 9),
                            written) == ""
    # open, denied, or a day in another clause: the schedule stands
    assert after_called_off("The hearing on May 12 could be cancelled.", dt.date(2026, 5, 12), written) is None
    assert after_called_off("The hearing on May 12 has not been cancelled.", dt.date(2026, 5, 12), written) is None
    assert after_called_off("The strike was called off, and talks resume on May 12.", dt.date(2026, 5, 12),
                            written) is None


_FIRST = """Kettlewick bakery chain enters administration

Published 3 May 2026

KETTLEWICK - Brannock Bakeries, the family-owned chain with 60 shops in the valley, appointed administrators on Sunday after its bank withdrew an overdraft, putting about 1,800 jobs at risk.

The company said all 60 shops would keep trading while a buyer was sought, and its lenders would meet on May 12.

Chief executive Owen Brannock said rising flour and energy costs had made the business unviable.
"""

_LATER = """Brannock Bakeries shuts 14 shops

Published 8 May 2026

KETTLEWICK - The administrators of Brannock Bakeries said on Friday they had shut 14 shops, and that 2,400 staff were employed across the business, more than the 1,800 first reported because seasonal workers had been left out.

The lenders' meeting planned for May 12 has been cancelled, the administrators said.

Two bakery groups have asked to see the accounts, the administrators said.
"""


def test_brief_drops_the_overtaken_count_and_dates_no_cancelled_meeting(news_workspace: NewsWorkspace,
                                                                         printed: Printed) -> None:
    ws = news_workspace("bakery", {"01-first.txt": _FIRST, "02-later.txt": _LATER})
    texts = printed(ws)
    # the overtaken count is never shown as current: told on its day only with the new count right after it
    for at, text in enumerate(texts):
        if "1,800 jobs" in text and "first reported" not in text:
            assert at + 1 < len(texts) and "2,400 staff" in texts[at + 1], texts
    for audience in ("executive", "investor", "policy"):
        brief = ws.compose(audience)
        for section in brief.sections:
            for item in section.items:
                assert not ("has been cancelled" in item.text and (item.scheduled or section.style == "watch")), \
                    (audience, section.title, item.text)
                assert item.figure is None or item.figure.value != 1800, (audience, item.text)
