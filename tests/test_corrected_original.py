"""A statement a later correction notice says was wrong ("An earlier version of this story said the
offer would cover 31,000 nurses. The correct figure is 27,500.") is never shown as a statement, not
even as the first state of a story a later decision overtook (the offer, told after the lead on its
rejection): a revised value is history worth telling, a corrected one never was true."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Build = Callable[..., tuple[Path, dict[str, str]]]
"""The `cli_build` fixture (conftest)."""

OFFER = """Government offers nurses 9 percent over three years

PERTH, Australia, Nov. 10, 2026 (Coastwire) - The state government on Tuesday offered the
state's 31,000 public hospital nurses a pay rise of 9 percent over three years, a deal it said
would cost 640 million dollars.

Health Minister Carla Dunn said the offer was "fair and final". The nurses' union said it would
put the offer to a ballot of its members, which closes on Nov. 20.
"""

BALLOT = """Nurses reject pay offer in ballot

PERTH, Australia, Nov. 21, 2026 (Coastwire) - Nurses rejected the state government's pay offer in
a ballot that closed on Friday, with 71 percent voting against on a turnout of 64 percent, the
union said.

The union said members would strike on Dec. 3 unless the government improved the offer.
"""

NOTICE = """
Correction: An earlier version of this story said the government's offer would cover 31,000 nurses.
The correct figure is 27,500.
"""


def test_a_corrected_statement_is_not_told_as_the_original_event(cli_build: Build) -> None:
    # Without the notice the offer is told after the lead on its rejection (the story's first state) ...
    _, briefs = cli_build({"a-wire.txt": OFFER, "b-update.txt": BALLOT}, "2026-11-22")
    assert "31,000 public hospital nurses" in briefs["executive"]
    # ... with it, no brief states the value the correction says was wrong, on this run or the next.
    for _ in range(2):
        _, briefs = cli_build({"b-update.txt": BALLOT + NOTICE}, "2026-11-22", check=True)
        for audience, text in briefs.items():
            assert "31,000" not in text, (audience, text)
        assert "Nurses rejected the state government's pay offer" in briefs["executive"]
