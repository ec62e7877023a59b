"""Sequences of runs on things the analyst owns (hypothesis).

1. The analyst edits a note, then edits the source so that the noted quote moves (a paragraph
   moved, a paragraph put before it) or disappears (words of it rewritten), then refreshes. The
   edited note is kept with the analyst's text; when its quote is still in the source it points
   at the quote's new place (never at other words), and when the quote is gone a warning names
   the note (it is never silently dropped).
2. The analyst saves a notes YAML with a syntax error, then runs build or notes. The run ends
   non-zero with one ``briefgen: error:`` line naming ``notes/FILE.yaml:LINE``; the broken file
   and the previous outputs are left byte for byte as they were.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.ingest import read_sources
from briefgen.notes import yamlfile
from briefgen.notes.verify import normalise_quote
from briefgen.pipeline import build, refresh_notes
from briefgen.workspace import init_workspace, load_config

SOURCES = {
    "glacier-survey.txt": (
        "ZURICH, March 3 (Wire) - Swiss glaciers lost 4 percent of their remaining volume last year,\n"
        "the national monitoring network said on Tuesday, the second-worst loss since records began.\n\n"
        "The network measured 176 glaciers and found thinning at every one of them, its director\n"
        "Lena Baumann told reporters in Zurich.\n\n"
        "A dry winter followed by a hot August left little snow to shield the ice, the report said.\n\n"
        "The federal environment office will publish a revised water plan for alpine valleys in June.\n"),
    "glacier-opinion.md": (
        "# The ice is a ledger we keep ignoring\n\n"
        "Hydropower operators have counted on meltwater for a century, and the bill is coming due.\n\n"
        "Cantons should stop approving new reservoirs until the survey data are in, the author argues.\n\n"
        "Tourism boards say ski seasons have shortened by three weeks since 2000.\n"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("owned") / "ws"
    init_workspace(ws, today="2026-03-10")
    for name, text in SOURCES.items():
        (ws / "sources" / name).write_text(text, encoding="utf-8")
    build(load_config(ws), audiences="all", formats="md,html")
    return ws


def _copy(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("run") / "ws"
    shutil.copytree(built, ws, symlinks=True)
    return ws


def _entries(path: Path) -> list[dict[str, Any]]:
    return list(yamlfile.load(path.read_text(encoding="utf-8"))["notes"])


def _set_text(path: Path, note_id: str, paraphrase: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    at = lines.index(f"  - id: {note_id}")
    for i in range(at + 1, len(lines)):
        if lines[i].startswith("    text:"):
            lines[i] = f"    text: {paraphrase}"
            break
    path.write_text("\n".join(lines), encoding="utf-8")


PARAPHRASE = st.sampled_from(["My reading of it.", "Loss of ice, per the network.", "Check with the desk."])
MOVES = st.lists(st.tuples(st.sampled_from(["to_end", "to_start", "insert_before", "vanish", "reword_one"]),
                           st.integers(0, 5)), min_size=1, max_size=3)


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def _edit_source(path: Path, quote: str, move: str, pick: int) -> None:
    """Edit the source as an analyst or a desk would: move the quote's paragraph, put one before
    it, or rewrite some of its words."""
    text = path.read_text(encoding="utf-8")
    paragraphs = _paragraphs(text.rstrip("\n"))
    head = quote.split()[:4]
    hit = next((i for i, p in enumerate(paragraphs) if " ".join(head) in " ".join(p.split())), None)
    if hit is None:
        return
    if move == "to_end":
        paragraphs.append(paragraphs.pop(hit))
    elif move == "to_start":
        paragraphs.insert(1 if path.suffix == ".md" else 0, paragraphs.pop(hit))
    elif move == "insert_before":
        paragraphs.insert(hit, f"An editor's note added in pass {pick}: the figures were checked again.")
    else:
        words = paragraphs[hit].split(" ")
        if move == "vanish":
            words[len(words) // 3:len(words) // 3 + 3] = ["(rewritten", "by", "desk)"]
        else:
            k = min(pick, len(words) - 1)
            words[k] = "SUBSTITUTED"
        paragraphs[hit] = " ".join(words)
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


@settings(max_examples=10, deadline=None, derandomize=True, database=None, phases=(Phase.explicit, Phase.generate),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(file=st.integers(0, 1), note=st.integers(0, 9), paraphrase=PARAPHRASE, moves=MOVES)
@example(file=0, note=0, paraphrase="My reading of it.", moves=[("vanish", 0)])
@example(file=0, note=1, paraphrase="My reading of it.", moves=[("to_end", 0), ("reword_one", 2)])
@example(file=1, note=0, paraphrase="Check with the desk.", moves=[("insert_before", 1), ("to_start", 0)])
def test_an_edited_note_whose_quote_moves_or_vanishes_is_kept_and_flagged(
        built: Path, tmp_path_factory: pytest.TempPathFactory, file: int, note: int, paraphrase: str,
        moves: list[tuple[str, int]]) -> None:
    ws = _copy(built, tmp_path_factory)
    name = sorted(SOURCES)[file]
    notes_path = ws / "notes" / (Path(name).stem + ".yaml")
    entries = _entries(notes_path)
    assert entries
    victim = entries[note % len(entries)]
    note_id, quote = str(victim["id"]), str(victim["quote"])
    _set_text(notes_path, note_id, paraphrase)
    refresh_notes(load_config(ws))
    for move, pick in moves:
        doc = next(d for d in read_sources(load_config(ws)).docs if d.path == f"sources/{name}")
        was_there = normalise_quote(quote) in normalise_quote(doc.text)
        _edit_source(ws / "sources" / name, quote, move, pick)
        _, result = refresh_notes(load_config(ws))
        kept = {str(e["id"]): e for e in _entries(notes_path)}
        assert note_id in kept, (moves, "the edited note was dropped from the file")
        assert kept[note_id]["text"] == paraphrase, (moves, kept[note_id])
        assert str(kept[note_id]["quote"]) == quote  # the evidence stays what the analyst saw
        doc = next(d for d in read_sources(load_config(ws)).docs if d.path == f"sources/{name}")
        if normalise_quote(quote) in normalise_quote(doc.text):
            at = kept[note_id]["at"]
            shown = normalise_quote(doc.text[int(at["start"]):int(at["end"])])
            assert shown == normalise_quote(quote), (moves, "re-pointed to other words", shown)
        else:
            flagged = [w for w in result.warnings if note_id in w]
            assert flagged or not was_there, (moves, result.warnings)  # named on the run that lost it
            assert all("\n" not in w for w in flagged)
            outcome = CliRunner().invoke(main, ["check", "-w", str(ws)])
            assert outcome.exit_code != 0 and note_id in outcome.output


def _break(text: str, how: str, pick: int) -> tuple[str, int]:
    """The notes text with one syntax error an editor lets through, and the 1-based line of it."""
    lines = text.split("\n")
    body = [i for i, line in enumerate(lines) if line.startswith(("    text:", "    status:", "    quote:"))]
    i = body[pick % len(body)]
    key = lines[i].split(":", 1)[0]
    if how == "unclosed_quote":
        lines[i] = f'{key}: "an unfinished thought'
    elif how == "tab_indent":
        lines[i] = "\t" + lines[i].lstrip(" ")
    elif how == "bad_indent":
        lines[i] = "      " + lines[i].lstrip(" ")
    elif how == "colon_in_plain":
        lines[i] = f"{key}: fine: and then a: colon"
    elif how == "open_flow":
        lines[i] = f"{key}: [pinned, dropped"
    else:  # stray_dash
        lines[i] = "   - " + lines[i].lstrip(" ")
    return "\n".join(lines), i + 1


@settings(max_examples=12, deadline=None, derandomize=True, database=None, phases=(Phase.explicit, Phase.generate),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(file=st.integers(0, 1), pick=st.integers(0, 20),
       how=st.sampled_from(["unclosed_quote", "tab_indent", "bad_indent", "colon_in_plain", "open_flow", "stray_dash"]),
       command=st.sampled_from([("build", "--audience", "all", "--format", "md,html"), ("notes",), ("build",)]))
@example(file=0, pick=0, how="unclosed_quote", command=("build",))
@example(file=1, pick=3, how="tab_indent", command=("notes",))
def test_a_notes_yaml_with_a_syntax_error_stops_the_run_and_touches_nothing(
        built: Path, tmp_path_factory: pytest.TempPathFactory, file: int, pick: int, how: str,
        command: tuple[str, ...]) -> None:
    ws = _copy(built, tmp_path_factory)
    name = Path(sorted(SOURCES)[file]).stem + ".yaml"
    path = ws / "notes" / name
    broken, line = _break(path.read_text(encoding="utf-8"), how, pick)
    path.write_text(broken, encoding="utf-8")
    saved = path.read_bytes()
    outputs = {p: p.read_bytes() for p in (ws / "output").rglob("*") if p.is_file()}
    assert outputs
    outcome = CliRunner().invoke(main, ["-w", str(ws), *command])
    errors = [text for text in outcome.output.splitlines() if "error:" in text]
    assert outcome.exit_code not in (0, None) and outcome.exception is None or isinstance(outcome.exception,
                                                                                           SystemExit), outcome
    assert outcome.exit_code != 0, (how, outcome.output)
    assert "Traceback" not in outcome.output
    assert len(errors) == 1, (how, outcome.output)
    assert f"notes/{name}:" in errors[0], errors
    reported = int(errors[0].split(f"notes/{name}:", 1)[1].split(":", 1)[0])
    assert line <= reported <= line + 3, (how, line, errors[0])  # at the broken line or just after it
    assert path.read_bytes() == saved
    assert {p: p.read_bytes() for p in (ws / "output").rglob("*") if p.is_file()} == outputs
