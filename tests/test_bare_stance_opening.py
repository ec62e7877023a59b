"""A statement that tells only a stance on a bare definite noun ("Dr Ivo Brandt, a paediatrician at
Selm Hospital, backed the plan.") does not say what was backed: read alone in a brief's opening section,
"the plan" is something the reader never met (and may since have been revised). It is left for a section
of positions; quoted with the sentence it leans on, it may stand."""

from __future__ import annotations

from pathlib import Path

import pytest

import briefgen
from briefgen import sections
from briefgen.workspace import init_workspace


@pytest.mark.parametrize("text", [
    "Dr Ivo Brandt, a paediatrician at Selm Hospital, backed the plan.",
    "The drivers' union welcomed the move.",
    "Councillor Mae Orr opposed the proposal.",
    "Mr. Orr has strongly backed the revised scheme.",
])
def test_a_bare_stance_is_told(text: str) -> None:
    assert sections.bare_stance(text)


@pytest.mark.parametrize("text", [
    "The trust backed the plan at a board meeting on Tuesday, pledging to lead a share offer.",
    "The council opposed the Harbour Bill.",
    "The city set out a plan to close the depot. The union welcomed the move.",
    "Vane said he welcomed the proposal but warned that the grant would not cover repairs.",
    "The committee approved the plan.",
])
def test_a_stance_that_says_what_or_is_no_stance_is_not(text: str) -> None:
    assert not sections.bare_stance(text)


FIRST = """Selm to ban energy drinks for under-16s

SELM, May 4 (Northway Wire) - Selm's city council on Monday proposed banning the sale of
energy drinks to anyone under 16, with fines of up to 5,000 crowns for shops that break the rule.

Deputy mayor Hanne Krog said the council would vote on the ban on June 2.
"""
SECOND = """Doctors split on Selm energy drinks plan

Dr Ivo Brandt, a paediatrician at Selm Hospital, backed the plan.

"Children's hearts are not built for 300 milligrams of caffeine," Brandt said.
"""


def _brief(tmp_path: Path) -> briefgen.models.Brief:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    (workspace / "sources" / "01-first.txt").write_text(FIRST, encoding="utf-8")
    (workspace / "sources" / "02-second.txt").write_text(SECOND, encoding="utf-8")
    (workspace / "sources" / "sources.toml").write_text(
        '["01-first.txt"]\npublisher = "Northway Wire"\ndate = "2026-05-04"\n\n'
        '["02-second.txt"]\npublisher = "Selm Post"\ndate = "2026-05-05"\n', encoding="utf-8")
    return briefgen.open_workspace(workspace).compose("executive")


def test_a_bare_stance_does_not_make_the_opening_section(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    opening = " ".join(item.text for item in brief.sections[0].items)
    assert "energy drinks" in opening
    assert "backed the plan" not in opening
