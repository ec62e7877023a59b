"""A state told as going on in the present ("the blockade is costing growers ...", "the council is
reviewing the fee", "the fee was under review") is overtaken once a later dated report tells it ended
(the blockade lifted, the review concluded); and a price a later report moves on is one Key figures row with its history, never
two current rows when the earlier value's own sentence also gives the value before it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import briefgen
from briefgen.supersede import _ended_states, _lasting_states

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace

_PICKET = """Growers blockade Osmand packing depot over grading rules

Published 3 March 2025

OSMAND - Fruit growers blockaded the Osmand packing depot on Monday, stopping lorries from leaving in protest at new grading rules.

The Osmand blockade is costing growers about 2 million crowns a day in fruit left to spoil, the regional growers' federation estimated.

"We have nothing left to lose," said organiser Pim Sollis. He said the blockade would continue for as long as growers needed, and warned that 300 tonnes of apples were already rotting.

The farm ministry said the grading fee was under review.
"""

_LIFTED = """Osmand growers lift blockade after ministry drops fee

Published 9 March 2025

OSMAND - Growers lifted the blockade of the Osmand packing depot on Sunday after the farm ministry agreed to suspend its grading fee.

Farm minister Ilse Brandt said the review of the grading fee had concluded that it hurt small growers.
"""

_DEPOT_ONLY = """Lorries move again at Osmand

Published 9 March 2025

OSMAND - Lorries left the depot on Sunday for the first time in a week.
"""


def _ended(ws: briefgen.Workspace) -> list[str]:
    from briefgen.compose import _Composer

    noteset = ws.notes()
    docs = {doc.id: doc for doc in noteset.sources}
    composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"), docs=docs)
    by_id = {note.id: note for note in noteset.notes}
    return [docs[by_id[j.note].span.source].text[by_id[j.note].span.start:by_id[j.note].span.end]
            for j in composer.overtaken_events if j.reason == "ended"]


def test_a_state_going_on_and_a_review_are_overtaken_by_their_ending(news_workspace: NewsWorkspace) -> None:
    ended = _ended(news_workspace("ws", {"01-picket.txt": _PICKET, "02-lifted.txt": _LIFTED}))
    assert any("is costing growers" in text for text in ended)
    assert any("under review" in text for text in ended)


def test_a_later_report_that_ends_nothing_overtakes_no_state(news_workspace: NewsWorkspace) -> None:
    assert _ended(news_workspace("ws", {"01-picket.txt": _PICKET, "02-later.txt": _DEPOT_ONLY})) == []


def test_which_clauses_tell_a_state_going_on_and_its_end() -> None:
    assert _lasting_states("The strike is causing delays at the port.")[0][0] == "strike"
    assert _lasting_states("The ministry is reviewing the licence.")[0][0] == "review"
    assert _lasting_states("The licence was under review, the ministry said.")[0][0] == "review"
    assert _lasting_states("The ban is being lifted in stages.") == []
    assert _lasting_states("Dealers expect prices to rise while the strike is dragging on.") == []
    assert _ended_states("The minister said the review had concluded on Friday.") == {"review"}
    assert _ended_states("The strike ended on Tuesday.") == {"strike"}
    assert _ended_states("Officials said the review would not have concluded by June.") == set()


_PRICE_1 = """Storm lifts spot power prices

Published 2 March 2025

LENVIK - Spot power for next-day delivery rose 8 percent to 61 euros per megawatt-hour on Monday as a storm cut output at the Lenvik wind farms.
"""

_PRICE_2 = """Power prices climb again

Published 3 March 2025

The next-day contract settled at 66.20 euros per megawatt-hour, up from 61 euros on Monday.
"""

_PRICE_3 = """Wind farms back, power prices ease

Published 9 March 2025

LENVIK - The next-day power contract fell 14 percent to 56.90 euros per megawatt-hour after the Lenvik wind farms returned to full output.
"""


def test_a_price_moved_on_twice_is_one_row_with_its_history(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("ws", {"01.txt": _PRICE_1, "02.txt": _PRICE_2, "03.txt": _PRICE_3})
    (ws.config.root / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(__file__).parent / "fixtures" / "rows.toml", ws.config.root / "templates" / "audiences")
    brief = briefgen.open_workspace(ws.config.root).compose("rows")
    rows = [(item.figure.text, tuple(e.text for e in item.earlier)) for section in brief.sections
            if section.style == "figures" for item in section.items if item.figure is not None
            and "megawatt-hour" in item.figure.text]
    assert [text for text, _ in rows] == ["56.90 euros per megawatt-hour"]
    assert "66.20 euros per megawatt-hour" in rows[0][1]
