"""Reading a labelled set: one JSON object per line, each checked by the set's own rule.

    read_jsonl(path, problem) -> rows     (exits with path:line and what to fix on a bad line)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def read_jsonl(path: Path, problem: Callable[[dict[str, Any]], str | None]) -> list[dict[str, Any]]:
    """The rows of *path* (blank lines skipped); *problem* says what is wrong with a row, or None."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as error:
            raise SystemExit(f"{path}:{number}: not JSON ({error}); fix or remove the line") from None
        wrong = problem(row)
        if wrong:
            raise SystemExit(f"{path}:{number}: {wrong}")
        rows.append(row)
    return rows
