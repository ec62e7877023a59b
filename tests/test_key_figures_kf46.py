"""Key figures rows tell one measure (kf46): a difference between two levels ("64 fewer people slept
rough") is no level, so an earlier level is never its "earlier report"; a bare number bounding the
people a noun names ("people under 30", "drivers over 75") is their age, never a count. Invented text."""

from __future__ import annotations

import pytest

from briefgen.keyfigures import complement_measure, is_difference
from briefgen.notes.figures import find_figures


def _texts(sentence: str) -> list[str]:
    return [f.text for f in find_figures(sentence)]


@pytest.mark.parametrize(("sentence", "age"), [
    ("Of the 7,300 replies, the ministry says fewer than 400 came from people under 30.", "30"),
    ("Drivers over 75 will have to renew their licence every three years.", "75"),
    ("Children aged under 5 will get the vaccine first.", "5"),
])
def test_a_bare_number_bounding_people_is_their_age(sentence: str, age: str) -> None:
    assert age not in _texts(sentence), _texts(sentence)


@pytest.mark.parametrize(("sentence", "text"), [
    ("Farms over 50 hectares lose the grant.", "50 hectares"),
    ("Of the 7,300 replies, the ministry says fewer than 400 came from people under 30.", "400"),
    ("Prices rose 4 percent.", "4 percent"),
])
def test_a_size_or_count_stays_a_figure(sentence: str, text: str) -> None:
    assert any(t.startswith(text) for t in _texts(sentence)), _texts(sentence)


@pytest.mark.parametrize(("sentence", "text", "expected"), [
    ("This winter 64 fewer people were sleeping rough in Tolbury.", "64 fewer people", True),
    ("The hospital will open 120 more beds next year.", "120", True),
    ("The count found 254 people sleeping rough.", "254 people", False),
])
def test_a_difference_is_told_apart_from_a_level(sentence: str, text: str, expected: bool) -> None:
    figure = next(f for f in find_figures(sentence) if f.text == text)
    assert is_difference(figure, sentence) is expected


@pytest.mark.parametrize(("sentence", "text", "measure"), [
    ("The chain made adjusted profit before tax of 44 million pounds last year.", "44 million pounds",
     "profit before tax"),
    ("It reported earnings after tax of 12 million euros.", "12 million euros", "earnings after tax"),
])
def test_a_measure_modified_by_before_or_after_keeps_its_head_noun(sentence: str, text: str, measure: str) -> None:
    figure = next(f for f in find_figures(sentence) if f.text == text)
    assert figure.measures == measure


def test_a_row_label_keeps_the_noun_a_before_phrase_modifies() -> None:
    sentence = "The chain made adjusted profit before tax of 44 million pounds last year."
    figure = next(f for f in find_figures(sentence) if f.text == "44 million pounds")
    assert complement_measure(sentence, figure) == "profit before tax"


def test_a_row_cut_before_the_modified_noun_takes_the_whole_measure() -> None:
    sentence = "The chain reported revenue of 2 billion pounds and adjusted profit before tax of 44 million pounds."
    figure = next(f for f in find_figures(sentence) if f.text == "44 million pounds")
    assert complement_measure("The chain … before tax of 44 million pounds", figure) == "profit before tax"
