import subprocess
import sys
from pathlib import Path

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
    assert "## Key figures" in headings["investor"] and "## Stakeholder positions" in headings["policy"]
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
