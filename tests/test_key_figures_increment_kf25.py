"""Key-figure history (kf25), on invented text: an amount told as added to another ("at a further
cost of 1.9 million euros a year", "an extra 600,000 euros") is never the same quantity as a total
of the measure, so never its earlier or later value."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefgen.keyfigures import incremental
from briefgen.models import Item
from briefgen.notes.figures import find_figures

RowsOf = Callable[[str, dict[str, str], str], list[Item]]


@pytest.mark.parametrize(("sentence", "text", "added"), [
    ("It estimated two more boats would be needed, at a further cost of 1.9 million euros a year.",
     "1.9 million euros", True),
    ("The ministry will put in an extra 600,000 euros this winter.", "600,000 euros", True),
    ("Parents would pay an additional 45 euros a term under the plan.", "45 euros", True),
    ("The scheme will cost 2 million euros more a year than the board said.", "2 million euros", True),
    ("The board will add an extra ward at a cost of 3 million euros a year.", "3 million euros", False),
    ("The port will run two ferries at a cost of 2.6 million euros a year.", "2.6 million euros", False),
    ("Fares will rise to 4 euros, more than the union wanted.", "4 euros", False),
])
def test_an_amount_told_as_added_to_another(sentence: str, text: str, added: bool) -> None:
    figure = next(f for f in find_figures(sentence) if f.text.startswith(text.split()[0]))
    assert incremental(sentence, figure) is added


_PLAN = """Island ferry plan approved

Published 3 March 2026

KIRKWALL, March 3 (Wire) - The Orran island council on Tuesday voted to end the causeway bus to Hesta.

The council said it would lease two ferries and build a new slipway on Hesta, at a cost of 2.6
million euros a year, which is already counted in its budget.

Councillors approved the plan by a large majority.
"""

_AUDIT = """Auditors question island ferry plan

Published 20 March 2026

An independent review of the Orran plan found it would leave Hesta short of crossings in winter.

Two extra ferries would not be enough, the review said; it estimated four would be needed, at a further cost of 1.9 million euros a year.
"""


def test_an_added_cost_is_no_revision_of_the_total(figure_rows: RowsOf) -> None:
    rows = [row for row in figure_rows("ferry", {"01-wire.txt": _PLAN, "02-audit.txt": _AUDIT}, "2026-04-01")
            if row.figure is not None]
    histories = {row.figure.text: [e.value for e in row.earlier] for row in rows}
    # the audit's further 1.9 million is no later value of the council's 2.6 million total
    assert not any(2_600_000 in values for values in histories.values()), histories
    assert any(text.startswith("2.6 million") for text in histories), histories
