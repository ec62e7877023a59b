"""The opening section tells a record another source refers back to as known ("below the record set
in early June"): the story's key fact, as the lead when the lead does not refer to it, else after it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefgen.compose import _REFERS_RECORD, _STATES_RECORD

OpeningOf = Callable[[dict[str, str]], list[str]]

FIRST = """Fine wool hits record at Geelong sales as dry season thins clip

GEELONG, June 4 (Southwire) - The benchmark fine wool indicator rose to a
record 2,410 cents a kilogram at Geelong auctions on Wednesday, as a dry
season cut the volume of wool offered by growers in Victoria.

Buyers from Italy and China competed for the finest lots, brokers said.
About 38,200 bales were offered this week, down from 44,900 a year ago.
"""
SECOND = """Wool prices ease from peak as Italian mills hold back

GEELONG, July 16 (Southwire) - The benchmark fine wool indicator fell to
2,180 cents a kilogram on Wednesday, 9.5 percent below the record set in
early June, as Italian mills bought less ahead of the summer break.

The wool growers' association said shearing costs had risen to 4.10
dollars a head from 3.60 dollars last season.
"""
TOML = """["01-first.txt"]
publisher = "Southwire"
kind = "news report"
date = "2026-06-04"

["02-second.txt"]
publisher = "Southwire"
kind = "news report"
date = "2026-07-16"
"""


def test_a_record_a_later_report_refers_to_is_told_in_the_opening(opening_of: OpeningOf) -> None:
    opening = opening_of({"01-first.txt": FIRST, "02-second.txt": SECOND, "sources.toml": TOML})
    assert any("record 2,410 cents" in text for text in opening)
    assert any("fell to 2,180 cents" in text for text in opening)


def test_a_record_nobody_refers_back_to_is_not_forced(opening_of: OpeningOf) -> None:
    second = SECOND.replace("9.5 percent below the record set in\nearly June", "down 9.5 percent in six\nweeks")
    assert second != SECOND
    opening = opening_of({"01-first.txt": FIRST, "02-second.txt": second, "sources.toml": TOML})
    assert opening  # the lead's own choice: the record is no longer the story's key fact by reference
    assert not any("record 2,410 cents" in text for text in opening)


@pytest.mark.parametrize("text", ["rose to a record 13,480 dollars a tonne", "also a record",
                                  "hit a new all-time high of 6,140 euros", "closed at a record high"])
def test_statements_that_set_a_record(text: str) -> None:
    assert _STATES_RECORD.search(text)
    assert not _REFERS_RECORD.search(text)


@pytest.mark.parametrize("text", ["27 percent below the record set in early October", "2.6 percent below April's record",
                                  "down from its all-time high"])
def test_statements_that_refer_to_a_known_record(text: str) -> None:
    assert _REFERS_RECORD.search(text)
    assert not _STATES_RECORD.search(text)


@pytest.mark.parametrize("text", ["the minister said so for the record", "the company's track record of delivery",
                                  "the record label signed the band"])
def test_other_uses_of_record_are_neither(text: str) -> None:
    assert not _STATES_RECORD.search(text)
    assert not _REFERS_RECORD.search(text)
