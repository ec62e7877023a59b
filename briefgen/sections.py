"""What a section holds, read from a statement itself.

A note has one kind (notes/features.classify), but one statement can belong in several
sections: "The union said it would challenge the decision in court" is the union's position
and an event to watch; "The mayor said the line would cut the journey to 22 minutes" is the
mayor's position and an outlook. Compose asks these tests besides the kind.

    catalyst(text, kind, anchor, now) -> Watch | None   an event to come, with its day if dated
    outlook(text, kind) -> bool                           what someone expects to happen
    about_competitors(text) -> bool                       rivals, market share, pricing against others
    lever(text, speaker, role) -> bool                     what a public body does, can do or is asked to
    named_actor(speaker, source_text) -> str | None        the name a reader recognises
    same_actor(a, b) -> bool                              two names for one actor

General English only: tense, calendar words, reporting verbs; no subject's words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.ingest.clean import MONTHS, WEEKDAYS
from briefgen.notes import context, dates, features
from briefgen.notes.dates import MONTH_NAMES
from briefgen.roles import HONORIFICS
from briefgen.words import IRREGULAR_PAST, PARTICLES

# Events the schedule words of notes/features leave out: what ends or comes back at a time
# ("the offer remains open until Friday", "students may return on November 24").
_MORE_EVENTS = re.compile(
    r"\b(?:return\w*|expir\w*|laps\w*|vote\w*|rul(?:e|es|ing)|remains? (?:open|valid|on the table)|heard|due)\b",
    re.IGNORECASE)
# A deadline told by the time someone is given to act ("He has 21 days to seek permission, until Dec
# 14", "Bidders have until March 3 to respond"): the day it ends is an event to watch.
_DEADLINE = re.compile(r"\b(?:has|have|is\s+given|are\s+given|was\s+given|were\s+given)\s+(?:(?:another|a\s+further|"
                       r"\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty-one|thirty)\s+"
                       r"(?:(?:more|further|working|calendar)\s+)?(?:days?|weeks?|months?)\s+to\s+[a-z]+\b[^.;]*?\b"
                       r"(?:until|by)\s|until\s)", re.IGNORECASE)


# A thing a statement schedules by its predicate ("The bill is scheduled for its second reading in the
# Commons on Dec 9", "The second reading remains set for 9 December"): whatever its noun, it is an event.
_SCHEDULED_FOR = re.compile(r"\b(?:is|are|remains?|has\s+been|have\s+been)\s+(?:still\s+|now\s+)?(?:scheduled|set|slated|"
                           r"timetabled|listed|due)\s+(?:for|on)\b", re.IGNORECASE)


def gives_time_to_act(text: str) -> bool:
    """Whether the statement, outside its quotations, sets a deadline by the time someone is given to
    act ("has 21 days to seek permission, until Dec 14", "have until March 3 to respond")."""
    return bool(_DEADLINE.search(_QUOTE_SPAN.sub(" ", text)))


# A schedule that was ("the council was due to discuss it on Tuesday"): no event to watch.
_PAST_SCHEDULE = re.compile(r"\b(?:was|were|had been)\s+(?:due|scheduled|set|expected|supposed|meant)\s+(?:to|for)\b",
                            re.IGNORECASE)
# What goes on as it is ("will remain open until heating is restored", "will stay shut"): a state
# that continues, no event to watch unless the text dates its end.
_CONTINUING = re.compile(r"\b(?:will|would|to)\s+(?:remain|stay|continue|be kept)\b", re.IGNORECASE)
# A service's standing arrangements ("every ten minutes", "from 8am to 8pm daily", "up to 12 litres
# a day"): what the reader can use, neither an expectation nor an event.
_SERVICE = re.compile(r"\bevery\s+(?:\d+|[a-z]+)\s+(?:minutes?|hours?)\b|\bevery\s+(?:day|morning|evening|night|weekday)\b"
                      # (not a count's rate: "fewer than 200 daily passengers")
                      r"|(?<!\d\s)\bdaily\b|\bfrom\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:to|until)\b"
                      # what is done by habit ("taking calls on weekday mornings", "around the clock")
                      r"|\bon\s+(?:weekdays?|weekends?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b|\bat\s+weekends\b"
                      r"|\beach\s+(?:day|morning|afternoon|evening|night)\b|\baround the clock\b|\b24 hours a day\b"
                      r"|\bseven days a week\b"
                      r"|\b(?:can|could|may)\s+(?:collect|claim|apply|register|use|receive|get|pick up|change|swap|"
                      r"exchange|rebook|request|book|cancel|transfer)\b",
                      re.IGNORECASE)
# What the speaker's side will see done, told in the passive ("said the cost would be met from its
# budget", "said heaters would be delivered"): an arrangement it makes, its position, no outlook.
_ARRANGED = re.compile(r"\bwould\s+be\s+(?:[a-z]+ed|met|paid|made|given|kept|held|run|built|sent|taken|set|put|"
                       r"brought|sold|spent|found|told|shown|done|seen|published|arranged)\b", re.IGNORECASE)
_FORECAST_WORD = re.compile(r"\b(?:expect\w*|forecast\w*|predict\w*|project\w*|estimat\w*|likely|probably)\b",
                            re.IGNORECASE)
# A weekday the clause puts as a limit or a date set in the present tense ("remains open
# until noon on Friday", "must be lodged by Friday"): the next one, not the last.
_LIMIT_BEFORE = re.compile(r"\b(?:until|till|by|before|no later than|deadline|expires?|ends?|closes?)\b[^,;]{0,30}$",
                           re.IGNORECASE)
_REPORTED_ON = re.compile(r"\b(?:said|told|announced|reported|confirmed|added|stated|wrote|noted)\s+(?:\w+\s+)?$",
                          re.IGNORECASE)
"""A verb of saying just before a day ("as the Corps said on Friday"): the day the words were said, no limit."""
_WEEKDAY_ONLY = re.compile(r"^(?:on\s+|next\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"(?:['’]s)?$", re.IGNORECASE)
# "X said it would challenge ...": what an actor means to do, an event to come when it names one.
_OWN_INTENT = re.compile(r"\b(?:said|says|has said|have said|told \w+|announced|pledged|promised|vowed)\s+"
                         r"(?:that\s+)?(?:it|they|he|she|we|I)\s+(?:would|will)\b", re.IGNORECASE)
# What someone said would follow, not what they mean to do ("said the extension would cut ...",
# "said it expected the recall to cost ..."): an outlook, whoever holds it.
_REPORTED_OUTLOOK = re.compile(
    r"\b(?:said|says|told \w+|estimated|predicted|forecast)\b[^.;]{0,80}?\b(?:would|expect(?:s|ed)?\b[^.;]{0,40}?\bto)\b",
    re.IGNORECASE)
# What the speaker's side will or will not do ("said his party would repeal", "said the
# government would not block"): a commitment, the speaker's position, not an outlook.
_COMMITMENT = re.compile(r"\b(?:said|says|told \w+)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}?"
                         r"(?:did|does|do|had|has|have)\s+(?:not|no)\s+(?:plans?|intend|intention|want)\b"
                         r"|\b(?:said|says|told \w+)\s+(?:that\s+)?(?:it|they|he|she|we|I)\s+[^.;,]{0,60}?\band\s+would\b"
                         r"|\b(?:said|says|told \w+)\s+(?:that\s+)?(?:(?:his|her|its|their|our|my)\s+[\w'’-]+\s+)?"
                         r"(?:[\w'’-]+\s+){0,2}?would\s+(?:not|never)\b"
                         r"|\b(?:said|says|told \w+)\s+(?:that\s+)?(?:his|her|its|their|our|my)\s+[\w'’-]+\s+would\b",
                         re.IGNORECASE)
# A purpose clause ("so that it could be broken up"): its modal says what for, not what will be.
_PURPOSE = re.compile(r"\b(?:so that|so as to|in order (?:that|to))\b[^.;,\"“”]*", re.IGNORECASE)
_AHEAD_WORD = re.compile(r"\b(?:will|would|could|might|may|shall|going to|expect\w*|forecast\w*|predict\w*|likely|"
                         r"probably|plans?|next|soon)\b", re.IGNORECASE)
_EXPECTED = re.compile(r"\b(?:(?:is|are) (?:expected|likely) to|expects?|plans? to)\b", re.IGNORECASE)
# What the speaker would rather see ("We would rather take a few extra days"): a preference, a
# position; "we will" in the speaker's own words: what its side means to do.
_PREFERENCE = re.compile(r"\b(?:would|['’]d)\s+(?:much\s+)?(?:rather|prefer|sooner)\b|\b(?:we|I)\s+(?:would|will|shall)\b",
                         re.IGNORECASE)
# What says a statement looks ahead, "May" the month apart from "may" ("fell 18% in the week to
# 8 May" is a past measurement): without one, a statement drafted as a forecast forecasts nothing.
_FORWARD = re.compile(r"\b(?:will|won['’]t|would|shall|could|might|(?-i:may)|going to|expect\w*|forecast\w*|"
                      r"predict\w*|project\w*|estimat\w*|likely|unlikely|probably|plans?|planning|next|soon|"
                      r"(?:is|are) set to|poised to|considering|outlook|in the coming|by (?:19|20)\d\d|ahead)\b",
                      re.IGNORECASE)
# What a body has decided or concluded ("The board has unanimously concluded that ...", "the
# council voted to close"): a decision taken, past, whatever it says of the future in passing.
_DECIDED = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:concluded|decided|resolved|determined|rejected|"
                      r"agreed|voted|approved)\b|\b(?:concluded|decided|resolved|voted)\s+(?:that|to)\b",
                      re.IGNORECASE)
# An expectation that names a thing ("the recovery we expect", "growth that analysts forecast"):
# a noun phrase inside the statement, not what the statement forecasts.
_EXPECTED_THING = re.compile(r"\b(?:the|a|an|its|our|their|any)\s+(?:[\w-]+\s+){0,2}?(?:that\s+|which\s+)?"
                             r"(?:we|they|it|he|she|I|analysts|investors|economists)\s+"
                             r"(?:expect\w*|forecast\w*|predict\w*|anticipat\w*|see)\b", re.IGNORECASE)
# A refusal told by who makes it ("saying it will not support any offer below A$2.80", "said they
# would never agree"): a stance, not an outlook.
_REFUSAL = re.compile(r"\b(?:said|says|saying|told \w+)\s+(?:that\s+)?(?:it|they|he|she|we|I)\s+(?:will|would|could)"
                      r"\s+(?:not|never)\b|\b(?:it|they|he|she|we|I)\s+(?:will|would)\s+not\s+"
                      r"(?:support|accept|back|agree|sell|vote|approve)\b", re.IGNORECASE)
_NORMATIVE = re.compile(r"\b(?:should|must|ought|needs? to|need for)\b", re.IGNORECASE)
_CONDITIONAL_PAST = re.compile(r"\bwould (?:have|not have)\b", re.IGNORECASE)


# A refusal or a deferral to speak ("declined to comment", "would not comment on a competitor's
# data", "did not respond to requests for comment", "would comment 'in due course'"): no stance
# and no event to watch.
_NO_COMMENT = re.compile(
    r"\b(?:declin\w*|refus\w*|(?:would|will|could|did|does|do|was|were)\s+not|(?:was|were)\s+(?:un|not\s+)available)"
    r"\s+(?:immediately\s+)?(?:to\s+|be\s+reached\s+(?:for|to)\s+)?(?:comment|respond|reply|discuss|be reached)\b"
    r"|\bno comment\b|\brequests? for comment\b"
    r"|\b(?:would|will)\s+comment\b[^.;]{0,20}\bin due course\b", re.IGNORECASE)
# A judgement of what something would be ("an advisory committee would be 'the right forum'", "a
# tribunal would be the best place"): an evaluative copula, a view, never an event to watch.
_APPRAISAL = re.compile(r"\b(?:would|will|should|could|might|is|was)\s+(?:not\s+)?be\s+[\"“‘']?\s*(?:the\s+|a\s+|an\s+)?"
                        r"(?:right|best|wrong|proper|appropriate|ideal|better|worse|correct|sensible|natural)\b",
                        re.IGNORECASE)


def no_comment(text: str) -> bool:
    """Whether the statement says someone would not, or not yet, comment: neither a position nor an event."""
    return bool(_NO_COMMENT.search(text))


@dataclass(frozen=True)
class Watch:
    """An event to come: the first day it names after the brief's date (None: undated or pending)."""

    day: dt.date | None
    precision: dates.Precision = "day"
    """How exactly the text dates it: day, week, month or year ("in 2027" is the year 2027,
    never its first day)."""


# A date a change leaves behind ("postponed the hearing to December 3, from November 27",
# "extended its review deadline to January 10 from December 15"): what the date was.
_PART_OF_YEAR = r"(?:(?:first|second|third|fourth|last|final)\s+(?:half|quarter)\s+of\s+|(?:early|late|mid)[\s-])?"
# A place may stand between the two dates ("postponed to Dec. 15-16 in Bergen from Dec. 2"): a
# preposition and a name (words in capitals), no clause edge; and the end of a span.
_PLACE = r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3}))?"
_RANGE_END = r"(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?\b)?"
"""The last day of a span whose first the date names ("Dec. 15-16")."""
_FORMER_DATE = re.compile(_RANGE_END + _PLACE + r"\s*,?\s+from\s+(?:the\s+)?" + _PART_OF_YEAR, re.IGNORECASE)
# The other order, the date left first ("moved the talks from Dec. 2 to Dec. 15"), only after a verb
# of moving in the same clause: "will run from Dec. 2 to Dec. 4" is a span, not a move.
_MOVED_FROM = re.compile(r"(?i)\b(?:postpon|delay|defer|reschedul|mov|shift|push|put|brought|bring|switch|chang)\w*\b"
                         r"[^.;:]{0,80}\bfrom\s+(?:the\s+)?" + _PART_OF_YEAR + "$")


_LEFT_DAY = re.compile(r"(?i)\b(?:(?:had\s+been|was|were|originally|initially|previously)\s+(?:\w+\s+)?"
                       r"(?:expected|planned|scheduled|set|due)\s+(?:on|for|in)|(?:instead\s+of|rather\s+than)"
                       r"(?:\s+(?:on|for|in|by))?|"
                       r"not\s+(?:by|on|in|before|until|till))\s+(?:the\s+)?$")
"""What sets a day named next as the one an event was set for before it moved ("in late January, not by Dec.
15")."""


_TO_THE_DAY = r"\s+(?:the\s+)?(?:(?:end|middle|start|close)\s+of\s+)?(?:the\s+)?$"
"""What stands between "until" and the day it names ("until the end of")."""
_STATE_UNTIL = re.compile(r"(?i)\b(?:until|till|through|throughout)(?:\s+at\s+least)?" + _TO_THE_DAY)
"""What sets a day named next as the end of a state that lasts, not the day of an event."""


_UNTIL_SET = re.compile(r"(?i)\b(?:(?:ha[sd]|have|given|giving)(?:\s+[a-z]+){0,2}|(?:postpon|delay|defer|adjourn)\w*\b"
                        r"[^.;]{0,80}|put\s+off\b[^.;]{0,80})\s+(?:until|till)" + _TO_THE_DAY)
"""What makes a day after "until" one an act waits for, not the end of a state: a time given ("has
until 14 August to decide") or a decision put off to it ("voted to postpone a decision ... until March 31")."""


def _deadline(text: str, when: dates.When) -> bool:
    """Whether the day *when* after "until" is a deadline or the day a decision was put off to
    ("has until 14 August to decide", "until 28 October to find a buyer", "postpone a decision ... until
    March 31"), not how long a state lasts ("enough cash to fund it until the end of 2027")."""
    return bool(re.match(r"\s*,?\s*to\s+[a-z]+", text[when.end:]) or _UNTIL_SET.search(text[:when.start])
                or any(not text[m.end():when.start].strip() for m in _DEADLINE.finditer(text, 0, when.start)))


def left_days(text: str, anchor: dt.date) -> set[dt.date]:
    """The days *text* names as the ones an event was set for before it moved ("its next rate
    decision, originally scheduled for Dec. 9, would be announced on Dec. 16" -> Dec. 9), read
    against *anchor*, its source's date."""
    mentioned = dates.mentions(text, anchor)
    return {when.first for when in mentioned
            if when.precision == "day" and (_left_day(text, when, mentioned) or _former(text, when, mentioned))}


def _left_day(text: str, when: dates.When, mentioned: Sequence[dates.When]) -> bool:
    """Whether the words around *when* give it as the day an event was set for before it moved: "had been
    expected on Dec. 9", "rather than on Feb. 19", "on Feb. 19 as first planned", "..., planned for Sept. 30,
    has been put back to Oct. 14"."""
    return bool(_LEFT_DAY.search(text[max(0, when.start - 48):when.start]) or _AS_FIRST_SET.match(text, when.end)
                or _set_then_moved(text, when, mentioned))


_AS_FIRST_SET = re.compile(r"(?i),?\s+as\s+(?:first|originally|initially|previously)\s+"
                           r"(?:planned|scheduled|set|expected|intended|announced)\b")
"""A day the event was first set for, said after it ("on Feb. 19 as first planned"); "as planned" alone keeps it."""
_SET_FOR = re.compile(r"(?i),\s*(?:(?:first|originally|initially|previously)\s+)?"
                      r"(?:planned|scheduled|set|slated|due|expected)\s+(?:on|for)\s+(?:the\s+)?$")
_MOVE_VERB = re.compile(r"(?i)\b(?:postpon|delay|defer|reschedul|mov|shift|push|put\s+(?:back|off)|brought|bring|"
                        r"pull)\w*\b")


def _set_then_moved(text: str, when: dates.When, mentioned: Sequence[dates.When]) -> bool:
    """Whether *when* is a day an aside gives as the one an event was set for ("..., planned for Sept. 30,
    has been put back to Oct. 14", "postponed its capital markets day, planned for June 4, to Sept. 9")
    in a clause that moves the event "to" another day named after it: the later day is the event's."""
    if not _SET_FOR.search(text[max(0, when.start - 48):when.start]) or not _MOVE_VERB.search(text):
        return False
    return any(other.start >= when.end and re.search(r"\bto\s+(?:the\s+)?$", text[when.end:other.start])
               and _MOVE_VERB.search(text[:other.start]) for other in mentioned)


_TO_MONTH = re.compile(r"(?i)\bto\s+(?:the\s+)?" + _PART_OF_YEAR + r"(?:" + "|".join(MONTHS)
                       + r")(?:\s+(?:\d{4}|next\s+year))?" + _PLACE + r"\s*,?\s+from\s+(?:the\s+)?"
                       + _PART_OF_YEAR + "$")
"""A change to a month named without its day, then the day it left ("postponed ... to January from
Dec. 3"): the month is no day `dates.mentions` reads, the day after "from" still the one left."""


def _former(text: str, when: dates.When, mentioned: Sequence[dates.When]) -> bool:
    """Whether *when* is the date a change left behind, named after the new one ("extended its
    deadline to January 10 from December 15", "postponed to Dec. 15-16 in Bergen from Dec. 2",
    "moved its vote to February from Dec. 9") or, after a verb of moving, before it ("moved the
    vote from May 4 to May 11")."""
    if _TO_MONTH.search(text[max(0, when.start - 120):when.start]):
        return True
    return any(_FORMER_DATE.fullmatch(text[other.end:when.start]) and re.search(r"\bto\s+(?:the\s+)?" + _PART_OF_YEAR + "$",
                                                                             text[:other.start])
               for other in mentioned if other.end <= when.start) or bool(
        _MOVED_FROM.search(text[max(0, when.start - 120):when.start]) and any(
            re.fullmatch(r"\s+(?:to|until|till)\s+(?:the\s+)?" + _PART_OF_YEAR, text[when.end:other.start])
            for other in mentioned if other.start >= when.end))


def _moved_to(text: str, anchor: dt.date | None) -> bool:
    """Whether *text* names the day an event was set for and, besides it, a day to come ("The
    auction, which had been scheduled for Sept. 29, will now take place on Nov. 10"): the past
    schedule is the one it left, the new day the event's."""
    return anchor is not None and bool(left_days(text, anchor)) and any(
        w.precision == "day" for w in _upcoming_mentions(text, anchor))


def _weekday_limited(text: str, when: dates.When, mentioned: Sequence[dates.When]) -> bool:
    """Whether a limit word governs the weekday *when* ("by Friday"): not when a verb of saying stands
    right before it, nor when another date stands between the limit word and it ("not by Dec. 15 as the
    Corps said on Friday": the limit is the other date's, the weekday a report's)."""
    before = text[:when.start]
    limit = _LIMIT_BEFORE.search(before)
    return limit is not None and not _REPORTED_ON.search(before) and not any(
        limit.start() <= other.start < when.start for other in mentioned if other is not when)


def _upcoming_mentions(text: str, anchor: dt.date) -> list[dates.When]:
    """Dates and periods the statement names after its source's date, reading a bare weekday
    set as a limit or a schedule in the present tense as the next one."""
    found = []
    mentioned = dates.mentions(text, anchor)
    for when in mentioned:
        if _former(text, when, mentioned):
            continue  # "extended its deadline to January 10 from December 15": the date it was, no event
        if _left_day(text, when, mentioned):
            continue  # "postponed the hearing, which had been expected on Dec. 9, to Jan. 14": the day it was
        if _STATE_UNTIL.search(text[max(0, when.start - 48):when.start]) and not _deadline(text, when):
            continue  # "had enough cash to fund ... until the end of 2027": how long a state lasts, no event's day
        if when.future:
            found.append(when)
            continue
        expression = text[when.start:when.end].strip()
        if when.precision == "day" and _WEEKDAY_ONLY.match(expression) and _weekday_limited(text, when, mentioned):
            ahead = (when.first.weekday() - anchor.weekday()) % 7 or 7
            day = anchor + dt.timedelta(days=ahead)
            found.append(dates.When(first=day, last=day, precision="day", start=when.start, end=when.end,
                                    future=True))
    return found


def calendar_dates(text: str, now: dt.date) -> list[dates.When]:
    """The dates *text* names by the calendar ("Nov. 7", "in March"), read as of *now*: what a
    statement from an undated source can be dated by (a weekday or "next week" cannot)."""
    return [w for w in dates.mentions(text, now)
            if not _WEEKDAY_ONLY.match(text[w.start:w.end].strip()) and w.precision != "week"]


# An act to come, told with a future modal ("would be made before the end of the year", "will
# award both zones on January 15"): an event when the statement also dates it; not a quantity
# that moves or a state that holds ("prices would rise in 2027", "will remain until"): a forecast.
_FUTURE_MODAL = re.compile(r"\b(?:will|shall|would|(?:is|are)\s+(?:due\s+|set\s+)?to)\s+(?:not\s+)?(?:then\s+)?"
                           r"(?P<verb>[a-z]+)(?:\s+(?P<next>[a-z]+))?", re.IGNORECASE)
_NO_ACT = frozenset("rise rising fall grow increase decrease drop decline climb reach exceed stay remain continue cost "
                    "hurt need help create save mean allow make keep have".split())


def future_act(text: str) -> bool:
    """Whether the statement's own clauses (not an aside "which would help ...") tell an act to
    come with a future modal: a verb of doing ("award", "be lifted", "be made"), not of a
    quantity or a state ("will rise", "will be as strong", "would cost")."""
    for m in _FUTURE_MODAL.finditer(_RELATIVE_ASIDE.sub(" ", _QUOTE_SPAN.sub(" ", text))):
        verb, after = m.group("verb").lower(), (m.group("next") or "").lower()
        if verb == "be":
            if after and (_participle(after) or after in _IRREGULAR_PAST):
                return True
        elif verb not in _NO_ACT:
            return True
    return False


# What an event waits on ("would be lifted completely if reservoirs reached 50 percent", "will
# resume once the ministries agree", "until a court rules"): a trigger, the clause after it.
_TRIGGER = re.compile(r"\b(?:if|once|as soon as|when|unless|until|after)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?"
                      r"[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:reach\w*|fall\w*|fell|ris\w*|rose|agree\w*|approv\w*|"
                      r"rul\w*|decid\w*|vot\w*|sign\w*|pass\w*|complet\w*|end\w*|finish\w*|drop\w*|exceed\w*|"
                      r"is|are|was|were|has|have|had|gets?|got)\b"
                      # or a clause cut to its participle ("If passed, the law will take effect")
                      r"|\b(?:if|once|unless|when)\s+(?:\w+ly\s+)?(?:[a-z]+ed|given|made|signed|won|held|done|taken)\b",
                      re.IGNORECASE)


def trigger(text: str) -> bool:
    """Whether the statement, outside its quotations, names what its event waits on: a clause
    of condition or time with its own verb ("if reservoirs reached 50 percent")."""
    return bool(_TRIGGER.search(_QUOTE_SPAN.sub(" ", text)))


def catalyst(text: str, kind: str, anchor: dt.date | None, now: dt.date | None) -> Watch | None:
    """An event still to come at *now* (the newest source's date) that a forward-looking section
    shows, with the first day it names (normalised against *anchor*, its source's date; for an
    undated source, its calendar dates against *now*); None when the statement is no such event:
    no event, a possibility (risk), a view (an opinion that sets no schedule), a schedule in the
    past tense, an event dated before *now*, a pledge in quotation marks only, or an undated
    intent that is neither pending nor scheduled. Whatever it admits, `expected_event` sees too
    (so a later report can overtake it, `supersede`)."""
    return _watch(text, kind, anchor, now, shown=True)


def expected_event(text: str, kind: str, anchor: dt.date | None, now: dt.date | None) -> Watch | None:
    """What the statement expects to happen, as `catalyst` reads it but without what only keeps a
    section short (an older source's undated-by-event modal act, a quoted pledge, an undated
    intent with nothing pending): every statement a later report of its outcome overtakes
    (`supersede.expected_events`). Never None where `catalyst` gives a Watch."""
    return _watch(text, kind, anchor, now, shown=False)


_SECOND_REPORT = re.compile(r"(?:,\s*|\s)and\s+that\b", re.IGNORECASE)


def _other_report(text: str, when: dates.When, ahead: Sequence[dates.When]) -> bool:
    """Whether the day *when* belongs to a second thing reported ("and that ...") after an act to
    come told undated before it ("said on Wednesday it would cut about 240 jobs ... and that its
    chief executive would step down at the end of the year"): the row would date the first act
    by the second's day."""
    cue = dates._FUTURE_CUE.search(text, 0, when.start)
    if cue is None:
        return False
    second = _SECOND_REPORT.search(text, cue.end(), when.start)
    return second is not None and not any(w.start < second.start() for w in ahead)


# A schedule told in the present tense, its verb followed by the day or month it falls on ("The
# loan resets in June 2026", "The next covenant test falls on 30 April 2027"): an event to come on
# that day, as "is due on" is. Not a quantity's move ("Sales rise in 2027": a year, or a verb of
# change followed by "in"), not "is"/"has"/"was".
_PRESENT_SCHEDULE = re.compile(r"\b(?!(?:is|has|was|does|says|goes|seems|means|remains|stays)\b)"
                               r"(?P<verb>[a-z]{2,}[^s\W]s|[a-z]+(?:ches|shes|sses|xes))\s+(?:(?:due|again)\s+)?"
                               r"(?P<prep>on|in)\s*$")
_QUANTITY_MOVES = frozenset("rises falls grows increases decreases drops declines climbs reaches exceeds slips "
                            "eases jumps doubles halves costs totals".split())


def _present_schedule(text: str, anchor: dt.date) -> list[dates.When]:
    """The days (or months) to come a present-tense verb of the statement's own clauses sets an
    event on ("resets in June 2026", "falls on 30 April 2027"), read against *anchor*."""
    plain = _QUOTE_SPAN.sub(lambda m: " " * len(m.group(0)), text)
    found = []
    for when in dates.mentions(plain, anchor):
        if not when.future or when.precision not in ("day", "month"):
            continue
        m = _PRESENT_SCHEDULE.search(plain[max(0, when.start - 40):when.start])
        if m is None or m.group("verb").lower() in _QUANTITY_MOVES and m.group("prep") == "in":
            continue
        if when.precision == "month" and m.group("prep") != "in":
            continue
        found.append(when)
    return found


# An event's word whose own past day follows it ("a letter released on Tuesday", "the report
# published on 3 March"): that event is over, and names no day to come.
_DATED_AFTER = re.compile(r"^\s+(?:on|in|at|last)\b")


def _past_events_only(text: str, anchor: dt.date) -> bool:
    """Whether every event word of the statement is told with a past day right after it ("In a
    letter released on Tuesday, Halvard said ... C$2.41 per unit next year"): the events it names are
    done; a period to come it names is what a figure is about, not an event's day."""
    words = list(features._EVENT.finditer(text))
    if not words:
        return False
    mentioned = dates.mentions(text, anchor)
    for word in words:
        if not _DATED_AFTER.match(text[word.end():word.end() + 8]):
            return False
        after = next((w for w in mentioned if w.start >= word.end() and w.start - word.end() <= 6), None)
        if after is None or after.future:
            return False
    return True


def _watch(text: str, kind: str, anchor: dt.date | None, now: dt.date | None, *, shown: bool) -> Watch | None:
    if kind == "risk" or _PAST_SCHEDULE.search(text) and not _moved_to(text, anchor) or no_comment(text) \
            or _APPRAISAL.search(text):
        return None  # a possibility, a past schedule, "would not comment", "would be the right forum": no event
    if kind == "opinion" and (features._FIRST_PERSON.search(text) or not features._SCHEDULED.search(text)):
        return None  # a view; but "is expected to rule on whether it should ..." is a schedule
    if counterfactual(text):
        return None  # "said the offer would have delivered the first frigate in 2030": what would have been
    event = features.is_upcoming(text) or kind == "upcoming" or gives_time_to_act(text) or (
        (features._EVENT.search(text) or _MORE_EVENTS.search(text)) is not None and not (
            anchor is not None and not _MORE_EVENTS.search(text) and _past_events_only(text, anchor)))
    # "The loan resets in June 2026": a schedule told in the present tense, on the day it names
    present = _present_schedule(text, anchor) if anchor is not None and not event else []
    # "The bill is scheduled for its second reading on Dec 9": an event by its predicate, when dated to the day
    set_for = not event and (_SCHEDULED_FOR.search(text) is not None or bool(present))
    acted = future_act(text)  # "will award both zones on January 15": an act to come, if the day is named
    if not event and not acted and not set_for:
        return None
    if shown and not event and not present and anchor is not None and now is not None and anchor < now:
        return None  # an act told by its modal alone in an older source: a later one may report it done
    if anchor is None and now is not None:  # an undated source: its calendar dates, read as of *now*
        mentions = calendar_dates(text, now)
        if not event:
            mentions = [w for w in mentions if w.precision in ("day", "week", "month")]
            if not mentions:
                return None
        if mentions:
            ahead = [w for w in mentions if w.last >= now]
            if not ahead:
                return None
            soonest = min(ahead, key=lambda w: dates.order(w.first, w.precision))
            return Watch(day=soonest.first, precision=soonest.precision)
        if any(_WEEKDAY_ONLY.match(text[w.start:w.end].strip()) for w in dates.mentions(text, now)):
            return None  # a weekday of a source with no date: whether it is still ahead, no one can say
    mentions = _upcoming_mentions(text, anchor) if anchor else []
    # An act told by its modal alone is an event when dated to the day, week or month; so is one a main
    # clause reports done, with no act to come told ("The bank raised its forecast for average inflation
    # in 2027 ..."; "has set a hearing for 2 February"): a year ahead is the period of what it tells.
    if present:
        mentions = [w for w in mentions if any(w.start == p.start for p in present)]
    elif set_for:
        mentions = [w for w in mentions if w.precision == "day"]
    if not event or (mentions and not acted and reports_done(text)):
        mentions = [w for w in mentions if w.precision in ("day", "week", "month")]
        if not mentions:
            return None
    if mentions:
        ahead = [w for w in mentions if now is None or w.last >= now]
        if not ahead:
            return None  # over by the newest source's date
        first = min(ahead, key=lambda w: dates.order(w.first, w.precision))
        if _other_report(text, first, ahead):
            return None  # "said on Wednesday it would cut 240 jobs, and that X would step down at the end of the year"
        return Watch(day=first.first, precision=first.precision)
    if anchor and any(not w.future for w in dates.mentions(text, anchor)) and kind != "upcoming":
        return None  # a dated past event
    if anchor and now and (span := within_days(text)) is not None and anchor + dt.timedelta(days=span) < now:
        return None  # "would open talks within two weeks" of a source older than that: its time is over
    if _SERVICE.search(text) or _CONTINUING.search(text):
        return None  # undated: a service's arrangements, or a state that goes on, is no event
    if not (kind == "upcoming" or _OWN_INTENT.search(text) and features._EVENT.search(text)):
        return None
    if not shown:
        return Watch(day=None)  # expected, undated: a later report of it may overtake it
    if quoted_only(text) or _WISH.search(_QUOTE_SPAN.sub(" ", text)):
        return None  # "'No farmer ... will be left alone,' Stanev said", "would like to": a pledge or a wish
    if trigger(text) or pending(text):
        return Watch(day=None)  # pending, scheduled, or with what it waits on
    return None


# What would have been ("would have delivered the first frigate in 2030", "could have opened"): a
# modal with the perfect, not "would have to" (an obligation to come).
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)(?:\s+not|n't)?\s+have\s+(?!to\b)(?:been\s+)?[a-z]+",
                             re.IGNORECASE)
_STILL_AHEAD = re.compile(r"\b(?:will|shall|is due|are due|scheduled|(?:is|are) to)\b|\bwould\s+(?!have\b)",
                          re.IGNORECASE)


def counterfactual(text: str) -> bool:
    """Whether all the statement looks ahead to, outside its quotations, is what would have been:
    a modal with the perfect ("would have delivered ... in 2030") and no other clause to come."""
    outside = _QUOTE_SPAN.sub(" ", text)
    return bool(_COUNTERFACTUAL.search(outside)) and not _STILL_AHEAD.search(_COUNTERFACTUAL.sub(" ", outside))


# A span of time an act is set within ("within two weeks", "in the next 30 days"), counted from its source's day.
_WITHIN = re.compile(r"\b(?:within|in the next)\s+(?:the\s+next\s+)?(?P<n>a|an|one|two|three|four|five|six|seven|eight|"
                     r"nine|ten|twelve|\d{1,3})\s+(?P<unit>day|week|month)s?\b", re.IGNORECASE)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twelve": 12}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 31}


def within_days(text: str) -> int | None:
    """The longest span, in days, the statement sets an act within outside its quotations
    ("would open talks within two weeks" -> 14); None when it names none."""
    spans = [(_NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))) * _UNIT_DAYS[m.group("unit").lower()]
             for m in _WITHIN.finditer(_QUOTE_SPAN.sub(" ", text))]
    return max(spans) if spans else None


# A wish told with a modal ("would like to see", "would love", "would prefer"): no act set.
_WISH = re.compile(r"\b(?:would|will|'d)\s+(?:(?:very\s+)?much\s+)?(?:like|love|prefer|welcome|hope|want)\b",
                   re.IGNORECASE)
# A procedure another party decides, which an undated step sets under way: a case brought before a
# deciding body ("challenge the decision in the administrative court", "appeal to the tribunal"),
# or a formal procedure as the step's object ("would hold a ballot", "would file a lawsuit").
_DECIDER = (r"(?:\w+\s+){0,3}?(?:court|tribunal|judges?|arbitrat\w+|parliament|senate|assembly|congress|"
            r"committee|commission|regulator|ombudsman|inquiry)\b")
_PROCEDURE = re.compile(r"\b(?:in|before|(?:appeal\w*|refer\w*|complain\w*|petition\w*|appl(?:y|ied|ies))\s+to)\s+"
                        r"(?:the\s+|an?\s+|its\s+)?" + _DECIDER +
                        r"|\b(?:hold|call|file|lodge|bring|put|submit|table|launch|open|seek)\s+(?:the\s+|an?\s+|its\s+|"
                        r"their\s+)?(?:[\w'’-]+\s+){0,2}?(?:ballot|vote|referendum|election|hearing|trial|appeal|lawsuit|"
                        r"suit|claim|complaint|case|challenge|motion|petition|tender|auction|inquiry|review)s?\b",
                        re.IGNORECASE)


def pending(text: str) -> bool:
    """Whether an undated event the statement tells is pending, outside its quotations: set or
    under way ("is due to", "within weeks", "is reviewing"), or a procedure another party decides
    ("would challenge the decision in the administrative court", "would hold a ballot")."""
    outside = _QUOTE_SPAN.sub(" ", text)
    return bool(_SCHEDULED_WORD.search(outside) or _PROCEDURE.search(outside))


# What says an undated event is set or pending, outside any quotation ("is due to", "within
# weeks", "pending", "is considering"): without one, "will" alone is a pledge or a view.
_SCHEDULED_WORD = re.compile(r"\b(?:due|scheduled|slated|pending|awaits?|awaiting|yet to|within\s+(?:\w+\s+)?"
                             r"(?:days|weeks|months)|shortly|soon|next|later|considering|deliberating|weighing|"
                             r"reviewing|studying|(?:is|are)\s+to\b|plans? to|intends? to)\b", re.IGNORECASE)


def quoted_only(text: str) -> bool:
    """Whether what looks ahead in the statement is inside a quotation only: outside it, no
    modal or schedule word ("'No farmer ... will be left alone,' Stanev said")."""
    outside = _QUOTE_SPAN.sub(" ", text)
    return outside != text and not _FORWARD.search(outside) and not _SCHEDULED_WORD.search(outside)


# What the speaker's own side will do, told after its words ("..., the company said in an emailed
# statement, adding that it would engage with the authority"; "said in a statement that it would keep
# the brand"): a position or a plan, not a forecast. A state or a span ("it would take years", "it
# would be costly") is no act of the speaker's and stays a forecast.
_ADDED_INTENT = re.compile(
    r"(?:\b(?:adding|added)\s+|\b(?:said|says)\s+(?:in|on)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|filing|interview|letter|release)\s+)(?:that\s+)?(?:it|they|we)\s+would\s+"
    r"(?!(?:be|have|take|cost|need|mean|depend|remain|last|require|likely|probably|not|never|also be)\b)[a-z]+",
    re.IGNORECASE)


# -- what looks back ----------------------------------------------------------------------
# A view told as held before: a verb of saying or of stance in the past perfect ("said the orchestra
# had warned the ministry in 2021 that ..."), or in the simple past with a past point of time after it
# ("We warned the authority in March that ..."), up to the end of its sentence. What the recalled
# words foresaw was foreseen then: the statement tells what someone did, not what is expected now.
_SAY_VERB = (r"(?:warned|argued|predicted|forecast|cautioned|said|told|insisted|urged|opposed|called\s+for|"
             r"complained|objected|protested|pointed\s+out)")
# in the simple past, only a verb of stance told as an act ("warned", "argued"): "said in March that
# fares would rise in 2027" is a forecast still, however long ago it was made
_STANCE_ACT = r"(?:warned|argued|cautioned|insisted|urged|opposed|complained|objected|protested)"
_PAST_POINT = (r"(?:in\s+(?:(?:early|late|mid-?)\s*)?(?:" + "|".join(m.capitalize() for m in MONTHS) +
               r"|(?:19|20)\d\d|the\s+spring|the\s+summer|the\s+autumn|the\s+winter)\b|last\s+(?:year|month|spring|summer|"
               r"autumn|winter|season)\b|\w+\s+(?:years?|months?)\s+ago\b|back\s+in\b)")
# to the end of its sentence, or to a clause joined on with a verb of its own ("and would strike")
_TO_END = r"[^.;!?]*?(?=\s+and\s+(?:would|will|should|must|is|are|says?|said|wants?)\b|[.;!?]|$)"
_LOOK_BACK = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:already\s+)?" + _SAY_VERB + r"\b" + _TO_END +
                        r"|\b" + _STANCE_ACT + r"\s+(?:[\w'’-]+\s+){0,4}?" + _PAST_POINT + _TO_END)


def looks_back(text: str) -> str:
    """The statement with every recalled view blanked out (`_LOOK_BACK`: a warning, argument or
    forecast told in the past perfect, or in the past with a past point of time, to the end of its
    sentence); the statement itself when it recalls none."""
    return _LOOK_BACK.sub(lambda m: " " * len(m.group(0)), text)


# A party's forecast of its own quantity ("expects production of 530,000 tonnes in 2026/27", "expects
# to harvest about 90,000 tonnes"): an active verb of expecting whose object is a figure, with no other
# subject's clause between ("expect the strike to shave ..." forecasts an effect, and stays as labelled):
# guidance of any kind, an outlook, not a stance.
_FORECAST_FIGURE = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )"
                              r"\b(?:expect(?:s|ed)?|forecasts?|predicts?|projects?|estimates?|sees)\s+"
                              r"(?:to\s+[a-z]+\s+)?(?:(?!to\b)[\w'’-]+\s+){0,4}?(?:of\s+)?(?:about|around|some|roughly|nearly|"
                              r"almost|up\s+to|at\s+least|at\s+most|between|over|under|more\s+than|less\s+than)?\s*"
                              r"[$€£]?\d[\d,.]*", re.IGNORECASE)


# A rule's terms told as what a class of people will get or pay: a subject with no article, narrowed by a
# relative clause ("Farmers whose birds are culled will receive compensation of 6.50 euros per laying hen",
# "Retailers that stock only low-sugar drinks will receive a rebate", "Anyone who ... will be fined"): what
# applies to whoever meets the condition, decided, no forecast ("will pay more" compares, and may be one).
_RULE_TERMS = re.compile(
    r"^(?:(?:Under|From|Since)\b[^,]{0,60},\s+)?(?:(?:Any|All|Every|Each|Those|Anyone|Everyone|Nobody|No one)\b\s*)?"
    r"(?:[A-Za-z][\w'’-]*\s+){0,3}?(?:[A-Za-z][\w'’-]*s|[Aa]nyone|[Ee]veryone|[Tt]hose)\s+(?:who|whose|that)\s+"
    r"[^.;:]{3,120}?\s+(?:will|would|shall|are to|are due to)\s+(?:also\s+|still\s+|now\s+|only\s+)?"
    r"(?:receive|get|pay|qualify|be\s+(?:paid|compensated|reimbursed|charged|fined|exempt|eligible|entitled|"
    r"required|obliged|offered|given|granted|allowed|barred|banned|refunded))\b(?!\s+(?:more|less|higher|lower|extra)\b)")


def rule_terms(text: str) -> bool:
    """Whether the sentence states a rule's terms for a class of people ("Farmers whose birds are culled will
    receive compensation ..."): decided, so no outlook, unless a forecast word says it is expected."""
    return bool(_RULE_TERMS.search(text)) and not _FORECAST_WORD.search(text)


def outlook(text: str, kind: str) -> bool:
    """What is expected to happen: a forecast, or what someone said would follow (not what
    they mean to do themselves, what should be, or what would have been)."""
    if (_COMMITMENT.search(text) or _PREFERENCE.search(text) or _REFUSAL.search(text)
            or _ADDED_INTENT.search(_QUOTE_SPAN.sub(" ", text))):
        return False  # what the speaker's side will or will not do, or would rather: a position
    if market_move(text):
        return False  # "Shares rose 18%, hinting that traders expect a rival bid": a reading of a move
    if _DECIDED.search(text) and not _FORWARD.search(_EXPECTED_THING.sub(" ", _DECIDED.sub(" ", text))):
        return False  # "The board has concluded that ... the recovery we expect": a decision taken
    if not _FORWARD.search(text):
        return False  # "fares fell 18% in the week to 8 May": a measurement, nothing ahead
    if not _FORWARD.search(looks_back(text)):
        return False  # "We warned the authority in March that the timetable could not be run": a look back
    if _SERVICE.search(text):
        return False  # a service's arrangements: nothing is forecast
    if rule_terms(text):
        return False  # "Farmers whose birds are culled will receive compensation of 6.50 euros": a rule in force
    if _ARRANGED.search(text) and not _FORECAST_WORD.search(text):
        return False  # what the speaker's side will see done: an arrangement
    if kind == "forecast" and _PURPOSE.search(text) and not _AHEAD_WORD.search(_PURPOSE.sub(" ", text)):
        return False  # "did not build it so that it could be broken up": a purpose, nothing forecast
    if kind == "forecast" or kind == "upcoming" and _EXPECTED.search(text):
        return True  # "The plant is expected to reopen in June": an event to come and what to expect
    if kind not in ("quote", "fact", "figure"):
        return False
    return bool(_REPORTED_OUTLOOK.search(text) and not _OWN_INTENT.search(text)
                and not _NORMATIVE.search(text) and not _CONDITIONAL_PAST.search(text))


# A quantity of demand or supply: what is bought, booked, ordered, made, carried or charged,
# with a number or a change ("bookings were 9% below", "orders fell", "a shortage of"), or what a
# party will supply; not a supplier named as a party ("the trust and its supplier") or a
# relationship told in passing ("which supplies the software").
_DS_NOUN = (r"\b(?:demand|supply|supplies|capacity|orders|bookings|reservations|sales|prices?|fares|output|production|"
            r"shipments|deliveries|inventor(?:y|ies)|stocks|volumes?|traffic|passenger numbers|footfall|futures|"
            r"sold|bought)\b")
_DS_AMOUNT = (r"(?:\d|\b(?:half|third|quarter|fifth|double[ds]?|doubling|halved|tripled|"
              r"r(?:ise|ises|ose|isen|ising)|f(?:all|alls|ell|allen|alling)|increas\w*|decreas\w*|drop\w*|cut|cuts|"
              r"surg\w*|slump\w*|jump\w*|climb\w*|soar\w*|plung\w*|grow|grows|grew|grown|growth|shr[iau]nk\w*|"
              r"recover\w*|boost\w*|rais\w*|ramp\w* up|outstrip\w*|exceed\w*|below|above|higher|lower|"
              r"record|stronger|weaker|down|up)\b)")
_DEMAND_SUPPLY = re.compile(
    _DS_NOUN + r"[^.;]{0,60}?" + _DS_AMOUNT + r"|" + _DS_AMOUNT + r"[^.;]{0,40}?" + _DS_NOUN
    + r"|\b(?:shortages?|surplus|glut|backlog|sold out|sell-out)\b"
    + r"|\b(?:will|would|to|agreed to)\s+(?:supply|produce|deliver|ship|buy|order(?=\s+(?:\d|(?:more|new|extra|additional|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands)\b)))\b",
    re.IGNORECASE)

# What reads like a quantity of demand or supply and is not one: a day of the month ("the review
# announced on 10 March"), a phrasal verb ("has quietly sold up", "bought up the land"). A command is
# no order either: "to order a full public inquiry" (an order of goods names how many: "order 12 new").
_NOT_AMOUNT = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_NAMES + r"|" + MONTH_NAMES + r"\s+\d{1,2}(?:st|nd|rd|th)?\b"
                         r"|\b(?:sold|bought)\s+up\b", re.IGNORECASE)


# A broker's rating or recommendation ("We move to SELL with a target price of 3.30 euros", "kept
# a BUY rating", "cut our recommendation to underweight"): a view of the shares, no demand or supply.
_RECOMMENDATION = re.compile(r"\b(?:target price|price target|(?:rating|recommendation)s?\b)|"
                             r"\b(?:to|at|a|an|our|its|their|from)\s+(?-i:BUY|SELL|HOLD|Buy|Sell|Hold)\b|"
                             r"\b(?:overweight|underweight|outperform|underperform|equal[- ]weight|market[- ]perform)\b",
                             re.IGNORECASE)


# A sentence in the writer's own voice: opening on "We", "I" or "Our" outside any quotation, with
# no one else's words reported in it ("We estimate a revenue loss of ...", "We keep our HOLD
# rating"): an analyst's or a columnist's view, which no news report tells in the first person.
_OWN_VOICE = re.compile(r"(?:^|(?<=[.;:!?])\s+)(?:In our view,?\s+|For now,?\s+)?(?:We|I|Our)\b(?![^.;!?]*\b(?:said|says|told)\b)")


def own_view(text: str) -> bool:
    """Whether a sentence of the statement, outside its quotations, is the writer's own view:
    it opens on "We", "I" or "Our" and reports no one's words ("We estimate a revenue loss of
    14 million euros", "We keep our HOLD rating"); never what happened."""
    return bool(_OWN_VOICE.search(_QUOTE_SPAN.sub(" ", text).strip()))


def recommendation(text: str) -> bool:
    """Whether the statement gives a broker's rating, recommendation or price target."""
    return bool(_RECOMMENDATION.search(text))


def about_demand_supply(text: str) -> bool:
    """Whether the statement's main clause gives a quantity of demand or supply: what is bought,
    booked, ordered, made or charged, with a number or a change, a shortage, or what a party will
    supply; not a financial asset traded ("sold EUR 420 million of reserves", "the price of its
    eurobond fell", "a premium of 27 percent to the closing price": a market's or a central bank's
    move, a deal's terms), nor an effect someone says a thing could have ("could lead to higher prices")."""
    if recommendation(text):
        return False  # "We move to SELL with a target price of 3.30 euros": a view of the shares
    clause = _ENTITY_TRADED.sub(" ", _SHARE_OF.sub(" ", _FINANCIAL.sub(" ", _EFFECT.sub(" ", main_clauses(in_sense(text))))))
    clause = _UNLESS.sub(" ", clause)  # "threatened to strike unless the government drops plans to raise fuel prices"
    return bool(_DEMAND_SUPPLY.search(_NOT_AMOUNT.sub(" ", _OPEN_QUESTION.sub(" ", _ASIDE.sub(" ", clause)))))


# A condition's clause ("unless the government drops plans to raise fuel prices"): what someone asks for,
# no quantity of demand or supply.
_UNLESS = re.compile(r"\bunless\b[^.;]*", re.IGNORECASE)


# A financial asset bought, sold or priced ("sold about EUR 420 million of reserves", "the price of
# Marovia's 2031 eurobond"): a market's or a central bank's move, no demand or supply of what is sold.
# A named firm bought or sold ("agreed to buy cheese maker Valdgaard Foods"): a takeover, no demand
# or supply of what the firm makes.
_ENTITY_TRADED = re.compile(r"\b(?:buy|buys|bought|buying|sell|sells|sold|selling|acquir\w*)\s+"
                            r"(?:(?-i:[a-z][\w-]*)\s+){0,3}?(?-i:[A-Z][\w'’&.-]+)", re.IGNORECASE)
_ASSET = r"(?:reserves|shares|stakes?|bonds?|eurobonds?|securities|debt|currenc(?:y|ies)|gilts|treasuries|notes)"
_FINANCIAL = re.compile(r"\b(?:sold|sells?|selling|bought|buys?|buying|sales?\s+of|purchases?\s+of)\s+[^.;,]{0,40}?\b"
                        + _ASSET + r"\b|\bprices?\s+of\s+(?:[\w'’-]+\s+){0,4}?" + _ASSET + r"\b"
                        + r"|\b(?:bond|eurobond|yield)\s+prices?\b"
                        + r"|\b(?:closing|opening|share|stock|offer|issue|bid|takeover|token|coin)\s+prices?\b"
                        + r"|(?:\bshares?|\bstock)(?:'s|’s)?\s+(?:[\w-]+\s+)?prices?\b", re.IGNORECASE)

# An effect someone says a thing could have ("saying the deal could lead to higher prices", "may
# result in higher bills"): a claim about a consequence, no quantity of demand or supply measured.
_EFFECT = re.compile(r"\b(?:could|may|might|would|will|can)\s+(?:\w+\s+){0,2}?"
                     r"(?:lead\s+to|result\s+in|mean|cause|bring\s+about|push\s+up|drive\s+up)\b[^.;]*",
                     re.IGNORECASE)

# A share of a whole ("carries about 31 percent of the container volume on the route"): how a market
# is divided among its players, competition, no quantity of demand or supply.
_SHARE_OF = re.compile(r"\d[\d.,]*\s*(?:%|percent|per cent)\s+of\s+(?:the|its|their|all|a|an)\b[^.;,]{0,60}",
                       re.IGNORECASE)

# What a sentence's main clause leaves aside: words in quotation marks (someone's characterisation:
# "generally orderly and competitive"), a clause of reason, purpose, time or concession after the
# main one (", and it did so because ...", ", as some lines diverted ...", ", suggesting ..."),
# a parenthesis. A theme holds a statement when its main clause is on it, not a word anywhere.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|(?<!\w)‘[^‘’]*’(?!\w)")
_SUBORDINATE = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+)(?:because|so that|although|though|whereas|in order to)\b[^.;]*"
    r"|,\s*(?:as|after|before|when|while|since|suggesting|hinting|signalling|signaling|indicating|"
    r"by (?:our|their|its|his|her) (?:estimate|reckoning|count))\b[^.;]*"
    r"|\([^()]*\)", re.IGNORECASE)


def main_clauses(text: str) -> str:
    """The statement's main clauses (same sentences, what they leave aside blanked out): the
    words a theme is read from. Reported speech is kept ("said traffic fell 14%" states it)."""
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    return _SUBORDINATE.sub(blank, _QUOTED.sub(blank, text))


# A scenario heading or a bare label: a line that ends on its odds ("Court orders a partial recount
# (our base case, 50%)", "Board phases the rise over two years (35%)"), what a list of outcomes
# gives each item; read alone it says the outcome happened.
_ODDS = re.compile(r"\((?:[^()]*[,;:]\s*)?(?:p\s*=\s*)?\d{1,3}(?:\.\d+)?\s*(?:%|percent|per cent)"
                   r"(?:\s+(?:probability|chance|likelihood|odds))?\)\s*\.?\s*$", re.IGNORECASE)


def label(text: str) -> bool:
    """Whether the statement is a scenario heading or a bare label (see `_ODDS`): never a
    statement of what happened or will."""
    return bool(_ODDS.search(text.strip()))


# An open question ("will look at whether the merger would let it raise prices", "asked if sales
# would recover"): what someone means to find out, no quantity of demand or supply.
_OPEN_QUESTION = re.compile(r"\b(?:whether|(?:ask\w*|wonder\w*|question\w*|unclear|unknown|see|check\w*)\s+if)\b[^.;]*\b(?:would|could|might|will|can)\b[^.;]*", re.IGNORECASE)


# A relative clause set off by commas (", which supplies the software,"): what the text says in
# passing of who someone is, not what the statement gives.
# A price of shares or of an offer ("well below the 438p offer price") is no price of what is sold.
_ASIDE = re.compile(r",\s+(?:which|who|whose)\s+[^,;]*(?:,|$)|\b(?:share|stock|offer|bid|takeover|target)\s+prices?\b",
                    re.IGNORECASE)


# Competitors: rivals, market share, prices against others' (never a competition regulator).
_COMPETITION = re.compile(
    r"\b(?:competitors?|competing|compet(?:e|es|ed)\b|competition\b(?!\s+(?:authority|authorities|commission|"
    r"regulator|watchdog|law|office|tribunal|bureau|rules|lawyers?|board|council|agency|ombudsman)|"
    r"(?-i:\s+(?:[A-Z][a-z]+\s+){1,2}(?:Tribunal|Authority|Commission|Board|Council|Court|Office|Agency|Bureau))|"
    r"\s+(?:and|&)\s+[A-Z]\w+\s+(?:authority|authorities|commission|regulator|board|council|agency|office|tribunal|"
    r"bureau))|competitive(?=\s+(?!and\b|or\b|but\b|in\b|with\b|as\b|than\b)[a-z])|rivals?\b|rivalry|"
    r"market shares?|shares? of the (?:\w+\s+)?market|market leaders?|incumbents?|challengers?|undercut\w*|"
    r"price war|price-matching|match(?:es|ed|ing)?\s+(?:\w+\s+){0,2}\w+['’]s?\s+(?:prices|fares|rates|offers?)|"
    r"surpass\w*|(?<!\ban\s)(?<!\bto\s)(?<!\bat\s)(?<!\bits\s)outperform(?:s|ed|ing)?\b(?!\s+(?:rating|recommendation|call|stance))|outsell\w*|overtak\w*|catch(?:es|ing)? up with|monopol\w*|duopol\w*|"
    r"dominan(?:t|ce)|(?:lost|lose|loses|losing|won|win|wins|winning|gain\w*|poach\w*|took|take|takes|taking)\s+"
    r"(?:\S+\s+){0,3}(?:customers|clients|passengers|subscribers|users|shoppers|buyers|business)\s+(?:from|to)\b)",
    re.IGNORECASE)


_QUOTE_MARKS = re.compile("[\"“”‘’]\\s|\\s[\"“”‘’]|^[\"“‘]")
_REPORTING = re.compile(r"\b(?:said|says|told|tells|according to|asked)\b", re.IGNORECASE)
_TO_READER = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)


def to_reader(text: str) -> bool:
    """Advice addressed to the reader ("If you are unsure, boil your water"), outside any
    quotation: what a notice tells its readers to do, not what happened."""
    return bool(_TO_READER.search(text)) and not _QUOTE_MARKS.search(text) and not _REPORTING.search(text)


def quotes_directly(text: str) -> bool:
    """Whether the statement gives someone's own words in quotation marks."""
    return bool(_QUOTE_MARKS.search(text))


def reports_another(text: str) -> bool:
    """Whether the statement tells what someone said ("On Tuesday Northvale said 12,000"): the
    holder of that position is who said it, not whoever retells it."""
    return bool(_REPORTING.search(text))


# A move of a share price or index told in the past tense ("Shares in X rose 9.9 percent to A$2.55,
# ..., suggesting investors see limited chance of a rival bid", "X's stock fell 12%"): a market's
# reading, whatever it is said to suggest: no statement about rivals and no forecast.
_MARKET_MOVE = re.compile(
    r"^(?:[\w'’&.-]+\s+){0,4}?(?:shares?|stock|stocks|share price|units|bonds?|index)\b[^.;]{0,60}?\b"
    r"(?:rose|fell|jumped|climbed|slumped|dropped|gained|lost|soared|surged|plunged|tumbled|slipped|edged|"
    r"rallied|sank|closed|ended|traded|were|was)\b[^.;]{0,40}?(?:\d|percent|per cent|%|\bhigh\b|\blow\b)",
    re.IGNORECASE)


# What a move is read to mean (", suggesting investors see ...", ", hinting that traders expect ..."):
# the market's guess, not what happened.
_READING = re.compile(r",\s+(?:suggesting|hinting|signalling|signaling|indicating|implying|a sign)\b.*$",
                      re.IGNORECASE | re.DOTALL)


def market_move(text: str) -> bool:
    """Whether the statement tells how a price of shares moved ("Shares in X rose 9.9 percent to
    A$2.55, suggesting ..."; not "market share rose"): a market's reading, no outlook."""
    return bool(_MARKET_MOVE.search(re.sub(r"\bmarket\s+shares?\b", "market", text, flags=re.IGNORECASE)))


def about_competitors(text: str) -> bool:
    """Whether the statement is about competitors: rivals, market share, prices against others;
    for a share price's move, in what moved it ("fell 6 percent after it said it would match a
    rival's prices"), not in what the move is read to suggest ("suggesting ... a rival bid")."""
    text = _READING.sub("", text) if market_move(text) else text
    return bool(_COMPETITION.search(main_clauses(text)))


def _name_words(name: str) -> set[str]:
    return {w.strip(".,").lower() for w in name.split() if w.lower() not in HONORIFICS and w[:1].isupper()}


def within(role: str, actor: str) -> bool:
    """A role whose words the actor's name already says ("Retail Workers Union (Retail Workers)")."""
    words = _sequence(role)
    return bool(words) and set(words) <= set(_sequence(actor))


def possessive(role: str) -> bool:
    """A role that says whose only by a pronoun ("Its president", "their spokesman")."""
    return bool(re.match(r"(?:its|their|his|her|our)\b", role, re.IGNORECASE))


def _sequence(name: str) -> list[str]:
    return [w.strip(".,'’").lower() for w in name.split()
            if w.lower() not in HONORIFICS and w.lower() not in ("the", "a", "an") and w.strip(".,'’")]


def same_actor(a: str, b: str) -> bool:
    """Two names for one actor: the words of one name are all in the other ("Dr. Raman" and
    "Dr. Priya Raman"; not "Finance Ministry" and "Transport Ministry"), and the shorter one
    starts or ends the longer ("Velmont Group", "Priya Raman"): a name inside a description
    ("union representing Greystone staff") is another actor. An acronym is the name whose
    capitalised words it spells ("WVR" and "Western Valleys Rail"; "CCA" and "Competition and
    Consumer Authority")."""
    if _spells(a, b) or _spells(b, a):
        return True
    wa, wb = _name_words(a), _name_words(b)
    if not (wa and wb) or not (wa <= wb or wb <= wa):
        return False
    short, long = sorted((_sequence(a), _sequence(b)), key=len)
    # "Australia" ends "Cattle Council of Australia" as the place or body the name is of, not as its
    # holder's name: another actor ("England" and "Bank of England").
    ends = long[len(long) - len(short):] == short and not (
        len(long) > len(short) and re.search(r"\b(?:of|for|de|du|des)\s+$", _before_end(a, b, short)))
    return not short or long[:len(short)] == short or ends or wa == wb


def _before_end(a: str, b: str, short: list[str]) -> str:
    """The text of the longer of *a* and *b* before its last len(*short*) words, with its own spacing."""
    longer = a if len(a.split()) >= len(b.split()) else b
    words = longer.split()
    return " ".join(words[:len(words) - len(short)]) + " "


_ACRONYM = re.compile(r"(?:the\s+)?([A-Z]{2,6})", re.IGNORECASE)


def _spells(acronym: str, name: str) -> bool:
    """*acronym* ("RAIB", "the CCA") is the initials of *name*'s capitalised words."""
    found = _ACRONYM.fullmatch(acronym.strip())
    if not found or not found.group(1).isupper():
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’&-]*", name))
    return len(name.split()) > 1 and initials == found.group(1)


_GENERIC_HEAD = re.compile(r"^[A-Z][a-z]+$")
# Collective nouns: "the group said" names no one a reader could tell from the story's other groups.
_COLLECTIVE = frozenset("group groups coalition alliance body organisation organization association committee "
                        "panel side team campaign network movement bloc faction".split())
# What makes a capitalised word the head of a longer name or a common noun: an article or
# possessive before it, or a capitalised word ("the Transport Ministry", "parents' group").
_BEFORE_HEAD = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Oo]ur)|[A-Z][\w'’&.-]*|['’]s?)\s+$")


# A bare plural ("Opponents", "Critics"): with a plural verb ("Opponents argue") or written in
# lower case elsewhere in the source ("the scheme's opponents"), a common noun, not a name.
_UNNAMED_PLURAL = re.compile(r"[^s]s$")
_PLURAL_VERB = (r"(?:argue|say|claim|believe|fear|warn|insist|complain|contend|maintain|point out|worry|want|"
                r"have (?:said|argued|warned|claimed)|are|were)\b")


def named_actor(speaker: str, source_text: str) -> str | None:
    """The name a reader recognises for *speaker*: itself when it is a name; for a bare common
    noun ("Group", "Ministry": "the group said") the one name of that kind *source_text* (the
    source up to the statement: what it refers back to) gives ("a parents' group, Families
    First,", "the Finance Ministry"); None when it gives several, or none for a collective
    noun ("Group") or a plural of people the story names no one of ("Opponents argue"); the
    noun itself when it gives none ("Government")."""
    if _GENERIC_HEAD.match(speaker) and _UNNAMED_PLURAL.search(speaker) and (
            re.search(r"\b" + re.escape(speaker) + r"\s+" + _PLURAL_VERB, source_text)
            or re.search(r"(?<![.!?\n])\s" + re.escape(speaker.lower()) + r"\b", source_text)):
        return None  # "Opponents argue", "critics say": people the story names no one of
    if not _GENERIC_HEAD.match(speaker) or any(
            not _BEFORE_HEAD.search(source_text[max(0, m.start() - 30):m.start()])
            for m in re.finditer(r"\b" + re.escape(speaker) + r"\b", source_text)):
        return speaker  # several words, or a name the source uses on its own ("Velmont said")
    head = speaker.lower()
    proper = r"(?:[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|the|de|du)\s+|\s+))*[A-Z][\w'’&.-]*"
    found = {name + " " + speaker for name in re.findall(r"(" + proper + r")\s+" + re.escape(speaker) + r"\b(?!['’])",
                                                        source_text)}
    found |= set(re.findall(r"\b" + re.escape(head) + r",\s+(" + proper + r"),", source_text))
    # an apposition closes where the name's sentence goes on ("Families First, a parents' group, said"):
    # "Separately, the league said" opens on an adverb, its "the league" the subject
    found |= set(re.findall(r"(" + proper + r"),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}" + re.escape(head)
                            + r"\b(?!['’])(?=\s*[,.;:)—–]|\s+-\s)", source_text))
    # a run of capitalised words goes on over a sentence's end ("... a complaint by TV Nord. The Culture
    # Ministry"): the name is what follows the last full stop of a word of two or more letters
    found = {re.split(r"(?<=[a-z]{2}[.!?])\s+", name)[-1] for name in found}
    names = {re.sub(r"^(?:The|A|An)\s+", "", name).strip() for name in found}
    names = {name for name in names if name and name.split()[0].lower() not in features._NOT_ACTOR}
    if len(names) == 1:
        return names.pop()
    if names or head in _COLLECTIVE:
        return None  # which of several, or a collective that names no one ("the group")
    return speaker  # the one government, authority or city of the story


# -- what a section of reported developments holds ----------------------------------------
# What is, not what happened: a right the reader has ("are entitled to an automatic payment"), the
# terms of an agreement or a rule ("Under the terms of the deal, X can walk away"), an entity's
# standing description ("X, the country's third-largest brewer with 410 pubs, employs ...",
# "founded in 1974"). Such a sentence is background, for no section of events, positions or levers.
_ENTITLED = re.compile(r"\b(?:is|are|were|will be|would be|remain)\s+(?:\w+\s+)?(?:entitled|eligible)\s+(?:to|for)\b",
                       re.IGNORECASE)
_TERMS = re.compile(r"^(?:Under|By)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:terms|rules|conditions|regulations|law|laws|"
                    r"scheme|agreement|contract|code|guidelines|policy)\b", re.IGNORECASE)
_BACKGROUND = re.compile(r",\s+(?:the|a|an)\s+(?:country|nation|world|region|city|state|county|area)['’]s\s+"
                         r"(?:\w+-)?(?:largest|biggest|oldest|smallest|leading|main|only|second|third|fourth|fifth)\b"
                         r"|\b(?:founded|established|set up|incorporated)\s+in\s+\d{4}\b", re.IGNORECASE)
# Stative verbs of a description ("employs", "operates", "ran 210 buses"): with a background cue,
# the sentence describes; a dated event or a report ("said") makes it news again.
_STATIVE = re.compile(r"\b(?:employs|employed|operates|operated|runs|ran|owns|owned|has|had|is|was|are|were|"
                      r"serves|served|sells|sold|makes|made)\b", re.IGNORECASE)
# A size told in the present tense ("The union represents more than 180,000 workers"): a description.
_SIZE_NOW = re.compile(r"^(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){1,6}(?:represents|employs|operates|runs|owns|serves|has)\s+"
                       r"(?:about|around|roughly|nearly|almost|more than|over|some|just over|\d)", re.IGNORECASE)
_SAYS = re.compile(r"\b(?:said|says|told|announced|warned|argued|expects?|expected)\b", re.IGNORECASE)


# What a statement arranges rather than holds: a meeting, talks or a hearing set to begin, resume or
# go on at a time ("talks with labour leaders would resume on Thursday", "hearings would begin on Nov. 20",
# "meetings with the cooperative would continue next week"): procedure, no view on the story's question.
_SCHEDULED = re.compile(
    r"\b(?:would|will|are to|is to|were to|was to|should|could)\s+(?:also\s+)?(?:resume|begin|start|open|continue|"
    r"reconvene|close|take place|be held|be due|meet|go ahead)\b[^.;,]{0,40}?\b(?:on|by|from|next|this|later|"
    r"in)\s+(?:\w+\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec|\d)", re.IGNORECASE)


def arrangement(text: str) -> bool:
    """Whether what is said sets when something is held or goes on ("said the door was 'open' and that talks
    would resume on Thursday"): logistics, which a position row holds only when its speaker says nothing else."""
    return bool(_SCHEDULED.search(looks_back(text)))


def standing(text: str) -> bool:
    """What is rather than what happened: a service's arrangements, a right the reader has,
    the terms of an agreement or a rule, an entity's standing description. Such a sentence is
    no development, position, lever or demand figure; a brief shows it nowhere as one."""
    if _SERVICE.search(text) or _ENTITLED.search(text) or _TERMS.search(text):
        return True
    if _SIZE_NOW.search(text) and not _SAYS.search(text):
        return True
    return bool(_BACKGROUND.search(text) and _STATIVE.search(text) and not _SAYS.search(text))


# A theme word in another sense than the theme's: the police ("polic*" is policy), banks ("ban*"
# is a ban), securing a loan ("secure*" is security), a requirement or an order ("demand that", "the regulator's
# demand", "orders the sale": not market demand or orders), an insolvency ("into administration").
_OFF_SENSE = re.compile(
    r"\bpolice\w*|\bpolicing\b|\bbank(?:s|ing|ers?)?\b"
    # "secure" in the sense of obtaining ("secured a 250 million pound credit facility", "secured funding") or
    # of debt with a claim on assets ("senior secured rating", "unsecured bonds", "secured creditors"): only a
    # place, a system or people made safe ("secure the border", "securing its networks") is a security matter
    r"|\b(?:un)?secur(?:e|es|ed|ing)\b(?=\s+(?:an?\b|[£$€\d]))"  # "secured a site", "secured £2m": obtained
    r"|\b(?:un)?secur(?:e|es|ed|ing)\b(?!\s+(?:(?:the|its|their|our|his|her|this|that|these|those)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:borders?|frontiers?|sites?|perimeters?|areas?|premises|buildings?|facilit(?:y|ies)|"
    r"networks?|systems?|servers?|communications?|ports?|airports?|streets?|compounds?|embass(?:y|ies)|"
    r"cit(?:y|ies)|towns?|zones?|regions?|territor(?:y|ies)|grids?|installations?|bases?|prisons?|"
    r"crossings?|routes?|corridors?|coast(?:line)?s?|waters|airspace|skies|hostages?|detainees?|prisoners?|"
    r"weapons?|arsenals?|stockpiles?)\b)"
    # security as money or a job ("social security contributions", "a security deposit", "job security")
    r"|\b(?:social|income|job|tenure|financial)\s+security\b|\bsecurity\s+(?=(?:deposits?|contributions?|"
    r"payments?|benefits?|interests?|charges?|taxe?s?)\b)\w+"
    r"|\b(?:into|in|from|out of)\s+administration\b|\badministrators?\b"
    # a service's supply lost or given back to its users ("14,200 households had lost supply", "homes without
    # supply", "restored supply to 900 homes"): an outage and who it hit, no quantity of a market's supply
    r"|\b(?:lost|lose|loses|losing|without|restored|restores|restoring|cut\s+off)\s+(?:(?:their|its|the|all)\s+)?"
    r"(?:(?:heat|heating|power|water|hot\s+water|gas|electricity)\s+)?suppl(?:y|ies)\b"
    r"|\b(?:loss|interruption|restoration)\s+of\s+suppl(?:y|ies)\b"
    # a comparative quality of a good ("cheaper, cleaner and more secure electricity"): no threat to anyone
    r"|\b(?:more|less|most|least)\s+secure\b"
    # defending a value, a standing or a stance, not a place or people ("to defend the currency with rates",
    # "defend its title", "defended the decision", "cannot be defended on moral grounds")
    # (a quotation mark may close on the verb: 'would "robustly defend" the decision'); a decision, a
    # law or a case defended in court or before a regulator is a legal stance, no security matter
    r"|\bdefen(?:d|ds|ded|ding)[\"”’']?\s+(?:(?:the|its|their|his|her|our|a|an|this|that)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:currency|currencies|peg|exchange rate|rates?|prices?|yields?|bonds?|margins?|market share|share|title|"
    r"record|lead|seat|majority|decision|policy|plan|deal|budget|reputation|position|stance|choice|move|"
    r"programme|program|ruling|verdict|judgment|judgement|case|claim|lawsuit|suit|appeal|approval|consent|"
    r"permission|licen[cs]e|permit|law|act|bill|rule|regulation|reform|levy|tax|scheme|measure|contract|award|"
    r"merger|takeover|order|action|line|limit|threshold|figure|number|age|view|argument|principle|proposal|"
    r"amendment|vote|remarks?|comments?|statement|approach|strategy|dividend|payout|pay|bonus|valuation|forecast|"
    r"guidance|target|fee|charge)s?\b|\b(?:be|been|being)\s+defended\b"
    # defending a stance to an audience ("a line I can defend to my constituents", "defend it before members"): a
    # justification, no security matter; fighting on to the last ("defend to the death") is not one of these
    r"|\bdefen(?:d|ds|ded|ding)[\"”’']?\s+(?:(?:it|them|this|that|these|those|myself|ourselves|himself|herself)\s+)?"
    r"(?:to|before)\s+(?!(?:the\s+)?(?:death|last|end|hilt|bitter)\b)\w"
    # a stance a speaker can or will defend, named before the verb ("a figure we can defend.", "that is the number I
    # would defend"): the clause ends on the verb, with nothing defended after it, a justification
    r"|\b(?:I|we|you|he|she|they)\s+(?:(?:can|could|will|would|must|cannot|can['’]t|couldn['’]t|won['’]t)\s+)?"
    r"(?:not\s+|also\s+|still\s+)?defend\b(?=\s*(?:[,.;:!?\"”’)]|$))"
    r"|\bdefen(?:d|ds|ded|ding)[\"”’']?\s+(?:it|them|itself|themselves)\s+(?:in|before)\s+(?:the\s+)?"
    r"(?:courts?|tribunal|judges?|appeal)\b"
    # a threat to do something as leverage ("threatened to call a general strike unless ..."): what follows says
    # whether it is security; "threat" alone is no attack
    r"|\bthreat(?:en|ens|ened|ening)\s+to\b|\b(?:strike|walkout|legal|boycott|resignation)\s+threats?\b"
    r"|\bdemand(?:ed|ing)\b|\bdemands\s+(?=(?:that|the|a|an|more|fewer|at least|its|their|\d)\b)"
    r"|\b(?:demand(?:s|ed|ing)?|order(?:s|ed|ing)?|requir(?:e|es|ed|ing))\s+(?:that|the\s+(?:sale|closure|disposal|"
    r"removal|return)|(?:it|them|him|her|\w+)\s+to)\b"
    r"|['’]s?\s+demands?\b|\bdemands?\s+(?:that|to|for\s+(?:the\s+)?(?:sale|disposal|closure|removal|return|"
    r"payment|resignation))\b",
    re.IGNORECASE)
# Soldiers or a force's kit given or sent as help ("sent 40 military emergency unit personnel with
# pumping equipment", "deployed an army field hospital"): aid, no threat to anyone's security.
_FORCE_AS_AID = re.compile(
    r"\b(?:military|army|armed forces|navy|naval|air force|defen[cs]e)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:personnel|engineers?|firefighters?|medics?|doctors?|nurses?|teams?|units?|hospitals?|aircraft|planes?|"
    r"helicopters?|trucks?|lorries|pumps?|equipment|tents?|supplies|rescuers?|divers?)\b")
_GIVING = re.compile(r"\b(?:offer\w*|sen[dt]s?|sending|pledg\w*|donat\w*|provid\w*|dispatch\w*|lent|lend\w*|"
                     r"contribut\w*|deploy\w*|flew|flown|deliver\w*)\b", re.IGNORECASE)


def in_sense(text: str) -> str:
    """The statement with its theme words in another sense blanked out (same length): what a
    theme's lexicon should be matched against to say the statement is on that theme. A force's
    people or kit given as help ("sent 40 military engineers") is aid, not security."""
    sensed = _OFF_SENSE.sub(lambda m: " " * len(m.group(0)), text)
    if _GIVING.search(sensed):
        sensed = re.sub(_FORCE_AS_AID.pattern, lambda m: " " * len(m.group(0)), sensed, flags=re.IGNORECASE)
    return sensed


# -- what a stakeholder position is ------------------------------------------------------
# What a holder says is so again, now or no longer ("said doctors could again view results"): a
# report of how things stand, no stance.
_STATUS = re.compile(r"\b(?:can|could|are able to|were able to)\s+(?:now|again|once again|no longer)\b", re.IGNORECASE)
# A company's own results as it expects them ("said it now expected pre-tax profit of £360m"):
# guidance, an outlook; a stance it takes says so by a verb of stance or a modal of its own.
_GUIDANCE = re.compile(r"\bexpect(?:s|ed)?\s+(?:[\w'’-]+\s+){0,3}?(?:profits?|revenues?|sales|earnings|income|turnover|"
                       r"margins?|losses|ebitda|results|dividends?)\s+(?:of|at|to be|in the range|between)\b",
                       re.IGNORECASE)
_STANCE = re.compile(r"\b(?:should|must|ought|want\w*|wish\w*|demand\w*|insist\w*|urg\w*|call\w*\s+(?:on|for)|"
                     r"oppos\w*|support\w*|back(?:s|ed|ing)?|reject\w*|accept\w*|welcom\w*|criticis\w*|criticiz\w*|"
                     r"condemn\w*|blam\w*|argu\w*|warn\w*|fear\w*|den(?:y|ies|ied)|refus\w*|vow\w*|pledg\w*|"
                     r"promis\w*|regret\w*|disput\w*|recommend\w*|accus\w*|alleg\w*|unacceptable|unfair|fair|wrong|right)\b",
                     re.IGNORECASE)


# A measurement ("38% slower", "$150 million", "1,100 workers"): a holder that gives one with no word
# of what it holds, wants or will do reports a result, not a position.
_RESULT = re.compile(r"\d")
_HOLDS = re.compile(r"\b(?:will|would|won['’]t|should|must|shall|could|can|cannot|(?-i:may)|might|plans?|intend\w*|"
                    r"believ\w*|think\w*|view|confident|concern\w*|hop\w*|expect\w*|forecast\w*|predict\w*|I|we|our|my)\b|[\"“”]", re.IGNORECASE)


# A remark that something done bears out what its speaker said before ("This child's death is exactly
# what we have been warning about"): the stance word sits in a free relative in the perfect, about
# the past; the sentence judges an event, it says nothing of what should be done.
_BORNE_OUT = re.compile(r"\b(?:is|was|are|were)\s+(?:\w+ly\s+)?what\s+(?:we|they|I|he|she|you|doctors|experts|\w+)\s+"
                        r"(?:have|has|had)\s+(?:long\s+)?(?:been\s+)?\w+(?:ing|ed)(?:\s+(?:about|for|against|of|on))?\b", re.IGNORECASE)


# What a holder says of how it handles the matter rather than what it wants of it: regret, sorrow or
# thanks ("said it regretted the strike"), or a step of procedure ("that it had invited unions to
# talks", "had received the offer and would study it", "had informed staff representatives").
_COURTESY = re.compile(r"\b(?:regret\w*|apologi[sz]\w*|sorry|sadden\w*|thank\w*|sympath\w*|condolences?)\b", re.IGNORECASE)
_PROCEDURAL = re.compile(r"\b(?:invit\w*|inform\w*|notif\w*|contact\w*|consult\w*|received|receiv\w*\s+(?:the|a|an|its)|"
                        r"stud(?:y|ies|ying|ied)|in touch|talks?\s+with)\b", re.IGNORECASE)
# A reported statement's clauses: "said it regretted X and that it had invited Y".
_CLAUSE_JOIN = re.compile(r",?\s+and\s+(?:that\s+|(?=(?:it|they|he|she|we|would|will|had|has|have|was|is|were|could)\b))|"
                         r";\s*|,?\s+but\s+")
# What makes a clause more than courtesy or procedure: a stance word other than regret, a normative
# or refusing modal, a condition.
_MORE_THAN_COURTESY = re.compile(r"\b(?:should|must|ought|cannot|can['’]t|won['’]t|will not|would not|unless|if|only|"
                                 r"not|never|no|too|so\s+\w+ly)\b|n['’]t\b",
                                 re.IGNORECASE)


# A step of logistics a holder announces rather than a view on the story's question: something to be
# published, sent, held, opened or run at a stated time or as planned ("said the report would be
# published 'in full, this week'", "said it would open at 10am for affected pupils until further
# notice", "would hold a public meeting on September 24"), or the matter left to another or to later
# ("said the decision was for the council", "would give its view in its formal response").
_WHEN = (r"(?:on|by|from|at|until|before|after|next|this|later|in|within)\s+(?:the\s+)?(?:\w+\s+)?(?:monday|tuesday|"
         r"wednesday|thursday|friday|saturday|sunday|week|month|day|morning|evening|jan\w*|feb\w*|mar\w*|apr\w*|"
         r"may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\d[\w:.]*|further\s+notice|due\s+course|website)\b"
         r"|\b(?:today|tomorrow|tonight|as\s+(?:planned|scheduled|normal|usual))\b")
_LOGISTIC = re.compile(
    r"\b(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to)\s+(?:now\s+|also\s+|still\s+)?(?:be\s+)?"
    r"(?:publish\w*|release\w*|sent|send|issue\w*|post\w*|circulat\w*|held|hold|open\w*|reopen\w*|run|stag\w*|"
    r"made\s+(?:public|available)|make\s+(?:public|available)|set\s+out|present\w*|put\s+online)\b"
    r"[^.;]{0,60}?(?:" + _WHEN + r")"
    # a timetable: the holder will tell, answer or settle something at a stated time ("would update
    # investors on a call on Nov 4", "would resolve the watch within 90 days", "would review the
    # payout again with full-year results in March"), which says when, not what it wants
    r"|\b(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to)\s+(?:now\s+|also\s+|still\s+|then\s+)?"
    r"(?:update|brief|report|respond|reply|decide|resolve|conclude|complete|finish|review|revisit|"
    r"give\s+(?:more\s+|further\s+|an?\s+)?(?:detail|details|update|guidance))\b"
    r"[^.;]{0,60}?(?:" + _WHEN + r")"
    # a promise of a document at a time ("has promised an updated liquidity statement by Friday",
    # "promised to publish a full breakdown next week"): when something will be told, not a stance
    r"|\b(?:promis(?:ed|es|ing)|pledged)\s+(?:to\s+(?:publish|release|issue|provide|give|deliver)\s+)?"
    r"(?:an?|its|the)\s+(?:[\w-]+\s+){0,3}?(?:statement|update|report|accounts|results|figures|findings|"
    r"details|breakdown)\b[^.;]{0,60}?(?:" + _WHEN + r")"
    r"|\b(?:decision|matter|choice)\s+(?:is|was|would\s+be)\s+(?:one\s+)?for\s+(?:the\s+)?\w+"
    r"|\bwould\s+give\s+its\s+(?:view|views|position|response)\s+(?:in|at|when|after)\b", re.IGNORECASE)


_CONTEST = re.compile(r"\b(?:strikes?|ballots?|votes?|walk-?outs?|protests?|boycotts?|rall(?:y|ies)|demonstrations?|"
                      r"lockouts?|pickets?|court|appeals?|challenges?|judicial|legal|injunctions?|referendum|"
                      r"petitions?|motions?|amendments?)\b", re.IGNORECASE)
"""An act in a dispute that a clause of logistics may name ("hold a strike ballot"): a move, not a date."""


def logistics(text: str) -> bool:
    """Whether a holder's statement only announces logistics (`_LOGISTIC`: what is to be published,
    sent, held, opened or run, and when; the matter left to another or to later), clause by clause
    (`_CLAUSE_JOIN`), each clause logistics or courtesy, with no word of stance or a normative or
    refusing modal besides and no quotation longer than a few words: no position on the story's question."""
    plain = looks_back(text)
    if not _LOGISTIC.search(plain) or _CONTEST.search(plain):
        return False  # "would hold a strike ballot on Monday": an act in the dispute, not its logistics
    for clause in (c for c in _CLAUSE_JOIN.split(plain) if c.strip()):
        if not (_LOGISTIC.search(clause) or _COURTESY.search(clause) or _PROCEDURAL.search(clause)):
            return False
        rest = _PROCEDURAL.sub(" ", _COURTESY.sub(" ", _LOGISTIC.sub(" ", clause)))
        if _STANCE.search(_STANCE_NOUN.sub(" ", rest)) or _MORE_THAN_COURTESY.search(rest):
            return False
        if any(len(q.split()) > 5 for q in re.findall(r"[\"“]([^\"“”]*)[\"”]", clause)):
            return False  # a quotation of its own words: more than a date
    return True


def courtesy(text: str) -> bool:
    """Whether a holder's statement only voices regret, sorrow or thanks or reports a step of
    procedure, clause by clause (`_CLAUSE_JOIN`): "X said it regretted the strike and that it had
    invited unions to talks", "X said it had received the offer and would study it". A clause with
    any other stance word, a normative or refusing modal or a condition makes it a position."""
    clauses = [c for c in _CLAUSE_JOIN.split(text) if c.strip()]
    if not clauses:
        return False
    for clause in clauses:
        if not (_COURTESY.search(clause) or _PROCEDURAL.search(clause)):
            return False
        rest = _PROCEDURAL.sub(" ", _COURTESY.sub(" ", clause))
        if _STANCE.search(rest) or _MORE_THAN_COURTESY.search(rest) or re.search(r"[\"“”]", clause):
            return False
    return True


# A word of stance used as a noun of a thing ("electricity demand from data centres", "the support
# for the plan", "fears of a shortage"): after a determiner, or before a preposition that ties it to
# what it measures; a call for something is still a call.
_STANCE_NOUN = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|strong|weak|rising|falling|growing|"
                          r"public|market|consumer)\s+(?:demand|support|backing|fear|hope|warning|call)s?\b"
                          r"|\b(?!call)(?:demand|support|backing|fear|hope|warning)s?\s+(?=(?:from|for|of|in|at|growth|levels?)\b)",
                          re.IGNORECASE)
_REST_OF_CLAUSE = r"(?:(?!\b(?:but|yet|while|although|and\s+that)\b)[^,;])*"
"""The rest of a clause after a match: up to a comma, a semicolon or a contrast ("but", "while")."""
# What a holder says to reassure: that things are steady, unaffected or in hand ("said trading at its
# homes was 'stable' and that residents would not be affected", "remained confident of finding a
# solution", "was monitoring the situation closely"): how it sees its own standing, not what it wants done.
_REASSURED = re.compile(
    r"(?:\b(?:remain\w*|is|was|are|were)\s+(?:\w+ly\s+)?confident\b|[\"“]?\bstable\b[\"”]?|"
    r"\b(?:(?:would|will)\s+)?(?:not|never)\s+(?:be\s+)?(?:affected|disrupted|at\s+risk)\b|\bunaffected\b|"
    r"\bbusiness\s+as\s+usual\b|\boperating\s+normally\b|\bon\s+track\b|"
    r"\bmonitoring\s+(?:the\s+situation|developments|events)\b|\bcontingency\s+plans?\b)"
    + _REST_OF_CLAUSE, re.IGNORECASE)
# A forecast of a thing rather than of what the holder does ("said electricity demand ... was forecast
# to triple", "said prices were expected to rise"): the passive of a verb of forecasting, to a change.
_OUTLOOK_OF_THING = re.compile(r"\b(?:is|was|are|were|be|been)\s+(?:now\s+)?(?:forecast|expected|projected|predicted|"
                               r"estimated|set|likely|unlikely|due)\s+to\s+[a-z]+\b"
                               + _REST_OF_CLAUSE, re.IGNORECASE)
# What the holder itself means to do or refuses, or asks of others: a modal or verb of commitment,
# a normative modal, a direct quotation or the first person.
_COMMITS = re.compile(r"\b(?:will|won['’]t|would|wouldn['’]t|shall|should|must|ought|cannot|can['’]t|intend\w*|"
                      r"plans?\s+to|ready\s+to|prepared\s+to|willing\s+to|open\s+to|refus\w*|rul\w+\s+out|"
                      r"I|we|our)\b|[\"“”]", re.IGNORECASE)


# A quotation in the speaker's first person singular ("I left home at seven and I got to work at half
# nine", "I paid 40 crowns for a seat"): with no word of what anyone wants, holds, fears or should do,
# inside it or around it, it tells the speaker's own circumstances, colour, not a position.
_QUOTATION = re.compile(r"[\"“‘]([^\"“”‘’]+)[\"”’](?!\w)")
_SINGULAR = re.compile(r"\b(?:I|my|me|I['’]ve|I['’]m|I['’]d)\b")
_BEYOND_SELF = re.compile(r"\b(?:we|our|us|you|they|will|won['’]t|would|should|must|ought|can|could|cannot|can['’]t|"
                          r"(?-i:may)|might|need\w*|if|unless|why|think|believe|hope\w*|worr\w*|afraid|angry|fault|"
                          r"wish\w*|want\w*|feel\w*)\b|[?!]", re.IGNORECASE)


_PLACE_BACK = re.compile(r"\b(?:the|at|in|went|came|come|got|get|drove|walked|flew)\s+back\b", re.IGNORECASE)
""""Back" as a place or a way home ("sat at the back", "drove back"), not the verb of backing."""


def own_account(text: str, spoken: bool = False) -> bool:
    """Whether a statement is only its speaker telling their own circumstances: all its
    quotation (all of it when *spoken*, a post in the writer's own words) is in the first person
    singular (`_SINGULAR`) and neither it nor the words around it hold a stance, a modal, a judgement
    or a question (`_BEYOND_SELF`, `_STANCE`, `features._VIEW`): a commuter's journey, a season-ticket
    holder's years of concerts, colour for a report, not a stakeholder's position."""
    inside = text if spoken else " ".join(_QUOTATION.findall(text))
    if not inside or not _SINGULAR.search(inside):
        return False
    outside = "" if spoken else _QUOTATION.sub(" ", text)
    inside, outside = (_PLACE_BACK.sub(" ", part) for part in (inside, outside))
    return not any(pattern.search(part) for part in (inside, outside)
                   for pattern in (_BEYOND_SELF, _STANCE, features._VIEW))


# What a holder answers named only by a demonstrative ("rejected that report at the time", "disputes
# that, and says ...", "said that was 'simply not true'"): the thing answered is in an earlier sentence.
_ANSWERS_UNSEEN = re.compile(
    r"\b(?:reject|disput|den(?:y|ies|ied)|dismiss|accept|welcom|oppos|support|criticis|criticiz|condemn|"
    r"challeng|contest|question|call(?:s|ed)?)\w*\s+(?:that|this|these|those)\b"
    r"(?!\s+(?:the|a|an|it|he|she|they|we|its|their|his|her|there)\b|\s+(?-i:[A-Z]))"
    r"|\b(?:said|says)\s+(?:that|this)\s+(?:claim|report|figure|estimate|account|decision|plan)\b",
    re.IGNORECASE)


# A holder's verdict on a thing named only by a demonstrative: "says that picture is wrong", "said
# these figures were misleading" ("that" with one noun and a verdict of truth, so not the
# conjunction of "said that prices were high"; "this"/"these"/"those" with any noun).
_VERDICT_ON_UNSEEN = re.compile(
    r"\b(?:says?|said|insists?|insisted|argues?|argued|maintains?|maintained)\s+"
    r"(?:(?:this|these|those)\s+[a-z]+|that\s+[a-z]+(?=\s+(?:is|was|are|were)\s+(?:simply\s+|just\s+|plainly\s+)?"
    r"(?:wrong|false|untrue|inaccurate|incorrect|misleading|mistaken|overstated|exaggerated|unfounded|nonsense|"
    r"not\s+(?:true|correct|accurate|right))\b))\s+(?:is|was|are|were)\b")


def points_back(text: str) -> bool:
    """Whether a holder's statement, outside its quotation, names what it answers only by a
    demonstrative (`_ANSWERS_UNSEEN`, `_VERDICT_ON_UNSEEN`): a row of the Stakeholder table is read alone."""
    plain = _QUOTATION.sub(" ", text)
    return bool(_ANSWERS_UNSEEN.search(plain) or _VERDICT_ON_UNSEEN.search(plain))


# An exclamation on a thing left unnamed: a short quotation whose subject is a bare "it", "this" or
# "that" and whose verb is a copula ("It is a small miracle", "This is heartbreaking"), with no clause
# that would name the thing ("It is wrong to close the ward", "That is why we sued").
_EXCLAIMED = re.compile(r"^\s*(?:It|This|That)(?:['’]s|\s+(?:is|was))\s+(?![^.!?]*\b(?:to|that|why|because|if|when|"
                        r"unless|how|what|for)\b)[^.!?,;:]{1,40}[.!?,]?\s*$")
_ATTRIBUTION = re.compile(r"\b(?:said|says|added|told|exclaimed)\b")
_GOES_ON = re.compile(r"\b(?:adding|and|but|while|as|after|before|which|who|when|because|since|though|although)\b")
"""An attribution that goes on to tell more ("she said, adding the council would appeal")."""


def exclaimed(text: str) -> bool:
    """Whether a statement is only a short exclamation on a thing it leaves unnamed (`_EXCLAIMED`)
    with its attribution ("\"It is a small miracle,\" Castagne said."): a reaction, no position a
    row read alone can show."""
    quoted = _QUOTATION.findall(text)
    if len(quoted) != 1:
        return False
    rest = _QUOTATION.sub(" ", text)
    return bool(_EXCLAIMED.match(quoted[0])) and bool(_ATTRIBUTION.search(rest)) and not _GOES_ON.search(rest) \
        and len(rest.split()) <= 10


# What a holder has done about the matter itself, in the active voice: an act that directs others
# ("ordered the operator to install monitors", "had appointed a former judge to lead a review",
# "directed three operators to take over"), opens a proceeding ("ordered an inquiry", "set up a
# review", "commissioned an independent study") or goes to law ("filed a claim for judicial review",
# "lodged its appeal", "sued"). Its decision, demand or challenge: a position. An order of goods or a
# hire of staff ("ordered two loaders", "hired a liaison officer") is business as usual, none of these.
_DIRECTING = r"(?:appoint|commission|order|direct|instruct|hir|engag|ask|call\s+on|call\s+in)"
_PROCEEDING = (r"(?:review|inquiry|enquiry|investigation|probe|audit|study|assessment|inspection|hearing|"
               r"evacuation|recall|halt|suspension|closure|shutdown|ban|moratorium|taskforce|task\s+force|panel|"
               r"commission)s?")
_LEGAL = r"(?:claim|appeal|challenge|complaint|objection|lawsuit|suit|case|action|injunction|petition)s?"
_ACT_ON_MATTER = re.compile(
    # an order of things counted or new ("ordered 40,000 doses to cover ...") is a purchase; "asked not to
    # be named" asks nothing; "ordered by the court to pay" is done to the holder
    r"\b" + _DIRECTING + r"(?:s|es|ed|d)?\s+(?!(?:it|them|him|her|us|me|not|by|\d[\d,.]*|more|extra|additional|new)\b)"
    r"(?:[\w'’&.-]+\s+){1,6}?to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|\d)\b)[a-z]+\b"
    r"|\b(?:appoint|commission|order|launch|open|announc|call|set)(?:s|es|ed|ing|d)?\s+(?:up\s+|for\s+)?"
    r"(?:a|an|the|its|their)?\s*(?:[\w'’-]+\s+){0,2}?" + _PROCEEDING + r"\b"
    r"|\b(?:filed?|files|filing|lodged?|lodges|lodging|launch(?:es|ed|ing)?|brings?|brought|bringing|"
    r"mount(?:s|ed|ing)?)\s+(?:a|an|the|its|their)?\s*(?:[\w'’-]+\s+){0,2}?" + _LEGAL + r"\b"
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:sued|appealed)\b"
    r"|\b(?:is|are|was|were)\s+(?:suing|appealing|challenging)\b", re.IGNORECASE)
# Business as usual: a purchase or a hire in the active voice ("had ordered 40,000 doses",
# "it bought six coaches", "has hired two string players") that directs no one and opens nothing.
_ROUTINE = re.compile(r"\b(?:(?:it|they|he|she|we|I)\s+(?:has\s+|have\s+|had\s+)?|(?:has|have|had)\s+)"
                      r"(?:\w+ly\s+)?(?:ordered|bought|purchased|acquired|hired|recruited|took\s+delivery\s+of)\b",
                      re.IGNORECASE)
"""The holder's own purchase or hire, by a pronoun or a perfect ("it had ordered", "has hired"); not
another's ("Farmers who bought treated seed ... may now sow it, the authority said")."""


def acted_on_matter(text: str) -> bool:
    """Whether a statement, outside its quotation, tells an act of its holder's on the story's matter
    (`_ACT_ON_MATTER`): an order directing others, a proceeding opened, a challenge filed."""
    return bool(_ACT_ON_MATTER.search(_QUOTATION.sub(" ", text)))


def routine_business(text: str) -> bool:
    """Whether a statement only tells a purchase or a hire (`_ROUTINE`), with no act on the matter
    (`acted_on_matter`) and no word of stance or of what its holder will do (`_STANCE`, a modal):
    business as usual, no position."""
    plain = _QUOTATION.sub(" ", text)
    return bool(_ROUTINE.search(plain)) and not acted_on_matter(text) and not _STANCE.search(plain) \
        and not re.search(r"\b(?:will|would|won['’]t|should|must|plans?|intends?)\b", plain, re.IGNORECASE)


def position(text: str) -> bool:
    """Whether a statement with a holder states a stance rather than reports: not how things
    stand now ("said doctors could again view results"), not the results it expects (guidance)
    unless a verb of stance or a normative modal says what it holds, not a measurement it reports
    with no word of what it holds, not a remark that an event bears out what the holder said
    before (`_BORNE_OUT`), not a reassurance that things are steady or in hand (`_REASSURED`) nor a
    forecast of a thing (`_OUTLOOK_OF_THING`) with nothing the holder commits to besides, and never
    a "no comment"."""
    if no_comment(text):
        return False  # "declined to comment", "would comment 'in due course'": no stance, whatever the verb
    if own_account(text):
        return False  # '"I left home at seven and I got to work at half nine," said a nurse': her day, no stance
    if courtesy(text):
        return False  # "said it regretted the strike and that it had invited unions to talks": no stance
    if routine_business(text):
        return False  # "said it had ordered 40,000 more doses", "hired two string players": business as usual
    if logistics(text):
        return False  # "said the report would be published 'in full, this week'": logistics, no stance
    if acted_on_matter(text):
        return True  # "said she had appointed a former judge to lead a review ... by December 15": her decision
    if (borne := _BORNE_OUT.search(text)) and not _STANCE.search(text[:borne.start()] + text[borne.end():]) \
            and not _HOLDS.search(re.sub(r"[\"“”]", "", text[:borne.start()] + text[borne.end():])):
        return False
    if _LOOK_BACK.search(text) and re.search(r"\bhad\b", text):
        now = re.sub(r"\blook(?:s|ed|ing)?\s+back\b", " ", looks_back(text), flags=re.IGNORECASE)  # "Looking back": no backing
        if not _STANCE.search(now) and not re.search(r"\b(?:should|must|ought|will|would|want\w*)\b", now, re.IGNORECASE):
            return False  # "said the orchestra had warned the ministry in 2021 that ...": a look back, no view held now
    if (ahead := _FORECAST_FIGURE.search(text)) and not _STANCE.search(text):
        rest = text[:ahead.start()] + text[ahead.end():]
        if not _HOLDS.search(re.sub(r"[\"“”]", "", rest)):
            return False  # "expects production of 530,000 tonnes in 2026/27": a forecast, no stance
    if _STANCE.search(_STANCE_NOUN.sub(" ", text)):
        return True
    if _REASSURED.search(text) and not _COMMITS.search(_REASSURED.sub(" ", text)):
        return False  # "said trading was 'stable' and residents would not be affected": a reassurance, no stance
    if _OUTLOOK_OF_THING.search(text) and not _COMMITS.search(_OUTLOOK_OF_THING.sub(" ", text)):
        return False  # "said demand ... was forecast to triple by 2030": an assessment of a measure, no stance
    if features.WHAT_IF.match(text):
        return False  # "A 30% overrun would take the cost to 1.8 billion euros": a sensitivity, no stance
    if _RESULT.search(text) and not _HOLDS.search(text):
        return False  # "Patients on the drug lost function 38% slower, the company said": a result it reports
    return not (_STATUS.search(text) or _GUIDANCE.search(text))


# An undertaking ("has promised to tell passengers seven days before", "pledged to refund"): what
# someone commits to do, whatever "if ... cancelled" it goes on to name; no possible adverse outcome.
_UNDERTAKING = re.compile(r"\b(?:promis(?:e|es|ed)|pledg(?:e|es|ed)|guarantee[sd]?|undert(?:ake|akes|ook|aken)|"
                          r"committed)\s+to\b|\bwill be (?:told|informed|notified|contacted|given|offered|refunded)\b",
                          re.IGNORECASE)


# Something done that ends or holds off a threat ("The TUC suspended its strike threat on Sunday",
# "called off the walkout", "lifted the ban"): a past act in the simple past that lowers a risk, not one.
_EASED = re.compile(r"\b(?:suspended|withdrew|withdrawn|called off|lifted|dropped|ended|averted|abandoned|"
                    r"cancell?ed|settled|resolved|shelved)\b", re.IGNORECASE)
# What could still happen: a modal, a condition, a warning or a risk word.
_POSSIBLE = re.compile(r"\b(?:could|may|might|would|can|will|if|unless|risks?|risky|warn\w*|fear\w*|concern\w*|"
                       r"danger\w*|likely|possible|possibly|potential\w*|exposure|exposed?|vulnerab\w*|threaten\w*)\b",
                       re.IGNORECASE)


# A risk named as the object of what takes it away ("Consent removes the planning risk that has
# weighed on the group for a decade", "the deal eliminates the refinancing risk"): the threat is
# lowered, no adverse outcome ahead; the noun phrase with its relative clause.
_RISK_LOWERED = re.compile(
    r"\b(?:(?:remov|eliminat|eas|reduc)(?:e|es|ed|ing)|(?:lower|lift|clear|end|de-risk)(?:s|ed|ing)?|"
    r"takes?\s+away|taken\s+away|took\s+away)\s+"
    r"(?:(?:the|a|an|its|their|his|her|much|most|some|all|any|of)\s+){0,3}(?:[\w'’-]+\s+){0,2}"
    r"(?:risks?|threats?|uncertaint(?:y|ies)|overhang)\b(?:\s+(?:that|which)\s+[^,;.]*)?", re.IGNORECASE)


def risk(text: str, kind: str) -> bool:
    """A possible adverse outcome: a note drafted as a risk that is no undertaking or notice, and
    no act done that ends or holds off a threat with nothing said of what could still happen
    (`_EASED` with no `_POSSIBLE`: "The TUC suspended its strike threat on Sunday ..."), nor a
    risk named only as what something takes away (`_RISK_LOWERED`: "Consent removes the planning
    risk ...") with nothing else in it a risk."""
    if kind != "risk" or _UNDERTAKING.search(text) or _SERVICE.search(text):
        return False
    if _RISK_LOWERED.search(text) and not features.is_risk(_RISK_LOWERED.sub(" ", text)):
        return False
    return not (_EASED.search(text) and not _POSSIBLE.search(text))


# A span of time a figure is totalled over ("in the 2025/26 season", "the season that ended on
# September 30", "in the year to March", "in the third quarter"): what it measures is the span's,
# not an event on any one day.
_PERIOD = re.compile(r"(?<!\d)(?:19|20)\d\d/(?:\d\d|(?:19|20)\d\d)(?!\d)|\b(?:season|year|quarter|half|month|week)s?\s+"
                     r"(?:that\s+)?(?:ended|ending|ends|to|through)\b|\b(?:first|second|third|fourth|last)\s+"
                     r"(?:quarter|half)\b", re.IGNORECASE)


def period_total(text: str) -> bool:
    """Whether the statement gives a figure totalled over a span of time (`_PERIOD`): a season's,
    a year's or a quarter's measurement, which has no day of its own to be placed on."""
    return bool(_PERIOD.search(text) and _RESULT.search(_PERIOD.sub(" ", text)))


def relative_day(text: str) -> bool:
    """Whether the statement, outside its quotations, places itself by the day it was written
    (`dates.counts_from_writing`: "today restates", "said yesterday")."""
    return dates.counts_from_writing(_QUOTE_SPAN.sub(" ", text))


_QUOTE_SPAN = re.compile("[\"“][^\"“”]*[\"”]")


# -- what a policy lever is ------------------------------------------------------------------
# A public body: who can make rules, spend, license, judge or enforce ("the ministry", "the
# competition authority", "Parliament", "a judge", "police"), or an acronym of one ("the ACCC").
_OFFICE_WORDS = (
    r"(?i:\b(?:governments?|ministr(?:y|ies)|ministers?|regulators?|authorit(?:y|ies)|commissions?|commissioners?|"
    r"parliament\w*|congress\w*|senate|senators?|lawmakers|legislat(?:ure|ors?|ive)|councils?|councillors?|"
    r"courts?|judges?|tribunals?|agenc(?:y|ies)|departments?|watchdogs?|inquiry|inquiries|cabinet|president|"
    r"premier|chancellor|mayors?|governors?|officials|state|federal|treasury|police|prosecutors?|ombudsman|"
    r"committees?|coast ?guards?|navy|army|armed forces|military|central bank|administrations?)\b)")
"""Words of public office: a government, a regulator, a court, an office-holder."""
_PUBLIC = re.compile(_OFFICE_WORDS + r"|\b[A-Z]{2,6}\b")
# A call on a public body ("said the government must ban", "urged regulators to"): what is asked of it.
_CALL = re.compile(r"\b(?:should|must|ought|needs? to|urg\w*|call\w*\s+(?:on|for)|ask\w*|press\w*|lobb\w*)\b",
                   re.IGNORECASE)
# The speaker's own side as the subject of what it says ("said the firm was considering its
# position", "denied the company was at fault"): an account of itself, not of a public body's act.
_OWN_SIDE = re.compile(r"\b(?:the\s+(?:company|firm|group|business|operator|bank|insurer|carrier|club|bidder)|it|we)\s+"
                       r"(?:was|were|is|are|had|has|have|would|will|did|does|do)\b"
                       # or its own view in the first person ("We believe the commission has misread the rules")
                       r"|\b(?:we|I)\s+(?:\w+ly\s+)?(?:believe|think|consider|feel|maintain|argue|contend|disagree|"
                       r"reject|dispute|regret|welcome)\b", re.IGNORECASE)


def public(name: str) -> bool:
    """Whether *name* (a speaker or a role) is a public body or one of its office-holders."""
    return bool(_PUBLIC.search(name)) and not re.search(r"\b(?:chief executive|chairman|chairwoman|chair|director|"
                                                          r"spokes\w*|analyst|partner|shareholder)\b", name,
                                                          re.IGNORECASE) or bool(re.fullmatch(r"[A-Z]{2,6}", name.strip()))


# A year named in a statement ("in 2024", "since 2019"); a season ("2025/26") is no year of an act.
_YEAR = re.compile(r"(?<![/\d])(?:19|20)\d\d(?![/\d])")


def history(text: str, now: dt.date) -> bool:
    """Whether the statement tells only what was done in a year before *now*'s: every year it names
    is earlier, and nothing in it looks ahead, is due or is asked of anyone ("The ministry cut the
    budget by 22 million euros in 2024, and signal failures doubled the following year"): background
    or blame, not a lever a public body holds now."""
    years = [int(y) for y in _YEAR.findall(text)]
    return bool(years) and max(years) < now.year and not _FORWARD.search(text) and not _CALL.search(text) \
        and not _SCHEDULED_WORD.search(text)


# A time told as long past without a year ("a decade ago", "in the last decade", "in the 1990s").
_LONG_AGO = re.compile(r"\b(?:(?:a|two|three|several|many)\s+decades?\s+ago|decades\s+ago|(?:in|over|during)\s+the\s+"
                       r"(?:last|past|previous)\s+(?:decade|century)|in\s+the\s+(?:19|20)\d0s)\b", re.IGNORECASE)
# A verb that looks ahead ("will try again", "plans to", "is set to"): not "a tram plan", which names a thing.
_AHEAD_VERB = re.compile(r"\b(?:will|won['’]t|would|shall|going to|(?:is|are) (?:set|due|expected|scheduled) to|"
                         r"plans? to|planning to|intends? to|aims? to)\b", re.IGNORECASE)
# A year before 1900 after a preposition of time ("in 1897"): not a count ("1,850 objects").
_OLD_YEAR = re.compile(r"\b(?:in|since|from|until|by|before|after)\s+(1[5-8]\d\d)(?![\d,.]\d)\b")
_SIDE_CLAUSE = re.compile(r",\s+(?:which|who|whose|where|when|after|before|seeking|as|while|since|a day|"
                          r"two days|days|weeks|months)\b", re.IGNORECASE)
_SINCE_YEAR = re.compile(r"\bsince\s+(?:\w+\s+)?\d{4}\b", re.IGNORECASE)
_RECENT_DAY = re.compile(r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b")
# Background lies at least this many years before its source: last year's figure may be the news.
BACKGROUND_YEARS = 2


def background(text: str, written: dt.date | None) -> bool:
    """Whether the statement tells something done well before its source was written: every year
    it names is at least BACKGROUND_YEARS before the source's ("Munich voters rejected a bid for
    the 2022 Winter Games in 2013", in a 2026 report), or it tells a time long past ("a decade
    ago"), and no verb of it looks ahead ("will try again in 2027"). Such a sentence is the story's
    background, never its lead. A year of a thing's name ("the 2022 Winter Games") is a year too:
    with nothing later named, the sentence still tells the past."""
    if written is None or _AHEAD_VERB.search(text):
        return False
    # the main clause's time, not a relative or adverbial clause's ("..., which was awarded in December
    # 2021", "..., seeking to halt a slide ... since 2009"), nor a point measured from ("since 2009")
    text = _SINCE_YEAR.sub(" ", text[:m.start()] if (m := _SIDE_CLAUSE.search(text)) else text)
    if _RECENT_DAY.search(text):
        return False  # "on Friday": the act is dated near its source
    years = [int(y) for y in _YEAR.findall(text)] + [int(y) for y in _OLD_YEAR.findall(text)]
    if years:
        return max(years) <= written.year - BACKGROUND_YEARS
    return bool(_LONG_AGO.search(text))


# An enumerating adverb set off by a comma ("Third, the ministry assumes ..."): a place in a list, no subject.
_ENUMERATION = re.compile(r"(?:(?:first|second|third|fourth|fifth)(?:ly)?|finally|lastly|next),\s+", re.IGNORECASE)


def _opening(text: str) -> int:
    """How many characters a discourse connective or an enumerating adverb set off by a comma takes at
    the start of *text* ("Separately, ", "Third, "): what precedes the main clause's subject."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    if (found := _ENUMERATION.match(stripped)) is not None:
        return lead + found.end()
    return lead + context._connective_opening(stripped)


def lever(text: str, speaker: str = "", role: str = "", now: dt.date | None = None) -> bool:
    """Whether a statement on regulation or policy is a lever: what a public body does, has done,
    can do or is asked to do ("The ministry suspended the ban", "The authority can block the deal",
    "Environment groups said the government must ban logging", "X reported that China is considering
    an incentive package"). Not a condition on what a company does with no public body named,
    nor a company's or a person's account of its own side ("A spokesperson for X said the firm was
    considering its position and that its proposal needed no approval") unless it calls on one."""
    text = re.sub(r"\[(\w)\]", r"\1", text)  # "[T]he Finance Ministry": the word as its source has it
    text = text[_opening(text):]  # "Separately, the Finance Ministry revised ...": the clause after the connective
    if not (_PUBLIC.search(text) or public(speaker) or public(role)) and _CONDITION.match(text):
        return False  # "If X agrees to a break fee, the regulatory risk is priced in": no one to act
    if _ACCORDING.search(text) and not (public(speaker) or public(role)) and not _PUBLIC.search(
            _ACCORDING.sub(" ", text)):
        return False  # "Milk prices fell 7 percent, according to the farm ministry": a body cited for a figure
    if (now_said := looks_back(text)) != text:
        # "said the orchestra had warned the ministry in 2021 that ...": what was said then acts on nothing now
        if not (_CALL.search(now_said) or _FORWARD.search(now_said)):
            return False
        text = now_said
    if now is not None and history(text, now):
        return False  # "X's ministry cut the budget by 22 million euros in 2024, and failures doubled": a past year's act
    if not speaker:  # the words before its reporting verb ("A spokesperson for X said ...") say who speaks
        said = _REPORTER.search(text)
        # a quotation before it is what is said, not who says it ("\"We believe ...,\" the club said")
        speaker = _QUOTED.sub(" ", text[:said.start()]).strip(" ,") if said else ""
    if speaker and not (public(speaker) or public(role)) and _OWN_SIDE.search(text) and not _CALL.search(text):
        return False
    return acts(text, public(speaker) or public(role))


def acts(text: str, public_speaker: bool = False) -> bool:
    """Whether, in what the statement says, an authority acts, can act, must decide or is asked
    to: a public body as the subject of its main clause (or "it" when a public body says it),
    an authority's measure coming into force or lifted, a body acting in a clause of time or as a
    passive's agent, or a call on one. Not a body's stake seen diluted, a figure a ministry gives,
    nor what an analyst estimates if a body acts ("If the government bans ..., we estimate")."""
    if (judged := _JUDGES.match(text.strip())) and _PUBLIC.search(judged.group("who")):
        if judged.group("that") is None:
            return False  # "The ministry forecasts growth of 3%": a body's estimate, nothing it does
        if not re.match(r"(?i)(?:it|they|we)\b", judged.group("what")):
            return acts(judged.group("what"))  # "The ministry estimates that the plant will lower prices": the plant's
    subject, rest, reported = _actor_clause(text)
    if _OWN_ESTIMATE.match(rest):
        return False  # "The Treasury revised its forecast of the levy's yield": what it acts on is its own estimate
    if _THREAT.match(rest) and not _holds_office(subject):
        return False  # "The TUC threatened to call a strike unless the government drops ...": the threat is its own
    if _PUBLIC.search(subject) and not re.match(r"^(?:[A-Z][\w'’-]*\s+){0,3}(?:said|says)\b", rest):
        return not _UNDERGOES.match(rest)  # "The government ... would see its stake diluted": befalls it
    if re.fullmatch(r"(?i:it|they|he|she|we|its\s+\w+)", subject.strip()) and public_speaker and reported and (
            rest[:1] not in "\"“‘'"):
        return not _UNDERGOES.match(rest)  # "The ministry said it would decide by 30 November"
    if _WEIGHS.match(rest) and _MEASURE.search(rest):
        return True  # "China is considering an incentive package": a measure pending with whoever can adopt it
    if _MEASURE.search(subject) and _IN_FORCE.search(rest):
        return True  # "a landing ban ... would take effect on February 1", "The ban on car washes has been lifted"
    if _called_on(rest):
        return True  # "Environment groups said the government must ban logging", "demanded that the regulator fine"
    if _RULE_ASKED.match(rest):
        return True  # "said operators should not be allowed to abandon routes": a rule asked for
    if public_speaker and reported and _OWN_ARRANGED.match(rest):
        return True  # "A ministry official said coast guard patrols would be stepped up"
    for m in _BODY_CLAUSE.finditer(rest):
        if _PUBLIC.search(m.group("a") or m.group("b") or m.group("c") or ""):
            return True  # "would resume once the two ministries agree", "signed by the prime minister"
    return False


# A body's judgement of what will be or is ("The energy ministry estimates that the plant will lower
# prices by 3 to 4 euros", "The regulator forecasts growth of 3%"): an estimate, not an act; what it
# estimates is a lever only if the clause it judges is one ("expects to approve" is a plan, not this).
_JUDGES = re.compile(r"^(?P<who>(?:[\w'’.-]+\s+){1,6}?)(?:also\s+|now\s+)?(?:estimat|expect|forecast|project|predict|"
                     r"believ|reckon|calculat|assum)(?:e|es|ed|s)\s+(?!to\b)(?:(?P<that>that)\s+)?(?P<what>.+)",
                     re.IGNORECASE)


# A main verb whose object is the actor's own estimate ("revised its estimate of the deficit to 3.1 percent",
# "raised its forecast", "published its projections"): a figure changed or given, no instrument used.
_OWN_ESTIMATE = re.compile(r"^(?:\w+ly\s+|also\s+|again\s+|now\s+)?(?:(?:has|have|had)\s+)?[a-z]+\s+(?:its|their|his|her|"
                           r"the)\s+(?:[\w'’-]+\s+){0,2}?(?:estimates?|forecasts?|projections?|outlook|predictions?|"
                           r"assumptions?|figures?|statistics|calculations?)(?![\w-])")


# A threat as leverage ("threatened to call a general strike unless the government drops ..."): the
# subject's own act, held over a body; a lever only when the one threatening holds office.
_THREAT = re.compile(r"^(?:has\s+|have\s+|had\s+|again\s+|also\s+)*threat(?:en|ens|ened|ening)\b", re.IGNORECASE)
# A body of members named with a public word ("Trades Union Congress", "the nurses' association",
# "Chamber of Commerce"): it speaks for its members and holds no office.
_MEMBERS = re.compile(r"\b(?:unions?|associations?|federations?|confederations?|chambers?|guilds?|syndicates?|"
                      r"cooperatives?|co-operatives?|leagues?|alliances?|coalitions?|parties|party|movements?|"
                      r"societ(?:y|ies)|groups?|campaign\w*|activists?|residents|workers|members)\b", re.IGNORECASE)

_OFFICE = re.compile(_OFFICE_WORDS)  # _PUBLIC's words of office, not its acronyms


def _holds_office(subject: str) -> bool:
    """Whether a subject names a public body or an office-holder by a word of office (not an acronym alone,
    which any union or firm may have, nor a body of members named with a public word)."""
    return bool(_OFFICE.search(subject)) and not _MEMBERS.search(subject)


# -- who acts in what a statement says ------------------------------------------------------
# "X said (that) C", "C, X said": C is what is said; its subject is who acts in it.
_SAID_BEFORE = re.compile(r"^[^\"“”]{0,120}?\b(?:said|says|reported|told\s+[\w-]+|announced|warned|added|noted)\s+"
                          r"(?:that\s+)?",
                          re.IGNORECASE)
_SAID_AFTER = re.compile(r",?[\"”’]?,?\s+(?:[^,;\"“”]{0,80}?\s)?(?:said|says|told\s+[\w-]+|added|noted)\b[^,;]{0,60}(?:,|\.?$)",
                         re.IGNORECASE)
_LEADING_CONDITION = re.compile(r"^\s*(?:if|unless|should|were|provided|assuming)\b[^,;]*,\s*", re.IGNORECASE)
_FIRST_VERB = frozenset("will would could can may might shall should must won't wouldn't can't cannot "
                        "has have had is are am was were do does did".split())
# What an authority's measure does when it is itself acted on or comes into force ("the ban has been
# lifted", "a landing ban would take effect on February 1"): a lever, whoever is the subject.
_MEASURE = re.compile(r"\b(?:bans?|orders?|regulations?|rules?|laws?|bills?|decrees?|quotas?|tariffs?|taxe?s?|levy|"
                      r"levies|subsid(?:y|ies)|funds?|package|rationing|restrictions?|curfews?|moratorium|permits?|"
                      r"licen[cs]es?|sanctions?|limits?|caps?|measures?|scheme|programme|program)\b", re.IGNORECASE)
_IN_FORCE = re.compile(r"\b(?:take|takes|took|taken|come|comes|came) (?:effect|into force)\b|\b(?:be|been|being|was|were|"
                       r"is|are)\s+(?:\w+ly\s+)?(?:lifted|imposed|extended|introduced|eased|tightened|scrapped|suspended|"
                       r"approved|signed|enforced|raised|lowered|cut|set|renewed|withdrawn|applied)\b", re.IGNORECASE)
# What befalls a body rather than what it does ("would see its stake diluted", "would remain the
# largest shareholder"): the body as the one a change happens to, no lever.
_UNDERGOES = re.compile(r"^(?:(?:will|would|could|might|may)\s+(?:also\s+)?)(?:see|remain|lose|face|suffer|receive|"
                        r"get|stay|be left|end up|keep)\b", re.IGNORECASE)
# A body acting in a clause of time or condition ("once the two ministries agree"), or as the agent
# of a passive ("signed by the prime minister", "needs the approval of the regulator").
_BODY_CLAUSE = re.compile(r"\b(?:once|when|until|unless|after|before|as soon as)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                          r"(?P<a>[\w'’-]+)\s+(?:agree\w*|approv\w*|decid\w*|rul\w*|sign\w*|vot\w*|act\w*)\b"
                          r"|\b(?:signed|approved|set|imposed|ordered|decided|granted|issued|required)\s+by\s+(?:the\s+)?"
                          r"(?P<b>(?:[\w'’-]+\s+){0,3}[\w'’-]+)"
                          r"|\b(?:approval|consent|permission|sign-off|decision)\s+(?:of|from|by)\s+(?:the\s+)?"
                          r"(?P<c>(?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.IGNORECASE)
# What a public body says its side will see done ("said patrols would be stepped up"): its own act.
_OWN_ARRANGED = re.compile(r"^(?:will|would|is to|are to)\s+(?:also\s+)?be\s+(?:\w+ly\s+)?(?:[a-z]+ed|made|paid|"
                           r"given|kept|held|run|built|sent|taken|set|put|brought|sold|spent|shown|done)\b",
                           re.IGNORECASE)
_DEMANDED = re.compile(r"\b(?:demand\w*|urg\w*|call\w*\s+(?:on|for)|ask\w*|press\w*)\s+(?:that\s+)?", re.IGNORECASE)


_ASK_MODAL = re.compile(r"\b(?:should|must|ought to|needs? to|has to|have to)\b", re.IGNORECASE)
# A rule asked for, in the passive ("should be required to report", "must not be allowed to"): what a
# rule-maker is asked to do, whoever asks.
_RULE_ASKED = re.compile(r"^(?:should|must|ought to|needs? to)\s+(?:not\s+|no longer\s+)?be\s+(?:required|allowed|"
                         r"permitted|banned|forced|obliged|barred|prohibited|forbidden|made to)\b", re.IGNORECASE)


def _called_on(clause: str) -> bool:
    """Whether the clause asks a public body to act: the body as the subject of "should",
    "must" ("the government must ban"), or the one urged ("urged regulators to", "demanded that
    the regulator fine"); not a public word elsewhere ("must not interfere with military radar")."""
    for m in _ASK_MODAL.finditer(clause):
        if _PUBLIC.search(" ".join(clause[:m.start()].split()[-4:])):
            return True
    for m in _DEMANDED.finditer(clause):
        if _PUBLIC.search(" ".join(clause[m.end():].split()[:4])):
            return True
    return False


_WEIGHS = re.compile(r"^(?:is|are|was|were)\s+(?:still\s+|now\s+)?(?:considering|studying|weighing|deliberating|"
                     r"mulling|drafting|preparing|planning|discussing)\b", re.IGNORECASE)


def _actor_clause(text: str) -> tuple[str, str, bool]:
    """What the statement says, split at its main verb: (subject, the rest, whether it is
    reported). "The defence ministry said radar coverage could be degraded" -> ("radar
    coverage", "could be degraded", True)."""
    clause = text.strip()
    before = _SAID_BEFORE.match(clause)
    after = _SAID_AFTER.search(clause)
    reported = False
    if before and before.end() < len(clause):
        clause, reported = clause[before.end():], True
    elif after and after.start() > 0:
        clause, reported = (clause[:after.start()] + " " + clause[after.end():]).strip(" ,"), True
    clause = clause.lstrip("\"“‘' ")
    clause = _LEADING_CONDITION.sub("", _OPENING_ADVERBIAL.sub("", clause, count=1), count=1)
    clause = _RELATIVE_ASIDE.sub(" ", clause)
    words = clause.split()
    for i, word in enumerate(words[:12]):
        bare = word.lower().strip(",;:\"“”‘’")
        previous = words[i - 1].lower() if i else ""
        if i and (bare in _FIRST_VERB or (_participle(bare) or re.fullmatch(r"[a-z]+s", bare) and previous in (
                "it", "he", "she", "they", "government", "ministry", "authority", "council", "court")
                ) and previous not in _DETERMINERS and not previous.endswith(("'s", "’s"))
                and word == bare and bare not in ("used", "based", "need")):
            return " ".join(words[:i]), " ".join(words[i:]), reported
    return " ".join(words[:6]), " ".join(words[6:]), reported


# An attribution ("according to the farm ministry", "the ministry's figures show"): who a figure
# comes from, no public body acting.
_ACCORDING = re.compile(r"\baccording to\s+[^.;,]*|\b(?:figures|data|statistics)\s+(?:from|published by)\s+[^.;,]*",
                        re.IGNORECASE)
_CONDITION = re.compile(r"\s*(?:If|Unless|Should|Were|Provided)\b")
_REPORTER = re.compile(r"\b(?:said|says|told|denied|denies|noted|added|insisted|maintained)\b", re.IGNORECASE)


# -- what a sentence's main clause reports ------------------------------------
# A note has one kind, read from any clause: "X and Y have called off their merger, ending talks over
# what would have been the third-largest university" is an event (upcoming, by its "would"), "The head
# of the operator resigned on Monday, six days after ..." too. What the main clause does decides
# whether the sentence reports something done: its first finite verb.
_OPENING_ADVERBIAL = re.compile(
    r"^(?:after|before|when|on|in|at|following|despite|since|as|although|though|while|during|earlier|later|"
    r"last|this|by|for|with|under|amid)\b[^,;]{0,100},\s*", re.IGNORECASE)
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose|where|whom)\b[^,;]*(?:,|$)", re.IGNORECASE)
_MODALS = frozenset("will would could can may might shall should must won't wouldn't can't cannot".split())
_PERFECT = frozenset("has have had hasn't haven't hadn't".split())
_PAST_BE = frozenset("was were wasn't weren't".split())
_PRESENT_BE = frozenset("is are am isn't aren't".split())
_DO = frozenset("do does did don't doesn't didn't".split())
# Saying, not doing: "X said ..." reports words; what was said is someone's claim.
_SAYING = frozenset(
    "said says say told tells tell warned warns argued argues claimed claims stated states added adds noted notes "
    "explained explains insisted insists wrote writes suggested suggests predicted predicts estimated estimates "
    "cautioned stressed believes believe thinks think expects expect expected hopes hope hoped feared fears "
    "described describes spoken written".split())
_IRREGULAR_PAST = IRREGULAR_PAST - {"said", "did", "had", "saw", "slew"}
"""The irregular past forms and participles (`words.IRREGULAR_PAST`) this module reads as a past verb: not
"said", "did", "had" (reporting and auxiliaries, read on their own), nor "saw" and "slew" (never read here;
adding them is a behaviour change to measure, not a move)."""
_DETERMINERS = frozenset("the a an its their his her our this that these those some any no each every".split())
_PARTICLES = PARTICLES | {"aside", "forward"}
"""The particles of a phrasal verb ("put off", "set out", "shut down", "put aside", "brought forward") between a
short past form and its object."""
_COMPLEMENT = frozenset("that whether if because after before when while as since although though".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,]*")


_SHORT_PAST = frozenset("ran led won got met fed dug hid ate sat".split())
"""Three-letter past forms that are no noun too ("cut", "set", "bid" are): a verb wherever they stand."""


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PAST


def reports_done(text: str) -> bool:
    """Whether the sentence's main clause reports something done: its first finite verb is in
    the past ("resigned", "were rescued") or the present perfect ("have called off"), and is no
    verb of saying ("said", "warned": someone's words). A modal ("will stay", "would cost"), a
    present tense, a state ("was about 19 metres long") or a direct quotation: no. Only the main
    clause counts: a sentence opening on an adverbial ("After the vote, ...") is read after it,
    a relative aside (", who had championed it,") is skipped."""
    return done_verb(text) is not None


def done_behind_future(text: str) -> bool:
    """Whether the sentence tells a consequence to come in its main clause ("will return to work on
    Monday", "can resume sales from Thursday") and, in a clause opening on "after" that follows it,
    something done that brought it about ("after their union suspended the walkout"): a report of a
    change of state told consequence first, news before it is a calendar's entry. The clause after
    "after" must open on its subject and past verb (within its first words), not a noun ("after the
    vote")."""
    flat = " ".join(text.split())
    if not flat or flat[0] in "\"“‘'" or reports_done(flat):
        return False
    head, sep, tail = flat.partition(" after ")
    words = [w.lower() for w in _WORD.findall(head)]
    modal = next((i for i, w in enumerate(words) if w in _MODALS), None)
    # "Hire boat firms said on Wednesday they would hold their prices after ...": a party's word on what it will
    # do, its reaction, not a change of state
    if not sep or modal is None or any(w in _SAYING for w in words[:modal]):
        return False
    done = done_verb(tail)
    return done is not None and 0 < done[1] <= AFTER_CLAUSE_VERB


AFTER_CLAUSE_VERB = 5
"""How far into a clause opening on "after" its verb may stand for `done_behind_future` (its subject
before it: "their union suspended", "the regional food agency lifted")."""


def done_verb(text: str) -> tuple[list[str], int] | None:
    """The sentence's words and the place of its main clause's verb of something done (see
    `reports_done`), or None."""
    flat = " ".join(text.split())
    if not flat or flat[0] in "\"“‘'":
        return None
    flat = _RELATIVE_ASIDE.sub(",", _OPENING_ADVERBIAL.sub("", flat, count=1))
    words = _WORD.findall(flat)
    for i, word in enumerate(words[:25]):
        lower = word.lower().replace("’", "'")
        before = words[i - 1].lower() if i else ""
        after = [w.lower() for w in words[i + 1:i + 4]]
        if lower in _MODALS or lower in _PRESENT_BE or lower in _DO:
            return None
        if lower in _SAYING and word == lower:
            return None
        if (lower in _COMPLEMENT or lower == "to") and i:
            return None  # a clause or an infinitive before any verb read ("plans to map"): not where this reads
        if lower in _PERFECT:
            rest = [w for w in after if w not in ("not", "never", "already", "now", "also", "since", "been")
                    and not w.endswith("ly")]
            done = bool(rest) and _participle(rest[0]) and rest[0] not in _SAYING
            return (words, i + 1 + after.index(rest[0])) if done else None
        if lower in _PAST_BE:
            rest = [w for w in after if w not in ("not", "never", "also", "then", "later", "finally")
                    and not w.endswith("ly")]
            done = bool(rest) and _participle(rest[0]) and rest[0] not in _SAYING
            return (words, i + 1 + after.index(rest[0])) if done else None
        if word != lower or before in _DETERMINERS or before.endswith(("'s", "’s")) or before[:1].isdigit():
            continue  # a name, or a participle before its noun ("the planned merger")
        if lower in _IRREGULAR_PAST and after[:1] and after[0] in _DETERMINERS - {"that", "this", "these", "those"}:
            return (words, i)  # "cut the base tariff", "hit its target": a short past form before its object
        if lower in _IRREGULAR_PAST and len(after) > 1 and after[0] in _PARTICLES \
                and after[1] in _DETERMINERS - {"that", "this", "these", "those"}:
            return (words, i)  # "put off a suspension", "set out its plan": a phrasal verb's past before its object
        if _participle(lower) and (len(lower) > 3 or lower in _SHORT_PAST):
            if after[:1] == ["by"] and any(w.lower() in _PRESENT_BE or w.lower() in _PAST_BE or w.lower() in _MODALS
                                           or w.lower() in _PERFECT for w in words[i + 2:i + 10]):
                continue  # a participle with its agent before the clause's verb ("Heavy fuel oil of the kind
                # carried by the Nordic Aurora is dense"): a reduced relative in the subject, not its verb
            return (words, i) if lower not in _SAYING else None
    return None


def main_event(text: str) -> tuple[str, tuple[str, ...]] | None:
    """What the sentence's main clause reports done: its verb and the words of its arguments
    (the words before the verb, its subject, and the few after it, its object: "The bulk carrier
    Marisol Dawn ran aground in the Lenhardt Channel" -> "ran", (bulk, carrier, ..., lenhardt,
    channel)), or None when `reports_done` reads none."""
    found = done_verb(text)
    if found is None:
        return None
    words, at = found
    return words[at].lower(), tuple(w.lower() for w in words[:at] + words[at + 1:at + 7])


_ANNOUNCED = re.compile(
    r"^(?P<subject>(?:[A-Z][\w'’.&-]*|the|of|and|for|de|la)(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the|"
    r"de|la|do|da|dos|das|del|di|du|van|von|der|den|le)){0,7})"
    # an appositive between the name and its verb ("Aguas do Estuario, the public utility that supplies ..., will")
    r"(?:,\s+(?:the|a|an)\s(?:[^,;:]|(?<=\d),(?=\d)){3,160},)?\s+"
    r"(?:will|is\s+to|are\s+to|plans\s+to|intends\s+to)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,})\b")
_NOT_ACTS = frozenset("be have get become remain stay continue take face see need seek".split())
_BODY_ANNOUNCED = re.compile(
    r"^(?P<subject>The\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:will|is\s+to|are\s+to)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,})\s+"
    r"(?:the|its|their|a|an|all)\s[^;:\"“”]{3,200}?,\s+(?:[A-Z][\w'’.-]*\s+){1,6}(?:announced|said|confirmed|told)\b")
"""A decision of a body named by a common noun ("The government", "The city council"), told as a named
speaker's announcement after it in the same sentence: an act on a thing its article introduces ("freeze the
fee", "close its depot"), not a measure's reach ("The tariff will cover 40 products")."""


def announced_parts(text: str) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    """`announced_event` in its parts: the words of the subject, the verb and the few words after it."""
    flat = " ".join(text.split())
    found = _ANNOUNCED.match(flat)
    subject = found.group("subject").split() if found is not None else []
    if found is None or not any(w[:1].isupper() and w.lower() != "the" for w in subject) or subject[-1][:1].islower():
        # "The government will freeze the fee ..., Culture Minister Sofia Lind announced on Tuesday": a body
        # named by its common noun, whose decision a named speaker announces in the same sentence
        found = _BODY_ANNOUNCED.match(flat)
        if found is None:
            return None
        subject = found.group("subject").split()
    verb = found.group("verb")
    if verb in _NOT_ACTS or verb in _SAYING:
        return None
    after = _WORD.findall(flat[found.end("verb"):])[:6]
    return tuple(subject), verb, tuple(after)


def announced_event(text: str) -> tuple[str, tuple[str, ...]] | None:
    """What a named actor's main clause says it will do: a decision announced ("Indonesia will impose a
    20% import tariff on Australian beef ..., Trade Minister Rini Hartono said"; "Norway will cut its
    annual subsidy ..."), as `main_event` gives it: the verb and the words of its subject and of the few
    after it. None unless the subject is a name (its words capitalised, with "of", "and", "the" between:
    not "The tariff will cover"), or when the verb is no act ("will be", "will remain", "will face")."""
    parts = announced_parts(text)
    if parts is None:
        return None
    subject, verb, after = parts
    return verb, tuple(w.lower() for w in subject + after)


_REPORTED = re.compile(
    r"^(?P<subject>(?:[A-Z][\w'’.&-]*|[a-z]+)(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the|de|la|van|von)){0,6})\s+"
    r"said\s+(?:(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r"|today|yesterday)\s+)?(?:that\s+)?"
    r"(?P<pronoun>it|they)\s+(?:would|will|was\s+to|were\s+to|planned\s+to)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,})\b",
    re.IGNORECASE)
_OBJECT_ENDS = frozenset("in on at by from to for over after before under until within because while as than "
                         "and or but".split())
_DECISION_TERMS = re.compile(r"\d|\b(?:" + "|".join(MONTHS) + r")\b")


def reported_decision(text: str) -> tuple[str, tuple[str, ...]] | None:
    """What a named organisation says it will do to what is its own, in a wire lede's reported speech
    ("Carmaker Velmar said on Wednesday it would close its Ostrava plant by 2028, cutting 2,400 jobs"):
    its decision, as `announced_event` gives one (the verb, the subject's words and the few after it).
    Defined by the clause's structure, not by its verb: the reported clause's subject is the speaker
    itself ("it"/"they"); its object is the speaker's own ("its Ostrava plant", "their fares") or a
    named party it acts with ("merge with smaller rival Vennholt"), never another party's act ("challenge
    Nordavis Media's decision", "appeal the ruling", "challenge the ban": a reaction, not the act); and
    the sentence gives the decision's terms (a figure or a month). None otherwise: the speaker's
    intention to react to what someone else did is no event of the story."""
    flat = " ".join(text.split())
    found = _REPORTED.match(flat)
    if found is None:
        return None
    subject = found.group("subject").split()
    names = [w for w in subject if w[:1].isupper() and w.lower() != "the"]
    if not names or not subject[-1][:1].isupper():
        return None  # "The union said ...": no named speaker
    verb = found.group("verb").lower()
    if verb in _NOT_ACTS or verb in _SAYING:
        return None
    rest = flat[found.end():]
    if not _DECISION_TERMS.search(rest):
        return None  # no figure, no date: an intention, not a decision with terms
    words = re.findall(r"[\w'’-]+|[,;:]", rest)
    if words and words[0].lower() in _OBJECT_ENDS:
        words = words[1:]  # "merge with ...": the party it acts with
    phrase: list[str] = []
    for word in words:
        if word in ",;:" or word.lower() in _OBJECT_ENDS - {"and"} or len(phrase) >= 10:
            break
        phrase.append(word)
    if not phrase:
        return None
    own = {"it": ("its",), "they": ("their",)}[found.group("pronoun").lower()]
    owned = any(w.lower() in own for w in phrase[:3])
    if any(re.search(r"['’]s?$", w) and w[:1].isupper() for w in phrase) and not owned:
        return None  # "Nordavis Media's decision": another party's act
    named = phrase[-1][:1].isupper() and not owned
    if not (owned or named):
        return None  # "challenge the ban", "appeal the ruling": another party's act, not the speaker's own
    after = _WORD.findall(rest)[:6]
    return verb, tuple(w.lower() for w in subject + after)


_LEANS_ADDITIVE = re.compile(r"\b(?:also|likewise)\b", re.IGNORECASE)
_ENDS_ADDITIVE = re.compile(r"\b(?:too|as\s+well)\W*$", re.IGNORECASE)
_OPENS_CONTRAST = re.compile(r"^\W*(?:However|But|Yet|Still|Nevertheless|Nonetheless|Meanwhile|Even\s+so|"
                             r"Instead|In\s+turn)\b|^[^,]{1,80},\s*however,", re.IGNORECASE)


_STANCE_VERBS = ("backed|backs|supported|supports|opposed|opposes|welcomed|welcomes|endorsed|endorses|rejected|"
                 "rejects|criticised|criticises|criticized|criticizes|praised|praises|condemned|condemns|applauded|"
                 "applauds|hailed|hails|resisted|resists|objected to|objects to|voted for|voted against")
_BARE_STANCE = re.compile(r"^(?P<subject>\S.*?)\s+(?:(?:has|have|had|also|then|later|strongly|publicly)\s+)*"
                          r"(?:" + _STANCE_VERBS + r")\s+(?:the|this|that)\s+(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*"
                          r"\s*[.!]?[\"”’]?\s*$")
"""A sentence that ends on a stance on a bare definite noun: "Dr Ada Frey, a surgeon, backed the plan."."""


def bare_stance(text: str) -> bool:
    """Whether the sentence only tells a stance on something it names by a bare definite noun, at most one
    word before it and nothing after ("X, a consultant at Y, backed the plan.", "The union welcomed the
    move."): it leans on whatever its source told before it, so read alone (a brief's opening lines) it
    says nothing of what was backed, nor whether that is still what is proposed. One sentence only: quoted
    with the sentence before it, it stands."""
    flat = " ".join(text.split())
    if re.search(r"(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z][a-z])[.!?][\"”’]?\s+[\"“‘]?[A-Z]", flat.rstrip(" .!\"”’")):
        return False  # more than one sentence: quoted with what it leans on
    return _BARE_STANCE.match(flat) is not None


def leans_on_another(text: str) -> bool:
    """Whether the sentence's main clause says it adds to or sets itself against something told before
    it: an additive focus word in the clause ("Australia has also formally requested ...", "... ordered
    an inquiry as well") or a contrastive or additive opening ("However, ...", "The union, however,
    ..."). Such a sentence is not the first thing a reader can be told: what it adds to is missing."""
    flat = " ".join(text.split())
    main = re.split(r"[;:]|,\s", flat, maxsplit=1)[0]
    return bool(_LEANS_ADDITIVE.search(main) or _ENDS_ADDITIVE.search(main.rstrip(".!? "))
                or _OPENS_CONTRAST.search(flat))


_SUBJECT_ENDS = frozenset(
    "on in at for with from after before by during earlier also has have had hasn't "
    "haven't hadn't was were wasn't weren't been who which that whose yesterday today".split() + list(WEEKDAYS))
"""Words that end a subject: a preposition, an auxiliary, a relative word, or a day ("The board
yesterday cut", "The board Monday cut")."""
_TIME_NOUNS = frozenset({"week", "month", "year", "night", "weekend", "quarter", "spring", "summer", "autumn",
                         "fall", "winter", *WEEKDAYS})
"""After "last", "this" or "next", a time adverbial that ends a subject ("The board last week cut"; not
"The last of the fourteen miners")."""


def main_subject(text: str) -> tuple[str, ...]:
    """The words of the sentence's main clause's subject: those before its verb of something done
    (`done_verb`), up to the first preposition (not "of": "The last of the fourteen miners"), auxiliary or relative word ("Iceland's central bank on
    Friday raised" -> ("Iceland's", "central", "bank")); () when `reports_done` reads no verb. Who did
    what the sentence reports: the story's main actor, when it is its central event."""
    found = done_verb(text)
    if found is None:
        return ()
    words, at = found
    subject: list[str] = []
    for index, word in enumerate(words[:at]):
        if subject and (word.lower() in _SUBJECT_ENDS or (
                word.lower() in ("last", "this", "next") and index + 1 < at and words[index + 1].lower() in _TIME_NOUNS)):
            break
        subject.append(word)
    return tuple(subject)


_VALUE = (r"(?:\d[\d.,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
          r"forty|fifty|hundred)\b|(?:" + "|".join(MONTHS) + r")\b)")
_NEW_VALUE = r"[^,;:()\"“”]*?\b(?:to|until)\s+(?:the\s+|about\s+|around\s+)?(?P<value>" + _VALUE + r"[\w.,-]*(?:\s+\w+)?)"
"""A change of value in the verb's own clause (up to its first comma): the verb's object moves
"to" a number or a date ("was cut to six points", "postponed to November 26", "moved the launch
... forward to November 24", "raised its quota ... to 5.2 million tonnes")."""
_TERMS_MOVED = re.compile(
    r"\b(?:be|been|being|was|were|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ut)\s+(?:back\s+|forward\s+|down\s+|up\s+)?"
    r"(?:to|until)\s+(?:the\s+)?(?:about\s+|around\s+|some\s+|at\s+least\s+)?" + _VALUE
    + r"|\bto\s+(?:the\s+)?(?:about\s+|around\s+)?[^,;:()]{0,40}?\bfrom\s+(?:the\s+)?(?:about\s+|around\s+)?[^,;:()]{0,40}?\d"
    r"|\b(?:up|down)\s+from\s+(?:about\s+|around\s+)?\d"
    r"|\b(?:in|to|until|by|at)\s+(?:the\s+)?[^,;:()]{0,40}?\d[^,;:()]{0,30}?,?\s+(?:rather than|instead of)\s+"
    r"(?:in\s+|by\s+|at\s+)?(?:the\s+)?[^,;:()]{0,40}?(?:\d|" + "|".join(MONTHS) + r")",
    re.IGNORECASE)


def moves_terms(text: str) -> bool:
    """Whether the sentence moves a term to a new value: a passive change "to" a number or date
    ("will be reduced to about 36.1 billion crowns", "was postponed until March 4"), a move "to X
    from Y" ("would push delivery ... to the first half of 2032 from the second half of 2031"), or
    a value "up/down from" an earlier one, or a new date or value "rather than"/"instead of" the
    earlier one ("in the second half of 2027, rather than by the end of March"). How an update says what a decision's terms now are."""
    return bool(_TERMS_MOVED.search(" ".join(text.split())))


_UNDOING = re.compile(r"(?:overturn|overrul|revers|quash|annul|revok|rescind|withdr[ae]w|cancel|uph[eo]ld|"
                      r"scrap|lift|dismiss)\w*$", re.IGNORECASE)
"""The verbs by which a later decision undoes or confirms an earlier one (a court upholds, a
board overturns, a ministry lifts or cancels): a revision that need name no new value."""


def revision(text: str, earlier: str) -> str | None:
    """How *text*'s main clause changes what *earlier* reports, or None: a new value of the
    same measure (its verb's clause moves something "to" a number or date *earlier* does not
    give) or a verb of undoing or upholding a decision. The caller checks that both speak of the
    same happening (its subject and object)."""
    event = main_event(text)
    if event is None:
        return None
    verb = event[0]
    if _UNDOING.match(verb) and verb not in earlier.lower():
        return verb
    found = re.search(r"\b" + re.escape(verb) + r"\b" + _NEW_VALUE, text, re.IGNORECASE)
    if found is None:
        return None
    value = " ".join(found.group("value").lower().split()).rstrip(".,")
    return value if value not in " ".join(earlier.lower().split()) else None


_MOVE_TAIL = re.compile(r"\s+(?:(?:by|to|about|around|almost|nearly|some|another|a further)\s+)*[$€£]?\d[\d.,]*"
                        r"(?:\s*(?:%|percent|per cent|basis points?|points?|cents?|[a-z]+illion|bn|m)\b)?"
                        r"(?:\s+(?:[A-Za-z]+\s+)?(?:pounds|euros?|dollars?|[a-z]+s))?(?P<next>\s+\w+)?")
_BE = {"is", "are", "was", "were", "be", "been", "being"}


def value_move(text: str, actors: tuple[str, ...] = ()) -> bool:
    """Whether the sentence's main clause only moves a value, with no one doing it: an active
    verb runs straight into a number that is no object of it ("Paris wheat futures fell 1.1
    percent to 228 euros", "The 10-year bond yield eased to 8.95 percent"; not "converted 150
    million pounds of his loans", not the passive "were deducted 12 points"), and its subject
    names no one: none of *actors* and no capitalised word but its first. Market colour,
    beside a story's happenings."""
    found = done_verb(text)
    if found is None:
        return False
    words, at = found
    if at and words[at - 1].lower() in _BE:
        return False
    where = re.search(r"\b" + re.escape(words[at]) + r"\b", text)
    tail = _MOVE_TAIL.match(text[where.end():]) if where else None
    if where is None or tail is None or (tail.group("next") or "").strip().lower() == "of":
        return False
    subject = text[:where.start()]
    if any(actor and actor in subject for actor in actors):
        return False
    return not any(word[:1].isupper() for word in subject.split()[1:])


# A commentary's report of someone else's act ("On 29 October the Marine Stewardship Council suspended
# the certificates ...", "Brannock Precision said on May 18 that it would lay off 60 of its 210 workers"):
# a third party's act or announcement, anchored in time or quantity, with no first person in it.
_MONTHS_DAYS = ("january february march april may june july august september october november december "
                "monday tuesday wednesday thursday friday saturday sunday")
_TIME_ANCHOR = re.compile(r"\b(?:" + "|".join(_MONTHS_DAYS.split()) + r")\b|\b(?:last|this|earlier this)\s+"
                          r"(?:week|month|year|spring|summer|autumn|winter)\b|\byesterday\b|\d", re.IGNORECASE)
_TIME_OPENING = re.compile(
    r"^(?:(?:on|in|by|since)\s+)?(?:(?:last|this|earlier this|late last)\s+(?:week|month|year|spring|summer|autumn|"
    r"winter)|yesterday|(?:\d{1,2}\s+)?(?:" + "|".join(_MONTHS_DAYS.split()) + r")(?:\s+\d{1,2})?(?:,?\s+\d{4})?)"
    r"\s*,?\s+", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|[Mm]y|me|I)\b")
_ANNOUNCING = frozenset("said announced confirmed".split())
_PREPOSITIONS = frozenset("of to in at for from with on by about into over under after before since".split())
_NOT_NAMES = frozenset(_MONTHS_DAYS.split()) | _DETERMINERS | frozenset(
    "on in at by last earlier late since after before when yesterday it they he she".split())


def reported_act(text: str) -> bool:
    """Whether the sentence reports a third party's act: its main clause's verb is something done
    (`done_verb`) or a past announcement ("said ... that it would lay off"), its subject names
    someone (a capitalised name before the verb), the sentence is anchored in time or quantity (a
    day, a month, "last week", a figure), and no first person ("we", "our", "I") speaks in it
    outside quotation marks: an event an opinion piece or an analysis reports, not its view."""
    flat = " ".join(text.split())
    if not flat or flat.endswith("?") or _FIRST_PERSON.search(_QUOTE_SPAN.sub(" ", flat)):
        return False
    if not _TIME_ANCHOR.search(flat):
        return False
    body = _TIME_OPENING.sub("", flat, count=1)
    found = done_verb(body)
    if found is not None:
        words, at = found
    else:
        words = _WORD.findall(_RELATIVE_ASIDE.sub(",", body))
        at = next((i for i, word in enumerate(words[:25]) if word in _ANNOUNCING), -1)
        if at < 0 or any(word.lower() in _MODALS or word.lower() in _PRESENT_BE for word in words[:at]):
            return False
    # The subject's head, before any preposition ("Visitors to Harlow Zoo fell": visitors, a measure,
    # no one's act), names someone: a capitalised word after the first, or the first one written so
    # again later ("Norway"), not a common noun that opens the sentence ("Scientists advised ...").
    head = next((i for i, word in enumerate(words[:at]) if word in _PREPOSITIONS), at)
    names = [i for i, word in enumerate(words[:head]) if word[:1].isupper() and word.lower() not in _NOT_NAMES]
    return any(i or words[0] in words[1:] for i in names)


# A time measured from an event the sentence does not name ("Within hours, Norway announced ...", "The
# next day ..."): the sentence leans on the one before it for when, and so for what it answers.
_ANAPHORIC_TIME = re.compile(
    r"^(?:within (?:minutes|hours|days|weeks)|(?:minutes|hours|days|weeks|moments) later|the (?:next|following) "
    r"(?:day|morning|evening|week)|shortly (?:after|afterwards)|soon (?:after|afterwards)|later that (?:day|week)|"
    r"meanwhile|in response|by then)\b", re.IGNORECASE)
# A publication line that reads as a sentence ("Published 6 March 2026 by the City of Lindenport, Department
# of Mobility."): who put the page out and when, no statement of the story.
_PUBLICATION_LINE = re.compile(
    r"^(?:first |last )?(?:published|posted|updated|issued|released)\s+(?:on\s+)?[^.;:]{0,40}?\d{4}\b"
    r"(?:\s+by\b[^;]*)?\.?$", re.IGNORECASE)


def leans_on_time(text: str) -> bool:
    """Whether the sentence opens on a time measured from an event it does not name ("Within
    hours, ...", "The next day, ...", "Meanwhile, ..."): no sentence to open a brief on."""
    return bool(_ANAPHORIC_TIME.search(" ".join(text.split())))


def publication_line(text: str) -> bool:
    """Whether the sentence is only a page's publication line ("Published 6 March 2026 by the City
    of Lindenport, Department of Mobility."): metadata, not something the story tells."""
    return bool(_PUBLICATION_LINE.match(" ".join(text.split())))


# -- a feature's scene, not news ---------------------------------------------------------------
_PLACE_FRAME = re.compile(
    r"^(?:On|At|In|Inside|Outside|Along|Across|Beside|Behind|Near|Beneath|Under|Around|Down|Up|Over|Beyond)\s+"
    r"(?:the\s+(?:other\s+side|edge|end|far\s+end|top|foot|bottom)\s+of\s+)?"
    r"(?P<place>(?:the|a|an|his|her|their|its|[A-Z][\w'’-]*)(?:\s[^,;:\"“”]{1,80}?)?),\s+(?P<rest>.+)$")
"""A sentence opening on where it stands ("On Piet Dalgaard's farm outside Wenlow, ...", "At the
corner café by the bridge, ..."): the frame of a feature's scene when nothing is reported done in it."""
_NOT_A_PLACE = re.compile(
    r"\d|\b(?:" + "|".join([*MONTHS, *WEEKDAYS]) + r"|morning|afternoon|evening|night|day|days|week|weeks|month|"
    r"months|year|years|time|times|hours?|minutes?|meantime|meanwhile|statement|interview|letter|filing|report|"
    r"response|reply|addition|contrast|total|particular|general|short|fact|case|view|words|light|wake|face|"
    r"spite|terms?|order|line|effect|practice|theory|principle|future|past|end|start|beginning|first|last|"
    r"January|February|March|April|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)
"""What makes an opening frame a time, a way of saying or a point of argument ("On Monday,", "In a
statement,", "In the meantime,", "At the end of the day,", "In response,"), not a place."""
_NAMED_PERSON_BUSY = re.compile(r"^(?:[A-Z][a-z'’-]+\s+){1,3}(?:was|were)\s+[a-z]+ing\b")
"""An anecdotal lede on a person's circumstances ("Gwen Abara was making tea when ...")."""
_REDUCED_RELATIVE = frozenset("with by from in into on at for under inside".split())


def scene_setting(text: str) -> bool:
    """Whether the sentence sets a feature's scene instead of reporting news: it reports nothing said
    and opens on a place ("On Piet Dalgaard's farm outside Wenlow, 40 tonnes of treated seed sit on
    pallets in a shed.") with a main clause that tells no act done (a present state, something going on,
    a description), or it opens on a named person busy with something ("Gwen Abara was making tea in
    her kitchen when ..."). Such a sentence colours a story; it never opens a brief. A place frame
    before an act done ("In Brussels, the Commission approved the merger") is news."""
    flat = " ".join(text.split())
    if not flat or _REPORTING.search(flat) or re.search(r"\b(?:announced|reported|confirmed)\b", flat):
        return False
    if _NAMED_PERSON_BUSY.match(flat):
        return True
    frame = _PLACE_FRAME.match(flat)
    if frame is None or _NOT_A_PLACE.search(frame.group("place")):
        return False
    words = _WORD.findall(frame.group("rest"))
    for i, word in enumerate(words[:25]):
        lower = word.lower()
        before = words[i - 1] if i else ""
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if lower in _MODALS or lower in _PRESENT_BE or lower in _DO or lower in _PERFECT:
            return False  # what will be, a state someone reports, something done ("has approved"): news
        if lower in _PAST_BE:
            return not _participle(after)  # "was empty", "were queuing": a description; "were closed": done
        if word != lower or before.lower() in _DETERMINERS or before.endswith(("'s", "’s")) or before[:1].isdigit():
            continue
        if lower.endswith("eed") and len(lower) <= 5:
            continue  # "seed", "need", "speed": no past form ("agreed", "exceeded" are)
        if _participle(lower) and (len(lower) > 3 or lower in _SHORT_PAST):
            if _participle(after) or lower.endswith("ed") and before.islower() and after in _REDUCED_RELATIVE:
                continue  # "seed coated with clorevanil": the subject's nouns and what describes them, not its verb
            return False  # "the Commission approved ...": an act done there
    # no verb read as done: a present state ("... sit on pallets in a shed"), unless a named actor is the
    # subject ("In Haverstad, Agrisant asks the court ..."): news told in the present
    return not words or not words[0][:1].isupper()


# -- what kind of statement a sentence is, for sections that take only one kind -------------------
# A scenario line: a short label, its odds or likelihood in brackets, then a colon and the outcome
# ("Upside (10%): settlement near the council's figure", "Bear case (25%): the review widens"), or a
# label naming itself a case or scenario ("Scenario B: spread to the neighbouring county"). It is a
# forecast with its odds, never something that happened, a lever or a quantity of demand.
_LIKELIHOOD = (r"\((?=[^()]*(?:\d\s*(?:%|percent|per cent)|\b(?:likely|unlikely|probable|improbable|possible|"
               r"chance|odds)\b))[^()]{1,40}\)")
_SCENARIO = re.compile(
    r"^[\W_]*(?:(?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*[*_\s]*" + _LIKELIHOOD
    + r"|(?:[A-Za-z][\w'’-]*\s+){0,2}(?:case|scenario)(?:\s+[A-Z0-9])?\b[*_\s]*(?:" + _LIKELIHOOD + r")?"
    + r"|scenario\s+[A-Z0-9]\b[*_\s]*(?:" + _LIKELIHOOD + r")?)[*_\s]*[:–—]\s",
    re.IGNORECASE)


def scenario(text: str) -> bool:
    """Whether the statement is one scenario of a list of outcomes, told after its label ("Upside
    (10%): settlement near ...", "Scenario B: spread to ..."): a forecast with its odds."""
    return bool(_SCENARIO.search(text))


# A forecast told in the present: a projection as the subject of the clause ("Our new FY2026 EBITDA
# forecast of £96m assumes ...", "The central estimate is ..."), or someone forecasting in the present
# tense ("Analysts now expect ...", "Brannock forecasts ..."). What someone expects, never what happened.
_PROJECTION = re.compile(
    r"^(?:[\w'’£$€%.,\[\]-]+\s+){0,6}?(?:forecasts?|estimates?|projections?)\b(?:\s+(?:of|for)\b[^.;:]{0,60}?)?\s+"
    r"(?:assumes?|implies|is|are|stands?|sits?|remains?|puts?|sees?|shows?|includes?|reflects?)\b"
    r"|^(?:[\w'’&.-]+\s+){1,4}?(?:now\s+|still\s+)?(?:forecasts?|projects?|predicts?|expects?|estimates?)\s+"
    r"(?!(?:was|were|is|are|has|have|had|of|for|by|from|to|and|or|in|on|at|that\s+it\s+had)\b)", re.IGNORECASE)


def projection(text: str) -> bool:
    """Whether the statement is a forecast told in the present: a projection as its subject, or its
    subject forecasting ("We now forecast", "Analysts expect"); never a statement of what happened."""
    return bool(_PROJECTION.search(text.strip()))


# A power or option of a public body ("The environment minister can license culls ... or fund a
# vaccination programme", "The government could make metering compulsory by order"): what it may do,
# a lever, neither an event nor an adverse outcome someone warns of.
_POWER = re.compile(r"^(?P<who>(?:[\w'’.-]+\s+){1,6}?)(?:can|could|may|has the power to|have the power to)\s+"
                    r"(?:already\s+|also\s+|still\s+|now\s+)?(?!be\b|face\b|lose\b|suffer\b|see\b|have\b|fall\b|rise\b|"
                    r"take\b|need\b|struggle\b)[a-z]+", re.IGNORECASE)


def power(text: str) -> bool:
    """Whether the statement's main clause gives what a public body can or could do (its subject an
    office or a body, its verb "can", "could" or "may"), told as a power or an option, not as an
    event or a warning."""
    clause = text[_opening(text):].strip()
    said = _SAID_BEFORE.match(clause)
    if said and not _QUOTED.search(clause[:said.end()]):
        clause = clause[said.end():]
    m = _POWER.match(clause)
    return m is not None and _holds_office(m.group("who"))


# A reaction: a speaker's verdict on another party's act, told with a verb of judging ("accused the
# cabinet of ...", "dismissed the report as ...", "criticised the board for ...") or as a quotation
# whose subject the reporter names ('said the rebuttal "answers questions nobody asked"'). A
# position; never an outlook, a quantity of demand or supply, a lever or a security matter.
_JUDGING = re.compile(
    r"\b(?:accus\w*|criticis\w*|criticiz\w*|condemn\w*|dismiss\w*|denounc\w*|rebuk\w*|derid\w*|lambast\w*|"
    r"ridicul\w*|describ\w*|branded|branding|labell?ed|likened)\s+(?:the|its|their|his|her|this|that|it|them|him|"
    r"[A-Z][\w'’-]*)\b[^.;]{0,80}?\b(?:of|as|for|to)\b"
    r"|\b(?:said|says|called)\s+(?:that\s+)?(?:the|its|their|his|her|this)\s+(?:[\w'’-]+\s+){0,2}?[\"“‘]",
    re.IGNORECASE)


def reaction(text: str) -> bool:
    """Whether the statement is someone's verdict on another party's act (`_JUDGING`)."""
    return bool(_JUDGING.search(text))


# A company's standing facts ("reported revenue of 1.07 billion pounds and adjusted profit before tax
# of 61 million pounds for 2025", "employs 2,300 people", "was founded in 1961"): who the company is,
# background to any story about it, never why the story matters nor what is to come.
_OWNED_SUBJECT = (r"(?:(?!(?:that|which|who|will|would|could|may|might|has|have|had|was|were|said|says|told|warned|"
                  r"argued|added|noted)\b)[\w'’&.,-]+\s+){1,8}?")
"""The subject of a present-tense ownership clause (`_PROFILE`): up to eight words, none a relative, an
auxiliary or a verb of saying (not "the regulator said the network is run by ...")."""
_PROFILE = re.compile(
    r"^\W*(?:(?!(?:that|which|who)\b)[\w'’&.,-]+\s+){1,12}?(?:reported|had|posted|made|generated|recorded|booked)\s+(?:annual\s+|full-year\s+|total\s+)?"
    r"(?:revenues?|sales|turnover|(?:pre-tax\s+|operating\s+|net\s+)?profits?)\s+of\b(?:[^.;]|\.(?=\d))*?"
    r"\b(?:last\s+year|in\s+(?:its\s+)?(?:last|latest)\s+(?:financial|fiscal)\s+year|for\s+(?:fy\s*)?\d{4}|in\s+\d{4})\b"
    r"|^\W*(?:[\w'’&.-]+\s+){1,6}?(?:employs|employed)\s+(?:about\s+|around\s+|some\s+|more than\s+)?[\d,]+\s+(?:people|staff|workers)\b"
    r"|^\W*(?:[\w'’&.-]+\s+){1,6}?(?:was|were)\s+(?:founded|established|set up|incorporated)\s+in\s+\d{4}\b"
    # who owns or runs it, as it stands ("The network is run under a 25-year concession by X", "The mill is
    # owned by a Danish fund", "Y is a unit of Z"): its ownership, background, no event, matter or lever
    r"|^\W*" + _OWNED_SUBJECT +
    r"(?:is|are)\s+(?:(?:now|still|currently|jointly|wholly|partly|majority|minority|ultimately)[\s-]+)?"
    r"(?:run|owned|operated|managed|controlled|held)\s+(?:(?:under|through|on|via)\s+[^.;]{0,60}?\s+)?by\b"
    r"|^\W*" + _OWNED_SUBJECT +
    r"(?:is|are)\s+(?:an?|the)\s+(?:(?:wholly[\s-]owned|listed|private|state-owned)\s+)?"
    r"(?:unit|subsidiary|subsidiaries|division|arm|affiliate|part)\s+of\b",
    re.IGNORECASE)


def profile(text: str) -> bool:
    """Whether the statement gives a company's standing facts (`_PROFILE`) in its main clause."""
    return bool(_PROFILE.search(" ".join(_RELATIVE.sub(" ", main_clauses(text)).split())))


# A relative clause set off by commas (", which had revenue of ... last year,"): said in passing.
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s+[^,;]*(?:,|$)", re.IGNORECASE)


# A status: where something stands now against a reference point ("The shares remain 19 percent below
# their level before X's report on Monday", "Output is still 12% lower than a year ago"). A day it
# names is the reference point's, never an event to come.
_STANDING_NOW = re.compile(r"^(?:[\w'’-]+\s+){1,6}?(?:remains?|stands?|stays?|is|are|sits?)\s+(?:still\s+|now\s+|already\s+)?"
                     r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+)?[\d.,]+\s*(?:%|percent|per cent|"
                     r"pence|p|cents?|points?|pounds|dollars|euros)?\s+(?:below|above|lower|higher|down|up|short of|"
                     r"under|over)\b", re.IGNORECASE)


def status(text: str) -> bool:
    """Whether the statement's main clause tells where something stands now against a reference
    point (`_STANDING_NOW`), with nothing said to come ("will", "until", "by")."""
    text = text[_opening(text):].strip()
    return bool(_STANDING_NOW.match(text)) and not re.search(r"\b(?:will|would|until|by|expected|due)\b", text, re.IGNORECASE)

