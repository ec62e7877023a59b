"""Several held values in one sentence (estimates.held_values): invented text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes import estimates, features


def _held(text, owner=""):
    return [(h.holder, h.figure.text) for h in estimates.held_values(text, features.find_figures(text), owner)]


def _apart(texts, groups, dates, owners):
    def same(i, hi, j, hj):
        return hi.lower() == hj.lower()
    return estimates.held_apart(texts, [features.find_figures(t) for t in texts], groups, dates, owners, same)


PORT = ("Harbour Commissioner Lena Vos said the dredging would cost 85 million euros and raise the port's "
        "container traffic to 2.4 million boxes by 2031.")
SHIPPERS = "The Shippers' Council estimates the port's container traffic at 1.7 million boxes by 2031."


def test_a_second_value_in_a_joined_clause_is_held_by_the_same_holder():
    assert _held(PORT) == [("Harbour Commissioner Lena Vos", "85 million euros"),
                           ("Harbour Commissioner Lena Vos", "2.4 million boxes")]


def test_the_second_value_meets_another_holders_value_of_its_own_measure():
    found = _apart([PORT, SHIPPERS], [0, 1], ["2026-02-01", "2026-02-09"], ["", ""])
    assert [(i, j) for i, j, _, _ in found] == [(0, 1)]
    assert "2.4 million boxes vs 1.7 million boxes" in found[0][3]


def test_a_value_in_a_relative_clause_or_after_another_voice_is_not_held():
    relative = ("The mayor said the levy would raise 12 million euros a year and cut the city's debt, which "
                "the auditor puts at 340 million euros today, to 290 million euros by 2030.")
    assert [t for _, t in _held(relative)] == ["12 million euros a year", "290 million euros"]
    other = "The ministry said the plan would cost 5 billion euros, and the council puts it at 7 billion euros."
    assert [t for _, t in _held(other)] == ["5 billion euros"]
    said = "The ministry said the plan would cost 5 billion euros and, the council said, 7,000 jobs."
    assert [t for _, t in _held(said)] == ["5 billion euros"]


def test_each_value_keeps_its_own_clauses_words():
    held = estimates.held_values(PORT, features.find_figures(PORT))
    assert "traffic" not in held[0].scope and "cost" not in held[1].scope


@given(st.integers(min_value=2, max_value=900), st.integers(min_value=2, max_value=900))
def test_held_value_is_the_first_of_held_values(a, b):
    text = f"The agency said the scheme would cost {a} million euros and create {b} jobs."
    figures = features.find_figures(text)
    first = estimates.held_value(text, figures)
    held = estimates.held_values(text, figures)
    assert first is not None and held and held[0].figure == first.figure
