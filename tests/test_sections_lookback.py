"""Statements under the heading they fit (stop 32): a recalled view is no outlook or position, a
party's forecast of its own figure is no position, a public body's act in an earlier year is no
lever, a season's total is no event of its report's day. Invented text only."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from briefgen import sections as holds


def test_recalled_warning_is_no_position():
    text = ("Speaking at the launch, former harbour master Ana Petrov said the port had warned the council "
            "in 2019 that the breakwater would fail.")
    assert not holds.position(text)


def test_view_held_now_after_a_recalled_one_stays_a_position():
    assert holds.position("The ferry union said it had opposed the timetable and would strike in March.")
    assert holds.position("The ferry union said the council should scrap the timetable.")


def test_recalled_warning_in_own_words_is_no_outlook():
    text = ("\"We warned the regulator in June that the reservoir could not supply the valley,\" said "
            "water company director Lise Moen.")
    assert not holds.outlook(text, "forecast")
    assert not holds.outlook(text, "quote")


def test_forecast_made_long_ago_stays_a_forecast():
    assert holds.outlook("The statistics office said in March that rents would rise in 2027.", "forecast")


def test_own_quantity_forecast_is_no_position():
    assert not holds.position("The grain board expects output of 4.1 million tonnes in 2026/27, after 4.6 million.")
    assert not holds.position("Rival miller Korn AG said it expects to mill about 800,000 tonnes, as planned.")
    # a forecast of an effect, with another subject's clause, is left as it was
    assert holds.position("The bakers' guild said the board must lower its price, and it expects 300 bakeries to close.")


def test_past_year_act_of_a_public_body_is_no_lever():
    now = dt.date(2026, 11, 20)
    text = "The transport ministry cut the harbour dredging budget by 9 million euros in 2023, and silting doubled."
    assert holds.lever(text) and not holds.lever(text, now=now)
    assert holds.lever("The transport ministry cut the harbour dredging budget in 2025 and will review it in 2027.",
                       now=now)
    assert holds.lever("The transport ministry cut the harbour dredging budget on Monday.", now=now)


def test_season_total_has_no_day():
    assert holds.period_total("Growers delivered 2.3 million tonnes in the 2025/26 season, down from 2.6 million.")
    assert holds.period_total("The port handled 41,000 containers in the quarter that ended in June.")
    assert not holds.period_total("The council fined the operator 2 million euros.")


@given(st.integers(min_value=1990, max_value=2025), st.sampled_from(["ministry", "regulator", "council"]))
def test_any_earlier_year_is_history(year: int, body: str):
    now = dt.date(2026, 6, 1)
    text = f"The {body} cut the grant by 3 million euros in {year}."
    assert holds.history(text, now)
    assert not holds.history(f"The {body} will cut the grant by 3 million euros in {year + 2}.", now)


def test_recalled_warning_to_a_public_body_is_no_lever():
    text = ("Speaking at the launch, former harbour master Ana Petrov said the port had warned the council "
            "in 2019 that the breakwater would fail.")
    assert not holds.lever(text)
    assert holds.lever("The port said the council must rebuild the breakwater.")


def test_public_speaker_recalling_a_view_is_no_lever():
    assert not holds.lever("Former transport minister Ion Sava said the ministry had argued in 2015 that traffic "
                           "would double within a decade.", "Ion Sava", "Former transport minister")
