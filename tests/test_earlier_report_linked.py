"""A later source that sets its value against an earlier report ("2,900 animals have now been culled
on 19 holdings, up from the 1,700 on 11 reported earlier") replaces that report's quantity in Key
figures and in the statements, even when the two name the counted thing with other nouns (pigs,
animals) and the later clause names no measure of its own (stale23; invented text)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import briefgen
from briefgen.keyfigures import explicit_earlier_pairs, kin_measure
from briefgen.models import Figure

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]
Printed = Callable[..., list[str]]

_FIRST = """Swine fever confirmed on Tarn valley pig farms

Published 4 March 2026

VELDA - Veterinary officers have culled about 1,700 pigs on 11 holdings in the Tarn valley after African swine fever was confirmed at a breeding unit, the agriculture ministry said on Wednesday.

A protection zone of 3 kilometres has been set around each infected holding, and pig movements are banned across the valley.

Farmers' leader Ruta Okel said compensation was arriving too slowly.
"""

_LATER = """Swine fever spreads beyond the Tarn valley

Published 19 March 2026

VELDA - The agriculture ministry revised its figures for the outbreak on Thursday: 2,900 animals have now been culled on 19 holdings, up from the 1,700 on 11 reported earlier.

Inspectors also confirmed the first infected wild boar outside the valley, near the town of Orsk.

The ministry said it would extend the movement ban to two neighbouring districts.
"""


def _rows(ws: briefgen.Workspace) -> list[tuple[str, str, tuple[str, ...]]]:
    (ws.config.root / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(__file__).parent / "fixtures" / "rows.toml", ws.config.root / "templates" / "audiences")
    brief = briefgen.open_workspace(ws.config.root).compose("rows")
    return [(item.figure.text, item.figure.measures, tuple(e.text for e in item.earlier))
            for section in brief.sections if section.style == "figures" for item in section.items
            if item.figure is not None]


def test_the_revised_count_replaces_the_first_report_under_another_noun(news_workspace: NewsWorkspace,
                                                                       printed: Printed) -> None:
    ws = news_workspace("ws", {"01-wire.txt": _FIRST, "02-update.txt": _LATER})
    rows = _rows(ws)
    assert not any(text.startswith("1,700") for text, _, _ in rows)
    culled = [row for row in rows if row[0].startswith("2,900")]
    assert culled and culled[0][2] and culled[0][2][-1].startswith("1,700")
    assert not any("culled about 1,700 pigs" in text for text in printed(ws))


def test_pairs_figure_for_figure_and_leave_other_periods() -> None:
    said = ("The agriculture ministry revised its figures for the outbreak on Thursday: 2,900 animals have now "
            "been culled on 19 holdings, up from the 1,700 on 11 reported earlier.")
    pairs = [([f.text for f in new], old.text, old.unit) for new, old, _ in explicit_earlier_pairs(said)]
    assert pairs == [(["2,900 animals"], "1,700", "animals"), (["19 holdings"], "11 reported earlier", "holdings")]
    assert explicit_earlier_pairs("The club sold 41,000 season tickets, compared with 38,000 a year earlier.") == []
    assert explicit_earlier_pairs("The club sold 41,000 season tickets, compared with 38,000 last season.") == []
    assert explicit_earlier_pairs("Exports reached 41,000 tonnes, up from 38,000 tonnes in 2024.") == []
    told = explicit_earlier_pairs("The union now counts 1,140 members on strike, compared with the earlier count of 620.")
    assert [(old.text, old.unit) for _, old, _ in told] == [("620", "members")]


def test_kin_measure_needs_the_counted_noun_or_the_act() -> None:
    pigs = Figure(text="1,700 pigs", value=1700, unit="pigs", measures="pigs culled")
    assert kin_measure(pigs, Figure(text="2,900 animals", value=2900, unit="animals"), "2,900 animals have now been culled")
    assert kin_measure(pigs, Figure(text="2,900 pigs", value=2900, unit="pigs"), "2,900 pigs were counted")
    assert not kin_measure(pigs, Figure(text="2,900 animals", value=2900, unit="animals"), "2,900 animals were vaccinated")
