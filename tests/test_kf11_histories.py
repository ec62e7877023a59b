"""A Key figures history joins only values of one measure (invented text)."""
import pytest

from briefgen.keyfigures import attached_words
from briefgen.models import Figure
from briefgen.notes.figures import find_figures


def _period(sentence: str, text: str) -> str:
    return next(f.period for f in find_figures(sentence) if f.text == text)


@pytest.mark.parametrize(("sentence", "text", "period"), [
    ("In September the ferry carried 31,000 passengers, the operator said.", "31,000 passengers", "September"),
    ("Ticket revenue in March was 2.4 million euros.", "2.4 million euros", "March"),
    ("The operating loss in the winter season was 3.2 million euros.", "3.2 million euros", "winter season"),
    ("First-month sales were revised to 7,900 units from 8,400.", "7,900 units", "first month"),
    ("The shop sold 8,400 units in its first month.", "8,400 units", "first month"),
])
def test_a_month_season_or_first_month_is_the_figures_period(sentence: str, text: str, period: str) -> None:
    assert _period(sentence, text) == period


def test_a_day_or_a_comparison_base_is_no_period() -> None:
    assert _period("The museum reopened on Oct. 7 with 1,200 visitors.", "1,200 visitors") == ""
    assert _period("Visits were 1,900, up from 1,400 in March.", "1,900") == ""


def test_a_for_phrase_qualifies_the_measure() -> None:
    figure = Figure(text="30 euros", value=30, unit="euros")
    assert attached_words("a pass of 30 euros for adult visitors", figure) >= {"adult"}
    assert attached_words("a pass of 30 euros for three days", figure) == frozenset()
