"""A weekday a quoted statement names is followed by its date in brackets, counted from the day its
source was written, and `locate` verifies that bracket like any other (reader 16 saw two different
"Sundays" in one brief, neither dated)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.ingest.segment import sentences
from briefgen.models import SourceDoc, SourceMeta
from briefgen.notes.dates import shown_day, weekdays_dated
from briefgen.notes.verify import locate

TEXT = ("The council voted on Sunday to close the old bridge to lorries. "
        "Engineers will inspect it again on Friday, the council said.\n")


def doc_of(text: str, date: str = "2026-11-17") -> SourceDoc:
    return SourceDoc(id="s", path="sources/s.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date=date), sentences=sentences(text))


def test_a_past_and_a_coming_weekday_are_dated_from_the_day_the_source_was_written() -> None:
    tuesday = dt.date(2026, 11, 17)
    found = [(TEXT[:end], day) for end, day in weekdays_dated(TEXT, tuesday)]
    assert [day for _, day in found] == [dt.date(2026, 11, 15), dt.date(2026, 11, 20)]
    assert all(text.endswith(("Sunday", "Friday")) for text, _ in found)


@pytest.mark.parametrize(("quote", "verifies"), [
    ("The council voted on Sunday [15 November] to close the old bridge to lorries.", True),
    ("Engineers will inspect it again on Friday [20 November], the council said.", True),
    ("The council voted on Sunday [22 November] to close the old bridge to lorries.", False),
    ("The council voted on Sunday [15 December] to close the old bridge to lorries.", False),
    ("The council voted [15 November] on Sunday to close the old bridge to lorries.", False),
])
def test_only_the_weekdays_own_date_verifies_in_brackets(quote: str, verifies: bool) -> None:
    assert (locate(doc_of(TEXT), quote) is not None) is verifies


def test_an_undated_source_gets_no_date_bracket() -> None:
    quote = "The council voted on Sunday [15 November] to close the old bridge to lorries."
    assert locate(replace(doc_of(TEXT), meta=SourceMeta()), quote) is None


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)), st.integers(0, 6))
def test_the_bracket_is_a_day_of_that_weekday_within_a_week_of_the_source(written: dt.date, shift: int) -> None:
    text = "The board met on Sunday and approved the plan.\n"
    (end, day), = weekdays_dated(text, written)
    assert text[:end].endswith("Sunday") and day.weekday() == 6 and 0 <= (written - day).days < 7
    assert locate(doc_of(text, written.isoformat()), f"The board met on Sunday [{shown_day(day)}] and approved") \
        is not None
    other = day - dt.timedelta(days=7 * (shift + 1))
    assert locate(doc_of(text, written.isoformat()), f"The board met on Sunday [{shown_day(other)}] and approved") \
        is None


def test_a_brief_shows_each_weekday_with_its_date_and_check_still_passes(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(root)]).exit_code == 0
    (root / "sources" / "bridge.md").write_text(
        "# Council shuts old bridge to lorries\n\n*Riverside Courier · 17 November 2026*\n\n" + TEXT, encoding="utf-8")
    (root / "sources" / "later.md").write_text(
        "# Bridge inspection finds cracks\n\n*Riverside Courier · 24 November 2026*\n\n"
        "Engineers found three cracks in the old bridge on Friday, the council said on Monday. "
        "The bridge will stay closed to lorries until March.\n", encoding="utf-8")
    result = runner.invoke(main, ["-w", str(root), "build", "--audience", "executive", "--format", "md",
                                  "--as-of", "2026-11-24"])
    assert result.exit_code == 0, result.output
    brief = (root / "output" / "executive.md").read_text(encoding="utf-8")
    statements = brief.split("## Evidence")[0]
    assert "on Friday \\[20 November\\], the council said on Monday \\[23 November\\]" in statements
    # a weekday shows its date: in the statement, or in the heading of the Timeline entry that tells it
    for line in statements.splitlines():
        if "Sunday" in line:
            assert "on Sunday \\[15 November\\]" in line or line.startswith("- **15 November 2026** —"), line
    evidence = brief.split("## Evidence")[1] if "## Evidence" in brief else brief
    assert "[15 November]" not in evidence.replace("\\[", "[")  # the quotes cited stay verbatim
    assert runner.invoke(main, ["-w", str(root), "check"]).exit_code == 0


@pytest.mark.parametrize(("sentence", "day"), [
    # an event called off or awaited, named by its day: the past verb dates the calling off, not the event
    ("The union called off Thursday's national strike after the offer.", dt.date(2026, 11, 19)),
    ("The court postponed Wednesday's hearing.", dt.date(2026, 11, 18)),
    ("Leaders met ahead of Sunday's vote.", dt.date(2026, 11, 15)),
    # the nearest such day is not clearly so (three days back, four ahead): no date rather than a wrong one
    ("The club cancelled Saturday's match.", None),
    # an event that caused something is past, as before
    ("The ferry was delayed by Monday's storm.", dt.date(2026, 11, 16)),
])
def test_an_event_called_off_is_dated_by_the_nearest_such_day(sentence: str, day: dt.date | None) -> None:
    from briefgen.notes.dates import mentions

    found = [w.first for w in mentions(sentence, dt.date(2026, 11, 17))]  # a Tuesday
    assert found == ([day] if day else [])


@pytest.mark.parametrize(("sentence", "days"), [
    # a weekday modifying a noun after "of"/"for" is a kind of day, not one day
    ("Parents said the cost of Friday childcare would rise.", []),
    ("Funding for Saturday classes was cut on Monday.", [dt.date(2026, 3, 2)]),
    # a day with its time, or one of two days, is still a day
    ("The vote is scheduled for Friday and Saturday.", [dt.date(2026, 3, 6), dt.date(2026, 3, 7)]),
])
def test_a_weekday_as_a_modifier_names_no_day(sentence: str, days: list[dt.date]) -> None:
    from briefgen.notes.dates import mentions

    assert [w.first for w in mentions(sentence, dt.date(2026, 3, 3))] == days
