"""Security is what threatens people, places or systems, not the finance sense of "secured"; a rule's
terms for a class of people ("Farmers whose birds are culled will receive ...") are decided, no outlook."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen import sections

SECURITY_WORDS = ("secure", "secured", "securing", "unsecured")


def _security_word_left(text: str) -> bool:
    return any(w in sections.in_sense(text).lower().split() for w in SECURITY_WORDS)


@pytest.mark.parametrize("text", [
    "Greystone Ratings has placed Harlow Ports Ltd's A3 senior secured rating on review for downgrade.",
    "Investors holding the utility's unsecured bonds due 2031 saw prices fall.",
    "The brewer said it had secured a 90 million euro loan from three banks.",
    "In that case secured creditors rank first.",
    "The council secured funding for a new ferry terminal.",
])
def test_finance_and_obtaining_senses_are_no_security(text: str) -> None:
    assert not _security_word_left(text)


@pytest.mark.parametrize("text", [
    "Soldiers secured the border crossing overnight.",
    "The operator is securing its networks after hackers broke in.",
    "Police moved in to secure the embassy compound.",
])
def test_places_and_systems_made_safe_stay_security(text: str) -> None:
    assert _security_word_left(text)


@given(st.sampled_from(["a", "an"]), st.sampled_from(["site", "deal", "grant", "berth", "contract"]))
def test_secured_with_an_indefinite_object_is_obtained(article: str, noun: str) -> None:
    assert not _security_word_left(f"The firm secured {article} {noun} near the harbour.")


@pytest.mark.parametrize("text", [
    "Farmers whose birds are culled will receive compensation of 6.50 euros per laying hen.",
    "Retailers that stock only low-sugar drinks will receive a rebate of 0.30 crowns per litre.",
    "Small producers that sell fewer than 50,000 litres a year will be exempt from the levy, the ministry said.",
])
def test_rule_terms_are_no_outlook(text: str) -> None:
    assert not sections.outlook(text, "forecast")


@pytest.mark.parametrize("text", [
    "Households that rent will pay more next year, the institute forecast.",
    "The ministry expects the levy to raise about 700 million crowns a year.",
    "Analysts expect growers who planted late will receive lower prices.",
])
def test_forecasts_stay_outlook(text: str) -> None:
    assert sections.outlook(text, "forecast")
