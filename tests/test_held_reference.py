"""Amounts of money are one quantity only when their words say so; "the figure" measures what the
sentence before measured; a copula's value measures its subject; a verb in a relative clause is no
rebuttal (estimates.held_apart, disputes.rebuttal): invented text."""

from __future__ import annotations

from briefgen.notes import disputes, estimates, features


def _same(i, hi, j, hj):
    return hi.lower().removeprefix("the ") == hj.lower().removeprefix("the ")


def _apart(texts, before=None):
    groups = [0] * len(texts)
    return estimates.held_apart(texts, [features.find_figures(t) for t in texts], groups, [""] * len(texts),
                                [""] * len(texts), _same, before=before)


BAKERS = "The Bakers' Guild estimates the flour levy will cost bakeries 80 million pesos this year in lost sales."
TREASURY = "The treasury puts the figure at about 30 million pesos, saying the guild has counted every closure twice."
HARBOUR = "The harbour board puts the cost of dredging the eastern channel at 12 million pesos a year, officials said."


def test_two_amounts_of_money_with_nothing_in_common_are_two_quantities():
    assert not _apart([TREASURY, HARBOUR])


def test_the_figure_measures_what_the_sentence_before_measured():
    assert not _apart([BAKERS, TREASURY], before=["", ""])
    found = _apart([BAKERS, TREASURY], before=["", BAKERS])
    assert [holders for _, _, holders, _ in found] == [("The Bakers' Guild", "The treasury")]


def test_a_copula_gives_the_measure_of_its_subject():
    said = ("The operator told lenders that repair costs at the three damaged terminals, including new cranes and "
            "cabling, would be below 9 million pesos.")
    other = "Dock analyst Ruth Amaro estimates repair costs at 20 million to 25 million pesos."
    found = _apart([said, other])
    assert [holders for _, _, holders, _ in found] == [("The operator", "Dock analyst Ruth Amaro")]


def test_a_verb_in_a_relative_clause_is_no_rebuttal():
    text = ("A week after the mill announced the closure, the auditor who first questioned its stock counts said "
            "the gap was larger than reported.")
    assert disputes.rebuttal(text) is None
    assert disputes.rebuttal("The auditor questioned the mill's claim that stock counts were accurate.") is not None
