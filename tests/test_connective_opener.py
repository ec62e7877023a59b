"""A statement its source opens on an additive connective ("Separately, ...") is quoted from its
subject, the cut always visible: the capital bracketed ("[T]he ministry ...") when the subject opens in
lower case, an ellipsis before it ("... Orland's port authority") when it opens on a capital of its own
(nothing else would show that words were cut). "A spokesman for the company said ..." names the company
in a bracket when the sentence before names one, and is left out of the briefs when none."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.notes.context import Named, opens_on_earlier, standalone_quote

Build = Callable[..., tuple[Path, dict[str, str]]]

_BRIDGE = {
    "01-wire-2026-05-04.txt": (
        "The Orland county council on Monday approved a 31 million euro footbridge over the Vess river, "
        "to open in 2028.\n\n"
        "Separately, Orland's port authority raised mooring fees by 6 percent from July.\n\n"
        "Separately, the county's planning board rejected a second marina at Lunde.\n\n"
        "However, Halstrom Bygg said it would appeal the tender. A spokesman for the company said the "
        "award \"ignored our lower price\".\n"),
}


def _shown(briefs: dict[str, str]) -> list[str]:
    return [line for body in briefs.values() for line in body.splitlines()
            if line.startswith(("- ", "| ")) or " — " in line]


def test_a_dropped_connective_is_always_marked_and_the_check_passes(cli_build: Build) -> None:
    workspace, briefs = cli_build(_BRIDGE, "2026-05-05")
    lines = _shown(briefs)
    assert not any("Separately" in line for line in lines)
    assert not any("... the county's" in line for line in lines)
    port = [line for line in lines if "port authority raised mooring fees" in line]
    board = [line for line in lines if "planning board rejected" in line]
    assert port or board
    assert all("... Orland's port authority raised" in line for line in port)
    assert all("\\[T\\]he county's planning board" in line for line in board)
    assert not any("spokesman for the company" in line for line in lines)
    result = CliRunner().invoke(main, ["check", "-w", str(workspace)])
    assert result.exit_code == 0, result.output


def test_a_spokesman_for_the_company_needs_the_company_named() -> None:
    quote = 'A spokesman for the company said the award "ignored our lower price".'
    assert opens_on_earlier(quote)
    assert not opens_on_earlier('A spokesman for Halstrom Bygg said the award was unfair.')
    assert not opens_on_earlier('A spokesman for the company Halstrom Bygg said the award was unfair.')
    made = standalone_quote(quote, [("However, Halstrom Bygg said it would appeal the tender.", ())],
                            {"Halstrom", "Bygg"})
    assert made is not None and made.quote.startswith("A spokesman for [Halstrom Bygg] said")
    # two companies named before: which one is not certain, so nothing is made
    assert standalone_quote(quote, [("Halstrom Bygg and Vessel Works said they would appeal.",
                                     (Named("Halstrom Bygg", "organisation"), Named("Vessel Works", "organisation")))],
                            {"Halstrom", "Bygg", "Vessel", "Works"}) is None


@given(st.sampled_from(["spokesman", "spokeswoman", "spokesperson", "representative"]),
       st.sampled_from(["company", "firm", "group", "agency"]))
def test_any_role_for_a_generic_body_points_back(role: str, noun: str) -> None:
    assert opens_on_earlier(f"A {role} for the {noun} said the plan was sound.")
    assert not opens_on_earlier(f"A {role} for Halstrom said the plan was sound.")
