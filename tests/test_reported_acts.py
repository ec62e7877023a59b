"""A commentary's report of someone else's act is a fact the brief can carry (labelled with whose piece
it is), its own views are not (sections.reported_act, compose._Composer.reports_act); a lead that opens
on a time measured from an unnamed event gives way to the sentence it leans on (_Composer.time_anchor);
a page's publication line is no statement (sections.publication_line)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen import sections

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]


def test_a_third_partys_dated_act_is_reported_and_the_writers_view_is_not() -> None:
    assert sections.reported_act("On 12 May the Orvik Port Authority revoked the licence of the ferry operator.")
    assert sections.reported_act("Last week Tamsen Bakeries, the region's largest employer, closed two plants.")
    assert sections.reported_act("Corvane Mining said on April 3 that it would cut 80 of its 400 jobs.")
    assert not sections.reported_act("In our view the authority has made a costly mistake in 2026.")
    assert not sections.reported_act("We believe the port will lose 10 percent of its traffic.")
    assert not sections.reported_act("Shippers like to blame the authority.")  # no time, no figure, no act
    assert not sections.reported_act("Visitors to Orvik Harbour fell to 2,000 last year.")  # a measure, no one's act
    assert not sections.reported_act("Analysts revised 2027 forecasts.")  # a common noun opens it: no name


@given(st.sampled_from(["We", "I", "Our board"]), st.sampled_from(["closed", "sold", "suspended"]))
def test_a_first_person_sentence_is_never_a_reported_act(who: str, verb: str) -> None:
    assert not sections.reported_act(f"{who} {verb} the Orvik terminal on 3 June.")


def test_time_measured_from_an_unnamed_event_and_publication_lines() -> None:
    assert sections.leans_on_time("Within hours, the ministry announced a ban.")
    assert sections.leans_on_time("The next day the board resigned.")
    assert not sections.leans_on_time("The ministry announced a ban within hours of the vote.")
    assert sections.publication_line("Published 6 March 2026 by the City of Orvik, Department of Ports.")
    assert sections.publication_line("Last updated on 2 May 2026.")
    assert not sections.publication_line("Published figures for 2026 show exports fell by a third.")


_WIRE = """Orvik port fees rise as ferry dispute drags on

ORVIK, May 20 (Coastline Wire) - Talks between the Orvik port authority and the two island ferry operators ended on Tuesday without an agreement on berth fees, leaving the authority free to set the fees alone.

Within hours, the authority announced a rise of 18 percent in berth fees from July 1, the first increase since 2019.

Ferry operator Skerry Lines said the rise would add about 2 euros to the price of a crossing.
"""

_COLUMN = """The port is pricing the islands out

By Hedda Lund, chair of the Island Residents' Council.

On May 14 the Nordland Transport Board awarded the winter sailings contract to Fjord Ferries, ending Skerry Lines' 12-year run on the route.

We think the authority is treating islanders as a source of revenue. Our members cannot move their homes to the mainland.
"""

_LATER = """Island ferry fares to rise after port fee increase

ORVIK, May 27 (Coastline Wire) - Skerry Lines will raise fares by 6 percent from July 1, the operator said on Wednesday, after the Orvik port authority announced an 18 percent rise in berth fees.

The authority announced the rise in berth fees to pay for a new quay, its director said.
"""

_META = """
["02-column.txt"]
kind = "opinion"
publisher = "Island Residents' Council"
date = "2026-05-22"
"""


def _workspace(news_workspace: NewsWorkspace) -> briefgen.Workspace:
    ws = news_workspace("a", {"01-wire.txt": _WIRE, "02-column.txt": _COLUMN, "03-later.txt": _LATER})
    toml = Path(ws.config.root) / "sources" / "sources.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + _META, encoding="utf-8")
    return briefgen.open_workspace(ws.config.root)


def test_an_act_only_a_column_reports_reaches_an_event_section_labelled(news_workspace: NewsWorkspace) -> None:
    ws = _workspace(news_workspace)
    found = []
    for audience in ("executive", "investor", "policy"):
        profile = briefgen.audiences.load_profile(ws.config, audience)
        kinds = {spec.id: tuple(spec.kinds) for spec in profile.sections}
        brief = ws.compose(audience)
        for section in brief.sections:
            for item in section.items:
                if "awarded the winter sailings contract" in item.text:
                    found.append((kinds.get(section.id, ()), item))
                assert "We think" not in item.text or "Opinion" in item.label
    assert any("fact" in kinds for kinds, _item in found)  # told as what happened, not only as comment
    assert all("Opinion" in item.label and "Island Residents' Council" in item.label for _k, item in found)
