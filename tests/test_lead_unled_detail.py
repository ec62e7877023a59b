"""A happening that no report opens on, and that only two sources mention in passing ("Two large farms
... signed the merger support letter on Thursday"), is a detail of the story, not its central event: the
brief opens on what the reports open on (the members' backing that cleared the threshold), not on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Build = Callable[..., tuple[Path, dict[str, str]]]

FIRST = """HAVERTON, Oct 2 (Valley Wire) - Greystone Dairy Cooperative said on Monday that 52 percent
of its members had backed a merger with rival Millbrook Farms, short of the 60 percent it needs to
complete the deal.

Three regional branches signed the merger support letter last week, the cooperative said.

"We expect the rest of our members to follow," chairman Owen Prydderch said.
"""

LATER = """HAVERTON, Oct 6 (Valley Wire) - Backing among Greystone Dairy Cooperative's members for its
merger with Millbrook Farms rose to 63 percent, the cooperative said on Friday, clearing the
60 percent threshold needed to complete the deal.

Two large farms, including the Ashby estate, signed the merger support letter on Thursday,
up from the 52 percent support announced on Monday, the cooperative said.

The vote closes on Oct. 20.
"""


def test_the_brief_opens_on_what_the_reports_open_on(cli_build: Build) -> None:
    _, briefs = cli_build({"a-wire.txt": FIRST, "b-update.txt": LATER}, "2026-10-07", check=True)
    opening = briefs["executive"].split("\n## ")[1]
    bullets = [line for line in opening.splitlines() if line.startswith("- ")]
    assert bullets and "rose to 63 percent" in bullets[0], bullets
