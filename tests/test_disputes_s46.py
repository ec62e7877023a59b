"""Session 46 dispute shapes, on invented text: a holder's latest value given after "now" in its own
sentence, a value for "the increase" measured by the sentence before, a repair or passed inspection
answering another party's report of the failure, a "..., not N" correction naming a few words after
its value, and two things that hold no stance (a poll share, a participle before "by")."""

from __future__ import annotations

import pytest

from briefgen.notes import disputes, estimates, features


def _same(i: int, hi: str, j: int, hj: str) -> bool:
    return hi.lower().removeprefix("the ") == hj.lower().removeprefix("the ")


def _apart(texts: list[str], groups: list[int], dates: list[str]) -> list[tuple[int, int]]:
    found = estimates.held_apart(texts, [features.find_figures(t) for t in texts], groups, dates,
                                 [""] * (max(groups) + 1), _same,
                                 before=[texts[k - 1] if k and groups[k - 1] == groups[k] else ""
                                         for k in range(len(texts))])
    return [(i, j) for i, j, _, _ in found]


GALLERY = "The arts trust raised its estimate of the gallery roof repair to 6 million pounds from 4 million pounds."
BUILDERS = ("The builders' federation said it stood by its estimate of 10 million pounds and now puts the gallery "
            "roof repair at more than 13 million pounds.")


def test_the_value_after_now_is_the_holders_latest_and_holds_its_own_measure():
    held = estimates.held_values(BUILDERS, features.find_figures(BUILDERS))
    assert [h.figure.value for h in held] == [13_000_000.0]
    assert held[0].high == float("inf")  # "more than"
    assert {"galleri", "roof"} <= held[0].scope


def test_two_holders_latest_values_over_time_are_a_dispute():
    assert _apart([GALLERY, BUILDERS], [0, 1], ["2026-04-01", "2026-04-03"]) == [(0, 1)]


def test_one_holder_keeping_then_raising_its_value_is_no_dispute_with_itself():
    earlier = "The builders' federation put the gallery roof repair at 10 million pounds."
    assert _apart([earlier, BUILDERS], [0, 1], ["2026-03-01", "2026-04-03"]) == []


def test_a_value_for_the_increase_measures_what_the_sentence_before_has_rise():
    texts = ["Councillor Petra Lund said the town's insurance costs would rise by 300,000 pounds a year.",
             "The town clerk said the increase would be 120,000 pounds a year."]
    assert _apart(texts, [0, 0], [""]) == [(0, 1)]


def test_without_the_sentence_before_the_increase_measures_nothing_in_common():
    texts = ["Councillor Petra Lund said the town's insurance costs would rise by 300,000 pounds a year.",
             "The town clerk said the increase would be 120,000 pounds a year."]
    found = estimates.held_apart(texts, [features.find_figures(t) for t in texts], [0, 1], ["", ""], ["", ""], _same)
    assert found == []


def _answers(claim: str, answer: str) -> list[tuple[str, str]]:
    return [d.sides for d in disputes.rebuttals([claim, answer], [1.0, 1.0], previous=[-1, 0])]


@pytest.mark.parametrize(("claim", "answer"), [
    ("The parents' forum said the school boiler had been out of action for three weeks in January.",
     "Kestle Academy Trust said the boiler was repaired on 2 February and passed a gas safety inspection a week later."),
    ("Market traders said the covered hall's roof leaked through most of December.",
     "Brannock District Council said the roof had been fixed before Christmas."),
])
def test_a_repair_answers_another_partys_report_of_the_failure(claim: str, answer: str) -> None:
    assert len(_answers(claim, answer)) == 1


@pytest.mark.parametrize(("claim", "answer"), [
    # the same party reporting the failure and then the repair: one account, in order
    ("Kestle Academy Trust said the school boiler had been out of action for three weeks in January.",
     "Kestle Academy Trust said the boiler was repaired on 2 February."),
    # the claim reports no failure: nothing to answer
    ("The parents' forum said the school boiler was not a safety risk.",
     "Kestle Academy Trust said the boiler was repaired on 2 February."),
    # a repair of another thing than the one reported
    ("The parents' forum said the school boiler had been out of action for three weeks in January.",
     "Kestle Academy Trust said the gym floor was repaired on 2 February."),
])
def test_a_repair_that_answers_no_report_of_that_failure_is_no_dispute(claim: str, answer: str) -> None:
    assert _answers(claim, answer) == []


def test_a_correction_naming_words_after_its_value_answers_the_value_before():
    claim = "Tenants at Larkhill Court said the entry phones had failed at least 28 times since spring."
    answer = "Harmon Estates said its logs showed 11 faults in the period, not 28."
    assert len(_answers(claim, answer)) == 1


@pytest.mark.parametrize("text", [
    "The survey found that 64 percent of respondents opposed the new parking charges.",
    "The harbour board said on Friday that 41 boats had been damaged, not 26 as stated in the report approved by "
    "its members on Monday.",
])
def test_a_poll_share_or_a_participle_before_by_holds_no_stance(text: str) -> None:
    assert disputes.stance(text) is None


def test_a_party_still_holds_a_stance_and_a_passive_names_its_subject():
    assert disputes.stance("The traders' association opposed the new parking charges.") is not None
    found = disputes.stance("The parking plan was approved by cabinet on Monday.")
    assert found is not None and found.sign == 1


def test_a_repair_is_held_by_the_named_party_not_by_its_relative_clause():
    claim = "The parents' forum said the school boiler had been out of action for three weeks in January."
    answer = ("Kestle Academy Trust, the charity that runs the school, said the boiler was repaired on 2 February "
              "and passed a gas safety inspection a week later.")
    assert _answers(claim, answer) == [("Parents' forum", "Kestle Academy Trust")]
