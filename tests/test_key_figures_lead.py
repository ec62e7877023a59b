"""Key figures lead with the story's quantity: its values over time in one row (however each
source words the measure), a percentage move no sentence dates is no row, a currency or a name
is no label; and the figure reader reads an ISO code as a currency and "for 2028 to 410,000
tonnes" as one value. Invented text."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen.models import Brief, Item
from briefgen.notes.figures import find_figures

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]

_DEAL = {
    "01-deal.txt": """Halvard Seeds agrees 2.6 billion euro takeover of Brennmoor

COPENHAGEN, June 1, 2026 (Agri Wire) - Halvard Seeds agreed on Monday to buy
Brennmoor in a cash-and-share deal that values Brennmoor at 2.6 billion euros,
creating Europe's second-largest vegetable seed breeder.

The offer represents a premium of 31 percent to Brennmoor's closing price on
Friday. Halvard shareholders will own about 71 percent of the combined group.

Brennmoor shares jumped 14 percent in Frankfurt trading, while Halvard fell
4 percent.

The companies expect annual cost savings of 90 million euros by 2029.
""",
    "02-note.md": """---
title: "Halvard/Brennmoor: paying up for tomatoes"
date: 2026-07-20
author: Ines Kowal, Dunmore Equity Research
---

# Halvard/Brennmoor: paying up for tomatoes

At today's share price the deal values Brennmoor at about EUR 2.45bn, below the
EUR 2.6bn announced in June. We think the savings target is reachable.
""",
    "03-update.txt": """Halvard-Brennmoor deal value slips as EU opens review

BRUSSELS, Sept 3, 2026 (Agri Wire) - The European Commission opened an
in-depth review of Halvard Seeds' purchase of Brennmoor on Thursday and set a
deadline of January 19 for its decision.

The deal's value has fallen to about 2.3 billion euros because of a decline in
Halvard's share price since June, the companies said.

Halvard said it would offer to sell its lettuce breeding unit to win approval.
""",
}


def _rows(brief: Brief) -> list[Item]:
    return [item for section in brief.sections if section.style == "figures" for item in section.items]


def test_the_story_s_quantity_leads_with_its_earlier_values(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("deal", _DEAL)
    for audience in ("executive", "investor", "policy"):
        rows = _rows(ws.compose(audience))
        assert rows, audience
        first = rows[0]
        assert first.figure is not None and abs(first.figure.value - 2.3e9) < 1e6, (audience, first.figure)
        assert {round(e.value / 1e7) for e in first.earlier} >= {260}, (audience, first.earlier)
        # one quantity, one row: no other row gives one of its values
        values = [row.figure.value for row in rows if row.figure is not None]
        assert not any(abs(v - 2.6e9) < 1e6 or abs(v - 2.45e9) < 1e6 for v in values[1:]), (audience, values)


def test_an_undated_share_move_is_no_row_and_a_name_no_label(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("deal", _DEAL)
    for audience in ("executive", "investor", "policy"):
        for row in _rows(ws.compose(audience)):
            assert row.figure is not None
            assert row.figure.value not in (14.0, 4.0), (audience, row.figure.text, row.words)
            assert not (row.counts and row.counts.split()[0][:1].isupper()), (audience, row.counts)
            assert row.counts.lower() not in ("eur", "usd", "gbp"), (audience, row.counts)


def test_an_iso_code_before_an_amount_is_its_currency() -> None:
    got = find_figures("At today's share price the deal values Brennmoor at about EUR 2.45bn, below the plan.")
    assert [(f.text, f.unit, f.value) for f in got] == [("EUR 2.45bn", "EUR", 2.45e9)]
    assert got[0].measures != "EUR" and "Brennmoor" in got[0].measures


@given(st.integers(min_value=2000, max_value=2099), st.integers(min_value=101, max_value=999))
def test_a_year_then_to_a_value_with_thousands_is_no_range(year: int, thousands: int) -> None:
    value = f"{thousands},000 tonnes"
    got = find_figures(f"The council revised its advice for {year} to {value} after a survey error.")
    assert got and got[0].text == value and got[0].value == thousands * 1000
    assert got[0].measures == "weight of advice"
