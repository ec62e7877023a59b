"""Dates and labels a text gives outside a plain date line: the day its opening sentence says the
news was told ("..., officials said on Monday, November 23, 2026."), and a header line of parts
set apart by bars ("Opinion | By ..., senior fellow at ..., Sofia | 20 October 2026")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.ingest.clean import clean, header_line, said_on

_WIRE = ("PLOVDIV, Bulgaria (Balkan Wire) - Heavy rains have partly refilled reservoirs in the\n"
         "basin, and the city will ease water rationing from Monday, officials said on\n"
         "{when}.\n\nThe water agency said reservoirs now hold 41 percent of capacity, up from 16\n"
         "percent at the end of October.\n")


def test_the_day_the_opening_sentence_says_the_news_was_told_dates_the_copy() -> None:
    found = clean(_WIRE.format(when="Friday, November 20, 2026"))
    assert (found.date, found.date_from) == ("2026-11-20", "first sentence")
    assert clean(_WIRE.format(when="20 November 2026")).date == "2026-11-20"


def test_a_date_that_is_no_day_of_telling_dates_nothing() -> None:
    """An event's date in the opening sentence, a told date in a later sentence, or a date without
    its year leaves the copy undated (it may still be estimated)."""
    event = ("ZAGREB, Croatia (Adria Press) - The airline will hold its shareholder vote on\n"
             "November 30, 2026, the company said.\n\nThe board backs the offer.\n")
    later = ("ZAGREB, Croatia (Adria Press) - The airline cut 1,200 jobs.\n\n"
             "The union said on Monday, March 2, 2026, that its members would strike over the cuts.\n")
    yearless = _WIRE.format(when="Friday, November 20")
    for text in (event, later, yearless):
        assert clean(text).date == "", text


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(["said", "announced", "told reporters", "confirmed"]), st.booleans(), st.booleans())
def test_any_told_date_is_read_in_either_order_with_or_without_its_weekday(
        day: dt.date, verb: str, weekday: bool, day_first: bool) -> None:
    named = f"{day.day} {day:%B} {day.year}" if day_first else f"{day:%B} {day.day}, {day.year}"
    when = f"{day:%A}, {named}" if weekday else named
    sentence = f"The regulator approved the merger, the two companies {verb} on {when}."
    assert said_on(sentence + " More text follows here.") == day.isoformat()


def test_a_header_line_of_parts_gives_kind_author_and_issuer_and_a_place_after_a_role() -> None:
    line = "*Opinion | By Svetla Ivanova, senior fellow at the Institute for Rural Policy, Sofia | 20 October 2026*"
    found = header_line(line)
    assert found is not None
    assert (found.kind, found.author, found.issuer) == ("opinion", "Svetla Ivanova", "Institute for Rural Policy")
    research = header_line("**Kvarner Securities | Equity Research | Airlines | 10 November 2026**")
    assert research is not None and (research.kind, research.issuer) == ("analysis", "Kvarner Securities")
    # A one-word label needs a genre beside it; prose split by a bar is no header line.
    assert header_line("Kvarner Securities | Airlines") is None
    assert header_line("The minister, who spoke in Sofia | said the plan would work") is None


def test_a_told_date_and_a_barred_header_date_set_the_as_of_date_and_the_sources_table(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(root)]).exit_code == 0
    (root / "sources" / "rationing.txt").write_text(
        "PLOVDIV, Bulgaria (Balkan Wire) - Reservoirs in the basin have fallen to 18 percent of\n"
        "capacity, and the city will ration tap water from Wednesday, officials said on\n"
        "Monday, September 14, 2026.\n\nThe water agency said the reservoirs held 312 million cubic metres.\n",
        encoding="utf-8")
    (root / "sources" / "opinion.md").write_text(
        "# Who owns the river? The drought has exposed a broken water system\n\n"
        "*Opinion | By Svetla Ivanova, senior fellow at the Institute for Rural Policy, Sofia | 20 October 2026*\n\n"
        "The government says the drought will cost farmers 420 million leva. That figure is too low, "
        "and the water agency should publish its reservoir rules.\n", encoding="utf-8")
    (root / "sources" / "eased.txt").write_text(_WIRE.format(when="Friday, November 20, 2026"), encoding="utf-8")
    result = runner.invoke(main, ["-w", str(root), "build", "--audience", "executive", "--format", "md"])
    assert result.exit_code == 0, result.output
    brief = (root / "output" / "executive.md").read_text(encoding="utf-8")
    assert "As of 2026-11-20" in brief
    assert "estimated" not in brief
    listing = runner.invoke(main, ["-w", str(root), "sources"]).output
    assert "2026-11-20 (from first sentence)" in listing
    assert "2026-09-14 (from first sentence)" in listing
    opinion = next(line for line in listing.splitlines() if "opinion.md" in line)
    assert "2026-10-20" in opinion and "\topinion\t" in opinion and "Institute for Rural Policy" in opinion


_COURT = ("SOFIA, Bulgaria (Balkan Wire) - A farmers' cooperative on {lead} filed a court\n"
          "challenge against the water agency's order, its lawyers said.\n\n"
          "The court set a first hearing for October 30.\n\n"
          "\"The agency took this decision behind closed doors,\" cooperative chairman Petar\n"
          "Yanev said outside the court in Sofia on {when}.\n")


def test_a_later_told_date_on_the_weekday_of_the_lead_dates_the_copy() -> None:
    found = clean(_COURT.format(lead="Friday", when="October 9, 2026"))
    assert (found.date, found.date_from) == ("2026-10-09", "later sentence")
    # Told on another weekday than the lead's news, or a lead with no weekday: a statement recalled.
    assert clean(_COURT.format(lead="Thursday", when="October 9, 2026")).date == ""
    assert clean(_COURT.format(lead="the same day", when="October 9, 2026")).date == ""
    # A date inside what was said is an event, not the day of telling.
    event = _COURT.format(lead="Friday", when="X").replace(
        "said outside the court in Sofia on X", "said the hearing would start on October 9, 2026")
    assert clean(event).date == ""


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from([f"{d:%A}" for d in (dt.date(2026, 11, 23) + dt.timedelta(days=k) for k in range(7))]),
       st.sampled_from(["said outside the court in Sofia", "told a news conference", "said in a statement",
                        "announced"]))
def test_a_later_told_date_counts_only_on_the_leads_weekday(day: dt.date, weekday: str, told: str) -> None:
    found = clean(_COURT.format(lead=weekday, when=f"{day:%B} {day.day}, {day.year}").replace(
        "said outside the court in Sofia", told))
    assert found.date == (day.isoformat() if f"{day:%A}" == weekday else "")
