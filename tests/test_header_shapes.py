"""Header shapes that trade papers, research houses, pressure groups and forums put over a piece,
read for the Sources table: the headline (not the masthead), the publisher, the kind and the date."""

from __future__ import annotations

import pytest

from briefgen.ingest.clean import clean

BODY = ("The county council voted on Tuesday to close two of its five ferry landings, saying the "
        "crossings had lost 30 percent of their passengers since 2022 and that repairs would cost more "
        "than the landings earn.\n\n"
        "Operators said the closures would add 40 minutes to some journeys.\n")

CASES = [
    # an opinion masthead whose date has commas in it, the headline and byline under it
    ("COMMENT | Harrowgate Observer | Monday, March 2, 2026\n\n"
     "The ferry cuts show why islanders distrust the council\n\nBy Ada Lorne\n\n",
     "The ferry cuts show why islanders distrust the council", "Harrowgate Observer", "opinion", "2026-03-02"),
    # a trade paper's name and its desk in italics under the headline, then the date and the writer
    ("# Ferry landings: a structural reading\n\n*Marine Works Review — Harbours & Piers desk*\n"
     "*5 March 2026 · Ona Brisk, technical editor*\n\n",
     "Ferry landings: a structural reading", "Marine Works Review", "", "2026-03-05"),
    ("# Ferry landings: what the closures mean for operators\n\n"
     "*Coastal Freight Monthly — inland shipping market brief*\n"
     "*Issue dated 4 March 2026 · By Pel Varn, senior analyst*\n\n",
     "Ferry landings: what the closures mean for operators", "Coastal Freight Monthly", "report", "2026-03-04"),
    # the periodical's name as the first heading, the headline under it
    ("# Harbourline Weekly\n\n## Landing closures: what they mean for freight, tourism and the island economy\n\n"
     "*Published 6 March 2026 | Markets desk, by Ivo Trell*\n\n",
     "Landing closures: what they mean for freight, tourism and the island economy", "Harbourline Weekly", "",
     "2026-03-06"),
    # a research house's letterhead with its genre, over the note's headline
    ("# Kestrel Capital — Equity Research\n\n"
     "**Isle Ferries (ISF) — Downgrade to SELL: the closures are the start, not the end**\n\n"
     "*Published 7 March 2026 · Analyst: Rina Oake, Transport*\n\n",
     "Isle Ferries (ISF) — Downgrade to SELL: the closures are the start, not the end", "Kestrel Capital",
     "analysis", "2026-03-07"),
    ("# Ferry Engineering Review — Site Briefing\n\n## Landing closures: damage, cost and the road to reopening\n\n"
     "*Published 8 March 2026 · by Sal Brenn, Engineering Editor*\n\n",
     "Landing closures: damage, cost and the road to reopening", "Ferry Engineering Review", "report",
     "2026-03-08"),
    # statements whose headline names who issues them
    ("# Statement from the Landing Users' Association\n\n**Friday 6 March 2026**\n\n",
     "Statement from the Landing Users' Association", "Landing Users' Association", "statement", "2026-03-06"),
    ("# Statement: Island Business Forum on Isle Ferries\n\n**For immediate release — Porthallow, 8 March 2026**\n\n",
     "Statement: Island Business Forum on Isle Ferries", "Island Business Forum", "statement", "2026-03-08"),
    ("SEAWAYS TRUST - PRESS STATEMENT\nPorthallow, 9 March 2026\n\n"
     "\"A closure by stealth\": Seaways Trust condemns landing plan\n\n",
     "\"A closure by stealth\": Seaways Trust condemns landing plan", "Seaways Trust", "statement", "2026-03-09"),
    # an opinion headline with its label, the outlet in the line under it
    ("# OPINION | The landing closures were a budget choice dressed up as safety\n\n"
     "*Island Post — Opinion. Published March 10, 2026. By Mira Dunn, columnist*\n\n",
     "The landing closures were a budget choice dressed up as safety", "Island Post", "opinion", "2026-03-10"),
    # an analyst's labelled byline under a research house's masthead: an analysis
    ("# Isle Ferries (ISF) — listing note: good boats, rich price\n\n"
     "**Tarrant & Vell Research · Transport & Leisure**\n**Date:** 5 March 2026\n"
     "**Analyst:** Joan Pike, CFA\n\n",
     "Isle Ferries (ISF) — listing note: good boats, rich price", "Tarrant & Vell Research", "analysis",
     "2026-03-05"),
    # a branch's letterhead (body — branch), a release label that says what it is, the date, the headline
    ("ISLAND CREWS UNION — NORTH HARBOUR BRANCH\nSTATEMENT FOR IMMEDIATE RELEASE\nThursday 5 March 2026\n\n"
     "Closing the landings is not a safety plan\n\n",
     "Closing the landings is not a safety plan", "Island Crews Union — North Harbour Branch", "statement",
     "2026-03-05"),
    # a shareholder's open letter under its letterhead: a statement by the firm
    ("ORRIN BAY CAPITAL LLP\nOpen letter to the Board of Isle Ferries plc\n11 March 2026\n\nDear Chair,\n\n",
     "Open letter to the Board of Isle Ferries plc", "Orrin Bay Capital LLP", "statement", "2026-03-11"),
    # where a column ran, after its date, with "the" in lower case
    ("# Opinion: The ferry landings deserve better than this council\n\n"
     "*Published 3 March 2026 in the Brackley Gazette. Jo Rann chairs the parish council.*\n\n",
     "Opinion: The ferry landings deserve better than this council", "Brackley Gazette", "opinion", "2026-03-03"),
    # a union branch's number is part of the issuer's name
    ("# Statement: GMB Local 204 on the landing closures\n\n**For immediate release — 4 March 2026**\n\n",
     "Statement: GMB Local 204 on the landing closures", "GMB Local 204", "statement", "2026-03-04"),
    # the issuer, the kind and the date on one line, the preparer's line under it
    ("# Landing silt: survey findings\n\n*Carrow Estuary Trust — technical note — 5 March 2026*\n"
     "*Prepared by Dr. Ana Roth, head of sediment research*\n\n",
     "Landing silt: survey findings", "Carrow Estuary Trust", "analysis", "2026-03-05"),
    # a hyphenated place before the date is the statement's dateline, not its headline
    ("# Statement from the Port-Vell Traders' Association\n\n**Port-Vell, 6 March 2026**\n\n",
     "Statement from the Port-Vell Traders' Association", "Port-Vell Traders' Association", "statement",
     "2026-03-06"),
]


@pytest.mark.parametrize(("header", "title", "publisher", "kind", "date"), CASES)
def test_header_shapes(header: str, title: str, publisher: str, kind: str, date: str) -> None:
    found = clean(header + BODY)
    assert (found.title, found.publisher, found.kind, found.date) == (title, publisher, kind, date)
    assert not any(r.reason.startswith("promotional") for r in found.removed)


def test_board_thread_title_and_posts_with_a_time() -> None:
    text = ("r/IsleFerries · Council closes two landings from April. Thoughts?\n"
            "Posted by u/deckhand_j · 10 Mar 2026\n\n"
            "u/deckhand_j · 10 Mar 2026, 21:14\n"
            "Link is the Observer piece. Two landings gone and the rest on a winter timetable.\n\n"
            "  u/pier_watch · 10 Mar 2026, 21:31\n"
            "  Sensible for who? The north landing was the only one with a ramp.\n\n"
            "    u/deckhand_j · 10 Mar 2026, 21:40\n"
            "    The audit says 40 percent of crossings were under a quarter full.\n")
    found = clean(text)
    assert found.is_thread and len(found.posts) == 3
    assert (found.title, found.publisher) == ("Council closes two landings from April. Thoughts?", "r/IsleFerries")
    assert [post.author for post in found.posts] == ["u/deckhand_j", "u/pier_watch", "u/deckhand_j"]


def test_a_table_over_the_text_is_no_masthead() -> None:
    text = ("# Kestrel Capital — Equity Research\n\n**Isle Ferries (ISF) — Downgrade to SELL on landing closures**\n\n"
            "| | Previous | New |\n|---|---|---|\n| Rating | Buy | Sell |\n\n" + BODY)
    assert clean(text).publisher == "Kestrel Capital"


def test_site_after_a_headline_cut_short_in_the_page_title() -> None:
    from briefgen.ingest.readers import title_site

    page = "<html><title>Short seller says Kelso's gap is twice as deep | The Quay Ledger</title></html>"
    assert title_site(page, "Short seller says Kelso's gap is twice as deep as the firm admits") == "The Quay Ledger"
    # a title that only shares its first words with the headline names no site
    assert title_site("<title>Short seller says | The Quay Ledger</title>", "Short seller says Kelso is wrong") == ""
