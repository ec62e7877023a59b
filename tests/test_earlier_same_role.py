"""An earlier value of a count is a count of the same things: "at least 80 lorries crossed the bridge"
is no earlier value of "axle damage on 45 lorries that crossed the bridge" (a part of them, counted
by what was reported of them), while "120 lorries had crossed" is its later count (kf49; invented
text)."""

from __future__ import annotations

from briefgen.keyfigures import other_roles, role_verbs
from briefgen.models import Figure
from briefgen.notes.figures import find_figures


def find_figure(said: str, text: str) -> Figure:
    return next(f for f in find_figures(said) if f.text == text)



def test_role_verbs_read_doer_relative_and_object() -> None:
    said = "The federation says at least 80 lorries crossed the bridge."
    assert role_verbs(said, find_figure(said, "80 lorries")) == {"crossed"}
    said = "Hauliers have reported axle damage on 45 lorries that crossed the bridge."
    assert role_verbs(said, find_figure(said, "45 lorries")) == {"reported", "crossed"}
    said = "The number of lorries rose to 95 lorries."
    assert role_verbs(said, find_figure(said, "95 lorries")) == frozenset()


def test_a_part_counted_by_another_verb_is_no_later_count() -> None:
    first = "At least 80 lorries crossed the bridge."
    part = "Hauliers have reported axle damage on 45 lorries that crossed the bridge."
    recount = "By Friday 120 lorries had crossed the bridge."
    assert other_roles([(first, find_figure(first, "80 lorries"))], [(part, find_figure(part, "45 lorries"))])
    assert not other_roles([(first, find_figure(first, "80 lorries"))],
                           [(recount, find_figure(recount, "120 lorries"))])


def test_a_toll_told_with_another_verb_is_still_its_later_count() -> None:
    # "died" then "killed": the same people counted again, not a part of them
    for first, then in [("At least 12 people died in the floods.", "The floods killed 15 people, officials said."),
                        ("About 300 residents left their homes.", "Officials evacuated 800 residents on Friday.")]:
        early = next(f for f in find_figures(first) if f.unit)
        late = next(f for f in find_figures(then) if f.unit)
        assert not other_roles([(first, early)], [(then, late)])
