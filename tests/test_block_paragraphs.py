"""A web page's or a document's blocks are its paragraphs (`segment.paragraphs(blocks=True)`): a headline
with no closing punctuation is never joined to the paragraph under it. Invented text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from briefgen.ingest import read_source
from briefgen.ingest.segment import paragraphs
from briefgen.workspace import init_workspace, load_config

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Port levy to add 2 percent to freight costs, regulator says | The Harbour Times</title>
</head><body><article>
<h1>Port levy to add 2 percent to freight costs, regulator says</h1>
<p class="byline">By Jan Olsen, Shipping Correspondent &middot; 5 November 2026</p>
<p>The Government's decision to charge a levy of 4 euros a tonne on freight through Kessel port will add
about 2 percent to freight costs in 2027, the regulator said on Wednesday.</p>
<p>The port operator said the levy would cost it 30 million euros a year, and would pass it on.</p>
</article></body></html>
"""


def test_a_headline_over_a_paragraph_is_not_its_first_sentence(tmp_path: Path) -> None:
    init_workspace(tmp_path)
    (tmp_path / "sources" / "levy.html").write_text(PAGE, encoding="utf-8")
    config = load_config(tmp_path)
    doc = read_source(config, config.sources_dir / "levy.html", {})
    said = [doc.text[s.start:s.end] for s in doc.sentences]
    assert not any("regulator says\nThe" in s or "regulator says The" in s for s in said), said
    assert any(s.startswith("The Government's decision") for s in said), said


def test_a_line_break_inside_a_block_still_joins_a_phrase_going_on() -> None:
    text = "The council voted on Tuesday to close the\nold harbour road for repairs.\nThe work starts in May.\n"
    assert len(paragraphs(text, blocks=True)) == 2


@given(st.lists(st.from_regex(r"[A-Z][a-z]{2,8}( [a-z]{2,8}){2,9}", fullmatch=True), min_size=1, max_size=6))
def test_capitalised_lines_of_blocks_are_paragraphs_of_their_own(lines: list[str]) -> None:
    """However a headline ends, each block that opens on a capital is a paragraph."""
    text = "\n".join(lines) + "\n"
    assert len(paragraphs(text, blocks=True)) == len(lines)
