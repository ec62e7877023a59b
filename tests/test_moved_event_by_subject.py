"""A short statement whose subject is the event itself ("A first hearing is set for March 12.") is
overtaken when a later report tells the same event, by its own noun as the subject of a move, moved
to a later day ("The court hearing has been postponed to April 9 ..."), though the two sentences
share no other word (supersede.changed_events, `_subject_event_heads`)."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen import supersede
from tests.test_moved_event_matched import _judged

NewsWorkspace = Callable[..., briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed


_FIRST = """Grain cooperative sues mill operator over spoiled harvest

Published 4 May 2025

The Tarrow Grain Cooperative has sued the Kessel Mill Company for 1.2 million dollars over wheat that spoiled in its silos last winter.

Kessel said it would fight the claim. A first inquiry is scheduled for June 18.
"""

_LATER = """Tarrow grain case slips

Published 20 May 2025

The tribunal inquiry has been postponed to July 23 because a judge fell ill, officials said.
"""

_OTHER_SUBJECT = """Grain cooperative sues mill operator over spoiled harvest

Published 4 May 2025

The Tarrow Grain Cooperative has sued the Kessel Mill Company for 1.2 million dollars over wheat that spoiled in its silos last winter.

Kessel said it would fight the claim. Its auditors will give evidence at an inquiry on June 18.
"""


def test_an_event_named_as_its_own_subject_is_overtaken_by_its_move(news_workspace: NewsWorkspace,
                                                                     printed: Printed) -> None:
    ws = news_workspace("ws", {"01-first.txt": _FIRST, "02-later.txt": _LATER})
    assert _judged(ws).get("A first inquiry is scheduled") == "moved"
    assert not any("scheduled for June 18" in text for text in printed(ws))


def test_a_statement_whose_subject_is_someone_else_is_not_matched_by_the_noun_alone(
        news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("ws", {"01-first.txt": _OTHER_SUBJECT, "02-later.txt": _LATER})
    assert "Its auditors will give evidence" not in _judged(ws)


def test_the_subject_heads_are_read_up_to_the_first_auxiliary() -> None:
    assert supersede._subject_event_heads("A first hearing is set for March 12.") == {"hear"}
    assert supersede._subject_event_heads("The vote on the subsidy will be held on 2 May.") == {"vote"}
    # a subject after a lead-in is not read; nor is one with no auxiliary
    assert supersede._subject_event_heads("Separately, the vote will be held on 2 May.") == set()
    assert supersede._subject_event_heads("Kessel plans an appeal.") == set()
    assert supersede._changed_subjects("The court hearing has been postponed to April 9.") == {"hear"}
    assert supersede._changed_subjects("The firm postponed the hearing to April 9.") == set()
