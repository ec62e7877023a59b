"""Statements that open on what the reader never saw, recognised by structure: the Penn Discourse
Treebank's connectives, a preposition governing an anaphor, an indefinite comparative, and a definite
description whose head noun its source introduced earlier (named in brackets, paired or left out)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.notes.context import (
    _PDTB_ADVERBIAL,
    _PDTB_SUBORDINATING,
    back_reference,
    name_for,
    needs_antecedent,
)

CLAUSES = ["the trust approved the budget.", "a lighthouse keeper found the wreck.", "fares will rise by 4%.",
           "the glacier lost 12 metres of ice.", "Orla Byrne won the seat."]


@given(st.sampled_from(_PDTB_ADVERBIAL), st.sampled_from(CLAUSES))
@settings(max_examples=60, deadline=None)
def test_a_discourse_adverbial_opening_a_sentence_needs_what_came_before(connective: str, clause: str) -> None:
    assert needs_antecedent(f"{connective[0].upper()}{connective[1:]}, {clause}")


@given(st.sampled_from([c for c in _PDTB_SUBORDINATING if " " not in c and c not in ("either", "neither", "for")]),
       st.sampled_from(CLAUSES))
@settings(max_examples=60, deadline=None)
def test_a_subordinate_clause_opening_a_sentence_keeps_both_arguments_in_it(connective: str, clause: str) -> None:
    sentence = f"{connective.capitalize()} the harbour reopened in May, {clause}"
    assert not needs_antecedent(sentence)


@pytest.mark.parametrize("sentence", [
    "Separately, Atlas Re raised its capital by 200 million.",
    "Conversely, the smaller ports lost trade.",
    "Thereafter the lighthouse stood empty.",
    "Later, the trust sold the island.",
    "Then the trust sold the island.",
    "Despite this, the trust sold the island.",
    "Under that scheme, crofters pay no rent.",
    "Because of them, the sale was delayed.",
    "A larger share went to the fishing fleet.",
    "A further 40 moorings will be built.",
])
def test_openers_that_need_an_antecedent(sentence: str) -> None:
    assert needs_antecedent(sentence)


@pytest.mark.parametrize("sentence", [
    "In addition to the levy, crofters pay a harbour fee.",
    "Instead of waiting, the trust sold the island.",
    "By comparison with 2019, landings fell by a third.",
    "Later this month the trust will vote.",
    "Further talks are planned for June.",
    "Overall landings fell by a third.",
    "Because the harbour silted up, the ferry moved.",
    "A larger share than last year went to the fleet.",
    "By that time the ferry had left.",
    "Elsewhere in Shetland, landings rose.",
])
def test_openers_that_stand_alone(sentence: str) -> None:
    assert not needs_antecedent(sentence)


SOURCE = ["Trust buys island", "The Skerry Island Heritage Trust bought the island of Holm for 1.2 million pounds.",
          "Its chair, Orla Byrne, said crofters would keep their leases."]


def test_a_description_the_source_introduced_before_refers_back() -> None:
    found = back_reference("The trust will also repair the pier, which collapsed in 2019.", SOURCE)
    assert found is not None and found.head == "trust"
    assert name_for(found, SOURCE) == "Skerry Island Heritage Trust"
    possessive = back_reference("The trust's surveyor said the pier could be saved.", SOURCE)
    assert possessive is not None and possessive.phrase == "The trust's"


def test_a_description_new_to_the_source_introduces_its_referent() -> None:
    # A news lead: "The county harbour authority" is new to its source (the headline is no antecedent).
    assert back_reference("The county harbour authority said the pier was unsafe.", ["Authority warns on pier"]) is None
    assert back_reference("The pier collapsed in 2019.", SOURCE) is None
    assert back_reference("The island has 40 residents.", SOURCE[:1] + ["Holm is remote."]) is None


def test_no_name_when_two_could_be_meant() -> None:
    earlier = ["The Skerry Island Heritage Trust and the Holm Landowners Trust both bid."]
    found = back_reference("The trust said the sale was fair.", earlier)
    assert found is not None and name_for(found, earlier) is None


def test_briefs_name_a_body_the_source_referred_back_to(tmp_path: Path) -> None:
    """End to end on an invented story: "The trust ..." is printed as "[The Skerry Island Heritage
    Trust] ...", the check verifies it, and no statement opens on a bare back-reference."""
    from click.testing import CliRunner

    from briefgen.cli import main
    from briefgen.workspace import init_workspace

    ws = tmp_path / "ws"
    init_workspace(ws, today="2026-06-10")
    (ws / "sources" / "island.txt").write_text(
        "Trust buys island for 1.2 million pounds\n\n"
        "The Skerry Island Heritage Trust bought the island of Holm for 1.2 million pounds on Tuesday, ending "
        "a two-year campaign by its 40 residents.\n\n"
        "The trust will spend a further 300,000 pounds repairing the island's pier, which collapsed in 2019.\n\n"
        "Its chair, Orla Byrne, said crofters would keep their leases for at least 25 years.\n",
        encoding="utf-8")
    (ws / "sources" / "ferry.txt").write_text(
        "Ferry to return to Holm\n\n"
        "The Northern Isles Ferry Company said on Wednesday it would restore a weekly sailing to Holm once "
        "the pier is repaired.\n\n"
        "Orla Byrne said the ferry would let children attend school on the mainland.\n",
        encoding="utf-8")
    runner = CliRunner()
    build = runner.invoke(main, ["build", "-w", str(ws), "--audience", "all", "--format", "md"])
    assert build.exit_code == 0, build.output
    text = re.sub(r"\\(.)", r"\1", "\n".join(p.read_text(encoding="utf-8") for p in (ws / "output").glob("*.md")))
    bullets = re.findall(r"^- (?:\*\*[^*]+\*\* (?:— )?)?(.+)$", text.split("## Evidence")[0], flags=re.MULTILINE)
    assert not any(b.startswith("The trust ") for b in bullets), bullets
    assert "[The Skerry Island Heritage Trust] will spend" in text
    check = runner.invoke(main, ["check", "-w", str(ws)])
    assert check.exit_code == 0, check.output
