"""Live preview: build the HTML briefs, serve them and an index page on 127.0.0.1, rebuild what a
change in sources/, notes/, templates/ or briefgen.toml affects, and reload the open pages.

    serve(root, audiences, port, ready=...)   # until Ctrl-C

* ``Preview`` builds through the Python API (``Workspace.build``, so the workspace lock is held only
  while building and the notes cache decides whether notes need a refresh) and keeps a version
  number per page; ``plan_changes`` says what a batch of changed files asks to rebuild.
* ``_Watcher`` feeds changed files from watchfiles (inotify) to the builder.
* ``_Handler`` serves files from output/ only; into an HTML response (never into the file) it adds a
  small script that listens on ``/__events`` (Server-Sent Events) and reloads the page when its
  version changes, and a banner with the build error when there is one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mimetypes
import os
import queue
import re
import signal
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jinja2

from briefgen import console
from briefgen.api import Workspace, open_workspace
from briefgen.errors import BriefgenError, TemplateError
from briefgen.ingest import Ingested
from briefgen.ingest.clean import displayable
from briefgen.lock import workspace_lock
from briefgen.workspace import CONFIG_NAME

HOST = "127.0.0.1"
DEFAULT_PORT = 8765
EVENTS = "/__events"
"""The Server-Sent Events endpoint the reload script listens on."""
WATCHED = ("sources", "notes", "templates")
"""Folders watched (recursively), besides briefgen.toml."""
INDEX = ""
"""Version key of the index page (and of a whole-build error)."""
KEEPALIVE = 15.0
"""Seconds between keep-alive comments on an idle event stream (a closed tab is noticed then)."""

_PAGES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent / "serve_pages"),
    autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
)


@dataclass(frozen=True)
class Plan:
    """What a batch of changed files asks the preview to do again."""

    reopen: bool = False
    """briefgen.toml changed: read the configuration again."""
    reread: bool = False
    """sources/ (or the configuration) changed: read the sources again; the notes cache then
    decides whether notes are refreshed."""
    audiences: frozenset[str] | None = frozenset()
    """Audiences to build again; None for every audience served."""
    changed: tuple[str, ...] = ()
    """The changed files, relative to the workspace, for the terminal."""


def _with_files_of_new_folders(root: Path, changed: Iterable[Path]) -> list[Path]:
    """*changed*, plus the files inside any folder among them under templates/: a file written
    right after its folder was made can come before the watcher watches that folder, and so
    report no event of its own."""
    paths = list(changed)
    for path in list(paths):
        try:
            inside = path.relative_to(root).parts[:1] == ("templates",) and path.is_dir() and not path.is_symlink()
        except ValueError:
            inside = False
        if inside:
            paths += sorted(p for p in path.rglob("*") if p.is_file())
    return paths


def plan_changes(root: Path, served: Sequence[str], changed: Iterable[Path],
                 templates_of: Callable[[str], set[str] | None]) -> Plan:
    """What *changed* (paths in the workspace *root*) asks to rebuild for the audiences *served*.

    briefgen.toml: everything, read again. sources/: the sources read again and every audience
    (notes follow the sources). notes/: every audience. templates/audiences/NAME.toml: that
    audience. Another template file: the audiences whose templates use it (*templates_of* gives
    the template names an audience's template extends, includes or imports, None when unknown),
    every audience for a file no template names (the stylesheets, themes.toml)."""
    reopen = reread = everything = False
    chosen: set[str] = set()
    names: list[str] = []
    uses: dict[str, set[str] | None] | None = None
    for path in _with_files_of_new_folders(root, changed):
        try:
            parts = path.relative_to(root).parts
        except ValueError:
            continue
        if not parts:
            continue
        top, rest = parts[0], "/".join(parts[1:])
        if top == "templates" and rest and path.is_dir():
            continue  # a folder made: its files are among the changes
        names.append("/".join(parts))
        if top == CONFIG_NAME and len(parts) == 1:
            reopen = reread = everything = True
        elif top == "sources":
            reread = everything = True
        elif top == "notes" or (top == "templates" and not rest):
            everything = True
        elif top == "templates":
            profile = re.fullmatch(r"audiences/([^/]+)\.toml", rest)
            if profile:
                chosen.add(profile.group(1))
                continue
            if uses is None:
                uses = {name: templates_of(name) for name in served}
            users = {name for name, used in uses.items() if used is None or rest in used}
            if users:
                chosen |= users
            elif not rest.endswith(".j2"):
                everything = True  # brief.css, brief-screen.css, themes.toml, ...
    return Plan(reopen=reopen, reread=reread, audiences=None if everything else frozenset(chosen),
                changed=tuple(sorted(set(names))))


def template_names(workspace: Workspace, audience: str) -> set[str] | None:
    """The template names *audience*'s template uses, itself included (``!default/`` stripped);
    None when that cannot be told (a template that names another through a variable, or one that
    cannot be read or parsed: the build reports those)."""
    from jinja2 import meta

    from briefgen.audiences import load_profile
    from briefgen.render.markdown import environment

    config = workspace.config
    try:
        first = load_profile(config, audience).template
    except BriefgenError:
        return None
    env = environment(config)
    assert env.loader is not None
    seen: set[str] = set()
    todo = [first]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            source, _, _ = env.loader.get_source(env, name)
            referenced = list(meta.find_referenced_templates(env.parse(source)))
        except (jinja2.TemplateError, BriefgenError):
            return None
        if None in referenced:
            return None
        todo += [str(ref) for ref in referenced]
    return {name.removeprefix("!default/") for name in seen}


class Preview:
    """The briefs being previewed. ``update`` builds what a plan asks (in the caller's thread);
    the HTTP threads read what pages show: a version per audience page and for the index (a page
    reloads when its version changes) and the one-line error of each failed build."""

    def __init__(self, root: Path, selection: str, *, as_of: str | None = None, since: str | None = None,
                 ) -> None:
        self.root = root
        self.selection = selection
        self.as_of = as_of
        self.since = since
        self.workspace = self._open()
        self.output_dir = self.workspace.config.output_dir
        self._cond = threading.Condition()
        self._stopping = False
        self.versions: dict[str, int] = {INDEX: 0}
        self.errors: dict[str, str] = {}
        """Error per audience; under INDEX an error that stopped every build."""
        self.served: tuple[str, ...] = tuple(self._served(self.workspace))
        self.descriptions: dict[str, str] = {}
        self._ingested: Ingested | None = None
        self._digests: dict[str, str] = {}
        self._failed: set[str] = set()
        self._own: dict[str, tuple[int, int, int]] = {}
        self._warnings: tuple[str, ...] = ()
        self._folders: dict[str, bool] = {}
        self._reopen = False

    # -- building (the main thread) ---------------------------------------------------------

    def _open(self) -> Workspace:
        return open_workspace(self.root).dated(as_of=self.as_of, since=self.since)

    def _served(self, workspace: Workspace) -> list[str]:
        from briefgen.audiences import resolve

        return resolve(workspace.config, self.selection)

    def _same_folder(self, path: Path) -> bool:
        """True for a watched folder itself that exists as it did after the last build (the
        notes stage creates notes/; a folder made or removed since is a change)."""
        if path.parent != self.root or path.name not in WATCHED:
            return False
        return self._folders.get(path.name) == path.is_dir()

    def own_write(self, path: Path) -> bool:
        """True when *path* is a notes file exactly as the last build wrote it (its own change)."""
        key = str(path)
        if key not in self._own:
            return False
        try:
            info = path.stat()
        except OSError:
            return False
        return self._own[key] == (info.st_mtime_ns, info.st_size, info.st_ino)

    def changed(self, paths: Iterable[Path]) -> None:
        """Rebuild what a change of *paths* affects (not counting the builds' own writes)."""
        workspace = self.workspace
        paths = [p for p in paths if not self.own_write(p) and not self._same_folder(p) and not _hidden(self.root, p)]
        if not paths:
            return
        self.update(plan_changes(self.root, self.served, paths, lambda name: template_names(workspace, name)))

    def update(self, plan: Plan) -> None:
        """Build what *plan* asks, the audiences whose last build failed and any audience newly
        served; bump the versions of the pages that now show something else; say what was done."""
        started = time.perf_counter()
        try:
            if plan.reopen or self._reopen:
                self._reopen = True  # until briefgen.toml reads well again
                self.workspace = self._open()
                self._reopen = False
                self._ingested = None
            served = tuple(self._served(self.workspace))
        except BriefgenError as exc:
            self._publish(self.served, {}, {INDEX: exc.message}, plan, started)
            return
        if plan.reread:
            self._ingested = None
        wanted = set(served) if plan.audiences is None else set(plan.audiences) & set(served)
        wanted |= (self._failed | (set(served) - set(self._digests))) & set(served)
        if not wanted and served == self.served and INDEX not in self.errors:
            self._say(plan, set(), set(), {}, 0.0)
            return
        errors: dict[str, str] = {}
        built: set[str] = set()
        try:
            with workspace_lock(self.workspace.config):
                if self._ingested is None:
                    self._ingested = self.workspace.ingest()
                self.descriptions = self._descriptions(served)
                built, errors = self._build(sorted(wanted))
        except BriefgenError as exc:
            errors = {INDEX: exc.message}
        self._failed = (self._failed | wanted) - built
        self._folders = {name: (self.root / name).is_dir() for name in WATCHED}
        self._publish(served, {name: _digest(self.output_dir / f"{name}.html") for name in built}, errors, plan,
                      started)

    def _descriptions(self, served: Sequence[str]) -> dict[str, str]:
        from briefgen.audiences import load_profile

        found: dict[str, str] = {}
        for name in served:
            try:
                found[name] = load_profile(self.workspace.config, name).description
            except BriefgenError:
                found[name] = ""
        return found

    def _build(self, audiences: list[str]) -> tuple[set[str], dict[str, str]]:
        """(audiences built, error per audience). All together first; after a template error,
        each alone, so that one broken template leaves the others' pages live."""
        if not audiences:
            return set(), {}
        try:
            self._built(self.workspace.build(audiences, "html", ingested=self._ingested))
            return set(audiences), {}
        except TemplateError as exc:
            if len(audiences) == 1:
                return set(), {audiences[0]: exc.message}
        built: set[str] = set()
        errors: dict[str, str] = {}
        for name in audiences:
            try:
                self._built(self.workspace.build([name], "html", ingested=self._ingested))
                built.add(name)
            except BriefgenError as exc:
                errors[name] = exc.message
        return built, errors

    def _built(self, result: Any) -> None:
        for name in result.notes_written:
            path = self.root / name
            with contextlib.suppress(OSError):
                info = path.stat()
                self._own[str(path)] = (info.st_mtime_ns, info.st_size, info.st_ino)
        if result.warnings != self._warnings:
            for message in result.warnings:
                console.warn(displayable(message))
            self._warnings = result.warnings

    def _publish(self, served: tuple[str, ...], digests: dict[str, str], errors: dict[str, str], plan: Plan,
                 started: float) -> None:
        """Record the outcome (*digests* of the pages built, *errors* of those that failed, or under
        INDEX of the whole build) and bump the version of every page that now shows something else."""
        before = dict(self.errors)
        after = {name: message for name, message in before.items()
                 if name in served and name not in digests and name not in errors}
        after.pop(INDEX, None)
        after.update(errors)
        bumped = {name for name, digest in digests.items() if digest != self._digests.get(name)}
        bumped |= {name for name in set(before) | set(after) if before.get(name) != after.get(name)}
        if INDEX in bumped:
            bumped |= set(served)
        bumped |= set(served) ^ set(self.served)
        self._digests.update(digests)
        with self._cond:
            self.errors = after
            self.served = served
            for name in bumped | ({INDEX} if bumped else set()):
                self.versions[name] = self.versions.get(name, 0) + 1
            self._cond.notify_all()
        self._say(plan, set(digests), bumped, errors, time.perf_counter() - started)

    def _say(self, plan: Plan, built: set[str], bumped: set[str], errors: dict[str, str], seconds: float) -> None:
        cause = ""
        if plan.changed:
            more = f" and {len(plan.changed) - 1} more" if len(plan.changed) > 1 else ""
            cause = f"{plan.changed[0]}{more} changed: "
        if built:
            same = sorted(built - bumped)
            note = f" ({', '.join(same)} unchanged)" if same else ""
            console.status(displayable(f"{cause}built {', '.join(sorted(built))} in {seconds:.1f} s{note}"))
        elif cause and not errors:
            console.status(displayable(f"{cause}nothing to rebuild"))
        for name, message in sorted(errors.items()):
            console.error(displayable(message + (f" ({name} brief not rebuilt)" if name else "")))

    # -- what pages show (the HTTP threads) ---------------------------------------------------

    def snapshot(self) -> tuple[dict[str, int], dict[str, str], tuple[str, ...], dict[str, str]]:
        """(versions, errors, audiences served, their descriptions), consistent with each other."""
        with self._cond:
            return dict(self.versions), dict(self.errors), self.served, dict(self.descriptions)

    def wait(self, seen: dict[str, int] | None, timeout: float) -> dict[str, int] | None:
        """The versions once they differ from *seen* (or after *timeout*); None when stopping."""
        with self._cond:
            self._cond.wait_for(lambda: self._stopping or self.versions != seen, timeout)
            return None if self._stopping else dict(self.versions)

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()


def _hidden(root: Path, path: Path) -> bool:
    """A hidden file or folder (a temporary file of a write in progress; ingest skips them too)."""
    try:
        return any(part.startswith(".") for part in path.relative_to(root).parts)
    except ValueError:
        return True


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


# -- HTTP ------------------------------------------------------------------------------------

def served_file(output_dir: Path, url_path: str) -> Path | None:
    """The regular file under *output_dir* that *url_path* (as requested, %-encoded) names, or
    None: nothing there, a name starting with a dot, ``..`` in any spelling, or a symlink that
    leads out of output/."""
    decoded = unquote(url_path, errors="strict") if "%" in url_path else url_path
    if "\x00" in decoded or "\\" in decoded:
        return None
    parts = [part for part in decoded.split("/") if part]
    if not parts or any(part.startswith(".") for part in parts):
        return None
    candidate = output_dir.joinpath(*parts)
    try:
        resolved = candidate.resolve(strict=True)
        mode = resolved.stat().st_mode
    except (OSError, RuntimeError):
        return None
    if not resolved.is_relative_to(output_dir.resolve()) or not stat.S_ISREG(mode):
        return None
    return resolved


def inject(page: str, extra: str) -> str:
    """*page* (an HTML document) with *extra* at the start of its body."""
    found = re.search(r"<body\b[^>]*>", page, flags=re.IGNORECASE)
    if found is None:
        return extra + page
    return page[: found.end()] + "\n" + extra + page[found.end():]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    preview: Preview


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "briefgen-serve"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        return  # the terminal shows builds, not requests

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if not self._host_allowed():
            self._send(HTTPStatus.FORBIDDEN, b"forbidden\n", "text/plain; charset=utf-8")
            return
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path == EVENTS:
            self._events()
        elif path == "/":
            self._send(HTTPStatus.OK, self._index().encode(), "text/html; charset=utf-8")
        else:
            self._file(path)

    def _host_allowed(self) -> bool:
        """Only the addresses the server listens on: a web page elsewhere cannot read the briefs by
        pointing its own host name at 127.0.0.1 (DNS rebinding)."""
        host = self.headers.get("Host")
        port = self.server.server_address[1]
        return host is None or host in (f"{HOST}:{port}", f"localhost:{port}")

    def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def _extra(self, key: str, version: int, errors: list[str]) -> str:
        return _PAGES.get_template("inject.html.j2").render(key=key, version=version, errors=errors, events=EVENTS)

    def _index(self) -> str:
        preview = self.server.preview
        versions, errors, served, descriptions = preview.snapshot()
        output = preview.output_dir
        briefs = [{"name": name, "description": descriptions.get(name, ""),
                   "built": (output / f"{name}.html").is_file(), "error": errors.get(name, "")} for name in served]
        config = preview.workspace.config
        return _PAGES.get_template("index.html.j2").render(
            title=config.title, workspace=str(config.root), as_of=config.as_of, briefs=briefs,
            extra=self._extra(INDEX, versions[INDEX], [e for _, e in sorted(errors.items())]))

    def _file(self, path: str) -> None:
        preview = self.server.preview
        try:
            found = served_file(preview.output_dir, path)
        except UnicodeDecodeError:
            found = None
        name = path.rsplit("/", 1)[-1].removesuffix(".html")
        versions, errors, served, _ = preview.snapshot()
        key = name if name in served and path.endswith(".html") else INDEX
        shown = [errors[k] for k in (INDEX, key) if k in errors and (k == INDEX or key != INDEX)]
        if found is None:
            if key != INDEX:  # a served brief not built yet: its error (or a wait), reloading when built
                page = _PAGES.get_template("page.html.j2").render(
                    heading=f"{name} brief", message="" if shown else "Being built; this page reloads when it is ready.",
                    extra=self._extra(key, versions.get(key, 0), shown))
                self._send(HTTPStatus.NOT_FOUND, page.encode(), "text/html; charset=utf-8")
            else:
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")
            return
        try:
            body = found.read_bytes()
        except OSError:
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")
            return
        content_type = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
        if content_type == "text/html":
            text = inject(body.decode("utf-8", errors="replace"), self._extra(key, versions.get(key, 0), shown))
            self._send(HTTPStatus.OK, text.encode(), "text/html; charset=utf-8")
            return
        if content_type.startswith("text/") or content_type == "application/json":
            content_type += "; charset=utf-8"
        self._send(HTTPStatus.OK, body, content_type)

    def _events(self) -> None:
        """Server-Sent Events: the pages' versions now and whenever they change."""
        preview = self.server.preview
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.close_connection = True
        seen: dict[str, int] | None = None
        try:
            self.wfile.write(b"retry: 1000\n\n")
            while True:
                versions = preview.wait(seen, KEEPALIVE)
                if versions is None:
                    return
                if versions == seen:
                    self.wfile.write(b": still here\n\n")
                else:
                    self.wfile.write(f"data: {json.dumps(versions)}\n\n".encode())
                    seen = versions
                self.wfile.flush()
        except OSError:  # the page was closed or reloaded
            return


# -- watching --------------------------------------------------------------------------------

class _Watcher:
    """Changed files, in batches, on a queue: one watchfiles watcher on the workspace folder
    itself (briefgen.toml, and sources/, notes/, templates/ appearing or going away) and one,
    recursive, on those of the three folders that exist (started again when that changes)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.batches: queue.Queue[set[Path]] = queue.Queue()
        self._stop = threading.Event()
        self._rewatch = threading.Event()
        self._threads = [threading.Thread(target=self._top, daemon=True, name="watch-workspace"),
                         threading.Thread(target=self._folders, daemon=True, name="watch-folders")]

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._rewatch.set()
        for thread in self._threads:
            thread.join(timeout=2)

    def _top(self) -> None:
        import watchfiles

        def wanted(_: Any, path: str) -> bool:
            return Path(path).name in (CONFIG_NAME, *WATCHED)

        for changes in watchfiles.watch(self.root, watch_filter=wanted, recursive=False, stop_event=self._stop,
                                        raise_interrupt=False):
            paths = {Path(p) for _, p in changes}
            if any(p.name in WATCHED for p in paths):
                self._rewatch.set()
            self.batches.put(paths)

    def _folders(self) -> None:
        import watchfiles

        while not self._stop.is_set():
            self._rewatch.clear()
            folders = [self.root / name for name in WATCHED if (self.root / name).is_dir()]
            if not folders:
                self._rewatch.wait()
                continue
            try:
                for changes in watchfiles.watch(*folders, watch_filter=watchfiles.DefaultFilter(),
                                                stop_event=self._rewatch, raise_interrupt=False):
                    self.batches.put({Path(p) for _, p in changes})
            except OSError:  # a folder went away while starting; the top watcher says so
                self._rewatch.wait(0.5)

    def next_batch(self) -> set[Path]:
        """The changed files of every batch waiting, after waiting for one. The wait wakes every
        half second: a Ctrl-C the kernel hands to a watcher thread is only acted on when the main
        thread runs, and a wait with no end would never see it (serve hung on Ctrl-C)."""
        while True:
            try:
                paths = set(self.batches.get(timeout=0.5))
                break
            except queue.Empty:
                continue
        while True:
            try:
                paths |= self.batches.get_nowait()
            except queue.Empty:
                return paths


STOP_GRACE = 10.0
"""Seconds serve's threads get to wind down after Ctrl-C before the process leaves anyway: a
file watcher, a page's event stream or a build's worker must never keep a stopped preview alive
(the serve test saw a Ctrl-C'd server still running 30 s later)."""


def leave(code: int = 0) -> None:
    """End the process at once, its terminal lines written: for a preview that was told to stop."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


class _StopOnInterrupt:
    """While serving: Ctrl-C raises KeyboardInterrupt in the main thread as usual, and also starts a
    clock (STOP_GRACE) after which the process leaves whatever still runs. `close` stops the clock
    and restores the previous handler (serve called from Python returns normally)."""

    def __init__(self) -> None:
        self._clock = threading.Timer(STOP_GRACE, leave)
        self._clock.daemon = True
        self._previous: Any = None
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._interrupted)

    def _interrupted(self, signum: int, frame: Any) -> None:
        if not self._clock.is_alive() and not self._clock.finished.is_set():
            self._clock.start()
        raise KeyboardInterrupt

    def close(self) -> None:
        self._clock.cancel()
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def serve(root: Path | str, audiences: str = "all", port: int = DEFAULT_PORT, *, as_of: str | None = None,
          since: str | None = None, ready: Callable[[str], None] | None = None) -> None:
    """Build the briefs of *audiences* as HTML, serve them on 127.0.0.1:*port* (0: any free port)
    and rebuild on changes until Ctrl-C (then return normally). *ready* gets the address once the
    first build is done. A bad workspace or a port in use raises BriefgenError before serving;
    build errors afterwards are shown in the page and on the terminal, and serving goes on."""
    root = Path(root).expanduser().resolve()
    preview = Preview(root, audiences, as_of=as_of, since=since)
    try:
        server = _Server((HOST, port), _Handler)
    except OSError as exc:
        raise BriefgenError(f"cannot listen on {HOST}:{port} ({exc.strerror}); choose another port with --port") \
            from None
    server.preview = preview
    address = f"http://{HOST}:{server.server_address[1]}/"
    watcher = _Watcher(root)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True,
                              name="http")
    interrupts = _StopOnInterrupt()
    try:
        watcher.start()
        thread.start()
        console.status(displayable(f"building {audiences if audiences != 'all' else 'every audience'} as HTML ..."))
        preview.update(Plan(audiences=None))
        if ready is not None:
            ready(address)
        while True:
            preview.changed(watcher.next_batch())
    except KeyboardInterrupt:
        console.status("stopped")
    finally:
        preview.stop()
        watcher.stop()
        server.shutdown()
        server.server_close()
        interrupts.close()
