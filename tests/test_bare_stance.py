"""A statement whose stance verb has only a pointer for its object ("Varga rejected that.", "The board
dismissed the idea on Monday.") is never shown on its own in an audience brief: it is quoted with the
sentence before it, which tells what is rejected, or left out. And a stretch of a source is shown once
per brief: a sentence quoted as a pair's first sentence is not shown again as an item of its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from briefgen.notes.context import unseen_event, unseen_object

FIRST = """Orrin valley co-op proposes closing two creameries

ORRIN, April 2 (Dale Wire) - The Orrin Valley dairy co-operative
proposed on Thursday to close its creameries at Tessby and Mull,
cutting 85 jobs, and to move all cheese making to its Orrin plant.

Co-op chairman Piet Varga said the two sites had lost 2.4 million
euros over three years. Farmers' delegate Lena Ruiz said the losses
came from an unpaid insurance claim after a 2024 fire at Mull.
Varga rejected that.

Members will vote on the plan on May 16.
"""
SECOND = """<html><head><title>Tessby workers seek buyer</title></head><body>
<h1>Tessby creamery workers seek a buyer</h1>
<p>Workers at the Tessby creamery asked the co-op on Monday to sell the site to a local buyer rather than shut it.</p>
<p>The co-op board dismissed the idea on Monday.</p>
<p>About 40 farmers supply milk to Tessby, according to the workers' union.</p>
</body></html>
"""
TOML = """["01-first.txt"]
publisher = "Dale Wire"
date = "2026-04-02"

["02-second.html"]
publisher = "Valley Courier"
date = "2026-04-06"
"""


@pytest.mark.parametrize("audience", ["executive", "investor", "policy"])
def test_no_bare_stance_stands_alone_and_no_sentence_twice(
        news_workspace: Callable[[str, dict[str, str]], Any], audience: str) -> None:
    brief = news_workspace("stance", {"01-first.txt": FIRST, "02-second.html": SECOND,
                                      "sources.toml": TOML}).compose(audience)
    shown = [item.text for section in brief.sections if section.style != "figures" for item in section.items]
    shown += [item.other.text for section in brief.sections for item in section.items if item.other is not None]
    assert shown
    for text in shown:
        assert unseen_object(text) is None, text
        if "rejected that" in text:
            assert "insurance claim" in text, text
    sentences = [s.strip() for text in shown for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 5]
    assert len(sentences) == len(set(sentences)), sentences


@pytest.mark.parametrize(("sentence", "bare"), [
    ("Varga rejected that.", "rejected that"),
    ("Independent assessor Mia Holt disputes this.", "disputes this"),
    ("The board dismissed the idea on Monday.", "dismissed the idea"),
    ("We reject that claim.", "reject that claim"),
    ("The mayor welcomed the proposal.", "welcomed the proposal"),
    ("She denied that she had seen the letter.", None),  # a clause says what
    ("They rejected the idea of a merger.", None),  # the object says which idea
    ("Ruiz said the losses came from a claim. Varga rejected that.", None),  # told right before, in the pair
    ("The council proposed a levy and traders rejected the proposal.", None),  # told in the sentence
    ('"We reject that," she said.', None),  # a speaker's own words
    ("He said it would support them in court.", None),
])
def test_unseen_object(sentence: str, bare: str | None) -> None:
    assert unseen_object(sentence) == bare
    if bare is not None:
        assert unseen_event(sentence) is not None  # so the brief pairs it or leaves it out
