"""An undated source still overtakes a schedule when its own text places it after: it tells in
the past tense that the event, named by its day or by its name, was postponed, called off or
cancelled (supersede.undated_changes); the change it reports reaches the brief and the digest.
A correction ("corrects ... to", "corrected", "not X as previously reported") replaces the
earlier value of the measure it names, whatever the sources' dates. An undated source that only
repeats the schedule, says it could change, or gives a bare other value overtakes nothing."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen.compose import digest

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed

_MERGER_VOTE = """Kestrel Water sets date for merger vote

Published 3 April 2025

Kestrel Water shareholders will vote on the proposed merger with Arden Utilities at an extraordinary general meeting on Wednesday 16 April, the company said.

Chairman Felix Moreau said the board backed the merger unanimously.
"""

_MERGER_POSTPONED = """Kestrel Water postpones merger vote

Kestrel Water has postponed the 16 April shareholder vote on its merger with Arden Utilities after the competition regulator opened an inquiry into the deal, the company said.

A new date will be set once the regulator has reported, chairman Felix Moreau said.
"""

_MERGER_REPEATED = """Arden Utilities staff brace for merger

Kestrel Water shareholders will vote on the proposed merger with Arden Utilities on 16 April, and staff at both companies expect job cuts if it is approved.
"""

_MERGER_MAYBE = """Regulator may look at Kestrel deal

The 16 April shareholder vote on the merger of Kestrel Water with Arden Utilities could be postponed if the competition regulator opens an inquiry, analysts said.
"""

_BUS_STRIKE = """Harrow bus drivers to strike over pay

Published 29 September 2025

Members of the Harrow Bus Drivers' Union will walk out in a 48-hour strike over pay from Monday 6 October, the union said.

Union secretary Dele Obi said the operator's offer of 4 percent was an insult.
"""

_BUS_CALLED_OFF = """Harrow bus strike called off

The Harrow Bus Drivers' Union voted on Friday to call off the 48-hour strike over pay after the operator improved its offer to 6 percent, union secretary Dele Obi said.

Services will run as normal next week.
"""

_PLANNING = """Quarry Lane homes go before planning committee

Published 4 November 2025

The Fenwick planning committee will vote on the Quarry Lane housing application on Wednesday 12 November, council officers said.

Officers have recommended approval of the 240 homes.
"""

_PLANNING_DEFERRED = """Decision on Quarry Lane homes deferred

The Fenwick planning committee voted 7-2 to defer a ruling on the Quarry Lane housing application until the new year, after residents raised flooding concerns.

Committee chair Ruth Ambler said members wanted to see a drainage report first.
"""

_BRIDGE_COST = """Osterby bridge repairs to cost millions

Published 5 May 2025

Repairs to the Osterby ring road bridge will cost 48 million euros, the regional transport office said on Monday.

The bridge has been closed to lorries since March.
"""

_BRIDGE_CORRECTED = """Transport office corrects Osterby bridge repair cost to 41 million euros

The regional transport office has corrected its estimate of the cost of the Osterby ring road bridge repairs, saying an arithmetic error had inflated the figure. The repairs will now cost 41 million euros, not 48 million euros as previously reported, the office said.

Work is due to start in June.
"""

_BRIDGE_OTHER = """Osterby bridge: what we know

Repairs to the Osterby ring road bridge will cost 52 million euros, according to a consultant hired by the chamber of commerce.
"""


def _overtaken(ws: briefgen.Workspace) -> list[str]:
    """The statements supersede.overtaken_events finds overtaken as events."""
    from briefgen.compose import _Composer

    noteset = ws.notes()
    composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"),
                         docs={doc.id: doc for doc in noteset.sources})
    by_id = {note.id: note for note in composer.readable}
    return [by_id[judgement.note].quote for judgement in composer.overtaken_events]


def _digest(ws: briefgen.Workspace) -> list[str]:
    chosen, _ = digest(ws.notes(), 400)
    return [note.quote for _, note in chosen]


def test_an_undated_report_of_a_postponement_named_by_its_day_overtakes_the_vote(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("b", {"01-vote.txt": _MERGER_VOTE, "02-postponed.txt": _MERGER_POSTPONED})
    assert any("will vote on the proposed merger" in text for text in _overtaken(ws))
    said = printed(ws)
    assert not any("will vote on the proposed merger" in text for text in said)
    assert any("has postponed the 16 April shareholder vote" in text for text in said)
    assert not any("will vote on the proposed merger" in text for text in _digest(ws))
    assert any("has postponed the 16 April shareholder vote" in text for text in _digest(ws))


def test_an_undated_source_that_repeats_the_schedule_or_says_it_could_change_overtakes_nothing(
        news_workspace: NewsWorkspace, printed: Printed) -> None:
    for name, text in (("repeat", _MERGER_REPEATED), ("maybe", _MERGER_MAYBE)):
        ws = news_workspace(name, {"01-vote.txt": _MERGER_VOTE, "02-later.txt": text})
        assert any("will vote on the proposed merger" in said for said in printed(ws) + _digest(ws)), name
        assert _overtaken(ws) == [], name


def test_an_undated_vote_to_call_off_a_strike_named_by_its_name_overtakes_it(news_workspace: NewsWorkspace, printed: Printed) -> None:
    alone = printed(news_workspace("a", {"01-strike.txt": _BUS_STRIKE}))
    assert any("will walk out in a 48-hour strike" in text for text in alone)
    ws = news_workspace("b", {"01-strike.txt": _BUS_STRIKE, "02-off.txt": _BUS_CALLED_OFF})
    assert any("will walk out in a 48-hour strike" in text for text in _overtaken(ws))
    said = printed(ws)
    assert not any("will walk out in a 48-hour strike" in text for text in said)
    assert any("voted on Friday to call off the 48-hour strike" in text for text in said)
    assert not any("will walk out in a 48-hour strike" in text for text in _digest(ws))


def test_a_ruling_deferred_overtakes_the_vote_on_the_same_matter(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("b", {"01-planning.txt": _PLANNING, "02-deferred.txt": _PLANNING_DEFERRED})
    assert any("will vote on the Quarry Lane housing application" in text for text in _overtaken(ws))
    said = printed(ws)
    assert not any("will vote on the Quarry Lane housing application" in text for text in said)
    assert any("voted 7-2 to defer a ruling" in text for text in said)


def test_a_correction_replaces_the_value_it_names_whatever_the_dates(news_workspace: NewsWorkspace, printed: Printed) -> None:
    for name, text in (("named", _BRIDGE_CORRECTED),):
        ws = news_workspace(name, {"01-cost.txt": _BRIDGE_COST, "02-corrected.txt": text})
        said = printed(ws)
        assert not any("will cost 48 million euros" in text for text in said), name
        assert not any("will cost 48 million euros" in text for text in _digest(ws)), name
        # the corrected value is shown (the brief may quote it with the correction sentence before it,
        # "The repairs will now cost ..." naming what "The repairs" are: then as its Key figures row's evidence)
        assert any("41 million euros" in text for text in printed(ws, cited=True)), name


def test_an_undated_bare_other_value_replaces_nothing(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("b", {"01-cost.txt": _BRIDGE_COST, "02-other.txt": _BRIDGE_OTHER})
    assert any("will cost 48 million euros" in text for text in printed(ws))
