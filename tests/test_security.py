"""A workspace from someone else cannot harm the machine: no code run from a template, no
read outside the workspace, no fetch, no hang or memory blow-up on special files, no lost
outputs or notes when two runs meet."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from briefgen.cli import main

SECRET = "SECRET-OUTSIDE-THE-WORKSPACE"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def one_line_error(result: Any, *needles: str) -> str:
    """The single error line of a failed run (exit 1), which names every needle."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    for needle in needles:
        assert needle in lines[0], lines[0]
    return str(lines[0])


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace on another subject with notes taken and outputs built once."""
    from briefgen.workspace import init_workspace

    target = tmp_path_factory.mktemp("prepared") / "ws"
    init_workspace(target, today="2026-10-05")
    for path in (FIXTURES / "other").iterdir():
        shutil.copy(path, target / "sources" / path.name)
    result = run("build", "-w", str(target), "--audience", "all", "--format", "md")
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture
def ws(prepared: Path, tmp_path: Path) -> Path:
    """A fresh copy of the prepared workspace (notes and cache included, so builds are quick),
    next to a folder outside it holding a secret."""
    target = tmp_path / "ws"
    shutil.copytree(prepared, target, symlinks=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    return target


def _template(ws: Path, text: str, name: str = "audiences/investor.md.j2") -> Path:
    path = ws / "templates" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _build_md(ws: Path, audience: str = "investor") -> Any:
    return run("build", "-w", str(ws), "--audience", audience, "--format", "md")


# -- 1. templates run in Jinja's sandbox ---------------------------------------------------

ESCAPES = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].listdir('/') }}",
    "{{ ''.__class__.__mro__ }}",
    "{{ ().__class__.__base__.__subclasses__() }}",
    "{{ brief.__class__.__init__.__globals__ }}",
    "{{ '{0.__class__.__init__.__globals__}'.format(brief) }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
]


@pytest.mark.parametrize("payload", ESCAPES)
def test_template_cannot_reach_python_internals(ws: Path, payload: str) -> None:
    before = (ws / "output" / "investor.md").read_bytes()
    _template(ws, "# Brief\n\n" + payload + "\n")
    line = one_line_error(_build_md(ws), "templates/audiences/investor.md.j2:3:")
    assert "uid=" not in line and "sandbox" in line
    assert (ws / "output" / "investor.md").read_bytes() == before


@pytest.mark.parametrize(
    ("body", "needles"),
    [
        ("{{ 1/0 }}", ("division by zero",)),
        ('{{ 1 + "a" }}', ("unsupported operand",)),
        ('{% extends "audiences/investor.md.j2" %}', ("extends itself", "!default/audiences/investor.md.j2")),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", ("calls itself",)),
    ],
)
def test_template_runtime_errors_are_one_line(ws: Path, body: str, needles: tuple[str, ...]) -> None:
    _template(ws, "# Brief\n\n" + body + "\n")
    one_line_error(_build_md(ws), "templates/audiences/investor.md.j2:3:", *needles)


@pytest.mark.parametrize("body", ["{% if true %}" * 3000 + "x" + "{% endif %}" * 3000,
                                  "{{ " + "(" * 20_000 + "1" + ")" * 20_000 + " }}",
                                  "{{ brief.title" + "|lower" * 20_000 + " }}"])
def test_template_nested_too_deep_to_parse_names_its_file(ws: Path, body: str) -> None:
    # Python's stack ran out in Jinja's parser or compiler: no template line on the stack, and
    # no recursion in the template either.
    _template(ws, body)
    line = one_line_error(_build_md(ws), "templates/audiences/investor.md.j2", "nested too deeply")
    assert "calls itself" not in line


def test_included_template_nested_too_deep_is_the_one_named(ws: Path) -> None:
    (ws / "templates" / "deep.md.j2").write_text("{{ brief.title" + "|lower" * 20_000 + " }}", encoding="utf-8")
    _template(ws, '# Brief\n\n{% include "deep.md.j2" %}\n')
    one_line_error(_build_md(ws), "templates/deep.md.j2:", "nested too deeply")


def test_override_extending_its_default_still_works(ws: Path) -> None:
    _template(ws, '{% extends "!default/audiences/investor.md.j2" %}\n')
    result = _build_md(ws)
    assert result.exit_code == 0, result.output
    assert "## " in (ws / "output" / "investor.md").read_text(encoding="utf-8")


# -- 2. template files may not leave their folder -------------------------------------------

def test_template_symlink_outside_is_refused(ws: Path) -> None:
    link = ws / "templates" / "audiences" / "investor.md.j2"
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(ws.parent / "outside" / "secret.txt")
    line = one_line_error(_build_md(ws), "templates/audiences/investor.md.j2", "outside")
    assert SECRET not in line
    assert SECRET not in (ws / "output" / "investor.md").read_text(encoding="utf-8")


def test_template_include_of_an_outside_symlink_is_refused(ws: Path) -> None:
    (ws / "templates" / "leak.md.j2").symlink_to(Path("/etc/passwd"))
    _template(ws, '{% include "leak.md.j2" %}\n{% include "../../outside/secret.txt" %}\n')
    line = one_line_error(_build_md(ws), "leak.md.j2")
    assert "root:" not in line


def test_template_symlink_inside_the_workspace_is_allowed(ws: Path) -> None:
    (ws / "templates" / "shared").mkdir()
    (ws / "templates" / "shared" / "inv.md.j2").write_text("# Mine {{ meta.title }}\n", encoding="utf-8")
    (ws / "templates" / "audiences").mkdir(exist_ok=True)
    (ws / "templates" / "audiences" / "investor.md.j2").symlink_to(ws / "templates" / "shared" / "inv.md.j2")
    result = _build_md(ws)
    assert result.exit_code == 0, result.output
    assert (ws / "output" / "investor.md").read_text(encoding="utf-8").startswith("# Mine")


@pytest.mark.parametrize("name", ["brief.css", "themes.toml", "audiences/investor.toml"])
def test_other_template_files_symlinked_outside_are_refused(ws: Path, name: str) -> None:
    from briefgen.audiences import find_file
    from briefgen.errors import TemplateError
    from briefgen.workspace import load_config

    link = ws / "templates" / name
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(ws.parent / "outside" / "secret.txt")
    with pytest.raises(TemplateError, match="outside"):
        find_file(load_config(ws), name)
    fmt = "html" if name.endswith(".css") else "md"
    result = run("build", "-w", str(ws), "--audience", "investor", "--format", fmt)
    line = one_line_error(result, f"templates/{name}")
    assert SECRET not in line


def test_non_utf8_template_and_stylesheet_are_one_line(ws: Path) -> None:
    path = ws / "templates" / "audiences" / "investor.md.j2"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"# Caf\xe9 {{ meta.title }}\n")
    one_line_error(_build_md(ws), "templates/audiences/investor.md.j2", "UTF-8")
    path.unlink()
    (ws / "templates" / "brief.css").write_bytes(b"body { font-family: 'Caf\xe9'; }\n")
    one_line_error(run("build", "-w", str(ws), "--audience", "investor", "--format", "html"),
                   "templates/brief.css", "UTF-8")


# -- 3. workspace folders that are symlinks ---------------------------------------------------

@pytest.mark.parametrize("folder", ["sources", "templates", "notes", "output", ".briefgen-cache"])
def test_workspace_folder_symlinked_outside_is_refused(ws: Path, folder: str) -> None:
    moved = ws.parent / "outside" / folder.strip(".")
    shutil.move(ws / folder, moved)
    (ws / folder).symlink_to(moved, target_is_directory=True)
    line = one_line_error(_build_md(ws), f"{folder}/", "outside the workspace")
    assert "symlink" in line


@pytest.mark.parametrize("link", ["notes-base", "drafts/harbor-council.json"])
def test_cache_entry_symlinked_outside_is_refused_and_nothing_is_written_there(ws: Path, link: str) -> None:
    outside = ws.parent / "outside" / "mine"
    outside.mkdir()
    path = ws / ".briefgen-cache" / link
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
    # a folder of the user's, or a file of theirs not there yet: writing through either escapes
    path.symlink_to(outside if link == "notes-base" else outside / "made.json")
    (ws / "sources" / "harbor-council.txt").write_text(  # a changed source: drafts and bases are written
        (ws / "sources" / "harbor-council.txt").read_text(encoding="utf-8") + "\nThe mayor signed it on Friday.\n",
        encoding="utf-8")
    line = one_line_error(_build_md(ws), f".briefgen-cache/{link}", "outside the workspace")
    assert "delete .briefgen-cache/" in line
    assert list(outside.iterdir()) == []


def test_cache_entry_symlinked_inside_is_allowed(ws: Path) -> None:
    base = ws / ".briefgen-cache" / "notes-base"
    shutil.move(base, ws / ".briefgen-cache" / "bases")
    base.symlink_to(ws / ".briefgen-cache" / "bases", target_is_directory=True)
    assert _build_md(ws).exit_code == 0


def test_workspace_folder_symlinked_inside_is_allowed(ws: Path) -> None:
    shutil.move(ws / "sources", ws / "data")
    (ws / "sources").symlink_to(ws / "data", target_is_directory=True)
    result = _build_md(ws)
    assert result.exit_code == 0, result.output


# -- 4. special files in sources/ -------------------------------------------------------------

def _notes_in_subprocess(ws: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    def limit_memory() -> None:  # pragma: no cover - runs in the child
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (6 * 1024**3, 6 * 1024**3))

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "briefgen", "build", "--format", "md", "--audience", "investor",
                           "-w", str(ws)], capture_output=True, text=True, timeout=timeout, env=env,
                          preexec_fn=limit_memory)


@pytest.mark.parametrize("kind", ["dev-zero", "fifo-link", "fifo", "loop", "dir-loop", "outside-link"])
def test_special_source_files_are_left_out_with_a_warning(ws: Path, kind: str) -> None:
    sources = ws / "sources"
    if kind == "dev-zero":
        (sources / "z.txt").symlink_to("/dev/zero")
    elif kind == "fifo-link":
        os.mkfifo(ws.parent / "outside" / "pipe")
        (sources / "z.txt").symlink_to(ws.parent / "outside" / "pipe")
    elif kind == "fifo":
        os.mkfifo(sources / "z.txt")
    elif kind == "loop":
        (sources / "z.txt").symlink_to(sources / "y.txt")
        (sources / "y.txt").symlink_to(sources / "z.txt")
    elif kind == "dir-loop":
        (sources / "sub").mkdir()
        (sources / "sub" / "z").symlink_to(sources, target_is_directory=True)
    else:
        (sources / "z.txt").symlink_to(ws.parent / "outside" / "secret.txt")
    started = time.monotonic()
    done = _notes_in_subprocess(ws)
    assert time.monotonic() - started < 30
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    warnings = [line for line in done.stderr.splitlines() if "sources/" in line and "/z" in line]
    assert len(warnings) == 1 and warnings[0].startswith("briefgen: warning: skipped sources/"), done.stderr
    assert SECRET not in (ws / "output" / "investor.md").read_text(encoding="utf-8")


def test_source_hashes_do_not_read_special_files(ws: Path) -> None:
    from briefgen.ingest import source_hashes
    from briefgen.workspace import load_config

    os.mkfifo(ws.parent / "outside" / "pipe")
    (ws / "sources" / "a.txt").symlink_to(ws.parent / "outside" / "pipe")
    (ws / "sources" / "b.txt").symlink_to("/dev/zero")
    (ws / "sources" / "c.txt").symlink_to(ws.parent / "outside" / "secret.txt")
    started = time.monotonic()
    hashes, _ = source_hashes(load_config(ws))
    assert time.monotonic() - started < 5
    found = dict(hashes)
    assert found["sources/a.txt"] == found["sources/b.txt"] == found["sources/c.txt"] == ""


# -- 5. outputs replaced together -------------------------------------------------------------

def _mark_outputs(ws: Path) -> dict[str, bytes]:
    old = {}
    for name in ("executive.md", "investor.md"):
        (ws / "output" / name).write_text(f"old {name}\n", encoding="utf-8")
        old[name] = (ws / "output" / name).read_bytes()
    return old


def test_failed_output_write_leaves_every_old_output(ws: Path) -> None:
    old = _mark_outputs(ws)
    (ws / "output" / "policy.md").unlink()
    (ws / "output" / "policy.md").mkdir()  # in the way of one output
    result = run("build", "-w", str(ws), "--audience", "all", "--format", "md")
    one_line_error(result, "output/policy.md")
    for name, data in old.items():
        assert (ws / "output" / name).read_bytes() == data
    assert sorted(p.name for p in (ws / "output").iterdir()) == ["executive.md", "investor.md", "policy.md"]


def test_failed_rename_restores_outputs_already_replaced(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefgen.workspace

    old = _mark_outputs(ws)
    real_replace = os.replace
    calls: list[str] = []

    def failing_replace(src: Any, dst: Any) -> None:
        if Path(dst).name == "policy.md":
            calls.append(str(dst))
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(briefgen.workspace.os, "replace", failing_replace)
    result = run("build", "-w", str(ws), "--audience", "all", "--format", "md")
    monkeypatch.undo()
    one_line_error(result, "output/policy.md", "No space left")
    assert calls
    for name, data in old.items():
        assert (ws / "output" / name).read_bytes() == data
    assert sorted(p.name for p in (ws / "output").iterdir()) == ["executive.md", "investor.md", "policy.md"]


def test_output_file_symlinked_outside_is_not_written_through(ws: Path) -> None:
    target = ws.parent / "outside" / "secret.txt"
    (ws / "output" / "investor.md").unlink()
    (ws / "output" / "investor.md").symlink_to(target)
    result = _build_md(ws)
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == f"{SECRET}\n"
    assert not (ws / "output" / "investor.md").is_symlink()


def test_history_folder_of_one_audience_symlinked_outside_is_refused_and_nothing_is_written(ws: Path) -> None:
    outside = ws.parent / "outside"
    before = sorted(p.name for p in outside.iterdir())
    old = _mark_outputs(ws)
    shutil.rmtree(ws / "history" / "investor", ignore_errors=True)
    (ws / "history").mkdir(exist_ok=True)
    (ws / "history" / "investor").symlink_to(outside)
    result = run("build", "-w", str(ws), "--audience", "all", "--format", "md")
    one_line_error(result, "history/investor/", "outside the workspace")
    assert sorted(p.name for p in outside.iterdir()) == before
    for name, data in old.items():
        assert (ws / "output" / name).read_bytes() == data


# -- 6. one run at a time per workspace -------------------------------------------------------

_HOLDER = """
import sys, time
from pathlib import Path
from briefgen.lock import workspace_lock
from briefgen.workspace import load_config
with workspace_lock(load_config(sys.argv[1])):
    Path(sys.argv[2]).write_text("held")
    deadline = time.monotonic() + float(sys.argv[3])
    # Held for the given seconds, or until the test says "release" (it has seen the waiting run).
    while time.monotonic() < deadline and not Path(sys.argv[2] + ".release").exists():
        time.sleep(0.02)
print(time.time())
"""


def _hold_lock(ws: Path, seconds: float) -> subprocess.Popen[str]:
    ready = ws.parent / "held"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(ws), str(ready), str(seconds)],
                              stdout=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 30
    while not ready.exists():
        assert time.monotonic() < deadline and holder.poll() is None, "the lock holder did not start"
        time.sleep(0.05)
    return holder


@pytest.mark.parametrize("command", [["notes"], ["build", "--format", "md"], ["check"]])
def test_second_run_waits_for_the_first(ws: Path, command: list[str]) -> None:
    # The lock is held until the second run says it waits (at most 60 s), however slowly that run
    # starts on a busy machine; then released, and the second run must go on and finish after it.
    holder = _hold_lock(ws, 60.0)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = subprocess.Popen([sys.executable, "-m", "briefgen", *command, "-w", str(ws)], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, env=env)
    assert run.stderr is not None
    seen = []
    for line in run.stderr:  # ends when the run ends: a run that never waits fails below, after the 60 s
        seen.append(line)
        if "waiting for another briefgen run in this workspace" in line:
            (ws.parent / "held.release").write_text("go")
            break
    out, rest = run.communicate(timeout=120)
    finished = time.time()
    released = float(holder.communicate(timeout=30)[0])
    stderr = "".join(seen) + rest
    assert run.returncode == 0, stderr
    assert stderr.count("waiting for another briefgen run in this workspace") == 1, stderr
    assert finished >= released


def test_lock_timeout_is_one_line(ws: Path) -> None:
    from briefgen.errors import BriefgenError
    from briefgen.lock import workspace_lock
    from briefgen.workspace import load_config

    holder = _hold_lock(ws, 3.0)
    try:
        with pytest.raises(BriefgenError) as caught, workspace_lock(load_config(ws), timeout=0.3):
            pass
        assert "\n" not in caught.value.message and ".briefgen-cache/lock" in caught.value.message
    finally:
        holder.communicate(timeout=30)
    with workspace_lock(load_config(ws), timeout=0.3):  # free again
        pass


def test_concurrent_notes_runs_keep_the_analysts_edit(ws: Path) -> None:
    notes_file = next(p for p in sorted((ws / "notes").glob("*.yaml")) if not p.name.startswith("_"))
    text = notes_file.read_text(encoding="utf-8")
    assert "status: auto" in text
    notes_file.write_text(text.replace("status: auto", "status: pinned", 1), encoding="utf-8")
    (ws / "sources" / "extra.txt").write_text(
        "The harbour board said on Tuesday that the new pier will open next spring after two years of work.\n",
        encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = [subprocess.Popen([sys.executable, "-m", "briefgen", "notes", "-w", str(ws)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    for process in runs:
        process.communicate(timeout=120)
        assert process.returncode == 0
    assert "status: pinned" in notes_file.read_text(encoding="utf-8")


# -- 7. YAML alias bombs ----------------------------------------------------------------------

BOMB = textwrap.dedent("""\
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
    """)
MERGE_BOMB = textwrap.dedent("""\
    a: &a {a1: 1, a2: 2, a3: 3, a4: 4, a5: 5, a6: 6, a7: 7, a8: 8, a9: 9}
    b: &b {<<: [*a, *a, *a, *a, *a, *a, *a, *a, *a]}
    c: &c {<<: [*b, *b, *b, *b, *b, *b, *b, *b, *b]}
    d: &d {<<: [*c, *c, *c, *c, *c, *c, *c, *c, *c]}
    e: &e {<<: [*d, *d, *d, *d, *d, *d, *d, *d, *d]}
    f: &f {<<: [*e, *e, *e, *e, *e, *e, *e, *e, *e]}
    g: &g {<<: [*f, *f, *f, *f, *f, *f, *f, *f, *f]}
    h: &h {<<: [*g, *g, *g, *g, *g, *g, *g, *g, *g]}
    """)


@pytest.mark.parametrize("bomb", [BOMB, MERGE_BOMB])
@pytest.mark.parametrize("comment", ["", "# the analyst's comment\n"])
def test_alias_bomb_in_a_notes_file_is_refused_fast(ws: Path, bomb: str, comment: str) -> None:
    notes_file = next(p for p in sorted((ws / "notes").glob("*.yaml")) if not p.name.startswith("_"))
    notes_file.write_text(comment + bomb + "notes: []\n", encoding="utf-8")
    (ws / "sources" / "extra.txt").write_text(  # a source change, so the notes are refreshed
        "The harbour board said on Tuesday that the new pier will open next spring after two years of work.\n",
        encoding="utf-8")
    started = time.monotonic()
    result = run("notes", "-w", str(ws))
    assert time.monotonic() - started < 10
    one_line_error(result, f"notes/{notes_file.name}:", "alias")


@pytest.mark.parametrize("bomb", [BOMB, MERGE_BOMB])
def test_alias_bomb_is_refused_by_the_notes_reader(bomb: str) -> None:
    import yaml

    from briefgen.notes import yamlfile

    started = time.monotonic()
    with pytest.raises(yaml.YAMLError, match="alias"):
        yamlfile.load(bomb)
    assert time.monotonic() - started < 0.5
    assert yamlfile.load("a: &x 1\nb: [1, 2]\n") == {"a": 1, "b": [1, 2]}  # an anchor alone is harmless


def test_alias_bomb_in_front_matter_is_a_one_line_warning(ws: Path) -> None:
    (ws / "sources" / "bomb.md").write_text(
        "---\n" + BOMB + "title: x\n---\n\nThe harbour board said on Tuesday that the new pier will open soon.\n",
        encoding="utf-8")
    started = time.monotonic()
    result = run("sources", "-w", str(ws))
    assert time.monotonic() - started < 10
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if "bomb.md" in line and "warning" in line]
    assert len(warnings) == 1 and "alias" in warnings[0] and warnings[0].startswith("briefgen: warning: sources/bomb.md:")
    assert any(line.startswith("sources/bomb.md\t") for line in result.output.splitlines())  # the source is kept


# -- 8. nothing fetched by the PDF renderer -----------------------------------------------------

def test_stylesheet_urls_are_not_fetched(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.render import pdf

    fetchers: list[Any] = []
    real = pdf._refusing_fetcher

    def recording() -> Any:
        fetcher = real()
        fetchers.append(fetcher)
        return fetcher

    monkeypatch.setattr(pdf, "_refusing_fetcher", recording)
    css = (REPO / "templates" / "brief.css").read_text(encoding="utf-8")
    (ws / "templates" / "brief.css").write_text(
        '@import "http://example.invalid/track.css";\n' + css
        + "\nbody { background: url(file:///etc/passwd); }\n"
        + f"h1::after {{ content: url(file://{ws.parent / 'outside' / 'secret.txt'}); }}\n",
        encoding="utf-8")
    result = run("build", "-w", str(ws), "--audience", "investor", "--format", "pdf")
    assert result.exit_code == 0, result.output
    blocked = {url for fetcher in fetchers for url in type(fetcher).blocked}
    assert "http://example.invalid/track.css" in blocked
    assert "file:///etc/passwd" in blocked
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(ws / "output" / "investor.pdf").pages)
    assert "root:" not in text and SECRET not in text
