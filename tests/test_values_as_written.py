"""A bracket or a figure never changes what a source's number says.

A unit set in parentheses after a quantity ("offered 4.0 gigawatts (GW)") is no name for the
acronym: it was glossed "21 GW [0 gigawatts]" in a brief, a number the source never gave, and
`check` passed it. A sign written before a number ("stood at minus 0.5 percent") is the figure's:
a Key figures row showed "0.5 percent (deposit rate)"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefgen.ingest.segment import sentences
from briefgen.models import SourceDoc, SourceMeta
from briefgen.notes.figures import find_figures
from briefgen.notes.glosses import acronym_gloss
from briefgen.notes.verify import locate

TEXT = ("The agency said it had offered 4.0 gigawatts (GW) of capacity across four sites. "
        "The state grid operator (TSO) said the 21 GW goal for 2030 still stands.\n")


def doc_of(text: str) -> SourceDoc:
    return SourceDoc(id="s", path="sources/s.txt", format="text", sha256="", text=text,
                     meta=SourceMeta(date="2026-11-03"), sentences=sentences(text))


def test_a_unit_after_a_quantity_is_no_gloss() -> None:
    at = TEXT.index("21 GW") + 3
    assert acronym_gloss(TEXT, "GW", at) is None
    assert acronym_gloss(TEXT, "TSO", len(TEXT)) == "The state grid operator"
    assert locate(doc_of(TEXT), "The state grid operator (TSO) said the 21 GW [0 gigawatts] goal for 2030 "
                                "still stands.") is None


@given(st.decimals(min_value=0, max_value=9999, places=1).map(str),
       st.sampled_from(["gigawatts (GW)", "megawatt hours (MWh)", "billion cubic metres (bcm)",
                        "million tonnes (Mt)", "kilometres per hour (km/h)"]))
def test_no_gloss_carries_a_number(number: str, unit: str) -> None:
    acr = unit[unit.index("(") + 1:-1]
    text = f"The ministry said output reached {number} {unit} last year, and {acr} rose again.\n"
    gloss = acronym_gloss(text, acr, text.rindex(acr))
    assert gloss is None or not any(c.isdigit() for c in gloss)


def test_a_sign_before_a_number_is_the_figures() -> None:
    sentence = ("The central bank's deposit rate stood at minus 0.5 percent when the sites were awarded in 2021; "
                "it is 2.0 percent today.")
    rate = find_figures(sentence)[0]
    assert (rate.text, rate.value) == ("minus 0.5 percent", -0.5)
    assert [f.value for f in find_figures("The index fell to −12 points.")] == [-12.0]


def test_no_sign_from_a_margin_a_range_or_a_name() -> None:
    values = [f.value for f in find_figures("The poll has a margin of plus or minus 3 percent.")]
    assert values == [3.0]
    assert all(f.value > 0 for f in find_figures("Between 5-10 percent of COVID-19 patients were admitted."))


def test_a_weekday_that_is_any_such_day_gets_no_date() -> None:
    import datetime as dt

    from briefgen.notes.dates import weekdays_dated
    anchor = dt.date(2026, 11, 19)
    text = ("The district said it would offer a Friday program for younger pupils, and parents would need "
            "childcare every Friday; the board voted on Tuesday.")
    assert [text[:end].rsplit(" ", 1)[-1] for end, _ in weekdays_dated(text, anchor)] == ["Tuesday"]
