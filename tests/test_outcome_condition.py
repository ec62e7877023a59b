"""A condition on how an attempt turns out ("If the rescue tow fails to free the ship, ...") is decided by a
later report of either outcome ("the rescue tow worked"), not only by the condition's own verb
(`supersede._tells_condition_decided`, `_OUTCOME`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import briefgen
from briefgen.supersede import _condition_act, _tells_condition_decided

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace


def test_either_outcome_of_the_attempt_decides_the_condition() -> None:
    condition = _condition_act("If the rescue tow fails to free the ship, salvors expect 900 tonnes of cargo to be lost.")
    assert condition is not None
    assert _tells_condition_decided("Harbour officials said the rescue tow worked.", *condition)
    assert _tells_condition_decided("The rescue tow has finally succeeded.", *condition)
    assert _tells_condition_decided("The rescue tow failed on Thursday.", *condition)
    # still to come, denied or conditional: nothing is decided
    assert not _tells_condition_decided("The rescue tow will have worked by Friday.", *condition)
    assert not _tells_condition_decided("Officials said the rescue tow had not worked.", *condition)
    assert not _tells_condition_decided("If the rescue tow worked, the ship would float.", *condition)
    # the party's word inside another subject is not the party's outcome
    assert not _tells_condition_decided("Rescue tow crews worked through the night.", *condition)


def test_a_condition_on_another_act_still_needs_that_act() -> None:
    condition = _condition_act("If the Harbour Board rejects the plan, the berth stays shut.")
    assert condition is not None
    assert not _tells_condition_decided("The Harbour Board succeeded in its bid for funds.", *condition)
    assert _tells_condition_decided("The Harbour Board rejected the plan on Monday.", *condition)


_EARLY = """Grain ship aground off Pellin Point

Published 4 May 2027

PELLIN - A bulk carrier loaded with wheat ran aground off Pellin Point on Monday, the coastguard said.

If the rescue tow fails to free the ship, salvors expect about 900 tonnes of cargo to be lost.

The port authority said the main channel stays open.
"""

_LATER = """Grain ship refloated at Pellin

Published 7 May 2027

PELLIN - Salvage tugs pulled the grounded bulk carrier clear of the rocks off Pellin Point on Wednesday.

The coastguard said the rescue tow worked and no cargo was lost.
"""

_STILL = """Pellin salvage waits on the tide

Published 7 May 2027

PELLIN - Salvage tugs are waiting for the spring tide before they try to pull the bulk carrier clear.

The coastguard said the rescue tow crews worked through the night to attach lines.
"""


def test_a_risk_on_a_failed_attempt_is_overtaken_once_a_later_report_says_it_worked(
        news_workspace: NewsWorkspace, overtaken_texts: Callable[[Any], list[str]]) -> None:
    gone = overtaken_texts(news_workspace("ws", {"01-early.txt": _EARLY, "02-later.txt": _LATER}))
    assert any("If the rescue tow fails" in text for text in gone)
    still = overtaken_texts(news_workspace("ws2", {"01-early.txt": _EARLY, "02-later.txt": _STILL}))
    assert not any("If the rescue tow fails" in text for text in still)
