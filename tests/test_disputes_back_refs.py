"""Short rebuttals that point back at the claim before them: "said that was wrong", "said no
such X was given", "put the number hurt at N", and a title two parties share."""

from __future__ import annotations

import pytest

from briefgen.notes.disputes import rebuttal, rebuttals


def _pairs(sentences: list[str]) -> set[tuple[int, int]]:
    previous = [i - 1 for i in range(len(sentences))]
    return {(d.a, d.b) for d in rebuttals(sentences, [1.0] * len(sentences), previous=previous)}


@pytest.mark.parametrize(("sentences", "pair"), [
    (["Harbour director Mia Lund said the new fees would touch only visiting yachts.",
      "The Anglers' Federation said that was wrong."], (0, 1)),
    (["Camp leader Rolf Sand said the hut had been emptied on the advice of the rangers.",
      "\"We had no choice,\" he said.",
      "The Ranger Service said no such advice was given."], (0, 2)),
    (["The fire brigade said 58 people were hurt in the blaze.",
      "The hall's owner, Petra Holm, put the number hurt at 19."], (0, 1)),
    (["Trade Minister Ola Brand said the levy was \"a tax on farmers dressed up as a green measure\".",
      "Valdia's trade ministry rejected that."], (0, 1)),
])
def test_a_rebuttal_pointing_back_answers_the_claim_before_it(sentences: list[str], pair: tuple[int, int]) -> None:
    assert pair in _pairs(sentences)


@pytest.mark.parametrize("sentence", [
    "The union said that was wrong to close the depot without notice.",  # a judgement of an act, not of a claim
    "The board said no such plan existed.",
])
def test_what_is_no_back_reference(sentence: str) -> None:
    found = rebuttal(sentence)
    assert found is None or found.such


def test_no_such_thing_answers_only_a_claim_of_that_thing() -> None:
    sentences = ["Skipper Jon Vik said the harbour had been closed by the port police.",
                 "The Port Authority said no such order was given."]
    assert _pairs(sentences) == set()


def test_one_party_restating_itself_is_no_dispute() -> None:
    sentences = ["Harbour director Mia Lund said the new fees would touch only visiting yachts.",
                 "The harbour office later said that was wrong."]
    assert _pairs(sentences) == set()
