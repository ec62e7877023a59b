"""Each fact once across the whole brief: a Key figures row whose value (and every earlier value it
would show) a printed statement gives is left to that statement, also when the headlines give the
value or a later report revised it. Invented text."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen.models import Brief, Item

NewsWorkspace = Callable[..., briefgen.Workspace]

_ORCHARD = {
    "01-wire.txt": """Valdmoor cider maker plans to press 40,000 tonnes of apples

TREMAIN, Sept 2, 2026 (Westwire) - Valdmoor Cider said on Tuesday it planned to press
40,000 tonnes of apples this autumn at its Tremain mill, its largest harvest in a decade.

The company employs 310 people at the mill. Growers in the valley sell about half their crop
to Valdmoor, according to the regional growers' association.
""",
    "02-update.txt": """Valdmoor cuts pressing plan to 26,000 tonnes after hail

TREMAIN, Sept 9, 2026 (Westwire) - Valdmoor Cider cut its pressing plan to 26,000 tonnes
of apples from 40,000 tonnes on Monday after hail damaged orchards across the valley.

The growers' association said insurance claims from members had reached 4.5 million euros.
Valdmoor said no jobs at the mill were at risk this year.
""",
}


def _rows(brief: Brief) -> list[Item]:
    return [item for section in brief.sections if section.style == "figures" for item in section.items]


def _statements(brief: Brief) -> list[Item]:
    return [item for section in brief.sections if section.style != "figures" for item in section.items]


def test_a_revised_headline_value_a_statement_tells_is_no_row_beside_it(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("orchard", _ORCHARD, title="Valdmoor cuts pressing plan to 26,000 tonnes")
    seen = 0
    for audience in ("executive", "investor", "policy"):
        brief = ws.compose(audience)
        told = [item for item in _statements(brief) if "26,000 tonnes" in item.text and "40,000" in item.text]
        rows = [row for row in _rows(brief) if row.figure is not None and row.figure.value == 26000]
        if told:
            seen += 1
            assert not rows, (audience, [r.text for r in rows])  # the statement tells it, with its history
        else:
            assert len(rows) <= 1, audience
    assert seen, "no brief printed the revision: the test checks nothing"
