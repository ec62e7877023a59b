"""Stakeholder rows (pos28, invented text): an actor a later source gives by surname alone is shown
with the full name and role a source introduces them by ("Its chair, Odile Marchetti," resolves
"Its" to the body named before); a forum post passing on news is no row; a party's holding line
("said it was studying the request") is no row once a later source names the party again."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from briefgen import compose

Build = Callable[..., tuple[Path, dict[str, str]]]

_BRIDGE = {
    "01-wire.txt": """BRANTLEY, April 7 (Vale Wire) - Ostmark County Council voted on Monday to
close the Tollbury bridge to lorries over 7.5 tonnes from June, after engineers found
corroded cables in two of its spans.

The freight firm Calloway Haulage, which runs 90 lorries across the bridge a day,
said it was studying the council's decision and would respond next week.

Local traders are split. The Tollbury Business Circle backed the closure. Its chair,
Odile Marchetti, said the council had no choice. "A bridge that fails kills people,"
she said.

Engineers said repairs could take two years. The council estimates the work at
14 million pounds, of which the transport department has offered 9 million.

About 1,400 lorries a day use the bridge, county traffic counts show. The signed
diversion through Marlow Cross adds 19 miles to each trip.
""",
    "02-wire.txt": """BRANTLEY, April 15 (Vale Wire) - Calloway Haulage said on Tuesday it would seek a
judicial review of the Tollbury bridge closure, arguing that the county had not
consulted hauliers before the vote.

Marchetti said the lorry ban was the only safe course and urged Ostmark County Council
to start the repairs in June as planned.

The county council said the closure would go ahead on June 2 and that a weight
camera would be installed at each end of the bridge.

The Road Haulage Forum, a trade body, said the diversion would add about 2.1 million
pounds a year to its members' fuel bills and called for the repairs to be done at night.
""",
    "03-forum.txt": """Thread: Tollbury bridge - lorries banned from June
Forum: Ostmark Community Board

Posted by riverside_rob, 15 April 2025, 18:20
Marchetti is on the radio tomorrow morning at eight apparently.

Posted by tolly_jane, 15 April 2025, 19:02
I think the council is right. I cycle over that bridge every day and the lorries
frighten me.
""",
}


def _rows(body: str) -> list[str]:
    table = (body.split("## Stakeholder positions", 1)[1:] or [""])[0].split("\n## ", 1)[0]
    return [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| Actor")]


def test_stakeholder_rows_name_people_in_full_and_hold_positions(cli_build: Build) -> None:
    _workspace, briefs = cli_build(_BRIDGE, "2025-04-16", audience="policy", title="Tollbury bridge lorry ban")
    rows = [row.replace("\\", "") for row in _rows(briefs["policy"])]
    assert rows, briefs["policy"]
    # a post passing on news is no position; a post giving its writer's view may be one
    assert not any("on the radio" in row for row in rows), rows
    # the haulier's holding line is overtaken by the later wire that names it again
    assert not any("was studying the council's decision" in row for row in rows), rows


@pytest.mark.parametrize("text", [
    "said it was studying the council's decision and would respond next week",
    "said it was considering whether to appeal",
    "declined to comment on the ruling",
    "said it had yet to decide whether to bid",
])
def test_holding_lines(text: str) -> None:
    assert compose._DEFERRAL.search(text)


@pytest.mark.parametrize("text", [
    "said it would seek a judicial review of the closure",
    "said the study showed the cables were corroded",
    "said it would respond with a strike if the plan went ahead in June",
])
def test_positions_are_no_holding_line(text: str) -> None:
    assert not compose._DEFERRAL.search(text)


def test_pronoun_and_heading_glosses() -> None:
    text = "The Tollbury Business Circle backed it. Its chair, Odile Marchetti, said so."
    match = re.search(r"Odile Marchetti", text)
    assert match is not None
    gloss = compose._pronoun_gloss(text, match)
    assert gloss is not None and gloss.text == "Its chair"
    assert compose._nearest_body(text[:match.start()]) == "Tollbury Business Circle"
    text = "Ravi Anand, who leads the Brantley Cycling Campaign, said the ban was overdue."
    match = re.search(r"Ravi Anand", text)
    assert match is not None
    gloss = compose._pronoun_gloss(text, match)
    assert gloss is not None and gloss.text == "who leads the Brantley Cycling Campaign"
    text = "Ravi Anand, who said the ban was overdue, left."
    match = re.search(r"Ravi Anand", text)
    assert match is not None and compose._pronoun_gloss(text, match) is None


def test_a_possessive_role_with_a_capitalised_word() -> None:
    text = "The Northmere Tenants Alliance said no. Its head of EU policy, Mara Lind, said the rules were unclear."
    match = re.search(r"Mara Lind", text)
    assert match is not None
    gloss = compose._pronoun_gloss(text, match)
    assert gloss is not None and gloss.text == "Its head of EU policy"
    text = "The alliance met. Its members, Mara Lind among them, left."
    match = re.search(r"Mara Lind", text)
    assert match is not None and compose._pronoun_gloss(text, match) is None


@pytest.mark.parametrize("post,news", [
    ("Marchetti is on the radio tomorrow morning at eight apparently.", True),
    ("Union email just now: they're sending Okafor to the council hearing on the 19th and want examples.", True),
    ("Rivera is speaking at the depot on Tuesday, worth going.", True),
    ("I think the council is right about the bridge.", False),
    ("The county should have closed it on Tuesday.", False),
    ("Calloway is hiding the real cost of the diversion.", False),
])
def test_a_post_passing_on_news(post: str, news: bool) -> None:
    assert compose._passes_on_news(post, False) is news


def test_a_bare_surname_takes_the_introduction_a_source_gives(cli_build: Build) -> None:
    sources = {
        "01-wire.txt": """HOLMBY, May 4 (Vale Wire) - Holmby council voted on Monday to shut the Eastgate
library branch in September to save 310,000 pounds a year.

Councillor Annika Ferrow, who proposed the closure, said the branch had lost half
its visitors since 2019. "We cannot keep a building open for a service people
have moved online," she said.

The Friends of Eastgate Library said they would fight the closure. Its secretary,
Tobias Wren, said the group had collected 2,400 signatures.
""",
        "02-wire.txt": """HOLMBY, May 12 (Vale Wire) - Holmby council said on Monday it would keep the Eastgate
library open two days a week with volunteers, after a petition of 3,100 signatures.

Wren said the compromise was not enough and urged Holmby council to restore the
full opening hours before the budget vote in July.

Ferrow said the volunteer plan would save 240,000 pounds and was the fairest way
to keep the branch alive.
""",
    }
    _workspace, briefs = cli_build(sources, "2026-05-13", audience="policy", title="Eastgate library closure")
    rows = [row.replace("\\", "") for row in _rows(briefs["policy"])]
    actors = [row.split(" | ", 1)[0].lstrip("| ") for row in rows]
    assert any(a.startswith(("Annika Ferrow", "Tobias Wren")) for a in actors), actors
    assert not any(a.split(" (")[0] in ("Ferrow", "Wren") for a in actors), actors
    for actor in actors:
        if actor.startswith("Tobias Wren"):
            assert actor == "Tobias Wren (secretary, Friends of Eastgate Library)", actors
        if actor.startswith("Annika Ferrow"):
            assert actor.startswith("Annika Ferrow (Councillor") or "proposed the closure" in actor, actors


def test_a_person_named_before_its_is_no_body() -> None:
    text = 'The Kelby Dockers Union met on Friday. "Mr Tarrant keeps calling it a certificate." '

    assert compose._nearest_body(text) == "Kelby Dockers Union"
