"""Undated sources placed by the date their text lets one estimate, and events scheduled after
the newest source in the Timeline (tests/fixtures/estimated: two dated local reports on a bridge
closure and an undated wire story that reports the next days and a vote to come)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.coverage import recency
from briefgen.notes import dates
from briefgen.window import placed_day, written_day

FIXTURE = Path(__file__).parent / "fixtures" / "estimated"
ANCHOR = dt.date(2025, 3, 9)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The attack was detected early on Monday, March 3, when staff arrived.", [dt.date(2025, 3, 3)]),
    ("The plant reopened on 2 March 2024 after a week.", [dt.date(2024, 3, 2)]),
    ("The group had threatened to publish the files by March 8.", [dt.date(2025, 3, 8)]),
    ("Officials met on Tuesday, December 31.", [dt.date(2024, 12, 31)]),  # the year whose Dec 31 is a Tuesday
    ("Hearings are postponed until at least March 7.", []),  # a span's end
    ("It said it would publish the records if the city did not pay by March 6.", []),  # a condition
    ("The fine must be paid by March 4.", []),  # an obligation
    ("The vote will be held on March 5.", []),  # future, whatever the participle
    ("The council agreed to consider the motion at its meeting on March 25.", []),  # an intention
    ("The mayor spoke on Tuesday.", []),  # a weekday alone needs the source's own date
    ("The bridge closed on March 12.", []),  # after the latest possible day
])
def test_days_an_undated_text_reports_as_past(sentence: str, expected: list[dt.date]) -> None:
    assert dates.reported_past(sentence, ANCHOR, frozenset(), latest=dt.date(2025, 3, 10)) == expected


def test_the_estimate_is_the_latest_day_reported_as_past_in_the_texts_own_years() -> None:
    text = ["The inquiry opened on 3 May 2019.", "Witnesses were heard on May 9.", "A ruling is due on May 30."]
    assert dates.estimate(text, dt.date(2025, 3, 9), dt.date(2025, 3, 10)) == dt.date(2019, 5, 9)
    assert dates.estimate(["The mayor spoke on Tuesday."], ANCHOR) is None


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workspace = tmp_path_factory.mktemp("estimated") / "ws"
    shutil.copytree(FIXTURE, workspace)
    result = CliRunner().invoke(main, ["-w", str(workspace), "build", "--audience", "all", "--format", "md,json"])
    assert result.exit_code == 0, result.output
    return workspace


def test_an_undated_wire_story_shows_its_estimate_as_one(built: Path) -> None:
    policy = (built / "output" / "policy.md").read_text(encoding="utf-8")
    row = next(line for line in policy.splitlines() if line.startswith("| County approves ferry"))
    assert "about 11 April 2025 (estimated from the text)" in row
    record = json.loads((built / "output" / "policy.json").read_text(encoding="utf-8"))
    wire = next(s for s in record["sources"] if s["path"].endswith("03-wire-ferry.txt"))
    assert (wire["date"], wire["estimated"]) == ("", "2025-04-11")  # never given as the source's own date
    for citation in record["citations"]:
        if citation["path"].endswith("03-wire-ferry.txt"):
            assert citation["date"] == ""
    listing = CliRunner().invoke(main, ["-w", str(built), "sources", "--json"])
    listed = next(s for s in json.loads(listing.output)["sources"] if s["path"].endswith("03-wire-ferry.txt"))
    assert (listed["date"], listed["estimated"]) == ("", "2025-04-11")


def test_an_estimated_source_counts_as_the_later_report(built: Path) -> None:
    # The undated wire story reports days after both dated reports: recency places it last, and a
    # figure it updates ($4 million -> $4.6 million) counts as a later report's, not an older one's.
    from briefgen.ingest import read_sources
    from briefgen.models import Note, Span
    from briefgen.workspace import load_config

    docs = {doc.id: doc for doc in read_sources(load_config(built)).docs}
    notes = [Note(id=doc_id, kind="fact", quote="x", span=Span(source=doc_id, start=0, end=1)) for doc_id in docs]
    later = recency(notes, docs)
    assert later["03-wire-ferry"] == 1.0 and later["01-gazette-closure"] == 0.0
    assert placed_day(docs["03-wire-ferry"].meta) == dt.date(2025, 4, 11)
    assert written_day(docs["03-wire-ferry"].meta) is None  # never an anchor for "on Thursday"


def test_the_timeline_shows_a_vote_to_come_once_and_marked_scheduled(built: Path) -> None:
    for audience in ("executive", "policy"):
        text = (built / "output" / f"{audience}.md").read_text(encoding="utf-8")
        timeline = text.split("## Timeline\n", 1)[1].split("\n## ", 1)[0]
        days = re.findall(r"^- \*\*(\d{1,2} [A-Z][a-z]+ 2025)( \(scheduled\))?\*\*", timeline, re.M)
        # Told once: in the Timeline marked scheduled, or under What to watch with its day.
        watch = text.split("## What to watch\n", 1)[1].split("\n## ", 1)[0] if "## What to watch\n" in text else ""
        assert ("24 April 2025", " (scheduled)") in days or "- **24 April 2025** — The county board will vote" in watch, timeline
        ordered = [dt.datetime.strptime(day, "%d %B %Y") for day, _ in days]
        assert ordered == sorted(ordered)
        body = text.split("\n## Evidence", 1)[0]
        assert body.count("The county board will vote on the $4.6 million repair contract") == 1
        # The committee meeting set for 10 April is past: the undated story reports what it decided.
        assert "(scheduled)** — The county transport committee will meet" not in timeline
