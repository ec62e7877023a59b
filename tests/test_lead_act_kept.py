"""A report's lede that tells its actor's act done ("closed its factory on Monday, sending its shares
down 11 percent to 340 pence") stays the story's event when a later report gives a new share price or
retells the act in similar words: only a value of its own main clause can overtake it."""

from __future__ import annotations

from pathlib import Path

import briefgen
from briefgen.workspace import init_workspace

FIRST = """Orvane Tiles shuts Dunmore kiln works

DUNMORE, March 2 (Eastgate Wire) - Orvane Tiles plc closed its Dunmore kiln works and
cancelled its final dividend on Monday, sending its shares down 11 percent to 340 pence,
their lowest level in six years.

The maker of floor and wall tiles said 210 staff at the site would lose their jobs.
"""
SECOND = """Fund wants Orvane chair out

Pellam Asset Management, which owns 4.4% of Orvane Tiles, said on Tuesday that the chairman
should step down and that it wanted a review of the group's French business.

Pellam said it would vote against the chairman at the annual meeting.
"""
THIRD = """Orvane Tiles wins lender waiver

DUNMORE, March 6 (Eastgate Wire) - Orvane Tiles plc said on Friday its banks had agreed to
delay its next covenant test to June 30, easing concerns about its debts days after it
cancelled its final dividend.

Shares rose 6 percent to 361 pence.

Pellam, which owns 4.4 percent, repeated that it wanted a review of the French business before
the annual meeting.
"""
TOML = """["01-first.txt"]
publisher = "Eastgate Wire"
date = "2026-03-02"

["02-second.txt"]
publisher = "Market Desk"
date = "2026-03-03"

["03-third.txt"]
publisher = "Eastgate Wire"
date = "2026-03-06"
"""


def _brief(tmp_path: Path, files: dict[str, str]) -> briefgen.models.Brief:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    for name, text in files.items():
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    return briefgen.open_workspace(workspace).compose("executive")


def test_the_lede_act_stays_in_the_opening_section_after_a_new_share_price(tmp_path: Path) -> None:
    brief = _brief(tmp_path, {"01-first.txt": FIRST, "02-second.txt": SECOND, "03-third.txt": THIRD,
                              "sources.toml": TOML})
    opening = " ".join(item.text for item in brief.sections[0].items)
    assert "closed its Dunmore kiln works and cancelled its final dividend on Monday" in opening


def test_the_shareholder_does_not_open_the_brief(tmp_path: Path) -> None:
    brief = _brief(tmp_path, {"01-first.txt": FIRST, "02-second.txt": SECOND, "03-third.txt": THIRD,
                              "sources.toml": TOML})
    assert "Pellam" not in brief.sections[0].items[0].text
