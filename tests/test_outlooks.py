"""Views apart and splits stated whole (briefgen.notes.outlooks), on invented text."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.notes import outlooks

UP = "Most grain traders expect wheat export duties to rise before the harvest."
DOWN = "\"I expect export duties to be cut by the spring,\" said Olena Marchuk, an analyst at the Kyiv bank Prominvest."


def test_a_named_view_and_a_counted_one_that_expect_different_ways_are_apart() -> None:
    found = outlooks.views_apart([UP, DOWN], [0, 0], [1.0, 1.0])
    assert [(d.a, d.b, d.sides) for d in found] == [(0, 1, ("Most grain traders", "Olena Marchuk"))]


def test_the_he_of_a_quotation_is_the_person_the_sentence_before_names() -> None:
    earlier = ["Tomas Varga, head of research at Danube Securities, disagreed."]
    found = outlooks.view("\"The rains came in time. I expect export duties to fall,\" he said.", earlier)
    assert found is not None and found.holder == "Tomas Varga" and found.way == -1
    assert outlooks.view("\"The rains came in time. I expect export duties to fall,\" he said.") is None


def test_a_person_who_said_he_expected_holds_the_view() -> None:
    found = outlooks.view("Port director Aksel Brandt said he expected container traffic to hold steady.")
    assert found is not None and found.holder == "Aksel Brandt" and found.way == 0


def test_views_that_agree_a_view_and_a_fact_and_views_of_different_things_are_not_apart() -> None:
    agree = "Olena Marchuk of Prominvest also expects export duties to rise, though more slowly."
    fact = "The ministry cut export duties on wheat by 5 percent on Monday."
    other = "\"I expect bread prices in Kyiv to fall,\" said Olena Marchuk, an analyst at Prominvest."
    for second in (agree, fact, other):
        assert outlooks.views_apart([UP, second], [0, 0], [1.0, 1.0]) == []


def test_one_holder_twice_is_no_disagreement() -> None:
    texts = ["Prominvest expects export duties to rise in May.", "Prominvest expects export duties to be cut in 2028."]
    assert outlooks.views_apart(texts, [0, 0], [1.0, 1.0]) == []


def test_across_sources_two_shared_words_are_needed() -> None:
    one = "Most brokers expect rates to rise."
    two = "\"I expect rates to fall,\" said Ana Lindqvist, an analyst at Nordbank."
    assert outlooks.views_apart([one, two], [0, 0], [1.0, 1.0])  # near in one source: one word will do
    assert outlooks.views_apart([one, two], [0, 1], [1.0, 1.0]) == []


def test_a_split_stated_whole() -> None:
    contrast = outlooks.split("Most vintners expect the tariff to be lifted next year, but a sizeable minority argue "
                              "that the talks have already failed.")
    assert contrast is not None and contrast[1] == ("Most vintners", "a sizeable minority")
    poll = outlooks.split("Of 15 brokers polled, 9 expected a cut and 6 a hold.")
    assert poll is not None and poll[0] == "a poll split"
    vote = outlooks.split("A survey of 800 voters found 61 percent in favour of the levy and 30 percent against.")
    assert vote is not None and vote[1] == ("61 percent for", "30 percent against")


def test_no_split_when_both_clauses_agree_or_one_holder_speaks_twice() -> None:
    assert outlooks.split("Most brokers expect freight rates to fall, and some expect the decline to last.") is None
    assert outlooks.split("The ministry expects the harvest to rise, but warned that frost could still cut yields.") is None
    assert outlooks.split("The port expects traffic to rise, while the terminal operator plans to hire 200 workers.") is None


_WAYS = {"rise": 1, "be raised": 1, "fall": -1, "be cut": -1, "hold steady": 0, "stay on hold": 0}


@given(st.sampled_from(sorted(_WAYS)), st.sampled_from(sorted(_WAYS)),
       st.sampled_from(["Most", "Six of eight", "Many"]), st.sampled_from(["Helga Dahl", "Ravi Menon"]))
def test_views_are_apart_exactly_when_their_ways_differ(first: str, second: str, count: str, name: str) -> None:
    texts = [f"{count} economists expect the policy rate to {first}.",
             f"\"I expect the policy rate to {second},\" said {name}, an economist at Fjord Bank."]
    found = outlooks.views_apart(texts, [0, 0], [1.0, 1.0])
    assert bool(found) == (_WAYS[first] != _WAYS[second])


def test_the_brief_shows_the_split_and_a_later_dissent_the_user_adds(tmp_path: Path) -> None:
    from briefgen.workspace import init_workspace

    workspace = tmp_path / "ws"
    init_workspace(workspace, today="2026-05-10")
    sources = workspace / "sources"
    (sources / "01-wire-2026-05-05.txt").write_text(
        "Norway's salmon farmers paid a record 9.2 billion crowns in resource tax last year, the finance ministry "
        "said on Tuesday.\n\n"
        "Most fish-farming analysts expect the tax to be raised in the autumn budget, but a minority argue that the "
        "government will not risk the coastal vote.\n\n"
        "The industry employs about 10,000 people along the coast.\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["build", "-w", str(workspace), "--audience", "investor", "--format", "md"])
    assert result.exit_code == 0, result.output
    md = (workspace / "output" / "investor.md").read_text(encoding="utf-8")
    section = md.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "but a minority argue" in section and "Most fish-farming analysts vs a minority" in section
    # The user adds a source with a named dissent on the same thing; the next run shows both holders.
    (sources / "02-note-2026-05-08.txt").write_text(
        "Salmon tax outlook\n\n"
        "Most fish-farming analysts expect the salmon resource tax to rise in the budget.\n\n"
        "Kari Nordvik, an economist at Vestland Bank, disagreed.\n\n"
        "\"I expect the salmon resource tax to be cut before the election,\" she said.\n", encoding="utf-8")
    result = runner.invoke(main, ["build", "-w", str(workspace), "--audience", "investor", "--format", "md"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(main, ["check", "-w", str(workspace)]).exit_code == 0
    md = (workspace / "output" / "investor.md").read_text(encoding="utf-8")
    section = md.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "Most fish-farming analysts against Kari Nordvik" in section
