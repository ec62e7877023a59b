"""The latest state of a developing story wins (issue 10, item 3), by one mechanism:

(a) a source that states no date and names none is placed among the dated ones by the counts it
    shares with them, when the dated values move one way (`notes.placing`); placed, its value is
    overtaken by a later report's like any other;
(b) for a measure, the current value is the latest placed report's, even one no note quotes;
    earlier values are history ("up from"), never a Key figures current value nor a statement;
(c) a value tied to something the story says was rejected, withdrawn or replaced is no current
    value (`supersede.turned_down`).

Each rule has two clusters of its own, worded differently, on subjects of their own."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen.models import Figure
from briefgen.notes.figures import find_figures
from briefgen.supersede import denied, reports_one, tells_state, turned_down

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]
Printed = Callable[..., list[str]]


def _rows(ws: briefgen.Workspace, audience: str = "investor") -> list[tuple[str, str, tuple[str, ...]]]:
    brief = ws.compose(audience)
    return [(item.figure.text, item.figure.measures, tuple(e.text for e in item.earlier))
            for section in brief.sections if section.style == "figures" for item in section.items
            if item.figure is not None]


def _estimated(ws: briefgen.Workspace, name: str) -> str:
    return next(doc.meta.estimated for doc in ws.notes().sources if doc.path.endswith(name))


# --- an earthquake: a toll that only rises, and an undated aid agency's update ---------------

_QUAKE_1 = """Quake in northern highlands kills dozens

Published 3 June 2025

TARVEN (Highland Wire) - The death toll from Monday's earthquake in the northern highlands rose to 41 on Monday, the national disaster agency said, as rescuers dug through collapsed homes in the town of Tarven.

The agency said roads into the valley were blocked by landslides and that army helicopters were flying in food and tents.
"""

_QUAKE_2 = """Rescuers race to reach cut-off villages as quake toll climbs

Published 4 June 2025

TARVEN (Highland Wire) - The death toll from the earthquake climbed to 96 on Tuesday, the disaster agency said, after teams reached three villages cut off since the quake.

Engineers began inspecting the Tarven dam for cracks, the regional governor said.
"""

_QUAKE_3 = """Quake toll passes 150 as aid arrives

Published 6 June 2025

TARVEN (Highland Wire) - The death toll rose to 152 on Thursday, the disaster agency said, as the first foreign aid flights landed at the regional airport.

The government said it would rebuild every school damaged by the quake before the new school year.
"""

_QUAKE_NGO = """HIGHLAND RELIEF NETWORK
Field update

The death toll has reached 120, according to the national disaster agency, and thousands of families are sleeping outdoors.

Our teams have distributed 2,400 tents and run four field clinics in the Tarven valley.

We urge donors to give cash rather than goods, which clog the single open road.
"""


def test_an_undated_update_is_placed_by_the_toll_it_shares_and_yields_to_later_reports(
        news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("quake", {"01-day1.txt": _QUAKE_1, "02-day2.txt": _QUAKE_2, "03-day4.txt": _QUAKE_3,
                                  "04-relief-update.txt": _QUAKE_NGO})
    assert _estimated(ws, "04-relief-update.txt") == "2025-06-04"  # after the 96, before the 152
    tolls = [row for row in _rows(ws) if "death toll" in row[1]]
    assert [row[0] for row in tolls] == ["152"]
    assert tolls[0][2][-1] == "96"  # the dated history; the estimated 120 is no current value either
    assert not any("reached 120" in text for text in printed(ws))


# --- a power cut: a count that only falls, the undated notice named by "remain" ---------------

_POWER_1 = """Storm leaves 84,000 homes without power

Published 10 January 2026

The number of customers without power stood at 84,000 on Saturday after gales brought down lines across the county, Northfield Electric said.

Crews from three neighbouring utilities were on their way, the company said.
"""

_POWER_2 = """Power restored to thousands, but rural areas wait

Published 11 January 2026

Northfield Electric said the number of customers without power fell to 47,000 on Sunday as crews repaired the main transmission lines.

Schools in the north of the county will stay closed on Monday, the council said.
"""

_POWER_3 = """Last homes reconnected after storm outage

Published 13 January 2026

Northfield Electric said the number of customers without power dropped to 3,100 on Tuesday, most of them in remote farms.

The regulator said it would review how quickly the company restored supplies.
"""

_POWER_NOTICE = """NORTHFIELD ELECTRIC - Customer notice

The number of customers without power is now about 61,000, and crews are working through the night.

Customers who depend on electrical medical equipment should call the priority line.
"""


def test_an_undated_notice_is_placed_by_a_falling_count_and_never_leads(news_workspace: NewsWorkspace,
                                                                       printed: Printed) -> None:
    ws = news_workspace("power", {"01-sat.txt": _POWER_1, "02-sun.txt": _POWER_2, "03-tue.txt": _POWER_3,
                                  "04-notice.txt": _POWER_NOTICE})
    assert _estimated(ws, "04-notice.txt") == "2026-01-10"  # after the 84,000, before the 47,000
    current = [row[0] for row in _rows(ws) if "without power" in row[1] or "customers" in row[1]]
    assert "61,000 customers" not in current and "About 61,000 customers" not in current
    assert not any("61,000" in text for text in printed(ws))
    first = ws.compose("executive").sections[0].items[0].text
    assert "61,000" not in first


def test_a_count_that_moves_both_ways_places_nothing(news_workspace: NewsWorkspace) -> None:
    back_up = _POWER_3.replace("dropped to 3,100", "rose again to 52,000")
    ws = news_workspace("both", {"01-sat.txt": _POWER_1, "02-sun.txt": _POWER_2, "03-tue.txt": back_up,
                                 "04-notice.txt": _POWER_NOTICE})
    assert _estimated(ws, "04-notice.txt") == ""  # 84,000, 47,000, 52,000: no single direction


# --- (b) the latest report wins, as told by a change or a state --------------------------------

def test_a_later_state_sentence_updates_a_count_and_another_event_of_the_measure_does_not() -> None:
    assert tells_state("Six people remain missing.")
    assert tells_state("The official toll rose to 23 after two more bodies were found.")
    assert not tells_state("The institute recorded 146 aftershocks, the strongest of them a magnitude 5.4 tremor.")


def test_a_level_a_change_went_to_measures_what_changed() -> None:
    rose = find_figures("Harlow Foods shares rose 4.2 per cent to close at 318p on Friday.")
    assert [(f.text, f.measures) for f in rose][1] == ("318p", "Harlow Foods shares")
    fell = find_figures("Output fell 3% to stand at 1,240 tonnes a week.")
    assert fell[1].measures == "Output"


# --- (c) a rejected, withdrawn or replaced proposal's value is no current value ----------------

def _fig(sentence: str, text: str) -> Figure:
    return next(f for f in find_figures(sentence) if f.text == text)


def test_the_value_of_a_rejected_or_withdrawn_proposal_is_history() -> None:
    said = "The board of Halden Stores turned down an unsolicited 182 pence a share approach from Corvex."
    assert turned_down(said, _fig(said, "182 pence a share"))
    said = "Marrow Group's first bid of $31 a share, which was withdrawn in May, valued the chain at $2.1 billion."
    assert turned_down(said, _fig(said, "$31 a share"))
    before = "The council rejected the mayor's budget plan on Tuesday."
    said = "The plan proposed spending of £84 million on roads."
    assert turned_down(said, _fig(said, "£84 million"), before)
    said = "Its offer valued the airline at €3.4 billion."
    assert turned_down(said, _fig(said, "€3.4 billion"), "Shareholders voted down Avanti's offer.")
    said = "Shares dropped 5% to 200p after residents abandoned 400 homes."
    assert not any(turned_down(said, figure) for figure in find_figures(said))
    # a new proposal's value after a rejection is current; so is one only near a rejection
    said = "Corvex raised its offer to 205 pence a share."
    assert not turned_down(said, _fig(said, "205 pence a share"), "The board rejected the first offer.")
    said = "Sales rose 4% in the quarter, the company said, after it rejected calls for a break-up."
    assert not turned_down(said, _fig(said, "4%"))


_RETAIL_1 = """Halden Stores rejects takeover approach

Published 2 September 2025

LEEDS (City Wire) - Halden Stores on Monday rejected an unsolicited 182 pence a share cash proposal from US investment firm Corvex Partners, saying it undervalued the grocer.

The proposal valued Halden at about £905 million, a premium of 24 percent to the closing price.

Corvex said it was considering its options.
"""

_RETAIL_2 = """Corvex returns with higher offer for Halden

Published 9 September 2025

LEEDS (City Wire) - Corvex Partners on Tuesday made a revised proposal of 205 pence a share for Halden Stores, valuing the grocer at about £1.02 billion.

Halden's board said it would consider the revised proposal and had opened talks with Corvex.
"""


def test_a_rejected_offers_value_is_no_key_figure(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("retail", {"01-first.txt": _RETAIL_1, "02-second.txt": _RETAIL_2})
    current = [row[0] for row in _rows(ws)]
    assert not any("905" in text for text in current)
    assert not any(text.startswith("182") for text in current)


# --- a denial that another one exists, overtaken by a later report of one -----------------------

def test_a_denial_of_another_one_is_overtaken_only_by_a_report_of_that_thing() -> None:
    bidders = denied('The chairman said the miner had "no other bidders" for the copper project.')
    assert reports_one("A second bidder, Oruro Metals, lodged a rival offer on Friday.", bidders)
    assert not reports_one("No bidder has come forward since.", bidders)
    assert not reports_one("A rival bidder could emerge, analysts said.", bidders)
    cases = denied("The health board said no new cases of the infection had been found since Monday.")
    assert reports_one("The board confirmed a new case at a care home in Dunmore.", cases)
    owned = denied("The fund said it owns no other port or logistics businesses in the region.")
    assert not reports_one("The rival already owns Baltic Freight, a trucking business.", owned)
    # a claim of none that another party disputes is no "no other" and never overtaken this way
    assert denied("Residents said they had received no warning of the release.") == set()
    assert denied("The minister promised that no other family will be left without a home.") == set()


_MINE_1 = """Andes Copper agrees sale of Pira project

Published 3 February 2026

LIMA (Mining Wire) - Andes Copper said on Monday it had agreed to sell its Pira copper project to Kestrel Resources for $420 million.

Chief executive Rosa Quispe told analysts the company had received "no other bidders" for the project and expected the deal to close in June.
"""

_MINE_2 = """Rival bid emerges for Pira copper project

Published 10 February 2026

LIMA (Mining Wire) - A rival bidder, Oruro Metals, has lodged a $465 million offer for the Pira copper project, Andes Copper said on Monday.

Andes Copper said its board would consider the Oruro proposal under the terms of its agreement with Kestrel.
"""


def test_a_denied_rival_is_no_statement_once_a_later_report_names_one(news_workspace: NewsWorkspace,
                                                                     printed: Printed) -> None:
    ws = news_workspace("mine", {"01-sale.txt": _MINE_1, "02-rival.txt": _MINE_2})
    assert not any("no other bidders" in text for text in printed(ws))
    alone = news_workspace("alone", {"01-sale.txt": _MINE_1})
    assert any("no other bidders" in text for text in printed(alone))
