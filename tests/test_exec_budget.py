"""The executive brief's page goes to its statements: a Key figures row cites at most the
profile's citations per statement, the statements the text prints first (their evidence is no
extra quotation), and an evidence entry names its source by title only (the list of sources
gives publisher and date)."""

from __future__ import annotations

from pathlib import Path

import briefgen
from briefgen.workspace import init_workspace

SOURCES = {
    "01-gazette.txt": """Library roof to be replaced
The Harlow Gazette, 3 May 2026

Marden council will spend £2.4m replacing the roof of the Harlow Street library, which has been closed since March.
The library's 40,000 books were moved to a warehouse in Eastfield after water came through the ceiling.
Councillor Jean Abbot said the work would start in June and take about five months.
""",
    "02-courier.txt": """Harlow Street library to reopen in November
Marden Courier, 4 May 2026

The Harlow Street library will reopen in November after the council approved £2.4m for a new roof.
About 1,100 people used the library each week before it closed, the council said.
Readers have been using a mobile library parked outside the town hall.
""",
    "03-radio.txt": """Council approves library repairs
Marden Radio News, 5 May 2026

Councillors voted on Tuesday to fund the £2.4m roof repair at the Harlow Street library.
The opposition group said the council had ignored warnings about the roof for six years.
A surveyor's report in 2020 found that parts of the roof were near the end of their life.
""",
    "04-weekly.txt": """Roof money agreed for Harlow Street
Eastfield Weekly, 6 May 2026

The £2.4m set aside for the Harlow Street library roof comes from the council's reserves.
The council said no other library would close while the work is carried out.
Staff from the branch have moved to the central library until it reopens.
""",
}


def _brief(tmp_path: Path) -> tuple[briefgen.models.Brief, str]:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    for name, text in SOURCES.items():
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    ws = briefgen.open_workspace(workspace)
    brief = ws.compose("executive")
    return brief, str(ws.render(brief, "md"))


def test_a_key_figure_told_by_four_sources_cites_two_and_counts_four(tmp_path: Path) -> None:
    brief, _ = _brief(tmp_path)
    figures = next(s for s in brief.sections if s.style == "figures")
    row = next(item for item in figures.items if item.figure is not None and "2.4m" in item.figure.text)
    assert row.support == 4
    assert len(row.citations) == 2  # the executive profile's max_citations
    # Of the sources that give it, a statement the text prints is cited first: no further quotation.
    printed = {n for s in brief.sections if s.style != "figures" for item in s.items for n in item.citations}
    cited = {c.number: c for c in brief.citations}
    texts = " ".join(item.text for s in brief.sections if s.style != "figures" for item in s.items)
    if "2.4m" in texts:
        assert set(row.citations) & printed
    assert all(cited[n].quote for n in row.citations)


def test_an_evidence_entry_names_its_source_by_title_without_publisher_and_date(tmp_path: Path) -> None:
    _, markdown = _brief(tmp_path)
    evidence = markdown.split("## Evidence", 1)[1].split("## Sources", 1)[0]
    entries = [line for line in evidence.splitlines() if line.startswith('<a id="ev-')]
    assert entries
    for entry in entries:
        assert "(Marden" not in entry and "2026)" not in entry and "sources/" not in entry
    sources = markdown.split("## Sources", 1)[1]
    assert "4 May 2026" in sources
