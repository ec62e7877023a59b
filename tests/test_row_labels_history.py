"""Key-figure rows: a label names what is counted, never the verb; a history value is the earlier
value of the row's own figure."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import briefgen
from briefgen.models import Item
from briefgen.notes.figures import find_figures
from briefgen.workspace import init_workspace

ROWS = Path(__file__).parent / "fixtures" / "rows.toml"


def _one(sentence: str, text_part: str):
    return next(f for f in find_figures(sentence) if text_part in f.text)


def test_a_verb_after_a_modal_is_no_measure() -> None:
    assert _one("The ferry fare will stay at 12 euros, the operator said.", "12 euros").measures != "stay"
    assert _one("The museum will close all 9 of its galleries from Monday.", "9").measures != "close"


def test_a_part_of_a_whole_counts_the_whole_s_noun() -> None:
    figure = _one("The museum will close all 9 of its galleries from Monday.", "9")
    assert figure.text == "9 of its galleries"
    assert figure.unit == "galleries"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["will", "would", "could", "may"]), st.sampled_from(["stay", "remain", "open", "shut"]),
       st.integers(min_value=2, max_value=900))
def test_no_label_is_the_verb_after_a_modal(modal: str, verb: str, n: int) -> None:
    for figure in find_figures(f"The orchard {modal} {verb} at {n} euros, its owner said."):
        assert figure.measures.split()[:1] != [verb]


def test_a_span_of_months_is_the_figure_s_period() -> None:
    figure = _one("The canal carried 2.1 million passengers in the first nine months of this year.", "2.1")
    assert figure.period == "first nine months"


def test_a_year_before_to_is_no_range_low() -> None:
    figure = _one("The board raised its forecast for average rents in 2028 to 6.2 percent from 5.1 percent.", "6.2")
    assert figure.text == "6.2 percent"


def test_a_bare_number_per_a_unit_is_a_rate() -> None:
    figure = _one("The lari traded at 3.1 per dollar on Friday.", "3.1")
    assert figure.text == "3.1 per dollar"
    assert figure.measures == "lari"


FIRST = """Regional orchestra fees under review

TBILISI (Caucasus Wire) - The Tbilisi Chamber Orchestra said on Monday
that its average ticket price rose to 40 lari this season. The city's
arts budget pays 55 percent of the orchestra's costs.
"""

SECOND = """Orchestra raises prices again as subsidy shrinks

TBILISI (Caucasus Wire) - The Tbilisi Chamber Orchestra raised its
forecast for average attendance in 2027 to 81 percent from 74 percent
and said it now expected the city to cover its 50 percent share only
in 2029.

The orchestra's average ticket price reached 46 lari on Friday, up
from a low of 40 in September.
"""

META = """["01-fees.txt"]
publisher = "Caucasus Wire"
kind = "news report"
date = "2026-09-07"
["02-prices.txt"]
publisher = "Caucasus Wire"
kind = "news report"
date = "2026-11-20"
"""


def _rows(target: Path) -> dict[str, Item]:
    brief = briefgen.open_workspace(target).compose("rows")
    return {item.figure.text: item for section in brief.sections if section.style == "figures"
            for item in section.items if item.figure is not None}


def test_an_earlier_value_belongs_to_the_figure_it_is_set_against() -> None:
    target = Path(tempfile.mkdtemp()) / "orchestra"
    init_workspace(target, today="2026-11-24")
    (target / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    (target / "templates" / "audiences" / "rows.toml").write_text(ROWS.read_text())
    (target / "sources" / "sources.toml").write_text(META)
    (target / "sources" / "01-fees.txt").write_text(FIRST)
    (target / "sources" / "02-prices.txt").write_text(SECOND)
    rows = _rows(target)
    assert not rows["50 percent"].earlier  # the share it targets never was 74 percent
    assert [e.text for e in rows["81 percent"].earlier] == ["74 percent"]
    assert [e.text for e in rows["46 lari"].earlier] == ["40 lari"]
