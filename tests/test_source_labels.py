"""What the Sources table says of a source, read from its text: a label line in sentence case
("Market commentary") names no publisher, an HTML page's <title> names its site after the
headline, a wire dateline's day without a year dates the copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.ingest.clean import clean
from briefgen.ingest.readers import title_site
from briefgen.notes.dates import dateline_day

BODY = "Wheat futures rose 4 percent this week as dry weather hit the plains, and traders expect more gains.\n"


@pytest.mark.parametrize("label", ["Market commentary", "Weekly market commentary", "Strategy note"])
def test_a_sentence_case_label_under_the_headline_names_no_publisher(label: str) -> None:
    found = clean(f"Grain prices: the rally has legs\n{label}\n\n{BODY}")
    assert found.publisher == "" and found.kind == "analysis"


@pytest.mark.parametrize("label", ["Market commentary", "Strategy note"])
def test_a_label_over_the_piece_says_it_is_an_analysis(label: str) -> None:
    found = clean(f"{label}\nOrlen Brothers Research\n12 May 2026\n\nGrain prices: the rally has legs\n\n{BODY}")
    assert found.kind == "analysis" and found.publisher != label.split()[0]


def test_a_named_issuer_before_its_genre_is_still_the_publisher() -> None:
    assert clean(f"Grain prices: the rally has legs\nKessfield Water customer information\n\n{BODY}").publisher \
        == "Kessfield Water"
    text = f"Grain prices: the rally has legs\nHarwell research note\n\n{BODY.strip()} Analysts at Harwell agree.\n"
    assert clean(text).publisher == "Harwell"


@pytest.mark.parametrize(("title", "site"), [
    ("Lost season for growers | Gold Coast Observer", "Gold Coast Observer"),
    ("Lost season for growers - The Valley Courier", "The Valley Courier"),
    ("Lost season for growers", ""),
    ("Lost season for growers | read more about farming and prices here", ""),
    ("A different headline | Gold Coast Observer", ""),
])
def test_a_page_title_names_its_site_after_the_headline(title: str, site: str) -> None:
    page = f"<html><head><title>{title}</title></head><body><h1>Lost season for growers</h1></body></html>"
    assert title_site(page, "Lost season for growers") == site


@pytest.mark.parametrize(("line", "kind", "publisher", "date"), [
    ("*Analysis. Harbour Gazette, 3 March 2026. By Tom Reyes.*", "analysis", "Harbour Gazette", "2026-03-03"),
    ("*Equity research note, Marlow & Finch Securities, 12 May 2026. Analyst: Ana Ruiz.*", "analysis",
     "Marlow & Finch Securities", "2026-05-12"),
    ("Opinion. By Dr. Jo Bain.", "opinion", "", ""),
])
def test_a_header_line_written_as_short_sentences_gives_kind_publisher_and_date(line: str, kind: str,
                                                                               publisher: str, date: str) -> None:
    found = clean(f"# Grain prices: the rally has legs\n\n{line}\n\n{BODY}")
    assert (found.kind, found.publisher, found.date) == (kind, publisher, date)


def test_prose_of_short_sentences_under_a_headline_is_no_header_line() -> None:
    found = clean(f"# Grain prices: the rally has legs\n\nThe council met on Tuesday. It voted to raise rates.\n\n{BODY}")
    assert (found.kind, found.publisher) == ("", "")


def test_a_page_whose_site_name_is_its_headline_takes_the_site_from_its_title() -> None:
    from briefgen.ingest.readers import read_html

    headline = "Growers push back harvest to 2030, raise cost to 1.45 billion"  # trafilatura takes it for the site
    page = (f"<html><head><title>{headline} | Gold Coast Observer</title></head><body><article>"
            f"<h1>{headline}</h1><p>" + BODY * 3 + "</p></article></body></html>")
    assert read_html(page.encode(), "page.html").meta.get("publisher") == "Gold Coast Observer"


def test_a_year_less_dateline_dates_the_copy_near_the_other_sources() -> None:
    anchor, today = dt.date(2026, 1, 16), dt.date(2026, 11, 24)
    wire = "ACCRA, Jan 14 (Continental Press) - Purchases reached 312,000 tonnes by Jan. 9, the board said.\n"
    assert dateline_day(wire, anchor, today) == dt.date(2026, 1, 14)
    assert dateline_day("MILAN, Dec 30 (Wire) - Prices fell.\n", anchor, today) == dt.date(2025, 12, 30)
    assert dateline_day("LONDON (Reuters) - Prices fell on Jan 3.\n", anchor, today) is None
    assert dateline_day("PARIS, March 4, 2026 -- Prices fell.\n", anchor, today) is None  # a full date is no estimate


def test_a_year_less_dateline_is_the_source_date_and_sets_the_as_of_date(tmp_path: Path) -> None:
    """A wire filed "Nov 20" beside a story dated 2 November is dated 20 November: the brief is as
    of that day, the Sources table shows the day (not an estimate), and `sources` says where it
    came from."""
    root = tmp_path / "ws"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(root)]).exit_code == 0
    (root / "sources" / "first.md").write_text(
        "# Harbour authority fines shipping line\n\n*Coast Ledger · 2 November 2026*\n\n"
        "The Harbour Authority fined Norland Shipping 4 million euros on Monday for a fuel spill. "
        "Norland said it would appeal the fine.\n", encoding="utf-8")
    (root / "sources" / "appeal.txt").write_text(
        "Shipping line loses appeal against harbour fine\n\nKIEL, Nov 20 (Continental Press) - A tribunal\n"
        "upheld the 4 million euro fine on Norland Shipping on Thursday, the\nHarbour Authority said.\n",
        encoding="utf-8")
    result = runner.invoke(main, ["-w", str(root), "build", "--audience", "executive", "--format", "md"])
    assert result.exit_code == 0, result.output
    brief = (root / "output" / "executive.md").read_text(encoding="utf-8")
    assert "As of 2026-11-20" in brief
    assert "20 November 2026" in brief and "estimated" not in brief
    listing = runner.invoke(main, ["-w", str(root), "sources"])
    assert "2026-11-20 (from dateline)" in listing.output


@pytest.mark.parametrize(("line", "author"), [
    ("Opinion | By Anna Kirby Smith | 20 October 2026", "Anna Kirby Smith"),
    ("*Equity research note, Marlow & Finch Securities, 12 May 2026. Analyst: Ana Kirby.*", "Ana Kirby"),
])
def test_a_labelled_author_keeps_a_name_that_contains_by(line: str, author: str) -> None:
    from briefgen.ingest.clean import header_line

    found = header_line(line)
    assert found is not None and found.author == author
