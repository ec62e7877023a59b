"""Section senses (sec56): a stance "defended" to an audience is no security matter; who owns or runs a
thing is background for no themed section; a service's supply lost or restored is an outage, no quantity
of a market's supply. Invented sentences."""

from __future__ import annotations

import pytest

from briefgen import sections

_SECURITY = ("security", "secure", "military", "defen", "threat")


def _security_words(text: str) -> bool:
    sensed = sections.in_sense(text).lower()
    return any(word in sensed for word in _SECURITY)


@pytest.mark.parametrize("text", [
    '"Eighteen months is a timetable I can defend to parents," the schools minister said.',
    "The mayor said he would defend it before the council's members.",
    '"That is a figure we can defend."',
    "The chief executive defended the dividend.",
    "The committee chair defended the threshold as fair.",
])
def test_a_stance_defended_is_no_security_matter(text: str) -> None:
    assert not _security_words(text)


@pytest.mark.parametrize("text", [
    "Soldiers defended the fuel depot against looters overnight.",
    "The garrison said it would defend to the last man.",
    "Troops will defend the northern crossing.",
])
def test_a_place_or_people_defended_stays_security(text: str) -> None:
    assert _security_words(text)


@pytest.mark.parametrize("text", [
    "The ferry route is operated under a ten-year franchise by Skarne Lines, a subsidiary of the Holmvik group.",
    "The brewery is owned by a Belgian family trust.",
    "Ostmark Dairies is a wholly owned subsidiary of Valgren.",
])
def test_who_owns_or_runs_a_thing_is_a_profile(text: str) -> None:
    assert sections.profile(text)


@pytest.mark.parametrize("text", [
    "The regulator said the route is run by an operator that has failed twice.",
    "The depot was run by volunteers during the strike.",
    "The line will be operated by a new company from June.",
    "The plan is opposed by growers.",
])
def test_an_act_or_a_verdict_is_no_profile(text: str) -> None:
    assert not sections.profile(text)


@pytest.mark.parametrize("text", [
    "About 6,300 customers in the valley lost supply after the pumping station flooded, the water company said.",
    "The company restored supply to 2,100 homes on Tuesday evening.",
    "Some 900 homes were left without heating supply for 40 hours.",
])
def test_a_service_outage_is_no_quantity_of_supply(text: str) -> None:
    assert not sections.about_demand_supply(text)


@pytest.mark.parametrize("text", [
    "Gas supply to the region fell 40% in March.",
    "Water demand in the valley rose 12% during the heatwave.",
    "Supply of bark substitutes is around 280,000 cubic metres a year.",
])
def test_a_market_quantity_of_supply_stays(text: str) -> None:
    assert sections.about_demand_supply(text)
