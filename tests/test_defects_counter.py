"""The mechanical defect counter (benchmarks/defects.py) sees what a reader sees."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("defects", Path(__file__).parents[1] / "benchmarks" / "defects.py")
assert _SPEC and _SPEC.loader
defects = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(defects)


def test_a_pronoun_before_any_name_dangles_outside_quotations() -> None:
    assert defects.dangling("According to figures he obtained from the office, the cost could reach $3.1 million.")
    assert defects.dangling("From their perspective, not having the chips is still painful.")
    assert not defects.dangling("Whitcombe said her office had not refused any information.")
    assert not defects.dangling("[T]he harbour board meets on Thursday at 7 p.m. in the library annex.")
    assert defects.dangling("[H]e said the harbour board meets on Thursday.")
    assert not defects.dangling('Okafor said: "He never answered us," and left.')
    assert not defects.dangling("Some experts have their concerns, including Dario Amodei.")


def test_datelines_timestamps_and_source_markup_are_clutter_as_printed() -> None:
    assert defects.clutter("PORT ELLERY, Ohio - The agency on Tuesday ordered the plant closed.")
    assert defects.clutter("18:32 - Summary: Skylark cancelled another 95 flights today.")
    assert defects.clutter("> Reminder: the council meets on Tuesday.")
    assert defects.clutter("**Moderator note:** The city has set up a phone line.")
    assert not defects.clutter("``We have run out of road,'' the chief executive said.")  # printed as “...”
    assert not defects.clutter("The plant, in Port Ellery, Ohio, was closed at 18:32 on Monday.")


def test_one_measure_in_two_key_figure_rows_is_stale() -> None:
    rows = [("438 million euros", 438e6, "EUR", "debts"), ("412 million euros", 412e6, "EUR", "debts"),
            ("60 flights", 60, "flights", "flights cancelled"), ("$2.4 million", 2.4e6, "USD", "ransom"),
            ("$2.4 million", 2.4e6, "USD", "payment demanded")]
    assert len(defects.stale_rows(rows)) == 2
    assert defects.stale_rows(rows[2:4]) == []
