"""Runs the stages in order: ingest -> notes -> compose -> render. No click here.

    build(config, audiences, formats) -> BuildResult
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefgen import audiences as audience_profiles
from briefgen import notes as notes_stage
from briefgen.console import Progress
from briefgen.errors import ConfigError, UsageError
from briefgen.ingest import Ingested, read_sources
from briefgen.models import Artifact, AudienceProfile, Brief, NoteSet
from briefgen.notes.store import LINKS_FILE
from briefgen.render import fit
from briefgen.render import toc as contents
from briefgen.render.html import render_html
from briefgen.render.markdown import render_markdown
from briefgen.style import Look, css, svg_as_png
from briefgen.style import look as look_of
from briefgen.window import as_of_for
from briefgen.workspace import CONFIG_NAME, FORMATS, Config, replace_together


@dataclass
class Timings:
    """Seconds per stage, for benchmarks."""

    stages: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.stages[name] = self.stages.get(name, 0.0) + time.perf_counter() - started


def ingest(config: Config, *, strict: bool = False, progress: Progress | None = None) -> Ingested:
    progress = progress or Progress()
    result = read_sources(config, strict=strict, progress=progress.step("reading sources"))
    progress.done()
    return result


def profiles_for(config: Config) -> list[AudienceProfile]:
    """Every audience profile on the search path (notes carry a relevance for each)."""
    return [audience_profiles.load_profile(config, name) for name in audience_profiles.available(config)]


def refresh_notes(
    config: Config,
    ingested: Ingested | None = None,
    *,
    strict: bool = False,
    progress: Progress | None = None,
    profiles: list[AudienceProfile] | None = None,
) -> tuple[Ingested | None, notes_stage.Refreshed]:
    """Extract notes unless sources, extractor and notes are unchanged since the last run.

    Whether anything changed is decided from the files' hashes before any source is read,
    so a no-change run costs a hash of sources/. Sources are read (ingest) only when
    needed and when *ingested* is not given; what was read is returned."""
    progress = progress or Progress()
    profiles = profiles if profiles is not None else profiles_for(config)
    hashes, stats = notes_stage.source_state(config)
    if notes_stage.is_up_to_date(config, hashes, profiles):
        return ingested, notes_stage.Refreshed(written=(), warnings=(), notes=0, up_to_date=True)
    if ingested is None:
        ingested = ingest(config, strict=strict, progress=progress)
    result = notes_stage.refresh(config, ingested.docs, profiles, hashes, progress.step("notes"), stats)
    progress.done()
    return ingested, result


def parse_formats(requested: str | Sequence[str] | None, config: Config) -> list[str]:
    """Formats from a comma list or a list of names (default from config)."""
    if requested is None:
        return list(config.formats)
    parts = requested.split(",") if isinstance(requested, str) else list(requested)
    chosen = [str(part).strip() for part in parts if str(part).strip()]
    for fmt in chosen:
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    return chosen


Composer = Callable[[AudienceProfile], Brief]
"""Composes the brief of a profile (the notes, dates and earlier brief already bound)."""


def composer_for(config: Config, noteset: NoteSet, warnings: list[str] | None = None) -> Composer:
    """Compose briefs as of the config's dates: sources outside them left out, each audience
    compared with its latest earlier recorded brief."""
    from briefgen import record
    from briefgen.compose import compose  # here, not at the top: `briefgen notes` never imports it (~0.5 s)
    from briefgen.supersede import SourceReadings
    from briefgen.window import window, written_day

    chosen = config.as_of_given
    config = as_of_for(config, noteset.sources)
    inside, info = window(noteset, config.as_of, config.since)
    if not chosen and warnings is not None:
        # The default as-of date is the newest source date up to today: a source dated later
        # (a typo, or a clock behind) would otherwise drop out with a line in Method only.
        day = {doc.path: written_day(doc.meta) for doc in noteset.sources}
        warnings.extend(f"{path}: dated {day[path]}, after today, so left out of the brief (as of {config.as_of}); "
                        f"to use it, build with --as-of {day[path]} or set as_of in {CONFIG_NAME}, or correct its date "
                        f"in sources/sources.toml" for path in info.after)

    # What the sources' sentences tell is the same for every audience's brief: read once for the build.
    readings = SourceReadings(inside.sources)

    def run(profile: AudienceProfile) -> Brief:
        earlier = record.previous(config, profile.name, config.as_of, warnings)
        return compose(config, inside, profile, previous=earlier, window=info, readings=readings)

    return run


def _draft(config: Config, compose_brief: Composer, profile: AudienceProfile, timings: Timings) -> tuple[Brief, str]:
    with timings.stage("compose"):
        brief = compose_brief(profile)
    with timings.stage("render_md"):
        return brief, render_markdown(config, brief)


def render_brief(
    config: Config, brief: Brief, markdown: str, formats: Sequence[str], *, standard: str, look: Look,
    max_pages: int = 0, timings: Timings | None = None,
) -> tuple[list[tuple[str, bytes | str]], int]:
    """*brief* (and its *markdown*) in each of *formats* but md, and the pages of its PDF (0
    when none was laid out; with *max_pages*, a profile's, it is laid out even when "pdf" is not
    asked for). A brief longer than two pages gets a contents list in HTML, PDF and DOCX:
    decided on the PDF when there is one, otherwise on the words (render.toc)."""
    from briefgen.record import to_json

    timings = timings or Timings()
    outputs: list[tuple[str, bytes | str]] = []
    if "json" in formats:
        outputs.append(("json", to_json(brief)))
    pages, pdf = 0, b""
    if "pdf" in formats or max_pages:
        from briefgen.render.pdf import layout_key, remember, remembered, render_pdf_pages

        htmls: dict[bool, str] = {}

        def print_html(toc: bool) -> str:
            if toc not in htmls:
                with timings.stage("render_pdf"):
                    htmls[toc] = render_html(config, brief, markdown, for_print=True, look=look, toc=toc)
            return htmls[toc]

        def laid_out(toc: bool) -> tuple[bytes, int]:
            with timings.stage("render_pdf"):
                return render_pdf_pages(print_html(toc), standard=standard, cache_dir=config.cache_dir)

        # Laid out once in the usual case: with the list when the words say the brief is long,
        # again only when the pages say otherwise. Either way the PDF has the list exactly
        # when it runs past two pages. That the pages said otherwise is remembered for the
        # HTML of the first guess (render.pdf.remember), so an unchanged rebuild lays out once.
        with_toc = contents.wanted(look.toc, pages=0, markdown=markdown)
        flip = f"toc:{layout_key(print_html(with_toc), {'standard': standard, 'max_pages': max_pages})}" if look.toc == "auto" else ""
        # The list itself can carry a brief onto a third page (a page holding only its Sources and
        # Method): when the brief fits in two pages without it, it needs none ("kept": it does not).
        known = remembered(config.cache_dir, flip) if flip else False
        if known is True:
            with_toc = not with_toc
            pdf, pages = laid_out(with_toc)
        else:
            pdf, pages = laid_out(with_toc)
            if look.toc == "auto" and with_toc != (pages > contents.LONGER_THAN_PAGES):
                if with_toc or not (max_pages and pages > max_pages):  # an attempt over max_pages fails anyway
                    with_toc = not with_toc
                    pdf, pages = laid_out(with_toc)
                    remember(config.cache_dir, flip, True)
            elif flip and with_toc and pages == contents.LONGER_THAN_PAGES + 1 and known != "kept":
                bare, bare_pages = laid_out(False)
                if bare_pages <= contents.LONGER_THAN_PAGES:
                    with_toc, pdf, pages = False, bare, bare_pages
                remember(config.cache_dir, flip, not with_toc or "kept")
    else:
        with_toc = contents.wanted(look.toc, pages=0, markdown=markdown)
    if "html" in formats:
        with timings.stage("render_html"):
            outputs.append(("html", render_html(config, brief, markdown, look=look, toc=with_toc)))
    if "docx" in formats:
        from briefgen.render.docx import render_docx

        with timings.stage("render_docx"):
            outputs.append(("docx", render_docx(config, brief, markdown, look=look, toc=with_toc)))
    if "pdf" in formats:
        outputs.append(("pdf", pdf))
    return outputs, pages


def _render_once(
    config: Config, compose_brief: Composer, profile: AudienceProfile, formats: list[str], standard: str,
    look: Look, timings: Timings, drafted: tuple[Brief, str] | None = None,
) -> tuple[list[tuple[str, bytes | str]], int, Brief]:
    """(format, payload) pairs, the PDF's pages (0 when no PDF was made) and the brief.
    *drafted* is the brief and its Markdown when they are already made for *profile*."""
    brief, markdown = drafted or _draft(config, compose_brief, profile, timings)
    outputs: list[tuple[str, bytes | str]] = [("md", markdown)] if "md" in formats else []
    rendered, pages = render_brief(config, brief, markdown, formats, standard=standard, look=look,
                                   max_pages=profile.max_pages, timings=timings)
    return outputs + rendered, pages, brief


def _words(brief: Brief) -> int:
    return int(brief.stats.get("words", 0))


def _render_audience(
    config: Config, compose_brief: Composer, profile: AudienceProfile, formats: list[str], standard: str,
    look: Look, timings: Timings, show: Callable[[str], None] = lambda _: None,
) -> tuple[list[tuple[str, bytes | str]], Brief]:
    """(format, payload) for one audience, and the brief they show. A profile with max_pages is
    composed again with a smaller word budget until its PDF fits (briefgen.render.fit), so
    every format carries the same, fitting brief. *show* gets a line on each fitting attempt."""
    if not profile.max_pages:
        outputs, _, brief = _render_once(config, compose_brief, profile, formats, standard, look, timings)
        return outputs, brief
    drafted = _draft(config, compose_brief, profile, timings)
    tries: list[fit.Attempt[tuple[list[tuple[str, bytes | str]], Brief]]] = []

    def attempt(budget: int | None) -> fit.Attempt[tuple[list[tuple[str, bytes | str]], Brief]]:
        last = f" (last: {tries[-1].pages} pages)" if tries else ""
        show(f"fitting to {profile.max_pages} pages, try {len(tries) + 1}{last}")
        if budget is None:
            outputs, pages, brief = _render_once(config, compose_brief, profile, formats, standard, look, timings,
                                                 drafted)
        else:
            outputs, pages, brief = _render_once(config, compose_brief, replace(profile, max_words=budget), formats,
                                                 standard, look, timings)
        tries.append(fit.Attempt((outputs, brief), pages, _words(brief)))
        return tries[-1]

    return fit.fit(config, fit.fit_key(config, drafted[1], profile, standard, css(look, for_print=True)), profile,
                   attempt)


@dataclass(frozen=True)
class BuildResult:
    """What a build made."""

    artifacts: tuple[Artifact, ...]
    """Outputs written."""
    records: tuple[Artifact, ...]
    """The briefs' records written to history/."""
    warnings: tuple[str, ...]
    """Skipped and duplicate sources, and merge conflicts."""
    timings: dict[str, float]
    """Seconds per stage."""
    notes_written: tuple[str, ...] = ()
    """Files in notes/ the refresh wrote: the per-source files whose content changed, and
    ``notes/_links.yaml``, which every refresh rewrites; empty when notes were up to date."""


def _unnamed(config: Config) -> tuple[str, ...]:
    """The one-line warning while every brief is headed by the workspace folder's name."""
    if not config.title_unnamed:
        return ()
    at = f":{config.title_line}" if config.title_line else ""
    return (f"{CONFIG_NAME}{at}: the briefs are titled {config.title!r}, the folder's name; name the story in "
            "[brief] title",)


def _refuse_folders_outside(config: Config, paths: Sequence[Path]) -> None:
    """A folder under the workspace (history/policy/, say) that is a symlink out of it would let
    a colleague's workspace write anywhere: refused before anything is written."""
    root = config.root.resolve()
    for path in paths:
        folder = path.parent
        if not folder.resolve().is_relative_to(root):
            raise ConfigError(f"is a symlink leading outside the workspace ({folder.resolve()}); make it a real folder "
                              "inside the workspace", path=f"{folder.relative_to(config.root).as_posix()}/")


def build(
    config: Config,
    audiences: str | Sequence[str] | None = None,
    formats: str | Sequence[str] | None = None,
    *,
    strict: bool = False,
    pdf_standard: str | None = None,
    progress: Progress | None = None,
    ingested: Ingested | None = None,
) -> BuildResult:
    """Ingest, refresh notes, verify, compose and render each audience as of the config's dates;
    outputs (and each brief's record in history/) replaced together, only when all are made.
    *ingested* is what an earlier ``ingest`` read, when sources/ has not changed since."""
    from briefgen import record

    names = audience_profiles.resolve(config, audiences)
    chosen_formats = parse_formats(formats, config)
    standard = pdf_standard or config.pdf_standard
    progress = progress or Progress()
    timings = Timings()
    look = look_of(config)  # a logo that cannot be used stops the build before any work
    svg_in_word = (f"{CONFIG_NAME}:{config.style.line('logo')}: style.logo: the DOCX cannot show this SVG logo in "
                   "LibreOffice and older Word (only Word 2016 and later), as CairoSVG and the cairo library (Debian: "
                   "libcairo2) are needed to draw it; give a PNG or JPEG logo",)
    if ingested is None:
        with timings.stage("ingest"):
            ingested = ingest(config, strict=strict, progress=progress)
    profiles = {p.name: p for p in profiles_for(config)}
    with timings.stage("notes"):
        _, refreshed = refresh_notes(config, ingested, progress=progress, profiles=list(profiles.values()))
        bracket_warnings: list[str] = []
        noteset: NoteSet = notes_stage.load(config, ingested.docs, bracket_warnings)
    history_warnings: list[str] = []
    compose_brief = composer_for(config, noteset, history_warnings)
    config = as_of_for(config, noteset.sources)
    files: list[tuple[Path, bytes | str]] = []
    printed = [name for name in names if "pdf" in chosen_formats or profiles[name].max_pages]
    for name in names:
        label = f"rendering pdf {printed.index(name) + 1}/{len(printed)} {name}" if name in printed else ""
        if label:
            progress.show(label)

        def show(text: str, label: str = label) -> None:
            progress.show(f"{label}: {text}")

        outputs, brief = _render_audience(config, compose_brief, profiles[name], chosen_formats, standard, look,
                                          timings, show)
        files += [(config.output_dir / f"{name}.{fmt}", payload) for fmt, payload in outputs]
        files.append((record.history_path(config, name, config.as_of), record.to_json(brief)))
    progress.done()
    # Everything rendered before anything is written: a failed build leaves old outputs intact.
    def shown(path: Path) -> str:
        return path.relative_to(config.root).as_posix()

    _refuse_folders_outside(config, [path for path, _ in files])
    replace_together(files, shown=shown)
    artifacts = [Artifact(path=shown(path), format=path.suffix[1:], size=path.stat().st_size) for path, _ in files]
    return BuildResult(artifacts=tuple(a for a in artifacts if not a.path.startswith(f"{record.HISTORY}/")),
                       records=tuple(a for a in artifacts if a.path.startswith(f"{record.HISTORY}/")),
                       warnings=look.warnings
                       + (svg_in_word if "docx" in chosen_formats and look.logo and look.logo.mime == "image/svg+xml"
                          and svg_as_png(look.logo.data) is None else ())
                       + ingested.skipped + refreshed.warnings + tuple(bracket_warnings) + _unnamed(config)
                       + tuple(w for name in names for w in audience_profiles.mixed_levers(config, profiles[name]))
                       + tuple(dict.fromkeys(history_warnings)),
                       timings=dict(timings.stages),
                       notes_written=refreshed.written + (() if refreshed.up_to_date else
                                                          (f"notes/{LINKS_FILE}",)))
