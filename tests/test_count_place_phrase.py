"""A count whose verb comes after a phrase of where ("About 90 cabins in the Redfern and Oak Hill
estates were damaged") measures what happened to it, as it does with no such phrase: so a later
report of the same measure in other words ("the number of damaged cabins rose to 130") is its
later value, and the earlier statement no current one."""
from __future__ import annotations

from briefgen.keyfigures import measure_key_of
from briefgen.notes.figures import find_figures


def _only(sentence: str):
    figures = find_figures(sentence)
    assert len(figures) == 1
    return figures[0]


def test_a_place_phrase_between_count_and_passive_verb_keeps_the_measure() -> None:
    figure = _only("About 90 cabins in the Redfern and Oak Hill estates were damaged, the council said.")
    assert figure.measures == "cabins damaged"


def test_the_measure_is_the_one_the_later_report_names_in_other_words() -> None:
    early = _only("About 90 cabins in the Redfern and Oak Hill estates were damaged, the council said.")
    later = _only("The number of damaged cabins has risen to 130.")
    assert measure_key_of(early, []) == measure_key_of(later, [])


def test_other_places_and_prepositions_are_read_the_same_way() -> None:
    assert _only("Some 45 pupils at the two village schools were sent home.").measures.startswith("pupils sent")
    assert _only("At least 12 boats along the northern quay were damaged.").measures == "boats damaged"


def test_a_place_phrase_with_no_passive_verb_after_it_gives_no_measure() -> None:
    assert _only("About 40 crossings near primary schools would be unstaffed.").measures == ""
