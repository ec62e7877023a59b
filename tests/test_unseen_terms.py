"""A statement that compares with a term it does not give ("He put the loss slightly lower, at 3 million
kronor"), reports what someone "added" with nothing it adds to, or moves "on the news" no sentence
tells, is quoted with the sentence before it when that one gives what it leans on, else left out of an
audience brief; the figure table drops the untold comparison (held-out reader, stop 40)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.compose import antecedents, in_context
from briefgen.notes.context import unseen_addition, unseen_comparison, unseen_event
from tests.test_unseen_event import doc_of, note_of


@pytest.mark.parametrize("sentence", [
    "The auditor put the repair bill slightly higher, at 4.2 million kronor.",
    "Analysts at Fenwick estimate the shortfall somewhat lower.",
    "Organisers saw attendance considerably smaller, at 9,000.",
])
def test_a_comparison_without_its_other_term(sentence: str) -> None:
    assert unseen_comparison(sentence) is not None
    assert unseen_event(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "The auditor put the repair bill slightly higher than the council's 3.9 million kronor.",
    "The council put the bill at 3.9 million kronor; the auditor put it slightly higher.",
    "Shares in Velmar closed slightly higher in Oslo.",
    "The forecast was revised slightly lower.",
    "Higher ferry fares took effect on Monday.",
    '"Costs will be slightly higher," she said.',
])
def test_a_comparison_that_gives_its_term_or_is_a_move(sentence: str) -> None:
    assert unseen_comparison(sentence) is None


@given(st.sampled_from(["slightly", "somewhat", "much", "marginally"]),
       st.sampled_from(["higher", "lower", "smaller", "larger"]))
def test_a_than_always_gives_the_other_term(degree: str, comparative: str) -> None:
    sentence = f"The board put the levy {degree} {comparative}, at 12 euros a tonne."
    assert unseen_comparison(sentence) is not None
    assert unseen_comparison(sentence.replace(", at", " than the ministry, at")) is None


@pytest.mark.parametrize(("sentence", "unseen"), [
    ("Deputy mayor Hanne Lie added that the tunnel would open in May.", True),
    ("He added that the levy would stay.", True),
    ('"We will not pay," she added.', True),
    ('"We will not pay," she said, and added that talks would go on.', False),
    ("The ferry line added 40 sailings to its winter timetable.", False),
    ("Deputy mayor Hanne Lie said the tunnel would open in May.", False),
])
def test_an_addition_to_nothing(sentence: str, unseen: bool) -> None:
    assert (unseen_addition(sentence) is not None) is unseen


SOURCE = ('The port authority said it would review the fees. '
          'Harbour master Ola Brekke added that the review would take a year. '
          'The auditor put the repair bill at 3.9 million kronor. '
          'He put the interest cost slightly higher, at 4.1 million kronor. '
          'The ferry line said the winter timetable was unchanged. '
          'A consultant put the dredging cost slightly lower, at 2 million kronor.')


def test_paired_with_what_it_adds_to() -> None:
    doc = doc_of(SOURCE)
    note = note_of(doc, "Harbour master Ola Brekke added that the review would take a year.")
    shown = in_context(note, doc, brief=True)
    assert shown is not None and shown.quote.startswith("The port authority said it would review the fees.")
    assert in_context(note, doc, brief=False) == note  # the digest keeps it


def test_a_comparison_paired_with_the_amount_before_it_or_left_out() -> None:
    doc = doc_of(SOURCE)
    told = note_of(doc, "He put the interest cost slightly higher, at 4.1 million kronor.")
    shown = in_context(told, doc, brief=True)
    assert shown is not None and shown.quote.startswith("The auditor put the repair bill at 3.9 million kronor.")
    alone = note_of(doc, "A consultant put the dredging cost slightly lower, at 2 million kronor.")
    assert in_context(alone, doc, brief=True) is None
    # only the sentence just before it can give the compared amount, not any earlier one
    found = antecedents(alone, doc)
    assert found is None or all(doc.text[s:e].startswith("The ferry line") for s, e in found.sentences)


@pytest.mark.parametrize(("sentence", "unseen"), [
    ("Shares in Orlan Foods rose 2 percent on the news.", True),
    ("Orlan Foods announced a buyback. Shares rose 2 percent on the news.", False),
    ("The minister told the news conference that talks would go on.", False),
    ("Investors welcomed the news that the plant would stay open.", False),
    ("The fund said the demand let it cut the price.", True),
    ("Buyers placed orders for 2 billion. The fund said the demand let it cut the price.", False),
])
def test_news_and_demand_told_before(sentence: str, unseen: bool) -> None:
    assert (unseen_event(sentence) is not None) is unseen
