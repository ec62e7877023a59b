"""Find boilerplate, thread structure and metadata in a source's text.

Nothing is deleted: boilerplate is recorded as removed spans (with a reason)
so offsets stay valid against the original text and an analyst can see, with
`briefgen sources --show-removed`, that nothing that matters was dropped.
All rules are general (shapes of lines), never a list of known sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefgen.models import Post, Removed

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no nor
    not now of off on once only or other our out over own same she should so some such than that the
    their them then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your yours it’s don’t that’s""".split()
)

_ATTRIBUTION = re.compile(
    r"^(?:read|continue reading|read more|read the full (?:story|article)|originally published|first published|"
    r"this (?:article|story) (?:was|first) (?:originally )?(?:appeared|published))\s+(?:at|on|in|by)\s+(?P<site>.{2,60}?)\.?$",
    re.IGNORECASE,
)
_WIDGET = re.compile(
    r"^(?:comments?(?:\s*\(\d+\))?|post a comment|leave a (?:comment|reply)|add a comment|\d+ comments?|"
    r"share(?: this(?: article| story)?)?(?: on \w+)?|tweet|print|email|reply|report|"
    r"advertisement|sponsored(?: content)?|promoted|related(?: articles| stories| posts)?|"
    r"recommended(?: for you)?|more from .{1,40}|sign up.*newsletter.*|subscribe(?: now| today)?.{0,60}|"
    r"click here.{0,60}|cookie(?:s)? (?:policy|settings|preferences)|accept (?:all )?cookies|"
    r"skip to (?:main )?content|back to top|load more|show more|see more|view comments|"
    r"all rights reserved.*|©.{0,80})[.!:]?$",
    re.IGNORECASE,
)
# Production credits, captions and the publisher's own notices: about the page, not the news.
_NOTICE = re.compile(
    r"^\(?(?:additional |further )?(?:reporting|writing|editing|research|compiled|produced|written|edited) by "
    r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)(?:\s+in\s+(?-i:[A-Z])[\w.'’ -]*)?(?:[;,]\s*.{0,160})?\)?\.?$|"
    r"^(?:photo|photograph|image|picture|video|graphic|illustration)(?: caption| credit)?\s*[:,|]|"
    r"^(?:our (?:standards|editorial (?:standards|policy)|journalism)\b)|"
    r"^(?:follow|like|join) us on\b|"
    r"^(?:get|receive|sign up for|subscribe to) (?:the latest|our|daily|breaking|weekly)\b.{0,100}"
    r"(?:inbox|newsletter|e-?mails?|alerts?|headlines)\b|"
    r"^(?:copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d|\(c\)\s*(?:19|20)\d\d)\b.{0,300}$|"
    r"^this (?:article|story|post|report) (?:was|has been) (?:amended|corrected|updated)\b|"
    r"^(?:contact|email|e-mail) (?:the )?(?:author|reporter|writer|us|newsroom)\b|"
    r"\bwe use cookies\b|"
    r"^listen to (?:this|the) (?:article|story)\b|"
    r"^(?:read more|see also|also read|watch|more on this story|related)\s*:|"
    r"^read more\b.{0,60}$|"
    r"^(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){1,3} (?:may|can) be (?:reached|contacted) at\b",
    re.IGNORECASE,
)
STOP_WORDS = _STOP
"""Common English words that carry no meaning on their own."""
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""Calendar words, lower-cased: capitalised, but never names."""
_LONE_PUNCT = re.compile(r"^[\W_]{1,12}$")
_URL_ONLY = re.compile(r"^(?:<)?(?:https?://|www\.)\S+(?:>)?$", re.IGNORECASE)
_POST_HEADER = re.compile(
    r"^(?P<author>[\w.\-]{1,40})\s*[•·|]\s*(?P<when>\d+\s*(?:s|sec|m|min|h|hr|hours?|d|days?|w|weeks?|mo|months?|y|years?)\s+ago|"
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?|yesterday|just now)$",
    re.IGNORECASE,
)
_CITED = re.compile(
    r"\b(?:[Aa]ccording to (?:a |an |the )?(?:report(?:ing)? (?:by|from|in) |)|as reported by |"
    r"told |in an interview with |reported by |(?:^|\s)per )(?P<outlet>(?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,3})"
)
_CITED_VERB = re.compile(
    r"\b(?P<outlet>(?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,3}) (?:reported|reports|said in a report)\b"
)


@dataclass(frozen=True)
class Cleaned:
    """What the cleaner found in a text."""

    removed: tuple[Removed, ...]
    """Boilerplate spans with reasons."""
    posts: tuple[Post, ...]
    """Thread posts, when the text is a thread."""
    is_thread: bool
    """True when post headers were found."""
    title: str
    """A headline-like first line, or ""."""
    publisher: str
    """Site named by an attribution line ("Read at X"), or ""."""
    cited_outlets: tuple[str, ...]
    """Outlets the text cites as its sources."""
    date: str = ""
    """A full date the text opens with (a dateline or "Published ..." line), as YYYY-MM-DD, or ""."""


def _lines(text: str) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        if stripped:
            out.append((pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw)
    return out


def content_words(text: str) -> list[str]:
    """Lower-cased words that carry meaning (no stop words)."""
    return [w for w in (m.group(0).lower().strip("'’-") for m in _WORD.finditer(text)) if w not in _STOP and len(w) > 2]


def _is_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 14 and not re.search(r"[.!;:,]$", line) and not line.endswith("?")


def clean(text: str) -> Cleaned:
    """Find boilerplate, posts and metadata in *text* (offsets into it)."""
    lines = _lines(text)
    removed: list[Removed] = []
    publisher = ""
    headers: list[tuple[int, int, str, str]] = []

    vocabulary: dict[str, int] = {}
    for _, _, line in lines:
        for word in set(content_words(line)):
            vocabulary[word] = vocabulary.get(word, 0) + 1

    for index, (start, end, line) in enumerate(lines):
        attribution = _ATTRIBUTION.match(line)
        header = _POST_HEADER.match(line)
        if attribution:
            publisher = publisher or attribution.group("site").strip()
            removed.append(Removed(start, end, "attribution link"))
        elif header:
            headers.append((start, end, header.group("author"), header.group("when")))
            removed.append(Removed(start, end, "post header (author and time)"))
        elif _WIDGET.match(line):
            removed.append(Removed(start, end, "page widget (comments, sharing, ads)"))
        elif _NOTICE.search(line) and len(line.split()) <= 45:
            removed.append(Removed(start, end, "credits, caption or publisher's notice"))
        elif _LONE_PUNCT.match(line):
            removed.append(Removed(start, end, "lone punctuation"))
        elif _URL_ONLY.match(line):
            removed.append(Removed(start, end, "link-only line"))
        elif line.startswith(">"):
            removed.append(Removed(start, end, "quoted from an earlier post"))
        elif index > 0 and _is_heading(line) and not line.endswith("?"):
            # A title-like line whose words the rest of the text never uses is an
            # inserted teaser or advert, not a section heading.
            words = content_words(line)
            if len(words) >= 5:
                shared = sum(1 for w in words if vocabulary.get(w, 0) > 1)
                if shared / len(words) < 0.35:
                    removed.append(Removed(start, end, "promotional teaser (unrelated to the text)"))

    is_thread = len(headers) >= 3
    posts: list[Post] = []
    if is_thread:
        body_start = 0
        author, when = "", ""
        for h_start, h_end, h_author, h_when in headers:
            if text[body_start:h_start].strip():
                posts.append(Post(body_start, h_start, author, when))
            body_start, author, when = h_end, h_author, h_when
        if text[body_start:].strip():
            posts.append(Post(body_start, len(text), author, when))
    else:
        # Quote marks at line start are only thread quoting inside threads.
        removed = [r for r in removed if r.reason != "quoted from an earlier post"]

    title = ""
    if lines:
        first = lines[0][2]
        if _is_heading(first) and len(first.split()) >= 4 and not is_thread:
            title = first
        elif len(lines) > 1 and _is_heading(first) and len(first.split()) < 4:
            pass

    cited: list[str] = []
    for pattern in (_CITED, _CITED_VERB):
        for match in pattern.finditer(text):
            outlet = match.group("outlet").strip(" .,'’")
            if outlet and outlet.split()[0] not in {"The", "A", "An", "This", "That", "It", "He", "She", "They"}:
                if outlet not in cited and outlet != publisher:
                    cited.append(outlet)
    return Cleaned(
        removed=tuple(sorted(removed, key=lambda r: r.start)),
        posts=tuple(posts),
        is_thread=is_thread,
        title=title,
        publisher=publisher,
        cited_outlets=tuple(cited[:8]),
        date="" if is_thread else dateline(text),
    )


_MONTHS = {m: i for i, m in enumerate(MONTHS, 1)}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_FORMS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<num>\d\d)-(?P<day>\d\d)\b"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b"),
)
_DATELINE_ZONE = 400


def dateline(text: str) -> str:
    """The publication date a text opens with, as YYYY-MM-DD; "" when there is none.

    Only the first lines count, and only a date on a short line (a byline or date line),
    after a "Published"/"Updated"/"Posted" word, or right after a place name at the start
    of a line ("LONDON, March 4, 2026 -"). A date inside an opening sentence is an event."""
    for line in text[:_DATELINE_ZONE].splitlines()[:6]:
        for form in _DATE_FORMS:
            match = form.search(line)
            if match is None:
                continue
            before = line[:match.start()]
            short_line = len(line.split()) <= 12
            labelled = re.search(r"\b(?:published|updated|posted|date|dated)\b", before, re.IGNORECASE)
            placed = re.fullmatch(r"\s*[A-Z][A-Za-z .'-]{1,40},?\s*", before) is not None
            if short_line or labelled or placed:
                break
        else:
            continue
        break
    else:
        return ""
    parts = match.groupdict()
    month = int(parts["num"]) if parts.get("num") else next(
        (number for name, number in _MONTHS.items() if name.startswith(parts["month"].lower()[:3])), 0)
    day, year = int(parts["day"]), int(parts["year"])
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:  # no such day (2026-02-30)
        return ""


_UNDISPLAYABLE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"            # terminal control sequences (CSI): colours, cursor moves
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # operating system commands (OSC): window titles, links
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f"        # other C0 and C1 controls (tab and newline stay)
    r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"  # bidirectional controls (U+202E and kin)
)


def displayable(text: str) -> str:
    """*text* as it may be shown on a terminal or in a brief: without terminal escape
    sequences, control characters (tab and newline kept) or bidirectional controls, which
    could hide, reorder or restyle what a reader sees. Source text itself is never changed
    (offsets into it stay valid); only what is shown passes through this."""
    return _UNDISPLAYABLE.sub("", text)
