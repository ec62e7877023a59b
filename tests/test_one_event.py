"""Each fact once: two sources telling one event in their own words (the same actor, the same act,
no value of one contradicting the other) are one fact, whatever detail the fuller one adds; the
opening section tells it once, in the fuller words."""

from __future__ import annotations

from pathlib import Path

from briefgen.compose import _one_event
from briefgen.pipeline import build
from briefgen.workspace import init_workspace, load_config

SHORT = "Harlow's planning board has approved a new ferry terminal on the east quay."
FULL = ("Harlow District Council's planning board on Tuesday approved plans for a new ferry terminal on the east "
        "quay, with berths for 4 vessels, in what would be the largest port project in the district.")


def test_one_act_by_one_actor_in_two_sources_words_is_one_event() -> None:
    assert _one_event(FULL, SHORT) and _one_event(SHORT, FULL)


def test_another_actor_or_another_act_is_another_event() -> None:
    assert not _one_event("The harbour trust on Tuesday rejected plans for a new ferry terminal on the east quay.",
                          SHORT)
    assert not _one_event("Shares in Harlow Ferries fell 9% on Monday after the vote.",
                          "Shares in Harlow Ferries fell a further 3% on Tuesday after the vote.")


WIRE = """HARLOW, May 14, 2026 (Estuary Wire) - Harlow District Council's planning board on Tuesday approved
plans for a new ferry terminal on the east quay, with berths for 4 vessels, in what would be the largest port
project in the district.

Residents of the quay said the works would close the harbour road for two years.

The board said construction would start in the autumn.
"""

NOTE = """# Ports note: the Harlow terminal

**Published 15 May 2026** · Author: Irma Falk

Harlow's planning board has approved a new ferry terminal on the east quay. We expect the operator to
move its two night sailings to the terminal once it opens.

The terminal would cost 62 million euros, the council's own estimate says.
"""


def test_the_opening_section_tells_the_approval_once(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    (workspace / "sources" / "01-wire.txt").write_text(WIRE, encoding="utf-8")
    (workspace / "sources" / "02-note.md").write_text(NOTE, encoding="utf-8")
    for audience in ("executive", "policy", "investor"):
        build(load_config(workspace), audience, "md")
        brief = (workspace / "output" / f"{audience}.md").read_text(encoding="utf-8")
        opening = brief.split("\n## ", 2)[1]
        told = [line for line in opening.splitlines() if line.startswith("- ") and "approved" in line]
        assert len(told) == 1, opening
