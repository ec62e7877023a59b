"""An opinion column's or an analysis's thesis, its writer's own position, gets a Stakeholder row
with its holder (invented text): the statement that most plainly gives the writer's position by its
form (`features.writers_thesis`), shown as written under the author (a column) or the house (an
analysis); a source the analyst rates as a news report gives none."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefgen.notes import features

_CANAL = {
    "01-wire.txt": """DORVAL, May 4 (Northwire) - The Dorval regional assembly voted 31-18 on
Monday to drain and fill the last two miles of the old Merrow canal to make
room for a bus depot, ending a decade of argument over the waterway.

The works will cost 22 million euros and are due to start in September,
transport commissioner Ines Laborde said.

Laborde said the depot would let the region run 90 more buses a day on its
eastern routes.

A heritage group, Friends of the Merrow, said it would ask the courts to halt
the works.
""",
    "02-column.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Opinion: Filling the Merrow canal is a loss we will regret - Dorval Herald</title>
<meta name="author" content="Marta Quillen">
<meta property="article:published_time" content="2026-05-05T07:00:00+02:00">
<meta property="og:site_name" content="Dorval Herald">
</head><body><article>
<h1>Opinion: Filling the Merrow canal is a loss we will regret</h1>
<p class="byline">By Marta Quillen</p>
<p>The canal has carried barges, then rowers, then herons, for two hundred years.</p>
<p>The depot could have been built on the rail land north of the ring road, which the region already owns.</p>
<p>The assembly should have chosen that site and kept the last stretch of the canal as a park.</p>
<p>Once the water is gone, it will not come back.</p>
</article></body></html>
""",
}


Build = Callable[..., tuple[Path, dict[str, str]]]


def _rows(body: str) -> list[str]:
    table = (body.split("## Stakeholder positions", 1)[1:] or [""])[0].split("\n## ", 1)[0]
    return [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| Actor")]


def test_a_columns_thesis_is_a_row_under_its_author(cli_build: Build) -> None:
    workspace, briefs = cli_build(_CANAL, "2026-05-06", audience="policy", check=True)
    rows = _rows(briefs["policy"])
    column = [row for row in rows if row.startswith("| Marta Quillen (opinion, Dorval Herald)")]
    assert len(column) == 1, rows
    assert "The assembly should have chosen that site" in column[0]
    # the analyst rates the column a news report: it argues nothing in the brief's eyes, no row of its own
    (workspace / "sources" / "sources.toml").write_text('["02-column.html"]\nkind = "news report"\n',
                                                         encoding="utf-8")
    _, briefs = cli_build({}, "2026-05-06", audience="policy")
    assert not any("Marta Quillen" in row for row in _rows(briefs["policy"]))


@pytest.mark.parametrize(("sentence", "level"), [
    ("We think the merger treats the symptoms rather than the cause.", 2),
    ("In our view the port will still lose money in 2028.", 2),
    ("For years I have asked for money to rebuild the oldest dykes.", 2),
    ("The assembly should have chosen that site.", 1),
    ("Voters must reject the plan in June.", 1),
    ("The mayor said the city should act now.", 0),  # someone else's view, reported
    ("The board ruled that the costs should not have counted.", 0),
    ('"We think it is a mistake," the union said.', 0),  # a quotation of someone
    ("Nobody asked me whether it should sell its coal shares.", 0),  # an embedded question asserts nothing
    ("The canal has carried barges for two hundred years.", 0),  # a fact, no stance
])
def test_writers_thesis_by_form(sentence: str, level: int) -> None:
    assert features.writers_thesis(sentence) == level
