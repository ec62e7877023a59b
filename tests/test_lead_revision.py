"""A later source that revises the story's event (a new value of the same measure, "cut to",
"postponed to", or a verb of undoing or upholding a decision) gives the brief's opening
statement; the earlier statement is context, and it does not count as backing the revision.
A value that only moved, with no one moving it (market colour), is told after a section's
happenings."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen.sections import revision, value_move
from briefgen.workspace import init_workspace

FIRST = """Tessel harbour board delays dredging vote

TESSEL, May 4 (Coastwire) - The Tessel harbour board has postponed its vote on the outer channel
dredging contract to June 3, the board said on Monday, after two bidders asked for more time.

Shipping lines said the delay would keep larger grain carriers away from the port for another season.

The contract is worth about 48 million euros.
"""
SECOND = """Dredging delay angers Tessel shippers

TESSEL - The Tessel harbour board has postponed its vote on the outer channel dredging contract to \
June 3, shipowners' groups noted on Wednesday, calling the delay costly.

The groups said the rival port of Amberg had finished its own dredging last year.
"""
THIRD = """Tessel board brings dredging vote forward

TESSEL, May 20 (Coastwire) - The Tessel harbour board moved its vote on the outer channel dredging
contract forward to May 27 on Wednesday, after both bidders handed in their offers early, the board said.

Grain traders welcomed the earlier date.
"""
TOML = """["01-first.txt"]
publisher = "Coastwire"
date = "2026-05-04"

["02-second.txt"]
publisher = "Tessel Courier"
date = "2026-05-06"

["03-third.txt"]
publisher = "Coastwire"
date = "2026-05-20"
"""


def _brief(tmp_path: Path, files: dict[str, str]) -> briefgen.models.Brief:
    workspace = tmp_path / "ws"
    init_workspace(workspace)
    for name, text in files.items():
        (workspace / "sources" / name).write_text(text, encoding="utf-8")
    return briefgen.open_workspace(workspace).compose("executive")


def test_the_brief_opens_on_the_later_revision_not_the_earlier_value(tmp_path: Path) -> None:
    brief = _brief(tmp_path, {"01-first.txt": FIRST, "02-second.txt": SECOND, "03-third.txt": THIRD,
                              "sources.toml": TOML})
    lead = brief.sections[0].items[0]
    assert "forward to May 27" in lead.text
    assert lead.support == 1  # the earlier June 3 does not back the new date


def test_without_the_later_source_the_brief_opens_on_the_event(tmp_path: Path) -> None:
    brief = _brief(tmp_path, {"01-first.txt": FIRST, "02-second.txt": SECOND, "sources.toml": TOML})
    assert "postponed its vote" in brief.sections[0].items[0].text


def test_revision_reads_a_new_value_or_an_undoing_verb() -> None:
    earlier = "The launch of the Orla probe has been postponed to March 12, the agency said."
    assert revision("The agency moved the launch of the Orla probe forward to March 9, it said on Monday.",
                    earlier) == "march 9"
    assert revision("The club's ten-point penalty was reduced to four points on appeal.",
                    "The club was docked ten points.") == "four points"
    assert revision("The appeals court overturned the ban on Tuesday.", "A judge banned the rally.") == "overturned"
    # the same value again confirms, it does not revise
    assert revision("The launch was postponed to March 12 because of wind.", earlier) is None
    # a value "to" someone is no new value
    assert revision("The ministry sent the report to parliament on Friday.", "The ministry wrote a report.") is None


@given(st.sampled_from([
    "The launch of the Orla probe has been postponed to March 12, the agency said.",
    "The council cut the levy to 4 percent on Friday.",
    "The court overturned the ruling on appeal.",
    "Prices rose to 12 euros.",
]))
def test_a_statement_never_revises_itself(text: str) -> None:
    assert revision(text, text) is None


def test_value_move_is_a_value_moving_with_no_one_moving_it() -> None:
    assert value_move("Hamburg barley futures fell 2.3 percent to 210 euros a tonne.")
    assert value_move("The yield on the five-year bond rose 40 basis points to 6.1 percent.")
    assert not value_move("The regulator fined Ostrel 12 million euros on Friday.")  # someone did it
    assert not value_move("The club was docked 10 points.")  # passive: done to someone
    assert not value_move("The owner converted 90 million pounds of loans into shares.")  # an object
    assert not value_move("Loans rose to 90 million pounds.", actors=("Loans",))
