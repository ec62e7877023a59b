"""A later value of something the story's event caused (a share price, a broker's target) is no
revision of the event: the brief still opens on the event, not on the consequence's new value;
and the lead weighs what the story's headlines name."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen.compose import _revises_value

NewsWorkspace = Callable[..., briefgen.Workspace]  # the conftest fixture news_workspace

FIRST = """Korvath hydrogen ferry fails sea trials

BERGVIK, June 2 (Coastwire) - Korvath Marine's hydrogen ferry Solveig failed its final sea trials on
Monday after a fuel cell stack overheated, delaying delivery to the Bergvik county ferry service, the
shipbuilder said.

Shares of Korvath Marine fell 14 percent to 61.40 crowns in Oslo after the announcement.

The county had planned to put the ferry into service in August.
"""
SECOND = """Korvath Marine names supplier fault, shares recover

BERGVIK, July 15 (Coastwire) - Korvath Marine said on Tuesday that a faulty coolant pump from an
outside supplier caused the fuel cell stack to overheat, and that the ferry would be delivered in
November.

Korvath Marine shares rose 9 percent to 66.90 crowns on the news.
"""
TOML = """["01-first.txt"]
publisher = "Coastwire"
date = "2026-06-02"

["02-second.txt"]
publisher = "Coastwire"
date = "2026-07-15"
"""


def test_a_later_share_price_does_not_take_the_lead_from_the_event(news_workspace: NewsWorkspace) -> None:
    # The story named as an analyst names it (its title in briefgen.toml); the lead is still the event.
    brief = news_workspace("ferry", {"01-first.txt": FIRST, "02-second.txt": SECOND, "sources.toml": TOML},
                           title="Korvath hydrogen ferry trial failure").compose("executive")
    lead = brief.sections[0].items[0].text
    assert "rose 9 percent" not in lead
    assert "Solveig" in lead or "fuel cell" in lead


def test_a_new_value_revises_only_a_statement_with_a_value_of_its_kind() -> None:
    assert not _revises_value("66.90 crowns", "The ferry failed its final sea trials on Monday.")
    assert _revises_value("66.90 crowns", "Shares closed at 61.40 crowns on Monday.")
    assert _revises_value("november 24", "The launch was set for November 10.")  # a date: no figure kind to ask
    assert _revises_value("overturned", "The court upheld the ban.")
    assert not _revises_value(None, "The court upheld the ban.")


@given(st.floats(min_value=1, max_value=999, allow_nan=False).map(lambda v: f"{v:.2f}"),
       st.sampled_from(["crowns", "dollars", "euros"]))
def test_a_money_value_never_revises_a_statement_without_figures(value: str, unit: str) -> None:
    assert not _revises_value(f"{value} {unit}", "The rocket failed to reach orbit on its second flight.")
