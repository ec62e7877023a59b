"""A Key-figure row's label reads alone: a noun phrase naming what is counted or paid, taken
from the figure's own clause, or no label at all (invented sentences, no cluster's text)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.notes.figures import find_figures


def _measures(sentence: str) -> dict[str, str]:
    return {f.text: f.measures for f in find_figures(sentence)}


@pytest.mark.parametrize(("sentence", "figure", "label"), [
    # a relative pronoun's verb is no measure; what the pronoun stands for is
    ("The grant will clear the museum's debts to the city, which stand at €4 million, and fund a new wing.",
     "€4 million", "museum's debts to the city"),
    # "£N in NP": the amount is of the noun phrase, not of the noun that governs it
    ("The audit led to the recovery of $3 million in overpaid pensions, officials said.",
     "$3 million", "overpaid pensions"),
    # a unit of measure heads no label; what a quantity of it is of, whole, does
    ("The orchard used 12 million litres of irrigation water last year.",
     "12 million litres", "litres of irrigation water"),
    ("The climbers spent 40 days in isolation before the summit.", "40 days", "days in isolation"),
    # the noun an "of" phrase hangs on: "the value of the vineyard", not "vineyard"
    ("The estate cut the value of the vineyard to $8 million from $11 million.", "$8 million",
     "value of the vineyard"),
])
def test_label_names_the_measure(sentence: str, figure: str, label: str) -> None:
    assert _measures(sentence)[figure] == label


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Engineers needed 36 hours to reopen the canal lock.", "36 hours"),  # "hours needed": the unit repeated
    ("The bid reflects NZ$4.10 a share.", "NZ$4.10 a share"),  # a verb
    ("Growers expect to pay NZ$1.90 a kilo for the new seed.", "NZ$1.90 a kilo"),  # "paid by expect"
    ("Fees were frozen at an average of £310 for the season.", "£310"),  # an average of what?
])
def test_no_label_rather_than_a_wrong_one(sentence: str, figure: str) -> None:
    assert _measures(sentence)[figure] == ""


@pytest.mark.parametrize(("sentence", "figure", "label"), [
    ("About 900 people died in the flooding.", "900 people", "people died"),  # a count's unit is what it counts
    ("The charity shipped 5,000 boxes of seedlings.", "5,000 boxes", "boxes of seedlings"),
    ("The ferry's operating loss of £2.1 million was smaller than feared.", "£2.1 million", "ferry's operating loss"),
])
def test_labels_that_read_stay(sentence: str, figure: str, label: str) -> None:
    assert _measures(sentence)[figure] == label


_NOUNS = st.sampled_from(["orchard", "league", "clinic", "ferry line", "choir", "observatory"])
_VERBS = st.sampled_from(["stand", "sit", "remain", "run"])


@given(_NOUNS, _VERBS, st.integers(min_value=2, max_value=900))
def test_a_verb_after_which_never_labels(noun: str, verb: str, amount: int) -> None:
    sentence = f"The money will repay the {noun}'s loans, which {verb} at ${amount} million, by June."
    label = _measures(sentence)[f"${amount} million"]
    assert label.split()[-1:] != [verb]
    assert label in ("", f"{noun}'s loans")


def test_a_time_phrase_is_not_what_is_counted() -> None:
    figures = find_figures("The estate exported 2,400 tonnes last season, up from 1,900 tonnes.")
    assert figures[0].text == "2,400 tonnes"
    assert "season" not in figures[0].measures and figures[0].unit == "tonnes"
