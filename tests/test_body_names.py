"""A body's name with its own small words ("Federation of Small Businesses", "Irish Congress of
Trade Unions") is read whole as a speaker, never cut to its tail ("Small Businesses", "Trade
Unions"); and its officer named by the body's initials ("ICTU general secretary Owen Reidy") shares
its one Stakeholder row (invented text)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefgen.notes.features import attribution

Build = Callable[..., tuple[Path, dict[str, str]]]


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Federation of Small Businesses said the rise would cost jobs.", "Federation of Small Businesses"),
    ('The Congress of Dock Workers called the plan "a betrayal" and said it would strike.',
     "Congress of Dock Workers"),
    ("The Bank of England said rates would fall.", "Bank of England"),
    ("Shares in Carrow and Dunmore Stores said they would fall.", "Dunmore Stores"),  # "and" joins two
])
def test_a_body_name_is_read_whole(sentence: str, name: str) -> None:
    found = attribution(sentence)
    assert found is not None
    assert found[0].name == name


_PORT = {
    "01-wire.txt": """ROTTERDAM, May 4 (Northwire) - The port authority of Marlen said on Monday it
would cut pilotage fees by 12 percent from July, to win back container traffic.

The Federation of Port Employers said the cut would cost 300 jobs at the pilot
service and called it "reckless".

"It is a start, but our members cannot wait two years for the second step," FPE
chair Ilse Marten said.
""",
    "02-update.txt": """ROTTERDAM, May 12 (Northwire) - The port authority of Marlen said on Tuesday it
had approved the cut in pilotage fees, which will take effect on July 1.

The Federation of Port Employers said it would take the authority to court over
the cut, which it called "a betrayal of the pilots".

Shipping lines welcomed the decision, saying it would bring traffic back.
""",
}


def test_a_body_and_its_officer_named_by_initials_are_one_row(cli_build: Build) -> None:
    _workspace, briefs = cli_build(_PORT, "2026-05-13")
    body = briefs["policy"].replace("\\", "")
    table = (body.split("## Stakeholder positions", 1)[1:] or [""])[0].split("\n## ", 1)[0]
    actors = [line.split(" | ", 1)[0] for line in table.splitlines()
              if line.startswith("| ") and not line.startswith("| Actor")]
    assert not any(a.startswith("| Port Employers") for a in actors), actors
    assert sum("Port Employers" in a or "Marten" in a for a in actors) <= 1, actors


def test_a_sentence_opening_on_an_article_names_no_referent() -> None:
    """"An earlier version of this story said ..." opens on an article, not a name: "The company
    says ..." after it is never bracketed "[An] says"."""
    from briefgen.notes.context import Named, referent

    earlier = [("An earlier version of this story said the regulator would rule by March 2027.", [Named("CMA", "other")])]
    assert referent("organisation", earlier, {"An", "CMA"}) is None
    named = [("Harlow Water said on Friday it would appeal.", [Named("Harlow Water", "organisation")])]
    assert referent("organisation", named, {"Harlow", "Water"}) == "Harlow Water"
