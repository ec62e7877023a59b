"""A claim a later report says was taken back ("reversing its earlier statement that ...", "had
earlier said ...", "That was wrong", "rather than the ... it gave on Monday") is shown as current in
no section (supersede.retracted_claims); a later report that only repeats it takes nothing back."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen import supersede

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace

_FIRST = """Cracks close Brenmoor footbridge

Published 4 May 2025

BRENMOOR - The Quarry Lane footbridge in Brenmoor was closed on Sunday after walkers reported cracks in its deck, the town council said.

Council engineer Petra Lowe said the steel bearings under the deck were sound and that the cracks were confined to the surface layer.

The council said the bridge would stay shut for at least three weeks while the surface was replaced.

About 2,000 people cross the bridge each day, most of them pupils of Brenmoor Academy.
"""

_LATER = """Brenmoor footbridge bearings corroded, council admits

Published 8 May 2025

BRENMOOR - Brenmoor town council said on Thursday that two steel bearings under the Quarry Lane footbridge were badly corroded, reversing its earlier statement that the bearings were sound.

The council had previously said the bridge would be shut for at least three weeks. It now expects the bridge to stay closed until the end of August while the bearings are replaced.

Pupils of Brenmoor Academy will be taken to school by bus from Monday, the council said.
"""

_REPEAT = """Brenmoor footbridge repairs begin

Published 6 May 2025

BRENMOOR - Work to replace the deck surface of the Quarry Lane footbridge began on Tuesday, and council engineer Petra Lowe repeated that the steel bearings were sound.

The contractor, Hallam Civils, said it had 12 workers on site.
"""


def test_the_reversal_forms_give_the_claim_taken_back() -> None:
    assert supersede.taken_back("The agency said on Friday that the pump had failed, retracting its earlier claim that "
                                "the pump was working.") == ["the pump was working"]
    assert supersede.taken_back("The firm had initially said the leak was confined to one tank.") == [
        "the leak was confined to one tank"]
    assert supersede.taken_back('"I told residents on Monday that the water was safe to drink. That was wrong," '
                                "the mayor said.") == ["the water was safe to drink"]
    assert supersede.taken_back("The insurer now blames a software fault, rather than the staff error it cited "
                                "on Tuesday.") == ["the staff error it cited on Tuesday"]
    assert supersede.taken_back("Ms Diaz, who on Monday said the school was safe, resigned.") == ["the school was safe"]
    # a promise recalled is often a promise kept: no claim taken back
    assert supersede.taken_back("Ms Diaz, who on Monday said the school would reopen, resigned.") == []
    assert supersede.taken_back("The firm said it would correct errors in its earlier filings.") == []


def test_a_statement_states_a_claim_by_its_words_or_its_count() -> None:
    assert supersede.states_claim("The pumps in the basement were working normally, the agency said.",
                                  "the basement pumps were working")
    assert not supersede.states_claim("The agency said its staff were working overtime.", "the basement pumps were working")
    assert supersede.states_claim("She stood by the estimate of at least four days' delay.",
                                  "the road would be shut for at least four days")
    assert not supersede.states_claim("The hearing will last four days.", "the road would be shut for at least four days")


def _stale(ws: briefgen.Workspace) -> list[str]:
    """The quotes of the statements the policy brief leaves out as overtaken."""
    from briefgen.compose import _Composer

    noteset = ws.notes()
    composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"),
                         docs={doc.id: doc for doc in noteset.sources})
    return [note.quote for note in noteset.notes if note.id in composer.stale]


def test_a_claim_a_later_report_reverses_is_overtaken(news_workspace: NewsWorkspace) -> None:
    repeated = _stale(news_workspace("a", {"01-first.txt": _FIRST, "02-repeat.txt": _REPEAT}))
    assert not any("were sound" in quote for quote in repeated)
    assert not any("at least three weeks" in quote for quote in repeated)
    reversed_ = _stale(news_workspace("b", {"01-first.txt": _FIRST, "02-later.txt": _LATER}))
    assert any("bearings under the deck were sound" in quote for quote in reversed_)
    assert any("stay shut for at least three weeks" in quote for quote in reversed_)
    assert not any("reversing its earlier statement" in quote for quote in reversed_)
