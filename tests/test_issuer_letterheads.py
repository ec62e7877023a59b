"""What an issuer's own document says about itself above its headline: a letterhead naming the
kind and the issuer ("STATEMENT FROM THE ... (HPA)"), a ministry's letterhead over "Press release"
and a date, a place before the date ("Rotterdam, 4 May 2026"), a bold "**Analyst:**" label with
the writer's firm, an opinion's byline naming the writer's organisation; a dateline filed from two
places; an outlet cited at a sentence's end. The Sources table shows the headline, issuer, kind and
date the text gives, never a date line or a letterhead as the title."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.ingest.clean import clean, date_line, dateline_end, header_line

BODY = ("The pilots' association said the new fees would raise the cost of a harbour call by 14 percent "
        "for ships over 200 metres.\n\n"
        "The port authority said the fees had not changed since 2019 and covered only 60 percent of its costs.\n")


def test_statement_letterhead_gives_issuer_kind_date_and_headline() -> None:
    text = ("STATEMENT FROM THE HARBOUR PILOTS' ASSOCIATION (HPA)\n\nRotterdam, 4 May 2026\n\n"
            "HPA rejects new pilotage fees\n\n" + BODY)
    found = clean(text)
    assert (found.title, found.publisher, found.kind, found.date) == (
        "HPA rejects new pilotage fees", "Harbour Pilots' Association (HPA)", "statement", "2026-05-04")


def test_ministry_letterhead_over_press_release_label() -> None:
    text = ("Ministry of Transport, Valletta\nPress release\n12 June 2026\n\n"
            "Government sets new ferry subsidy for island routes\n\n" + BODY)
    found = clean(text)
    assert (found.title, found.publisher, found.kind, found.date) == (
        "Government sets new ferry subsidy for island routes", "Ministry of Transport", "statement", "2026-06-12")


@pytest.mark.parametrize(("head", "publisher"), [
    # a release number between the label and the date; the letterhead names the issuer and a place
    ("Port Authority of Valletta, Marsa District\nNews Release\nRelease No. 26-117\nJune 12, 2026\n\n",
     "Port Authority of Valletta"),
    # the label itself names the issuer; a serial number on its own line
    ("HPA Press Release\nPR-94-2026\nJune 12, 2026\n\n", "HPA"),
])
def test_release_numbers_and_labels_that_name_the_issuer(head: str, publisher: str) -> None:
    """A release's serial number is furniture, not its headline; the headline, hard-wrapped with its text, is read whole."""
    wrapped = "\n\n".join(textwrap.fill(para, 72) for para in BODY.split("\n\n"))  # wire copy, hard-wrapped
    text = head + "Harbour Board to Take Over All\nof the Island Ferry Routes From July 1\n\n" + wrapped
    found = clean(text)
    assert (found.title, found.publisher, found.kind, found.date) == (
        "Harbour Board to Take Over All of the Island Ferry Routes From July 1", publisher, "statement", "2026-06-12")


def test_bold_labels_name_writer_firm_and_date() -> None:
    text = ("# Harbour fees: who pays?\n\n**Analyst:** Jonas Berg, Fjord Equity Research\n**Date:** 3 November 2026\n\n"
            + BODY)
    found = clean(text)
    assert (found.title, found.publisher, found.kind, found.author, found.date) == (
        "Harbour fees: who pays?", "Fjord Equity Research", "analysis", "Jonas Berg", "2026-11-03")


def test_opinion_byline_names_the_writers_organisation() -> None:
    line = "*By Ana Costa, campaigns director, Clean Rivers Alliance. Published 6 November 2026.*"
    found = header_line(line)
    assert found is not None
    assert (found.issuer, found.author) == ("Clean Rivers Alliance", "Ana Costa")


@pytest.mark.parametrize("line", ["Rotterdam, 4 May 2026", "Vell, Norland, May 4, 2026", "Published 6 November 2026"])
def test_place_and_date_is_a_date_line(line: str) -> None:
    assert date_line(line)


@pytest.mark.parametrize("line", ["Rotterdam rejects fees, 4 May 2026 vote shows", "Ministry of Transport, Valletta",
                                  "Rotterdam, the port said on 4 May 2026"])
def test_a_place_with_more_words_is_no_date_line(line: str) -> None:
    assert not date_line(line)


def test_dateline_filed_from_two_places() -> None:
    text = ("Ferry talks postponed as unions threaten strike\n\n"
            "GENEVA/ZURICH, Nov 21 (Alpine Wire) - The next round of talks on ferry fees has been postponed "
            "to Dec. 15, the transport office said on Saturday.\n\n" + BODY)
    found = clean(text)
    assert found.publisher == "Alpine Wire"
    assert dateline_end("GENEVA/ZURICH, Nov 21 (Alpine Wire) - The next round") == len("GENEVA/ZURICH, Nov 21 (Alpine Wire) - ")


def test_outlet_cited_at_a_sentence_end_stops_there() -> None:
    text = ("Harbour fees to rise\n\nExports of salmon reached 9.8 billion crowns in 2025, according to the Seafood "
            "Board. Faroese exports were worth about 1.6 billion crowns.\n\n" + BODY)
    assert clean(text).cited_outlets == ("Seafood Board",)


@given(st.sampled_from(["Rotterdam", "Vell", "Port Ellery", "Lisbon"]), st.integers(1, 28),
       st.sampled_from(["March", "June", "November"]), st.integers(2000, 2030))
def test_any_place_and_date_line_is_furniture_not_title(place: str, day: int, month: str, year: int) -> None:
    text = (f"STATEMENT FROM THE HARBOUR PILOTS' ASSOCIATION\n\n{place}, {day} {month} {year}\n\n"
            "Pilots reject new harbour fees\n\n" + BODY)
    found = clean(text)
    assert found.title == "Pilots reject new harbour fees"
    assert found.date.startswith(str(year))


def test_a_firms_line_and_an_analysts_line_with_letters_after_the_name_date_the_note() -> None:
    # Two header lines in one block, the analyst's name followed by a degree: the note is dated 15 October,
    # not "date unknown", and the degree is no issuer.
    text = ("# Harbour Holdings: not dead, but on life support\n\n"
            "**Vell & Orr Securities | Equity Research | Shipping**\n"
            "**Analyst: Rebecca Lindqvist, PhD | 15 October 2026**\n\n" + BODY)
    found = clean(text)
    assert (found.title, found.publisher, found.kind, found.date) == (
        "Harbour Holdings: not dead, but on life support", "Vell & Orr Securities", "analysis", "2026-10-15")
    assert header_line("Analyst: Rebecca Lindqvist, PhD | 15 October 2026") is not None
    assert header_line("Analyst: Rebecca Lindqvist, CFA") is not None


def test_a_paragraph_of_prose_under_the_headline_gives_no_date_by_its_header_line() -> None:
    text = ("# Harbour fees rise\n\n"
            "Vell & Orr Securities | Equity Research\n"
            "The pilots said on Monday the fees, due from 15 October 2026, were too high.\n\n" + BODY)
    assert clean(text).date == ""


@pytest.mark.parametrize(("headline", "issuer"), [
    ("Harbour Pilots Association responds to new fee plan", "Harbour Pilots Association"),
    ("Kessfield Residents' Union welcomes the ruling on rents", "Kessfield Residents' Union"),
    ("Council decision threatens jobs at the harbour", ""),  # no organisation's name: a subject
    ("Jane Marlow responds to the fee plan", ""),  # a person is no issuer
])
def test_a_statements_headline_names_its_issuer_when_it_opens_on_an_organisation(headline: str, issuer: str) -> None:
    text = "STATEMENT\n\n" + headline + "\n\n16 October 2026\n\n" + BODY
    found = clean(text)
    assert (found.kind, found.title, found.publisher, found.date) == ("statement", headline, issuer, "2026-10-16")


def test_a_news_reports_headline_never_names_a_publisher() -> None:
    text = "Harbour Pilots Association responds to new fee plan\n\n" + BODY
    assert clean(text).publisher == ""
