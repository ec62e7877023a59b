"""The brief opens on the story's event, not on a side's reaction to it: a statement issued by someone
other than the event's actor (a campaign's, a trade body's) neither leads the opening section nor
stands in it as the latest report; the event's own statement may lead though it names the day a step
of it comes; and a web page whose <title> labels it an opinion is read as one."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen.ingest.readers import read_html, title_label

NewsWorkspace = Callable[..., briefgen.Workspace]  # the conftest fixture news_workspace

FIRST = """Ministry delays canal toll reform, drops barges from first phase

DORWICH, March 4 (Lanewire) - The transport ministry on Tuesday delayed the start of the national
canal toll reform by nine months to Jan 1, 2027, and said freight barges would be left out of the new
tolls until 2029, reversing a plan the minister had defended only a week earlier.

Pleasure boats and hire cruisers will pay the new tolls from January. The ministry also cut the
lock fee for small boats to 6 euros from 9 euros.

Minister Aldo Brenner said a shortage of lock-keepers, not pressure from hauliers, had forced the
change.
"""
SECOND = """Statement: Leaving barges out lets the worst polluters off

The Waterways Trust is deeply disappointed by the ministry's decision to leave freight barges out of
the canal toll reform until 2029.

Barges cause most of the bank erosion on the network, and every year of delay costs the canals
millions of euros in repairs that boat owners will pay for.

We call on the ministry to publish the evidence behind its decision.
"""
THIRD = """Boatyards count the cost of toll delay

DORWICH, March 5 (Canal Gazette) - Hire boat firms on the Dorwich network said on Wednesday they would
hold their prices for the season after the transport ministry delayed the canal toll reform on Tuesday.

"We had priced in the new lock fee from April," said Petra Lund, who runs a yard of twelve cruisers.
"""
TOML = """["01-first.txt"]
publisher = "Lanewire"
kind = "news report"
date = "2026-03-04"

["02-second.md"]
publisher = "Waterways Trust"
kind = "statement"
date = "2026-03-05"

["03-third.txt"]
publisher = "Canal Gazette"
kind = "news report"
date = "2026-03-05"
"""


def test_a_sides_statement_does_not_open_the_brief_nor_follow_as_the_latest_report(
        news_workspace: NewsWorkspace) -> None:
    brief = news_workspace("canal", {"01-first.txt": FIRST, "02-second.md": SECOND, "03-third.txt": THIRD, "sources.toml": TOML},
                           title="Canal toll reform delay").compose("executive")
    items = [item.text for item in brief.sections[0].items]
    assert "delayed the start of the national canal toll reform" in items[0]
    # the campaign's reaction retells the barge exemption the lead already gives: not a second lead bullet
    assert not any("deeply disappointed" in text for text in items[:2])


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Opinion: The canal tolls needed courage, not another delay | Dorwich Courier</title>
<meta property="article:published_time" content="2026-03-06T08:00:00Z">
</head><body><article>
<h1>The canal tolls needed courage, not another delay</h1>
<p><em>By Mara Feld, Columnist</em> - 6 March 2026</p>
<p>The ministry's nine-month delay of the canal toll reform turns a modest plan into something close to
a retreat, and leaving barges out until 2029 spares exactly the boats that do the most damage.</p>
<p>Ministers say they lack lock-keepers. They have known that for three years and done nothing about it.</p>
</article></body></html>"""


def test_a_page_whose_title_is_labelled_opinion_is_an_opinion() -> None:
    headline = "The canal tolls needed courage, not another delay"
    assert title_label(PAGE, headline) == "opinion"
    assert title_label(PAGE.replace("Opinion: ", ""), headline) == ""
    assert title_label(PAGE.replace("Opinion: ", "Analysis | "), headline) == "analysis"
    assert read_html(PAGE.encode(), "column.html").meta.get("kind") == "opinion"


def test_a_column_labelled_in_its_page_title_does_not_open_the_brief(news_workspace: NewsWorkspace) -> None:
    toml = TOML.replace('["02-second.md"]', '["02-second.txt"]')
    brief = news_workspace("canal3", {"01-first.txt": FIRST, "03-third.txt": THIRD, "03-column.html": PAGE,
                                      "sources.toml": toml},
                           title="Canal toll reform delay").compose("executive")
    lead = brief.sections[0].items[0].text
    assert "close to" not in lead
    assert "delayed the start" in lead
