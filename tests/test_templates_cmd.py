"""`briefgen templates`: the defaults can be found, listed with their blocks, and copied into
a workspace to edit; a copy never replaces the analyst's own file."""

from __future__ import annotations

import difflib
import shutil
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.workspace import init_workspace

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "other"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    init_workspace(ws, today="2026-10-05")
    for path in FIXTURES.iterdir():
        shutil.copy(path, ws / "sources" / path.name)
    return ws


def test_list_copy_and_edit_one_block(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    code, listing = run("templates", "-w", str(ws))
    assert code == 0
    rows = {line.split("\t")[0]: line for line in listing.splitlines()}
    assert "blocks: title, lede, sections, evidence, sources, sources_chart, method" in rows["brief.md.j2"]
    assert "\tdefault" in rows["audiences/investor.md.j2"]

    code, out = run("build", "-w", str(ws), "--audience", "investor", "--format", "md")
    assert code == 0, out
    before = (ws / "output" / "investor.md").read_text(encoding="utf-8")

    code, out = run("templates", "-w", str(ws), "copy", "audiences/investor.md.j2")
    assert code == 0 and "templates/audiences/investor.md.j2" in out, out
    copied = ws / "templates" / "audiences" / "investor.md.j2"
    text = copied.read_text(encoding="utf-8")
    start, end = text.index("{% block lede %}") + len("{% block lede %}"), text.index("{% endblock %}")
    copied.write_text(text[:start] + "\n*Prepared for the harbour bond committee.*\n" + text[end:], encoding="utf-8")
    code, listing = run("templates", "-w", str(ws))
    assert "yours (overrides the default)" in [r for r in listing.splitlines()
                                                if r.startswith("audiences/investor.md.j2")][0]

    code, out = run("build", "-w", str(ws), "--audience", "investor", "--format", "md")
    assert code == 0, out
    after = (ws / "output" / "investor.md").read_text(encoding="utf-8")
    changed = [line for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[:1] in "+-"]
    assert "+ *Prepared for the harbour bond committee.*" in changed
    assert all(line.startswith("+ *Prepared") or line.startswith("- *For investors") or line in ("+ ", "- ")
               for line in changed), changed


def test_copy_never_replaces_the_analysts_file_and_stays_inside(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    mine = ws / "templates" / "brief.css"
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text("/* my house style */\n", encoding="utf-8")
    code, out = run("templates", "-w", str(ws), "copy", "brief.css")
    assert code == 2 and "--force" in out and len(out.strip().splitlines()) == 1, out
    assert mine.read_text(encoding="utf-8") == "/* my house style */\n"
    code, out = run("templates", "-w", str(ws), "copy", "brief.css", "--force")
    assert code == 0 and "my house style" not in mine.read_text(encoding="utf-8")
    for name in ("../../etc/passwd", "/etc/passwd", "audiences/../../briefgen.toml", "nosuch.md.j2"):
        code, out = run("templates", "-w", str(ws), "copy", name)
        assert code == 2 and "no default template" in out and "Traceback" not in out, (name, out)
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.rmtree(ws / "templates")
    (ws / "templates").symlink_to(outside)
    for name in ("brief.md.j2", "audiences/policy.md.j2"):
        code, out = run("templates", "-w", str(ws), "copy", name)
        assert code != 0 and "outside the workspace" in out, out
    assert not any(outside.iterdir())


def test_a_misspelled_block_is_one_line_naming_template_and_line(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    override = ws / "templates" / "audiences" / "investor.md.j2"
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text('{% extends "!default/audiences/investor.md.j2" %}\n\n'
                        "{% block lede %}*Ours.*{% endblock %}\n"
                        "{% block methdo %}*Method.*{% endblock %}\n", encoding="utf-8")
    code, out = run("build", "-w", str(ws), "--audience", "investor", "--format", "md")
    assert code == 1 and len(out.strip().splitlines()) == 1, out
    assert out.startswith("briefgen: error: templates/audiences/investor.md.j2:4: block 'methdo'")
    assert "method" in out and not (ws / "output" / "investor.md").exists()
    # a block nested inside an overridden one is the override's own, and fine
    override.write_text('{% extends "!default/audiences/investor.md.j2" %}\n'
                        "{% block lede %}{% block inner %}*Ours.*{% endblock %}{% endblock %}\n", encoding="utf-8")
    code, out = run("build", "-w", str(ws), "--audience", "investor", "--format", "md")
    assert code == 0, out
    assert "*Ours.*" in (ws / "output" / "investor.md").read_text(encoding="utf-8")


def test_an_edited_template_is_used_by_the_next_build_in_the_same_process(tmp_path: Path) -> None:
    """Templates are compiled once per process (render.markdown keeps the code by the template's
    text): an analyst's edit between two builds, as `briefgen serve` does them, still shows."""
    from briefgen.render.markdown import render_template
    from briefgen.workspace import load_config

    ws = workspace(tmp_path)
    config = load_config(ws)
    mine = ws / "templates" / "note.md.j2"
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text("first {{ word }}\n", encoding="utf-8")
    assert render_template(config, "note.md.j2", word="draft") == "first draft\n"
    mine.write_text("second {{ word }}\n", encoding="utf-8")
    assert render_template(config, "note.md.j2", word="draft") == "second draft\n"
    other = tmp_path / "elsewhere"
    init_workspace(other, today="2026-10-05")
    (other / "templates" / "note.md.j2").parent.mkdir(parents=True, exist_ok=True)
    (other / "templates" / "note.md.j2").write_text("first {{ word }}\n", encoding="utf-8")
    assert render_template(load_config(other), "note.md.j2", word="copy") == "first copy\n"


@pytest.mark.parametrize("body", [
    "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}\n",
    "{% set ns = namespace(n=0) %}{% for a in range(100000) %}{% for b in range(100000) %}"
    "{% set ns.n = ns.n + 1 %}{% endfor %}{% endfor %}{{ ns.n }}\n",
])
def test_a_template_that_loops_without_end_is_stopped_with_its_file_and_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """A workspace template from someone else cannot hang the build: rendering stops after
    RENDER_SECONDS with one line naming the template and the line of the loop."""
    from briefgen.errors import TemplateError
    from briefgen.render import markdown
    from briefgen.workspace import load_config

    monkeypatch.setattr(markdown, "RENDER_SECONDS", 0.5)
    ws = workspace(tmp_path)
    mine = ws / "templates" / "loop.md.j2"
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text("Title\n" + body, encoding="utf-8")
    with pytest.raises(TemplateError) as raised:
        markdown.render_template(load_config(ws), "loop.md.j2")
    said = str(raised.value)
    assert "loop.md.j2" in said and ":2" in said and "without end" in said and "\n" not in said
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no timer left to stop a later step
    mine.write_text("fine {{ word }}\n", encoding="utf-8")
    assert markdown.render_template(load_config(ws), "loop.md.j2", word="now") == "fine now\n"


@pytest.mark.parametrize("body", [
    "{{ 'x'.ljust(5000) }}", "{{ 'x'.zfill(5000) }}", "{{ 'a\tb'.expandtabs(5000) }}", "{{ 'x'|center(5000) }}",
    "{{ 'x'|indent(5000, true) }}", "{{ '%5000d'|format(1) }}", "{{ '%05000d' % 1 }}", "{{ '%*d' % (5000, 1) }}",
    "{{ '{:>5000}'.format(1) }}", "{{ '{0:>{1}}'.format(1, 5000) }}", "{{ '{a:>{w}}'.format_map({'a': 1, 'w': 5000}) }}",
    "{% for i in range(60) %}{{ 'x' * 900 }}{% endfor %}",
])
def test_a_template_cannot_pad_or_print_its_way_to_exhausting_memory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """Widths in str methods, filters and format strings, and the whole output, are bounded
    (shrunk here so the test is cheap): one line naming the template and its line."""
    from briefgen.errors import TemplateError
    from briefgen.render import markdown
    from briefgen.workspace import load_config

    monkeypatch.setattr(markdown, "_MAX_REPEAT", 1000)
    monkeypatch.setattr(markdown, "_MAX_OUTPUT", 50_000)
    ws = workspace(tmp_path)
    mine = ws / "templates" / "wide.md.j2"
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text("Title\n" + body + "\n", encoding="utf-8")
    with pytest.raises(TemplateError) as raised:
        markdown.render_template(load_config(ws), "wide.md.j2")
    said = str(raised.value)
    assert "wide.md.j2" in said and "sandbox" in said and "\n" not in said
    small = "{{ 'x'.ljust(3) }}|{{ '%3d'|format(1) }}|{{ '{:>3}'.format(1) }}|{{ '{0:>{1}}'.format(1, 3) }}|{{ 7 % 4 }}"
    mine.write_text(small + "\n", encoding="utf-8")
    assert markdown.render_template(load_config(ws), "wide.md.j2") == "x  |  1|  1|  1|3\n"


def test_an_audience_template_without_its_profile_is_named_in_the_one_line(tmp_path: Path) -> None:
    from briefgen.audiences import load_profile
    from briefgen.errors import UsageError
    from briefgen.workspace import load_config

    ws = workspace(tmp_path)
    (ws / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    (ws / "templates" / "audiences" / "ceo.md.j2").write_text("{{ brief.title }}\n", encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        load_profile(load_config(ws), "ceo")
    said = str(raised.value)
    assert "templates/audiences/ceo.md.j2" in said and "ceo.toml" in said and "\n" not in said
    with pytest.raises(UsageError) as raised:
        load_profile(load_config(ws), "board")
    assert ".md.j2" not in str(raised.value)
