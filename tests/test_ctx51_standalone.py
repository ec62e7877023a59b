"""Statements that stand alone or not: a further event forecast ("A further collapse ... is likely") is its
own statement, unlike an amount added to an earlier one; a person described by age ("The 47-year-old man")
was introduced before."""

from __future__ import annotations

import pytest

from briefgen.notes.context import needs_antecedent, opens_on_earlier


@pytest.mark.parametrize("sentence", [
    "A further collapse of the quay wall within the next two weeks is likely (we put it above 40%).",
    "A further stoppage will take place at the depot on 4 June.",
    "A further inspection is planned for the spring.",
])
def test_further_event_to_come_stands_alone(sentence: str) -> None:
    assert not opens_on_earlier(sentence)


@pytest.mark.parametrize("sentence", [
    "A further 250 jobs will go at the plant.",
    "A further three villages could be cut off.",
    "A further problem emerged in March.",
    "A further inspection was ordered.",
])
def test_further_amount_or_past_addition_still_leans(sentence: str) -> None:
    assert opens_on_earlier(sentence)


@pytest.mark.parametrize("sentence", [
    "The 47-year-old man was taken to hospital with head injuries.",
    "The 22-year-old appeared in court on Tuesday.",
    "The twenty-year-old woman had been reported missing.",
])
def test_person_described_by_age_needs_an_antecedent(sentence: str) -> None:
    assert needs_antecedent(sentence)


def test_aged_thing_stands_alone() -> None:
    assert not needs_antecedent("The 80-year-old bridge will close for repairs in May.")
