"""Key-figure histories and labels that say what the text says (invented text)."""

from hypothesis import given
from hypothesis import strategies as st

from briefgen.keyfigures import (
    _predicate_label,
    corrects_value,
    given_as_alternative,
    goal_given,
    subject_names,
)
from briefgen.models import Figure


def fig(text: str, value: float, unit: str = "%") -> Figure:
    return Figure(text=text, value=value, unit=unit)


def test_a_correction_names_the_value_it_corrects() -> None:
    notice = "(Corrects paragraph 2 to say the levy was lowered to 40 million dollars, not 44 million dollars.)"
    assert corrects_value(notice, 44_000_000)
    assert not corrects_value(notice, 72_000_000)  # a value the levy was lowered from is no misprint
    assert not corrects_value("The council cut the levy to 40 million dollars from 72 million dollars.", 72_000_000)


def test_goals_and_limits_are_not_levels() -> None:
    said = "The licence requires at least 95 percent on-time flights and no more than 1.5 percent lost bags."
    assert goal_given(said, fig("95 percent", 95))
    assert goal_given(said, fig("1.5 percent", 1.5))
    assert goal_given("The ministry aims for a recycling rate of 65 percent by 2030.", fig("65 percent", 65))
    assert goal_given("Fees should not exceed 3 percent next year, the mayor said.", fig("3 percent", 3))
    assert not goal_given("The recycling rate rose to 48 percent in May.", fig("48 percent", 48))
    assert not goal_given("The recycling rate rose to 48 percent; the ministry aims for more.", fig("48 percent", 48))


def test_a_month_is_no_subject() -> None:
    said = "The recycling rate rose to 48 percent in May, from 41 percent in April."
    assert subject_names(said, fig("48 percent", 48)) == frozenset()
    assert subject_names("The rate in Galway rose to 48 percent.", fig("48 percent", 48)) == {"galway"}


def test_a_clause_verb_is_no_label() -> None:
    assert _predicate_label("said", "71 percent said they would pay more")
    assert _predicate_label("insurer puts", "The insurer puts the loss at 12 percent")
    assert _predicate_label("week instead", "sail 14 ferries a week instead of 20")
    assert not _predicate_label("deficit", "a deficit of 3,000 tonnes")
    assert not _predicate_label("vacancy rate", "the vacancy rate fell to 6 percent")


def test_an_alternative_value_is_no_level() -> None:
    assert given_as_alternative("The line will run 14 ferries a week instead of 20.", fig("20", 20, ""))
    assert not given_as_alternative("The line will run 14 ferries a week instead of 20.", fig("14 ferries", 14, "ferries"))


@given(st.sampled_from(["January", "March", "October", "Monday", "Friday"]))
def test_no_time_word_is_a_subject(when: str) -> None:
    said = f"Sales rose to 12 percent in {when}."
    assert subject_names(said, fig("12 percent", 12)) == frozenset()
