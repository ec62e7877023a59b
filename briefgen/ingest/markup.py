"""Where a Markdown source's markup stands: the characters that are layout, not words.

A Markdown source is read as written (offsets index into its text), but a reader of a brief
reads it as rendered: "> **Moderator note:** The city ..." reads "Moderator note: The city ...".
`markup_spans` finds the syntax characters (blockquote markers, list bullets, heading hashes,
emphasis and strong markers, code ticks, link and image syntax around the link text, inline
HTML tags, backslashes of escapes) from markdown-it-py's token stream aligned with the text;
`as_read` gives a stretch of the text without them, with the offset of each character kept,
so a quote shows the words while its span still points at the source. A block whose tokens
cannot be aligned with the text keeps its characters (shown as written, never guessed).
"""

from __future__ import annotations

import bisect
import html
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefgen.models import SourceDoc

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LINK_TAIL = re.compile(
    r"\](?:\(\s*(?:<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)"
    r"(?:\s+(?:\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\)|\[(?:[^\[\]\\]|\\.)*\])?",
    re.DOTALL,
)
_BREAK = re.compile(r"[ \t]*\\?\r?\n")
_CLUES = (
    re.compile(r"(?m)^#{1,6}[ \t]+\S"),                          # ATX headings
    re.compile(r"\*\*[^\s*][^*\n]*\*\*|__[^\s_][^_\n]*__"),       # strong emphasis
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),                      # inline links
    re.compile(r"(?m)^>[ \t]?\S.*\n>"),                          # blockquotes of two lines or more
    re.compile(r"(?m)^(?:```|~~~)"),                            # fenced code
)


class _Unaligned(Exception):
    """The tokens do not match the text: leave the block as written."""


def looks_like_markdown(text: str) -> bool:
    """True when a plain-text file's layout is clearly Markdown: at least two kinds of
    Markdown syntax (headings, strong emphasis, inline links, blockquotes, code fences), so
    that an e-mail's "> " quoting or a wire story's asterisks alone do not count."""
    sample = text[:200_000]
    return sum(1 for clue in _CLUES if clue.search(sample)) >= 2


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


@lru_cache(maxsize=64)
def markup_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each run of Markdown syntax characters in *text*, in order."""
    from markdown_it import MarkdownIt

    if "\x00" in text or "\r" in text.replace("\r\n", ""):
        return ()  # markdown-it rewrites NULs and lone carriage returns: its lines would not be ours
    tokens = MarkdownIt("commonmark").parse(text)
    starts = _line_starts(text)
    marked: set[int] = set()
    for number, token in enumerate(tokens):
        if token.type != "inline" or token.map is None:
            continue
        opener = tokens[number - 1] if number else None
        try:
            marked |= _block_marks(text, starts, token, opener)
        except _Unaligned:
            continue
    runs: list[tuple[int, int]] = []
    for position in sorted(marked):
        if runs and runs[-1][1] == position:
            runs[-1] = (runs[-1][0], position + 1)
        else:
            runs.append((position, position + 1))
    return tuple(runs)


_DEFINITION_START = re.compile(r" {0,3}\[")


def definition_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each run of link reference definitions ("[1]: http://... 'Title'") in a
    Markdown *text*: link furniture a reader never sees, not text. Found as markdown-it finds
    them: the lines it consumes without making a block of them, in a run opening on "[". ()
    when its lines would not be ours (NULs, lone carriage returns)."""
    from markdown_it import MarkdownIt

    if "[" not in text or "]:" not in text or "\x00" in text or "\r" in text.replace("\r\n", ""):
        return ()
    covered = bytearray(text.count("\n") + 1)
    for token in MarkdownIt("commonmark").parse(text):
        if token.map is not None:
            first, last = token.map
            covered[first:last] = b"\x01" * (last - first)
    starts = _line_starts(text)
    runs: list[tuple[int, int]] = []
    run_start = -1
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(text)
        line = text[start:end]
        loose = not covered[number] and line.strip()
        if loose and run_start < 0 and _DEFINITION_START.match(line):
            run_start = start
        elif not loose and run_start >= 0:
            runs.append((run_start, start))
            run_start = -1
    if run_start >= 0:
        runs.append((run_start, len(text)))
    return tuple((a, a + len(text[a:b].rstrip())) for a, b in runs)


def _source_line(text: str, starts: list[int], number: int) -> tuple[int, str]:
    if number >= len(starts):
        raise _Unaligned
    start = starts[number]
    end = starts[number + 1] - 1 if number + 1 < len(starts) else len(text)
    return start, text[start:end].rstrip("\r")


def _block_marks(text: str, starts: list[int], inline: Any, opener: Any) -> set[int]:
    """Markup offsets of one inline block: its lines' container prefixes and its inline syntax."""
    first, last = inline.map
    content: str = inline.content
    lines = content.split("\n")
    setext = opener is not None and opener.type == "heading_open" and opener.markup in ("=", "-")
    marks: set[int] = set()
    if setext:  # the underline is layout
        start, line = _source_line(text, starts, last - 1)
        marks.update(range(start, start + len(line)))
        last -= 1
    if len(lines) != last - first:
        raise _Unaligned
    where: list[int] = []  # offset in text of each character of *content* (-1: indentation)
    for offset, piece in enumerate(lines):
        start, line = _source_line(text, starts, first + offset)
        body = piece.strip()
        at = line.rfind(body) if body else len(line)
        if at < 0:
            raise _Unaligned
        marks.update(i for i in range(start, start + at) if not line[i - start].isspace())
        if opener is not None and opener.type == "heading_open" and not setext:
            marks.update(i for i in range(start + at + len(body), start + len(line)) if not line[i - start].isspace())
        lead = len(piece) - len(piece.lstrip())
        where.extend([-1] * lead)
        where.extend(range(start + at, start + at + len(piece) - lead))
        where.append(-1)  # the line break
    marks.update(where[i] for i in _inline_marks(content, inline.children or []) if where[i] >= 0)
    return marks


def _inline_marks(raw: str, children: list[Any]) -> list[int]:
    """Offsets in *raw* (an inline token's content) of its syntax characters."""
    marks: list[int] = []
    at = 0
    skip_until_close = False
    for child in children:
        kind = child.type
        if skip_until_close:
            if kind == "link_close":
                bracket = raw.find(">", at)
                if bracket < 0:
                    raise _Unaligned
                marks.append(bracket)
                at = bracket + 1
                skip_until_close = False
            continue
        if kind == "text":
            at = _align_text(raw, at, child.content, marks)
        elif kind in ("softbreak", "hardbreak"):
            found = _BREAK.match(raw, at)
            if not found:
                raise _Unaligned
            if "\\" in found.group():
                marks.append(at + found.group().index("\\"))
            at = found.end()
        elif kind in ("strong_open", "strong_close", "em_open", "em_close", "s_open", "s_close"):
            if not raw.startswith(child.markup, at):
                raise _Unaligned
            marks.extend(range(at, at + len(child.markup)))
            at += len(child.markup)
        elif kind == "code_inline":
            ticks = child.markup
            if not raw.startswith(ticks, at):
                raise _Unaligned
            close = re.compile(r"(?<!`)" + re.escape(ticks) + r"(?!`)").search(raw, at + len(ticks))
            if close is None:
                raise _Unaligned
            marks.extend(range(at, at + len(ticks)))
            marks.extend(range(close.start(), close.end()))
            at = close.end()
        elif kind == "link_open":
            if not raw.startswith("<" if child.markup == "autolink" else "[", at):
                raise _Unaligned
            marks.append(at)
            at += 1
            skip_until_close = child.markup == "autolink"  # the address itself is the text shown
        elif kind == "link_close":
            tail = _LINK_TAIL.match(raw, at)
            if not tail:
                raise _Unaligned
            marks.extend(range(at, tail.end()))
            at = tail.end()
        elif kind == "image":
            if not raw.startswith("![", at):
                raise _Unaligned
            marks.extend((at, at + 1))
            at = _align_text(raw, at + 2, child.content, marks)
            tail = _LINK_TAIL.match(raw, at)
            if not tail:
                raise _Unaligned
            marks.extend(range(at, tail.end()))
            at = tail.end()
        elif kind == "html_inline":
            if not raw.startswith(child.content, at):
                raise _Unaligned
            marks.extend(range(at, at + len(child.content)))
            at += len(child.content)
        else:
            raise _Unaligned
    if raw[at:].strip():
        raise _Unaligned
    return marks


def _align_text(raw: str, at: int, shown: str, marks: list[int]) -> int:
    """Walk *raw* from *at* over the characters of *shown* (a text token), marking the
    backslashes of escapes; entities stay as written. Returns the offset after it."""
    i = 0
    while i < len(shown):
        if at >= len(raw):
            raise _Unaligned
        char = raw[at]
        entity = _ENTITY.match(raw, at) if char == "&" else None
        if entity and shown.startswith(html.unescape(entity.group()), i) and not shown.startswith(entity.group(), i):
            i += len(html.unescape(entity.group()))
            at = entity.end()
        elif char == shown[i]:
            at += 1
            i += 1
        elif char == "\\" and raw[at + 1:at + 2] == shown[i]:
            marks.append(at)
            at += 2
            i += 1
        else:
            raise _Unaligned
    return at


def as_read(text: str, start: int, end: int, spans: tuple[tuple[int, int], ...]) -> tuple[str, list[int]]:
    """text[start:end] without the markup in *spans*, and the offset in *text* of each
    character kept."""
    shown: list[str] = []
    index: list[int] = []
    cursor = start
    first = bisect.bisect_right(spans, (start, len(text) + 1)) - 1
    for span_start, span_end in spans[max(first, 0):]:
        if span_start >= end:
            break
        if span_end <= cursor:
            continue
        if span_start > cursor:
            shown.append(text[cursor:span_start])
            index.extend(range(cursor, span_start))
        cursor = max(cursor, span_end)
    if cursor < end:
        shown.append(text[cursor:end])
        index.extend(range(cursor, end))
    return "".join(shown), index


def reads(doc: SourceDoc, start: int, end: int) -> str:
    """doc.text[start:end] as a reader of the rendered source reads it: a Markdown source
    without its markup (`markup_spans`), any other source as written."""
    if doc.format != "markdown":
        return doc.text[start:end]
    return as_read(doc.text, start, end, markup_spans(doc.text))[0]


_STRONG_WHOLE = re.compile(r"(\*\*|__)[^*_\n]+\1[ \t]*")
"""A stretch wholly in strong emphasis ("**Construction.**"): a run-in side heading of a report."""


def run_in_heading(doc: SourceDoc, start: int, end: int, read: str | None = None) -> bool:
    """Whether the sentence at *start*:*end* of *doc* is a side heading run into its paragraph rather
    than a statement ("**Construction.** We expect ...", "Rents. Our model puts ..."): wholly in strong
    emphasis in a Markdown source, or a single word standing as a sentence in any source. Such a
    label tells the reader nothing a statement after it leans on. *read* is `reads(doc, start, end)` when the
    caller has it already."""
    raw = doc.text[start:end].strip()
    if doc.format == "markdown" and _STRONG_WHOLE.fullmatch(raw):
        return True
    return len((reads(doc, start, end) if read is None else read).split()) == 1
