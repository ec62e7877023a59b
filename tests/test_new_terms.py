"""An executive brief's Bottom line tells, after the lead, what the lead's own report says the
terms now are ("to 2031 from 2030"), and that report is no second source for the earlier terms."""

from __future__ import annotations

from pathlib import Path

import briefgen
from briefgen.sections import moves_terms
from briefgen.workspace import init_workspace

WIRE = """Lanmark council approves river tram line

By Ellen Voss

LANMARK, March 3 (Coastwire) - Lanmark city council on Tuesday approved a 410 million euro tram
line along the river, ending a four-year dispute over its route.

The council voted 31 to 18 for the line after the regional government agreed on Monday to pay
half of the cost.

"A city that moves is a city that works," Mayor Ruth Adler told reporters.

The line will carry about 60,000 passengers a day and is due to open in 2030. Shares in
Brenner Bau rose 4.2% to 18.40 euros after it was named as the preferred builder.

Residents of the old harbour district said the route would cost them 300 parking spaces.
"""
NOTE = """# Lanmark tram: a cost that will grow

Tram lines of this length in Europe have cost 12% to 35% more than budgeted. The Lanmark price
includes eight years of maintenance, and a first line built by a city that has not run trams since
1961 will carry start-up costs. We expect the final bill to pass 480 million euros.
"""
UPDATE = """Lanmark tram route shortened after court ruling

LANMARK, March 20 (Coastwire) - A Lanmark administrative court on Thursday annulled the part of the
council's tram decision that covers the old harbour district, cutting the approved line to 7.2
kilometres from 9.5 kilometres.

The city said it would not appeal and would seek a new permit for the harbour section by the
end of the year. The cost of the shorter line is about 330 million euros, it said.

Residents' groups said they would hold a protest march on Saturday.

Mayor Ruth Adler said seeking a new permit would push the opening of the line to 2031 from 2030.
"""
TOML = """["01-wire.txt"]
publisher = "Coastwire"
kind = "news report"
date = "2026-03-03"

["02-note.md"]
publisher = "Verkehr Research"
kind = "analysis"
date = "2026-03-05"

["03-update.txt"]
publisher = "Coastwire"
kind = "news report"
date = "2026-03-20"
"""


def _brief(tmp_path: Path) -> briefgen.models.Brief:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    for name, text in {"01-wire.txt": WIRE, "02-note.md": NOTE, "03-update.txt": UPDATE,
                       "sources.toml": TOML}.items():
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    return briefgen.open_workspace(workspace).compose("executive")


def test_bottom_line_tells_the_new_terms_after_the_lead(tmp_path: Path) -> None:
    brief = _brief(tmp_path)
    opening = brief.sections[0]
    assert "annulled" in opening.items[0].text
    moved = [item for item in opening.items if "to 2031 from 2030" in item.text]
    assert moved and moved[0].support == 1  # the 2026-03-03 "due to open in 2030" backs nothing


def test_moves_terms() -> None:
    assert moves_terms("The contract will be reduced to about 36.1 billion crowns.")
    assert moves_terms("The ministry said the tender would push delivery to the first half of 2032 from 2031.")
    assert moves_terms("The last ship is now due in 2035 instead of 2034.")
    assert moves_terms("Fares rose to 3.10 euros, up from 2.90 euros.")
    assert not moves_terms("The council approved the plan on Monday.")
    assert not moves_terms("He was sent to prison.")
    assert not moves_terms("He chose tea rather than coffee in 2020.")
