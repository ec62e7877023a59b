"""The latest report's lede that tells a change of state consequence first ("will reopen on Saturday
after the union called off the strike") is news, not a calendar entry: the brief opens on it rather
than on an earlier day's news, even when the sources made another act the story's central event."""

from __future__ import annotations

from typing import Any

import pytest

from briefgen import sections


@pytest.mark.parametrize("text", [
    "Attendants at the Corrin museum will return to work on Saturday after their union called off the strike.",
    "Boats can sail again from Friday after the harbour board lifted its ban, officials said.",
])
def test_a_consequence_of_something_done_is_news(text: str) -> None:
    assert sections.done_behind_future(text)


@pytest.mark.parametrize("text", [
    "The council will decide after the vote on Monday on whether to reopen the hall.",
    "The union called off the strike after talks on Friday.",  # something done outright: reports_done's
    "Attendants return to work on Saturday after their union called off the strike.",  # no modal
    # a party's word on what it will do: its reaction, not a change of state
    "Ferry operators said on Monday they would keep their fares after the board postponed the levy on Friday.",
])
def test_no_consequence_to_come_or_no_clause_after(text: str) -> None:
    assert not sections.done_behind_future(text)


_FIRST = """Corrin museum attendants walk out

Published 3 May 2026

CORRIN, May 3 (Valley Wire) - Attendants at the Corrin city museum began an indefinite strike over pay on Saturday, closing its galleries to visitors.

About 70 attendants, members of the Civic Staff Union, rejected a 2 percent rise. The union wants 6 percent.
"""

_SECOND = """Corrin museum hires agency guards

Published 5 May 2026

CORRIN, May 5 (Valley Wire) - Corrin city council has hired agency guards to reopen two galleries of the city museum during the attendants' strike, a step the Civic Staff Union called provocative.

The agency guards started work on Monday, the council said. The Civic Staff Union said the council had not consulted it about the agency guards.

Corrin city council said the agency guards would stay until the strike ends.
"""

_THIRD = """Corrin museum strike called off

Published 9 May 2026

CORRIN, May 9 (Valley Wire) - Striking attendants at the Corrin city museum will return to work on Tuesday after their union called off the strike to put a 4 percent pay offer to members, ending a week-long closure of the galleries.

Members will vote on the offer by May 20, the Civic Staff Union said.
"""


def test_the_brief_opens_on_the_latest_change(news_workspace: Any) -> None:
    ws = news_workspace("a", {"01-wire.txt": _FIRST, "02-wire.txt": _SECOND, "03-wire.txt": _THIRD},
                        title="Corrin museum attendants' strike")
    brief = ws.compose("executive")
    opening = [item.text for item in brief.sections[0].items]
    assert "called off the strike" in opening[0], opening
