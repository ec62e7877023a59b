"""Audiences as data: profiles (TOML) and templates found on a search path.

Search path: the workspace's templates/ first, then briefgen's defaults. A
workspace adds an audience with ``templates/audiences/NAME.toml`` and
``templates/audiences/NAME.md.j2``; no code changes.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path

from briefgen.errors import TemplateError, UsageError
from briefgen.models import AudienceProfile, SectionSpec
from briefgen.workspace import DEFAULT_TEMPLATES, Config, leads_out, read_toml


def search_path(config: Config | None) -> list[Path]:
    """Template folders, most specific first."""
    paths = []
    if config is not None and config.templates_dir.is_dir():
        paths.append(config.templates_dir.resolve())
    if DEFAULT_TEMPLATES.resolve() not in paths:
        paths.append(DEFAULT_TEMPLATES.resolve())
    return paths


def _allowed_root(config: Config | None, folder: Path) -> Path:
    """Where files found in *folder* may lead: the workspace for its templates/, the defaults'
    own folder for the defaults."""
    if config is not None and folder == search_path(config)[0] and folder != DEFAULT_TEMPLATES.resolve():
        return config.root.resolve()
    return folder


def contained(config: Config | None, folder: Path, candidate: Path) -> Path | None:
    """*candidate* (a path inside the template *folder*) resolved, when it is a regular file;
    None when nothing is there. TemplateError, naming the file, when it is a symlink leading
    outside the workspace (a colleague's workspace could otherwise read any file of this
    machine into a brief) or not a regular file (a FIFO would block the build)."""
    if not os.path.lexists(candidate):
        return None
    shown = config.rel(candidate) if config is not None else str(candidate)
    if config is not None and folder == search_path(config)[0]:
        shown = "templates/" + candidate.relative_to(folder).as_posix()
    try:
        resolved = candidate.resolve(strict=True)
        mode = resolved.stat().st_mode
    except (OSError, RuntimeError):
        raise TemplateError("is a broken symlink or a symlink loop; replace it with the file itself",
                            path=shown) from None
    if not resolved.is_relative_to(_allowed_root(config, folder)):
        raise TemplateError("is a symlink to a file outside the workspace; copy the file into the workspace instead",
                            path=shown)
    if stat.S_ISDIR(mode):
        return None
    if not stat.S_ISREG(mode):
        raise TemplateError("is not a regular file; replace it with a text file", path=shown)
    return resolved


def find_file(config: Config | None, name: str) -> Path:
    """The first *name* on the search path; TemplateError listing the path otherwise, or when
    the file found leads outside the workspace."""
    for folder in search_path(config):
        found = contained(config, folder, folder / name)
        if found is not None:
            return folder / name
    where = ", ".join(str(p) for p in search_path(config))
    raise TemplateError(f"template {name!r} not found (looked in {where})")


def read_text(config: Config | None, name: str) -> str:
    """The text of template file *name* (a stylesheet, say); one-line TemplateError when it is
    not UTF-8 or cannot be read."""
    path = find_file(config, name)
    shown = config.rel(path) if config is not None else str(path)
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateError("not UTF-8 text; re-save it as UTF-8", path=shown) from None
    except OSError as exc:
        raise TemplateError(f"cannot read the file ({exc.strerror})", path=shown) from None


def available(config: Config | None) -> list[str]:
    """Names of every audience with a profile on the search path."""
    names: set[str] = set()
    for folder in search_path(config):
        names.update(p.stem for p in (folder / "audiences").glob("*.toml"))
    return sorted(names)


def _unknown(config: Config | None, name: str, names: list[str]) -> str:
    """The one line for an audience with no profile, naming its template when it has one."""
    said = f"unknown audience {name!r}; choose one of: {', '.join(names)} (or all)"
    if config is not None and isinstance(name, str) and "/" not in name and name not in (".", ".."):
        for folder in search_path(config):
            template = folder / "audiences" / f"{name}.md.j2"
            if template.is_file():
                return (f"{said}; {config.rel(template)} has no profile: add audiences/{name}.toml beside it "
                        "(briefgen templates copy audiences/executive.toml, then rename it)")
    return said


def load_profile(config: Config | None, name: str) -> AudienceProfile:
    """Read and validate one audience profile; every problem reported at once."""
    from briefgen import schema

    names = available(config)
    if name not in names:
        raise UsageError(_unknown(config, name, names))
    path = find_file(config, f"audiences/{name}.toml")
    shown = config.rel(path) if config is not None else str(path)
    data, text = read_toml(path, shown, TemplateError)
    lines = schema.toml_lines(text)
    parsed, problems = schema.validate(schema.ProfileFile, data, file=shown,
                                       line_of=lambda loc: schema.line_in(lines, loc))
    if problems:
        raise TemplateError(schema.one_line(problems, "fix the profile"))
    if parsed.template and leads_out(parsed.template):
        raise TemplateError(f"`template = {json.dumps(parsed.template[:120], ensure_ascii=False)}` leads out of the "
                            "templates folder, so it is not read; name a template inside it (audiences/NAME.md.j2)",
                            path=shown, line=schema.line_in(lines, ("template",)))
    return AudienceProfile(
        name=name,
        description=parsed.description,
        sections=tuple(
            SectionSpec(id=s.id, title=s.title, style=s.style, kinds=tuple(s.kinds), themes=tuple(s.themes),
                        max_items=s.max_items, min_score=float(s.min_score))
            for s in parsed.sections
        ),
        template=parsed.template or f"audiences/{name}.md.j2",
        theme_weights=tuple((k, float(v)) for k, v in parsed.weights.themes.items()),
        kind_weights=tuple((str(k), float(v)) for k, v in parsed.weights.kinds.items()),
        max_words=parsed.max_words,
        max_pages=parsed.max_pages,
        max_citations=parsed.max_citations,
    )


def mixed_levers(config: Config, profile: AudienceProfile) -> tuple[str, ...]:
    """The one-line warning for a workspace's own profile that keeps the old "Policy levers and
    security considerations" section (one section on both themes): its heading promises security
    on a story with none, since the shipped profile splits it into "levers" and "security"."""
    path = find_file(config, f"audiences/{profile.name}.toml")
    if not path.is_relative_to(config.root):
        return ()
    text = path.read_text(encoding="utf-8", errors="replace")
    found = []
    for spec in profile.sections:
        # Its heading names security ("Policy levers and security considerations"); a broad section
        # such as the executive's "Why it matters" may hold both themes without promising either.
        if {"regulation_policy", "security"} <= set(spec.themes) and "security" in spec.title.lower():
            line = next((i for i, row in enumerate(text.splitlines(), 1)
                         if re.search(r"\bid\s*=\s*[\"']" + re.escape(spec.id) + r"[\"']", row)), 0)
            found.append(f"{config.rel(path)}{f':{line}' if line else ''}: section {spec.id!r} holds both "
                         "regulation_policy and security statements under one heading, which promises security on "
                         "a story with none; the shipped profile now has a \"levers\" section (regulation_policy) "
                         "and a \"security\" one: split yours likewise")
    return tuple(found)


def resolve(config: Config, requested: str | Sequence[str] | None) -> list[str]:
    """Audience names for ``--audience`` (a name, a comma list, a list of names, or all;
    default from config)."""
    names = available(config)
    parts = requested.split(",") if isinstance(requested, str) else list(requested or [])
    if requested is None:
        chosen = list(config.audiences)
    elif [p.strip() for p in parts] == ["all"]:
        chosen = names
    else:
        chosen = [str(part).strip() for part in parts if str(part).strip()]
    for name in chosen:
        if name not in names:
            raise UsageError(_unknown(config, name, names))
    return chosen


def relevance(profile: AudienceProfile, kind: str, themes: tuple[str, ...]) -> float:
    """How much a note of this kind and these themes matters to the audience, 0..1."""
    kinds = dict(profile.kind_weights)
    theme_map = dict(profile.theme_weights)
    kind_weight = kinds.get(kind, 0.7)
    theme_weight = max((theme_map.get(t, 0.2) for t in themes), default=0.2)
    return round(min(1.0, kind_weight * (0.4 + 0.6 * theme_weight)), 2)
