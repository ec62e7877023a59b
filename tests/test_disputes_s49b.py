"""Disputes, session 49: a record, a document or a body of data ("the depot's shift records",
"internal emails") is cited by a side, never a side itself; the owner of what a sentence is about ("Mayor Ana Ruiz's decision") is not its speaker."""

from __future__ import annotations

from briefgen.notes import disputes, features


def test_a_record_is_no_holder_of_a_stance() -> None:
    text = "Operations director Kim Vale said the depot's shift records did not support the overtime claims."
    assert disputes.stance(text) is None


def test_a_record_set_against_a_party_is_no_dispute() -> None:
    texts = ["The drivers' union welcomed the tribunal's ruling on the overtime claims at the depot.",
             "Operations director Kim Vale said the depot's shift records did not support the overtime claims at the depot."]
    assert disputes.disputes(texts, [1.0, 1.0]) == []


def test_a_party_is_still_a_holder() -> None:
    found = disputes.stance("Depot manager Kim Vale supported the new night rota at the depot.")
    assert found is not None and "Vale" in found.holder


def test_names_record_reads_the_head_noun_not_a_name() -> None:
    assert features.names_record("Company's meter data")
    assert features.names_record("the council's own figures")
    assert features.names_record("Emails")
    assert not features.names_record("Consumer Reports")  # a name whose last word is a record noun
    assert not features.names_record("the drivers' union")
    assert not features.names_record("Kim Vale")


def test_the_owner_of_the_object_is_not_the_speaker() -> None:
    found = features.find_speaker("The tenants' association welcomes Mayor Ana Ruiz's decision to freeze the rents.")
    assert found is None or "Ruiz" not in found.name


def test_names_record_reads_the_head_before_what_follows_it() -> None:
    assert features.names_record("Internal emails seen by the Courier")
    assert features.names_record("Figures from the Port Office")
    assert not features.names_record("Office for National Statistics")
    assert not features.names_record("Bank of England")
