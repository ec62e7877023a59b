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
from briefgen.ingest.clean import byline, headline, masthead, title_kind
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
