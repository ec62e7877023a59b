"""Shared fixtures: temporary copies of the example workspace and of a small other-subject one."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run (`make test`, CI), so a run's verdict is the
# code's, never the draw's; explore new draws with `pytest --hypothesis-profile=explore`.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--force-regen", action="store_true", help="Rewrite golden files from the current output.")


@pytest.fixture
def force_regen(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--force-regen"))


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A fresh copy of the repository's example workspace (sources and config; no notes, no outputs)."""
    target = tmp_path / "example"
    target.mkdir()
    shutil.copy(ROOT / "briefgen.toml", target)
    shutil.copytree(ROOT / "sources", target / "sources")
    return target


@pytest.fixture
def other(tmp_path: Path) -> Path:
    """A workspace made by `briefgen init` with news on a different subject."""
    from briefgen.workspace import init_workspace

    target = tmp_path / "other"
    init_workspace(target, today="2026-10-05")
    config = target / "briefgen.toml"  # the analyst names the story (else every build warns)
    config.write_text(config.read_text(encoding="utf-8").replace('title = "Other"', 'title = "Harbour rail link"', 1),
                      encoding="utf-8")
    for path in (FIXTURES / "other").iterdir():
        shutil.copy(path, target / "sources" / path.name)
    return target


@pytest.fixture
def news_workspace(tmp_path: Path) -> Callable[..., Any]:
    """Makes a workspace (`briefgen init`) in the folder *name* under tmp_path from *sources*,
    {file name: text}, names its story *title* when given, and opens it:
    `news_workspace("a", {"01-plan.txt": "..."}, title="Harbour fees")`."""
    import re

    import briefgen
    from briefgen.workspace import init_workspace

    def make(name: str, sources: dict[str, str], title: str = "") -> briefgen.Workspace:
        workspace = tmp_path / name / "ws"
        init_workspace(workspace)
        for file, text in sources.items():
            (workspace / "sources" / file).write_text(text, encoding="utf-8")
        if title:
            toml = workspace / "briefgen.toml"
            toml.write_text(re.sub(r'(?m)^title = "[^"]*"', lambda _: f'title = "{title}"',
                                   toml.read_text(encoding="utf-8"), count=1), encoding="utf-8")
        return briefgen.open_workspace(workspace)

    return make


@pytest.fixture
def printed() -> Callable[..., list[str]]:
    """`printed(ws, cited=False)`: every statement the three briefs of workspace *ws* print
    (Key figures aside, the Timeline's included), and with *cited* every quote they cite too
    (a statement whose figure a Key figures row shows is printed only as that row's evidence)."""

    def statements(ws: Any, cited: bool = False) -> list[str]:
        texts: list[str] = []
        for audience in ("executive", "investor", "policy"):
            brief = ws.compose(audience)
            texts += [item.text for section in brief.sections if section.style != "figures" for item in section.items]
            texts += [citation.quote for citation in brief.citations] if cited else []
        return texts

    return statements


@pytest.fixture
def opening_of(news_workspace: Callable[[str, dict[str, str]], Any]) -> Callable[[dict[str, str]], list[str]]:
    """`opening_of(files)`: the statements of the executive brief's opening section for a workspace
    made from *files* ({file name: text}, `news_workspace`)."""

    def first_section(files: dict[str, str]) -> list[str]:
        brief = news_workspace("opening", files).compose("executive")
        return [item.text for item in brief.sections[0].items]

    return first_section


@pytest.fixture
def cli_build(tmp_path: Path) -> Callable[..., tuple[Path, dict[str, str]]]:
    """`cli_build(sources, today, audience="all", title="", check=False)`: a workspace made by
    `briefgen init` (dated *today*) in tmp_path/ws, or the one a call before made there, with
    *sources* ({file name: text}) written in and the story titled *title* when given, built by the
    CLI (`build --audience AUDIENCE --format md`, which must succeed) and with *check* checked by
    `briefgen check` (which must pass). Gives the workspace and each brief's text before its
    Evidence: {audience: text}."""
    from click.testing import CliRunner

    from briefgen.cli import main
    from briefgen.workspace import init_workspace

    def build(sources: dict[str, str], today: str, audience: str = "all", title: str = "",
              check: bool = False) -> tuple[Path, dict[str, str]]:
        workspace = tmp_path / "ws"
        if not workspace.exists():
            init_workspace(workspace, today=today)
        for name, text in sources.items():
            (workspace / "sources" / name).write_text(text, encoding="utf-8")
        if title:
            toml = workspace / "briefgen.toml"
            toml.write_text(toml.read_text(encoding="utf-8").replace('title = "Ws"', f'title = "{title}"', 1),
                            encoding="utf-8")
        result = CliRunner().invoke(main, ["build", "-w", str(workspace), "--audience", audience, "--format", "md"])
        assert result.exit_code == 0, result.output
        if check:
            checked = CliRunner().invoke(main, ["check", "-w", str(workspace)])
            assert checked.exit_code == 0, checked.output
        audiences = ("executive", "investor", "policy") if audience == "all" else (audience,)
        return workspace, {a: (workspace / "output" / f"{a}.md").read_text(encoding="utf-8").split("## Evidence", 1)[0]
                           for a in audiences}

    return build


@pytest.fixture
def voice_shown() -> Callable[..., str | None]:
    """How a brief shows *quote* from a source with the metadata *meta* (`compose._voice_named`): the quote,
    its writer's first person named in a bracket, or None when it is left out."""
    from briefgen.compose import _voice_named
    from briefgen.models import Note, SourceDoc, SourceMeta, Span

    def shown(quote: str, **meta: str) -> str | None:
        head = f"By {meta.get('author') or 'Staff'} | {meta['publisher']}\n\n"  # the header that names them
        doc = SourceDoc(id="s0", path="sources/s0.txt", format="text", sha256="", text=head + quote,
                        meta=SourceMeta(**meta), sentences=())  # type: ignore[arg-type]
        note = Note(id="n1", kind="claim", quote=quote, span=Span(source="s0", start=len(head),
                                                                   end=len(head) + len(quote)))
        found = _voice_named(note, doc)
        return None if found is None else found.quote

    return shown


@pytest.fixture
def figure_rows(tmp_path: Path) -> Callable[[str, dict[str, str], str], list[Any]]:
    """`figure_rows(name, sources, today)`: the Key figures rows (Items) of the "rows" profile
    (tests/fixtures/rows.toml: every quantity a row) for a workspace tmp_path/NAME made by
    `init_workspace` dated *today*, with *sources* ({file name: text}) written in."""
    import briefgen
    from briefgen.workspace import init_workspace

    def rows(name: str, sources: dict[str, str], today: str) -> list[Any]:
        target = tmp_path / name
        init_workspace(target, today=today)
        for file, text in sources.items():
            (target / "sources" / file).write_text(text, encoding="utf-8")
        profiles = target / "templates" / "audiences"
        profiles.mkdir(parents=True, exist_ok=True)
        (profiles / "rows.toml").write_text((Path(__file__).parent / "fixtures" / "rows.toml").read_text(
            encoding="utf-8"), encoding="utf-8")
        brief = briefgen.open_workspace(target).compose("rows")
        return [item for section in brief.sections if section.style == "figures" for item in section.items]

    return rows


@pytest.fixture
def overtaken_texts() -> Callable[[Any], list[str]]:
    """The texts of a workspace's statements that the policy brief judges overtaken or restated."""
    def texts(ws: Any) -> list[str]:
        import briefgen
        from briefgen.compose import _Composer

        noteset = ws.notes()
        docs = {doc.id: doc for doc in noteset.sources}
        composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"), docs=docs)
        by_id = {note.id: note for note in noteset.notes}
        found = []
        for judgement in [*composer.overtaken_events, *composer.restated]:
            span = by_id[judgement.note].span
            found.append(" ".join(docs[span.source].text[span.start:span.end].split()))
        return found

    return texts
