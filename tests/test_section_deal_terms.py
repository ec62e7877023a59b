"""Demand and supply holds market conditions (prices, volumes, demand, capacity), never a deal's
terms priced against a share, nor an effect someone says a deal could have (invented text)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen import sections


def test_offer_terms_against_a_share_price_are_no_market_condition() -> None:
    assert not sections.about_demand_supply(
        "Holders of Brisa Foods will get 3.10 euros a share, a premium of 22 percent to the stock's closing price on Friday.")
    assert not sections.about_demand_supply("The bid values each Korvan share at 14 pounds, 40 percent above the share price.")


def test_an_effect_a_body_fears_is_no_market_condition() -> None:
    assert not sections.about_demand_supply(
        "The rail regulator opened a review of the tie-up, saying it could lead to higher fares for commuters.")
    assert not sections.about_demand_supply("The council warned the closure may result in higher rents.")


def test_prices_and_volumes_still_are() -> None:
    assert sections.about_demand_supply("Wholesale cocoa prices rose 14 percent in May.")
    assert sections.about_demand_supply("Exporters could bring forward shipments of 2 million tonnes.")
    assert sections.about_demand_supply("Fares rose 8 percent after the tie-up, the consumer group said.")


@given(st.integers(min_value=1, max_value=95), st.sampled_from(["closing price", "share price", "stock price", "offer price"]),
       st.sampled_from(["Monday", "Friday", "the last trading day"]))
def test_any_premium_to_a_share_price_is_terms(premium: int, price: str, day: str) -> None:
    assert not sections.about_demand_supply(
        f"Shareholders will receive 0.6 new shares for each share held, a premium of {premium} percent to the {price} on {day}.")


def test_a_party_adding_what_it_will_do_is_no_outlook() -> None:
    text = ('"Fares will stay low, with four carriers on the route," the airline said in an emailed statement, '
            "adding that it would work with the regulator.")
    assert not sections.outlook(text, "forecast")
    assert not sections.outlook("The ferry line said in a statement that it would keep both routes.", "forecast")


def test_a_span_or_state_added_stays_a_forecast() -> None:
    assert sections.outlook("Analysts expect the review to run into 2027, adding that it would take months to settle.",
                            "forecast")
    assert sections.outlook("Analysts said bus fares would rise 5 percent next year.", "quote")
