"""The policy brief's disputes between a body and who appeals its decision, a rejection of the claim
just before it, one row per party (a body and its leader), and a Situation that opens on the central
event even when that event is one side of a dispute. Invented text only."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.notes import counterclaims, disputes

# ---------------------------------------------------------------- a decision and its appeal


@pytest.mark.parametrize(("decision", "appeal"), [
    ("The Harbour Authority on Friday banned cruise ships from the inner basin, citing damage to the quay walls.",
     "The Cruise Lines Association said it would challenge the inner basin ban for cruise ships in court."),
    ("The competition regulator blocked the takeover of Pellam Foods by Grisby last week.",
     "Grisby said it would appeal against the decision to block the takeover of Pellam Foods."),
])
def test_a_body_s_decision_and_a_challenge_of_it_are_a_dispute(decision: str, appeal: str) -> None:
    found = disputes.disputes([decision, appeal], [1.0, 1.0])
    assert [(d.a, d.b) for d in found] == [(0, 1)]


@pytest.mark.parametrize("text", ["The mayor appealed for calm after the vote.",
                                  "Residents appealed to the council to keep the library open."])
def test_an_appeal_for_something_is_no_challenge(text: str) -> None:
    found = disputes.stance(text)
    assert found is None or found.sign > 0


@given(st.sampled_from(["on Monday", "on Tuesday", "yesterday", "last week", "on March 3", "in June"]))
def test_when_it_was_done_is_no_part_of_the_doer(when: str) -> None:
    found = disputes.stance(f"The Valley Water Board {when} banned garden hoses for the summer.")
    assert found is not None and found.holder == "Valley Water Board" and found.sign > 0


def test_a_rejection_of_that_claim_answers_the_claim_before_it_even_a_negative_one() -> None:
    texts = ["Mara Quint, Tessel Rail's chief executive, said: \"The grant does not cover the new signals.\"",
             "The transport agency rejected that claim."]
    found = disputes.rebuttals(texts, [1.0, 1.0], previous=[-1, 0])
    assert [(d.a, d.b) for d in found] == [(0, 1)]


def test_the_commission_is_the_one_commission_the_corpus_names() -> None:
    texts = ["The Rail Fares Commission cut the requested rise.", "Tessel Rail argues the cut is too deep.",
             "The commission disputes that."]
    parties = counterclaims.Parties(texts, [0, 1, 1])
    party = parties.of(2, "Commission")
    assert party is not None and party.body == "Rail Fares Commission"
    two = counterclaims.Parties(texts + ["The Water Commission said nothing."], [0, 1, 1, 2])
    other = two.of(2, "Commission")
    assert other is None or other.body != "Rail Fares Commission"


# ---------------------------------------------------------------- one row per party


@pytest.mark.parametrize("text", ["The prime minister of Norland, Ilse Vaar, said the tax would stay.",
                                  "Ilse Vaar, Norland's prime minister, said the tax would stay."])
def test_a_prime_minister_speaks_for_her_country(text: str) -> None:
    known = counterclaims.affiliations([text])
    assert known.get("vaar") == frozenset({"norland"})
    assert counterclaims.one_party(("Ilse Vaar", "prime minister"), ("Government of Norland", ""), known)
    assert not counterclaims.one_party(("Ilse Vaar", "prime minister"), ("Government of Sudria", ""), known)
    assert not counterclaims.one_party(("Finance Ministry", ""), ("Transport Ministry", ""), known)


# ---------------------------------------------------------------- a run of a workspace


def test_the_situation_opens_on_the_decision_a_party_appeals(tmp_path: Path) -> None:
    from briefgen.workspace import init_workspace

    workspace = tmp_path / "ws"
    init_workspace(workspace, today="2026-05-10")
    sources = workspace / "sources"
    (sources / "01-wire-2026-05-05.txt").write_text(
        "The Harbour Authority on Tuesday banned cruise ships from the inner basin of Pellport from July, "
        "citing damage to the quay walls.\n\n"
        "About 140 cruise calls a year use the inner basin, according to the authority.\n\n"
        "\"The walls cannot take the weight of these ships any longer,\" the authority's director, Ruth Amsel, said.\n",
        encoding="utf-8")
    (sources / "02-paper-2026-05-08.txt").write_text(
        "The Cruise Lines Association said on Thursday it would challenge the inner basin ban for cruise ships "
        "in the administrative court, arguing the authority ignored its own engineers.\n\n"
        "Shops near the quay expect to lose a fifth of their summer trade, the chamber of commerce said.\n",
        encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-w", str(workspace), "--audience", "policy", "--format", "md"])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(main, ["check", "-w", str(workspace)]).exit_code == 0
    md = (workspace / "output" / "policy.md").read_text(encoding="utf-8")
    situation = md.split("## Situation", 1)[1].split("\n## ", 1)[0]
    assert "banned cruise ships" in situation
    section = md.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "challenge the inner basin ban" in section


def test_a_decision_told_in_a_subordinate_clause_is_no_stance() -> None:
    """The example's policy brief set "As the U.S. imposed stricter export controls on AI chips to
    China, companies like Huawei have accelerated ..." against a forecast that China may reject a
    chip: the decision there is background to the sentence, not the U.S. standing for it."""
    assert disputes.stance("As the U.S. imposed stricter export controls on AI chips to China, companies like Huawei "
                  "have accelerated their efforts to develop domestic chips.") is None
    assert disputes.stance("When the regulator blocked the merger, shares in both companies fell.") is None
    held = disputes.stance("The Fisheries Ministry banned bottom trawling in the bay on Monday.")
    assert held is not None and held.sign == 1 and held.holder == "Fisheries Ministry"
