"""The brief opens on the story's central event: the happening the most sources report (main verb
and its arguments), not a later update's side detail; the repeat check keeps a sentence whose fact
a kept one does not carry, though they share names."""

from __future__ import annotations

from pathlib import Path

import briefgen
from briefgen.compose import _adds_fact
from briefgen.sections import main_event, reports_done
from briefgen.workspace import init_workspace

WIRE = """Footbridge collapses into Rell river

VARDEN (Nordwire) - The Oskar footbridge over the Rell river collapsed on
Monday evening, throwing eleven walkers into the water, police said.

All eleven were pulled from the river by rescuers within an hour, and four were
taken to hospital with hypothermia, a police spokesman said.

The 80-metre steel bridge, built in 1974, was repaired last year by the firm Brantec.
"""
LOCAL = """Questions over repairs after Oskar footbridge collapse

VARDEN - Residents said on Tuesday they had warned the council about rust on the Oskar footbridge, \
which collapsed on Monday over the Rell river.

The council said the bridge had passed an inspection in March.

Divers began recovering parts of the deck from the river bed on Tuesday morning.
"""
UPDATE = """Brantec shares fall as Varden orders inquiry

VARDEN - Shares in Brantec, the firm that repaired the Oskar footbridge over the Rell river last year, \
fell 12% on Wednesday after the city ordered an inquiry.

The inquiry will report by the end of the year, the mayor said.

Two of the four walkers taken to hospital were still being treated on Wednesday.
"""
TOML = """["01-wire.txt"]
title = "Footbridge collapses into Rell river"
publisher = "Nordwire"
date = "2026-03-02"

["02-local.txt"]
title = "Questions over repairs after Oskar footbridge collapse"
publisher = "Varden Post"
date = "2026-03-03"

["03-update.txt"]
title = "Brantec shares fall as Varden orders inquiry"
publisher = "Nordwire"
date = "2026-03-04"
"""


def _brief(tmp_path: Path) -> briefgen.models.Brief:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    for name, text in (("01-wire.txt", WIRE), ("02-local.txt", LOCAL), ("03-update.txt", UPDATE),
                       ("sources.toml", TOML)):
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    return briefgen.open_workspace(workspace).compose("executive")


def test_the_brief_opens_on_the_event_most_sources_report_and_keeps_the_later_side_fact(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    first = brief.sections[0]
    assert first.id == "bottom_line"
    assert "footbridge over the Rell river collapsed on" in first.items[0].text
    # (a Timeline entry that quotes only a told event's clause, elided, names the event by design)
    shown = [item.text for section in brief.sections for item in section.items
             if not (section.id == "timeline" and item.text.endswith(" ..."))]
    # the shares' fall shares the firm's name and "repaired" with a kept sentence, but not its fact
    assert any("fell 12%" in text for text in shown)
    assert sum("collapsed on" in text for text in shown) <= 2  # told once as the event (a residents' quote may name it)


def test_main_event_reads_the_main_clause_verb_and_its_arguments() -> None:
    verb, args = main_event("The bulk carrier Marisol Dawn ran aground in the Lenhardt Channel on Thursday.") or ("", ())
    assert verb == "ran" and "marisol" in args and "channel" in args
    assert main_event("Residents said they had warned the council.") is None
    assert reports_done("The carrier ran aground.")


def test_a_sentence_adds_a_fact_by_a_number_or_a_verb_the_kept_one_lacks() -> None:
    kept = "The 80-metre steel bridge, built in 1974, was repaired last year by the firm Brantec."
    assert _adds_fact("Shares in Brantec, the firm that repaired the bridge last year, fell 12% on Wednesday.", kept)
    assert _adds_fact("The firm Brantec resigned from the bridge repair contract last year.", kept)
    assert not _adds_fact("The steel bridge was repaired last year by Brantec.", kept)
