"""A forward statement a later source overtakes by the same act on the same object (supersede, stale20):
a plan done by another verb of laying something before a body, or told in a relative clause; a second
coordinated plan; a condition a party's act would meet, decided by a later report of that act; a move
that names its old period against the earlier statement's own clause."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from briefgen import supersede


def test_a_plan_to_lay_something_before_a_body_is_done_by_any_verb_of_that_act() -> None:
    plan = supersede._plan_object("Harbour minister Ola Brenne said the cabinet would table a levy bill within weeks.")
    assert plan is not None and plan[2] == "bill"  # the object, not the weeks
    assert supersede._tells_object_done("The cabinet on Tuesday presented the levy bill to parliament.", *plan)
    assert supersede._tells_object_done("The Green Party, which criticised it, said the cabinet submitted the bill late.",
                                        *plan)
    # still ahead, denied, another act on the bill, another body
    assert not supersede._tells_object_done("The cabinet will present the bill in May.", *plan)
    assert not supersede._tells_object_done("The cabinet has not presented the bill.", *plan)
    assert not supersede._tells_object_done("The cabinet debated the bill on Tuesday.", *plan)
    assert not supersede._tells_object_done("The senate presented its own bill.", *plan)


def test_a_relative_clause_tells_its_antecedents_act() -> None:
    plan = supersede._plan_object("Union leader Mara Volk said the Dock Workers Union would file the case within days.")
    assert plan is not None
    assert supersede._tells_object_done('The Dock Workers Union, who brought the case, called the ruling "fair".', *plan)
    assert not supersede._tells_object_done('The ferry operators, who brought the case, lost.', *plan)


def test_a_coordinated_second_plan_is_read_too() -> None:
    text = ("The Tanners Guild said it would contest the licence before the tribunal and would lodge the appeal "
            "within two weeks.")
    plans = supersede._plan_objects(text)
    assert [p[2] for p in plans] == ["licenc", "appeal"] or len(plans) == 2
    assert any(supersede._tells_object_done("The Tanners Guild lodged the appeal on May 2.", *p) for p in plans)
    # a relative clause's modal is no second plan of the actor
    assert len(supersede._plan_objects("The firm said it would close the Halden mill, which would cut 200 jobs.")) == 1


def test_a_condition_is_decided_by_the_partys_act_either_way() -> None:
    condition = supersede._condition_act("If the Appeals Tribunal strikes it down, the levy raises only 40 million.")
    assert condition is not None
    assert supersede._tells_condition_decided("The Appeals Tribunal on Monday struck down the levy.", *condition)
    assert not supersede._tells_condition_decided("The Appeals Tribunal could strike it down, lawyers said.", *condition)
    assert not supersede._tells_condition_decided("The Appeals Tribunal did not strike down the levy.", *condition)
    assert not supersede._tells_condition_decided("The Appeals Tribunal struck a deal with the clerks.", *condition)
    found = supersede._condition_act('"If the auditor finds the accounts wrong, we resign," the mayor said.')
    assert found is not None
    assert supersede._tells_condition_decided("In May the city auditor found the accounts sound.", *found)
    # a pronoun is no party; a condition inside a longer sentence is left alone
    assert supersede._condition_act("If it rains, the match is off.") is None
    assert supersede._condition_act("The mayor said that if the auditor finds fault, he will resign.") is None


@given(st.sampled_from(["regulator", "Harbour Board", "county court"]), st.sampled_from(["blocks", "approves", "rejects"]))
def test_another_partys_act_decides_nothing(agent: str, verb: str) -> None:
    condition = supersede._condition_act(f"If the {agent} {verb} the merger, shares fall.")
    assert condition is not None
    past = verb[:-1] + "d" if verb.endswith("es") and verb[-3] == "v" else verb[:-1] + "ed"
    assert supersede._tells_condition_decided(f"The {agent} {past} the merger on Friday.", *condition)
    assert not supersede._tells_condition_decided(f"The ministry {past} the merger on Friday.", *condition)


def test_a_move_naming_its_old_period_needs_one_word_of_the_earlier_clause() -> None:
    old = {("", 2035)}
    earlier = "Drilling is due to start in 2028 and the tunnel is scheduled to open in 2035."
    assert supersede._old_clause_shared(earlier, old, "It said the opening had moved to 2036 from 2035.")
    assert not supersede._old_clause_shared(earlier, old, "It said the budget had moved to 2036 from 2035.")
    assert supersede._period_moves("It said the opening date had moved to 2036 from 2035.", dt.date(2026, 11, 20))


def test_a_month_named_may_is_no_modal() -> None:
    """"in May" dates a clause; it does not set it ahead ("may" the modal does), so a vote held in May is done."""
    from briefgen.supersede import _done, event_stems

    events = event_stems("The council voted on the budget in May.")
    assert events and _done("The council voted on the budget in May.", events) == events
    assert not _done("The council may vote on the budget.", event_stems("The council may vote on the budget."))
