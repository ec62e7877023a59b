"""An earlier statement about a pending decision or a step towards an event is overtaken when a
later dated source reports what happened to that same thing (supersede.decided_events,
supersede.changed_events): a body that "would set out its position" once a later report says it
"had decided"; a vote "in favour of" a stoppage once the stoppage is called off; a hearing set for
a day once a later report, in a sentence no note need quote, says it was moved. Near misses stay:
another body's decision, a decision on another matter, a vote for another event."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

import briefgen
from briefgen import supersede

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]
Printed = Callable[..., list[str]]

_ZOO_PLAN = """Harbourside zoo plan goes to council

Published 2 February 2026

Corrick city council said it would set out its position on the zoo's expansion after a public meeting on 10 February.

The zoo wants to add a 4-hectare wetland enclosure on land next to the river.
"""

_ZOO_DECIDED = """Council backs zoo wetland

Published 20 February 2026

The city council has decided to back the zoo's expansion, council leader Amrit Basu said on Thursday.

Work on the wetland enclosure could start in the spring.
"""

_ZOO_OTHER_BODY = """Trust backs zoo wetland

Published 20 February 2026

The river trust has decided to back the zoo's expansion, its chair said on Thursday.
"""

_LIBRARY_PLAN = """Corrick library under review

Published 2 February 2026

Corrick city council said it would decide in March whether to close the Eastgate library.

The library lends about 40,000 books a year.
"""

_PARKING = """Corrick raises parking charges

Published 20 March 2026

The city council has decided to raise parking charges in the town centre by 10 percent, a spokesman said.
"""

_LIBRARY_DECIDED = """Eastgate library to stay open

Published 20 March 2026

The city council has decided to keep the Eastgate library open for at least two more years, a spokesman said.
"""

_DOCK_VOTE = """Dock pilots back stoppage

Published 3 November 2026

Members of the Harbour Pilots Association voted by 81 percent in favour of a stoppage, on a turnout of 70 percent, the association said.

The port authority said it wanted talks.
"""

_DOCK_OFF = """Dock stoppage off after pay deal

Published 20 November 2026

The Harbour Pilots Association said it had called off the stoppage after the port authority improved its pay offer.
"""

_DOCK_OTHER = """Tug crews call off overtime ban

Published 20 November 2026

The Tug Crews Guild said it had called off its overtime ban after the port authority improved its offer.
"""

_TRIBUNAL = """Growers challenge quota

The growers' federation asked the land tribunal to suspend the quota, saying it was set without consultation. The tribunal set a first hearing for March 3. "We were never asked," federation chair Ana Ruiz said outside the tribunal on February 9, 2026.
"""

_TRIBUNAL_MOVED = """Rains ease quota pressure

Published 20 March 2026

Heavy rain has refilled the district's reservoirs, the water board said on Friday.

The land tribunal has postponed its hearing on the growers' challenge to May 12, from March 3, after the water board asked for more time.

The board said the quota would be reviewed in April.
"""


def _overtaken(ws: briefgen.Workspace) -> list[str]:
    from briefgen.compose import _Composer

    noteset = ws.notes()
    composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"),
                         docs={doc.id: doc for doc in noteset.sources})
    by_id = {note.id: note for note in composer.readable}
    return [by_id[judgement.note].quote for judgement in composer.overtaken_events]


def test_a_position_the_body_later_reports_it_decided_leaves_the_briefs(news_workspace: NewsWorkspace, printed: Printed) -> None:
    alone = printed(news_workspace("a", {"01-plan.txt": _ZOO_PLAN}))
    assert any("would set out its position" in text for text in alone)
    ws = news_workspace("b", {"01-plan.txt": _ZOO_PLAN, "02-decided.txt": _ZOO_DECIDED})
    assert any("would set out its position" in text for text in _overtaken(ws))
    assert not any("would set out its position" in text for text in printed(ws))


def test_another_bodys_decision_or_a_decision_on_another_matter_overtakes_nothing(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("a", {"01-plan.txt": _ZOO_PLAN, "02-other.txt": _ZOO_OTHER_BODY})
    assert not any("would set out its position" in text for text in _overtaken(ws))
    ws = news_workspace("b", {"01-plan.txt": _LIBRARY_PLAN, "02-parking.txt": _PARKING})
    assert not any("whether to close the Eastgate library" in text for text in _overtaken(ws))
    ws = news_workspace("c", {"01-plan.txt": _LIBRARY_PLAN, "02-decided.txt": _LIBRARY_DECIDED})
    assert any("whether to close the Eastgate library" in text for text in _overtaken(ws))


def test_an_earlier_decision_report_overtakes_nothing(news_workspace: NewsWorkspace) -> None:
    # The decision told before the wait (an older source) does not end it.
    earlier = _ZOO_DECIDED.replace("20 February 2026", "1 February 2026")
    ws = news_workspace("a", {"01-plan.txt": _ZOO_PLAN, "02-decided.txt": earlier})
    assert not any("would set out its position" in text for text in _overtaken(ws))


def test_a_vote_for_an_event_later_called_off_leaves_the_briefs(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("a", {"01-vote.txt": _DOCK_VOTE, "02-off.txt": _DOCK_OFF})
    assert any("in favour of a stoppage" in text for text in _overtaken(ws))
    assert not any("in favour of a stoppage" in text for text in printed(ws))
    other = news_workspace("b", {"01-vote.txt": _DOCK_VOTE, "02-other.txt": _DOCK_OTHER})
    assert not any("in favour of a stoppage" in text for text in _overtaken(other))


def test_a_hearing_moved_in_a_sentence_no_note_quotes_still_overtakes_it(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("a", {"01-challenge.txt": _TRIBUNAL, "02-later.txt": _TRIBUNAL_MOVED})
    assert any("set a first hearing for March 3" in text for text in _overtaken(ws))
    assert not any("set a first hearing for March 3" in text for text in printed(ws))


_BODIES = ["city council", "health board", "port authority", "water board", "planning committee"]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_BODIES), st.sampled_from(_BODIES))
def test_pending_and_made_decisions_pair_only_by_their_decider(body: str, other: str) -> None:
    """The wait on a decision and a later decision pair when one decider names the other."""
    pending = supersede._pending(f"The {body} said it would set out its position after the meeting.")
    made = supersede._decisions(f"The {other} has decided to back the plan.")
    assert pending and made
    pairs = any(decider & who for decider, _ in pending for who, _ in made)
    assert pairs == bool(set(body.split()) & set(other.split()))


def test_a_denied_or_conditional_wait_is_no_pending_decision() -> None:
    assert supersede._pending("The council said it would not decide before the summer.") == []
    assert supersede._pending("The board said that if asked, it would give its view.") == []
    assert supersede._pending("The board said it would give its view before the vote.")
    assert supersede._decisions("The board could have decided otherwise.") == []


_FERRY_FALL = """Lake ferry traffic slumps

Published 4 May 2026

Passenger numbers on the Lindau lake ferries had fallen by 35 percent from last year after the spring floods closed two piers, the operator said.

The operator has laid up one of its four boats.
"""

_FERRY_BACK = """Lake ferries busy again

Published 30 June 2026

Passenger numbers have recovered to 90 percent of last year's level since the piers reopened, the operator said on Tuesday.
"""

_FREIGHT_BACK = """Lake freight recovers

Published 30 June 2026

Freight volumes have recovered to 90 percent of last year's level since the piers reopened, the operator said on Tuesday.
"""


def test_a_fall_a_later_report_says_recovered_leaves_the_briefs(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("a", {"01-fall.txt": _FERRY_FALL, "02-back.txt": _FERRY_BACK})
    assert any("had fallen by 35 percent" in text for text in _overtaken(ws))
    assert not any("had fallen by 35 percent" in text for text in printed(ws))
    # Another measure's recovery, or a recovery told before the fall, overtakes nothing.
    other = news_workspace("b", {"01-fall.txt": _FERRY_FALL, "02-freight.txt": _FREIGHT_BACK})
    assert not any("had fallen by 35 percent" in text for text in _overtaken(other))
    before = news_workspace("c", {"01-fall.txt": _FERRY_FALL, "02-back.txt": _FERRY_BACK.replace("30 June", "1 May")})
    assert not any("had fallen by 35 percent" in text for text in _overtaken(before))


def test_a_recovery_left_open_is_no_recovery() -> None:
    assert supersede._recoveries("Passenger numbers could have recovered to 90 percent by June.") == []
    assert supersede._recoveries("Passenger numbers have recovered to 90 percent of last year's level.") == [("passenger", "numbers")]


_BRIDGE_PLAN = """Kessel bridge heads for a vote

Published 3 March 2026

Works director Ana Ruiz said the regional assembly would take the final decision on the 90 million euro bridge scheme at its May session.

About 58 percent of residents backed the plan in a survey.
"""

_BRIDGE_APPROVED = """Assembly approves Kessel bridge

Published 22 May 2026

The regional assembly on Thursday approved the 90 million euro bridge scheme by 40 votes to 12.
"""


def test_a_final_decision_to_be_taken_leaves_the_briefs_once_the_body_approves(news_workspace: NewsWorkspace,
                                                                                printed: Printed) -> None:
    """"would take the final decision" is a decision still to be made, as "would make its decision" is."""
    ws = news_workspace("a", {"01-plan.txt": _BRIDGE_PLAN, "02-approved.txt": _BRIDGE_APPROVED})
    assert any("would take the final decision" in text for text in _overtaken(ws))
    assert not any("would take the final decision" in text for text in printed(ws))


def test_a_pending_choice_is_made_by_the_act_its_decider_did_not_do() -> None:
    """"The agency did not cap patient numbers" answers "would decide whether to cap": the act
    itself, by the same decider; another act, or a verb of saying, answers nothing."""
    pending = supersede._pending("Agency chair Ines Marchetti said the panel would also decide whether to cap "
                                 "the number of patients treated in the first year.")
    made = supersede._decisions("The agency did not cap patient numbers in the first year.")
    assert any(decider & who and matter & said for decider, matter in pending for who, said in made)
    for other in ("The agency did not say when it would publish the figures.",
                  "The agency did not publish patient numbers in the first year."):
        assert not any(decider & who and matter & said for decider, matter in pending
                       for who, said in supersede._decisions(other))


_OBSERVATORY_PLAN = """Dunmore observatory to close for refit

Published 8 June 2026

The Dunmore observatory will close in September for a refit that the university expects to finish in time for a reopening in May 2028, its director said.
"""

_OBSERVATORY_MOVED = """Dunmore observatory reopening delayed

Published 11 November 2026

The reopening of the Dunmore observatory has been pushed back to May 2029 after cracks were found in the dome, the university said on Tuesday.
"""

_MUSEUM_MOVED = """Dunmore museum delayed

Published 11 November 2026

The extension of the town museum has been pushed back to May 2029, the council said on Tuesday.
"""


def test_a_target_a_later_report_moves_without_saying_by_how_much_leaves_the_briefs(
        news_workspace: NewsWorkspace, printed: Printed) -> None:
    """"pushed back to May 2029" overtakes "a reopening in May 2028" of the same matter; a move of
    another matter overtakes nothing."""
    ws = news_workspace("a", {"01-plan.txt": _OBSERVATORY_PLAN, "02-moved.txt": _OBSERVATORY_MOVED})
    assert any("reopening in May 2028" in text for text in _overtaken(ws))
    assert not any("reopening in May 2028" in text for text in printed(ws))
    other = news_workspace("b", {"01-plan.txt": _OBSERVATORY_PLAN, "02-other.txt": _MUSEUM_MOVED})
    assert not any("reopening in May 2028" in text for text in _overtaken(other))
