"""Parties that support and oppose one measure, each side named whole: two stances on "the curfew"
pair even when they share no other word; "urges ... to delay" is against; "called the curfew unfair"
is a stance; a pronoun after "X said" is X; "the Minister" is the person the source names with
that title, or no side at all; a run-on quotation's claimant is the speaker before it; "rejected
that estimate" answers the sentence that gives the amount."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.notes import counterclaims, disputes
from briefgen.words import STOP_WORDS

# ---------------------------------------------------------------- stances on one definite thing

_NOUNS = ["ferry", "bypass", "curfew", "levy", "quota", "reservoir", "tariff", "rezoning", "pipeline"]


def test_support_and_opposition_on_one_definite_thing_pair() -> None:
    texts = ["The Harlow Cyclists' Union supports the curfew.", "The Drivers' Federation opposes the curfew."]
    found = disputes.disputes(texts, [1.0, 1.0])
    assert [(d.a, d.b) for d in found] == [(0, 1)]
    assert found[0].sides == ("Harlow Cyclists' Union", "Drivers' Federation")


@settings(max_examples=40, deadline=None)
@given(noun=st.sampled_from(_NOUNS) | st.from_regex(r"[a-z]{5,9}", fullmatch=True).filter(
    lambda w: w not in STOP_WORDS and not w.endswith(("ly", "ed", "ing", "s")) and not re.fullmatch(disputes._ACCOUNT, w)))
def test_same_stance_or_different_things_never_pair(noun: str) -> None:
    both_for = [f"The Kestrel Anglers' Club supports the {noun}.", f"The Marsh Ramblers back the {noun}."]
    assert disputes.disputes(both_for, [1.0, 1.0]) == []
    other = "bridge" if noun != "bridge" else "tunnel"
    apart = [f"The Kestrel Anglers' Club supports the {noun}.", f"The Marsh Ramblers oppose the {other}."]
    assert disputes.disputes(apart, [1.0, 1.0]) == []
    against = [f"The Kestrel Anglers' Club supports the {noun}.", f"The Marsh Ramblers oppose the {noun}."]
    assert len(disputes.disputes(against, [1.0, 1.0])) == 1


def test_urging_a_delay_is_against_and_a_decision_and_its_appeal_do_not_pair() -> None:
    urged = disputes.stance("The chamber of commerce urges the council to delay the curfew until 2029.")
    assert urged is not None and urged.sign == -1
    # both against the curfew: no dispute between them
    assert disputes.disputes(["The chamber of commerce urges the council to delay the curfew until 2029.",
                              "The hauliers' association opposes the curfew."], [1.0, 1.0]) == []
    assert disputes.disputes(["The tribunal upheld the fine on Monday.",
                              "The operator said it would appeal the fine."], [1.0, 1.0]) == []


def test_calling_a_measure_wrong_is_a_stance_on_it() -> None:
    found = disputes.stance('The farmers\' union called the curfew "unfair and unworkable".')
    assert found is not None and found.sign == -1 and found.holder == "Farmers' union" and found.object == "curfew"
    assert "unfair" not in found.about


def test_a_pronoun_after_a_second_speaker_is_that_speaker() -> None:
    found = disputes.stance("The port authority said the dredging was on schedule, and the environmental group "
                            "Clearwater said it would oppose the dredging.")
    assert found is not None and found.holder == "Clearwater" and found.sign == -1
    assert "port" not in found.about


# ---------------------------------------------------------------- a side named whole


def test_the_minister_is_the_person_the_source_names_with_the_title() -> None:
    texts = ["Minister of Transport Ola Berg said the line would open in May.",
             "The Minister rejected the union's demand for a referendum on the line."]
    party = counterclaims.Parties(texts, [0, 0]).of(1, "Minister")
    assert party is not None and party.person == "Ola Berg" and "Ola Berg" in party.label


def test_a_title_nobody_is_named_with_in_its_source_is_no_side() -> None:
    texts = ["Minister of Transport Ola Berg said the line would open in May.",
             "The Minister rejected the union's demand for a referendum on the line."]
    # the titled mention is in another source: "the Minister" of this one stays unnamed
    assert counterclaims.Parties(texts, [0, 1]).of(1, "Minister") is None
    # a body by what it is, in a corpus that uses no such title for a person, keeps its noun
    bodies = ["The utility said the pipes were sound.", "The utility rejected the claim."]
    assert counterclaims.Parties(bodies, [0, 0]).of(1, "Utility") is not None


def test_the_title_is_read_from_a_line_no_statement_quotes() -> None:
    texts = ["The Minister rejected calls to close the strait to foreign trawlers."]
    lead = "Press release\n\nMinister of Fisheries Ana Lund said:\n\n"
    party = counterclaims.Parties(texts, [0], before=lambda row: lead).of(0, "Minister")
    assert party is not None and party.label == "Ana Lund (Minister of Fisheries)"


# ---------------------------------------------------------------- a reply shown with the claim it rejects


def test_a_run_on_quotation_is_claimed_by_the_speaker_before_it() -> None:
    texts = ['"We have cut more than anyone," Trade Minister Ivo Brand said.',
             '"The northern claims are simply not compatible with the science."',
             "Harbour Minister Lea Tamm rejected that."]
    found = disputes.rebuttals(texts, [1.0, 1.0, 1.0], previous=[-1, 0, 1])
    assert [d.sides for d in found] == [("Ivo Brand", "Lea Tamm")]
    assert disputes.claimant(texts[1]) == frozenset()  # not "northern": a noun inside the quotation


def test_rejecting_an_estimate_answers_the_sentence_with_the_amount() -> None:
    texts = ["The chamber's economist, Rui Costa, said the curfew was badly timed.",
             "Rui Costa estimated that the curfew would cut visits by 4 to 7 percent.",
             "The chamber urges the council to wait until 2029.",
             "Mayor Ana Pires rejected that estimate."]
    found = disputes.rebuttals(texts, [1.0] * 4, previous=[-1, 0, 1, 2])
    assert [(d.a, d.b) for d in found] == [(1, 3)]


def test_rejecting_the_criticism_answers_the_critic_before_it() -> None:
    texts = ['"Families will pay for this through their bills," consumer group spokeswoman Eva Holm said.',
             "Northline rejected the criticism."]
    found = disputes.rebuttals(texts, [1.0, 1.0], previous=[-1, 0])
    assert [(d.a, d.b) for d in found] == [(0, 1)]


# ---------------------------------------------------------------- through the command line


def test_a_brief_heads_both_sides_by_name(tmp_path: Path) -> None:
    runner = CliRunner()
    workspace = tmp_path / "ws"
    assert runner.invoke(main, ["init", str(workspace)]).exit_code == 0
    (workspace / "sources" / "2026-03-02-wire.txt").write_text(
        "Ferry levy plan divides island\n\nBy Ana Ruiz\n\nSKARA, March 2 (Island Wire) - The island council on Monday "
        "proposed a levy of 4 euros on every car using the new ferry, saying the money would pay for the harbour.\n\n"
        "The Skara Ferry Users' Association opposes the levy. Its chair, Nils Dahl, said the charge would hit "
        "commuters hardest.\n\nThe Harbour Traders' Guild supports the levy and wants the money spent on the quay.\n",
        encoding="utf-8")
    result = runner.invoke(main, ["-w", str(workspace), "-q", "build", "--audience", "policy", "--format", "md"])
    assert result.exit_code == 0, result.output
    brief = (workspace / "output" / "policy.md").read_text(encoding="utf-8")
    assert "## Where sources disagree" in brief
    heading = next(line for line in brief.splitlines() if line.startswith("- **") and "against" in line)
    assert "Skara Ferry Users' Association" in heading or "Harbour Traders' Guild" in heading
    assert runner.invoke(main, ["-w", str(workspace), "check"]).exit_code == 0


def test_two_bodies_of_one_town_are_two_parties() -> None:
    texts = ["The Orlen Hoteliers' Association opposes the levy.",
             "The residents' group Orlen Vivible supports the levy."]
    assert [d.sides for d in disputes.disputes(texts, [1.0, 1.0])] == [
        ("Residents' group Orlen Vivible", "Orlen Hoteliers' Association")]
    assert disputes.stance("Orlen Parents for Five Days opposes the levy.").holder == "Orlen Parents for Five Days"
    # one body and the same name shortened stay one party
    assert disputes.disputes(["Orlen Transit supports the levy.", "Orlen Transit Authority opposes the levy."],
                             [1.0, 1.0]) == []
