"""A later source's own development, told in no earlier source's words, is among its notes even when
it ranks low (late in the text, unlike the rest of the story): the brief can then tell what changed
(invented text: a harbour dredging story whose update ends on the first injury)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

_DAY1 = """PORTMERE, March 2, 2026 (Northwire) - The Portmere harbour board approved on Monday a plan to dredge
the main channel to 14 metres, at a cost of 62 million pounds, so that larger container ships can call.

The dredging will start in May and take about 18 months, the board said.

Harbour master Ellen Cray said the deeper channel would bring in two more weekly container services.

The fishermen's association said the dredging would disturb crab grounds near the channel and asked for
compensation.

The board said the spoil would be taken out to a licensed dumping ground 12 miles offshore.

Container volumes at Portmere fell 4% last year as larger ships went to deeper ports.
"""

_DAY1B = """# Portmere to deepen channel in 62 million pound plan

*Coast Ledger, 2 March 2026*

The Portmere harbour board has approved a 62 million pound plan to dredge the main channel to 14 metres.

Work starts in May and will take about 18 months, and the board hopes to win two more weekly container services.

Fishermen say the dredging will disturb crab grounds and want compensation for lost catches.

The spoil will go to a licensed dumping ground 12 miles offshore, the board said.
"""

_UPDATE = """PORTMERE, March 30, 2026 (Northwire) - The Portmere harbour board said on Monday that the dredging of the
main channel to 14 metres would start in May as planned, at a cost of 62 million pounds.

The board said the work would take about 18 months.

Harbour master Ellen Cray said the deeper channel would still bring in two more weekly container services.

The fishermen's association repeated its call for compensation for crab grounds near the channel.

The spoil will be taken to the licensed dumping ground 12 miles offshore, the board said.

Container volumes at Portmere fell 4% last year.

The board said the plan remained within its 62 million pound budget.

Ellen Cray said the board expected the first larger ships in late 2027.

Inspectors found asbestos sheeting buried beneath the eastern quay wall during survey drilling, halting
preparatory piling there for three weeks.
"""

Build = Callable[..., tuple[Path, dict[str, str]]]


def test_a_later_sources_own_development_is_among_its_notes(cli_build: Build) -> None:
    workspace, _briefs = cli_build({"01-wire.txt": _DAY1, "02-ledger.md": _DAY1B, "03-update.txt": _UPDATE},
                                   "2026-03-31")
    notes = (workspace / "notes" / "03-update.yaml").read_text(encoding="utf-8")
    assert "asbestos sheeting" in notes, notes
