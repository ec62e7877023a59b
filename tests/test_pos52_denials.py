"""A party's denial or admission of its own part is its stance (pos52): "said it does not accept
liability", "said it denied causing the spill" give the party a speaker, so a Stakeholder row can
hold it; a count of items it processed ("accepted 23 applications") is none; a promise of a document at a time ("promised an updated
statement by Friday") is logistics, no position (invented text)."""
from __future__ import annotations

import pytest

from briefgen import sections
from briefgen.notes import features


@pytest.mark.parametrize(("sentence", "holder"), [
    ("Brightwater Rail has said it does not accept liability for the passengers' costs, calling the failure "
     "a one-off.", "Brightwater Rail"),
    ("Norvale Chemicals said it denied causing the fish deaths downstream.", "Norvale Chemicals"),
    ("The Orrin Harbour Board said it disputes the engineers' account of the collapse.", "Orrin Harbour Board"),
    ("Tessaly Foods said it did not accept responsibility for the contamination.", "Tessaly Foods"),
    ("Quillon Bus said it regretted the council's decision to cut the subsidy.", "Quillon Bus"),
])
def test_a_denial_or_admission_of_its_own_part_is_a_stance(sentence: str, holder: str) -> None:
    found = features.find_speaker(sentence)
    assert found is not None and found.name == holder


@pytest.mark.parametrize("sentence", [
    "Norvale District Council said it accepted 23 applications for the grant.",
    "The Orrin licensing office said it had denied 40 permits last year.",
    "The insurer Kelvara said it denied about 300 claims in the quarter.",
])
def test_a_count_of_items_processed_is_no_stance(sentence: str) -> None:
    assert features.find_speaker(sentence) is None


@pytest.mark.parametrize("text", [
    "Wexmoor Homes has promised an updated cash statement by Friday, 9 October.",
    "The port authority promised to publish a full breakdown of the dredging costs next week.",
])
def test_a_promise_of_a_document_at_a_time_is_no_position(text: str) -> None:
    assert sections.logistics(text)
    assert not sections.position(text)


@pytest.mark.parametrize("text", [
    "The dockers' union promised a fight to the end over the rota.",
    "The minister promised a review of the cap if prices rose.",
])
def test_a_promise_that_is_no_document_at_a_time_stays_a_position(text: str) -> None:
    assert not sections.logistics(text)
    assert sections.position(text)
