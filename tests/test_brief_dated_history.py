"""An audience brief tells an overtaken statement of the event on its own day ("A fire ... on Tuesday destroyed
about 140 rolls ...") only with a statement of the count's newest state right after it, so that the brief
keeps the story's what, where and when without showing a replaced value as current. When the sentence that
gives the new value leans on the one before it ("The decision came after ..., taking the number of rolls lost
to about 260 from the 140 counted on Tuesday."), its participle clause is quoted, visibly elided."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from briefgen.cli import main
from briefgen.notes.figures import find_figures
from briefgen.supersede import called_earlier

_FIRST = """Fire guts Carrowby paper mill

CARROWBY, June 2 (Northfield Press) - A fire at the Carrowby paper mill on Tuesday destroyed about 140 rolls of finished stock and forced the evacuation of 60 night-shift workers, the county fire service said.

Crews from four stations fought the blaze for six hours, the service said.
"""

_LATER = """Carrowby mill to stay shut for three weeks

CARROWBY, June 4 (Northfield Press) - Holm Paper said on Thursday it would keep the Carrowby mill shut for at least three weeks while engineers inspect the main press.

The decision came after insurers completed a survey of the warehouse, taking the number of rolls lost to about 260 from the 140 counted on Tuesday.

Holm Paper employs 310 people at the site, the company said.
"""


def _build(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    (ws / "sources" / "01-first.txt").write_text(_FIRST, encoding="utf-8")
    (ws / "sources" / "02-later.txt").write_text(_LATER, encoding="utf-8")
    result = CliRunner().invoke(main, ["-q", "build", "-w", str(ws), "--audience", "executive", "--format", "md,json"])
    assert result.exit_code == 0, result.output
    return ws


def test_the_old_count_is_told_with_its_newest_state_right_after_it(tmp_path: Path) -> None:
    ws = _build(tmp_path)
    brief = json.loads((ws / "output" / "executive.json").read_text(encoding="utf-8"))
    texts = [item["text"] for section in brief["sections"] if section["style"] != "figures"
             for item in section["items"]]
    old = [i for i, text in enumerate(texts) if "destroyed about 140 rolls" in text]
    assert old, texts
    assert "about 260 from the 140 counted on Tuesday" in texts[old[0] + 1]
    assert texts[old[0] + 1].startswith("...")  # the leaning sentence's clause, visibly elided
    # every quote, the elided one included, stands in its source
    assert CliRunner().invoke(main, ["-q", "check", "-w", str(ws)]).exit_code == 0


def test_a_count_named_by_its_value_alone_is_the_earlier_count_of_that_value() -> None:
    said = ("The decision came after insurers completed a survey of the warehouse, taking the number of rolls "
            "lost to about 260 from the 140 counted on Tuesday.")
    text = "A fire at the Carrowby paper mill on Tuesday destroyed about 140 rolls of finished stock."
    assert any(called_earlier(text, said, f) for f in find_figures(text) if f.value == 140)
    # the same value of a count that shares no word of the matter with the sentence is another count
    other = "Regulators inspected 140 boilers at power stations across the region."
    assert not any(called_earlier(other, said, f) for f in find_figures(other) if f.value == 140)
