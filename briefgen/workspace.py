"""Find and validate a workspace: briefgen.toml and its folders, as one Config.

The whole file is checked up front and every bad key is reported at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from briefgen.errors import BriefgenError, ConfigError

CONFIG_NAME = "briefgen.toml"
PACKAGE_DIR = Path(__file__).resolve().parent
#: Default templates, audience profiles, theme lexicon and print stylesheet. They live in
#: the repository's top-level templates/, which pyproject.toml installs as the subpackage
#: briefgen.templates: beside this file in an installed wheel, next to the package folder in
#: a checkout or an editable install. Found by path: importlib.resources cannot import
#: briefgen.templates from an editable install (it is a folder without __init__.py).
DEFAULT_TEMPLATES = (
    PACKAGE_DIR / "templates" if (PACKAGE_DIR / "templates").is_dir() else PACKAGE_DIR.parent / "templates"
)

Format = Literal["md", "html", "pdf", "docx", "json"]
PageSize = Literal["A4", "Letter"]
PdfStandard = Literal["ua-1", "a-3b", "none"]
FORMATS: tuple[str, ...] = get_args(Format)
PAGE_SIZES: tuple[str, ...] = get_args(PageSize)
PDF_STANDARDS: tuple[str, ...] = get_args(PdfStandard)


@dataclass(frozen=True)
class Style:
    """``[style]`` of briefgen.toml, validated; the files it names are read when rendering
    (briefgen.style), so a command that renders nothing never opens them."""

    logo: str = ""
    """Workspace-relative path of the logo image ("" for none)."""
    accent: str = ""
    """Accent colour "#rrggbb" ("" for the stylesheet's own)."""
    body_font: str = ""
    """Font family of the text ("" for the stylesheet's own)."""
    heading_font: str = ""
    """Font family of headings ("" for the stylesheet's own)."""
    margins: tuple[float, float, float, float] | None = None
    """Page margins in mm (top, right, bottom, left); None for the stylesheet's own."""
    toc: str = "auto"
    """Table of contents: auto (briefs longer than two pages), always or never."""
    lines: tuple[tuple[str, int], ...] = ()
    """The line of each [style] key in briefgen.toml, for messages."""

    def line(self, key: str) -> int | None:
        """The line of ``[style] key`` in briefgen.toml (None when it is not there)."""
        return dict(self.lines).get(key)


@dataclass(frozen=True)
class Config:
    """A validated workspace."""

    root: Path
    """Workspace folder (holds briefgen.toml)."""
    title: str
    """Brief title."""
    subject: str
    """What the brief is about."""
    as_of: str
    """As-of date (ISO); also the date written into outputs."""
    organisation: str
    """Organisation named in the title block."""
    author: str
    """Author named in the title block and PDF metadata."""
    distribution: str
    """Distribution line."""
    audiences: tuple[str, ...]
    """Audiences built by default."""
    formats: tuple[str, ...]
    """Formats built by default."""
    page_size: str
    """A4 or Letter."""
    pdf_standard: str
    """ua-1 (default), a-3b or none."""
    language: str
    """Document language (BCP 47), for PDF/HTML metadata."""
    max_source_mb: float
    """Sources larger than this are skipped with a warning."""
    as_of_given: bool = True
    """False when neither briefgen.toml nor the command line gives the as-of date: the brief is
    then as of its newest source's date (window.as_of_for), and ``as_of`` holds today until then."""
    since: str = ""
    """First date of a period brief (ISO; ``build --since``): sources dated before it are left out."""
    style: Style = Style()
    title_line: int | None = None
    """The line of ``[brief] title`` in briefgen.toml, for messages."""

    @property
    def title_unnamed(self) -> bool:
        """True while the title is still the one ``init`` wrote from the folder's name: the
        analyst has not yet named the story, and every brief is headed by the folder's name."""
        return self.title == folder_title(self.root)
    """The organisation's look ([style])."""

    @property
    def sources_dir(self) -> Path:
        return self.root / "sources"

    @property
    def notes_dir(self) -> Path:
        return self.root / "notes"

    @property
    def output_dir(self) -> Path:
        return self.root / "output"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def cache_dir(self) -> Path:
        return self.root / ".briefgen-cache"

    def rel(self, path: Path) -> str:
        """Path relative to the workspace, for messages and citations."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)


def read_toml(path: Path, shown: str, error: type[BriefgenError]) -> tuple[dict[str, Any], str]:
    """A TOML file's data and text; *error* (one line naming *shown*) when it is not UTF-8 or not TOML."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error("not UTF-8 text; re-save it as UTF-8", path=shown) from exc
    except OSError as exc:
        raise error(f"cannot read the file ({exc.strerror})", path=shown) from exc
    try:
        return tomllib.loads(text), text
    except RecursionError:
        raise error("not valid TOML (arrays or tables nested too deeply); fix the syntax", path=shown) from None
    except tomllib.TOMLDecodeError as exc:
        # Python < 3.14 gives the position only inside the message: "... (at line 2, column 5)".
        where = re.search(r" \(at line (\d+), column \d+\)$", str(exc))
        message = str(exc)[: where.start()] if where else str(exc)
        raise error(f"not valid TOML ({message}); fix the syntax", path=shown,
                    line=int(where.group(1)) if where else None) from exc


def load_config(root: Path | str = ".") -> Config:
    """Read and validate ``briefgen.toml`` in *root*; raise ConfigError listing every problem."""
    from briefgen import schema

    root = Path(root)
    path = root / CONFIG_NAME
    if not path.is_file():
        raise ConfigError(
            f"no {CONFIG_NAME} in {root.resolve()}: run `briefgen init {root}` to create a workspace, "
            "or pass --workspace DIR"
        )
    if os.path.islink(path) and not path.resolve().is_relative_to(root.resolve()):
        raise ConfigError("is a symlink to a file outside the workspace; copy the file in instead", path=CONFIG_NAME)
    data, text = read_toml(path, CONFIG_NAME, ConfigError)
    lines = schema.toml_lines(text)
    parsed, problems = schema.validate(schema.ConfigFile, data, file=CONFIG_NAME,
                                       line_of=lambda loc: schema.line_in(lines, loc))
    if problems:
        raise ConfigError(schema.one_line(problems, "fix these and run again"))
    _refuse_folders_leading_outside(root.resolve())
    brief, build, style = parsed.brief, parsed.build, parsed.style
    if build.page_size and style.page_size and build.page_size != style.page_size:
        raise ConfigError(f"style.page_size {style.page_size!r} disagrees with build.page_size {build.page_size!r} "
                          f"(line {schema.line_in(lines, ('build', 'page_size'))}); keep one, in [style]",
                          path=CONFIG_NAME, line=schema.line_in(lines, ("style", "page_size")))
    return Config(
        root=root.resolve(),
        title=brief.title,
        subject=brief.subject,
        as_of=(brief.as_of or dt.date.today()).isoformat(),
        as_of_given=brief.as_of is not None,
        organisation=brief.organisation,
        author=brief.author,
        distribution=brief.distribution,
        audiences=tuple(build.audiences),
        formats=tuple(build.formats),
        page_size=style.page_size or build.page_size or "A4",
        pdf_standard=build.pdf_standard,
        language=brief.language,
        max_source_mb=float(parsed.ingest.max_source_mb),
        title_line=schema.line_in(lines, ("brief", "title")),
        style=Style(
            logo=style.logo or "", accent=style.accent or "", body_font=style.body_font or "",
            heading_font=style.heading_font or "", margins=style.margins, toc=style.toc,
            lines=tuple((str(loc[1]), line) for loc, line in lines.items() if len(loc) == 2 and loc[0] == "style"),
        ),
    )


WORKSPACE_FOLDERS = ("sources", "templates", "notes", "output", "history", ".briefgen-cache")


def leads_out(name: str) -> bool:
    """True when *name*, a path a workspace file gives inside one of its folders (a sources.toml
    entry, a profile's `template`), leads out of that folder: absolute (either slash, a drive
    letter) or with a `..` part."""
    return (name.startswith(("/", "\\")) or bool(re.match(r"[A-Za-z]:", name))
            or ".." in name.replace("\\", "/").split("/"))


def _refuse_folders_leading_outside(root: Path) -> None:
    """A workspace folder that is a symlink out of the workspace would let a colleague's
    workspace read (sources/, templates/) or write (notes/, output/, cache) anywhere: refused.
    A symlink to another folder inside the workspace is fine."""
    for name in WORKSPACE_FOLDERS:
        folder = root / name
        if not os.path.islink(folder):
            continue
        try:
            target = folder.resolve(strict=True)
        except (OSError, RuntimeError):
            raise ConfigError("is a broken symlink or a symlink loop; make it a real folder", path=f"{name}/") from None
        if not target.is_relative_to(root):
            raise ConfigError(f"is a symlink to a folder outside the workspace ({target}); make it a real folder "
                              "inside the workspace", path=f"{name}/")
    _refuse_cache_links_leading_outside(root)


def _refuse_cache_links_leading_outside(root: Path) -> None:
    """briefgen never puts a symlink in its cache, and writes some cache files in place: a symlink
    there out of the workspace (notes-base/ -> a folder of yours, drafts/<id>.json -> a file of
    yours, or one pointing at nothing yet) would have a colleague's workspace write over your
    files. Refused, naming the link; deleting the cache is always safe."""
    cache = root / ".briefgen-cache"
    folders = [cache] if cache.is_dir() else []
    while folders:
        try:
            entries = list(os.scandir(folders.pop()))
        except OSError:
            continue
        for entry in entries:
            if entry.is_symlink():
                target = Path(os.path.realpath(entry.path))
                if not target.is_relative_to(root):
                    shown = Path(entry.path).relative_to(root).as_posix()
                    raise ConfigError(f"is a symlink to {target}, outside the workspace; delete .briefgen-cache/ "
                                      "(briefgen makes it again)", path=shown)
            elif entry.is_dir(follow_symlinks=False):
                folders.append(Path(entry.path))


_STARTER_CONFIG = """\
# briefgen workspace: what the brief is about and how to build it.
[brief]
title = "{title}"   # the heading of every brief: the folder's name until you name the story
subject = ""
{as_of}   # the date the brief speaks for; default: the newest source's date
organisation = ""
author = ""
distribution = "Internal"
language = "en"

[build]
audiences = ["executive", "investor", "policy"]
formats = ["md", "pdf"]
pdf_standard = "ua-1"   # ua-1 (tagged, accessible), a-3b (archival) or none

[style]                 # your own look (README: "Your own look")
page_size = "A4"        # A4 or Letter
# logo = "templates/logo.png"   # PNG, JPEG or SVG inside this folder, at most 2 MB
# accent = "#0b5394"            # headings and links
# body_font = "DejaVu Serif"
# heading_font = "DejaVu Sans"
# margins = "20mm 18mm"         # 1 to 4 lengths, as in CSS
# toc = "auto"                  # contents list when a brief runs past two pages; always | never
"""

_GUIDE = """\
# {title}

A briefgen workspace.

1. Put source documents (.txt, .md, .html, .pdf, .docx) into `sources/`,
   or run `briefgen add FILE...`. Describe them in `sources/sources.toml`
   (title, publisher, kind, date, url) where the text does not say.
2. `briefgen notes` extracts structured notes into `notes/`. Review them:
   set `status: dropped` or `pinned`, write a paraphrase in `text`, or add
   your own note with `evidence` quotes. Re-running keeps your edits.
3. `briefgen check` verifies every quote; `briefgen build --audience all`
   writes the briefs to `output/`.
4. Override a template by adding one of the same name to `templates/`, for example
   `templates/audiences/investor.md.j2` starting with
   `{{% extends "!default/audiences/investor.md.j2" %}}` and replacing one block.
"""

_SIDECAR = """\
# Metadata per source file, owned by the analyst. Unknown fields stay empty.
# ["example.txt"]
# title = ""
# publisher = ""
# kind = "news report"      # news report | analysis | opinion | forum thread | report | statement
# date = ""                 # 2026-11-22
# updated = ""              # 2026-11-23, when the text was updated after its date
# url = ""
# encoding = ""             # only if the file is not UTF-8 and not detected
# reliability = ""          # your own rating; the Sources table shows it when some source has one
"""


def folder_title(folder: Path) -> str:
    """The title ``init`` gives a new workspace: its folder's name, until the analyst names the story."""
    return folder.resolve().name.replace("-", " ").replace("_", " ").strip().title() or "Briefing"


def init_workspace(target: Path | str, *, today: str | None = None, kept: list[str] | None = None) -> Path:
    """Create a new workspace in *target* that builds as is; refuse to overwrite one.

    A file that is already there (a README.md, a sidecar) is never overwritten: its
    workspace path is added to *kept*. *today* pins ``as_of`` to that date (tests, scripts);
    without it ``as_of`` is written commented out, so briefs are as of their newest source."""
    target = Path(target)
    if (target / CONFIG_NAME).exists():
        raise ConfigError(f"{target / CONFIG_NAME} already exists; choose an empty folder")
    if target.exists() and not target.is_dir():
        raise ConfigError(f"{target} exists and is not a folder")
    title = folder_title(target)
    as_of = f"as_of = {today}" if today else f"# as_of = {dt.date.today().isoformat()}"
    files = {
        "README.md": _GUIDE.format(title=title),
        "sources/sources.toml": _SIDECAR,
        "templates/README.md": (
            "Templates here override briefgen's defaults of the same name.\n"
            "A template can extend a default: {% extends \"!default/audiences/investor.md.j2\" %}\n"
            "Add an audience with audiences/NAME.toml (profile) and audiences/NAME.md.j2.\n"
        ),
        CONFIG_NAME: _STARTER_CONFIG.format(title=title, as_of=as_of),  # last: it marks a workspace
    }
    try:
        target.mkdir(parents=True, exist_ok=True)
        for sub in ("sources", "notes", "templates", "output"):
            (target / sub).mkdir(exist_ok=True)
        for name, text in files.items():
            try:
                with open(target / name, "x", encoding="utf-8") as handle:
                    handle.write(text)
            except FileExistsError:
                if kept is not None:
                    kept.append(name)
    except OSError as exc:
        raise ConfigError(f"cannot create the workspace: {exc.strerror}", path=str(exc.filename or target)) from exc
    return target


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write *data* to *path* via a temporary file and rename, so a failure leaves the old file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        with open(tmp, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def replace_together(files: list[tuple[Path, bytes | str]], shown: Callable[[Path], str]) -> None:
    """Write every (path, data) or none: all go to temporary files first, then each is renamed
    over its target (a symlink there is replaced, never written through); if a rename fails,
    the targets already replaced get their old content back. A kill at any moment leaves each
    target whole, old or new. RenderError naming the file that failed."""
    from briefgen.errors import RenderError

    tag = str(os.getpid())
    staged: list[tuple[Path, Path]] = []  # (temporary file, target)
    replaced: list[tuple[Path, Path | None]] = []  # (target, hard link to its old content)
    current = files[0][0] if files else Path()
    try:
        for current, data in files:
            current.parent.mkdir(parents=True, exist_ok=True)
            if current.is_dir() and not current.is_symlink():
                raise IsADirectoryError(21, "a folder is in the way", str(current))
            tmp = current.with_name(f".{current.name}.tmp-{tag}")
            staged.append((tmp, current))
            with open(tmp, "wb") as handle:
                handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        for tmp, current in staged:
            backup = None
            if os.path.lexists(current):
                backup = current.with_name(f".{current.name}.old-{tag}")
                with contextlib.suppress(FileNotFoundError):
                    backup.unlink()
                os.link(current, backup, follow_symlinks=False)
            os.replace(tmp, current)
            replaced.append((current, backup))
    except OSError as exc:
        for target, old in reversed(replaced):
            with contextlib.suppress(OSError):
                if old is None:
                    target.unlink()
                else:
                    os.replace(old, target)
        for leftover in [t for t, _ in staged] + [o for _, o in replaced if o is not None]:
            with contextlib.suppress(OSError):
                leftover.unlink()
        with contextlib.suppress(OSError):
            current.with_name(f".{current.name}.old-{tag}").unlink()
        raise RenderError(f"cannot write the output ({exc.strerror}); every old output is kept; check the "
                          "folder (permissions, free space, a folder in the way)", path=shown(current)) from exc
    for _, old in replaced:
        if old is not None:
            with contextlib.suppress(OSError):
                old.unlink()


def read_cache(config: Config, name: str) -> dict[str, Any]:
    """A JSON object from the workspace's cache folder; {} when it is missing or unreadable
    (a cache is only ever an optimisation)."""
    try:
        data = json.loads((config.cache_dir / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
