"""A sources.toml entry naming no file in sources/ is reported with its file and line (trust20)."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest import read_sources
from briefgen.workspace import init_workspace, load_config

TEXT = ("LISBON, May 4 (Wire) - The river ferry authority said on Tuesday it would add two evening "
        "crossings from June, citing a rise in commuters since the bridge tolls went up.\n")


def test_entry_for_a_renamed_file_is_warned_with_its_line(tmp_path: Path) -> None:
    init_workspace(tmp_path / "ws")
    sources = tmp_path / "ws" / "sources"
    (sources / "ferry-may.txt").write_text(TEXT, encoding="utf-8")
    (sources / "sources.toml").write_text(
        '["ferry-may.txt"]\ntitle = "Ferries"\n\n["ferry-april.txt"]\ntitle = "Old name"\n', encoding="utf-8")
    ingested = read_sources(load_config(tmp_path / "ws"))
    lines = [w for w in ingested.skipped if "ferry-april.txt" in w]
    assert len(lines) == 1, ingested.skipped
    assert lines[0].startswith("sources/sources.toml:4:") and "names no file" in lines[0]
    assert not [w for w in ingested.skipped if "ferry-may.txt" in w]
    assert ingested.docs[0].meta.title == "Ferries"


def test_a_report_no_other_note_precedes_cannot_overtake() -> None:
    import datetime as dt

    from briefgen.supersede import may_overtake

    may, june = dt.date(2026, 5, 4), dt.date(2026, 6, 1)
    assert not may_overtake("big.docx", may, {"ferry.txt": june})          # every other note is later
    assert not may_overtake("big.docx", june, {"big.docx": may})           # only its own notes
    assert may_overtake("big.docx", june, {"ferry.txt": may})
    assert may_overtake("big.docx", may, {"ferry.txt": None})              # an undated note: read it
