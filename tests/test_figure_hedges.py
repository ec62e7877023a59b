"""Key-figure rows keep what qualifies their figure: an elided quote never drops the hedge or
attribution that makes the figure someone's estimate, never cuts inside a coordinated noun phrase
the figure measures, and a bare figure ("900") says what it counts or is no row. Invented text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefgen.keyfigures import counted_measure
from briefgen.models import Figure
from briefgen.notes.figures import own_words

LONG = ("The ministry's condition that the port operator give up six deep-water berths at Varna and "
        "Burgas removes, by our estimate, about 12 percent of the operator's revenue, or roughly 40 million "
        "euros a year, and most of its container traffic.")


def _in_order(text: str, sentence: str) -> bool:
    at = 0
    for piece in (p.strip("… ").rstrip(",;:") for p in text.split(" … ")):
        if not piece:
            continue
        found = sentence.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def test_an_elision_keeps_the_estimate_it_would_drop() -> None:
    words = own_words(LONG, "12 percent")
    assert words and "by our estimate" in words and "12 percent of the operator's revenue" in words
    assert _in_order(words, LONG)


def test_a_hedge_after_the_clause_is_kept() -> None:
    sentence = "Orchard growers sold about 14,000 tonnes of plums in the season, by the cooperative's count."
    assert own_words(sentence, "14,000 tonnes") == (
        "Orchard growers sold about 14,000 tonnes of plums in the season, by the cooperative's count")
    sentence = "The museum had 212,000 visitors last year, according to the city tourism office."
    assert own_words(sentence, "212,000 visitors").endswith("according to the city tourism office")


def test_an_estimating_reporting_clause_is_kept() -> None:
    sentence = ("Vineyards in the valley lost nearly 40 percent of their grape harvest this autumn, the wine "
                "board estimated on Friday, putting the cost at 18 million euros.")
    words = own_words(sentence, "40 percent")
    assert words and "the wine board estimated" in words and _in_order(words, sentence)


def test_a_coordinated_measure_is_not_cut() -> None:
    sentence = ("Fishing crews on the northern coast have landed about 30 percent of their cod, haddock and "
                "mackerel quota this year, the fisheries office said.")
    words = own_words(sentence, "30 percent")
    assert words and "of their cod, haddock and mackerel quota" in words


def test_a_plain_sentence_is_unchanged() -> None:
    sentence = "The library lent 48,000 books in March."
    assert own_words(sentence, "48,000 books") == "The library lent 48,000 books in March"


def _figure(text: str, measures: str) -> Figure:
    return Figure(text=text, value=float(re.sub(r"[^\d.]", "", text.split()[0])), unit="", measures=measures)


def test_a_bare_figure_says_what_it_counts_when_its_words_confirm_it() -> None:
    assert counted_measure(_figure("450", "seat cuts"), "… agreed to limit the seat cuts to 450 from 600 …") == "seat cuts"
    assert counted_measure(_figure("3.2 percent", "mortgage rate"), "The bank … at a mortgage rate of 3.2 percent") \
        == "mortgage rate"
    # a figure that names its unit says it itself
    assert counted_measure(_figure("90 million leva", "grant"), "a grant of 90 million leva") == ""
    # no words to confirm the label: no row
    assert counted_measure(_figure("2.4 billion", "five-year mean"), "") is None
    # the label would end inside a list the words go on with: the words say it
    assert counted_measure(_figure("30 percent", "share of cod"), "… landed about 30 percent of their cod, haddock and "
                   "mackerel quota") == ""


HEDGES = ["by our estimate", "by the agency's estimate", "according to the harbour master"]


@given(st.sampled_from(HEDGES), st.integers(min_value=2, max_value=999), st.sampled_from(
    ["The lake's fishing fleet landed", "Ferry operators on the northern route carried"]))
def test_every_hedge_survives_and_the_words_stay_verbatim(hedge: str, n: int, opening: str) -> None:
    sentence = (f"{opening}, {hedge}, about {n} percent of the region's total catch of trout and perch in the "
                f"first nine months of the year, well above the level of the previous season.")
    words = own_words(sentence, f"{n} percent")
    assert words and hedge in words and _in_order(words, sentence)


def test_a_label_cut_inside_a_clause_is_no_row() -> None:
    assert counted_measure(Figure(text="6 percent a year", value=6, unit="%", measures="herd may"), "") is None
    assert counted_measure(Figure(text="900 complaints", value=900, unit="complaints", measures="complaints involved"),
                   "") is None
    assert counted_measure(Figure(text="13 euros", value=13, unit="EUR", measures="charged by Venice"), "") == ""
