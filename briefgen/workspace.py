"""Find and validate a workspace: briefgen.toml and its folders, as one Config.

The whole file is checked up front and every bad key is reported at once.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.errors import ConfigError

CONFIG_NAME = "briefgen.toml"
PACKAGE_DIR = Path(__file__).resolve().parent
#: Default templates, audience profiles, theme lexicon and print stylesheet: the
#: repository's top-level templates/ (installed wheels carry a copy in the package).
DEFAULT_TEMPLATES = (
    PACKAGE_DIR / "templates" if (PACKAGE_DIR / "templates").is_dir() else PACKAGE_DIR.parent / "templates"
)

FORMATS = ("md", "html", "pdf")
PAGE_SIZES = ("A4", "Letter")
PDF_STANDARDS = ("ua-1", "a-3b", "none")


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


_SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "brief": {
        "title": str,
        "subject": str,
        "as_of": (dt.date, str),
        "organisation": str,
        "author": str,
        "distribution": str,
        "language": str,
    },
    "build": {
        "audiences": list,
        "formats": list,
        "page_size": str,
        "pdf_standard": str,
    },
    "ingest": {"max_source_mb": (int, float)},
}


def _line_of(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip().startswith(needle):
            return number
    return None


def load_config(root: Path | str = ".") -> Config:
    """Read and validate ``briefgen.toml`` in *root*; raise ConfigError listing every problem."""
    root = Path(root)
    path = root / CONFIG_NAME
    if not path.is_file():
        raise ConfigError(
            f"no {CONFIG_NAME} in {root.resolve()}: run `briefgen init {root}` to create a workspace, "
            "or pass --workspace DIR"
        )
    raw_text = path.read_text(encoding="utf-8", errors="replace")
    try:
        data = tomllib.loads(raw_text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise ConfigError(f"not valid TOML ({exc.msg if hasattr(exc, 'msg') else exc}); fix the syntax",
                          path=CONFIG_NAME, line=line) from exc

    problems: list[str] = []

    def where(key: str) -> str:
        line = _line_of(raw_text, key)
        return f"{CONFIG_NAME}:{line}" if line else CONFIG_NAME

    for table, value in data.items():
        if table not in _SCHEMA:
            problems.append(f"{where('[' + table)}: unknown table [{table}] (known: {', '.join(_SCHEMA)})")
            continue
        if not isinstance(value, dict):
            problems.append(f"{where(table)}: `{table}` must be a table")
            continue
        for key, item in value.items():
            expected = _SCHEMA[table].get(key)
            if expected is None:
                known = ", ".join(_SCHEMA[table])
                problems.append(f"{where(key)}: unknown key {table}.{key} (known: {known})")
            elif not isinstance(item, expected) or isinstance(item, bool):
                problems.append(f"{where(key)}: {table}.{key} has the wrong type ({type(item).__name__})")

    brief = data.get("brief", {}) if isinstance(data.get("brief"), dict) else {}
    build = data.get("build", {}) if isinstance(data.get("build"), dict) else {}
    ingest = data.get("ingest", {}) if isinstance(data.get("ingest"), dict) else {}

    as_of_raw = brief.get("as_of", "")
    as_of = ""
    if isinstance(as_of_raw, dt.date):
        as_of = as_of_raw.isoformat()
    elif isinstance(as_of_raw, str) and as_of_raw:
        try:
            as_of = dt.date.fromisoformat(as_of_raw).isoformat()
        except ValueError:
            problems.append(f"{where('as_of')}: brief.as_of must be a date like 2026-11-22")
    if not as_of:
        if "as_of" not in brief:
            problems.append(f"{CONFIG_NAME}: brief.as_of is required (the date the brief speaks for)")

    formats = build.get("formats", ["md", "pdf"])
    if isinstance(formats, list):
        for fmt in formats:
            if fmt not in FORMATS:
                problems.append(f"{where('formats')}: unknown format {fmt!r} (use {', '.join(FORMATS)})")
    audiences = build.get("audiences", ["executive", "investor", "policy"])
    if isinstance(audiences, list) and not all(isinstance(a, str) for a in audiences):
        problems.append(f"{where('audiences')}: build.audiences must be a list of names")
    page_size = build.get("page_size", "A4")
    if isinstance(page_size, str) and page_size not in PAGE_SIZES:
        problems.append(f"{where('page_size')}: page_size must be one of {', '.join(PAGE_SIZES)}")
    standard = build.get("pdf_standard", "ua-1")
    if isinstance(standard, str) and standard not in PDF_STANDARDS:
        problems.append(f"{where('pdf_standard')}: pdf_standard must be one of {', '.join(PDF_STANDARDS)}")
    max_mb = ingest.get("max_source_mb", 50)
    if isinstance(max_mb, (int, float)) and max_mb <= 0:
        problems.append(f"{where('max_source_mb')}: ingest.max_source_mb must be positive")

    if problems:
        raise ConfigError("; ".join(problems) + " — fix these and run again")

    def text(key: str, default: str = "") -> str:
        value = brief.get(key, default)
        return value if isinstance(value, str) else default

    return Config(
        root=root.resolve(),
        title=text("title", "Briefing"),
        subject=text("subject"),
        as_of=as_of,
        organisation=text("organisation"),
        author=text("author"),
        distribution=text("distribution", "Internal"),
        audiences=tuple(audiences),
        formats=tuple(formats),
        page_size=page_size,
        pdf_standard=standard,
        language=text("language", "en"),
        max_source_mb=float(max_mb),
    )


_STARTER_CONFIG = """\
# briefgen workspace: what the brief is about and how to build it.
[brief]
title = "{title}"
subject = ""
as_of = {today}
organisation = ""
author = ""
distribution = "Internal"
language = "en"

[build]
audiences = ["executive", "investor", "policy"]
formats = ["md", "pdf"]
page_size = "A4"
pdf_standard = "ua-1"   # ua-1 (tagged, accessible), a-3b (archival) or none
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
# kind = "news report"      # news report | analysis | opinion | forum thread | report
# date = ""                 # 2026-11-22
# url = ""
# encoding = ""             # only if the file is not UTF-8 and not detected
"""


def init_workspace(target: Path | str, *, today: str | None = None, kept: list[str] | None = None) -> Path:
    """Create a new workspace in *target* that builds as is; refuse to overwrite one.

    A file that is already there (a README.md, a sidecar) is never overwritten: its
    workspace path is added to *kept*."""
    target = Path(target)
    if (target / CONFIG_NAME).exists():
        raise ConfigError(f"{target / CONFIG_NAME} already exists; choose an empty folder")
    if target.exists() and not target.is_dir():
        raise ConfigError(f"{target} exists and is not a folder")
    title = target.resolve().name.replace("-", " ").replace("_", " ").strip().title() or "Briefing"
    today = today or dt.date.today().isoformat()
    files = {
        "README.md": _GUIDE.format(title=title),
        "sources/sources.toml": _SIDECAR,
        "templates/README.md": (
            "Templates here override briefgen's defaults of the same name.\n"
            "A template can extend a default: {% extends \"!default/audiences/investor.md.j2\" %}\n"
            "Add an audience with audiences/NAME.toml (profile) and audiences/NAME.md.j2.\n"
        ),
        CONFIG_NAME: _STARTER_CONFIG.format(title=title, today=today),  # last: it marks a workspace
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


def read_cache(config: Config, name: str) -> dict[str, Any]:
    """A JSON object from the workspace's cache folder; {} when it is missing or unreadable
    (a cache is only ever an optimisation)."""
    try:
        data = json.loads((config.cache_dir / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
