"""Locate paragraphs and sentences by character offsets into the text as read.

Paragraphs are lines (or blank-line separated blocks); a line that stops
mid-sentence and continues in lower case on the next line is joined to it.
Sentences within a paragraph come from nupunkt (Punkt with a shipped model),
which handles abbreviations (U.S., Inc., e.g.), decimals and currency.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

import nupunkt

from briefgen.models import Removed, Sentence

_TERMINAL = re.compile(r"[.!?:;…][\"'”’»)\]]*\s*$")
_LIST_MARK = re.compile(r"^\s*(?:[-*•–—]|\d{1,2}[.)])\s+")


def line_starts(text: str) -> list[int]:
    """Offsets where each line starts (for offset -> line number)."""
    starts = [0]
    for match in re.finditer(r"\n", text):
        starts.append(match.end())
    return starts


def line_of(starts: Sequence[int], offset: int) -> int:
    """1-based line number of *offset*."""
    return bisect.bisect_right(starts, offset)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, trailing whitespace excluded."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            lines.append((pos + lead, pos + len(body.rstrip())))
        else:
            lines.append((-1, -1))
        pos += len(raw)
    # Hard-wrapped prose: blank-line separated blocks whose lines are short.
    nonblank = [(s, e) for s, e in lines if s >= 0]
    blanks = sum(1 for s, _ in lines if s < 0)
    wrapped = (
        len(nonblank) >= 4
        and blanks >= 1
        and sum(1 for s, e in nonblank if 40 <= e - s <= 100) / len(nonblank) > 0.7
    )
    paras: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for start, end in lines:
        if start < 0:
            if current:
                paras.append(current)
            current = None
            continue
        if current is None:
            current = (start, end)
            continue
        previous = text[current[0]:current[1]]
        nxt = text[start:end]
        joins = wrapped and not _LIST_MARK.match(nxt)
        if not joins:
            # A sentence broken across lines: no terminal punctuation, continues in lower case.
            joins = (
                not _TERMINAL.search(previous)
                and bool(nxt[:1].islower())
                and len(previous.split()) >= 6
            )
        if joins:
            current = (current[0], end)
        else:
            paras.append(current)
            current = (start, end)
    if current:
        paras.append(current)
    return paras


def _inside(removed: Sequence[Removed], start: int, end: int) -> bool:
    return any(r.start <= start and end <= r.end for r in removed)


def sentences(
    text: str,
    removed: Sequence[Removed] = (),
    pages: Sequence[int] = (),
    posts: Iterable[tuple[int, int]] = (),
) -> tuple[Sentence, ...]:
    """Every sentence outside removed spans, located by paragraph, sentence, line, page, post."""
    starts = line_starts(text)
    post_spans = sorted(posts)
    post_starts = [a for a, _ in post_spans]
    found: list[Sentence] = []
    para_no = 0
    for p_start, p_end in paragraphs(text):
        if _inside(removed, p_start, p_end):
            continue
        para_no += 1
        chunk = text[p_start:p_end]
        sent_no = 0
        for s_start, s_end in nupunkt.sent_spans(chunk):
            piece = chunk[s_start:s_end]
            lead = len(piece) - len(piece.lstrip())
            start = p_start + s_start + lead
            end = p_start + s_start + len(piece.rstrip())
            if end <= start or _inside(removed, start, end):
                continue
            sent_no += 1
            page = bisect.bisect_right(pages, start) if pages else None
            post = None
            index = bisect.bisect_right(post_starts, start) - 1
            if index >= 0 and start < post_spans[index][1]:
                post = index
            found.append(
                Sentence(start=start, end=end, para=para_no, sent=sent_no,
                         line=line_of(starts, start), page=page, post=post)
            )
    return tuple(found)
