"""Sections hold what their headings say: a dated decision is a catalyst even when it is news,
a view of a venue or a "no comment" is none; a stakeholder row names who holds a stance; the
policy brief shows a security heading only on a story with security content."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

import briefgen
from briefgen import sections

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace


@pytest.mark.parametrize("text", [
    'Professor Anne Loy said a tribunal hearing on the pension changes would be "the right place" to settle it.',
    "Dr. Ravi Mehta said an independent inquiry would be the best way to examine the collapse.",
    "Kessmer Pharma said it would not comment on a competitor's data.",
    "The university said in a statement that it would not comment while talks were continuing.",
])
def test_a_view_of_a_venue_or_a_no_comment_is_no_catalyst(text: str) -> None:
    assert sections.catalyst(text, "upcoming", dt.date(2026, 9, 16), dt.date(2026, 9, 16)) is None


@pytest.mark.parametrize("text", [
    "The harbour authority said a vote on emergency funding for the operator is set for June 10.",
    "A parliamentary committee will question the chief executive at a hearing on June 18.",
])
def test_a_dated_decision_by_a_named_body_is_a_catalyst(text: str) -> None:
    found = sections.catalyst(text, "upcoming", dt.date(2026, 6, 5), dt.date(2026, 6, 5))
    assert found is not None and found.day is not None and found.day.month == 6


@pytest.mark.parametrize("text", [
    "Nordhavn Terminals declined to comment on whether it had paid a ransom.",
    'A spokeswoman for the builder said the company was reviewing the report and would comment "in due course".',
    "The company did not respond to requests for comment on Thursday.",
    "Patients on the drug lost lung function 21% more slowly than those on placebo over a year, the company said.",
    "Ferry traffic fell 14% in May compared with a year earlier, the operator said.",
])
def test_no_comment_and_a_reported_result_are_no_position(text: str) -> None:
    assert not sections.position(text)


@pytest.mark.parametrize("text", [
    "Union branch secretary Maya Oduya said members would reject any offer below 6%.",
    "The Faral government accused Norrvik of setting its own catch limit in breach of a 2019 agreement.",
    "Economists at Hartwell Bank expect the strike to shave 0.1 percentage points off growth.",
])
def test_a_stance_with_a_figure_is_still_a_position(text: str) -> None:
    assert sections.position(text)


def test_a_bare_plural_names_no_actor() -> None:
    assert sections.named_actor("Opponents", "The plan was approved. Opponents argue the costs are too high.") is None
    assert sections.named_actor("Critics", "The scheme has its critics. Critics said it came too late.") is None
    assert sections.named_actor("Airbus", "Orders rose. Airbus says deliveries will rise.") == "Airbus"
    assert sections.named_actor("Siemens", "Siemens said it would appeal.") == "Siemens"


_PORT = """Port of Halvik halts loading after cyber attack

Published 3 June 2026

HALVIK - Container terminals at the port of Halvik stopped loading ships on Tuesday after a ransomware attack locked the operator's booking system, Nordhavn Terminals said.

The national cyber security centre said it was helping Nordhavn Terminals to restore its systems and that the attack was a serious threat to the country's trade.

Transport minister Elin Strand said ports should be required by law to report serious cyber incidents within 24 hours.

A parliamentary committee will question the chief executive of Nordhavn Terminals at a hearing on June 18.

Critics say the operator ignored earlier warnings about outdated software.

Nordhavn Terminals declined to comment on whether it had paid a ransom.
"""

_STRIKE = """Lecturers at Carrow University walk out over pay

Published 15 September 2026

CARROW - Lecturers at Carrow University began a five-day strike on Monday over pay and pensions, the lecturers' union said.

The university's governing council will vote on a revised pay offer on September 24.

Union branch secretary Maya Oduya said members would reject any offer below 6%.

Students argue they should be compensated for lost teaching.

The education ministry said it would cap tuition fee rises at 3% next year under new rules for universities.

The university said in a statement that it would not comment while talks were continuing.
"""


def _sections(ws: briefgen.Workspace, audience: str) -> dict[str, list[str]]:
    brief = ws.compose(audience)
    return {s.title: [f"{item.speaker} | {item.text}" for item in s.items] for s in brief.sections}


def test_security_heading_only_with_security_content(news_workspace: NewsWorkspace) -> None:
    port = _sections(news_workspace("port", {"01-attack.txt": _PORT}), "policy")
    strike = _sections(news_workspace("strike", {"01-strike.txt": _STRIKE}), "policy")
    assert "Security considerations" in port
    assert not any("security" in title.lower() for title in strike)
    for built in (port, strike):
        rows = built.get("Stakeholder positions", [])
        assert not any(row.startswith(("Critics |", "Students |")) for row in rows)
        assert not any("comment" in row for row in rows)


def test_a_dated_vote_is_kept_for_the_catalysts(news_workspace: NewsWorkspace) -> None:
    for name, text, day in (("port", _PORT, "June 18"), ("strike", _STRIKE, "September 24")):
        built = _sections(news_workspace(name, {"01-story.txt": text}), "investor")
        watch = built.get("Catalysts to watch", [])
        assert any(day in row for row in watch), (name, built)
        assert not any(day in row for title, rows in built.items() if title != "Catalysts to watch" for row in rows)


def test_an_old_policy_profile_builds_with_a_one_line_warning(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("old", {"01-strike.txt": _STRIKE})
    shipped = Path(briefgen.__file__).resolve().parent.parent / "templates" / "audiences" / "policy.toml"
    old = shipped.read_text(encoding="utf-8").split("[[sections]]\nid = \"levers\"")[0] + (
        '[[sections]]\nid = "levers"\ntitle = "Policy levers and security considerations"\n'
        'themes = ["regulation_policy", "security"]\nmax_items = 5\n')
    mine = ws.config.root / "templates" / "audiences"
    mine.mkdir(parents=True, exist_ok=True)
    (mine / "policy.toml").write_text(old, encoding="utf-8")
    result = ws.build("policy", "md")
    warned = [w for w in result.warnings if "levers" in w]
    assert len(warned) == 1 and warned[0].startswith("templates/audiences/policy.toml:") and "\n" not in warned[0]
    assert (ws.config.root / "output" / "policy.md").is_file()


def test_the_shipped_profiles_copied_into_a_workspace_build_without_a_levers_warning(news_workspace: NewsWorkspace) -> None:
    # The repository root is such a workspace: its executive profile's "Why it matters" holds both
    # themes under a heading that promises neither.
    ws = news_workspace("copied", {"01-strike.txt": _STRIKE})
    shipped = Path(briefgen.__file__).resolve().parent.parent / "templates" / "audiences"
    mine = ws.config.root / "templates" / "audiences"
    mine.mkdir(parents=True, exist_ok=True)
    for name in ("executive", "policy"):
        (mine / f"{name}.toml").write_text((shipped / f"{name}.toml").read_text(encoding="utf-8"), encoding="utf-8")
        result = ws.build(name, "md")
        assert not [w for w in result.warnings if "security" in w], result.warnings


@pytest.mark.parametrize(("text", "day"), [
    ("[Ms Varga] has 28 days to lodge an objection, until March 9.", dt.date(2027, 3, 9)),
    ("The two bidders have ten working days to improve their offers, until Feb 20, the trustee said.",
     dt.date(2027, 2, 20)),
])
def test_a_deadline_told_by_the_time_given_to_act_is_a_catalyst_on_its_day(text: str, day: dt.date) -> None:
    # the figure kind extraction gives "28 days": the deadline, not the count, is what the statement sets
    for kind in ("figure", "fact"):
        found = sections.catalyst(text, kind, dt.date(2027, 2, 5), dt.date(2027, 2, 5))
        assert found is not None and found.day == day


@pytest.mark.parametrize("text", [
    "The co-operative had 28 days to lodge an objection, until Jan 9.",  # a time given that is over
    "Ms Varga has 28 days to lodge an objection, until Jan 30.",  # a deadline before the newest source
    "The pumping station will stay shut until March 9.",  # a state that lasts, no deadline
])
def test_a_past_or_lasting_until_is_no_deadline_to_watch(text: str) -> None:
    assert sections.catalyst(text, "figure", dt.date(2027, 2, 5), dt.date(2027, 2, 5)) is None


@pytest.mark.parametrize("text", [
    "The tenancy bill is scheduled for its committee stage in the assembly on Feb 24.",
    "The final reading of the charter remains set for 24 February.",
])
def test_a_thing_scheduled_to_the_day_by_its_predicate_is_a_catalyst(text: str) -> None:
    found = sections.catalyst(text, "fact", dt.date(2027, 2, 5), dt.date(2027, 2, 5))
    assert found is not None and found.day == dt.date(2027, 2, 24)


@pytest.mark.parametrize("text", [
    "Water charges are set for a rise of 6 percent next year.",  # a forecast, no day
    "The final reading of the charter was set for 24 January.",  # a past schedule
])
def test_a_schedule_predicate_without_a_day_ahead_is_no_catalyst(text: str) -> None:
    assert sections.catalyst(text, "fact", dt.date(2027, 2, 5), dt.date(2027, 2, 5)) is None
