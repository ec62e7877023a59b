"""A party's denial or admission of its own part is its stance (pos52): "said it does not accept
liability", "said it denied causing the spill" give the party a speaker, so a Stakeholder row can
hold it; a count of items it processed ("accepted 23 applications") is none (invented text)."""
from __future__ import annotations

import pytest

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
