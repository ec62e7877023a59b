"""The brief opens on the story's central event, told by its main actor, or on that actor's later
decision on the same matter (a freeze after a rise, an approval after a block), and then states the
original event once; a consequence told with the same verb by another actor ("the ferry operators
raised their fares") is neither."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.sections import done_verb, main_subject

OpeningOf = Callable[[dict[str, str]], list[str]]

RISE = """Orsund port council raises landing fee to 19 euros

ORSUND, Feb. 3 (Baltic Newswire) - The Orsund port council on Tuesday
raised the landing fee for fishing boats by 4 euros to 19 euros a tonne,
its first increase since 2017, to pay for repairs to the north quay.

The fee had stood at 15 euros a tonne since 2017. The increase takes
effect on March 1.

Council chair Mette Lind said the quay "cannot wait another winter".
"""
REACTION = """<html><head><title>Ferry fares up after Orsund fee rise</title></head><body>
<h1>Ferry fares up after Orsund fee rise</h1>
<p>Orsund's two ferry operators raised their fares on Wednesday, a day after the port council raised the landing fee for fishing boats.</p>
<p>The fishermen's association said its members would land more of their catch in Hallby, where the fee is 14 euros a tonne.</p>
<p>About 140 boats use the port every year.</p>
</body></html>
"""
FREEZE = """UPDATE 1-Orsund port council freezes landing fee after catch slump

ORSUND, June 9 (Baltic Newswire) - The Orsund port council on Tuesday
froze the landing fee for fishing boats at 19 euros a tonne for the rest
of the year, after landings fell by a fifth since March.

The council said quay repairs would go ahead on a smaller scale.

The fishermen's association said the freeze did not go far enough.
"""
TOML = """["01-rise.txt"]
publisher = "Baltic Newswire"
date = "2026-02-03"

["02-reaction.html"]
publisher = "Orsund Posten"
date = "2026-02-04"

["03-freeze.txt"]
publisher = "Baltic Newswire"
date = "2026-06-09"
"""


def test_the_brief_opens_on_the_later_decision_and_states_the_original_once(opening_of: OpeningOf) -> None:
    opening = opening_of({"01-rise.txt": RISE, "02-reaction.html": REACTION, "03-freeze.txt": FREEZE,
                                  "sources.toml": TOML})
    assert "froze the landing fee" in opening[0]
    told = [text for text in opening if "by 4 euros to 19 euros" in text]
    assert len(told) == 1  # the original rise: what was done, by how much, to what
    assert not any("ferry operators raised their fares" in text for text in opening[:2])


def test_without_the_later_decision_the_brief_opens_on_the_event_not_its_consequence(opening_of: OpeningOf) -> None:
    opening = opening_of({"01-rise.txt": RISE, "02-reaction.html": REACTION, "sources.toml": TOML})
    assert "by 4 euros to 19 euros" in opening[0]


def test_main_subject_is_who_did_it() -> None:
    assert main_subject("Iceland's central bank on Friday raised its key rate by 150 basis points.") == (
        "Iceland's", "central", "bank")
    assert main_subject("The tribunal has blocked the merger.") == ("The", "tribunal")
    assert main_subject("The tribunal said it would rule next week.") == ()


def test_a_short_past_form_before_its_object_is_a_verb() -> None:
    found = done_verb("The regulator on Wednesday cut the base tariff by 12 percent.")
    assert found is not None and found[0][found[1]] == "cut"
    assert done_verb("A cut the size of this one is rare.") is None


_NAMES = st.lists(st.sampled_from(["Orsund", "Port", "Council", "Authority", "Vale", "Board", "Marrow"]),
                  min_size=1, max_size=4)


@settings(max_examples=60, deadline=None)
@given(_NAMES, st.sampled_from(["cut", "set", "raised", "froze", "approved"]),
       st.sampled_from(["on Monday ", "", "last week "]))
def test_the_subject_is_the_words_before_the_verb(name: list[str], verb: str, when: str) -> None:
    text = f"The {' '.join(name)} {when}{verb} the fee for all boats."
    assert main_subject(text) == ("The", *name)
