"""A step told as possibly needed ("a temporary dam may be required") is overtaken once a later dated
report of another source tells that step carried out (supersede.needed_steps); a later report that
still expects it, denies it, or tells another step done overtakes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import briefgen
from briefgen.supersede import _carried_out, needed_steps_in

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed

_FIRST = """Flooded quarry threatens Dornhill village

Published 4 March 2025

DORNHILL - Water from a flooded quarry pit was seeping towards Dornhill village on Tuesday, the county emergency office said.

County engineer Olaf Brenner said a temporary earth dam around the pit edge could be required before pumping could start.

About 140 residents were told to keep sandbags ready. The quarry owner, Selby Aggregates, said it was cooperating fully.
"""

_DONE = """Dornhill quarry pumping begins

Published 7 March 2025

DORNHILL - Crews finished a temporary earth dam at the Dornhill quarry pit on Thursday, and pumping began the same evening, the county emergency office said.

Residents were told the sandbags could be stored away. Selby Aggregates said an inquiry into the flooding would report in May.
"""

_STILL = """Dornhill quarry work delayed

Published 7 March 2025

DORNHILL - The temporary earth dam has not been completed because of heavy rain, the county emergency office said on Thursday.

Residents were told to keep sandbags ready. Selby Aggregates said an inquiry into the flooding would report in May.
"""


def test_a_needed_step_reads_its_head_and_modifiers() -> None:
    assert needed_steps_in("He said a temporary earth dam around the pit edge could be required before pumping.") == [
        ("dam", frozenset({"temporari", "earth"}))]
    assert needed_steps_in("Officials said a second inspection may be needed.") == [("inspect", frozenset({"second"}))]
    assert needed_steps_in("The dam was built in 1962.") == []


def test_a_step_told_done_is_read_and_a_denied_or_expected_one_is_not() -> None:
    day = dt.date(2025, 3, 7)
    assert [head for head, _ in _carried_out("The inspection was carried out on Friday.", day)] == ["inspect"]
    assert [head for head, _ in _carried_out("Crews installed a temporary pump on Monday.", day)] == ["pump"]
    assert _carried_out("The inspection has not been carried out.", day) == ()
    assert _carried_out("The pump will be installed next week.", day) == ()


def test_a_later_report_of_the_step_done_overtakes_the_need(news_workspace: NewsWorkspace, printed: Printed) -> None:
    alone = printed(news_workspace("a", {"01-first.txt": _FIRST, "02-still.txt": _STILL}))
    assert any("could be required before pumping" in text for text in alone)  # still news while not done
    both = printed(news_workspace("b", {"01-first.txt": _FIRST, "02-done.txt": _DONE}))
    assert not any("could be required before pumping" in text for text in both)


_CHARGE = """Norvik to charge private jets for landing

Published 10 February 2025

NORVIK - The Norvik city council approved a landing charge for private jets at the municipal airfield on Monday by 23 votes to 14.

The charge would be 900 crowns per landing, and the council expects it to raise 4 million crowns a year for noise insulation. It is due to take effect on May 1.

Airfield operator Hanna Moe said the charge would push some flights to Lund.
"""

_DELAYED = """Norvik delays private jet landing charge

Published 18 February 2025

NORVIK - The Norvik city council said on Tuesday it would delay the landing charge for private jets to August 1 from May 1, after operators asked for time to change their booking systems.

Council leader Per Aas said the rate of 900 crowns per landing was unchanged.
"""

_OTHER = """Norvik airfield hires new manager

Published 18 February 2025

NORVIK - The Norvik municipal airfield named Kari Dahl as its manager on Tuesday, replacing Hanna Moe, who retires in March.
"""


def test_a_pronoun_schedule_a_later_report_moves_leaves_the_brief(news_workspace: NewsWorkspace, printed: Printed) -> None:
    # "It" names nothing a later report could share: the sentences before it in its paragraph name the charge.
    alone = printed(news_workspace("a", {"01-charge.txt": _CHARGE, "02-other.txt": _OTHER}))
    assert any("due to take effect on May 1" in text for text in alone)
    moved = printed(news_workspace("b", {"01-charge.txt": _CHARGE, "02-delayed.txt": _DELAYED}))
    assert not any("due to take effect on May 1" in text for text in moved)
