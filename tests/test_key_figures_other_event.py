"""A figure told of another event (a precedent the clause is framed by) is no Key figures row."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.keyfigures import other_event
from briefgen.models import Figure


def _fig(text: str, value: float, unit: str) -> Figure:
    return Figure(text=text, value=value, unit=unit)


_EUR = _fig("€3bn", 3e9, "EUR")


def test_a_clause_framed_by_an_earlier_event_is_that_events() -> None:
    assert other_event("After the Harbinger, the clean-up alone cost Portugal €3bn.", _EUR, "2026-05-01")
    assert other_event("When Porto built its metro in 2004, the works cost €3bn.", _EUR, "2026-05-01")
    assert other_event("The last time the mint redesigned the coin, it spent €3bn.", _EUR, "2026-05-01")
    assert other_event("The last time the board met, in 2019, it approved €3bn.", _EUR, "2026-05-01")
    assert other_event("At the 2021 tender, bidders offered €3bn in all.", _EUR, "2026-05-01")


def test_the_storys_own_clause_stays() -> None:
    # last year's results, a running total, a frame the figure is not in, and the story's own "after" clause
    assert not other_event("In 2025, the group's revenue rose to €3bn.", _EUR, "2026-02-10")
    assert not other_event("Since 2019, the fund has paid out €3bn.", _EUR, "2026-05-01")
    assert not other_event("When Porto built its metro in 2004, prices rose; today the city asks €3bn.", _EUR, "2026-05-01")
    assert not other_event("After the vote on Monday, ministers pledged €3bn.", _EUR, "2026-05-01")
    assert not other_event("The ministry pledged €3bn on Monday.", _EUR, "2026-05-01")
    assert not other_event("At Monday's tender, bidders offered €3bn in all.", _EUR, "2026-05-01")


@given(st.integers(min_value=1990, max_value=2030))
def test_a_year_frames_another_event_only_two_or_more_years_back(year: int) -> None:
    quote = f"In {year}, the agency spent €3bn on the programme."
    assert other_event(quote, _EUR, "2026-06-01") == (year <= 2024)


_WIRE = """# Velora opens its new concert hall

Arts Wire, 12 May 2026

VELORA - Velora opened its new concert hall on Tuesday at a cost of 180 million euros, the city said. The hall seats 1,900 people.
"""
_NOTE = """# A hall the city can afford

*Analysis. By Ines Karp, 14 May 2026.*

Velora's hall cost 180 million euros. When Hamburg opened its Elbphilharmonie in 2017, the final bill came to 866 million euros.
"""


def test_a_precedents_cost_is_no_row(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    (tmp_path / "sources" / "01-wire.md").write_text(_WIRE)
    (tmp_path / "sources" / "02-note.md").write_text(_NOTE)
    result = runner.invoke(main, ["-w", str(tmp_path), "build", "--audience", "all", "--format", "md"])
    assert result.exit_code == 0, result.output
    for path in sorted((tmp_path / "output").glob("*.md")):
        md = path.read_text()
        part = md.split("## Key figures", 1)[1].split("\n## ", 1)[0] if "## Key figures" in md else ""
        assert "866" not in part, part
