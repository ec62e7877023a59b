"""A statement whose subject refers back ("The council has said ...", "The court said ...") needs no
bracket, no pairing and is not left out when the brief already shows, before it, the sentence that
introduced what it refers to: a dispute entry or a scheduled date is never lost to making statements
stand alone. Where the brief does not show that sentence, the statement is still paired, named or
left out (tests/test_back_reference.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.compose import Antecedent, _shown_before
from briefgen.models import Item, Section

_CANAL = {
    "01-wire-2026-03-09.txt": (
        "A lock gate failed beside the Tessby marina on the Orwen canal on Sunday, injuring no one but stranding "
        "eleven barges.\n\n"
        "The marina has said the failure was caused by a cracked hinge, while Brack Engineering blames a "
        "flood surge it says the marina ignored on 6 March.\n\n"
        "Three barges were towed back to Ardle.\n"),
    "02-gazette-2026-03-10.txt": (
        "Lock keepers held a one-day protest at Tessby over staffing levels.\n\n"
        "The barges are expected to move again on 28 March.\n"),
}

_TRIBUNAL = {
    "01-wire-2026-04-14.txt": (
        "The regional tax tribunal in Merrow on Monday halted a new levy on holiday lets, three weeks before "
        "it was due to start, after a complaint by landlords.\n\n"
        "The tribunal said the council had not published an impact study as the law requires. The order was "
        "temporary, the judges said, and the council could publish the study and start again.\n\n"
        "Council leader Hana Ost said the council would comply.\n"),
}


Build = Callable[..., tuple[Path, dict[str, str]]]
"""The `cli_build` fixture (conftest)."""


def _check(workspace: Path) -> None:
    result = CliRunner().invoke(main, ["check", "-w", str(workspace)])
    assert result.exit_code == 0, result.output


def test_a_dispute_whose_subject_the_brief_already_introduced_is_shown_as_written(cli_build: Build) -> None:
    workspace, briefs = cli_build(_CANAL, "2026-03-11")
    policy = briefs["policy"]
    first = policy.index("A lock gate failed beside the Tessby marina")
    section = policy.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    # The dispute, as written: no bracket, not quoted with the sentence before it, and after the bullet
    # that introduced the marina.
    assert "The marina has said the failure was caused by a cracked hinge, while Brack Engineering" in section
    assert policy.index("The marina has said") > first
    # once as a statement; a Timeline entry may tell the event by its clause alone, elided (tl20's design)
    assert policy.count("injuring no one but stranding eleven barges") == 1
    assert sum("A lock gate failed beside the Tessby marina" in line for line in policy.splitlines()
               if not (line.startswith("- **") and " ... [[" in line)) == 1
    assert "The barges are expected to move again on 28 March." in policy  # eleven barges, shown above it
    for body in briefs.values():
        assert "[the marina" not in body.lower()
    _check(workspace)


def test_a_pair_opening_on_the_court_stays_when_the_brief_shows_the_court_first(cli_build: Build) -> None:
    workspace, briefs = cli_build(_TRIBUNAL, "2026-04-15")
    for audience, body in briefs.items():
        if "The order was temporary" not in body:
            continue
        # Never alone ("The order" of what?), and never before the bullet that says which tribunal.
        line = next(line for line in body.splitlines() if "The order was temporary" in line)
        assert "The tribunal said the council had not published an impact study" in line, audience
        assert body.index("The regional tax tribunal in Merrow") < body.index(line), audience
    assert any("The order was temporary" in body for body in briefs.values())
    _check(workspace)


def test_a_later_run_after_the_user_renames_the_story_keeps_the_dispute(cli_build: Build) -> None:
    cli_build(_CANAL, "2026-03-11")
    workspace, briefs = cli_build({}, "2026-03-11", title="Orwen canal lock failure")
    section = briefs["policy"].split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "while Brack Engineering blames a flood surge" in section
    _check(workspace)


def _item(note_id: str) -> Item:
    return Item(text=note_id, citations=(1,), note_id=note_id, kind="fact")


class _Note:
    def __init__(self, id: str, start: int, end: int) -> None:
        from briefgen.models import Span

        self.id = id
        self.span = Span(source="s", start=start, end=end, para=0, sent=0, line=0)


class _Composer:
    def __init__(self, notes: list[_Note]) -> None:
        self.readable_by_id = {n.id: n for n in notes}


@settings(max_examples=60, deadline=None)
@given(st.permutations(["a", "b", "c", "x"]), st.integers(min_value=1, max_value=3), st.booleans())
def test_an_antecedent_counts_only_before_the_statement(order: list[str], cut: int, adjacent: bool) -> None:
    """The antecedent (note "a", the sentence at 0-10) counts when it is read before "x": anywhere
    before it, or, for a connective, as the statement just before it in the same section."""
    notes = [_Note("a", 0, 10), _Note("b", 11, 20), _Note("c", 21, 30), _Note("x", 31, 40)]
    sections = [Section(id="one", title="One", style="bullets", items=tuple(_item(i) for i in order[:cut])),
                Section(id="two", title="Two", style="bullets", items=tuple(_item(i) for i in order[cut:]))]
    antecedent = Antecedent(sentences=((0, 10),), adjacent=adjacent)
    shown = _shown_before(sections, _Composer(notes), notes[3], antecedent)  # type: ignore[arg-type]
    a, x = order.index("a"), order.index("x")
    if adjacent:
        assert shown == (a == x - 1 and (a < cut) == (x < cut))
    else:
        assert shown == (a < x)


_VOTE = {
    "01-wire-2026-02-02.txt": (
        "The Halden rowing federation cut its grant to clubs by 12 percent on Monday, citing lower sponsorship.\n\n"
        "Club treasurers said the cut would force higher fees.\n\n"
        "Separately, members of the Halden Umpires Guild voted to boycott the spring regatta over travel expenses.\n"),
}


def test_an_additive_connective_is_left_out_its_capital_bracketed_not_shown_and_not_paired(cli_build: Build) -> None:
    from briefgen.notes.context import additive_opening

    assert additive_opening("Separately, members voted.") == len("Separately, ")
    assert additive_opening("In addition to the fine, the firm paid costs.") == 0
    assert additive_opening("However, members voted.") == 0  # a contrast asks for what came before
    workspace, briefs = cli_build(_VOTE, "2026-02-03")
    for audience, body in briefs.items():
        assert "Separately," not in body, audience
        for line in body.splitlines():
            if "Halden Umpires Guild voted" in line:
                assert "\\[M\\]embers of the Halden Umpires Guild voted" in line, (audience, line)  # its capital bracketed
                assert "... members" not in line, (audience, line)
                assert "Club treasurers" not in line, (audience, line)
    assert any("Halden Umpires Guild voted" in body for body in briefs.values())
    _check(workspace)


def test_a_quotation_whose_speaker_is_a_role_of_its_body_never_stands_alone_in_a_brief() -> None:
    from briefgen.notes.context import points_back, speaker_by_pronoun

    quote = '"Three weeks is too little time," said its secretary, Ola Berg.'
    assert speaker_by_pronoun(quote) and not points_back(quote)  # the digest reads it as before
    assert not speaker_by_pronoun('"Three weeks is too little time," said Ola Berg, its secretary.')
    assert not speaker_by_pronoun("Its secretary said three weeks was too little time.")
