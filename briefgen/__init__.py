"""briefgen: turn a folder of sources into cited briefing reports.

The pipeline, one module or package per stage:

    ingest (sources/ -> SourceDoc) -> notes (-> NoteSet) -> compose (-> Brief) -> render (-> output/)

From Python: ``briefgen.open_workspace(path)`` (see briefgen.api).
"""

from typing import Any

__version__ = "0.2.0"

__all__ = ["open_workspace", "__version__"]


def __getattr__(name: str) -> Any:
    # `briefgen.open_workspace` without importing the pipeline for `briefgen --help`.
    if name in ("open_workspace", "Workspace"):
        from briefgen import api

        return getattr(api, name)
    raise AttributeError(f"module 'briefgen' has no attribute {name!r}")
