"""Timeline and What to watch: a demand made on its day is not dated at the later event it names,
and one event told as a chair's plan and as the schedule is one entry (session 52)."""

from __future__ import annotations

import datetime as dt

from briefgen.compose import Item, act_before_day, once_per_event, one_event

TOLD = dt.date(2027, 4, 9)
LATER = dt.date(2027, 5, 6)


def test_demand_naming_a_later_events_day_is_an_act_of_its_own_day() -> None:
    assert act_before_day("Okonjo called for the finance director to resign and said the fund would vote against the "
                          "accounts if the board did not publish a disposal plan before the 6 May investor day.",
                          TOLD, LATER)
    assert act_before_day("The pilots' union demanded talks ahead of the May 6 board meeting.", TOLD, LATER)
    assert not act_before_day("The judge ordered the board to hand over the minutes by 6 May.", TOLD, LATER)
    assert act_before_day("Tarrow Holdings on 9 April urged the board to set out a buyback at the 6 May results day.",
                          TOLD, LATER)


def test_a_statement_of_the_later_days_own_event_stays_a_schedule() -> None:
    # the day is the event's own ("on 6 May"), or the main clause tells no act done (a plan)
    assert not act_before_day("The council voted to hold the ballot on 6 May.", TOLD, LATER)
    assert not act_before_day("The chair said she would summon the directors to a hearing on 6 May.", TOLD, LATER)
    assert not act_before_day("The board will meet shareholders at the 6 May investor day.", TOLD, LATER)
    assert not act_before_day("The pilots' union demanded talks.", TOLD, LATER)


def test_plan_and_schedule_of_one_appearance_are_one_event() -> None:
    day = dt.date(2027, 3, 18)
    plan = "Assemblywoman Rhee, who chairs the transport panel, said she would summon Norvale directors to a hearing on 18 March."
    schedule = "Norvale directors are due before the assembly's transport panel on March 18."
    assert one_event(plan, schedule, day) and one_event(schedule, plan, day)
    # two events of one day that share no word of what happens stay two
    assert not one_event("The tribunal will rule on March 18.", "Norvale shareholders will vote on March 18.", day)


def test_once_per_event_keeps_one_entry_for_plan_and_schedule() -> None:
    def entry(text: str) -> tuple[str, str, int, Item]:
        return "2027-03-18", "2027-03-02", 0, Item(text=text, citations=(1,), note_id=text[:10], kind="fact",
                                                   date="2027-03-18", scheduled=True)
    plan = entry("Assemblywoman Rhee, who chairs the transport panel, said she would summon Norvale directors to a "
                 "hearing on 18 March.")
    schedule = entry("Norvale directors are due before the assembly's transport panel on March 18.")
    assert len(once_per_event([plan, schedule])) == 1
