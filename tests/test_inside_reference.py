"""Statements that lean on an earlier sentence past their opening words (a measure put at a value by a
pronoun, a partitive "of them", a bare plural of membership as the subject, a fronted adjunct before a
subject that points back) are quoted with the sentence they lean on or left out of a brief; a subject a
brief takes as written is still named when its source names it; and a word hyphenated across a hard line
break is shown whole (session 44, ctx26)."""

from __future__ import annotations

import pytest

from briefgen.compose import in_context
from briefgen.ingest.clean import rejoin_hyphens
from briefgen.ingest.segment import sentences
from briefgen.models import Note, SourceDoc, SourceMeta, Span
from briefgen.notes.context import opens_on_earlier, unresolved_inside
from briefgen.notes.verify import locate
from briefgen.render.markdown import escape_md


def doc_of(text: str) -> SourceDoc:
    return SourceDoc(id="s", path="sources/s.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date="2031-05-02"), sentences=sentences(text))


def note_of(doc: SourceDoc, quote: str) -> Note:
    at = doc.text.index(quote)
    return Note(id="n", kind="fact", quote=quote, span=Span(source="s", start=at, end=at + len(quote)))


@pytest.mark.parametrize("sentence", [
    "A study by the Varnholt Institute puts it at 3 million to 4 million crowns.",
    "Analysts at Pellow Bank estimate them at about 900 a week.",
    "Since the flood on Monday, every one of them that uses the bridge has paid twice.",
    "By midday, most of these had been cleared by the crews.",
    "Members will vote on the offer at the Corn Exchange on Friday.",
    "Shareholders voted against the pay report in May.",
    "Including pension liabilities of the subsidiary, the figure is nearer 2 billion crowns.",
    "Adjusting for inflation, the increase is about half that size.",
])
def test_a_reference_past_the_opening_words_leans_on_an_earlier_sentence(sentence: str) -> None:
    assert unresolved_inside(sentence) and opens_on_earlier(sentence)


@pytest.mark.parametrize("sentence", [
    "The Varnholt Institute puts the cost at 3 million to 4 million crowns.",
    "The guild has 140 members and every one of them has lost work this month.",
    "Half of those who live on the island commute by ferry.",
    "Members of the Ostvik Growers' Union will vote on the offer on Friday.",
    "Including pension liabilities, Marrow Foods has debts of 2 billion crowns.",
    "On Monday, the council approved a new depot for the town.",
    '"Every one of them is worried," said Anna Berg, a local shopkeeper.',
])
def test_a_sentence_that_says_what_it_refers_to_stands(sentence: str) -> None:
    assert not unresolved_inside(sentence)


ESTIMATE = ("Halvik Water has not given a cost for replacing the main. An estimate by the engineer Lise Marten "
            "puts it at 6 million to 8 million crowns.\n\nThe repairs start in June.")


def test_a_pronoun_measure_is_quoted_with_the_sentence_that_gives_it() -> None:
    doc = doc_of(ESTIMATE)
    shown = in_context(note_of(doc, "An estimate by the engineer Lise Marten puts it at 6 million to 8 million crowns."),
                       doc, brief=True)
    assert shown is not None and shown.quote.startswith("Halvik Water has not given a cost")
    assert locate(doc, shown.quote) is not None


def test_a_subject_taken_as_written_is_still_named() -> None:
    from briefgen.compose import readable_notes
    from briefgen.models import NoteSet

    text = ("Ivo Brandt of the Dunmore Tenants Union said rents had doubled. "
            "\"Families are leaving,\" Brandt said. The union will march on the town hall on Friday.")
    doc = doc_of(text)
    note = note_of(doc, "The union will march on the town hall on Friday.")
    noteset = NoteSet(notes=(note,), sources=(doc,))
    shown = readable_notes(noteset, story="Dunmore rents", brief=True, as_written={note.id})
    assert [n.quote for n in shown] == ["[The Dunmore Tenants Union] will march on the town hall on Friday."]
    assert locate(doc, shown[0].quote) is not None


@pytest.mark.parametrize(("raw", "shown"), [
    ("a high-\nspeed line", "a high-speed line"),
    ("said Tomas Brenn-\n  Aldous, the engineer", "said Tomas Brenn-Aldous, the engineer"),
    ("whole-home short- let cap", "whole-home short-let cap"),
    ("short- and long-term leases", "short- and long-term leases"),
    ("two- or three-year terms", "two- or three-year terms"),
    ("a 2- 3 metre gap", "a 2- 3 metre gap"),
])
def test_a_word_broken_across_a_line_is_shown_whole(raw: str, shown: str) -> None:
    assert rejoin_hyphens(raw) == shown
    assert escape_md(raw) == shown


def test_a_broken_word_still_verifies_as_the_source_has_it() -> None:
    doc = doc_of("The council backed a cap on short-\nlet homes on Monday.")
    assert locate(doc, "The council backed a cap on short-\nlet homes on Monday.") is not None
