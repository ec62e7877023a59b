"""A Timeline entry that tells an overtaken report by its event's clause ("An explosion wrecked a block
of flats ... on Saturday night ...") keeps the consequences after that clause that still stand
("killing two residents") and leaves out only from the first one a later report overtook
("injuring at least 9 people", once 15 are counted): an elision never hides a death."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen.compose import _CONSEQUENCE

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]
Printed = Callable[..., list[str]]


def _phrases(text: str, at: int) -> list[str]:
    found = []
    while (match := _CONSEQUENCE.match(text, at)) is not None:
        found.append(match.group("phrase"))
        at = match.end()
    return found


def test_consequence_phrases_after_a_clause_are_read_one_by_one() -> None:
    text = ("A gas blast destroyed a bakery in Orrin on Friday, killing its owner, forcing 40 people from "
            "their homes and closing the high street, police said.")
    at = text.index(", killing")
    assert _phrases(text, at) == ["killing its owner", "forcing 40 people from their homes", "closing the high street"]
    # a report or a source after the clause is no consequence phrase the pattern reads as one past its comma
    assert _phrases("The mill shut on Monday, police said.", len("The mill shut on Monday")) == []


_FIRST = """DUNMERE, Aug 2 (Harbour Wire) - An explosion wrecked a block of flats in the
Dunmere suburb of Pellick on Saturday night, killing two residents,
injuring at least 9 people and damaging 30 flats, police said.

Fire crews worked through the night to search the rubble, the county
fire service said. Gas engineers isolated the street's supply.

Residents were moved to a leisure centre on Barrow Road.
"""

_LATER = """DUNMERE, Aug 5 (Harbour Wire) - The number of people injured in Saturday's
explosion at a block of flats in Pellick has risen to 15, police said on Tuesday,
and engineers now say 44 flats were damaged.

The gas board said a corroded pipe was the most likely cause. The county
council said the block would be demolished next month.

The two residents who died were named as Ada Lorne, 71, and her neighbour
Tom Vesk, 58.
"""


def test_a_timeline_elision_keeps_the_death_and_drops_the_overtaken_count(news_workspace: NewsWorkspace,
                                                                          printed: Printed) -> None:
    ws = news_workspace("blast", {"01-first.txt": _FIRST, "02-later.txt": _LATER})
    texts = printed(ws)
    elided = [t for t in texts if t.startswith("An explosion wrecked") and t.endswith("...")]
    assert elided, texts
    for text in elided:
        assert "killing two residents" in text, text
        assert "at least 9" not in text and "30 flats" not in text, text


def test_an_elided_entry_cites_its_quote_in_full(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("blast-cite", {"01-first.txt": _FIRST, "02-later.txt": _LATER})
    for audience in ("executive", "investor", "policy"):
        brief = ws.compose(audience)
        elided = {item.note_id for section in brief.sections for item in section.items if item.text.endswith(" ...")}
        for citation in brief.citations:
            if citation.note_id in elided:
                assert not citation.shown, (audience, citation.quote)
