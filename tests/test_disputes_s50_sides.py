"""Dispute sides are short party names: the subject of an object relative clause holds the verb of saying
("costs, which Harbour Press puts at ..."), and a group speaking for someone is named as written."""

from __future__ import annotations

from briefgen.notes import counterclaims as cc
from briefgen.notes import disputes


def test_an_object_relative_clause_names_who_puts_the_figure() -> None:
    text = ("The tribunal ordered the owner to pay 60 percent of the paper's costs, which Harbour Press puts at "
            "more than 90,000 pounds.")
    assert disputes._claimant_label(text) == "Harbour Press"
    assert disputes.claimant(text) == frozenset({"harbour", "press"})


def test_a_subject_relative_clause_keeps_its_antecedent() -> None:
    assert disputes._holder_phrase("Dunmore Rail, which runs the depot and maintains the track, ") == "Dunmore Rail"
    assert disputes._holder_phrase("The levy, which the chamber ") == "the chamber"


def test_a_group_acting_for_a_person_is_not_that_person_with_his_body() -> None:
    texts = ["The libel claim brought by Kellow mayor Edwin Marsh against the Kellow Courier went to trial.",
             "Ines Carvalho, director of the Open Records Trust, said the case was an attempt to silence the paper.",
             "Lawyers for Mayor Marsh reject the description."]
    found = cc.Parties(texts, [0, 1, 1]).apart(1, 2, disputes.Dispute(1, 2, ("Ines Carvalho", "Lawyers for Mayor Marsh"),
                                                                      ()))
    assert found is not None
    assert found.sides[1] == "Lawyers for Mayor Marsh"  # not "Kellow (Lawyers for Mayor Marsh, mayor)"


def test_a_rebuttal_of_an_owners_figure_answers_whoever_puts_it() -> None:
    claim = ("The tribunal ordered the owner to pay 60 percent of the paper's costs, which Harbour Press puts at "
             "more than 90,000 pounds.")
    found = disputes.rebuttal("Quill's lawyers dispute the paper's costs figure, calling it \"inflated\".")
    assert found is not None
    assert disputes.rebuts(claim, found)
    # no figure of the owner's costs: nothing the rebuttal answers
    assert not disputes.rebuts("The tribunal ordered the owner to pay the paper's costs in full.", found)
