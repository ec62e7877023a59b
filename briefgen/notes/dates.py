"""Dates a sentence names, normalised against its source's own date.

    mentions(sentence, anchor) -> tuple[When, ...]

Absolute dates ("March 5", "5 March 2026", "2026-03-05"), weekdays ("on Tuesday", "Tuesday's
meeting", "next Thursday"), a bare day of the month ("on the 12th"), relative days ("yesterday",
"a week ago", "four days after March 5", "two days later" after a date in the same sentence),
and coarser periods ("next week", "in May", "by the end of March", "in 2031", "next year").

A weekday or a bare day of the month is the one nearest the source's date in the direction
the clause's tense points: on or before it for the past ("said on Tuesday"), after it for the
future ("will meet on Tuesday"). A date without a year is the one nearest the source's date.
A reference anchored to something that is not a date ("four days after the vote") and vague
ones ("recently", "last week" for a day) give no day: a reader cannot be given a date for them.

General English only: calendar words, tense and a few time words.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from briefgen.ingest.clean import MONTHS, WEEKDAYS
from briefgen.words import CLAUSE_COMMA

Precision = Literal["day", "week", "month", "year"]


@dataclass(frozen=True)
class When:
    """One date or period a sentence names."""

    first: dt.date
    """First day it names."""
    last: dt.date
    """Last day it names (the same day for a date)."""
    precision: Precision
    """day | week | month | year."""
    start: int
    """Offset of the expression in the sentence."""
    end: int
    """Offset after it."""
    future: bool
    """The clause speaks of a time after the source's date (tense, or a date after it)."""
    relative: bool = False
    """Its day is counted from the source's date ("Tuesday", "on the 12th", "yesterday", "next
    week"), not written out ("March 12", "2026-03-12"; a year-less one takes only its year
    from the source's date)."""


# A month's name, written out or abbreviated ("Mar.", "Sept", "Jun."); capitalised as in running text.
MONTH_NAMES = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?|Aug(?:ust|\.)?|"
                r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAYNAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


_LEADING_LABEL = re.compile(r"(?:" + _DAYNAME + r",?\s+)?(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>" + MONTH_NAMES
                            + r")|(?P<month2>" + MONTH_NAMES + r")\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)\d\d)?"
                            r"\s*(?::|\s[–—-])\s+(?=\S)")


def leading_label(text: str) -> tuple[int, int, int] | None:
    """(month, day, where the rest starts) when *text* opens on a date written as a list item's label
    ("30 November: consultation closes", "Dec 2 — public hearing"); None otherwise."""
    found = _LEADING_LABEL.match(text)
    if found is None:
        return None
    month = found.group("month") or found.group("month2")
    return _month(month), int(found.group("day") or found.group("day2")), found.end()


def count_of(word: str) -> int:
    """A count written in digits or as a word up to twelve ("6", "six", "a"): `_COUNT`'s words."""
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


_COUNT = r"(?P<count>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<num>\d\d)-(?P<day>\d\d)\b")
_MONTH_DAY = re.compile(r"\b(?P<month>" + MONTH_NAMES + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!:|\.\d)"
                        r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>" + MONTH_NAMES + r")\b"
                        r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")
_WEEKDAY = re.compile(r"\b(?:(?P<which>last|next|this|coming)\s+)?(?P<name>" + _DAYNAME + r")\b")
_WEEK_ON = re.compile(r"\s+week\b(?!['’]s)", re.IGNORECASE)
"""After a day's name, "week" alone ("on Thursday week"): that day a week on, in British use, or
(with "last") the week before; too loosely used to count."""
_WEEK_AFTER = re.compile(r"\s+(?:of\s+)?(?P<which>last|next)\s+week\b", re.IGNORECASE)
"""After a day's name, the week it is in ("on Friday last week"): not the source's own week."""
_DAY_OF_MONTH = re.compile(r"\b(?:on|from|until|till|by|since|before|after) the (?P<day>\d{1,2})(?:st|nd|rd|th)\b"
                           r"(?!\s+(?:of\s+)?[A-Za-z])")
RELATIVE_DAY = re.compile(r"\b(?P<word>yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|"
                          r"evening))\b", re.IGNORECASE)
"""A day counted from the day the text was written ("yesterday", "this morning")."""
_THIS_WEEK = re.compile(r"\bthis week\b", re.IGNORECASE)


def counts_from_writing(text: str) -> bool:
    """Whether *text* places itself by the day it was written ("said yesterday", "today",
    "this week"): from a source with no date, a time no reader can place."""
    return bool(RELATIVE_DAY.search(text) or _THIS_WEEK.search(text))
_AGO = re.compile(r"\b" + _COUNT + r"\s+(?P<unit>days?|weeks?)\s+ago\b", re.IGNORECASE)
_OFFSET = re.compile(r"\b" + _COUNT + r"\s+(?P<unit>days?|weeks?)\s+(?P<dir>later|earlier|after|before)\b(?![^.;]{0,40}\bthan\b)",
                     re.IGNORECASE)
_PERIOD = re.compile(r"\b(?P<which>last|next|this|later this|early next|late next)\s+(?P<unit>week|month|year)\b",
                     re.IGNORECASE)
_END_OF = re.compile(r"\b(?:the\s+)?end\s+of\s+(?:the|this)\s+(?P<unit>week|month|year)\b", re.IGNORECASE)
_MONTH_ONLY = re.compile(r"\b(?:in|by|until|till|since|from|before|after|during|early|late|mid-?|end of|"
                         r"beginning of|start of)\s+(?P<month>" + MONTH_NAMES + r")(?:\s+(?P<year>(?:19|20)\d\d))?\b"
                         r"(?!\s+\d)")
_YEAR_ONLY = re.compile(r"\b(?:in|by|until|till|since|from|before|after|during|of|early|late|mid-?)\s+"
                        r"(?P<year>(?:19|20)\d\d)\b(?!-\d)")

_FUTURE_CUE = re.compile(
    r"\b(?:will|won['’]t|shall|would|wouldn['’]t|is due|are due|due to|scheduled|set to|is expected|are expected|"
    r"expects?|expected|plans? to|planned for|planning to|is to|are to|to be held|going to|is forecast|"
    r"are forecast|forecast for|forecast to|next|coming|upcoming|deadline|aims? to|intends? to|hopes? to|"
    r"could|may|might|working towards?|working to|aiming (?:to|for)|on (?:track|course) to|targets?|targeting|"
    # a scheduled event told in the present ("the fund opens on Monday", "a meeting is being held on
    # Thursday"): news tells what has happened in the past tense, so these name a day to come
    r"(?:re)?opens|closes|starts|begins|meets|resumes|takes\s+place|goes\s+ahead|kicks\s+off|"
    r"(?:is|are)\s+(?:being\s+)?held)\b"
    r"|['’]ll\b",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(r"\b(?:was|were|had|did|said|told|began|went|came|saw|took|gave|found|met|rose|fell|"
                       r"broke|left|held|spent|made|sent|won|lost|paid|built|kept|led|ran|struck|sold|bought|brought|"
                       r"thought|felt|stood|swept|tore|spread|fled|flew|fought|caught|shook|blew|drove|wrote|spoke|"
                       r"chose|froze|sank|threw|grew|knew|drew|hung|dug|stuck|burst|ago|last|\w{3,}ed)\b",
                       re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by)\s+(?:(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?|midnight|noon|"
                              r"close of business|the end of)\s+(?:on\s+)?)?$", re.IGNORECASE)
"""Just before a weekday, a time limit ("until 17:00 on Friday", "by midnight on Monday")."""
_TO_ACT = re.compile(r"\s+(?:to|in which to)\s+(?!(?:no|the|a|an|its|their|his|her|our|this|that|some|any|little|"
                     r"much|date|be\s+(?:held|heard))\b)[a-z]{2,}\b")
"""After a weekday, what the time limit is for ("until Friday to submit a plan"): a deadline set."""
_EARLIER_PLUPERFECT = re.compile(r"\bhad\s+(?:been|given|set|\w+ed)\b", re.IGNORECASE)
"""A deadline set before the past ("had been given until Monday to respond"): it may have run out."""


_WEAK_FUTURE = re.compile(r"(?i)would|wouldn['’]t")
"""A modal that tells no direction after a date: a past day's consequence ("The council's vote on
Tuesday night would suspend ...") as often as a plan ("Talks on Monday would decide ...")."""
_AUXILIARY = re.compile(r"\b(?:be|been|being|have)\s+$", re.IGNORECASE)
"""Before a participle that is no past tense ("will be held", "would have met")."""
_NO_PAST_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|my|your|this|these|those|is|are|am|be|being)\s+$",
                             re.IGNORECASE)
"""Before an "-ed" word that tells no past: an adjective after an article or possessive ("setting up a
contested annual meeting on Thursday", "the delayed scheme") or a present passive ("no household is
missed when ...")."""
_CLAUSE_COLON = r"(?:(?<!\d):|:(?!\d))"
"""A colon that breaks a clause: not one inside a time of day ("from 06:00 on Friday"), which would
cut the clause's verb off from the day it dates."""
_CLAUSE_BREAK = re.compile(CLAUSE_COMMA + "|" + _CLAUSE_COLON + r"|[;—–(]|\bthat\b|\bbut\b|\bwhile\b|\band\b|\bwhich\b|\bwho\b|\bwhere\b|\bafter\b|"
                           r"\bbefore\b|\bwhen\b")


_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


# ---------------------------------------------------------------- time phrases that carry a year
# Two stages read a time phrase as a value, not as a day to place: corroboration compares what two
# statements report (`TIME_POINT`, keyed by `time_key`), supersession tells a target moved to a later
# period (`YEAR_PERIOD`). They share the year and the seasons; they differ where their callers do:
# TIME_POINT also takes a full day ("1 July 2027") and a month with its year, which corroboration
# compares and supersession gets from `mentions`; YEAR_PERIOD takes "H1", "final quarter", "1st half"
# and a leading "the" (supersession strips the whole phrase before it compares words).

_YEAR = r"(?:19|20)\d\d"
_SEASONS = r"spring|summer|autumn|fall|winter"
_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTHS) + r")\.?"
_PART = (r"(?:(?P<half>first|second)\s+half|(?P<quarter>first|second|third|fourth)\s+quarter|(?P<q>Q[1-4])|"
         r"(?P<season>" + _SEASONS + r")|(?P<edge>start|beginning|middle|end|early|mid|late)"
         r"|(?P<month>" + _MONTH + r"))")
TIME_POINT = re.compile(
    r"\b(?:(?P<day1>\d{1,2})\s+(?P<month1>" + _MONTH + r")\s+(?P<y1>" + _YEAR + r")"
    r"|(?P<month2>" + _MONTH + r")\s+(?P<day2>\d{1,2}),?\s+(?P<y2>" + _YEAR + r")"
    r"|" + _PART + r"(?:[\s-]+of)?[\s-]+(?P<y3>" + _YEAR + r")"
    r"|(?P<y4>" + _YEAR + r"))\b(?!\s*(?:percent|%|crowns|euros|dollars|kronor|people|workers|tonnes))",
    re.IGNORECASE)
"""A point or period of time that carries a year: "1 July 2027", "July 1, 2027", "the second half
of 2031", "Q3 2027", "the autumn of 2028", "2034". Such a date is a value of what a statement
reports (when a ship is delivered, when a merger completes) as much as an amount is."""


def time_key(match: re.Match[str]) -> str:
    """A `TIME_POINT`'s value, as a comparable key ("2031:second-half", "2027-july-1", "2034")."""
    g = match.groupdict()
    if g["y1"] or g["y2"]:
        month = (g["month1"] or g["month2"]).lower().rstrip(".")
        return f"{g['y1'] or g['y2']}-{month}-{int(g['day1'] or g['day2'])}"
    if g["y3"]:
        part = next(f"{k}:{v.lower()}" for k in ("half", "quarter", "q", "season", "edge", "month") if (v := g[k]))
        return f"{g['y3']}:{part.replace('fall', 'autumn')}"
    return g["y4"]


_YEAR_PART = (r"(?P<part>(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+(?:quarter|half)|"
              r"early|mid|late|end|start|beginning|middle|" + _SEASONS + r")")
YEAR_PERIOD = re.compile(r"(?i)\b(?:(?:the\s+)?" + _YEAR_PART + r"(?:\s+of|-|\s+)\s*(?:the\s+year\s+)?|"
                         r"(?P<q>[QH][1-4])\s+)?(?P<year>" + _YEAR + r")\b(?![-/]\d)")
"""A period of a year as a plan names it: "the fourth quarter of 2030", "H1 2032", "mid-2031",
"2031" (`part`, `q` and `year` groups)."""


def iso(day: dt.date, precision: Precision = "day") -> str:
    """*day* as ISO 8601 to the precision the text gave, never finer: "2027" for a year,
    "2027-03" for a month, "2025-W11" for a week, "2027-03-12" for a day."""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day.isoformat()


def order(day: dt.date, precision: Precision = "day") -> tuple[dt.date, int]:
    """Sort key for dates of mixed precision: by first day, a day before the month or year
    that starts on it."""
    return day, _PRECISION_ORDER[precision]


def _month(name: str) -> int:
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(name.lower().rstrip(".")[:3]))


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


_SCHEDULED_THEN = re.compile(
    r"\b(?:had\s+been|was|were)\s+(?:\w+ly\s+)?(?:due|scheduled|set|expected|supposed|meant|planned|slated|"
    r"timetabled)\s+(?:to|for|on|at)\b|\b(?:was|were)\s+to\s+(?:have\s+)?[a-z]+\b", re.IGNORECASE)
"""A plan as it stood in the past ("had been due to hear", "was scheduled for", "were to meet"):
the future seen from an earlier time, whose day may lie before or after the source's date."""


_PUT_OFF = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+off|cancel(?:l?ed|s|l?ing)?|postpon(?:e|ed|es|ing)|suspend(?:ed|s|ing)?|"
    r"scrap(?:ped|s|ping)?|avert(?:ed|s|ing)?|put(?:s|ting)?\s+off|defer(?:red|s|ring)?|shelv(?:e|ed|es|ing)|"
    r"ahead\s+of|before)\s+$", re.IGNORECASE)
"""Just before a weekday's possessive, an act on an event that may not have happened yet ("called off
Thursday's strike", "ahead of Friday's vote"): a past verb dates the act, not the event."""


def _clause_before(sentence: str, at: int) -> str:
    """The words before offset *at* back to the last comma, semicolon, dash or sentence end (a
    preposition such as "before" in "appear before the committee" ends no clause here)."""
    before = sentence[max(0, at - 90):at]
    breaks = [m.end() for m in re.finditer(CLAUSE_COMMA + r"|[;:—–(.!?]\s", before)]
    return before[breaks[-1]:] if breaks and before[breaks[-1]:].strip(" ,") else before


_MOVED = re.compile(
    r"\b(?:delay(?:ed|s)?|postpon(?:e|ed|es)|put\s+off|push(?:ed|es)?\s+back|defer(?:red|s)?|"
    r"move[ds]?|reschedul(?:e|ed|es)|brought\s+forward|extend(?:ed|s)?|adjourn(?:ed|s)?|shift(?:ed|s)?)\b",
    re.IGNORECASE)
"""A verb that moves an event in time ("postponed to early March", "adjourned until June"): the month
it names may lie ahead whatever the tense of the move."""


_WAS_DUE = re.compile(r"\b(?:had\s+been|was|were)\s+(?:\w+ly\s+)?(?:due|scheduled|set|expected|supposed|meant|"
                      r"planned|slated|timetabled|forecast)\b", re.IGNORECASE)
"""A plan as it stood, told without what it was for ("was expected in January", "had been due in March")."""


def _done_by(sentence: str, match: re.Match[str]) -> bool:
    """Whether a bare month (`_MONTH_ONLY`) told in the past tense names a month already begun: not
    after a preposition that points ahead ("until", "by", "before"), nor when the clause moves an event
    or tells a plan as it stood ("had been due in March"), whose month may still be to come."""
    if re.match(r"(?i)(?:until|till|by|before|from)\b", match.group(0)):
        return False
    clause = _clause_before(sentence, match.start())
    return not (_MOVED.search(clause) or _SCHEDULED_THEN.search(clause) or _WAS_DUE.search(clause))


_CLAUSE_REACH = 200
"""How far before a date `_future` looks for its clause's verb (a clause break ends it sooner)."""
_CONDITION_OPEN = re.compile(r"\s*(?:if|unless|should)\b", re.IGNORECASE)
"""A clause opened by a condition ("If talks on Thursday fail"): what it names is hypothetical."""


def _future(sentence: str, at: int, ahead: bool = True) -> bool | None:
    """Whether the clause before offset *at* speaks of the future (True), the past (False) or
    does not say (None): the cue nearest the date wins. With *ahead*, a clause that does not say
    takes a future cue in the words after the date ("On Monday the board will ...")."""
    # back to the clause's start, however far its verb stands from the date ("would still press their case
    # at a meeting with regional transport minister Alasdair Kinloch-Reid on Monday")
    before = sentence[max(0, at - _CLAUSE_REACH):at]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    clause = before[breaks[-1]:] if breaks and before[breaks[-1]:].strip(" ,") else before
    if _CONDITION_OPEN.match(clause) and not _PAST_CUE.search(clause):
        return True  # "If talks on Thursday fail, ...": a condition set on a day to come
    future = [m.end() for m in _FUTURE_CUE.finditer(clause)]
    # A participle after a future cue ("will stay closed", "would be published") is no past tense.
    past = [m.end() for m in _PAST_CUE.finditer(clause)
            if not (future and m.start() >= min(future) and (m.group(0).lower().endswith("ed")
                                                            or _AUXILIARY.search(clause, 0, m.start())))
            and not _adjectival(clause, m)]
    if future or past:
        return (max(future) if future else -1) >= (max(past) if past else -1)
    if not ahead:
        return None
    # The clause before says nothing: the verb nearest after the date tells ("On Wednesday the board
    # approved the plan to return ..." is past, whatever "plan to" says of the plan; "On Monday the
    # board will ..." is ahead).
    # only the date's own clause: a relative clause's "scooters that may be off the road" says nothing
    # of when the day is; "would" says no direction (`_WEAK_FUTURE`)
    word = re.match(r"\S*", sentence[at:at + 60])
    after = _clause_after(sentence, at, word.end() if word else 0)
    first_future = next((m for m in _FUTURE_CUE.finditer(after) if not _WEAK_FUTURE.fullmatch(m.group(0))), None)
    first_past = next((m for m in _PAST_CUE.finditer(after) if not re.fullmatch(r"(?i)last|ago", m.group(0))), None)
    if first_past is not None and (first_future is None or first_past.start() < first_future.start()):
        return None if first_future is None else False
    return True if first_future else None


def _adjectival(text: str, cue: re.Match[str]) -> bool:
    """Whether the past cue *cue* of *text* is an "-ed" word that tells no past tense (`_NO_PAST_BEFORE`)."""
    return cue.group(0).lower().endswith("ed") and bool(_NO_PAST_BEFORE.search(text, 0, cue.start()))


_PRESENT_BE = re.compile(r"\b(?:is|are|am|isn['’]t|aren['’]t)\b", re.IGNORECASE)
_NON_FINITE = re.compile(r"\b(?:[a-z]{3,}ing|to\s+[a-z]+)\b", re.IGNORECASE)


def _unsettled(sentence: str, at: int) -> bool:
    """Whether a day at *at* that no tense cue places is told in the present ("Meeting is Saturday
    2pm", "households living under tarpaulins five days after Tuesday's storm are ...") or in a
    phrase with no tense of its own (", setting up a contested meeting on Thursday", "an attempt to
    head off a vote at Thursday's meeting"): its direction cannot be read."""
    clause = _clause_before(sentence, at)
    return bool(_PRESENT_BE.search(sentence, 0, at) or _PRESENT_BE.search(sentence, at, at + 60)
                or _NON_FINITE.search(clause))


_DUTY = re.compile(r"\b(?:must|should|has\s+to|have\s+to|needs?\s+to)\b(?!\s+have\b)", re.IGNORECASE)
"""An obligation ("Bids must be submitted before Thursday", "The survey on Friday should show it"): a
day still ahead (not "should have": a duty missed)."""


def _sentence_tense(sentence: str, at: int) -> bool | None:
    """The tense of *sentence* around a day at offset *at* whose own clause says none (`_future`):
    the cue nearest before it back to a comma, semicolon or dash ("battered the town and the
    villages on Tuesday", "We expect the plan (...) to pass at Thursday's meeting"), else the first
    after it in the sentence ("The minister, speaking on Tuesday, said ..."); None when there is none either way (a forum's "At home Saturday", "five days after
    Tuesday's storm", ", setting up a contested vote on Thursday": a participle after a comma
    takes its time from a clause it does not share)."""
    before = sentence[max(0, at - _CLAUSE_REACH):at]
    stops = [m.end() for m in re.finditer(CLAUSE_COMMA + "|" + _CLAUSE_COLON + r"|[;—–]", before)]
    before = before[stops[-1]:] if stops else before
    cues = [(m.end(), True) for m in _FUTURE_CUE.finditer(before) if not _WEAK_FUTURE.fullmatch(m.group(0))]
    cues += [(m.end(), True) for m in _DUTY.finditer(before)]
    cues += [(m.end(), False) for m in _PAST_CUE.finditer(before)
             if not _adjectival(before, m) and not re.fullmatch(r"(?i)last|ago", m.group(0))
             and not _AUXILIARY.search(before, 0, m.start())]
    if cues:
        return max(cues)[1]
    after = sentence[at:at + _CLAUSE_REACH]  # past an aside's comma: "The minister, speaking on Tuesday, said"
    cues = [(m.start(), True) for m in _FUTURE_CUE.finditer(after) if not _WEAK_FUTURE.fullmatch(m.group(0))]
    cues += [(m.start(), True) for m in _DUTY.finditer(after)]
    cues += [(m.start(), False) for m in _PAST_CUE.finditer(after)
             if not _adjectival(after, m) and not re.fullmatch(r"(?i)last|ago", m.group(0))]
    return min(cues)[1] if cues else None


def _reported_would(sentence: str, at: int) -> bool:
    """Whether the future cue nearest before offset *at* is "would" (a report's "said the schools would
    stay closed on Wednesday"): what was said that day of that day."""
    cues = list(_FUTURE_CUE.finditer(sentence, max(0, at - _CLAUSE_REACH), at))
    return bool(cues) and bool(_WEAK_FUTURE.fullmatch(cues[-1].group(0)))


def _clause_after(sentence: str, at: int, skip: int = 0) -> str:
    """The 60 characters of *sentence* from *at*, up to the first clause break (`_CLAUSE_BREAK`)
    found from *skip* characters on (past the date's own word, whose comma is the date's)."""
    after = sentence[at:at + 60]
    cut = _CLAUSE_BREAK.search(after, skip)
    return after[:cut.start()] if cut else after


def _only_would_after(sentence: str, at: int) -> bool:
    """Whether the words after the date at *at*, within its clause, look ahead only by "would"."""
    cues = list(_FUTURE_CUE.finditer(_clause_after(sentence, at)))
    return bool(cues) and all(_WEAK_FUTURE.fullmatch(m.group(0)) for m in cues)


def _nearest(candidates: list[dt.date], anchor: dt.date, future: bool | None) -> dt.date:
    """The candidate nearest *anchor*; ties (and nothing else) broken by tense."""
    return min(candidates, key=lambda day: (abs((day - anchor).days), (day < anchor) == bool(future)))


def _week(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


MOST_MENTIONS = 60
"""A sentence naming more dates than this is a list or a run-on, not a statement: no date of it is
read (its pairs would cost time quadratic in their count; precision first)."""


class _TooMany(Exception):
    pass


@functools.lru_cache(maxsize=4096)  # pure; a build asks it of the same text per audience and pass
def mentions(sentence: str, anchor: dt.date) -> tuple[When, ...]:
    """Every date or period *sentence* names, normalised against *anchor* (the source's date),
    in the order they appear; none when it names more than MOST_MENTIONS."""
    try:
        return _mentions(sentence, anchor)
    except _TooMany:
        return ()


def _mentions(sentence: str, anchor: dt.date) -> tuple[When, ...]:
    """Every date or period *sentence* names, normalised against *anchor* (the source's date),
    in the order they appear."""
    if not dt.date.min + dt.timedelta(days=400) < anchor < dt.date.max - dt.timedelta(days=400):
        return ()  # "last Monday" or "next year" would leave the calendar (as_of = 0001-01-01)
    found: list[When] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(first: dt.date, last: dt.date, precision: Precision, start: int, end: int, future: bool | None,
            relative: bool = True) -> None:
        if len(found) >= MOST_MENTIONS:
            raise _TooMany
        taken.append((start, end))
        ahead = first > anchor if future is None else future or first > anchor
        found.append(When(first, last, precision, start, end, ahead and last > anchor, relative))

    for match in _ISO.finditer(sentence):
        day = _date(int(match["year"]), int(match["num"]), int(match["day"]))
        if day:
            add(day, day, "day", match.start(), match.end(), None, relative=False)
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(sentence):
            if not free(match.start(), match.end()):
                continue
            month, number = _month(match["month"]), int(match["day"])
            future = _future(sentence, match.start())
            if match["year"]:
                options = [d for d in [_date(int(match["year"]), month, number)] if d]
            else:
                options = [d for d in (_date(anchor.year + k, month, number) for k in (-1, 0, 1)) if d]
            if options:
                day = _nearest(options, anchor, future)
                add(day, day, "day", match.start(), match.end(), future, relative=False)
    for match in _WEEKDAY.finditer(sentence):
        if not free(match.start(), match.end()) or any(0 <= w.start - match.end() <= 3 for w in found):
            continue  # "Monday, March 16": the date that follows says it
        if not match["which"] and (_ANY_SUCH_DAY.search(sentence, 0, match.start()) or (
                _OF_OR_FOR.search(sentence, 0, match.start()) and _NOUN_NEXT.match(sentence, match.end()))):
            continue  # "offer a Friday program", "childcare every Friday", "the cost of Friday childcare": no one day
        which = (match["which"] or "").lower()
        target = WEEKDAYS.index(match["name"].lower())
        put_off = sentence[match.end():match.end() + 2] in ("'s", "’s") and _PUT_OFF.search(
            sentence, max(0, match.start() - 24), match.start()) and not _future(sentence, match.start(), ahead=False)
        if not which and (_SCHEDULED_THEN.search(_clause_before(sentence, match.start())) or put_off):
            # "had been due to hear ... on Tuesday": a plan as it stood before the source was
            # written, for a day before or after it; the tense gives no direction, so the
            # nearest such day, and none when the nearest is not clearly so. Likewise a day's
            # event called off or awaited ("called off Thursday's strike"): the past verb dates
            # the calling off, not the event.
            back = (anchor.weekday() - target) % 7
            if back == 0 or min(back, 7 - back) <= 2:
                shift = -back if back <= 3 else 7 - back
                day = anchor + dt.timedelta(days=shift)
                add(day, day, "day", match.start(), match.end(), shift > 0)
            else:
                taken.append((match.start(), match.end()))
            continue
        if _WEEK_ON.match(sentence, match.end()):
            taken.append((match.start(), match.end()))  # "Thursday week", "last Thursday week": a week off, which way
            continue
        future = True if which in ("next", "coming") else False if which == "last" else _future(sentence,
                                                                                                  match.start())
        if not which and _DEADLINE_BEFORE.search(sentence, max(0, match.start() - 40), match.start()) and \
                _TO_ACT.match(sentence, match.end()) and \
                not _EARLIER_PLUPERFECT.search(_clause_before(sentence, match.start())):
            # "gave the company until 17:00 on Friday to submit a plan": a deadline set is a day to
            # come, whatever the tense of its setting (one set earlier, "had given ... until", may be past)
            future = True
        if future is None and not which and _only_would_after(sentence, match.end()):
            back = (anchor.weekday() - target) % 7
            future = 0 < 7 - back < back  # "The vote on Tuesday night would suspend ...": the nearer Tuesday
        if future is None and not which:
            # an earlier report's day ("up from the 8,000 forecast by the board on Monday") is past
            future = False if _EARLIER_FIGURE.search(sentence[max(0, match.start() - 80):match.start()]) \
                else _sentence_tense(sentence, match.start())
            if future is None and (anchor.weekday() - target) % 7 and _unsettled(sentence, match.start()):
                # nothing in the sentence tells whether the day is past or to come, and it is told in
                # the present or in a phrase with no tense: no day rather than a wrong one (the
                # source's own weekday is that day either way). Otherwise news tells the past, in
                # verbs no list holds ("Vossberg laid a wreath on Sunday"): the day before.
                taken.append((match.start(), match.end()))
                continue
        week = _WEEK_AFTER.match(sentence, match.end())
        if week is not None and not which:  # "on Friday last week", "Monday of next week": that week's day
            shift = -7 if week["which"].lower() == "last" else 7
            day = _week(anchor)[0] + dt.timedelta(days=shift + target)
            add(day, day, "day", match.start(), week.end(), shift > 0)
            continue
        if which == "this":
            day = _week(anchor)[0] + dt.timedelta(days=target)
        elif future:
            day = anchor + dt.timedelta(days=(target - anchor.weekday()) % 7)
            if day == anchor and not which and not _reported_would(sentence, match.start()):
                # "opens on Monday" written on a Monday: today or a week on, the sentence does not say
                # (a report's "would stay closed on Wednesday", told that day, is that day)
                taken.append((match.start(), match.end()))
                continue
            if which == "next" and day <= _week(anchor)[1]:
                day += dt.timedelta(days=7)  # "next Thursday" said on a Wednesday: the week after
        else:
            back = (anchor.weekday() - target) % 7
            day = anchor - dt.timedelta(days=back or (7 if which == "last" else 0))
        add(day, day, "day", match.start(), match.end(), future)
    for match in _DAY_OF_MONTH.finditer(sentence):
        if not free(match.start(), match.end()):
            continue
        number, future = int(match["day"]), _future(sentence, match.start())
        options = [d for d in (_date(anchor.year + (anchor.month + k - 1) // 12, (anchor.month + k - 1) % 12 + 1,
                                     number) for k in (-1, 0, 1)) if d]
        if future:
            options = [d for d in options if d > anchor] or options
        else:
            options = [d for d in options if d <= anchor] or options
        day = min(options, key=lambda d: abs((d - anchor).days))
        add(day, day, "day", match.start(), match.end(), future)
    for match in RELATIVE_DAY.finditer(sentence):
        word = match["word"].lower()
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        day = anchor + dt.timedelta(days=shift)
        add(day, day, "day", match.start(), match.end(), shift > 0)
    for match in _AGO.finditer(sentence):
        count = count_of(match["count"])
        day = anchor - dt.timedelta(days=count * (7 if match["unit"].lower().startswith("week") else 1))
        add(day, day, "day", match.start(), match.end(), False)
    for match in _OFFSET.finditer(sentence):
        count = count_of(match["count"])
        days = count * (7 if match["unit"].lower().startswith("week") else 1)
        direction = match["dir"].lower()
        if direction in ("after", "before"):  # "four days after March 5": anchored on the date that follows
            base = next((w for w in found if w.precision == "day" and 0 <= w.start - match.end() <= 2), None)
        else:  # "two days later": anchored on a date named before it in the sentence
            base = next((w for w in reversed(found) if w.precision == "day" and w.end <= match.start()), None)
        if base is None:
            continue
        sign = 1 if direction in ("after", "later") else -1
        day = base.first + dt.timedelta(days=sign * days)
        add(day, day, "day", match.start(), match.end(), day > anchor, relative=base.relative)
    for match in _PERIOD.finditer(sentence):
        which, unit = match["which"].lower(), match["unit"].lower()
        step = 1 if "next" in which else -1 if which == "last" else 0
        if unit == "week":
            first, last = _week(anchor + dt.timedelta(days=7 * step))
            precision: Precision = "week"
        elif unit == "month":
            year, month = anchor.year + (anchor.month - 1 + step) // 12, (anchor.month - 1 + step) % 12 + 1
            first, last, precision = dt.date(year, month, 1), _month_end(year, month), "month"
        else:
            first, last, precision = dt.date(anchor.year + step, 1, 1), dt.date(anchor.year + step, 12, 31), "year"
        add(first, last, precision, match.start(), match.end(), step > 0 or None)
    for match in _END_OF.finditer(sentence):
        unit = match["unit"].lower()
        last = (_week(anchor)[1] if unit == "week" else _month_end(anchor.year, anchor.month) if unit == "month"
                else dt.date(anchor.year, 12, 31))
        add(last, last, "week" if unit == "week" else "month", match.start(), match.end(), None)
    for match in _MONTH_ONLY.finditer(sentence):
        if not free(match.start("month"), match.end()):
            continue
        month = _month(match["month"])
        years = [int(match["year"])] if match["year"] else [anchor.year - 1, anchor.year, anchor.year + 1]
        future = _future(sentence, match.start())
        firsts = [dt.date(y, month, 1) for y in years]
        if future is False and not match["year"] and _done_by(sentence, match):
            # "two articles published in February", "talks collapsed in January": a month in a
            # clause told in the past is one that has begun, however near the next one is
            firsts = [d for d in firsts if d <= anchor] or firsts
        first = min(firsts, key=lambda d: (abs((d - anchor).days) if not (d <= anchor <= _month_end(d.year, d.month))
                                           else -1, (d < anchor) == bool(future)))
        add(first, _month_end(first.year, first.month), "month", match.start("month"), match.end(), future,
            relative=False)
    for match in _YEAR_ONLY.finditer(sentence):
        if not free(match.start("year"), match.end("year")):
            continue
        year = int(match["year"])
        add(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", match.start("year"), match.end("year"), None,
            relative=False)
    return tuple(sorted(found, key=lambda w: w.start))


_REFERENCE = re.compile(r"\b(?:of|since|from|until|till|than)\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a date that names an earlier state or a span ("the estimate of March 12", "missing
since Monday", "the night of March 4"), not the day something in the sentence happened."""


_EARLIER_FIGURE = re.compile(
    r"(?:\bas|\d[\d,.]*(?:\s+[a-z]+){0,3})\s+(?:reported|announced|given|estimated|published|released|stated|"
    r"cited|approved|quoted|counted|recorded|forecast|predicted|projected|offered)"
    r"(?:\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?\s*(?:on\s+|earlier\s+|last\s+)?$", re.IGNORECASE)
"""Before a date that says when an earlier figure was given ("up from the 12 reported on Tuesday",
"not 40,000 as announced on Wednesday", "the 25 million approved a week ago", "the 180 million
first estimate given by local councils last Wednesday"): the day of an earlier report, not the
day of the news; what the sentence tells in the past tense was told on the source's date."""


_SAID_ON = re.compile(r"\b(?:said|says|told\s+(?:[\w'’-]+\s+){0,3}?|added|stated|wrote)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$",
                      re.IGNORECASE)
"""A verb of saying right before a day ("authorities said on Wednesday", "told reporters on Monday"):
the day the words were said, not the day of what they tell."""
_SIMPLE_PAST = re.compile(r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )"
                          r"(?<!\bthe )(?<!\ba )(?<!\ban )\b(?:[a-z]{3,}ed|struck|hit|tore|swept|broke|fell|rose|began|"
                          r"met|held|won|lost|left|came|went|took|gave|sank|blew|spread|fled|caught)\b")
"""A verb in the simple past before a day ("A landslide buried the road late on Sunday"): the day is
when it happened. After a present perfect ("Water has been restored to the homes cut off on Sunday")
the day dates a noun and the news is the report's."""
_PAST_PASSIVE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:[a-z]{2,}(?:ed|en|wn)|found|held|left|caught|made|brought|"
                           r"shut|cut|put|set|kept|sent|built|lost|told|paid|hit|struck|swept|hurt)\b")
"""A past passive before a day ("Eleven pupils were taken to hospital on Tuesday"): the day is when it happened,
as after a simple past."""
_ANTECEDENT = re.compile(r"^\s*(?:(?:just|shortly|soon|hours|days|weeks|a\s+day|two\s+days|a\s+week)\s+)?(?:after|following)\s+\S",
                         re.IGNORECASE)
"""A clause opened by "after"/"following" (", after the danger rating was raised on Wednesday evening"): what it
dates came before the sentence's news, which is the main clause's."""
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|un)\b", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|told|announced|reported|confirmed|added|stated|estimated|warned)\b", re.IGNORECASE)
"""A report in the past tense before the day of an earlier figure ("The government said damage
would reach 410 million, compared with the 180 million given last Wednesday"): said on the
source's date."""


# ... and a clause of the span's start ("have lost 12% since the fine was announced on Nov 3"): its day
# starts what the main clause measures, it is not the day of that news.
_CONCESSIVE = re.compile(r"\b(?:although|though|whereas|even\s+as|"
                         r"since(?=\s+(?:the|its|their|his|her|it|they|he|she|we|this|that|a|an)\s))\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose)\b|(?P<before>\b[A-Za-z]+)\s+that\b", re.IGNORECASE)
_TAKES_THAT = frozenset("""say says said tell tells told announce announces add adds warn warns argue argues claim
    claims insist insists believe believes expect expects report reports note notes state states show shows suggest
    suggests find finds found know knows knew mean means hope hopes fear fears ensure ensures confirm confirms deny
    denies agree agrees think thinks thought so such now given is was are were""".split())
_MAIN_VERB = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?\w+(?:ed|en|id|ld|wn|ght|un|ne)\b|\b(?:said|told|rose|fell|"
                        r"began|went|came|saw|took|gave|found|met|broke|left|held|won|lost|\w{3,}ed)\b", re.IGNORECASE)


_VERB_BEFORE = re.compile(r"\b(?:is|are|says|will|would|could|can|may|might|must|should|shall"
                          r"|to\s+(?:be\s+)?[a-z]{3,})\b", re.IGNORECASE)
"""A verb not in the past before a possessive day ("will pay ..., a 38% premium to Friday's closing
price", "asks a judge to set aside Tuesday's vote"): the day's noun is something a present or coming
act names, not when the sentence's event happened. After a past verb it dates it ("was delayed by
Monday's storm"), and so does a subject's ("Sunday's vote gave the party 40%")."""
_TRAILING_SAID = re.compile(r",\s*(?:(?:the|a|an)\s+)?(?:[\w.'’&-]+\s+){0,6}?(?:said|says|reported|announced|confirmed|added)"
                            r"(?:\s+on\s+\w+)?\s*[.!]?\s*$", re.IGNORECASE)
"""A trailing attribution (", the companies said."): no main clause of the sentence's own (what is
said is the news: "X, one of Britain's oldest publishers, agreed on Sunday to ..., the companies said")."""


_PRESENT_VERB = re.compile(r"\b(?:is|are|has|have|says|say|remains|remain|stays|believes|wants|welcomes|regrets)\b")
"""A main clause in the present ("The union is angry about the cut, announced on 13 October"): a
statement as of the source's date."""
_CONTACT = re.compile(r"\b(?P<before>[A-Za-z]+)\s+(?P<clause>(?:it|they|he|she|we|you)\s+(?:had\s+|has\s+|have\s+)?"
                      r"(?:\w+ed|gave|given|made|set|sent|put|took|taken|told|paid|cut|quoted|issued)\b)")
"""A relative clause with no relative word after its noun ("the booking figures it gave on
Monday"): the noun is no verb or function word (`_NOT_NOUN`)."""
_NOT_NOUN = frozenset("""and but or nor as when because if so after before since until than where what how why
    whether while once that which who though although unless then now also still yet only even just said says
    told tells""".split())
_LIMIT = re.compile(r"(?<![,;:]\s)(?<!^)\b(?:by|until|till|before)\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a date that is a target or a limit inside a clause ("working towards restoring the
system by Wednesday", "closed until Friday"), not the day something happened; a clause that
opens with it ("By Wednesday evening, ... had cancelled") tells a state at that day."""


_REDUCED_RELATIVE = re.compile(r"\s*(?:first\s+|originally\s+|previously\s+)?(?P<verb>[a-z]{3,}ed|given|shown|made|"
                               r"taken|written|begun|held|set|sent|won|lost|released|published)\s+"
                               r"(?:on|in|at|last|earlier|early|late)?\s*(?:the\s+)?$")
"""A clause after a comma that is a past participle and the date ("the results of the trial,
announced on 13 October"): it dates what the noun before it names, not the sentence's news."""


_NOUN_PARTICIPLE = re.compile(r"\b(?P<noun>[A-Za-z][\w'’-]*)\s+(?P<verb>held|given|made|taken|set|won|lost|sent|"
                              r"published|released|[a-z]{3,}ed)\s+(?:on|in|at)\s+(?:the\s+)?$")
"""A participle right after its noun and the day ("its Annual General Meeting held on 13 November")."""
_NOT_NOUN_HEAD = frozenset("is are was were be been being has have had will would can could may might must should it "
                           "they he she we i you not never also".split())
_ANNOUNCES = re.compile(r"\b(?:announces|confirms|reports|publishes|issues|corrects|releases|notes)\b")
"""A main verb of a release in the present ("Halvard announces a correction ..."): news of the release's day."""

_NEAR = 400
"""How far before a date the tests of its clause read: far beyond any clause of prose, so that a run-on
"sentence" of thousands of dates (a table pasted as text) is read in time linear in its length."""
_CLAUSE_BREAKS = re.compile(CLAUSE_COMMA + "|" + _CLAUSE_COLON + r"|[;—–()]")


_APPOSITION_HEAD = re.compile(r"\s*(?:(?:first|originally|previously|initially|already|since|later|then)\s+)?"
                              r"(?:[a-z]{3,}ed|due|set|held|made|taken|given|shown|sent|won|lost|begun|written)\b")
_PREDICATE_AFTER = re.compile(r"\s*(?:(?:now|also|still|then|instead)\s+)?"
                              r"(?:will|would|shall|can|could|may|might|must|is|are|was|were|has|have|had)\b"
                              r"|\s*(?:now\s+)?(?:said|says)\b", re.IGNORECASE)


def _apposition(sentence: str, start: int, at: int) -> tuple[int, int] | None:
    """The span of a participial aside set off by commas between a subject and its verb, when the
    date at offset *at* is told in it ("Full-year results, originally due on March 19 and postponed
    on Monday, will now be published on April 28"): the aside opens on a participle after a
    comma, and the next comma is followed at once by a verb with no subject of its own. The date
    dates what the aside tells of the subject, not the news of the sentence."""
    if start <= 0 or sentence[start - 1] != "," or not _APPOSITION_HEAD.match(sentence, start, at):
        return None
    end = sentence.find(",", at)
    if end < 0:
        return None
    if re.search(_CLAUSE_COLON + r"|[;—–()]", sentence[at:end]) or not _PREDICATE_AFTER.match(sentence, end + 1):
        return None
    return start, end


_QUOTE_MARK = re.compile(r"[\"“”]")


def _narrated_in_quote(sentence: str, at: int) -> bool:
    """Whether the date at offset *at* is told in a direct quotation that goes on, after the
    sentence of the quote that names it, to another sentence ("'I told the public on Monday night
    that the barrier worked. That was wrong, and I apologise,' said X"), or whose speaker a
    reporting verb outside the quotation names, when no verb in the past before the date in its clause
    governs it ("'... the rain on Wednesday did not reactivate the slip,' said X"): the speaker tells
    that day to say something now, so what the sentence reports (the saying) is not of that day."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(sentence)]
    opened = [i for i in marks if i < at]
    closed = [i for i in marks if i > at]
    if len(opened) % 2 != 1 or not closed:
        return False
    inside = sentence[at:closed[0]]
    if re.search(r"[.!?]\s+[A-Z]", inside) is not None:
        return True
    outside = "".join(sentence[start + 1:end] for start, end in zip([-1, *marks[1::2]], [*marks[::2], len(sentence)], strict=False))
    if _REPORTING.search(outside) is None:
        return False
    # the speaker's own act of that day ("'We signed the lease on Wednesday,' Barrow said") is dated by it: a
    # verb in the past before the day in its clause governs it; "the rain on Wednesday did not reactivate the
    # slip", "We go into Thursday's talks" name the day in a noun phrase of what is said now
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, opened[-1] + 1, at)]
    return _PAST_CUE.search(sentence, breaks[-1] if breaks else opened[-1] + 1, at) is None


_SPAN_END = re.compile(r"\b(?:days?|weeks?|months?|quarters?|half|years?|period|season|session|fortnight)"
                       r"\s+(?:to|ended|ending|through|until|till)\s+(?:the\s+)?$", re.IGNORECASE)
"""Before the date that ends a span something is measured over ("sales fell 6.3 percent in the 10 weeks
to Jan. 3", "the quarter ended March 31"): the span's bound, not the day of the news, told on the
source's date."""


def _subordinate(sentence: str, at: int) -> tuple[int, int] | None:
    """The span of the relative clause ("the train that derailed on Monday", "the level at
    which they closed on Tuesday") or concessive clause ("although they remain below ...") the
    date at offset *at* is told in, when there is one: it dates something else than the news of
    the sentence. The clause runs from its word to the next comma, semicolon or dash, or to the
    verb of the main clause ("the ferry that ran aground on Monday has said")."""
    near = max(0, at - _NEAR)  # a clause longer than that is no clause (a run-on table): read in linear time
    breaks = [m.end() for m in _CLAUSE_BREAKS.finditer(sentence, near, at)]
    clause_start = breaks[-1] if breaks else near
    found = [m.start() for m in _CONCESSIVE.finditer(sentence, clause_start, at)]
    found += [m.start() for m in _RELATIVE.finditer(sentence, clause_start, at)
              if not m["before"] or (m["before"].lower() not in _TAKES_THAT and not m["before"].lower().endswith("ed"))]
    found += [m.start("clause") for m in _CONTACT.finditer(sentence, clause_start, at)
              if m["before"].lower() not in _NOT_NOUN | _TAKES_THAT and not re.search(r"(?:ed|ly)$", m["before"])
              and m["before"][0].islower()]
    participle = _REDUCED_RELATIVE.match(sentence, clause_start, at)
    if participle is not None and clause_start > 0 and participle.end() == at:
        found.append(participle.start("verb"))
    apposition = _apposition(sentence, clause_start, at)
    if apposition is not None:
        return apposition
    after_noun = _NOUN_PARTICIPLE.search(sentence, clause_start, at)
    if not found and after_noun is not None and after_noun["noun"].lower() not in _NOT_NOUN | _NOT_NOUN_HEAD \
            and not after_noun["noun"].lower().endswith(("ed", "ly")) \
            and (_PRESENT_VERB.search(sentence, near, after_noun.start())
                 or _ANNOUNCES.search(sentence, near, after_noun.start())):
        # "announces a correction to the results of its meeting held on 13 November": after a main verb
        # in the present, a participle right after a noun dates that noun, not the news (after a past
        # one, "approved the plan at the meeting held on 13 November", the day is the news')
        found.append(after_noun.start("verb"))
    if not found:
        return None
    start = min(found)
    ends = [m.start() for m in (_CLAUSE_BREAKS.search(sentence, at), _MAIN_VERB.search(sentence, at)) if m]
    return start, min(ends, default=len(sentence))


def event_day(sentence: str, anchor: dt.date, *, relative: bool = True, happened: bool = False) -> dt.date | None:
    """The day the sentence reports something happening (`event_when`), or None."""
    return event_when(sentence, anchor, relative=relative, happened=happened)[0]


_TODAY = re.compile(r"(?i)today|tonight|this\s+(?:morning|afternoon|evening)")
"""The report's own day told by the act it dates ("The forum today calls on ..."), never a thing that day names."""


def event_when(sentence: str, anchor: dt.date, *, relative: bool = True,
               happened: bool = False) -> tuple[dt.date | None, bool]:
    """(day, told): the day the sentence reports something happening: its latest day-precise date on or
    before the source's date (the news it brings), leaving out dates that only name an earlier
    state, an earlier report of a figure, a span, a target or limit (`_LIMIT`: "restoring the
    system by Wednesday"; what was said in the past was then said on the source's date) or a date
    a claim in the present tense holds ("a change it says the trust made on Feb. 28"); None when
    it names none. Without *relative*
    (the anchor is an estimate, not the source's date) only dates written out count.

    A date told in a relative or concessive clause (`_subordinate`) dates that clause, not the
    sentence: when the rest of the sentence tells something done in the past ("The operator of
    the train that derailed on Monday has said ...", "Shares rose 7%, although they remain below
    the level at which they closed on Tuesday") without a day of its own, it was done on the
    source's date (with *relative* only; None from an estimate). *told* is False then: the day
    is the report's, not one the text gives.

    With *happened* (a chronology's date for the entry), a day the sentence gives for what it tells
    comes before the day of its saying ("Hail battered the town on Tuesday afternoon, ..., officials
    said on Wednesday": Tuesday); without it, the report's latest day (what the sentence brings as news)."""
    days: list[dt.date] = []
    said_days: list[dt.date] = []
    named_days: list[dt.date] = []
    before_days: list[dt.date] = []  # days an "after ..." clause gives: the antecedent's, not the news'
    aside = False
    for w in mentions(sentence, anchor):
        if (w.precision != "day" or not (relative or not w.relative)
                or _REFERENCE.search(sentence[max(0, w.start - 12):w.start])
                or _PRESENT_CLAIM.search(sentence[:w.start]) or _PRESENT_STANCE.search(sentence[:w.start])):
            continue
        earlier = _EARLIER_FIGURE.search(sentence[max(0, w.start - 80):w.start])
        if earlier:
            aside = aside or bool(_SAID.search(sentence[:max(0, w.start - 80) + earlier.start()]))
            continue
        if _SPAN_END.search(sentence[max(0, w.start - 30):w.start]):
            aside = aside or bool(_MAIN_VERB.search(sentence[:w.start]))
            continue
        if _CONDITION_OPEN.match(_clause_before(sentence, w.start)):
            continue  # "If talks on Thursday fail": a condition's day, no event the sentence reports
        if _LIMIT.search(sentence[max(0, w.start - 12):w.start]) and sentence[w.end:w.end + 2] not in ("'s", "’s"):
            # A target, past or still ahead ("working towards reopening by Wednesday"): what was said was said then.
            aside = aside or bool(_MAIN_VERB.search(sentence[:w.start]))
            continue
        if w.first > anchor:
            continue
        if w.relative and sentence[w.end:w.end + 2] in ("'s", "’s") and re.match(r"(?i)today", sentence[w.start:w.end]):
            continue  # "at today's exchange rates": the present a measure is taken at, no event of that day
        if sentence[w.end:w.end + 2] in ("'s", "’s") and _VERB_BEFORE.search(sentence[:w.start]):
            continue  # "will pay 512 pence, a premium to Friday's closing price": a thing of that day the predicate names
        if _narrated_in_quote(sentence, w.start):
            aside = True
            continue
        clause = _subordinate(sentence, w.start)
        if clause is not None and _apposition(sentence, clause[0], w.start) == clause:
            aside = True  # the aside tells what befell the subject; the verb after it (a finite one) is the news
            continue
        if clause is not None:
            rest = _TRAILING_SAID.sub("", sentence[:clause[0]] + " " + sentence[clause[1]:])
            if _MAIN_VERB.search(rest) or _PRESENT_VERB.search(rest) or _ANNOUNCES.search(rest):
                aside = True
                continue
        if happened and _ANTECEDENT.match(_clause_before(sentence, w.start)):
            # "Authorities on Thursday raised the number ..., after the danger rating was raised on Wednesday
            # evening": the clause tells what came first; the entry is the main clause's (or the saying's) day
            before_days.append(w.first)
        elif happened and _SAID_ON.search(sentence, max(0, w.start - 40), w.start):
            said_days.append(w.first)
        elif happened and (sentence[w.end:w.end + 2] in ("'s", "’s") or (
                not (_SIMPLE_PAST.search(sentence, 0, w.start) or _PAST_PASSIVE.search(sentence, 0, w.start))
                or _PERFECT.search(sentence, 0, w.start))
                and not _TODAY.fullmatch(sentence[w.start:w.end])):
            # (not "today": "The forum today calls on the company to widen the review announced on 10 March"
            # is the forum's act of the report's day, not a thing the day names)
            named_days.append(w.first)
        else:
            days.append(w.first)
    if not (days or said_days or named_days):
        days = before_days  # the sentence's only day: what it tells is dated by what it came after
    if days or said_days or named_days:
        # "Hail battered the town on Tuesday afternoon, ..., local authorities said on Wednesday": the
        # day of the saying dates the report; the sentence's other day is when what it tells happened.
        # A day's possessive names a thing ("the homes damaged by Tuesday's storm have risen to 3,400,
        # the council said on Saturday"), not when the sentence's verb happened: no day for it alone.
        return max(days or said_days + named_days), True
    return (anchor, False) if aside and relative else (None, False)


def ahead(sentence: str, anchor: dt.date, *, relative: bool = True) -> tuple[When, ...]:
    """The dates and periods the sentence places after the source's date (without *relative*:
    only those written out, for an anchor that is an estimate)."""
    return tuple(w for w in mentions(sentence, anchor) if w.future and (relative or not w.relative))


_UNTIL = re.compile(r"\b(?:until|till|through|to|before|ahead\s+of)\s+(?:at\s+least\s+)?(?:the\s+)?"
                    r"(?:[\w-]+['’]s?\s+)?$", re.IGNORECASE)
"""Before a date that bounds a span or names a limit ("postponed until at least March 17",
"ahead of the group's March 10 deadline"): no day the text reports as past."""
_LIMIT_NOUN = re.compile(r"\s*(?:deadline|cut-?off|target|due date)\b", re.IGNORECASE)
_OBLIGATION = re.compile(r"\b(?:must|should|has to|have to|needs? to|ought to)\b|\b(?:if|unless|whether)\b[^,;:]*$",
                         re.IGNORECASE)
"""Before a date that something is owed by, or that a condition names ("if the city did not pay by
March 10"): no day the text reports as past."""
_INTENDED = re.compile(r"\b(?P<had>had\s+(?:\w+ly\s+)?)?\w+ed\s+to\s+(?!the\b|an?\b|\d)[a-z]+\b[^.;:]*$", re.IGNORECASE)
"""Before a date an intention names ("agreed to consider the motion on March 25"): a time ahead of
the past the clause tells, unless the past perfect says that time has passed too ("had
threatened to publish the files by March 10")."""
_SCHEDULE = re.compile(r"(?:\bfor|\b(?:due|scheduled|slated|pencil+ed\s+in|set))\s+(?:[a-z]+ion\s+)?(?:on\s+|for\s+)?$"
                       r"|\bdates?\s+(?:of\s+)?$", re.IGNORECASE)
"""Before a date something is set for ("a meeting for 12 March", "on course for publication on
2 April", "due on 2 April") or that only names a date given ("earlier gave dates of 10 March"):
no day the text reports as past, whatever the tense of the clause."""
_PRESENT_CLAIM = re.compile(r"(?<!\bthe\s)(?<!\ba\s)(?<!['’]s\s)(?<!\bits\s)(?<!\btheir\s)"
                            r"\b(?:says?|claims?|insists?|argues?|maintains?|contends?|believes?|suggests?)\b"
                            r"(?![^.;]*\b(?:said|told|announced|confirmed)\b)[^.;]*$", re.IGNORECASE)
"""Before a date a claim in the present tense names ("The union says a driver reported rough
riding on 19 February"): the text tells what a side holds, at no time of its own, so the date is
the claim's, not one the text reports as its news."""
_PRESENT_STANCE = re.compile(r"(?<!\bthe\s)(?<!\ba\s)(?<!['’]s\s)(?<!\bits\s)(?<!\btheir\s)"
                             r"\b(?:welcomes?|urges?|condemns?|regrets?|applauds?|deplores?)\b(?![^.;]*\b(?:said|told)\b)"
                             r"[^.;]*$", re.IGNORECASE)
"""Before a date, a stance taken in the present ("The coalition welcomes the council's vote on 13
October"): the day is the thing welcomed, and the stance is the statement's own, of no day the text gives."""
_WEEKDAY_BEFORE = re.compile(r"\b(?P<name>" + _DAYNAME + r"),?\s+(?:the\s+)?$")
_FULL_YEAR = re.compile(r"\b" + MONTH_NAMES + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b"
                        r"|\b\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_NAMES + r",?\s+((?:19|20)\d\d)\b"
                        r"|\b((?:19|20)\d\d)-\d\d-\d\d\b")


def years_given(text: str) -> set[int]:
    """The years of the full dates *text* writes out ("12 March 2025", "March 12, 2025", ISO)."""
    return {int(next(y for y in m.groups() if y)) for m in _FULL_YEAR.finditer(text)}


def reported_past(sentence: str, anchor: dt.date, years: set[int] | frozenset[int] = frozenset(),
                  latest: dt.date | None = None) -> list[dt.date]:
    """The days written out in the sentence ("2025-03-12", "March 12", "12 March 2025",
    "Tuesday, March 11") that it reports as past, for a source with no date of its own: the clause
    reads in the past tense (the cue nearest the date, as `mentions` reads it), the date bounds no
    span and names no limit ("until March 17", "the March 10 deadline"), nothing is owed by it
    ("must be paid by"), no condition names it ("if the city did not pay by March 10"), nothing
    is intended for it (`_INTENDED`) or set for it (`_SCHEDULE`), no claim in the present tense
    names it (`_PRESENT_CLAIM`), and it is no later than *latest* (today, say). A weekday
    alone or a bare day of the month is left out: it needs the source's own date. A date without
    a year takes the year that puts it nearest *anchor* (the newest date the other sources state),
    among *years* (those the source's text gives) when any fits, and on the weekday named before
    it when one is."""
    found: list[dt.date] = []
    taken = bytearray(len(sentence))  # the characters a date already read covers
    for pattern in (_ISO, _MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(sentence):
            start, end = match.start(), match.end()
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            if (_future(sentence, start) is not False or _UNTIL.search(sentence[max(0, start - 40):start])
                    or _LIMIT_NOUN.match(sentence, end) or _OBLIGATION.search(sentence[max(0, start - 60):start])
                    or _SCHEDULE.search(sentence[max(0, start - 40):start])
                    or _PRESENT_CLAIM.search(sentence[max(0, start - _NEAR):start])
                    or ((intended := _INTENDED.search(sentence[max(0, start - 120):start])) and not intended["had"])):
                continue
            number = int(match["day"])
            month = int(match["num"]) if pattern is _ISO else _month(match["month"])
            weekday = _WEEKDAY_BEFORE.search(sentence[max(0, start - 14):start])
            if match["year"]:
                options = [d for d in [_date(int(match["year"]), month, number)] if d]
            else:
                span = range(anchor.year - 6, anchor.year + 2) if weekday else range(anchor.year - 1, anchor.year + 2)
                options = [d for y in sorted(set(span) | years) if (d := _date(y, month, number))]
                if weekday:
                    options = [d for d in options if d.weekday() == WEEKDAYS.index(weekday["name"].lower())]
                options = [d for d in options if d.year in years] or options
            if not options:
                continue
            day = min(options, key=lambda d: (abs((d - anchor).days), d > anchor))
            if latest is None or day <= latest:
                found.append(day)
    return found


def _weekdays_since(sentence: str, since: dt.date) -> list[dt.date]:
    """The days the weekdays *sentence* tells in the past tense ("the council voted on Tuesday";
    not "next Tuesday", "Tuesday, March 11", a schedule or a claim in the present tense) fall on
    when counted from *since*, the latest day the text writes out as past: the first such
    weekday on or after it."""
    found = []
    for match in _WEEKDAY.finditer(sentence):
        start = match.start()
        if (match["which"] or re.match(r",?\s*(?:the\s+)?(?:\d|" + MONTH_NAMES + r"\s+\d)", sentence[match.end():])
                or _future(sentence, start) is not False or _UNTIL.search(sentence[max(0, start - 40):start])
                or _SCHEDULE.search(sentence[max(0, start - 40):start]) or _PRESENT_CLAIM.search(sentence[max(0, start - _NEAR):start])
                or _OBLIGATION.search(sentence[max(0, start - 60):start])):
            continue
        found.append(since + dt.timedelta(days=(WEEKDAYS.index(match["name"].lower()) - since.weekday()) % 7))
    return found


def estimate(sentences: Iterable[str], anchor: dt.date, latest: dt.date | None = None) -> dt.date | None:
    """A source's date estimated from its text when it states none: the latest day its sentences
    report as past (`reported_past`, year-less dates placed near *anchor*, none after *latest*),
    a day on or after which it was written; None when no sentence reports a day written out.
    A weekday the text tells in the past tense then moves it on to the text's own "now": the
    council that "had threatened to publish the files by March 10" (a Monday) and "voted on
    Tuesday" gives Tuesday 11 March (`_weekdays_since`, never after *latest*)."""
    texts = list(sentences)
    years = frozenset(years_given(" ".join(texts)))
    days = [day for text in texts for day in reported_past(text, anchor, years, latest)]
    if not days:
        return None
    since = max(days)
    nows = [day for text in texts for day in _weekdays_since(text, since) if latest is None or day <= latest]
    return max([since, *nows])


def dateline_day(text: str, anchor: dt.date, latest: dt.date | None = None) -> dt.date | None:
    """The day a wire dateline among a text's first lines gives without its year ("ACCRA, Jan 14
    (Continental Press) -"): the day the copy was filed, in the year that puts it nearest
    *anchor* and not after *latest*; None when no dateline gives a day."""
    from briefgen.ingest.clean import WIRE_DATELINE, dateline_end

    lines = [line.strip() for line in text.splitlines() if line.strip()][:12]
    for line in lines:
        if not dateline_end(line):
            continue
        given = WIRE_DATELINE.match(line)
        named = given.group("date") if given else None
        if not named:
            return None
        parts = re.findall(r"[A-Za-z]+|\d+", named)
        month = next((_month(p) for p in parts if p.isalpha() and any(m.startswith(p.lower()[:3]) for m in MONTHS)), 0)
        numbers = [int(p) for p in parts if p.isdigit()]
        if not month or not numbers or any(n > 31 for n in numbers):
            return None  # a full date is the text's own date (clean.dateline), not an estimate
        candidates = [day for year in (anchor.year - 1, anchor.year, anchor.year + 1)
                      if (day := _date(year, month, numbers[0])) is not None and (latest is None or day <= latest)]
        return _nearest(candidates, anchor, None) if candidates else None
    return None


def counted_from(text: str, written: dt.date) -> dt.date:
    """The day a text's weekdays count from: the day its wire dateline gives ("LYON, Oct 20
    (Reuters) -") when that is up to three days before *written*, its stated date (a story
    carried or stamped a day after it was filed says "on Tuesday" of the filing day's week),
    else *written*."""
    filed = dateline_day(text, written, written)
    return filed if filed is not None and 0 < (written - filed).days <= 3 else written


_SHOWN_DAY = re.compile(r"(?P<day>\d{1,2}) (?P<month>" + "|".join(m.capitalize() for m in MONTHS) + r")")


def shown_day(day: dt.date) -> str:
    """A day as a bracket after a weekday shows it: "15 November"."""
    return f"{day.day} {MONTHS[day.month - 1].capitalize()}"


_ANY_SUCH_DAY = re.compile(r"\b(?:[Aa]n?|[Ee]very|[Ee]ach|[Aa]ny|[Oo]ne)\s+$")
"""Words before a weekday that make it any such day, not one day ("a Friday program", "every Monday")."""
_OF_OR_FOR = re.compile(r"\b(?:[Oo]f|[Ff]or)\s+$")
_NOUN_NEXT = re.compile(r"\s+(?!(?:morning|afternoon|evening|night|noon|midday|midnight|and|or|but|nor|when|after|"
                        r"before|if|as|with|through|until|till|from|to|at|in|on|by)\b)[a-z]{3,}")
"""Before and after a weekday that modifies a noun after "of" or "for" ("the cost of Friday childcare", "funding for
Saturday classes"): a kind of day, not one day ("for Friday morning", "for Friday and Saturday" are days)."""


def weekdays_dated(sentence: str, anchor: dt.date) -> list[tuple[int, dt.date]]:
    """Where a weekday *sentence* names without its date ends, and the day it is, counted from
    *anchor* (the day the source was written; `mentions`): "on Sunday" in a story of Tuesday 17
    November is 15 November. A weekday with its date beside it ("Monday, March 16") is left out. So are
    "today", "yesterday" and "tomorrow" inside a sentence ("has today confirmed" in a release of 10
    November is 10 November), not one opening it ("Today, more people fly ...": nowadays) nor one
    before a noun ("today's exchange rates")."""
    return [(when.end, when.first) for when in mentions(sentence, anchor)
            if when.relative and when.precision == "day" and (
                _WEEKDAY.fullmatch(word := sentence[when.start:when.end])
                or (_NEAR_DAY.fullmatch(word) and not sentence.startswith(("'s", "\u2019s"), when.end)))]


_NEAR_DAY = re.compile(r"today|yesterday|tomorrow")
"""The day a source was written and the days either side, in lower case: inside a sentence."""


def dates_weekday(text: str, at: int, inner: str, anchor: dt.date) -> bool:
    """Whether *inner*, a bracket inserted at *at* of *text* (a source's text), is the date of the
    weekday right before it (or before its "'s"), counted from *anchor* (`weekdays_dated`)."""
    match = _SHOWN_DAY.fullmatch(inner.strip())
    if match is None:
        return False
    if text[at - 2:at] in ("'s", "\u2019s"):
        at -= 2  # "Sunday's [8 November] run-off"
    start = max(0, text.rfind("\n\n", 0, at) + 1, at - 300)
    sentence = text[start:at + 200]
    return any(end == at - start and shown_day(day) == inner.strip() for end, day in weekdays_dated(sentence, anchor))



# Days with no month: what a Timeline can tell when no source carries a date ("on the 12th",
# "four days after ..."). Nothing here invents a month or a year: a day of the month is kept
# as the text words it, and a count of days as a count from it.

_MONTH_DAY_ONLY = re.compile(r"\b(?:on|from|until|till|by|since|before|after) the (?P<day>\d{1,2})(?:st|nd|rd|th)\b"
                             r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:to|and|or|but|when|as|at|in|after|before|that|with|for|"
                             r"from|until|while|where|because)\b)")
"""A day of the month with no month: an ordinal after a preposition, followed by punctuation or a
word that starts a new phrase ("on the 9th to close", "on the 12th, the company"), not by the noun
it would count ("on the 5th floor", "on the 12th of March")."""
_POINTS_BACK = re.compile(r"(?:this|that|it|these|those|such)\b", re.IGNORECASE)


def month_days(sentence: str) -> dict[int, str]:
    """The days of the month *sentence* names with no month ("local time on the 12th" -> {12: "12th"}):
    an ordinal after a preposition that modifies no noun ("the 5th floor" is none)."""
    found: dict[int, str] = {}
    for match in _MONTH_DAY_ONLY.finditer(sentence):
        day = int(match["day"])
        if 1 <= day <= 31:
            found[day] = match[0].split(" the ", 1)[1]
    return found


def other_times(sentence: str, *, days_only: bool = False) -> bool:
    """Whether *sentence* names a time other than a day of the month with no month: a date, a
    weekday, a period, "yesterday", "two weeks ago". Such a sentence places nothing here. With
    *days_only*, a year or a month named alone ("a tenure that began in 2019") does not count: no
    day is counted from it, and none is given one."""
    bare = [(m.start(), m.end()) for m in _MONTH_DAY_ONLY.finditer(sentence)]
    for when in mentions(sentence, dt.date(2000, 1, 15)):
        if days_only and when.precision in ("month", "year"):
            continue
        if not any(start <= when.start < end or when.start <= start < when.end for start, end in bare):
            return True
    return bool(_AGO.search(sentence) or _PERIOD.search(sentence) or _END_OF.search(sentence))


@dataclass(frozen=True)
class Shift:
    """How far the event a sentence adds lies from an event told before it."""

    days: int
    """Signed count of days: negative when the event came before the one counted from."""
    words: str
    """The count as the text gives it, with the side it lies on ("four days before")."""
    subject: str
    """The words before the count ("This development comes just"); for "N days after X" they
    name the event counted from, which must be one told before."""
    own: bool
    """True for "N days later" (the sentence's own event moves); False for "N days after X"
    (the event added is X, the one named after the count)."""


def shift(sentence: str) -> Shift | None:
    """The one count of days or weeks *sentence* places an event by, from an event told before
    it: "This development comes just four days after the administration announced ..." (the
    announcement, four days before the development: -4, "four days before"), "Two days later the
    service opened the trench" (+2, "two days after"). None when it has none, several, a
    comparison ("two days later than planned"), or a count inside a clause set off by commas."""
    found = list(_OFFSET.finditer(sentence))
    if len(found) != 1:
        return None
    match = found[0]
    subject = sentence[:match.start()].strip()
    if re.search(r"[,;:—–(]", subject) or len(subject.split()) > 6:
        return None
    word = match["count"].lower()
    count = count_of(word)
    days = count * (7 if match["unit"].lower().startswith("week") else 1)
    direction = match["dir"].lower()
    own = direction in ("later", "earlier")
    if not own and not subject:
        return None  # "Three days after the vote, ...": counted from an event the sentence itself names
    later = direction in ("later", "before")  # "N days before X": X is N days after the event counted from
    side = "after" if later else "before"
    return Shift(days if later else -days, f"{match['count']} {match['unit']} {side}", subject, own)


def points_back(subject: str, told: str) -> bool:
    """Whether a sentence's *subject* ("This development", "The vote") is the event *told* in
    an earlier sentence: a demonstrative, or a definite noun whose stem *told* names."""
    if _POINTS_BACK.match(subject):
        return True
    words = subject.split()
    if len(words) < 2 or words[0].lower() != "the":
        return False
    head = words[1].lower().strip(".,")
    told_words = {w.lower() for w in re.findall(r"[A-Za-z]+", told)}
    return len(head) >= 3 and any(w.startswith(head[:min(len(head), max(4, len(head) - 4))]) for w in told_words)


_LEANS = re.compile(r"(?:it|its|they|their|them|he|his|she|her|this|that|these|those|such)\b", re.IGNORECASE)


def counted_event(sentence: str) -> str | None:
    """For "This development comes four days after the administration announced its decision ...":
    the event counted from, as the sentence words it ("the administration announced its decision
    ..."), the words after the count to the sentence's end or its first comma; None when the sentence
    counts no days from a named event (`shift`), or those words lean on another sentence ("after it
    ...")."""
    moved = shift(sentence)
    if moved is None or moved.own:
        return None
    match = _OFFSET.search(sentence)
    if match is None:
        return None
    rest = sentence[match.end():].strip()
    if not rest or _LEANS.match(rest) or len(rest.split()) < 3:
        return None
    return rest


_EVENT_CLAUSE_END = re.compile(r"(?:[,;:](?=\s)|\s[—–]\s|\s-\s)")
"""Where a clause ends inside a sentence: a comma, semicolon or colon before a space (not the comma
of "1,300"), or a spaced dash."""
_REPORTING = re.compile(r"\b(?:said|says|told|tells|stated|added|adds)\b", re.IGNORECASE)
"""A reporting verb: a clause telling that something was said tells its report, not an event."""
CLAUSE_WORDS = 6
"""The fewest words a clause told alone has (subject, verb and what it acts on)."""


def event_clause(sentence: str, anchor: dt.date, day: dt.date) -> str | None:
    """The clause of *sentence* that tells what happened on *day* ("Transport Secretary Helen
    Ashby on Tuesday granted development consent for a third runway at Northmoor Airport", of
    "..., ending a planning fight that has lasted more than a decade."), for a chronology that must
    not repeat the sentence whole: the words from the sentence's start to the first clause break
    (`_EVENT_CLAUSE_END`) after the day's mention, CLAUSE_WORDS at least, with words after it to leave
    out. None when the sentence is one clause, the clause does not date its event to *day*
    (`event_day` of the clause alone), tells a report ("said on Monday ..."), leaves a quotation
    open, or the sentence does not start with its subject (an opening "..." or lower-case word)."""
    text = sentence.strip()
    if not text or not text[0].isupper():
        return None
    named = mentions(text, anchor)
    ends = [w.end for w in named if w.precision == "day" and w.first == day == w.last]
    if not ends:
        return None
    for found in _EVENT_CLAUSE_END.finditer(text, ends[0]):
        if any(w.start <= found.start() < w.end for w in named) or re.match(r",\s*\d{4}\b", text[found.start():]):
            continue  # "to April 1, 2027": the comma before the year is the date's, no clause break
        clause = text[:found.start()].rstrip()
        if len(clause.split()) < CLAUSE_WORDS:
            continue
        rest = text[found.end():].strip(" .")
        if len(rest.split()) < 2 or _REPORTING.search(clause):
            return None
        if (clause.count('"') % 2 or clause.count("“") != clause.count("”")
                or event_day(clause, anchor) != day):
            return None
        return clause
    return None


def announced_clause(sentence: str, anchor: dt.date, day: dt.date) -> str | None:
    """The opening clause of an announcement its closing report dates ("Lismore Ferries will end its
    service by September, cutting 40 jobs, ..., the company said on Wednesday."): the words from the
    sentence's start to its first clause break (`_EVENT_CLAUSE_END`), CLAUSE_WORDS at least, when the
    sentence's last clause is a report (`_REPORTING`) that names *day* and the opening clause names no
    day-precise date of its own. None otherwise (a sentence that opens on its report, one clause only)."""
    text = sentence.strip()
    if not text or not text[0].isupper():
        return None
    breaks = list(_EVENT_CLAUSE_END.finditer(text))
    if not breaks:
        return None
    tail = text[breaks[-1].end():]
    if not _REPORTING.search(tail) or not any(w.precision == "day" and w.first == day == w.last for w in mentions(tail, anchor)):
        return None
    for found in breaks[:-1] or breaks:
        clause = text[:found.start()].rstrip()
        if len(clause.split()) < CLAUSE_WORDS:
            continue
        if _REPORTING.search(clause) or clause.count('"') % 2 or clause.count("“") != clause.count("”") \
                or any(w.precision == "day" for w in mentions(clause, anchor)):
            return None
        return clause
    return None
