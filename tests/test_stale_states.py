"""A statement that a state goes on (a halt "would stay in force", a blockade kept, a crossing that
"would stay closed") is overtaken once a later dated report tells that state ended (a restart, a
blockade lifted, a ban eased): supersede.ended_states. Another site's state, a later report that
only plans the ending, and a state of another kind overtake nothing."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen.supersede import _ended_states, _lasting_states

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace

_HALT = """Regulator halts Brellin quarry over dust complaints

Published 2 May 2025

DORNHALL - The county environment regulator on Friday ordered the Brellin limestone quarry to halt blasting after residents of three villages complained of dust and cracked walls.

Inspector Wanda Okafor said the halt would stay in force until the operator had fitted new dust screens and paid for an independent survey of the houses.

Residents' spokesman Colm Reyes said villagers would keep the blockade of the quarry gate until the survey was published.

The Tarrow Pit ban on night working will remain until the end of the year, the regulator said.

The quarry employs 140 people and ships about 9,000 tonnes of stone a week.
"""

_ENDED = """Brellin quarry restarts after dust deal

Published 20 June 2025

DORNHALL - The Brellin limestone quarry restarted blasting on Thursday after its operator fitted new dust screens, the county environment regulator said.

Residents lifted the blockade of the quarry gate on Wednesday after the operator agreed to pay for the independent survey of the houses.

The quarry shipped 6,500 tonnes of stone in its first week back.
"""

_PLANNED = """Brellin quarry hopes to restart in July

Published 20 June 2025

DORNHALL - The operator of the Brellin limestone quarry said it hoped to restart blasting in July once new dust screens were fitted.

Residents said they would lift the blockade of the quarry gate only if the survey of the houses was published.
"""


def _ended_notes(ws: briefgen.Workspace) -> list[str]:
    from briefgen.compose import _Composer

    noteset = ws.notes()
    docs = {doc.id: doc for doc in noteset.sources}
    composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"), docs=docs)
    by_id = {note.id: note for note in noteset.notes}
    found = []
    for judgement in composer.overtaken_events:
        if judgement.reason == "ended":
            span = by_id[judgement.note].span
            found.append(docs[span.source].text[span.start:span.end])
    return found


def test_a_halt_and_a_blockade_a_later_report_ends_are_overtaken(news_workspace: NewsWorkspace) -> None:
    ended = _ended_notes(news_workspace("ws", {"01-halt.txt": _HALT, "02-ended.txt": _ENDED}))
    assert any("the halt would stay in force" in text for text in ended)
    assert any("would keep the blockade" in text for text in ended)
    # another site's ban (a name the later report never gives) is still the story's state
    assert not any("Tarrow Pit" in text for text in ended)


def test_a_planned_restart_or_a_conditional_lifting_overtakes_nothing(news_workspace: NewsWorkspace) -> None:
    assert _ended_notes(news_workspace("ws", {"01-halt.txt": _HALT, "02-planned.txt": _PLANNED})) == []


def test_an_undated_report_overtakes_no_state(news_workspace: NewsWorkspace) -> None:
    undated = _ENDED.replace("Published 20 June 2025\n\n", "")
    assert _ended_notes(news_workspace("ws", {"01-halt.txt": _HALT, "02-ended.txt": undated})) == []


def test_which_clauses_hold_a_state_and_which_end_one() -> None:
    assert _lasting_states("Ms Ode said the curfew would remain in place until the vote.")[0][0] == "ban"
    assert _lasting_states("The harbour would stay closed, the port authority said.")[0][0] == "stop"
    assert _lasting_states("Dealers expect prices to rise while the harbour stays closed.") == []
    assert _lasting_states("The union said the strike would not continue past Friday.") == []
    assert _lasting_states("Traders called for the embargo to remain.") == []
    # who will not end a state says it goes on; a condition for ending it says nothing of the kind
    assert _lasting_states("The mayor said police would not be sent to clear the blockade.")[0][0] == "block"
    assert _lasting_states("They said they would lift the blockade only if the survey was published.") == []
    assert _ended_states("The government lifted the curfew on Sunday.") == {"ban"}
    assert _ended_states("The curfew was eased on Sunday.") == {"ban"}
    assert _ended_states("The harbour reopened to ships on Monday.") == {"stop"}
    assert _ended_states("Police tried to clear the blockade on Monday.") == set()
    assert _ended_states("The council will lift the curfew if the vote passes.") == set()
    # a blockade lifted ends no halt: the families differ
    assert "stop" not in _ended_states("Protesters lifted the blockade on Monday.")
