"""Find quotes in their sources: whitespace and typographic quote marks normalised.

A quote is verified when it stands, verbatim apart from whitespace and quote
marks, in its source's text; its located span is returned so a brief can say
where it stands even after the analyst moved text around.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from briefgen.models import SourceDoc, Span

_QUOTE_MARKS = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'"}


def _norm_with_map(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    index: list[int] = []
    in_space = False
    for position, char in enumerate(text):
        if char.isspace():
            if not in_space and out:
                out.append(" ")
                index.append(position)
            in_space = True
            continue
        in_space = False
        out.append(_QUOTE_MARKS.get(char, char))
        index.append(position)
    return "".join(out), index


@lru_cache(maxsize=256)
def _normalised(text: str) -> tuple[str, tuple[int, ...]]:
    norm, index = _norm_with_map(text)
    return norm, tuple(index)


_QUOTE_TABLE = str.maketrans(_QUOTE_MARKS)


def normalise_quote(quote: str) -> str:
    """The quote with typographic quote marks made plain and whitespace runs made one space
    (the same text `_norm_with_map` gives, stripped)."""
    return " ".join(quote.translate(_QUOTE_TABLE).split())


def locate(doc: SourceDoc, quote: str, hint: int = 0) -> tuple[int, int] | None:
    """(start, end) of *quote* in the doc's text, preferring the occurrence at *hint*; None if absent."""
    if not quote.strip():
        return None
    if doc.text.startswith(quote, hint):
        return hint, hint + len(quote)
    found = doc.text.find(quote)
    if found >= 0:
        return found, found + len(quote)
    norm_text, index = _normalised(doc.text)
    needle = normalise_quote(quote)
    at = norm_text.find(needle)
    if at < 0:
        return None
    return index[at], index[at + len(needle) - 1] + 1


def span_for(doc: SourceDoc, start: int, end: int) -> Span:
    """A Span with paragraph, sentence, line, page and post author derived from offsets."""
    starts = [s.start for s in doc.sentences]
    position = bisect.bisect_right(starts, start) - 1
    sentence = doc.sentences[max(position, 0)]
    author = ""
    if sentence.post is not None and doc.posts:
        author = doc.posts[sentence.post].author
    line = doc.text.count("\n", 0, start) + 1
    page = bisect.bisect_right(doc.pages, start) if doc.pages else None
    return Span(source=doc.id, start=start, end=end, para=sentence.para, sent=sentence.sent,
                line=line, page=page, author=author)


def describe(span: Span) -> str:
    """Where a quote stands, for a reader: page, paragraph, sentence, line, post author."""
    parts = []
    if span.page:
        parts.append(f"p. {span.page}")
    if span.author:
        parts.append(f"post by {span.author}")
    if span.para:
        parts.append(f"para. {span.para}")
    if span.sent:
        parts.append(f"sentence {span.sent}")
    if span.line:
        parts.append(f"line {span.line}")
    return ", ".join(parts) or f"characters {span.start}-{span.end}"
