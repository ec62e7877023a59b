"""Key-figure rows (kf23): a unit phrase "per N" takes its whole noun phrase ("6.50 euros per laying
hen", never "per laying"); an amount written "N million pound <noun>" is money, so a later source's
aside ("following the regulator's 31 million pound penalty") is the original report's fact, one row
citing the report's clause, and a revision of it ("revising the 54 million pound figure") overtakes it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import briefgen
from briefgen.notes.figures import find_figures

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]


@pytest.mark.parametrize(("sentence", "text"), [
    ("Farmers will receive compensation of 6.50 euros per laying hen, the ministry said.", "6.50 euros per laying hen"),
    ("Tenants get a rebate of 20 pounds per affected flat owner under the scheme.", "20 pounds per affected flat owner"),
    ("Staff are paid 14 euros per working day abroad.", "14 euros per working day"),
    ("A fee of 90 pounds per privately owned mooring was agreed.", "90 pounds per privately owned mooring"),
    ("Crews earn 20 euros per shift worked.", "20 euros per shift"),
    ("The levy is 3 euros per litre more than in 2024.", "3 euros per litre"),
    ("Ozone reached 1.8 parts per million near the port.", "1.8 parts per million"),
    ("The board paid 5 euros per share in cash.", "5 euros per share"),
    ("Grants of 900 pounds per household were approved on Monday.", "900 pounds per household"),
])
def test_a_per_phrase_takes_its_whole_noun_phrase(sentence: str, text: str) -> None:
    (figure,) = find_figures(sentence)
    assert figure.text == text


def test_a_million_pound_noun_is_money_and_a_pound_weight_is_not() -> None:
    (fine,) = find_figures("The agency imposed a 31 million pound penalty on the insurer.")
    assert (fine.unit, fine.value) == ("GBP", 31_000_000)
    (bag,) = find_figures("Each sack weighs 10 pound.")
    assert bag.unit != "GBP"


_REPORT = """Regulator fines Corran Insurance record 31 million pounds

Published 2 March 2026

LEEDS, March 2 (Wire) - The conduct regulator on Monday fined Corran Insurance a record 31 million pounds for mis-selling travel cover to 220,000 customers.

Corran said it would repay affected customers within six months.
"""

_NOTE = """Halden Credit: Corran Insurance outlook revised

Analyst note, 4 March 2026

Halden Credit has revised its outlook on Corran Insurance to negative following the regulator's 31 million pound penalty announced on 2 March 2026. We affirm the A3 rating.
"""

_FIRST = """Orchard Rail says branch lines lost 54 million pounds

Published 9 June 2026

YORK, June 9 (Wire) - Orchard Rail said on Tuesday its three branch lines lost 54 million pounds last year and would close unless the county raised its support.
"""

_REVISED = """Orchard Rail revises branch line losses

Published 11 June 2026

YORK, June 11 (Wire) - Orchard Rail said on Thursday the three branch lines lost 47 million pounds last year, revising the 54 million pound figure it gave on Tuesday after an audit.
"""


def _rows(ws: briefgen.Workspace) -> list[tuple[str, str, int]]:
    (ws.config.root / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(__file__).parent / "fixtures" / "rows.toml", ws.config.root / "templates" / "audiences")
    brief = briefgen.open_workspace(ws.config.root).compose("rows")
    return [(item.figure.text, item.text, item.support) for section in brief.sections if section.style == "figures"
            for item in section.items if item.figure is not None]


def test_a_later_aside_is_the_original_report_s_row(news_workspace: NewsWorkspace) -> None:
    rows = _rows(news_workspace("ws", {"01-wire.txt": _REPORT, "02-note.txt": _NOTE}))
    fines = [row for row in rows if "31" in row[0]]
    assert len(fines) == 1  # one fact, one row
    assert "conduct regulator on Monday fined" in fines[0][1]  # the original report's clause, not the aside


def test_a_value_its_holder_revised_is_no_row_of_its_own(news_workspace: NewsWorkspace) -> None:
    rows = _rows(news_workspace("ws", {"01-wire.txt": _FIRST, "02-wire.txt": _REVISED}))
    assert not any(row[0].startswith("54 million") for row in rows)
