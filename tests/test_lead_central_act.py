"""The brief opens on the story's central event in its latest state: a news report's lede that
announces its actor's decision ("Vestland will impose a levy ...") is the event even though its verb
is in the future; a sentence that adds to something told before it ("... has also asked ...") neither
makes the central event nor opens a brief; a later report's lede by the same actor on the same thing
gives its latest state."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen.notes.context import points_back
from briefgen.sections import announced_event, leans_on_another
from briefgen.workspace import init_workspace

FIRST = """Vestland to levy cruise passengers

BERGEN, June 2 (Coastwire) - Vestland will impose a 12% levy on cruise ship passengers landing at
its three largest ports from Aug. 1, County Governor Siri Holm said on Tuesday, in a bid to fund
repairs to quays and harbour roads.

The levy is expected to raise about 140 million crowns a year, Holm said.

Shares in the cruise operator Nordic Sail fell 4% in Oslo.
"""
SECOND = """Cruise lines protest Vestland levy

OSLO - The association of cruise lines has also asked the transport ministry to block the Vestland
levy on cruise passengers, saying it breaks port agreements.

The association said three lines had already cancelled calls at Bergen for next summer.
"""
THIRD = """Vestland delays cruise levy

BERGEN, June 19 (Coastwire) - Vestland will delay its 12% levy on cruise ship passengers to Jan. 1
from Aug. 1 and exempt ships under 5,000 tonnes, County Governor Siri Holm said on Friday.

The cruise lines' association welcomed the delay.
"""
TOML = """["01-first.txt"]
publisher = "Coastwire"
date = "2026-06-02"

["02-second.txt"]
publisher = "Harbour Post"
date = "2026-06-04"

["03-third.txt"]
publisher = "Coastwire"
date = "2026-06-19"
"""


def _brief(tmp_path: Path, files: dict[str, str], audience: str = "executive") -> briefgen.models.Brief:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    for name, text in files.items():
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    return briefgen.open_workspace(workspace).compose(audience)


def test_the_brief_opens_on_the_actors_latest_decision_not_an_additive_sentence(tmp_path: Path) -> None:
    files = {"01-first.txt": FIRST, "02-second.txt": SECOND, "03-third.txt": THIRD, "sources.toml": TOML}
    for audience in ("executive", "investor", "policy"):
        lead = _brief(tmp_path / audience, files, audience).sections[0].items[0].text
        assert "will delay its 12% levy" in lead, (audience, lead)


def test_without_the_update_the_brief_opens_on_the_announced_decision(tmp_path: Path) -> None:
    brief = _brief(tmp_path, {"01-first.txt": FIRST, "02-second.txt": SECOND, "sources.toml": TOML})
    lead = brief.sections[0].items[0].text
    assert "will impose a 12% levy" in lead
    assert not any(" also " in item.text for item in brief.sections[0].items[:1])


def test_announced_event_reads_a_named_actors_decision() -> None:
    found = announced_event("Vestland will impose a 12% levy on cruise ship passengers, the governor said.")
    assert found is not None and found[0] == "impose" and "vestland" in found[1]
    assert announced_event("The Tessel Port Authority will close the outer berth from May 4.") is not None
    assert announced_event("The levy will raise about 140 million crowns a year.") is None  # no named actor
    assert announced_event("Vestland will be the first county to tax cruise visitors.") is None  # no act
    assert announced_event("Holm said Vestland will impose a levy.") is None  # not the main clause's subject


def test_leans_on_another_reads_additive_and_contrastive_main_clauses() -> None:
    assert leans_on_another("The association has also asked the ministry to block the levy.")
    assert leans_on_another("However, the governor said the levy would stay.")
    assert leans_on_another("The union, however, said members would keep working.")
    assert leans_on_another("Nordic Sail cancelled two calls as well.")
    assert not leans_on_another("Vestland will impose a levy, which also covers ferries, from Aug. 1.")
    assert not leans_on_another("The levy is too high for small lines, the association said.")


def test_a_date_that_states_its_value_points_back_to_nothing() -> None:
    assert not points_back("Halden Rail expects to reopen the line in May, later than the March date it gave last week.")
    assert points_back("Halden Rail expects to reopen the line in May, later than the date it gave last week.")


@given(st.sampled_from(["Vestland", "The Skarvik Council", "Norsk Ferje", "The Port of Tromsø"]),
       st.sampled_from(["impose", "cut", "close", "delay", "raise"]))
def test_announced_event_keeps_its_actor(actor: str, verb: str) -> None:
    found = announced_event(f"{actor} will {verb} the harbour fee for cruise ships from next year, officials said.")
    assert found is not None and found[0] == verb
    assert actor.split()[-1].lower() in found[1]


def test_a_body_named_by_a_common_noun_announces_a_decision() -> None:
    from briefgen import sections

    # a named speaker announces the body's act on a thing: a decision the story may be about
    assert sections.announced_event(
        "The city council will close the Harbour Road depot by June, Mayor Ada Brenn said on Monday.") is not None
    # a measure's reach is no act; nor is a body's plan no one is said to announce
    assert sections.announced_event("The levy will cover 40 products, Trade Minister Ivo Sand said.") is None
    assert sections.announced_event("The city council will close the Harbour Road depot by June.") is None
