"""A statement that says it adds to something told before it ("The agency also said ...") is never
shown on its own in an audience brief, in any section: it is quoted with the sentence before it, or
left out (the reader never saw what it adds to)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from briefgen.compose import adds_to_another

FIRST = """Harbour authority raises Kelso berth fees by 9%

KELSO, May 4 (Coast Wire) - The Kelso harbour authority on Monday raised
berth fees for cargo ships by 9% from July 1, its first rise in six years,
to pay for dredging the main channel.

Ferry operators said the rise would add about 40 euros to a crossing.

The authority also said it had postponed a vote on a new cruise terminal
until September.

Harbour master Ines Aalto said the channel had silted faster than expected.
"""
SECOND = """<html><head><title>Kelso fee rise angers shippers</title></head><body>
<h1>Kelso fee rise angers shippers</h1>
<p>Shipping lines using Kelso said on Tuesday that the harbour authority's 9% rise in berth fees would push cargo to Rask.</p>
<p>The shippers' association also called for the dredging contract to be put out to tender.</p>
<p>Rask charges about a fifth less per call.</p>
</body></html>
"""
TOML = """["01-first.txt"]
publisher = "Coast Wire"
date = "2026-05-04"

["02-second.html"]
publisher = "Harbour Post"
date = "2026-05-05"
"""


@pytest.mark.parametrize("audience", ["executive", "investor", "policy"])
def test_no_statement_that_adds_to_an_unseen_one_stands_alone(
        news_workspace: Callable[[str, dict[str, str]], Any], audience: str) -> None:
    brief = news_workspace("adds", {"01-first.txt": FIRST, "02-second.html": SECOND,
                                    "sources.toml": TOML}).compose(audience)
    shown = [item.text for section in brief.sections if section.style != "figures" for item in section.items]
    assert shown  # the brief says something
    for text in shown:
        assert not adds_to_another(text), text
    # when shown, the postponed vote comes with what it adds to
    for text in shown:
        if "postponed a vote" in text:
            assert "Ferry operators said" in text or "raised" in text, text


@pytest.mark.parametrize(("sentence", "adds"), [
    ("The FDIC also said it had amended the loss-share agreement.", True),
    ("The council reviewed the fees as well.", True),
    ("The union, however, rejected the offer.", True),
    ("The bank not only cut its rate but also raised fees.", False),
    ("The index rose. Shares also fell.", False),  # the first sentence stands alone
    ("In addition to the fine, the regulator barred two directors.", False),
    ("Norrvik said on Friday that hackers had also taken data belonging to 95,000 customers.", False),
])
def test_adds_to_another_reads_the_first_sentence_s_main_clause(sentence: str, adds: bool) -> None:
    assert adds_to_another(sentence) is adds



def _doc(text: str) -> tuple[Any, list[Any]]:
    from briefgen.models import Note, Sentence, SourceDoc, SourceMeta, Span
    paras = text.split("\n\n")
    starts = [text.index(p) for p in paras]
    doc = SourceDoc(id="s0", path="sources/s0.txt", format="text", sha256="", text=text, meta=SourceMeta(),
                    sentences=tuple(Sentence(start=a, end=a + len(p), para=i + 1, sent=1, line=1 + 2 * i)
                                    for i, (a, p) in enumerate(zip(starts, paras, strict=True))))
    notes = [Note(id=f"n{i}", kind="fact", quote=p, span=Span(source="s0", start=a, end=a + len(p)))
             for i, (a, p) in enumerate(zip(starts, paras, strict=True))]
    return doc, notes


@pytest.mark.parametrize(("frame", "shown"), [
    ("The contract has also been revised: Kelso will now pay 14 million euros for the work, up from "
     "11 million euros, as the channel silted faster than expected.",
     "... Kelso will now pay 14 million euros for the work, up from 11 million euros, as the channel "
     "silted faster than expected."),
    # what follows the colon is a list, not a clause; or it leans on the frame itself: left out
    ("The authority has also named three bidders: Rask Dredging, Holm Marine and Kelso Works.", None),
    ("The plan was also changed: it now runs to 2029 and costs 14 million euros.", None),
])
def test_news_after_an_additive_frame_is_shown_without_the_frame(frame: str, shown: str | None) -> None:
    """"The contract has also been revised: the authority will now pay 14 million euros ..." adds to what
    was told before it in its main clause, but what follows the colon is the news itself, a clause that
    stands alone: an audience brief shows it with the frame visibly left out rather than losing the later
    value; the digest reads it as before."""
    from briefgen.compose import in_context
    text = ("The Kelso harbour authority delayed its vote on the dredging contract to March from June.\n\n"
            "Ferry operators said they would ask the port to cap fees.\n\n" + frame)
    doc, notes = _doc(text)
    brief = in_context(notes[2], doc, brief=True)
    if shown is None:  # paired with the sentence before it, or left out, as before
        assert brief is None or not brief.quote.startswith("..."), brief
        return
    assert brief is not None and brief.quote == shown
    assert doc.text[brief.span.start:brief.span.end] == shown.removeprefix("... ")
