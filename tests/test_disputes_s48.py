"""Disputes, session 48: a denial of a named party's claim that repeats none of its words, "the real
figure" measured by the sentence before, "no more than" as an upper bound, the amounts' own words
shared by two sentences, and "the company" after a speaker the source calls a union."""

from __future__ import annotations

from briefgen.notes import counterclaims, disputes, estimates, features


def test_a_denial_of_the_named_partys_claim_answers_its_claim_right_before() -> None:
    texts = ["The port board said the grain had been spoiled at the Nordkai silo.",
             "Nordkai Logistics denied the board's claim, saying its staff had followed every rule."]
    found = disputes.rebuttals(texts, [1.0, 1.0], previous=[-1, 0])
    assert [(d.a, d.b) for d in found] == [(0, 1)]


def test_a_denial_of_a_named_partys_claim_in_another_source_needs_shared_words() -> None:
    texts = ["The port board said the grain had been spoiled at the Nordkai silo.",
             "Nordkai Logistics denied the board's claim, saying its staff had followed every rule."]
    assert disputes.rebuttals(texts, [1.0, 1.0], previous=[-1, -1]) == []


def _held_apart(texts: list[str]) -> list[tuple[int, int, tuple[str, str], str]]:
    return estimates.held_apart(texts, [features.find_figures(t) for t in texts], [0] * len(texts), [""], [""],
                                lambda i, a, j, b: a.lower() == b.lower(), before=[""] + texts[:-1])


def test_the_real_figure_takes_the_unit_of_the_count_before_it() -> None:
    texts = ["The brewery said 180 jobs would go at the site.",
             "The drivers' union said the real figure was 260 once agency staff were counted."]
    assert [(i, j) for i, j, _, _ in _held_apart(texts)] == [(0, 1)]


def test_the_real_figure_after_two_kinds_of_value_is_left_alone() -> None:
    texts = ["The brewery said 180 jobs and 40 lorries would go at the site.",
             "The drivers' union said the real figure was 260 once agency staff were counted."]
    assert _held_apart(texts) == []


def test_no_more_than_is_an_upper_bound_and_no_less_than_a_lower_one() -> None:
    text = "The river board estimated the repair at no more than 2 million pounds."
    held = estimates.held_values(text, features.find_figures(text))
    assert [(h.low, h.high) for h in held] == [(0.0, 2_000_000.0)]
    text = "The river board estimated the repair at no less than 2 million pounds."
    held = estimates.held_values(text, features.find_figures(text))
    assert [(h.low, h.high) for h in held] == [(2_000_000.0, float("inf"))]


def test_sums_sharing_only_their_amount_words_are_no_two_values_of_one_quantity() -> None:
    texts = ["Sales fell 9% and the chain made a loss of 2.3 million euros, according to Verlo filings.",
             "Analysts at Marden Research said the plan was overdue and put the oven cost at 4 million euros."]
    assert disputes.counts_apart(texts, [features.find_figures(t) for t in texts], [-1, 0]) == []


def test_the_company_is_not_the_union_that_spoke_just_before() -> None:
    texts = ["The dockers' union Harbourline said 90 members had signed the letter.",
             "The company said the new cranes would cost 12 million euros."]
    party = counterclaims.Parties(texts, [0, 0]).of(1, "Company")
    assert party is not None and party.body != "Harbourline"
    texts = ["The shipping company Harbourline said 90 staff had signed the letter.",
             "The company said the new cranes would cost 12 million euros."]
    party = counterclaims.Parties(texts, [0, 0]).of(1, "Company")
    assert party is not None and party.body == "Harbourline"


def test_two_sums_of_what_something_would_cost_are_still_one_quantity() -> None:
    texts = ["The owners said the council's new rules would require a 6 million euro sprinkler system.",
             "The fire service said the work would cost no more than 2 million euros."]
    found = disputes.counts_apart(texts, [features.find_figures(t) for t in texts], [-1, 0])
    assert [(d.a, d.b) for d in found] == [(0, 1)]
