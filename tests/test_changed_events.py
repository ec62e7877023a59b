"""A statement expecting an event that a later dated source reports called off or moved, or a
target day a later source replaces with another, is left out of every section, the Timeline and
the digest (supersede.changed_events); a later source that only repeats the schedule, one that
says the event could be called off, or an undated one that tells no change overtakes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import briefgen
from briefgen.compose import digest

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed

_CONCERT = """Harbour Bowl to host Lysander reunion concert

Published 2 August 2024

PORTHAVEN - The Lysander Quartet will play a reunion concert at the Harbour Bowl on Saturday 17 August, promoter Gale Live said.

Gale Live director Marta Quist said the reunion concert at the Harbour Bowl would go ahead rain or shine and that 9,000 tickets had been sold.

The quartet last played together in 2011.
"""

_POSTPONED = """Lysander reunion concert postponed after singer falls ill

Published 12 August 2024

PORTHAVEN - The Lysander Quartet's reunion concert at the Harbour Bowl, planned for 17 August, has been postponed because the lead singer has a throat infection, promoter Gale Live said.

Gale Live said tickets would remain valid and that a new date would be announced within a fortnight.
"""

_MAYBE = """Singer's illness puts Lysander concert in doubt

Published 12 August 2024

PORTHAVEN - The Lysander Quartet's reunion concert at the Harbour Bowl on 17 August could be postponed because the lead singer has a throat infection, promoter Gale Live said.

Gale Live said it would decide by Wednesday.
"""

_REPEAT = """Lysander fans queue for last tickets

Published 10 August 2024

PORTHAVEN - Fans queued overnight for the last tickets to the Lysander Quartet's reunion concert at the Harbour Bowl on 17 August, Gale Live said.
"""

_BALLOT = """Teachers at Ostrava Academy trust to be balloted on walkout

Published 4 March 2025

Teachers at the six schools of the Ostrava Academy trust will vote in a ballot on strike action on Thursday 13 March, the Secondary Teachers' Association said.

Association organiser Piotr Halas said the ballot of association members would close at noon and the result would be announced the same day.
"""

_CALLED_OFF = """Ostrava Academy teachers' ballot called off after pay deal

Published 11 March 2025

The Secondary Teachers' Association has called off the ballot of its members at the Ostrava Academy trust planned for 13 March after the trust agreed a 4 percent pay rise, organiser Piotr Halas said.
"""

_BRIDGE = """Kessel footbridge to open next week

Published 3 June 2025

The council said it was still working towards opening the new Kessel footbridge over the river by Friday, after the last deck panels were lifted into place.
"""

_SLIPPED = """Kessel footbridge opening slips

Published 6 June 2025

The council has missed its date for opening the new Kessel footbridge over the river and now expects it to open on Monday 16 June, after inspectors asked for extra handrail checks.
"""


def _digest(ws: briefgen.Workspace) -> list[str]:
    chosen, _ = digest(ws.notes(), 400)
    return [note.quote for _, note in chosen]


def test_a_concert_a_later_source_reports_postponed_leaves_every_section_and_the_digest(
        news_workspace: NewsWorkspace, printed: Printed) -> None:
    # A later source that says it could be postponed changes nothing; one that repeats the date neither.
    for name, text in (("maybe", _MAYBE), ("repeat", _REPEAT)):
        kept = news_workspace(name, {"01-plan.txt": _CONCERT, "02-later.txt": text})
        assert any("would go ahead rain or shine" in said for said in printed(kept, cited=True))
        if name == "maybe":
            assert any("would go ahead rain or shine" in said for said in _digest(kept))
    both = news_workspace("b", {"01-plan.txt": _CONCERT, "02-postponed.txt": _POSTPONED})
    said = printed(both)
    assert not any("would go ahead rain or shine" in text or "will play a reunion concert" in text for text in said)
    assert any("has been postponed" in text for text in said)
    assert not any("would go ahead rain or shine" in text for text in _digest(both))


def test_a_ballot_called_off_is_overtaken_and_says_so(news_workspace: NewsWorkspace, printed: Printed) -> None:
    from briefgen.compose import _Composer

    ws = news_workspace("ws", {"01-plan.txt": _BALLOT, "02-off.txt": _CALLED_OFF})
    noteset = ws.notes()
    composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"),
                         docs={doc.id: doc for doc in noteset.sources})
    by_id = {note.id: note for note in composer.readable}
    judged = {by_id[j.note].quote.split()[0]: j.reason for j in composer.overtaken_events}
    assert judged.get("Teachers") == "called off"
    assert all(by_id[j.by].span.source.startswith("02-") for j in composer.overtaken_events)
    assert not any("will vote in a ballot" in text for text in printed(ws))


def test_an_undated_report_of_the_change_overtakes_the_schedule_its_past_tense_places_it_after(
        news_workspace: NewsWorkspace, printed: Printed) -> None:
    # "has called off the ballot ... planned for 13 March" is after the schedule by its own words
    # (supersede.undated_changes); an undated source that only names another day overtakes nothing.
    from briefgen.compose import _Composer

    undated = _CALLED_OFF.replace("Published 11 March 2025\n\n", "")
    other_day = "Ostrava teachers\n\nThe Secondary Teachers' Association said members at the Ostrava Academy trust " \
                "would meet on 20 March.\n"
    for name, text in (("undated", undated), ("dated", _CALLED_OFF), ("other day", other_day)):
        ws = news_workspace(name, {"01-plan.txt": _BALLOT, "02-off.txt": text})
        noteset = ws.notes()
        composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"),
                             docs={doc.id: doc for doc in noteset.sources})
        assert len(composer.overtaken_events) == (0 if name == "other day" else 2), name
        assert any("would close at noon" in said for said in printed(ws)) == (name == "other day"), name


def test_a_target_day_a_later_source_replaces_leaves_the_brief_and_the_timeline(news_workspace: NewsWorkspace, printed: Printed) -> None:
    alone = printed(news_workspace("a", {"01-plan.txt": _BRIDGE}))
    assert any("working towards opening" in text for text in alone)
    both = printed(news_workspace("b", {"01-plan.txt": _BRIDGE, "02-slipped.txt": _SLIPPED}))
    assert not any("working towards opening" in text for text in both)
    assert any("now expects it to open on Monday 16 June" in text for text in both)


def test_what_a_change_is_said_of() -> None:
    from briefgen.supersede import _changed, _done, _replaced

    assert _changed("The strike planned for May 16 to May 18 has been suspended while the ballot takes place.") == {
        "strike": "called off"}
    assert _changed("Organisers postponed Friday's concert until June.") == {"concert": "moved"}
    assert _changed("The union said the ballot, due on Friday, has been called off.") == {"ballot": "called off"}
    # Left open, refused or conditional: no change made.
    assert _changed("The strike could be suspended if talks resume.") == {}
    assert _changed("The union refused to call off the strike.") == {}
    assert _changed("Passengers will be told if their flight is cancelled.") == {}
    # A new day for a target the earlier statement set for another.
    told = "The council now expects the footbridge over the river to open on Monday 16 June."
    assert _replaced("The council aims to open the footbridge over the river by Friday.", [dt.date(2025, 6, 6)],
                     told, dt.date(2025, 6, 6))
    assert not _replaced("The council aims to open the footbridge over the river by Monday.", [dt.date(2025, 6, 16)],
                         told, dt.date(2025, 6, 6))
    # An outcome read out in a clause that goes on to expect something: the event is done.
    assert _done("The positive results mean the notice will stay in place.", {"result"}) == {"result"}
    assert _done("The results will show whether the water is safe.", {"result"}) == set()
