"""A value or a target a later dated source revises is overtaken: a savings figure a later report
gives "down from" (its rate left to the new value: "3.4 billion crowns a year, down from the 6.2
billion crowns"), a target period ("the fourth quarter of 2030", "the second half of 2031") a
later report moves ("now expects ... the second quarter of 2031", "to the first half of 2032 from
the second half of 2031"), a day an event was set for that a later report names as the one left
("postponed to Dec. 4 from Oct. 28"). Near misses stay: another measure in the same unit, a
forecast of another year's value, a later source that repeats the target, an earlier source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import briefgen
from briefgen.notes.figures import find_figures
from briefgen.sections import catalyst
from briefgen.supersede import _period_moves, _sets_period, called_earlier

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]
Printed = Callable[..., list[str]]

_REVISED = ("The water ministry now expects the levy to raise about 1.8 billion pesos a year from 2029, "
            "down from the 2.6 billion pesos it forecast for the first draft in March.")


def test_a_value_called_earlier_without_its_rate_is_the_rated_value() -> None:
    said = "The levy would raise about 2.6 billion pesos a year for the water fund, the water ministry said."
    figure = next(f for f in find_figures(said) if f.value == 2.6e9)
    assert called_earlier(said, _REVISED, figure)


def test_another_measure_in_the_same_unit_is_not_called_earlier() -> None:
    cost = "Building the new plant will cost about 2.6 billion pesos, the contractor said."
    figure = next(f for f in find_figures(cost) if f.value == 2.6e9)
    assert not called_earlier(cost, _REVISED, figure)
    other = "The levy would raise about 2.4 billion pesos a year for the water fund, the water ministry said."
    assert not any(called_earlier(other, _REVISED, f) for f in find_figures(other))


_WIRE = """Lagoon telescope wins funding

LIMA, March 2 (Reuters) - The Andean Observatory is expected to record its first light in the third quarter of 2029, the consortium said on Monday.

The consortium's director, Ana Quispe, said the mirror contract had been signed with a German firm.
"""

_LATER = """Lagoon telescope delayed by mirror flaw

LIMA, Sept 14 (Reuters) - The Andean Observatory consortium now expects first light in the first half of 2030 after a flaw was found in one of the mirror segments, it said on Monday.

The German supplier said a replacement segment would be cast in the spring.
"""

_REPEATED = """Observatory hires staff

LIMA, Sept 14 (Reuters) - The Andean Observatory is expected to record its first light in the third quarter of 2029, the consortium said on Monday as it hired 40 technicians.
"""


def test_a_later_report_that_moves_a_target_period_overtakes_it(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("a", {"01-wire.txt": _WIRE, "02-later.txt": _LATER})
    said = printed(ws)
    assert not any("third quarter of 2029" in text for text in said)
    assert any("first half of 2030" in text for text in said)


def test_a_later_report_that_repeats_the_target_overtakes_nothing(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("b", {"01-wire.txt": _WIRE, "02-repeated.txt": _REPEATED})
    assert any("third quarter of 2029" in text for text in printed(ws))


def test_a_period_named_as_the_one_left_is_the_old_one() -> None:
    later = dt.date(2026, 11, 23)
    moved = "The ministry said the new tender would push delivery of the first ferry to the first half of 2032 from the second half of 2031."
    assert _period_moves(moved, later) == [({("first half", 2032)}, {("second half", 2031)})]
    assert _period_moves("The last of the ferries is now due in 2035 instead of 2034.", later) == [({("", 2035)}, {("", 2034)})]
    day = "The signing has been postponed to Dec. 4 from Oct. 28 because the documents are not ready, the port said on Wednesday."
    assert _period_moves(day, dt.date(2026, 10, 21)) == [({("2026-12-04", 2026)}, {("2026-10-28", 2026)})]


def test_forecasts_and_past_periods_set_no_target() -> None:
    anchor = dt.date(2026, 3, 2)
    assert _sets_period("Revenue is expected to reach 40 million soles in 2028, the company said.", anchor)
    assert not _sets_period("Revenue rose 4% in the third quarter of 2025, the company said.", anchor)
    assert not _sets_period("First light was postponed to 2030.", anchor)


def test_a_day_named_as_the_one_an_event_was_set_for_is_no_catalyst() -> None:
    text = ("The tribunal said on Friday it had postponed the first hearing on the appeal, which had been "
            "expected on Dec. 9, to Jan. 14, 2027.")
    watch = catalyst(text, "fact", dt.date(2026, 11, 20), dt.date(2026, 11, 20))
    assert watch is not None and watch.day == dt.date(2027, 1, 14)


_QUARTERS = st.sampled_from(["first quarter", "second quarter", "third quarter", "fourth quarter", "first half", "second half"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_QUARTERS, st.integers(2027, 2040), _QUARTERS, st.integers(2027, 2040))
def test_a_move_names_its_new_period_and_never_the_old_one_as_new(old_part: str, old_year: int, new_part: str, new_year: int) -> None:
    sentence = f"The operator said the work would push the opening of the line to the {new_part} of {new_year} from the {old_part} of {old_year}."
    moves = _period_moves(sentence, dt.date(2026, 6, 1))
    if (old_part, old_year) == (new_part, new_year):
        return
    assert moves == [({(new_part, new_year)}, {(old_part, old_year)})]


def test_a_period_a_target_moved_from_is_no_catalyst() -> None:
    text = "The ministry said the new tender would push delivery of the first ferry to the first half of 2032 from the second half of 2031."
    watch = catalyst(text, "fact", dt.date(2026, 11, 23), dt.date(2026, 11, 23))
    assert watch is not None and watch.day.year == 2032


_PLAN = """Chile approves water levy

SANTIAGO, March 2 (Reuters) - Chile's cabinet on Monday approved a water levy on mining
companies. Water Minister Rosa Vidal said the levy would take effect in March 2027 and
save the state budget about 2.6 billion pesos a year once fully in place in 2028.
"""

_PASSED = """Chile's congress passes softened water levy

SANTIAGO, Nov 20 (Reuters) - Chile's lower house on Friday passed an amended water levy
on mining companies. The water ministry now expects the law to save about 1.8 billion
pesos a year from 2029, down from the 2.6 billion pesos it forecast for the first draft.
"""


def test_a_hard_wrapped_revision_shows_the_old_value_only_as_history(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("c", {"01-plan.txt": _PLAN, "02-passed.txt": _PASSED})
    said = printed(ws)
    assert not any("about 2.6 billion pesos a year once" in " ".join(text.split()) for text in said)
    for audience in ("executive", "investor", "policy"):
        brief = ws.compose(audience)
        figures = [section for section in brief.sections if "figure" in section.title.lower()]
        shown = [item.figure.text for item in figures[0].items if item.figure is not None] if figures else []
        # the new value as a row, or left to a printed statement that gives it with the old one as history
        told = [" ".join(i.text.split()) for s in brief.sections if s.style != "figures" for i in s.items]
        assert "1.8 billion pesos a year" in shown or any(
            "1.8 billion" in text and "down from the 2.6 billion" in text for text in told), (audience, shown, told)
        assert not any(text.startswith("2.6") for text in shown), shown
