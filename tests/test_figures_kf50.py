"""A dashed amount range keeps its scale and currency; a year that names a thing is no period."""
from briefgen.notes.figures import find_figures


def _one(sentence: str) -> tuple[str, float, str, str]:
    figures = find_figures(sentence)
    assert len(figures) == 1, figures
    f = figures[0]
    return f.text, f.value, f.unit, f.period


def test_a_dashed_amount_range_keeps_the_scale_of_its_top() -> None:
    text, value, unit, _ = _one("The levy would raise $14-16m a year for the district.")
    assert text == "$14-16m a year"
    assert value == 16_000_000
    assert unit == "USD a year"
    text, value, unit, _ = _one("Repairs are put at £2.3-2.8 billion by the engineers.")
    assert (text, value, unit) == ("£2.3-2.8 billion", 2_800_000_000, "GBP")


def test_a_dashed_range_of_a_change_is_not_the_low_end_of_the_level() -> None:
    figures = find_figures("Operating profit rose €3-4m to €51m in the half.")
    assert [f.text for f in figures] == ["€3-4m", "€51m"]
    assert figures[1].value == 51_000_000


def test_a_dash_between_plain_numbers_still_reads_no_amount() -> None:
    assert all(f.unit != "USD" for f in find_figures("The team won 3-2 and scored 4-1m goals."))


def test_a_year_before_a_plural_noun_names_the_thing_not_the_period() -> None:
    assert _one("Holders of the 2031 debentures were offered 58 cents on the dollar.")[3] == ""
    assert _one("Its 2029 bonds traded at 44 cents.")[3] == ""
    assert _one("The notes due 2030 slipped to 61 cents.")[3] == ""
    figures = find_figures("Owners of Talvik's 2028 and 2032 notes would receive 35 cents.")
    assert [f.period for f in figures if f.unit == "cents"] == [""]


def test_a_year_of_a_span_or_after_a_preposition_stays_the_period() -> None:
    assert _one("Its 2025 sales were $80 million.")[3] == "2025"
    assert _one("Revenue reached $80 million in 2025.")[3] == "2025"
    assert _one("The 2025 season drew 60,000 visitors.")[3] == "2025"
