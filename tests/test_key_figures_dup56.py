"""Each fact once in Key figures (dup56): a statement tells a row's value when one of its words is
the row's measure word with another ending ("Fines ... 8,000 euros" for "maximum fine"),
not only when the two share five letters; and two sources' words for one value in one unit ("maximum
fine" and "fines") make one row, not two. Invented text."""

from __future__ import annotations

from typing import Any

import pytest

from briefgen.notes.figures import find_figures


@pytest.mark.parametrize(("said", "row", "expected"), [
    ("Fines for unlicensed boats would rise to 8,000 euros from 900.",
     "The mayor said the new rules kept the maximum fine of 8,000 euros.", True),
    ("Grants for harbour repairs would rise to 8,000 euros from 900.",
     "The mayor said the new rules kept the maximum fine of 8,000 euros.", False),
    ("Fines for unlicensed boats would rise to 8,000 dollars from 900.",
     "The mayor said the new rules kept the maximum fine of 8,000 euros.", False),
])
def test_a_short_measure_word_with_another_ending_tells_the_row(said: str, row: str, expected: bool) -> None:
    from briefgen.compose import kin_measures

    figure = next(f for f in find_figures(said) if f.value == 8000)
    shown = next(f for f in find_figures(row) if f.value == 8000)
    assert kin_measures(figure, said, shown) is expected


_MOORING = {
    "01-wire.txt": """Port town to license moorings
Coast Herald, 2 June 2026

The town council of Ostervik on Monday proposed licensing every private mooring in its harbour, after two boats sank at their berths in April.
Fines for unlicensed boats would rise to 8,000 euros from 900.
Harbourmaster Ilse Brandt said 340 moorings were in use, up from 210 a decade ago.
The council will vote on the plan on June 30.
""",
    "02-update.txt": """Ostervik delays mooring vote
Coast Herald, 9 June 2026

The town council of Ostervik on Tuesday delayed its vote on mooring licences to July 14 after boat owners asked for more time to comment.
Mayor Tor Lindqvist said the revised plan kept the register and the maximum fine of 8,000 euros.
The boat owners' club said licences costing 150 euros a year would drive small owners away.
""",
}


def test_one_value_two_sources_give_is_one_row(news_workspace: Any) -> None:
    ws = news_workspace("mooring56", _MOORING)
    for audience in ("executive", "investor", "policy"):
        brief = ws.compose(audience)
        rows = [(item.figure.text, item.text) for section in brief.sections if section.style == "figures"
                for item in section.items if item.figure is not None]
        statements = " ".join(item.text for section in brief.sections if section.style != "figures"
                              for item in section.items)
        penalty_rows = [quote for row, quote in rows if row.startswith("8,000 euros")]
        assert len(penalty_rows) <= 1, (audience, rows)
        if "8,000 euros" in statements and penalty_rows:
            # the row stays only for the earlier value it adds ("from 900")
            assert "900" in penalty_rows[0] and "900" not in statements, (audience, rows, statements)
