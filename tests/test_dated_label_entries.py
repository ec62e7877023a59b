"""A dated entry (Timeline, What to watch) opens on its day; a statement that opens on the same day as a list
item's label ("30 November: public consultation on the levy closes.") is quoted from after the label, so the
entry does not say its day twice. The shortened quote still stands verbatim in its source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.notes.dates import leading_label

_REPORT = """Harbour levy approved by Kessmouth council

KESSMOUTH, Nov 18 (Coastline Press) - Kessmouth council on Tuesday approved a levy of 2 pounds per cruise passenger to pay for repairs to the harbour wall, council leader Ines Varga said.

The levy would raise about 1.4 million pounds a year, the council estimated.
"""

_NOTE = """# Harbour levy: what comes next

Published 19 November 2025

Operators say the levy will cut bookings at the port by about 5 percent next season.

## Key dates

- 30 November: public consultation on the levy closes.
- 12 December: council vote on the final levy rate.
"""


def test_a_label_date_is_not_said_twice(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    (ws / "sources" / "01-report.txt").write_text(_REPORT, encoding="utf-8")
    (ws / "sources" / "02-note.md").write_text(_NOTE, encoding="utf-8")
    result = CliRunner().invoke(main, ["-q", "build", "-w", str(ws), "--audience", "all", "--format", "md,json"])
    assert result.exit_code == 0, result.output
    dated = []
    for name in ("executive", "investor", "policy"):
        brief = json.loads((ws / "output" / f"{name}.json").read_text(encoding="utf-8"))
        dated += [item for section in brief["sections"] for item in section["items"] if item.get("date")]
    texts = [item["text"] for item in dated]
    assert any(text.startswith("public consultation on the levy closes") for text in texts), texts
    assert not any(leading_label(text) for text in texts), texts
    assert CliRunner().invoke(main, ["-q", "check", "-w", str(ws)]).exit_code == 0


@pytest.mark.parametrize(("text", "expected"), [
    ("30 November: consultation closes.", (11, 30)),
    ("Dec 2 — public hearing", (12, 2)),
    ("Tuesday, 3 March 2026: results", (3, 3)),
    ("November 30 was the last day of the consultation.", None),
    ("12 May-June figures", None),
])
def test_leading_label(text: str, expected: tuple[int, int] | None) -> None:
    found = leading_label(text)
    assert (found[:2] if found else None) == expected
