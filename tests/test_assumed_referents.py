"""A statement that takes a referent as known wherever it names it ("because of the boycott", "on the stock",
"The chief executive said", a role and a name with no body) is no reader's first sight of it (reader 48)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import briefgen
from briefgen.notes.context import assumed_referents
from briefgen.workspace import init_workspace


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Orchard prices fell 8% because of the boycott.", "the boycott"),
    ("About 400 growers joined the convoy on Tuesday.", "the convoy"),
    ("Brokers at Lindqvist cut their price target on the stock to 12 crowns.", "the stock"),
    ("The chief executive said the cooperative would not sell.", "The chief executive"),
    ("Chairwoman Ines Valdt said the vote would be held in June.", "Chairwoman Ines Valdt"),
    ("Chair Paul Okafor said the members agreed.", "Chair Paul Okafor"),
    ("Officials said the problem it addresses is decades old.", "the problem"),
])
def test_a_referent_taken_as_known(sentence: str, phrase: str) -> None:
    assert phrase in [a.phrase for a in assumed_referents(sentence)]


@pytest.mark.parametrize("sentence", [
    "The boycott of the Lenz market ended.",
    "Shares in Orvik rose, and the stock closed at 40 crowns.",
    "Orvik chief executive Ines Valdt said the plan was sound.",
    "Orvik's chairwoman Ines Valdt said so.",
    "The chief executive of Orvik said so.",
    "The trust expects to appoint a director in March, its chair Oda Vennholm said.",
    '"We will not sell the stock," said Ines Valdt.',
    "Prices rose in the second half of the year.",
])
def test_a_referent_the_sentence_tells(sentence: str) -> None:
    assert [a for a in assumed_referents(sentence) if a.head == "" or a.phrase.endswith(("boycott", "stock"))] == []


def test_the_story_names_it() -> None:
    assert assumed_referents("Prices fell because of the boycott.", story="Orchard boycott") == []


WIRE = """Saltway Ferries makes 410 million euro offer for rival Orkan Line

By Petra Lund

GOTHENBURG, March 2 (Nordwire) - Saltway Ferries on Monday
offered 410 million euros in cash for Orkan Line, the smaller
operator that runs four routes across the Kattegat, in a deal
that would create the largest passenger ferry group in the
region.

The offer values Orkan at 11.40 euros a share, a premium of
27% over Friday's closing price. Orkan's board said it would
study the proposal and advised shareholders to take no action.

Shares in Orkan rose 22% to 10.95 euros on the news, while
Saltway slipped 1.8%.

Saltway chief executive Henrik Dahl said the combined fleet of
19 vessels would allow the group to cut fuel costs and share
maintenance yards. "We see savings of about 30 million euros a
year by the third year," Dahl said.

The deal needs approval from competition authorities in Sweden
and Denmark. Unions representing Orkan crews have asked for
guarantees that no onboard jobs will be cut.
"""
NOTE = """<html><head><title>Orkan bid: a fair price, a hard sell - Harbour Equity note</title></head>
<body><article>
<h1>Orkan bid: a fair price, a hard sell</h1>
<p class="byline">Harbour Equity Research, March 3, 2026</p>
<p>Saltway's approach for Orkan Line looks sensible on paper. The two networks barely overlap, and the savings target is credible.</p>
<p>But the regulator is the problem. The Danish competition authority blocked a smaller combination on the Oresund in 2019, and we think it will demand that Saltway sell at least one route.</p>
<p>Analysts at Harbour Equity raised their price target on the stock to 12 euros from 9.50 euros, arguing that a rival bidder could emerge.</p>
<p>The chief executive said on a call with investors that the company had no plan to raise the offer.</p>
</article></body></html>
"""
UPDATE = """Orkan board backs improved Saltway offer

STOCKHOLM, March 9 (Nordwire) - Orkan Line's board on Monday
recommended an improved offer of 12.10 euros a share from
Saltway Ferries, lifting the value of the deal to 435 million
euros after a second bidder, Danish group Bergvik, emerged last
week.

Bergvik had offered 11.80 euros a share on Thursday. It said on
Monday it would not raise its bid.

Chairwoman Lotte Fisker said the board had weighed both offers
and judged the Saltway terms more certain. The improved bid
followed talks over the weekend.

Orkan shares closed at 12.02 euros. Saltway said it expected
the deal to close in the third quarter, subject to approval.
"""


def test_the_stock_and_a_bare_role_are_not_shown_untold(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    toml = workspace / "briefgen.toml"
    toml.write_text(re.sub(r'(?m)^subject = ""', 'subject = "ferry operator takeover"', re.sub(
        r'(?m)^title = "[^"]*"', 'title = "Saltway Ferries bid for Orkan Line"', toml.read_text(encoding="utf-8"))),
        encoding="utf-8")
    for name, text in (("wire-2026-03-02.txt", WIRE), ("analyst-2026-03-03.html", NOTE),
                       ("update-2026-03-09.txt", UPDATE)):
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    opened = briefgen.open_workspace(workspace)
    for audience in ("executive", "investor", "policy"):
        brief = opened.compose(audience)
        printed = [item.text for section in brief.sections if section.style != "figures" for item in section.items]
        assert printed, audience
        assert not [t for t in printed if "on the stock" in t or t.startswith("The chief executive said")], audience


def test_a_role_and_name_leave_the_body_to_the_sentence_before() -> None:
    assert [a.phrase for a in assumed_referents("Chief executive Rosa Quispe told analysts the deal would close.")
            if a.body] == ["Chief executive Rosa Quispe"]
    assert not any(a.body for a in assumed_referents("The chief executive said the deal would close."))


SALE = """Andes Copper agrees sale of Pira project

LIMA (Mining Wire) - Andes Copper said on Monday it had agreed to sell its Pira copper project to Kestrel Resources for $420 million.

Chief executive Rosa Quispe told analysts the company expected the deal to close in June.
"""
OTHER = """Kestrel Resources shares rise

TORONTO (Mining Wire) - Kestrel Resources shares rose 4% on Tuesday after the Pira announcement.

Chief executive Tomas Ferreira told analysts the company would fund the deal with cash.
"""


def test_a_role_and_name_stand_only_after_the_sentence_their_source_wrote_before() -> None:
    from briefgen.compose import _first_sight
    from briefgen.models import Item, Section

    def section(*ids: str) -> list[Section]:
        texts = {"a1": SALE.splitlines()[2], "a2": SALE.splitlines()[4], "b1": OTHER.splitlines()[2]}
        return [Section(id="s", title="S", style="bullets",
                        items=tuple(Item(text=texts[i], citations=(), note_id=i, kind="fact") for i in ids))]

    described = {"a2": [a for a in assumed_referents(SALE.splitlines()[4]) if a.body]}
    places = {"a1": ("sale", 0), "a2": ("sale", 1), "b1": ("other", 0)}
    assert _first_sight(section("a1", "a2"), described, places) == set()
    assert _first_sight(section("b1", "a2"), described, places) == {"a2"}  # whose chief executive?
    assert _first_sight(section("a2", "a1"), described, places) == {"a2"}
