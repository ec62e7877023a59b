"""The Bottom line may open on the story's central event when a later clause of its sentence looks
ahead: a statement whose main clause reports something done (`sections.reports_done`) is a fact,
whatever kind that clause gave the note ("resigned on Monday, ..., and the coast guard said the
harbour would reopen within days")."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen.sections import reports_done

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]


def test_the_main_clause_decides_whether_a_sentence_reports_something_done() -> None:
    assert reports_done("The Norrland Chamber Orchestra has dissolved itself after its board voted on Friday, "
                        "ending six decades of concerts in what would have been its anniversary season.")
    assert reports_done("The head of the port authority resigned on Monday, six days after the spill.")
    assert reports_done("After a five-hour debate, the senate rejected the plan by 31 votes to 22.")
    assert reports_done("The last of the climbers was lifted off the ridge on Sunday.")
    assert reports_done("Kessler, which owns two mills, sold its paper business to a rival.")
    # what someone said, expects or will do; a state; a quotation
    assert not reports_done("The regional council said on Thursday it had offered talks with the board.")
    assert not reports_done("Officials say the pier was closed.")
    assert not reports_done("The road will stay closed for at least four months.")
    assert not reports_done("Hauliers warned that the detour would cost them millions.")
    assert not reports_done("The hull was about 19 metres long.")
    assert not reports_done('"We have lost a great deal," the curator said.')
    assert not reports_done("The planned merger is off.")


@given(st.sampled_from(["will", "would", "could", "may", "should"]),
       st.sampled_from(["close the plant", "be sold", "have won the vote", "resign"]))
def test_a_modal_main_clause_is_never_something_done(modal: str, rest: str) -> None:
    assert not reports_done(f"The company {modal} {rest}, the union said after it had voted.")


_PORT_1 = """Port authority chief resigns over fuel spill

Published 2 June 2026

HAVSTAD - The head of the Havstad port authority resigned on Monday, a week after a fuel spill closed the harbour, and the coast guard said the harbour would reopen to fishing boats within days.

Fishermen said the spill had kept their boats in port for five days.
"""

_PORT_2 = """Harbour reopens as clean-up crews finish

Published 4 June 2026

Officials said on Wednesday the clean-up of the harbour would cost about 3 million crowns.\n\nThe port authority's board said it would name an interim head of the port authority next week.
"""


def test_an_event_whose_later_clause_looks_ahead_still_leads(news_workspace: NewsWorkspace) -> None:
    ws = news_workspace("port", {"01-wire.txt": _PORT_1, "02-later.txt": _PORT_2})
    first = ws.compose("executive").sections[0].items[0].text
    assert first.startswith("The head of the Havstad port authority resigned on Monday")
