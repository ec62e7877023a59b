"""briefgen from Python: open a workspace, take notes, compose and render briefs.

    import briefgen
    ws = briefgen.open_workspace("~/briefs/floods")
    brief = ws.compose("investor")                # a briefgen.models.Brief
    print(ws.render(brief, "md"))
    ws.dated(as_of="2026-03-06").build("all", "md,json")

Every method holds the workspace lock while it works (another briefgen run in the same
workspace waits), raises a ``briefgen.errors.BriefgenError`` subclass with a one-line message
on bad input, and never writes outside the workspace. The command line uses these methods.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.errors import UsageError
from briefgen.ingest import Ingested
from briefgen.lock import workspace_lock
from briefgen.models import Brief, NoteSet, SectionSpec
from briefgen.record import BriefRecord
from briefgen.workspace import FORMATS, Config, load_config

if TYPE_CHECKING:
    from briefgen.pipeline import BuildResult


@dataclass(frozen=True)
class Workspace:
    """A validated workspace, as of its dates."""

    config: Config

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with workspace_lock(self.config):
            yield

    def dated(self, as_of: str | None = None, since: str | None = None) -> Workspace:
        """The same workspace as of another date (ISO) and/or keeping sources from *since* on."""
        import datetime as dt

        for name, value in (("as_of", as_of), ("since", since)):
            if value is not None:
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    raise UsageError(f"{name} {value!r} is not a date like 2026-03-10") from None
        config = replace(self.config, as_of=as_of or self.config.as_of, since=since or self.config.since,
                         as_of_given=bool(as_of) or self.config.as_of_given)
        if config.since and config.as_of_given and config.since > config.as_of:
            raise UsageError(f"since {config.since} is after the as-of date {config.as_of}; choose an earlier date")
        return Workspace(config)

    def audiences(self) -> list[str]:
        """Every audience with a profile (defaults and the workspace's own)."""
        from briefgen.audiences import available

        return available(self.config)

    def ingest(self, *, strict: bool = False) -> Ingested:
        """Read every source (unreadable ones become warnings in ``.skipped``, or errors if *strict*)."""
        from briefgen.pipeline import ingest

        with self._locked():
            return ingest(self.config, strict=strict)

    def notes(self, ingested: Ingested | None = None) -> NoteSet:
        """Refresh notes/ (keeping the analyst's edits) and return every note with its sources."""
        from briefgen import notes as notes_stage
        from briefgen.pipeline import ingest, refresh_notes

        with self._locked():
            ingested = ingested or ingest(self.config)
            refresh_notes(self.config, ingested)
            return notes_stage.load(self.config, ingested.docs)

    def compose(self, audience: str, noteset: NoteSet | None = None, *, changes: bool = False) -> Brief:
        """The brief for *audience* as of the workspace's dates, compared with its latest earlier
        recorded brief. With *changes*, a `changes` section is composed even when the profile
        has none (it comes first)."""
        from briefgen.audiences import load_profile
        from briefgen.pipeline import composer_for

        profile = load_profile(self.config, audience)
        if changes and not any(s.style == "changes" for s in profile.sections):
            spec = SectionSpec(id="changes", title="What changed since {since}", style="changes", max_items=8)
            profile = replace(profile, sections=(spec, *profile.sections))
        with self._locked():
            noteset = noteset or self.notes()
            return composer_for(self.config, noteset)(profile)

    def render(self, brief: Brief, fmt: str) -> str | bytes:
        """*brief* as md, html or json (text), or pdf or docx (bytes): what ``build --format FMT``
        writes for it (the workspace's [style]; a contents list when the brief is long)."""
        from briefgen.pipeline import render_brief
        from briefgen.record import to_json
        from briefgen.render.markdown import render_markdown
        from briefgen.style import look

        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        if fmt == "json":
            return to_json(brief)
        markdown = render_markdown(self.config, brief)
        if fmt == "md":
            return markdown
        outputs, _ = render_brief(self.config, brief, markdown, [fmt], standard=self.config.pdf_standard,
                                  look=look(self.config))
        return outputs[0][1]

    def build(self, audiences: str | Sequence[str] | None = None, formats: str | Sequence[str] | None = None, *,
              strict: bool = False,
              pdf_standard: str | None = None, ingested: Ingested | None = None) -> BuildResult:
        """Build and write the briefs (audiences: a name, a comma list, a list or "all"; formats:
        a comma list or a list), recording each in history/; see ``briefgen build --help``.
        *ingested*: what ``ingest`` read earlier, reused when sources/ is unchanged since."""
        from briefgen.pipeline import build

        with self._locked():
            return build(self.config, audiences, formats, strict=strict, pdf_standard=pdf_standard,
                         ingested=ingested)

    def history(self, audience: str, warnings: list[str] | None = None) -> list[BriefRecord]:
        """The recorded briefs of *audience*, oldest first."""
        from briefgen.record import load_history

        return load_history(self.config, audience, warnings)


def open_workspace(path: str | Path = ".") -> Workspace:
    """The workspace in *path* (a folder holding briefgen.toml); ConfigError when there is none
    or it is invalid."""
    return Workspace(load_config(Path(path).expanduser()))

