"""An analysis's statement that opens on its writer's first person ("Our model puts ...") stands in an
audience brief with the writer named in a bracket; a news report's does not (invented text, dis20)."""

from __future__ import annotations

from typing import Any

import pytest


def _doc(text: str, kind: str) -> tuple[Any, list[Any]]:
    from briefgen.models import Note, Sentence, SourceDoc, SourceMeta, Span
    paras = text.split("\n\n")
    starts = [text.index(p) for p in paras]
    doc = SourceDoc(id="s0", path="sources/s0.md", format="text", sha256="", text=text,
                    meta=SourceMeta(kind=kind, publisher="Ostra Research"),
                    sentences=tuple(Sentence(start=a, end=a + len(p), para=i + 1, sent=1, line=1 + 2 * i)
                                    for i, (a, p) in enumerate(zip(starts, paras, strict=True))))
    notes = [Note(id=f"n{i}", kind="fact", quote=p, span=Span(source="s0", start=a, end=a + len(p)))
             for i, (a, p) in enumerate(zip(starts, paras, strict=True))]
    return doc, notes


TEXT = ("Quay costs, by Ostra Research.\n\n"
        "The harbour authority's 310-million figure leaves out dredging.\n\n"
        "We think that is optimistic.\n\n"
        "Our model puts the cost of a new quay at 400 million euros once dredging is counted.")


def test_an_analysis_own_model_stands_with_its_writer_named() -> None:
    from briefgen.compose import in_context
    doc, notes = _doc(TEXT, "analysis")
    shown = in_context(notes[3], doc, brief=True)
    assert shown is not None and "Ostra Research" in shown.quote and "model puts the cost of a new quay" in shown.quote


@pytest.mark.parametrize("kind", ["news report"])
def test_a_reports_first_person_is_not_named_for_its_publisher(kind: str) -> None:
    from briefgen.compose import in_context
    doc, notes = _doc(TEXT, kind)
    shown = in_context(notes[3], doc, brief=True)
    assert shown is None or "Ostra Research" not in shown.quote
