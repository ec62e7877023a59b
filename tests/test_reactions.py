"""Reactions: two parties reacting to one thing done with opposite valence are a dispute;
a remark that an event bears out past warnings is no stakeholder position."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.ingest.segment import sentence_spans
from briefgen.notes.disputes import disputes, short_reaction, stance
from briefgen.sections import position

FOR = ["The Orvik Ferry Users' Guild welcomed the new timetable.",
       "The Orvik Ferry Users' Guild praised the decision and said crossings would be quicker."]
AGAINST = ["The island council's opposition group criticised the decision.",
           'Opposition leader Mara Sund said it was "a gift to the operator paid for by islanders".',
           'Harbour master Tove Lind called the move "a step backwards" for the island.']


@pytest.mark.parametrize(("text", "sign"), [(FOR[0], 1), (FOR[1], 1), (AGAINST[0], -1), (AGAINST[1], -1),
                                            (AGAINST[2], -1)])
def test_a_reaction_to_something_done_has_its_sign_and_says_it_reacts(text: str, sign: int) -> None:
    found = stance(text)
    assert found is not None and found.sign == sign and found.reacts


@settings(deadline=None)
@given(st.sampled_from(FOR), st.sampled_from(AGAINST), st.integers(0, 3))
def test_opposite_reactions_near_each_other_in_one_report_are_a_dispute(pro: str, con: str, gap: int) -> None:
    filler = [f"The ferry carried {n + 200} cars on its first day under the new rules." for n in range(gap)]
    texts = [pro, *filler, con]
    places = [(0, i) for i in range(len(texts))]
    found = disputes(texts, [1.0] * len(texts), places=places)
    assert [(d.a, d.b) for d in found] == [(0, len(texts) - 1)]
    # In two reports nothing says the two react to the same thing (unless both name it: "the decision").
    a, b = stance(pro), stance(con)
    assert a is not None and b is not None
    assert a.object == b.object or disputes(texts, [1.0] * len(texts), places=[(i, 0) for i in range(len(texts))]) == []


def test_reactions_far_apart_or_of_one_valence_are_no_dispute() -> None:
    filler = [f"The ferry carried {n + 200} cars on its first day under the new rules." for n in range(5)]
    texts = [FOR[0], *filler, AGAINST[0]]
    assert disputes(texts, [1.0] * len(texts), places=[(0, i) for i in range(len(texts))]) == []
    same = [FOR[0], "The chamber of commerce also welcomed the decision."]
    assert disputes(same, [1.0, 1.0], places=[(0, 0), (0, 1)]) == []


def test_a_sentence_ending_on_a_noun_nupunkt_knows_as_an_abbreviation_still_ends() -> None:
    text = 'NedWind welcomed the higher cap. Milieudefensie said it was "a gift to the industry".'
    assert [text[a:b].strip() for a, b in sentence_spans(text)] == [
        "NedWind welcomed the higher cap.", 'Milieudefensie said it was "a gift to the industry".']
    assert short_reaction("NedWind welcomed the higher cap.")
    assert not short_reaction("The ferry left at noon.")


def test_a_remark_that_an_event_bears_out_past_warnings_is_no_position() -> None:
    assert not position('"This closure is exactly what we have been warning about," the mayor said.')
    assert position('"This closure is exactly what we have been warning about, and the ministry must act now," '
                    "the mayor said.")


def test_a_brief_shows_two_parties_reacting_to_one_decision_as_a_dispute(tmp_path: Path) -> None:
    from briefgen.workspace import init_workspace

    workspace = tmp_path / "ws"
    init_workspace(workspace, today="2026-05-06")
    (workspace / "sources" / "01-wire.txt").write_text(
        "Orvik council cuts ferry subsidy\n\n"
        "ORVIK, Norway (NordWire) - The Orvik island council on Tuesday cut\n"
        "its yearly ferry subsidy by 30 percent to 14 million crowns and\n"
        "handed the route to the private operator Fjordlink from June.\n\n"
        "Fjordlink will run eight crossings a day instead of eleven, the\n"
        "council said, and fares will rise by 12 percent.\n\n"
        "The Orvik Ferry Users' Guild welcomed the change. Opposition leader\n"
        'Mara Sund said it was "a gift to the operator paid for by islanders"\n'
        "and that the council should have kept the route public.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-w", str(workspace), "--audience", "policy", "--format", "md"])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(main, ["check", "-w", str(workspace)]).exit_code == 0
    brief = (workspace / "output" / "policy.md").read_text(encoding="utf-8")
    section = brief.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "Guild welcomed the change" in section and "a gift to the operator" in section
