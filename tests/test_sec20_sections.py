"""Sections hold what their titles say (stop 40): a connective before a lever's subject, a defence
of a decision in court, a share move in a low-markets event section, speakers named in close apposition,
after an inverted verb with their role, or with a dash aside. Invented text only."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen import sections
from briefgen.notes import features

NOW = dt.date(2026, 11, 24)


def test_revised_estimate_after_a_connective_is_no_lever() -> None:
    assert not sections.lever("Separately, the Treasury revised its forecast of the harbour levy's yield to 40 "
                              "million dollars, from 52 million.", now=NOW)
    assert not sections.lever("[S]eparately, the Treasury revised its forecast of the harbour levy's yield.", now=NOW)
    assert not sections.lever("Second, the agency assumes visitor numbers of 2 million a year.", now=NOW)


def test_an_act_after_a_connective_stays_a_lever() -> None:
    assert sections.lever("Separately, the agency banned trawling in the bay from March.", now=NOW)
    assert sections.lever("Finally, the council voted to cap short-term lets at 90 nights.", now=NOW)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Separately, ", "Meanwhile, ", "In addition, ", "However, ", "Third, ", "Finally, "]),
       st.sampled_from(["the regulator fined the operator 3 million euros.",
                        "the ministry expects growth of 2 percent.",
                        "the harbour board raised its estimate of dredging costs to 8 million.",
                        "the court suspended the permit until a new hearing."]))
def test_a_connective_changes_nothing_about_a_lever(connective: str, clause: str) -> None:
    whole = connective + clause
    assert sections.lever(whole, now=NOW) == sections.lever(clause[0].upper() + clause[1:], now=NOW)


def test_defending_a_decision_in_quotes_is_no_security() -> None:
    text = 'The ministry said it would "vigorously defend" the licence in court.'
    assert sections.in_sense(text) != text
    assert "defend" not in sections.in_sense(text)
    assert "defend" not in sections.in_sense("The agency said it would defend the ruling on appeal.")
    assert "secure" not in sections.in_sense("It is a decision for cheaper and more secure heating.")
    border = "The army will defend the border towns."
    assert sections.in_sense(border) == border


def test_a_share_move_with_an_apposition_is_a_market_move() -> None:
    assert sections.market_move("Shares in the ferry line's owner, Skerry Holdings, fell 5 percent on the news.")
    assert not sections.market_move("The ferry line's market share rose after the merger.")


def test_a_name_does_not_run_over_a_sentence_end() -> None:
    text = "The board acted after a complaint by Norra Fisk.\n\nThe Fisheries Ministry then said it would act."
    assert sections.named_actor("Ministry", text) == "Fisheries Ministry"


def test_speakers_with_their_role_around_the_name() -> None:
    close = features.find_speaker("The regional carrier Fjordfly said the new fee was unfair and that it "
                                  "would appeal.")
    assert close == features.Speaker(name="Fjordfly", role="regional carrier")
    inverted = features.find_speaker('"We were never consulted," said Tromsø harbour director Ola Berg.')
    assert inverted is not None and inverted.name == "Ola Berg" and "harbour director" in inverted.role
    # a place after a preposition is no name in apposition ("The regional government in Valencia said")
    placed = features.attribution("The regional government in Tromsø said it would review the plan.")
    assert placed is None or placed[0].name != "Tromsø"
    appositive = features.find_speaker("A fishermen's group, Coast First, said it would block the harbour.")
    assert appositive == features.Speaker(name="Coast First", role="fishermen's group")
    aside = features.find_speaker("The three councils along the fjord — Alta, Nordkapp and Hasvik — said they "
                                  "would challenge the plan.")
    assert aside is not None and aside.name.lower().startswith("three councils")


def test_a_quoted_verdict_on_the_event_is_a_view() -> None:
    found = features.find_speaker('"This is the wrong fee at the wrong time," said Kari Lund, head of the '
                                  "ferry users' association.")
    assert found is not None and found.name == "Kari Lund"
    # a quoted fact with no verdict and no view stays no position
    assert features.find_speaker('"Ferries sailed at 6 am," said Kari Lund, head of the association.') is None
