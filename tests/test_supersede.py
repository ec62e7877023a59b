"""A statement expecting an event that a later source reports as done is left out of every section
(supersede.expected_events); a later source that only repeats the schedule, one that reports
something else, or an undated one overtakes nothing."""

from __future__ import annotations

from collections.abc import Callable

import briefgen

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed

_NURSES = """Nurses at Kellmoor hospitals to vote on strike

Published 3 June 2024

KELLMOOR - Nurses at the four hospitals of the Kellmoor health trust will vote on Thursday on whether to strike over pay, the Nurses' Federation said.

Federation organiser Ines Brandt said members would hold the strike ballot at every hospital on Thursday and announce the result the same evening.

The trust said it had offered a pay rise of 3 percent and that its offer remained open.

Patients with appointments this week were told to attend as normal.
"""

_HELD = """Kellmoor nurses back strike in ballot

Published 7 June 2024

KELLMOOR - Nurses at the Kellmoor health trust voted by 78 percent to strike over pay in a ballot held on Thursday, the Nurses' Federation said.

Federation organiser Ines Brandt said the first walkout would take place on June 20 unless the trust improved its offer.

The trust said it was disappointed and would keep talking to the federation.
"""

_REPEAT = """Kellmoor nurses prepare for strike ballot

Published 5 June 2024

KELLMOOR - Nurses at the Kellmoor health trust will vote on Thursday on whether to strike, the Nurses' Federation said again on Wednesday.

The trust said its pay offer of 3 percent remained open.
"""


def test_a_vote_a_later_source_reports_held_leaves_every_section(news_workspace: NewsWorkspace, printed: Printed) -> None:
    # Wire copy with no date of its own: its "Thursday" cannot be placed, so only a report of the
    # vote tells that it is over.
    plan = _NURSES.replace("Published 3 June 2024\n\n", "")
    alone = printed(news_workspace("a", {"01-plan.txt": plan, "02-other.txt": _REPEAT}))
    assert any("would hold the strike ballot" in text for text in alone)  # the schedule is news until the vote
    both = printed(news_workspace("b", {"01-plan.txt": plan, "02-held.txt": _HELD}))
    assert not any("would hold the strike ballot" in text for text in both)
    assert not any("will vote on Thursday" in text for text in both)
    assert any("voted by 78 percent" in text for text in both)


def test_a_later_source_repeating_the_schedule_overtakes_nothing(news_workspace: NewsWorkspace) -> None:
    from briefgen.compose import _Composer

    ws = news_workspace("ws", {"01-plan.txt": _NURSES, "02-repeat.txt": _REPEAT})
    noteset = ws.notes()
    composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"),
                         docs={doc.id: doc for doc in noteset.sources})
    assert composer.overtaken_events == []


def test_an_undated_report_overtakes_no_dated_schedule(news_workspace: NewsWorkspace) -> None:
    from briefgen.compose import _Composer

    undated = _HELD.replace("Published 7 June 2024\n\n", "")
    ws = news_workspace("ws", {"01-plan.txt": _NURSES, "02-held.txt": undated})
    noteset = ws.notes()
    composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"),
                         docs={doc.id: doc for doc in noteset.sources})
    dated = {doc.id for doc in noteset.sources if doc.meta.date}
    by_id = {note.id: note for note in noteset.notes}
    assert all(by_id[j.by].span.source in dated for j in composer.overtaken_events)


def test_an_expected_event_with_a_day_still_ahead_stays() -> None:
    import datetime as dt

    from briefgen.supersede import _days, _done, event_stems

    plan = "The union said members would vote on June 10 and hold a second ballot on July 1."
    assert _days(plan, dt.date(2024, 6, 3), dt.date(2024, 6, 11)) == [dt.date(2024, 6, 10), dt.date(2024, 7, 1)]
    assert _done("Members voted on Monday to strike.", event_stems(plan)) == {"vote"}
    assert _done("Members will vote again on Monday.", event_stems(plan)) == set()
    # "to win approval" is no approval given: the event word itself must be in the past.
    assert _done("The company has lodged an appeal to win approval for the deal.", {"approv"}) == set()
