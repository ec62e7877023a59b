"""The executive brief's page goes to its statements: a Key figures row (or the statement that
tells its figure in its place) cites at most the profile's citations per statement, the statements the text prints first (their evidence is no
extra quotation), and an evidence entry names its source by title and file only (the list
of sources gives publisher and date)."""

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
    sidecar = ""
    for number, (name, text) in enumerate(SOURCES.items(), start=3):
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
        sidecar += f'["{name}"]\npublisher = "{text.splitlines()[1].split(",")[0]}"\ndate = "2026-05-0{number}"\n\n'
    (workspace / "sources" / "sources.toml").write_text(sidecar, encoding="utf-8")
    ws = briefgen.open_workspace(workspace)
    brief = ws.compose("executive")
    return brief, str(ws.render(brief, "md"))


def test_a_key_figure_told_by_four_sources_cites_and_counts_two(tmp_path: Path) -> None:
    brief, _ = _brief(tmp_path)
    rows = [item for s in brief.sections if s.style == "figures" for item in s.items
            if item.figure is not None and "2.4m" in item.figure.text]
    told = [item for s in brief.sections if s.style != "figures" for item in s.items if "2.4m" in item.text]
    assert not (rows and told)  # told once: by the statements that give it, else by a row
    holder = (rows or told)[0]  # the first to give it carries the sources of the row it took over
    assert len(holder.citations) == 2  # the executive profile's max_citations
    assert holder.support == 2  # the count a reader sees is of the sources linked
    cited = {c.number: c for c in brief.citations}
    assert all(cited[n].quote for n in holder.citations)


def test_an_evidence_entry_names_its_source_by_title_and_file_without_publisher_and_date(tmp_path: Path) -> None:
    _, markdown = _brief(tmp_path)
    evidence = markdown.split("## Evidence", 1)[1].split("## Sources", 1)[0]
    entries = [line for line in evidence.splitlines() if line.startswith('<a id="ev-')]
    assert entries
    for entry in entries:
        assert "(Marden" not in entry and "(The Harlow" not in entry and "May 2026" not in entry
        assert "sources/0" in entry
    sources = markdown.split("## Sources", 1)[1]
    assert "Marden Courier, 4 May 2026" in sources


DISPUTE = {
    "01-post.txt": """Bus drivers walk out in Calloway
The Calloway Post, 2 June 2026

About 600 bus drivers in Calloway stopped work on Monday in a dispute over shift patterns, leaving most of the city's routes without a service.
The Transit Drivers' Association said 540 of its members had joined the walkout on the first day.
Cityline Buses, which runs the routes, said it had hired 40 temporary drivers to keep the hospital and school routes running.
Talks between the two sides broke down on Sunday evening after nine hours.
""",
    "02-herald.txt": """Cityline disputes strike numbers
Calloway Herald, 3 June 2026

Cityline's operations director, Helen Marsh, said the association's figure was "simply not true" and that about 310 drivers had stayed away.
The city council said it would meet on Thursday to discuss emergency travel passes for hospital staff.
Shops in the city centre reported fewer customers on Monday and Tuesday.
Cityline said the strike was costing it about £90,000 a day in lost fares.
""",
    "03-radio.txt": """Strike enters third day
Calloway Radio, 4 June 2026

The bus strike in Calloway entered its third day on Wednesday with no new talks planned.
Commuters queued for taxis outside the central station in heavy rain.
The council said its park-and-ride sites were full by 7.30am.
A spokesman for the association said drivers would stay out until the new rotas were withdrawn.
""",
}


def test_a_dispute_between_named_parties_stays_in_a_tight_executive_brief(tmp_path: Path) -> None:
    """The sides of a dispute between two named parties are kept for the disagreements section;
    it takes them right after the opening section, so a page-fitted budget that runs out on the
    sections before it does not leave the dispute unsaid."""
    from dataclasses import replace

    from briefgen.compose import compose
    from briefgen.pipeline import profiles_for

    workspace = tmp_path / "ws"
    init_workspace(workspace)
    for name, text in DISPUTE.items():
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    ws = briefgen.open_workspace(workspace)
    noteset = ws.notes()
    assert any(pair.sides for pair in noteset.disagreements)
    profile = next(p for p in profiles_for(ws.config) if p.name == "executive")
    brief = compose(ws.config, noteset, replace(profile, max_words=130))
    ids = [s.id for s in brief.sections]
    assert "disagreements" in ids
    assert ids.index("disagreements") > ids.index("bottom_line")  # printed in profile order still
    dispute = next(s for s in brief.sections if s.id == "disagreements").items[0]
    assert dispute.other is not None and dispute.sides
    assert brief.stats["words"] <= 130
