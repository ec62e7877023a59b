"""Corrections and changed plans read the right way round: a correction notice ("An earlier
version of this story gave ...") tells what the text once said, so its value is never a
statement, a Key figures row, an "up from"/"down from" earlier value or a side of a
disagreement; "X, not Y as previously reported" marks Y corrected; a planned event a later
source reports postponed by its weekday ("has postponed Saturday's launch") is over."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen.notes.figures import correction_notice, corrects, earlier_values, revised_values

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]
Printed = Callable[..., list[str]]


def _texts(figures: tuple[object, ...]) -> list[str]:
    return [f.text for f in figures]  # type: ignore[attr-defined]


def test_a_correction_notice_s_value_is_earlier_and_corrected() -> None:
    said = "An earlier version of this story gave the intake as 1,150 tonnes a day; the correct figure is 850."
    assert _texts(earlier_values(said)) == ["1,150 tonnes a day"]
    assert _texts(revised_values(said)) == ["850"]
    assert corrects(said) and correction_notice(said)
    alone = "A previous version of this article misstated the museum's annual budget as 14 million euros."
    assert _texts(earlier_values(alone)) == ["14 million euros"] and correction_notice(alone)
    assert correction_notice("This story previously said the pier was 300 metres long.")


def test_not_x_as_previously_reported_is_a_correction_and_not_x_as_in_a_year_is_not() -> None:
    said = "The orchard covers 42 hectares, not 24 hectares as previously reported, the cooperative said."
    assert _texts(earlier_values(said)) == ["24 hectares"] and corrects(said)
    compared = "The orchard covers 42 hectares, not 24 hectares as in 2019, the cooperative said."
    assert _texts(earlier_values(compared)) == ["24 hectares"] and not corrects(compared)
    assert not correction_notice(said) and not correction_notice("The story of the orchard began in 1920.")


def test_revised_down_its_estimate_to_gives_the_new_value() -> None:
    assert _texts(revised_values("The board revised down its estimate of visitors to 1.3 million.")) == ["1.3 million"]


@given(st.integers(min_value=2, max_value=9000), st.integers(min_value=2, max_value=9000),
       st.sampled_from(["An earlier version of this article said", "A previous version of this report gave",
                        "This story originally said"]))
def test_whatever_the_values_the_notice_s_value_is_never_the_right_one(wrong: int, right: int, opening: str) -> None:
    if abs(wrong - right) < 0.01 * max(wrong, right):
        return
    said = f"{opening} the trail was {wrong:,} metres long; the correct figure is {right:,} metres."
    earlier = _texts(earlier_values(said))
    assert len(earlier) == 1 and earlier[0].startswith(f"{wrong:,} metres")
    assert not any(text.startswith(f"{right:,} metres") for text in earlier)


_FIRST = """Glasshouse project at Tarrow botanic garden passes halfway mark

By staff | Valley Post | 3 February 2026

TARROW - The cost of the new tropical glasshouse at Tarrow botanic garden has reached 31 million euros, the garden's trustees said on Tuesday.

Head gardener Ilse Brandt said the first palms would be moved in over the summer.
"""

_CORRECTED = """Tarrow glasshouse to open in June, trustees say

By staff | Valley Post | 17 February 2026

TARROW - The tropical glasshouse at Tarrow botanic garden will open to visitors in June, the garden's trustees said on Monday.

Head gardener Ilse Brandt said about 400 plants had already been moved in from the old palm house.

An earlier version of this story said the glasshouse had cost 31 million euros. The correct figure, according to the trustees' accounts, is 13 million euros.
"""


def _rows(ws: briefgen.Workspace) -> list[tuple[str, tuple[str, ...], bool]]:
    (ws.config.root / "templates" / "audiences").mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(__file__).parent / "fixtures" / "rows.toml", ws.config.root / "templates" / "audiences")
    brief = briefgen.open_workspace(ws.config.root).compose("rows")
    return [(item.figure.text, tuple(e.text for e in item.earlier), any(e.corrected for e in item.earlier))
            for section in brief.sections if section.style == "figures" for item in section.items
            if item.figure is not None]


def test_a_correction_notice_is_no_statement_and_its_value_no_current_row(
        news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("ws", {"01-first.txt": _FIRST, "02-corrected.txt": _CORRECTED})
    said = printed(ws)
    assert not any("An earlier version" in text for text in said)
    rows = _rows(ws)
    assert not any(text == "31 million euros" for text, _, _ in rows)
    euros = [row for row in rows if "euros" in row[0]]
    assert all(not earlier or corrected for _, earlier, corrected in euros)
    # Alone, the first source's value is the story's figure.
    assert any(text == "31 million euros" for text, _, _ in _rows(news_workspace("a", {"01-first.txt": _FIRST})))


_BRACKETED = """Tarrow glasshouse to open in June, trustees say

By staff | Valley Post | 17 February 2026

TARROW - The tropical glasshouse at Tarrow botanic garden will open to visitors in June, the garden's trustees said on Monday.

The glasshouse cost 13 million euros, down from a budget of 16 million euros, the trustees said.

(Corrects paragraph 2 to say the glasshouse cost 13 million euros,
not 31 million euros, as originally stated.)
"""


def test_a_bracketed_correction_is_no_statement_and_its_wrong_value_no_figure(
        news_workspace: NewsWorkspace, printed: Printed) -> None:
    """The newsroom's note "(Corrects paragraph 2 to say ..., not 31 million euros ...)" is about
    the text: never printed, and 31 million is no row; at most the value 13 million was
    "corrected from"."""
    assert correction_notice("(Corrects paragraph 2 to say the glasshouse cost 13 million euros, not 31 million "
                             "euros, as originally stated.)")
    assert correction_notice("(Adds union comment; corrects paragraph 2)")
    assert not correction_notice("(The trustees declined to comment.)")
    ws = news_workspace("ws", {"02-corrected.txt": _BRACKETED})
    said = printed(ws)
    assert said and not any("Corrects" in text or "originally stated" in text for text in said)
    rows = _rows(ws)
    assert any(text == "13 million euros" for text, _, _ in rows)
    assert not any(text == "31 million euros" for text, _, _ in rows)
    assert all(corrected for _, earlier, corrected in rows if "31 million euros" in earlier)


_LAUNCH = """Kelso balloon team sets date for stratosphere flight

By staff | Border Wire | 2 March 2026

KELSO - A student team from Kelso College will launch its high-altitude research balloon from the town's rugby ground on 28 March 2026, team leader Aila Ross said on Monday.

Ross said the balloon would carry four instruments to a height of about 35 kilometres.
"""

_SCRUBBED = """Kelso balloon flight postponed over wind forecast

By staff | Border Wire | 26 March 2026

KELSO - The Kelso College balloon team has postponed Saturday's launch of its research balloon after forecasters predicted gusts above the safe limit, team leader Aila Ross said on Thursday.

A new date will be chosen next week, Ross said.
"""


def test_a_launch_postponed_by_its_weekday_leaves_the_brief(news_workspace: NewsWorkspace, printed: Printed) -> None:
    alone = printed(news_workspace("a", {"01-plan.txt": _LAUNCH}))
    assert any("will launch its high-altitude" in text for text in alone)
    both = printed(news_workspace("b", {"01-plan.txt": _LAUNCH, "02-later.txt": _SCRUBBED}))
    assert not any("will launch its high-altitude" in text for text in both)
    assert any("has postponed Saturday's launch" in text for text in both)


_SURVEY = """Divers map sunken steamer off Kessock

By staff | Firth Wire | 5 May 2026

INVERNESS - Divers from the Highland Maritime Trust have mapped the wreck of the paddle steamer Lady Anne, which lies about 40 metres deep off Kessock, the trust said on Tuesday.

The trust plans to publish a full survey in the autumn.
"""

_NOTICE = """Lady Anne: notes from the dive season

By staff | Highland Maritime Trust | 12 May 2026

The Lady Anne sank in a gale in 1887 with the loss of nine crew.

Correction: This post originally stated that the wreck lay about 40 metres deep. Soundings taken by the survey boat put the wreck at about 28 metres.
"""


def test_a_value_another_source_s_notice_says_was_wrong_leaves_the_brief(
        news_workspace: NewsWorkspace, printed: Printed) -> None:
    alone = printed(news_workspace("a", {"01-survey.txt": _SURVEY}))
    assert any("about 40 metres deep" in text for text in alone)
    both = printed(news_workspace("b", {"01-survey.txt": _SURVEY, "02-notice.txt": _NOTICE}))
    assert not any("about 40 metres deep" in text for text in both)
    assert not any("originally stated" in text for text in both)


_WIRE_DRAW = """Heat pushes aquifer draw to record

By staff | Plains Wire | 2 July 2026

LINDEN - Peak draw from the Linden aquifer reached 1,150 litres per second on Tuesday as temperatures passed 38C, the county water board said.

The board asked households to stop watering lawns until the weekend.
"""

_PAPER_DRAW = """Linden water board asks residents to cut use

By staff | Linden Courier | 2 July 2026

LINDEN - Peak draw from the Linden aquifer reached 850 litres per second on Tuesday as temperatures passed 38C, the county water board said.

Board chair Ruth Okafor said the aquifer could sustain that rate for several weeks.

An earlier version of this story gave the peak draw as 1,150 litres per second; the correct figure is 850.
"""


def test_a_corrected_value_is_no_side_of_a_disagreement(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("ws", {"01-wire.txt": _WIRE_DRAW, "02-paper.txt": _PAPER_DRAW})
    for audience in ("executive", "investor", "policy"):
        brief = ws.compose(audience)
        for section in brief.sections:
            for item in section.items:
                texts = [item.text] + ([item.other.text] if item.other else [])
                assert not (item.other and any("1,150" in t for t in texts)), (audience, section.title)
                assert "An earlier version" not in item.text
