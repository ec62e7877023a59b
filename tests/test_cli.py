import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args))


def test_every_command_has_help_with_an_example() -> None:
    for name, command in main.commands.items():
        assert command.help and "Example:" in command.help, name


def test_build_all_writes_three_briefs_with_different_sections(example: Path) -> None:
    result = run("build", "-w", str(example), "--audience", "all", "--format", "md")
    assert result.exit_code == 0, result.output
    headings = {}
    for audience in ("executive", "investor", "policy"):
        text = (example / "output" / f"{audience}.md").read_text(encoding="utf-8")
        headings[audience] = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings["executive"][0] == "## Bottom line"
    # (the example's two key figures are told by the investor brief's statements: no Key figures there)
    assert "## Catalysts to watch" in headings["investor"] and "## Stakeholder positions" in headings["policy"]
    assert len({tuple(h) for h in headings.values()}) == 3
    assert run("check", "-w", str(example)).exit_code == 0


def _errors_cleanly(result: object, code: int, needle: str) -> None:
    assert result.exit_code == code, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and needle in lines[0] and "Traceback" not in result.output


def test_bad_inputs_give_one_line_and_keep_outputs(example: Path, tmp_path: Path) -> None:
    assert run("build", "-w", str(example), "--audience", "investor", "--format", "md").exit_code == 0
    before = (example / "output" / "investor.md").read_bytes()
    _errors_cleanly(run("build", "-w", str(example), "--audience", "nosuch"), 2, "choose one of: executive, investor, policy")
    _errors_cleanly(run("build", "-w", str(tmp_path / "nowhere")), 1, "briefgen init")
    (example / "sources" / "blob.txt").write_bytes(b"\x00\x01\x02binary" * 100)
    _errors_cleanly(run("build", "-w", str(example), "--audience", "investor", "--strict"), 1, "sources/blob.txt")
    assert (example / "output" / "investor.md").read_bytes() == before
    # Without --strict the bad source is a one-line warning and the rest still builds.
    result = run("build", "-w", str(example), "--audience", "investor", "--format", "md")
    assert result.exit_code == 0, result.output
    assert "warning: skipped sources/blob.txt: file holds binary data" in result.output
    assert "Traceback" not in result.output


def test_config_reports_every_bad_key_at_once(example: Path) -> None:
    config = example / "briefgen.toml"
    config.write_text(config.read_text() + "colour = 'blue'\n[build2]\nx = 1\n")
    result = run("build", "-w", str(example))
    assert result.exit_code == 1 and "colour" in result.output and "build2" in result.output


def test_template_error_names_template_and_line(example: Path) -> None:
    (example / "templates" / "audiences").mkdir(parents=True)
    (example / "templates" / "audiences" / "investor.md.j2").write_text('{% extends "brief.md.j2" %}\n{% block lede %}\n{{ nosuch.value }\n{% endblock %}\n')
    result = run("build", "-w", str(example), "--audience", "investor", "--format", "md")
    assert result.exit_code == 1 and "investor.md.j2:3" in result.output


def test_new_audience_needs_no_code(example: Path) -> None:
    folder = example / "templates" / "audiences"
    folder.mkdir(parents=True)
    (folder / "board.toml").write_text(
        'description = "The board: one page of decisions."\n'
        '[[sections]]\nid = "decisions"\ntitle = "For decision"\nmax_items = 3\n'
    )
    (folder / "board.md.j2").write_text(
        '{% extends "!default/brief.md.j2" %}\n{% block lede %}*Board paper.*\n{% endblock %}\n'
    )
    assert "board\tThe board" in run("audiences", "-w", str(example)).output
    result = run("build", "-w", str(example), "--audience", "board", "--format", "md")
    assert result.exit_code == 0, result.output
    text = (example / "output" / "board.md").read_text(encoding="utf-8")
    assert "*Board paper.*" in text and "## For decision" in text and "[[1]](#ev-1)" in text


def test_digest_respects_word_budget(example: Path) -> None:
    result = run("digest", "-w", str(example), "--words", "120", "--no-cite")
    assert result.exit_code == 0
    assert 60 <= len(result.output.split()) <= 120
    cited = run("digest", "-w", str(example), "--words", "120")
    statements, sources = cited.output.split("\nSources:\n")
    assert len(statements.split()) <= 120  # markers included; where-from list after the budget
    lines = statements.strip().splitlines()
    assert all(line.endswith(f"[{n}]") for n, line in enumerate(lines, 1))
    assert sources.count("sources/") == len(lines)


def test_init_and_build_on_another_subject_end_to_end(tmp_path: Path) -> None:
    """The real command, as a user runs it: init, copy news on another subject, build all."""
    ws = tmp_path / "water"
    subprocess.run([sys.executable, "-m", "briefgen", "init", str(ws)], check=True, capture_output=True)
    fixtures = Path(__file__).parent / "fixtures" / "other"
    for path in fixtures.iterdir():
        (ws / "sources" / path.name).write_bytes(path.read_bytes())
    done = subprocess.run([sys.executable, "-m", "briefgen", "build", "--audience", "all"], cwd=ws,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for audience in ("executive", "investor", "policy"):
        assert (ws / "output" / f"{audience}.pdf").stat().st_size > 5000
    investor = (ws / "output" / "investor.md").read_text(encoding="utf-8")
    assert "$240 million" in investor and "Harbor Daily" in investor
    # Until the analyst names the story, every brief is headed by the folder's name, and the build says so.
    assert investor.startswith("# Water\n")
    warned = [line for line in done.stderr.splitlines() if "the folder's name" in line]
    assert warned == ["briefgen: warning: briefgen.toml:3: the briefs are titled 'Water', the folder's name; "
                      "name the story in [brief] title"], done.stderr
    config = ws / "briefgen.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('"Water"', '"Harbor rail link funding"'),
                      encoding="utf-8")
    again = subprocess.run([sys.executable, "-m", "briefgen", "build", "--audience", "investor", "--format", "md"],
                           cwd=ws, capture_output=True, text=True)
    assert again.returncode == 0 and "folder's name" not in again.stderr, again.stderr
    assert (ws / "output" / "investor.md").read_text(encoding="utf-8").startswith("# Harbor rail link funding\n")


# CLI conventions: -w on the group, -q/-v, status on stderr, progress, completion, sources --json.

def test_workspace_on_the_group_and_the_command_s_own_wins(example: Path, tmp_path: Path) -> None:
    result = run("-w", str(example), "build", "--audience", "investor", "--format", "md")
    assert result.exit_code == 0, result.output
    assert (example / "output" / "investor.md").is_file()
    nowhere = str(tmp_path / "nowhere")
    assert run("-w", nowhere, "build", "-w", str(example), "-a", "investor", "--format", "md").exit_code == 0
    result = run("-w", str(example), "build", "-w", nowhere, "-a", "investor", "--format", "md")
    assert result.exit_code == 1 and "nowhere" in result.output
    assert run("-w", str(example), "audiences").output.startswith("executive\t")
    assert run("-w", str(example), "templates", "copy", "macros.md.j2").exit_code == 0
    assert (example / "templates" / "macros.md.j2").is_file()


def test_status_lines_go_to_stderr_with_paths_that_work_from_the_current_folder(
        example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for cwd, shown in ((example, "output/investor.md"), (example / "sources", str(example / "output/investor.md")),
                       (elsewhere, str(example / "output/investor.md")), (tmp_path, "example/output/investor.md")):
        monkeypatch.chdir(cwd)
        result = run("-w", str(example), "build", "-a", "investor", "--format", "md")
        assert result.exit_code == 0 and result.stdout == "", result.output
        wrote = [line for line in result.stderr.splitlines() if line.startswith("wrote ")]
        assert wrote == [f"wrote {shown} ({(example / 'output/investor.md').stat().st_size:,} bytes)"]
        assert (cwd / wrote[0].split()[1]).is_file()  # the printed path opens from where briefgen ran
        assert f"recorded {shown.replace('output/investor.md', 'history/investor/')}" in result.stderr
    # Results stay alone on stdout.
    digest = run("-w", str(example), "digest", "--words", "60")
    assert digest.exit_code == 0 and digest.stderr == "" and "\nSources:\n" in digest.stdout


def test_quiet_prints_only_errors_and_verbose_prints_timings(example: Path) -> None:
    (example / "sources" / "blob.txt").write_bytes(b"\x00\x01\x02binary" * 100)
    normal = run("-w", str(example), "build", "-a", "investor", "--format", "md")
    assert normal.exit_code == 0 and "warning: skipped sources/blob.txt" in normal.stderr
    quiet = run("-q", "-w", str(example), "build", "-a", "investor", "--format", "md")
    assert quiet.exit_code == 0 and quiet.output == ""
    assert run("-q", "-w", str(example), "check").output == ""
    assert run("-q", "-w", str(example), "notes").output == ""
    failed = run("-q", "-w", str(example), "build", "-a", "nosuch")
    assert failed.exit_code == 2 and "choose one of" in failed.stderr
    # Asked-for results still print.
    assert run("-q", "-w", str(example), "digest", "--words", "60").stdout.strip()
    verbose = run("-v", "-w", str(example), "build", "-a", "investor", "--format", "md")
    assert verbose.exit_code == 0 and verbose.stdout == ""
    timings = next(line for line in verbose.stderr.splitlines() if line.startswith("seconds per stage: "))
    assert {"ingest", "notes", "compose", "render_md"} <= {part.split()[0] for part in timings[19:].split(", ")}
    assert "seconds per stage" not in normal.stderr
    both = run("-q", "-v", "-w", str(example), "build")
    assert both.exit_code == 2 and "choose one of --quiet and --verbose" in both.output


def test_progress_is_silent_when_piped(example: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "briefgen", "build", "-a", "executive", "--format", "md"],
                          cwd=example, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "\r" not in done.stderr and "1/" not in done.stderr
    assert done.stdout == "" and "wrote output/executive.md" in done.stderr


def _on_a_terminal(args: list[str], cwd: Path) -> str:
    """stderr of briefgen run with stderr on a pseudo-terminal (stdout piped)."""
    import os
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "briefgen", *args], cwd=cwd, stdout=subprocess.PIPE,
                               stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: briefgen ended
            break
        if not chunk:
            break
        seen += chunk
    process.wait(timeout=120)
    os.close(leader)
    assert process.returncode == 0, seen
    return seen.decode()


def test_progress_with_totals_on_a_terminal(example: Path) -> None:
    sources = len([p for p in (example / "sources").iterdir() if p.name != "sources.toml"])
    shown = _on_a_terminal(["build", "-a", "executive,investor", "--format", "md,pdf"], example)
    lines = [part.strip() for part in shown.replace("\n", "\r").split("\r") if part.strip()]
    assert f"reading sources {sources}/{sources} " in shown and f"notes 1/{sources} sources/" in shown
    assert "rendering pdf 1/2 executive" in lines and "rendering pdf 2/2 investor" in lines
    assert any(line.startswith("rendering pdf 1/2 executive: fitting to 2 pages, try 1") for line in lines)
    assert lines[-1].startswith("recorded history/investor/")  # the progress line is cleared, not left behind
    quiet = _on_a_terminal(["-q", "build", "-a", "executive", "--format", "md"], example)
    assert quiet == ""


def _complete(words: str, cwd: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(main, [], prog_name="briefgen", env={
        "_BRIEFGEN_COMPLETE": "bash_complete", "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))})
    assert result.exit_code == 0 and result.stderr == "", result.output
    return [line.removeprefix("plain,") for line in result.stdout.splitlines() if line]


def test_completion_of_audience_and_format_names(example: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = example / "templates" / "audiences"
    folder.mkdir(parents=True)
    (folder / "board.toml").write_text('description = "The board."\n[[sections]]\nid = "d"\ntitle = "D"\n')
    assert _complete("briefgen build --audience ", example, monkeypatch) == [
        "board", "executive", "investor", "policy", "all"]
    assert _complete("briefgen build -a executive,p", example, monkeypatch) == ["executive,policy"]
    assert _complete("briefgen build --format md,p", example, monkeypatch) == ["md,pdf"]
    assert _complete("briefgen changes -a b", example, monkeypatch) == ["board"]
    assert _complete(f"briefgen -w {example} history -a inv", tmp_path, monkeypatch) == ["investor"]
    # Outside a workspace, or in a broken one: nothing, silently.
    assert _complete("briefgen build --audience ", tmp_path, monkeypatch) == []
    (example / "briefgen.toml").write_text("[brief\n")
    assert _complete("briefgen build --audience ", example, monkeypatch) == []
    script = CliRunner().invoke(main, [], prog_name="briefgen", env={"_BRIEFGEN_COMPLETE": "bash_source"})
    assert "complete -o nosort -F _briefgen_completion briefgen" in script.stdout


SOURCE_KEYS = {"path", "id", "format", "title", "publisher", "date", "updated", "date_from", "estimated", "kind", "url", "author", "reliability",
               "cited_outlets", "sentences", "posts", "duplicate_of", "dates", "left_out", "removed"}


def test_sources_json_lists_sources_with_left_out_status(other: Path) -> None:
    (other / "sources" / "copy.txt").write_bytes((other / "sources" / "harbor-council.txt").read_bytes())
    (other / "sources" / "blob.txt").write_bytes(b"\x00\x01\x02binary" * 100)
    result = run("sources", "-w", str(other), "--json", "--as-of", "2026-10-02")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"as_of", "since", "sources", "warnings"}
    assert data["as_of"] == "2026-10-02" and data["since"] is None
    assert [w.split(":")[0] for w in data["warnings"]] == ["skipped sources/blob.txt", "sources/harbor-council.txt"]
    assert all(warning in result.stderr for warning in data["warnings"])
    by_path = {entry["path"]: entry for entry in data["sources"]}
    assert all(set(entry) == SOURCE_KEYS for entry in data["sources"])
    analysis = by_path["sources/harbor-analysis.md"]
    assert analysis["date"] == "2026-10-03" and analysis["dates"] == "after" and analysis["left_out"] is True
    assert analysis["title"] == "What Harbor's water vote means for the region" and analysis["format"] == "markdown"
    kept = [entry for entry in data["sources"] if not entry["left_out"]]
    assert kept and all(entry["dates"] in ("in", "undated") for entry in kept)
    duplicates = [entry for entry in data["sources"] if entry["duplicate_of"]]
    assert len(duplicates) == 1 and duplicates[0]["duplicate_of"] in {e["id"] for e in data["sources"]}
    # The same facts as the text listing.
    text = run("sources", "-w", str(other), "--as-of", "2026-10-02").stdout
    assert text.count("left out: dated after") == sum(entry["left_out"] for entry in data["sources"])
    assert "--json" in run("sources", "--help").output and "left_out" in run("sources", "--help").output
    since = json.loads(run("sources", "-w", str(other), "--json", "--since", "2026-10-04").stdout)
    assert since["since"] == "2026-10-04"
    assert {e["dates"] for e in since["sources"] if e["date"] and e["date"] < "2026-10-04"} <= {"before"}


def test_sources_json_escapes_terminal_controls_but_keeps_text(other: Path) -> None:
    (other / "sources" / "sources.toml").write_text(
        '["harbor-council.txt"]\ntitle = "Council \\u202evote\\u001b[31m red"\n', encoding="utf-8")
    result = run("sources", "-w", str(other), "--json")
    assert result.exit_code == 0, result.output
    assert "\u202e" not in result.stdout and "\x1b" not in result.stdout
    titles = {e["path"]: e["title"] for e in json.loads(result.stdout)["sources"]}
    assert titles["sources/harbor-council.txt"] == "Council \u202evote\x1b[31m red"
