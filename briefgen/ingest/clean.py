"""Find boilerplate, thread structure and metadata in a source's text.

Nothing is deleted: boilerplate is recorded as removed spans (with a reason)
so offsets stay valid against the original text and an analyst can see, with
`briefgen sources --show-removed`, that nothing that matters was dropped.
All rules are general (shapes of lines), never a list of known sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefgen.models import Post, Removed
from briefgen.words import content_words

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
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""Calendar words, lower-cased: capitalised, but never names."""
THREAD_OPENING_LINES = 2
"""Lines (a thread's title, its board) that may stand before the first of two post headers."""
_LONE_PUNCT = re.compile(r"^[\W_]{1,12}$")
_URL_ONLY = re.compile(r"^(?:<)?(?:https?://|www\.)\S+(?:>)?$", re.IGNORECASE)
_LONG_DATE = (r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}"
              r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?)?")
"""A written-out day, with its time ("11 February 2026 at 09:12", "Feb. 11, 2026, 9:12 am")."""
_POST_HEADER = re.compile(
    r"^[*_]*(?P<author>(?:u/|@)?[\w.\-]{1,40})[*_]*\s*[•·|]\s*(?P<when>\d+\s*(?:s|sec|m|min|h|hr|hours?|d|days?|w|weeks?|mo|months?|y|years?)\s+ago|"
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?|yesterday|just now|" + _LONG_DATE + r")$",
    re.IGNORECASE,
)
_DASH_POST = re.compile(r"^(?P<author>[\w.\-]{2,40})[ ]+[-–—][ ]+(?P<when>" + _LONG_DATE + r")$")
"""A comment's header as a user's name, a dash and the day and time ("lena_d - 21 Nov 2025, 10:22")."""
_THREAD_SITE = re.compile(r"(?P<site>\S.*?)(?:[ ](?:[a-z]+[ ]){0,2}|[ ]+[-–—|·:][ ]+)"
                          r"(?i:(?:reader[ ])?(?:comments|discussions?|forums?|community|message board))(?:[ ]*\(\d[\d,]*\))?"
                          r"(?:[ ]+[-–—|·][ ]+(?P<when>.+))?")
"""The line over a thread naming the site whose readers comment ("FenmoorNews.example community comments - 21
November 2025", "Harbour Gazette reader comments")."""
_POSTED_BY = re.compile(
    r"^(?:r/\w+\s*[•·|]\s*)?(?:posted|post|written|submitted|sent|replied|reply|comment(?:ed)?|started|opened):?(?:\s+(?P<on>[\w ,:.#]{3,40}?))?\s+(?:by|from):?\s+"
    r"(?P<author>(?:u/)?[\w.\-]{1,40})"
    r"(?:\s*(?:\bon\b|\bat\b|[-–—|,»•·])\s*(?P<when>.{3,60}?))?:?$",
    re.IGNORECASE,
)
_SITE_BEFORE_DATE = re.compile(r"(?P<site>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}),\s+(?:[A-Z][a-z]+\.?\s+\d|\d)")
"""A forum's name before the post's date in its header ("on PharmaTalk Forums, June 14, 2025")."""
_PUBLISHED_BY = re.compile(
    r"\b(?:is |was )?published by (?P<publisher>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|&|of|and))*)")
"""A publisher's notice ("Freight Weekly is published by Meridian Trade Media")."""
_COUNT = r"\d[\d,.]*k?\s+(?:points?|upvotes?|votes?|karma|comments?|replies)"
_AGE = r"\d+\s*(?:s|sec|m|min|h|hr|hours?|d|days?|w|weeks?|mo|months?|y|years?)\b(?:\s+ago)?|yesterday|just now"
_WROTE = re.compile(r"^(?P<author>(?:u/)?[\w.\-]{1,40})[*_]* (?:wrote|posted|replied|commented)"
                    r"(?:\s+(?:on|at)\s+(?P<when>.{3,40}?))?:$")
""""gatecrasher88 wrote:", "riverkid posted on 11 Feb 2026:": a post's header in a quoting forum."""
_USER_HEADER = re.compile(
    r"^(?P<author>(?P<user>u/)?[\w.\-]{1,40}?)[*_]*"
    r"(?P<flair>\s*\((?:mod|moderator|op|admin|original poster)\))?"
    r"(?P<parts>(?:\s*[•·|]\s*(?:" + _COUNT + r"|(?:" + _AGE + r")))*)$",
    re.IGNORECASE,
)

_AGO = r"(?:\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)|an? (?:minute|hour|day|week|month|year)) ago"
_AGE_HEADER = re.compile(
    r"^(?:\d[\d,]*\s+(?:points?|votes?)\s+by\s+)?(?P<author>[\w.\-]{2,40})\s+(?P<when>" + _AGO + r")"
    r"(?:\s*\|\s*[^|]{1,24})*$", re.IGNORECASE)
"""A link aggregator's comment header: "lisp_ninja 4 hours ago | parent | next [-]",
"143 points by pgw 5 hours ago | 88 comments"."""
_MAIL_FROM = re.compile(
    r"^From:\s+(?:\"?(?P<name>[^\"<>@]{2,60}?)\"?\s*<[^<>\s]+@[^<>\s]+>|(?P<address>[^<>\s()]+@[^<>\s()]+)"
    r"(?:\s+\((?P<named>[^()]{2,60})\))?)$")
"""A mailing list message's sender line ("From: Ruth Okafor <ruth@example.org>")."""
_MAIL_FIELD = re.compile(r"^(?:Date|Sent|Subject|To|Cc|Reply-To|Message-ID|In-Reply-To|References):\s", re.IGNORECASE)
_HANDLE = re.compile(r"^(?=[\w.\-]*(?:[a-z0-9_.\-]$|[0-9_]))(?![A-Z][a-z]+$)[\w.\-]{2,30}$")
"""A user name alone on its line ("mairi_b", "dougal.mc"): never a capitalised word."""
_POST_NUMBER = re.compile(r"^(?:(?:post|comment|reply)\s+)?(?:#\d{1,5}\s*(?:[·•|]\s*)?|\d{1,5}\s*[·•|]\s*)(?=\S)"
                          r"|^\[(?:(?:post|comment|reply)\s*#?|#)\d{1,5}\]\s*(?=\S)",
                          re.IGNORECASE)
"""A post's number before its header ("#3 · ", "12 · ", "Post #4 · ", "[#271] ", "[post 2] "). A bare "[2]" is
not one: a reference list numbers its entries so."""
_DATED_HANDLE = re.compile(r"^[*_]*(?P<author>(?:u/)?[\w.\-]{2,40})[*_]*\s+\((?P<when>[^()]{3,40})\)[*_]*:?[*_]*$"
                           r"|^(?P<user>u/[\w.\-]{2,40})\s*[·|]\s*(?P<day>[^,|·]{3,30}?)(?:,\s*\d{1,2}:\d\d)?$")
"""A post's header as a user name with its day in brackets ("**riverwatcher** (17 Oct 2026):"), or a
"u/" name with its day and time ("u/tidewalker_mb · 19 Oct 2026, 21:14")."""
_BRACKET_HANDLE = re.compile(r"^\[(?=[^\]]*[A-Za-z])(?P<author>(?:u/|@)?[\w.\-]{2,40})\][ ]*[-–—·|,:]?[ ]*(?P<when>[^\[\]]{3,40}?)[ ]*:?$")
"""A post's header as a user name in square brackets with its day and time ("[grower_ed] 16 Nov 2026,
22:41"); never an editor's mark ("[Updated] 16 Nov 2026")."""
_EDITORS_MARK = re.compile(r"(?i:updated?|edit(?:ed)?|correction|clarification|editor['’]s[ _]note|note|video|photos?|watch|live)")
_SHORT_WHEN = re.compile(
    r"^(?:[A-Z][a-z]{2}\s+\d{1,2}(?:,?\s+(?:19|20)?\d\d)?|\d{1,2}\s+[A-Z][a-z]{2}(?:\s+(?:19|20)\d\d)?|"
    r"[A-Z][a-z]{2}\s+'\d\d|\d{1,2}\s*[mhdw]|" + _LONG_DATE + r"|\d{4}-\d\d-\d\d)$")
"""A post's date as a discussion board shows it under the name ("Mar 4", "2d", "Mar '25")."""
_QUOTE_HEADER = re.compile(
    r"^(?:(?:[\w.\-]{1,40}|\S.{0,60}?) wrote:\s*(?:↑|\^).{0,40}|On .{6,80}(?:,| at .{3,20}) .{2,60} wrote:)$")
"""The line over a quoted earlier post ("tench_tom wrote: ↑Tue Mar 03, 2026 8:14 pm",
"On Wed, 4 Mar 2026, Ruth Okafor wrote:")."""
_STAT_PART = re.compile(
    r"(?:\d[\d,.]*k?\s+(?:points?|upvotes?|votes?|likes?|replies|reply|comments?|views?|posts?)|"
    r"(?:posts|views|replies|likes|votes|points|comments)\s*:\s*\d[\d,.]*k?|"
    r"(?:last (?:reply|post|activity)|thread started|started|created)(?:\s+on)?\s*:?\s+(?P<date>.{3,40}))",
    re.IGNORECASE)


def thread_stats(line: str) -> str | None:
    """The day a thread's statistics line gives for its start ("Thread started March 2, 2026")
    or "" when it gives none ("Posts: 9 | Views: 4,812", "412 points · 96 comments"); None when
    *line* is no such line."""
    parts = [p for p in re.split(r"\s*[|•·]\s*", _plain(line)) if p]
    if not parts or not all(_STAT_PART.fullmatch(p) for p in parts):
        return None
    first = _STAT_PART.fullmatch(parts[0])
    started = first is not None and first.group("date") and not parts[0].lower().startswith("last")
    return _thread_date(first.group("date")) if started and first is not None else ""


_EMPHASIS_INSIDE = re.compile(r"\*{1,2}(?=[\w(])|(?<=[\w.)])\*{1,2}")
"""Markdown asterisks that open or close emphasis on a word inside a line ("**Reply from** *name*")."""


def post_header(line: str) -> tuple[str, str] | None:
    """(author, when) of a forum post's header line, or None: "name · 3 hours ago",
    "Posted by name on 4 May", and the reddit-like "> **u/name** · 212 points · 3h",
    "**u/name** (moderator)", "*Posted March 6, 2025 by u/name · 214 comments*" (quoted or
    emphasised). A name without "u/" needs a flair, a score or an age after it."""
    plain = _plain(re.sub(r"^>\s*", "", line))
    if "*" in plain and (bare := _EMPHASIS_INSIDE.sub("", plain)) != plain and (inner := post_header(bare)) is not None:
        return inner  # "**Reply from** *K.Brandt_notary* · 8 Nov 2026": each part emphasised on its own
    if (number := _POST_NUMBER.match(plain)) is not None:
        if after := post_header(plain[number.end():]):
            return after  # "#3 · dave_k · 2h", "12 · name · 3 days ago": a numbered post's header is the header after its number
        if (dashed := _DASH_POST.match(plain[number.end():])) is not None:
            return dashed.group("author"), dashed.group("when")  # "[post 2] yieldhunter_71 - 14 Nov 2025 09:30"
    match = _POST_HEADER.match(plain)
    if match:
        return match.group("author"), match.group("when") or ""
    match = _POSTED_BY.match(plain)
    if match:
        when = match.group("when") or re.sub(r"^#\d+\s+(?:on:?\s*)?", "", match.group("on") or "")
        if re.fullmatch(r"\s*\d[\d,.]*k?\s+(?:comments?|replies|points?)\s*", when):
            when = match.group("on") or ""
        return match.group("author"), when.strip()
    match = _WROTE.match(plain)
    if match:
        return match.group("author"), match.group("when") or ""
    match = _WROTE.match(plain + ":")  # "riverkid posted on 11 Feb 2026, 21:02": no colon when it is dated
    if match and match.group("when") and re.search(_LONG_DATE, match.group("when")):
        return match.group("author"), match.group("when")
    match = _AGE_HEADER.match(plain)
    if match and not re.fullmatch(r"[A-Z][a-z]+", match.group("author")):
        return match.group("author"), match.group("when")
    match = _DATED_HANDLE.match(plain)
    if match and match.group("user") and _SHORT_WHEN.match(match.group("day").strip()):
        return match.group("user"), match.group("day").strip()
    if match and match.group("author") and _HANDLE.match(match.group("author").removeprefix("u/")) \
            and _SHORT_WHEN.match(re.sub(r",?\s+\d{1,2}:\d\d$", "", match.group("when").strip())):
        # "riverwatcher (17 Oct 2026):", "u/ketchup_ledger (13 Nov, 11:02):"
        return match.group("author"), match.group("when").strip()
    match = _BRACKET_HANDLE.match(plain)
    if match and not _EDITORS_MARK.fullmatch(match.group("author")) \
            and _SHORT_WHEN.match(re.sub(r",?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?$", "", match.group("when").strip())):
        return match.group("author"), match.group("when").strip()  # "[grower_ed] 16 Nov 2026, 22:41"
    match = _MAIL_FROM.match(plain)
    if match:
        return (match.group("name") or match.group("named") or match.group("address")).strip(), ""
    match = _USER_HEADER.match(re.sub(r"^[*_]+", "", plain))
    if match and (match.group("user") or match.group("flair") or match.group("parts")):
        age = re.search(_AGE, match.group("parts") or "", re.IGNORECASE)
        return match.group("author"), age.group(0) if age else ""
    return None
_REPLY_TITLE = re.compile(r"^(?:re|aw|sv):\s+\S.{0,150}$", re.IGNORECASE)
_OUTLET_WORDS = r"[A-Z](?:[\w&'’-]|\.(?=\w))*(?:\s+[A-Z](?:[\w&'’-]|\.(?=\w))*){0,3}"
"""Up to four capitalised words of an outlet's name; a full stop inside one ("U.S.") but not one that
ends a sentence ("... the Norwegian Seafood Council. Faroese exports ...")."""
_CITED = re.compile(
    r"\b(?:[Aa]ccording to (?:a |an |the )?(?:report(?:ing)? (?:by|from|in) |)|as reported by |"
    r"told |in an interview with |reported by |(?:^|\s)per )(?P<outlet>" + _OUTLET_WORDS + ")"
)
_CITED_VERB = re.compile(r"\b(?P<outlet>" + _OUTLET_WORDS + r") (?:reported|reports|said in a report)\b")


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
    date_from: str = ""
    """Where `date` was read when not from the text's header lines: "first sentence" for the day
    its opening sentence says its news was told (`said_on`), "later sentence" for the day a later
    sentence says it was told, on the weekday the opening sentence names (`told_date`); else ""."""
    updated: str = ""
    """The date a header line says the text was last updated ("Updated March 8, 2025"), as
    YYYY-MM-DD, when it is later than `date`; else ""."""
    author: str = ""
    """The writer a byline names ("By JANE DOE, Associated Press Writer" gives Jane Doe), or ""."""
    kind: str = ""
    """The kind a masthead's section label gives ("— Analysis" gives analysis), or ""."""
    news: bool = False
    """True when the text has a news report's furniture: a wire dateline with its credit
    ("LONDON (Reuters) -"), or a byline or an outlet's masthead over a dated text."""


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


_CHROME_WORDS = re.compile(
    r"(?:menu|main menu|open menu|close menu|toggle navigation|navigation|search|search this site|sign in|log ?in|"
    r"sign up|register|my account|account|home|homepage|newsletters?|e-?paper|subscribe|contact(?: us)?|"
    r"close|accept|reject(?: all)?|manage (?:cookies|preferences)|skip to (?:main )?content|skip navigation|"
    r"advertisement|trending|latest|most read|top stories|watch live|listen live)[.:!]?",
    re.IGNORECASE)
"""A line of a page's controls: a button or link that is no part of any article ("Menu", "Sign in")."""
_MENU_SPLIT = re.compile(r"\s*[|·•]\s*|\s+/\s+|\s{3,}|\t+")
_COOKIE_BANNER = re.compile(r"\b(?:we|this (?:site|website)|our (?:site|website)|it) uses? cookies\b|"
                            r"\b(?:our|the) use of cookies\b|\baccept (?:all )?cookies\b", re.IGNORECASE)


def menu_line(line: str) -> bool:
    """True for a site's navigation menu on one line: four or more short links, each one to three
    capitalised words and none a date, a number or a byline ("Home | News | Islands | Sport |
    Contact"). A masthead has at most a name, a section, a date and a byline."""
    parts = [part for part in _MENU_SPLIT.split(_plain(line).strip(" |·•")) if part]
    return len(parts) >= 4 and all(len(part.split()) <= 3 and part[:1].isupper() and not re.search(r"\d", part)
                                   and not re.match(r"(?i)by:?\s", part) for part in parts)


def _page_chrome(lines: list[tuple[int, int, str]]) -> set[int]:
    """The indexes of the lines of a saved page's chrome above its article, among the first lines
    before the first line of prose: menus, lone controls ("Search", "Sign in") and cookie banners."""
    found: set[int] = set()
    for index, (_, _, line) in enumerate(lines[:14]):
        plain = _plain(line)
        if len(plain.split()) > 20 and not _COOKIE_BANNER.search(plain):
            break  # the article's prose has begun
        if _CHROME_WORDS.fullmatch(plain) or menu_line(plain) or (
                _COOKIE_BANNER.search(plain) and len(plain.split()) <= 45):
            found.add(index)
    return found


def _is_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 14 and not re.search(r"[.!;:,]$", line) and not line.endswith("?")


def clean(text: str) -> Cleaned:
    """Find boilerplate, posts and metadata in *text* (offsets into it)."""
    from briefgen.ingest.segment import paragraphs

    lines = _lines(text)
    removed: list[Removed] = []
    # A saved page's chrome above the article (a menu, "Search", "Sign in", a cookie banner) is
    # neither headline nor masthead: the header lines are read without it.
    chrome = _page_chrome(lines)
    removed.extend(Removed(lines[i][0], lines[i][1], "page furniture (menu, sign-in, cookie banner)") for i in chrome)
    lines = [line for i, line in enumerate(lines) if i not in chrome]
    publisher = ""
    headers: list[tuple[int, int, str, str]] = []
    wire = _Wire()

    vocabulary: dict[str, int] = {}
    for _, _, line in lines:
        for word in set(content_words(line)):
            vocabulary[word] = vocabulary.get(word, 0) + 1

    # A line that is part of a longer paragraph (hard-wrapped prose) is tested only for the shapes
    # of whole lines (post headers, links, bylines, datelines); the rest is tested on its paragraph.
    paras = paragraphs(text)
    standalone = {(a, b) for a, b in paras if "\n" not in text[a:b]}
    firsts = {a for a, _ in paras}
    # The header lines: those before the first paragraph of prose (headline, masthead, byline, date).
    body = next((a for a, b in paras if len(text[a:b].split()) > 20 and not _header_block(text[a:b])), len(text))
    # "BerryFieldVet - 21 Nov 2025, 08:02": a user's name and the time, set apart by a dash, is a comment's
    # header when three or more lines have that shape (one such line may be a masthead)
    dashed: dict[int, tuple[str, str]] = {}
    for index, (_, _, line) in enumerate(lines):
        if (dash_post := _DASH_POST.match(_plain(line))) is not None:
            dashed[index] = (dash_post.group("author"), dash_post.group("when"))
    if len(dashed) < 3:
        dashed = {}
    heads = {index: head for index, head in _header_lines(lines, body).items() if index not in dashed}
    entries = live_entries(text)
    for entry_start, time_end, lead_end in entries:
        removed.append(Removed(entry_start, _trimmed(text, entry_start, time_end), "live blog entry time"))
        if lead_end > time_end:
            removed.append(Removed(time_end, _trimmed(text, time_end, lead_end), "live blog lead-in"))
    for para_start, _ in paras:
        label = _LABEL.match(text, para_start)
        if label:
            removed.append(Removed(label.start("label"), _trimmed(text, label.start("label"), label.end()),
                                   LEAD_IN_LABEL))
    crumbs, crumb_line = None, 0
    for crumb_line in range(min(2, len(lines))):
        crumbs = breadcrumb(lines[crumb_line][2])
        if crumbs or (crumb_line == 0 and not _publisher_name(_plain(lines[0][2]))):
            break  # the breadcrumb is the first line, or the second under the site's name
    if not crumbs and lines and (named := site_and_thread(lines[0][2])) is not None:
        crumbs, crumb_line = named, 0  # "BuyersForum.de — Thread: <thread title>" on the first line
    elif not crumbs and len(lines) > 1 and (labelled := board_and_topic(lines[0][2], lines[1][2])) is not None:
        crumbs, crumb_line = labelled, 0  # "Site Forums > Board" over "Topic: <thread title>"
        removed.append(Removed(lines[1][0], lines[1][1], "forum breadcrumb (site, board and thread)"))
    if crumbs and crumb_line + 1 < len(lines) and (topic := _TOPIC_LINE.fullmatch(_plain(lines[crumb_line + 1][2]))):
        # "Site Forums > Issues > Housing" over "Thread: <title>": the breadcrumb ends on the board, the thread is named under it
        crumbs = crumbs[0], topic.group("title").strip()
        removed.append(Removed(lines[crumb_line + 1][0], lines[crumb_line + 1][1], "forum breadcrumb (site, board and thread)"))
    if crumbs:
        removed.append(Removed(lines[crumb_line][0], lines[crumb_line][1], "forum breadcrumb (site, board and thread)"))
        publisher = crumbs[0]
        if crumb_line:
            removed.append(Removed(lines[0][0], lines[0][1], "masthead (publisher, byline or date)"))
            publisher = publisher or _plain(lines[0][2])
    header_publisher, kind, site = "", "", ""
    top = _top_lines(lines, body, heads, vocabulary) if not crumbs else _Top()
    for index, reason in top.furniture.items():
        removed.append(Removed(lines[index][0], lines[index][1], reason))
    for index, found_head in heads.items():
        start, end, _ = lines[index]
        removed.append(Removed(start, end, "byline" if byline(lines[index][2]) else "masthead (publisher, byline or date)"))
        header_publisher = header_publisher or found_head.publisher
        wire.author = wire.author or found_head.author
        kind = kind or found_head.kind
    quoted_post = False
    taken: set[int] = set()
    started = ""

    def post(start: int, end: int, header: tuple[str, str]) -> None:
        """Record a post's header line: its author and time, the site it names, and the line as clutter."""
        nonlocal site
        headers.append((start, end, *header))
        site = site or _site(header[1])
        removed.append(Removed(start, end, "post header (author and time)"))

    at = top.title
    while at in heads and at + 1 < len(lines) and lines[at + 1][0] < body:
        at += 1  # a masthead on the first line ("Society Newsletter | Issue 18 | 4 May 2026"): the headline is under it
    if at != top.title and (at in heads or date_line(_plain(lines[at][2]))):
        at = top.title
    for index, (start, end, line) in enumerate(lines):
        if index in heads or index in top.furniture or (crumbs and index <= crumb_line) or index in taken:
            continue
        header = post_header(line) or dashed.get(index)
        if header and _MAIL_FROM.match(_plain(line)):
            # A mailing list message: the header fields under its sender line are the header too.
            for following in range(index + 1, min(index + 8, len(lines))):
                field_line = lines[following][2]
                if not _MAIL_FIELD.match(field_line):
                    break
                taken.add(following)
                removed.append(Removed(lines[following][0], lines[following][1], "message header"))
                if field_line.lower().startswith(("date:", "sent:")) and not header[1]:
                    header = (header[0], field_line.split(":", 1)[1].strip())
        elif (header is None and index + 1 < len(lines) and _HANDLE.match(line)
              and _SHORT_WHEN.match(lines[index + 1][2])):
            # A discussion board's post header: the user's name alone, the post's date on the next line.
            header = (line, lines[index + 1][2])
            taken.add(index + 1)
            removed.append(Removed(lines[index + 1][0], lines[index + 1][1], "post header (author and time)"))
        if header is None and (stats := thread_stats(line)) is not None:
            started = started or stats
            removed.append(Removed(start, end, "thread statistics (counts and dates)"))
            continue
        if header is None and _QUOTE_HEADER.match(_plain(line)):
            removed.append(Removed(start, end, "quoted from an earlier post"))
            continue
        if not line.startswith(">"):
            quoted_post = False
        elif header:
            quoted_post = True  # a post set out whole as a quote ("> **u/name** · 88 points"): its ">" lines are its own text
        if _REPLY_TITLE.match(line):
            removed.append(Removed(start, end, "post title"))
            continue
        if (start, end) not in standalone:
            if header:
                post(start, end, header)
            elif _URL_ONLY.match(line) or _LONE_PUNCT.match(line):
                removed.append(Removed(start, end, _boilerplate(line)))
            elif not (index == at and top.furniture.get(0) == "letterhead (publisher)"):
                # a headline under a letterhead is no dateline ("REGULATORY ANNOUNCEMENT - RESULT OF AGM")
                removed.extend(wire.line(text, start, end, line, index, start in firsts))
            continue
        attribution = _ATTRIBUTION.match(line)
        under_letterhead = index == at and top.furniture.get(0) == "letterhead (publisher)"
        found = None if attribution or header or under_letterhead else wire.line(text, start, end, line, index, True)
        if attribution:
            publisher = publisher or attribution.group("site").strip()
            removed.append(Removed(start, end, "attribution link"))
        elif header:
            post(start, end, header)
        elif found:
            removed.extend(found)
        elif reason := _boilerplate(line):
            removed.append(Removed(start, end, reason))
        elif line.startswith(">") and not quoted_post:
            removed.append(Removed(start, end, "quoted from an earlier post"))
        elif (index > 0 and (index != at or not (top.furniture or at in heads or at - 1 in heads)) and _is_heading(line) and not line.endswith("?")
              and not _TEXT_NOTICE.match(_plain(line)) and not _PUBLISHED_IN.search(_plain(line))):
            # A title-like line whose words the rest of the text never uses is an
            # inserted teaser or advert, not a section heading.
            words = content_words(line)
            if len(words) >= 5:
                shared = sum(1 for w in words if vocabulary.get(w, 0) > 1)
                if shared / len(words) < 0.35:
                    removed.append(Removed(start, end, "promotional teaser (unrelated to the text)"))
    for start, end in paras:
        if (start, end) not in standalone:
            reason = _boilerplate(" ".join(text[start:end].split()))
            if reason:
                removed.append(Removed(start, end, reason))

    # Two post headers make a thread when the text opens on them (past a title line or two):
    # an article's body comes before anything that looks like a post.
    opening = sum(1 for start, _, _ in lines if headers and start < headers[0][0])
    is_thread = len(headers) >= 3 or (len(headers) >= 2 and (crumbs is not None or opening <= THREAD_OPENING_LINES))
    posts: list[Post] = []
    if is_thread:
        # The page head above the first post (the thread's title, its board) is no post.
        for start, end, line in lines:
            if start >= headers[0][0]:
                break
            plain = re.sub(r"^#{1,6}\s+", "", _plain(line))
            if (named_site := _THREAD_SITE.fullmatch(plain)) is not None and _publisher_name(named_site.group("site")) \
                    and (named_site.group("when") is None or date_line(named_site.group("when"))):
                site = site or named_site.group("site")  # "FenmoorNews.example community comments - 21 November 2025"
            if (_is_heading(plain) or (plain.endswith("?") and len(plain.split()) <= 20)) and not any(
                    r.start <= start < r.end for r in removed):
                removed.append(Removed(start, end, "thread title or board"))
        body_start = 0
        author, when = "", ""
        mask = list(text)
        for span in removed:
            mask[span.start:span.end] = " " * (span.end - span.start)
        if lines and lines[0][2].startswith("#"):  # the thread's title as a Markdown heading
            mask[lines[0][0]:lines[0][1]] = " " * (lines[0][1] - lines[0][0])
        kept = "".join(mask)  # the text without its clutter: a page head of breadcrumb and title is no post
        for h_start, h_end, h_author, h_when in headers:
            if (kept if body_start == 0 else text)[body_start:h_start].strip():
                posts.append(Post(body_start, h_start, author, when))
            body_start, author, when = h_end, h_author, h_when
        if (kept if body_start == 0 else text)[body_start:].strip():
            posts.append(Post(body_start, len(text), author, when))
        removed.extend(_requoted(text, lines, posts, removed))
    else:
        # Quote marks at line start are only thread quoting inside threads; "Re: ..." is a post's title there.
        removed = [r for r in removed if r.reason not in ("quoted from an earlier post", "post title",
                                                          "thread statistics (counts and dates)")]

    # A thread is dated by its opening post's header when that gives a full date; other dates
    # near its top are posts' own.
    published, updated = ((_thread_date(headers[0][3] if headers else "") or started or _thread_opened(lines, headers), "")
                          if is_thread else publication_dates(text))
    closing = None if is_thread or len(lines) < 4 else closing_date(text, lines)
    if closing is not None:
        if not any(r.start <= closing[1] and closing[2] <= r.end for r in removed):
            removed.append(Removed(closing[1], closing[2], "date line"))
        published = published or closing[0]
        if updated and updated <= published:
            updated = ""
    date_from = ""
    prose = [text[a:b] for a, b in paras if a >= body]
    if not published and not is_thread and prose:
        published, date_from = told_date(prose)
    cited: list[str] = []
    for pattern in (_CITED, _CITED_VERB):
        for match in pattern.finditer(text):
            outlet = " ".join(match.group("outlet").split()).strip(" .,'’")
            if outlet and outlet.split()[0] not in {"The", "A", "An", "This", "That", "It", "He", "She", "They"}:
                if outlet not in cited and outlet != publisher:
                    cited.append(outlet)
    title = _title(text, lines, paras, crumbs, is_thread, at, tuple(h[0] for h in headers), tuple(removed))
    if not title and top.furniture.get(0) == "letterhead (publisher)" and top.kind and at < len(lines):
        title = _cased(_plain(lines[at][2]), text[lines[at][1]:])  # a notice's heading in capitals
    title_says = title_kind(title)
    title = unlabelled(title)
    if wire.release_wire:
        after = next((r.end for r in removed if r.reason == "wire dateline and credit"), 0)
        wire.publisher = wire.publisher or release_issuer(text, lines, after) or wire.release_wire
    board = re.match(r"(?P<board>r/\w{2,40})[ ]*(?:[·•|:]|[ ][-–—])[ ]*(?:(?i:thread|topic)[ ]*:[ ]*)?(?=\S)", title) \
        if is_thread else None
    if board:  # "r/IsleFerries · Council closes two landings. Thoughts?": the board, then the thread's title
        title, site = title[board.end():], site or board.group("board")
        if len(title) > 2 and title[0] + title[-1] in ('""', "“”", "''", "‘’"):
            title = title[1:-1]  # 'r/Board — Thread: "<title>"': the title quoted after its label
    issued = _ISSUED_TITLE.match(title)  # "Harbour Users' Group: Statement on ...": the group issued it
    stated = _statement_issuer(title)  # "Statement from the <group>": the group, however long its name
    issuer = issued.group("issuer") if issued and issued.group("issuer") else stated
    if issuer and not _publisher_name(issuer) and issuer != stated:
        issuer = ""  # a long name counts only where "Statement from ..." says it is the issuer's
    issued_line = _issued_kind(lines, body)  # "Statement issued 16 October 2024" under the headline
    news = not is_thread and (wire.credited or bool((heads or top.outlet or wire.author or top.author and top.publisher)
                                                    and published)
                              or bool(title and reported(text, paras, removed)))
    return Cleaned(
        removed=tuple(sorted(removed, key=lambda r: r.start)),
        posts=tuple(posts),
        is_thread=is_thread,
        title=title,
        # "MARLOW STREET RESEARCH" over "Equity Research | Retail": the letterhead names the firm, the
        # masthead under it only its desk
        publisher=(publisher or _published_in(lines, body)
                   or (header_publisher if not (top.publisher and _genre(header_publisher)) else "") or top.publisher or wire.publisher or (site if is_thread else "")
                   or _from_header(lines, body) or _notice(text) or issuer
                   or _named_publisher(lines, body) or (_colon_issuer(title) if issued_line else "")
                   or _column_publication(title)),
        cited_outlets=tuple(c for c in cited[:8] if c != wire.publisher),
        date=published,
        updated=updated,
        date_from=date_from,
        author=wire.author or top.author,
        kind=(kind or top.kind or wire.kind or title_says or issued_line or (slug_kind(lines[top.title][2]) if top.title < len(lines) else "")
              or _signed_kind(lines, body) or _columnist(text, removed) or _analyst_voice(prose)),
        news=news,
    )


_BAR_LABEL = re.compile(r"^(?i:analysis|opinion|comment|commentary|editorial|column|op-ed)[ ]*\|[ ]*(?=\S)")


def unlabelled(title: str) -> str:
    """*title* without a section label set apart by a bar ("OPINION | <headline>"): the page's label, not
    the headline's words ("Opinion: ..." is a headline's own form and stays)."""
    return _BAR_LABEL.sub("", title)


def _header_block(para: str) -> bool:
    """True when every line of a paragraph reads as a header line (an issuer and genre label, a writer
    with a role and a date: "Austrian Council for the Arts (ACA) | Discussion Paper 2/2026" over "Prof.
    Helene Brandl, Chair of Music Economics - 14 October 2026"): a header block, however many words."""
    rows = [row for row in para.splitlines() if row.strip()]
    if len(rows) == 1 and (head := masthead(rows[0])) is not None and head.signals >= 2:
        return True  # one long masthead line ('... blog "Name" — posted 20 November 2026 by Dr Jo Bain, lecturer in law')
    return len(rows) >= 2 and all(header_line(row) is not None or masthead(row) is not None for row in rows)


def _requoted(text: str, lines: list[tuple[int, int, str]], posts: list[Post],
              removed: list[Removed]) -> list[Removed]:
    """The lines of a post that repeat an earlier post's words (a quote set out without
    quote marks, as a board's quote box is when copied): the earlier post said them."""
    found = []
    for number, current in enumerate(posts[1:], 1):
        earlier = " ".join(" ".join(text[p.start:p.end].split()) for p in posts[:number])
        for start, end, line in lines:
            said = " ".join(line.lstrip("> ").split())
            if (current.start <= start and end <= current.end and len(said) >= 25 and said in earlier
                    and not any(r.start <= start and end <= r.end for r in removed)):
                found.append(Removed(start, end, "quoted from an earlier post"))
    return found


_TEXT_NOTICE = re.compile(r"(?i:correction|clarification|editor['’]s[ ]note|amendment|update)s?\b[ ]*[:.—–-]")
"""A notice about the text itself ("Correction: An earlier version ...", "CLARIFICATION: ..."): what it
says is content a reader needs, never a teaser for another page, whatever its case."""
_QUOTED = re.compile(r'"[^"\n]*"|“[^”]*”|‘[^’]*’|``.*?\'\'')
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|according to|announced|confirmed|reported|added)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|mine|[Ww]e|[Oo]ur|us)\b")
REPORTED_PARAGRAPHS = 2
"""Paragraphs of a text's prose that attribute what they say ("..., the company said") for the
text to read as a news report when nothing else tells its kind."""


def reported(text: str, paras: list[tuple[int, int]], removed: list[Removed]) -> bool:
    """Whether *text*'s prose reads as a news report: at least three paragraphs of prose, at
    least REPORTED_PARAGRAPHS of them attributing what they say to someone ("said", "according
    to"), and no writer speaking for themselves outside quotations (a column's "I", a release's
    "we", a post's "my")."""
    prose = [" ".join(text[a:b].split()) for a, b in paras
             if len(text[a:b].split()) > 20 and not any(r.start <= a and b <= r.end for r in removed)]
    if len(prose) < 3:
        return False
    unquoted = [_QUOTED.sub(" ", para) for para in prose]
    attributed = sum(1 for para in unquoted if _ATTRIBUTED.search(para))
    speaking = sum(len(_FIRST_PERSON.findall(para)) for para in unquoted)
    return attributed >= REPORTED_PARAGRAPHS and speaking == 0


def _site(when: str) -> str:
    """The forum's name a post header gives before its date ("on PharmaTalk Forums, June 14"), or ""."""
    found = _SITE_BEFORE_DATE.match(when)
    calendar = found is not None and found.group("site").lower()[:3] in {w[:3] for w in (*MONTHS, *WEEKDAYS)}
    return found.group("site") if found and not calendar else ""


_COMPANY_SUFFIX = r"(?:,?[ ](?:Pty\.?[ ]Ltd|Ltd|Limited|plc|PLC|Inc|LLC|LLP|GmbH|AG|S\.A\.|SA|NV|BV|Corp|Co))?"
_COPYRIGHT_NAME = re.compile(
    r"^(?:(?i:copyright)[ ]*(?:©|\((?i:c)\))?|©|\((?i:c)\))[ ]*(?:(?:19|20)\d\d(?:[ ]*[-–][ ]*(?:19|20)?\d\d)?[ ]*,?[ ]*)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ ](?:[A-Z][\w&'’.-]*|&|of|and|for|the)){0,5}?)" + _COMPANY_SUFFIX +
    r"\.?(?:[ ]+(?i:all rights reserved)\.?)?$")
"""A copyright line at a text's foot ("© 2026 The Market Ledger Pty Ltd. All rights reserved."):
the company that holds it published the text."""
_PUBLISHED_IN = re.compile(
    r"\b(?:[Pp]ublished|[Ff]irst (?:published|appeared)|[Aa]ppeared|[Oo]riginally (?:published|appeared))\b"
    r"[^.;!?]{0,40}?(?:[ ]in|(?<=(?:19|20)\d\d),)[ ](?:the[ ])?(?P<name>(?:The[ ])?[A-Z][\w&'’-]*(?:[ ][A-Z][\w&'’-]*){0,4})")
"""A column's note on where it ran ("Published May 2, 2026, in The Fenwick Standard"; "Published 10
November 2026, The Fenwick Standard": the name after the date; "Published 8 November 2025 in the Kessel
Courier": a "the" in lower case is no part of the name)."""


_SIGNED = re.compile(
    r"^[ ]*(?:opinion|comment|commentary|op-ed|column)[ ]*[—–:|][ ]*\S|"
    r"\b(?:writes|is|has been)[ ](?:an?[ ]|the[ ])?(?:[\w-]+[ ]){0,3}(?:column|columnist)\b|"
    r"\b(?:the )?views expressed (?:here |in this (?:article|piece|column) )?are (?:his|her|their|the author['’]s|"
    r"the writer['’]s|my) own\b", re.IGNORECASE)
"""A signed piece's note on its writer ("Jo Bain writes a weekly column on ...", "The views
expressed are her own") or its label ("Opinion — Jo Bain, ..."): the piece is the writer's opinion."""


def _signed_kind(lines: list[tuple[int, int, str]], body: int) -> str:
    """"opinion" when a header line or one of the last lines is a columnist's note, else ""."""
    notes = [line for start, _, line in lines if start < body] + [line for _, _, line in lines[-2:]]
    return "opinion" if any(_SIGNED.search(_plain(line)) and len(line.split()) <= 40 for line in notes) else ""


def _named_publisher(lines: list[tuple[int, int, str]], body: int) -> str:
    """The publisher a header line before *body* or one of a text's last lines names: where
    a piece was published ("Published 2 May 2026 in The Fenwick Standard"), or who holds its
    copyright ("© 2026 Orrin Evening Telegraph Ltd. All rights reserved."); "" when none does."""
    tail = [line for start, _, line in lines[-4:] if start >= body]
    if placed := _published_in(lines, body):
        return placed
    for line in reversed(tail):
        found = _COPYRIGHT_NAME.match(_plain(line))
        if found and _publisher_name(found.group("name")):
            return found.group("name")
    for line in reversed(tail):
        found = _CREDIT_OUTLET.fullmatch(_plain(line).strip())
        if found and _publisher_name(found.group("name")) and (_ORG_WORD.search(found.group("name"))
                                                              or _OUTLET_WORD.search(found.group("name"))):
            return found.group("name")  # "Reporting by Jo Bain, Harbour Echo": the writer, then the paper
    if tail and (found := _SIGN_OFF.fullmatch(_plain(tail[-1]).strip())) and _publisher_name(found.group("name")) \
            and (_ORG_WORD.search(found.group("name")) or _OUTLET_WORD.search(found.group("name"))):
        return found.group("name")  # "- Citi Newsroom", the outlet's sign-off under the last paragraph
    return ""


_COLUMN_TITLE = re.compile(r"(?P<name>[A-Z][\w&'’.-]*(?:[ ](?:[A-Z][\w&'’.-]*|&|of|and|for|the)){0,5})[ ][—–|][ ]"
                           r"(?:[A-Z][\w'’-]*[ ]){0,2}(?i:watch|brief|briefing|notes?|notebook|monitor|tracker|insights?|"
                           r"focus|round-?up|digest|bulletin|diary|desk|explainer|column)(?::[ ].+)?")
"""A headline that is a publication's name, then its regular column's label ("Salon & Spa Business — Policy Watch",
"Heat Networks Weekly — Analyst note: <matter>")."""


def _column_publication(title: str) -> str:
    """The publication a headline names before its column's label, when the name reads as an outlet's or an
    organisation's (not "Brexit — Policy Watch"), or ""."""
    found = _COLUMN_TITLE.fullmatch(title)
    name = found.group("name") if found else ""
    return name if name and (_organisation(name) or _ORG_WORD.search(name) or _OUTLET_WORD.search(name)) else ""


def _published_in(lines: list[tuple[int, int, str]], body: int) -> str:
    """The paper a header line before *body* or one of a text's last lines says the piece ran in
    ("Published 2 May 2026 in The Fenwick Standard"): named by the piece itself, it comes before
    the organisation of a writer's role ("councillor for Harrow Bay"); "" when none does."""
    head = [line for start, _, line in lines if start < body]
    # a long byline line can be taken for the body's first paragraph ("By Dr Jo Bain, consultant, Calder
    # Hospital — published 15 January 2026 in the Eastmarch Medical Journal's commentary section")
    head += [line for start, _, line in lines if start == body and _BYLINE.match(_plain(line))]
    tail = [line for start, _, line in lines[-4:] if start >= body]
    for line in (*head, *tail):
        found = _PUBLISHED_IN.search(_plain(line))
        # "in the Eastmarch Medical Journal's commentary section": the journal, not its possessive
        name = re.sub(r"['’]s$", "", found.group("name")) if found else ""
        if name and _publisher_name(name) and name.split()[-1].lower() not in MONTHS:
            return name
    return ""


_CREDIT_OUTLET = re.compile(r"(?:Reporting|Reported|Writing|Words|Story)[ ]by[ ][^,;]{3,60},[ ](?P<name>[A-Z][^,;]{2,60}?)\.?")
"""A closing credit naming the writer, then the paper ("Reporting by Jo Bain, Harbour Echo")."""
_FROM_HEADER = re.compile(r"(?i:from)[ ]?:[ ]*(?P<name>[A-Z][^,;:]{1,80}?)[ .]*")
"""A letter's or memo's header line naming its sender ("From: Brenner Capital LLP")."""
_ISSUED_LINE = re.compile(r"(?P<genre>(?i:joint[ ])?(?i:statement|(?:press|news|media)[ ]release|open[ ]letter))"
                          r"[ ](?i:issued|released|published)\b.*")
"""A line under a headline saying what the piece is and when it went out ("Statement issued 16 October 2024")."""


def _from_header(lines: list[tuple[int, int, str]], body: int) -> str:
    """The organisation a header line before *body* names as the piece's sender ("From: Brenner Capital
    LLP"), or "": a person's name is the writer, not the publisher."""
    for start, _, line in lines[:8]:
        if start >= body:
            break
        found = _FROM_HEADER.fullmatch(_plain(line).strip())
        if found and _organisation(found.group("name").strip()):
            return found.group("name").strip()
    return ""


def _issued_kind(lines: list[tuple[int, int, str]], body: int) -> str:
    """"statement" when a header line before *body* says the piece is a statement or release issued on a
    day ("Statement issued 16 October 2024", "Press release published 2 May"), else ""."""
    for start, _, line in lines[:8]:
        if start >= body:
            break
        found = _ISSUED_LINE.fullmatch(_plain(line).strip())
        if found and date_line(found.group(0)[len(found.group("genre")):].split(None, 1)[-1]):
            return "statement"
    return ""


def _colon_issuer(title: str) -> str:
    """The organisation a statement's headline opens on before a colon ("Friends of Hollin Wood: we will
    see the council in court"): a name of several capitalised words that is no person's; or ""."""
    name = title.split(":", 1)[0].strip() if ":" in title else ""
    named = _organisation(name) or (_publisher_name(name) and len(name.split()) >= 2 and not _person(name))
    return name if name and named else ""


_SIGN_OFF = re.compile(r"[-–—][ ]*(?P<name>[A-Z][\w&.'’-]*(?:[ ][A-Z][\w&.'’-]*){0,4})\.?")
"""A text's last line that is only a dash and a name: an outlet signing off its copy ("- Citi Newsroom")."""


def _notice(text: str) -> str:
    """The publisher a publisher's notice names ("... is published by Meridian Trade Media"), or ""."""
    found = _PUBLISHED_BY.search(text)
    return found.group("publisher").strip() if found else ""


def _trimmed(text: str, start: int, end: int) -> int:
    """*end* moved back over the whitespace that ends text[start:end]."""
    return start + len(text[start:end].rstrip())


def _header_lines(lines: list[tuple[int, int, str]], body: int) -> dict[int, Masthead]:
    """The masthead lines among a text's first lines before *body* (the first paragraph of
    prose), by line index. A line of only a publisher's name counts right under a byline that
    names none ("By Tomas Eberle" / "Continental Press"); the first line (the headline's place)
    only with a byline in it."""
    found: dict[int, Masthead] = {}
    previous: Masthead | None = None
    previous_index = -1
    for index, (start, _, line) in enumerate(lines[:10]):
        if start >= body:
            break
        head = masthead(line) if not line.lstrip().startswith("|") else None  # a table's row is no masthead
        if head is None and previous is not None and date_line(_plain(line)):
            continue  # "By Jo Bain" / "Updated 4 May 2026" / "The Harbour Times": the byline still stands over it
        if head is not None and (head.signals or (previous is not None and previous.author and not previous.publisher
                                                  and previous_index in found)):
            # "March 16, 2006 -- Senate Panel Backs ..." is a headline; a first line is a masthead only
            # with a byline or with two parts only a masthead has ("Society Newsletter | Issue 18 | 4 May 2026").
            if index > 0 or head.author or head.signals >= 2:
                found[index] = head
        previous, previous_index = head, index
    return found


@dataclass
class _Top:
    """What the lines above a text's headline say: its publisher (a masthead or letterhead)
    and its kind (a section label), and which lines they are."""

    furniture: dict[int, str] = field(default_factory=dict)
    """Line index -> why it is no statement."""
    publisher: str = ""
    kind: str = ""
    title: int = 0
    """The index of the line the headline is on."""
    author: str = ""
    outlet: bool = False
    """True when the publisher is an outlet's masthead (not an organisation's letterhead or notice)."""


_GENRE_WORDS = (r"information|release|statement|advisory|bulletin|notice|updates?|briefing|guidance|announcement|"
                r"fact ?sheet|newsletter|note|research|commentary|explainer|preview|report|paper|brief")
_GENRE_LINE = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]*(?:[ ](?:[A-Z][\w&.'’-]*|&|of|and|for|the))*?)"
    r"(?P<genre>(?:[ ][a-z][a-z-]*){0,2}[ ](?:" + _GENRE_WORDS + r")|"
    r"[ ]?[-–—|:][ ](?:[A-Za-z][a-z-]*[ ]){0,2}(?i:" + _GENRE_WORDS + r"))"
)
"""An organisation's name before the kind of document it issues ("Harbour Board press
release", "Kessfield Water customer information", "Linden Row Capital - Equity Research
Note"): a line that says who publishes the page."""
_ANALYSIS_GENRE = re.compile(r"\b(?:research|note|commentary|explainer|preview)\b", re.IGNORECASE)
_REPORT_GENRE = re.compile(r"\b(?:newsletter|bulletin|updates?|report|brief(?:ing)?|fact ?sheet)\b", re.IGNORECASE)
_RELEASE_LABEL = re.compile(r"(?:(?:(?:(?:press|news|media)[ ])?(?:statement|release)[ ]?[-–—:,]?[ ])?"
                            r"for immediate release|for release [\w ,:.]{1,40}|embargoed[\w ,:.]{0,60}|"
                            r"(?:press|news|media) (?:release|statement))\W*", re.IGNORECASE)
"""A press release's label over its headline ("FOR IMMEDIATE RELEASE", "STATEMENT FOR IMMEDIATE RELEASE",
"Embargoed until 00:01 ...")."""
_ISSUED_RELEASE = re.compile(r"(?P<name>[A-Z][\w&.'’-]*(?:[ ](?:of|for|and|&|[A-Z][\w&.'’-]*)){0,6})[ ]"
                             r"(?:[-–—|:][ ])?(?i:(?:press|news|media)[ ](?:release|statement))\W*")
"""A press release's label that names its issuer ("FDIC Press Release", "Harbour Board news release",
"SEAWAYS TRUST - PRESS STATEMENT")."""
_RELEASE_NUMBER = re.compile(r"(?i:(?:(?:press|news|media)[ ])?(?:release|PR|ref\.?|reference)(?:[ ]?(?:no\.?|number|#))?)"
                             r"[ :.-]*[A-Z]{0,4}[-/]?\d[\w/.-]*")
"""A release's serial number on a line of its own ("PR-94-2026", "Release No. 26-117")."""


def genre_kind(genre: str) -> str:
    """The kind of source a document's genre words say: a statement ("press release",
    "customer information"), an analysis ("research note", "preview"), a report ("situation
    report", "newsletter"), or ""."""
    if _STATEMENT.search(genre) or re.search(r"\b(?:information|advisory|notice|guidance|announcement)\b", genre,
                                              re.IGNORECASE):
        return "statement"
    if _ANALYSIS_GENRE.search(genre):
        return "analysis"
    return "report" if _REPORT_GENRE.search(genre) else ""
_SMALL_WORDS = {"and", "of", "the", "for", "on", "in", "at", "to", "a", "an", "de", "la", "du"}


def _name_case(caps: str) -> str:
    """An all-capitals name as it is written ("RETAIL AND DISTRIBUTION WORKERS UNION" ->
    "Retail and Distribution Workers Union"); short words without vowels stay capitals (NHS)."""
    words = []
    for number, word in enumerate(caps.split()):
        lower = word.lower()
        if number and lower in _SMALL_WORDS:
            words.append(lower)
        elif (len(word) <= 4 and not re.search(r"[AEIOUY]", word)) or re.fullmatch(r"\([A-Z]{2,6}\)", word):
            words.append(word)  # "NHS", "(STT)": an acronym
        else:
            words.append(word.capitalize())
    return " ".join(words)


def _top_lines(lines: list[tuple[int, int, str]], body: int, heads: dict[int, Masthead],
               vocabulary: dict[str, int]) -> _Top:
    """The masthead, letterhead or section label a text opens with, above its headline:
    "Harlow Radio News" over a date line or a longer headline (a short name in capitals
    whose words name an outlet or are not the story's), "OPINION" over a headline, an
    all-capitals organisation's letterhead over a heading, and an organisation's
    "<Name> press release" line under the headline. A headline is never taken for a name:
    the name must be short and the line under it a date or a longer heading."""
    top = _Top()
    header = [(i, line) for i, (start, _, line) in enumerate(lines[:10]) if start < body]
    if len(header) < 2:
        _read_header(top, header, heads)  # a page's lone kicker over its text ("Op-ed"), its headline in the page's title
        return top

    def heading(line: str) -> bool:
        return _is_heading(_plain(line)) and bool(headline(line))

    def below(index: int) -> int | None:
        """The headline's line under line *index*, past date lines ("Lisbon, 16 September 2026")."""
        for i, line in header:
            if i <= index or date_line(_plain(line)) or _RELEASE_NUMBER.fullmatch(_plain(line)):
                continue
            marked = re.match(r"#{1,6}\s|\*\*|__", line.strip()) is not None  # set as a heading: up to headline's 20 words
            return i if (heading(line) or marked and headline(line)) and byline(line) is None and i not in heads else None
        return None

    # A Markdown heading's marks are no part of the name or label it gives ("# Harbourline Weekly").
    first, second = (_plain(re.sub(r"^#{1,6}\s+", "", header[n][1])) for n in (0, 1))
    words = first.split()
    label = SECTION_KINDS.get(first.lower().strip(" :"))
    issued = _GENRE_LINE.fullmatch(second)
    from_issuer = _STATEMENT_FROM.fullmatch(first)
    release = next((i for i, line in header[:3] if _RELEASE_LABEL.fullmatch(_plain(line))
                    or _ISSUED_RELEASE.fullmatch(_plain(line))), None)
    if from_issuer and (title := below(0)) is not None:
        # "STATEMENT FROM THE TELECOMMUNICATIONS WORKERS' UNION (STT)" / "Lisbon, 16 September 2026" / headline
        name = from_issuer.group("name")
        top.furniture[0], top.kind, top.title = "letterhead (publisher)", "statement", title
        top.publisher = _name_case(name) if name.isupper() else name
    elif release is not None and (title := below(release)) is not None and all(
            _letterhead(_plain(line)) or (i and date_line(_plain(line))) for i, line in header[:release]):
        # "FOR IMMEDIATE RELEASE" / headline, or "Ministry of Fisheries, Torshavn" / "Press release" / date / headline
        top.furniture[release], top.kind, top.title = "press release label", "statement", title
        if issued_by := _ISSUED_RELEASE.fullmatch(_plain(header[release][1])):
            name = issued_by.group("name")  # "FDIC Press Release": the label names who issues it
            top.publisher = _name_case(name) if name.isupper() and len(name.split()) > 1 else name
        if release:
            # "MINISTRY OF CULTURE" / "Paris, 13 February 2026" / "Press release": the letterhead, then its date
            top.furniture[0] = "letterhead (publisher)"
            top.publisher = _letterhead(_plain(header[0][1]))
    elif (issued and re.match(r"[ ]?[-–—|:]", issued.group("genre")) and _publisher_name(issued.group("name"))
          and _is_heading(first) and 0 not in heads and (1 not in heads or not heads[1].author)):
        # "ORCHARD VALE FOODS - RESULTS PREVIEW" / "Linden Row Capital - Equity Research Note":
        # the headline, then who issued it and what it is.
        label = re.split(r"\s+[-–—|:]\s+", first)[-1]  # "... - TAKEOVER EXPLAINER": the headline's own label
        top.furniture[1], top.publisher = "masthead (publisher, byline or date)", issued.group("name")
        top.kind = (genre_kind(label) if len(label.split()) <= 3 else "") or genre_kind(issued.group("genre"))
    elif ((lettered := _GENRE_LINE.fullmatch(first)) and re.match(r"[ ]?[-–—|:]", lettered.group("genre"))
          and _publisher_name(lettered.group("name")) and 0 not in heads and (title := below(0)) is not None):
        # "# Kestrel Capital — Equity Research" / "## <headline>": the house and the kind of piece, over its headline
        top.furniture[0], top.publisher, top.title = "masthead (publisher, byline or date)", lettered.group("name"), title
        top.kind = genre_kind(lettered.group("genre"))
    elif label and len(words) == 1 and heading(second):
        top.furniture[0], top.kind, top.title = "section label (the kind of piece)", label, 1
    elif ((slug := _genre_slug(first, lines)) is not None and (title := below(0)) is not None):
        # "SECTOR NOTE" / "CREDIT COMMENT" over the headline: the kind of piece, in capitals, naming no one
        top.furniture[0], top.kind, top.title = "section label (the kind of piece)", slug, title
    elif ((caps := _CAPS_MASTHEAD.fullmatch(first)) is not None and date_line(second)
          and (_ORG_WORD.search(_name_case(caps.group("name"))) or _OUTLET_WORD.search(_name_case(caps.group("name"))))
          and (title := below(0)) is not None):
        # "BRENMOUTH EVENING POST" (or "... POST - OPINION") / "Thursday 12 November 2026" / headline: a paper's
        # masthead in capitals, perhaps with its section, over the day's date
        top.furniture[0], top.title, top.outlet = "masthead (publisher, byline or date)", title, True
        top.publisher = _name_case(caps.group("name"))
        top.kind = SECTION_KINDS.get((caps.group("section") or "").lower(), "")
    elif (first.isupper() and 2 <= len(words) <= 10 and _is_heading(first) and not date_line(first)
          and (_organisation(first) or _organisation(_name_case(first))) and (labelled_head := _CAPS_GENRE_HEAD.fullmatch(second)) is not None
          and (genre_of := _genre(_name_case(labelled_head.group("genre")))) is not None):
        # "HALVARD COATINGS PLC" / "REGULATORY ANNOUNCEMENT - RESULT OF AGM": a company's letterhead, then
        # the kind of notice and its matter, all in capitals
        top.furniture[0], top.title, top.kind = "letterhead (publisher)", 1, genre_of
        top.publisher = _as_written(first, " ".join(line for _, _, line in lines[2:]))
    elif (first.isupper() and 2 <= len(words) <= 10 and _is_heading(first) and not date_line(first)
          and heading(second) and not second.isupper()):
        top.furniture[0], top.publisher, top.title = "letterhead (publisher)", _name_case(first), 1
    elif (len((named := glossed.group("name") if (glossed := _ACRONYM.fullmatch(first)) else first).split()) <= 5
          and _publisher_name(named) and not first.isupper() and 0 not in heads
          and not date_line(first)
          and (date_line(second) or (heading(second) and len(second.split()) > len(named.split())))):
        # "Harbour Users' Group" or "Coaches and Instructors Association (CIA)" alone over the headline or the date
        words = named.split()
        content = content_words(named)
        shared = sum(1 for w in content if vocabulary.get(w, 0) > 1)
        if _ORG_WORD.search(named) or not content or shared / len(content) <= 0.5:
            top.furniture[0], top.publisher, top.outlet = "masthead (publisher, byline or date)", first, True
            top.title = next((i for i, line in header[1:] if not date_line(_plain(line)) and byline(line) is None
                              and i not in heads), 1)
    labelled = _GENRE_LINE.fullmatch(first) if len(words) <= 3 and not top.furniture else None
    if labelled and _ANALYSIS_GENRE.search(labelled.group("genre")) and not _issuer_name(
            labelled.group("name"), " ".join(other for _, _, other in lines[1:])):
        # "Market commentary", "Strategy note" over the piece: a label saying what it is, no name.
        top.furniture[0], top.kind = "section label (the kind of piece)", "analysis"
    for index, line in header[top.title + 1:top.title + 3]:
        genre = _GENRE_LINE.fullmatch(_plain(line))
        if genre and not top.publisher and index not in heads:
            top.furniture[index] = "masthead (publisher, byline or date)"
            top.kind = top.kind or genre_kind(genre.group("genre"))
            if _issuer_name(genre.group("name"), " ".join(other for i, (_, _, other) in enumerate(lines) if i != index)):
                top.publisher = genre.group("name")
    _read_header(top, header, heads)
    if top.kind == "statement" and not top.publisher and top.title < len(lines):
        top.publisher = _headline_issuer(_plain(lines[top.title][2]))  # "Colitis Patients Alliance responds to ..."
    return top


_CAPS_MASTHEAD = re.compile(r"(?P<name>[A-Z][A-Z&'’.]*(?:[ ][A-Z][A-Z&'’.]*){1,5})"
                            r"(?:[ ]?[-–—|:][ ]?(?P<section>[A-Z][A-Z-]+))?")
"""A paper's masthead in capitals, perhaps with the section the piece runs in ("BRENMOUTH EVENING POST - OPINION")."""
_CAPS_GENRE_HEAD = re.compile(r"(?P<genre>[A-Z]+(?:[ ][A-Z]+){0,2}?)(?:[ ](?:TO|FOR)[ ][A-Z]+(?:[ ][A-Z]+)?)?"
                              r"[ ]?(?:[-–—:]|[ ][-–—][ ])[ ]?(?P<matter>[A-Z0-9][^a-z]{2,})")
"""A notice's heading in capitals that opens on its kind, perhaps with whom it is for ("REGULATORY ANNOUNCEMENT -
RESULT OF AGM: CORRECTION", "NOTICE TO BOATERS - LOCK 14 CLOSED")."""


def _as_written(caps: str, text: str) -> str:
    """An all-capitals name as the text writes it elsewhere ("HALVARD COATINGS PLC" -> "Halvard Coatings plc"),
    else in the case names take (`_name_case`)."""
    found = re.search(r"(?<![\w])" + r"\s+".join(re.escape(word) for word in caps.split()) + r"(?![\w])", text,
                      re.IGNORECASE)
    written = " ".join(found.group(0).split()) if found else ""
    return written if written and not written.isupper() and written[:1].isupper() else _name_case(caps)


_JUDGING_WE = re.compile(
    r"\b(?:we|We)(?:[ ](?:would|still|now|also|currently|do[ ]not|don['’]t))?[ ]"
    r"(?:think|expect|estimate|believe|reckon|calculate|assume|forecast|doubt|see[ ](?:little|no|some|a)|note)\b"
    r"|\b(?:our|Our)[ ](?:analysis|estimates?|view|survey|model|base[ ]case|forecasts?|calculations?|numbers|sums|reading)\b")
"""The piece's own voice judging ("we think", "we would expect", "our estimate", "our survey found"): an
analyst's, never a reporter's, who gives judgements to the people quoted."""


def outlet_headline(title: str) -> tuple[str, str] | None:
    """(outlet, headline) of a headline that opens on its outlet's name ("Harbour Freight Monitor —
    Quay closure: what it means for rates"), or None: the name is an outlet's (a publication's noun at
    its end: Monitor, Review, Weekly, ...) and the rest is a headline of three words or more."""
    name, dash, rest = re.sub(r"^#{1,6}\s+", "", title).partition(" — ")
    if not dash:
        name, dash, rest = title.partition(" – ")
    name, rest = name.strip(), rest.strip()
    words = name.split()
    if not dash or len(rest.split()) < 3 or not _publisher_name(name) or date_line(name) \
            or not (_ORG_WORD.fullmatch(words[-1]) or _OUTLET_WORD.fullmatch(words[-1])):
        return None
    return name, rest


def _analyst_voice(prose: list[str]) -> str:
    """"analysis" when the text judges in its own first person plural twice or more, outside
    quotation marks ("We expect bidding to clear ...", "our analysis suggests"), else ""."""
    said = " ".join(_QUOTED.sub(" ", " ".join(para.split())) for para in prose)  # (`_QUOTED`: wire ``...'' too)
    return "analysis" if len(_JUDGING_WE.findall(said)) >= 2 else ""


def _columnist(text: str, removed: list[Removed]) -> str:
    """"opinion" when the byline names its writer a columnist ("By Rowan Pettifer, Columnist"): a column."""
    signed = any(r.reason == "byline" and re.search(r"\b[Cc]olumnist\b", text[r.start:r.end]) for r in removed)
    return "opinion" if signed else ""


def _cased(caps: str, text: str) -> str:
    """A heading in capitals as a title ("REGULATORY ANNOUNCEMENT - RESULT OF AGM: CORRECTION" ->
    "Regulatory Announcement - Result of AGM: Correction"): each word as *text* (what follows) writes
    it, else capitalised; a short word the text never writes stays in capitals (an acronym)."""
    out: list[str] = []
    for word in caps.split():
        core = word.strip(":;,.-–—()'\"")
        if not core.isalpha():
            out.append(word)
            continue
        seen = re.search(rf"(?<!\w){re.escape(core)}(?!\w)", text, re.IGNORECASE)
        lower = core.lower()
        if out and lower in _SMALL_WORDS:
            shown = lower
        elif seen and seen.group(0).isupper():
            shown = seen.group(0)
        elif not seen and len(core) <= 4:
            shown = core
        else:
            shown = core.capitalize()
        out.append(word.replace(core, shown, 1))
    return " ".join(out)


def _genre_slug(line: str, lines: list[tuple[int, int, str]]) -> str | None:
    """The kind a slug of genre words in capitals names over a headline ("SECTOR NOTE", "EQUITY RESEARCH",
    "RATING ACTION COMMENTARY" analysis), or None: a phrase of two to four words headed by a genre noun, which
    the text never writes as a name ("HALDEN RESEARCH" over a note that says "Halden Research expects" is
    the firm's letterhead)."""
    slug = re.sub(r"^#{1,6}\s+", "", line).strip(" :")
    if not slug.isupper() or not 2 <= len(slug.split()) <= 4 or (kind := _genre(slug)) is None or not kind:
        return None
    named = _name_case(slug)
    if any(named in other for _, _, other in lines[1:]):
        return None
    return kind


_HEADLINE_ISSUER = re.compile(r"(?P<name>[A-Z][\w&'’.-]*(?:[ ](?:[A-Z][\w&'’.-]*|&|of|and|for|the)){1,7})"
                              r"(?:[ ]\([A-Z]{2,8}\))?[ ](?P<verb>[a-z]+s)\b")
"""A statement's headline that opens on who issues it, then its verb in the present ("Colitis Patients
Alliance responds to AURORA-2 results", "Harbour Users' Group welcomes ...")."""


def _headline_issuer(headline_text: str) -> str:
    """The organisation a statement's headline names as its subject ("Colitis Patients Alliance
    responds to ..." -> "Colitis Patients Alliance"), by form: capitalised words ending in an
    organisation's noun, then a verb in the present tense. "" for any other headline ("Council
    decision threatens jobs": "Council decision" is no name)."""
    match = _HEADLINE_ISSUER.match(headline_text)
    if match is None or not _organisation(match.group("name")):
        return ""
    return match.group("name")


_STATEMENT_FROM = re.compile(r"(?i:(?:joint[ ])?(?:statement|(?:press|news|media)[ ]release)[ ](?:from|by|of)[ ]"
                             r"(?:the[ ])?)(?P<name>[A-Z][\w&'’.-]*(?:[ ][\w&'’.()-]+){0,9})")
"""A letterhead naming the kind and its issuer in one line ("STATEMENT FROM THE TELECOMMUNICATIONS
WORKERS' UNION (STT)", "Joint statement by the Harbour Board and the City of Vell")."""


_STATEMENT_ON = re.compile(r"(?i:statement|(?:press|news|media)[ ]release)[ ]?[:—–-][ ]?(?P<name>[A-Z][\w&'’.-]*"
                           r"(?:[ ](?:[A-Z][\w&'’.-]*|&|of|and|for|the|\d{1,5})){0,7})[ ](?:on|about|regarding|in[ ]response[ ]to)[ ]")
"""A statement's headline naming its issuer after the label, then its matter ("Statement: Island Business
Forum on Isle Ferries", "Statement: UFPW Local 812 on the class action": a branch's number is part of its name)."""


_NAMED_STATEMENT = re.compile(r"(?P<name>[A-Z][\w&'’.-]*(?:[ ](?:[A-Z][\w&'’.-]*|&|of|and|for|the)){1,7}|[A-Z]{2,8})"
                              r"(?:[ ]?[:—–-][ ]?|[ ])(?i:statement|(?:press|news|media)[ ](?:release|statement))"
                              r"(?:[ ](?:on|about|regarding|in[ ]response[ ]to)[ ]|[ ]?[:—–-][ ]?)\S")
"""A statement's headline that opens on its issuer's name, then the label and its matter ("Harbour Authority
statement on the ferry licence", "Residents' Action Group — statement on the appeal", "CCWU press statement:
'Switch it off'": an acronym's capitals name a body)."""
_STATEMENT_BY = re.compile(r"(?i:statement|(?:press|news|media)[ ](?:release|statement))[ ]?[:—–-][ ]?(?P<name>[A-Z][\w&'’.-]*"
                           r"(?:[ ](?:[A-Z][\w&'’.-]*|&|of|and|for|the|\d{1,5})){0,7})")
"""A statement's headline that is the label and its issuer's name, nothing more ("Statement: Harrowmere Tenants'
Federation")."""


def _statement_issuer(title: str) -> str:
    """The organisation a statement's headline names as its issuer ("Statement from the Landing Users'
    Association", "Statement: Island Business Forum on Isle Ferries", "Harbour Users' Group — statement
    on ..."), or ""."""
    found = (_STATEMENT_FROM.fullmatch(title) or _STATEMENT_ON.match(title) or _NAMED_STATEMENT.match(title)
             or _STATEMENT_BY.fullmatch(title))
    name = found.group("name") if found else ""
    if found and found.re is _NAMED_STATEMENT and re.fullmatch(r"[A-Z]{2,8}", name):
        return name  # "CCWU press statement: ...": the body its acronym names
    words = name.split()
    # "Statement from the Lowtown and Mill Row Flood Action Group": a long name, told an organisation by its end
    long_name = 6 < len(words) <= 10 and _PUBLISHER_NAME.fullmatch(name) is not None and words[-3][:1].isupper() \
        and _organisation(" ".join(words[-3:]))
    return name if name and (_organisation(name) or long_name) else ""


def _letterhead(line: str) -> str:
    """The organisation a letterhead line over a press release names, its place after a comma left
    out ("Ministry of Fisheries, Torshavn" -> "Ministry of Fisheries"), or ""."""
    name, _, place = line.partition(", ")
    if place and not re.fullmatch(r"[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2}", place):
        return ""
    if date_line(line) or len(name.split()) < 2:
        return ""
    # "FOREST AND MILL WORKERS UNION — ASHGROVE BRANCH": the body, then its branch or office
    parts = re.split(r"[ ][—–][ ]", name)
    if len(parts) > 2 or not all(_publisher_name(part) for part in parts):
        return ""
    return " — ".join(_name_case(part) if part.isupper() else part for part in parts)


def _byline_genre(line: str) -> str:
    """The genre a byline opens on ("Analysis" of "Analysis by Dr. Rui Pimentel, volcanologist"), or "". Such a
    signed line is read as a header line (kind and writer), not left to the wire reading."""
    found = _BYLINE.match(_plain(line))
    return found.group("genre") or "" if found is not None else ""


def _read_header(top: _Top, header: list[tuple[int, str]], heads: dict[int, Masthead]) -> None:
    """The header lines no other reading took, read part by part (header_line): a genre label
    ("Equity research note, Marlow & Finch", "Analysis by Dr. Rui Pimentel, volcanologist")
    gives the kind, an organisation the issuer, a person the author. A line with only a person
    (and a role) counts when a genre label is in the header too, or when its role names the
    organisation ("Hanna Vetter, senior fellow at the Basin Policy Institute"); bylines ("By
    ...") are left to the wire reading."""
    read = {i: found for i, line in header
            if i not in top.furniture and i not in heads and (byline(line) is None or _byline_genre(line))
            and (found := header_line(line)) is not None}
    labelled = any(found.genre for found in read.values())
    taken = [i for i, found in read.items() if found.genre or labelled or found.issuer or found.signed]
    # "By Ali Demir, spokesman of the Tenants' Union" / "Hamburger Rundschau, 10 November 2026": under a line
    # naming the writer, a line of only another name and a date names the outlet that ran the piece; the
    # organisation in the writer's role is whom the writer speaks for, not the publisher.
    writers = {found.author for i in taken for found in (read[i],) if found.author}
    for i, line in header:
        outlet = re.fullmatch(r"(?P<name>[^,]+),[ ](?P<date>.+)", _plain(line))
        found = read.get(i)
        named = found is not None and not found.genre and outlet is not None and outlet.group("name") in {
            found.author, found.issuer} and not (found.author and found.issuer) and found.author not in writers
        if (outlet and i not in top.furniture and i not in heads and date_line(outlet.group("date"))
                and (named or (found is None and _organisation(outlet.group("name"))))
                and writers and any(j < i for j in taken)):
            top.furniture[i] = "masthead (publisher, byline or date)"
            top.publisher = top.publisher or outlet.group("name")
            break
    lines_of = dict(header)
    for i, line in header:
        if i not in top.furniture and i not in heads and (signed := _byline_with_outlet(line)) is not None:
            # "By Prof. Chiara Lombardi, professor ..., Bocconi University. Published on LaVoce Economia, 20 October
            # 2026.": the byline and the line naming the outlet, written as two sentences of one line
            top.furniture[i] = "byline"
            top.author = top.author or signed[0]
            top.publisher = top.publisher or signed[1]
            top.kind = top.kind or signed[2]
            break
    if not top.publisher and (outlet_line := _outlet_under_byline(header, top, heads)) is not None:
        top.furniture[outlet_line[0]] = "masthead (publisher, byline or date)"
        top.publisher = outlet_line[1]
        by = _BYLINE.match(_plain(lines_of[outlet_line[0] - 1]))
        writer = _person(re.split(r",\s+|\s+[—–-]\s+", by.group("rest"))[0]) if by else ""
        if writer:  # "By Mark Hollis, a former secondary school principal": the writer, with a role no byline reads
            top.furniture[outlet_line[0] - 1] = "byline"
            top.author = top.author or writer
            if by is not None and by.group("genre"):  # "Analysis by Dr Elena Castro, ...": what the piece is
                top.kind = top.kind or _genre(by.group("genre")) or ""
    for i, line in header:
        if i in heads and not top.kind and (masthead := header_line(line)) is not None and masthead.genre:
            top.kind = masthead.kind  # "Kvarner Securities | Equity Research | 10 November 2026": what the piece is
    if not taken:
        return
    for i in taken:
        found = read[i]
        top.furniture[i] = "section label (the kind of piece)" if found.genre and not (
            found.issuer or found.author) else "byline" if found.signed and not found.issuer else \
            "masthead (publisher, byline or date)"
        top.kind = top.kind or found.kind
        top.publisher = top.publisher or found.issuer
        top.author = top.author or found.author
    if top.title in taken:
        top.title = next((i for i, line in header if i not in top.furniture and i not in heads
                          and not date_line(_plain(line)) and byline(line) is None), top.title)


_OUTLET_LINE = re.compile(r"(?:(?:[Pp]ublished|[Ff]irst published|[Oo]riginally published)[ ](?:by|in|on)[ ](?:the[ ])?)?"
                          r"(?P<name>[^,|]+?)(?:[ ]*[,|][ ]*(?P<date>[^,|].*))?")
"""A line naming the outlet that ran a signed piece, with or without its date: "The Dominion Review, 20
November 2026", "Published by the Vientiane Economic Review, 21 November 2026", "First published in The
Harbour Times"."""


def _outlet_under_byline(header: list[tuple[int, str]], top: _Top, heads: dict[int, Masthead]) -> tuple[int, str] | None:
    """(line index, outlet) for the header line right under a byline ("By Mark Hollis, a former principal")
    that names only an outlet and perhaps a date ("The Dominion Review, 20 November 2026", "Published by the
    Ostfold Courier, 20 November 2026"): the writer's piece ran there, whatever the byline's role names.
    None when no such line is there, or it names a person or could be prose."""
    for (i, line), (j, below) in zip(header, header[1:], strict=False):
        # a masthead line that names only a paper and its day ("The Skerra Ledger, 4 December 2026") is the
        # outlet line this looks for; one that names a writer is a byline of its own
        if j != i + 1 or _BYLINE.match(_plain(line)) is None or j in heads and heads[j].author or j in top.furniture:
            continue
        found = _OUTLET_LINE.fullmatch(_plain(below).rstrip("."))
        if found is None:
            return None
        name, when = found.group("name").strip(), found.group("date")
        said = _plain(below).lower().startswith(("published", "first published", "originally published"))
        if when is not None and not date_line(when.strip()):
            return None
        if (when is None and not said) or not _publisher_name(name) or _person(name) and not _organisation(name) \
                and not said:  # "Published on LaVoce Economia, ...": what ran it, though it reads like a name
            return None
        return j, name
    return None


def _byline_with_outlet(line: str) -> tuple[str, str, str] | None:
    """(writer, outlet, kind) of a header line whose first sentence is a byline and whose last names the outlet
    that ran the piece, with or without its date ("By Prof. Chiara Lombardi, professor of competition economics,
    Bocconi University. Published on LaVoce Economia, 20 October 2026."); None otherwise. The organisation in
    the byline is whom the writer works for, not the publisher."""
    sentences = [p.strip() for p in _DOTTED_PART.split(_plain(line).rstrip("."))]
    if len(sentences) != 2 or len(line.split()) > 40:
        return None
    by = _BYLINE.match(sentences[0])
    writer = _person(re.split(r",\s+|\s+[—–-]\s+", by.group("rest"))[0]) if by else ""
    found = _OUTLET_LINE.fullmatch(sentences[1])
    if not writer or by is None or found is None:
        return None
    name, when = found.group("name").strip(), found.group("date")
    said = sentences[1].lower().startswith(("published", "first published", "originally published"))
    if when is not None and not date_line(when.strip()) or not _publisher_name(name) or date_line(name):
        return None
    if not said and (when is None or not _organisation(name)):
        return None  # "By Jo Bain, economist. Mark Hollis, 3 May": only a line that says it ran the piece, or an outlet
    return writer, name, (_genre(by.group("genre")) or "") if by.group("genre") else ""


_GENRE_HEAD = (_GENRE_WORDS + r"|notes|analysis|comment|opinion|column|editorial|op-ed|insight|viewpoint|"
               r"perspective")
_GENRE_PHRASE = re.compile(r"(?:[A-Za-z][a-z-]*[ ]){0,3}(?:" + _GENRE_HEAD + r")", re.IGNORECASE)
"""A noun phrase naming the kind of piece, headed by a genre noun ("Equity research note",
"Analysis", "Weekly market commentary", "Op-ed"); its words after the first in one case."""
_GENRE_BY = re.compile(r"(?P<genre>.+?),?[ ]+by:?[ ]+(?P<name>\S.*)", re.IGNORECASE)
_TITLE_WORD = re.compile(r"^(?:Rev|Revd|Dr|Prof|Mr|Mrs|Ms|Mx)\.?[ ]+")
_HEADER_ROLE = re.compile(r"(?:[a-z][a-z-]*[ ]){0,3}[a-z][a-z-]+"
                          r"(?:[ ](?:at|of|with|for)[ ](?:the[ ])?(?P<org>[A-Z].*)|[ ]in[ ](?P<place>[A-Z].*))?")
"""A person's role after their name, in lower case ("volcanologist", "senior analyst at
Holm & Dahl", "senior fellow at the Basin Policy Institute", "family doctor in San Lino");
the organisation after "at", "of", "with" or "for" (a place after "in" names no issuer)."""
_WRITER_WORDS = {"guest", "reader", "editor", "editorial", "personal", "opinion", "letter"}
"""Words before "comment" that say who writes it (a guest's, a reader's, the editor's): an opinion, not a desk's comment."""
_OPINION_HEADS = {"opinion", "column", "editorial", "op-ed", "comment", "viewpoint", "perspective"}


@dataclass
class HeaderLine:
    """What a header line says when each of its parts is a genre label, an organisation, a
    person (with a role), or a date: the kind of piece, who issued it, who wrote it."""

    kind: str = ""
    issuer: str = ""
    author: str = ""
    genre: bool = False
    signed: bool = False
    """True when the writer is named under a label ("Lead analyst: Ana Ruiz, Transport"): a byline in itself."""


def _genre(part: str) -> str | None:
    """The kind a genre noun phrase names ("Equity research note" analysis, "Column"
    opinion, "Market commentary" analysis), "" for a genre of no known kind, None when *part*
    is no genre phrase. Its words after the first share one case (a label, not a name)."""
    if not _GENRE_PHRASE.fullmatch(part) or len(part.split()) > 4:
        return None
    rest = part.split()[1:]
    if rest and not (all(w.islower() for w in rest) or all(w[:1].isupper() for w in part.split())):
        return None
    head = part.split()[-1].lower()
    if len(part.split()) == 1 and head in SECTION_KINDS:
        return SECTION_KINDS[head]
    if head == "comment" and len(part.split()) > 1 and part.split()[-2].lower().strip("'’s") not in _WRITER_WORDS:
        return "analysis"  # "Credit comment", "Market comment": a desk's comment on its subject, not a signed view
    if head in _OPINION_HEADS:
        return "opinion"
    return genre_kind(part) or ("analysis" if head in {"analysis", "insight"} else "")


_DESK_GENRE = re.compile(r"[A-Z][a-z]+(?:[ ](?:&|and|[A-Z][a-z]+)){0,4}[ ](?P<genre>(?:research[ ])?(?:note|"
                         r"commentary|briefing|update|preview|report))")
"""A desk's or a sector's name in capitals over a genre noun in lower case ("Energy & Utilities note",
"Metals and Mining research note"): a label of the piece, not a name."""


_DESK = re.compile(r"(?:[A-Z][\w'’-]*(?:[ ](?:&|and|[A-Z][\w'’-]*)){0,3}|[A-Za-z][a-z-]*(?:[ ][a-z][a-z-]*){0,2})[ ]desk")
"""The desk of a paper that wrote a piece ("Harbours & Piers desk", "Markets desk", "foreign news desk")."""


def _desk_genre(part: str) -> str:
    """The kind a desk's label names ("Energy & Utilities note" analysis), or "" when *part* is none."""
    found = _DESK_GENRE.fullmatch(part)
    return genre_kind(found.group("genre")) if found and _genre(part) is None else ""


_INSTITUTION_OF = re.compile(r"(?:[A-Z][\w'’-]+[ ]){0,2}(?:University|College|School|Academy|Office|Court|Tribunal|"
                             r"Department|Bureau|Agency|Unit|Institute|Centre|Center|Council|Ministry|Commission)"
                             r"[ ](?:of|for)[ ](?:the[ ])?[A-Z][\w'’-]+(?:[ ](?:[A-Z][\w'’-]+|and|of|&))*")
"""An institution named by its kind and whose or what it is ("University of Bayreuth", "Court of Auditors")."""


_NAMED_GENRE = re.compile(r"(?P<org>[A-Z][\w&'’.-]*(?:[ ](?:&|[A-Z][\w&'’.-]*))*)[ ](?P<genre>[a-z][a-z-]*(?:[ ][a-z][a-z-]*){0,3})")
"""An organisation's name in capitals over a genre phrase in lower case ("Northfield Securities equity research",
"Halden Bank credit note"): who issued the piece and its kind, in one part."""


def _named_genre(part: str) -> tuple[str, str] | None:
    """The issuer and the kind of a part that names a firm and then its genre in lower case, or None."""
    found = _NAMED_GENRE.fullmatch(part)
    if not found:
        return None
    org = found.group("org")
    if org.lower() in ("press", "news", "media"):
        kind = _genre(found.group("genre"))  # "Press statement", "News release": the genre's own words, no issuer
        return None if kind is None else ("", kind)
    # "Packaging Insight analysis": capitalised words before a genre in lower case; whose they are is
    # known only when they read as an organisation's name (two capitalised words may be a person's)
    if not _organisation(org) and not (len(org.split()) >= 2 and _publisher_name(org) and not org.isupper()):
        return None
    kind = _genre(found.group("genre"))
    return None if kind is None else (org if _organisation(org) else "", kind)


_NUMBERED_BRANCH = re.compile(r"[ ](?:Local|Lodge|Branch|Chapter|District)[ ]\d{1,5}$")
"""The numbered branch of a union or society a name ends on ("... Local 812", "... Lodge 1943")."""


def _organisation(part: str) -> bool:
    """True for a part that names an organisation by its form: capitalised words with "&",
    a corporate suffix or an organisation's noun, or several capitalised words that are no
    person's name."""
    if not _publisher_name(part) or date_line(part):
        return False
    if "&" in part or re.search(r"[ ](?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|GmbH|AG|SA|NV|BV|Corp|Group|Partners|"
                                r"Capital|Securities|Institute|Foundation|Centre|Center|Council|Bank|Research|"
                                r"Associates|Advisors|Advisers|Markets|Alliance|Union|Association|Federation|"
                                r"Society|Coalition|Trust|Fund|Commission|Authority|Ministry|Board|Committee|Office|Unit|School|"
                                r"University|Court|Tribunal|Department|Bureau|Agency)\.?$",
                                part):
        return True
    if _INSTITUTION_OF.fullmatch(part):
        return True  # "University of Bayreuth", "Court of Auditors": an institution and whose it is
    if _NUMBERED_BRANCH.search(part) and len(part.split()) >= 3:
        return True  # "UFPW Local 812", "Machinists Lodge 1943": a union's numbered branch
    return bool(_ORG_WORD.search(part) or _OUTLET_WORD.search(part))


def _person(part: str) -> str:
    """The person's name *part* gives ("Dr. Rui Pimentel" -> "Rui Pimentel"), or ""."""
    name = _TITLE_WORD.sub("", part)
    if any(len(word) >= 2 and word.isalpha() and word.isupper() for word in name.split()):
        return ""  # "UK General Retail": a word in capitals (an acronym) is no part of a person's name
    return name if _person_name(name) and not _organisation(name) else ""


def header_line(line: str) -> HeaderLine | None:
    """Read a short header line part by part, in any order: "Equity research note, Marlow &
    Finch", "Analysis by Dr. Rui Pimentel, volcanologist", "Commentary | Basin Policy
    Institute", "Hanna Vetter, senior fellow at the Basin Policy Institute", "Column". None when
    any part is something else (a line of prose, a headline), or the line ends a sentence."""
    line = _plain(line)
    if (dotted := _dotted_parts(line)) is not None:
        return header_line(dotted)  # "Analysis. Harbour Gazette, 3 March 2026. By Tom Reyes."
    if (whole := byline(line)) is not None and whole[0]:
        # "Analysis by Dr Elena Castro, marine ecologist, University of Vigo": the writer, and the kind of piece
        kind = _genre(genre) if (genre := _byline_genre(line)) else None
        ran = _set_off_outlet([re.split(r",\s+", chunk.strip()) for chunk in re.split(r"\s+[—–]\s+|\s*[|·•]\s*", line)])
        return HeaderLine(author=whole[0], issuer=ran[1] if ran else whole[1], kind=kind or "", genre=kind is not None)
    # A line of parts set apart by bars or dots may be longer than a byline: each part is read.
    if not line or len(line.split()) > (28 if re.search(r"\s[|·•]\s", line) else 16) \
            or re.search(r"[.!?;:]$", line) and not re.search(r"\b[A-Z]\.$", line):
        return None
    found = HeaderLine()
    bare = ""  # a person's name with no role after it
    unmarked = False  # an issuer known only by its capitals
    loose = False  # a one-word label beside the others ("Airlines", a desk or a sector)
    roled = False  # the part before was a person's role ("senior fellow at the X")
    fielded = False  # a labelled field ("Rating: HOLD") beside the other parts
    if byline(line) is not None:
        return None  # a byline naming no one
    signed_by = (_LABELLED_BY.match(line) is not None and not line.lower().startswith("by")
                 or re.search(r"[ ][|·•][ ]+(?:[A-Z][a-z]+[ ])?(?:[Aa]nalyst|[Aa]uthor|[Ww]riter)s?:", line) is not None)
    # "Analysts: Tomas Green, Utilities; Priya Shah, Public Finance": labelled writers, each with a desk
    # A date with commas ("Monday, May 4, 2026") is one part; an outlet and a date ("Harbour Gazette, 3 March
    # 2026") two.
    chunks = re.split(r"\s*[|·•]\s*|\s+[—–-]\s+" + (r"|;\s+" if signed_by else ""), line)
    split = [[_bare_part(p.strip()) for p in ([chunk] if date_line(chunk.strip())
                                               and (chunk.split(",")[0].strip().lower() in WEEKDAYS
                                                    or re.search(r"\d", chunk.split(",")[0]))
                                               else re.split(r",\s+", chunk)) if p.strip()] for chunk in chunks]
    parts = [part for chunk_parts in split for part in chunk_parts]
    outlet = _set_off_outlet(split) if _BYLINE.match(line) else None
    # "For immediate release — Porthallow, 8 March 2026": after a release's label, a name before the date is
    # where it was issued, not who issued it
    released = {n + 1 for n, part in enumerate(parts[:-1])
                if _RELEASE_LABEL.fullmatch(part) and date_line(parts[n + 2] if n + 2 < len(parts) else "")}
    named = False  # the part before named the person who wrote it
    labels = [part for part in parts if _genre(part) is not None or _desk_genre(part)]
    for number, part in enumerate(parts):
        if number in released:
            continue
        if outlet is not None and number == outlet[0]:
            found.issuer, roled, named = part, False, False
            continue
        after_role, roled = roled, False
        after_name, named = named, False
        if after_role and re.fullmatch(r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?", part) and not _person(part) \
                and (found.issuer or not _organisation(part)):
            continue  # "senior fellow at the Institute for Rural Policy, Sofia": where the role is held
        signed = _GENRE_BY.fullmatch(part)
        if len(labels) > 1 and part in labels and not part.split()[-1].islower() and _organisation(part) \
                and not found.issuer:
            # "Rabo Research | Energy & Utilities note": beside a label in lower case, a name in capitals whose
            # last word is also a genre's is the firm that issued it
            found.issuer = part
        elif desk := _desk_genre(part):
            found.kind, found.genre = found.kind or desk, True  # "Energy & Utilities note": a desk's label
        elif named_genre := _named_genre(part):
            # "Northfield Securities equity research": the firm that issued it and the kind of piece
            found.issuer, found.kind, found.genre = found.issuer or named_genre[0], found.kind or named_genre[1], True
        elif signed and (kind := _genre(signed.group("genre"))) is not None and (name := _person(signed.group("name"))):
            found.kind, found.genre, found.author = found.kind or kind, True, found.author or name
        elif (by := byline("By " + part[labelled.end():]) if (labelled := _LABELLED_BY.match(part))
              else None) is not None and by[0]:
            if bare and found.author == bare and not found.issuer:
                # "Ellery Today — Opinion. ... By Nora Vashti": a name before the byline is the outlet's
                found.issuer, found.author, bare = bare, "", ""
            found.author, found.issuer = found.author or by[0], found.issuer or by[1]
            named = not by[1]
        elif after_name and _TITLED_ROLE.fullmatch(part) and not _organisation(part):
            roled = True  # "Dr. Miriam Okafor, Head of Real Estate Economics": a role in title case
        elif after_name and _TITLED_POST.match(part):
            bare, roled = "", True  # "Tom Berg, Senior Analyst": a post, so the name is the writer's
        elif signed_by and after_name and re.fullmatch(r"[A-Z][a-z]+(?:[ ](?:&|and|[A-Z][a-z]+))*", part) \
                and not _organisation(part.replace("&", "and")) and not _person(part):
            roled = True  # "Lead analyst: Ana Ruiz, Transport": the labelled writer's desk or sector
        elif signed_by and found.author and (co_author := _person(part)):
            named = bool(co_author)  # "...; Priya Shah, Public Finance": a second labelled writer
        elif after_role and not found.issuer and _publisher_name(part) and not date_line(part) \
                and not part.isupper() and len(part.split()) <= 5:
            # "Razia Khan, Chief Economist Africa & Middle East, Standard Chartered": after the writer's role, the
            # name where the role is held, though it reads like a person's
            found.issuer = part
        elif after_name and _POST_NOMINAL.fullmatch(part):
            named = True  # "Analyst: Rebecca Lindqvist, PhD": letters after the name are part of it
        elif (kind := _genre(part)) is not None and after_name and len(part.split()) >= 3 and _organisation(part):
            # "Analyst: Helena Marques, Tagus Equity Research": the firm after the writer's name, its last
            # word a genre's ("Equity Research" alone is a label)
            found.issuer, found.kind, found.genre = found.issuer or part, found.kind or kind, True
        elif (kind := _genre(part)) is not None:
            found.kind, found.genre = found.kind or kind, True
        elif _DESK.fullmatch(part):
            found.genre = True  # "Harbours & Piers desk", "Markets desk": the desk that wrote it, a label of no kind
        elif date_line(part):
            continue
        elif _organisation(part):
            found.issuer = found.issuer or part
        elif name := _person(part):
            if found.author or bare:
                return None
            found.author, bare, named = name, part, True
        elif not found.issuer and not bare and _publisher_name(part) and not part.isupper():
            found.issuer, unmarked = part, True  # a capitalised name: an issuer only beside a genre label
        elif found.author and (role := _HEADER_ROLE.fullmatch(part)):
            bare, roled = "", True
            org = role.group("org") or ""
            if _PAST_ROLE.match(part):
                continue  # "former deputy director of the X": the writer no longer speaks for X, nor does X publish
            if org and _publisher_name(org) and not date_line(org):  # a capitalised name where a role says who employs
                found.issuer = found.issuer or org
            elif org or (role.group("place") and not _publisher_name(role.group("place"))):
                return None
        elif re.fullmatch(r"[A-Z][a-z]+|[A-Z][\w-]*(?:[ ](?:&|and|[A-Z][\w-]*)){1,3}", part) and not loose:
            # "Kvarner Securities | Equity Research | Airlines" (or "| UK General Retail"): a sector's label,
            # only beside a genre label
            loose = True
        elif len(parts) > 1 and _FIELD.fullmatch(part):
            fielded = True  # "Analyst: Ana Ruiz | Rating: HOLD | Target price: 455p": fields beside the writer
        else:
            return None
    if (unmarked or loose or fielded) and not (found.genre or found.author):
        return None
    if (unmarked or loose) and not found.genre:
        return None
    if bare and found.genre and found.kind != "opinion" and not found.issuer and bare == found.author:
        # "Public health briefing | Orla Health Analytics": a name with no role beside a report's or
        # a note's label is who issued it; beside an opinion label ("Column | Jo Bain") who wrote it.
        found.issuer, found.author = bare, ""
    found.signed = signed_by and bool(found.author)
    if found.signed and re.search(r"(?i)\banalysts?:", line):
        found.kind = found.kind or "analysis"  # "Analyst: Joan Pike, CFA": an analyst's note
    return found if found.genre or found.author else None


def _set_off_outlet(chunks: list[list[str]]) -> tuple[int, str] | None:
    """(part number, outlet) of a byline's set-off chunk that names only an outlet and its day ("By Rev. Jo Bain,
    chair of the Interfaith Forum — Vellmouth Gazette, 18 January 2026"): where the piece ran, whoever the
    writer works for. *chunks* are the line's parts, chunk by chunk; None when no such chunk follows the first."""
    number = len(chunks[0]) if chunks else 0
    for chunk in chunks[1:]:
        if len(chunk) == 2 and date_line(chunk[1]) and _publisher_name(chunk[0]) and not date_line(chunk[0]) \
                and not (_person(chunk[0]) and not _organisation(chunk[0])):
            return number, chunk[0]
        number += len(chunk)
    return None


_PAST_ROLE = re.compile(r"(?:an?[ ]|the[ ])?(?:former|ex-|retired|one-time|onetime|erstwhile)[ -]?", re.IGNORECASE)
"""A role the person no longer holds ("former deputy director of the X", "a retired judge at the Y"): the
organisation in it is not whom the piece speaks for."""
_TITLED_ROLE = re.compile(r"(?:[A-Z][a-z]+[ ]){1,2}(?:of|for)[ ](?:the[ ])?[A-Z][a-z]+(?:[ ](?:[A-Z][a-z]+|and|&))*")
"""A person's role in title case, a post and what it heads ("Head of Real Estate Economics", "Director for
Research")."""
_TITLED_POST = re.compile(r"(?:(?:Chief|Senior|Lead|Principal|Managing|Deputy|Executive|Associate|Assistant|Global|"
                          r"Regional|Head)[ ])*(?:[A-Z][a-z]+[ ]){0,2}(?:Economist|Analyst|Strategist|Director|Officer|Editor|Professor|"
                          r"Fellow|Researcher|Partner|Chair|President|Adviser|Advisor|Manager|Lecturer|Correspondent|Head)"
                          r"(?:[ ](?:[A-Z][\w'’-]*|&|and|of|for|the))*$")
"""A post in title case, headed by a job's noun, with what it covers ("Chief Economist Africa & Middle East", "Senior
Analyst", "Senior Transport Analyst", "Managing Director Europe"): who the writer is, not an organisation, though "&" is in it."""
_ISSUE_NUMBER = re.compile(r"[ ](?:(?:No|Nr|Vol|Issue)\.?[ ]?)?\d+(?:[/.-]\d+)*$")
"""A series number after a genre label ("Policy Note 2026/04", "Briefing Paper No. 12")."""
_ACRONYM = re.compile(r"(?P<name>.+?)[ ]\((?P<short>[^()]+)\)$")
"""A name with its short form or gloss in brackets ("Hanseatic Institute for Economic Research (HIER)")."""


_GENRE_DESK = re.compile(r"(?P<genre>[A-Z][\w-]*(?:[ ][\w-]+){0,3}):[ ](?:[A-Z][\w&'’-]*(?:[ ](?:&|and|[A-Z][\w&'’-]*)){0,3})")
"""A genre label with its desk or sector after a colon ("Equity Research: UK Chemicals")."""
_FIELD = re.compile(r"[A-Z][a-z]+(?:[ ][a-z]+){0,2}:[ ]+\S[^:]{0,40}")
"""A labelled field of a research note's header ("Rating: HOLD (unchanged)", "Target price: 455p"): neither
a name nor a genre, and no sign that the line is prose when the rest of it reads as a header."""


def _bare_part(part: str) -> str:
    """A header part without a series number after its genre label, or without the bracketed
    short form after an organisation's name: what the part names."""
    numbered = _ISSUE_NUMBER.search(part)
    if numbered and numbered.start() > 0 and _genre(part[:numbered.start()]) is not None:
        return part[:numbered.start()]
    desk = _GENRE_DESK.fullmatch(part)
    if desk and _genre(desk.group("genre")) is not None:
        return desk.group("genre")  # "Equity Research: UK Chemicals": the kind of piece, then its desk or sector
    short = _ACRONYM.fullmatch(part)
    if short and _organisation(short.group("name")):
        return short.group("name")
    return part


_POST_NOMINAL = re.compile(r"(?:Ph\.?[ ]?D|D\.?Phil|M\.?D|CFA|CPA|MBA|M\.?Sc|B\.?Sc|M\.?A|B\.?A|J\.?D|MPH|DrPH|FRCP|"
                           r"FRS|OBE|MBE|CBE|KC|QC|Esq)\.?")
"""Letters after a person's name: degrees, professional titles and honours ("PhD", "CFA", "OBE")."""
_LABELLED_BY = re.compile(r"(?i)(?:by:?|(?:(?-i:[A-Z][a-z]+)[ ](?:[a-z]+[ ])?)?(?:analyst|author|writer|written by|prepared by|compiled by|words)s?:)\s+")
"""Who wrote it, labelled at a header part's start: "By Tom Reyes", "Analyst: Ana Ruiz", "Written by: Jo
Bain" (matched, never searched: "by " inside "Kirby Smith" is part of the name)."""
_DOTTED_PART = re.compile(r"(?<![A-Z])(?<!\b(?:Dr|Mr|Ms|St|Jr|Sr|Co|No|Nr))(?<!\b(?:Mrs|Inc|Ltd|Rev|Vol))(?<!\bProf)"
                          r"\.\s+(?=[A-Z]|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b)")
"""A full stop between the parts of a header line (not after an initial, a title or a number's label: "Dr.
Ruiz", "No. 12"), before a capital or a date ("... Trade Institute. 12 November 2026.")."""


def _dotted_parts(line: str) -> str | None:
    """A header line written as short sentences ("Analysis. Harbour Gazette, 3 March 2026. By Tom
    Reyes."), its parts set apart by bars; None when the line is not so (prose has long sentences)."""
    if re.search(r"\b[A-Z]\.$", line):
        return None
    parts = [p.strip() for p in _DOTTED_PART.split(line[:-1] if line.endswith(".") else line)]
    if not line.endswith(".") and not (len(parts) > 1 and any(date_line(part) for part in parts)):
        return None  # "Research note — Razia Khan, ..., Standard Chartered. 13 November 2026": a date closes it
    if len(parts) < 2 or any(not p or len(p.split()) > 16 for p in parts):
        return None
    return " | ".join(parts)


def _issuer_name(name: str, text: str) -> bool:
    """True when *name*, before a document's genre words on a label line, names who issued it.
    A label in sentence case capitalises only its first word ("Market commentary", "Weekly
    market commentary", "Strategy note"): a name of one word counts only when *text* writes it
    capitalised within a sentence and never in lower case, as a proper name is written."""
    words = name.split()
    if len(words) > 1:
        return True
    word = re.escape(words[0])
    if re.search(rf"\b{word.lower()}\b", text):
        return False
    return bool(re.search(rf"(?<=[a-z,;] ){word}\b", text))


def _title(text: str, lines: list[tuple[int, int, str]], paras: list[tuple[int, int]],
           crumbs: tuple[str, str] | None, is_thread: bool, at: int = 0, headers: tuple[int, ...] = (),
           removed: tuple[Removed, ...] = ()) -> str:
    """The headline: a forum thread's title from its breadcrumb; else the line *at* (the
    first, or the first under a masthead), or its paragraph when hard wrapping cut the
    headline over two or three lines."""
    if crumbs:
        return crumbs[1]
    if is_thread:
        # The thread's title: a headline-like line above its first post, as the page gives it.
        first_post = headers[0] if headers else len(text)
        for start, _, line in lines:
            if start >= first_post:
                break
            if not any(r.start <= start < r.end and r.reason != "thread title or board" for r in removed):
                return headline(line)
        return ""
    if not lines or at >= len(lines):
        return ""
    first = lines[at][2]
    para = next(((a, b) for a, b in paras if a == lines[at][0]), None)
    if para:
        # Up to a line found to be furniture (an issuer's line right under the headline).
        end = min((r.start for r in removed if para[0] < r.start < para[1]), default=para[1])
        whole = text[para[0]:end].rstrip()
        wrapped = whole.splitlines()
        # A line that is only a date, or a place and a date, ends the headline: it is the header's dateline
        # ("Special report: ..." / "Munich, 15 October 2026"), not the headline's wrapped end.
        dated = next((n for n, line in enumerate(wrapped) if n and date_line(_plain(line))), None)
        if dated is not None:
            whole = "\n".join(wrapped[:dated])
        if 1 < len(whole.splitlines()) <= 3:
            first = " ".join(whole.split())
        elif len(wrapped) > 3 and first.split() and first.split()[-1].lower() in _DANGLING:
            return ""  # the first line of a hard-wrapped paragraph, cut mid-phrase ("... dismayed that the")
    return headline(first)


# ---------------------------------------------------------------- newsroom notices in brackets
# A newsroom sets a note on the version itself apart in brackets. Two kinds, told apart by their verb:
# an update notice says what this version adds and is dropped as furniture (`_boilerplate`); a
# correction notice says what an earlier version got wrong and is kept as text, so that the value it
# says was wrong marks that value wherever a source gave it (`figures.correction_notice`); a brief
# never prints either. A note that both adds and corrects ("(Adds share moves; corrects spelling of
# name)") is a correction notice: UPDATE_NOTICE refuses any "correct" inside its brackets.

UPDATE_NOTICE = re.compile(
    r"^\((?:updates|adds|recasts|refiles|rewrites|removes|deletes|inserts|restores|replaces|moves|changes|"
    r"writes\s+through|tops?)\b(?![^()]*\bcorrect)[^()]*(?:\([^()]*\)[^()]*)*\)\.?$",
    re.IGNORECASE)
"""A newsroom's update notice, set apart as its own paragraph ("(Updates with minister's comment)",
"(Adds analyst's note, share price)"): a note on what this version adds, not a statement of the
story."""
CORRECTION_NOTE = re.compile(r"^\(\s*(?:corrects|correcting|clarifies|fixes|amends|[^()]{0,120}?\bcorrects)\b",
                             re.IGNORECASE)
"""A newsroom's note in brackets that corrects the text ("(Corrects paragraph 3 to say the penalty
was cut to 12 million euros, not 14 million euros, as originally stated.)", "(Adds share moves;
corrects spelling of name)"); "Correction: An earlier version ..." is `figures.correction_notice`'s
other form."""


_DOCUMENT_NOUN = r"(?:comment|commentary|note|report|publication|document|research|material|analysis|communication|" \
                 r"information|article|piece|content|opinion|review|update)s?"
_DISCLAIMER = re.compile(
    r"(?:^|(?<=[.!?][ ]))(?:past[ ]performance[ ]is[ ]not[ ](?:a[ ])?(?:reliable[ ])?(?:indicator|guide|guarantee)\b|"
    r"(?:this|the|these|our)[ ](?:[a-z-]+[ ]){0,3}(?:is|are)[ ]not[ ](?:investment|financial|legal|tax)[ ]advice\b|"
    r"(?:this|the|these|our)[ ](?:[a-z-]+[ ]){0,2}" + _DOCUMENT_NOUN + r"[ ](?:does|do|is|are|should|shall)[ ]not[ ]"
    r"(?:constitute|represent|amount[ ]to|take[ ](?:in)?to[ ]account|be[ ](?:construed|regarded|read|taken)[ ]as)\b|"
    r"nothing[ ]in[ ]this[ ]" + _DOCUMENT_NOUN + r"[ ](?:constitutes|is|amounts[ ]to)\b|"
    r"(?:[A-Z&][\w&.'’-]*[ ]){1,4}(?:does[ ]and[ ])?(?:may[ ])?seeks?[ ]to[ ]do[ ]business[ ]with[ ]companies[ ]covered[ ]in[ ]"
    r"(?:its|our|their)[ ](?:[a-z-]+[ ]){0,2}" + _DOCUMENT_NOUN + r"\b|"
    r"(?:this|the)[ ](?:[a-z-]+[ ]){0,2}" + _DOCUMENT_NOUN + r"[ ](?:is|are)[ ](?:intended[ ])?(?:only[ ])?for[ ]"
    r"(?:professional|institutional|qualified|accredited|eligible|sophisticated)[ ](?:investors|clients|counterparties)\b|"
    r"investors[ ]should[ ]consider[ ]this[ ]" + _DOCUMENT_NOUN + r"[ ]as[ ]only[ ]a[ ]single[ ]factor\b|"
    r"(?:this|the)[ ](?:[a-z-]+[ ]){0,2}" + _DOCUMENT_NOUN + r"[ ]is[ ](?:provided[ ])?for[ ]information(?:al)?[ ]"
    r"purposes[ ]only\b)", re.IGNORECASE)
"""An issuer's disclaimer, by its form: the document itself the subject, saying what it is not ("This comment does
not constitute a rating action ...", "This publication does not constitute investment advice", "Nothing in this
note is a recommendation", "This note is for professional investors only"), or the research disclosure a bank
prints under every note ("X may seek to do business with companies covered in its research"): the issuer's legal
notice, no statement of the story."""


def _boilerplate(line: str) -> str:
    """Why a line (or a paragraph, whitespace made single spaces) is boilerplate, or ""."""
    if (_DISCLAIMER.search(line) and len(line.split()) <= 60 and not re.search(r"[\"“”]", line)
            and not re.search(r"\b(?:said|says|told|according to)\b", line)):
        return "disclaimer (the issuer's legal notice)"
    if _WIDGET.match(line):
        return "page widget (comments, sharing, ads)"
    if UPDATE_NOTICE.match(line) and len(line.split()) <= 60:
        return "update notice"
    if _NOTICE.search(line) and len(line.split()) <= 45:
        return "credits, caption or publisher's notice"
    if _LONE_PUNCT.match(line):
        return "lone punctuation"
    if _URL_ONLY.match(line):
        return "link-only line"
    return ""


_WIRE_SLUG = re.compile(
    r"^(?:(?:UPDATE|WRAPUP|RPT|REFILE|CORRECTED|CORRECTION|EXCLUSIVE|ANALYSIS|INSIGHT|FOCUS|FACTBOX|EXPLAINER|"
    r"BREAKINGVIEWS|COLUMN|PREVIEW|TIMELINE|GRAPHIC|BRIEF|URGENT|FEATURE)(?:[ ]\d{1,2})?-)+(?=\S)")
"""A wire service's slug before its headline ("UPDATE 2-", "EXCLUSIVE-", "WRAPUP 1-",
"UPDATE 3-EXCLUSIVE-"): the story's version and desk, not its title."""
_SLUG_KINDS = {"ANALYSIS": "analysis", "INSIGHT": "analysis", "FOCUS": "analysis", "FACTBOX": "analysis",
               "EXPLAINER": "analysis", "BREAKINGVIEWS": "analysis", "FEATURE": "analysis", "COLUMN": "opinion"}


def slug_kind(line: str) -> str:
    """The kind a wire slug names ("ANALYSIS-..." analysis, "COLUMN-..." opinion), or ""."""
    found = _WIRE_SLUG.match(re.sub(r"^#{1,6}\s+", "", _plain(line)))
    words = re.findall(r"[A-Z]+", found.group(0)) if found else []
    return next((_SLUG_KINDS[w] for w in words if w in _SLUG_KINDS), "")


def headline(line: str) -> str:
    """*line* (a text's first line) as a title when it reads as a headline, else "".

    A headline has 4-20 words and no closing full stop (it may ask a question); a date it
    starts with ("March 16, 2006 -- Senate panel ...") and a wire slug ("UPDATE 1-") are not
    part of it."""
    line = " ".join(line.split())
    # "**<headline>**", "## <headline>": set as a heading, its marks are no part of it, and it is no dateline
    # ("Isle Ferries (ISF) — Downgrade to sell" reads like "LONDON (AP) — ..." only in body text).
    marked = re.match(r"#{1,6}\s|\*\*|__", line) is not None
    line = _plain(re.sub(r"^#{1,6}\s+", "", line))
    line = _WIRE_SLUG.sub("", line)
    for form in _DATE_FORMS:
        match = form.match(line)
        if match:
            rest = re.match(r"\s*(?:\(\w+\))?\s*(?:--|[-–—_:|/])\s*(?=\S)", line[match.end():])
            if rest:
                line = line[match.end() + rest.end():]
            break
    words = line.split()
    # a closing abbreviation's full stop ("... move start to 7.30 a.m.") ends no sentence
    if not 4 <= len(words) <= 20 or (re.search(r"[.!;:,]$", line) and not line.endswith("...")
                                      and not re.search(r"(?<![\w.])(?:[a-zA-Z]\.){2,}$", line)):
        return ""
    if _BYLINE.match(line) or date_line(line) or not marked and dateline_end(line + " "):
        return ""
    return line


# ---------------------------------------------------------------- wire copy

_RELEASE_SOURCE = re.compile(r"^(?:SOURCE|Source):?[ ]+(?P<name>[A-Z][\w&.,'’ -]{1,80}?)"
                             r"\.?$")
"""A distributed release's closing line naming its issuer ("SOURCE Hollins & Vane Inc.")."""
_RELEASE_OPENING = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]*(?:[ ](?:[A-Z][\w&.'’-]*|&|of|and|for|the)){0,7}?),?"
    r"(?:[ ]\((?:[A-Z]+:[ ]?[A-Z.]+(?:[;,][ ]?[A-Z]+:[ ]?[A-Z.]+)*)\))?,?"
    r"(?:[ ][^.]{0,120}?)?[ ](?:today[ ](?:announced|reported|said|released|launched|confirmed|provided)|"
    r"(?:announced|reported|said|confirmed)[ ]today)\b")
"""A release's opening sentence, its issuer first ("Hollins & Vane Inc. (NYSE: HVN), the ... retailer,
today announced ...")."""


def release_issuer(text: str, lines: list[tuple[int, int, str]], after: int) -> str:
    """Who issued a release a distribution service carried: its "SOURCE ..." line, else the subject of
    its opening sentence (the text from *after*, the end of its dateline) when that sentence says what
    the issuer "today announced"; "" when neither names one."""
    for _, _, line in reversed(lines[-8:]):
        if (found := _RELEASE_SOURCE.match(_plain(line))) and _publisher_name(name := found.group("name").rstrip(" ,")):
            # "SOURCE Hollins & Vane Inc.": a company's abbreviated suffix keeps its full stop
            return name + "." if re.search(r"\b(?:Inc|Ltd|Corp|Co|plc|LLC|AG|SA|NV)$", name) else name
    opening = " ".join(text[after:after + 400].split()).lstrip("-–—_ ")
    found = _RELEASE_OPENING.match(opening)
    return found.group("name") if found and _publisher_name(found.group("name")) else ""


#: Distribution services that carry organisations' press releases, not news of their own.
RELEASE_WIRES = frozenset({"PR Newswire", "Business Wire", "GlobeNewswire", "Accesswire", "Newsfile", "Cision",
                           "PRWeb", "EIN Presswire", "Marketwired"})

#: Wire services by the credit they print; a credit not listed is shown as printed.
WIRE_SERVICES = {
    "ap": "Associated Press", "associated press": "Associated Press", "reuters": "Reuters",
    "afp": "Agence France-Presse", "agence france-presse": "Agence France-Presse", "upi": "United Press International",
    "united press international": "United Press International", "bloomberg": "Bloomberg News",
    "dpa": "Deutsche Presse-Agentur", "xinhua": "Xinhua", "kyodo": "Kyodo News", "yonhap": "Yonhap",
    "pti": "Press Trust of India", "ians": "IANS", "ani": "Asian News International", "ansa": "ANSA", "efe": "EFE",
    "cp": "The Canadian Press", "aap": "Australian Associated Press", "pa": "PA Media", "tass": "TASS",
    "interfax": "Interfax", "cnn": "CNN", "bbc": "BBC", "nyt": "The New York Times", "prnewswire": "PR Newswire",
    "businesswire": "Business Wire", "business wire": "Business Wire", "globe newswire": "GlobeNewswire",
}
_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+"
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’-]+"
_ARTICLE = r"(?:[A-Z][ ](?=[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þa-zß-öø-ÿ]))?"
"""A one-letter article opening a place's name ("A CORUNA", "A Coruña", "O Grove")."""
_DATE_IN_LINE = (
    r",?[ ]+(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ ]+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?[ ]+(?:19|20)\d\d)?|\d{1,2}[ ]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:,?[ ]+(?:19|20)\d\d)?|(?:19|20)\d\d-\d\d-\d\d)"
)
_DATE_ALONE = _DATE_IN_LINE.replace("?P<date>", "?:").replace(",?[ ]+", "", 1)
"""A date of `_DATE_IN_LINE` with no comma or space before it and no group of its own: one opening a
dateline, or set between dashes after its credit."""
WIRE_DATELINE = re.compile(
    r"^(?:(?!" + _DATE_ALONE + r")"
    r"(?P<place>" + _ARTICLE + _NAME_WORD + r"(?:[ /]" + _NAME_WORD + r"){0,3})"
    r"(?P<region>(?:,[ ]*" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){0,2}){0,2}?)"
    r"(?:" + _DATE_IN_LINE + r")?|(?P<opening>" + _DATE_ALONE + r"))?"
    r"[ ]*(?:\((?P<credit>[A-Z][A-Za-z.&'’ -]{0,30}?)\)|/(?P<wire>[A-Z][A-Za-z ]{1,30})/)?"
    r"(?:" + _DATE_IN_LINE.replace("?P<date>", "?P<after>") + r"|[ ]+(?:_|--|—|–|-(?!-))[ ]+(?P<dashed>"
    + _DATE_ALONE + r"))?"
    r"[ ]*(?P<sep>_|--|—|–|-(?!-))?[ ]+(?=[A-Z0-9\"“‘'`(])"
)
"""A wire dateline and credit before the first sentence: "LONDON (AP) _ ", "KYIV, Ukraine (AP) — ",
"BALTIMORE, Maryland, March 15 (Reuters) - ", "WASHINGTON _ ", "PARIS, March 4, 2026 -- ", "(CNN) ",
two places filed from ("BRUSSELS/OSLO, Nov 21 (Nordic Wire) - "),
the date after the credit ("OSLO (Nordic Wire), Nov. 19, 2026 - ", "OSLO, Norway (Nordic Wire) - Nov.
19, 2026 - ") or with no place ("Nov. 10, 2026 (Iberia Press) - "). `dateline_end` decides which matches are datelines."""
_CAPS_PLACE = re.compile(r"(?:[A-Z][ ])?(?=[A-ZÀ-ÖØ-Þ.'’ -]*[A-ZÀ-ÖØ-Þ]{3})" + _CAPS_WORD + r"(?:[ ]" + _CAPS_WORD + r"){0,3}")
_DASH = r"(?:_|--|—|–|-(?!-))"
_DATE_FIRST = re.compile(
    r"^" + _DATE_ALONE + r"[ ]+" + _DASH + r"[ ]+" + _ARTICLE + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){0,2}"
    r"(?:,[ ]*" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){0,2})?[ ]+" + _DASH + r"[ ]+(?=[A-Z0-9\"“‘'`(])"
)
"""A dateline that gives its date before its place, each closed by a dash: "Nov 17, 2026 - Accra - ",
"17 November 2026 -- PORT LOUIS, Mauritius -- "."""


def dateline_end(line: str, first_lines: bool = True) -> int:
    """Length of the wire dateline *line* starts with (0 when none).

    A credit in brackets ("(AP)", "/PRNewswire/") makes one anywhere; a place and date before a
    dash ("PARIS, March 4 -- ") too; a place in capitals, with or without its region, before a
    dash ("WASHINGTON _ ", "PORT ELLERY, Ohio - ") only among a text's first lines (*first_lines*)."""
    if (first := _DATE_FIRST.match(line)) is not None:
        return first.end()
    match = WIRE_DATELINE.match(line)
    if match is None or match.end() == 0:
        return 0
    place, credit, sep = match.group("place"), match.group("credit") or match.group("wire"), match.group("sep")
    if credit:
        if not place and not sep and not line.startswith("("):
            return 0
        return match.end()
    if not place or not sep:
        return 0  # "March 16, 2006 -- Senate Panel Backs ..." is a dated headline, not a dateline
    if match.group("date") or match.group("after") or match.group("dashed"):
        return match.end()
    if first_lines and _CAPS_PLACE.fullmatch(place) and match.group("region").count(",") <= 1:
        return match.end()  # "WASHINGTON _ ", "PORT ELLERY, Ohio - "
    return 0


def wire_service(credit: str) -> str:
    """The publisher a wire credit names ("AP" -> Associated Press); the credit itself when unknown."""
    credit = " ".join(credit.split()).strip(" .")
    return WIRE_SERVICES.get(credit.lower(), credit)


_BYLINE = re.compile(r"^(?:(?P<genre>Opinion|Analysis|Commentary|Comment|Column|Op-ed|Guest[ ]+(?:column|comment|opinion))"
                     r"[ ]+by|By):?[ ]+(?:(?:The[ ]+)?(?:Rev|Revd|Dr|Prof|Mr|Mrs|Ms|Mx|Fr|Sr|Gen|Col|Capt|Sen|Rep|Gov)\.?[ ]+)?"
                     r"(?P<rest>[A-Z][^.!?]{1,240}?)\.?$")
_NAME = re.compile(r"(?:[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’-])*\.?|[A-Z]\.)(?:[ ](?:[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’-])*\.?|[A-Z]\."
                   r"|de|van|von|der|da|al|bin)){1,4}")
_ORG_WORD = re.compile(
    r"\b(?:News|Service|Press|Agency|Times|Post|Journal|Wire|Media|Network|Herald|Tribune|Gazette|Daily|"
    r"Weekly|Magazine|Reuters|Bloomberg|Broadcasting|Radio|Television|TV)\b"
)
_ROLE = re.compile(
    r"[ ]+(?:(?:Chief|Senior|Staff|Science|Medical|Business|Sports|Political|Diplomatic|Economics|Technology|"
    r"Environment|Legal|Foreign|Special|Associate|Contributing|National|White House|Pentagon|Religion|Health)[ ]+)*"
    r"(?:Writers?|Correspondents?|Reporters?|Editors?|Columnists?|Contributors?|Staff)$",
    re.IGNORECASE,
)


_OUTLET_WORD = re.compile(
    r"\b(?:Review|Ledger|Courier|Chronicle|Observer|Echo|Telegraph|Examiner|Inquirer|Dispatch|Sentinel|Bulletin|"
    r"Monitor|Forums?|Online|Insider|Newsroom|Newswire)\b")
"""Words that name an outlet rather than a person (besides _ORG_WORD's)."""
_COLUMN_NAME = re.compile(r"(?:The[ ])?(?:[A-Z][\w'’-]*[ ]){0,4}(?:Column|Diary|Notebook)")


def _person_name(part: str) -> bool:
    """True for a part of a header line that names a person ("Marcus Thorne"), not an outlet
    ("Western Review", "The Linford Herald", "Reuters"): two to four capitalised words with no
    outlet's word, not in capitals."""
    words = part.split()
    return (2 <= len(words) <= 4 and bool(_NAME.fullmatch(part)) and not part.isupper() and words[0] != "The"
            and part.lower() not in WIRE_SERVICES and not _ORG_WORD.search(part) and not _OUTLET_WORD.search(part)
            and not any(w.lower().strip(".,") in MONTHS + WEEKDAYS for w in words))


def _plain(line: str) -> str:
    """*line* without the Markdown emphasis around it (``*By Jane Doe*``, ``**Published: ...**``)."""
    line = line.strip()
    if not line or (line[0] not in "*_" and line[-1] not in "*_"):
        return line  # the common case: no emphasis mark at either end
    if (label := _LABEL_EMPHASIS.match(line)) is not None:
        line = label.group("label") + line[label.end():]  # "**Analyst:** Helena Marques": a label in bold
    return _EMPHASIS_AROUND.sub("", line)


_LABEL_EMPHASIS = re.compile(r"(?P<mark>\*\*|__|\*|_)(?P<label>[A-Z][\w ]{0,20}:)(?P=mark)")


_EMPHASIS_AROUND = re.compile(r"^[*_]+\s*|\s*[*_]+$")


def byline(line: str) -> tuple[str, str] | None:
    """(author, publisher) of a byline ("By JANE DOE, Associated Press Writer" -> ("Jane Doe",
    "Associated Press")); None when *line* is not a byline. Either may be ""."""
    line = _plain(line)
    match = _BYLINE.match(line)
    if match is None:
        return None
    parts = [p.strip() for p in re.split(r"\s*(?:,|\||—|–| - |/|\band\b|&)\s*", match.group("rest")) if p.strip()]
    if not parts or not _NAME.fullmatch(parts[0]):
        return None
    # A writer described by what they do ("By Prof. Chiara Lombardi, professor of industrial economics at ...")
    # may take a longer line; what follows the description is their affiliation, not the publisher.
    # (A short one is read part by part as before: `header_line` takes "chair of Pro Bahn Westmark" for its body.)
    described = len(parts) > 1 and parts[1][:1].islower() and (len(line.split()) > 16 or bool(match.group("genre")))
    if len(line.split()) > (32 if described else 16):
        return None
    publisher = ""
    names = [parts[0]]
    roled = False  # co-writers come before a role ("By A and B, Staff Writers"), a publisher after it
    # a described writer's parts ("professor of ... at Bocconi University", "Milan") say who they are, not who publishes
    for part in () if described else parts[1:]:
        role = _ROLE.search(" " + part)
        roled = roled or bool(role)
        if role:
            # "Associated Press Writer" names the publisher; "Transport Correspondent" only a desk.
            desk = part[:len(part) - len(role.group(0)) + 1].strip()
            if desk and (_ORG_WORD.search(desk) or desk.lower() in WIRE_SERVICES):
                publisher = publisher or desk
        elif (_NAME.fullmatch(part) and not publisher and not roled and len(names) < 4
              and part.lower() not in WIRE_SERVICES and not _ORG_WORD.search(part) and not _OUTLET_WORD.search(part)
              and not part.startswith("The ")):
            names.append(part)
        elif re.fullmatch(r"[A-Z][\w&.'’ -]{1,60}", part) and not publisher:
            publisher = part
        else:
            return None
    author = names[0].title() if names[0].isupper() else names[0]
    return author, wire_service(publisher) if publisher else ""


_MASTHEAD_SPLIT = re.compile(r"\s*[|·•]\s*|\s+[—–]\s+|\s+-{1,2}\s+")
_PUBLISHER_NAME = re.compile(
    r"(?:[A-Z0-9][\w&.'’-]*(?:[?!](?=[ ]))?)(?:[ ](?:[A-Z0-9][\w&.'’-]*(?:[?!](?=[ ]))?|&|of|and|for|the|on|de|la|le|du|der|am|im))*"
)
"""A publisher's name: capitalised words and their joining words; a brand's "?" or "!" inside it ("Which Way?
Consumer Association"), never at its end."""
_NAMED_BLOG = re.compile(r"(?:[\w'’-]+[ ]){0,4}blog[ ,:]*[\"“](?P<name>[A-Z][^\"”]{1,50})[\"”]", re.IGNORECASE)
"""A part of a header line that names the blog it is on: 'media law blog "Public Interest Matters"'."""
_POSTED_ON_BY = re.compile(r"(?:posted|published|written)[ ](?:on[ ])?(?P<day>.{6,30}?)[ ]by[ ](?P<by>.{3,80})",
                           re.IGNORECASE)
"""A part of a header line that gives the day and the writer: "posted 20 November 2026 by Dr Kavita Rangan"."""
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.IGNORECASE)
_LIVE_SUFFIX = re.compile(r"\s+live(?:\s+(?:coverage|blog|updates?|reporting|news))?$", re.IGNORECASE)
_SECTION = re.compile(r"[A-Z][a-z]+(?:[ ](?:&|and|[A-Za-z][a-z]+)){0,2}")
"""A section label after a publisher's name: "Business", "Supply chain", "Arts & Culture"."""
#: Section labels that say what kind of piece a page holds ("The Northern Courier — Analysis").
SECTION_KINDS = {"analysis": "analysis", "opinion": "opinion", "comment": "opinion", "commentary": "opinion",
                 "editorial": "opinion", "column": "opinion", "op-ed": "opinion"}
TITLE_KIND = re.compile(
    r"^\s*(?P<label>analysis|opinion|comment|commentary|editorial|column|op-ed|letters?(?: to the editor)?)\s*[:|—–-]\s+\S",
    re.IGNORECASE)
_STATEMENT = re.compile(r"\b(?:statement|press release|media release|news release|open letter)\b", re.IGNORECASE)
_ISSUED_TITLE = re.compile(
    r"^\s*(?:(?P<issuer>[A-Z][\w&.'’-]*(?:[ ](?:[A-Z][\w&.'’-]*|&|of|and|for|the|on))*)\s*:\s*)?"
    r"(?:statement|press release|media release|news release|open letter)\b"
    r"(?:\s*(?:[:|—–-]|on|by|from|to|in response to)\s+\S)?",
    re.IGNORECASE)
"""A statement's headline ("Statement on the proposed takeover ...", "Harbour Users' Group:
Statement on ...", "Press release: ...", "Open letter to the Board of ..."); the name before the
colon issued it."""
_GENRE_TITLE = re.compile(
    r"^\s*(?P<genre>(?:situation|status|progress|flash|daily|weekly)[ ]+(?:report|update)|sitrep|fact ?sheet|"
    r"explainer|briefing(?: note)?|advisory|[A-Za-z]+[ ]+report)\s*(?:\(?no\.?\s*\d+\)?\s*)?[:|—–-]\s+\S", re.IGNORECASE)
"""A headline that opens on the kind of document it heads ("Situation report: ...",
"Explainer - ...")."""
_SECTION_LABEL = re.compile(r"[A-Z][\w'’-]*(?:[ ](?:&|and|of|[A-Z][\w'’-]*)){0,4}")
"""A desk's or section's name in a masthead, every word capitalised ("Market & Policy Desk")."""
_LABELLED_PART = re.compile(r"(?P<label>analyst|author|writer|date|dated|published|posted)\s*:\s*(?P<value>\S.{1,60})",
                            re.IGNORECASE)
"""A labelled part of a research note's header line: "Analyst: Ines Korbel", "Date: 5 November 2026"."""
_LABELLED_TAIL = re.compile(r"(?:\.\s+|\s*\(\s*)(?P<label>analyst|author|writer)\s*:\s*(?P<name>[^()]{3,60}?)\s*\)?\s*$",
                            re.IGNORECASE)
_ROLE_TAIL = re.compile(r",.*$")
_JOB_WORD = re.compile(r"\b(?:analyst|economist|strategist|director|head|officer|manager|editor|writer|correspondent|"
                       r"reporter|lecturer|professor|researcher|fellow|chair|president|adviser|advisor|consultant)s?\b",
                       re.IGNORECASE)
"""A word of a job title after a writer's name ("Senior Market Analyst", "Head of Research"): a role, not a firm."""
_DOCUMENT_LABEL = re.compile(
    r"(?:[A-Za-z][\w'’-]*[ ]){0,2}(?P<noun>note|statement|release|briefing|flash|memo|bulletin)", re.IGNORECASE)
"""The kind of document a header line names before its day: "client note", "press statement", "Policy Briefing"."""
_ISSUE = re.compile(r"(?:issue|no\.|number|vol\.?|volume)\s*\d+(?:,?\s*(?:issue|no\.)\s*\d+)?", re.IGNORECASE)
"""A periodical's issue number in its masthead ("Issue 18", "Vol. 3, No. 2")."""
_PERIODICAL = re.compile(r"[ ](?:Newsletter|Bulletin|Digest)$")
_FORUM_TITLE = re.compile(r"^\s*r/\w+\s*(?:[:·•|]|[ ][-–—][ ])|\bmegathread\b|^\s*thread\s*:", re.IGNORECASE)


def title_kind(title: str) -> str:
    """The kind of piece a headline's section label says ("Opinion: ...", "Analysis - ...",
    "Letters: ...": opinion or analysis), a forum's ("r/Town: ...", "Megathread - ...") or a
    statement's ("Statement on ...", "<Group>: Statement on ..."), or ""."""
    if kind := slug_kind(title):
        return kind
    found = TITLE_KIND.match(title)
    if found:
        label = found.group("label").lower()
        return "opinion" if label.startswith("letter") else SECTION_KINDS[label]
    if _ISSUED_TITLE.match(title) or _statement_issuer(title):
        return "statement"
    if genre := _GENRE_TITLE.match(title):
        return genre_kind(genre.group("genre")) or "report"
    return "forum thread" if _FORUM_TITLE.search(title) else ""


def _publisher_name(part: str) -> bool:
    """True for a part of a header line that can name a publisher: a short capitalised name
    ("The Linford Herald", "NBC Nord News") or a site's address ("AshfordParents.net")."""
    words = part.split()
    if not 1 <= len(words) <= 6 or not _PUBLISHER_NAME.fullmatch(part) or not (
            words[-1][:1].isupper() or _NUMBERED_BRANCH.search(part)):
        return bool(_DOMAIN.fullmatch(part)) and any(c.isupper() for c in part)
    calendar = MONTHS + WEEKDAYS
    if all(w.lower().strip(".,") in calendar or w[:1].isdigit() for w in words):
        return False
    return words[0].lower() not in {"by", "published", "updated", "posted", "live", "breaking", "re"}


@dataclass(frozen=True)
class Masthead:
    """What a header line at the top of a page says about the page."""

    publisher: str = ""
    author: str = ""
    kind: str = ""
    signals: int = 0
    """Parts that only a header line has: a byline, a date, a section label, "live coverage"."""


def masthead(line: str) -> Masthead | None:
    """The publisher, author and kind a header line gives, or None when it is not one:
    "By Marit Hellan, Transport Correspondent, The Linford Herald", "Meridian Business Daily |
    Wednesday, November 4, 2026 | by Anders Kvist", "The Northern Courier — Analysis, by Kari Lund",
    "NBC Nord News live coverage", "Harlan Public Radio — News". Every part of the line must be
    one of those; a line of prose is never one."""
    line = _plain(line)
    if not line or sum(1 for w in line.split() if any(c.isalnum() for c in w)) > 20 or re.search(r"[.!?;:]$", line) and not re.search(r"\b[A-Z]\.$", line):
        return None
    # "(analyst: Jo Bain)" closing the line, ". Author: Jo Bain" after the date: the writer, as a part of its own
    line = _LABELLED_TAIL.sub(lambda m: " | " + m.group("label") + ": " + m.group("name"), line)
    parts = [_plain(p.strip(" ,")) for p in _MASTHEAD_SPLIT.split(line) if _plain(p.strip(" ,"))]
    # "Analysis, by Kari Lund": a section label before the byline, in one part.
    split: list[str] = []
    for part in parts:
        lead = re.match(r"(?P<label>[A-Z][\w&' -]{0,30}?),\s+(?=[Bb]y:?\s)", part)
        if lead:
            split += [lead.group("label"), part[lead.end():]]
        else:
            split.append(part)
    if any(part.lower() in SECTION_KINDS for part in split):
        # A signed piece's header: "Opinion — Jo Bain, columnist, The Harbour Times, 4 May 2026".
        # A date keeps its commas ("Opinion | The Harbour Times | Monday, May 4, 2026").
        split = [bit for part in split
                 for bit in (part.split(", ") if part.lower() not in SECTION_KINDS and not date_line(part) else [part])]
    publisher = author = kind = ""
    signals = 0
    for part in split:
        by = byline("By" + part[2:]) if re.match(r"(?i)by:?\s", part) else None
        labelled = _LABELLED_PART.fullmatch(part)
        blog = _NAMED_BLOG.fullmatch(part)
        posted = _POSTED_ON_BY.fullmatch(part)
        posted_by = (byline("By " + posted.group("by").split(",")[0])  # the writer's name before their role
                     if posted is not None and date_line(posted.group("day")) else None)
        if blog is not None and _publisher_name(blog.group("name")):
            publisher, kind = publisher or blog.group("name"), kind or "blog"  # 'media law blog "Public Interest Matters"'
            signals += 1
        elif posted_by is not None:
            author, publisher = author or posted_by[0], publisher or posted_by[1]  # "posted 20 November 2026 by Jo Bain"
            signals += 2
        elif labelled is not None and labelled.group("label").lower() in ("date", "dated", "published", "posted"):
            if not date_line(labelled.group("value")):
                return None
            signals += 1  # "Date: 5 November 2026"
        elif labelled is not None:
            if not _person_name(_ROLE_TAIL.sub("", labelled.group("value"))):
                return None
            author = author or _ROLE_TAIL.sub("", labelled.group("value"))  # "Analyst: Ines Korbel"
            firm = labelled.group("value").partition(",")[2].strip()
            if len(firm.split()) >= 2 and _publisher_name(firm) and not _JOB_WORD.search(firm):
                # "Analyst: Jonas Berg, Fjord Equity Research": the writer's firm (one word is a desk: ", Transport")
                publisher = publisher or firm
            kind = kind or ("analysis" if labelled.group("label").lower() == "analyst" else "")  # an analyst's note
            signals += 1
        elif by is not None:
            author, publisher = author or by[0], publisher or by[1]
            signals += 1
        elif date_line(part) or _ISSUE.fullmatch(part):
            signals += 1
        elif ((dated := re.fullmatch(r"(?P<label>[^,]{2,40}),\s+(?P<day>.{6,40})", part)) is not None
              and date_line(dated.group("day"))
              and (_ISSUE.fullmatch(dated.group("label"))
                   or publisher and _SECTION_LABEL.fullmatch(dated.group("label")))):
            # "Upland Weekly — Market & Policy Desk, 19 November 2025", "Roads Review — issue 212, 6 February 2026":
            # the desk or the issue, then the day, after the publisher's name
            kind = kind or SECTION_KINDS.get(dated.group("label").lower(), "")
            signals += 2
        elif (publisher and dated is not None and date_line(dated.group("day"))
              and (doc := _DOCUMENT_LABEL.fullmatch(dated.group("label"))) is not None):
            # "AeroMetrics Advisory — client note, 17 Nov 2026", "... — press statement, 14 November 2026":
            # the kind of document, then its day, after the issuer's name
            kind = kind or ("statement" if doc.group("noun").lower() in ("statement", "release") else "analysis")
            signals += 2
        elif (not publisher and dated is not None and date_line(dated.group("day"))
              and _publisher_name(dated.group("label"))
              and (_ORG_WORD.search(dated.group("label")) or _OUTLET_WORD.search(dated.group("label")))):
            # "The Harbour Gazette, 13 June 2024": a paper's name, then the day the piece ran
            publisher = dated.group("label")
            signals += 2
        elif part.lower() in SECTION_KINDS:  # "Comment | Western Review | 6 March 2025": a label, no name
            kind = kind or SECTION_KINDS[part.lower()]
            signals += 1
        elif kind and _COLUMN_NAME.fullmatch(part):  # "Opinion | Jo Bain | The Harbour Column": the column's name
            signals += 1
        elif kind and not author and _person_name(part):  # "Opinion | Jo Bain | ...": a signed piece's writer
            author = part
        elif kind and author and re.fullmatch(_ROLE.pattern, " " + part, re.IGNORECASE):  # "..., columnist, ..."
            signals += 1
        elif (live := _LIVE_SUFFIX.search(part)) and _publisher_name(part[:live.start()]):
            publisher = publisher or part[:live.start()]
            signals += 1
        elif ((publisher or (author and len(part.split()) == 1 and part.lower() not in WIRE_SERVICES))
              and _SECTION.fullmatch(part) and len(part.split()) <= 3):  # after a byline, a name is the publisher's
            kind = kind or SECTION_KINDS.get(part.lower(), "")
            signals += 1
        elif not publisher and _publisher_name(part):
            publisher = part
        else:
            return None
    if not publisher and not author:
        return None
    if (periodical := _PERIODICAL.search(publisher)) and any(_ISSUE.fullmatch(part) for part in split):
        # "Greyfield Allotment Society Newsletter | Issue 18": the society publishes its newsletter.
        publisher, kind = publisher[:periodical.start()], kind or "report"
    return Masthead(publisher, author, kind, signals)


_BREADCRUMB_SPLIT = re.compile(r"\s+[>»›‹]\s+")
_PAGE_NUMBER = re.compile(r"\s*[(\[,-]?\s*\bpage\s+\d+(?:\s+of\s+\d+)?\s*[)\]]?\s*$", re.IGNORECASE)


def breadcrumb(line: str) -> tuple[str, str] | None:
    """(site, thread title) of a forum's breadcrumb line ("AshfordParents.net > Schools >
    Ridgeview measles thread (page 4)"); None when *line* is not one. The site is "" when the
    first crumb is not a name."""
    crumbs = [c.strip() for c in _BREADCRUMB_SPLIT.split(_plain(re.sub(r"^#{1,6}\s+", "", line.strip())))]
    # a thread's title may end on "!" ("Heliport curfew — moved to 9pm!"), a sentence of prose on "."
    if len(crumbs) < 3 or any(not c or len(c.split()) > 12 for c in crumbs) or crumbs[-1].endswith(".") \
            or any(c.endswith(("!", "?")) for c in crumbs[:-1]):
        return None
    title = _PAGE_NUMBER.sub("", crumbs[-1]).strip()
    title = re.sub(r"^(?:re|aw|sv):\s*", "", title, flags=re.IGNORECASE)
    # "MereTalk Forums" as named; "ArvaneTalk forums" without its lower-case board word
    site = next((name for name in (crumbs[0], _site_name(crumbs[0])) if _publisher_name(name)), "")
    return site, title


_BOARD_SPLIT = re.compile(r"\s+(?:[>»›‹|]|::|[-–—])\s+")
_TOPIC_LINE = re.compile(r"(?:topic|thread|subject|discussion)\s*:\s*(?:(?:re|aw|sv):\s*)?(?P<title>\S.{2,150})",
                         re.IGNORECASE)


_BOARD_WORD = re.compile(r"\s+(?:forums?|community|message boards?|discussions?)$", re.IGNORECASE)


def _site_name(crumb: str) -> str:
    """A forum's name from its first crumb, without the word for its boards ("Fenside Forums": "Fenside")."""
    return _BOARD_WORD.sub("", crumb)


def site_and_thread(line: str) -> tuple[str, str] | None:
    """(site, thread title) of a heading that names the site and then the thread on one line
    ("BuyersForum.de — Thread: "Are our deposits safe?"", "Quayside Talk | Topic: Harbour fees");
    None when *line* is not that, or when the site is no name."""
    crumbs = _BOARD_SPLIT.split(_plain(re.sub(r"^#{1,6}\s+", "", line.strip())), maxsplit=1)
    topic = _TOPIC_LINE.fullmatch(crumbs[1].strip()) if len(crumbs) == 2 else None
    if topic is None:
        return None
    site = _site_name(crumbs[0].strip())
    if len(site.split()) > 6 or not _publisher_name(site):
        return None
    return site, topic.group("title").strip().strip('"“”')


def board_and_topic(line: str, below: str) -> tuple[str, str] | None:
    """(site, thread title) of a forum page that opens on its site and board ("Fenside Forums >
    Transport", "Quayside Talk :: Harbour board") over a labelled thread title ("Topic: ...",
    "Thread: ...", "Subject: ..."); None when the two lines are not that. The site is "" when
    the first crumb is not a name."""
    topic = _TOPIC_LINE.fullmatch(_plain(below.strip()))
    crumbs = [c.strip() for c in _BOARD_SPLIT.split(_plain(re.sub(r"^#{1,6}\s+", "", line.strip())))]
    if topic is None or len(crumbs) != 2 or any(not c or len(c.split()) > 6 or re.search(r"[.!?]$", c) for c in crumbs):
        return None
    site = _site_name(crumbs[0])
    return (site if _publisher_name(site) else ""), topic.group("title").strip()


_ENTRY_TIME = re.compile(
    r"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{1,4}T|UTC|GMT))?(?:\s*[-–—|:]\s+|\s+)|"
    r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{1,4}T|UTC|GMT))?\s*[-–—|]\s+)"
    r"(?=[A-Z0-9\"“‘'(])"
)
"""The time a live blog entry opens with: "18:32 - ", "09:15 ", "4.05pm — "."""
_LEAD_IN = re.compile(
    r"(?:(?:quick |brief )?(?:recap|summary|catch(?:ing)?[ -]up|round-?up)|breaking(?: news)?|update|latest|just in|"
    r"in case you missed it|icymi|reminder|for those (?:just )?joining(?: us)?)\b[^:.!?\"“]{0,50}:\s+(?=(?-i:[A-Z\"“]))",
    re.IGNORECASE,
)
"""A live blog's lead-in label before an entry's first sentence: "Recap for those just joining: "."""
_EMPHASIS = r"(?:\*\*|__|\*|_)?"
_LABEL = re.compile(
    r"(?:>[ \t]*)*(?P<label>" + _EMPHASIS + r"(?:(?:moderator|mod|admin|editor['’]?s?)\s+note|note|reminder|psa|"
    r"edit(?:ed)?(?:\s+\d{1,2})?|update|correction|fyi|heads[ -]up)" + _EMPHASIS + r"[ \t]*:" + _EMPHASIS + r"[ \t]+)(?=\S)",
    re.IGNORECASE,
)
"""A paragraph's lead-in label ("Reminder: ", "**Moderator note:** ", "Edit 2: "): it says what
kind of paragraph follows (a forum post's or an editor's note), it states nothing."""
LEAD_IN_LABEL = "lead-in label (not a statement)"


def live_entries(text: str) -> list[tuple[int, int, int]]:
    """(line start, end of the entry time, end of a lead-in label) of every live blog entry in
    *text*: lines that open on a time, when at least three do; [] for any other text."""
    found = []
    for line in re.finditer(r"(?m)^[ \t]*(?=\d)", text):
        match = _ENTRY_TIME.match(text, line.end())
        if match:
            lead = _LEAD_IN.match(text, match.end())
            found.append((match.start(), match.end(), lead.end() if lead else match.end()))
    return found if len(found) >= 3 else []


_TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.IGNORECASE)
_ZONE = re.compile(r"\b(?:[A-Z]{1,4}T|UTC|GMT|Z)\b|[+-]\d\d:?\d\d\b")
_DATE_LABEL = re.compile(r"\b(?:published|updated|posted|last updated|first published|date|(?:issue[ ])?dated|on|at)\b:?",
                         re.IGNORECASE)


_ISSUED_AT = re.compile(r"^[A-Z][a-zà-ÿ'’.]+(?:-[A-Za-zà-ÿ'’.]+)*(?:[ ][A-Z][a-zà-ÿ'’.]+(?:-[A-Za-zà-ÿ'’.]+)*)?(?:,[ ][A-Z][a-zà-ÿ'’.]+(?:-[A-Za-zà-ÿ'’.]+)*(?:[ ][A-Z][a-zà-ÿ'’.]+(?:-[A-Za-zà-ÿ'’.]+)*)?)?"
                           r",[ ]+(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]\d)")
"""A place before a date on a line of its own ("Lisbon, 16 September 2026", "Vell, Norland, May 4, 2026",
"Saint-Oren, 24 January 2026")."""


def date_line(line: str) -> bool:
    """True for a line that only gives a date (and time), perhaps after a place: "Tue Mar 14, 2006 6:12 PM
    ET", "Published: 14 March 2006", "2006-03-14", "Lisbon, 16 September 2026"."""
    if len(line.split()) > 12:
        return False
    line = _ISSUED_AT.sub("", line)  # "Lisbon, 16 September 2026": where and when a statement was issued
    for form in _DATE_FORMS:
        match = form.search(line)
        if match:
            rest = line[:match.start()] + " " + line[match.end():]
            rest = _ZONE.sub(" ", _TIME.sub(" ", rest))
            rest = _DATE_LABEL.sub(" ", rest)
            rest = re.sub(r"\b(?:" + "|".join(d[:3] for d in WEEKDAYS) + r")[a-z]*\.?", " ", rest, flags=re.IGNORECASE)
            return not re.search(r"[A-Za-z0-9]", rest)
    return False


_WIRE_FOOTER = re.compile(
    r"^(?:this material may not be (?:published|reproduced)\b.*|"
    r".{0,120}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?|"
    r"on the (?:net|web|internet)\s*:.*|"
    r"[A-Z]{2,4}-[A-Z]{2}-\d\d-\d\d-\d\d \d{3,4}[A-Z]{3}|"
    r"\(?(?:end|more|ends)\)?|-?\s*30\s*-?|#\s*#\s*#)$",
    re.IGNORECASE,
)


class _Wire:
    """Wire furniture found line by line: datelines, bylines, date lines, footers; and what
    they say about the source (publisher, author)."""

    def __init__(self) -> None:
        self.publisher = ""
        self.author = ""
        self.kind = ""
        """The kind of piece a signed byline names ("Analysis by Dr Elena Castro": analysis)."""
        self.credited = False
        """True once a dateline with a wire or outlet credit is found ("LONDON (Reuters) -")."""
        self.release_wire = ""
        """The press-release distribution service a dateline credits ("/PRNewswire/"), or ""."""

    def line(self, text: str, start: int, end: int, line: str, index: int, first: bool) -> list[Removed]:
        """Removed spans of the *index*-th non-blank line; *first*: it starts its paragraph
        (a date alone on a later line of a wrapped paragraph ends a sentence)."""
        credit = byline(line)
        if credit is not None:
            self.author = self.author or credit[0]
            self.publisher = self.publisher or credit[1]
            if genre := _byline_genre(line):
                self.kind = self.kind or _genre(genre) or ""
            return [Removed(start, end, "byline")]
        if index < 12 and first and date_line(line):
            return [Removed(start, end, "date line")]
        if _WIRE_FOOTER.match(line):
            return [Removed(start, end, "wire service notice")]
        length = dateline_end(line, first_lines=index < 12)
        if length:
            match = WIRE_DATELINE.match(line)
            credit_name = match.group("credit") or match.group("wire") if match else ""
            if credit_name and wire_service(credit_name) in RELEASE_WIRES:
                # "CHICAGO, Nov. 3, 2026 /PRNewswire/ --": a company's release, carried by a distribution
                # service; its issuer is the publisher (read from the release by `release_issuer`).
                self.kind = self.kind or "statement"
                self.release_wire = wire_service(credit_name)
            elif credit_name:
                self.publisher = self.publisher or wire_service(credit_name)
                self.credited = True
            cut = len(line[:length].rstrip())
            return [Removed(start, start + cut, "wire dateline and credit")]
        return []


_MONTHS = {m: i for i, m in enumerate(MONTHS, 1)}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_FORMS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<num>\d\d)-(?P<day>\d\d)\b"),
    re.compile(r"(?<![\w.])" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)/(?P<num>\d\d?)/(?P<day>\d\d?)\b"),
    # 14/03/2006 or 3/14/2006: taken only when one of the two can only be the day.
    re.compile(r"\b(?P<first>\d\d?)[/.](?P<second>\d\d?)[/.](?P<year>(?:19|20)\d\d)\b"),
)
_DATELINE_ZONE = 800


def _date_of(match: re.Match[str], order: str = "") -> str:
    """The ISO date *match* (of `_DATE_FORMS`) gives; a numeric date that either number could
    be the day of (03/04/2006) only with the *order* the text writes dates in ("dm" or "md",
    `numeric_order`), else ""."""
    parts = match.groupdict()
    if parts.get("first"):
        first, second = int(parts["first"]), int(parts["second"])
        if first > 12 and second > 12:
            return ""
        if first > 12 or second > 12:
            day, month = (first, second) if first > 12 else (second, first)
        elif order:
            day, month = (first, second) if order == "dm" else (second, first)
        else:
            return ""  # 03/04/2006: March 4 or 3 April, and nothing says which
    else:
        month = int(parts["num"]) if parts.get("num") else next(
            (number for name, number in _MONTHS.items() if name.startswith(parts["month"].lower()[:3])), 0)
        day = int(parts["day"])
    try:
        return dt.date(int(parts["year"]), month, day).isoformat()
    except ValueError:  # no such day (2026-02-30)
        return ""


def dateline(text: str) -> str:
    """The publication date a text opens with, as YYYY-MM-DD; "" when there is none.

    Only the first lines count, and only a date on a line of its own ("Tue Mar 14, 2006
    6:12 PM ET", a byline, a headline that starts with a date), after a "Published"/"Updated"/
    "Posted" word, or in a wire dateline ("LONDON, March 4, 2026 -"). A date inside an opening
    sentence, also one that hard wrapping put on a short line, is an event."""
    from briefgen.ingest.segment import paragraphs

    head = text[:_DATELINE_ZONE]
    for p_start, p_end in paragraphs(head)[:8]:
        lines = head[p_start:p_end].splitlines()
        for number, line in enumerate(lines):
            for form in _DATE_FORMS:
                match = form.search(line)
                if match is None:
                    continue
                before = line[:match.start()]
                short_line = len(lines) == 1 and len(line.split()) <= 12
                labelled = re.search(r"\b(?:published|updated|posted|date|dated)\b", before, re.IGNORECASE)
                # "LONDON, March 4, 2026 -" opens its paragraph; "... said on\nFriday, November 20, 2026."
                # is a wrapped sentence's end, and a weekday is no place.
                placed = number == 0 and (_PLACE_BEFORE.fullmatch(before) is not None and not _WEEKDAY_START.match(before)
                                          or dateline_end(line) >= match.end())  # "OSLO (Nordic Wire), Nov. 19, 2026 -"
                alone = date_line(line) and (number == 0 or len(lines) <= 2)  # not the end of a wrapped sentence
                # "Opinion | By Jo Bain | 20 October 2026", alone or in a block of header lines (the firm's, then the
                # analyst's), never in a paragraph of prose
                # ("**Headline**" / "*11 March 2026 · by Jo Bain, economist*": a header block's line under its headline)
                parted = header_line(line) is not None and (all(header_line(other) is not None for other in lines)
                                                            or _header_block_lines(lines))
                # "*Caterer Insight — Policy Briefing, 11 November 2026. Author: Jo Bain*": a masthead line of its own
                headed = len(lines) == 1 and masthead(line) is not None
                if short_line or labelled or placed or alone or parted or headed:
                    found = _date_of(match, numeric_order(text))
                    if found:
                        return found
    return ""


def _header_block_lines(lines: list[str]) -> bool:
    """True for a short block of header lines under a headline ("*Valmora Institute — technical note —
    22 January 2026*" / "*Prepared by Dr. Ana Roth, head of research*"): two or three short lines, none
    ending a sentence, so no prose paragraph whose first line reads like a header."""
    plain = [_plain(line).strip() for line in lines]
    return 2 <= len(plain) <= 3 and all(p and len(p.split()) <= 16 and not p.endswith(("!", "?")) and not (
        p.endswith(".") and not re.search(r"\b[A-Z][a-z]{0,3}\.$", p)) for p in plain)


_PLACE_WORDS = r"[A-Z][A-Za-z.'-]*(?:[ ]+(?:[A-Z][A-Za-z.'-]*|de|del|da|do|di|la|le|upon|on|am|an|im|sur))*"
_PLACE_BEFORE = re.compile(r"\s*" + _PLACE_WORDS + r"(?:,\s*" + _PLACE_WORDS + r"){0,2},?\s*")
"""A dateline's place before its date: capitalised words, with a region or country after a comma
("KYIV, Ukraine, ", "Stratford upon Avon, "); "The union said on Monday, " is a sentence."""
_WEEKDAY_NAME = r"(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + r")"
_WEEKDAY_START = re.compile(r"\s*" + _WEEKDAY_NAME + r"\b")
_WHERE_TOLD = r"(?:(?:in|at|outside|inside|after|before|during|near|from|to|with)\s+(?:[\w'’.-]+\s+){1,4}?){0,2}"
"""Where or how something was told, between its verb and its day: "outside the court in Sofia"."""
_SAID_ON = re.compile(
    r"\b(?:said|says|announced|confirmed|reported|stated|told\s+(?:[\w'’-]+\s+){1,3}?)\s*" + _WHERE_TOLD +
    r"(?:(?:late|early)\s+)?on\s+(?:" + _WEEKDAY_NAME + r",?\s+)?$")
"""A reporting verb, where it was told, and "on" (with a weekday) right before a date: "officials
said on Monday,", "the chairman said outside the court in Sofia on"."""
_WEEKDAY_WORD = re.compile(r"\b" + _WEEKDAY_NAME + r"\b")


def said_on(paragraph: str) -> str:
    """The day the first sentence of *paragraph* (a text's first paragraph of prose) says its
    news was told, as YYYY-MM-DD: "..., officials said on Monday, September 14, 2026." Wire copy
    often states its day only there; the day of telling is the day of the copy. Only a full
    date (with its year) right after a reporting verb and "on" counts; a date anywhere else in
    a sentence is an event. "" when there is none."""
    from briefgen.ingest.segment import sentence_spans

    spans = sentence_spans(paragraph)
    first = " ".join(paragraph[spans[0][0]:spans[0][1]].split()) if spans else ""
    for form in _DATE_FORMS[:3]:
        for match in form.finditer(first):
            if _SAID_ON.search(first[:match.start()]):
                return _date_of(match)
    return ""


def told_date(paragraphs: Sequence[str]) -> tuple[str, str]:
    """The day a news text says its news was told, and where that was read, from its paragraphs of
    prose in order: ("YYYY-MM-DD", "first sentence") when its opening sentence gives it (`said_on`);
    ("YYYY-MM-DD", "later sentence") when the opening sentence names only a weekday ("... on Friday
    filed a court challenge") and a later sentence tells, with a reporting verb, a full date on that
    same weekday ("..., its chairman said outside the court in Sofia on October 9, 2026."): the
    weekday ties that date to the lead's news. A told date on another weekday, or a lead without
    one, is a past statement recalled, and dates nothing. ("", "") when there is none."""
    from briefgen.ingest.segment import sentence_spans

    if not paragraphs:
        return "", ""
    if told := said_on(paragraphs[0]):
        return told, "first sentence"
    spans = sentence_spans(paragraphs[0])
    first = paragraphs[0][spans[0][0]:spans[0][1]] if spans else ""
    weekdays = {day.lower() for day in _WEEKDAY_WORD.findall(first)}
    if len(weekdays) != 1:
        return "", ""
    (weekday,) = weekdays
    for paragraph in paragraphs[:12]:
        flat = " ".join(paragraph.split())
        for form in _DATE_FORMS[:3]:
            for match in form.finditer(flat):
                found = _date_of(match)
                if (found and _SAID_ON.search(flat[:match.start()])
                        and dt.date.fromisoformat(found).strftime("%A").lower() == weekday):
                    return found, "later sentence"
    return "", ""


_DAY_FIRST = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"(?![a-z])")
_MONTH_FIRST = re.compile(r"(?<![\w.])" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|per|,\s*\d{3}\b))")


def numeric_order(text: str) -> str:
    """The order the text writes its dates in, which a numeric date of the same writer follows:
    "dm" when it writes days before months ("31 March", British and most of the world), "md"
    when months before days ("March 31", American), "" when it writes neither or both alike."""
    day_first, month_first = len(_DAY_FIRST.findall(text)), len(_MONTH_FIRST.findall(text))
    if day_first > month_first:
        return "dm"
    if month_first > day_first:
        return "md"
    return ""


_CLOSING_CREDIT = re.compile(r"^\(?(?:reporting|writing|additional reporting|editing|compiled)\b.*\)?$|^\(?[a-z]{0,4}/[a-z]{0,4}\)?$",
                             re.IGNORECASE)


def closing_date(text: str, lines: list[tuple[int, int, str]] | None = None) -> tuple[str, int, int] | None:
    """The date line a text ends with, as wire copy often does ("Monday, March 3, 2025",
    "07/03/2025 16:05" under "Ends"): (ISO date, start, end of the line), or None. Only a line
    that gives nothing but a date (and time) counts, among the last lines after the text's
    closing credits and notices ("(Reporting by ...)", "Ends"); a numeric date either number
    could be the day of is read in the order the text writes its other dates (`numeric_order`)
    and is None when they do not tell."""
    lines = _lines(text) if lines is None else lines
    for start, end, line in reversed(lines[-4:]):
        if re.match(r"(?:[-+•]|\*(?!\*)|\d+[.)])\s", line):
            return None  # a list's last item, a timeline's say, is no date line
        plain = _plain(line)
        if date_line(plain):
            for form in _DATE_FORMS:
                match = form.search(plain)
                if match:
                    found = _date_of(match, numeric_order(text[:start]))
                    return (found, start, end) if found else None
            return None
        if not (_WIRE_FOOTER.match(plain) or _CLOSING_CREDIT.match(plain)):
            return None
    return None


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


_TYPEWRITER_DASH = re.compile(r"(?<=\S) (?:_|--) (?=\S)")
_WORD_DASH = re.compile(r"\S*[^\W\d_]--[^\W\d_]\S*")


def typeset(text: str) -> str:
    """*text* with the typewriter conventions of wire copy shown as print shows them:
    ``...'' quote pairs as “...”, " _ " and " -- " as " — ", "word--word" as "word—word"
    (not inside paths or web addresses). For display only, like `displayable`: the text as
    read keeps its characters, so offsets and quote checks still point at it."""
    if "``" in text or "''" in text:
        text = text.replace("``", "\u201c").replace("''", "\u201d")
    text = _TYPEWRITER_DASH.sub(" \u2014 ", text)
    if "--" in text:
        text = _WORD_DASH.sub(
            lambda m: m.group(0) if re.search(r"[/\\@]|\.\w", m.group(0)) else m.group(0).replace("--", "\u2014"),
            text)
    return text


HYPHEN_GAP = re.compile(r"\s+(?=[^\W\d_])")
"""White space that runs on to a letter: after a word's hyphen, a hyphen break (`HYPHEN_BREAK`)."""
HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_]-)" + HYPHEN_GAP.pattern)
"""White space between a word's hyphen and the letter that runs on: where hard-wrapped copy broke a
hyphenated word ("Reilly-" / "Vance", "short-" / "let"), or where folding that break left a space
("Reilly- Vance"). The one rule every reader of a hyphen break uses: `rejoin_hyphens` (what a brief
shows and compose reads), `verify` (quotes and sources alike) and the names speakers are given."""
_SUSPENDED = re.compile(r"(?:and|or|nor|to|as|und|et)\b")
"""The conjunction after a suspended hyphen ("short- and long-term", "two- or three-year")."""


def rejoin_hyphens(text: str, *, suspended: bool = False) -> str:
    """*text* with a hyphenated word that hard-wrapped copy broke (`HYPHEN_BREAK`) whole: "short-\\nlet"
    and, once whitespace is folded, "short- let" as "short-let", "Reilly- Vance" as "Reilly-Vance". A
    suspended hyphen before a conjunction ("short- and long-term") stays open unless *suspended*
    (`verify` closes every break, in quotes and sources alike, so a quote copied from a brief is found
    either way). For display and reading only: the text as read keeps its characters, so offsets and
    quote checks still point at it."""
    if "-" not in text:
        return text
    if suspended:
        return HYPHEN_BREAK.sub("", text)
    return HYPHEN_BREAK.sub(lambda m: m.group(0) if _SUSPENDED.match(text, m.end()) else "", text)


_HEADER_LABEL = re.compile(
    r"(?:^|(?<=[(|/;.\u00b7*_\u2014\u2013-])|(?<=[(|/;.\u00b7*_\u2014\u2013-][ \t]))[ \t]*"
    r"(?P<label>first[ \t]+published|published|posted|last[ \t]+updated|updated)\b"
    r"(?:[ \t]+(?:on|at))?[ \t]*:?[ \t]*(?:\*+|_+)?[ \t]*"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[ \t]+)?",
    re.IGNORECASE,
)
_MONTH_DAY = (
    re.compile(_MONTH + r"[ \t]+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?[ \t]+" + _MONTH),
)


def _labelled_dates(text: str) -> list[tuple[str, str, int, int, int]]:
    """(label, year or "", month, day) of each date a header line gives after a "Published",
    "Posted", "Updated" or "Last updated" word: at a line's start or after a separator ("|",
    "/", "(", a dash), in the first short paragraphs, so a sentence's "the list, updated
    March 8," is no header. The year may be missing ("(updated 8 March)")."""
    from briefgen.ingest.segment import paragraphs

    head = text[:_DATELINE_ZONE]
    found: list[tuple[str, str, int, int, int]] = []
    for p_start, p_end in paragraphs(head)[:8]:
        lines = head[p_start:p_end].splitlines()
        if len(lines) > 3:
            continue
        for line in lines:
            if len(line.split()) > 20:
                continue
            for label in _HEADER_LABEL.finditer(line):
                rest = line[label.end():label.end() + 40]
                kind = "updated" if "updated" in label.group("label").lower() else "published"
                for form in (*_DATE_FORMS, *_MONTH_DAY):
                    match = form.match(rest)
                    if match is None:
                        continue
                    parts = match.groupdict()
                    if parts.get("first"):
                        iso = _date_of(match)
                        if iso:
                            found.append((kind, iso[:4], int(iso[5:7]), int(iso[8:]), label.start()))
                        break
                    month = int(parts["num"]) if parts.get("num") else next(
                        (number for name, number in _MONTHS.items() if name.startswith(parts["month"].lower()[:3])), 0)
                    found.append((kind, parts.get("year") or "", month, int(parts["day"]), label.start()))
                    break
    return found


_OPENED = re.compile(r"(?:(?:posted|started|created|opened)(?:[ ]on)?:?[ ]+)?(?P<when>.{6,40})", re.IGNORECASE)


def _thread_opened(lines: list[tuple[int, int, str]], headers: list[tuple[int, int, str, str]]) -> str:
    """The full date a dated line over a thread's first post gives ("Posted 13 November 2025", when
    the posts' own headers give only day and month), as YYYY-MM-DD, or ""."""
    for start, _, line in lines:
        if not headers or start >= headers[0][0]:
            break
        if (opened := _OPENED.fullmatch(_plain(line))) is not None and date_line(opened.group("when")):
            return _thread_date(opened.group("when"))
    return ""


def _thread_date(when: str) -> str:
    """The full date a post header's time gives ("March 6, 2025", "2025-03-06 14:02") as
    YYYY-MM-DD, or ""."""
    for form in _DATE_FORMS:
        match = form.search(when)
        if match:
            return _date_of(match)
    return ""


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def publication_dates(text: str) -> tuple[str, str]:
    """(published, updated) as YYYY-MM-DD: the date the text opens with (`dateline`) and the
    date a header line says it was last updated ("Published March 7, 2025 / Updated March 8",
    "Last updated: 8 March 2025", "(updated 8 March)"). A date without its year takes the
    publication's (the next year's when that would put it before publication). When the
    only full date is the update's, a "Published" date of the same header gives the
    publication. The update is "" unless it is later than the publication."""
    published = dateline(text)
    labelled = _labelled_dates(text)
    if not labelled:
        return published, ""
    years = [int(year) for _, year, *_ in labelled if year]
    base_year = int(published[:4]) if published else (years[0] if years else 0)
    if not base_year:
        return published, ""

    def resolved(year: str, month: int, day: int, after: dt.date | None) -> dt.date | None:
        if year:
            return _day(int(year), month, day)
        found = _day(base_year, month, day)
        if found is not None and after is not None and found < after:
            found = _day(base_year + 1, month, day)
        return found

    said_published = next((resolved(y, m, d, None) for kind, y, m, d, _ in labelled if kind == "published"), None)
    updates = [resolved(y, m, d, said_published) for kind, y, m, d, _ in labelled if kind == "updated"]
    update = max((u for u in updates if u is not None), default=None)
    if said_published is not None and (not published or (update is not None and published == update.isoformat())):
        published = said_published.isoformat()
    if update is None or not published or update.isoformat() <= published:
        return published, ""
    return published, update.isoformat()


# ---------------------------------------------------------------- a label for an untitled source
# Wire copy often comes without its headline, a plain-text statement or a note without a title. A
# Sources list then names the source by its opening words, verbatim (never a made-up title): the
# first sentence after any dateline, cut at a word boundary (at a clause's comma when one falls
# late enough), never ending on a word that needs the next one ("the", "of", "that").

OPENING_WORDS = 12
"""Most words an opening label keeps before it is cut."""
_DANGLING = {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but",
             "that", "which", "who", "whose", "as", "its", "their", "his", "her", "our", "this", "these",
             "those", "is", "are", "was", "were", "be", "been", "has", "have", "had", "into", "than", "about",
             "after", "before", "over", "under", "not", "no", "would", "will", "could", "can", "may", "said"}


def opening_label(text: str, starts: Sequence[tuple[int, int]]) -> str:
    """The words an untitled source opens with, for a list of sources ("" when none reads as prose).

    *starts* are the (start, end) offsets of its first sentences as located; a wire dateline
    ("PARIS, March 4 (AP) - ") is no part of the label, nor is a line of fewer than 4 words (a
    byline, a signature). The label is verbatim, cut after OPENING_WORDS words, with "..." when cut."""
    for start, end in starts[:3]:
        sentence = " ".join(text[start:end].split())
        sentence = sentence[dateline_end(sentence):].lstrip(" -–—_")
        words = sentence.split()
        if len(words) < 4 or _BYLINE.match(sentence):
            continue
        if len(words) <= OPENING_WORDS + 3:
            return " ".join(words)
        cut = words[:OPENING_WORDS]
        clause = next((n for n in range(len(cut) - 1, 5, -1) if cut[n - 1].endswith(",")), None)
        if clause is not None:
            cut = cut[:clause]
        while len(cut) > 4 and cut[-1].lower() in _DANGLING:
            cut = cut[:-1]
        return " ".join(cut).rstrip(",;:") + " ..."
    return ""
