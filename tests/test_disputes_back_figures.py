"""A party giving its own value of the number the sentence before gives: "puts the figure at",
"N, not M", "said it had fallen" after another party's rise (disputes.rebuttal / rebuttals)."""

from __future__ import annotations

import pytest

from briefgen.notes.disputes import rebuttals


def _found(claim: str, answer: str) -> list[tuple[str, str]]:
    return [d.sides for d in rebuttals([claim, answer], [1.0, 1.0], previous=[-1, 0])]


@pytest.mark.parametrize(("claim", "answer", "sides"), [
    ("The brewery says it spent £14 million on the new bottling line.",
     "The town council puts the figure at £6 million and says the rest was a grant.", ("Brewery", "Town council")),
    ("The kennel club said 2,300 dogs were entered this year.",
     "The animal welfare charity says the figure was 1,700.", ("Kennel club", "Animal welfare charity")),
    ("About 40 per cent of the bus fleet was off the road in March, according to depot records.",
     "The drivers' union says the figure was 15 per cent.", ("Depot records", "Drivers' union")),
    ("Port officials said the dredger removed 90,000 tonnes of silt.",
     "Harlow Marine says it removed 55,000 tonnes, not 90,000, because the second barge broke down.",
     ("Port officials", "Harlow Marine")),
    ("Director Ines Albarran said visitor numbers had risen every year since 2020.",
     "The staff association said it had fallen by a third over the same period.", ("Ines Albarran", "Staff association")),
])
def test_a_party_giving_another_value_of_the_number_before_disputes_it(claim: str, answer: str,
                                                                       sides: tuple[str, str]) -> None:
    assert _found(claim, answer) == [sides]


@pytest.mark.parametrize(("claim", "answer"), [
    # the same value: the second party agrees
    ("The brewery says it spent £14 million on the new bottling line.",
     "The town council puts the figure at £14 million."),
    # the corrected value is not the one the sentence before gives
    ("Port officials said the dredger worked for 12 days.",
     "Harlow Marine says it removed 55,000 tonnes, not 90,000, because the second barge broke down."),
    # both say the thing fell: no dispute
    ("Director Ines Albarran said visitor numbers had fallen since 2020.",
     "The staff association said it had fallen by a third over the same period."),
    # the same party going on
    ("The kennel club said 2,300 dogs were entered this year.",
     "The kennel club says the figure was 2,100 last year."),
])
def test_agreement_or_an_unrelated_number_is_no_dispute(claim: str, answer: str) -> None:
    assert _found(claim, answer) == []
