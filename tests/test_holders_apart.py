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
