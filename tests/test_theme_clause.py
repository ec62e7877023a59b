"""A themed section takes a statement on its main clause, not on a word anywhere in it (invented text)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from briefgen import sections as holds


def test_a_quoted_characterisation_is_no_competition() -> None:
    text = ('The monitoring panel said the vote on May 3 had been "calm and competitive", but that the '
            'recount in nine districts "lacked openness".')
    assert not holds.about_competitors(text)
    assert holds.about_competitors("The real contest is competition between the two ferry routes.")
    assert holds.about_competitors("Fares are under competitive pressure from Dunmore Air.")
    assert not holds.about_competitors("The mayoral race was competitive and close.")


def test_demand_and_supply_reads_the_main_clause() -> None:
    assert not holds.about_demand_supply(
        "The central bank sold about USD 300 million of reserves last week to slow the peso's fall, by our "
        "estimate roughly 4% of its liquid reserves.")
    assert not holds.about_demand_supply("The price of Tirana's 2030 eurobond fell almost 3 cents on the dollar.")
    assert not holds.about_demand_supply(
        "The team spent £90 million on players in one season, and it did so because its owner thought the "
        "fastest way up was to buy it.")
    assert not holds.about_demand_supply("Corvell Shipping carries about 28 percent of the grain volume on the river.")
    assert holds.about_demand_supply("Bookings for the spring fell 12 percent, as travellers switched to rail.")
    assert holds.about_demand_supply("Orders for the new tractor rose 9% in March.")


def test_a_scenario_heading_is_no_statement() -> None:
    assert holds.label("Regulator approves the merger with conditions (our base case, 60%).")
    assert holds.label("Talks collapse (15%)")
    assert not holds.label("The regulator approved the merger with conditions (file M.1234).")
    assert not holds.about_demand_supply("Court orders a partial refund (our base case, 50%).")


def test_an_opening_adverb_is_no_actor_name() -> None:
    source = "The board met on Monday. Separately, the federation said a second hearing would be held in March."
    assert holds.named_actor("Federation", source) == "Federation"
    source = "Harbour Watch, a residents' group, said it would appeal. The group said more."
    assert holds.named_actor("Group", source) == "Harbour Watch"


def test_an_own_first_person_view_is_no_lever() -> None:
    assert not holds.lever('"We believe the tribunal has misread the planning rules," the company said in a statement.')
    assert holds.lever('"The tribunal must reopen the case," the company said.')


def test_a_date_a_change_leaves_behind_is_no_catalyst() -> None:
    day = dt.date(2026, 5, 4)
    text = "The agency said on Monday it had extended its consultation deadline to July 10 from June 15."
    found = holds.catalyst(text, "fact", day, day)
    assert found is not None and found.day == dt.date(2026, 7, 10)
    found = holds.catalyst("The new rules take effect from June 1.", "fact", day, day)
    assert found is not None and found.day == dt.date(2026, 6, 1)


@given(st.sampled_from(["calm", "orderly", "fair", "tense"]), st.sampled_from(["vote", "debate", "count", "race"]))
def test_a_quoted_word_never_decides_a_theme(adjective: str, noun: str) -> None:
    text = f'Observers said the {noun} had been "{adjective} and competitive", and that rivals had been heard.'
    assert not holds.about_competitors(text.replace(", and that rivals had been heard", ""))


def test_a_body_cited_for_a_figure_is_no_lever_and_a_firm_bought_no_demand() -> None:
    assert not holds.lever("Wool prices fell 9 percent in the spring, according to the agriculture ministry.")
    assert holds.lever("The agriculture ministry cut the wool levy by 9 percent in the spring.")
    assert not holds.about_demand_supply("Brenholt Mills agreed on Friday to buy yarn maker Ostvik Textiles for "
                                         "400 million euros.")
    assert holds.about_demand_supply("Brenholt Mills sold 12,000 tonnes of yarn in May, up 8%.")
