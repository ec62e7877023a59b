"""A Key figures row that only comment gives (an opinion column, an analyst's note) is left to
the news report that states its value, in the report's currency; a value no report gives stands
labelled as the comment's. A seconds-or-minutes offset ("90 seconds later") is no row."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from briefgen.cli import main
from briefgen.keyfigures import same_value_any_currency, time_offset
from briefgen.models import Figure

_WIRE = """# Orvale council sets water tariff at A$4.20 a kilolitre

Southern Wire, 2 September 2026

ORVALE - Orvale council on Tuesday set its water tariff at A$4.20 a kilolitre from January, up from A$3.60, to pay for a A$210 million desalination plant.

About 38,000 households will pay the higher tariff, mayor Ellen Rusk said at a meeting that ended 25 minutes later.
"""
_COLUMN = """# The water tariff is the wrong fix

*Opinion. By Sam Crowe, columnist. 5 September 2026.*

Orvale's new $4.20 tariff punishes the households that already save water.

By my reckoning a family of four will pay $180 more a year, and the council has not said so.

A stepped tariff would be fairer.
"""


def _key_figures(md: str) -> list[str]:
    part = md.split("## Key figures", 1)[1] if "## Key figures" in md else ""
    part = part.split("\n## ", 1)[0]
    return [line for line in part.splitlines() if line.startswith("| ") and not line.startswith("| Figure")]


def test_a_column_figure_a_report_states_is_not_the_columns_row(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    (tmp_path / "sources" / "01-wire.md").write_text(_WIRE)
    (tmp_path / "sources" / "02-column.md").write_text(_COLUMN)
    result = runner.invoke(main, ["-w", str(tmp_path), "build", "--audience", "all", "--format", "md"])
    assert result.exit_code == 0, result.output
    for path in sorted((tmp_path / "output").glob("*.md")):
        for row in _key_figures(path.read_text()):
            cells = [c.strip() for c in row.strip("|").split("|")]
            # the column's bare "$4.20" is the wire's A$4.20: never quoted from the column
            assert not re.match(r"\$4\.20", cells[0]), row
            # a value only the column gives is shown as the column's
            if "reckoning" in row or "180" in cells[0]:
                assert "Opinion" in row, row
            assert "minutes" not in cells[0], row


def _fig(text: str, value: float, unit: str) -> Figure:
    return Figure(text=text, value=value, unit=unit)


def test_a_bare_dollar_is_the_same_value_as_a_named_currency() -> None:
    assert same_value_any_currency(_fig("$8.40", 8.4, "USD"), _fig("NZ$8.40 per kilogram", 8.4, "NZD a kilogram"))
    assert not same_value_any_currency(_fig("€8.40", 8.4, "EUR"), _fig("NZ$8.40", 8.4, "NZD"))
    assert not same_value_any_currency(_fig("$8.40", 8.4, "USD"), _fig("$8.45", 8.45, "USD"))
    assert not same_value_any_currency(_fig("8.4%", 8.4, "%"), _fig("$8.40", 8.4, "USD"))


def test_a_time_offset_is_told_by_its_clause_not_its_unit() -> None:
    later = _fig("90 seconds", 90, "seconds")
    assert time_offset("before the broadcast was cut about 90 seconds later", later)
    lasted = _fig("40 minutes", 40, "minutes")
    assert time_offset("at a briefing that lasted 40 minutes", lasted)
    assert time_offset("at a meeting that ended 25 minutes later", _fig("25 minutes later", 25, "minutes"))
    assert not time_offset("the flight was delayed by 40 minutes", lasted)
    weeks = _fig("11 weeks", 11, "weeks")
    assert not time_offset("tunnelling was halted for 11 weeks later that year", weeks)
