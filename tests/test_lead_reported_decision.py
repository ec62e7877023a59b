"""A wire lede in reported speech ("Velmar said on Wednesday it would close its Ostrava plant by
2028 ...") tells its speaker's decision: the story's central event, told right after a later decision
that revised it. A reported intention to react to another party's act ("said it would challenge the
ban", "... Velmar's decision") is not: the reported clause's object is not the speaker's own."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen.sections import reported_decision
from briefgen.workspace import init_workspace

FIRST = """Korvel to shut Dunmere tannery, cut 610 jobs

DUNMERE, May 4 (Tidewire) - Leather maker Korvel said on Monday it
would shut its Dunmere tannery by March 2028, cutting 610 jobs, as
car makers buy less leather for seats.

Korvel said output at the tannery had fallen by 44 percent since 2021.

Korvel shares rose 2.8 percent in Harwick trading.
"""
SECOND = """Tanners' union to fight Korvel closure

DUNMERE - The Leatherworkers' Union said on Tuesday it would challenge Korvel's decision in
the labour court.

Korvel plans to shut the Dunmere tannery by March 2028, the union said, with 610 jobs lost.
"""
THIRD = """Korvel keeps part of Dunmere tannery open

DUNMERE, June 22 (Tidewire) - Korvel will keep its Dunmere finishing line open until 2030, saving
140 of the jobs it planned to cut, the company said on Monday.

The rest of the Dunmere tannery will shut in March 2028 as announced.
"""
TOML = """["01-first.txt"]
publisher = "Tidewire"
date = "2026-05-04"

["02-second.txt"]
publisher = "Dunmere Echo"
date = "2026-05-05"

["03-third.txt"]
publisher = "Tidewire"
date = "2026-06-22"
"""


def _brief(tmp_path: Path, files: dict[str, str]) -> briefgen.models.Brief:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    for name, text in files.items():
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    return briefgen.open_workspace(workspace).compose("executive")


def test_the_reported_decision_is_told_after_the_later_decision_that_leads(tmp_path: Path) -> None:
    brief = _brief(tmp_path, {"01-first.txt": FIRST, "02-second.txt": SECOND, "03-third.txt": THIRD,
                              "sources.toml": TOML})
    items = [item.text for item in brief.sections[0].items]
    assert "keep its Dunmere finishing line open" in items[0], items
    assert any("would shut its Dunmere tannery by March 2028" in text for text in items[1:3]), items
    assert not items[0].startswith("Korvel shares"), items


def test_reported_decision_reads_the_speakers_own_act() -> None:
    assert reported_decision("Carmaker Velmar said on Wednesday it would close its Ostrava plant by 2028, "
                             "cutting 2,400 jobs.") is not None
    found = reported_decision("Dairy cooperative Aldmark said on Tuesday it would merge with smaller rival "
                              "Vennholt, creating a group owned by 6,200 farmers.")
    assert found is not None and found[0] == "merge"


def test_a_reaction_to_another_partys_act_is_no_decision() -> None:
    assert reported_decision("The Leatherworkers' Union said on Tuesday it would challenge Korvel's decision "
                             "to shut the tannery by March 2028.") is None
    assert reported_decision("Metalworkers' Union IG Stahl said it would challenge the ban in court on May 3.") is None
    assert reported_decision("Velmar said on Friday it would appeal the ruling of June 4.") is None
    assert reported_decision("Velmar said it would consider its options.") is None  # no terms


@given(st.sampled_from(["challenge", "appeal", "oppose", "review", "welcome", "contest"]),
       st.sampled_from(["the ban", "the ruling", "the decision", "Korvel's plan", "the Commission's fine"]),
       st.integers(min_value=2, max_value=2040))
def test_any_reaction_to_what_another_party_did_is_no_decision(verb: str, thing: str, number: int) -> None:
    text = f"Harlow Union said on Monday it would {verb} {thing}, which affects {number} workers."
    assert reported_decision(text) is None
