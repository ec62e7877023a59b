"""A statement naming an event or an amount by a definite description ("the gain", "the crowd", "last
week's ruling") that nothing before it tells is quoted with the sentence that tells it, or left out of an
audience brief (reader 46: "wiping out most of the gain made on the day of the approval")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.compose import antecedents, in_context
from briefgen.ingest.segment import sentences
from briefgen.models import Note, SourceDoc, SourceMeta, Span
from briefgen.notes.context import unseen_event


def doc_of(text: str) -> SourceDoc:
    return SourceDoc(id="s", path="sources/s.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date="2027-03-05"), sentences=sentences(text))


def note_of(doc: SourceDoc, quote: str) -> Note:
    at = doc.text.index(quote)
    return Note(id="n", kind="fact", quote=quote, span=Span(source="s", start=at, end=at + len(quote)))


@pytest.mark.parametrize(("sentence", "description"), [
    ("Shares in Korvel Mining fell 3.2 percent, erasing most of the gain made after the merger.", "the gain"),
    ("Stewards put the crowd at 12,000 on the first night.", "the crowd"),
    ("The ferry line cut two crossings after last month's ruling.", "last month's ruling"),
    ("Governor Ana Ruiz said the decision showed the island could plan ahead.", "the decision"),
    ("Tenants said the delay cost them a winter.", "the delay"),
    ("Bond yields climbed, reversing the overnight fall.", "the overnight fall"),
])
def test_an_event_nothing_before_tells(sentence: str, description: str) -> None:
    assert unseen_event(sentence) == description


@pytest.mark.parametrize("sentence", [
    "Exports rose 4 percent in May, and the rise was led by timber.",
    "Hundreds of farmers marched on the ministry; police put the crowd at 2,000.",
    "The court ruled on Friday, and the ruling takes effect in June.",
    "The delay of six months to the bridge angered commuters.",
    "It confirmed the rise in the pension age to 67.",
    "Shares kept the 8 percent gain they made on Monday.",
    "Lawyers studied the Supreme Court ruling.",
    "The regulator extended the deadline to May, and growers said the delay would cost them.",
    '"They cannot approve this mine," said Ola Berg. The ministry said it would defend the decision.',
    "The ferry line cut two crossings after last month's tribunal ruling.",
    "The minister approved the mine, and officials said the decision would stand.",
    "The board voted 7-2, and the decision to sell was welcomed.",
    '"We regret the decision," she said of it.',
    "The choir now has 52 singers, up from 44, and members welcomed the increase.",
    "Ticket sales were down from the year before, and the board blamed the fall on the weather.",
])
def test_an_event_the_sentence_tells_itself(sentence: str) -> None:
    assert unseen_event(sentence) is None


def test_the_brief_title_tells_it() -> None:
    assert unseen_event("Turnout fell, and the vote was close.", story="Referendum vote in Seland") is None


@given(st.sampled_from(["gain", "rise", "jump", "rally"]), st.sampled_from(["fell", "dropped", "slumped", "lost"]))
def test_a_change_the_other_way_tells_no_gain(noun: str, verb: str) -> None:
    assert unseen_event(f"The index {verb} 2 percent, wiping out the {noun} of last week.") is None  # "of" tells which
    assert unseen_event(f"The index {verb} 2 percent, wiping out most of the {noun}.") == f"the {noun}"


SOURCE = ("Thousands of cyclists rode through Lund on Saturday to demand safer lanes. "
          "Organisers put the crowd at 9,000. "
          "The city council will debate the lanes in April. "
          "Police put the turnout at 4,000 and said roads reopened by noon.")


def test_paired_with_the_sentence_that_tells_it_or_left_out() -> None:
    doc = doc_of("Lane plan advances. The council met on Tuesday. Organisers put the crowd at 9,000.")
    assert in_context(note_of(doc, "Organisers put the crowd at 9,000."), doc, brief=True) is None
    doc = doc_of(SOURCE)
    # its sentence before does not tell the ride: the council debate is no gathering
    assert in_context(note_of(doc, "Police put the turnout at 4,000 and said roads reopened by noon."),
                      doc, brief=True) is None


def test_an_antecedent_shown_earlier_in_the_brief_lets_it_stand() -> None:
    doc = doc_of(SOURCE)
    note = note_of(doc, "Police put the turnout at 4,000 and said roads reopened by noon.")
    found = antecedents(note, doc)
    assert found is not None and not found.adjacent
    told = [doc.text[start:end] for start, end in found.sentences]
    assert told == ["Thousands of cyclists rode through Lund on Saturday to demand safer lanes."] or \
        "Organisers put the crowd at 9,000." in told


def test_the_digest_keeps_it() -> None:
    doc = doc_of("Lane plan advances. The council met on Tuesday. Organisers put the crowd at 9,000.")
    note = note_of(doc, "Organisers put the crowd at 9,000.")
    assert in_context(note, doc, brief=False) == note


@pytest.mark.parametrize("sentence", [
    "The tenants' association said the rent rise was unfair.",  # "the rise in rent"
    "The credit rating agency said the rate increase supports the utility's stable outlook.",
    "The toll rise adds about 2 percent to the cost of a typical container call.",
    "A minority argue that the government will not risk the coastal vote.",  # voters, not a ballot
])
def test_a_change_named_by_its_amount_or_a_body_of_voters(sentence: str) -> None:
    assert unseen_event(sentence) is None


def test_a_change_with_no_amount_named_and_a_ballot_stay_unseen() -> None:
    assert unseen_event("The tenants' association said the sudden rise was unfair.") == "the sudden rise"
    assert unseen_event("Ministers said the coastal vote would be close.") == "the coastal vote"
