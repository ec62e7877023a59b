"""Names and links in the analyst's own files that lead out of the workspace (sources.toml
entries, notes files, profiles, includes): one line naming the file and line, never read or
written through, and the analyst's edits kept across runs."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.cli import main

SECRET = "CANARY-trust18-SECRET"


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _canary(tmp_path: Path) -> Path:
    folder = tmp_path / "canary"
    folder.mkdir(exist_ok=True)
    (folder / "secret.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    return folder


def _everything(ws: Path) -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace") for folder in ("output", "notes")
                   for p in (ws / folder).rglob("*") if p.is_file() and not p.is_symlink())


def test_sidecar_entries_leading_out_of_sources_are_warned_with_their_line(other: Path, tmp_path: Path) -> None:
    canary = _canary(tmp_path)
    (other / "sources" / "sources.toml").write_text(
        '["harbor-council.txt"]\ntitle = "Council"\n'
        '["../../canary/secret.txt"]\ntitle = "x"\n'
        f'["{canary}/secret.txt"]\ntitle = "y"\n', encoding="utf-8")
    result = cli("-w", str(other), "build", "--audience", "executive", "--format", "md")
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if "outside sources/" in line]
    assert len(warned) == 2, result.output
    assert "sources/sources.toml:3:" in warned[0] and "sources/sources.toml:5:" in warned[1]
    assert SECRET not in _everything(other)


def test_a_notes_file_linked_out_of_notes_is_never_read_or_written(other: Path, tmp_path: Path) -> None:
    canary = _canary(tmp_path)
    assert cli("-w", str(other), "notes").exit_code == 0
    link = other / "notes" / "harbor-critics.yaml"
    link.unlink()
    link.symlink_to(canary / "secret.txt")
    for args in (("notes",), ("build", "--audience", "executive", "--format", "md"), ("notes",)):
        result = cli("-w", str(other), *args)
        assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
        errors = [line for line in result.output.splitlines() if "error:" in line]
        assert len(errors) == 1 and "notes/harbor-critics.yaml" in errors[0] and "symlink" in errors[0], result.output
    assert (canary / "secret.txt").read_text(encoding="utf-8") == f"{SECRET}\n"
    assert link.is_symlink()
    link.unlink()
    link.symlink_to(canary / "gone.yaml")  # a link to nothing: no traceback, nothing created outside
    result = cli("-w", str(other), "notes")
    assert "Traceback" not in result.output and "notes/harbor-critics.yaml" in result.output
    assert not (canary / "gone.yaml").exists()


def test_profile_template_and_include_leading_out_name_their_file_and_line(other: Path, tmp_path: Path) -> None:
    _canary(tmp_path)
    audiences = other / "templates" / "audiences"
    audiences.mkdir(parents=True, exist_ok=True)
    (audiences / "executive.toml").write_text('description = "x"\ntemplate = "../../../canary/secret.txt"\n',
                                              encoding="utf-8")
    result = cli("-w", str(other), "build", "--audience", "executive", "--format", "md")
    assert result.exit_code != 0 and "templates/audiences/executive.toml:2:" in result.output, result.output
    (audiences / "executive.toml").unlink()
    (audiences / "executive.md.j2").write_text("# Brief\n{% include '../../x' %}\n", encoding="utf-8")
    result = cli("-w", str(other), "build", "--audience", "executive", "--format", "md")
    assert result.exit_code != 0 and "templates/audiences/executive.md.j2:2:" in result.output, result.output
    assert "Traceback" not in result.output


def _edit(path: Path, word: str) -> bool:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("    text:"):
            lines[i] = f"    text: {word}\n"
            path.write_text("".join(lines), encoding="utf-8")
            return True
    return False


STEPS = st.lists(st.sampled_from(["notes", "build", "add", "rename", "link-out", "link-nowhere", "unlink"]), min_size=2, max_size=5)


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(STEPS)
@example(["link-nowhere", "notes", "build"])
def test_edits_survive_any_sequence_of_runs(tmp_path_factory: object, steps: list[str]) -> None:
    """Edit a note, then any runs (refresh, build, a source added, a source renamed, another
    notes file turned into a link out of the workspace and back): the edit is never lost and
    the file outside never changes."""
    import shutil

    from briefgen.workspace import init_workspace

    root = tmp_path_factory.mktemp("seq")  # type: ignore[attr-defined]
    ws = root / "ws"
    init_workspace(ws, today="2026-10-05")
    for path in (Path(__file__).parent / "fixtures" / "other").iterdir():
        shutil.copy(path, ws / "sources" / path.name)
    canary = _canary(root)
    assert cli("-w", str(ws), "notes").exit_code == 0
    edited = ws / "notes" / "harbor-council.yaml"
    assert _edit(edited, "ANALYST-EDIT-18")
    critics = ws / "notes" / "harbor-critics.yaml"
    saved = critics.read_text(encoding="utf-8")
    for step in steps:
        if step == "notes":
            result = cli("-w", str(ws), "notes")
        elif step == "build":
            result = cli("-w", str(ws), "build", "--audience", "executive", "--format", "md")
        elif step == "add":
            (ws / "sources" / "added.txt").write_text("The port authority said on Tuesday that dredging "
                                                       "would start in March, chair Ruth Okafor said.\n",
                                                       encoding="utf-8")
            result = cli("-w", str(ws), "notes")
        elif step == "rename":
            source = ws / "sources" / "harbor-analysis.md"
            if source.exists():
                source.rename(ws / "sources" / "harbor-analysis-2.md")
            result = cli("-w", str(ws), "notes")
        elif step == "link-out":
            if not critics.is_symlink():
                critics.unlink()
                critics.symlink_to(canary / "secret.txt")
            result = cli("-w", str(ws), "notes")
        elif step == "link-nowhere":
            if not critics.is_symlink():
                critics.unlink()
                critics.symlink_to(canary / "nothing.yaml")
            result = cli("-w", str(ws), "notes")
            assert not (canary / "nothing.yaml").exists()
        else:
            if critics.is_symlink():
                critics.unlink()
                critics.write_text(saved, encoding="utf-8")
            result = cli("-w", str(ws), "notes")
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert "ANALYST-EDIT-18" in edited.read_text(encoding="utf-8"), (steps, step)
        assert (canary / "secret.txt").read_text(encoding="utf-8") == f"{SECRET}\n"
