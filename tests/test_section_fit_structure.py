"""Themed sections hold what their titles say, read from the statement's structure (invented text)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from briefgen import sections

DAY = dt.date(2026, 5, 4)


def test_quoted_pledge_is_no_catalyst() -> None:
    text = '"No grower who lost an orchard to this frost will be forgotten," Ferreira said at a rally in Braga.'
    assert sections.catalyst(text, "upcoming", DAY, DAY) is None


def test_dated_act_told_by_modal_is_catalyst() -> None:
    text = "The agency said compensation cheques would be posted on May 28."
    watch = sections.catalyst(text, "quote", DAY, DAY)
    assert watch is not None and watch.day == dt.date(2026, 5, 28)


def test_quantity_forecast_with_year_is_no_catalyst() -> None:
    assert sections.catalyst("The board said ticket sales would rise by 5 percent in 2027.", "quote", DAY, DAY) is None


def test_undated_step_needs_a_trigger() -> None:
    assert sections.catalyst("The harbour board said it would reopen the pier once divers finish the survey.",
                             "upcoming", DAY, DAY) == sections.Watch(day=None)
    assert sections.catalyst("The harbour board said it would review the pier.", "upcoming", DAY, DAY) is None


def test_stake_diluted_is_no_lever() -> None:
    assert not sections.lever("The city, which owns 60 percent, would see its holding diluted to 40 percent.")


def test_estimate_if_a_body_acts_is_no_lever() -> None:
    assert not sections.lever("If the regulator caps fees, we estimate Portline's revenue would fall by a fifth.")


def test_ministry_figure_is_no_lever() -> None:
    assert not sections.lever("The transport ministry said freight volumes had fallen 8 percent.",
                              "The transport ministry")


def test_authority_acts_is_lever() -> None:
    assert sections.lever("The port committee must approve any new berth before work starts, the ministry said.")
    assert sections.lever("The harbour ministry said it would decide by 12 June whether to extend the lease.",
                          "The harbour ministry")
    assert sections.lever("Any change to the tariff requires a decree signed by the president.")
    assert sections.lever("Shipping groups called for a state fund to dredge the channel.", "Shipping groups")


def test_refusal_in_quotes_is_no_lever() -> None:
    assert not sections.lever('The island government said it "will not be dictated to".', "The island government")


def test_rating_is_no_demand_or_supply() -> None:
    assert not sections.about_demand_supply("We cut Portline to SELL with a target price of 12 euros as volumes fall 9%.")
    assert sections.about_demand_supply("Container volumes fell 9% in April.")


def test_money_security_is_off_theme() -> None:
    assert "security" not in sections.in_sense("a deferral of social security contributions").lower()
    assert "security" in sections.in_sense("a threat to national security").lower()


@given(st.sampled_from(["BUY", "SELL", "HOLD"]), st.integers(min_value=1, max_value=999))
def test_any_rating_is_no_demand(rating: str, target: int) -> None:
    assert not sections.about_demand_supply(f"We move to {rating} with a target price of {target} pence; orders fell 4%.")
