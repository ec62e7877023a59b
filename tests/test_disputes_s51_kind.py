"""A party's own count set against "the other's figure" answers a figure of that kind, not a cost or a rate (s51)."""

from __future__ import annotations

from briefgen.notes import disputes


def test_a_count_answers_a_count_not_a_cost_or_a_percentage() -> None:
    found = disputes.rebuttal("The Marsh Lane Residents' Group put the number of flooded homes at 140, saying the "
                              "agency's figure left out basements.")
    assert found is not None and found.kind == "count"
    cost = "The agency said the 2 percent levy would raise £3.4 million a year for new defences."
    count = "The agency said 85 homes had been flooded."
    assert not disputes.rebuts(cost, found, before=True)
    assert disputes.rebuts(count, found, before=True)


def test_money_and_percent_are_told_apart() -> None:
    found = disputes.rebuttal("The drivers' union put the figure at 4.5 million pounds, saying the operator's "
                              "costing counted overtime twice.")
    assert found is not None and found.kind == "money"
    assert not disputes.rebuts("The operator said the claim amounted to a 9 percent rise.", found, before=True)
    assert disputes.rebuts("The operator said the claim would cost £7 million a year.", found, before=True)
