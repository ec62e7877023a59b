"""`briefgen serve`: what a change rebuilds, which files are served, and, in headless Chromium,
an open page that follows edits of notes and templates by itself."""

from __future__ import annotations

import http.client
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefgen.api import open_workspace
from briefgen.serve import inject, plan_changes, served_file, template_names

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


# -- what a change rebuilds -----------------------------------------------------------------

def test_a_change_rebuilds_only_the_audiences_it_affects(example: Path) -> None:
    (example / "templates" / "audiences").mkdir(parents=True)
    (example / "templates" / "audiences" / "investor.md.j2").write_text(
        '{% extends "!default/audiences/investor.md.j2" %}\n{% block lede %}*Ours.*{% endblock %}\n')
    (example / "templates" / "unused.md.j2").write_text("{{ brief.meta.title }}\n")
    space = open_workspace(example)
    served = ["executive", "investor", "policy"]

    investor = template_names(space, "investor")
    assert investor is not None and {"audiences/investor.md.j2", "brief.md.j2"} <= investor
    assert "audiences/policy.md.j2" not in investor

    def plan(*names: str) -> Any:
        return plan_changes(example, served, [example / n for n in names], lambda a: template_names(space, a))

    assert plan("templates/audiences/investor.md.j2").audiences == {"investor"}
    assert plan("templates/audiences/policy.toml").audiences == {"policy"}
    assert plan("templates/brief.md.j2").audiences == set(served)  # every audience extends it
    assert plan("templates/unused.md.j2").audiences == set()
    # A folder made: the files in it count (one written right after its folder was made can come
    # before the watcher watches the folder, and report nothing of its own).
    assert plan("templates/audiences").audiences == {"investor"}
    assert plan("templates/brief.css").audiences is None  # the stylesheet: everything
    notes = plan("notes/000-x.yaml")
    assert notes.audiences is None and not notes.reread and not notes.reopen
    sources = plan("sources/new.txt")
    assert sources.audiences is None and sources.reread and not sources.reopen
    config = plan("briefgen.toml")
    assert config.reopen and config.reread and config.audiences is None
    both = plan("templates/audiences/investor.md.j2", "templates/audiences/policy.toml")
    assert both.audiences == {"investor", "policy"} and both.changed == (
        "templates/audiences/investor.md.j2", "templates/audiences/policy.toml")
    # A template that names another through a variable: its audience cannot be told apart.
    (example / "templates" / "audiences" / "policy.md.j2").write_text(
        '{% set parent = "!default/audiences/policy.md.j2" %}{% extends parent %}\n')
    assert template_names(space, "policy") is None
    assert plan("templates/unused.md.j2").audiences == {"policy"}


def test_pages_change_version_only_when_what_they_show_changes(example: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from briefgen.serve import INDEX, Plan, Preview

    said: list[str] = []

    def update(action: Callable[[], None]) -> None:
        action()
        said.extend(capsys.readouterr().err.splitlines())

    preview = Preview(example, "investor,policy")
    update(lambda: preview.update(Plan(audiences=None)))
    assert preview.errors == {} and preview.versions == {INDEX: 1, "investor": 1, "policy": 1}, said
    assert said[-1].startswith("built investor, policy in")

    # Nothing the briefs show changed: rebuilt, no page reloads.
    update(lambda: preview.changed([example / "sources" / "sources.toml"]))
    assert preview.versions == {INDEX: 1, "investor": 1, "policy": 1}
    assert said[-1].startswith("sources/sources.toml changed: built investor, policy in")
    assert said[-1].endswith("(investor, policy unchanged)")

    # A policy template: only the policy page.
    override = example / "templates" / "audiences" / "policy.md.j2"
    override.parent.mkdir(parents=True)
    override.write_text('{% extends "!default/audiences/policy.md.j2" %}\n{% block lede %}*Ours.*{% endblock %}\n')
    update(lambda: preview.changed([override]))
    assert preview.versions == {INDEX: 2, "investor": 1, "policy": 2}

    # A broken briefgen.toml: every page shows it, until it is fixed, whatever else changes.
    config = example / "briefgen.toml"
    good = config.read_text(encoding="utf-8")
    config.write_text(good + "\n[brief\n", encoding="utf-8")
    update(lambda: preview.changed([config]))
    assert preview.errors[INDEX].startswith("briefgen.toml:")
    assert preview.versions == {INDEX: 3, "investor": 2, "policy": 3}
    assert said[-1].startswith("briefgen: error: briefgen.toml:")
    update(lambda: preview.changed([override]))
    assert INDEX in preview.errors and preview.versions[INDEX] == 3  # the same error: no reload
    config.write_text(good, encoding="utf-8")
    update(lambda: preview.changed([config]))
    assert preview.errors == {} and preview.versions == {INDEX: 4, "investor": 3, "policy": 4}


# -- what is served ---------------------------------------------------------------------------

def test_only_regular_files_under_output_are_served(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    output = root / "output"
    output.mkdir(parents=True)
    (root / "briefgen.toml").write_text("[brief]\n")
    (output / "investor.html").write_text("<html></html>")
    (output / ".hidden.html").write_text("x")
    (output / "sub").mkdir()
    (output / "sub" / "a.json").write_text("{}")
    (output / "config.html").symlink_to(root / "briefgen.toml")
    (output / "outside.html").symlink_to(tmp_path)
    (output / "same.html").symlink_to(output / "investor.html")
    (tmp_path / "secret.txt").write_text("secret")

    assert served_file(output, "/investor.html") == (output / "investor.html").resolve()
    assert served_file(output, "/%69nvestor.html") == (output / "investor.html").resolve()
    assert served_file(output, "/sub/a.json") == (output / "sub" / "a.json").resolve()
    assert served_file(output, "/same.html") == (output / "investor.html").resolve()
    for refused in ("/", "/sub", "/../briefgen.toml", "/%2e%2e/briefgen.toml", "/%2E%2E%2Fbriefgen.toml",
                    "/..%2fbriefgen.toml", "/sub/../../briefgen.toml", "/..%5cbriefgen.toml", "/.hidden.html",
                    "/config.html", "/outside.html/secret.txt", "/investor.html%00.txt", "//etc/passwd",
                    "/missing.html"):
        assert served_file(output, refused) is None, refused


def test_the_reload_script_goes_at_the_start_of_the_body() -> None:
    page = '<!DOCTYPE html>\n<html><head><title>t</title></head>\n<body class="audience-x">\n<main>m</main></body></html>'
    assert inject(page, "<script>x</script>") == (
        '<!DOCTYPE html>\n<html><head><title>t</title></head>\n<body class="audience-x">\n<script>x</script>\n'
        "<main>m</main></body></html>")
    assert inject("<p>no body</p>", "<i>b</i>") == "<i>b</i><p>no body</p>"


# -- the real command, with a browser --------------------------------------------------------

class _Server:
    """`python -m briefgen serve` in a subprocess; its terminal lines collected as they come."""

    def __init__(self, workspace: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "BRIEFGEN_LOCK_TIMEOUT": "60"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "briefgen", "serve", "-w", str(workspace), "--port", "0", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.out: list[str] = []
        self.err: list[str] = []
        for stream, lines in ((self.proc.stdout, self.out), (self.proc.stderr, self.err)):
            threading.Thread(target=self._collect, args=(stream, lines), daemon=True).start()
        found = _until(lambda: next((m.group(1) for line in self.out
                                     if (m := re.match(r"serving http://127\.0\.0\.1:(\d+)/", line))), None),
                       180, self.log)
        self.port = int(found)

    @staticmethod
    def _collect(stream: Any, lines: list[str]) -> None:
        for line in stream:
            lines.append(line.rstrip("\n"))

    def log(self) -> str:
        return "stdout:\n" + "\n".join(self.out) + "\nstderr:\n" + "\n".join(self.err)

    def get(self, path: str, host: str | None = None) -> tuple[int, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.putrequest("GET", path, skip_host=True)
        connection.putheader("Host", host or f"127.0.0.1:{self.port}")
        connection.endheaders()
        response = connection.getresponse()
        body = response.read().decode("utf-8", errors="replace")
        connection.close()
        return response.status, body

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        return self.proc.wait(timeout=30)


class _Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe:
    JSON messages ending in NUL on file descriptors 3 and 4), so no websocket library is needed."""

    def __init__(self, profile: Path) -> None:
        to_chromium, self._write = os.pipe()
        self._read, from_chromium = os.pipe()

        def as_fds_3_and_4() -> None:
            os.dup2(to_chromium, 3)
            os.dup2(from_chromium, 4)

        assert CHROMIUM is not None
        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            pass_fds=(3, 4), preexec_fn=as_fds_3_and_4, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chromium)
        os.close(from_chromium)
        self._buffer = b""
        self._id = 0
        page = next(t for t in self.send("Target.getTargets")["targetInfos"] if t["type"] == "page")
        self.session = self.send("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True})["sessionId"]

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> Any:
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + 60
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self._id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply["result"]
            left = deadline - time.monotonic()
            assert left > 0, f"no answer from Chromium to {method}"
            if select.select([self._read], [], [], left)[0]:
                chunk = os.read(self._read, 1 << 16)
                assert chunk, "Chromium closed the DevTools pipe"
                self._buffer += chunk

    def open(self, url: str) -> None:
        self.send("Page.navigate", {"url": url}, self.session)

    def evaluate(self, expression: str) -> Any:
        """The value of *expression* in the page; None while the page is (re)loading."""
        try:
            result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, self.session)
        except RuntimeError:  # the page navigated away in the middle (a reload)
            return None
        return result.get("result", {}).get("value")

    def text(self) -> str:
        return self.evaluate("document.readyState === 'complete' ? document.body.innerText : ''") or ""

    def close(self) -> None:
        try:
            self.send("Browser.close")
            self.proc.wait(timeout=20)
        except (AssertionError, OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        os.close(self._read)
        os.close(self._write)


PATIENCE = 120
"""Seconds a step may take before the test gives up: generous, because a loaded CI machine rebuilds slowly and
these are not timing tests (the time an edit took to show is printed, not asserted)."""


def _until(found: Callable[[], Any], seconds: float, why: Callable[[], str]) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = found()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"not within {seconds:g} s\n{why()}")


def _edit_a_shown_note(workspace: Path, shown: str, text: str) -> Path:
    """Give the first note whose quote the brief *shown* (its HTML) prints a paraphrase *text*."""
    for path in sorted((workspace / "notes").glob("0*.yaml")):
        content = path.read_text(encoding="utf-8")
        for match in re.finditer(r"    quote: (.*)\n    at: .*\n    text:\n", content):
            if match.group(1)[:60] in shown:
                edited = match.group(0)[:-1] + f" {text}\n"
                path.write_text(content.replace(match.group(0), edited, 1), encoding="utf-8")
                return path
    raise AssertionError("no note of the brief found in notes/")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make test-system-deps installs it)")
def test_an_open_page_follows_edits_and_survives_a_broken_template(example: Path, tmp_path: Path) -> None:
    (example / "templates").mkdir()
    server = _Server(example, "--audience", "investor,policy")
    browser = _Browser(tmp_path / "profile")
    try:
        # The index and the briefs; the reload script only in what is served, never in output/.
        status, index = server.get("/")
        assert status == 200 and 'href="investor.html"' in index and 'href="policy.html"' in index
        assert "executive.html" not in index
        status, served = server.get("/investor.html")
        assert status == 200 and "/__events" in served
        written = (example / "output" / "investor.html").read_text(encoding="utf-8")
        assert "<script" not in written and "__events" not in written
        assert written.split("<main>", 1)[1] in served and served.count("<script") == 1
        assert sorted(p.name for p in (example / "output").iterdir()) == ["investor.html", "policy.html"]
        for attempt in ("/../briefgen.toml", "/%2e%2e/briefgen.toml", "/%2E%2E%2Fbriefgen.toml", "/..%2fbriefgen.toml",
                        "/../notes/_links.yaml", "/.briefgen-cache/lock", "/../../../etc/passwd"):
            status, body = server.get(attempt)
            assert status == 404 and "[brief]" not in body, attempt
        assert server.get("/", host="attacker.example:80")[0] == 403  # DNS rebinding

        browser.open(f"http://127.0.0.1:{server.port}/investor.html")
        _until(lambda: "Evidence" in browser.text(), PATIENCE, server.log)
        browser.evaluate("window.openedByTheTest = true")

        # 1. A note's text edited in notes/: the open page shows it, without a reload by the test.
        marker = "Approval came with conditions, says the live preview test."
        edited = _edit_a_shown_note(example, written, marker)
        started = time.monotonic()
        _until(lambda: marker in browser.text(), PATIENCE, server.log)
        print(f"note edit visible in the open page after {time.monotonic() - started:.1f} s")
        assert any(line.startswith(f"notes/{edited.name} changed: built investor, policy") for line in server.err)

        # 2. A broken template: the error in the page and on the terminal, and the server goes on.
        override = example / "templates" / "audiences" / "investor.md.j2"
        override.parent.mkdir()
        override.write_text('{% extends "!default/audiences/investor.md.j2" %}\n'
                            "{% block lede %}{{ unfinished {% endblock %}\n", encoding="utf-8")
        error = "templates/audiences/investor.md.j2:2: template syntax error"
        _until(lambda: error in browser.text(), PATIENCE, server.log)
        assert marker in browser.text()  # the last brief that built stays below the banner
        assert any(line.startswith(f"briefgen: error: {error}") for line in server.err), server.log()
        assert server.get("/")[0] == 200 and "its last build failed" in server.get("/")[1]
        assert "template syntax error" not in server.get("/policy.html")[1]  # the other brief is not affected

        # 3. Fixed: the page recovers; only the investor brief was rebuilt.
        override.write_text('{% extends "!default/audiences/investor.md.j2" %}\n'
                            "{% block lede %}*Prepared for the live preview.*{% endblock %}\n", encoding="utf-8")
        _until(lambda: "Prepared for the live preview." in browser.text() and error not in browser.text(), PATIENCE,
               server.log)
        assert any(line.startswith("templates/audiences/investor.md.j2 changed: built investor in")
                   for line in server.err), server.log()
        assert browser.evaluate("window.openedByTheTest") is None  # the page did reload by itself

        # 4. A change to the other audience leaves this page alone.
        browser.evaluate("window.openedByTheTest = true")
        policy = example / "templates" / "audiences" / "policy.md.j2"
        policy.write_text('{% extends "!default/audiences/policy.md.j2" %}\n'
                          "{% block lede %}*For the policy team.*{% endblock %}\n", encoding="utf-8")
        _until(lambda: any(line.startswith("templates/audiences/policy.md.j2 changed: built policy in")
                           for line in server.err), PATIENCE, server.log)
        assert "For the policy team." in server.get("/policy.html")[1]
        time.sleep(1)
        assert browser.evaluate("window.openedByTheTest") is True

        # 5. `briefgen build` in another terminal works while the preview runs.
        other = subprocess.run([sys.executable, "-m", "briefgen", "build", "-w", str(example), "--audience",
                                "investor", "--format", "md"], capture_output=True, text=True, timeout=120,
                               env={**os.environ, "PYTHONPATH": str(ROOT), "BRIEFGEN_LOCK_TIMEOUT": "60"})
        assert other.returncode == 0, other.stderr
        assert "Prepared for the live preview." in (example / "output" / "investor.md").read_text(encoding="utf-8")
    finally:
        browser.close()
        code = server.stop()
    assert code == 0, server.log()
    assert server.err[-1] == "stopped" and not any("Traceback" in line for line in server.err), server.log()


def test_a_port_in_use_is_one_line(example: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run([sys.executable, "-m", "briefgen", "serve", "-w", str(example), "--port", str(port)],
                             capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 1
    assert run.stderr.strip().splitlines()[-1] == (
        f"briefgen: error: cannot listen on 127.0.0.1:{port} (Address already in use); choose another port with --port")
