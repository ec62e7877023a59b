"""A verb whose first object is a named party and whose second is the amount names the amount
("fined Lumora 40 million pounds": a fine); a verb that is no noun leaves the figure bare."""
import pytest

from briefgen.notes.figures import find_figures


def _measures(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.measures) for f in find_figures(sentence)]


@pytest.mark.parametrize("sentence, text, measure", [
    ("The data regulator on Friday fined streaming group Lumora 40 million pounds for breaches.",
     "40 million pounds", "fine"),
    ("Customs charged Veldhoven Freight 2.3 million euros, the agency said.", "2.3 million euros", "charge"),
    ("Oslo fined the shipping firm Brevik Line 12 million crowns on Monday.", "12 million crowns", "fine"),
])
def test_double_object_names_the_amount(sentence: str, text: str, measure: str) -> None:
    assert (text, measure) in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "The bank owed Mr Dalby 3 million dollars.",
    "The club hoped Arsenal 5 million pounds would be enough.",
])
def test_verb_that_is_no_noun_names_nothing(sentence: str) -> None:
    assert all(m != "owe" and m != "hope" for _, m in _measures(sentence))
