"""Timeline entries are the story's dated events, each told once in the brief, in its source's words;
an analyst's measure "at today's prices" is no event of that day."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from briefgen.models import SectionSpec
from briefgen.notes.dates import WEEKDAYS, event_day
from briefgen.pipeline import build
from briefgen.workspace import init_workspace, load_config
from tests.test_sections import _composer

BULLETS = SectionSpec(id="key_points", title="Key points", kinds=("fact", "figure"), max_items=2)
TIMELINE = SectionSpec(id="timeline", title="Timeline", style="timeline", max_items=6)


def _story() -> list[tuple[str, str]]:
    return [
        ("The regional assembly on Tuesday approved the new ferry timetable by 41 votes to 12.", "2026-05-13"),
        ("The port board agreed on Monday to extend the harbour's night shift by two hours.", "2026-04-28"),
        ("Ferry operator Brenline said on Thursday it had ordered two electric ferries from a yard in Turku.",
         "2026-04-10"),
    ]


def test_an_event_a_section_told_is_not_told_again_in_the_timeline() -> None:
    """Each fact once: the Timeline leaves out the dated events the key points told (they carry their day
    in brackets there), and tells the rest in date order."""
    composer = _composer(_story(), as_of="2026-05-13", audience="policy")
    told = composer.section(BULLETS)
    assert told is not None and told.items
    section = composer.section(TIMELINE)
    shown = {item.note_id for item in section.items} if section is not None else set()
    assert not shown & {item.note_id for item in told.items}
    assert not any(item.see for item in (section.items if section is not None else ()))
    days = [item.date for item in (section.items if section is not None else ())]
    assert days == sorted(days)


def test_the_timeline_alone_tells_each_event_once() -> None:
    composer = _composer(_story(), as_of="2026-05-13", audience="policy")
    section = composer.section(TIMELINE)
    assert section is not None
    assert len({item.note_id for item in section.items}) == len(section.items) == 3
    assert not any(item.see for item in section.items)


def test_todays_measure_is_no_event_of_the_report_day() -> None:
    day = dt.date(2026, 9, 29)
    text = ("Most comparable frigates have been ordered for 6 to 7.5 billion crowns each at today's "
            "exchange rates.")
    assert event_day(text, day) is None
    assert event_day("The ministry signed the contract today.", day) == day


@given(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)), st.sampled_from(WEEKDAYS))
def test_a_weekday_last_week_falls_in_the_week_before_the_sources(anchor: dt.date, name: str) -> None:
    text = f"The authority said on {name.capitalize()} last week it had opened an investigation."
    day = event_day(text, anchor)
    monday = anchor - dt.timedelta(days=anchor.weekday())
    assert day is not None and monday - dt.timedelta(days=7) <= day < monday
    assert day.weekday() == WEEKDAYS.index(name)


def test_the_timeline_prints_each_event_in_its_words_never_a_pointer(tmp_path: Path) -> None:
    """A Timeline entry is a statement a reader can read on its own, never "as stated above [1]"; an
    event the Situation told is not told twice."""
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    (workspace / "sources" / "01.txt").write_text(
        "Assembly approves ferry timetable\n\nTURKU, Finland (Baltic Wire) - May 13, 2026 - The regional assembly "
        "on Tuesday approved the new ferry timetable by 41 votes to 12, ending a year of dispute over night "
        "crossings.\n\nThe port board agreed on April 27 to extend the harbour's night shift by two hours.\n\n"
        "Ferry operator Brenline said on April 9 it had ordered two electric ferries from a yard in Turku for "
        "84 million euros.\n", encoding="utf-8")
    build(load_config(workspace), "policy", "md")
    brief = (workspace / "output" / "policy.md").read_text(encoding="utf-8")
    timeline = brief.split("## Timeline", 1)[1].split("\n## ", 1)[0] if "## Timeline" in brief else ""
    entries = [line for line in timeline.splitlines() if line.startswith("- **")]
    assert "as stated above" not in timeline
    assert entries  # the dated events of the story reach the Timeline (sec16)
    assert all(re.match(r"- \*\*\d{1,2} \w+ 2026\*\* — [A-Z].*[.!?][\"”]? \[\[\d+\]\]", line) for line in entries), entries
    # An event another section printed whole is told here by its clause alone, visibly elided (tl20's
    # design, tests/test_timeline_clause.py): the statement itself is still printed once.
    body = brief.split("## Evidence")[0]
    whole = "\n".join(line for line in body.splitlines()
                      if not (line in entries and re.search(r" \.\.\. \[\[\d+\]\]", line)))
    for fact in ("41 votes to 12", "night shift by two hours", "two electric ferries"):
        assert whole.count(fact) == 1, fact
    assert body.count("ending a year of dispute over night crossings") == 1


def test_every_quotation_in_the_evidence_is_one_a_statement_cites(tmp_path: Path) -> None:
    """An event two sources tell, one of them printed, leaves the Timeline to neither and no quotation
    of the other in the Evidence list that no statement refers to."""
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    (workspace / "sources" / "01.txt").write_text(
        "Assembly approves ferry timetable\n\nTURKU, Finland (Baltic Wire) - May 13, 2026 - The regional assembly "
        "on Tuesday approved the new ferry timetable by 41 votes to 12, ending a year of dispute over night "
        "crossings.\n\nThe port board agreed on April 27 to extend the harbour's night shift by two hours.\n\n"
        "Ferry operator Brenline said on April 9 it had ordered two electric ferries from a yard in Turku for "
        "84 million euros.\n", encoding="utf-8")
    (workspace / "sources" / "02.txt").write_text(
        "Night ferries return to Turku timetable\n\nTURKU, Finland (Nordic Wire) - May 14, 2026 - The regional "
        "assembly approved the new ferry timetable on May 12 by 41 votes to 12, restoring two night crossings a "
        "week.\n\nBrenline said its two electric ferries would enter service in 2028.\n", encoding="utf-8")
    build(load_config(workspace), "all", "md")
    for audience in ("executive", "investor", "policy"):
        body, evidence = (workspace / "output" / f"{audience}.md").read_text(encoding="utf-8").split("## Evidence", 1)
        listed = set(re.findall(r'id="ev-(\d+)"', evidence))
        assert listed and listed <= set(re.findall(r"\(#ev-(\d+)\)", body)), audience
