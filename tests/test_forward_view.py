"""The forward view: every open scheduled or pending event a source tells is kept as a note and
shown with its date; one a later source reports done, moved or answered is overtaken; a past act
is never a catalyst (sections.catalyst, supersede.changed_events / answered_requests,
extract._forward). Invented text only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen import sections as holds
from briefgen import supersede

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed

_DAY = dt.date(2031, 3, 4)


def test_a_done_act_dated_only_by_a_year_is_no_catalyst_but_a_day_it_sets_is() -> None:
    # "raised its forecast for output in 2032": the year is the figure's period, no event to come
    assert holds.catalyst("The agency raised its forecast for grain output in 2032 to 61 million tonnes and said "
                          "it now expected stocks to return to normal only in 2033.", "forecast", _DAY, _DAY) is None
    # "has set a hearing for 9 June": a done act whose day is the event's
    found = holds.catalyst("The tribunal has set a hearing on the growers' complaint for 9 June.", "fact", _DAY, _DAY)
    assert found is not None and found.day == dt.date(2031, 6, 9)


def test_a_state_lasting_until_a_day_is_no_event() -> None:
    assert holds.catalyst("Treasurer Ana Mor said the cooperative had enough cash to run the mill and the court "
                          "case until the end of 2032.", "quote", _DAY, _DAY) is None
    assert holds.catalyst("The tribunal will hear the case on 12 May.", "upcoming", _DAY, _DAY) is not None


@given(st.sampled_from(["The growers' tribunal has until 14 June to decide whether to open an inquiry",
                         "The administrators have until 14 June to find a buyer for the mill",
                         "The council voted to postpone a decision on the loan until 14 June"]))
def test_a_deadline_or_a_decision_put_off_until_a_day_is_a_catalyst(sentence: str) -> None:
    found = holds.catalyst(f"{sentence}.", "upcoming", _DAY, _DAY)
    assert found is not None and found.day == dt.date(2031, 6, 14)


def test_the_day_an_event_left_is_named_as_the_former_one() -> None:
    assert holds.left_days("The board said its next pricing decision, originally scheduled for March 20, would be "
                           "announced on March 27.", _DAY) == {dt.date(2031, 3, 20)}
    assert holds.left_days("The port extended the deadline for tenders to April 30, from April 2.", _DAY) == \
        {dt.date(2031, 4, 2)}
    assert holds.left_days("The port will open tenders on April 2.", _DAY) == set()


@given(st.sampled_from(["ask", "apply", "seek", "request", "petition"]),
       st.sampled_from(["would", "will", "plans to", "intends to"]),
       st.sampled_from(["emergency aid", "a waiver", "flood relief", "a loan guarantee"]))
def test_a_request_to_come_names_what_it_asks_for(verb: str, modal: str, thing: str) -> None:
    text = f"The village council said it {modal} {verb} the regional government for {thing}."
    assert supersede._asked_for(text) == thing.split()[-1][:len(supersede._asked_for(text) or "")]
    assert supersede._asked_for(f"The village council {verb}ed the government for {thing} last year.") is None


_PLAN = """Orchard growers hit by hail seek help

Published 3 March 2025

VELMAR - Hail destroyed about 40 percent of the apple blossom in the Velmar valley on Sunday, the growers' cooperative said.

The cooperative, which represents 900 growers, said it would ask the provincial government for disaster relief.

The province's agriculture committee will hold a hearing on crop insurance on 14 May.
"""

_GRANTED = """Province grants Velmar growers 2 million in disaster relief

Published 20 March 2025

VELMAR - The provincial government on Tuesday approved disaster relief of 2 million euros for Velmar valley growers, less than the 5 million euros the cooperative had asked for.

Growers said the money would cover about a fifth of their losses.
"""


def test_a_request_a_later_report_answers_leaves_the_brief_and_an_open_hearing_stays(
        news_workspace: NewsWorkspace, printed: Printed) -> None:
    from briefgen.compose import _Composer

    both = news_workspace("both", {"01-plan.txt": _PLAN, "02-granted.txt": _GRANTED})
    noteset = both.notes()
    composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(both.config, "policy"),
                         docs={doc.id: doc for doc in noteset.sources})
    by_id = {note.id: note for note in composer.readable}
    overtaken = [by_id[j.note].quote for j in composer.overtaken_events]
    assert any("would ask the provincial government" in quote for quote in overtaken)
    assert not any("hearing on crop insurance" in quote for quote in overtaken)
    said = printed(both)
    assert not any("would ask the provincial government" in text for text in said)
    # the hearing is still to come: kept as a note and shown with its day
    brief = both.compose("investor")
    watch = [item for section in brief.sections if section.style == "watch" for item in section.items]
    assert any("hearing on crop insurance" in item.text and item.date == "2025-05-14" for item in watch)


_LOW = """Velmar cooperative names new chair

Published 3 March 2025

VELMAR - The Velmar growers' cooperative named Ines Brand as its chair on Monday, the cooperative said.

Brand, 52, has farmed apples in the valley for 30 years and led the cooperative's marketing arm since 2024.

She succeeds Tomas Ekel, who retired after 12 years.

The cooperative's members approved the appointment at a meeting in the town hall, attended by about 300 growers.

Brand said her priority was to secure a new packing plant for the valley.

The cooperative sold 61,000 tonnes of apples last season.

The appeal against the packing plant's permit will be heard by the regional court on 17 June.
"""


def test_an_event_to_come_is_kept_as_a_note_though_it_ranks_low(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("low", {"01-chair.txt": _LOW})
    assert any("17 June" in note.quote for note in ws.notes().notes)
