"""A toll told in words by a tally phrase with a clause inside it ("The number of people killed when
the dike failed rose to seven") is a count of people killed, so the latest report's value heads the
Key figures row and the earlier ones are its history (reader39: the row showed "four", "up from
Three people", while the Bottom line said seven). Counts written in words show in digits there."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from briefgen.cli import main
from briefgen.notes.figures import find_figures, in_numerals

FIRST = """Harlan river dike breaks, forcing thousands from homes

By Staff Writer
November 18, 2026

TALLOW, Kansas (AP) - A dike on the Harlan River gave way before dawn on
Wednesday, flooding farmland and forcing about 3,000 people from their
homes in two small towns, county officials said.

Three people were confirmed dead and 11 were missing by Wednesday evening,
Sheriff Dana Poole said. Rescuers used boats to reach homes cut off by the
water.
"""
SECOND = """Harlan dike toll rises to four as water spreads

By Staff Writer
November 19, 2026

TALLOW, Kansas (AP) - The death toll rose to four on Thursday after
searchers found the body of a woman in a flooded farmhouse, the sheriff's
office said. Nine people remain missing.
"""
THIRD = """Harlan dike toll rises to 7; governor orders inquiry

By Staff Writer
November 23, 2026

TALLOW, Kansas (AP) - The number of people killed when the Harlan River
dike failed rose to seven on Monday after searchers found three more bodies
in flooded fields, and Gov. Ruth Amsel ordered an independent inquiry into
why the dike gave way.

Two people remain missing.
"""


def test_a_tally_phrase_with_a_clause_inside_counts_its_noun() -> None:
    for sentence in ("The number of people killed when the dike failed rose to seven on Monday.",
                     "The number of people killed when a dike failed rose to seven on Monday."):
        (found,) = find_figures(sentence)
        assert (found.value, found.unit, found.measures) == (7.0, "people", "people killed")
    (death_toll,) = find_figures("The death toll rose to four on Thursday.")
    assert death_toll.measures == "death toll"


def test_counts_in_words_show_in_digits() -> None:
    assert [in_numerals(t) for t in ("seven", "Three people", "twenty-five homes", "1,400 homes", "A$3.1 billion")] == [
        "7", "3 people", "25 homes", "1,400 homes", "A$3.1 billion"]


def test_the_latest_toll_heads_its_row(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert CliRunner().invoke(main, ["init", str(ws)]).exit_code == 0
    for name, text in (("01-wire.txt", FIRST), ("02-wire.txt", SECOND), ("03-wire.txt", THIRD)):
        (ws / "sources" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-w", str(ws), "--audience", "executive", "--format", "md"])
    assert result.exit_code == 0, result.output
    brief = (ws / "output" / "executive.md").read_text(encoding="utf-8")
    rows = brief.split("## Key figures", 1)[1].split("\n## ", 1)[0]
    toll = next(line for line in rows.splitlines() if "killed" in line or "toll" in line)
    assert toll.startswith("| 7 ") and "up from 4 (19 November 2026), 3 people (18 November 2026)" in toll, toll
