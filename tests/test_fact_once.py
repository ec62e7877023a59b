"""Each fact once per brief: a Key figures row whose value a printed statement tells gives way to
it (the next quantity takes the row, the statement takes the row's sources), the story's headline
number included, and a report's lead
and the quote that says its figure again are one fact. Sequences of builds over small clusters."""

from __future__ import annotations

import re
from typing import Any

from briefgen.models import Brief, Item

_FERRY = {
    "01-coast.txt": """Harbour Ferries to cut 320 jobs
Coast Herald, 2 June 2026

Harbour Ferries said on Monday it would cut 320 jobs and sell two of its six vessels after a second year of losses.
The operator lost £18.5 million in the year to March, up from £11 million a year earlier.
Chief executive Mairi Duncan said the route to the northern isles would keep its daily sailing.
The company carried 1.2 million passengers last year.
""",
    "02-wire.txt": """Ferry operator confirms 320 job cuts
Island Wire, 3 June 2026

Harbour Ferries confirmed it will cut 320 jobs, about a quarter of its staff.
The RMT union said it would ballot members on strike action over the cuts.
Shares in the operator fell 6% to 140 pence on Tuesday.
""",
    "03-gazette.txt": """Islanders fear ferry cuts
Isles Gazette, 4 June 2026

Harbour Ferries will cut 320 jobs, the company said this week.
The islands council said it would ask the government for £4 million to keep winter sailings.
Tourism operators said bookings for July were 15% below last year.
""",
}

_RENT = {
    "01-city.txt": """Landlord draws line on rent cap
City Bulletin, 9 October 2026

The city's largest landlord, Northgate Homes, will not accept any rent cap below 4% a year, it said on Thursday.
"We will fight any cap under 4% in the courts if we have to," chief executive Olu Adeyemi said.
The council proposes to cap increases on 41,000 private tenancies from April.
Tenant groups said rents had risen 22% in three years.
""",
    "02-radio.txt": """Rent cap vote set for November
Metro Radio News, 10 October 2026

Councillors will vote on the rent cap on 12 November.
Northgate Homes owns about 9,500 of the city's private rental homes.
The council's housing lead, Priya Nandakumar, said the cap would cover 41,000 tenancies.
""",
}


def _sources(brief: Brief) -> dict[int, str]:
    return {citation.number: citation.source_id for citation in brief.citations}


def _statements(brief: Brief) -> list[Item]:
    return [side for section in brief.sections if section.style != "figures" for item in section.items
            for side in (item, item.other) if side is not None and not side.see]


def _rows(brief: Brief) -> list[Item]:
    return [item for section in brief.sections if section.style == "figures" for item in section.items]


def _told_once(brief: Brief) -> None:
    """No row whose value a printed statement gives as written, the headline's number included; a row
    that adds an earlier value the statement does not give ("up from £11 million") may stay."""
    texts = [item.text for item in _statements(brief)]
    for row in _rows(brief):
        assert row.figure is not None
        if row.earlier:
            continue
        number = re.escape(row.figure.text.split()[0])
        assert not any(re.search(rf"(?<![\d.,]){number}(?![\d,])", text) for text in texts), \
            (brief.meta.audience, row.figure.text)


def test_a_figure_the_text_tells_is_no_row_and_keeps_its_sources(news_workspace: Any) -> None:
    ws = news_workspace("ferry", {})
    for step, name in enumerate(_FERRY, start=1):
        (ws.config.root / "sources" / name).write_text(_FERRY[name], encoding="utf-8")
        for audience in ("executive", "investor", "policy"):
            brief = ws.compose(audience)
            _told_once(brief)
            holders = [item for item in _statements(brief) + _rows(brief)
                       if "320 jobs" in item.text or item.figure is not None and item.figure.value == 320]
            if not holders:
                continue
            # told once, and with as many sources as the profile lets a statement cite
            first = holders[0]
            limit = 2 if audience == "executive" else 3
            assert first.support == min(step, limit), (audience, step, first)
            assert len({_sources(brief)[n] for n in first.citations}) == len(first.citations)


def test_a_report_s_lead_and_the_quote_that_repeats_its_figure_are_one_fact(news_workspace: Any) -> None:
    ws = news_workspace("rent", {})
    for name, text in _RENT.items():
        (ws.config.root / "sources" / name).write_text(text, encoding="utf-8")
        for audience in ("executive", "investor", "policy"):
            brief = ws.compose(audience)
            _told_once(brief)
            floor = [item.text for item in _statements(brief) if re.search(r"\b4%", item.text)]
            assert len(floor) <= 1, (audience, floor)
            rows = [row for row in _rows(brief) if row.figure is not None and row.figure.text.startswith("4%")]
            assert not (floor and rows), audience
