"""Opposite states of one subject held by two named holders (briefgen.notes.statuses), on invented text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes import statuses

HOLDERS = ["Ana Ruiz", "Harbour Union"]


def _apart(a: str, b: str, holders: list[str] | None = None) -> list[statuses.Apart]:
    return statuses.apart([statuses.status(a), statuses.status(b)], [1.0, 1.0], holders or HOLDERS)


def test_negation_turns_a_state_round() -> None:
    found = _apart("The audit of the pier is complete, Ana Ruiz said.",
                   "Harbour Union said the audit of the pier was not complete.")
    assert [(one.a, one.b) for one in found] == [(0, 1)]
    assert "not complete" in found[0].reason


def test_opposite_members_of_a_pair() -> None:
    assert _apart("The ferry terminal remains within its budget, Ana Ruiz said.",
                  "The ferry terminal is NZ$4 million over budget, Harbour Union said.")
    assert _apart("The tunnel is on track, Ana Ruiz said.", "The tunnel is behind schedule, Harbour Union said.")


def test_one_holder_updating_itself_is_no_disagreement() -> None:
    assert not _apart("The audit is complete.", "The audit was not complete.", ["Ana Ruiz", "ana ruiz"])


def test_unnamed_holder_is_left_out() -> None:
    assert not _apart("The audit is complete.", "The audit was not complete.", ["Ana Ruiz", ""])


def test_different_subjects_pronouns_and_hedges() -> None:
    assert not _apart("The tunnel is on track.", "The station is behind schedule.")
    assert statuses.status("It is complete, she said.") is None
    assert statuses.status("The audit could be incomplete if records are lost.") is None
    assert statuses.status("The audit will be completed in May.") is None


def test_both_ways_in_one_sentence_is_no_claim() -> None:
    assert statuses.status("The tunnel is on track but the station is behind schedule.") is None


@given(st.sampled_from(["audit", "review", "consultation", "inspection"]), st.booleans())
def test_polarity_is_the_negation(noun: str, negate: bool) -> None:
    found = statuses.status(f"The {noun} was {'not ' if negate else ''}complete, the board said.")
    assert found is not None and found.positive is not negate and found.pair == "complete"
