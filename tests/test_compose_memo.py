"""What compose keeps between calls (perf7) answers as working it out again would."""

import re

from hypothesis import given
from hypothesis import strategies as st

from briefgen.compose import _stems, said, statement
from briefgen.keyfigures import FigureGroup
from briefgen.models import Figure, Note, Span
from briefgen.words import content_words, stem


def _note(quote: str, text: str | None = None, nid: str = "n1") -> Note:
    return Note(id=nid, kind="figure", quote=quote, span=Span(source="s1", start=0, end=len(quote)), text=text)


def test_a_group_shows_the_figure_its_sources_now_word_it_by() -> None:
    # One source words the quantity "tonnes of grain exported"; two later ones "grain exports":
    # the row follows the wording most sources use, so it changes as the group grows.
    group = FigureGroup()
    group.add(Figure(text="4.1 million tonnes", value=4.1e6, unit="t", measures="grain exported"),
              _note("Kestrel Port exported 4.1 million tonnes of grain."), "2026-03-01", 0)
    assert group.shown().measures == "grain exported"
    for k in (2, 3):
        group.add(Figure(text="4.1m tonnes", value=4.1e6, unit="t", measures="grain exports"),
                  _note(f"Grain exports reached 4.1m tonnes, report {k} said.", nid=f"n{k}"), "2026-03-02", 1)
    assert group.shown().measures == "grain exports"  # not the row worked out before the group grew


@given(st.text(alphabet="ab Ré-'s1 \n\t.", max_size=30))
def test_stems_are_the_stems_of_the_text(text: str) -> None:
    expected = {stem(w) for w in (*content_words(text), *(w.lower() for w in re.findall(
        r"\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{2,}\b", text)))}
    assert _stems(text) == expected
    assert isinstance(_stems(text), frozenset)  # kept between calls: no caller can change it


def test_said_and_statement_read_each_note_on_its_own() -> None:
    a = _note("The board  met\non Friday.")
    b = _note("The board  met\non Friday.", text="The board met, the ministry said.")
    assert said(a) == said(b) == "The board met on Friday."
    assert statement(a) == "The board met on Friday."
    assert statement(b) == "The board met, the ministry said."
