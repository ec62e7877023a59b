"""Each fact once per brief, one row per stakeholder (invented text, builds of small clusters):
a Key figures row whose earlier value the printed statement gives as well is left to it; a
statement quoted with the sentence before it whose head retells a printed event is shown as its own
sentence, its subject named in a bracket; a body and its chief executive, one person under two
names, a state and its ministry are one Stakeholder row each; a party's later statement of the
same plan stands for the earlier one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

_MILL = {
    "01-wire.txt": """LEEDS, March 3 (Northwire) - Velora Textiles said on Tuesday it would close its
Halden spinning mill and cut 640 jobs, blaming energy costs that have doubled
since 2024.

"We kept Halden open for as long as we could," Velora chief executive Anna
Brandt told reporters.

The leader of the opposition Workers' Party, Tomas Reyes, said the closure was a
failure of the government's energy policy.

The regional development agency said it would set up a fund for the workers in
April.

The union representing the mill's workers said it would fight the closure.
""",
    "02-update.txt": """LEEDS, March 10 (Northwire) - Velora Textiles said on Tuesday it had agreed to
sell the Halden mill site to a housing developer for 41 million pounds.

The mill closure was announced last week, when the company said it would shut the
Halden plant and cut 640 jobs.

The company also cut its forecast for annual profit to 18 million pounds, from the
26 million pounds it gave in January, citing lower orders from retailers.

"The sale gives us the means to invest in our two remaining mills," chief executive
Anna Brandt said in a statement.

Opposition leader Tomas Reyes said the sale showed the closure had been planned
for months.

The regional development agency said it would set up a 5 million pound fund for the
workers in April, and open a jobs office in Halden.
""",
}


Build = Callable[..., tuple[Path, dict[str, str]]]
"""The `cli_build` fixture (conftest)."""


def _rows(body: str) -> list[str]:
    table = (body.split("## Stakeholder positions", 1)[1:] or [""])[0].split("\n## ", 1)[0]
    return [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| Actor")]


def test_each_fact_once_and_one_row_per_party(cli_build: Build) -> None:
    _workspace, briefs = cli_build(_MILL, "2026-03-11")
    for audience, body in briefs.items():
        text = body.replace("\\", "")
        bullets = [line for line in text.splitlines() if line.startswith("- ")]
        # the pair's head retells the closure a printed statement gives: its own sentence stands, named
        # (a pair printed before the statement it retells still stands: order decides, see the report)
        if any(b.startswith("- The mill closure was announced last week") and "also cut" not in b for b in bullets):
            assert not any("also cut its forecast" in b and "The mill closure" in b for b in bullets), audience
        # the statement gives 18 million from 26 million: no row repeats it
        if any("18 million pounds, from the 26 million pounds" in b for b in bullets):
            assert not any(line.startswith("| 18 million pounds") for line in text.splitlines()), audience
    # the closure told first, the forecast cut is its own sentence, its subject the source's one named body
    assert "[Velora Textiles] also cut its forecast" in briefs["executive"].replace("\\", "")
    rows = _rows(briefs["policy"])
    assert rows, briefs["policy"]
    actors = [row.split(" | ", 1)[0] for row in rows]
    assert sum("Velora" in a or "Brandt" in a for a in actors) <= 1, actors
    # the chief executive's row names her company, which another source ties her to
    assert not any(a.endswith("(chief executive)") for a in actors), actors
    assert sum("Reyes" in a or "Workers' Party" in a for a in actors) <= 1, actors
    agency = [row for row in rows if "development agency" in row]
    assert len(agency) <= 1, agency
    if agency:
        assert "5 million pound" in agency[0], agency  # the later, fuller statement of the same plan
