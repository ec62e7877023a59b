"""Key-figure history links only the same measure of the same thing, dated by its own report."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import briefgen
from briefgen.keyfigures import FigureGroup, attached_words, measure_key_of, other_measures
from briefgen.models import Figure, Item, Note, Span
from briefgen.notes.figures import find_figures
from briefgen.workspace import init_workspace

ROWS = Path(__file__).parent / "fixtures" / "rows.toml"

FIRST = """Opera house seeks rescue as debts mount

By Ana Morel

KETTERING, England (Midland Wire) - The Kettering Opera House said
on Monday that 90 million pounds of its debt is owed to its founding
trust. The opera house also has a £25 million loan from a
regional bank, secured against the building.

The trust loans carry interest of 5 percent a year.
"""

SECOND = """Trust turns opera house loans into grants

KETTERING, England (Midland Wire) - The founding trust of the
Kettering Opera House has turned part of its loans into grants, the
house said on Tuesday.

The trust loans of 60 million pounds still owed will be repaid over
ten years and will carry interest of 2 percent instead of 5 percent.
"""

META = """["01-debts.txt"]
publisher = "Midland Wire"
kind = "news report"
date = "2026-03-02"
["02-grants.txt"]
publisher = "Midland Wire"
kind = "news report"
date = "2026-03-10"
"""


def _rows(target: Path) -> dict[str, Item]:
    brief = briefgen.open_workspace(target).compose("rows")
    return {item.figure.text: item for section in brief.sections if section.style == "figures"
            for item in section.items if item.figure is not None}


def test_a_loan_from_a_bank_is_no_earlier_value_of_the_trust_loans() -> None:
    target = Path(tempfile.mkdtemp()) / "opera"
    init_workspace(target, today="2026-03-12")
    (target / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    (target / "templates" / "audiences" / "rows.toml").write_text(ROWS.read_text())
    (target / "sources" / "sources.toml").write_text(META)
    (target / "sources" / "01-debts.txt").write_text(FIRST)
    first = _rows(target)
    assert all(not row.earlier for row in first.values())
    (target / "sources" / "02-grants.txt").write_text(SECOND)
    rows = _rows(target)
    loans = rows["60 million pounds"]
    assert not any("25 million" in e.text for e in loans.earlier)
    rate = rows["2 percent"]
    # "instead of 5 percent": a value the sentence gives as earlier is not dated by that sentence.
    assert [(e.text, e.date) for e in rate.earlier if e.date == "2026-03-10"] == []


def test_what_follows_a_figure_says_which_thing_it_is() -> None:
    sentence = "The club also has a £120 million loan from a U.S. lender, secured against the stadium."
    loan = next(f for f in find_figures(sentence) if f.text == "£120 million")
    assert attached_words(sentence, loan)
    fee = "The port will raise its fee to 185 euros per box from January, up from 160 euros."
    assert not attached_words(fee, next(f for f in find_figures(fee) if f.text.startswith("185")))
    owner = Figure("160 million pounds", 160e6, "GBP", "remaining owner loans")
    assert other_measures(measure_key_of(owner, []), measure_key_of(loan, [sentence]))
    assert not other_measures(measure_key_of(Figure("£486 million", 486e6, "GBP", "total debts"), []),
                               measure_key_of(Figure("336 million pounds", 336e6, "GBP", "debt"), []))


@pytest.mark.parametrize(("history", "kept"), [
    ((("£120 million", 120e6), ("£486 million", 486e6)), ["£120 million", "£486 million"]),
    ((("£486 million", 486e6), ("£120 million", 120e6)), ["£486 million"]),
    ((("£120 million", 120e6),), ["486 million"]),
])
def test_history_never_contradicts_the_rows_own_earlier_value(history: tuple[tuple[str, float], ...],
                                                              kept: list[str]) -> None:
    from briefgen.models import EarlierFigure
    quote = "The club's total debt fell to 336 million pounds from 486 million."
    figure = Figure("336 million pounds", 336e6, "GBP", "total debt")
    note = Note(id="n1", kind="figure", quote=quote, span=Span(source="s", start=0, end=len(quote)), figures=(figure,))
    group = FigureGroup()
    group.add(figure, note, "2026-03-10", 0)
    told = group.as_told(tuple(EarlierFigure(text=t, value=v) for t, v in history))
    assert [e.text for e in told] == kept


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_STEMS = st.frozensets(st.sampled_from(["loan", "owner", "lender", "bank", "debt", "share", "drach", "vasko"]))


@given(_STEMS, _STEMS)
def test_two_measures_is_symmetric_and_a_measure_is_itself(a: frozenset[str], b: frozenset[str]) -> None:
    assert other_measures(a, b) == other_measures(b, a)
    assert not other_measures(a, a) and not other_measures(a, a | b)


@pytest.mark.parametrize(("sentence", "earlier"), [
    ("The reservoirs now hold 41 percent of capacity, up from a low of 16 percent at the end of October.", 16.0),
    ("Shares closed at 3.41 euros, down from a record high of 4.10 euros in May.", 4.10),
    ("Output rose from its previous peak of 1,200 tonnes to 1,450 tonnes.", 1200.0),
])
def test_the_level_a_value_moved_from_is_an_earlier_value(sentence: str, earlier: float) -> None:
    """"up from a low of 16 percent": the row's own sentence gives the value before it, so no older
    report (18 percent in September) is shown as the one it rose from."""
    from briefgen.notes.figures import earlier_values

    assert [figure.value for figure in earlier_values(sentence)] == [earlier]


def test_a_low_that_is_no_starting_point_is_no_earlier_value() -> None:
    from briefgen.notes.figures import earlier_values

    assert earlier_values("Shares hit a low of 3.10 euros in May and rose to 3.41 euros.") == ()
