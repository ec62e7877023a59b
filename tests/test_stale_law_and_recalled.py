"""Three ways a later report overtakes an earlier state (supersede):
- a thing conditioned on a decision ("The levy, if approved, would raise ...") once a later report tells
  the decision made, either way (`restated_positions`, `_conditioned_thing`);
- a party's plan to go to law ("said it would challenge the permit in court") once a later report tells a
  step in that party's case taken (`_legal_plan`, `_tells_law_step`);
- a lasting state with a pronoun subject ("said it would stay shut"), read with the sentence before it, and
  a state a report recalls in the past perfect ("had said the pier could stay closed") beside its own
  sentence telling the state ended (`ended_states`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import briefgen
from briefgen.supersede import _conditioned_thing, _legal_plan, _tells_law_step, _tells_thing_decided

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace

_PLAN = """Dredging permit approved

Published 3 March 2026

TORLEY - The county planning board on Monday approved a permit for Torley Marina to dredge its outer basin, a scheme opposed by two wildlife groups.

Estuary Watch said it would challenge the permit in court, arguing the board had ignored a survey of wading birds.

The marina's tourist levy, if approved, would raise about 400,000 euros a year for harbour repairs, the marina said.

The slipway was damaged in a storm last month. Harbourmaster Ines Varga said it would stay closed for several weeks.

Dredging is planned to begin in May.
"""

_LATER = """Court halts Torley dredging

Published 20 March 2026

TORLEY - The county court on Thursday granted Estuary Watch an interim injunction halting dredging at Torley Marina until a full hearing in June.

Councillors rejected the marina's tourist levy on Wednesday by 14 votes to 9.

The slipway reopened on Tuesday after repairs finished early. The harbourmaster had said the slipway could stay closed for several weeks.

Marina manager Oskar Lind said bookings for the summer were up on last year.
"""

_UNDECIDED = """Torley dredging row goes on

Published 20 March 2026

TORLEY - A court challenge by Estuary Watch to the Torley Marina dredging permit is expected next month.

Councillors will vote on the marina's tourist levy on 2 April.

The marina's slipway remains closed, and Harbourmaster Ines Varga said repairs were going slowly.
"""


def test_a_plan_to_go_to_law_a_decided_condition_and_an_ended_state_are_overtaken(
        news_workspace: NewsWorkspace, overtaken_texts: Callable[[Any], list[str]]) -> None:
    gone = overtaken_texts(news_workspace("ws", {"01-plan.txt": _PLAN, "02-later.txt": _LATER}))
    assert any("would challenge the permit in court" in text for text in gone)
    assert any("if approved, would raise" in text for text in gone)
    assert any("it would stay closed for several weeks" in text for text in gone)
    # the later report's own recollection of the old state, beside its sentence of the reopening
    assert any("had said the slipway could stay closed" in text for text in gone)
    # what the later report tells is the story's state
    assert not any("slipway reopened" in text or "granted Estuary Watch" in text for text in gone)


def test_a_challenge_still_to_come_an_open_vote_and_a_closure_that_goes_on_overtake_nothing(
        news_workspace: NewsWorkspace, overtaken_texts: Callable[[Any], list[str]]) -> None:
    gone = overtaken_texts(news_workspace("ws", {"01-plan.txt": _PLAN, "02-later.txt": _UNDECIDED}))
    assert not any("challenge the permit" in text or "if approved" in text or "stay closed" in text for text in gone)


def test_which_statements_plan_to_go_to_law_and_which_reports_tell_a_step_in_the_case() -> None:
    party = _legal_plan("Conservation group Field Trust said it would challenge the decision in court.")
    assert party == {"field", "trust"}  # the word that only opens the sentence is no name
    assert _legal_plan("Norbury Council said it would appeal.") is not None
    assert _legal_plan("The Harbour Trust will appeal to ministers for funds.") is None
    assert _legal_plan("The Lind family said it would challenge the result at the next election.") is None
    assert _tells_law_step("A judge on Friday dismissed Field Trust's application for an injunction.", party)
    assert _tells_law_step("Field Trust said it had lodged an appeal with the High Court.", party)
    assert not _tells_law_step("Field Trust will file its case in court next week.", party)
    assert not _tells_law_step("Field Trust has not filed its court case.", party)
    assert not _tells_law_step("The court dismissed a challenge by the Farmers Union.", party)
    # an act outside the case, or told of the party in an aside, is no step in it
    assert not _tells_law_step("Field Trust said it would fight the cull in court, which began on Monday.", party)
    assert not _tells_law_step("Field Trust, which lost a court case in 2019, said it would sue.", party)


def test_which_conditions_a_later_decision_settles() -> None:
    condition = _conditioned_thing("The buyout bid, if accepted, would value the brewer at 2 billion euros.")
    assert condition == ({"buyout", "bid"}, "accept")
    assert _conditioned_thing("It, if approved, would double the fee.") is None
    assert _conditioned_thing("If approved, the fee would double.") is None
    grant = _conditioned_thing("Norbury's planning appeal, if granted, would let the works start in May.")
    assert grant is not None
    # a verb of answering a request decides it either way
    assert _tells_thing_decided("Inspectors on Monday rejected the planning appeal.", *grant)
    assert _tells_thing_decided("The appeal was granted on Friday.", *grant)
    assert not _tells_thing_decided("Inspectors will rule on the appeal next month.", *grant)
    assert not _tells_thing_decided("Inspectors granted a licence for the quarry.", *grant)
