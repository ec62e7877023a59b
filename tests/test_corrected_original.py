"""A statement a later correction notice says was wrong ("An earlier version of this story said the
offer would cover 31,000 nurses. The correct figure is 27,500.") is never shown as a statement, not
even as the first state of a story a later decision overtook (the offer, told after the lead on its
rejection): a revised value is history worth telling, a corrected one never was true."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

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


@pytest.mark.parametrize("notice", [NOTICE, NOTICE.replace("of this story said", "of this story and a Nov. 10 story said")])
def test_a_corrected_statement_is_not_told_as_the_original_event(cli_build: Build, notice: str) -> None:
    # (an abbreviation's period inside the notice, "a Nov. 10 story", ends no sentence of it)
    # Without the notice the offer is told after the lead on its rejection (the story's first state) ...
    _, briefs = cli_build({"a-wire.txt": OFFER, "b-update.txt": BALLOT}, "2026-11-22")
    assert "31,000 public hospital nurses" in briefs["executive"]
    # ... with it, no brief states the value the correction says was wrong, on this run or the next.
    for _ in range(2):
        _, briefs = cli_build({"b-update.txt": BALLOT + notice}, "2026-11-22", check=True)
        for audience, text in briefs.items():
            assert "31,000" not in text, (audience, text)
        assert "Nurses rejected the state government's pay offer" in briefs["executive"]


def test_a_count_is_called_earlier_when_its_words_hold_the_notice_noun() -> None:
    """ "the country's 62,000 state school teachers pay rises" (read with "pay" as its unit) is the count a
    notice calls earlier as "62,000 teachers"; "62,000 pay rises" alone is not."""
    from briefgen.notes.figures import find_figures
    from briefgen.supersede import called_earlier

    notice = ("An earlier version of this story said the offer would cover 62,000 teachers. "
              "The correct figure is 58,000.")
    text = "The government offered the country's 62,000 state school teachers pay rises of 9.5% over three years."
    counted = [f for f in find_figures(text) if f.value == 62000]
    assert counted and any(called_earlier(text, notice, f) for f in counted)
    other = "The union said 62,000 pay claims were lodged."
    assert not any(called_earlier(other, notice, f) for f in find_figures(other) if f.value == 62000)
