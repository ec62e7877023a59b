"""An open step (a modal, "provisional", "instructed lawyers to") is overtaken by a later report of the
next stage of the same proceeding, and a predicted move of a quantity by its later measurement
(supersede._pending_step / _tells_later_stage, _predicted_quantity / _measures, in restated_positions)."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen import supersede

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]
Printed = Callable[..., list[str]]

_APPEAL = ("The Orchard Growers Union said it had hired lawyers to file an appeal with the Land Tribunal, "
           "arguing that the ministry had ignored soil surveys.")


def test_a_later_stage_of_the_same_proceeding_overtakes_the_step() -> None:
    step = supersede._pending_step(_APPEAL)
    assert step is not None
    assert supersede._tells_later_stage(
        "The Land Tribunal had been due to hear the Orchard Growers Union's appeal on Monday.", *step)
    assert supersede._tells_later_stage(
        "The Land Tribunal rejected the appeal brought by the Orchard Growers Union on Friday.", *step)
    # a restatement of the step, a stage still ahead, a denial, another actor: nothing
    assert not supersede._tells_later_stage(
        "The Orchard Growers Union said it would file an appeal with the Land Tribunal next month.", *step)
    assert not supersede._tells_later_stage(
        "The Orchard Growers Union had not filed any appeal with the Land Tribunal.", *step)
    assert not supersede._tells_later_stage(
        "The Vine Growers Guild lost its appeal at the Land Tribunal on Friday.", *step)
    assert not supersede._tells_later_stage("The Orchard Growers Union elected a new chair.", *step)


def test_provisional_figures_are_overtaken_by_their_check() -> None:
    step = supersede._pending_step(
        "Port director Elin Sand said the tonnage figures were provisional and would be audited by the harbour board.")
    assert step is not None
    assert supersede._tells_later_stage("An audit by the harbour board found the port had overstated tonnage.", *step) \
        or supersede._tells_later_stage("The harbour board audited the tonnage figures, the port said.", *step)
    assert supersede._pending_step("The council voted 30 to 12 on Tuesday.") is None  # nothing left open


def test_a_predicted_move_is_overtaken_by_its_measurement() -> None:
    quantity = supersede._predicted_quantity("Hoteliers warned that bookings would drop as the levy took effect.")
    assert quantity == {"book"} or quantity and len(quantity) == 1
    assert supersede._measures("Bookings in August were down 7 percent on a year earlier, the board said.", quantity)
    assert supersede._measures("Bookings rose 2 percent in August.", quantity)  # a wrong prediction is overtaken too
    assert not supersede._measures("Bookings could fall 7 percent next year.", quantity)
    assert not supersede._measures("Room rates were up 7 percent.", quantity)
    # a named subject is no quantity
    assert supersede._predicted_quantity("Analysts said Tellby would rise in the rankings.") is None


@given(st.sampled_from(["Umber", "Quillon", "Brask"]), st.integers(min_value=1, max_value=90))
def test_another_quantitys_measurement_overtakes_nothing(name: str, percent: int) -> None:
    quantity = supersede._predicted_quantity(f"Merchants in {name} warned that footfall would fall.")
    assert quantity
    assert not supersede._measures(f"Parking revenue in {name} was down {percent} percent.", quantity)
    assert supersede._measures(f"Footfall in {name} was down {percent} percent.", quantity)


_FIRST = """Growers challenge orchard land rezoning

Published 3 February 2026

VELDA - The farm ministry on Tuesday rezoned 4,000 hectares of orchard land in the Velda valley for housing.

The Orchard Growers Union said it had hired lawyers to file an appeal with the Land Tribunal, arguing that the ministry had ignored soil surveys.

Estate agents warned that land prices would rise across the valley.
"""

_LATER = """Tribunal hears orchard appeal

Published 9 June 2026

VELDA - The Land Tribunal on Monday heard the Orchard Growers Union's appeal against the rezoning and reserved its ruling.

Land prices in the valley were up 11 percent in May on a year earlier, the farm ministry said.
"""


def test_steps_and_predictions_a_later_report_overtook_leave_the_brief(news_workspace: NewsWorkspace,
                                                                        printed: Printed) -> None:
    ws = news_workspace("a", {"01-first.txt": _FIRST})
    assert any("hired lawyers to file an appeal" in text for text in printed(ws, cited=True))
    ws = news_workspace("b", {"01-first.txt": _FIRST, "02-later.txt": _LATER})
    shown = printed(ws, cited=True)
    assert not any("hired lawyers to file an appeal" in text for text in shown)
    assert not any("land prices would rise" in text for text in shown)
    assert any("reserved its ruling" in text for text in shown)


def test_a_possessor_of_another_noun_is_not_the_actor_who_took_the_step() -> None:
    # "The council's transport partner ... has argued ...": the partner acts, not the council; the
    # council's own act, or its step's noun, named by the possessive still tells the stage
    step = supersede._pending_step("The city council will close the Harbour Road depot by June, Mayor Ada Brenn said.")
    assert step is not None
    assert not supersede._tells_later_stage(
        "The city council's transport partner, the Ferry League, has long argued for selling the Harbour Road depot, "
        "and the closure buys time.", *step)
    assert supersede._tells_later_stage("The city council's closure of the Harbour Road depot was completed "
                                        "on Friday.", *step)
