"""A statement quoted with the sentence before it (a "The N" subject its source introduced there) is
shown only when that sentence is current: when any check finds the sentence overtaken (a correction
names its value, a later source calls the event off, a later dated source replaces its figure), the
pair goes with it (`_Composer.quoting`, `_Composer.statement_figures`), in every audience brief,
Key figures included."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen.compose import _Composer

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed

_FERRY_FARE = """Lannock ferry fare set to rise

Published 2 June 2025

A return crossing on the Lannock ferry will cost 14 pounds from July, the island council said on Monday.

The ferry carries about 900 passengers a day in summer.
"""

_FERRY_CORRECTED = """Council corrects Lannock ferry fare

The island council has corrected the new fare for the Lannock ferry after a clerical error. A return crossing will cost 12 pounds, not 14 pounds as previously reported, the council said.
"""

_REGATTA = """Harbour regatta to go ahead

Published 10 August 2025

The Portmain harbour regatta will be held on Saturday 23 August, the sailing club said on Tuesday.

The regatta draws about 60 boats from along the coast.
"""

_REGATTA_CANCELLED = """Portmain regatta cancelled

The sailing club has cancelled the Portmain harbour regatta on Saturday 23 August after storm damage to the harbour wall, club secretary Ines Varga said.
"""

_MUSEUM_VISITORS = """Tidewater museum visitor numbers

Published 3 March 2025

The Tidewater maritime museum had 41,000 visitors last year, its director said on Monday.

The museum reopened in 2021 after a two-year refit.
"""

_MUSEUM_AUDIT = """Museum audit revises visitor count

Published 20 March 2025

The Tidewater maritime museum had 38,500 visitors last year, an audit published on Thursday found, revising the figure the director gave earlier this month.
"""


def _shown(ws: briefgen.Workspace) -> list[str]:
    """Every statement the three audience briefs show, Key figures' evidence included (the list of
    sources cites an overtaken statement as what a later one replaced, as before)."""
    return [item.text for audience in ("executive", "investor", "policy") for section in ws.compose(audience).sections
            for item in section.items]


def _no_statement_quotes_an_overtaken_sentence(ws: briefgen.Workspace) -> None:
    noteset = ws.notes()
    for audience in ("executive", "investor", "policy"):
        composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, audience),
                             docs={doc.id: doc for doc in noteset.sources}, brief=True)
        kept = {note.id for note in composer.notes}
        gone = [note for note in noteset.notes if note.id not in kept and note.id in composer.readable_by_id]
        for note in composer.notes:
            assert not any(g.span.source == note.span.source and note.span.start <= g.span.start < note.span.end
                           and g.id != note.id and g.id in (composer.stale | {j.note for j in composer.overtaken_events})
                           for g in gone), (audience, note.quote)


def test_a_pair_whose_first_sentence_a_correction_replaced_is_not_shown(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("fare", {"01-fare.txt": _FERRY_FARE, "02-corrected.txt": _FERRY_CORRECTED})
    shown = _shown(ws)
    assert not any("will cost 14 pounds" in text for text in shown)
    assert any("12 pounds" in text for text in shown)
    _no_statement_quotes_an_overtaken_sentence(ws)


def test_a_pair_whose_first_sentence_is_a_cancelled_event_is_not_shown(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("regatta", {"01-regatta.txt": _REGATTA, "02-cancelled.txt": _REGATTA_CANCELLED})
    shown = _shown(ws)
    assert not any("will be held on Saturday 23 August" in text for text in shown)
    assert any("has cancelled the Portmain harbour regatta" in text for text in shown)
    _no_statement_quotes_an_overtaken_sentence(ws)


def test_a_pair_whose_first_sentence_a_later_figure_replaced_is_not_shown(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("museum", {"01-visitors.txt": _MUSEUM_VISITORS, "02-audit.txt": _MUSEUM_AUDIT})
    shown = _shown(ws)
    assert not any("had 41,000 visitors" in text for text in shown)
    assert any("38,500 visitors" in text for text in shown)
    _no_statement_quotes_an_overtaken_sentence(ws)


def test_alone_the_pair_is_shown(news_workspace: NewsWorkspace, printed: Printed) -> None:
    """Without the later source the first sentence is current: the pair (or the sentence) is shown."""
    for name, text, said in (("fare", _FERRY_FARE, "will cost 14 pounds"), ("regatta", _REGATTA, "will be held on Saturday 23 August"),
                             ("museum", _MUSEUM_VISITORS, "had 41,000 visitors")):
        ws = news_workspace(name, {"01.txt": text})
        assert any(said in quote for quote in _shown(ws)), name
