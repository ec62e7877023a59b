"""Two parties judging one thing at opposite ends of a scale: brief or lasting, low or high,
enough or not (invented text)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes import counterclaims as cc
from briefgen.notes import disputes


def _judged(texts: list[str], groups: list[int]) -> list[disputes.Dispute]:
    known = cc.affiliations(texts)
    said = cc.speakers(texts, groups, range(len(texts)))
    return cc.assessments(texts, [1.0] * len(texts),
                          [cc.assessment(t, said[i], known) if cc.may_assess(t) else None for i, t in enumerate(texts)],
                          places=list(zip(groups, range(len(texts)), strict=True)))


def test_brief_against_lasting_on_one_head_noun_from_two_sources() -> None:
    texts = ["Grocer Felmart said the shortages of eggs were temporary and local.",
             "Economist Ivo Brandt of Lune Bank said the shortages would last well into the new year."]
    found = _judged(texts, [0, 1])
    assert [(d.a, d.b) for d in found] == [(0, 1)]


def test_low_against_high_and_enough_against_not() -> None:
    texts = ["The Marlow Health Institute said the risk to farm workers was low.",
             "Virologist Hanna Sted said the risk to farm workers was high.",
             "The poultry ministry said the compensation per bird was generous.",
             "The Marlow Farmers Union said the compensation does not cover the cost of restocking."]
    found = _judged(texts, [0, 1, 2, 3])
    assert sorted((d.a, d.b) for d in found) == [(0, 1), (2, 3)]


def test_different_things_the_same_party_and_pronouns_are_no_dispute() -> None:
    different = ["Grocer Felmart said the shortages were temporary.",
                 "Economist Ivo Brandt said the price rises would last well into the new year."]
    assert not _judged(different, [0, 1])
    itself = ["Grocer Felmart said the shortages were temporary.",
              "Grocer Felmart said on Friday the shortages would last well into the new year."]
    assert not _judged(itself, [0, 1])
    pronoun = ["Grocer Felmart said they were temporary.",
               "Economist Ivo Brandt said they would last well into the new year."]
    assert not _judged(pronoun, [0, 1])
    scales = ["The Marlow Health Institute said the risk to farm workers was low.",
              "Virologist Hanna Sted said the risk to farm workers would last well into the new year."]
    assert not _judged(scales, [0, 1])


def test_a_negated_end_of_the_scale_turns_round() -> None:
    texts = ["The Marlow Health Institute said testing of farm workers was sufficient.",
             "Virologist Hanna Sted said testing of farm workers was not sufficient."]
    assert [(d.a, d.b) for d in _judged(texts, [0, 1])] == [(0, 1)]


@given(st.sampled_from(["temporary", "short-lived", "low", "small"]),
       st.sampled_from(["queues", "delays", "losses", "shortfall"]))
def test_two_parties_agreeing_never_disagree(word: str, noun: str) -> None:
    texts = [f"Grocer Felmart said the {noun} were {word}.", f"Economist Ivo Brandt said the {noun} were {word}."]
    assert not _judged(texts, [0, 1])
