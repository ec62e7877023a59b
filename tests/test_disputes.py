"""Disputes between parties: stances of named actors, and the dispute section of a brief."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.notes.conflicts import contrast
from briefgen.notes.disputes import disputes, positions, rebuttal, rebuttals, stance
from briefgen.notes.features import find_figures


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


def test_stances_that_share_topic_words_but_are_on_different_things_are_no_dispute() -> None:
    # "the bill" is what requires, in the minister's sentence; the group opposes the bill and the grant
    requires = ("Harbour master Ian Keogh said the dredging plan, agreed with the port board last week, would require "
                "boats to moor outside the basin until June.")
    opposes = "The Fishermen's Cooperative said it opposed the plan's cost-sharing formula and called the harbour dues rise unfair."
    assert _pair(requires, opposes) == []
    assert stance(requires) is not None and "plan" not in stance(requires).target  # type: ignore[union-attr]


def test_stances_on_the_same_thing_stay_a_dispute_whatever_else_their_sentences_say() -> None:
    supports = "Harbour master Ian Keogh said the port board supports moving the fishing fleet to the outer basin."
    rejects = ("The Fishermen's Cooperative rejected the port board's proposal to move the fleet to the outer basin, "
               "saying the quay there was unsafe.")
    assert _pair(supports, rejects) == [(0, 1)]


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


Build = Callable[..., tuple[Path, dict[str, str]]]
"""The `cli_build` fixture (conftest)."""


def _build(cli_build: Build, story: dict[str, str]) -> str:
    workspace, _briefs = cli_build(story, "2026-05-06", audience="policy", check=True)
    return (workspace / "output" / "policy.md").read_text(encoding="utf-8")


def test_a_brief_shows_the_dispute_with_both_sides_quoted_and_named(cli_build: Build) -> None:
    md = _build(cli_build, _STORY)
    section = md.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "**Nils Dahl against Hanna Vik.**" in section
    # Each quotation names its speaker, so no label repeats the name before it. The policy brief's
    # Situation may open on one side (the story's event); the section then refers to it by number.
    assert "\n  Hanna Vik, who represents" in section and "Hanna Vik: Hanna Vik" not in section
    if "as stated above" in section:
        situation = md.split("## Situation", 1)[1].split("\n## ", 1)[0]
        assert "Nils Dahl: as stated above [[1]](#ev-1)." in section and "The city has offered" in situation
    else:
        assert "Hanna Vik.** The city has offered" in section and "Nils Dahl: " not in section
    assert section.count("(#ev-") == 2


def test_parties_that_agree_give_no_dispute_section(cli_build: Build) -> None:
    story = dict(_STORY)
    story["02-courier-2026-05-05.txt"] = ("Hanna Vik, who represents the orchestra's players, said the musicians "
                                          "support a longer concert season.\n")
    story["01-herald-2026-05-04.txt"] = ("Culture councillor Nils Dahl said the city also wants a longer concert "
                                         "season.\n")
    assert "## Where sources disagree" not in _build(cli_build, story)


def test_a_side_the_brief_already_stated_is_referred_to_by_number_not_repeated(cli_build: Build) -> None:
    story = dict(_STORY)
    story["03-gazette-2026-05-06.txt"] = ("The city has offered the Northbay Orchestra a new three-year grant.\n\n"
                                          "The harbour hall needs a new roof, engineers said.\n")
    md = _build(cli_build, story)
    body = md.split("## Evidence", 1)[0]
    section = body.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "**Nils Dahl against Hanna Vik.**" in section
    assert "Nils Dahl: as stated above [[" in section  # the fact once per brief, its holder named here
    assert "\n  Hanna Vik, who represents" in section  # its quotation names her: no label
    assert body.count("three-year grant") == 1
    evidence = md.split("## Evidence", 1)[1]
    assert "culture councillor Nils Dahl said on Monday" in evidence  # the side's own words, in the evidence


def test_a_one_sentence_rebuttal_is_labelled_by_who_a_reader_can_see_and_not_explained_twice(cli_build: Build) -> None:
    story = {
        "01-gazette-2026-05-04.txt": "The tenants' association Harbour Row Residents said the rent rise was unfair.\n\n"
        "City housing director Ada Brink disputed the group's claim that the rise broke the 2024 agreement.\n\n"
        "Councillor Piet Lund accused the landlord of ignoring repairs.\n",
    }
    md = _build(cli_build, story)
    section = md.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    # One side named and the other only pointed back at: no label (the quotation names who disputes).
    assert "vs the group" not in section and "\n- City housing director Ada Brink disputed the group's claim" in section
    assert "Why they conflict" not in section  # the label and the quote already say who disagrees with whom


# ---------------------------------------------------------------- one party disputes another's claim

@pytest.mark.parametrize(("claim", "answer", "sides"), [
    ("Organisers said 85,000 people attended the Varden festival on Saturday.",
     "Police contest the organisers' count, putting the crowd at 52,000.", ("Organisers", "Police")),
    ("The environment agency found that the Rosk smelter released 42 tonnes of sulphur dioxide above its permit.",
     "Rosk Metals disputes that the smelter exceeded its permit, saying the monitors were faulty.",
     ("Environment agency", "Rosk Metals")),
    ("The water board found lead above the legal limit in tap water at four Oakfield schools.",
     "The Oakfield school trust insisted the water at its schools was safe to drink.",
     ("Water board", "Oakfield school trust")),
    ("Passengers' group FlyFair says Nordair owes 22 million euros in unpaid delay compensation.",
     "Nordair rejected claims that it owes passengers delay compensation.", ("FlyFair", "Nordair")),
    ("The ambulance crews' union says crews now wait an average of 95 minutes outside Easton General.",
     "Martin Cole, the trust's chief executive, said the union's figure was \"simply not true\".",
     ("Ambulance crews' union", "Martin Cole")),
])
def test_a_claim_another_party_disputes_is_a_dispute_claim_first(claim: str, answer: str,
                                                                  sides: tuple[str, str]) -> None:
    for texts, claim_at in (([claim, answer], 0), ([answer, claim], 1)):
        found = rebuttals(texts, [1.0, 1.0])
        assert [(d.a, d.sides) for d in found] == [(claim_at, sides)]


@pytest.mark.parametrize(("claim", "answer"), [
    # the same party bounding its own figure
    ("Nordair said 12 flights were cancelled on Friday.", "Nordair denied that more than 20 flights were cancelled."),
    # a denial of what nobody here claimed
    ("Holm Dairy recalled 30,000 packs of soft cheese on Monday.", "The agency denied that it would close the plant."),
    # the denial agrees with the claim
    ("Police said there was no evidence that the warehouse fire was started deliberately.",
     "The fire service denied that the warehouse fire was started deliberately."),
    # a proposal rejected, not a claim disputed
    ("The nurses' union says 1,200 of its members walked out on Tuesday.",
     "The health board rejected the union's demand for a 12 percent pay rise."),
    # an all-clear against no finding of a fault
    ("The water board tested tap water at four Oakfield schools.",
     "The Oakfield school trust insisted the water at its schools was safe to drink."),
    # not disputed, and a dispute inside a party's own quotation
    ("Organisers said 85,000 people attended the festival.", "Police did not dispute the organisers' count."),
    ("The company said its own tests showed the batches were within the limit.",
     "\"We will challenge these results,\" chief executive Priya Raman said."),
])
def test_no_dispute_without_another_party_answering_a_claim(claim: str, answer: str) -> None:
    assert rebuttals([claim, answer], [1.0, 1.0]) == []


def test_disputes_that_answers_the_sentence_right_before_it_only() -> None:
    claim = "The union says the new cranes will eliminate about 400 jobs within three years."
    answer = "The authority disputes that, saying only 120 roles will be affected."
    assert [(d.a, d.b, d.sides) for d in rebuttals([claim, answer], [1.0, 1.0], previous=[-1, 0])] == [
        (0, 1, ("Union", "Authority"))]
    assert rebuttals([claim, answer], [1.0, 1.0]) == []  # no sentence before it: "that" points nowhere
    assert rebuttal(answer) is not None and rebuttal(answer).back  # type: ignore[union-attr]


@pytest.mark.parametrize(("sentence", "sides"), [
    ("The mining company disputes the environment ministry's finding that its dam leaked.",
     ("The mining company", "the environment ministry")),
    ("The airline contests the pilots' union's count of 40 cancelled flights, saying only 18 were cancelled.",
     ("The airline", "the pilots' union")),
    ("Fire chief Anders Holm called the council's figure of a six-minute response time misleading.",
     ("Fire chief Anders Holm", "the council")),
    ("Hospital managers pushed back on the union's claim that wards were understaffed.",
     ("Hospital managers", "the union")),
])
def test_one_sentence_disputes_of_findings_counts_and_figures(sentence: str, sides: tuple[str, str]) -> None:
    held = contrast(sentence)
    assert held is not None and held.sides == sides


_PORT = {
    "01-gazette-2026-03-04.txt": "About 1,400 dockworkers at the Port of Halden walked out on Monday.\n\n"
    "The union says the new automated cranes will eliminate about 400 jobs within three years.\n"
    "The authority disputes that, saying only 120 roles will be affected by the cranes.\n\n"
    "Ships were waiting in the bay on Tuesday.\n",
    "02-courier-2026-03-05.txt": "The Port of Halden handled 620,000 containers last year.\n",
}


def test_a_brief_shows_a_claim_and_the_party_disputing_it_in_the_same_source(cli_build: Build) -> None:
    md = _build(cli_build, _PORT)
    section = md.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "**Union against Authority.**" in section
    # Each quotation names its holder, so no label repeats it ("Union: The union says").
    assert "Union against Authority.** The union says the new automated cranes" in section
    assert "\n  The authority disputes that, saying only 120 roles" in section


def test_a_rejection_of_the_claim_before_it_takes_no_stance_on_its_own_words() -> None:
    # "rejected the claim." answers the sentence before it; its relative clause is not what it rejects,
    # so an analyst's "will want to see ..." sharing those words is no dispute.
    rejection = "The contractor Hallam Cranes, which owns the tower crane and maintains it on the site, rejected the claim."
    wish = "Investigators will want to see the maintenance logs of the tower crane and the wind data from the site."
    assert stance(rejection) is None
    assert _pair(wish, rejection) == []


def test_who_rejects_is_named_before_a_relative_clause_not_inside_it() -> None:
    found = rebuttal("Northfield Water, which under its licence both supplies the homes and maintains the pipes "
                     "in the valley, rejected the claim.")
    assert found is not None and found.holder == "Northfield Water"
def test_a_denial_answers_the_nearest_claim_before_it_not_the_strongest() -> None:
    texts = ["The teachers' union said 9,000 of its members had joined the walkout on Monday.",
             "The union also says the new timetable will add 6 hours a week to each teacher's workload.",
             "Education secretary Ruth Amell said the union's figure was simply not true."]
    assert [(d.a, d.b) for d in rebuttals(texts, [5.0, 1.0, 1.0], previous=[-1, 0, 1])] == [(1, 2)]


def test_that_account_reaches_back_through_a_quotation_to_where_its_giver_first_gives_it() -> None:
    texts = ["The rail operator's safety director, Paul Imrie, said the derailment had been caused by a faulty "
             "track repair carried out by Kestrel Rail Services.",
             "\"Our inspection shows the repair left a gap in the rail,\" Imrie told reporters.",
             "\"We believe the rail then gave way.\"",
             "Kestrel rejected that account."]
    found = rebuttals(texts, [1.0] * 4, previous=[-1, 0, 1, 2])
    assert [(d.a, d.b, d.sides) for d in found] == [(0, 3, ("Paul Imrie", "Kestrel"))]
    # another party's statement in between: "that account" is that one's, not the director's
    texts[1] = "The regulator said it had opened an inquiry into the repair."
    assert [(d.a, d.b) for d in rebuttals(texts, [1.0] * 4, previous=[-1, 0, 1, 2])] == [(1, 3)]


def _amounts(a: str, b: str) -> list[tuple[int, int, tuple[str, str]]]:
    return [(d.a, d.b, d.sides) for d in positions([a, b], [find_figures(a), find_figures(b)], [1.0, 1.0])]


def test_two_parties_amounts_for_one_quantity_are_a_dispute() -> None:
    assert _amounts("The fishermen's federation is demanding a cod quota of 28,000 tonnes for next year.",
                    "The fisheries ministry has offered a quota of 19,000 tonnes, citing scientific advice.") == [
        (0, 1, ("Fishermen's federation", "Fisheries ministry"))]
    assert _amounts("The regulator said Skylane must give up at least 40 take-off and landing slots at Holloway.",
                    "Skylane said surrendering 12 slots would fully resolve any competition concerns.") == [
        (0, 1, ("Regulator", "Skylane"))]


@pytest.mark.parametrize(("a", "b"), [
    ("The regulator said Skylane must give up 40 slots.",  # one party, a later value
     "The regulator said on Friday that Skylane must give up 44 slots, after finding four more routes."),
    ("The fishermen's federation is demanding a cod quota of 28,000 tonnes.",  # what happened is no position
     "The ministry said the fleet landed 21,000 tonnes of cod last year."),
    ("The regulator wants Skylane to give up 40 slots at Holloway.",  # the same amount
     "Skylane said it would give up the 40 slots the regulator had asked for."),
    ("The council offered to sell 12 parks to the housing association.",  # two quantities
     "The housing association said it would buy 30 plots from a private landowner."),
    ("Analysts said at least 100 stores would have to be sold.",  # an assessment by people by what they are
     "Tollan said a sale of 60 stores would remove every overlap."),
    ("The nurses' union, which represents about 12,000 hospital staff, said it would oppose any cuts.",  # two counts
     "The board's plan is that up to 900 jobs would go if the merger goes ahead."),
    ("The port authority has offered 4 percent over two years.",  # one party, "the authority's" too
     "The authority's improved offer of 5.5 percent was made on Friday."),
    ("Somebody should ask why the council turned down the $90,000 upgrade the staff asked for.",  # no party
     "Mayor Lena Holm of the council has asked for $180,000 for the upgrade."),
    ("The club wants 40 new season tickets for its youth members.",  # twenty times over: not one quantity
     "The league has offered 800 season tickets to the club's supporters' trust."),
    ("Mayor Lena Holm has asked for $1.8 million to repair the roads.",  # two sums on two things
     "The hacking group, which demanded $2.4 million in bitcoin, threatened to publish the data."),
])
def test_amounts_that_are_no_dispute(a: str, b: str) -> None:
    assert _amounts(a, b) == []


_BURST = {
    "01-wire-2026-03-04.txt": "The town's water main burst on Sunday, leaving 9,000 homes without water.\n\n"
    "The utility's director, Mara Stein, said the burst had been caused by excavation work carried out last week "
    "by Pellow Civil, a contractor laying cable.\n\n"
    "Pellow rejected that account. Its managing director, Ivo Brandt, said the main was a cast-iron pipe laid in "
    "1958 that was badly corroded.\n\n"
    "Repairs were expected to take three days, the utility said.\n",
    "02-courier-2026-03-05.txt": "Water was restored to 6,000 of the 9,000 homes on Tuesday, the utility said.\n",
}


def test_a_short_rejection_of_that_account_reaches_the_brief_with_its_reasons_and_the_account(
        tmp_path: Path, cli_build: Build) -> None:
    md = _build(cli_build, _BURST)
    section = md.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "**Mara Stein against Pellow.**" in section
    assert "\n  Pellow rejected that account. Its managing director, Ivo Brandt, said the main" in section
    digest = CliRunner().invoke(main, ["digest", "-w", str(tmp_path / "ws"), "--words", "250"]).output.splitlines()
    account = next(i for i, line in enumerate(digest) if "Mara Stein, said the burst" in line)
    assert digest[account + 1].startswith("Pellow rejected that account.")


def test_a_named_rejection_of_that_account_runs_on_into_the_quotation_that_holds_its_point(cli_build: Build) -> None:
    story = {
        "01-wire-2026-03-04.txt": "The depot's signals failed on Sunday, halting all trains for six hours.\n\n"
        "\"Our review shows the new software worked as designed,\" said Rhea Olsen, Kantor Systems' operations "
        "director.\n\n"
        "The operator's engineering chief, Tomas Berg, rejected that account. \"Nobody touched the cabling at the "
        "depot. The signals failed ten minutes after Kantor's software was loaded,\" he said.\n\n"
        "Trains were running normally again by Monday, the operator said.\n",
    }
    md = _build(cli_build, story)
    section = md.split("## Where sources disagree", 1)[1].split("\n## ", 1)[0]
    assert "**Rhea Olsen against Tomas Berg.**" in section
    # The rejection is shown with the quotation that says what it holds, to where the quotation closes.
    assert ("Tomas Berg, rejected that account. \"Nobody touched the cabling at the depot. The signals failed ten "
            "minutes after Kantor's software was loaded,\" he said.") in section
