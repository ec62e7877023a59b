"""Two holders' values of one quantity are no history of each other, and a reporter holds no side:
invented text (estimates.other_holders, estimates.own_voice_of, compose's later-value links)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefgen.models import SourceMeta
from briefgen.notes.estimates import other_holders, own_voice_of

Build = Callable[..., tuple[Path, dict[str, str]]]


@pytest.mark.parametrize(("a", "b", "apart"), [
    (["The port authority"], ["Tidewater Consulting"], True),
    (["The finance ministry", ""], ["The Fiscal Policy Institute"], True),
    (["Harrow Mills"], ["Harrow Mills' chief financial officer"], False),  # one body
    (["the company"], ["Tidewater Consulting"], False),  # points back: which body, the phrase does not say
    ([""], ["Tidewater Consulting"], False),  # no one named: precision first
    ([], ["Tidewater Consulting"], False),
])
def test_other_holders_needs_two_named_parties(a: list[str], b: list[str], apart: bool) -> None:
    assert other_holders(a, b) is apart
    assert other_holders(b, a) is apart


def test_a_reporters_byline_holds_no_first_person_voice() -> None:
    assert own_voice_of(SourceMeta(kind="news report", author="Lena Brask", publisher="Coastline Wire")) == ""
    assert own_voice_of(SourceMeta(kind="analysis", author="Lena Brask; Tom Ode", publisher="Ode Research")) == "Lena Brask"
    assert own_voice_of(SourceMeta(kind="opinion", author="", publisher="The Harbour Review")) == "The Harbour Review"


_PORT = ("Kestrel port traffic forecast\n\nBy Lena Brask\n\n"
         "The Kestrel port authority on Monday forecast container traffic of 640,000 containers at the port "
         "in 2028, as it opened a tender for a second quay.\n\n"
         "The quay is due to cost 210 million euros.\n")
_CONSULT = ("Tidewater Consulting said on Thursday that container traffic at the port will reach 450,000 containers "
            "in 2028, well below the port authority's forecast, because two shipping lines have moved their calls.\n\n"
            "The consultancy advises the regional government on transport.\n")


def test_another_holders_forecast_is_no_earlier_value(cli_build: Build) -> None:
    _ws, briefs = cli_build({"01-wire-2027-03-01.txt": _PORT, "02-tidewater-2027-03-04.txt": _CONSULT}, "2027-03-05",
                            check=True)
    for text in briefs.values():
        assert "up from 640,000" not in text and "down from 640,000" not in text
        assert "from 640,000 containers (" not in text


def test_the_same_holders_later_forecast_still_replaces_its_own(cli_build: Build) -> None:
    later = ("Kestrel port lifts forecast\n\nThe Kestrel port authority on Friday forecast container traffic of "
             "700,000 containers at the port in 2028, after a third shipping line signed up.\n")
    _ws, briefs = cli_build({"01-wire-2027-03-01.txt": _PORT, "03-wire-2027-03-06.txt": later}, "2027-03-07")
    assert any("up from 640,000 containers" in text for text in briefs.values())


def test_a_quoted_speakers_first_person_is_the_speakers_not_the_reporters() -> None:
    from briefgen.notes.estimates import held_value
    from briefgen.notes.features import find_figures
    said = ("\u201cOur own survey puts the repair bill at 95 million euros,\u201d harbour master Ola Vinter "
            "told reporters.")
    held = held_value(said, find_figures(said), "Lena Brask")
    assert held is not None and held.holder == "Ola Vinter"


@pytest.mark.parametrize(("sentence", "value", "sayer"), [
    ("The shire says 212 culverts were blocked.", "212", "The shire"),
    ("The harbour board now says 40 moorings are empty.", "40", "The harbour board"),
    ("The boatmen's guild said 55 moorings were empty, up from 31.", "31", ""),  # a value it calls earlier
    ("Empty moorings rose to 40 last week.", "40", ""),  # no one says it
])
def test_a_clause_opened_by_its_sayer_gives_the_sayers_count(sentence: str, value: str, sayer: str) -> None:
    from briefgen.notes.estimates import said_by
    from briefgen.notes.features import find_figures
    figure = next(f for f in find_figures(sentence) if f.text.startswith(value))
    assert said_by(sentence, figure) == sayer


def test_a_body_pointed_back_to_by_its_kind_is_another_party_when_the_sources_name_it() -> None:
    texts = ["Ardley District Council closed the road. The council says 212 culverts were blocked."]
    assert other_holders(["The council"], ["The Ardley Farmers' Union"], texts) is True
    assert other_holders(["The council"], ["Council engineer Mo Hart"], texts) is False  # the council's own
    assert other_holders(["The council"], ["The Ardley Farmers' Union"]) is False  # no text names a council


_DITCH_1 = ("Culverts block after storm\n\nARDLEY, May 4 (Fenwire) - Ardley District Council closed six lanes on "
            "Monday after the storm.\n\nThe Ardley Farmers' Union put the number of blocked culverts at 61, "
            "saying many on private land had not been inspected.\n\nRepairs are due to start next week.\n")
_DITCH_2 = ("Ardley opens lanes\n\nARDLEY, May 8 (Fenwire) - Ardley District Council reopened four lanes on "
            "Thursday.\n\nThe council says 64 culverts were blocked by the storm and that all will be cleared "
            "by June.\n\nThe union says 89.\n")


def test_two_bodies_counts_are_no_trend(cli_build: Build) -> None:
    _ws, briefs = cli_build({"01-wire-2027-05-04.txt": _DITCH_1, "02-wire-2027-05-08.txt": _DITCH_2}, "2027-05-09")
    for text in briefs.values():
        assert "up from 61" not in text and "from 61 culverts (" not in text
