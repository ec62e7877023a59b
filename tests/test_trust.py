"""Statements a reader can check: source counts, locators, dates, names and publishers."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from click.testing import CliRunner

from briefgen.cli import main
from briefgen.ingest.clean import clean
from briefgen.ingest.segment import sentences
from briefgen.models import SourceDoc, SourceMeta, Span
from briefgen.notes import dates, links
from briefgen.notes.features import attribution
from briefgen.notes.verify import describe
from briefgen.sections import catalyst
from briefgen.window import long_date

# -- 1. a speaker's other quotes are not corroboration ---------------------------------------

def test_a_speakers_unrelated_quotes_are_not_one_claim() -> None:
    welcomed = "Martin Dalby, the authority's chief executive, welcomed the decision to return to work."
    damaging = ("Martin Dalby, chief executive of the Brennick Port Authority, said the strike was "
                "\"unnecessary and deeply damaging\" and that the authority's door remained open.")
    assert not links.same_statement(welcomed, damaging)
    assert links.same_statement(
        "The union has also been asked to put the authority's pay offer, which was raised to 5.5 percent, to a ballot.",
        "The union will also ballot its members on the port authority's improved pay offer of 5.5 percent.")
    found = links.clusters([(0, 1, 0.6)], ["a", "b"], [0, 1], [1.0, 0.9], [welcomed, damaging])
    assert found == []


# -- 1, 2 and 6: counts that match the links; forum and opinion back nothing; publishers ------

_NEWS_A = """Ferry crews at Halvik walk out over rosters

By Ingrid Solberg, Coastal Courier
Monday 6 October 2025

The Halvik ferry operator cancelled all 42 crossings on Monday after crews walked off the job over new rosters.

Operator spokesman Lars Eide said the company regretted the disruption.

The union said the rosters would add two night shifts a month for every deckhand.
"""
_NEWS_B = """Halvik ferries halted as crews strike

**By Tomás Ekberg, Harbour Weekly**

Updated 6 October 2025

All 42 crossings from Halvik were cancelled on Monday as ferry crews walked out in a dispute over rosters.

Passengers were told to use the coastal bus service, which added four extra departures.

*Harbour Weekly is published by Northline Trade Media.*
"""
_OPINION = """# Opinion: Halvik's ferry strike was avoidable

*By Petter Lund. Published 7 October 2025.*

The operator cancelled all 42 crossings on Monday, and it had every chance to avoid it.

I think the rosters were drafted without asking a single deckhand what they would cost them.
"""
_FORUM = """# Thread: Halvik ferries cancelled today?

**Posted by sea_commuter on HalvikTalk Forums, October 6, 2025**

Can confirm all 42 crossings were cancelled on Monday, I was at the terminal at seven.

**Reply from deckhand_ola:**

The rosters add two night shifts a month, that is the whole story.

**Reply from sea_commuter:**

Thanks, the bus was packed but it ran.

**Reply from tourist_kim:**

Is the museum shuttle running at least?
"""


def _workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    for old in (ws / "sources").iterdir():
        if old.name != "sources.toml":
            old.unlink()
    for name, text in (("01-courier.txt", _NEWS_A), ("02-weekly.md", _NEWS_B), ("03-column.md", _OPINION),
                       ("04-forum.md", _FORUM)):
        (ws / "sources" / name).write_text(text, encoding="utf-8")
    return ws


def test_source_counts_match_the_links_and_count_only_reported_fact(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    result = CliRunner().invoke(main, ["build", "-w", str(ws), "--audience", "all", "--format", "md"])
    assert result.exit_code == 0, result.output
    counted = 0
    for audience in ("executive", "investor", "policy"):
        md = (ws / "output" / f"{audience}.md").read_text(encoding="utf-8")
        body, evidence = md.split("## Evidence")[0], md.split("## Evidence")[1].split("## Sources")[0]
        source_of = dict(re.findall(r'<a id="ev-(\d+)"></a>.*?(sources/\S+?):', evidence))
        for line in body.splitlines():
            count = re.search(r"\*\((\d+) sources\)\*", line)
            if not count:
                continue
            counted += 1
            cited = {source_of[n] for n in re.findall(r"\(#ev-(\d+)\)", line)}
            assert int(count.group(1)) == len(cited), line
            assert not cited & {"sources/03-column.md", "sources/04-forum.md"}, line
        sources = md.split("## Sources")[1]
        assert "Harbour Weekly" in sources or "Halvik ferries halted" not in sources
    assert counted >= 1


def test_publishers_the_text_gives() -> None:
    assert clean(_NEWS_B).publisher == "Harbour Weekly"  # the byline's masthead, accented name or not
    assert clean(_NEWS_B.replace("**By Tomás Ekberg, Harbour Weekly**", "By Tomás Ekberg")).publisher == (
        "Northline Trade Media")  # the publisher's notice
    forum = clean(_FORUM)
    assert forum.is_thread and forum.publisher == "HalvikTalk Forums"
    assert clean(_OPINION).kind == "opinion"


# -- 3. locators of paired statements ---------------------------------------------------------

def test_a_quote_over_two_paragraphs_cites_where_it_starts_and_ends() -> None:
    text = "Headline here\n\nFirst para one. First para two.\n\nSecond para one. Second para two.\n"
    doc = SourceDoc(id="s", path="sources/s.txt", format="text", sha256="", text=text, meta=SourceMeta(),
                    sentences=sentences(text))
    start, end = text.index("First para two."), text.index("Second para one.") + len("Second para one.")
    where = describe(Span(source="s", start=start, end=end, para=2, sent=2, line=3), doc)
    assert where == "para. 2, sentence 2 – para. 3, sentence 1, lines 3–5"
    single = text.index("Second para two.")
    assert describe(Span(source="s", start=single, end=single + 16, para=3, sent=2, line=5), doc) == (
        "para. 3, sentence 2, line 5")


# -- 4. dates to the precision the text gives --------------------------------------------------

def test_a_year_or_a_month_alone_never_becomes_a_day() -> None:
    assert long_date("2027") == "2027" and long_date("2027-03") == "March 2027"
    assert long_date("2027-03-12") == "12 March 2027" and long_date("2025-W11") == "week of 10 March 2025"
    day = dt.date(2025, 3, 5)
    watch = catalyst("The North Quay project is due to be completed in 2027.", "upcoming", day, day)
    assert watch is not None and dates.iso(watch.day, watch.precision) == "2027"  # type: ignore[arg-type]
    watch = catalyst("The terminal is due to reopen in March 2026.", "upcoming", day, day)
    assert watch is not None and dates.iso(watch.day, watch.precision) == "2026-03"  # type: ignore[arg-type]
    # Sorting: typed dates with their precision, a day before the month that starts on it.
    keys = sorted([dates.order(dt.date(2026, 3, 1), "month"), dates.order(dt.date(2026, 3, 1), "day"),
                   dates.order(dt.date(2025, 12, 9), "day")])
    assert keys == [(dt.date(2025, 12, 9), 0), (dt.date(2026, 3, 1), 0), (dt.date(2026, 3, 1), 2)]


# -- 5. actors' names and roles ----------------------------------------------------------------

def test_names_and_roles_are_not_cut() -> None:
    board = attribution("The Health Products Safety Board, the federal regulator, said it was reviewing the data.")
    assert board is not None and board[0].name == "Health Products Safety Board"
    assert board[0].role == "federal regulator"
    secretary = attribution("\"Nobody believes that anymore,\" BDU general secretary Aoife Kearney told reporters.")
    assert secretary is not None and secretary[0].role == "BDU general secretary"
