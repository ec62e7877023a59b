"""Sections hold what their titles promise (invented text): defending a value and threatening to act
are no security; an act done that eases a threat is no risk."""
from __future__ import annotations

import re

import pytest

from briefgen import sections

_SECURITY = re.compile(r"\bdefen\w*|\bthreat\w*", re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "The 150bp cut signals that the monetary authority is prepared to defend the peg with reserves.",
    "The champions will defend their title in Lyon next spring.",
    "The minister defended the decision to close three rural courts.",
    "\"Charging for entry cannot be defended on any grounds,\" the trust's chair said.",
    "The nurses' union threatened to call a walkout from January unless the board raises pay.",
    "The growers dropped their boycott threat after the supermarket raised its price.",
])
def test_no_security_sense(text: str) -> None:
    assert not _SECURITY.search(sections.in_sense(text))


@pytest.mark.parametrize("text", [
    "Troops were sent to defend the border town after the shelling.",
    "The ministry said the group posed a threat to shipping in the strait.",
    "Rebels threatened the airport with drones on Friday.",
])
def test_security_sense_kept(text: str) -> None:
    assert _SECURITY.search(sections.in_sense(text))


@pytest.mark.parametrize("text", [
    "The pilots' association suspended its walkout threat on Friday after the airline raised its offer, a spokesman said.",
    "The farmers called off the blockade on Monday after the ministry agreed to talks.",
])
def test_eased_threat_is_no_risk(text: str) -> None:
    assert not sections.risk(text, "risk")


@pytest.mark.parametrize("text", [
    "A prolonged walkout could delay the airline's spring schedule, analysts said.",
    "The farmers suspended the blockade but warned they would return if talks fail.",
    "Shipping insurers may raise premiums for vessels crossing the strait.",
])
def test_possible_outcome_stays_a_risk(text: str) -> None:
    assert sections.risk(text, "risk")
