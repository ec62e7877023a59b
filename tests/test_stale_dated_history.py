"""A later report's "up from V earlier in the week" overtakes the statements giving V, but a statement
that tells its event on its own past day with V ("A chemical fire forced about 800 workers out of the
port on Monday ...") is still the story's what, where and when: the digest may tell it, only with the
statement giving the new value right after it. A value told as the state now ("800 workers have been forced out")
stays overtaken."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from briefgen.cli import main

_FIRST = """Chemical fire empties Saltby container port

SALTBY, April 6 (Harbourline) - A chemical fire forced about 800 workers out of the container port at Saltby on Monday as smoke from a burning warehouse drifted over the quays, the harbour authority said.

Firefighters used foam to fight the blaze in a store of paint solvents, the fire service said.
"""

_LATER = """Saltby port fire: more cleared from docks

SALTBY, April 8 (Harbourline) - About 1,300 workers have now been cleared from the docks, up from 800 earlier in the week, after a second store caught fire on Wednesday, the harbour authority said.

Ships bound for Saltby have been diverted to Eastmere, the authority said.
"""

_NOW = """Chemical fire empties Saltby container port

SALTBY, April 6 (Harbourline) - About 800 workers have been forced out of the container port at Saltby by a chemical fire, the harbour authority said on Monday.

Firefighters used foam to fight the blaze in a store of paint solvents, the fire service said.
"""


def _digest(tmp_path: Path, first: str) -> list[str]:
    ws = tmp_path / "ws"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    (ws / "sources" / "01-first.txt").write_text(first, encoding="utf-8")
    (ws / "sources" / "02-later.txt").write_text(_LATER, encoding="utf-8")
    result = CliRunner().invoke(main, ["-q", "digest", "-w", str(ws), "--words", "100", "--no-cite"])
    assert result.exit_code == 0, result.output
    return [line for line in result.output.splitlines() if line.strip()]


def test_the_event_told_on_its_own_day_stays_right_before_the_new_value(tmp_path: Path) -> None:
    lines = _digest(tmp_path, _FIRST)
    old = next(i for i, line in enumerate(lines) if "chemical fire forced about 800 workers" in line)
    assert "About 1,300 workers have now been cleared" in lines[old + 1]


def test_a_value_told_as_the_state_now_stays_overtaken(tmp_path: Path) -> None:
    lines = _digest(tmp_path, _NOW)
    assert not any("800 workers have been forced out" in line for line in lines)
    assert any("About 1,300 workers" in line for line in lines)


_RETOLD = """Saltby port fire: more cleared from docks

SALTBY, April 8 (Harbourline) - A chemical fire has now forced about 1,300 workers out of the container port at Saltby, up from 800 earlier in the week, after a second store caught fire on Wednesday, the harbour authority said.

Ships bound for Saltby have been diverted to Eastmere, the authority said.
"""


def test_an_update_that_retells_the_event_leaves_the_old_telling_out(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    (ws / "sources" / "01-first.txt").write_text(_FIRST, encoding="utf-8")
    (ws / "sources" / "02-later.txt").write_text(_RETOLD, encoding="utf-8")
    result = CliRunner().invoke(main, ["-q", "digest", "-w", str(ws), "--words", "100", "--no-cite"])
    assert result.exit_code == 0, result.output
    assert "has now forced about 1,300 workers" in result.output
    assert "forced about 800 workers out of the container port at Saltby on Monday" not in result.output
