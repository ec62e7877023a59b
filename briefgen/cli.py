"""The command line: parse options, call one library function, map errors to exit codes.

Exit codes: 0 success, 1 a build or check that failed, 2 a usage error.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any

import click
from click.shell_completion import CompletionItem

from briefgen import __version__, console
from briefgen.errors import BriefgenError


def _shown(text: str) -> str:
    """*text* (which may hold a file name or source text) safe to print on a terminal."""
    from briefgen.ingest.clean import displayable

    return displayable(text)

WORKSPACE_HELP = "Workspace folder (holds briefgen.toml). Default: briefgen's -w, else the current folder."


def _warn(message: str) -> None:
    console.warn(_shown(message))


def _status(message: str) -> None:
    """A line about what the command did: on stderr (stdout carries only results), not with -q."""
    console.status(_shown(message))


def _here(path: Path) -> str:
    """*path* as it works from where briefgen was run: relative to the current folder when
    under it, else absolute."""
    path = path.absolute()
    try:
        return path.relative_to(Path.cwd().resolve()).as_posix() or "."
    except ValueError:
        return str(path)


class _Group(click.Group):
    """Turns expected errors into one line (and a traceback only with --debug)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BriefgenError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                traceback.print_exc()
            click.echo(f"briefgen: error: {_shown(exc.message)}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("briefgen: interrupted; outputs were left as they were", err=True)
            ctx.exit(130)


def _terminal_safe_json(data: Any) -> str:
    """*data* as indented JSON that keeps text as it is but escapes (as \\uXXXX) every character
    that could drive a terminal: controls, DEL, C1 controls and bidirectional controls."""
    import re

    text = json.dumps(data, ensure_ascii=False, indent=2)
    return re.sub("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]",
                  lambda m: f"\\u{ord(m.group()):04x}", text)


def _config(workspace: str) -> Any:
    from briefgen.workspace import load_config

    return load_config(workspace)


def _locked(ctx: click.Context, config: Any) -> None:
    """Hold the workspace lock until the command ends (a second run waits for it)."""
    from briefgen.lock import workspace_lock

    ctx.with_resource(workspace_lock(config))


strict_option = click.option(
    "--strict", is_flag=True,
    help="Stop with an error on a source that cannot be read (default: warn, leave it out, go on).")
# Skipping bad sources became the default in 0.2; the old flag is still accepted.
skip_bad_option = click.option("--skip-bad-sources", is_flag=True, hidden=True)
def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-03-10") from None


as_of_option = click.option(
    "--as-of", "as_of", default=None, callback=_iso_date, metavar="DATE",
    help="Build the brief as it could have been written on DATE (YYYY-MM-DD): sources dated later are left "
         "out. Default: [brief] as_of in briefgen.toml, else the newest source's date.")
since_option = click.option(
    "--since", default=None, callback=_iso_date, metavar="DATE",
    help="Keep only sources dated from DATE on (a period brief); undated sources are kept.")


def _dated(config: Any, as_of: str | None, since: str | None) -> Any:
    """The config with the command line's dates, checked against each other."""
    from briefgen.errors import UsageError

    config = replace(config, as_of=as_of or config.as_of, since=since or config.since,
                     as_of_given=bool(as_of) or config.as_of_given)
    if config.since and config.as_of_given and config.since > config.as_of:
        raise UsageError(f"--since {config.since} is after the as-of date {config.as_of}; choose an earlier date")
    return config


def _workspace(ctx: click.Context, param: click.Parameter | None, value: str | None) -> str:
    """A command's own -w, else the one given to briefgen itself, else the current folder."""
    return value or ctx.find_root().params.get("workspace") or "."


def _quietly_listed(ctx: click.Context, names: Any) -> list[str]:
    """names(config) for the workspace on the command line; [] when there is none or it is
    broken (completion never fails and prints nothing)."""
    import contextlib
    import io

    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            workspace = ctx.params.get("workspace") or _workspace(ctx, None, None)
            return list(names(_config(workspace)))
    except Exception:  # completion must never fail or print
        return []


def _completions(choices: list[str], incomplete: str, *, comma_list: bool,
                 alone: tuple[str, ...] = ()) -> list[CompletionItem]:
    """*choices* starting with *incomplete*; in a comma list, the last item completes and the
    earlier ones are kept (a choice in *alone* only as the whole value)."""
    head, _, last = incomplete.rpartition(",") if comma_list else ("", "", incomplete)
    taken = set(head.split(",")) if head else set()
    prefix = f"{head}," if head else ""
    return [CompletionItem(prefix + choice) for choice in choices
            if choice.startswith(last) and choice not in taken and not (head and choice in alone)]


def _complete_audiences(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    from briefgen.audiences import available

    names = _quietly_listed(ctx, available)
    return _completions([*names, "all"], incomplete, comma_list=True, alone=("all",)) if names else []


def _complete_audience(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    from briefgen.audiences import available

    return _completions(_quietly_listed(ctx, available), incomplete, comma_list=False)


def _complete_formats(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    from briefgen.workspace import FORMATS

    return _completions(list(FORMATS), incomplete, comma_list=True)


workspace_option = click.option("--workspace", "-w", default=None, show_default=False, help=WORKSPACE_HELP,
                                type=click.Path(file_okay=False), callback=_workspace)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
@click.option("--workspace", "-w", default=None, type=click.Path(file_okay=False),
              help="Workspace folder for the command (a command's own -w wins). Default: the current folder.")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors (and the results a command is asked for).")
@click.option("--verbose", "-v", is_flag=True, help="Print more: timings per stage, each notes file updated.")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def main(ctx: click.Context, workspace: str | None, quiet: bool, verbose: bool, debug: bool) -> None:
    """Turn a folder of sources into cited briefing reports.

    Every statement in a brief is a verbatim quote from a source, located and
    verified. Typical use: put documents in sources/, run `briefgen notes`,
    review notes/, then `briefgen build --audience all`.

    Results (a digest, a listing) go to stdout; warnings, progress (on a
    terminal) and lines such as "wrote output/investor.md" go to stderr.

    Example: briefgen -w ~/briefs/floods build --audience investor
    """
    if quiet and verbose:
        raise click.UsageError("choose one of --quiet and --verbose")
    console.set_verbosity("quiet" if quiet else "verbose" if verbose else "normal")
    ctx.call_on_close(lambda: console.set_verbosity("normal"))  # for this command only (tests, scripts)
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    if debug:  # worker processes print the traceback of an unexpected error in a source
        os.environ["BRIEFGEN_DEBUG"] = "1"


@main.command()
@click.argument("directory", type=click.Path(file_okay=False))
def init(directory: str) -> None:
    """Create a new workspace in DIRECTORY that builds as is.

    It gets briefgen.toml, an empty sources/ with a metadata sidecar,
    notes/, templates/ for overrides, output/ and a short guide.

    Example: briefgen init ~/briefs/water-policy
    """
    from briefgen.workspace import init_workspace

    kept: list[str] = []
    path = init_workspace(directory, kept=kept)
    _status(f"created workspace {_here(path)}; put documents into {_here(path / 'sources')} and run `briefgen build`")
    if kept:
        _status(f"kept the existing {', '.join(kept)} (not overwritten)")


@main.command()
@workspace_option
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
def add(workspace: str, files: tuple[str, ...]) -> None:
    """Copy FILES into sources/ and add a metadata stub for each to sources/sources.toml.

    Example: briefgen add ~/Downloads/article.html report.pdf
    """
    from briefgen.errors import SourceError
    from briefgen.ingest import SIDECAR, display_path

    config = _config(workspace)
    _locked(click.get_current_context(), config)
    sidecar = config.sources_dir / SIDECAR
    names = [Path(name).name for name in files]
    # Every name is checked before anything is copied, so a refusal leaves sources/ as it was.
    for name in names:
        shown = display_path(f"sources/{name}")
        if name != os.fsencode(name).decode("utf-8", "replace"):
            raise SourceError("file name is not valid UTF-8; rename the file", path=shown)
        if os.path.lexists(config.sources_dir / name) or name == SIDECAR:
            raise SourceError("already exists; rename the file or remove the old one", path=shown)
    if len(set(names)) < len(names):
        raise SourceError("two of the files have the same name; add them one at a time after renaming one")
    try:
        config.sources_dir.mkdir(exist_ok=True)
        existing = sidecar.read_text(encoding="utf-8") if sidecar.is_file() else ""
        stubs = []
        for name, src in zip(names, files, strict=True):
            shutil.copyfile(src, config.sources_dir / name)
            # A JSON string is a valid TOML basic string, except that TOML also wants DEL escaped.
            key = "[" + json.dumps(name, ensure_ascii=False).replace("\x7f", "\\u007f") + "]"
            if key not in existing:
                stubs.append(f'\n{key}\ntitle = ""\npublisher = ""\nkind = ""\ndate = ""\nurl = ""\n')
            _status(f"added {_here(config.sources_dir / display_path(name))}")
        if stubs:
            with open(sidecar, "a", encoding="utf-8") as handle:
                handle.write("".join(stubs))
    except OSError as exc:
        raise SourceError(f"cannot write there ({exc.strerror}); check that sources/ is a writable folder",
                          path=display_path(str(exc.filename and config.rel(Path(exc.filename)) or "sources/"))) from exc
    if stubs:
        _status(f"complete their metadata in {_here(sidecar)} (unknown fields may stay empty)")


@main.command()
@workspace_option
@click.option("--show-removed", is_flag=True, help="Also list what was left out of each source as boilerplate (wire datelines and "
              "bylines, notices, page widgets), with reasons.")
@click.option("--json", "as_json", is_flag=True, help="Print the listing as JSON (keys below).")
@as_of_option
@since_option
@strict_option
@skip_bad_option
def sources(workspace: str, show_removed: bool, as_json: bool, as_of: str | None, since: str | None, strict: bool,
            skip_bad_sources: bool) -> None:
    """List the sources with their metadata (unknown fields shown as such).

    Metadata is the sidecar's (sources/sources.toml) first, then what the
    file and its text give: headline, dated header line or dateline, wire
    credit or byline.

    Duplicates (the same article again, or syndicated) are marked with the
    source they repeat; sources outside the brief's dates (after the as-of
    date, before --since) are marked as left out; unreadable sources are
    reported on stderr.

    \b
    With --json, one object: "as_of", "since" (null when not given),
    "sources": a list of objects, in the listing's order, with the keys
      path, id, format, title, publisher, date, updated (the date the text
      says it was last updated, when later than date, else ""), date_from ("file name" or
      "file created" when the text gives no date, "dateline" for a year-less wire dateline, "first sentence" for the
      day its opening sentence says the news was told, "later sentence" for the day a later
      sentence says it was told, on the weekday the opening sentence names, else ""), estimated (when no
      date is known: the latest day the text reports as past, ISO, else ""), kind, url, author,
      reliability ("" when unknown), cited_outlets (list), sentences, posts,
      duplicate_of (id or null), dates ("in", "undated", "after": dated
      after the as-of date, "before": dated before --since), left_out (true
      for after and before), removed (list of {reason, start, end, text});
    and "warnings": sources left unread and duplicates (also on stderr).

    Example: briefgen sources --show-removed
    """
    from briefgen.ingest.clean import displayable
    from briefgen.pipeline import ingest
    from briefgen.window import as_of_for, classify, list_sources

    config = _dated(_config(workspace), as_of, since)
    _locked(click.get_current_context(), config)
    ingested = ingest(config, strict=strict)
    config = as_of_for(config, ingested.docs)
    for message in ingested.skipped:
        _warn(message)
    if as_json:
        listing = {"as_of": config.as_of, "since": config.since or None,
                   "sources": [entry.as_dict() for entry in list_sources(ingested.docs, config.as_of, config.since)],
                   "warnings": list(ingested.skipped)}
        click.echo(_terminal_safe_json(listing))
        return
    outside = {"after": f"left out: dated after the as-of date {config.as_of}",
               "before": f"left out: dated before {config.since}"}
    for doc in ingested.docs:
        meta = doc.meta
        shown: dict[str, Any] = {name: displayable(value) for name, value in meta.as_dict().items()
                                 if isinstance(value, str)}
        meta = replace(meta, **shown)
        click.echo(
            f"{doc.path}\t{meta.title or '(title unknown)'}\t{meta.publisher or '(publisher unknown)'}\t"
            f"{meta.date or (f'(date unknown; about {meta.estimated}, estimated from the text)' if meta.estimated else '(date unknown)')}"
            f"{f' (updated {meta.updated})' if meta.updated else ''}"
            f"{f' (from {meta.date_from})' if meta.date_from else ''}\t{meta.kind or '(kind unknown)'}\t{meta.reliability}\t"
            f"{len(doc.sentences)} sentences" + (f", {len(doc.posts)} posts" if doc.posts else "")
            + (f"\tduplicate of {doc.duplicate_of}" if doc.duplicate_of else "")
            + (f"\t{outside[place]}" if (place := classify(doc, config.as_of, config.since)) in outside else "")
        )
        if meta.cited_outlets:
            click.echo(f"  cites: {displayable(', '.join(meta.cited_outlets))}")
        if show_removed:
            for removed in doc.removed:
                snippet = " ".join(displayable(doc.text[removed.start:removed.end]).split())
                click.echo(f"  removed ({removed.reason}): {snippet[:100]}")


@main.command()
@workspace_option
@strict_option
@skip_bad_option
def notes(workspace: str, strict: bool, skip_bad_sources: bool) -> None:
    """Extract or refresh structured notes into notes/, keeping the analyst's edits.

    Unchanged sources are not re-extracted. Notes you pinned, dropped,
    paraphrased or added yourself survive every re-run.

    Example: briefgen notes
    """
    from briefgen.pipeline import refresh_notes

    config = _config(workspace)
    _locked(click.get_current_context(), config)
    ingested, result = refresh_notes(config, strict=strict)
    for message in ingested.skipped if ingested else ():
        _warn(message)
    for message in result.warnings:
        _warn(message)
    for written in result.written:
        console.detail(f"updated {_here(config.root / written)}")
    if result.up_to_date:
        _status("notes are up to date")
    else:
        used = len(ingested.docs) if ingested else 0
        _status(f"{result.notes} notes from {used} sources; {len(result.written)} notes files updated")


@main.command()
@workspace_option
def check(workspace: str) -> None:
    """Verify that every note's quote (and evidence) stands in its source.

    Whitespace and straight-vs-curly quote marks are ignored; any other
    difference fails, naming the note and notes file:line. A bracket must
    read as a name, a role or a day, not a clause ("[who chairs it]",
    "[Games, clearing the way]"): one briefgen wrote (in a note or in the
    latest brief of history/) fails; one you wrote or edited in notes/ is
    kept and quoted as written, with a warning naming it.

    Example: briefgen check
    """
    from briefgen import notes as notes_stage
    from briefgen.pipeline import ingest

    config = _config(workspace)
    _locked(click.get_current_context(), config)
    ingested = ingest(config)
    told: list[str] = []
    problems, verified = notes_stage.check(config, ingested.docs, told)
    problems += notes_stage.brief_problems(config, ingested.docs)
    for warning in told:
        click.echo(f"briefgen: warning: {_shown(warning)}", err=True)
    for problem in problems:
        click.echo(f"briefgen: error: {_shown(problem)}", err=True)
    if problems:
        click.echo(f"{len(problems)} quote(s) failed, {verified} verified", err=True)
        sys.exit(1)
    _status(f"all {verified} quotes verified against their sources")


@main.command()
@workspace_option
@click.option("--words", "-n", default=250, show_default=True, type=click.IntRange(20, 100000),
              help="Word budget (sentences are never cut).")
@click.option("--cite/--no-cite", default=True, show_default=True,
              help="Number each statement and list where each stands after the statements.")
def digest(workspace: str, words: int, cite: bool) -> None:
    """Print a plain-text digest: the sentences that cover most of what the sources report, each fact once.

    For email or chat; it is also how extraction quality is measured. The
    statements (with their [n] markers) come first and stay within the word
    budget; the list of where each stands follows them.

    Example: briefgen digest --words 250
    """
    from briefgen import notes as notes_stage
    from briefgen.compose import digest as make_digest
    from briefgen.ingest.clean import typeset
    from briefgen.notes.verify import describe
    from briefgen.pipeline import ingest, refresh_notes

    config = _config(workspace)
    _locked(click.get_current_context(), config)
    ingested = ingest(config)
    refresh_notes(config, ingested)
    noteset = notes_stage.load(config, ingested.docs)
    chosen, _ = make_digest(noteset, words, marker_words=1 if cite else 0,
                            more=notes_stage.candidates(config, ingested.docs, noteset))
    docs = {doc.id: doc for doc in noteset.sources}
    paths = {doc.id: doc.path for doc in noteset.sources}
    for number, (text, _) in enumerate(chosen, 1):
        # Source text never drives the terminal; wire copy's `` '' and " _ " read as the briefs show them.
        shown = _shown(typeset(text))
        click.echo(f"{shown} [{number}]" if cite else shown)
    if cite and chosen:
        click.echo("\nSources:")
        for number, (_, note) in enumerate(chosen, 1):
            path = _shown(paths.get(note.span.source, note.span.source))
            click.echo(f"[{number}] {path}: {describe(note.span, docs.get(note.span.source))}")


@main.command()
@workspace_option
@click.option("--audience", "-a", default=None, shell_complete=_complete_audiences,
              help="Audience name, a comma list, or 'all' (default: [build] audiences in briefgen.toml).")
@click.option("--format", "formats", default=None, shell_complete=_complete_formats,
              help="Comma list of md, html, pdf, docx, json (default: [build] formats). json is the brief as data "
                   "(statements, citations with quotes and offsets, figures, sources), per the JSON Schema "
                   "shipped as briefgen/schemas/brief-record-1.schema.json.")
@click.option("--pdf-standard", type=click.Choice(["ua-1", "a-3b", "none"]), default=None,
              help="PDF flavour: ua-1 (tagged, accessible; default), a-3b (archival) or none.")
@as_of_option
@since_option
@strict_option
@skip_bad_option
def build(workspace: str, audience: str | None, formats: str | None, pdf_standard: str | None,
          as_of: str | None, since: str | None, strict: bool, skip_bad_sources: bool) -> None:
    """Build cited briefs into output/ (<audience>.md, .pdf, .html, .docx, .json).

    Refreshes notes first (cached), verifies every quote, and refuses to
    render a citation it cannot verify. Old outputs are replaced only when
    the whole build succeeded. A source that cannot be read is a warning and
    is left out (--strict: an error); a duplicate article is counted once.

    Each build is recorded in history/<audience>/<as-of>.json; a section of
    style `changes` compares with the latest recorded brief of an earlier date.

    Example: briefgen build --audience all --format md,pdf --as-of 2026-03-10
    """
    from briefgen.api import Workspace

    config = _dated(_config(workspace), as_of, since)
    _locked(click.get_current_context(), config)
    result = Workspace(config).build(audience, formats, strict=strict, pdf_standard=pdf_standard)
    for message in result.warnings:
        _warn(message)
    for artifact in result.artifacts:
        _status(f"wrote {_here(config.root / artifact.path)} ({artifact.size:,} bytes)")
    for kept in result.records:
        _status(f"recorded {_here(config.root / kept.path)}")
    console.detail("seconds per stage: " + ", ".join(f"{stage} {took:.2f}" for stage, took in result.timings.items()))


@main.command()
@workspace_option
@click.option("--audience", "-a", default="all", show_default=True, shell_complete=_complete_audiences,
              help="Audience name or comma list to preview, or 'all'.")
@click.option("--port", "-p", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port on 127.0.0.1 (0: any free port).")
@as_of_option
@since_option
def serve(workspace: str, audience: str, port: int, as_of: str | None, since: str | None) -> None:
    """Preview the HTML briefs in a browser while you edit; Ctrl-C stops.

    Builds output/<audience>.html (recording each brief in history/, as
    `briefgen build --format html` does), serves them and an index page on
    http://127.0.0.1:PORT/ (this machine only), and watches sources/,
    notes/, templates/ and briefgen.toml. A change rebuilds only the briefs
    it affects (a template: the audiences using it; notes are refreshed only
    when the notes cache says so) and open pages reload by themselves. A
    build error shows in the page and here, and the server keeps running.
    The reload script is added to the pages as they are served, never to
    the files. The workspace is locked only while building, so `briefgen
    build` in another terminal works alongside.

    Example: briefgen serve --audience investor,policy --port 8000
    """
    from briefgen.serve import leave
    from briefgen.serve import serve as run

    config = _dated(_config(workspace), as_of, since)
    run(config.root, audience, port, as_of=as_of, since=since,
        ready=lambda url: click.echo(f"serving {url} (watching sources/, notes/, templates/ and briefgen.toml; "
                                     "Ctrl-C stops)"))
    leave(0)  # stopped and cleaned up: no watcher or worker thread may hold the exit


@main.command()
@workspace_option
@click.option("--audience", "-a", default=None, shell_complete=_complete_audience,
              help="Audience (default: the first of [build] audiences).")
@as_of_option
def changes(workspace: str, audience: str | None, as_of: str | None) -> None:
    """Print what changed since the last recorded brief, as plain text.

    Compares the brief as of today (or --as-of) with the latest brief of the
    same audience recorded with an earlier as-of date (each `briefgen build`
    records one in history/): new claims, updated figures, contradicted and
    no longer supported statements, each with its source. For e-mail or chat.

    Example: briefgen changes --audience investor --as-of 2026-03-23
    """
    from briefgen.api import Workspace
    from briefgen.window import as_of_for, long_date

    config = _dated(_config(workspace), as_of, None)
    _locked(click.get_current_context(), config)
    noteset = Workspace(config).notes()
    config = as_of_for(config, noteset.sources)
    space = Workspace(config)
    name = audience or (config.audiences[0] if config.audiences else "executive")
    warnings: list[str] = []
    earlier = [r for r in space.history(name, warnings) if r.as_of < config.as_of]
    for message in warnings:
        _warn(message)
    if not earlier:
        click.echo(f"no {name} brief recorded before {config.as_of}; build one first "
                   f"(briefgen build --audience {name} --as-of DATE)")
        return
    brief = space.compose(name, noteset, changes=True)
    section = next((s for s in brief.sections if s.style == "changes"), None)
    click.echo(f"What changed since {long_date(earlier[-1].as_of)} ({name} brief as of {long_date(config.as_of)})")
    if section is None:
        click.echo("\nNothing new: no source since then adds, updates or removes a statement.")
        return
    numbers = {c.number: c for c in brief.citations}
    cited: list[int] = []
    for change, heading in (("new", "New"), ("updated", "Updated"), ("gone", "No longer in the brief")):
        items = [item for item in section.items if item.change == change]
        if items:
            click.echo(f"\n{heading}:")
        for item in items:
            label = f"{item.label}: " if item.label else ""
            marks = "".join(f" [{n}]" for n in item.citations)
            cited += [n for n in item.citations if n not in cited]
            reason = f" ({item.reason})" if item.reason else ""
            click.echo(_shown(f"- {label}{item.text}{marks}{reason}"))
    if cited:
        click.echo("\nSources:")
        for number in cited:
            c = numbers[number]
            click.echo(_shown(f"[{number}] {c.source_title or c.path} ({c.date or 'date unknown'}), {c.path}: "
                              f"{c.location}"))


@main.command()
@workspace_option
@click.option("--audience", "-a", default=None, shell_complete=_complete_audience,
              help="Only this audience's briefs.")
def history(workspace: str, audience: str | None) -> None:
    """List the recorded briefs in history/, oldest first per audience.

    Every `briefgen build` records what each brief said (statements,
    citations, figures, sources and their hashes) in
    history/<audience>/<as-of>.json; keep the folder under version control.

    Example: briefgen history --audience investor
    """
    from briefgen.api import Workspace
    from briefgen.record import HISTORY

    space = Workspace(_config(workspace))
    folder = space.config.root / HISTORY
    names = [audience] if audience else sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
    warnings: list[str] = []
    shown_any = False
    for name in names:
        for record in space.history(name, warnings):
            statements = sum(len(s.items) for s in record.sections)
            compared = f"\tcompared with {record.compared_with}" if record.compared_with else ""
            click.echo(_shown(f"{HISTORY}/{name}/{record.as_of}.json\t{name}\tas of {record.as_of}"
                              f"{' since ' + record.since if record.since else ''}\t{statements} statements, "
                              f"{len(record.citations)} citations, {len(record.sources)} sources{compared}"))
            shown_any = True
    for message in warnings:
        _warn(message)
    if not shown_any:
        click.echo("no briefs recorded yet; `briefgen build` records each brief it writes")


@main.command(name="audiences")
@workspace_option
def audiences_command(workspace: str) -> None:
    """List the audiences this workspace can build, with what each is for.

    Add one with templates/audiences/NAME.toml and NAME.md.j2.

    Example: briefgen audiences
    """
    from briefgen.audiences import available, load_profile

    config = _config(workspace)
    for name in available(config):
        profile = load_profile(config, name)
        click.echo(f"{name}\t{profile.description}")


@main.group(name="templates", invoke_without_command=True)
@workspace_option
@click.pass_context
def templates_command(ctx: click.Context, workspace: str) -> None:
    """List the default templates, which ones this workspace overrides, and the blocks
    each template offers (an override may replace any of them).

    Example: briefgen templates; briefgen templates copy audiences/investor.md.j2
    """
    ctx.ensure_object(dict)["workspace"] = workspace
    if ctx.invoked_subcommand is not None:
        return
    from briefgen.template_files import list_templates

    for item in list_templates(_config(workspace)):
        where = "yours (overrides the default)" if item.overridden else "default" if item.default else "yours"
        blocks = f"\tblocks: {', '.join(item.blocks)}" if item.blocks else ""
        click.echo(f"{_shown(item.name)}\t{item.kind}\t{where}{blocks}")


@templates_command.command(name="copy")
@click.argument("name")
@click.option("--force", is_flag=True, help="Replace the workspace's own file of that name.")
@click.pass_context
def templates_copy(ctx: click.Context, name: str, force: bool) -> None:
    """Copy a default template into the workspace's templates/, ready to edit.

    Keep only the blocks you change: an override can start with
    {% extends "!default/NAME" %} and replace single blocks.

    Example: briefgen templates copy audiences/investor.md.j2
    """
    from briefgen.template_files import copy_template

    config = _config(ctx.obj["workspace"])
    target = copy_template(config, name, force=force)
    _status(f"copied the default {name} to {_here(target)}; edit it there")
