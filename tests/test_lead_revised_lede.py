"""The newest report's lede that tells, in reported speech, a revised decision of the story's actor
("Halberd said on Thursday it will now shut 18 stores rather than 30") is the story's latest headline
news: the executive brief opens on it, not on a side fact of the first report."""

from __future__ import annotations

from pathlib import Path

import briefgen
from briefgen.sections import reported_decision
from briefgen.workspace import init_workspace

FIRST = """Halberd to shut 30 garden centres, 700 jobs at risk

READING, April 7 (Coastline News) - Halberd Garden Stores will shut 30
of its 96 garden centres by the autumn, putting about 700 jobs at risk,
the retailer said on Tuesday, after two wet springs hit sales.

The chain, the country's third-largest by floor space, said footfall had
fallen by 22 percent since 2023 and that online orders now made up a
quarter of its sales.

Shares in Halberd rose 2.1 percent.
"""
SECOND = """Gardeners fear for local stores

Customers in Wexcombe said the garden centre was the only shop of its kind within an hour's
drive. The shop workers' union said it would fight every closure.
"""
THIRD = """Halberd scales back garden centre closures

READING, April 15 (Coastline News) - Halberd Garden Stores said on Wednesday
it will now shut 18 garden centres rather than 30, after landlords agreed
to cut rents at twelve sites.

About 420 jobs will go instead of 700, the company said.
"""
TOML = """["01-first.txt"]
publisher = "Coastline News"
date = "2026-04-07"

["02-second.txt"]
publisher = "Wexcombe Courier"
date = "2026-04-08"

["03-third.txt"]
publisher = "Coastline News"
date = "2026-04-15"
"""


def test_the_newest_reports_revised_decision_opens_the_brief(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    for name, text in {"01-first.txt": FIRST, "02-second.txt": SECOND, "03-third.txt": THIRD,
                       "sources.toml": TOML}.items():
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    items = [item.text for item in briefgen.open_workspace(workspace).compose("executive").sections[0].items]
    assert "will now shut 18 garden centres rather than 30" in items[0], items


def test_a_revised_counted_decision_is_the_speakers_own() -> None:
    found = reported_decision("Halberd Garden Stores said on Wednesday it will now shut 18 garden centres "
                              "rather than 30, after landlords agreed to cut rents.")
    assert found is not None and found[0] == "shut"
    assert reported_decision("Ferrin Mills said on Monday it would instead cut 240 jobs by June.") is not None


def test_a_reaction_stays_no_decision_with_the_new_adverbs() -> None:
    assert reported_decision("The Bakers' Union said on Monday it will now challenge the ruling of May 2.") is None
    assert reported_decision("Ferrin Mills said it would still appeal Halberd's decision of June 4.") is None
