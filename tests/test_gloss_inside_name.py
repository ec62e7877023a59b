"""A gloss bracket is never put inside a longer name: "Harwick Port, the harbour operator, ..." then
"Harwick Port Holdings shares fell ..." must not read "Harwick Port [the harbour operator] Holdings"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Build = Callable[..., tuple[Path, dict[str, str]]]

STORY = """Harbour expansion approved at Harwick

HARWICK, Nov. 20, 2026 (Coastwire) - The transport ministry on Thursday approved a 2.1 billion pound
expansion of Harwick Port, adding two deep-water berths by 2030.

Harwick Port, the harbour operator, said the first berth would open in 2028 and that it would pay for
the work from its own funds.

Harwick Port Holdings shares fell 3.2 percent to 412 pence after the company said the cost had risen
by 300 million pounds since 2024.

Residents' groups said they would challenge the approval in court.
"""


def test_no_gloss_inside_a_longer_name(cli_build: Build) -> None:
    _, briefs = cli_build({"a-wire.txt": STORY}, "2026-11-22", check=True)
    for audience, text in briefs.items():
        assert "Harwick Port \\[the harbour operator\\] Holdings" not in text, audience
        assert "Port [the harbour operator] Holdings" not in text, audience
