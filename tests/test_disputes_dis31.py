"""Disputes, session 48 round 2: a count of one kind of a thing ("260 rented homes", "900 seasonal
workers") is no rival value of a count of the thing ("at least 400 homes"), in either finder; two counts
of the same kind, or one marked only as new or more, still are."""

from __future__ import annotations

from briefgen.notes import estimates, features
from briefgen.notes.conflicts import claim, pair_conflict
from briefgen.notes.figures import kind_words, other_kinds, word_stems


def _held_apart(texts: list[str]) -> list[tuple[int, int]]:
    found = estimates.held_apart(texts, [features.find_figures(t) for t in texts], [0, 1], ["", ""], ["", ""],
                                 lambda i, a, j, b: a.lower() == b.lower())
    return [(i, j) for i, j, _, _ in found]


def _figures_conflict(a: str, b: str) -> str:
    return pair_conflict(claim(a), claim(b), features.find_figures(a), features.find_figures(b), 0.5)


def test_a_kind_of_the_thing_counted_is_another_count_between_sources() -> None:
    texts = ["The mayor said his inspectors had counted at least 350 cottages that nobody could live in.",
             "The housing charity said it had counted 120 rented cottages that were still without heating."]
    assert _held_apart(texts) == []


def test_the_same_thing_counted_by_two_holders_is_still_a_dispute() -> None:
    texts = ["The mayor said his inspectors had counted at least 350 cottages that nobody could live in.",
             "The housing charity said it had counted 120 cottages that nobody could live in."]
    assert _held_apart(texts) == [(0, 1)]


def test_the_same_kind_on_both_sides_is_still_a_dispute() -> None:
    texts = ["The landlord estimated that 40 rented cottages on the estate had damp.",
             "The tenants' group estimated that 130 rented cottages on the estate had damp."]
    assert _held_apart(texts) == [(0, 1)]


def test_figures_finder_leaves_a_kind_of_the_thing_alone() -> None:
    a = "The employers' federation estimated that 4,000 porters had been sent home during the blockade."
    b = "The dockers' union estimated that 900 seasonal porters had been sent home without pay."
    assert _figures_conflict(a, b) == ""
    assert _figures_conflict(a, b.replace("seasonal ", "")) != ""


def test_new_or_more_is_no_kind() -> None:
    a, b = features.find_figures("300 new cottages"), features.find_figures("180 cottages")
    assert kind_words(a[0]) == frozenset()
    assert not other_kinds(a[0], b[0], word_stems("300 new cottages"), word_stems("180 cottages"))


def test_a_kind_the_other_sentence_names_elsewhere_is_the_same_set() -> None:
    a = features.find_figures("120 rented cottages")[0]
    b = features.find_figures("350 cottages")[0]
    assert other_kinds(a, b, word_stems("120 rented cottages"), word_stems("350 homes"))
    assert not other_kinds(a, b, word_stems("120 rented cottages"), word_stems("350 cottages, all of them rented"))


def test_money_and_shares_have_no_kind() -> None:
    assert kind_words(features.find_figures("4 million euros")[0]) == frozenset()
    assert kind_words(features.find_figures("12 percent")[0]) == frozenset()
