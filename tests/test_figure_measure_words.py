"""What a figure measures is a noun phrase of the thing measured: never a hedge on the value, the
figure's own unit again, or a second predicate joined by "and"."""
from __future__ import annotations

from briefgen.notes.figures import find_figures


def _only(sentence: str):
    figures = find_figures(sentence)
    assert len(figures) == 1
    return figures[0]


def test_a_hedge_before_the_value_is_no_measure() -> None:
    figure = _only("By my count there were maybe 90 of us on the benches that night.")
    assert figure.measures == ""


def test_a_currency_named_in_words_is_not_repeated_in_the_measure() -> None:
    figure = _only("Each day the blockade lasts, the port forgoes 2 million US dollars in fees.")
    assert "dollars" not in figure.measures
    assert "fees" in figure.measures


def test_a_second_predicate_after_and_is_not_part_of_the_counted_noun() -> None:
    figure = _only("The ban will reach 25 kilometres and take effect at midnight.")
    assert figure.text == "25 kilometres"


def test_a_verb_with_its_own_object_after_and_ends_the_counted_noun() -> None:
    figure = _only("The new limit covers 40 miles and protects the whole estuary.")
    assert figure.text == "40 miles"


def test_two_coordinated_nouns_are_still_counted_together() -> None:
    figure = _only("The ferry carried 230 passengers and crew to the mainland.")
    assert figure.text == "230 passengers and crew"
    assert figure.measures.startswith("passengers and crew")
