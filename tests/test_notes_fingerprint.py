"""The merge base travels with the notes files: without .briefgen-cache/ (a deleted cache, a
copy of a colleague's workspace) an upgrade still updates what the analyst left alone and
keeps what they changed; a fingerprint that was edited or cannot be read only ever keeps."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefgen import notes as notes_stage
from briefgen.ingest import read_sources
from briefgen.notes import extract as extraction
from briefgen.notes import fingerprint, merge, yamlfile
from briefgen.pipeline import refresh_notes
from briefgen.workspace import init_workspace, load_config

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "other"
COUNCIL = "harbor-council.yaml"


def refresh(ws: Path) -> notes_stage.Refreshed:
    _, result = refresh_notes(load_config(ws))
    return result


def entries(ws: Path, name: str = COUNCIL) -> dict[str, dict[str, Any]]:
    data = yamlfile.load((ws / "notes" / name).read_text(encoding="utf-8"))
    return {str(e["id"]): merge.plain(e) for e in data["notes"]}


def edit(ws: Path, note_id: str, key: str, line: str, name: str = COUNCIL) -> None:
    """Replace (or add) the line of *key* in note *note_id*, as in an editor."""
    path = ws / "notes" / name
    text = path.read_text(encoding="utf-8")
    at = text.index(f"  - id: {note_id}\n")
    end = text.find("\n  - id: ", at + 1)
    end = len(text) if end < 0 else end
    lines = text[at:end].split("\n")
    index = next((i for i, x in enumerate(lines) if x.startswith(f"    {key}:")), None)
    if index is None:
        lines.insert(1, line)
    else:
        lines[index] = line
    path.write_text(text[:at] + "\n".join(lines) + text[end:], encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("fp") / "ws"
    init_workspace(ws, today="2026-10-05")
    for path in FIXTURES.iterdir():
        shutil.copy(path, ws / "sources" / path.name)
    refresh(ws)
    return ws


@pytest.fixture
def ws(built: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ws"
    shutil.copytree(built, copy)
    return copy


@pytest.fixture
def upgrade(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A newer extractor: a new version number, different scores and themes in another order."""
    real = extraction.extract

    def newer(*args: Any, **kwargs: Any) -> Any:
        notes, *rest = real(*args, **kwargs)
        changed = [dataclasses.replace(n, score=round(n.score * 0.5, 3), themes=(*reversed(n.themes), "outlook"))
                   for n in notes]
        return (changed, *rest)

    monkeypatch.setattr(extraction, "extract", newer)
    monkeypatch.setattr(notes_stage, "EXTRACTOR_VERSION", notes_stage.EXTRACTOR_VERSION + 1)
    yield


def fresh_extraction(ws: Path, tmp_path: Path) -> dict[str, dict[str, Any]]:
    """What the current extractor writes for the workspace's sources from scratch."""
    clean = tmp_path / "clean"
    shutil.copytree(ws, clean, ignore=shutil.ignore_patterns(".briefgen-cache", "notes"))
    refresh(clean)
    return entries(clean)


def test_every_extracted_note_carries_a_fingerprint_of_what_briefgen_wrote(ws: Path) -> None:
    notes = entries(ws)
    assert notes and all(fingerprint.fingerprint(e) == e["fingerprint"] for e in notes.values())
    assert list(next(iter(notes.values())))[-1] == "fingerprint"  # out of the way, after the fields


def test_an_upgrade_after_the_cache_is_deleted_updates_what_the_analyst_left_alone(
        ws: Path, tmp_path: Path, upgrade: None) -> None:
    first, second, untouched = list(entries(ws))[:3]
    edit(ws, first, "text", "    text: The council raised rates to pay for pipes.")
    edit(ws, first, "kind", "    kind: opinion")
    edit(ws, second, "status", "    status: pinned")
    before = entries(ws)
    shutil.rmtree(ws / ".briefgen-cache")

    refresh(ws)
    after, fresh = entries(ws), fresh_extraction(ws, tmp_path)
    assert after[first]["text"] == "The council raised rates to pay for pipes."
    assert after[first]["kind"] == "opinion"
    assert after[second]["status"] == "pinned"
    for note_id in (first, second):  # the fields the analyst left alone follow the new extractor
        assert after[note_id]["score"] == fresh[note_id]["score"] != before[note_id]["score"]
        assert after[note_id]["themes"] == fresh[note_id]["themes"] != before[note_id]["themes"]
    assert after[untouched] == fresh[untouched]
    assert {k: v for k, v in after.items() if k not in (first, second)} == \
        {k: v for k, v in fresh.items() if k not in (first, second)}


def test_a_copy_of_a_colleagues_workspace_without_the_cache_refreshes_the_same_way(
        ws: Path, tmp_path: Path, upgrade: None) -> None:
    note_id = list(entries(ws))[1]
    edit(ws, note_id, "text", "    text: \"A paraphrase: yes, with # and 'quotes'\"")
    edit(ws, note_id, "speaker", "    speaker: The council  # checked with the clerk")
    clone = tmp_path / "clone"
    shutil.copytree(ws, clone, ignore=shutil.ignore_patterns(".briefgen-cache"))

    refresh(clone)
    refresh(clone)  # and again: with the cache made by the first refresh
    after, fresh = entries(clone), fresh_extraction(clone, tmp_path)
    assert after[note_id]["text"] == "A paraphrase: yes, with # and 'quotes'"
    assert after[note_id]["speaker"] == "The council"
    assert "# checked with the clerk" in (clone / "notes" / COUNCIL).read_text(encoding="utf-8")
    assert after[note_id]["score"] == fresh[note_id]["score"]
    assert {k: v for k, v in after.items() if k != note_id} == {k: v for k, v in fresh.items() if k != note_id}


def test_an_edited_fingerprint_keeps_the_notes_fields_as_they_are(ws: Path, tmp_path: Path, upgrade: None) -> None:
    tampered, malformed, number = list(entries(ws))[:3]
    before = entries(ws)
    print_ = str(before[tampered]["fingerprint"])
    at = (fingerprint.FIELDS.index("score") * 4 + 1) * 8 // 6  # a character of the score's four bytes only
    edit(ws, tampered, "fingerprint", f"    fingerprint: {print_[:at]}{'AB'[print_[at] == 'A']}{print_[at + 1:]}")
    edit(ws, malformed, "fingerprint", "    fingerprint: not mine!")
    edit(ws, number, "fingerprint", "    fingerprint: 12")
    shutil.rmtree(ws / ".briefgen-cache")

    result = refresh(ws)
    after, fresh = entries(ws), fresh_extraction(ws, tmp_path)
    for note_id in (tampered, malformed, number):  # nothing lost: the old values stay, as if the analyst's
        assert after[note_id]["score"] == before[note_id]["score"] != fresh[note_id]["score"]
        assert after[note_id]["fingerprint"] == fresh[note_id]["fingerprint"]  # and a readable one is written
    # A digest edited in one place touches one field: the others, still as briefgen wrote them, follow.
    assert after[tampered]["themes"] == fresh[tampered]["themes"] != before[tampered]["themes"]
    assert after[malformed]["themes"] == before[malformed]["themes"]
    unreadable = [w for w in result.warnings if "fingerprint" in w]
    assert len(unreadable) == 2 and all(w.startswith(f"notes/{COUNCIL}:") and "\n" not in w for w in unreadable)
    assert any(f"note {malformed}:" in w for w in unreadable) and any(f"note {number}:" in w for w in unreadable)
    config = load_config(ws)
    assert notes_stage.check(config, read_sources(config).docs)[0] == []


def test_a_fingerprint_copied_onto_the_analysts_own_note_does_not_make_it_briefgens(ws: Path) -> None:
    path = ws / "notes" / COUNCIL
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: n-")
    end = text.find("\n  - id: ", start + 1)
    block = text[start:end if end > 0 else len(text)].rstrip("\n")
    own = block.replace(block.split("\n")[0], "  - id: a-copy", 1)
    path.write_text(text.rstrip("\n") + "\n" + own + "\n", encoding="utf-8")
    shutil.rmtree(ws / ".briefgen-cache")

    refresh(ws)
    refresh(ws)
    assert "a-copy" in entries(ws)


def test_without_the_cache_an_untouched_note_the_sources_no_longer_give_goes(ws: Path) -> None:
    source = ws / "sources" / "harbor-council.txt"
    notes = entries(ws)
    gone, kept = list(notes)[:2]
    quote = str(notes[gone]["quote"])
    edit(ws, kept, "status", "    status: pinned")
    text = source.read_text(encoding="utf-8")
    assert quote in text
    source.write_text(text.replace(quote, ""), encoding="utf-8")
    shutil.rmtree(ws / ".briefgen-cache")

    result = refresh(ws)
    after = entries(ws)
    assert gone not in after and after[kept]["status"] == "pinned"
    assert not [w for w in result.warnings if gone in w]


def delete_note(ws: Path, note_id: str, name: str = COUNCIL) -> None:
    """Delete a note's whole entry from its file, as in an editor."""
    path = ws / "notes" / name
    text = path.read_text(encoding="utf-8")
    at = text.index(f"  - id: {note_id}\n")
    end = text.find("\n  - id: ", at + 1)
    path.write_text(text[:at] + (text[end + 1:] if end > 0 else ""), encoding="utf-8")


def test_without_the_cache_a_deleted_note_stays_dropped_through_an_upgrade(ws: Path, upgrade: None) -> None:
    deleted = list(entries(ws))[2]
    delete_note(ws, deleted)
    shutil.rmtree(ws / ".briefgen-cache")

    result = refresh(ws)
    assert entries(ws)[deleted]["status"] == "dropped"
    assert [w for w in result.warnings if f"note {deleted} was deleted" in w]


def test_without_the_cache_a_note_new_since_the_file_was_written_is_not_taken_as_deleted(
        ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = extraction.extract
    held_back = list(entries(ws))[1]

    def fewer(*args: Any, **kwargs: Any) -> Any:  # an earlier extraction that did not give this note
        notes, *rest = real(*args, **kwargs)
        return ([n for n in notes if n.id != held_back], *rest)

    clean = ws.parent / "clean"
    shutil.copytree(ws, clean, ignore=shutil.ignore_patterns(".briefgen-cache", "notes"))
    monkeypatch.setattr(extraction, "extract", fewer)
    refresh(clean)
    assert held_back not in entries(clean)
    monkeypatch.setattr(extraction, "extract", real)
    shutil.rmtree(clean / ".briefgen-cache")  # a colleague's copy: no cache, and now the note is extracted

    result = refresh(clean)
    assert entries(clean)[held_back]["status"] == "auto"
    assert not [w for w in result.warnings if held_back in w]


def test_an_unreadable_written_line_warns_and_keeps_deleted_notes_out(ws: Path) -> None:
    deleted = list(entries(ws))[0]
    delete_note(ws, deleted)
    path = ws / "notes" / COUNCIL
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("written: "))
    lines[at] = "written: [not, mine]"
    path.write_text("\n".join(lines), encoding="utf-8")
    shutil.rmtree(ws / ".briefgen-cache")

    result = refresh(ws)
    assert entries(ws)[deleted]["status"] == "dropped"
    unreadable = [w for w in result.warnings if "`written`" in w]
    assert unreadable == [w for w in unreadable if w.startswith(f"notes/{COUNCIL}:{at + 1}: ")] and len(unreadable) == 1
