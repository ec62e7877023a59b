"""Errors a user can act on.

Every expected failure is a ``BriefgenError``: the CLI prints its one-line
message (naming the file and line where there is one, and what to do) and
exits non-zero, with no traceback unless ``--debug`` is given.
"""

from __future__ import annotations

import click


class BriefgenError(click.ClickException):
    """Base class: a one-line, actionable message; exit code 1."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        where = ""
        if path:
            where = f"{path}:{line}: " if line else f"{path}: "
        super().__init__(where + message)
        self.path = path
        self.line = line


class UsageError(BriefgenError):
    """The command was called wrongly (unknown audience, bad option); exit code 2."""

    exit_code = 2


class ConfigError(BriefgenError):
    """briefgen.toml or a sidecar is missing or invalid."""


class SourceError(BriefgenError):
    """A source file cannot be read."""


class NotesError(BriefgenError):
    """A notes file is malformed or a quote cannot be verified."""


class TemplateError(BriefgenError):
    """A template or audience profile is missing or broken."""


class RenderError(BriefgenError):
    """An output could not be rendered or written."""
