"""Key figures rows (kf47): a value its own clause denies ("no evidence yet for a loss of £70m",
"There are not 210 wolves") is no row; a forum poster's own number is no row; a printed statement's
value is no row, headline or revised value included (tests/test_fact_once.py); "a cut of 40 cents"
measures the cut, not the verb after it. Invented text."""

from __future__ import annotations

from typing import Any

import pytest

from briefgen.keyfigures import rejected
from briefgen.notes.figures import find_figures


def _figure(sentence: str, text: str) -> Any:
    return next(f for f in find_figures(sentence) if f.text == text)


@pytest.mark.parametrize(("sentence", "text"), [
    ("We see no evidence yet for a loss of £70m from one narrow track.", "£70m"),
    ("There are not 210 wolves in the highlands, the group said.", "210 wolves"),
    ("The bill is not £90 million but closer to £60 million.", "£90 million"),
])
def test_a_value_its_clause_denies_is_rejected(sentence: str, text: str) -> None:
    assert rejected(sentence, _figure(sentence, text))


@pytest.mark.parametrize(("sentence", "text"), [
    ("Even if every licence is used, attacks would fall by no more than 15% next year.", "15%"),
    ("No more than 300 people attended the meeting.", "300 people"),
    ("It has not paid 2 million euros owed since March.", "2 million euros"),
    ("The council, which has not raised tax in 3 years, said the gap was £14 million.", "£14 million"),
    ("No injuries were reported among the 40 staff.", "40 staff"),
    ("The union says no member earns more than £30,000.", "£30,000"),
    ("The bill is not £90 million but closer to £60 million.", "£60 million"),
])
def test_a_bound_a_negated_act_or_another_clause_is_not_rejected(sentence: str, text: str) -> None:
    assert not rejected(sentence, _figure(sentence, text))


@pytest.mark.parametrize(("sentence", "text", "measure"), [
    ("Another cut of 30 to 50 cents looks likely by February.", "30 to 50 cents", "cut"),
    ("A cut of 2 percent seems certain.", "2 percent", "cut"),
    ("A rise of 5 percent seems likely.", "5 percent", "rise"),
])
def test_a_noun_a_determiner_opens_before_of_is_the_measure(sentence: str, text: str, measure: str) -> None:
    assert _figure(sentence, text).measures == measure


_FERRY = {
    "01-wire.txt": """Harbour Ferries to cut 320 jobs
Coast Herald, 2 June 2026

Harbour Ferries said on Monday it would cut 320 jobs and sell two of its six vessels after a second year of losses.
The operator lost £18.5 million in the year to March.
The company carried 1.2 million passengers last year.
Analysts said a loss of £25 million was possible. The company said there was no basis for a loss of £40 million.
""",
    "02-forum.txt": """Island Talk forums
Cuts confirmed - what about our overtime?

deckhand_dan · 3 June 2026
Got my letter this morning. Still have about £7,300 in unpaid overtime owed to me though.

skerry · 3 June 2026
They'll never pay it. Same happened at the yard in 2019.

deckhand_dan · 3 June 2026
We'll see. Union meeting on Thursday.
""",
}


def test_no_row_is_a_forum_poster_s_own_number_or_the_lead_s_value_again(news_workspace: Any) -> None:
    ws = news_workspace("ferry47", _FERRY)
    for audience in ("executive", "investor", "policy"):
        brief = ws.compose(audience)
        rows = [item.figure.text for section in brief.sections if section.style == "figures"
                for item in section.items if item.figure is not None]
        assert "£7,300" not in rows, (audience, rows)
        assert not any(row.startswith("320 jobs") for row in rows), (audience, rows)  # the lead's headline number


@pytest.mark.parametrize(("said", "row", "expected"), [
    ("The Lands Office says 9% of ranger posts are vacant.", "Official figures put the vacancy rate at 9%.", True),
    ("The trust puts the figure at 312.", "The survey counted 312 otters on the river.", True),
    ("Ticket sales rose 9% last year.", "Official figures put the vacancy rate at 9%.", False),
    ("The trust counted 312 volunteers.", "The survey counted 312 otters on the river.", False),
])
def test_a_statement_tells_a_row_s_value_in_kin_words(said: str, row: str, expected: bool) -> None:
    from briefgen.compose import kin_measures

    assert kin_measures(find_figures(said)[0], said, find_figures(row)[0]) is expected
