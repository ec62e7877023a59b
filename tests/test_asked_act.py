"""An intention to have another party act ("would ask the X to Y") is overtaken by a later report of the
asking done (the holder filed with X) or of X acting; a later source in which X only speaks of the future,
or in which another party acts, overtakes nothing (supersede._asked_agent, _tells_asked_done)."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen.supersede import _asked_agent, _tells_asked_done

NewsWorkspace = Callable[..., briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed

_PLAN = """Growers challenge vineyard water quota

Published 4 March 2025

TALVERA - The regional water board cut the summer quota for vineyards in the Talvera valley by 30 percent on Tuesday.

The Talvera Growers' Union said it would ask the Administrative Court of Appeal to suspend the quota, arguing that the board had not consulted growers.

The board said the cut was needed to protect drinking water supplies for 90,000 people.
"""

_FILED = """Growers take water quota to court

Published 20 March 2025

TALVERA - The Talvera Growers' Union, which represents about 1,200 wine makers, filed its challenge with the Administrative Court of Appeal on Monday.

The water board said it would defend the quota.
"""

_AHEAD = """Quota challenge expected

Published 20 March 2025

TALVERA - The Administrative Court of Appeal said it would decide within a month whether to hear any challenge to the quota.

The water board said it would defend the quota.
"""


def test_the_holder_filing_with_the_addressee_overtakes_the_intention(news_workspace: NewsWorkspace,
                                                                       printed: Printed) -> None:
    alone = printed(news_workspace("a", {"01-plan.txt": _PLAN, "02-ahead.txt": _AHEAD}))
    assert any("would ask the Administrative Court of Appeal" in text for text in alone)
    both = printed(news_workspace("b", {"01-plan.txt": _PLAN, "02-filed.txt": _FILED}))
    assert not any("would ask the Administrative Court of Appeal" in text for text in both)
    assert any("filed its challenge" in text for text in both)


def test_the_addressee_acting_overtakes_it_and_its_future_does_not() -> None:
    asked = _asked_agent("Restitute Now said it would ask the national ombudsman to investigate the museum.")
    assert asked is not None
    assert _tells_asked_done("The national ombudsman published its report last week.", *asked)
    assert _tells_asked_done("The museum has not answered, as demanded by the national ombudsman.", *asked)
    assert not _tells_asked_done("The national ombudsman said it would look at the complaint.", *asked)
    assert not _tells_asked_done("The national ombudsman has not opened an inquiry.", *asked)
    assert not _tells_asked_done("The regional ombudsman published its report last week.", *asked)
    assert not _tells_asked_done("The board will sign once the national ombudsman has finished its review.", *asked)
    # An addressee of one word, or a pronoun, is too little to tell one party from another.
    assert _asked_agent("The union said it would ask members to vote.") is None
    assert _asked_agent("The union said it would ask them to vote.") is None


def test_a_persons_timetable_goes_when_a_later_report_tells_them_gone() -> None:
    from briefgen.supersede import _person_departed

    gone = "The head of the bid company, Lena Marsh, resigned on Friday, a day after the budget rose."
    assert _person_departed(gone, ["Lena Marsh"])
    assert _person_departed("Harbour master Piet van Dam has stepped down.", ["Piet van Dam"])
    assert not _person_departed("Marsh said her deputy Ola Berg resigned.", ["Lena Marsh"])
    assert not _person_departed("Lena Marsh said she would not have resigned.", ["Lena Marsh"])
    assert not _person_departed("Lena Marsh will step down in May.", ["Lena Marsh"])
    assert not _person_departed(gone, ["Marsh"])  # one word is no person's name
