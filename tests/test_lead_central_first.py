"""The opening section states the story's central event (the act, with its size and dates) right after the
later change to a part of it: never the update alone ("will delay the first step of its increase" with the
increase nowhere told). The latest decision leads, as a follow-up story's lede does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefgen.compose import _whole_of_part
from briefgen.sections import announced_parts

Build = Callable[..., tuple[Path, dict[str, str]]]

FIRST = """Port authority to raise berth fees by 15% in two steps

ROTTERDAM, May 4 (Harbour Wire) - Porto de la Ribeira, the authority that runs the
river port used by 2,300 barges a year, will raise its berth fees by 15 percent in two steps,
its board said on Monday.

The first step, of 9 percent, applies from Sept. 1 and the second, of 6 percent, from March 2027.
The board said the money would pay for dredging the main channel.
"""

LATER = """Port delays fee rise for family barges

ROTTERDAM, July 20 (Harbour Wire) - Porto de la Ribeira will postpone the first stage of its berth
fee increase for family-owned barges until January 2027, the authority said on Monday.

About 400 family barges will pay the 9 percent step four months later than other operators.
The barge owners' association welcomed the decision but said it wanted a permanent discount.
"""


def test_the_partial_change_opens_and_the_central_act_follows_at_once(cli_build: Build) -> None:
    for _ in range(2):  # the same on the next run
        _, briefs = cli_build({"a-wire.txt": FIRST, "b-update.txt": LATER}, "2026-07-22", check=True)
        for audience, text in briefs.items():
            opening = text.split("\n## ")[1]
            act, change = opening.find("will raise its berth fees by 15 percent"), opening.find("will postpone the first stage")
            assert act >= 0 and change >= 0, (audience, opening)
            bullets = [line for line in opening.splitlines() if line.startswith("- ")]
            assert "will postpone the first stage" in bullets[0] and "will raise its berth fees" in bullets[1], bullets


def test_a_part_of_an_act_names_the_whole() -> None:
    assert _whole_of_part("Porto de la Ribeira will postpone the first stage of its berth fee increase for barges.") \
        >= {"berth", "fee"}
    assert not _whole_of_part("Porto de la Ribeira will postpone its berth fee increase for barges.")
    assert _whole_of_part("The museum reopened one wing of its main building on Sunday.")


def test_an_announcing_name_may_hold_a_particle_or_an_appositive() -> None:
    assert announced_parts("Aguas do Estuario will raise its tariff by 21 percent.") is not None
    parts = announced_parts("Porto de la Ribeira, the authority that runs the river port, will raise its fees.")
    assert parts is not None and parts[0] == ("Porto", "de", "la", "Ribeira") and parts[1] == "raise"
    assert announced_parts("The tariff, the board said, will cover most users.") is None
