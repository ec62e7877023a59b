"""Fitting a brief to max_pages: the budget search finds a budget that fits, close to the
largest that does; an unchanged rebuild lays out once; a brief that cannot fit is an error."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.audiences import load_profile
from briefgen.errors import RenderError
from briefgen.render import fit
from briefgen.workspace import init_workspace, load_config

FULL = 900  # words the brief uses at the profile's own budget


def layout(words_per_page: int, tries: list[int | None]) -> fit.Render[int]:
    """An attempt whose pages grow with the words used (a stand-in for WeasyPrint)."""

    def attempt(budget: int | None) -> fit.Attempt[int]:
        tries.append(budget)
        words = FULL if budget is None else min(FULL, budget)
        return fit.Attempt(words, -(-words // words_per_page), words)

    return attempt


@pytest.fixture
def setup(tmp_path: Path):  # type: ignore[no-untyped-def]
    init_workspace(tmp_path / "ws", today="2026-01-05")
    config = load_config(tmp_path / "ws")
    return config, replace(load_profile(config, "executive"), max_pages=2)


@settings(max_examples=60, deadline=None)
@given(words_per_page=st.integers(min_value=40, max_value=1000))
def test_the_fitted_budget_fits_and_is_close_to_the_largest_that_does(tmp_path_factory: pytest.TempPathFactory,
                                                                       words_per_page: int) -> None:
    ws = tmp_path_factory.mktemp("fit") / "ws"
    init_workspace(ws, today="2026-01-05")
    config = load_config(ws)
    profile = replace(load_profile(config, "executive"), max_pages=2)
    tries: list[int | None] = []
    words = fit.fit(config, "key", profile, layout(words_per_page, tries))
    largest = min(FULL, 2 * words_per_page)
    assert words <= largest
    assert largest - words <= max(8, largest // 10) + 1
    assert len(tries) <= 1 + fit.PAGE_FIT_TRIES


def test_an_unchanged_rebuild_lays_out_once(setup) -> None:  # type: ignore[no-untyped-def]
    config, profile = setup
    first: list[int | None] = []
    words = fit.fit(config, "same brief", profile, layout(300, first))
    assert len(first) > 2
    again: list[int | None] = []
    assert fit.fit(config, "same brief", profile, layout(300, again)) == words
    assert again == [words]


def test_a_brief_that_fits_at_its_own_budget_is_laid_out_once(setup) -> None:  # type: ignore[no-untyped-def]
    config, profile = setup
    tries: list[int | None] = []
    assert fit.fit(config, "short", profile, layout(1000, tries)) == FULL
    assert tries == [None]


def test_a_brief_that_cannot_fit_names_the_profile_and_what_to_do(setup) -> None:  # type: ignore[no-untyped-def]
    config, profile = setup

    def never(budget: int | None) -> fit.Attempt[int]:
        return fit.Attempt(0, 9, FULL if budget is None else budget)

    with pytest.raises(RenderError, match="executive brief does not fit in 2 pages.*raise max_pages"):
        fit.fit(config, "huge", profile, never)
