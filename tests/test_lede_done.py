"""A report's lede that tells a decision done ("put off a suspension ... until Jan 15") is the story's
act whatever kind the date in its later clause gives the note: the brief may open on it."""

from __future__ import annotations

from typing import Any

import pytest

from briefgen import sections


@pytest.mark.parametrize("text", [
    "The city council on Monday put off a ban on rental bikes that was due to start on Nov 1.",
    "The regulator set out its plan for the port on Tuesday.",
    "The mill shut down its second line after the flood.",
])
def test_a_phrasal_past_before_its_object_is_something_done(text: str) -> None:
    assert sections.reports_done(text)


def test_a_phrasal_present_is_nothing_done() -> None:
    assert not sections.reports_done("The council will put off the ban until January.")


_FIRST = """Harwick council votes to ban rental bikes from Nov 1

Published 14 October 2026

HARWICK, Oct 14 (Coast Wire) - Harwick city council voted 7-4 late on Tuesday to suspend the permits of all three rental bike operators from Nov 1, citing a rise in injuries on pavements.

The operators, Spoke, Velo and Pedal, run about 1,900 bikes in the city.
"""

_COLOUR = """Riders weigh in as bike ban looms

Published 15 October 2026

At the depot behind the old mill on Quay Road, Spoke mechanic Tom Arlen spent Wednesday morning fixing brakes on bikes that may be off the road in two weeks.

"Nobody asked us anything," said Arlen, one of 60 people the operators employ.
"""

_UPDATE = """Harwick delays bike ban to January

Published 19 October 2026

HARWICK, Oct 19 (Coast Wire) - Harwick city council on Monday put off a suspension of rental bike permits that was due to start on Nov 1, voting 6-5 in an emergency session to let operators keep running until Jan 15 under stricter conditions.

Under the interim rules, the fleet must shrink to 1,200 bikes from about 1,900.
"""


def test_the_brief_opens_on_the_latest_decision_not_a_scene(news_workspace: Any) -> None:
    ws = news_workspace("a", {"01-wire.txt": _FIRST, "02-colour.txt": _COLOUR, "03-update.txt": _UPDATE},
                        title="Harwick rental bike ban")
    brief = ws.compose("executive")
    opening = [item.text for item in brief.sections[0].items]
    assert any("put off a suspension" in text for text in opening), opening
    assert "depot" not in opening[0], opening
