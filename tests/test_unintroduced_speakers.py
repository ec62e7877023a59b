"""A speaker the reader of a brief was never introduced to: a surname only ("Brandvik said ...", the person
another source introduced) or a bare description ("..., the authority said."). Named in a bracket from the
statement's own source when it can be, else left out unless a statement printed before it names them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefgen.compose import _first_sight, _speakers_named
from briefgen.ingest.segment import sentences
from briefgen.models import Item, Note, NoteSet, Section, SourceDoc, SourceMeta, Span
from briefgen.notes.context import Assumed, bare_surnames, described_speakers, full_name_before, person_surnames
from briefgen.notes.verify import locate


def doc_of(text: str) -> SourceDoc:
    return SourceDoc(id="s", path="sources/s.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date="2027-04-02"), sentences=sentences(text))


def note_of(doc: SourceDoc, quote: str) -> Note:
    at = doc.text.index(quote)
    return Note(id="n", kind="fact", quote=quote, span=Span(source="s", start=at, end=at + len(quote)))


@pytest.mark.parametrize(("text", "surname"), [
    ("Transport Minister Elsa Brandvik said the levy would stay.", "Brandvik"),
    ("The fund is run by Pavel Orloff, a former banker.", "Orloff"),
    ("Harbour master Ines Quaade said the quay was shut.", "Quaade"),
    ("Dr Hanne Vik said the stock had recovered.", "Vik"),
])
def test_a_surname_given_after_a_given_name(text: str, surname: str) -> None:
    assert surname in person_surnames([text])


@pytest.mark.parametrize("text", [
    "Ostvale City Transit said the depot would reopen.",   # a body's name: no title before "City"
    "Queues formed on the Corran Road after the crash.",   # a place after "the"
    "Trucks used the Fire and Rescue Service depot.",      # a body's name after "and"
])
def test_a_body_or_a_place_is_no_person(text: str) -> None:
    assert person_surnames([text]) == frozenset()


@pytest.mark.parametrize(("sentence", "word"), [
    ("Brandvik said the levy would stay until 2030.", "Brandvik"),
    ("The levy stays, Brandvik said.", "Brandvik"),
    ('"The levy stays," said Brandvik.', "Brandvik"),
    ("Brandvik has promised a review of the levy.", "Brandvik"),
    ("In March, Brandvik told reporters the levy would stay.", "Brandvik"),
])
def test_a_clause_whose_subject_or_speaker_is_one_capitalised_word(sentence: str, word: str) -> None:
    assert [w for _s, _e, w in bare_surnames(sentence)] == [word]


@pytest.mark.parametrize("sentence", [
    "Elsa Brandvik said the levy would stay.",
    "Minister Brandvik said the levy would stay.",
    "The levy will stay, said Elsa Brandvik.",
    "Shares in Orvik Electric rose 4 percent.",
])
def test_a_full_name_is_no_bare_surname(sentence: str) -> None:
    assert [w for _s, _e, w in bare_surnames(sentence) if w == "Brandvik"] == []


@pytest.mark.parametrize(("sentence", "head"), [
    ("The operator said it would fit heat sensors at the depot.", "operator"),
    ("Hot meals will return from March 2, the council said.", "council"),
    ("No leaks were found, said the authority.", "authority"),
    ("The regulator later confirmed the fine.", "regulator"),
])
def test_a_speaker_given_by_a_bare_description(sentence: str, head: str) -> None:
    assert [h for _s, _e, h in described_speakers(sentence)] == [head]


@pytest.mark.parametrize("sentence", [
    "Skylark Air cancelled 310 flights on Friday, the airline said.",      # restates the sentence's subject
    "The Wendmoor County Council plan was approved, the council said.",   # the sentence names the council
    "Taxes will rise, the government said.",                              # a body every reader knows
    "The council of Wendmoor said the plan would go ahead.",              # says which one
    '"The authority said no," Orla Kim recalled.',                        # inside a quotation
])
def test_a_description_that_says_which_one(sentence: str) -> None:
    assert described_speakers(sentence) == []


def test_the_story_names_the_description() -> None:
    assert described_speakers("Hot meals will return, the council said.", story="Wendmoor council meals") == []


SOURCE = ("Wendmoor County Council said on Monday that packed lunches would be handed out. Council leader "
          "Elsa Brandvik said the cost would be met from reserves. Hot meals will return from March 2, the "
          "council said. Brandvik said a review would follow.")


def test_a_description_is_named_by_the_one_name_its_source_gave() -> None:
    doc = doc_of(SOURCE)
    quote = "Hot meals will return from March 2, the council said."
    shown = _speakers_named(doc, note_of(doc, quote), quote, [], "")
    assert shown == "Hot meals will return from March 2, [Wendmoor County Council] said."
    assert locate(doc, shown, doc.text.index("Hot")) is not None


def test_a_description_the_brief_told_is_left_as_it_is() -> None:
    doc = doc_of(SOURCE)
    quote = "Hot meals will return from March 2, the council said."
    told = ["wendmoor county council said packed lunches would be handed out."]
    assert _speakers_named(doc, note_of(doc, quote), quote, told, "") == quote


def test_a_surname_is_named_in_full_from_its_own_source() -> None:
    doc = doc_of("Elsa Brandvik chairs the board. Brandvik said a review would follow.")
    quote = "Brandvik said a review would follow."
    assert full_name_before(doc.text, "Brandvik", doc.text.index(quote)) == "Elsa Brandvik"
    shown = _speakers_named(doc, note_of(doc, quote), quote, [], "")
    assert shown == "[Elsa Brandvik] said a review would follow."
    assert locate(doc, shown, doc.text.index("Brandvik said")) is not None


def _sections(*items: Item) -> list[Section]:
    return [Section(id="s", title="S", style="bullets", items=items)]


def test_a_surname_no_printed_statement_introduced_is_left_out() -> None:
    bare = Item(text="Brandvik said a review would follow.", citations=(), note_id="b", kind="fact")
    full = Item(text="Council leader Elsa Brandvik said the cost would be met.", citations=(), note_id="a",
                kind="fact")
    described = {"b": [Assumed("Brandvik", "Brandvik", speaker=True)]}
    assert _first_sight(_sections(bare), described) == {"b"}
    assert _first_sight(_sections(full, bare), described) == set()
    assert _first_sight(_sections(bare, full), described) == {"b"}


def test_a_stakeholder_row_whose_actor_cell_names_the_person_stands() -> None:
    row = Item(text="Brandvik said a review would follow.", citations=(), note_id="b", kind="fact",
               speaker="Elsa Brandvik", speaker_role="Council leader")
    assert _first_sight(_sections(row), {"b": [Assumed("Brandvik", "Brandvik", speaker=True)]}) == set()


def test_a_description_paired_with_the_name_it_restates_stands() -> None:
    paired = Item(text="Voltara has delivered 1,100 buses. The company told reporters no bus had burned before.",
                  citations=(), note_id="p", kind="fact")
    alone = Item(text="The company told reporters no bus had burned before.", citations=(), note_id="p", kind="fact")
    described = {"p": [Assumed("The company", "company", speaker=True)]}
    assert _first_sight(_sections(paired), described) == set()
    assert _first_sight(_sections(alone), described) == {"p"}


def test_a_source_s_first_sentence_introduces_its_speaker() -> None:
    from briefgen.compose import _described

    text = ("Kessel footbridge delayed\n\nThe council said the footbridge would open on Friday.\n\n"
            "Engineers lifted the last panels. The council said the handrails were checked.\n")
    doc = doc_of(text)
    first = replace(note_of(doc, "The council said the footbridge would open on Friday."), id="a")
    later = replace(note_of(doc, "The council said the handrails were checked."), id="b")
    noteset = NoteSet(notes=(first, later), sources=(doc,))
    assert set(_described(noteset, {"s": doc}, "")) == {"b"}


def test_members_of_a_body_speak_for_the_body_told() -> None:
    assert described_speakers("The order was temporary, the judges said, and the council could start again.") == []


def test_a_description_whose_one_body_the_brief_names_elsewhere_stands() -> None:
    """"The utility said filters would cost $6.5 million" beside "The state said Halden Water Utility
    could face penalties": the reader meets the one utility the brief names, above or below."""
    said = Item(text="The utility said carbon filters would cost $6.5 million.", citations=(), note_id="u",
                kind="fact")
    named = Item(text="The state said Halden Water Utility could face penalties of $10,000 a day.", citations=(),
                 note_id="s", kind="fact")
    other = Item(text="The state said the mains must be flushed by Friday.", citations=(), note_id="s", kind="fact")
    described = {"u": [Assumed("The utility", "utility", speaker=True)]}
    assert _first_sight(_sections(said, named), described) == set()
    assert _first_sight(_sections(said, other), described) == {"u"}
