"""Audiences as data: profiles (TOML) and templates found on a search path.

Search path: the workspace's templates/ first, then briefgen's defaults. A
workspace adds an audience with ``templates/audiences/NAME.toml`` and
``templates/audiences/NAME.md.j2``; no code changes.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from briefgen.errors import TemplateError, UsageError
from briefgen.models import AudienceProfile, SectionSpec
from briefgen.workspace import DEFAULT_TEMPLATES, Config

STYLES = ("bullets", "figures", "positions", "disagreements")
KINDS = ("fact", "figure", "quote", "opinion", "forecast")


def search_path(config: Config | None) -> list[Path]:
    """Template folders, most specific first."""
    paths = []
    if config is not None and config.templates_dir.is_dir():
        paths.append(config.templates_dir.resolve())
    if DEFAULT_TEMPLATES.resolve() not in paths:
        paths.append(DEFAULT_TEMPLATES.resolve())
    return paths


def find_file(config: Config | None, name: str) -> Path:
    """The first *name* on the search path; TemplateError listing the path otherwise."""
    for folder in search_path(config):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    where = ", ".join(str(p) for p in search_path(config))
    raise TemplateError(f"template {name!r} not found (looked in {where})")


def available(config: Config | None) -> list[str]:
    """Names of every audience with a profile on the search path."""
    names: set[str] = set()
    for folder in search_path(config):
        names.update(p.stem for p in (folder / "audiences").glob("*.toml"))
    return sorted(names)


def _weights(table: object, problems: list[str]) -> tuple[tuple[str, float], ...]:
    if not isinstance(table, dict):
        return ()
    out = []
    for key, value in table.items():
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            problems.append(f"weight {key!r} must be a number")
            continue
        out.append((str(key), float(value)))
    return tuple(out)


def load_profile(config: Config | None, name: str) -> AudienceProfile:
    """Read and validate one audience profile; every problem reported at once."""
    names = available(config)
    if name not in names:
        raise UsageError(f"unknown audience {name!r}; choose one of: {', '.join(names)} (or all)")
    path = find_file(config, f"audiences/{name}.toml")
    shown = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"not valid TOML ({exc})", path=shown) from exc
    problems: list[str] = []
    known = {"description", "template", "max_words", "max_pages", "max_citations", "weights", "sections"}
    problems += [f"unknown key {k!r} (known: {', '.join(sorted(known))})" for k in data if k not in known]
    sections = []
    for number, raw in enumerate(data.get("sections", []), 1):
        if not isinstance(raw, dict) or "id" not in raw or "title" not in raw:
            problems.append(f"section {number} needs an id and a title")
            continue
        style = raw.get("style", "bullets")
        if style not in STYLES:
            problems.append(f"section {raw['id']!r}: style must be one of {', '.join(STYLES)}")
        bad_kinds = [k for k in raw.get("kinds", []) if k not in KINDS]
        if bad_kinds:
            problems.append(f"section {raw['id']!r}: unknown kinds {bad_kinds} (known: {', '.join(KINDS)})")
        extra = set(raw) - {"id", "title", "style", "kinds", "themes", "max_items", "min_score"}
        if extra:
            problems.append(f"section {raw['id']!r}: unknown keys {sorted(extra)}")
        sections.append(
            SectionSpec(
                id=str(raw["id"]),
                title=str(raw["title"]),
                style=style,
                kinds=tuple(raw.get("kinds", ())),
                themes=tuple(raw.get("themes", ())),
                max_items=int(raw.get("max_items", 5)),
                min_score=float(raw.get("min_score", 0.0)),
            )
        )
    if not sections and "sections" in data:
        problems.append("no valid sections")
    weights = data.get("weights", {}) if isinstance(data.get("weights", {}), dict) else {}
    theme_weights = _weights(weights.get("themes", {}), problems)
    kind_weights = _weights(weights.get("kinds", {}), problems)
    if problems:
        raise TemplateError("; ".join(problems) + " — fix the profile", path=shown)
    return AudienceProfile(
        name=name,
        description=str(data.get("description", "")),
        sections=tuple(sections),
        template=str(data.get("template", f"audiences/{name}.md.j2")),
        theme_weights=theme_weights,
        kind_weights=kind_weights,
        max_words=int(data.get("max_words", 0)),
        max_pages=int(data.get("max_pages", 0)),
        max_citations=int(data.get("max_citations", 0)),
    )


def resolve(config: Config, requested: str | None) -> list[str]:
    """Audience names for ``--audience`` (a name, a comma list, or all; default from config)."""
    names = available(config)
    if requested is None:
        chosen = list(config.audiences)
    elif requested.strip() == "all":
        chosen = names
    else:
        chosen = [part.strip() for part in requested.split(",") if part.strip()]
    for name in chosen:
        if name not in names:
            raise UsageError(f"unknown audience {name!r}; choose one of: {', '.join(names)} (or all)")
    return chosen


def relevance(profile: AudienceProfile, kind: str, themes: tuple[str, ...]) -> float:
    """How much a note of this kind and these themes matters to the audience, 0..1."""
    kinds = dict(profile.kind_weights)
    theme_map = dict(profile.theme_weights)
    kind_weight = kinds.get(kind, 0.7)
    theme_weight = max((theme_map.get(t, 0.2) for t in themes), default=0.2)
    return round(min(1.0, kind_weight * (0.4 + 0.6 * theme_weight)), 2)
