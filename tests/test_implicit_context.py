"""Statements that leave one of their arguments to the sentence before (a relational noun heading the
subject, "British rival Barrow & Finch ..."; "follow" with no object, "A full tender ... will follow in
2028.") are quoted with the sentence they lean on, and a person whose source gives a role in a body named
only by its kind ("the union's regional chair") is placed with the body's name (reader 29, group 4)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.compose import in_context
from briefgen.ingest.segment import sentences
from briefgen.models import Note, SourceDoc, SourceMeta, Span
from briefgen.notes.context import implicit_argument, opens_on_earlier
from briefgen.notes.glosses import owner_named, person_gloss, placed
from briefgen.notes.verify import locate


def doc_of(text: str) -> SourceDoc:
    return SourceDoc(id="s", path="sources/s.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date="2027-04-02"), sentences=sentences(text))


def note_of(doc: SourceDoc, quote: str) -> Note:
    at = doc.text.index(quote)
    return Note(id="n", kind="fact", quote=quote, span=Span(source="s", start=at, end=at + len(quote)))


@pytest.mark.parametrize("sentence", [
    "British rival Barrow & Finch issued its second profit warning of the year.",
    "Rival Velo said it would cut prices by a tenth.",
    "Smaller competitor Ostara Mills said its orders fell.",
    "A full tender for the ferry routes will follow in 2029.",
    "Other councils followed suit on Monday.",
])
def test_a_missing_argument_leans_on_the_sentence_before(sentence: str) -> None:
    assert implicit_argument(sentence) and opens_on_earlier(sentence)


@pytest.mark.parametrize("sentence", [
    "A rival bid for the port was lodged on Friday.",
    "The award will be followed by a full tender.",
    "Talks will follow the award of the contract.",
    "Following the vote, the board resigned.",
    "The following routes will close in May.",
    "Passengers should proceed as follows.",
    "Peter Lyle said the museum had not consulted donors.",
    "Rival Harlow Marine has offered 240p a share for Fenwick, valuing the company at about £95 million.",
    "British rival Tarn & Hale said it would bid for Ostara Foods.",
])
def test_an_argument_the_sentence_gives_itself(sentence: str) -> None:
    assert not implicit_argument(sentence)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["British", "Dutch", "Larger", "Regional", ""]),
       st.sampled_from(["rival", "competitor", "counterpart", "partner"]),
       st.sampled_from(["Osk Foods", "Velo", "Tarn & Hale"]))
def test_any_relational_subject_names_only_one_party(adjective: str, noun: str, name: str) -> None:
    sentence = f"{adjective} {noun} {name} cut its forecast.".strip()
    sentence = sentence[0].upper() + sentence[1:]
    assert implicit_argument(sentence)
    assert not implicit_argument(f"{name}, a {noun} of Hallby Foods, cut its forecast.")


FERRY = ("The harbour board named Skarv Lines as the interim ferry operator, worth 30 million euros. "
         "A full tender for the routes will follow in 2029.\n\n"
         "The board also cut the fine on Nordferje to 2 million euros from 3 million euros.\n\n"
         "Ostara Foods shares fell 3 percent. British rival Tarn & Hale issued a profit warning. "
         "It now expects sales to fall 6 percent.\n")


def test_a_statement_is_quoted_with_the_sentence_it_leans_on_not_the_one_before_it() -> None:
    doc = doc_of(FERRY)
    cut = in_context(note_of(doc, "The board also cut the fine on Nordferje to 2 million euros from 3 million euros."),
                     doc, brief=True)
    assert cut is not None
    assert cut.quote.startswith(("The harbour board named Skarv Lines", "[The harbour board] named"))
    assert "A full tender" in cut.quote and cut.quote.endswith("from 3 million euros.")
    assert locate(doc, cut.quote) is not None
    warned = in_context(note_of(doc, "It now expects sales to fall 6 percent."), doc, brief=True)
    assert warned is not None and warned.quote.startswith("Ostara Foods shares fell 3 percent. British rival")
    tender = in_context(note_of(doc, "A full tender for the routes will follow in 2029."), doc, brief=True)
    assert tender is None or tender.quote.startswith(("The harbour board named", "[The harbour board] named"))


def test_an_elided_pair_when_three_sentences_are_too_long() -> None:
    long = " ".join(["a spur line to the new quay at Vestby"] * 5)
    text = (f"The harbour board named Skarv Lines as the interim ferry operator for {long}. "
            "A full tender for the routes will follow in 2029.\n\n"
            "The board also cut the fine on Nordferje to 2 million euros from 3 million euros.\n")
    doc = doc_of(text)
    cut = in_context(note_of(doc, "The board also cut the fine on Nordferje to 2 million euros from 3 million euros."),
                     doc, brief=True)
    assert cut is None or (" ... The board also cut" in cut.quote and "A full tender" not in cut.quote
                           and locate(doc, cut.quote) is not None)


MUSEUM = ("LONDON (Wire) - The Harbour Museum of World Cultures will return 23 figures to the National Commission "
          "for Museums and Monuments. \"They belong in Benin City,\" said Helen Marsh, the museum's director.\n\n"
          "Abba Tijani, director-general of the commission, welcomed the vote. "
          "The Council's director of marketing, Ibrahim Toure, said nothing.\n")


def test_a_role_in_a_body_named_by_its_kind_is_placed_with_the_body_s_name() -> None:
    marsh = person_gloss(MUSEUM, "Helen Marsh", len(MUSEUM))
    assert marsh is not None and marsh.text == "the museum's director"
    at = MUSEUM.index("Helen Marsh")
    assert owner_named(MUSEUM, marsh.text, at) == ("the museum's", "Harbour Museum of World Cultures", "director")
    assert placed(MUSEUM, marsh.text, at) == "director, Harbour Museum of World Cultures"
    tijani = person_gloss(MUSEUM, "Abba Tijani", len(MUSEUM))
    assert tijani is not None
    assert placed(MUSEUM, tijani.text, len(MUSEUM)) == \
        "director-general, National Commission for Museums and Monuments"
    # "director of marketing": a role with its own "of" complement; no Council is named: left as it is.
    toure = person_gloss(MUSEUM, "Ibrahim Toure", len(MUSEUM))
    assert toure is not None and toure.text == "The Council's director of marketing"
    assert owner_named(MUSEUM, toure.text, len(MUSEUM)) is None
    # A body the descriptor names itself, or one the source names twice, is left alone.
    assert owner_named(MUSEUM, "MSC's fisheries director", len(MUSEUM)) is None
    two = "The Lowfield Trust and the Tarn Trust met. Its chair, the trust's chair Ann Bell, said so."
    assert owner_named(two, "the trust's chair", len(two)) is None


def test_a_placed_role_verifies_as_a_bracket() -> None:
    doc = doc_of(MUSEUM)
    quote = "[Abba Tijani, director-general, National Commission for Museums and Monuments] welcomed the vote."
    assert locate(doc, quote) is not None


def test_a_name_a_bracket_already_placed_gets_no_second_gloss() -> None:
    from briefgen.compose import _said_already

    assert _said_already("[The Keller Foundation's] president, Martin Keller, said the gift was large.",
                         "The foundation's president")
    assert not _said_already("Martin Keller said the gift was large.", "The foundation's president")


MINISTER = ("Transport minister Clara Voigt visited the closed bridge on Monday with engineers from the agency.\n\n"
            "She said safety came first and that the government would pay for repairs.\n")


@pytest.mark.parametrize(("style", "bracket"), [
    ("bullets", "[Clara Voigt, Transport minister] said"),
    # a stakeholder row's actor cell reads "Clara Voigt (Transport minister)": no second role in the quote
    ("positions", "[Clara Voigt] said"),
])
def test_a_bracketed_name_gains_its_role_unless_its_row_gives_it(style: str, bracket: str) -> None:
    from types import SimpleNamespace

    from briefgen.compose import _names_placed
    from briefgen.models import Item, Section

    doc = doc_of(MINISTER)
    quote = "She said safety came first and that the government would pay for repairs."
    note = note_of(doc, quote)
    item = Item(text="[Clara Voigt] said safety came first and that the government would pay for repairs.",
                citations=(1,), note_id=note.id, kind="fact", speaker="Clara Voigt", speaker_role="Transport minister")
    composer = SimpleNamespace(noteset=SimpleNamespace(notes=[note]), docs={"s": doc}, story="")
    [section] = _names_placed([Section(id="x", title="X", style=style, items=(item,))], composer)  # type: ignore[arg-type]
    assert section.items[0].text.startswith(bracket)


AGENCY = ("The Federal Deposit Insurance Corporation (FDIC) took over the lender on Friday.\n\n"
          "The FDIC said depositors would have full access to their money on Monday.\n")


@pytest.mark.parametrize(("earlier", "glossed"), [
    # an earlier statement spells the name out: the acronym needs no bracket
    ("The Federal Deposit Insurance Corporation raised its cost estimate on Monday.", False),
    # an earlier statement about something else: the first "FDIC" the reader meets is placed
    ("Shares of regional lenders fell on Monday.", True),
])
def test_an_acronym_a_statement_printed_before_spells_out_gets_no_bracket(earlier: str, glossed: bool) -> None:
    from types import SimpleNamespace

    from briefgen.compose import _names_placed
    from briefgen.models import Item, Section

    doc = doc_of(AGENCY)
    quote = "The FDIC said depositors would have full access to their money on Monday."
    note = note_of(doc, quote)
    first = Item(text=earlier, citations=(2,), note_id="other", kind="fact")
    item = Item(text=quote, citations=(1,), note_id=note.id, kind="fact")
    composer = SimpleNamespace(noteset=SimpleNamespace(notes=[note]), docs={"s": doc}, story="")
    [section] = _names_placed([Section(id="x", title="X", style="bullets", items=(first, item))],
                              composer)  # type: ignore[arg-type]
    shown = section.items[1].text
    assert ("[Federal Deposit Insurance Corporation]" in shown) is glossed
    assert shown.replace(" [Federal Deposit Insurance Corporation]", "") == quote
