"""A later value of another unit revises a holder's earlier value only with two measured words in
common (found through an index of word pairs, not by counting every value sharing one word); and
disputes.rebuttal answers a sentence asked again from its cache: invented text."""

from __future__ import annotations

import pytest

from briefgen.notes import disputes, estimates, features

FIRST = "The Varrow Institute estimates the harvest cost of the flood at 4,000 tonnes."
SECOND = "The Kesh ministry estimates the harvest cost of the flood at 9,000 tonnes."


def _same(i: int, holder_i: str, j: int, holder_j: str) -> bool:
    return holder_i.lower() == holder_j.lower()


def _apart(*texts: str) -> list[tuple[int, int, tuple[str, str], str]]:
    figures = [features.find_figures(t) for t in texts]
    dates = [f"2026-03-0{n + 1}" for n in range(len(texts))]
    return estimates.held_apart(list(texts), figures, list(range(len(texts))), dates, [""] * len(texts), _same)


def test_two_holders_apart_without_a_later_value() -> None:
    assert [(a, b) for a, b, _, _ in _apart(FIRST, SECOND)] == [(0, 1)]


@pytest.mark.parametrize(("later", "stands"), [
    ("The Varrow Institute now puts the harvest cost of the flood at 12 million euros.", False),  # two words shared
    ("The Varrow Institute now puts the cost of repairs at 12 million euros.", True),  # one word shared
])
def test_a_later_value_of_another_unit_revises_only_with_two_words_shared(later: str, stands: bool) -> None:
    found = _apart(FIRST, SECOND, later)
    assert bool([1 for a, b, _, _ in found if {a, b} == {0, 1}]) is stands


def test_rebuttal_is_answered_from_the_cache_when_asked_again() -> None:
    text = "The Orlan agency denied that the Tamsin depot had leaked 40 tonnes of fuel."
    first = disputes.rebuttal(text)
    hits = disputes.rebuttal.cache_info().hits
    assert disputes.rebuttal(text) is first
    assert disputes.rebuttal.cache_info().hits == hits + 1
