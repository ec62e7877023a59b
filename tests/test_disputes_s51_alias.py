"""An acronym and the name it spells, or the name a source introduces it as, are one party (s51)."""

from __future__ import annotations

from briefgen.notes import counterclaims as cc
from briefgen.notes import disputes


def _apart(texts: list[str], groups: list[int], a: int, b: int, sides: tuple[str, str]) -> disputes.Dispute | None:
    return cc.Parties(texts, groups).apart(a, b, disputes.Dispute(a, b, sides, ()))


def test_an_acronym_and_the_name_its_letters_spell_are_one_party() -> None:
    texts = ["The Tarrow Valley Growers Cooperative said 40 farms had lost their crop.",
             "TVGC said the insurer's estimate was far too low."]
    assert _apart(texts, [0, 1], 0, 1, ("Tarrow Valley Growers Cooperative", "TVGC")) is None
    assert _apart(texts, [0, 1], 1, 0, ("TVGC", "Tarrow Valley Growers Cooperative")) is None


def test_an_acronym_a_source_introduces_as_a_name_is_that_party() -> None:
    texts = ["The regional water board (RWB) said the pipes were sound.",
             "The regional water board said 12 pipes had burst.",
             "RWB said the repairs would take a week."]
    assert _apart(texts, [0, 1, 2], 1, 2, ("Regional water board", "RWB")) is None


def test_the_union_resolved_to_the_name_an_acronym_spells_is_one_party() -> None:
    texts = ["The Harbour Crane Operators Union called a strike on Monday.",
             "The union said its members would not return for less than 7 percent.",
             "HCOU said the port's costing was wrong."]
    assert _apart(texts, [0, 0, 1], 1, 2, ("The union", "HCOU")) is None


def test_an_acronym_of_another_name_is_another_party() -> None:
    texts = ["The Harbour Crane Operators Union said the offer was too low.",
             "The Port Employers Federation said the offer was fair.",
             "PEF said the union's figures were wrong."]
    kept = _apart(texts, [0, 1, 1], 0, 2, ("Harbour Crane Operators Union", "PEF"))
    assert kept is not None
