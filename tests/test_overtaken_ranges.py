"""A revised range or offer overtakes the earlier one: "cut ... to between A and B from C to D"
gives C to D as the earlier range (not a rise from C to D), a price tied to an earlier amount
("down from 30 million units at $9 to $11") is of that earlier offer, and a statement of an
earlier source giving the old range as current is left out. A period in a second clause of
saying ("and said it had delayed the plan until 2029") is not the figure's."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen.notes.figures import earlier_values, find_figures

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed


def test_the_range_after_from_is_the_earlier_one_when_a_new_range_comes_first() -> None:
    said = "The brewer lowered its 2025 volume outlook to between 8.1 and 8.4 million hectolitres from 9.0 to 9.3 million hectolitres."
    assert [f.value for f in earlier_values(said)] == [9.3e6]
    assert earlier_values("Volumes rose from 9.0 to 9.3 million hectolitres.") == ()


def test_a_price_tied_to_an_earlier_amount_is_earlier_too() -> None:
    said = "The carmaker now plans to sell 12 million bonds at $95 to $97 each, down from 15 million bonds at $98 to $99."
    assert sorted(f.text for f in earlier_values(said)) == ["$98 to $99", "15 million bonds"]
    assert earlier_values("The carmaker plans to sell 12 million bonds at $95 each.") == ()


def test_a_year_in_a_second_clause_of_saying_is_not_the_figure_s_period() -> None:
    figure = find_figures("The airport raised its passenger fee to $14 a head and said it had delayed the terminal plan "
                          "until 2029.")[0]
    assert figure.period == ""
    assert find_figures("The airport expects revenue of $40 million in 2029.")[0].period == "2029"


_FIRST = """Orchard Vale Brewing sees bumper year as new line starts

ORCHARD VALE, May 6 (Valley Wire) - Orchard Vale Brewing expects to brew between 9.0 and 9.3 million hectolitres of beer this year, up from 8.6 million hectolitres in 2024, as its new canning line in Kettleford reaches full capacity, the company said on Tuesday.

Chief executive Lena Marsh said demand for its pale ales was the strongest in a decade.

The company also said it would open a visitor centre at its Orchard Vale site next spring.
"""

_LATER = """Orchard Vale Brewing cuts volume outlook after hop shortage

ORCHARD VALE, June 19 (Valley Wire) - A poor hop harvest forced Orchard Vale Brewing on Thursday to cut its forecast to between 8.1 and 8.4 million hectolitres from 9.0 to 9.3 million hectolitres.

Marsh said the canning line was working as planned and that the visitor centre would still open next spring.

Shares in the brewer fell 4 percent.

The company will pay a dividend of 9 pence a share in August, unchanged from last year.
"""


def test_the_revised_range_is_the_current_key_figure(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("b", {"01-wire.txt": _FIRST, "02-wire.txt": _LATER})
    rows = [item.figure.text for section in ws.compose("investor").sections if section.style == "figures"
            for item in section.items if item.figure is not None]
    # the revised range is told once, as a row or by the statement that gives it (each fact once)
    assert "between 8.1 and 8.4 million hectolitres" in rows or any("8.1 and 8.4" in text for text in printed(ws))
    assert "between 9.0 and 9.3 million hectolitres" not in rows
    assert not any("expects to brew between 9.0 and 9.3" in text for text in printed(ws))
