"""Honest source counts: a second citation only for a source that states the same fact; a
number never cut at its thousands or decimal comma."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.notes import conflicts, disputes
from briefgen.notes.corroborate import same_fact
from briefgen.notes.figures import find_figures


def _same(a: str, b: str, speakers: str = "") -> bool:
    return same_fact(a, find_figures(a), b, find_figures(b), speakers=speakers)


def test_a_source_backs_a_statement_only_with_the_same_fact() -> None:
    assert not _same("A third person has died following Monday's derailment near Alnby, police said.",
                     "A fourth person has died following Monday's train derailment near Alnby, police said on Friday.")
    assert not _same("Dr Mara Quist said the updated forecast strengthened her concern about the riverside site.",
                     "Dr Mara Quist said the council was the right forum to decide on the riverside site.",
                     speakers="Mara Quist Mara Quist")
    assert not _same("The union said short-time work has been extended to 1,150 workers, up from the 900 announced.",
                     "The union said 900 of the plant's 2,600 workers would move to short-time work.")
    assert not _same("The 06:48 service left the track at about 07:35 on a curve south of the loop, police said.",
                     "The curve where the 06:48 service left the track has a radius of about 400 metres.")
    assert _same("Police said 27 people had been injured, of whom six remain in hospital.",
                 "Twenty-seven people were injured in the derailment, and five remain in hospital.")
    assert _same("The organiser said 38,000 tickets had been sold and refunds would follow within 14 days.",
                 "The organiser said it had sold 38,000 tickets for the three-day event.")


def test_a_report_that_undoes_a_plan_never_backs_it() -> None:
    """The report of a plan suspended, cancelled or put off states another fact than the plan, though both give
    its figure and name its object: it is no second source for it."""
    plan = "The government will impose a 12 per cent levy on imported solar panels worth about $800 million a year."
    for undone in ("The government said it would suspend its planned 12% levy on imported solar panels.",
                   "Officials postponed the 12 per cent levy on imported solar panels until March.",
                   "The planned 12 per cent levy on imported solar panels has been scrapped, the government said."):
        assert not _same(plan, undone) and not _same(undone, plan)
    assert _same("The Harrowmere festival was cancelled on Monday because of the risk of flooding, the organiser said.",
                 "The Harrowmere festival was cancelled on Monday over the risk of flooding, its organiser said.")
    assert _same(plan, "The government will impose a 12 per cent levy on imported solar panels from January.")


@pytest.mark.parametrize("number", ["4,200", "1,150,000", "3,5"])
def test_no_splitter_cuts_a_number_at_its_comma(number: str) -> None:
    found = disputes.stance(f"The residents' group said it had collected more than {number} signatures on a petition "
                            "opposing the plan.")
    assert found is None or number.split(",")[-1] + " " not in found.holder + " "
    assert found is None or not found.holder[:1].isdigit()
    holder = disputes._holder_phrase(f"Residents, who gathered {number} signatures,")
    assert not holder[:1].isdigit(), holder
    assert conflicts._last_clause(f"Although {number} people signed, the council approved it.").strip() \
        == "the council approved it."


_NEWS_A = """Ferry crash on Lake Orvel: a third passenger dies

Lakeside Herald, 3 March 2026

A third passenger has died after Monday's collision between two ferries on Lake Orvel, the coastguard said on Wednesday.

The ferry operator Orvel Lines said all crossings would stay suspended until Friday.
"""
_NEWS_B = """Fourth death after Lake Orvel ferry collision

Northern Wire, 5 March 2026

A fourth passenger has died after Monday's collision between two ferries on Lake Orvel, the coastguard said on Friday.

Investigators said the radar of one ferry had been switched off.
"""


def _cited_items(tmp_path: Path, sources: dict[str, str]) -> Iterator[tuple[str, dict[str, Any], list[str]]]:
    """Build every audience from *sources*; each item of each brief, with its brief's name and the quotes it cites."""
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    for name, text in sources.items():
        (tmp_path / "sources" / name).write_text(text)
    result = runner.invoke(main, ["-w", str(tmp_path), "build", "--audience", "all", "--format", "json,md"])
    assert result.exit_code == 0, result.output
    for path in sorted((tmp_path / "output").glob("*.json")):
        brief = json.loads(path.read_text())
        quotes = {c["number"]: c["quote"] for c in brief["citations"]}
        for section in brief["sections"]:
            for item in section["items"]:
                yield path.name, item, [quotes[n] for n in item["citations"]]


def test_a_brief_counts_no_source_that_states_another_fact(tmp_path: Path) -> None:
    for name, item, quotes in _cited_items(tmp_path, {"01-herald.md": _NEWS_A, "02-wire.md": _NEWS_B}):
        cited = " ".join(quotes)
        assert not ("third passenger" in cited and "fourth passenger" in cited), (name, item)
        if "third passenger" in item["text"] or "fourth passenger" in item["text"]:
            assert item["support"] == 1, (name, item)


_FESTIVAL = """Harrowmere music festival cancelled over flood risk

Valley Wire, 9 February 2026

The Harrowmere music festival, due to open on 12 June, was cancelled on Monday because of the risk of flooding on its riverside site, the organiser Brightfield Live said.

Brightfield Live said 38,000 tickets had been sold and that every ticket holder would receive a full refund within 14 days.

Analysts at Morgan Hale cut their target price for Brightfield Live shares to 78 pence from 95 pence.
"""
_THREADS = {
    "wrote": """Harrowmere 2026 cancelled - what now?

gatecrasher88 wrote:
Monday was the day we waited two years for. Absolutely gutted by the cancellation.

riverkid wrote:
Shares at 59p with a 78p target from Morgan Hale after the festival was cancelled.
""",
    "comments": """Comments

gatecrasher88 | 11 February 2026 at 09:12
Monday was the day we waited two years for. Absolutely gutted by the cancellation.

riverkid | 11 February 2026 at 09:40
Shares at 59p with a 78p target from Morgan Hale after the festival was cancelled.
""",
}


@pytest.mark.parametrize("layout", sorted(_THREADS))
def test_a_two_post_thread_is_labelled_wherever_it_is_quoted(tmp_path: Path, layout: str) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    (tmp_path / "sources" / "01-wire.md").write_text(_FESTIVAL)
    (tmp_path / "sources" / "02-thread.txt").write_text(_THREADS[layout])
    result = runner.invoke(main, ["-w", str(tmp_path), "build", "--audience", "all", "--format", "json,md"])
    assert result.exit_code == 0, result.output
    for path in (tmp_path / "output").glob("*.json"):
        brief = json.loads(path.read_text())
        kinds = {s["id"]: s["kind"] for s in brief["sources"]}
        assert kinds["02-thread"] == "forum thread", kinds
        source = {c["number"]: c["source_id"] for c in brief["citations"]}
        for section in brief["sections"]:
            for item in section["items"]:
                cited = [source[n] for n in item["citations"]]
                if "02-thread" not in cited:
                    continue
                assert section["style"] != "timeline", item  # a forum post is no dated event of the story
                assert cited == ["02-thread"] or item["support"] == 1, item  # and backs no reported fact
                if cited == ["02-thread"] and section["style"] != "figures":
                    assert (item["label"] or "").startswith("Forum comment") \
                        or (item["speaker"] or "").startswith("Forum commenter"), item
        markdown = path.with_suffix(".md").read_text()
        assert "forum comments are labelled as such" in markdown
        assert "Monday was the day" not in markdown.split("## Evidence")[0] \
            or "Forum comment" in markdown or "Forum commenter" in markdown


def test_a_group_and_its_spokesperson_are_one_party() -> None:
    petition = ("Spokesperson Ellen Marsh said the group had collected more than 4,200 signatures on a petition "
                "calling for the festival to be moved out of the park.")
    refusal = "The Harrow Park Residents Group has refused to collect any money to move the festival from the park."
    held = disputes.stance(petition)
    assert held is not None and held.body == "group" and held.holder == "Ellen Marsh"
    assert disputes.disputes([petition, refusal], [1.0, 1.0]) == []
    # The group named in an earlier sentence of the source ("a residents' group") is the one she speaks for.
    named = "The Friends of Harrow Park, a residents' group, has refused to collect any money to move the festival."
    resolved = disputes.speaking_for(held, [named])
    assert {"friends", "harrow", "park"} <= resolved.who
    # A party whose name says nothing of a group is another party: a real dispute.
    company = "The Harrow Festival Company has refused to collect any money to move the festival from the park."
    found = disputes.disputes([petition, company], [1.0, 1.0])
    assert [d.sides for d in found] == [("Ellen Marsh", "Harrow Festival Company")]


_GROUP = """Park group steps up campaign over festival

Valley Echo, 10 February 2026

The Harrow Park Residents Group has refused to collect any money to move the festival from the park.

Spokesperson Ellen Marsh said the group had collected more than 4,200 signatures on a petition calling for the festival to be moved out of the park.
"""


def test_a_group_is_never_shown_disagreeing_with_itself(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    (tmp_path / "sources" / "01-echo.md").write_text(_GROUP)
    (tmp_path / "sources" / "02-wire.md").write_text(_FESTIVAL)
    result = runner.invoke(main, ["-w", str(tmp_path), "build", "--audience", "policy", "--format", "json"])
    assert result.exit_code == 0, result.output
    brief = json.loads((tmp_path / "output" / "policy.json").read_text())
    for section in brief["sections"]:
        for item in section["items"]:
            sides = " ".join(item["sides"] or [])
            assert not ("Harrow Park" in sides and ("Ellen Marsh" in sides or "signatures" in sides)), item


def test_another_actor_a_condition_or_the_old_value_backs_nothing() -> None:
    loan = "The Balkan Development Bank approved the 210 million dollar credit line last week, the utility said."
    assert not _same(loan, "Serbia's cabinet on Monday approved a 210 million dollar credit line for the utility.")
    assert not _same(loan, "The 210 million dollar credit line, if cleared by the bank's board, covers the winter.")
    assert not _same(loan, "The Balkan Development Bank is expected to approve a 210 million dollar credit line.")
    assert not _same(loan, "Did the Balkan Development Bank approve the 210 million dollar credit line?")
    assert _same(loan, "The Balkan Development Bank on Thursday approved a 210 million dollar credit line for the utility.")
    cut = "Harlow Foods has raised its bid for a 51 percent stake in Mirela Dairy to 7.10 pounds a share from 6.40 pounds."
    assert not _same(cut, "Harlow Foods has offered 6.40 pounds a share for a 51 percent stake in Mirela Dairy.")
    assert _same(cut, "Harlow Foods lifted its offer for 51 percent of Mirela Dairy to 7.10 pounds a share on Friday.")


_LOAN_A = """Regional carrier wins state credit

Coastal Wire, 2 March 2026

Portugal's government on Monday approved a 90 million euro credit line for regional carrier Atlantis Air.

The carrier said it would close two routes.
"""
_LOAN_B = """Brussels clears Atlantis Air credit

Coastal Wire, 20 March 2026

The European Commission approved the 90 million euro credit line for Atlantis Air under state aid rules, the carrier said on Friday.

The carrier said it would reopen one of the two routes in June.
"""
_LOAN_C = """Atlantis Air: what the credit buys

Harbour Research, 21 March 2026

The 90 million euro credit line, if cleared in Brussels, covers the carrier's cash needs until 2028.
"""


def test_a_figure_shared_is_no_second_source_for_the_event(tmp_path: Path) -> None:
    """The key-figure row "90 million euro" is given by all three sources; the Commission's
    approval is stated by one: its "(N sources)" counts one."""
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    for name, text in (("a.txt", _LOAN_A), ("b.txt", _LOAN_B), ("c.txt", _LOAN_C)):
        (tmp_path / "sources" / name).write_text(text)
    result = runner.invoke(main, ["-w", str(tmp_path), "build", "--audience", "investor", "--format", "json"])
    assert result.exit_code == 0, result.output
    brief = json.loads((tmp_path / "output" / "investor.json").read_text())
    quotes = {c["number"]: c["quote"] for c in brief["citations"]}
    found = False
    for section in brief["sections"]:
        for item in section.get("items", []):
            if "European Commission approved" in item.get("text", ""):
                found = True
                cited = [quotes[n] for n in item["citations"]]
                assert not any("government on Monday approved" in q or "if cleared" in q for q in cited), cited
    assert found


_ACTORS = ["The Nordic Investment Bank", "Ghana's finance ministry", "The Lisbon city council", "Okapi Mining"]
_VERBS = ["approved", "signed", "rejected", "announced"]


@given(st.sampled_from(_ACTORS), st.sampled_from(_ACTORS), st.sampled_from(_VERBS),
       st.integers(min_value=2, max_value=900),
       st.sampled_from(["if", "once", "unless"]))
def test_only_the_same_actor_asserting_the_same_event_backs(actor: str, other: str, verb: str, amount: int,
                                                            condition: str) -> None:
    text = f"{actor} {verb} the {amount} million euro grant for the port on Monday."
    assert _same(text, text)
    assert _same(text, f"{actor} on Monday {verb} a {amount} million euro grant for the port.")
    assert not _same(text, f"The {amount} million euro grant, {condition} {verb} by {actor}, would cover the port.")
    assert not _same(text, f"{actor} could have {verb} the {amount} million euro grant for the port.")
    assert _same(text, f"{other} {verb} the {amount} million euro grant for the port on Monday.") == (actor == other)


def test_a_source_that_moves_a_value_never_backs_the_old_one() -> None:
    old = "The lighthouse will reopen to visitors in the spring of 2029, the harbour trust said."
    moved = "The harbour trust said the repairs would push the reopening to the autumn of 2029 from the spring of 2029."
    assert not _same(old, moved)
    assert not _same(moved, old)
    assert _same(moved, "The harbour trust said repairs would push the reopening to the autumn of 2029 from the spring.")
    assert not _same("The ferry link will cost 840 million euros, the regional council said.",
                     "The regional council said the ferry link would now cost 910 million euros, up from 840 million euros.")


def test_another_date_or_another_count_of_the_same_thing_is_no_backing() -> None:
    assert not _same("The cooperatives expect to complete the merger on March 1, 2027.",
                     "The cooperatives now expect to complete the merger on October 1, 2027.")
    assert _same("The cooperatives expect to complete the merger on March 1, 2027.",
                 "The merger is expected to be completed on March 1, 2027, the cooperatives said.")
    assert not _same("The choir will extend its tour by one week, its manager said.",
                     "The choir's manager said the tour would run for the three weeks of the festival.")
    # a range is not a move: "from 2031 to 2034" backs itself
    assert _same("Deliveries will run from 2031 to 2034, the agency said.",
                 "The agency said deliveries would run from 2031 to 2034.")


@given(st.integers(2025, 2040), st.integers(1, 3), st.sampled_from(["first half", "second half", "spring", "autumn"]),
       st.sampled_from(["first half", "second half", "spring", "autumn"]))
def test_a_move_never_backs_the_value_it_moves_from(year: int, later: int, before: str, after: str) -> None:
    old = f"The museum said the new wing would open in the {before} of {year}."
    moved = f"The museum said the flooding would push the opening of the new wing to the {after} of {year + later} from the {before} of {year}."
    assert not _same(old, moved)
    assert not _same(moved, old)



_LEVY_A = """Solvia to tax imported solar panels

Harbour Post, 3 November 2026

The government of Solvia will impose a 12 per cent levy on imported solar panels worth about $800 million a year, the trade minister Ana Reyes said on Tuesday.

Reyes said the levy would protect 3,000 jobs at domestic panel makers.

Installers warned that the levy would raise the cost of a rooftop system by about $900.
"""
_LEVY_B = """Solvia puts solar levy on hold

Harbour Post, 17 November 2026

Solvia said on Monday it would suspend its planned 12% levy on imported solar panels while talks with its largest suppliers continue.

The trade ministry said talks would resume in January.
"""


def test_a_brief_never_counts_the_report_of_a_suspension_as_support_for_the_plan(tmp_path: Path) -> None:
    for name, item, cited in _cited_items(tmp_path, {"01-levy.md": _LEVY_A, "02-hold.md": _LEVY_B}):
        assert not (any("will impose" in q for q in cited) and any("suspend" in q for q in cited)), (name, item)
