"""What a forward-looking section shows (sections.catalyst) is always something supersede reads as
expected (sections.expected_event), so a later report of its outcome overtakes it whichever path
admitted it; an undated pending procedure is an event to watch, a wish or a counterfactual is not
(invented text)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

import briefgen
from briefgen import sections

DAY = dt.date(2026, 3, 2)
NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]
Printed = Callable[..., list[str]]

_SUBJECTS = ["The port authority", "The glassworks", "Councillor Ana Ruiz", "The growers' cooperative", "It"]
_VERBS = ["would award the dredging contract", "will hold a ballot", "would challenge the permit in the county court",
          "would like to open a second kiln", "will publish its audit", "would review the tariff",
          "would have finished the quay", "is due to decide on the lease", "would be lifted"]
_WHENS = ["", " on March 19", " in April", " in 2029", " once the ministry agrees", " within weeks", " on Friday",
          " by the end of the year"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_SUBJECTS), st.sampled_from(_VERBS), st.sampled_from(_WHENS),
       st.sampled_from(["upcoming", "quote", "fact", "opinion", "forecast"]), st.booleans(), st.booleans())
def test_every_event_a_section_shows_is_one_supersede_reads(subject: str, verb: str, when: str, kind: str,
                                                            quoted: bool, dated: bool) -> None:
    clause = f"{subject} {verb}{when}."
    text = f'"{clause[:-1]}," the spokesman said.' if quoted else f"A spokesman said {clause[0].lower()}{clause[1:]}"
    anchor = DAY if dated else None
    for now in (DAY, DAY + dt.timedelta(days=10)):
        if sections.catalyst(text, kind, anchor, now) is not None:
            assert sections.expected_event(text, kind, anchor, None if anchor else now) is not None


def test_an_undated_pending_procedure_is_to_watch_and_a_wish_is_not() -> None:
    for text in ("The growers' cooperative said it would challenge the permit in the county court.",
                 "The two districts said they would file a complaint with the state regulator.",
                 "The dockers said they would hold a ballot on the new rota."):
        assert sections.catalyst(text, "upcoming", DAY, DAY) == sections.Watch(day=None), text
    for text in ("The mayor said she would like to hold a referendum on the quay.",
                 "The harbour board said it would review the pier."):
        assert sections.catalyst(text, "upcoming", DAY, DAY) is None, text
        assert sections.expected_event(text, "upcoming", DAY, DAY) is not None, text  # a later report may overtake it


def test_what_would_have_been_is_no_event() -> None:
    assert sections.catalyst("Ms Varga said the rival bid would have delivered the first ferry in 2030.",
                             "quote", DAY, DAY) is None
    assert sections.catalyst("The ministry said the lease would have to be signed by May 5.", "quote", DAY, DAY) is not None


_PLAN = """Port authority to award dredging contract

Published 5 January 2026

LISMORE, Jan 5 (Harbour Wire) - The Lismore port authority said on Monday it would award the
dredging contract for both berths on January 15, after three firms bid for the work.

The authority said the channel had silted to a depth of 9 metres, from 12 metres in 2019.
"""

_AWARDED = """Lismore port awards dredging contract

Published 16 January 2026

LISMORE, Jan 16 (Harbour Wire) - The Lismore port authority awarded the dredging contract for
both berths to Van Aalst Marine on Thursday, for 41 million euros.

Work on the first berth will start in March, the authority said.
"""


def test_a_dated_act_told_by_its_modal_leaves_every_section_once_reported_done(
        news_workspace: NewsWorkspace, printed: Printed) -> None:
    alone = printed(news_workspace("a", {"01-plan.txt": _PLAN}))
    assert any("would award the dredging contract" in text for text in alone)
    both = printed(news_workspace("b", {"01-plan.txt": _PLAN, "02-awarded.txt": _AWARDED}))
    assert not any("would award the dredging contract" in text for text in both)
    assert any("awarded the dredging contract" in text for text in both)


def test_a_step_set_within_a_span_is_over_once_the_span_has_passed() -> None:
    text = "The water board said it would publish the survey within three weeks."
    assert sections.catalyst(text, "upcoming", DAY, DAY + dt.timedelta(days=10)) == sections.Watch(day=None)
    assert sections.catalyst(text, "upcoming", DAY, DAY + dt.timedelta(days=30)) is None


def test_the_writers_own_view_is_no_report() -> None:
    assert sections.own_view("Freight volumes fell 4%. We estimate a loss of 9 million euros in 2027.")
    assert sections.own_view("Our estimate is closer to 22 million crowns.")
    assert not sections.own_view('"We will appeal," the growers\' cooperative said.')
    assert not sections.own_view("The union said we would all pay for it.")
