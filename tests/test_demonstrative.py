"""A statement naming a demonstrative phrase ("until after that meeting") whose referent only an earlier
sentence of its source told is, in an audience brief, quoted with that sentence or left out: a reader of
the statement alone cannot tell which meeting. Recognised by structure ("this/these/those" + noun, or
"that" + noun after a preposition, where "that" is no conjunction; the noun used by an earlier sentence)."""

from __future__ import annotations

import re

import pytest

from briefgen.notes.context import demonstrative_reference

EARLIER = ["The guild asked for a meeting with the farm ministry to discuss a buffer zone."]


@pytest.mark.parametrize("sentence", [
    "The guild said it would not appeal until after that meeting.",
    "Growers rejected those zones on Friday.",
    "Under these terms, no spraying is allowed near hives.",
])
def test_a_demonstrative_whose_noun_an_earlier_sentence_used(sentence: str) -> None:
    earlier = EARLIER + ["Growers had offered zones of 50 metres on generous terms."]
    assert demonstrative_reference(sentence, earlier) is not None


@pytest.mark.parametrize("sentence", [
    "The guild said that meetings with growers had failed.",  # "that" as a conjunction
    "The guild will decide this year.",  # a time counted from now
    "After that meeting of growers in Ely, the guild relented.",  # says which one
    "A meeting was held, and after that meeting the guild relented.",  # the sentence told it
    '"We will not wait for that meeting," the guild said.',  # the speaker's own words
    "The guild said this summit would decide.",  # no earlier summit
])
def test_what_needs_no_earlier_sentence(sentence: str) -> None:
    assert demonstrative_reference(sentence, EARLIER) is None


def test_briefs_pair_or_leave_out_and_the_digest_reads_as_before() -> None:
    from briefgen.compose import in_context
    from briefgen.models import Note, Sentence, SourceDoc, SourceMeta, Span

    text = ("The Lowland Beekeepers Guild asked on Monday for a meeting with the farm ministry.\n\n"
            "Orla Byrne, its chair, said hives had shrunk by a third. "
            "Growers said they would keep spraying until after that meeting.\n\n"
            "A meeting with growers is planned for June. "
            "The guild will not sue until after that meeting.")
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[^\n.]+\.", text)]
    bounds = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in bounds]
    paras = [1, 2, 2, 3, 3]
    doc = SourceDoc(id="s0", path="sources/s0.txt", format="text", sha256="", text=text, meta=SourceMeta(),
                    sentences=tuple(Sentence(start=a, end=b, para=p, sent=1 + i - paras.index(p), line=1 + i)
                                    for i, ((a, b), p) in enumerate(zip(bounds, paras, strict=True))))
    notes = [Note(id=f"n{i}", kind="fact", quote=text[a:b], span=Span(source="s0", start=a, end=b))
             for i, (a, b) in enumerate(bounds)]
    assert in_context(notes[2], doc) == notes[2]
    assert in_context(notes[4], doc) == notes[4]
    # The sentence before it does not tell the meeting: left out.
    assert in_context(notes[2], doc, brief=True) is None
    # The sentence before it does: quoted with it.
    paired = in_context(notes[4], doc, brief=True)
    assert paired is not None and paired.quote.startswith("A meeting with growers is planned for June.")
    assert paired.quote.endswith("until after that meeting.")
