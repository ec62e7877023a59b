"""Titles, publishers, dates and kinds read from the header, byline, masthead and footer
layouts of sources of many kinds (tests/fixtures/metadata), as `briefgen sources` and the
Sources table show them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.ingest import read_sources
from briefgen.ingest.clean import byline, clean, header_line, headline, masthead, title_kind
from briefgen.workspace import load_config

FIXTURES = Path(__file__).parent / "fixtures" / "metadata"

EXPECTED = {
    # file: (title, publisher, date, kind)
    "broker-note.txt": ("ORCHARD VALE FOODS (LSE: OVF) - RESULTS PREVIEW", "Linden Row Capital", "", "analysis"),
    "ngo-sitrep.txt": ("Situation report: Carrow Pass avalanche (No. 3)", "Mountain Rescue Alliance", "", "report"),
    "opinion-column.md": ("The Carrow Pass road should never have stayed open", "The Highland Examiner",
                          "2026-02-09", "opinion"),
    "wire-update.txt": ("Marlow Shipping cuts dividend as freight rates slump", "Baltic Wire", "2026-02-11",
                        "news report"),
    "wire-exclusive.txt": ("Regional airline Pennant Air explores sale, sources say", "Atlantic Wire", "2026-03-03",
                           "news report"),
    "wire-wrapup.txt": ("Floods close schools across northern Tarvia as river peaks", "Eastern Press", "2026-04-14",
                        "news report"),
    "byline-outlet.md": ("Why the ferry timetable changed again", "Sound Ledger", "2026-05-04", "news report"),
    "byline-masthead.md": ("Quarry expansion approved despite objections from villagers", "Vale Courier Weekly",
                           "2026-06-18", "news report"),
    "newsletter.txt": ("Water restrictions come to the allotments", "Greyfield Allotment Society", "2026-05-04",
                       "report"),
    "press-release.txt": ("Keldra Water to replace 60 km of ageing mains after Harwick burst", "Keldra Water",
                          "2026-09-21", "statement"),
    "column-published-in.md": ("A festival that forgot its own town", "The Fenwick Standard", "2026-05-02", "opinion"),
    # a label line ("Opinion — name, role") and the date before the paper's name, with no "in"
    "column-labelled.md": ("The ferry subsidy is paying for empty seats", "The Solway Gazette", "2026-03-14", "opinion"),
    # a slug of genre words over the headline, an issuer line "Org | date", a labelled analyst: an analysis
    "sector-note.txt": ("Harbour Quay Terminals: lower berth fees squeeze an already thin margin",
                        "Kestrel Credit Ratings", "2026-03-04", "analysis"),
    "credit-comment.md": ("Vantor Water's drought spending will test its covenant headroom", "Brightmere Analytics",
                          "2026-08-12", "analysis"),
    "equity-research.txt": ("Corvane Seeds: a wet spring delays the planting season, and the rebound",
                            "Alder & Pike Securities", "2026-05-18", "analysis"),
    "footer-copyright.txt": ("Tram depot fire halts services on two lines", "Orrin Evening Telegraph", "",
                             "news report"),
}


@pytest.fixture(scope="module")
def metas(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str, str, str]]:
    ws = tmp_path_factory.mktemp("meta") / "ws"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    for path in FIXTURES.iterdir():
        shutil.copy(path, ws / "sources" / path.name)
    docs = read_sources(load_config(ws)).docs
    return {Path(d.path).name: (d.meta.title, d.meta.publisher, d.meta.date, d.meta.kind) for d in docs}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_from_the_layout(metas: dict[str, tuple[str, str, str, str]], name: str) -> None:
    assert metas[name] == EXPECTED[name]


@pytest.mark.parametrize(("line", "title"), [
    ("UPDATE 1-Harbour board approves dredging plan", "Harbour board approves dredging plan"),
    ("EXCLUSIVE-Mill owner weighs closure of paper plant, sources say", "Mill owner weighs closure of paper plant, sources say"),
    ("UPDATE 3-EXCLUSIVE-Orchard growers seek state aid after frost", "Orchard growers seek state aid after frost"),
    ("NATO-backed exercise opens on the northern coast", "NATO-backed exercise opens on the northern coast"),
    ("REFILE-Brewer raises prices for second time this year", "Brewer raises prices for second time this year"),
])
def test_wire_slugs_leave_the_title(line: str, title: str) -> None:
    assert headline(line) == title


def test_a_wire_slug_that_names_a_kind_gives_it() -> None:
    assert title_kind("ANALYSIS-Why the port strike will outlast the summer") == "analysis"
    assert title_kind("COLUMN-The tram fare rise nobody voted for") == "opinion"
    assert title_kind("UPDATE 2-Ferry operator cuts sailings") == ""


@pytest.mark.parametrize(("line", "author", "publisher"), [
    ("By Owen Barrow, Metro Ledger", "Owen Barrow", "Metro Ledger"),
    ("By Lina Ortiz, Coastal Observer", "Lina Ortiz", "Coastal Observer"),
    ("By Rachel Okafor, Transport Correspondent", "Rachel Okafor", ""),
    ("By Sam Hale and Dora Finch", "Sam Hale", ""),
])
def test_a_byline_names_the_outlet_after_the_writer(line: str, author: str, publisher: str) -> None:
    assert byline(line) == (author, publisher)


@pytest.mark.parametrize(("line", "publisher", "author", "kind"), [
    ("*Opinion — Janet Corrigan, columnist, The Queensland Investor, 14 March 2025*",
     "The Queensland Investor", "Janet Corrigan", "opinion"),
    ("Comment | Owen Tarrant, economics columnist, Northfield Gazette | 2 June 2026",
     "Northfield Gazette", "Owen Tarrant", "opinion"),
])
def test_a_signed_pieces_header_names_writer_and_outlet(line: str, publisher: str, author: str, kind: str) -> None:
    head = masthead(line)
    assert head is not None
    assert (head.publisher, head.author, head.kind) == (publisher, author, kind)


@pytest.mark.parametrize(("line", "author"), [
    ("Lead analyst: Ana Ruiz, Transport", "Ana Ruiz"),
    ("Analysts: Tomas Green, Utilities; Priya Shah, Public Finance", "Tomas Green"),
    ("Author: Hugo Lindqvist, Agriculture", "Hugo Lindqvist"),
    ("Senior credit analyst: Mei Tan, Sovereigns and Public Finance", "Mei Tan"),
    ("Research analyst: Sofia Hallberg, Food & Beverages", "Sofia Hallberg"),
])
def test_a_labelled_analyst_is_the_writer(line: str, author: str) -> None:
    found = header_line(line)
    assert found is not None and found.author == author and not found.issuer


def test_an_analysts_note_keeps_its_writer_and_drops_its_disclaimer() -> None:
    text = (FIXTURES / "sector-note.txt").read_text()
    found = clean(text)
    reasons = {text[r.start:r.end].split(":")[0]: r.reason for r in found.removed}
    assert found.author == "Marta Velez"
    assert reasons["Lead analyst"] == "byline"  # never a promotional teaser
    assert reasons["SECTOR NOTE"] == "section label (the kind of piece)"
    assert any(r.reason.startswith("disclaimer") and "does not constitute" in text[r.start:r.end] for r in found.removed)


@pytest.mark.parametrize(("slug", "kind"), [
    ("MARKET COMMENT", "analysis"), ("RATING ACTION COMMENTARY", "analysis"), ("EQUITY RESEARCH", "analysis"),
    ("COMMENT", "opinion"), ("GUEST COMMENT", "opinion"),
])
def test_a_genre_slug_over_the_headline_gives_the_kind(slug: str, kind: str) -> None:
    text = (f"{slug}\n\nTolland Rail: the fare freeze will cost more than the ministry says\n\n"
            "Tolland Rail froze fares for the third year in a row on Monday. We expect the freeze to cost the operator "
            "about 40 million pounds in lost revenue next year, twice the figure the ministry gave.\n")
    found = clean(text)
    assert (found.kind, found.title) == (kind, "Tolland Rail: the fare freeze will cost more than the ministry says")


def test_a_slug_the_text_writes_as_a_name_is_a_letterhead() -> None:
    text = ("HALDEN RESEARCH\n\nTolland Rail: the fare freeze will cost more than the ministry says\n\n"
            "Halden Research expects the freeze to cost the operator about 40 million pounds in lost revenue next "
            "year, twice the figure the ministry gave on Monday when it announced the freeze.\n")
    assert clean(text).publisher == "Halden Research"


@pytest.mark.parametrize("para", [
    "The ruling does not constitute a precedent, the judge said.",
    "This report is based on interviews with 40 growers.",
    "Past performance is not a reliable guide, the fund's manager said of the rally.",
])
def test_prose_about_a_ruling_or_a_method_is_no_disclaimer(para: str) -> None:
    text = "Harbour fees cut\n\n" + "The port cut its fees on Monday after a long dispute with the carriers. " * 3 + "\n\n" + para + "\n"
    assert not any(r.reason.startswith("disclaimer") for r in clean(text).removed)


def test_a_footer_of_legal_notices_is_one_disclaimer() -> None:
    text = ("MARKET COMMENT\n\nTolland Rail: the fare freeze will cost more than the ministry says\n\n"
            "We expect the freeze to cost the operator about 40 million pounds in lost revenue next year, twice "
            "the figure the ministry gave on Monday when it announced the freeze.\n\n"
            "Past performance is not a reliable indicator of future results. This material does not constitute "
            "investment advice.\n")
    assert [r.reason for r in clean(text).removed if "Past performance" in text[r.start:r.end]] == [
        "disclaimer (the issuer's legal notice)"]


@pytest.mark.parametrize("para", [
    "Ostvik Securities may seek to do business with companies covered in its research.",
    "Brannock & Co does and seeks to do business with companies covered in its research reports.",
    "This note is for professional investors only.",
    "This report is intended for institutional investors only.",
    "Investors should consider this report as only a single factor in making their investment decision.",
])
def test_a_research_disclosure_is_a_disclaimer(para: str) -> None:
    text = ("Tolland Rail: the fare freeze will cost more than the ministry says\n\n"
            "We expect the freeze to cost the operator about 40 million pounds in lost revenue next year, twice "
            "the figure the ministry gave on Monday when it announced the freeze.\n\n" + para + "\n")
    found = clean(text)
    assert any(r.reason.startswith("disclaimer") and para[:20] in text[r.start:r.end] for r in found.removed)


def test_a_firm_seeking_business_in_the_story_is_no_disclaimer() -> None:
    para = "The bank said it may seek to do business with the companies it covers in Asia after the ruling."
    text = "Harbour fees cut\n\n" + "The port cut its fees on Monday after a long dispute with the carriers. " * 3 + "\n\n" + para + "\n"
    assert not any(r.reason.startswith("disclaimer") for r in clean(text).removed)


def test_a_pages_menu_and_controls_over_the_article_are_no_masthead() -> None:
    # A saved page's menu line, its lone controls and its cookie banner stand above the headline;
    # the byline under the headline names the outlet.
    text = ("News | Towns | Business | Culture | Letters | Contact\n\nSearch\n\nSign in\n\n"
            "This website uses cookies to give you the best experience.\n\n"
            "Orchard growers count frost damage after coldest April night\n\n"
            "By Lena Broek, Rural Affairs Reporter | The Vale Gazette\n\nPublished: 22/04/2027\n\n"
            "Apple and pear growers across the valley said on Thursday that a night of hard frost had "
            "killed blossom in many orchards, and some expected to lose half of this year's crop.\n")
    found = clean(text)
    assert (found.title, found.publisher, found.date) == (
        "Orchard growers count frost damage after coldest April night", "The Vale Gazette", "2027-04-22")
    assert found.kind != "opinion"  # "Letters" in the menu is a link, not the piece's label
    assert [r.reason for r in found.removed if r.start == 0] == ["page furniture (menu, sign-in, cookie banner)"]


def test_a_release_labelled_under_its_letterhead_and_date() -> None:
    # The letterhead, then the place and date, then the label: a statement its letterhead issued.
    text = ("DEPARTMENT OF COASTAL AFFAIRS\n\nHarwick, 6 May 2027\n\nMedia statement\n\n"
            "Department orders survey of eroded sea wall at Pell Point\n\n"
            "The Department of Coastal Affairs has ordered an engineering survey of the sea wall at Pell Point "
            "after a section of it collapsed during last week's storm, the minister said today.\n")
    found = clean(text)
    assert (found.title, found.publisher, found.kind) == (
        "Department orders survey of eroded sea wall at Pell Point", "Department of Coastal Affairs", "statement")


@pytest.mark.parametrize("closing", ["\n\nSOURCE Tarnwick Robotics Inc.\n", "\n"])
def test_a_distributed_press_release_is_its_issuers_statement(closing: str) -> None:
    # "/PRNewswire/" carries a company's release: the company issued it, whether a SOURCE line says so
    # or only the opening sentence ("X ... today announced").
    text = ("Tarnwick Robotics Opens Second Assembly Plant\n\n"
            "DENVER, May 4, 2027 /PRNewswire/ -- Tarnwick Robotics Inc. (NASDAQ: TRBX), a maker of warehouse "
            "robots, today announced the opening of a second assembly plant in Aurora, Colorado, adding 300 jobs."
            "\n\nThe plant will build the company's new picking arm, which goes on sale in the autumn." + closing)
    found = clean(text)
    assert (found.publisher, found.kind, found.date) == ("Tarnwick Robotics Inc.", "statement", "2027-05-04")


def test_a_letterhead_over_its_desks_masthead_names_the_firm() -> None:
    text = ("KELBURN HILL PARTNERS\n\nCredit Research | Utilities\n\nJune 2, 2027\n\n"
            "Northgrid Water: covenant headroom narrows after storm costs\n\n"
            "We expect the storm repairs to cut the company's covenant headroom to about 0.4 times by the end "
            "of the year, from 0.9 times, and see a waiver request as likely before December.\n")
    assert clean(text).publisher == "Kelburn Hill Partners"


@pytest.mark.parametrize("line, publisher, author, kind", [
    # a research desk's header: the firm, then labelled fields
    ("**Osterlund Bank Equity Research** | Analyst: Maja Fenwick | Date: 2 March 2027",
     "Osterlund Bank Equity Research", "Maja Fenwick", "analysis"),
    # the issuer, the kind of document and its day, the writer in brackets or after the date
    ("**Tarn Metrics — client note, 9 Apr 2027** (analyst: Colm Rhys)", "Tarn Metrics", "Colm Rhys", "analysis"),
    ("*Grain Trade Monitor — Policy Briefing, 4 May 2027. Author: Ilse Marrow, senior analyst*",
     "Grain Trade Monitor", "Ilse Marrow", ""),
    ("**Harbour Tenants Union — press statement, 6 June 2027**", "Harbour Tenants Union", "", "statement"),
])
def test_a_header_line_of_labelled_fields_names_the_issuer(line: str, publisher: str, author: str, kind: str) -> None:
    found = masthead(line)
    assert found is not None
    assert (found.publisher, found.author, found.kind) == (publisher, author, kind)


@pytest.mark.parametrize("line", [
    "Date: the committee met twice",  # a label, then no date
    "Author: the committee met twice",  # a label, then no name
    "Mill Lane Partners — the note was withdrawn, 9 Apr 2027 and again later",  # prose after the dash
])
def test_labelled_fields_that_are_no_header_give_no_masthead(line: str) -> None:
    assert masthead(line) is None


def test_a_masthead_line_under_the_headline_dates_the_note(tmp_path: Path) -> None:
    note = ("# Grain storage: who pays for the new silos\n\n"
            "*Grain Trade Monitor — Policy Briefing, 4 May 2027. Author: Ilse Marrow, senior analyst*\n\n"
            "The levy would raise 40 million over three years, on our estimate. Growers would pay most of it.\n")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "note.md").write_text(note, encoding="utf-8")
    (tmp_path / "briefgen.toml").write_text('[brief]\ntitle = "Silos"\n', encoding="utf-8")
    doc = read_sources(load_config(tmp_path)).docs[0]
    assert (doc.meta.publisher, doc.meta.date) == ("Grain Trade Monitor", "2027-05-04")
