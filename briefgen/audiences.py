"""Audiences as data: profiles (TOML) and templates found on a search path.

Search path: the workspace's templates/ first, then briefgen's defaults. A
workspace adds an audience with ``templates/audiences/NAME.toml`` and
``templates/audiences/NAME.md.j2``; no code changes.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.errors import TemplateError, UsageError
from briefgen.models import AudienceProfile, SectionSpec
from briefgen.workspace import DEFAULT_TEMPLATES, Config, read_toml


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


def load_profile(config: Config | None, name: str) -> AudienceProfile:
    """Read and validate one audience profile; every problem reported at once."""
    from briefgen import schema

    names = available(config)
    if name not in names:
        raise UsageError(f"unknown audience {name!r}; choose one of: {', '.join(names)} (or all)")
    path = find_file(config, f"audiences/{name}.toml")
    shown = config.rel(path) if config is not None else str(path)
    data, text = read_toml(path, shown, TemplateError)
    lines = schema.toml_lines(text)
    parsed, problems = schema.validate(schema.ProfileFile, data, file=shown,
                                       line_of=lambda loc: schema.line_in(lines, loc))
    if problems:
        raise TemplateError(schema.one_line(problems, "fix the profile"))
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
