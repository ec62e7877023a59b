"""A report's run-in side heading ("**Construction.** We expect permits to fall ...") is a label, not a
statement: a brief never quotes it with the sentence after it as if that sentence leaned on it (the
heading names no one the "We" stands for). Recognised by structure: a sentence wholly in strong emphasis
in a Markdown source, or a one-word sentence in any source."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from briefgen.ingest.markup import run_in_heading
from briefgen.ingest.segment import sentences
from briefgen.models import SourceDoc, SourceMeta

Build = Callable[..., tuple[Path, dict[str, str]]]
"""The `cli_build` fixture (conftest)."""


def _doc(text: str, fmt: str) -> SourceDoc:
    return SourceDoc(id="s0", path="sources/s0.md", format=fmt, sha256="", text=text, meta=SourceMeta(),
                     sentences=sentences(text))


def test_side_headings_and_statements() -> None:
    text = ("**Harvest.** Our survey puts the wheat yield at 7.1 tonnes a hectare. "
            "The cooperative said **prices** would hold.\n\nYields. They fell last year.\n")
    doc = _doc(text, "markdown")
    found = [(doc.text[s.start:s.end], run_in_heading(doc, s.start, s.end)) for s in doc.sentences]
    assert found == [("**Harvest.**", True),
                     ("Our survey puts the wheat yield at 7.1 tonnes a hectare.", False),
                     ("The cooperative said **prices** would hold.", False),
                     ("Yields.", True), ("They fell last year.", False)]
    # In a plain-text source a one-word sentence is a label as well, asterisks or not.
    plain = _doc(text, "text")
    assert [run_in_heading(plain, s.start, s.end) for s in plain.sentences] == [True, False, False, True, False]


def test_a_brief_never_quotes_a_side_heading_with_the_sentence_after_it(cli_build: Build) -> None:
    """End to end, built twice: no brief statement opens on a side heading of the institute's note."""
    sources = {
        "note.md": "# What the grain levy will cost farmers\n\n*Prairie Farm Institute, 2 April 2026*\n\n"
        "**Prices.** Our model puts the levy's cost at 14 dollars a tonne of wheat in 2027, "
        "against 9 dollars under the old scheme.\n\n"
        "**Planting.** We expect wheat planting to fall by 6 to 8 percent in the first two years, "
        "as growers switch to canola.\n",
        "wire.txt": "Province passes grain levy\n\nREGINA, 30 March 2026 - The provincial legislature on Monday "
        "passed a grain levy of 12 dollars a tonne, which applies from August 1 to all wheat sold in the "
        "province. Agriculture Minister Dana Kell said the levy would raise 310 million dollars a year for "
        "rail upgrades. The Grain Growers Association said it would challenge the levy in court.\n",
    }
    for _ in range(2):
        _, briefs = cli_build(sources, "2026-04-10", check=True)
        body = re.sub(r"\\(.)", r"\1", "\n".join(briefs.values()))
        assert not re.search(r"\b(?:Prices|Planting)\. (?:Our|We)\b", body), body
