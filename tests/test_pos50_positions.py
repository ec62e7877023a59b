"""Stakeholder rows (pos50, invented text): a short exclamation on a thing left unnamed is no
position; a verdict on a thing named only by a demonstrative points back; a name that is only an
owner inside a noun phrase ("the row over Dunmere's plan") is no speaker."""

from __future__ import annotations

import pytest

from briefgen import sections as holds
from briefgen.compose import _owner_only


@pytest.mark.parametrize("text", [
    '"It is a small miracle," Castagne said.',
    '"This is heartbreaking," said the harbourmaster, Ilse Brand.',
    '"That was a dark day," he said.',
])
def test_exclamation_on_an_unnamed_thing_is_no_position(text: str) -> None:
    assert holds.exclaimed(text)


@pytest.mark.parametrize("text", [
    '"It is wrong to close the ward," she said.',                       # the thing is named: closing the ward
    '"It is a disgrace," she said, adding the board would appeal.',    # goes on to a position
    '"The levy is a disgrace," Moreau said.',                          # names its subject
    'Moreau said it was a disgrace.',                                  # no quotation at all
])
def test_exclamation_that_names_its_matter_stays(text: str) -> None:
    assert not holds.exclaimed(text)


@pytest.mark.parametrize("text", [
    "Tarnfield Mills says that picture is wrong.",
    "The ferry operator said those estimates were out of date.",
    "The union insists that account is misleading.",
])
def test_verdict_on_a_demonstrative_points_back(text: str) -> None:
    assert holds.points_back(text)


@pytest.mark.parametrize("text", [
    "The company said that prices were likely to rise.",   # "that" the conjunction
    "He said that the plan is wrong.",                     # "that" before an article: the conjunction
    "The mayor said the toll was wrong.",
])
def test_verdict_on_a_named_thing_stays(text: str) -> None:
    assert not holds.points_back(text)


def test_owner_inside_a_noun_phrase_is_no_speaker() -> None:
    assert _owner_only("Dunmere's", "The row over Dunmere's planned toll has become a row about one bridge.")
    assert not _owner_only("Marlowe's", "Marlowe's said it would keep the store open.")
    assert not _owner_only("Marlowe's", "A spokeswoman for Marlowe's said it would keep the store open.")
    assert not _owner_only("Dunmere", "The row over Dunmere has grown.")
