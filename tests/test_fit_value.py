"""A brief that must shrink gives up its statements of least value to a reader first: the one
dated next step (What to watch) and the lead's first statement stay, second statements go first,
whatever order the sections fill the budget in."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import briefgen
from briefgen.compose import compose
from briefgen.models import Brief
from briefgen.pipeline import profiles_for
from briefgen.workspace import init_workspace

SOURCES = {
    "01-wire.txt": """Ferris footbridge shut after cracks found
Tollan Wire, 2 March 2026

Tollan city council closed the Ferris footbridge over the river Aune on Monday after engineers found cracks in two of its steel hangers.
About 9,000 people crossed the bridge each day before it was closed, the council said.
Pedestrians must now use the Quay Street road bridge, a detour of about 1.5 kilometres.
The council said the closure would cost local shops an estimated £40,000 a week in lost trade.
The bridge opened in 2004 and was last inspected in 2022.
""",
    "02-paper.txt": """Footbridge repair bill put at £3.1m
Aune Valley Times, 4 March 2026

Engineers have estimated the cost of repairing the Ferris footbridge at £3.1m, the council said on Wednesday.
The council's transport chief, Ruth Okafor, said the repair would take at least eight months.
The council will vote on the repair budget on 26 March, a spokesman said.
The engineering firm Halden & Price, which designed the bridge, said it was reviewing its original calculations.
Traders on Mill Lane said takings had fallen by a third since Monday.
""",
    "03-column.txt": """Opinion: a bridge too far for this council
Aune Valley Times, 5 March 2026

The council's handling of the Ferris footbridge has been a disgrace from start to finish.
I would bet the repair ends up costing twice what anyone has admitted so far.
Every councillor who skipped the 2022 inspection report should be ashamed of themselves.
""",
    "04-update.txt": """Ferris footbridge: ferry service to start
Tollan Wire, 6 March 2026

Tollan council said on Friday it would run a free passenger ferry across the Aune while the Ferris footbridge is closed.
The ferry will carry up to 60 passengers a trip and run every 15 minutes at peak times, the council said.
Halden & Price said its review had found no error in the design and blamed corrosion at the hanger joints.
The council said the cracks were spreading and that the bridge would stay shut at least until the end of the year.
""",
}


def _noteset(tmp_path: Path) -> tuple[briefgen.Workspace, object]:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    sidecar = ""
    for name, text in SOURCES.items():
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
        publisher, day = text.splitlines()[1].split(", ")
        kind = "opinion" if "column" in name else "news"
        sidecar += f'["{name}"]\npublisher = "{publisher}"\ndate = "2026-03-{int(day.split()[0]):02d}"\nkind = "{kind}"\n\n'
    (workspace / "sources" / "sources.toml").write_text(sidecar, encoding="utf-8")
    toml = workspace / "briefgen.toml"
    toml.write_text(re.sub(r"(?m)^# as_of = \S+", "as_of = 2026-03-07", toml.read_text(encoding="utf-8")), encoding="utf-8")
    ws = briefgen.open_workspace(workspace)
    return ws, ws.notes()


def _executive(tmp_path: Path, words: int) -> Brief:
    ws, noteset = _noteset(tmp_path / str(words))
    profile = next(p for p in profiles_for(ws.config) if p.name == "executive")
    # a profile with no Timeline (which would tell the scheduled day as an entry): its next step is What to watch's
    sections = tuple(spec for spec in profile.sections if spec.style != "timeline")
    return compose(ws.config, noteset, replace(profile, max_words=words, sections=sections))  # type: ignore[arg-type]


def _watch(brief: Brief) -> list[str]:
    return [item.text for s in brief.sections if s.style == "watch" for item in s.items]


def test_a_brief_over_budget_keeps_its_one_dated_next_step(tmp_path: Path) -> None:
    full = _executive(tmp_path, 0)
    assert any("26 March" in text for text in _watch(full))  # the story has one dated next step
    told = int(full.stats["words"])
    for budget in (told * 3 // 4, told * 3 // 5):
        tight = _executive(tmp_path, budget)
        assert int(tight.stats["words"]) <= budget  # the budget is kept
        assert any("26 March" in text for text in _watch(tight)), budget
        lead = next(s for s in tight.sections if s.id == "bottom_line")
        assert lead.items and lead.items[0].note_id == next(
            s for s in full.sections if s.id == "bottom_line").items[0].note_id  # the lead's first statement stays


def test_page_fitting_tries_compose_the_unbudgeted_brief_once(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Each page-fitting try (a smaller budget, the build's readings shared) reads what the brief with
    no budget gives up from the readings instead of composing it again, and gets the same brief."""
    import briefgen.compose as composing
    from briefgen.supersede import SourceReadings

    ws, noteset = _noteset(tmp_path)
    profile = next(p for p in profiles_for(ws.config) if p.name == "executive")
    free_fills: list[int] = []
    real = composing._fill_once

    def counted(config, notes, shape, *args, **kwargs):  # type: ignore[no-untyped-def]
        if shape.max_words == 0 and shape.sections == profile.sections:
            free_fills.append(1)
        return real(config, notes, shape, *args, **kwargs)

    monkeypatch.setattr(composing, "_fill_once", counted)
    budgets = (150, 110, 80, 70)
    alone = [compose(ws.config, noteset, replace(profile, max_words=words)) for words in budgets]  # type: ignore[arg-type]
    unshared = len(free_fills)
    readings = SourceReadings(noteset.sources)  # type: ignore[attr-defined]
    shared = [compose(ws.config, noteset, replace(profile, max_words=words), readings=readings)  # type: ignore[arg-type]
              for words in budgets]
    assert shared == alone
    assert len(free_fills) - unshared < unshared
