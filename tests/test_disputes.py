"""Disputes between parties: stances of named actors, and the dispute section of a brief."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.notes.conflicts import contrast
from briefgen.notes.disputes import disputes, stance


@pytest.mark.parametrize(("sentence", "holder", "sign"), [
    ("Teachers' union leader Pavel Dorn said his members would never accept a pay freeze.", "Pavel Dorn", -1),
    ("The city will renew the grant only if the musicians accept a shorter season, councillor Nils Dahl said.",
     "Nils Dahl", 1),
    ("The landlords' federation, led by Arne Kvist, demanded an immediate end to the rent cap.",
     "Landlords' federation", -1),
    ("Consumer group WaterWatch called on the regulator to block the rise in water bills.", "WaterWatch", -1),
    ("The proposed budget drew criticism, and the union rejected it on Monday.", "Union", -1),
    ("Dana Reyes, president of the pilots' union, which represents 410 pilots, said her members would not "
     "accept any wage cut.", "Dana Reyes", -1),
])
def test_a_stance_has_its_holder_and_its_way(sentence: str, holder: str, sign: int) -> None:
    found = stance(sentence)
    assert found is not None and (found.holder, found.sign) == (holder, sign)


@pytest.mark.parametrize("sentence", [
    "Police accused the driver of speeding through the village.",  # people by what they are
    "Our pilots already took a 10 per cent cut during the pandemic and never got it back,",
    "About 19,000 passengers were affected by Friday, according to the airline, against 4,200 on Monday.",
    "He rejected the plan.",  # no one named
    # a stance word after an article is a noun or an adjective: no party called "A" or "The"
    "A proposed class-action lawsuit was filed on Thursday against the drug maker on behalf of patients.",
    "The dispute matters because the number of batches determines how many patients must be contacted.",
])
def test_no_stance_without_a_named_party(sentence: str) -> None:
    assert stance(sentence) is None


def _pair(a: str, b: str) -> list[tuple[int, int]]:
    return [(d.a, d.b) for d in disputes([a, b], [1.0, 1.0])]


def test_two_parties_for_and_against_the_same_thing_are_a_dispute_for_side_first() -> None:
    against = "Council leader Sarah Quint rejected any public money for the stadium."
    demand = "The club's owner, Victor Hale, is demanding 40 million pounds in public money for the new stadium."
    assert _pair(against, demand) == [(1, 0)]


@pytest.mark.parametrize(("a", "b"), [
    ("Teachers' union leader Pavel Dorn said his members would never accept a pay freeze.",  # agreeing
     "Parents' council chair Eva Lind said she also opposed a pay freeze for teachers."),
    ("Council leader Sarah Quint rejected any public money for the stadium.",  # one actor
     "Sarah Quint said the council wants the stadium to stay in the city."),
    ("The fishermen's federation demanded a higher cod quota for next year.",  # different things
     "The Coastal Trawlers Group rejected the new harbour fees for next year."),
])
def test_near_misses_are_no_dispute(a: str, b: str) -> None:
    assert _pair(a, b) == []


@pytest.mark.parametrize(("sentence", "sides"), [
    ("The fishermen's federation rejected the ministry's proposal to halve the cod quota.",
     ("The fishermen's federation", "the ministry")),
    ("Tenants' union chair Maria Lopes accused the landlords' federation of exaggerating the cost.",
     ("Tenants' union chair Maria Lopes", "the landlords' federation")),
])
def test_one_sentence_rebuttals_name_both_parties(sentence: str, sides: tuple[str, str]) -> None:
    held = contrast(sentence)
    assert held is not None and held.sides == sides


_STORY = {
    "01-herald-2026-05-04.txt": "The city has offered the Northbay Orchestra a new three-year grant, but only if "
    "the musicians accept a shorter concert season, culture councillor Nils Dahl said on Monday.\n\n"
    "The orchestra has played in the old harbour hall since 1962.\n",
    "02-courier-2026-05-05.txt": "Hanna Vik, who represents the orchestra's players, said the musicians would "
    "not accept a shorter concert season.\n\nTicket sales rose last year, the orchestra said.\n",
}


def _build(tmp_path: Path, story: dict[str, str]) -> str:
    from briefgen.workspace import init_workspace

    workspace = tmp_path / "ws"
    init_workspace(workspace, today="2026-05-06")
    for name, text in story.items():
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-w", str(workspace), "--audience", "policy", "--format", "md"])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(main, ["check", "-w", str(workspace)]).exit_code == 0
    return (workspace / "output" / "policy.md").read_text(encoding="utf-8")


def test_a_brief_shows_the_dispute_with_both_sides_quoted_and_named(tmp_path: Path) -> None:
    md = _build(tmp_path, _STORY)
    section = md.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "**Nils Dahl against Hanna Vik.**" in section
    assert "Nils Dahl: The city has offered" in section and "Hanna Vik: Hanna Vik, who represents" in section
    assert section.count("(#ev-") == 2


def test_parties_that_agree_give_no_dispute_section(tmp_path: Path) -> None:
    story = dict(_STORY)
    story["02-courier-2026-05-05.txt"] = ("Hanna Vik, who represents the orchestra's players, said the musicians "
                                          "support a longer concert season.\n")
    story["01-herald-2026-05-04.txt"] = ("Culture councillor Nils Dahl said the city also wants a longer concert "
                                         "season.\n")
    assert "## Where sources disagree" not in _build(tmp_path, story)


def test_a_side_the_brief_already_stated_is_referred_to_by_number_not_repeated(tmp_path: Path) -> None:
    story = dict(_STORY)
    story["03-gazette-2026-05-06.txt"] = ("The city has offered the Northbay Orchestra a new three-year grant.\n\n"
                                          "The harbour hall needs a new roof, engineers said.\n")
    md = _build(tmp_path, story)
    body = md.split("## Evidence", 1)[0]
    section = body.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "**Nils Dahl against Hanna Vik.**" in section
    assert "Nils Dahl: as stated above [[" in section  # the fact once per brief, its holder named here
    assert "Hanna Vik: Hanna Vik, who represents" in section
    assert body.count("three-year grant") == 1
    evidence = md.split("## Evidence", 1)[1]
    assert "culture councillor Nils Dahl said on Monday" in evidence  # the side's own words, in the evidence


def test_a_one_sentence_rebuttal_is_labelled_by_who_a_reader_can_see_and_not_explained_twice(tmp_path: Path) -> None:
    story = {
        "01-gazette-2026-05-04.txt": "The tenants' association Harbour Row Residents said the rent rise was unfair.\n\n"
        "City housing director Ada Brink disputed the group's claim that the rise broke the 2024 agreement.\n\n"
        "Councillor Piet Lund accused the landlord of ignoring repairs.\n",
    }
    md = _build(tmp_path, story)
    section = md.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "vs the group" not in section and "**City housing director Ada Brink:**" in section
    assert "Why they conflict" not in section  # the label and the quote already say who disagrees with whom
