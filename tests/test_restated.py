"""A holder's later word on the same object overtakes their earlier position, and a later report of
a plan's act done overtakes the plan (supersede.restated_positions); two objects of one holder, or
another holder on the same object, overtake nothing."""

from __future__ import annotations

from collections.abc import Callable

import briefgen
from briefgen import supersede

NewsWorkspace = Callable[[str, dict[str, str]], briefgen.Workspace]  # the conftest fixture news_workspace
Printed = Callable[..., list[str]]  # the conftest fixture printed

_FIRST = """Harbour city pledges 12 km of new cycle lanes

Published 4 March 2025

LINNMARK - The city of Linnmark will build 12 km of protected cycle lanes by 2027, Transport Councillor Mira Ostrand said on Tuesday.

Ostrand said the council remained committed to 12 km of lanes and that the work would cost about 30 million crowns.

The council said it would sign the construction contract for the Harbour Loop with the Tellby Works company if the budget passed in April.

Cyclists' group Pedal Linnmark welcomed the plan.
"""

_LATER = """Linnmark scales back cycle lane plan

Published 20 May 2025

LINNMARK - Linnmark's council on Monday approved a smaller cycle-lane programme after the budget vote.

"We have to be honest with people," Mira Ostrand told the council. "Twelve is out of reach; I cannot promise 12 km any more."

The council said the construction contract for the Harbour Loop had been signed with Tellby Works on Friday.

Pedal Linnmark said it was disappointed.
"""

_OTHER = """Linnmark council debates parking fees

Published 20 May 2025

LINNMARK - Mira Ostrand said parking fees in the old town would rise to 40 crowns an hour from July.

The council said its budget passed in April with a majority of four.
"""


def test_a_holders_later_word_on_the_same_quantity_overtakes_their_position() -> None:
    earlier = "Ostrand said the council remained committed to 12 km of lanes by 2027."
    assert supersede._holders(earlier) == ["Ostrand"]
    assert supersede._shared_quantity(earlier, "I cannot promise 12 kilometres any more.")
    assert not supersede._shared_quantity(earlier, "I cannot promise 14 kilometres any more.")  # a count: same value only
    # an amount of money or a rate: a value within half again of the other is the same object
    assert supersede._shared_quantity("we need close to 95 euros per megawatt-hour", "At 89.70 euros it works")
    assert not supersede._shared_quantity("we need close to 95 euros per megawatt-hour", "a turbine costs 18 million euros")
    assert not supersede._shared_quantity("prices rose 3 percent", "wages rose 3 percent")  # percent is too loose


def test_a_stance_turned_on_the_same_thing_is_a_revision() -> None:
    assert supersede._turned_stance("it repeated that it did not favour a national mandate",
                                    "the first time she has not ruled out a mandate")
    assert not supersede._turned_stance("it did not favour a national mandate", "it still opposed a mandate")
    assert supersede._speaks_for("Federal health ministry", "Health Minister Ada Berg")
    assert not supersede._speaks_for("Finance ministry", "Health Minister Ada Berg")


def test_a_quotation_running_on_takes_the_holder_of_the_sentence_before() -> None:
    ws_doc = '"We listened," Hermans told parliament. "I will not pretend that 21 gigawatts is certain."'
    assert supersede._holders(ws_doc.split(". ")[0] + ".") == ["Hermans"]
    assert supersede._holders('"I will not pretend that 21 gigawatts is certain."') == []


def _restated(ws: briefgen.Workspace) -> set[str]:
    from briefgen.compose import _Composer

    noteset = ws.notes()
    composer = _Composer(noteset=noteset, profile=briefgen.audiences.load_profile(ws.config, "policy"),
                         docs={doc.id: doc for doc in noteset.sources})
    by_id = {note.id: " ".join(note.quote.split()) for note in noteset.notes}
    return {by_id[j.note] for j in composer.restated}


def test_overtaken_positions_and_done_plans_leave_every_section(news_workspace: NewsWorkspace, printed: Printed) -> None:
    ws = news_workspace("a", {"01-first.txt": _FIRST, "02-other.txt": _OTHER})
    assert _restated(ws) == set()  # other objects of the holder, and a budget that is no contract: nothing
    assert any("remained committed to 12 km" in text for text in printed(ws, cited=True))
    ws = news_workspace("b", {"01-first.txt": _FIRST, "02-later.txt": _LATER})
    gone = _restated(ws)
    assert any("remained committed to 12 km" in text for text in gone)
    assert any("would sign the construction contract" in text for text in gone)
    assert not any("remained committed to 12 km" in text for text in printed(ws, cited=True))


def test_another_holder_on_the_same_quantity_overtakes_nothing() -> None:
    from briefgen.models import SourceDoc  # noqa: F401  (the function reads docs' sentences)

    earlier = "Ostrand said the council remained committed to 12 km of lanes by 2027."
    assert not supersede._one_holder(supersede._holders(earlier), ["Pedal Linnmark"])
    assert supersede._one_holder(supersede._holders(earlier), ["Mira Ostrand"])
