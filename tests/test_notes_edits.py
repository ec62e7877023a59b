"""The analyst's edits to notes/ survive every sequence of runs: refreshes, builds, new and
changed sources, a new audience, a new extractor, a cleaned cache (three-way merge)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen import notes as notes_stage
from briefgen.cli import main
from briefgen.ingest import read_sources
from briefgen.notes import merge, yamlfile
from briefgen.pipeline import build, refresh_notes
from briefgen.workspace import load_config

ROOT = Path(__file__).resolve().parent.parent


def refresh(ws: Path) -> notes_stage.Refreshed:
    config = load_config(ws)
    _, result = refresh_notes(config)
    return result


def load(ws: Path) -> dict[str, object]:
    config = load_config(ws)
    noteset = notes_stage.load(config, read_sources(config).docs)
    return {n.id: n for n in noteset.notes}


def entries(path: Path) -> dict[str, dict[str, object]]:
    data = yamlfile.load(path.read_text(encoding="utf-8"))
    return {str(e["id"]): merge.plain(e) for e in data["notes"]}


def note_ids(path: Path) -> list[str]:
    return re.findall(r"^  - id: (n-[0-9a-f]+)$", path.read_text(encoding="utf-8"), flags=re.MULTILINE)


def set_in_note(text: str, note_id: str, line_start: str, new_line: str) -> str:
    """Replace the first line of note *note_id* that starts with *line_start*."""
    at = text.index(f"  - id: {note_id}\n")
    end = text.find("\n  - id: ", at + 1)
    end = len(text) if end < 0 else end
    block = text[at:end]
    lines = block.split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(line_start))
    lines[index] = new_line
    return text[:at] + "\n".join(lines) + text[end:]


OWN_NOTE = (
    "  - id: a-own\n"
    "    kind: fact\n"
    "    status: edited\n"
    "    text: Two outlets report the same plan.\n"
    "    evidence:\n"
    "      - quote: The H200 is based on the previous-generation 'Hopper' architecture\n"
)


def test_every_kind_of_edit_survives_a_sequence_of_runs(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    refresh(example)
    # File A carries the analyst's comments (merged in round-trip mode); file B has none
    # (the plain path, where edits used to vanish on the second refresh).
    file_a = example / "notes" / "004-b60aa6f4f4712626.yaml"
    file_b = example / "notes" / "000-8319490576fbc792.yaml"
    a_ids, b_ids = note_ids(file_a), note_ids(file_b)
    dropped_a, pinned_a, reworded_a = a_ids[0], a_ids[1], a_ids[2]
    pinned_b, dropped_b, audience_b = b_ids[0], b_ids[1], b_ids[2]
    untouched_b = b_ids[3]

    text = file_a.read_text(encoding="utf-8")
    text = set_in_note(text, dropped_a, "    status:", "    status: dropped  # off topic: market colour")
    text = set_in_note(text, pinned_a, "    status:", "    status: pinned")
    text = set_in_note(text, reworded_a, "    text:", "    text: Output is being raised to meet demand.")
    file_a.write_text("# my review notes, week 1\n" + text + OWN_NOTE, encoding="utf-8")

    text = file_b.read_text(encoding="utf-8")
    text = set_in_note(text, pinned_b, "    status:", "    status: pinned")
    text = set_in_note(text, pinned_b, "    text:", "    text: Export rules were eased for one chip.")
    text = set_in_note(text, dropped_b, "    status:", "    status: dropped")
    old_audiences = entries(file_b)[audience_b]["audiences"]
    assert isinstance(old_audiences, dict)
    mine = {**old_audiences, "investor": 0.0}
    text = set_in_note(text, audience_b, "    audiences:",
                       "    audiences: {" + ", ".join(f"{k}: {v}" for k, v in mine.items()) + "}")
    file_b.write_text(text, encoding="utf-8")

    exact_a = ["# my review notes, week 1", "    status: dropped  # off topic: market colour",
               "    text: Output is being raised to meet demand.", *OWN_NOTE.rstrip("\n").split("\n")]
    exact_b = ["    text: Export rules were eased for one chip."]

    def assert_edits_kept(step: str) -> None:
        a_text, b_text = file_a.read_text(encoding="utf-8"), file_b.read_text(encoding="utf-8")
        for line in exact_a:
            assert line in a_text.split("\n"), (step, line)
        for line in exact_b:
            assert line in b_text.split("\n"), (step, line)
        a, b = entries(file_a), entries(file_b)
        assert a[dropped_a]["status"] == "dropped" and a[pinned_a]["status"] == "pinned", step
        assert a[reworded_a]["text"] == "Output is being raised to meet demand.", step
        assert a["a-own"]["text"] == "Two outlets report the same plan.", step
        assert b[pinned_b]["status"] == "pinned" and b[dropped_b]["status"] == "dropped", step
        assert b[audience_b]["audiences"]["investor"] == 0.0, step  # type: ignore[index]
        assert b[untouched_b]["status"] == "auto" and not b[untouched_b]["text"], step
        notes = load(example)
        assert dropped_a not in notes and dropped_b not in notes, step
        assert notes[pinned_a].status == "pinned" and notes[pinned_b].text == "Export rules were eased for one chip."
        assert notes["a-own"].quote.startswith("The H200 is based"), step

    first = refresh(example)
    assert not first.warnings
    assert_edits_kept("first refresh")
    refresh(example)
    assert_edits_kept("second refresh")

    config = load_config(example)
    build(config, "investor", "md")
    brief = (example / "output" / "investor.md").read_text(encoding="utf-8")
    assert "Export rules were eased for one chip." in brief  # pinned, shown as the analyst wrote it
    assert_edits_kept("build")

    shutil.copy(ROOT / "tests" / "fixtures" / "other" / "harbor-council.txt", example / "sources" / "new-source.txt")
    refresh(example)
    assert_edits_kept("a source added")

    changed = example / "sources" / "002_09047a5cb62743c5.txt"
    changed.write_text(changed.read_text(encoding="utf-8")
                       + "\nA late comment added that the market had largely priced the decision in.\n",
                       encoding="utf-8")
    refresh(example)
    assert_edits_kept("an unrelated source changed")

    board = example / "templates" / "audiences" / "board.toml"
    board.parent.mkdir(parents=True, exist_ok=True)
    board.write_text((ROOT / "templates" / "audiences" / "investor.toml").read_text(encoding="utf-8")
                     .replace("Investors and analysts", "The board"), encoding="utf-8")
    refresh(example)
    assert_edits_kept("an audience added")
    b = entries(file_b)
    # Relevance for the new audience reaches untouched notes and the one whose relevance
    # the analyst edited, without taking the analyst's value away.
    assert "board" in b[untouched_b]["audiences"] and "board" in b[audience_b]["audiences"]  # type: ignore[operator]
    assert b[untouched_b]["status"] == "auto"

    monkeypatch.setattr(notes_stage, "EXTRACTOR_VERSION", notes_stage.EXTRACTOR_VERSION + 1)
    bumped = refresh(example)
    assert not bumped.up_to_date
    assert_edits_kept("extractor bumped")
    assert entries(file_b) and yamlfile.load(file_b.read_text(encoding="utf-8"))["extractor"] == \
        notes_stage.EXTRACTOR_VERSION

    shutil.rmtree(example / ".briefgen-cache")  # a cleaned cache: no merge base
    refresh(example)
    assert_edits_kept("cache cleaned")
    before = {p.name: p.read_bytes() for p in (example / "notes").glob("*.yaml")}
    again = refresh(example)
    assert_edits_kept("refreshed twice")
    assert again.up_to_date or not again.written
    assert before == {p.name: p.read_bytes() for p in (example / "notes").glob("*.yaml")}


def test_untouched_fields_follow_the_sources_and_audiences_are_not_frozen(example: Path) -> None:
    """Regression: adding an audience turned untouched auto notes into `edited` and froze them."""
    refresh(example)
    path = example / "notes" / "001-c2c38b3dfa3e33cc.yaml"
    pinned = note_ids(path)[0]
    path.write_text(set_in_note(path.read_text(encoding="utf-8"), pinned, "    status:", "    status: pinned"),
                    encoding="utf-8")
    refresh(example)
    board = example / "templates" / "audiences" / "board.toml"
    board.parent.mkdir(parents=True, exist_ok=True)
    board.write_text((ROOT / "templates" / "audiences" / "policy.toml").read_text(encoding="utf-8"), encoding="utf-8")
    refresh(example)
    for note_id, entry in entries(path).items():
        assert entry["status"] == ("pinned" if note_id == pinned else "auto")
        assert "board" in entry["audiences"]  # type: ignore[operator]


def test_a_deleted_note_comes_back_dropped_with_a_warning(example: Path) -> None:
    refresh(example)
    path = example / "notes" / "003-8fd69545a5ec8574.yaml"
    text = path.read_text(encoding="utf-8")
    victim = note_ids(path)[0]
    at = text.index(f"  - id: {victim}\n")
    end = text.index("\n  - id: ", at + 1) + 1
    path.write_text(text[:at] + text[end:], encoding="utf-8")
    result = refresh(example)
    assert any(victim in w and "deleted" in w for w in result.warnings), result.warnings
    assert entries(path)[victim]["status"] == "dropped"
    assert victim not in load(example)


def test_a_touched_note_whose_quote_vanished_is_kept_and_reported(example: Path) -> None:
    refresh(example)
    path = example / "notes" / "001-c2c38b3dfa3e33cc.yaml"
    victim = note_ids(path)[0]
    text = set_in_note(path.read_text(encoding="utf-8"), victim, "    text:", "    text: My summary of it.")
    path.write_text(text, encoding="utf-8")
    refresh(example)
    quote = str(entries(path)[victim]["quote"])
    source = example / "sources" / "001_c2c38b3dfa3e33cc.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(quote.split("\n")[0][:40], "Rewritten words"),
                      encoding="utf-8")
    result = refresh(example)
    assert any(victim in w and "no longer in" in w for w in result.warnings), result.warnings
    assert entries(path)[victim]["text"] == "My summary of it."
    outcome = CliRunner().invoke(main, ["check", "-w", str(example)])
    assert outcome.exit_code == 1 and victim in outcome.output


def test_merge_base_is_the_extraction_not_the_merged_file(example: Path) -> None:
    """Regression: the hash of the merged file was kept as "what briefgen wrote", so the next
    refresh took the analyst's edits for briefgen's and regenerated the file without them."""
    refresh(example)
    path = example / "notes" / "000-8319490576fbc792.yaml"
    victim = note_ids(path)[0]
    path.write_text(set_in_note(path.read_text(encoding="utf-8"), victim, "    status:", "    status: pinned"),
                    encoding="utf-8")
    refresh(example)
    base = json.loads((example / ".briefgen-cache" / "notes-base" / "000-8319490576fbc792.json").read_text())
    assert base["notes"][victim]["status"] == "auto"  # the base holds the extraction
    (example / "sources" / "new.txt").write_text(
        "Officials in Harbor City said on Monday that the new water plant would open in March.\n", encoding="utf-8")
    refresh(example)
    assert entries(path)[victim]["status"] == "pinned"


def test_a_deleted_note_stays_out_after_the_cache_is_cleaned(example: Path) -> None:
    """Found by the property test: with no merge base (a new clone, a cleaned cache) a note
    deleted from a file written from the same source by the same extractor came back as
    briefgen's own."""
    refresh(example)
    path = example / "notes" / "003-8fd69545a5ec8574.yaml"
    text = path.read_text(encoding="utf-8")
    victim = note_ids(path)[0]
    at = text.index(f"  - id: {victim}\n")
    end = text.index("\n  - id: ", at + 1) + 1
    path.write_text(text[:at] + text[end:], encoding="utf-8")
    shutil.rmtree(example / ".briefgen-cache")
    result = refresh(example)
    assert any(victim in w and "deleted" in w for w in result.warnings), result.warnings
    assert entries(path)[victim]["status"] == "dropped"
    assert victim not in load(example)


def test_a_comment_keeps_a_note_the_sources_no_longer_give(example: Path) -> None:
    """Found by the property test: a comment on an otherwise untouched note was lost with
    the note when a changed source no longer gave it."""
    refresh(example)
    path = example / "notes" / "001-c2c38b3dfa3e33cc.yaml"
    victim = note_ids(path)[0]
    text = path.read_text(encoding="utf-8").replace(f"  - id: {victim}\n",
                                                    f"  - id: {victim}  # ask the desk about this\n")
    path.write_text(text, encoding="utf-8")
    refresh(example)
    quote = str(entries(path)[victim]["quote"])
    source = example / "sources" / "001_c2c38b3dfa3e33cc.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(quote.split("\n")[0][:40], "Rewritten words"),
                      encoding="utf-8")
    result = refresh(example)
    assert "# ask the desk about this" in path.read_text(encoding="utf-8")
    assert victim in entries(path)
    assert any(victim in w and "no longer in" in w for w in result.warnings), result.warnings
