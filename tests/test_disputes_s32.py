"""Disputes on invented text: a rebuttal that judges another's figure off the mark, an own value
set against a named holder's by a comparative, and a reported value that is no party's position."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes import disputes, estimates, features
from briefgen.notes.conflicts import Conflict


def _positions(texts: list[str]) -> list[disputes.Dispute]:
    return disputes.positions(texts, [features.find_figures(t) for t in texts], [1.0] * len(texts))


def test_a_figure_judged_too_high_is_a_rebuttal_of_its_holder() -> None:
    claim = ("The dredging of the harbour will cost about 84 million euros, the port inspectorate said in a "
             "report on Monday.")
    found = disputes.rebuttal("The harbour board said the inspectorate's estimate of 84 million euros remained too high.")
    assert found is not None and found.holder == "Harbour board" and found.counted
    assert disputes.rebuts(claim, found)


def test_figures_that_understate_are_a_rebuttal() -> None:
    found = disputes.rebuttal("Valdane Ferries said the ministry's figures understated the cost of fuel.")
    assert found is not None and found.holder == "Valdane Ferries"


def test_a_figure_judged_by_its_own_holder_is_no_rebuttal_of_another() -> None:
    claim = "The port inspectorate said the dredging would cost 84 million euros."
    found = disputes.rebuttal("The port inspectorate said its own estimate of 84 million euros was too high.")
    assert found is None or not disputes.rebuts(claim, found)


def test_a_reported_fall_is_no_position() -> None:
    # A level or a change a past verb reports is no amount anyone wants ("a measure of demand").
    fell = ("Ferry bookings, a measure of demand, fell 6.2 percent in the spring, the Valdane Tourist Board said, "
            "as operators pass fuel costs to travellers.")
    rise = "Valdane Ferries said its 9 percent fare rise would go ahead in May as planned."
    assert disputes.position(fell, features.find_figures(fell)) is None
    assert _positions([fell, rise]) == []


def test_a_demand_and_an_offer_stay_a_dispute() -> None:
    texts = ["The crew union demanded a fare freeze and wages raised by 7 percent.",
             "Valdane Ferries offered a rise of 3 percent in wages, which the union rejected."]
    assert [(d.a, d.b) for d in _positions(texts)] == [(0, 1)]


def test_sharing_one_word_of_a_name_is_not_naming_the_party() -> None:
    a = disputes.Position(holder="European Ferry Association", who=frozenset({"european", "ferry", "association"}),
                          value=4.0, text="4 percent", unit=frozenset({"%"}), about=frozenset({"book"}),
                          named=frozenset({"european", "ferry", "association", "bookings"}))
    b = disputes.Position(holder="Valdane Ferries", who=frozenset({"valdane", "ferries"}), value=9.0,
                          text="9 percent", unit=frozenset({"%"}), about=frozenset({"fare"}),
                          named=frozenset({"valdane", "ferries", "european", "fares"}))
    assert not disputes._apart(a, b)
    assert disputes._apart(a, disputes.replace(b, named=b.named | {"ferry", "association"}))


def test_an_own_value_larger_than_a_named_holders() -> None:
    texts = ["We now expect a shortfall of 42,000 berths in 2027, larger than the OECD's 30,000 berths."]
    found = estimates.set_against(texts, [features.find_figures(texts[0])], [0], features.find_figures)
    assert [(c.a, c.b) for c in found] == [(0, -1)]
    assert estimates.holders(texts, found[0], "Harbourline Research") == ("Harbourline Research", "OECD")


def test_a_unit_left_out_after_the_comparison_is_the_same_unit() -> None:
    text = "The survey puts the shortfall at 70 million euros, far higher than the Harbour Board's 25 million."
    found = estimates.set_against([text], [features.find_figures(text)], [0], features.find_figures)
    assert [(c.a, c.b) for c in found] == [(0, -1)]


@given(st.sampled_from(["last year's", "January's", "Monday's", "the company's", "the previous season's"]))
def test_a_comparison_with_a_time_or_no_named_holder_is_no_dispute(holder: str) -> None:
    text = f"Bookings will rise 9.5 percent over the season, higher than {holder} 6 percent."
    assert estimates.set_against([text], [features.find_figures(text)], [0], features.find_figures) == []


def test_a_first_person_value_without_a_writer_names_no_holder() -> None:
    text = "We now expect a shortfall of 42,000 berths in 2027, larger than the OECD's 30,000 berths."
    assert estimates.holders([text], Conflict(0, -1, ""), "") == ("", "OECD")
