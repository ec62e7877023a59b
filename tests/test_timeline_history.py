"""The Timeline and the story's dated core, each fact once: an announcement a later source overtook (a
plan since moved) is still what happened on its day, but when another section states it (the Situation
opening on the vote and the announcement it reprieved), the Timeline does not retell it, whole or as its
elided clause."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from briefgen.pipeline import build
from briefgen.workspace import init_workspace, load_config

FIRST = """Lismore Ferries to end island route

OBAN, Scotland, March 11, 2026 (Coast Wire) - Lismore Ferries will end its passenger service to the
island of Kerrera by the end of September 2026, cutting about 40 jobs, as fuel costs and falling
passenger numbers make the route unprofitable, the company said on Wednesday.

The route carried 61,000 passengers last year, down from 84,000 in 2019.

Islanders said the decision would leave the school and the doctor's surgery without a daily link.
"""

LATER = """Council backs Kerrera ferry subsidy, route reprieved

OBAN, Scotland, May 22, 2026 (Coast Wire) - Argyll council on Thursday approved a subsidy of 1.2 million
pounds a year for the Kerrera ferry, clearing the way for the service to run until at least March 31, 2028.

Lismore Ferries said it had pushed back the end of the service to March 31, 2028 while it looks for a
buyer for the route. The company said the number of jobs at risk was now about 25.

Council leader Jim Lynch said the subsidy would be reviewed in 2027.
"""


def _timeline(workspace: Path, audience: str) -> list[str]:
    brief = (workspace / "output" / f"{audience}.md").read_text(encoding="utf-8")
    part = brief.split("## Timeline", 1)[1].split("\n## ", 1)[0] if "## Timeline" in brief else ""
    return [line for line in part.splitlines() if line.startswith("- **")]


def test_an_overtaken_announcement_the_situation_states_is_not_retold_in_the_timeline(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    (workspace / "sources" / "01-first.txt").write_text(FIRST, encoding="utf-8")
    (workspace / "sources" / "02-later.txt").write_text(LATER, encoding="utf-8")
    build(load_config(workspace), "policy", "md")
    entries = _timeline(workspace, "policy")
    days = [re.match(r"- \*\*(\d{1,2} [A-Z][a-z]+ \d{4})(?: \(scheduled\))?\*\* — ", entry) for entry in entries]
    assert all(days), entries  # no undated entry
    parsed = [dt.datetime.strptime(day.group(1), "%d %B %Y").date() for day in days if day]
    assert parsed == sorted(parsed)
    brief = (workspace / "output" / "policy.md").read_text(encoding="utf-8").split("## Evidence", 1)[0]
    for event in ("will end its passenger service", "approved a subsidy"):
        assert brief.count(event) == 1, brief  # told once: in the Situation, not again in the Timeline
        assert not any(event in entry for entry in entries), entries


SHARES_FIRST = """Harlow Glassworks halts kiln line

SWINDON, England, June 5, 2026 (Trade Wire) - Harlow Glassworks on Friday halted its float-glass kiln line
in Swindon after a crack in the furnace lining, and said the line would restart by June 20.

Shares in Harlow Glassworks fell 6.4 percent on Friday.
"""

SHARES_LATER = """Harlow kiln repair to take until August

SWINDON, England, June 17, 2026 (Trade Wire) - Harlow Glassworks said on Wednesday the float-glass line
would not restart until Aug. 14, because the replacement lining must be cast in Germany.

The shares fell 6.4 percent on June 5, the day the line stopped, and have not recovered since.

The company said about 300 staff would stay on full pay during the repair.
"""


def test_a_history_entry_retelling_what_the_brief_prints_is_left_out(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    (workspace / "sources" / "01-first.txt").write_text(SHARES_FIRST, encoding="utf-8")
    (workspace / "sources" / "02-later.txt").write_text(SHARES_LATER, encoding="utf-8")
    for audience in ("executive", "investor", "policy"):
        build(load_config(workspace), audience, "md")
        brief = (workspace / "output" / f"{audience}.md").read_text(encoding="utf-8").split("## Evidence", 1)[0]
        for entry in _timeline(workspace, audience):
            text = entry.split(" — ", 1)[1].split(" [[", 1)[0].removesuffix(" ...")
            rest = brief.replace(entry, "")
            words = {w.lower().strip(".,") for w in text.split() if len(w) > 3}
            new = {w for w in words if w not in rest.lower()}
            # an entry is news, or the elided clause of a statement the brief prints whole
            assert len(new) > 1 or text in rest, (audience, entry)
