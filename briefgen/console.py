"""What briefgen prints besides its results: warnings, status lines, details and progress,
all on stderr so that stdout carries only what a command was asked for.

The command line sets the verbosity once (-q: errors only; -v: details such as timings);
library code calls these functions instead of print(). Progress appears only on an
interactive terminal and never with -q.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Verbosity = Literal["quiet", "normal", "verbose"]

_verbosity: Verbosity = "normal"

Tick = Callable[[int, int, str], None]
"""Progress callback of a stage: (items done, items in all, the item just done)."""


def set_verbosity(level: Verbosity) -> None:
    """quiet: only errors; normal: warnings and status lines; verbose: also details."""
    global _verbosity
    _verbosity = level


def verbosity() -> Verbosity:
    return _verbosity


def _line(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def warn(message: str) -> None:
    """A warning (``briefgen: warning: ...``), unless quiet."""
    if _verbosity != "quiet":
        _line(f"briefgen: warning: {message}")


def error(message: str) -> None:
    """An error the command goes on after (``briefgen: error: ...``, as `briefgen serve` reports a
    failed rebuild), even when quiet."""
    _line(f"briefgen: error: {message}")


def status(message: str) -> None:
    """What a command did (``wrote output/investor.md``), unless quiet."""
    if _verbosity != "quiet":
        _line(message)


def detail(message: str) -> None:
    """More about it (timings per stage), only when verbose."""
    if _verbosity == "verbose":
        _line(message)


def _interactive() -> bool:
    return _verbosity != "quiet" and sys.stderr.isatty()


@dataclass
class Progress:
    """One progress line ("notes 3/5 sources/x.txt") rewritten in place on stderr when it is
    a terminal; silent when piped, in tests and with -q."""

    enabled: bool = field(default_factory=_interactive)
    _shown: bool = field(default=False, repr=False)

    def show(self, text: str) -> None:
        if not self.enabled:
            return
        width = max(20, shutil.get_terminal_size().columns - 1)
        sys.stderr.write("\r" + text[:width].ljust(width))
        sys.stderr.flush()
        self._shown = True

    def step(self, label: str) -> Tick:
        """A stage's callback showing "<label> done/total item"."""

        def tick(done: int, total: int, item: str) -> None:
            self.show(f"{label} {done}/{total} {item}")

        return tick

    def done(self) -> None:
        """Clear the line (the next output starts on a clean line)."""
        if self.enabled and self._shown:
            width = max(20, shutil.get_terminal_size().columns - 1)
            sys.stderr.write("\r" + " " * width + "\r")
            sys.stderr.flush()
            self._shown = False
