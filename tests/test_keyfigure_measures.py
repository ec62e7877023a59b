"""Key figures read as a reader would: wire scale abbreviations, a year modifying a noun phrase,
a headline's bare count (invented text)."""
from hypothesis import given
from hypothesis import strategies as st

from briefgen.compose import _headline_count
from briefgen.notes.figures import find_figures


@given(st.integers(min_value=1, max_value=999), st.sampled_from([("mln", 1e6), ("bln", 1e9), ("trln", 1e12)]))
def test_wire_scale_abbreviations_scale_the_amount(number: int, scale: tuple[str, float]) -> None:
    word, factor = scale
    figures = find_figures(f"The ferry operator said it would raise ${number} {word} from a share sale.")
    money = [f for f in figures if f.unit == "USD"]
    assert money and money[0].value == number * factor


def test_year_after_possessive_and_modifier_is_no_count() -> None:
    said = "The museum is paying about 30 times the gallery's expected 2028 takings, a curator said."
    assert not any(f.value == 2028 for f in find_figures(said))
    # a count keeps its comma and stays a figure
    assert any(f.value == 2028 for f in find_figures("The museum sold 2,028 tickets on Sunday."))


def test_headline_bare_count_named_by_its_words() -> None:
    toll = next(f for f in find_figures("Avalanche toll in Tyrol rises to 9 as search ends") if f.value == 9)
    assert _headline_count(toll)
    slug = [f for f in find_figures("UPDATE 3-Tyrol avalanche search ends") if f.value == 3]
    assert not any(_headline_count(f) for f in slug)
