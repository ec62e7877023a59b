"""A level told as held so far ("has so far kept the radius at 3 km") is overtaken once a later
dated report tells it changed ("extended the radius to 10 km"); advice or a plan to change it is
no change. A holder told to keep its value ("did not change its estimate", "stood by the figure")
corrects nothing, whatever a challenger calls the true figure."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen.notes.figures import corrects
from briefgen.supersede import changed_values, held_values

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed


def test_held_values_are_the_values_after_a_verb_of_holding() -> None:
    said = ("The veterinary service has urged the ministry to widen the quarantine radius to 10 km, "
            "but the minister has so far kept it at 3 km, officials said.")
    assert [f.text for f in held_values(said)] == ["3 km"]
    assert held_values("The quarantine radius is 3 km.") == []


def test_changed_values_need_a_change_told_as_done() -> None:
    assert [f.text for f in changed_values("The ministry extended the quarantine radius around the farm to 10 km on Friday.")] == ["10 km"]
    assert changed_values("Vets advised the ministry to extend the quarantine radius to 10 km.") == []
    assert changed_values("The ministry could extend the quarantine radius to 10 km.") == []


def test_a_holder_keeping_its_value_is_no_correction() -> None:
    assert not corrects("The board did not change its forecast of 12,000 visitors, despite a challenge "
                        "from traders who say the true figure is nearer 7,000.")
    assert not corrects("The mayor stood by the figure of 12,000 visitors.")
    assert not corrects("The board maintained its earlier estimate of 12,000 visitors.")
    assert corrects("Traders say the true figure is nearer 7,000.")  # a correction claim with no holder keeping its own
    assert corrects("Correction: An earlier version of this story said 12,000 visitors; the board did not change its "
                    "estimate of 11,000.")


_FIRST = """Quarantine row grows over Delby poultry farm outbreak

Published 3 May 2025

DELBY - The veterinary service has urged the farm ministry to widen the quarantine radius around the Delby poultry farm to 10 km, but minister Carla Ostrow has so far kept the quarantine radius at 3 km, officials said on Saturday.

About 40,000 birds were culled at the farm on Friday after tests confirmed Newcastle disease.

Egg producers said the outbreak could cost the region several million euros.
"""

_LATER = """Ministry widens Delby quarantine after second outbreak

Published 6 May 2025

DELBY (Farm Wire) - The farm ministry extended the quarantine radius around the Delby poultry farm to 10 km on Tuesday after a second flock tested positive for Newcastle disease.

Minister Carla Ostrow said movement of birds inside the zone would need a licence.

Egg producers welcomed the decision.
"""


def test_a_level_held_so_far_goes_once_a_later_report_changes_it(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("ws", {"01-courier.txt": _FIRST, "02-wire.txt": _LATER})
    text = "\n".join(printed(ws))
    assert "10 km" in text
    assert "kept the quarantine radius at 3 km" not in text


def test_a_held_level_stays_when_no_later_report_changes_it(news_workspace: NewsWorkspace, printed: Printed) -> None:
    later = _LATER.replace("extended the quarantine radius around the Delby poultry farm to 10 km",
                           "was still considering the quarantine radius around the Delby poultry farm")
    ws = news_workspace("ws", {"01-courier.txt": _FIRST, "02-wire.txt": later})
    assert any("kept the quarantine radius at 3 km" in line for line in printed(ws))
