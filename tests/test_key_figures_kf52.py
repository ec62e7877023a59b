"""Key-figure rules of kf52: a "since" start is no period, a past level with its own time ago is
no earlier report, and an aside between commas does not lend the figure after it its noun."""

from briefgen.keyfigures import explicit_earlier_pairs
from briefgen.notes.figures import find_figures


def _figure(sentence: str, text: str):
    return next(f for f in find_figures(sentence) if f.text.startswith(text))


def test_since_month_year_is_no_period() -> None:
    figure = _figure("The union has logged 52 complaints about night shifts since March 2023.", "52")
    assert figure.period == ""


def test_since_early_year_is_no_period() -> None:
    figure = _figure("The trust has closed 9 wards since early 2022.", "9")
    assert figure.period == ""


def test_month_year_after_in_stays_a_period() -> None:
    figure = _figure("Ticket sales were 12,000 in March 2023.", "12,000")
    assert figure.period == "March 2023"


def test_level_a_decade_ago_is_no_earlier_report() -> None:
    said = "The county now employs 310 bus drivers, down from about 450 a decade ago."
    assert explicit_earlier_pairs(said) == []


def test_level_years_ago_is_no_earlier_report() -> None:
    said = "The port handled 2.1 million tonnes, up from 1.4 million tonnes five years ago."
    assert explicit_earlier_pairs(said) == []


def test_earlier_report_still_paired() -> None:
    said = "The council now counts 310 damaged homes, up from 240 reported earlier."
    pairs = explicit_earlier_pairs(said)
    assert [old.value for _, old, _ in pairs] == [240.0]


def test_aside_noun_is_not_the_measure_after_it() -> None:
    sentence = ("The club's bonds, with 40 million pounds outstanding and a 6 percent yield, "
                "dropped to 72 pence on Tuesday.")
    figure = _figure(sentence, "72 pence")
    assert "yield" not in figure.measures
    assert figure.measures.endswith("bonds")


def test_aside_figure_keeps_its_own_noun() -> None:
    sentence = ("The club's bonds, with 40 million pounds outstanding and a 6 percent yield, "
                "dropped to 72 pence on Tuesday.")
    assert _figure(sentence, "6 percent").measures == "yield"


def test_level_years_back_is_no_superseded_value() -> None:
    from briefgen.notes.figures import earlier_values
    assert earlier_values("The county employs 310 bus drivers, down from about 450 a decade ago.") == ()
    assert earlier_values("Membership fell to 88 from 130 three years ago.") == ()
    assert [f.value for f in earlier_values("The toll rose to 31, up from 24 reported on Monday.")] == [24.0]
