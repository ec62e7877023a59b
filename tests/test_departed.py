"""A party a later report says has left a group (the lenders, the bidders, the donors) overtakes an
earlier statement that lists it in that group (supersede.departed_parties); an exit that is only
possible, denied, or from another dealing of the party overtakes nothing. And the first act a later
decision changed is not retold when a later source calls its value earlier (compose.original_event)."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen import supersede

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]
Printed = Callable[..., list[str]]

_FIRST = """Valmora observatory wins funding from three partners

Published 10 February 2026

VALMORA - A group of partners led by Banco Atlantico and including Pereira Optics Group and the Almada Science Trust will lend 60 million euros for the Valmora hilltop observatory, the project office said on Monday.

The telescope, a 95 million euro instrument, is due to see first light in 2029, the office said.

Pereira Optics Group also sells lenses to the observatory's visitor centre.
"""

_LATER = """Optics maker leaves Valmora observatory group

Published 2 September 2026

VALMORA - Pereira Optics Group has withdrawn from the group of partners financing the Valmora observatory, the company said on Tuesday, citing weaker orders.

The remaining partners said they would cover its share.
"""


def test_exits_are_told_as_done_by_a_named_party() -> None:
    assert supersede._exits("Pereira Optics Group has withdrawn from the group of partners financing it.") == \
        [("Pereira Optics Group", {"group", "partner"})]
    assert supersede._exits("The cost rose, after Marlow Capital pulled out of the consortium on Friday.") == \
        [("Marlow Capital", {"consortium"})]
    # possible, threatened or denied exits are none
    assert supersede._exits("Pereira Optics Group could withdraw from the group of partners.") == []
    assert supersede._exits("Pereira Optics Group has not withdrawn from the group of partners.") == []
    assert supersede._exits("Pereira Optics Group threatened to withdraw from the group.") == []
    # no name: a sentence's first word, or a pronoun
    assert supersede._exits("It has withdrawn from the tender.") == []
    # "left" is too often a level kept ("left its key rate at 4%")
    assert supersede._exits("Norvik Central Bank left its key rate at 4%.") == []


@given(st.sampled_from(["could", "might", "would", "may"]), st.sampled_from(["withdraw", "pull out"]))
def test_an_exit_under_a_modal_is_never_told_as_done(modal: str, verb: str) -> None:
    assert supersede._exits(f"Pereira Optics Group {modal} {verb} from the group of partners.") == []


def test_the_listing_leaves_every_section_once_the_party_has_left(news_workspace: NewsWorkspace,
                                                                   printed: Printed) -> None:
    ws = news_workspace("obs", {"01-first.txt": _FIRST, "02-later.txt": _LATER})
    texts = printed(ws)  # its amount may stay a Key figures row: the group still lends it
    assert not any("including Pereira Optics Group" in text for text in texts)
    # another dealing of the same party (lenses sold) is not the group it left: it may stay
    noteset, docs = ws.notes(), {doc.id: doc for doc in ws.ingest().docs}
    found = supersede.departed_parties(noteset.notes, docs, text_of=lambda n: n.quote,
                                       reports=lambda n: True)
    assert all("sells lenses" not in note.quote for note in noteset.notes
               if note.id in {judgement.note for judgement in found})


def test_without_the_later_report_the_listing_stays(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("obs1", {"01-first.txt": _FIRST})
    assert any("including Pereira Optics Group" in text for text in printed(ws))
