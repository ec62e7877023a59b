"""A state told as open is overtaken once a later dated report tells it settled: a value not given
("declined to give its size") by a later report giving it (supersede.disclosed_values), a choice
still open ("decision ...: pending", "an appeal is very much on the table") by a later report of the
decision (supersede.decided_events), and what would last only overnight by any later report of the
story (supersede.passed_horizons). A later report that leaves the state open overtakes nothing."""

from __future__ import annotations

from collections.abc import Callable

import briefgen

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace

_FIRST = """Fund takes stake in Corrin Mills, crane collapse closes quay

Published 3 April 2025

PELLHAVEN - Hedge fund Astorbridge said it had bought shares in flour maker Corrin Mills but declined to give the size of its holding.

The harbour board said its decision on the scope of an inquiry into the collapse was pending.

Port director Ilse Maratti told reporters on Thursday that legal action against the crane's owner was "very much on the table".

Harbour master Joel Brandt said divers would stay at the quay overnight to check the wreck of the crane.
"""

_SETTLED = """Astorbridge holds 2.7% of Corrin Mills; harbour board opens inquiry

Published 9 April 2025

PELLHAVEN - A stock exchange filing showed Astorbridge held 2.7 percent of Corrin Mills shares on Tuesday.

The harbour board said on Monday it had opened a full inquiry into the crane collapse at the quay.

Port director Ilse Maratti said on Tuesday the port would not take legal action against the crane's owner after a settlement was agreed.
"""

_STILL_OPEN = """Corrin Mills shares climb

Published 9 April 2025

PELLHAVEN - Corrin Mills shares rose 4 percent on Tuesday.

The harbour board said it might open an inquiry into the quay collapse if divers found damage.
"""


def _overtaken(ws: briefgen.Workspace) -> dict[str, str]:
    from briefgen.compose import _Composer

    noteset = ws.notes()
    docs = {doc.id: doc for doc in noteset.sources}
    composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"), docs=docs)
    by_id = {note.id: note for note in noteset.notes}
    found = {}
    for judgement in composer.overtaken_events:
        span = by_id[judgement.note].span
        found[docs[span.source].text[span.start:span.end]] = judgement.reason
    return found


def test_open_states_a_later_report_settles_are_overtaken(news_workspace: NewsWorkspace) -> None:
    gone = _overtaken(news_workspace("ws", {"01-first.txt": _FIRST, "02-settled.txt": _SETTLED}))
    assert [reason for text, reason in gone.items() if "declined to give the size" in text] == ["disclosed"]
    assert any("was pending" in text for text in gone)
    assert any("very much on the table" in text for text in gone)
    assert any("overnight" in text for text in gone)


def test_a_later_report_that_leaves_them_open_overtakes_none(news_workspace: NewsWorkspace) -> None:
    gone = _overtaken(news_workspace("ws", {"01-first.txt": _FIRST, "02-open.txt": _STILL_OPEN}))
    assert not any("declined" in text or "pending" in text or "on the table" in text for text in gone)


def test_a_report_of_the_same_day_ends_no_overnight_state(news_workspace: NewsWorkspace) -> None:
    same_day = _STILL_OPEN.replace("9 April 2025", "3 April 2025")
    gone = _overtaken(news_workspace("ws", {"01-first.txt": _FIRST, "02-open.txt": same_day}))
    assert not any("overnight" in text for text in gone)
