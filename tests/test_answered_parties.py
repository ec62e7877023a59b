"""A statement that answers a party it names is set against that party, never a third one; a bare
common noun ("Company", "Council") is no party name (invented text)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes import counterclaims
from briefgen.notes.disputes import Dispute

ANSWER = ("Transport director Ewan Mabry said the council had no plans to raise the charge next year, "
          "rejecting calls from Clean Air Lisbrook for an 11-pound fee.")
CALL = "We are calling on the council to raise the charge to 11 pounds from April."
TRADERS = "The Lisbrook Traders' Association repeated its call for the charge to be suspended over Christmas."


def test_answered_parties_reads_the_named_party():
    assert counterclaims.answered_parties(ANSWER) == [frozenset({"clean", "air", "lisbrook"})]
    assert counterclaims.answered_parties("Dahl said so, rejecting the union's demand for a retainer.") == [
        frozenset({"union"})]
    assert counterclaims.answered_parties("Councillor Hagen's claim that the hall serves the rich is wrong.") == [
        frozenset({"hagen"})]
    assert counterclaims.answered_parties("The council said the charge would stay at 7 pounds.") == []


def test_answer_is_paired_with_the_answered_party_in_first_person():
    found = counterclaims.answer_pairs([CALL, ANSWER], [0, 1], ["Clean Air Lisbrook", "Lisbrook Wire"], [1.0, 1.0])
    assert [(a, b, d.sides[0]) for a, b, d in found] == [(0, 1, "Clean Air Lisbrook")]


def test_answer_needs_the_same_thing_and_the_same_party():
    assert counterclaims.answer_pairs(["Our monitors show pollution 14 percent lower.", ANSWER], [0, 1],
                                      ["Clean Air Lisbrook", ""], [1.0, 1.0]) == []
    assert counterclaims.answer_pairs([CALL, ANSWER], [0, 1], ["Lisbrook Traders", ""], [1.0, 1.0]) == []
    assert counterclaims.answer_pairs([CALL, ANSWER], [0, 0], ["Clean Air Lisbrook", ""], [1.0, 1.0]) == []


def test_third_party_is_no_opponent_of_an_answer():
    parties = counterclaims.Parties([TRADERS, ANSWER], [0, 1])
    assert parties.apart(0, 1, Dispute(0, 1, ("The Lisbrook Traders' Association", "Ewan Mabry"), ())) is None


def test_bare_common_noun_side_is_no_party():
    # the sources name two companies ("drugmaker Halvorsen Bio", "device company Orin Labs"): "Company" stands for neither
    texts = ["The company said it had asked the regulator for a meeting on the subgroup data.",
             "Lena Hart of Carrow Securities said the regulator would ask for a new study.",
             "Halvorsen Bio, a drug company, fell.", "Orin Labs, a device company, rose."]
    parties = counterclaims.Parties(texts, [0, 1, 2, 3])
    assert parties.apart(0, 1, Dispute(0, 1, ("Company", "Lena Hart"), ())) is None


def test_writers_first_person_view_is_not_held_by_the_party_it_is_about():
    texts = ["Halvorsen Bio said it had asked the FDA for a meeting on the subgroup data.",
             "Even if the effect is large, the FDA has not approved such a drug in a decade, and we would expect "
             "it to ask for a new study."]
    parties = counterclaims.Parties(texts, [0, 1])
    assert parties.apart(0, 1, Dispute(0, 1, ("Halvorsen Bio", "FDA"), ())) is None


@given(st.sampled_from(["Clean Air Lisbrook", "Friends of Kell Harbour", "Ashby Cyclists"]),
       st.sampled_from(["Lisbrook Traders' Association", "Kell Ferry Users", "Harbour Lines"]))
def test_answer_to_one_party_never_sets_another_against_it(answered: str, other: str):
    answer = f"Director Ewan Mabry said the plan would stand, rejecting calls from {answered} for a review."
    statement = f"The {other} said the plan needed a review."
    parties = counterclaims.Parties([statement, answer], [0, 1])
    assert parties.apart(0, 1, Dispute(0, 1, (f"The {other}", "Ewan Mabry"), ())) is None
