"""Key figures show the current value of a measure a later source revises in other words, and rows whose
quoted words cut the measure show the measure instead (invented text)."""

from briefgen.keyfigures import _names_in, cuts_measure
from briefgen.models import Figure
from briefgen.notes.context import residual_reference
from briefgen.notes.figures import find_figures


def _measure(sentence: str, text: str) -> str:
    return next(f.measures for f in find_figures(sentence) if f.text == text)


def test_a_forecast_revised_with_a_day_between_keeps_its_measure() -> None:
    assert _measure("The agency cut its barley crop forecast on Tuesday to 4 million tonnes.", "4 million tonnes") \
        == "barley crop forecast"
    assert _measure("The ministry lowered its rye crop forecast again on Monday, to 9.5 million tonnes.",
                    "9.5 million tonnes") == "rye crop forecast"


def test_a_level_at_a_value_reads_its_subject() -> None:
    assert _measure("Cocoa futures were at $3,100 a tonne on Friday.", "$3,100 a tonne") .lower() == "cocoa futures"


def test_a_sentence_opening_determiner_is_no_part_of_a_name() -> None:
    assert "harbour trust" in _names_in("The Harbour Trust said on Monday it would sell the pier.")


def test_a_complement_naming_its_kind_is_no_residue() -> None:
    assert not residual_reference("The city agreed a contract for the remaining bridges with Osk Build.")
    assert residual_reference("The remaining bridges will be repaired in May.")
    assert residual_reference("It will pay for the rest.")


def test_words_that_cut_the_measure_give_way() -> None:
    quote = "The national crop agency lowered its oat harvest forecast again on Friday, to 2.5 million tonnes."
    figure = Figure("2.5 million tonnes", 2.5e6, "tonnes", "oat harvest forecast")
    assert cuts_measure("The national crop agency … to 2.5 million tonnes", quote, figure)
    assert not cuts_measure("… lowered its oat harvest forecast … to 2.5 million tonnes", quote, figure)


def test_the_words_from_the_measure_to_the_figure_are_shown_instead() -> None:
    from briefgen.keyfigures import measure_words

    quote = "The number of people hurt when a footbridge fell in Ostrava rose to nine on Friday, police said."
    figure = Figure("nine", 9, "people", "people hurt")
    assert measure_words(quote, figure) == "The number of people hurt when a footbridge fell in Ostrava rose to nine …"
