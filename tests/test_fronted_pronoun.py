"""A brief statement whose clause has a pronoun for its subject after a fronted adjunct ("After removing 16
duplicate reports, it said 356 cases ...") leans on the sentence before it just as one opening on "It said"
does: paired with that sentence or left out, never printed alone. A body a statement names only by its kind
("The ministry's 40 million crowns ...") is seen once a statement printed before it names that kind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.notes.context import fronted_pronoun_subject, opens_on_earlier, unseen_kinds

Build = Callable[..., tuple[Path, dict[str, str]]]
"""The `cli_build` fixture (conftest)."""


@pytest.mark.parametrize("sentence", [
    "After removing 16 duplicate reports, it said 356 cases had been confirmed since September.",
    "After re-testing the samples, they found traces of lead in four wells.",
    "In its report, it said frost had damaged trees on about 310,000 hectares.",
    "On Thursday, he said the board would meet again.",
    "Citing data from the harbour office, she said 40 ships were waiting.",
    "In 2025, its revenue rose 4 percent.",
    "Speaking to reporters in Tallinn, he said the deal was close.",
])
def test_a_pronoun_subject_after_an_adjunct_leans_back(sentence: str) -> None:
    assert fronted_pronoun_subject(sentence) and opens_on_earlier(sentence)


@pytest.mark.parametrize("sentence", [
    "After the agency published its data, it said the risk was low.",  # a clause: "the agency" may be "it"
    "In the ministry's view, it is too early to act.",
    "In Weiz, he said the clinic was full.",  # a name the pronoun may stand for
    "After the vote, it was unclear whether the plan would pass.",  # no reference
    "In a statement, the ministry said the vaccine was safe.",
    "Under the contract, Kiruna Orbital will pay 25 million euros.",
    "Nothing, it said, had changed.",
    "When the council met, they agreed to wait.",
])
def test_an_adjunct_that_may_hold_the_antecedent_or_no_pronoun_subject(sentence: str) -> None:
    assert not fronted_pronoun_subject(sentence)


_LOWER = st.text(alphabet="abcdefghijklmnoprstuvw", min_size=2, max_size=8)


@settings(max_examples=60, deadline=None)
@given(verb=_LOWER, rest=st.lists(_LOWER, min_size=1, max_size=5), pronoun=st.sampled_from(["he", "she", "they"]))
def test_any_gerund_adjunct_before_a_personal_pronoun(verb: str, rest: list[str], pronoun: str) -> None:
    gerund = verb + "ing"
    if gerund in ("during", "morning", "evening", "nothing", "thing", "according", "including", "spring", "king",
                  "ring", "wing", "ceiling", "building", "something", "anything", "everything"):
        return
    sentence = f"After {gerund} {' '.join(rest)}, {pronoun} said the plan had changed."
    assert fronted_pronoun_subject(sentence)
    assert not fronted_pronoun_subject(f"After {gerund} {' '.join(rest)}, it was unclear whether the plan had changed.")


def test_a_body_named_by_its_kind_only() -> None:
    assert unseen_kinds("The ministry's 40 million crowns remain on offer, a spokesman said.") == ("ministry",)
    assert unseen_kinds("The ministry's 40 million crowns remain on offer.", "Ministry aid for dockers") == ()
    assert unseen_kinds("The ministry's offer to Vessmark stands.") == ()  # it names a place


_COUNT = {
    "01-wire-2026-05-04.txt": (
        "ORLA, May 4 (Coast Wire) - Voters in the island district of Orla will elect a new council on Sunday, "
        "the first election since the district's boundaries were redrawn in 2025.\n\n"
        "Turnout in the last election was 61 percent. Six parties are standing.\n"),
    "02-update-2026-05-06.txt": (
        "ORLA, May 6 (Coast Wire) - The Orla District Election Board revised its count on Tuesday.\n\n"
        "After removing 212 ballots counted twice, it said the Green Coast party had won 9 of the 21 seats, "
        "not the 10 it had announced on Monday.\n\n"
        "Green Coast leader Mirja Salo said the party accepted the result.\n"),
}

_AID = {
    "01-wire-2026-09-07.txt": (
        "VESSMARK, Sept 7 (Northern Freight Wire) - Ferry crews at the port of Vessmark walked out on Monday, "
        "halting crossings to the islands.\n\n"
        "The transport ministry offered a support package of 40 million crowns for crews who accept a new rota.\n"),
    "02-talks-2026-09-09.txt": (
        "VESSMARK, Sept 9 (Harbour Daily) - Talks between the crews' union and ferry operators resumed on "
        "Wednesday, with 14 crossings cancelled.\n\n"
        "The gap between the two sides has narrowed to 2 percentage points, union leader Petra Lunde said.\n\n"
        "The ministry's 40 million crowns remain on offer, a spokesman said.\n"),
}


def test_a_revised_count_is_never_told_by_an_unnamed_it(cli_build: Build) -> None:
    _workspace, briefs = cli_build(_COUNT, "2026-05-06", check=True)
    for audience, text in briefs.items():
        for line in text.splitlines():
            assert "— After removing" not in line and not line.lstrip("-* ").startswith("After removing"), \
                (audience, line)


def test_the_ministry_named_before_lets_its_kind_stand(cli_build: Build) -> None:
    workspace, briefs = cli_build(_AID, "2026-09-09", check=True)
    for audience, text in briefs.items():
        at = text.find("The ministry's 40 million crowns remain on offer")
        if at >= 0:
            assert "transport ministry" in text[:at], audience
    whole = [(workspace / "output" / f"{a}.md").read_text(encoding="utf-8") for a in briefs]
    # cited as written (a bullet, or a second source for the ministry's offer), never with the unrelated
    # sentence before it
    assert any("“The ministry's 40 million crowns remain on offer" in text for text in whole)
    assert not any("Petra Lunde said. The ministry's" in text for text in whole)


def test_the_pronoun_named_by_the_description_the_sentence_before_refers_to() -> None:
    from briefgen.notes.context import subject_description
    earlier = ["Inquiry finds faults", "KALMAR, June 2 - Two bridges were shut on Monday, the regional roads agency said."]
    assert subject_description("The agency also revised its repair estimate.", earlier) == "the regional roads agency"
    assert subject_description("The agencies also revised their estimates.", earlier) is None  # not "it"
    assert subject_description("Officials revised the estimate.", earlier) is None


_ROADS = {
    "01-wire-2026-06-02.txt": (
        "KALMAR, June 2 (Coast Wire) - Two road bridges near Kalmar were shut on Monday after inspectors found "
        "corroded cables, the regional roads agency said.\n\n"
        "The agency also revised its repair estimate. After adding the cost of temporary ferries, it said the "
        "work would cost 48 million crowns, not the 31 million crowns it gave in May.\n\n"
        "Local businesses said the closure was costing them customers.\n"),
}


def test_a_bracket_names_the_body_and_check_passes(cli_build: Build) -> None:
    workspace, briefs = cli_build(_ROADS, "2026-06-02", check=True)
    whole = "\n".join((workspace / "output" / f"{a}.md").read_text(encoding="utf-8") for a in briefs)
    assert ", it said the work would cost" not in "\n".join(briefs.values())
    assert r"\[the regional roads agency\] said the work would cost 48 million crowns" in whole
