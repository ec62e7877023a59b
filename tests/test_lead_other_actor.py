"""The story's central event (a plant's closure, told in a wire lede's reported speech: "said on Wednesday it would
close ...") is in the lead, not a share move; a later act that follows on it ("would take over the site") may lead,
the closure told with it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Build = Callable[..., tuple[Path, dict[str, str]]]

CLOSE = """Velmar to close Ostend car plant, cutting 2,100 jobs

OSTEND, Oct. 28, 2026 (Coastwire) - Carmaker Velmar said on Wednesday it would close its Ostend assembly
plant at the end of June 2027, cutting 2,100 jobs, because the plant runs at less than half its capacity.

Velmar shares rose 3.1 percent in Frankfurt. Unions called a 24-hour strike for next week.
"""
REACT = """Ostend plant closure draws anger

OSTEND, Oct. 29, 2026 (Coastwire) - The regional government said on Thursday it would offer up to
60 million euros to keep the Velmar plant open, a day after the carmaker said it would close the plant.

The mayor of Ostend said the closure of the plant would hit hundreds of suppliers.
"""
BUYER = """Norvik in talks to buy Velmar's Ostend plant

OSTEND, Nov. 19, 2026 (Coastwire) - Norvik Motors would take over the Ostend site and around 1,400 of the
plant's workers under a deal in exclusive talks, Velmar said on Thursday.

The deal is expected to be signed in January.
"""


def test_the_central_event_opens_the_lead_before_another_actor_s_later_act(cli_build: Build) -> None:
    _, briefs = cli_build({"01-close.txt": CLOSE, "02-react.txt": REACT, "03-buyer.txt": BUYER}, "2026-11-22",
                          check=True)
    text = briefs["executive"].split("## Bottom line", 1)[1].split("\n## ", 1)[0]
    bullets = [line for line in text.splitlines() if line.startswith("- ")]
    assert any("close its Ostend assembly plant" in b for b in bullets[:2]), bullets
    assert not bullets[0].startswith("- Velmar shares"), bullets
