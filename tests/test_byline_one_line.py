"""Bylines real outlets write on one line: a byline and the outlet that ran the piece as two sentences, a
research note's writer with a post in title case and the firm after it, a date as the line's last sentence."""

import pytest

from briefgen.ingest.clean import clean, header_line

BODY = ("The council's vote will be remembered as the moment the region chose the most expensive water it could "
        "find. At roughly 0.9 euros per cubic metre, it costs three times what reservoirs supply.\n\n"
        "Before building anything, the region should fix its pipes, which lose 30 percent of what they carry.\n")


@pytest.mark.parametrize(("line", "writer", "outlet"), [
    ("*By Prof. Marta Ilves, professor of public finance, University of Tartu. Published on Eesti Majandus, "
     "4 March 2026.*", "Marta Ilves", "Eesti Majandus"),
    ("*By Dr. Tomas Berg, hydrologist, Lund University. First published in Nordic Water Review, 2 May 2026.*",
     "Tomas Berg", "Nordic Water Review"),
    ("By Ana Quiroga, a former central banker. Originally published by the Andes Monitor.",
     "Ana Quiroga", "Andes Monitor"),
])
def test_byline_and_outlet_in_one_line(line: str, writer: str, outlet: str) -> None:
    cleaned = clean(f"# The plant is the expensive answer\n\n{line}\n\n{BODY}")
    assert (cleaned.author, cleaned.publisher) == (writer, outlet)
    assert any(r.reason == "byline" for r in cleaned.removed)  # the line is never a statement


def test_the_employer_in_a_byline_is_not_the_outlet() -> None:
    # no sentence says where it ran: the university the writer works at is not the publisher
    cleaned = clean(f"# Title of the piece\n\n*By Prof. Marta Ilves, professor of public finance, University of "
                    f"Tartu.*\n\n{BODY}")
    assert cleaned.publisher != "University of Tartu"


@pytest.mark.parametrize(("line", "writer", "firm"), [
    ("Research note — Razia Malik, Chief Economist Africa & Middle East, Meridian Bank. 13 November 2026",
     "Razia Malik", "Meridian Bank"),
    ("Strategy note | Tom Berg, Senior Analyst, Nordhavn Bank | 3 May 2026", "Tom Berg", "Nordhavn Bank"),
    ("Market commentary — Ana Ruiz, Head of Research, Tagus Capital. 2 June 2026", "Ana Ruiz", "Tagus Capital"),
    ("Sector note — Lena Aalto, Lead Energy Strategist, Nordea Markets. 1 July 2026", "Lena Aalto", "Nordea Markets"),
    ("Credit note — Ivo Petrov, economist, Balkan Ratings", "Ivo Petrov", "Balkan Ratings"),
])
def test_research_note_writer_and_firm(line: str, writer: str, firm: str) -> None:
    found = header_line(f"*{line}*")
    assert found is not None and (found.author, found.issuer) == (writer, firm)


def test_research_note_header_gives_writer_date_and_firm() -> None:
    cleaned = clean("# The deal buys time, not credibility\n\n*Research note — Razia Malik, Chief Economist Africa "
                    f"& Middle East, Meridian Bank. 13 November 2026*\n\n{BODY}")
    assert (cleaned.author, cleaned.publisher, cleaned.date) == ("Razia Malik", "Meridian Bank", "2026-11-13")


def test_a_sentence_of_prose_is_no_header() -> None:
    assert header_line("The bank's chief economist, Razia Malik, said the deal buys time. It was 13 November 2026") \
        is None
