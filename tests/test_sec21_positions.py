"""Stakeholder rows give positions (stop 40, sec21): a statement that only voices regret or reports a
step of procedure is no position.
Invented text only."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen import sections


@pytest.mark.parametrize("text", [
    "The ferry operator said it regretted the closure and that it had invited the harbour board to talks.",
    "Norvik Mining said it had received the proposal and would study it.",
    "The academy said it had informed parents and the education office.",
    "The museum said it was saddened by the decision.",
])
def test_courtesy_or_procedure_is_no_position(text: str) -> None:
    assert not sections.position(text)


@pytest.mark.parametrize("text", [
    "The association said it regretted the decision and would challenge it in court.",
    "The council said it had invited the developer to talks but would not approve the tower.",
    "The growers said they rejected the offer.",
    "The firm said it regretted the job losses but the site had no future.",
    "\"We cannot keep a plant running at half its capacity,\" the chief executive said.",
])
def test_a_stance_beside_courtesy_stays_a_position(text: str) -> None:
    assert sections.position(text)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["The port authority", "Lindqvist Foods", "The residents' association"]),
       st.sampled_from(["opposed the plan", "demanded a new vote", "warned the plan would cost jobs",
                        "would appeal the ruling"]))
def test_courtesy_added_to_a_stance_keeps_it(holder: str, stance: str) -> None:
    assert sections.position(f"{holder} said it regretted the delay and {stance}.")
