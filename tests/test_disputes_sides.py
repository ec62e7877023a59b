"""Disagreements a reader accepts as real: a side is a party (a noun phrase, not a clause), blame put on a
party's thing and its defence of that thing is a counter-claim, a dated move against an undated one is
news, and a side's label does not repeat a speaker its quotation names."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.notes import conflicts, counterclaims
from briefgen.notes.disputes import Dispute
from briefgen.render.markdown import environment
from briefgen.words import STOP_WORDS

# ---------------------------------------------------------------- a side is a party


@pytest.mark.parametrize("side", ["Although it.", "Although it", "Because the council", "They", "When it",
                                  "While it regretted the decision, the council"])
def test_a_clause_or_a_pronoun_is_no_party(side: str) -> None:
    assert conflicts.party_name(side) == ""


@pytest.mark.parametrize("side", ["Tamarack", "The Friends of Ashby Library", "Simon Ashgrove", "the operator",
                                  "Acme Inc.", "J.P. Morgan"])
def test_a_name_or_a_role_is_a_party(side: str) -> None:
    assert conflicts.party_name(side) == side


@pytest.mark.parametrize("name", ["Theresa May", "Jamie Long", "Aaa Are"])
def test_a_name_ending_in_a_capitalised_auxiliary_keeps_it(name: str) -> None:
    assert conflicts.party_name(name) == name
    assert conflicts.party_name(f"{name} has") == name


@pytest.mark.parametrize(("side", "party"), [
    ("Wednesday", ""), ("March 3, 2026", ""), ("On Wednesday", ""),
    ("On Wednesday the group", "the group"), ("Last week, the union", "the union"),
    ("In October the board", "the board"), ("Early on Tuesday the council", "the council"),
    ("Wednesday, the Food and Drug Administration", "the Food and Drug Administration"),
    ("Tuesday the court", "the court"),
    # a day's name as a name's first word stays
    ("Monday Properties", "Monday Properties"), ("Friday Harbor council", "Friday Harbor council"),
    ("The May Group", "The May Group"),
])
def test_a_time_is_no_party_and_no_part_of_one(side: str, party: str) -> None:
    assert conflicts.party_name(side) == party


# a name's words are no function words ("Aaa Any" is no name: "any" is a determiner), and it does not
# open on a time ("May Alba", "Today Alba": a time is no party, test_a_time_is_no_party_and_no_part_of_one)
@given(st.sampled_from(sorted(conflicts._CLAUSE_OPENER)),
       st.from_regex(r"[A-Z][a-z]{2,9}( [A-Z][a-z]{2,9}){0,2}", fullmatch=True)
       .filter(lambda name: not any(word.lower() in STOP_WORDS for word in name.split()))
       .filter(lambda name: conflicts._WHEN_FIRST.match(name) is None))
def test_a_name_after_a_clause_opener_is_still_no_party(opener: str, name: str) -> None:
    assert conflicts.party_name(f"{opener.capitalize()} {name}") == ""
    assert conflicts.party_name(name) == name


def test_a_dispute_with_a_clause_for_a_side_is_not_shown_as_one_between_parties() -> None:
    texts = ["Tamarack said the new quarry would ruin the valley.",
             "Although it was approved in May, the plan was never popular."]
    parties = counterclaims.Parties(texts, [0, 1])
    dispute = Dispute(0, 1, ("Tamarack", "Although it."), ("quarri",))
    assert parties.apart(0, 1, dispute) is None
    named = Dispute(0, 1, ("Tamarack", "Ridge Quarries"), ("quarri",))
    assert parties.apart(0, 1, named) is not None


# ---------------------------------------------------------------- blame through a thing, and its defence


def _blame_pairs(texts: list[str]) -> list[tuple[int, int]]:
    known, roles = counterclaims.affiliations(texts), counterclaims.aliases(texts)
    said = counterclaims.speakers(texts, list(range(len(texts))), range(len(texts)))
    found = [counterclaims.blame(t, said[i], known, roles) if counterclaims.may_blame(t) else None
             for i, t in enumerate(texts)]
    return [(d.a, d.b) for d in counterclaims.blames(texts, [1.0] * len(texts), found)]


@pytest.mark.parametrize(("claim", "answer"), [
    ("The ferry operator said the breakdown was caused by a gearbox made by Lindqvist Marine.",
     "Lindqvist Marine said its gearbox met every standard set by the classification society."),
    ("Orchard Growers said the blight came from seedlings supplied by Verdant Nurseries.",
     "\"Our seedlings passed every inspection before they left,\" said Verdant Nurseries director Ola Brenn."),
])
def test_blame_put_on_a_partys_thing_and_its_defence_is_a_counter_claim(claim: str, answer: str) -> None:
    assert _blame_pairs([claim, answer]) == [(0, 1)]


@pytest.mark.parametrize("answer", [
    "Lindqvist Marine said it would replace the gearbox at its own cost.",  # accepting, not rejecting
    "Lindqvist Marine said its order book grew 8% this year.",  # another matter
    "Lindqvist Marine said its engines met every standard.",  # a thing nobody blamed
])
def test_no_counter_claim_without_a_defence_of_the_blamed_thing(answer: str) -> None:
    claim = "The ferry operator said the breakdown was caused by a gearbox made by Lindqvist Marine."
    assert _blame_pairs([claim, answer]) == []


# ---------------------------------------------------------------- a sequence of moves is news


def _conflicts(a: str, b: str, dates: list[str] | None = None) -> list[conflicts.Conflict]:
    from briefgen.notes.features import find_figures

    figures = [tuple(find_figures(t)) for t in (a, b)]
    return conflicts.disagreements([(0, 1, 0.9)], [a, b], figures, ["0", "1"], [1.0, 1.0], dates=dates)


def test_a_dated_move_and_an_undated_one_are_no_dispute() -> None:
    fell = "Shares in Corvid Shipping fell 4% on Monday after the port inquiry opened."
    assert _conflicts(fell, "Corvid Shipping shares rose 2% as investors judged the fine would be small.",
                      ["2026-06-01", ""]) == []
    assert _conflicts(fell, "Corvid Shipping shares rose 2% on Wednesday as investors returned.") == []
    # the same day, two accounts: still a disagreement
    assert _conflicts(fell, "Corvid Shipping shares rose 2% on Monday, the exchange said.") != []


# ---------------------------------------------------------------- a side's label


def _holder(name: str, text: str, label: str = "") -> str:
    macros = environment(None).get_template("macros.md.j2").module
    return str(macros.holder(name, SimpleNamespace(see=(), text=text, label=label)))  # type: ignore[attr-defined]


def test_a_label_does_not_repeat_the_speaker_its_quotation_names() -> None:
    quote = "\u201cWe will not sell below book value,\u201d Tollan partner Simon Ashgrove said."
    assert _holder("Tollan (Simon Ashgrove, partner)", quote) == ""
    assert _holder("Tollan (Simon Ashgrove, partner)", "\u201cWe will not sell,\u201d Ashgrove said.") == ""
    assert _holder("Tollan (Simon Ashgrove, partner)", "\u201cWe will not sell,\u201d the firm said.") \
        == "Tollan (Simon Ashgrove, partner): "
    assert _holder("Tollan", "Tollan said it would not sell.") == ""
    # nor when the side's label names them ("Opinion (Clean Air Dublin, 3 March 2026)")
    assert _holder("Clean Air Dublin", "The charge is too low.", label="Opinion (Clean Air Dublin, 3 March 2026)") == ""
    assert _holder("Clean Air Dublin", "The charge is too low.", label="Opinion (Dublin Chamber, 3 March 2026)") \
        == "Clean Air Dublin: "


# ---------------------------------------------------------------- runs of a workspace


def test_a_defence_added_in_a_later_run_shows_the_counter_claim_with_both_parties(tmp_path: Path) -> None:
    from briefgen.workspace import init_workspace

    workspace = tmp_path / "ws"
    init_workspace(workspace, today="2026-06-10")
    sources = workspace / "sources"
    (sources / "01-wire-2026-06-08.txt").write_text(
        "Ringmoor water park shut its wave pool on Monday after a pump failed during the morning session.\n\n"
        "Although it reopened the slides, the park kept the pool closed.\n\n"
        "The park's owner, Solbad Leisure, said the failure was caused by a pump supplied by Hartig Pumps.\n",
        encoding="utf-8")

    def build() -> str:
        result = CliRunner().invoke(main, ["build", "-w", str(workspace), "--audience", "policy", "--format", "md"])
        assert result.exit_code == 0, result.output
        assert CliRunner().invoke(main, ["check", "-w", str(workspace)]).exit_code == 0
        return (workspace / "output" / "policy.md").read_text(encoding="utf-8")

    assert "## Where sources disagree" not in build()
    (sources / "02-statement-2026-06-09.txt").write_text(
        "Hartig Pumps said its pump met every specification in the contract and had been serviced in May.\n\n"
        "The company said it would send engineers to the park.\n", encoding="utf-8")
    md = build()
    section = md.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "**Solbad Leisure against Hartig Pumps.**" in section
    assert "Although" not in section.split(".**", 1)[0]


@pytest.mark.parametrize(("text", "name"), [
    ("Analysts cut their targets on Halvorsen Therapeutics on Wednesday, a day after the company's drug failed.", ""),
    ("In March, a month after the company opened, Tollan, a Boston company, said it would expand.", "Tollan"),
    ("Mayfair, a London company, said it would appeal.", "Mayfair"),
])
def test_a_day_or_month_never_names_the_body_a_text_introduces(text: str, name: str) -> None:
    assert counterclaims._introduced("company", text) == name
