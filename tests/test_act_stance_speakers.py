"""Organisations and people who take a position by an act rather than a verb of saying
("has formally requested a review", "threatened to withdraw", "objected to the application",
"backs the plan") hold that position: they are the sentence's speaker, so they can have a
Stakeholder row. Invented text."""

import pytest

from briefgen.notes import features


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Orrin Valley Walkers' Society has formally requested a public inquiry into the footpath closure.",
     "Orrin Valley Walkers' Society"),
    ("Tarnfield Logistics threatened to move its depot out of the county if the levy went ahead.",
     "Tarnfield Logistics"),
    ("The Wexcombe Parish Council has objected to the quarry extension and asked for a noise survey.",
     "Wexcombe Parish Council"),
    ("The Federation of Glen Crofters backs the grazing plan, citing lower feed costs.",
     "Federation of Glen Crofters"),
    ("Councillor Mirela Haas, the opposition leader, requested a recount of the postal ballots.",
     "Councillor Mirela Haas"),
])
def test_position_taken_by_an_act_has_a_speaker(sentence: str, name: str) -> None:
    found = features.find_speaker(sentence)
    assert found is not None and found.name == name


@pytest.mark.parametrize("sentence", [
    "Tarnfield Logistics, backed by two pension funds, bought the depot in 2019.",
    "Spring storms threatened homes along the estuary.",
    "The parish council backed down after the second meeting.",
    "Rising fuel costs threatened to close the ferry route.",
])
def test_no_speaker_for_passives_and_things(sentence: str) -> None:
    assert features.find_speaker(sentence) is None
