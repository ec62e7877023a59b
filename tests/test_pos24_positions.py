"""Stakeholder rows hold positions (pos24): a holder's own stance in a reported clause names a speaker,
a reassurance, a forecast of a thing or a model's assumption is no position, and the story's central
actors come before side actors. Invented text only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import briefgen
from briefgen import sections
from briefgen.notes import features

NewsWorkspace = Callable[..., briefgen.Workspace]  # the conftest fixture news_workspace


@pytest.mark.parametrize(("text", "holder"), [
    ("The Tarn Valley Growers' Association said it supported a later harvest but opposed any cap on water.",
     "Tarn Valley Growers' Association"),
    ("Velmora Shipping said on Monday it was reviewing its legal options after the port board ruled.",
     "Velmora Shipping"),
    ("Pellam Holdings has told the bondholders it will not inject more capital, according to two people.",
     "Pellam Holdings"),
    ("Mayor Ines Castell's office said the mayor backed the tenants but wanted the landlord to stay.",
     "Mayor Ines Castell's office"),
    ("The Hollin nurses' union, which represents about 4,200 nurses, called on ministers to fund the wards.",
     "Hollin nurses' union"),
])
def test_a_holders_own_stance_in_what_it_said_names_the_holder(text: str, holder: str) -> None:
    found = features.find_speaker(text)
    assert found is not None and found.name == holder


@pytest.mark.parametrize("text", [
    "Velmora Shipping said the port board opposed the plan.",  # someone else's stance it reports
    "The Ardent Council said 40 houses were flooded.",
    "Velmora Shipping said on Monday it will take years to rebuild the quay.",  # an impersonal "it will"
])
def test_a_reported_fact_or_anothers_stance_names_no_holder(text: str) -> None:
    assert features.find_speaker(text) is None


@pytest.mark.parametrize("text", [
    "The operator said services at its depots were \"stable\" and that passengers would not be affected.",
    "Its chief executive said the firm remained confident of finding a buyer for the depots.",
    "The minister said the department was monitoring the situation closely and that schools had "
    "contingency plans in place.",
    "The grid authority said power demand from the smelters was forecast to double by 2031.",
    "The housing agency said rents in the capital were expected to rise 6% next year.",
])
def test_reassurance_and_forecasts_of_a_thing_are_no_position(text: str) -> None:
    assert not sections.position(text)


@pytest.mark.parametrize("text", [
    "The operator said services were stable but it would not run the night routes without a subsidy.",
    "The minister said costs were expected to rise and that she would not approve the scheme.",
    "The union said members demanded a vote on the offer.",
    "The growers said they opposed any cap on water.",
])
def test_a_stance_beside_reassurance_or_forecast_stays_a_position(text: str) -> None:
    assert sections.position(text)


def test_a_models_assumption_is_no_writers_thesis() -> None:
    assert features.writers_thesis("Our base case assumes the depots are re-let within a year at rents "
                                   "8% lower, which would cut our forecast by 3%.") == 0
    assert features.writers_thesis("We think the sell-off overstates the risk to the landlord.") == 2
    assert features.writers_thesis("Our view is that the sale will close by June.") == 2


_WIRE = """Velmora port operator faces strike over night shifts

Published 3 February 2026

Dockers at the Velmora container port will strike next week after talks over night-shift pay failed, the Harbour Workers Union said on Monday.

The Velmora Port Company said it rejected the union's claim for a 12% rise and would keep the port open with managers.

Transport minister Oskar Lind said the government wanted both sides back at the table and would appoint a mediator if needed.

The Velmora Chamber of Trade said it feared shortages in shops and urged a quick settlement.

The Coastal Kayak Club said it welcomed a quieter harbour at night.
"""

_LATER = """Velmora strike talks to resume

Published 5 February 2026

Talks between the Velmora Port Company and the Harbour Workers Union will resume on Thursday, the port company said.

Oskar Lind said the government would not pay for a settlement.

The Harbour Workers Union said it would call off the strike only if the 12% rise was agreed.
"""

_TRADE = """Port strike: what it means for shippers

Published 4 February 2026

The Velmora Port Company handles 40% of the region's containers. The Harbour Workers Union represents 1,900 dockers.

Shippers said the government should step in if the strike lasts more than a week.
"""


def test_central_actors_rows_come_before_side_actors(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("a", {"01-wire.txt": _WIRE, "02-trade.txt": _TRADE, "03-later.txt": _LATER},
                        title="Velmora port strike")
    brief = ws.compose("policy")
    rows = [item.speaker for section in brief.sections if section.style == "positions" for item in section.items]
    central = [i for i, row in enumerate(rows) if "Lind" in row or "Velmora Port" in row or "Harbour Workers" in row]
    side = [i for i, row in enumerate(rows) if "Chamber" in row or "Kayak" in row]
    assert len(central) >= 2 and side, rows  # the minister and the union (named by every source) and side bodies
    assert max(central) < min(side), rows
