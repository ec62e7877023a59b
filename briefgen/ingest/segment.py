"""Locate paragraphs and sentences by character offsets into the text as read.

Paragraphs come from the layout: in hard-wrapped text a line break is a space
unless a blank line, list item, heading, indent or a short line says otherwise;
elsewhere a line is a paragraph unless it stops mid-sentence.
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


# A sentence cannot end on these words, so a line that ends on one continues on the next line
# whatever case that line starts in ("arrested by the" / "British police").
_CONTINUES = re.compile(
    r"\b(?:the|a|an|of|and|or|but|nor|by|with|from|into|onto|for|to|at|in|on|as|than|that|which|who|whose|"
    r"its|their|his|her|our|your|this|these|those|said|says|told|including)[,]?$"
)
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s")
_QUOTE_MARK = re.compile(r"^\s*>")


def _wrap_width(widths: Sequence[int]) -> int:
    """The column a hard-wrapped text is wrapped at (0 when it is not hard-wrapped).

    Wrapped prose has most lines close to one width of 20-100 columns (a newspaper column
    to a terminal): the 75th percentile of the line widths, when at least half of the lines
    reach 70% of it. The estimate errs low, which only makes fewer breaks deliberate."""
    if len(widths) < 4:
        return 0
    ordered = sorted(widths)
    width = ordered[(len(ordered) - 1) * 3 // 4]
    if not 20 <= width <= 100:
        return 0
    near = sum(1 for w in widths if w >= 0.7 * width)
    return width if near / len(widths) >= 0.5 else 0


def _width(line: str) -> int:
    """Columns a line fills, spaces that justify it (PDF text) counted once."""
    return len(" ".join(line.split()))


def paragraphs(text: str, blocks: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, trailing whitespace excluded.

    With *blocks* (text a reader took from a web page's or a document's own blocks, a line each) a
    line is a paragraph: a headline over its first paragraph ("..., fiscal council says" / "The
    Government's decision ...") ends where its block does. Only a line going on in lower case after
    no closing punctuation (a line break inside a block) is joined to the one before.

    In hard-wrapped text (wire copy, e-mail, text from PDFs) a line break is a space unless the
    layout says otherwise: a blank line, a list item, a heading, a live blog entry's time, a deeper
    indent (the first line of a paragraph), or a line that stops short where the next word would have fitted (a
    headline, a byline, the last line of a paragraph). Elsewhere a line is a paragraph, except
    that a line that stops mid-sentence (no closing punctuation, then a lower-case word or after
    a word no sentence ends on) is joined to the next."""
    lines: list[tuple[int, int, int]] = []  # (start, end, indent); start -1 for a blank line
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            lines.append((pos + lead, pos + len(body.rstrip()), lead))
        else:
            lines.append((-1, -1, 0))
        pos += len(raw)
    width = _wrap_width([indent + _width(text[start:end]) for start, end, indent in lines if start >= 0])
    from briefgen.ingest.clean import live_entries

    entries = {start for start, _, _ in live_entries(text)}  # each live blog entry is a paragraph
    paras: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    previous_indent = 0
    for start, end, indent in lines:
        if start < 0:
            if current:
                paras.append(current)
            current = None
            continue
        if current is None:
            current, previous_indent = (start, end), indent
            continue
        line_start = text.rfind("\n", 0, current[1]) + 1
        previous = text[line_start:current[1]]
        nxt = text[start:end]
        if start in entries:
            joins = False
        elif blocks:
            joins = not _TERMINAL.search(previous) and bool(_MID_PHRASE.match(nxt))
        elif width:
            joins = _soft_break(previous, nxt, indent - previous_indent, width)
        else:
            joins = (
                not _TERMINAL.search(previous)
                and (bool(nxt[:1].islower()) or bool(_CONTINUES.search(previous)))
                and len(previous.split()) >= 6
                and not _LIST_MARK.match(nxt)
            )
        if joins:
            current = (current[0], end)
        else:
            paras.append(current)
            current = (start, end)
        previous_indent = indent
    if current:
        paras.append(current)
    return paras


_MID_PHRASE = re.compile(r"(?!by\b)[a-z]")
"""A line that opens in lower case (not "by", which may open a byline): the phrase of the line before goes on
("Harbour Board to Take Over All" / "of the Island Ferry Routes From July 1", a headline wrapped in two)."""


def _soft_break(previous: str, nxt: str, indent_step: int, width: int) -> bool:
    """True when the break between two lines of hard-wrapped text is only wrapping."""
    if _LIST_MARK.match(nxt) or _HEADING_MARK.match(nxt) or _HEADING_MARK.match(previous):
        return False
    if bool(_QUOTE_MARK.match(previous)) != bool(_QUOTE_MARK.match(nxt)):
        return False
    if indent_step > 0:  # an indented first line starts a paragraph
        return False
    if _CONTINUES.search(previous.rstrip()):
        return True
    room = width - len(previous) + len(previous.lstrip()) - _width(previous) - 1 - len(nxt.split()[0])
    if _MID_PHRASE.match(nxt) and not _TERMINAL.search(previous):
        return True  # a phrase going on in lower case: wrapped, however short the line before stopped
    if room >= 0 and _width(nxt) < 0.6 * width and not _TERMINAL.search(nxt):
        return False  # two lines that both stop short: a headline over a byline or date line
    # A line that stopped where the next word would have fitted was ended on purpose (the last
    # line of a paragraph, a headline, a byline). Mid-sentence, ask for a clear margin: the
    # width is an estimate, and PDF lines are measured in points, not characters.
    return room < 0 if _TERMINAL.search(previous) else room < 0.15 * width


def _outside(text: str, removed: Sequence[Removed], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of text[start:end] outside removed spans, whitespace trimmed: a paragraph
    without its dateline, or split around a byline the wrapping joined to it."""
    parts: list[tuple[int, int]] = []
    cursor = start
    for span in removed:
        if span.end <= cursor or span.start >= end:
            continue
        parts.append((cursor, max(cursor, span.start)))
        cursor = max(cursor, span.end)
    parts.append((cursor, end))
    trimmed = []
    for a, b in parts:
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        a, b = a + lead, a + len(piece.rstrip())
        if b > a:
            trimmed.append((a, b))
    return trimmed


MAX_QUOTED_SENTENCES = 6
"""Most sentences one quotation is kept together over."""


def _open_quote(text: str) -> bool:
    """True when *text* leaves a double quotation open: more “ than ”, more `` than '', or an
    odd number of straight double quotes."""
    return (text.count("\u201c") > text.count("\u201d") or text.count("``") > text.count("''")
            or text.count('"') % 2 == 1)


def quoted_together(chunk: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans with a quotation that runs over several sentences ('"A. B." said X', a
    paragraph of quoted sentences) as one span, so no statement carries one unbalanced quote
    mark. A quotation still open after MAX_QUOTED_SENTENCES sentences (or at the paragraph's end:
    a quote running on into the next paragraph) leaves its sentences as they were."""
    spans = list(spans)
    out: list[tuple[int, int]] = []
    at = 0
    while at < len(spans):
        start, end = spans[at]
        last = at
        if _open_quote(chunk[start:end]):
            for step in range(at + 1, min(len(spans), at + MAX_QUOTED_SENTENCES)):
                if not _open_quote(chunk[start:spans[step][1]]):
                    last = step
                    break
        out.append((start, spans[last][1]))
        at = last + 1
    return out


_NOUN_END = re.compile(r"\b(?:[Tt]he|an?|its|their|this|that)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]{2,}\.(?=\s+[A-Z][a-z])")
"""A sentence that ends on the noun of a phrase opened by a determiner ("NedWind welcomed the
higher cap. Milieudefensie said ..."): the period ends the sentence, though the noun doubles as
an abbreviation nupunkt knows ("cap.", "fig.", "dept."), which never follows "the higher"."""


def _noun_ends(chunk: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """*spans* with each split after a determiner's noun that ends a sentence (`_NOUN_END`)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for found in _NOUN_END.finditer(chunk, start, end):
            cut = found.end()
            if start < cut < end:
                following = cut + len(chunk[cut:end]) - len(chunk[cut:end].lstrip())
                out.append((start, following))  # with its trailing space, as nupunkt's spans
                start = following
        out.append((start, end))
    return out


_INTRODUCES = re.compile(r"(?:^|[\s(,;])(?:i\.\s?e|e\.\s?g|viz|cf)\.\s*$", re.IGNORECASE)
"""A span ending on an abbreviation that always introduces what follows ("..., i.e. EUR 15-65m."):
nupunkt ends a sentence there when a capital follows; the sentence goes on."""


def _introduced_joined(chunk: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """*spans* with each one that ends on "i.e.", "e.g.", "viz." or "cf." joined to the next."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _INTRODUCES.search(chunk[out[-1][0]:out[-1][1]]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def sentence_spans(chunk: str) -> list[tuple[int, int]]:
    """The sentences of a stretch of prose, as (start, end) offsets into it: nupunkt's, joined
    where one ends on an abbreviation that introduces what follows (`_introduced_joined`), split
    after a determiner's noun that nupunkt took for an abbreviation (`_noun_ends`), with a
    quotation kept whole (`quoted_together`)."""
    return quoted_together(chunk, _noun_ends(chunk, _introduced_joined(chunk, nupunkt.sent_spans(chunk))))


def sentences(
    text: str,
    removed: Sequence[Removed] = (),
    pages: Sequence[int] = (),
    posts: Iterable[tuple[int, int]] = (),
    blocks: bool = False,
) -> tuple[Sentence, ...]:
    """Every sentence outside removed spans, located by paragraph, sentence, line, page, post
    (`paragraphs`, *blocks* when each line of *text* is a block of its source)."""
    starts = line_starts(text)
    post_spans = sorted(posts)
    post_starts = [a for a, _ in post_spans]
    found: list[Sentence] = []
    para_no = 0
    spans = sorted(removed, key=lambda r: (r.start, r.end))
    for p_start, p_end in paragraphs(text, blocks):
        pieces = _outside(text, spans, p_start, p_end)
        if not pieces:
            continue
        para_no += 1
        sent_no = 0
        for c_start, c_end in pieces:
            chunk = text[c_start:c_end]
            for s_start, s_end in sentence_spans(chunk):
                piece = chunk[s_start:s_end]
                lead = len(piece) - len(piece.lstrip())
                start = c_start + s_start + lead
                end = c_start + s_start + len(piece.rstrip())
                if end <= start:
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
