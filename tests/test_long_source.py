"""A long source's sentence index is built once, not per note, and stays right for each source."""

from __future__ import annotations

import bisect

from hypothesis import given
from hypothesis import strategies as st

from briefgen.compose import _sentence_index
from briefgen.models import Note, Sentence, SourceDoc, SourceMeta, Span


def _doc(text: str, sentences: tuple[Sentence, ...]) -> SourceDoc:
    return SourceDoc(id="s0", path="sources/s0.docx", format="docx", sha256="", text=text, meta=SourceMeta(),
                     sentences=sentences)


def _note(start: int) -> Note:
    return Note(id="n1", kind="claim", quote="x", span=Span(source="s0", start=start, end=start + 1))


@given(st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=60), st.integers(0, 2500))
def test_the_index_is_the_sentence_the_note_starts_in(lengths: list[int], at: int) -> None:
    starts = [sum(lengths[:i]) for i in range(len(lengths))]
    sentences = tuple(Sentence(start=s, end=s + n, para=1, sent=1, line=1) for s, n in zip(starts, lengths, strict=True))
    doc = _doc("x" * sum(lengths), sentences)
    assert _sentence_index(_note(at), doc) == bisect.bisect_right(starts, at) - 1


def test_a_reread_source_is_indexed_afresh() -> None:
    """A source read again (the user edited it between builds in one process) has new sentences."""
    first = _doc("Alpha rose. Beta fell.", (Sentence(start=0, end=11, para=1, sent=1, line=1), Sentence(start=12, end=22, para=1, sent=1, line=1)))
    assert _sentence_index(_note(15), first) == 1
    edited = _doc("A new first sentence here. Alpha rose. Beta fell.",
                  (Sentence(start=0, end=26, para=1, sent=1, line=1), Sentence(start=27, end=38, para=1, sent=1, line=1),
                   Sentence(start=39, end=49, para=1, sent=1, line=1)))
    assert _sentence_index(_note(15), edited) == 0
    assert _sentence_index(_note(40), edited) == 2
    assert _sentence_index(_note(15), first) == 1
