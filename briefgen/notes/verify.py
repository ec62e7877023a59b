"""Find quotes in their sources: whitespace and typographic quote marks normalised.

A quote is verified when it stands, verbatim apart from whitespace and quote
marks, in its source's text; its located span is returned so a brief can say
where it stands even after the analyst moved text around.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from briefgen.ingest.clean import HYPHEN_GAP, rejoin_hyphens
from briefgen.ingest.markup import markup_spans
from briefgen.models import SourceDoc, Span

_QUOTE_MARKS = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'"}


_DASHES = {"\u2014": "-", "\u2013": "-", "\u2012": "-", "\u2015": "-"}


def _norm_with_map(text: str, loose: bool = False, markup: tuple[tuple[int, int], ...] = ()
                   ) -> tuple[str, list[int]]:
    """*text* with whitespace runs as one space and typographic quote marks plain, and for each
    character kept its offset in *text*. *loose* also reads wire copy's typewriter conventions
    as what `clean.typeset` shows for them (``/'' as a double quote mark; " _ ", "--" and dashes
    as "-"), so a quote copied from a brief is found in the text as read; the *markup* spans
    (a Markdown source's syntax, `ingest.markup.markup_spans`) are read as absent, as a brief
    shows the quote."""
    out: list[str] = []
    index: list[int] = []
    in_space = False
    position = 0
    length = len(text)
    spans = iter(markup)
    next_markup = next(spans, (length, length))
    while position < length:
        if position >= next_markup[0]:
            if position < next_markup[1]:
                position = next_markup[1]
                continue
            next_markup = next(spans, (length, length))
            continue
        char = text[position]
        if char.isspace():
            gap_end = _hyphen_gap_end(text, position) if not in_space and out and out[-1] == "-" else None
            if gap_end is not None:
                position = gap_end  # "Reilly-\nVance" and "Reilly- \nVance" read "Reilly-Vance", as a brief shows it
                continue
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


def _hyphen_gap_end(text: str, position: int) -> int | None:
    """Where the white space at *position* ends when it is a hyphen break (`clean.HYPHEN_BREAK`: after
    a letter and a hyphen, running on to a letter: "Reilly-\nVance", "Reilly- \nVance", "Reilly-
    Vance"), which a quote and its source both read without a space; None otherwise. The hyphen may
    be a dash *loose* reading reads as one."""
    if position < 2 or not text[position - 2].isalpha():
        return None
    gap = HYPHEN_GAP.match(text, position)
    return gap.end() if gap else None


@lru_cache(maxsize=256)
def _normalised(text: str, loose: bool = False, markdown: bool = False) -> tuple[str, tuple[int, ...]]:
    norm, index = _norm_with_map(text, loose, markup_spans(text) if markdown and loose else ())
    return norm, tuple(index)


def _markdown(doc: SourceDoc) -> bool:
    """True when *doc* is read as Markdown, whose markup a brief does not show."""
    return doc.format == "markdown"


_QUOTE_TABLE = str.maketrans(_QUOTE_MARKS)


def normalise_quote(quote: str) -> str:
    """The quote with typographic quote marks made plain and whitespace runs made one space
    (the same text `_norm_with_map` gives, stripped)."""
    return " ".join(quote.translate(_QUOTE_TABLE).split())


def _needle(quote: str) -> str:
    """`normalise_quote`, with a hyphenated word's break closed up as `_norm_with_map` reads the
    source ("Reilly- Vance" and "Reilly-\nVance" are "Reilly-Vance"): what `locate` looks for.
    Note ids keep `normalise_quote`, so an analyst's notes keep their ids."""
    return normalise_quote(rejoin_hyphens(quote, suspended=True))


def locate(doc: SourceDoc, quote: str, hint: int = 0) -> tuple[int, int] | None:
    """(start, end) of *quote* in the doc's text, preferring the occurrence at *hint*; None if absent.
    An elided or bracketed quote ("Nvidia ... will ramp up", "[Nvidia] said ...") is located from
    its first to its last fragment (see `find_quote`)."""
    found = find_quote(doc, quote, hint)
    return None if isinstance(found, Mismatch) else found


def _locate_verbatim(doc: SourceDoc, quote: str, hint: int = 0) -> tuple[int, int] | None:
    if not quote.strip():
        return None
    if doc.text.startswith(quote, hint):
        return hint, hint + len(quote)
    found = doc.text.find(quote)
    if found >= 0:
        return found, found + len(quote)
    for loose in (False, True):
        norm_text, index = _normalised(doc.text, loose, _markdown(doc))
        needle = _normalised(quote.strip(), loose)[0] if loose else _needle(quote)
        at = norm_text.find(needle)
        if at >= 0:
            return index[at], _end_offset(doc.text, index, at + len(needle), loose)
    return None


def _end_offset(text: str, index: Sequence[int], norm_end: int, loose: bool) -> int:
    """Offset in *text* after the normalised character before *norm_end*."""
    last = index[norm_end - 1]
    # A needle ending on a pair read as one character ('' or --) covers both.
    if loose and text[last:last + 2] in ("\'\'", "``", "--"):
        last += 1
    return last + 1


# ---------------------------------------------------------------- elisions and brackets

MAX_ELIDED_SPAN = 600
"""Characters (normalised) an elided quote may cover when its fragments are not in one paragraph."""
MAX_REPLACED_WORDS = 5
"""Words of the source an editorial bracket may stand for ("He" -> "[Jensen Huang]")."""

_MARKS = re.compile(
    r"(?P<elide>\[\s*(?:\.\s*){3}\]|\[\s*\u2026\s*\]|\u2026|\.\.\.(?!\.)|(?<![.\w])\. \. \.(?!\w))"
    r"|\[(?P<bracket>[^\[\]]{1,80})\]"
)
_FUNCTION_WORDS = frozenset(
    "a an the and or of in on at for to by with from he she it they we you i his her its their our this that "
    "these those who which sic emphasis added original".split()
)
_NEGATIONS = frozenset("not no never none nobody nothing neither nor without cannot".split())
_TOKEN = re.compile(r"[\w\u2019'.-]+")


@dataclass(frozen=True)
class Mismatch:
    """Why a quote does not verify: `message(path)` says it for a reader."""

    kind: Literal["absent", "fragment", "order", "bracket", "negation"]
    """absent: not in the source; fragment: one fragment of an elided quote is not; order: the
    fragments are there but not in order within one paragraph; bracket: a bracket names what the
    source did not name before; negation: a bracket adds a negation."""
    detail: str = ""
    """The fragment or the bracket concerned."""

    def message(self, path: str) -> str:
        """One line, naming the source file and what to do."""
        fix = "restore the source's wording (or drop the note)"
        if self.kind == "fragment":
            return f"the elided quote's fragment \"{self.detail}\" is not in {path}; {fix}"
        if self.kind == "order":
            return (f"the elided quote's fragments are not in {path} in this order within one paragraph "
                    f"(or {MAX_ELIDED_SPAN} characters); {fix}")
        if self.kind == "bracket":
            return (f"the bracket [{self.detail}] names nothing in {path} before this quote; name who or what "
                    "the source names earlier (or drop the note)")
        if self.kind == "negation":
            return f"the bracket [{self.detail}] adds a negation the source does not have in {path}; {fix}"
        return f"quote not found in {path}; {fix}"


@dataclass(frozen=True)
class _Parsed:
    """A quote split at its elisions and brackets."""

    fragments: tuple[str, ...]
    """The verbatim stretches, in order (stripped)."""
    joins: tuple[str | None, ...]
    """Between fragment i and i+1: None for an elision, else the bracket's text."""
    leading: str | None
    """A bracket before the first fragment."""
    trailing: str | None
    """A bracket after the last fragment."""
    elided_edges: tuple[bool, bool]
    """Whether an elision opens / closes the quote (its outer fragment edges then fall on word ends)."""


def _parse(quote: str) -> _Parsed | None:
    """The quote's fragments and what joins them; None for a quote without elisions or brackets."""
    pieces: list[tuple[str, str]] = []  # ("text" | "elide" | "bracket", text)
    at = 0
    for match in _MARKS.finditer(quote):
        pieces.append(("text", quote[at:match.start()]))
        if match.group("elide"):
            pieces.append(("elide", ""))
        else:
            pieces.append(("bracket", " ".join(match.group("bracket").split())))
        at = match.end()
    if not any(kind != "text" for kind, _ in pieces):
        return None
    pieces.append(("text", quote[at:]))
    fragments: list[str] = []
    joins: list[str | None] = []
    leading: str | None = None
    pending: str | None | bool = False  # False: nothing between fragments yet
    opened = closed = False
    for kind, text in pieces:
        if kind == "text":
            if not text.strip():
                continue
            if fragments:
                # Two marks in a row: an elision wins over a bracket; a bracket over nothing.
                joins.append(None if pending is None or pending is False else str(pending))
            fragments.append(text.strip())
            pending = False
            closed = False
            continue
        value: str | None = None if kind == "elide" else text
        if not fragments:
            if kind == "elide":
                opened = True
            else:
                leading = text
            continue
        closed = kind == "elide"
        pending = None if (pending is None or value is None) else value
    if not fragments:
        return None
    trailing = pending if isinstance(pending, str) else None
    closed = closed or pending is None
    return _Parsed(tuple(fragments), tuple(joins), leading, trailing, (opened, closed))


def _word_edge(text: str, at: int) -> bool:
    """True when offset *at* of *text* is not inside a word."""
    return at <= 0 or at >= len(text) or not (text[at - 1].isalnum() and text[at].isalnum())


def _occurrences(text: str, needle: str, lo: int, hi: int) -> Iterator[int]:
    """Starts of *needle* in text[lo:hi] (the whole needle inside)."""
    at = text.find(needle, lo, hi)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1, hi)


def _replaced_ok(gap: str) -> bool:
    return len(gap) <= 60 and len(gap.split()) <= MAX_REPLACED_WORDS


def _place(norm: str, needles: Sequence[str], parsed: _Parsed, first: int, limit: int) -> list[int] | None:
    """Starts of every needle after the first (which starts at *first*), each after the one before
    and all ending by *limit*, elision edges on word ends; None when they do not fit."""
    failed: set[tuple[int, int]] = set()

    def rest(i: int, start: int) -> list[int] | None:
        end = start + len(needles[i])
        if end > limit:
            return None
        if i == len(needles) - 1:
            return [start]
        if (i, start) in failed:
            return None
        join = parsed.joins[i]
        following = needles[i + 1]
        if join is None:  # an elision: anywhere further on, on word ends
            if not _word_edge(norm, end):
                failed.add((i, start))
                return None
            candidates = _occurrences(norm, following, end, limit)
        else:  # a bracket: right after what it replaces (a few words, or nothing)
            candidates = _occurrences(norm, following, end, min(limit, end + 62 + len(following)))
        for candidate in candidates:
            if join is None and not _word_edge(norm, candidate):
                continue
            if join is not None and not _replaced_ok(norm[end:candidate]):
                break
            placed = rest(i + 1, candidate)
            if placed is not None:
                return [start, *placed]
        failed.add((i, start))
        return None

    return rest(0, first)


def _leading_replaced(norm: str, start: int, sentence_start: int) -> int:
    """Where the words a leading bracket stands for begin: back from *start* to the sentence's
    start or a clause mark, when that is a few words; else *start* (a pure insertion)."""
    back = max(norm.rfind(mark, sentence_start, start) for mark in (",", ";", ":", "(", " -"))
    begin = max(sentence_start, back + 1 if back >= 0 else sentence_start)
    gap = norm[begin:start]
    if gap.strip() and _replaced_ok(gap.strip()):
        return begin + (len(gap) - len(gap.lstrip()))
    return start


_NAME_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][\w&\u2019'.-]*(?:'s|\u2019s)?\s*$")


def _glosses_name(earlier: str, replaced: str) -> bool:
    """Whether a bracket glosses a name: it is inserted right after a capitalised word or an acronym
    ("NWA [...]", "Marko Babic [...]"), or stands for one name that is no pronoun ("[...]" for "Vik")."""
    if replaced:
        return bool(re.fullmatch(r"[A-Z][\w'\u2019-]*", replaced)) and replaced.lower() not in _FUNCTION_WORDS
    return bool(_NAME_BEFORE.search(earlier))


_WHOLE_BEFORE = r"(?<!\w)(?<!\d[.,])"
_WHOLE_AFTER = r"(?!\w)(?![.,]\d)"
"""Around words a bracket takes from the source: whole words, and whole numbers ("0 gigawatts" is
not in "4.0 gigawatts", nor "4" in "4.5")."""


def _bracket_problem(norm: str, inner: str, replaced: str, before: int) -> Mismatch | None:
    """A bracket that names nothing the source named before *before*, or adds a negation."""
    if inner.lower() == replaced.lower():
        return None  # "[T]he": a letter's case changed
    words = [w.strip(".,;:'\u2019-") for w in _TOKEN.findall(inner)]
    spoken = {w.lower() for w in _TOKEN.findall(replaced)}
    if any(w.lower() in _NEGATIONS or w.lower().endswith("n't") or w.lower().endswith("n\u2019t")
           for w in words if w.lower() not in spoken):
        return Mismatch("negation", inner)
    earlier = norm[:before]
    if _glosses_name(earlier, replaced) and not all(w.lower() in _FUNCTION_WORDS for w in words):
        # A gloss of a name ("NWA [National Water Agency]", "[Hanne Vik, MSC's fisheries director]" for
        # "Vik"): each of its comma-separated parts stands in the source before it, word for word.
        for part in inner.split(","):
            part = re.sub(r"(?:'|\u2019)s$", "", " ".join(part.split()))
            if part and not re.search(_WHOLE_BEFORE + re.escape(part).replace(r"\ ", r"\s+") + _WHOLE_AFTER,
                                      earlier, re.IGNORECASE):
                return Mismatch("bracket", inner)
    for word in words:
        word = re.sub(r"(?:'|\u2019)s$", "", word)
        if not word or word.lower() in _FUNCTION_WORDS:
            continue
        if not (word[0].isupper() or any(c.isdigit() for c in word)):
            continue
        if not re.search(_WHOLE_BEFORE + re.escape(word) + _WHOLE_AFTER, earlier, re.IGNORECASE):
            return Mismatch("bracket", inner)
    return None


def _find_parsed(doc: SourceDoc, parsed: _Parsed, hint: int) -> tuple[int, int] | Mismatch:
    problem: Mismatch = Mismatch("absent")
    for loose in (False, True):
        norm, index = _normalised(doc.text, loose, _markdown(doc))
        needles = [_normalised(f, loose)[0] if loose else _needle(f) for f in parsed.fragments]
        missing = next((f for f, n in zip(parsed.fragments, needles, strict=True) if n not in norm), None)
        if missing is not None:
            if problem.kind == "absent":
                problem = Mismatch("fragment", missing) if len(needles) > 1 else Mismatch("absent")
            continue
        problem = Mismatch("order")
        para_ends = _paragraph_ends(doc, index)
        para_starts = [start for start, _ in para_ends]
        starts = list(_occurrences(norm, needles[0], 0, len(norm)))
        hinted = bisect.bisect_left(index, hint) if hint else 0
        for first in sorted(starts, key=lambda s: (s < hinted, s)):
            if parsed.elided_edges[0] and not _word_edge(norm, first):
                continue
            in_para = bisect.bisect_right(para_starts, first) - 1
            para_end = para_ends[in_para][1] if in_para >= 0 else first
            limit = min(len(norm), max(para_end, first + MAX_ELIDED_SPAN))
            placed = _place(norm, needles, parsed, first, limit)
            if placed is None:
                continue
            end = placed[-1] + len(needles[-1])
            if parsed.elided_edges[1] and not _word_edge(norm, end):
                continue
            sentence_start = _sentence_start(doc, index, first)
            begin = _leading_replaced(norm, first, sentence_start) if parsed.leading is not None else first
            checks = [(parsed.leading, norm[begin:first].strip(), begin)] if parsed.leading is not None else []
            for i, join in enumerate(parsed.joins):
                if join is not None:
                    gap_start = placed[i] + len(needles[i])
                    checks.append((join, norm[gap_start:placed[i + 1]].strip(), gap_start))
            if parsed.trailing is not None:
                checks.append((parsed.trailing, "", end))
            for inner, replaced, before in checks:
                if not replaced and before > 0 and _weekday_date(doc, index[before - 1] + 1, inner):
                    continue  # "on Sunday [15 November]": the weekday's date, counted from the source's
                found = _bracket_problem(norm, inner, replaced, before)
                if found is not None:
                    return found
            return index[begin], _end_offset(doc.text, index, end, loose)
    return problem


def _weekday_date(doc: SourceDoc, at: int, inner: str) -> bool:
    """Whether *inner*, a bracket inserted at offset *at* of the doc's text, gives the date of the
    weekday right before it, counted from the day the source was written (`dates.dates_weekday`)."""
    from briefgen.notes.dates import counted_from, dates_weekday
    from briefgen.window import written_day

    anchor = written_day(doc.meta)
    return anchor is not None and dates_weekday(doc.text, at, inner, counted_from(doc.text, anchor))


def _paragraph_ends(doc: SourceDoc, index: Sequence[int]) -> list[tuple[int, int]]:
    """(start, end) of each paragraph in normalised offsets, in order."""
    spans: dict[tuple[int | None, int], list[int]] = {}
    for sentence in doc.sentences:
        key = (sentence.post, sentence.para)
        first = bisect.bisect_left(index, sentence.start)
        last = bisect.bisect_left(index, sentence.end)
        if key in spans:
            spans[key][1] = max(spans[key][1], last)
        else:
            spans[key] = [first, last]
    return sorted((a, b) for a, b in spans.values())


def _sentence_start(doc: SourceDoc, index: Sequence[int], norm_at: int) -> int:
    """Normalised offset where the sentence holding *norm_at* starts."""
    if not doc.sentences:
        return 0
    starts = [s.start for s in doc.sentences]
    at = bisect.bisect_right(starts, index[norm_at]) - 1
    return bisect.bisect_left(index, doc.sentences[max(at, 0)].start)


def find_quote(doc: SourceDoc, quote: str, hint: int = 0) -> tuple[int, int] | Mismatch:
    """(start, end) of *quote* in the doc's text, or why it is not there.

    Verbatim first (whitespace and quote marks normalised). Otherwise the quote may be elided
    and bracketed as quotations are: "..." / "\u2026" / "[...]" leave words out (the fragments
    stand in the source in order, within one paragraph or MAX_ELIDED_SPAN characters, each
    fragment starting and ending on word ends), and "[text]" is the editor's: it stands for a
    few words of the source at that place ("He" -> "[Jensen Huang]") or is inserted, and every
    name or number in it must occur in the source before that place. The span runs from the
    first fragment (or the words a leading bracket stands for) to the last fragment."""
    found = _locate_verbatim(doc, quote, hint)
    if found is not None:
        return found
    parsed = _parse(quote)
    if parsed is None:
        return Mismatch("absent")
    return _find_parsed(doc, parsed, hint)


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


def describe(span: Span, doc: SourceDoc | None = None) -> str:
    """Where a quote stands, for a reader: page, paragraph, sentence, line, post author. With
    its source, a quote over several sentences (a sentence quoted with the one before it)
    names where it starts and where it ends ("para. 2, sentence 4 – para. 3, sentence 1,
    lines 5–7"), each read from the source's own sentences."""
    if doc is not None and doc.sentences and span.source == doc.id and span.end > span.start:
        starts = [s.start for s in doc.sentences]
        first = doc.sentences[max(bisect.bisect_right(starts, span.start) - 1, 0)]
        last = doc.sentences[max(bisect.bisect_right(starts, span.end - 1) - 1, 0)]
        if last.start > first.start:
            end_line = doc.text.count("\n", 0, span.end - 1) + 1
            start_line = doc.text.count("\n", 0, span.start) + 1
            where = [f"p. {first.page}"] if first.page and first.page == last.page else []
            if first.page and first.page != last.page:
                where = [f"pp. {first.page}–{last.page}"]
            if span.author:
                where.append(f"post by {span.author}")
            if first.para == last.para:
                where.append(f"para. {first.para}, sentences {first.sent}–{last.sent}")
            else:
                where.append(f"para. {first.para}, sentence {first.sent} – para. {last.para}, sentence {last.sent}")
            where.append(f"lines {start_line}–{end_line}" if end_line > start_line else f"line {start_line}")
            return ", ".join(where)
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
