"""Two holders' values of one quantity across sources (estimates.held_apart): invented text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes import estimates, features


def _same(texts):
    def same(i, hi, j, hj):
        return hi.lower().removeprefix("the ") == hj.lower().removeprefix("the ")
    return same


def _apart(texts, groups, dates, owners=None):
    owners = owners or [""] * (max(groups) + 1)
    return estimates.held_apart(texts, [features.find_figures(t) for t in texts], groups, dates, owners, _same(texts))


ROAD = "The transport agency puts the cost of the Veldmark bypass at 420 million euros."
AUDIT = "The Court of Accounts estimates the cost of the bypass at 610 million euros."


def test_two_holders_two_values_of_one_cost_are_a_dispute():
    found = _apart([ROAD, AUDIT], [0, 1], ["2026-03-01", "2026-05-01"])
    assert [(i, j) for i, j, _, _ in found] == [(0, 1)]
    assert found[0][2] == ("The transport agency", "The Court of Accounts")


def test_a_holder_revising_its_own_value_is_no_dispute_and_the_latest_value_stands():
    later = "The transport agency on Monday raised its cost estimate for the bypass to 560 million euros."
    found = _apart([ROAD, AUDIT, later], [0, 1, 2], ["2026-03-01", "2026-05-01", "2026-06-01"])
    assert [(i, j) for i, j, _, _ in found] == [(1, 2)]  # the agency's latest value, not its first
    assert not _apart([ROAD, later], [0, 1], ["2026-03-01", "2026-06-01"])


def test_a_bound_that_allows_the_other_value_is_no_conflict():
    bound = "The Court of Accounts estimates the cost of the bypass at no less than 400 million euros."
    assert not _apart([ROAD, bound], [0, 1], ["", ""])
    above = "The Court of Accounts estimates the cost of the bypass at no less than 500 million euros."
    assert _apart([ROAD, above], [0, 1], ["", ""])


def test_no_named_holder_no_dispute():
    bare = "The bypass is expected to cost 610 million euros."
    assert not _apart([ROAD, bare], [0, 1], ["", ""])


def test_the_sources_own_voice_is_held_by_its_owner():
    own = "Our own analysis puts the cost of the bypass at 610 million euros, not 420 million euros."
    found = _apart([ROAD, own], [0, 1], ["", ""], ["", "Veldmark Taxpayers"])
    assert found and found[0][2][1] == "Veldmark Taxpayers"


@given(st.integers(min_value=100, max_value=900), st.integers(min_value=0, max_value=4))
def test_values_within_rounding_never_conflict(value, bump):
    other = value + value * bump // 100  # at most 4 percent apart
    a = f"The transport agency puts the cost of the bypass at {value} million euros."
    b = f"The Court of Accounts estimates the cost of the bypass at {other} million euros."
    assert not _apart([a, b], [0, 1], ["", ""])


# ------------------------------------------------ a revision told by another holder; "according to X figures"

GRANT = "The orchestra's director, Ines Calder, said the new hall would cost about 96 million crowns a year to run."
CUT = ("Lower heating bills cut the cost of running the new hall to about 71 million crowns a year from 96 million "
       "crowns, according to Tarnow city finance office figures.")


def test_a_later_sentence_giving_the_old_value_as_replaced_is_a_revision_not_a_dispute():
    assert not _apart([GRANT, CUT], [0, 1], ["2026-02-01", "2026-04-01"])


def test_according_to_names_the_whole_holder_not_its_first_word():
    held = estimates.held_value(CUT, features.find_figures(CUT))
    assert held is not None and held.holder == "Tarnow city finance office"


def test_the_latest_values_of_two_holders_disagree_after_one_revised_with_it():
    first = "The Ferrymen's Guild said the new timetable would put up to 600 crossings at risk each season."
    lead = "The Ferrymen's Guild welcomed the change but said the crossings were still at risk."
    revised = "It revised its estimate of crossings at risk to 380 from 600."
    other = "The port authority estimates that about 150 crossings are at risk each season."
    texts = [first, estimates.named_lead(revised, lead), other]
    found = _apart(texts, [0, 1, 2], ["2026-02-01", "2026-03-01", "2026-02-15"])
    assert [(i, j) for i, j, _, _ in found] == [(1, 2)]  # the Guild's 380, not its superseded 600
    assert found[0][2] == ("The Ferrymen's Guild", "The port authority")


def test_it_takes_the_name_only_from_a_sentence_that_opens_with_one():
    assert estimates.named_lead("It revised its count to 12.", "the guild said so.") == "It revised its count to 12."
    assert estimates.named_lead("Its count rose.", "The Guild said so.") == "Its count rose."


# dis20: an analyst's own voice ("On our numbers", "Our modelling"), hard-wrapped wire copy, and one
# source's total followed by a part of it (invented text).
HARBOUR = "The harbour authority said the new\nquay would cost 310 million\neuros to build."
ANALYST = "On our numbers the quay will cost between 380 million and 420 million euros once dredging is counted."


def test_an_analysts_own_numbers_against_a_wrapped_wire_figure_are_a_dispute():
    texts = [HARBOUR, ANALYST]  # the notes read figures as printed, the text keeps its line breaks
    found = estimates.held_apart(texts, [features.find_figures(" ".join(t.split())) for t in texts], [0, 1],
                                 ["2026-02-01", "2026-02-09"], ["", "Ostra Research"], _same(texts))
    assert [(i, j, held) for i, j, held, _ in found] == [(0, 1, ("The harbour authority", "Ostra Research"))]


def test_a_part_of_a_holders_total_later_in_its_source_does_not_replace_the_total():
    total = "Our modelling puts the saving at 2.7 billion euros, a little over half the official figure."
    part = "We estimate that the early retirement rule accounts for around 0.9 billion euros of the saving."
    ministry = "Minister Ana Kos said the reform would save 3.9 billion euros."
    found = _apart([total, part, ministry], [0, 0, 1], ["2026-03-01", "2026-03-01", "2026-04-01"],
                   ["Fiscal Institute", ""])
    assert [(i, j) for i, j, _, _ in found] == [(0, 2)]


def test_a_bracketed_name_holds_the_value():
    text = "[Ana Kos] said the ruling would reduce the savings to 3.9 billion euros a year."
    held = estimates.held_value(text, features.find_figures(text))
    assert held is not None and held.holder == "Ana Kos"
