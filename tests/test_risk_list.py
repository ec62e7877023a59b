"""A sentence headed by the risks it names is a risk, even when it is a writer's own view."""

from __future__ import annotations

import pytest

from briefgen import sections
from briefgen.notes import features


@pytest.mark.parametrize("sentence", [
    "Risks to our view: a strike at the Dunmore plant could halt output; costs could overrun by 20%.",
    "The main risks to our call are that orders slow and that the regulator caps tariffs in 2028.",
    "Key risks include a delayed licence and weaker export prices.",
    "Downside risks to our estimates are that rates stay high and that margins fall.",
])
def test_risk_list_is_a_risk(sentence: str) -> None:
    kind = features.classify(sentence, source_kind="analysis", speaker=None, has_figures=False)
    assert kind == "risk"
    assert sections.risk(sentence, kind)


@pytest.mark.parametrize("sentence", [
    "We think the risk is low.",
    "The risks of a strike are overstated, in our view.",
    "Risk appetite has returned to bond markets, we believe.",
    "Upside risks include a faster recovery in orders, we think.",
])
def test_no_risk_named(sentence: str) -> None:
    assert not features.risk_list(sentence)
    assert features.classify(sentence, source_kind="analysis", speaker=None, has_figures=False) != "risk"


@pytest.mark.parametrize("sentence", [
    "Approval removes the licensing risk that has hung over Brennock Mining since 2021.",
    "The refinancing eliminates the liquidity risk for the group.",
    "The ruling clears the regulatory uncertainty over the merger.",
])
def test_risk_taken_away_is_no_risk(sentence: str) -> None:
    assert not sections.risk(sentence, "risk")


@pytest.mark.parametrize("sentence", [
    "Approval removes the licensing risk, but a strike could still delay output.",
    "The refinancing reduces the liquidity risk, though lenders warned that covenants could be breached.",
])
def test_risk_beside_one_taken_away_stays(sentence: str) -> None:
    assert sections.risk(sentence, "risk")
