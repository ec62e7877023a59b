"""A plan whose object names nothing ("expects to name the interim operator") is overtaken by a later
report where its actor did the act to a thing of the same head noun (supersede._plan_object,
supersede._tells_object_done); the report of the act takes the plan's place in the brief."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen import supersede

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed

_PLAN = """Observatory trust narrows search for a new director

Published 3 February 2025

KESTRA - The Kestra Observatory Trust has interviewed five candidates to run the observatory after the retirement of its founder.

The trust expects to appoint a permanent director before the end of March, its chair Oda Vennholm said.

Visitor numbers rose to 41,000 last year, and the trust is raising 3 million crowns for a new dome.
"""

_DONE = """Kestra Observatory picks astronomer to lead it

Published 20 March 2025

KESTRA - The Kestra Observatory Trust appointed the astronomer Leif Ambrose as its permanent director on Wednesday.

Ambrose, 51, has worked at the observatory since 2009. The dome appeal has reached 2.2 million crowns.
"""

_OTHER = """Kestra Observatory names new education officer

Published 20 March 2025

KESTRA - The city council appointed Mara Lind as education officer for its museums on Wednesday.

The Kestra Observatory Trust did not appoint a director this month, a spokesman said.
"""


def test_the_plans_actor_act_and_object_head_are_read() -> None:
    verb, actor, head = supersede._plan_object(
        "[The Westmark Transport Authority] expects to name the interim operator before the end of November.") or (
        "", set(), "")
    assert (verb, head) == ("name", "oper")
    assert "author" in actor or "authority" in actor
    # an object that ends on a name is left to `_plan` (names), and no plan at all gives nothing
    assert supersede._plan_object("The council said the budget passed in April.") is None


def test_only_the_same_actor_doing_the_act_to_the_same_thing_overtakes() -> None:
    plan = supersede._plan_object("The trust expects to appoint a permanent director before the end of March.")
    assert plan is not None
    assert supersede._tells_object_done("The trust appointed Leif Ambrose as its permanent director on Wednesday.", *plan)
    # another actor, a negation, an act still ahead, or another thing: no
    assert not supersede._tells_object_done("The city council appointed Mara Lind as its director.", *plan)
    assert not supersede._tells_object_done("The trust did not appoint a director this month.", *plan)
    assert not supersede._tells_object_done("The trust will have appointed a director by April.", *plan)
    assert not supersede._tells_object_done("The trust appointed a new treasurer and two trustees.", *plan)


@given(st.sampled_from(["treasurer", "curator", "architect", "auditor"]))
def test_a_different_head_noun_is_never_the_plans_object(noun: str) -> None:
    plan = supersede._plan_object("The trust expects to appoint a permanent director before the end of March.")
    assert plan is not None
    assert not supersede._tells_object_done(f"The trust appointed Leif Ambrose as its {noun} on Wednesday.", *plan)


def test_the_act_replaces_the_plan_in_the_brief(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("a", {"01-plan.txt": _PLAN, "02-other.txt": _OTHER})
    shown = " ".join(printed(ws, cited=True))
    assert "expects to appoint a permanent director" in shown  # nothing reports the act: the plan stands
    ws = news_workspace("b", {"01-plan.txt": _PLAN, "02-done.txt": _DONE})
    shown = printed(ws, cited=True)
    assert not any("expects to appoint a permanent director" in text for text in shown)
    assert any("appointed the astronomer Leif Ambrose" in text for text in shown)


def test_a_commentary_estimate_against_a_year_before_is_overtaken_by_the_later_value() -> None:
    measures = supersede._estimates("Harbour landings of cod are running nearly a third below last year, we think.")
    assert measures and {"cod", "land"} <= measures[0] | {stem for stem in measures[0] if stem.startswith("land")}
    later = "Landings of cod at the harbour totalled 8,100 tonnes by June 30, down 22 percent from a year earlier."
    assert any(supersede._reports_change(later, m) for m in measures)
    # another measure, or a change with no year-before base, overtakes nothing
    assert not any(supersede._reports_change("Exports of salmon fell 22 percent from a year earlier.", m) for m in measures)
    assert not any(supersede._reports_change("Landings of cod fell 22 percent in June alone.", m) for m in measures)
    # an estimate against another base ("two years ago") is another measure
    assert supersede._estimates("Landings of cod are running about a quarter below their level of two years ago.") == []
