"""A brief's opening: reported fact, not an opinion column's paraphrase; commentary labelled;
a statement giving a figure a later source corrected left out (the latest wins)."""

from __future__ import annotations

import shutil
from pathlib import Path

import briefgen
from briefgen.ingest.clean import title_kind
from briefgen.workspace import init_workspace

TRAM = Path(__file__).resolve().parents[1] / "benchmarks" / "eval" / "tram-derailment" / "sources"


def test_a_headline_section_label_gives_the_kind_of_piece() -> None:
    assert title_kind("Opinion: Veldhaven's trams are running on borrowed time") == "opinion"
    assert title_kind("Analysis - why the rail wore out") == "analysis"
    assert title_kind("Letters: readers on the derailment") == "opinion"
    assert title_kind("r/Veldhaven: Megathread - Line 4 closed") == "forum thread"
    assert title_kind("Opinion polls show the mayor ahead") == ""
    assert title_kind("Column of smoke seen over the harbour") == ""


def test_the_brief_opens_on_reported_fact_labels_opinion_and_drops_the_corrected_count(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    for path in TRAM.iterdir():
        shutil.copy(path, workspace / "sources" / path.name)
    ws = briefgen.open_workspace(workspace)
    docs = {doc.id: doc for doc in ws.ingest().docs}
    opinion = next(d for d in docs.values() if d.path.endswith("04-opinion.md"))
    assert opinion.meta.kind == "opinion"
    brief = ws.compose("executive")
    cited = {c.number: c for c in brief.citations}
    first = brief.sections[0]
    assert first.id == "bottom_line"
    assert cited[first.items[0].citations[0]].source_id != opinion.id
    shown = [item for section in brief.sections if section.style != "figures" for item in section.items]
    for item in shown:
        if cited[item.citations[0]].source_id == opinion.id:
            assert item.label.startswith("Opinion")
            assert section_of(brief, item) not in ("bottom_line", "what_happened", "timeline")
    # "injuring 14 passengers" was corrected to 21 by a later source: no statement says 14 as the count.
    assert not any("injuring 14" in item.text for item in shown)
    assert any("21" in item.text for item in shown)


def section_of(brief: briefgen.models.Brief, item: briefgen.models.Item) -> str:
    return next(s.id for s in brief.sections if item in s.items)


def test_a_statement_quoted_with_a_corrected_figure_is_superseded(tmp_path: Path) -> None:
    from briefgen.audiences import load_profile
    from briefgen.compose import _Composer

    workspace = tmp_path / "ws"
    init_workspace(workspace)
    for path in TRAM.iterdir():
        shutil.copy(path, workspace / "sources" / path.name)
    ws = briefgen.open_workspace(workspace)
    noteset = ws.notes()
    composer = _Composer(noteset=noteset, profile=load_profile(ws.config, "executive"),
                         docs={d.id: d for d in noteset.sources})
    gone = composer.superseded()
    fourteen = [n for n in composer.readable if "injuring 14" in n.quote]
    assert fourteen and all(n.id in gone for n in fourteen)
    assert not any(n.id in gone for n in composer.readable if "risen to 21" in n.quote)


def test_a_commentary_label_says_whose_piece_and_when(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    (workspace / "sources" / "01-wire.txt").write_text(
        "Harbour board raises tolls\n\nHALDEN, Norway (Fjord Wire) - March 2, 2026 - The Halden harbour board raised its "
        "tolls for cargo ships by 40 percent on Monday to pay for repairs to its quays.\n\nShipping firm Nordlast "
        "said it would move two weekly services to Fredrikstad if the tolls stood.\n", encoding="utf-8")
    (workspace / "sources" / "02-note.md").write_text(
        "# Halden tolls: the board can afford to wait\n\n*Analysis. Harbour Gazette, 3 March 2026. By Tom Reyes.*\n\n"
        "We expect Nordlast to stay at Halden, because Fredrikstad has no free berths before 2028. The toll "
        "rise adds about 2 percent to the cost of a typical container call.\n", encoding="utf-8")
    brief = briefgen.open_workspace(workspace).compose("investor")
    labels = {item.label for section in brief.sections for item in section.items if item.label}
    assert "Analysis (Harbour Gazette, 3 March 2026)" in labels
