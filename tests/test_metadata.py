"""Metadata and sentences from the layouts of news pages, wire copy, live blogs and forums:
publishers from masthead lines, dates from file names, whole headlines, live blog entries
without their times, forum threads recognised, quotations over several sentences kept whole,
and briefs as of their newest source."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.ingest import file_name_date, read_sources
from briefgen.ingest.clean import breadcrumb, byline, clean, live_entries, masthead
from briefgen.ingest.segment import paragraphs, sentences
from briefgen.workspace import load_config

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _sentences(text: str) -> list[str]:
    found = clean(text)
    return [" ".join(text[s.start:s.end].split()) for s in sentences(text, found.removed)]


# ---------------------------------------------------------------- publishers from header lines

MASTHEADS = {
    "*By Marit Hellan, Transport Correspondent, The Linford Herald*": ("The Linford Herald", "Marit Hellan", ""),
    "Meridian Business Daily | Wednesday, November 4, 2026 | by Anders Kvist":
        ("Meridian Business Daily", "Anders Kvist", ""),
    "The Northern Courier — Analysis, by Kari Lund": ("The Northern Courier", "Kari Lund", "analysis"),
    "NBC Nord News live coverage": ("NBC Nord News", "", ""),
    "Harlan Public Radio — News": ("Harlan Public Radio", "", ""),
    "*Ashford Valley Gazette — by Tess Okafor, Staff Writer*": ("Ashford Valley Gazette", "Tess Okafor", ""),
    "California Health Report | By Joanne Liu": ("California Health Report", "Joanne Liu", ""),
    "By Agnes Thorvald, City Hall Reporter, The Kessfield Courier": ("The Kessfield Courier", "Agnes Thorvald", ""),
    "Riverside Times · Opinion · by Hal Brent": ("Riverside Times", "Hal Brent", "opinion"),
    # A signed column: the name beside the label is the writer, the column's name no publisher.
    "*Opinion | Jo Bain | The Harbour Column | 10 May 2025*": ("", "Jo Bain", "opinion"),
    "Comment | Coastal Review | Thursday 6 March 2025": ("Coastal Review", "", "opinion"),
    "Opinion | Jo Bain | Coastal Ledger | 10 May 2025": ("Coastal Ledger", "Jo Bain", "opinion"),
}


@pytest.mark.parametrize("line", sorted(MASTHEADS))
def test_masthead_lines_give_publisher_author_and_kind(line: str) -> None:
    head = masthead(line)
    assert head is not None and (head.publisher, head.author, head.kind) == MASTHEADS[line]


@pytest.mark.parametrize("line", [
    "The talks failed on Monday.",
    "Skylark Regional files for creditor protection, strands thousands",
    "LIVE: Skylark crisis - day four",
    "Published: Friday, November 6, 2026",
    "Prices rose 4% in March - the fastest rise in a decade - the office said",
])
def test_prose_headlines_and_date_lines_are_no_masthead(line: str) -> None:
    head = masthead(line)
    assert head is None or not head.publisher


def test_a_desk_in_a_byline_is_no_publisher() -> None:
    assert byline("By Marit Hellan, Transport Correspondent") == ("Marit Hellan", "")
    assert byline("By JANE DOE, Associated Press Writer") == ("Jane Doe", "Associated Press")


def _page(*header: str, body: str = "") -> str:
    body = body or ("The regional council voted on Tuesday to close two rural clinics from January, "
                    "citing a shortage of doctors and rising costs.\n\nThe health board said the decision "
                    "would be reviewed in the spring.\n")
    return "\n".join(["# Council votes to close two rural clinics", *header, "", body])


def test_publisher_from_a_header_line_never_from_the_body() -> None:
    assert clean(_page("Valley Ledger | March 3, 2026 | by Ana Ruiz")).publisher == "Valley Ledger"
    assert clean(_page("*By Ana Ruiz, Health Reporter, The Valley Ledger*")).publisher == "The Valley Ledger"
    # The same line below the first paragraph of prose is not a masthead.
    body = ("The regional council voted on Tuesday to close two rural clinics from January, citing a shortage "
            "of doctors and rising costs.\n\nValley Ledger | March 3, 2026 | by Ana Ruiz\n\nMore followed.\n")
    assert clean(_page(body=body)).publisher == ""
    # A publisher's name alone counts only right under a byline that names none.
    assert clean(_page("By Ana Ruiz", "Valley Wire")).publisher == "Valley Wire"
    assert clean(_page("Valley Wire")).publisher == ""


def test_masthead_lines_are_clutter_listed_as_removed() -> None:
    text = _page("Valley Ledger | March 3, 2026 | by Ana Ruiz")
    found = clean(text)
    assert any(text[r.start:r.end] == "Valley Ledger | March 3, 2026 | by Ana Ruiz" for r in found.removed)
    assert not any("Valley Ledger" in s for s in _sentences(text))


# ---------------------------------------------------------------- titles, dates

def test_a_hard_wrapped_headline_is_one_title() -> None:
    text = (LAYOUTS / "01_harbour_wire_2026-10-05.txt").read_text(encoding="utf-8")
    assert clean(text).title == ("Boil-water notice issued for Kessfield after bacteria found in city supply; "
                                 "schools stay open")


@pytest.mark.parametrize(("name", "date"), [
    ("01_wire_2026-11-02.txt", "2026-11-02"), ("report-20261102.pdf", "2026-11-02"),
    ("notes_2026_11_02_final.md", "2026-11-02"), ("page-2026-02-30.html", ""), ("version-12026-11-02.txt", ""),
    ("budget-2026.txt", ""), ("ticket-120261102.txt", ""),
])
def test_dates_in_file_names(name: str, date: str) -> None:
    assert file_name_date(name) == date


def _workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    for path in LAYOUTS.iterdir():
        shutil.copy(path, ws / "sources" / path.name)
    return ws


def test_the_file_names_date_when_the_text_gives_none_and_the_text_wins_over_it(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    (ws / "sources" / "06_valley_2026-10-01.md").write_text(_page("Valley Ledger | October 9, 2026 | by Ana Ruiz"),
                                                            encoding="utf-8")
    docs = {d.path: d for d in read_sources(load_config(ws)).docs}
    wire = docs["sources/01_harbour_wire_2026-10-05.txt"].meta
    assert (wire.date, wire.date_from) == ("2026-10-05", "file name")
    dated = docs["sources/06_valley_2026-10-01.md"].meta
    assert (dated.date, dated.date_from) == ("2026-10-09", "")
    listed = CliRunner().invoke(main, ["sources", "-w", str(ws)])
    assert "\t2026-10-05 (from file name)\t" in listed.output
    assert "\t2026-10-09\t" in listed.output


# ---------------------------------------------------------------- live blogs

LIVE = """LIVE: Flood crisis on the Varn river - day two
Riverside Radio live coverage

14:05 - The water level at the Oster bridge gauge has reached 6.2 metres, the highest reading since records
began, the regional flood office said.
13:40 - Recap for those just joining: Evacuations began on Tuesday. They now cover 2,300 homes in four districts.
13:10 Mayor Petra Lind said the town hall would stay open overnight as a shelter for families who cannot reach them.
12:30 - Update on the roads: the E4 is closed between Oster and Brask until further notice.
"""


def test_live_blog_entries_are_paragraphs_without_their_times() -> None:
    found = clean(LIVE)
    assert found.publisher == "Riverside Radio"
    shown = {(r.reason, LIVE[r.start:r.end]) for r in found.removed}
    assert {("live blog entry time", "14:05 -"), ("live blog entry time", "13:10"),
            ("live blog lead-in", "Recap for those just joining:")} <= shown
    # A label before a lower-case clause is part of the sentence: never cut into a fragment.
    assert not any(text.startswith("Update on") for reason, text in shown)
    said = _sentences(LIVE)
    assert "Evacuations began on Tuesday." in said
    assert "They now cover 2,300 homes in four districts." in said
    assert not any(re.match(r"\d\d:\d\d", s) for s in said)
    starts = [s for s in sentences(LIVE, found.removed)]
    assert len({s.para for s in starts if s.sent == 1}) == len({s.para for s in starts})
    assert len({s.para for s in starts}) == 5  # headline and four entries, the wrapped one joined


def test_three_timed_lines_make_a_live_blog_and_a_time_in_prose_does_not() -> None:
    prose = "The meeting starts at\n10:30 The mayor will speak first.\n"
    assert live_entries(prose) == []
    assert len(live_entries(LIVE)) == 4


# ---------------------------------------------------------------- forum threads

def test_forum_threads_are_recognised_from_their_layout() -> None:
    text = (LAYOUTS / "04_kessfieldtalk_forum_2026-10-08.txt").read_text(encoding="utf-8")
    found = clean(text)
    assert found.is_thread and len(found.posts) == 4
    assert [p.author for p in found.posts] == ["harbour_mum", "ekholm_p", "linnea_k", "ekholm_p"]
    assert (found.title, found.publisher) == ("Boil water notice megathread", "KessfieldTalk.org")
    assert not any(s.startswith(("Re:", "Posted by", "KessfieldTalk")) for s in _sentences(text))
    assert breadcrumb("Home > News > Budget vote thread - page 2") == ("Home", "Budget vote thread")
    assert breadcrumb("Prices > costs > wages, the report said.") is None


# ---------------------------------------------------------------- quotations over several sentences

def test_a_quotation_over_several_sentences_is_one_statement() -> None:
    said = _sentences('She said: "We will not sign. Our money is for routes." Asked again, she said: "No."\n')
    assert said == ['She said: "We will not sign. Our money is for routes."', 'Asked again, she said: "No."']
    wire = _sentences("``One child can infect nine others. Keeping them home\nstops it,'' said Dr. Raman.\n")
    assert wire == ["``One child can infect nine others. Keeping them home stops it,'' said Dr. Raman."]
    curly = _sentences("“The notice stays. Results come Friday.” The city said so.\n")
    assert curly == ["“The notice stays. Results come Friday.”", "The city said so."]
    # A quotation still open at the paragraph's end (it runs on) leaves the sentences as they were.
    assert _sentences('He said: "We will appeal. The ruling is wrong.\n') == ['He said: "We will appeal.',
                                                                              "The ruling is wrong."]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["The board met.", '"We agree.', 'It ended."', "“Yes.", "No.”", "Fine."]),
                min_size=1, max_size=8))
def test_sentences_stay_in_order_and_cover_the_text(parts: list[str]) -> None:
    text = " ".join(parts) + "\n"
    found = sentences(text)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert "".join(text[s.start:s.end] for s in found).replace(" ", "") == text.replace(" ", "").strip()
    assert paragraphs(text) == [(0, len(text.rstrip()))]


# ---------------------------------------------------------------- whole builds

def test_briefs_from_page_layouts(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    config = (ws / "briefgen.toml").read_text(encoding="utf-8")
    assert re.search(r"(?m)^# as_of = \d{4}-\d\d-\d\d .*newest source", config)
    runner = CliRunner()
    result = runner.invoke(main, ["build", "-w", str(ws), "--audience", "all", "--format", "md"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(main, ["check", "-w", str(ws)]).exit_code == 0
    forum_cited = 0
    for audience in ("executive", "investor", "policy"):
        md = (ws / "output" / f"{audience}.md").read_text(encoding="utf-8")
        assert "As of 2026-10-09" in md  # the newest source's date, not the day of the build
        rows = md.split("## Sources")[1].splitlines()
        for row in (("Harbour Wire", "5 October 2026"), ("The Kessfield Courier", "6 October 2026"),
                    ("Kessfield Radio", "7 October 2026"), ("KessfieldTalk.org", "8 October 2026", "forum thread"),
                    ("The Northern Ledger", "9 October 2026", "analysis")):
            if row[0] == "KessfieldTalk.org" and not any(row[0] in line for line in rows):
                continue  # a forum post backs no reported fact: cited only where a brief quotes it
            assert any(all(part in line for part in row) for line in rows), (audience, row)
        evidence = re.findall(r'<a id="ev-(\d+)"></a>\*\*\[\d+\]\*\* “(.+?)” — \*(.+?)\*', md)
        for number, quote, title in evidence:
            assert not re.match(r"\d\d:\d\d", quote) and "Recap for" not in quote
            assert quote.count("“") == quote.count("”") and quote.count("‘") == quote.count("’"), quote
            if title == "Boil water notice megathread":
                forum_cited += 1
                for line in md.split("## Evidence")[0].splitlines():
                    if f"(#ev-{number})" in line and line.startswith("- ") and line.count("[[") == 1:
                        assert "Forum comment" in line, line  # quoted alone: labelled
                    if f"(#ev-{number})" in line and line.startswith("| ") and line.count("[[") == 1:
                        assert "Forum commenter" in line, line
    assert forum_cited >= 1
    # A second run with as_of given keeps it.
    (ws / "briefgen.toml").write_text(config.replace("# as_of = ", "as_of = 2026-10-07 #"), encoding="utf-8")
    assert runner.invoke(main, ["build", "-w", str(ws), "--audience", "investor", "--format", "md"]).exit_code == 0
    md = (ws / "output" / "investor.md").read_text(encoding="utf-8")
    assert "As of 2026-10-07" in md and "The Northern Ledger" not in md.split("## Sources")[1]


def test_a_statement_never_leans_on_the_entry_before_it_in_a_live_blog(tmp_path: Path) -> None:
    import briefgen
    from briefgen.compose import readable_notes

    ws = tmp_path / "ws"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    (ws / "sources" / "live.txt").write_text(
        "LIVE: Harbour strike - day two\nPort Daily live coverage\n\n"
        "15:10 - The port authority says 40 container ships are now waiting outside the harbour for a berth.\n\n"
        "14:45 - Its director, Lena Berg, told reporters the backlog would take at least a week to clear.\n\n"
        "14:05 - Dockworkers voted on Monday to extend the strike for a further five days from Wednesday.\n",
        encoding="utf-8")
    noteset = briefgen.open_workspace(ws).notes()
    quotes = [note.quote for note in readable_notes(noteset)]
    assert quotes and not any(re.search(r"\d\d:\d\d", quote) for quote in quotes), quotes
    assert not any(quote.startswith("Its director") for quote in quotes)


# ---------------------------------------------------------------- mastheads and letterheads above the headline

_FERRY = ("Island Ferries suspended all crossings to Carrow on Tuesday after an engine fire on its largest "
          "vessel, leaving about 2,000 islanders without a regular link to the mainland.\n\n"
          "The operator said the fire was put out within minutes and nobody was hurt.\n")


def _top(*header: str) -> tuple[str, str, str]:
    found = clean("\n".join([*header, "", _FERRY]))
    return found.title, found.publisher, found.kind


@pytest.mark.parametrize(("header", "expected"), [
    # A short name over a date line and a headline: the name is the publisher.
    (("Harlow Radio News", "Tuesday 4 November 2025", "", "Ferry operator halts island crossings after engine fire"),
     ("Ferry operator halts island crossings after engine fire", "Harlow Radio News", "")),
    # Over the headline alone: a name whose words the story never uses.
    (("Coastal Ledger", "", "Ferry operator halts island crossings after engine fire"),
     ("Ferry operator halts island crossings after engine fire", "Coastal Ledger", "")),
    # An organisation's letterhead in capitals over its statement's heading.
    (("NATIONAL UNION OF SEAFARERS", "", "Statement on the suspension of the Carrow crossings"),
     ("Statement on the suspension of the Carrow crossings", "National Union of Seafarers", "statement")),
    # A section label over the headline gives the kind.
    (("OPINION", "", "Carrow deserves a ferry that works", "", "By Ruth Penhale"),
     ("Carrow deserves a ferry that works", "", "opinion")),
    # An organisation's "<name> passenger information" line under the headline: its own statement.
    (("Crossings suspended: what passengers need to know", "", "Island Ferries passenger information"),
     ("Crossings suspended: what passengers need to know", "Island Ferries", "statement")),
])
def test_a_masthead_or_letterhead_above_the_headline_is_the_publisher(
        header: tuple[str, ...], expected: tuple[str, str, str]) -> None:
    assert _top(*header) == expected
    text = "\n".join([*header, "", _FERRY])
    shown = _sentences(text)
    assert not any(line in shown for line in header if line and line != expected[0])


@pytest.mark.parametrize(("header", "expected"), [
    # The headline first, the name under it: the headline stays the title, the name is no publisher.
    (("Ferry operator halts island crossings after engine fire", "Harlow Radio News"),
     ("Ferry operator halts island crossings after engine fire", "", "")),
    # A headline in title case over a date line is no name: its words are the story's.
    (("Island Ferries Suspend Crossings", "Tuesday 4 November 2025"), ("Island Ferries Suspend Crossings", "", "")),
    # A headline in capitals over the story is the title, not a letterhead.
    (("ISLAND FERRIES SUSPEND ALL CROSSINGS TO CARROW",), ("ISLAND FERRIES SUSPEND ALL CROSSINGS TO CARROW", "", "")),
    # A name alone over the story says nothing about which it is.
    (("Harlow Radio News",), ("", "", "")),
])
def test_a_headline_is_never_taken_for_a_masthead(header: tuple[str, ...], expected: tuple[str, str, str]) -> None:
    assert _top(*header) == expected


# ---------------------------------------------------------------- kinds of piece

_STORY = ("The island's only ferry will stay in port until at least Friday after an engine fire, its "
          "operator said on Tuesday, leaving about 2,000 islanders without a regular link.\n\n"
          "The operator said the fire was put out within minutes and nobody was hurt.\n")
_KINDS = {
    # A wire dateline with its credit.
    "01-wire.txt": "Ferry halts crossings after engine fire\n\nCARROW, Scotland (Harbour Wire) - " + _STORY,
    # A byline over a dated text.
    "02-byline.md": "# Ferry halts crossings after engine fire\n\n**By Ruth Penhale, Transport Reporter**\n\n"
                    "*Published 4 November 2025*\n\n" + _STORY,
    # A web page of a named site that says it is an article.
    "03-page.html": ('<html><head><title>Ferry halts crossings</title><meta property="og:type" content="article">'
                     '<meta property="og:site_name" content="Island Times"></head><body><article>'
                     "<h1>Ferry halts crossings after engine fire</h1><p>" + _STORY.replace("\n\n", "</p><p>")
                     + "</p></article></body></html>"),
    # A signed column: its writer is no publisher, its column's name neither.
    "04-column.md": "# Carrow deserves a ferry that works\n\n*Opinion | Jo Bain | The Harbour Column | 5 November 2025*"
                    "\n\n" + _STORY,
    # A group's statement, its name before the colon of the heading.
    "05-statement.txt": "Carrow Islanders' Association: Statement on the ferry suspension\n\n"
                        "Carrow Islanders' Association represents people who live on the island.\n\n" + _STORY,
    # An undated page with no furniture says nothing about what it is.
    "06-questions.txt": "Ferry suspended: your questions answered\n\nWhat is happening?\n\n" + _STORY,
}


def test_the_kind_of_piece_and_who_wrote_and_published_it_come_from_its_furniture(tmp_path: Path) -> None:
    from briefgen.workspace import init_workspace

    ws = tmp_path / "kinds"
    init_workspace(ws, today="2025-11-06")
    for name, text in _KINDS.items():
        (ws / "sources" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["sources", "-w", str(ws), "--json"])
    assert result.exit_code == 0, result.output
    import json

    found = {Path(s["path"]).name: (s["kind"], s["publisher"], s["author"], s["reliability"])
             for s in json.loads(result.stdout)["sources"]}
    assert found == {
        "01-wire.txt": ("news report", "Harbour Wire", "", "news report"),
        "02-byline.md": ("news report", "", "Ruth Penhale", "news report"),
        "03-page.html": ("news report", "Island Times", "", "news report"),
        "04-column.md": ("opinion", "", "Jo Bain", "opinion"),
        "05-statement.txt": ("statement", "Carrow Islanders' Association", "", "unrated"),
        "06-questions.txt": ("", "", "", "unrated"),
    }
