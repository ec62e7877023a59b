"""A statement whose predicate leaves its required complement to the sentence after it ("... would not
hesitate to act if ...", "... asking the Commission for an exemption", "The council put the effect at 0.3
points") is quoted, in an audience brief, with that sentence when the same voice goes on, else left out."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.compose import in_context
from briefgen.ingest.segment import sentences
from briefgen.models import Note, SourceDoc, SourceMeta, Span
from briefgen.notes.context import wants_next


def doc_of(text: str) -> SourceDoc:
    return SourceDoc(id="s", path="sources/s.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date="2027-05-04"), sentences=sentences(text))


def note_of(doc: SourceDoc, quote: str) -> Note:
    at = doc.text.index(quote)
    return Note(id="n", kind="fact", quote=quote, span=Span(source="s", start=at, end=at + len(quote)))


@pytest.mark.parametrize("sentence", [
    "The transport minister said the state would not hesitate to act if the ferry operator failed again.",
    "The board said it was ready to act.",
    "Officials said the agency would take further steps.",
    "\"We are asking the ministry for an exemption,\" the growers' spokesman said.",
    "The bank put the effect at 0.2 points.",
    "Analysts put the overall impact on margins at 40 basis points.",
])
def test_a_complement_left_to_the_next_sentence(sentence: str) -> None:
    assert wants_next(sentence)


@pytest.mark.parametrize("sentence", [
    "The regulator said it would act on the auditors' report.",
    "The city will take steps to cut traffic by a fifth.",
    "The council granted an exemption from the levy to 40 bakeries.",
    "The bank put the effect of the strike at 0.2 points.",
    "Police took action against three drivers.",
    "The Riot Act was read.",
    "The council said the effect on jobs would be modest.",
    "It warned that the impact would be concentrated among younger workers.",
])
def test_a_complement_the_sentence_gives(sentence: str) -> None:
    assert not wants_next(sentence)


TEXT = ("The health minister said the government would not hesitate to act if Veltra Clinics could not pay "
        "its staff by May. She said a state administrator could be appointed. Veltra runs 31 clinics.\n\n"
        "The insurer put the effect at 2 percent. Premiums for 2028 were unchanged.\n")


def test_paired_with_the_sentence_that_says_how() -> None:
    doc = doc_of(TEXT)
    quote = ("The health minister said the government would not hesitate to act if Veltra Clinics could not "
             "pay its staff by May.")
    shown = in_context(note_of(doc, quote), doc, brief=True)
    assert shown is not None
    assert shown.quote.endswith("She said a state administrator could be appointed.")
    assert doc.text[shown.span.start:shown.span.end].startswith(quote)
    assert in_context(note_of(doc, quote), doc, brief=False) is not None  # the digest reads as it did


def test_left_out_when_the_next_sentence_is_another_voice() -> None:
    doc = doc_of(TEXT)
    assert in_context(note_of(doc, "The insurer put the effect at 2 percent."), doc, brief=True) is None


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["minister", "mayor", "regulator"]), st.sampled_from(["She", "He", "It"]),
       st.sampled_from(["a levy was possible", "fines were likely", "no bailout would be offered"]))
def test_any_continuing_voice_completes_it(who: str, pronoun: str, how: str) -> None:
    text = f"The {who} said the state would act if the lender failed. {pronoun} said {how}.\n"
    doc = doc_of(text)
    shown = in_context(note_of(doc, f"The {who} said the state would act if the lender failed."), doc, brief=True)
    assert shown is not None and shown.quote == text.strip()


def test_an_added_point_does_not_complete_the_statement() -> None:
    """"It added that a delay would add 800,000 euros" opens another point: it does not say how the
    speaker would act, so the vague statement is not paired with it."""
    from briefgen.notes.context import continues_speaker

    vague = "Kestrel said it would not hesitate to act."
    assert not continues_speaker("It added that a three-week delay would add about 800,000 euros.", vague)
    assert not continues_speaker("She also warned that the cost would rise.", vague)
    assert continues_speaker("She said the contractor would have to install silt curtains.", vague)
