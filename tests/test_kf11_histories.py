"""A Key figures history joins only values of one measure (invented text)."""
from types import SimpleNamespace

import pytest

from briefgen.keyfigures import attached_words, one_measure_histories
from briefgen.models import Figure
from briefgen.notes.figures import find_figures


def _period(sentence: str, text: str) -> str:
    return next(f.period for f in find_figures(sentence) if f.text == text)


@pytest.mark.parametrize(("sentence", "text", "period"), [
    ("In September the ferry carried 31,000 passengers, the operator said.", "31,000 passengers", "September"),
    ("Ticket revenue in March was 2.4 million euros.", "2.4 million euros", "March"),
    ("The operating loss in the winter season was 3.2 million euros.", "3.2 million euros", "winter season"),
    ("First-month sales were revised to 7,900 units from 8,400.", "7,900 units", "first month"),
    ("The shop sold 8,400 units in its first month.", "8,400 units", "first month"),
])
def test_a_month_season_or_first_month_is_the_figures_period(sentence: str, text: str, period: str) -> None:
    assert _period(sentence, text) == period


def test_a_day_or_a_comparison_base_is_no_period() -> None:
    assert _period("The museum reopened on Oct. 7 with 1,200 visitors.", "1,200 visitors") == ""
    assert _period("Visits were 1,900, up from 1,400 in March.", "1,900") == ""


def test_a_for_phrase_qualifies_the_measure() -> None:
    figure = Figure(text="30 euros", value=30, unit="euros")
    assert attached_words("a pass of 30 euros for adult visitors", figure) >= {"adult"}
    assert attached_words("a pass of 30 euros for three days", figure) == frozenset()


def _group(*words: str, told: bool = False) -> SimpleNamespace:
    return SimpleNamespace(measure_key=frozenset(words), replaced_by=None, corrected=False, told=told,
                           bridging=False)


def test_a_loosely_told_value_bridges_no_two_measures() -> None:
    # "a fare of 7 euros for adults" -> "the fare to 9 euros" -> "the child fare ... to 8 euros"
    adult, loose, child = _group("fare", "adult"), _group("fare"), _group("fare", "child")
    adult.replaced_by, loose.replaced_by = loose, child
    one_measure_histories([adult, loose, child])  # type: ignore[list-item]
    assert adult.replaced_by is None and loose.replaced_by is None and loose.bridging
    assert not adult.bridging and not child.bridging


def test_one_measures_chain_and_a_told_link_stay() -> None:
    first, closer = _group("fare"), _group("fare", "adult")
    first.replaced_by = closer
    said, revised = _group("visits", "weekday"), _group("visits", "first-week", told=False)
    said.told, said.replaced_by = True, revised  # "revised to 12 percent from 14 percent"
    one_measure_histories([first, closer, said, revised])  # type: ignore[list-item]
    assert first.replaced_by is closer and said.replaced_by is revised
