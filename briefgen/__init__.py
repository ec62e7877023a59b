"""briefgen: turn a folder of sources into cited briefing reports.

The pipeline, one module or package per stage:

    ingest (sources/ -> SourceDoc) -> notes (-> NoteSet) -> compose (-> Brief) -> render (-> output/)
"""

__version__ = "0.2.0"
