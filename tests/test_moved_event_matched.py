"""A later report that moves or calls off a scheduled event overtakes the statement that sets the
event's day, matched by the event's name (the head of the noun phrase the change is said of, or the
event a time noun such as "date" belongs to) and its actor and matter, whatever the phrasing:
"pushed back its hearing ... by two weeks, to <day>", "the stoppage that was due to begin on Monday
has been called off", "will no longer go ahead", "brought forward the closing date". A statement
that names the event only as a point of reference ("ahead of the vote") stays after a move
(supersede.changed_events)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import briefgen
from briefgen import supersede

NewsWorkspace = Callable[..., briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed


def _judged(ws: briefgen.Workspace) -> dict[str, str]:
    """The first words of each statement overtaken as an event, with the judgement's reason."""
    from briefgen.compose import _Composer

    noteset = ws.notes()
    composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"),
                         docs={doc.id: doc for doc in noteset.sources})
    by_id = {note.id: note for note in composer.readable}
    return {" ".join(by_id[j.note].quote.split()[:5]): j.reason for j in composer.overtaken_events}


_INQUIRY = """Watchdog to question Orvane over leaked files

Published 2 September 2025

The Communications Standards Board will hold a hearing on 24 September to question Orvane Telecom's directors about the leak of 80,000 subscriber files.

Orvane Telecom said it was cooperating fully.
"""

_INQUIRY_LATER = """Orvane hearing delayed at company's request

Published 10 September 2025

The Communications Standards Board has pushed back its hearing into the Orvane Telecom leak by two weeks, to 8 October, after the company asked for more time to prepare.
"""


def test_a_hearing_moved_by_its_size_overtakes_the_day_it_left(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("ws", {"01-plan.txt": _INQUIRY, "02-later.txt": _INQUIRY_LATER})
    assert _judged(ws).get("The Communications Standards Board will") == "moved"
    assert not any("hearing on 24 September" in text for text in printed(ws))
    assert any("to 8 October" in text for text in printed(ws))


def test_the_size_and_new_day_of_a_move_give_the_day_it_left() -> None:
    day = dt.date(2025, 9, 10)
    assert supersede._left_by_size("The board has pushed back its hearing into the leak by two weeks, to 8 October.",
                                   day) == {dt.date(2025, 9, 24)}
    assert supersede._left_by_size("Results will come on Monday 15 September, three days earlier than planned.",
                                   day) == {dt.date(2025, 9, 18)}
    # a size that is no move's ("fell by two points") gives nothing
    assert supersede._left_by_size("Support fell by two points to 41 per cent on 12 September.", day) == set()


_STOPPAGE = """Bus drivers in Velmont to stage two-day stoppage

Published 3 March 2025

Bus drivers employed by Velmont Transit will stage a two-day stoppage on 10 and 11 March in a dispute over rest breaks, the Road Transport Union said.
"""

_STOPPAGE_OFF = """Velmont bus stoppage off after breaks deal

Published 7 March 2025

The two-day stoppage by Velmont Transit bus drivers that was due to begin on Monday has been called off after the company agreed to longer rest breaks, the Road Transport Union said.

Buses will run normally on 10 and 11 March.
"""


def test_a_stoppage_called_off_is_read_past_its_relative_clause(news_workspace: NewsWorkspace) -> None:
    assert supersede._changed(_STOPPAGE_OFF.split("\n\n")[2]) == {"stoppag": "called off"}
    ws = news_workspace("ws", {"01-plan.txt": _STOPPAGE, "02-off.txt": _STOPPAGE_OFF})
    assert _judged(ws).get("Bus drivers employed by Velmont") == "called off"


def test_an_event_that_will_no_longer_go_ahead_is_called_off() -> None:
    assert supersede._changed("Separately, Dorlan said its product launch in Lisbon, which had been planned for "
                              "3 October, will no longer go ahead.") == {"launch": "called off"}
    assert supersede._changed("The fair will not now take place.") == {"fair": "called off"}
    # a condition leaves it open
    assert supersede._changed("The fair will no longer go ahead if the storm reaches the coast.") == {}


def test_a_time_noun_stands_for_the_event_it_dates() -> None:
    assert supersede._changed("The council has brought forward the closing date of the consultation.") == {
        "close": "moved", "consult": "moved"}
    assert supersede._changed("Its investor day, first set for 16 July, has been moved to 30 July.") == {"investor": "moved"}


_VOTE = """Harwick council to vote on ferry subsidy

Published 4 May 2025

Harwick council will vote on 20 May on a 12 million pound subsidy for the Harwick island ferry, council leader Ada Brenn said.

The ferry operator filed revised accounts ahead of the council vote, showing a loss of 2 million pounds.
"""

_VOTE_LATER = """Ferry subsidy vote put off

Published 12 May 2025

Harwick council's vote on the island ferry subsidy has been postponed until next month so that auditors can check the operator's accounts.
"""


def test_a_vote_postponed_to_a_relative_time_overtakes_its_day_not_what_named_it_in_passing(
        news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("ws", {"01-plan.txt": _VOTE, "02-later.txt": _VOTE_LATER})
    judged = _judged(ws)
    assert judged.get("Harwick council will vote on") == "moved"
    assert not any(key.startswith("The ferry operator filed") for key in judged)
