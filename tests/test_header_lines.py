"""Header lines read part by part, in any order: a genre label, an issuer, a byline, a date
("Equity research note, Marlow & Finch", "Analysis by Dr. Rui Pimentel, volcanologist"), so
that the kind labels the source's claims and the issuer fills the Sources table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.ingest.clean import clean, header_line

BODY = ("The county council voted on Tuesday to close two of its five ferry landings, saying the "
        "crossings had lost 30 percent of their passengers since 2022.\n\n"
        "Operators said the closures would add 40 minutes to some journeys.\n")


@pytest.mark.parametrize(("line", "kind", "issuer", "author"), [
    ("Equity research note, Marlow & Finch", "analysis", "Marlow & Finch", ""),
    ("Marlow & Finch | Equity Research Note | 4 May 2026", "analysis", "Marlow & Finch", ""),
    ("Analysis by Dr. Rui Pimentel, volcanologist", "analysis", "", "Rui Pimentel"),
    ("Commentary | Tarn Policy Institute", "opinion", "Tarn Policy Institute", ""),
    ("Opinion, by Marte Lie", "opinion", "", "Marte Lie"),
    ("Sela Moor, senior analyst at Brandt Securities", "", "Brandt Securities", "Sela Moor"),
    ("Column", "opinion", "", ""),
    ("Column | Ida Brenn", "opinion", "", "Ida Brenn"),
    ("Editorial, The Kessford Standard", "opinion", "The Kessford Standard", ""),
    ("Public health briefing | Orla Health Analytics", "report", "Orla Health Analytics", ""),
    ("Dr. Sofia Brandt, epidemiologist at Orla Health Analytics", "", "Orla Health Analytics", "Sofia Brandt"),
    ("Tomas Ferrer, family doctor in San Lino", "", "", "Tomas Ferrer"),
    # a research house named "<Name> Research" beside a desk's label in lower case: the house is the issuer
    ("Halvard Research | Energy & Utilities note | 12 November 2026", "analysis", "Halvard Research", ""),
    ("Brenn Research | Metals and Mining note", "analysis", "Brenn Research", ""),
    # the firm's name and then its genre in lower case, in one part: who issued it and what kind of piece
    ("Kessel Securities equity research, analyst note", "analysis", "Kessel Securities", ""),
    ("Tarn Policy Institute weekly column", "opinion", "Tarn Policy Institute", ""),
])
def test_header_parts_in_any_order(line: str, kind: str, issuer: str, author: str) -> None:
    found = header_line(line)
    assert found is not None
    assert (found.kind, found.issuer, found.author) == (kind, issuer, author)


@pytest.mark.parametrize("line", [
    "Ferry landings to close as passenger numbers fall",
    "Kessford is not done yet",
    "The Kessford Standard",
    "The council voted to close two landings.",
    "Analysis of the vote shows a split council",
])
def test_headlines_and_prose_are_no_header(line: str) -> None:
    assert header_line(line) is None


@given(st.text(alphabet="abcdefgh ABCDEF&,|", min_size=1, max_size=60))
def test_a_sentence_is_never_a_header_line(words: str) -> None:
    assert header_line(words.strip(" ,|") + " went ahead.") is None


def test_reversed_label_gives_issuer_and_kind() -> None:
    text = "Ferry cuts go too far\n\nEquity research note, Marlow & Finch\n\n12 May 2026\n\n" + BODY
    found = clean(text)
    assert (found.title, found.publisher, found.kind) == ("Ferry cuts go too far", "Marlow & Finch", "analysis")
    assert any("Marlow" in text[r.start:r.end] for r in found.removed)


def test_analysis_byline_over_the_headline() -> None:
    text = "Analysis by Dr. Rui Pimentel, volcanologist\n\nThe ferry map is shrinking\n\n" + BODY
    found = clean(text)
    assert (found.title, found.kind, found.author) == ("The ferry map is shrinking", "analysis", "Rui Pimentel")


def test_label_and_writer_on_lines_of_their_own() -> None:
    text = "Keep the landings open\n\nColumn\nIda Brenn\n\n3 June 2026\n\n" + BODY
    found = clean(text)
    assert (found.title, found.kind, found.author) == ("Keep the landings open", "opinion", "Ida Brenn")


def test_role_names_the_issuer() -> None:
    text = ("Ferry cuts: the cost to the islands\n\nSela Moor, senior fellow at the Tarn Policy Institute\n\n"
            "3 June 2026\n\n" + BODY)
    found = clean(text)
    assert (found.title, found.publisher) == ("Ferry cuts: the cost to the islands", "Tarn Policy Institute")


def test_a_lone_kicker_over_a_page_text() -> None:
    found = clean("Op-ed\n" + BODY)
    assert found.kind == "opinion"


def test_research_house_named_in_a_note_masthead_is_its_publisher() -> None:
    """"<House> Research | <Desk> note | <date>" under a note's headline gives the house as the Sources
    table's publisher and the kind, and is furniture, not a statement."""
    text = ("Ferry traffic: the 2027 plan is now a 2029 plan\n\n"
            "**Halvard Research | Transport & Logistics note | 12 November 2026**\n\n" + BODY)
    found = clean(text)
    assert (found.title, found.publisher, found.kind) == (
        "Ferry traffic: the 2027 plan is now a 2029 plan", "Halvard Research", "analysis")
    assert any("Halvard Research" in text[r.start:r.end] for r in found.removed)


def test_a_firms_research_line_over_an_analysts_byline() -> None:
    """A note's masthead names the firm and the genre in one line, the analyst on the next: the Sources
    table shows the firm, the writer and "analysis" (was publisher and kind unknown)."""
    text = ("# Harrow Freight: Downgrade to Hold\n\n**Kessel Securities equity research, analyst note**\n"
            "**Analyst: Mara Quist, CFA | 13 November 2026**\n\n" + BODY)
    found = clean(text)
    assert (found.publisher, found.author, found.kind, found.date) == (
        "Kessel Securities", "Mara Quist", "analysis", "2026-11-13")
