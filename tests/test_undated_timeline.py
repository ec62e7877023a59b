"""Timelines from sources with no date: a day of the month with no month ("the 12th", "four days
before the 12th") is no date a reader can place, so no entry is made of it; dated workspaces keep
their Timeline of calendar days. The helpers that read such days stay tested."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from briefgen.audiences import load_profile
from briefgen.compose import _Composer
from briefgen.models import Note, NoteSet, SectionSpec, Sentence, SourceDoc, SourceMeta, Span
from briefgen.notes import dates, features
from briefgen.pipeline import build
from briefgen.workspace import init_workspace, load_config

LEXICON = Path(__file__).resolve().parents[1] / "templates" / "themes.toml"
TIMELINE = SectionSpec(id="timeline", title="Timeline", style="timeline", max_items=6)
WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def test_a_day_of_the_month_is_an_ordinal_that_counts_no_noun() -> None:
    assert dates.month_days("The panel voted 5-2 on the 9th to approve the plan.") == {9: "9th"}
    assert dates.month_days("According to a wire report, local time on the 12th, the firm is hiring.") == {12: "12th"}
    assert dates.month_days("The office on the 5th floor was closed.") == {}
    assert dates.month_days("It reopened on the 12th of March.") == {}
    assert dates.month_days("Prices rose on the 40th, they say.") == {}


def test_other_times_are_not_days_of_the_month() -> None:
    assert not dates.other_times("The panel voted on the 9th to approve the plan.")
    assert dates.other_times("The panel voted on Tuesday to approve the plan.")
    assert dates.other_times("The panel voted last week to approve the plan.")
    assert dates.other_times("The panel voted two days ago.")


@given(st.integers(min_value=1, max_value=10), st.sampled_from(["after", "before", "later", "earlier"]))
def test_a_count_of_days_lies_on_the_side_the_text_says(count: int, direction: str) -> None:
    word = WORDS[count - 1]
    sentence = (f"This decision came {word} days {direction} the trustees met in the hall."
                if direction in ("after", "before") else f"{word.capitalize()} days {direction} the trustees met.")
    moved = dates.shift(sentence)
    assert moved is not None
    sign = -1 if direction in ("after", "earlier") else 1  # "came N days after X": X is N days before
    assert moved.days == sign * count
    assert moved.words.lower() == f"{word} days {'before' if sign < 0 else 'after'}"
    assert moved.own == (direction in ("later", "earlier"))


def test_what_a_count_runs_from_is_told_alone() -> None:
    text = "This development comes just four days after the ministry announced its decision to lift the ban."
    assert dates.counted_event(text) == "the ministry announced its decision to lift the ban."
    assert dates.counted_event("This came two days after it said so.") is None
    assert dates.shift("The launch slipped two days later than planned.") is None
    assert dates.points_back("This development comes just", "")
    assert dates.points_back("The vote came", "The council voted on the 9th to close it.")
    assert not dates.points_back("The mayor came", "The council voted on the 9th to close it.")


def _timeline(workspace: Path, audience: str = "policy") -> list[str]:
    brief = (workspace / "output" / f"{audience}.md").read_text(encoding="utf-8")
    part = brief.split("## Timeline", 1)[1].split("\n## ", 1)[0] if "## Timeline" in brief else ""
    return [line for line in part.splitlines() if line.startswith("- **")]


UNDATED = (
    "Harbour trust puts pilot station up for sale\n\n"
    "The harbour trust has put the old pilot station on the quay up for sale, a decision that could raise about "
    "1.2 million pounds for dredging the harbour. According to a notice posted by the trust, on the 18th, the "
    "board began considering bids of up to 1.4 million pounds from three local groups for the building. This step "
    "comes just six days after the trustees voted 9-3 to declare the station surplus to requirements.\n\n"
    "The station has stood empty since the pilots moved to the new tower, and its roof needs repair.\n"
)


def _undated_composer(texts: list[str], date: str = "") -> _Composer:
    """A composer over sources of several sentences each (one note per sentence), with no date."""
    lexicon = features.load_lexicon(LEXICON)
    docs, notes = [], []
    for index, text in enumerate(texts):
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+[.]", text)]
        spans = [(start + len(text[start:end]) - len(text[start:end].lstrip()), end) for start, end in spans]
        doc = SourceDoc(id=f"s{index}", path=f"sources/s{index}.txt", format="text", sha256="", text=text,
                        meta=SourceMeta(date=date, kind="news report", reliability="news report"),
                        sentences=tuple(Sentence(start=start, end=end, para=1, sent=n + 1, line=1)
                                        for n, (start, end) in enumerate(spans)))
        docs.append(doc)
        for n, (start, end) in enumerate(spans):
            quote = text[start:end]
            notes.append(Note(id=f"n{index}-{n}", kind="fact", quote=quote,
                              span=Span(source=doc.id, start=start, end=end), score=0.9 - n / 100,
                              themes=features.find_themes(quote, lexicon)))
    noteset = NoteSet(notes=tuple(notes), sources=tuple(docs))
    return _Composer(noteset=noteset, profile=load_profile(None, "policy"), docs={d.id: d for d in docs},
                     lexicon=lexicon, brief=True)


STORY = ("The harbour trust has put the old pilot station on the quay up for sale. According to a notice posted "
         "by the trust, on the 18th, the board began considering bids from three local groups for the building. "
         "This step comes just six days after the trustees voted 9-3 to declare the station surplus to requirements.")


def test_an_undated_source_gives_no_timeline_of_days_with_no_month() -> None:
    """"Six days before the 18th" / "The 18th": no reader can place a day whose month no source
    gives, so no Timeline entry starts with one (the entry is dropped, not dated by a guess)."""
    section = _undated_composer([STORY]).section(TIMELINE)
    assert section is None or not section.items


def test_the_same_story_with_a_date_is_dated_by_the_calendar() -> None:
    section = _undated_composer([STORY], date="2026-05-20").section(TIMELINE)
    assert not any("18th" in item.date for item in (section.items if section is not None else ()))


def test_two_sources_days_of_the_month_are_never_ordered() -> None:
    section = _undated_composer([
        "The harbour trust said the board met on the 18th to consider bids for the old pilot station.",
        "Surveyors inspected the roof of the old pilot station on the 3rd and found it needs repairs.",
    ]).section(TIMELINE)
    assert section is None


def test_two_days_of_the_month_are_never_ordered(tmp_path: Path) -> None:
    """Each source names one day of the month: which month each is, no text says."""
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    (workspace / "sources" / "01.txt").write_text(
        "Trust weighs bids\n\nThe harbour trust said the board met on the 18th to consider bids from three "
        "local groups for the old pilot station.\n", encoding="utf-8")
    (workspace / "sources" / "02.txt").write_text(
        "Station roof\n\nSurveyors inspected the roof of the old pilot station on the 3rd and found it needs "
        "repairs costing about 90,000 pounds.\n", encoding="utf-8")
    build(load_config(workspace), "policy", "md")
    assert _timeline(workspace) == []


def test_a_dated_source_keeps_the_dated_timeline(tmp_path: Path) -> None:
    """Once any source carries a date the undated reading stays out: the entries are days of the calendar."""
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    (workspace / "sources" / "01.txt").write_text(UNDATED, encoding="utf-8")
    (workspace / "sources" / "02.txt").write_text(
        "Pilot station sale\n\nPORTHAVEN (Coast Wire) - May 20, 2026 - The harbour trust voted on May 12 to "
        "declare the old pilot station surplus, and opened bids on May 18 from three local groups.\n",
        encoding="utf-8")
    build(load_config(workspace), "policy", "md")
    assert not any("the 18th" in entry for entry in _timeline(workspace))


def test_a_year_named_in_passing_neither_dates_nor_blocks_a_day_of_the_month() -> None:
    story = ("Elena Ruiz resigned as director of the city choir, the board announced on the 21st, ending a tenure "
             "that began in 2019. The announcement came five days after the singers delivered a letter to the board.")
    section = _undated_composer([story]).section(TIMELINE)
    assert section is None or not any("21st" in item.date for item in section.items)
    assert not dates.other_times("It began in 2019 and ended on the 21st.", days_only=True)
    assert dates.other_times("It began in 2019 and ended on the 21st.")
