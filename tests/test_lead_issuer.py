"""A statement issued by the body the story's event is about (a company's announcement of its own meeting's
corrected result) is that body's word, not a side's reaction to the event: only a statement whose issuer is
neither the event's actor nor the body it is done to is a reaction (a campaign's, a trade body's)."""

from __future__ import annotations

from collections.abc import Callable

import briefgen

NewsWorkspace = Callable[..., briefgen.Workspace]  # the conftest fixture news_workspace

WIRE = """Tarnby Mills pay plan passes but nearly 39 pct of votes go against

LEEDHAM, March 12 (Lanewire) - Shareholders in Tarnby Mills approved a
new bonus plan for chief executive Oren Vale at the company's annual
meeting on Thursday, but 38.6 percent of votes cast went against it.

The plan was approved with 61.4 percent of votes in favour, according to
a poll result published by the company. Tarnby shares rose 1.1 percent
to 212 pence.
"""
NOTICE = """TARNBY MILLS PLC
REGULATORY ANNOUNCEMENT - RESULT OF AGM: CORRECTION

Released: 13 March 2026, 07:00

Tarnby Mills plc announces a correction to the poll results of its Annual General Meeting held on
12 March 2026.

The registrar found that proxy instructions covering 1,200,000 shares had been recorded "for" in error.
The corrected result for Resolution 9 is as follows:

  Votes for:      58.8% (previously announced: 61.4%)
  Votes against:  41.2% (previously announced: 38.6%)

Resolution 9 remains passed.
"""
TOML = """["01-wire.txt"]
publisher = "Lanewire"
kind = "news report"
date = "2026-03-12"

["02-notice.txt"]
publisher = "Tarnby Mills plc"
kind = "statement"
date = "2026-03-13"
"""


CAMPAIGN = """Statement: the pay plan rewards failure

The Fair Pay Network is deeply disappointed that Tarnby Mills shareholders approved the bonus plan for
Oren Vale. We call on the board to cut the plan before next year's meeting.
"""


def _reactions(ws: briefgen.Workspace) -> dict[str, bool]:
    from briefgen.compose import _Composer

    noteset = ws.notes()
    docs = {doc.id: doc for doc in noteset.sources}
    composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "executive"), docs=docs)
    assert composer.central is not None
    return {doc_id: composer.reacting(doc) for doc_id, doc in docs.items()}


def test_the_body_the_event_is_about_does_not_react_to_it(news_workspace: NewsWorkspace) -> None:
    toml = TOML + '''
["03-campaign.md"]
publisher = "Fair Pay Network"
kind = "statement"
date = "2026-03-13"
'''
    ws = news_workspace("agm", {"01-wire.txt": WIRE, "02-notice.txt": NOTICE, "03-campaign.md": CAMPAIGN,
                                "sources.toml": toml}, title="Tarnby Mills pay vote")
    reacting = _reactions(ws)
    assert reacting == {"01-wire": False, "02-notice": False, "03-campaign": True}
