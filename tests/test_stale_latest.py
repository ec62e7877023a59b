"""The latest value wins across phrasings and revisions: a count "known to have died" and a death
toll "risen to nine" update "four people were killed"; a count of the missing never merges with
a count of the dead; a raised offer retires the earlier offer's total and premium; a percentage
told at a price a later source replaced is no current figure. Invented text only."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen.cli import main
from briefgen.models import Figure
from briefgen.notes.figures import comparable, find_figures, stance

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]


def _rows(ws: briefgen.Workspace) -> list[tuple[str, str, tuple[str, ...]]]:
    (ws.config.root / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(__file__).parent / "fixtures" / "rows.toml", ws.config.root / "templates" / "audiences")
    brief = briefgen.open_workspace(ws.config.root).compose("rows")
    return [(item.figure.text, item.figure.measures, tuple(e.text for e in item.earlier))
            for section in brief.sections if section.style == "figures" for item in section.items
            if item.figure is not None]


def _measure(sentence: str, text: str) -> str:
    return next(f.measures for f in find_figures(sentence) if f.text == text)


def test_a_count_known_to_have_died_is_a_count_of_the_dead() -> None:
    said = "Officials said 12 climbers were now known to have died on the glacier."
    assert _measure(said, "12 climbers") == "climbers died"
    confirmed = "At least 8 miners are confirmed dead, the company said."
    assert _measure(confirmed, "8 miners") == "miners confirmed dead"
    feared = "Another 5 miners are feared to have drowned in the flooded shaft."
    assert _measure(feared, "5 miners") == "miners feared drowned"
    killed = Figure(text="3 miners", value=3, unit="miners", measures="miners killed")
    assert comparable(killed, Figure(text="12", value=12, unit="miners", measures="miners confirmed dead"))
    # a count feared is an estimate, never the count of the dead
    assert stance(Figure(text="5", value=5, unit="miners", measures="miners feared drowned")) == "expected"
    assert not comparable(killed, Figure(text="5", value=5, unit="miners", measures="miners feared dead"))


def test_a_tally_in_words_after_its_verb_of_level_is_a_figure() -> None:
    said = "The death toll from the avalanche above Sarnen has risen to seven, the canton's police said."
    assert [(f.text, f.measures) for f in find_figures(said)] == [("seven", "death toll")]
    assert not find_figures("The village council met seven times last year to discuss the road.")


def test_people_alone_never_counts_the_missing() -> None:
    bare = Figure(text="10 people", value=10, unit="people", measures="people known")
    missing = Figure(text="11", value=11, unit="", measures="people missing")
    assert not comparable(bare, missing)
    share = Figure(text="38 per cent", value=38, unit="%", measures="share of hard cheese bought")
    assert not comparable(share, Figure(text="41 per cent", value=41, unit="%", measures="share of shares"))


@given(st.sampled_from(["missing", "injured", "evacuated", "rescued", "sheltered"]),
       st.sampled_from(["killed", "dead", "died"]))
def test_a_count_of_the_dead_never_merges_with_another_fate(other: str, dead: str) -> None:
    a = Figure(text="4 people", value=4, unit="people", measures=f"people {dead}")
    b = Figure(text="9 people", value=9, unit="people", measures=f"people {other}")
    assert not comparable(a, b) and not comparable(b, a)


_WIRE = """Avalanche buries hikers above Sarnen

Published 3 February 2026

SARNEN - At least four people were killed and 11 were missing after an avalanche struck a group of hikers above Sarnen on Tuesday, police said.
"""
_LATER = """Avalanche toll rises as search ends

Published 6 February 2026

SARNEN - Police said on Friday that 9 people were now known to have died in the avalanche above Sarnen, and that the search for survivors had ended.
"""


def test_a_later_count_of_the_dead_in_other_words_overtakes_the_row(news_workspace: NewsWorkspace) -> None:
    rows = _rows(news_workspace("ws", {"01-wire.txt": _WIRE, "02-later.txt": _LATER}))
    dead = [row for row in rows if "died" in row[1] or "killed" in row[1]]
    assert [row[0] for row in dead] == ["9 people"] and dead[0][2] == ("four people",)
    assert not any(row[0] == "11" and row[2] for row in rows)  # the missing never became the dead


_BID = """Pellam bids for Orsk Mills

Published 9 June 2026

OSLO - Pellam Group has offered 900 million crowns for Orsk Mills, the flour miller said on Monday.

The offer of 45 crowns a share is a 30 per cent premium to Orsk's closing price on Friday, Orsk said.

Orsk shares rose 25 per cent to 43 crowns.
"""
_NOTE = """Orsk Mills: hold

Published 10 June 2026

At 43 crowns, Orsk trades at a 4 per cent discount to the offer, which suggests little hope of a higher bid.
"""
_RAISED = """Pellam raises Orsk offer

Published 12 June 2026

OSLO - Pellam Group raised its offer for Orsk Mills to 52 crowns a share on Thursday, and the Orsk board said it would back the bid.

Orsk shares closed at 51 crowns.
"""


def test_a_raised_offer_retires_the_earlier_offer_s_figures(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("ws", {"01-bid.txt": _BID, "02-note.txt": _NOTE, "03-raised.txt": _RAISED})
    rows = _rows(ws)
    shown = {row[0] for row in rows}
    assert "52 crowns a share" in shown
    assert "900 million crowns" not in shown and "30 per cent" not in shown  # the earlier offer's total and premium
    assert "4 per cent" not in shown  # told at a price a later source replaced


def test_without_a_revision_the_offer_s_figures_stay(news_workspace: NewsWorkspace) -> None:
    rows = _rows(news_workspace("ws", {"01-bid.txt": _BID, "02-note.txt": _NOTE}))
    shown = {row[0] for row in rows}
    assert "4 per cent" in shown or "30 per cent" in shown or "900 million crowns" in shown


def test_two_holders_values_set_against_each_other_make_no_row_and_no_history(tmp_path: Path) -> None:
    """Reader 17: "50.3 percent | Vasko won 50.3 percent ... | down from 50.4 percent" where 50.4
    was the other candidate's provisional share: a false trend, the reversal told backwards."""
    from briefgen.workspace import init_workspace

    root = tmp_path / "ws"
    init_workspace(root, today="2026-11-20")
    (root / "sources" / "01-provisional-2026-11-09.txt").write_text(
        "Opposition leader Ana Brel led the presidential run-off, the election commission said. Brel had "
        "50.4 percent of the vote against 49.6 percent for President Ivo Sarn, the commission said.\n",
        encoding="utf-8")
    (root / "sources" / "02-final-2026-11-13.txt").write_text(
        "President Ivo Sarn won the run-off after the final count, the election commission said. Sarn won "
        "50.3 percent of the vote and Brel 49.7 percent, a margin of 41,200 votes.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-w", str(root), "--audience", "executive", "--format", "md"])
    assert result.exit_code == 0, result.output
    brief = (root / "output" / "executive.md").read_text(encoding="utf-8")
    rows = [line for line in brief.splitlines() if line.startswith("| ") and "percent" in line]
    assert not any("from 50" in row or "from 49" in row for row in rows), rows
    assert not any(row.startswith(("| 50\\.4", "| 49\\.6")) for row in rows), rows


def test_an_upper_bound_is_no_level_a_history_runs_through(tmp_path: Path) -> None:
    """Reader 17: "£200 million | ... revenue of less than £200 million | down from £212 million":
    a columnist's bound shown as a fall from the audited revenue, which had risen."""
    from briefgen.workspace import init_workspace

    root = tmp_path / "ws"
    init_workspace(root, today="2026-11-20")
    (root / "sources" / "01-accounts-2026-10-20.txt").write_text(
        "Dunmore Rovers published its annual accounts on Monday. Revenue rose 9 percent to 212 million pounds, "
        "the club said.\n", encoding="utf-8")
    (root / "sources" / "02-column-2026-11-05.txt").write_text(
        "Dunmore Rovers spent 148 million pounds on players in one season on revenue of less than "
        "200 million pounds, and the league let it happen.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-w", str(root), "--audience", "investor", "--format", "md"])
    assert result.exit_code == 0, result.output
    brief = (root / "output" / "investor.md").read_text(encoding="utf-8")
    rows = [line for line in brief.splitlines() if line.startswith("| ") and "million" in line]
    assert not any("down from" in row and "212" in row for row in rows), rows
    assert not any(row.startswith("| 200 million") and "from" in row for row in rows), rows
