"""One briefgen run at a time per workspace.

Two runs that both refresh notes/ would each merge the analyst's edits with their own
extraction and the later write would win, losing what the earlier one kept. Every command
that reads or writes notes/ or output/ holds an exclusive lock on ``.briefgen-cache/lock``
(released by the kernel when the process ends, even on kill -9); a second run waits for it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator

from briefgen import console
from briefgen.errors import BriefgenError
from briefgen.workspace import Config

#: How long a second run waits before giving up (seconds); BRIEFGEN_LOCK_TIMEOUT overrides it.
DEFAULT_TIMEOUT = 600.0

_held: dict[str, int] = {}
"""Locks this process holds, by lock file, with how many ``with`` blocks hold each: the lock
is re-entrant within a process (the CLI and the Python API it calls both take it)."""


@contextlib.contextmanager
def workspace_lock(config: Config, timeout: float | None = None) -> Iterator[None]:
    """Hold the workspace's lock for the ``with`` body; wait (saying so once on stderr) while
    another run holds it; BriefgenError after *timeout* seconds. A cache folder that cannot
    hold a lock file (read-only) gives a warning and the run goes on unguarded."""
    if timeout is None:
        try:
            timeout = float(os.environ.get("BRIEFGEN_LOCK_TIMEOUT", DEFAULT_TIMEOUT))
        except ValueError:
            timeout = DEFAULT_TIMEOUT
    path = config.cache_dir / "lock"
    key = str(path)
    if _held.get(key):
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    try:
        config.cache_dir.mkdir(exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
    except OSError as exc:
        console.warn(f".briefgen-cache/lock: cannot create the lock file ({exc.strerror}); "
                     "another briefgen run in this workspace at the same time could undo this one's notes")
        yield
        return
    try:
        _acquire(fd, timeout)
        _held[key] = 1
        yield
    finally:
        _held.pop(key, None)
        os.close(fd)  # releases the lock


def _acquire(fd: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    said = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        if time.monotonic() >= deadline:
            raise BriefgenError(f"another briefgen run has held .briefgen-cache/lock for over {timeout:g} s; "
                                "wait for it to finish (or stop it) and run again")
        if not said:
            console.status("briefgen: waiting for another briefgen run in this workspace to finish")
            said = True
        time.sleep(0.1)
