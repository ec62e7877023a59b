"""Validation of the files a user writes: briefgen.toml, audience profiles, the theme lexicon,
sources/sources.toml and notes files. Every problem is reported at once, one line, with
file:line, the key and what was expected; never a traceback."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given
from hypothesis import strategies as st

from briefgen.audiences import load_profile
from briefgen.cli import main
from briefgen.errors import ConfigError, TemplateError
from briefgen.ingest import load_sidecar
from briefgen.workspace import load_config

FIXTURES = Path(__file__).resolve().parent / "fixtures"

GOOD_CONFIG = """\
[brief]
title = "Harbor water"
as_of = 2026-10-05

[build]
audiences = ["investor"]
formats = ["md"]
"""


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def one_line_error(result: Result, code: int = 1) -> str:
    """The single error line of a failed command (and no traceback, no stray exception)."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


def config_error(tmp_path: Path, text: str) -> str:
    (tmp_path / "briefgen.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path)
    return info.value.message


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


# -- briefgen.toml -----------------------------------------------------------------------------


def first_named_rest_counted(message: str, expected: list[tuple[str, str]]) -> None:
    """*message* (one error line, under 500 characters with its prefix) names the first of the
    *expected* (where, what) problems, in line order, as far as they fit, and counts the rest."""
    assert len("briefgen: error: " + message) <= 500 and "\n" not in message, message
    problems = message.split("; ")
    shown = 0
    for where, what in expected:
        found = [p for p in problems if where in p]
        if not found:
            break
        assert what in found[0], (where, message)
        shown += 1
    more = re.search(r"; and (\d+) more — ", message)
    assert shown >= 1 and shown + (int(more.group(1)) if more else 0) == len(expected), message


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "0", "-5"])
def test_max_source_mb_must_be_a_positive_finite_number(tmp_path: Path, value: str) -> None:
    text = GOOD_CONFIG + f"\n[ingest]\nmax_source_mb = {value}\n"
    message = config_error(tmp_path, text)
    assert message.startswith(f"briefgen.toml:{line_of(text, 'max_source_mb')}: ingest.max_source_mb: ")
    assert "positive" in message or "finite" in message


@pytest.mark.parametrize("key", ["audiences", "formats"])
def test_an_empty_audience_or_format_list_is_refused_not_a_silent_build_of_nothing(tmp_path: Path, key: str) -> None:
    text = re.sub(rf"(?m)^{key} = .*$", "", GOOD_CONFIG).replace("[build]\n", f"[build]\n{key} = []\n")
    message = config_error(tmp_path, text)
    assert message.startswith(f"briefgen.toml:{line_of(text, key)}: build.{key}: may not be empty")


def test_as_of_may_not_be_empty_or_a_non_date(tmp_path: Path) -> None:
    message = config_error(tmp_path, GOOD_CONFIG.replace("2026-10-05", '""'))
    assert message.startswith("briefgen.toml:3: brief.as_of: ") and "2026-11-22" in message
    message = config_error(tmp_path, GOOD_CONFIG.replace("2026-10-05", '"next week"'))
    assert message.startswith("briefgen.toml:3: brief.as_of: ") and "'next week'" in message
    (tmp_path / "briefgen.toml").write_text(GOOD_CONFIG.replace("as_of = 2026-10-05\n", ""), encoding="utf-8")
    assert load_config(tmp_path).as_of == dt.date.today().isoformat()  # as_of defaults to today


def test_a_string_or_toml_date_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "briefgen.toml").write_text(GOOD_CONFIG.replace("2026-10-05", '"2026-10-05"'), encoding="utf-8")
    assert load_config(tmp_path).as_of == "2026-10-05"
    (tmp_path / "briefgen.toml").write_text(GOOD_CONFIG, encoding="utf-8")
    config = load_config(tmp_path)
    assert (config.as_of, config.audiences, config.formats, config.max_source_mb) == (
        "2026-10-05", ("investor",), ("md",), 50.0)


def test_config_reports_wrong_types_and_unknown_keys_at_once_each_with_its_line(tmp_path: Path) -> None:
    text = """\
[brief]
title = 5
as_of = 2026-10-05
colour = "blue"

[build]
audiences = "investor"
formats = ["md", "rtf"]
page_size = "A5"

[ingest]
max_source_mb = "big"

[build2]
x = 1
"""
    message = config_error(tmp_path, text)
    expected = [
        ("brief.title", 2, "text"),
        ("brief.colour", 4, "unknown key"),
        ("build.audiences", 7, "list"),
        ("build.formats", 8, "'rtf'"),
        ("build.page_size", 9, "A4"),
        ("ingest.max_source_mb", 12, "number"),
        ("build2", 14, "unknown table"),
    ]
    first_named_rest_counted(message, [(f"briefgen.toml:{line}: {key}", what) for key, line, what in expected])
    assert message.endswith("fix these and run again")


def test_config_errors_on_the_command_line_are_one_line(example: Path) -> None:
    config = example / "briefgen.toml"
    config.write_text(config.read_text(encoding="utf-8") + "\n[ingest]\nmax_source_mb = nan\n", encoding="utf-8")
    line = one_line_error(run("build", "-w", str(example), "--format", "md"))
    assert "briefgen.toml:" in line and "ingest.max_source_mb" in line


def test_toml_syntax_errors_name_the_line(tmp_path: Path) -> None:
    message = config_error(tmp_path, GOOD_CONFIG + "[ingest]\nmax_source_mb = \n")
    assert message == "briefgen.toml:9: not valid TOML (Invalid value); fix the syntax"


def test_non_utf8_config_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "briefgen.toml").write_bytes(GOOD_CONFIG.replace("Harbor", "H\xe4rbor").encode("latin-1"))
    with pytest.raises(ConfigError, match=r"^briefgen.toml: not UTF-8"):
        load_config(tmp_path)


# -- audience profiles -------------------------------------------------------------------------


def write_profile(workspace: Path, text: str | bytes, name: str = "board") -> Path:
    folder = workspace / "templates" / "audiences"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def profile_error(tmp_path: Path, text: str | bytes) -> str:
    (tmp_path / "briefgen.toml").write_text(GOOD_CONFIG, encoding="utf-8")
    write_profile(tmp_path, text)
    with pytest.raises(TemplateError) as info:
        load_profile(load_config(tmp_path), "board")
    return info.value.message


BAD_PROFILE = """\
description = "Board members"
colour = "blue"
weights = 3

[[sections]]
id = "summary"
title = "Summary"
max_items = "x"

[[sections]]
id = "numbers"
title = "Numbers"
style = "chart"
kinds = ["fact", "rumour"]
flavour = 1
"""


def test_profile_reports_every_problem_with_its_line(tmp_path: Path) -> None:
    message = profile_error(tmp_path, BAD_PROFILE)
    assert message.startswith("templates/audiences/board.toml:")
    expected = [
        ("colour", 2, "unknown key"),
        ("weights", 3, "table"),
        ("sections[1].max_items", 8, "whole number"),
        ("sections[2].style", 13, "bullets"),
        ("sections[2].kinds", 14, "'rumour'"),
        ("sections[2].flavour", 15, "unknown key"),
    ]
    first_named_rest_counted(message, [(f"board.toml:{line}: {key}", what) for key, line, what in expected])


def test_profile_sections_and_weights_must_have_the_right_shape(tmp_path: Path) -> None:
    message = profile_error(tmp_path, 'sections = 5\n[weights.kinds]\nfact = "high"\n')
    assert "board.toml:1: sections: expected a list" in message
    assert "board.toml:3: weights.kinds.fact: expected a number (got 'high')" in message


def test_non_utf8_profile_is_one_line(tmp_path: Path) -> None:
    message = profile_error(tmp_path, 'description = "Vorst\xe4nde"\n'.encode("latin-1"))
    assert "board.toml: not UTF-8" in message and "\n" not in message


def test_a_good_profile_still_loads(tmp_path: Path) -> None:
    (tmp_path / "briefgen.toml").write_text(GOOD_CONFIG, encoding="utf-8")
    write_profile(tmp_path, '[weights.kinds]\nfact = 1\n[[sections]]\nid = "a"\ntitle = "A"\nkinds = ["fact"]\n')
    profile = load_profile(load_config(tmp_path), "board")
    assert profile.kind_weights == (("fact", 1.0),)
    assert [(s.id, s.style, s.kinds, s.max_items) for s in profile.sections] == [("a", "bullets", ("fact",), 5)]


# -- theme lexicon -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[themes]\nmarkets = [\"market*\"\n", "not valid TOML"),
        ("[themes]\nmarkets = 5\n", "themes.toml:2: themes.markets: expected a list"),
        ("[themes]\nmarkets = [\"market*\", 3]\n", "themes.toml:2: themes.markets[2]: expected text (got 3)"),
        ("[themes]\nmarkets = []\n", "themes.toml:2: themes.markets: "),
        ("[themes]\nmarkets = [\"*\"]\n", "themes.toml:2: themes.markets[1]: "),
        (b"[themes]\nm\xe4rkte = [\"x\"]\n", "themes.toml: not UTF-8"),
    ],
)
def test_a_malformed_lexicon_is_one_line_naming_the_file(other: Path, text: str | bytes, needle: str) -> None:
    path = other / "templates" / "themes.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    line = one_line_error(run("notes", "-w", str(other)))
    assert needle in line, line
    assert line.startswith("briefgen: error: ")


def test_lexicon_problems_point_at_the_theme_after_multi_line_lists(other: Path) -> None:
    shipped = (Path(__file__).resolve().parent.parent / "templates" / "themes.toml").read_text(encoding="utf-8")
    text = shipped + 'weather = ["storm*", ""]\n'
    (other / "templates" / "themes.toml").write_text(text, encoding="utf-8")
    line = one_line_error(run("notes", "-w", str(other)))
    assert f"themes.toml:{len(text.splitlines())}: themes.weather[2]: " in line and "(got '')" in line


# -- sources/sources.toml ----------------------------------------------------------------------


def sidecar_error(other: Path, text: str | bytes) -> str:
    path = other / "sources" / "sources.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_sidecar(load_config(other))
    return info.value.message


def test_sidecar_reports_non_tables_unknown_keys_and_wrong_types_at_once(other: Path) -> None:
    text = """\
title = "Rates"

["harbor-council.txt"]
title = 12
publisher = "Harbor Gazette"
date = 2026
colour = "red"

["harbor-critics.txt"]
date = "2026-13-45"
"""
    message = sidecar_error(other, text)
    expected = [
        (1, '["title"]', "table"),
        (4, '["harbor-council.txt"].title', "expected text (got 12)"),
        (6, '["harbor-council.txt"].date', "date"),
        (7, '["harbor-council.txt"].colour', "unknown key"),
        (10, '["harbor-critics.txt"].date', "'2026-13-45'"),
    ]
    first_named_rest_counted(message, [(f"sources/sources.toml:{line}: {key}", what) for line, key, what in expected])


def test_sidecar_dates_may_be_toml_dates_or_text(other: Path) -> None:
    path = other / "sources" / "sources.toml"
    path.write_text('["harbor-council.txt"]\ndate = 2026-10-01\n["harbor-critics.txt"]\ndate = "October 2026"\n',
                    encoding="utf-8")
    sidecar = load_sidecar(load_config(other))
    assert sidecar["harbor-council.txt"]["date"] == "2026-10-01"
    assert sidecar["harbor-critics.txt"]["date"] == "October 2026"


def test_non_utf8_sidecar_is_one_line(other: Path) -> None:
    message = sidecar_error(other, '["harbor-council.txt"]\npublisher = "G\xe4zette"\n'.encode("latin-1"))
    assert message.startswith("sources/sources.toml: not UTF-8") and "\n" not in message
    line = one_line_error(run("build", "-w", str(other), "--format", "md"))
    assert "sources/sources.toml: not UTF-8" in line


# -- notes files -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small workspace after `briefgen notes` (copied per test by `notes_ws`)."""
    from briefgen.workspace import init_workspace

    target = tmp_path_factory.mktemp("schema") / "ws"
    init_workspace(target, today="2026-10-05")
    for path in (FIXTURES / "other").iterdir():
        shutil.copy(path, target / "sources" / path.name)
    done = subprocess.run([sys.executable, "-m", "briefgen", "notes", "-w", str(target)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return target


@pytest.fixture
def notes_ws(refreshed: Path, tmp_path: Path) -> Path:
    target = tmp_path / "ws"
    shutil.copytree(refreshed, target)
    return target


def edit_note(text: str, index: int, key: str, value: str) -> str:
    """*text* with `key: value` set in the index-th note (0-based) of a notes file."""
    lines = text.splitlines()
    starts = [n for n, line in enumerate(lines) if line.startswith("  - id: ")]
    start, end = starts[index], (starts[index + 1] if index + 1 < len(starts) else len(lines))
    for n in range(start, end):
        if re.match(rf"\s*(- )?{key}:", lines[n]):
            prefix = lines[n][: lines[n].index(f"{key}:")]
            lines[n] = f"{prefix}{key}: {value}"
            while n + 1 < len(lines) and len(lines[n + 1]) - len(lines[n + 1].lstrip()) > len(prefix):
                del lines[n + 1]  # the old value's nested lines
            return "\n".join(lines) + "\n"
    lines.insert(end, f"    {key}: {value}")
    return "\n".join(lines) + "\n"


def note_line(text: str, index: int, key: str) -> int:
    lines = text.splitlines()
    start = [n for n, line in enumerate(lines) if line.startswith("  - id: ")][index]
    return next(n + 1 for n in range(start, len(lines)) if re.match(rf"\s*(- )?{key}:", lines[n]))


def test_wrong_types_in_notes_are_all_reported_with_their_lines(notes_ws: Path) -> None:
    path = notes_ws / "notes" / "harbor-council.yaml"
    text = path.read_text(encoding="utf-8")
    text = edit_note(text, 0, "at", "[1, 2]")
    text = edit_note(text, 0, "audiences", "[1, 2]")
    text = edit_note(text, 1, "themes", "5")
    text = edit_note(text, 1, "score", "high")
    text = edit_note(text, 2, "figures", "3")
    text = edit_note(text, 2, "entities", "[{type: person}]")
    text = edit_note(text, 3, "status", "maybe")
    text = edit_note(text, 3, "kind", "rumour")
    path.write_text(text, encoding="utf-8")
    ids = re.findall(r"^  - id: (\S+)", text, re.MULTILINE)
    expected = [
        (0, "at", "a mapping"),
        (0, "audiences", "a mapping"),
        (1, "themes", "a list"),
        (1, "score", "a number (got 'high')"),
        (2, "figures", "a list"),
        (2, "entities", "name"),
        (3, "status", "auto, pinned, dropped, edited"),
        (3, "kind", "fact, figure, quote, opinion, forecast"),
    ]
    for command in ("check", "build"):
        line = one_line_error(run(command, "-w", str(notes_ws), "--audience", "investor", "--format", "md")
                              if command == "build" else run(command, "-w", str(notes_ws)))
        first_named_rest_counted(line, [(f"notes/harbor-council.yaml:{note_line(text, index, key)}: note {ids[index]}: {key}", what)
                                        for index, key, what in expected])


def test_duplicate_note_ids_in_one_file_are_reported(notes_ws: Path) -> None:
    path = notes_ws / "notes" / "harbor-council.yaml"
    text = path.read_text(encoding="utf-8")
    ids = re.findall(r"^  - id: (\S+)", text, re.MULTILINE)
    text = text.replace(f"  - id: {ids[1]}\n", f"  - id: {ids[0]}\n")
    path.write_text(text, encoding="utf-8")
    line = one_line_error(run("check", "-w", str(notes_ws)))
    first, second = [n for n, row in enumerate(text.splitlines(), 1) if row == f"  - id: {ids[0]}"]
    assert f"notes/harbor-council.yaml:{second}: note {ids[0]}: " in line
    assert f"notes/harbor-council.yaml:{first}" in line


def test_a_note_copied_into_another_file_does_not_silently_replace_it(notes_ws: Path) -> None:
    council = notes_ws / "notes" / "harbor-council.yaml"
    critics = notes_ws / "notes" / "harbor-critics.yaml"
    council_text = council.read_text(encoding="utf-8")
    pinned = re.findall(r"^  - id: (\S+)", council_text, re.MULTILINE)[0]
    council.write_text(edit_note(council_text, 0, "status", "pinned"), encoding="utf-8")
    critics_text = critics.read_text(encoding="utf-8")
    victim = re.findall(r"^  - id: (\S+)", critics_text, re.MULTILINE)[0]
    critics_text = critics_text.replace(f"  - id: {victim}\n", f"  - id: {pinned}\n")
    critics.write_text(critics_text, encoding="utf-8")
    for args in (("check",), ("build", "--audience", "investor", "--format", "md")):
        line = one_line_error(run(*args, "-w", str(notes_ws)))
        assert f"notes/harbor-critics.yaml:{line_of(critics_text, pinned)}: note {pinned}: " in line
        assert f"notes/harbor-council.yaml:{line_of(council_text, pinned)}" in line


def test_unknown_keys_in_a_note_are_reported_with_the_known_ones(notes_ws: Path) -> None:
    path = notes_ws / "notes" / "harbor-council.yaml"
    text = edit_note(path.read_text(encoding="utf-8"), 0, "stauts", "pinned")
    path.write_text(text, encoding="utf-8")
    line = one_line_error(run("check", "-w", str(notes_ws)))
    assert f"harbor-council.yaml:{note_line(text, 0, 'stauts')}: " in line and "stauts: unknown key" in line
    assert "status" in line.split("known: ")[1]


def test_valid_analyst_notes_still_pass(notes_ws: Path) -> None:
    path = notes_ws / "notes" / "harbor-council.yaml"
    text = path.read_text(encoding="utf-8")
    quote = re.findall(r"^    quote: (.+)$", text, re.MULTILINE)[0]
    text += (f"  - id: a-mine\n    status: edited\n    text: 2024\n    themes: [outlook]\n"
             f"    evidence: [{{quote: \"{quote}\"}}]\n")
    path.write_text(text, encoding="utf-8")
    result = run("check", "-w", str(notes_ws))
    assert result.exit_code == 0, result.output



def test_an_error_line_names_the_first_problems_each_cut_short_and_counts_the_rest() -> None:
    from briefgen.schema import LINE_CHARS, SHOWN_PROBLEMS, one_line

    problems = [f"notes/a.yaml:{n}: at.start: expected a number (got {'9' * 5000})" for n in range(1, SHOWN_PROBLEMS + 5)]
    line = one_line(problems, "fix the notes file and run again")
    assert line.startswith("notes/a.yaml:1: at.start:") and line.count("notes/a.yaml:") == 1
    assert line.endswith(f"; and {SHOWN_PROBLEMS + 3} more — fix the notes file and run again")
    assert len(line) <= LINE_CHARS and "\n" not in line
    assert one_line(["a: bad"], "fix it") == "a: bad — fix it"
    short = [f"notes/a.yaml:{n}: kind: bad" for n in range(1, 20)]
    assert one_line(short, "fix it").count("notes/a.yaml:") == SHOWN_PROBLEMS


@given(st.lists(st.text(min_size=1, max_size=30) | st.text(min_size=80, max_size=700), min_size=1, max_size=40),
       st.text(max_size=60))
def test_an_error_line_stays_under_500_characters_names_the_first_problem_and_counts_every_other(
        problems: list[str], advice: str) -> None:
    from briefgen.schema import one_line

    line = one_line(problems, advice)
    assert len("briefgen: error: " + line) <= 500
    assert line.startswith(problems[0]) or problems[0].startswith(line.split("…")[0][:20])
    shown = len(problems) - int(m.group(1)) if (m := re.search(r"; and (\d+) more — ", line)) else len(problems)
    assert 1 <= shown <= len(problems)


def test_a_profile_with_thousands_of_empty_sections_is_refused_in_one_line_naming_file_and_line(tmp_path: Path) -> None:
    text = "# a generated profile\n" + "".join(f'[[sections]]\nid = "part{i}"\ntitle = ""\n' for i in range(10_000))
    message = profile_error(tmp_path, text)
    assert "board.toml:2: sections:" in message and "at most 100" in message and "\n" not in message
