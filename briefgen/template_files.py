"""The default templates and a workspace's own: what there is, which blocks each template
offers, and copying a default into the workspace to edit (never over the analyst's file).

No click here; `briefgen templates` prints what these functions return.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from briefgen.errors import UsageError
from briefgen.workspace import DEFAULT_TEMPLATES, Config

KINDS = {".j2": "template", ".css": "stylesheet", ".toml": "settings"}
_BLOCK = re.compile(r"{%-?\s*block\s+(\w+)")


@dataclass(frozen=True)
class TemplateFile:
    """One file on the template search path."""

    name: str
    """Path relative to the templates folder, with "/" ("audiences/investor.md.j2")."""
    kind: str
    """template | stylesheet | settings."""
    default: bool
    """briefgen ships it."""
    overridden: bool
    """The workspace's templates/ has its own file of this name (it wins)."""
    blocks: tuple[str, ...] = ()
    """Blocks a template defines, which an override may replace."""


def _files(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    return {path.relative_to(folder).as_posix(): path for path in sorted(folder.rglob("*"))
            if path.is_file() and path.suffix in KINDS and "__pycache__" not in path.parts}


def _blocks(path: Path) -> tuple[str, ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ()
    return tuple(dict.fromkeys(_BLOCK.findall(text)))


def list_templates(config: Config) -> list[TemplateFile]:
    """The defaults (marked when the workspace overrides them), then the workspace's own files."""
    defaults = _files(DEFAULT_TEMPLATES)
    own = _files(config.templates_dir) if config.templates_dir.resolve() != DEFAULT_TEMPLATES.resolve() else {}
    out = [TemplateFile(name=name, kind=KINDS[path.suffix], default=True, overridden=name in own,
                        blocks=_blocks(own.get(name, path)) if path.suffix == ".j2" else ())
           for name, path in defaults.items()]
    out += [TemplateFile(name=name, kind=KINDS[path.suffix], default=False, overridden=False,
                         blocks=_blocks(path) if path.suffix == ".j2" else ())
            for name, path in own.items() if name not in defaults]
    return out


def copy_template(config: Config, name: str, *, force: bool = False) -> Path:
    """Copy the default *name* into the workspace's templates/ and return where it went.
    UsageError for an unknown name, or when the workspace has that file already (unless
    *force*, and even then only a regular file inside the workspace is replaced)."""
    clean = PurePosixPath(name.replace("\\", "/"))
    defaults = _files(DEFAULT_TEMPLATES)
    if clean.is_absolute() or ".." in clean.parts or clean.as_posix() not in defaults:
        known = ", ".join(sorted(defaults))
        raise UsageError(f"no default template {name!r}; choose one of: {known}")
    target = config.templates_dir / clean
    shown = config.rel(target)
    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise UsageError(f"{shown} is not a regular file; remove it first if you want the default copied there")
    if target.exists() and not force:
        raise UsageError(f"{shown} exists and may hold your changes; edit it, or use --force to replace it")
    root = config.root.resolve()
    existing = target.parent
    while not existing.exists() and existing != config.root:
        existing = existing.parent
    if not existing.resolve().is_relative_to(root):  # a folder symlinked out of the workspace
        raise UsageError(f"{config.rel(existing)} leads outside the workspace; copy refused")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(defaults[clean.as_posix()], target)
    except OSError as exc:
        raise UsageError(f"cannot write {shown} ({exc.strerror}); check the folder's permissions") from exc
    return target
