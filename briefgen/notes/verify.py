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


_DASHES = {"\u2014": "-", "\u2013": "-", "\u2012": "-", "\u2015": "-"}


def _norm_with_map(text: str, loose: bool = False) -> tuple[str, list[int]]:
    """*text* with whitespace runs as one space and typographic quote marks plain, and for each
    character kept its offset in *text*. *loose* also reads wire copy's typewriter conventions
    as what `clean.typeset` shows for them (``/'' as a double quote mark; " _ ", "--" and dashes
    as "-"), so a quote copied from a brief is found in the text as read."""
    out: list[str] = []
    index: list[int] = []
    in_space = False
    position = 0
    length = len(text)
    while position < length:
        char = text[position]
        if char.isspace():
            if not in_space and out:
                out.append(" ")
                index.append(position)
            in_space = True
            position += 1
            continue
        in_space = False
        step = 1
        if loose:
            pair = text[position:position + 2]
            if pair in ("``", "\'\'"):
                char, step = '"', 2
            elif pair == "--":
                char, step = "-", 2
            elif char == "_" and out and out[-1] == " " and text[position + 1:position + 2].isspace():
                char = "-"
            else:
                char = _DASHES.get(char, char)
        out.append(_QUOTE_MARKS.get(char, char))
        index.append(position)
        position += step
    return "".join(out), index


@lru_cache(maxsize=256)
def _normalised(text: str, loose: bool = False) -> tuple[str, tuple[int, ...]]:
    norm, index = _norm_with_map(text, loose)
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
    for loose in (False, True):
        norm_text, index = _normalised(doc.text, loose)
        needle = _normalised(quote.strip(), loose)[0] if loose else normalise_quote(quote)
        at = norm_text.find(needle)
        if at >= 0:
            last = index[at + len(needle) - 1]
            # A needle ending on a pair read as one character ('' or --) covers both.
            if loose and doc.text[last:last + 2] in ("\'\'", "``", "--"):
                last += 1
            return index[at], last + 1
    return None


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
