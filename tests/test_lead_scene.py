"""A feature's scene-setting opener (a place, a present state, a person's circumstances: "In the
reading room of the Elm Street library, three pensioners sit at a long table") reports no news: it is
never the story's central event, never the brief's first statement, never a key point of the opening
section, however many of the story's words it carries."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import briefgen
from briefgen import sections

NewsWorkspace = Callable[..., briefgen.Workspace]  # the conftest fixture news_workspace

WIRE = """Harrowgate council votes to close nine libraries

HARROWGATE, May 4 (Northwire) - Harrowgate county council on Monday voted to close nine of its
23 public libraries by the end of September to save 2.4 million pounds a year, the council said.

The libraries to close include the Elm Street library in Kessock, the county's oldest.

Council leader Mara Quinn said the decision was "painful but unavoidable".
"""
FEATURE = """The last chapter for Kessock's library

By Ivo Marsh, Kessock Times, 5 May 2026

In the reading room of the Elm Street library in Kessock, three pensioners wrapped in winter
coats sit at a long oak table under the tall windows of the nine libraries' oldest branch.

Harrowgate county council voted on Monday to close the Elm Street library with eight others.

Volunteers have collected 4,000 signatures against the closures of the libraries.
"""
UPDATE = """Harrowgate libraries face legal challenge

HARROWGATE, May 7 (Northwire) - A residents' group said on Thursday it would ask the High Court to
review Harrowgate county council's decision to close nine libraries, which it says broke the county's
duty to consult.

The council said it would defend the decision.
"""
TOML = """["01-wire.txt"]
publisher = "Northwire"
date = "2026-05-04"

["02-feature.txt"]
publisher = "Kessock Times"
date = "2026-05-05"

["03-update.txt"]
publisher = "Northwire"
date = "2026-05-07"
"""


def test_a_feature_s_scene_never_stands_in_the_opening_section(news_workspace: NewsWorkspace) -> None:
    brief = news_workspace("libraries", {"01-wire.txt": WIRE, "02-feature.txt": FEATURE, "03-update.txt": UPDATE,
                                         "sources.toml": TOML}, title="Harrowgate library closures").compose("executive")
    opening = [item.text for item in brief.sections[0].items]
    assert opening, "the opening section is empty"
    assert not any("reading room" in text for text in opening)
    assert "close" in opening[0]


@pytest.mark.parametrize("text", [
    "On Piet Ostrander's farm outside Velle, 30 tonnes of seed potatoes dusted with fungicide sit in crates in a barn.",
    "In the reading room of the old library, three pensioners wrapped in coats sit at a long table.",
    "At the harbour, the car park was empty except for a line of gulls.",
    "Rosa Delacroix was hanging out her washing when the sirens started.",
])
def test_scenes(text: str) -> None:
    assert sections.scene_setting(text)


@pytest.mark.parametrize("text", [
    "In Brussels, the Commission approved the merger on Monday.",
    "On Monday, the authority suspended the approval.",
    "In a statement, the ministry suspended the licence.",
    "At the port, the ships were stranded by the storm.",
    "In the tunnel, water rose to nearly a metre above the rails.",
    "At the hearing, the company said it would appeal.",
    "In Haverstad, the court is expected to rule next week.",
    "In Wenlow, Agrisant asks the court to suspend the decision.",
    "At the plant, workers walked out after managers announced cuts.",
    "In the north, 12 schools closed.",
    "Harrowgate county council on Monday voted to close nine of its 23 public libraries.",
])
def test_news_with_a_place_is_no_scene(text: str) -> None:
    assert not sections.scene_setting(text)
