"""A statement that names what it refers to by whoever made or holds it ("the Brindle audit", "Okafor's
estimate") when no statement printed before it names them: left out of the brief (`_described`,
`_first_sight`); a person with a long title set after their name is bracketed with it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefgen.compose import _described, _first_sight
from briefgen.ingest.segment import sentences
from briefgen.models import Item, Note, NoteSet, Section, SourceDoc, SourceMeta, Span
from briefgen.notes.context import assumed_referents, named_references, unseen_comparison
from briefgen.notes.glosses import person_gloss


def doc_of(text: str, id: str = "s") -> SourceDoc:
    return SourceDoc(id=id, path=f"sources/{id}.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date="2027-04-02"), sentences=sentences(text))


def note_of(doc: SourceDoc, quote: str, id: str) -> Note:
    at = doc.text.index(quote)
    return Note(id=id, kind="fact", quote=quote, span=Span(source=doc.id, start=at, end=at + len(quote)))


@pytest.mark.parametrize(("sentence", "name", "possessive"), [
    ("Okafor's estimate leaves out the cost of land.", "Okafor", True),
    ("But Okafor's higher figure includes land.", "Okafor", True),
    ("The budget assumes a cost for the Brindle audit and legal work.", "Brindle", False),
    ("She said the Marsh Tolley cost report was late.", "Marsh Tolley", False),
])
def test_a_reference_by_a_name(sentence: str, name: str, possessive: bool) -> None:
    assert [(n, p) for _s, _e, n, p in named_references(sentence)] == [(name, possessive)]


@pytest.mark.parametrize("sentence", [
    "Marlow Bank's estimate was cut.",                    # an owner inside a longer name
    "Brindle Partners said the Brindle audit would end.",  # the sentence gives the longer name itself
    "The June report showed a rise.",                    # a month, no name
    '"Okafor\'s estimate is wrong," the mayor said.',    # inside a quotation
])
def test_no_reference_by_a_name(sentence: str) -> None:
    assert named_references(sentence) == []


def test_a_bare_definite_head_is_the_whole_word() -> None:
    """"the regulator" is no "the regulat" before "or"; an unintroduced description is read whole."""
    found = assumed_referents("The firm will restart if the regulator agrees, it said.")
    assert all(a.head != "regulat" for a in found)
    assert [a.head for a in assumed_referents("Work stopped because of the strike.")] == ["strike"]


SOURCES = (
    ("a", "Tarlow council said on Monday the bypass would cost 90 million pounds. Opposition leader Ruth "
          "Okafor put the bill at more than 110 million pounds. The council appointed Brindle Partners to "
          "check the contractor's sums."),
    ("b", "Okafor's higher figure includes land claims, an analyst said. The budget assumes a fee for the "
          "Brindle audit and other advisers."),
)


def test_a_reference_by_a_name_the_other_sources_give_is_assumed_known() -> None:
    docs = {i: doc_of(t, i) for i, t in SOURCES}
    notes = (note_of(docs["b"], "Okafor's higher figure includes land claims, an analyst said.", "fig"),
             note_of(docs["b"], "The budget assumes a fee for the Brindle audit and other advisers.", "aud"),
             note_of(docs["a"], "The council appointed Brindle Partners to check the contractor's sums.", "app"))
    described = _described(NoteSet(notes=notes, sources=tuple(docs.values())), docs, "Tarlow bypass cost")
    assert {a.told for a in described["fig"]} >= {"Okafor"}
    assert {a.told for a in described["aud"]} >= {"Brindle"}
    assert "app" not in described

    def item(note_id: str, text: str) -> Item:
        return Item(text=text, citations=(), note_id=note_id, kind="fact")

    audit = item("aud", notes[1].quote)
    appointed = item("app", notes[2].quote)
    figure = item("fig", notes[0].quote)
    put = item("put", "Opposition leader Ruth Okafor put the bill at more than 110 million pounds.")

    def first(*items: Item) -> set[str]:
        return _first_sight([Section(id="s", title="S", style="bullets", items=items)], described)

    assert first(audit, appointed) == {"aud"}      # the review before the reader met the reviewer
    assert first(appointed, audit) == set()
    assert first(figure) == {"fig"}
    assert first(put, figure) == set()


def test_a_name_no_other_sentence_gives_is_not_assumed() -> None:
    doc = doc_of("The budget assumes a fee for the Brindle audit and other advisers.")
    note = note_of(doc, doc.text, "aud")
    assert "aud" not in _described(NoteSet(notes=(note,), sources=(doc,)), {"s": doc}, "")
    other = replace(doc, id="t", path="sources/t.txt")
    assert "aud" not in _described(NoteSet(notes=(note,), sources=(doc, other)), {"s": doc, "t": other},
                                   "Brindle audit")


def test_a_long_title_whose_name_holds_and_is_a_gloss() -> None:
    text = ("The fire was out by noon, said Ines Varga, chief officer of the Orle Fire and Rescue Service. "
            "Varga said crews would stay overnight.")
    found = person_gloss(text, "Varga", text.index("Varga said"))
    assert found is not None and found.text == "chief officer of the Orle Fire and Rescue Service"
    assert person_gloss("Tom Lee, head of sales and marketing, said so. Lee said no.", "Lee", 40) is None


@pytest.mark.parametrize(("sentence", "found"), [
    ("A partial reopening of the line could come sooner, but only for freight.", "could come sooner"),
    ("The analysts said repairs might now finish sooner if parts arrive.", "might now finish sooner"),
    ("Trains will return sooner than planned.", None),     # its other term given
    ("Engineers arrived sooner on Tuesday.", None),         # no modal outlook: a past report
])
def test_sooner_than_a_date_the_sentence_never_gives(sentence: str, found: str | None) -> None:
    assert unseen_comparison(sentence) == found
