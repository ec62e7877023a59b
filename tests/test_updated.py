"""Sources that say they were updated ("Published March 7 / Updated March 8"): relative days
count from the update, the Sources table shows both dates; and forum threads laid out like
reddit ("r/Town: Megathread ...", "> **u/name** · 212 points · 3h") read as threads."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.ingest.clean import clean, post_header, publication_dates
from briefgen.models import SourceMeta
from briefgen.render.markdown import environment
from briefgen.window import long_date, written_day

FIXTURE = Path(__file__).parent / "fixtures" / "updated"


@pytest.mark.parametrize(("header", "expected"), [
    ("Published March 7, 2025\nUpdated March 8, 2025, 9:45 a.m.", ("2025-03-07", "2025-03-08")),
    ("Published March 7 / Updated March 8, 2025", ("2025-03-07", "2025-03-08")),
    ("First published 7 March 2025; updated 8 March 2025", ("2025-03-07", "2025-03-08")),
    ("*Published Friday, March 7, 2025 | Updated Saturday, March 8, 2025*", ("2025-03-07", "2025-03-08")),
    ("Published Dec 31, 2024. Updated Jan 2", ("2024-12-31", "2025-01-02")),
    ("Last updated: 9 March 2025", ("2025-03-09", "")),  # the only date known: the text's date
    ("Published March 8, 2025\nUpdated March 7, 2025", ("2025-03-08", "")),  # no update before publication
])
def test_update_dates_from_header_lines(header: str, expected: tuple[str, str]) -> None:
    text = f"Bridge inspectors find cracks in girders\n\n{header}\n\nHARLOW - The bridge was closed on Monday."
    assert publication_dates(text) == expected


def test_an_update_in_a_headline_takes_the_datelines_year() -> None:
    text = "Harlow bridge to stay shut (updated 8 March)\n\nHARLOW, 7 March 2025 - The bridge stays shut."
    assert publication_dates(text) == ("2025-03-07", "2025-03-08")


def test_an_update_inside_a_sentence_is_no_header() -> None:
    text = ("Council publishes repair list\n\nHARLOW, March 7, 2025 - The repair list, updated March 9,\n"
            "was sent to the council on Friday.")
    assert publication_dates(text) == ("2025-03-07", "")


_FORMS = (
    lambda d: d.isoformat(),
    lambda d: f"{d.strftime('%B')} {d.day}, {d.year}",
    lambda d: f"{d.day} {d.strftime('%B')} {d.year}",
    lambda d: f"{d.strftime('%b')} {d.day}, {d.year}",
)


@settings(max_examples=60, deadline=None)
@given(published=st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)),
       later=st.integers(min_value=0, max_value=400), forms=st.tuples(st.sampled_from(_FORMS), st.sampled_from(_FORMS)))
def test_any_update_no_earlier_than_publication_anchors_and_both_are_shown(
        published: dt.date, later: int, forms: tuple) -> None:  # type: ignore[type-arg]
    updated = published + dt.timedelta(days=later)
    text = (f"Harbour cranes idle as dock strike enters second week\n\nPublished {forms[0](published)}\n"
            f"Updated {forms[1](updated)}\n\nThe strike closed the port on Monday.")
    expected_update = updated.isoformat() if updated > published else ""
    assert publication_dates(text) == (published.isoformat(), expected_update)
    meta = SourceMeta(date=published.isoformat(), updated=updated.isoformat())
    assert written_day(meta) == updated
    shown = environment(None).from_string('{% import "macros.md.j2" as m %}{{ m.source_date(s) }}').render(
        s={"date": meta.date, "updated": meta.updated if updated > published else ""})
    assert shown.startswith(long_date(published.isoformat()))
    if updated > published:
        day_month = f"{updated.day} {updated.strftime('%B')}"
        assert f", updated {day_month}" in shown
        assert (str(updated.year) in shown.split("updated")[1]) == (updated.year != published.year)
    else:
        assert "updated" not in shown


@pytest.fixture
def harlow(tmp_path: Path) -> Path:
    ws = tmp_path / "harlow"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    for path in FIXTURE.iterdir():
        shutil.copy(path, ws / "sources" / path.name)
    return ws


def test_relative_days_count_from_the_update_and_the_table_shows_both(harlow: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["sources", "-w", str(harlow), "--json"])
    assert listed.exit_code == 0, listed.output
    radio = next(s for s in json.loads(listed.stdout)["sources"] if s["path"].endswith("02-radio-bridge.txt"))
    assert (radio["date"], radio["updated"]) == ("2025-03-07", "2025-03-08")
    result = runner.invoke(main, ["build", "-w", str(harlow), "--audience", "policy", "--format", "md"])
    assert result.exit_code == 0, result.output
    md = (harlow / "output" / "policy.md").read_text(encoding="utf-8")
    assert "As of 2025-03-08" in md  # the newest text was written on the 8th
    timeline = md.split("## Timeline")[1].split("\n## ")[0]
    # "said Saturday" in a text updated on Saturday 8 March is that day, not 1 March.
    assert "- **8 March 2025** — County engineer Tomas Reyes said Saturday" in timeline
    assert "1 March 2025" not in md
    assert "| Harlow Radio | 7 March 2025, updated 8 March |" in md.split("## Sources")[1]
    assert runner.invoke(main, ["check", "-w", str(harlow)]).exit_code == 0


# ---------------------------------------------------------------- reddit-like threads

@pytest.mark.parametrize(("line", "expected"), [
    ("> **u/riverside_rita** · 212 points · 3h", ("u/riverside_rita", "3h")),
    ("**u/harlow_mod** (moderator)", ("u/harlow_mod", "")),
    ("*Posted March 6, 2025 by u/harlow_mod · 96 comments*", ("u/harlow_mod", "March 6, 2025")),
    ("u/quay_walker · 5 points · 2 hours ago", ("u/quay_walker", "2 hours ago")),
    ("Posted by jdoe on 4 May 2024", ("jdoe", "4 May 2024")),
    ("**Update**", None),
    ("**What we know (updated Thursday morning):**", None),
    ("The council said", None),
])
def test_post_headers(line: str, expected: tuple[str, str] | None) -> None:
    assert post_header(line) == expected


def test_a_reddit_like_thread_is_a_forum_with_its_posts_and_their_own_words() -> None:
    text = (FIXTURE / "03-forum-bridge.md").read_text(encoding="utf-8")
    found = clean(text)
    assert found.is_thread
    assert [p.author for p in found.posts if p.author] == ["u/harlow_mod", "u/riverside_rita", "u/millford_dad",
                                                           "u/harlow_mod"]
    assert found.date == "2025-03-06"  # the opening post's date
    # A post set out whole as a quote keeps its lines: they are its text, not an earlier post's.
    quoted = text.index("> **u/riverside_rita**")
    assert not any(r.reason == "quoted from an earlier post" for r in found.removed)
    assert any(r.start == quoted and r.reason == "post header (author and time)" for r in found.removed)


def test_a_thread_quoting_an_earlier_post_still_drops_the_quote() -> None:
    text = ("# r/Harlow: Megathread - bridge closure\n\n"
            "**u/harlow_mod** (moderator)\n\nThe council meeting on the closure is on March 12 at the town hall.\n\n"
            "**u/riverside_rita** · 40 points · 2h\n\n> The council meeting on the closure is on March 12\n\n"
            "Thanks, I will be there with the whole street association.\n\n"
            "**u/millford_dad** · 12 points · 1h\n\nBuses on the diversion are running twenty minutes late again.\n")
    found = clean(text)
    assert found.is_thread
    assert [r.reason for r in found.removed if text[r.start:r.end].startswith("> The council")] == [
        "quoted from an earlier post"]


def test_forum_posts_are_labelled_in_the_brief(harlow: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["sources", "-w", str(harlow), "--json"])
    forum = next(s for s in json.loads(listed.stdout)["sources"] if s["path"].endswith("03-forum-bridge.md"))
    assert (forum["kind"], forum["reliability"], forum["posts"]) == ("forum thread", "forum comment", 4)
    assert runner.invoke(main, ["build", "-w", str(harlow), "--audience", "all", "--format", "md"]).exit_code == 0
    for audience in ("executive", "investor", "policy"):
        md = (harlow / "output" / f"{audience}.md").read_text(encoding="utf-8")
        body = md.split("## Evidence")[0]
        for line in body.splitlines():
            if "bridge has been falling apart" in line or "given up on the east side" in line:
                assert "Forum comment" in line or "Forum commenter" in line, line


def test_the_sidecar_gives_an_update_the_text_does_not(harlow: Path) -> None:
    (harlow / "sources" / "sources.toml").write_text(
        '["01-wire-bridge.txt"]\ndate = 2025-03-03\nupdated = 2025-03-04\n', encoding="utf-8")
    listed = CliRunner().invoke(main, ["sources", "-w", str(harlow), "--json"])
    assert listed.exit_code == 0, listed.output
    wire = next(s for s in json.loads(listed.stdout)["sources"] if s["path"].endswith("01-wire-bridge.txt"))
    assert (wire["date"], wire["updated"]) == ("2025-03-03", "2025-03-04")
    text = CliRunner().invoke(main, ["sources", "-w", str(harlow)]).stdout
    assert "\t2025-03-03 (updated 2025-03-04)\t" in text
