"""Figures in one sentence: the numbers a reader can use, each with what it measures.

A number is a figure when it counts or pays something: money, a percentage, a count of a
noun ("22,000 people"), or a bare number a measure phrase governs ("the death toll rose to
512"). Times, dates and ordinal days, years, coordinates, ages, vote tallies, phone numbers
and numbered designations ("Section 4", "Type 22") are not figures.

What a figure measures is read from the grammar around it, with regular expressions over
words, not from a list of subjects:

- the noun phrase a preposition ties it to: "a death toll of 618", "valuation above $4 trillion";
- the subject of a verb of level or change: "revenue rose 12%" (a rise in revenue),
  "net profit climbed to 610 million crowns" (net profit);
- the actor of a verb of paying or giving: "Japan pledged $8 million" (pledged by Japan),
  also in the passive ("... was pledged by Japan") and in ellipsis ("and Britain $180 million");
- the counted noun and what happened to it: "1,900 people were injured" (people injured),
  "killing 340 people" (people killed), "52 days in captivity";
- a share: "38% of revenue" (share of revenue).

A figure whose measure cannot be read so keeps an empty `measures`: it stays in the note,
and the Key figures section leaves it out. The period is taken from the figure's own clause.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from briefgen.ingest.clean import CORRECTION_NOTE, MONTHS, WEEKDAYS
from briefgen.models import Figure
from briefgen.notes.context import residual_reference
from briefgen.notes.folded import compile_folded
from briefgen.words import IRREGULAR_BASE, PAST_PARTICIPLE, STOP_WORDS, stem

_SCALE = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "bln": 1e9,
    "b": 1e9, "trillion": 1e12, "tn": 1e12, "trln": 1e12, "t": 1e12,
}
_CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
                   # Dollars of other countries, written with the country's letters: "C$846 million".
                   "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD",
                   "S$": "SGD", "R$": "BRL", "NT$": "TWD", "MX$": "MXN"}
_ISO_CODES = ("USD", "EUR", "GBP", "JPY", "CHF", "CNY", "CAD", "AUD", "NZD", "HKD", "SGD", "BRL", "MXN", "INR",
              "KRW", "NOK", "SEK", "DKK", "PLN", "CZK", "HUF", "ZAR", "TRY")
"""ISO 4217 codes written before an amount in analysts' and markets' copy ("EUR 4.0bn"):
a currency like a sign, never the measure of the figure that follows it."""
_CURRENCY_SIGNS.update({code: code for code in _ISO_CODES})
_SIGN = r"(?:US|CA|C|AU|A|NZ|HK|S|R|NT|MX)\$|[$€£¥₹₩]|\b(?:" + "|".join(_ISO_CODES) + r")(?=\s?\d)"
"""Any key of `_CURRENCY_SIGNS`, the longest first."""
_CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupees": "INR", "won": "KRW", "francs": "CHF", "pence": "pence", "cents": "cents",
    # Currencies whose name several countries share keep the word as their unit.
    "pesos": "pesos", "crowns": "crowns", "kroner": "kroner", "kronor": "kronor", "koruna": "koruna",
    "rand": "rand", "reais": "reais", "roubles": "roubles", "rubles": "roubles", "lira": "lira",
    "dirhams": "dirhams", "riyals": "riyals", "shekels": "shekels", "naira": "naira", "zloty": "zloty",
    "forints": "forints", "ringgit": "ringgit", "baht": "baht", "rupiah": "rupiah", "dinars": "dinars",
}
MONEY_UNITS = frozenset(_CURRENCY_SIGNS.values()) | frozenset(_CURRENCY_WORDS.values())
"""Units that are money."""

_SCALE_WORDS = r"thousand|million|billion|trillion|mln|bln|trln|mn|bn|tn"
"""The scale words a figure may take after its number (`_SCALE`'s words of more than one letter)."""
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_FIGURE = re.compile(
    r"(?P<sign>" + _SIGN + r")?\s?" + _NUMBER
    + r"(?:\s?(?P<scale>" + _SCALE_WORDS + r"|[kmbt])\b)?"
    + r"(?:\s?(?P<pct>%|percent\b|per cent\b|percentage points?\b))?"
    + r"(?:\s(?P<word>(?:[A-Z][a-z]+\s)?(?:" + "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True)) + r")\b))?"
    + r"(?:\s(?P<noun>[a-z][a-z-]{2,20}))?",
)
_DIMENSIONS = {
    "tonnes": "weight", "tonne": "weight", "tons": "weight", "ton": "weight", "kilograms": "weight",
    "kilogram": "weight", "kg": "weight", "kilos": "weight",
    "metres": "length", "metre": "length", "meters": "length", "meter": "length", "centimetres": "length",
    "centimetre": "length", "centimeters": "length", "cm": "length", "millimetres": "length", "mm": "length",
    "kilometres": "length", "kilometre": "length", "kilometers": "length", "kilometer": "length", "km": "length",
    "miles": "length", "mile": "length", "feet": "length", "foot": "length", "inches": "length",
    "hectares": "area", "hectare": "area", "acres": "area", "acre": "area",
    "litres": "volume", "litre": "volume", "liters": "volume", "gallons": "volume", "ml": "volume",
    "mg": "weight", "milligrams": "weight",
    "km/h": "speed", "mph": "speed", "knots": "speed",
}
"""Units of measure and what they measure: a figure in one says what it measures only with
that dimension ("length of cracks", "weight limit"), or the thing a quantity of it is of
("tonnes of methanol")."""
_DIMENSION_WORDS = frozenset(
    "weight load limit limits speed length height depth width distance size area volume capacity magnitude "
    "altitude range radius diameter span thickness".split())
_SPEED = re.compile(r"\s?(?P<unit>km/h|kmh|kph|mph|(?:kilomet(?:re|er)s|miles)\s(?:per|an)\shour|knots)\b",
                    re.IGNORECASE)
_THRESHOLD = r"(?:over|above|under|below|exceeding|(?:heavier|longer|faster|wider|higher|taller|more|less) than)"
_UNITS_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_WORD_VALUES = _UNITS_WORDS | {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_NUMBER = re.compile(
    r"\b(?P<tens>" + "|".join(sorted(_WORD_VALUES, key=len, reverse=True)) + r")(?:[-‐](?P<unit>"
    + "|".join(_UNITS_WORDS) + r"))?\b", re.IGNORECASE)
"""A count written in words, exactly ("five", "twenty-three"); not "dozens", "hundreds"."""


def in_numerals(text: str) -> str:
    """A figure's text with the count it opens on in words written in digits, for a table a reader
    scans ("Three people" -> "3 people", "seven" -> "7", "twenty-five homes" -> "25 homes"); other
    text unchanged."""
    found = _WORD_NUMBER.match(text)
    if found is None:
        return text
    value = _WORD_VALUES[found.group("tens").lower()] + _UNITS_WORDS.get((found.group("unit") or "").lower(), 0)
    return f"{value}{text[found.end():]}"


_ANY_WORD_NUMBER = compile_folded(r"\b(?:" + "|".join(sorted(_WORD_VALUES, key=len, reverse=True)) + r")")
"""Where _WORD_NUMBER can match: tried first, since most sentences have no number in words."""
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_WORDS = MONTHS + tuple(m[:3] for m in MONTHS) + ("sept",)
_PERIOD = re.compile(
    r"\b(?:(?:19|20)\d\d(?![-–]\w)|Q[1-4](?:\s(?:19|20)\d\d)?|(?:first|second|third|fourth) quarter|"
    r"(?:first|second) half|H[12](?:\s(?:19|20)\d\d)?|full[- ]year|a year (?:earlier|ago|before)|"
    r"(?:this|last|next|the previous|the past) (?:year|quarter|month|week)|fiscal (?:19|20)\d\d|FY\s?\d{2,4}|"
    # a span counted in months or weeks ("in the first ten months of this year"): not the full year
    r"(?:first|last|past) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) (?:months|weeks)|"
    # a month or season the figure is told for ("revenue in October", "carried 31,000 in September",
    # "in the summer season", "in the first month"): told after "in", "during", "for" or "over",
    # never a day ("on Oct. 7") nor a month a thing begins or is due in ("by October")
    r"(?:(?<=\bin )|(?<=\bduring )|(?<=\bfor )|(?<=\bover )|(?<=\bin the )|(?<=\bduring the )|(?<=\bfor the )|"
    r"(?<=\bover the )|(?<=\bthis )|(?<=\blast ))(?:" + "|".join(MONTHS) + r"|summer|winter|spring|autumn)"
    r"(?:\s+(?:19|20)\d\d|\s+season)?(?!\s+\d)|"
    r"(?:first|second|third|opening)[ -](?:month|week|season))\b",
    re.IGNORECASE,
)
_NOUN_STOP = STOP_WORDS | frozenset(
    "than per times year years percent one two three four five six seven eight nine ten dozen hundred half "
    "twice".split())

# ---------------------------------------------------------------- what is not a figure

_TIME_AFTER = re.compile(
    r"(?::\d\d|\.\d\d\s*(?:a\.?m|p\.?m)\b|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|BST\b|CET\b|EST\b|hrs\b|"
    r"o['’]clock\b|local time\b|noon\b|midnight\b))",
)
_DESIGNATION_BEFORE = re.compile(
    r"(?:\b(?:section|sections|article|articles|clause|paragraph|chapter|rule|resolution|page|annex|schedule|"
    r"item|part|no|number|nos|room|route|flight|platform|gate|level|phase|category|day|week|round|version|"
    r"grade|stage|tier|type|model|mark|unit|line)\.?|§|#)\s*$",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(_MONTH_WORDS) + r")\.?\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + "|".join(MONTHS) + r"|(?:"
                          + "|".join(m[:3] for m in MONTHS) + r")\.?)\b", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b")
_COORDINATE_AFTER = re.compile(
    r"^\s*(?:°|º|degrees?)?\s*(?:[NSEW]\b|north\b|south\b|east\b|west\b|(?:latitude|longitude)\b)", re.IGNORECASE)
_COORDINATE_BEFORE = re.compile(r"\b(?:latitude|longitude|lat\.?|long\.?)\s*(?:of\s+)?$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^(?:[-‐–]year[-‐–]olds?\b|\s*years?\s+old\b|[-‐–]month[-‐–]olds?\b)", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged?|age of)\s+$", re.IGNORECASE)
_AGE_APPOSITION = re.compile(r"[A-Z][\w'’-]+,\s*$")
_AGE_OF = re.compile(r"\b(?:people|persons|adults|children|kids|boys|girls|men|women|teenagers|youngsters|pupils|"
                     r"students|patients|voters|users|customers)\s+(?:of|aged)\s+$", re.IGNORECASE)
"""People named by their age ("adults of 22 can vote", "children of 11 are not toddlers"): an age, never a
count of them (a count comes before its noun)."""
_AGE_BOUND = re.compile(r"\b(?:people|persons|children|men|women|[a-z]{2,}s|were|are)\s+(?:(?:aged|who\s+are|who\s+were)\s+)?"
                        r"(?:under|over|below|above|younger\s+than|older\s+than)\s+$", re.IGNORECASE)
"""A bare number bounding the people a plural noun names ("people under 25", "drivers over 70", "children
aged under 5", "31 were under 25"): the age that sets who is counted, never a count of them. A unit after
the number ("farms over 50 hectares", "loans over 90 days") makes it a size or a span instead."""
_RANGE_DASH_LOW = re.compile(r"(?:^|[\s(])\d{1,3}(?:\.\d+)?%?[-–]$")
"""The low end of a range joined by a dash to its top, a plain number that starts a word ("4-" of "4-5 percent",
"2.5%-" of "2.5%-3%"); never the tail of a code or a name ("7nm-", "GPT-", "737-")."""
_RANGE_TOP = re.compile(r"(?:\.\d+)?\s?(?:%|percent\b|per cent\b|percentage points?\b)")
"""What makes a dashed pair a range of shares rather than a score or a model number: a percent sign or word."""
_MONEY_DASH_LOW = re.compile(r"(?:^|[\s(])(?:" + _SIGN + r")\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?[-–]$")
"""The low end of an amount's range joined by a dash, with its currency and no scale ("$9-" of "$9-11m")."""
_MONEY_RANGE_TOP = re.compile(r"(?:\.\d+)?\s?(?:" + _SCALE_WORDS + r"|[kmb])\b")
"""The scale of a dashed amount's top, which is the low end's too ("$9-11m", "£2.3-2.5 billion")."""
_TALLY_AFTER = re.compile(r"^\s*(?:[-–]|to)\s*\d{1,4}\b(?!\s*(?:[$€£%]|percent|million|billion))")
_VOTE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballot|in favou?r|margin|majority)\b", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(?\d{2,4}\)?[\s.-]){2,5}\d{2,4}\b")
_PHONE_CUE = re.compile(r"\b(?:call|calling|phone|telephone|tel|hotline|fax|dial|line for|number)\b[^.]{0,30}$",
                        re.IGNORECASE)


_NEAR = 300
"""How far before a number the tests of what it is read (every one is anchored where the number starts):
a run-on "sentence" of many thousand numbers (a table pasted as text) is read in time linear in its length."""


_DOCUMENT_PARTS = re.compile(r"(?:\s+|[-‐–])(?:pages?|paragraphs?|chapters?|footnotes?|appendix|appendices|annexes)\b",
                             re.IGNORECASE)
"""Parts of a document or of the text itself: a count of them gives a text's length."""


def _not_a_figure(sentence: str, match: re.Match[str], lead: int, bare: bool) -> bool:
    """Whether the number at *match* is a time, date, coordinate, age, tally, phone
    number, year or numbered designation rather than a quantity."""
    num_start, num_end = match.start("num"), match.end("num")
    before, after = sentence[max(0, lead - _NEAR):lead], sentence[num_end:]
    char = sentence[max(0, lead - 1):lead]
    if char and (char.isalnum() or char in "-/.:‐") and not (char in "-–" and _RANGE_TOP.match(after)
                                                            and _RANGE_DASH_LOW.search(before)) \
            and not (char in "-–" and _MONEY_RANGE_TOP.match(after) and _MONEY_DASH_LOW.search(before)):
        return True  # part of a code, a name or a time (H200, GPT-4, 7nm-5nm, 14:00), not a range's top ("4-5 percent")
    if _TIME_AFTER.match(after):
        return True
    if _COORDINATE_AFTER.match(after) or _COORDINATE_BEFORE.search(before):
        return True
    if _AGE_AFTER.match(after) or _AGE_BEFORE.search(before):
        return True
    raw = match.group("num")
    if bare and re.fullmatch(r"\d{1,3}", raw) and _AGE_APPOSITION.search(before) and re.match(r"\s*,", after):
        return True  # "Marta Ilves, 52, told ..."
    if bare and re.fullmatch(r"\d{1,3}", raw) and int(raw) <= 120 and (_AGE_OF.search(before) or _AGE_BOUND.search(before)) \
            and not re.match(r"\s*(?:[a-z]+s\b|%|per\b|percent|pence|p\b|[-‐–]\s*\d)", after):
        return True  # "Adults of 22 can vote", "fewer than 300 were from people under 25": an age, not 22 or 25 people
    if bare and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after) or _ORDINAL_AFTER.match(after)):
        return True
    if bare and re.search(r"\bthe\s+$", before) and _ORDINAL_AFTER.match(after):
        return True
    if bare and _DESIGNATION_BEFORE.search(before):
        return True
    if bare and re.fullmatch(r"\d+", raw):
        words = re.findall(r"[\w'’]+", before[-40:])
        if words and words[-1][:1].isupper() and words[-1].lower() not in _NOUN_STOP | set(MONTHS) | set(WEEKDAYS) \
                and not re.search(r"[.!?:;\"“]\s*\w+\s*$", before) and before.strip() != words[-1]:
            return True  # "Type 22 frigate", "Boeing 747", "Apollo 11": a name, not a count
        counted = re.match(r"\s+([a-z]{3,})\b", after)
        if _YEAR.fullmatch(raw) and not (counted and counted.group(1) not in _NOUN_STOP and counted.group(1).endswith("s")):
            return True
        if _YEAR.fullmatch(raw) and counted and re.search(r"\b(?:(?:our|its|their|his|her|my|your|the|this|next|last)|[\w-]+['’]s\s+(?:[a-z-]+\s+){0,2})\s*$",
                                                          before, re.IGNORECASE):
            # "we cut our 2027 earnings estimates", "the road's expected 2027 earnings": the year the earnings
            # are for, the noun phrase's modifier after its determiner, not 2,027 of them (a count is written 2,027)
            return True
    if bare and re.match(r"\s*(?:to|-|–" + ("|and" if re.search(r"\bbetween\s+$", before, re.IGNORECASE) else "")
                         + r")\s*(?:[$€£¥₹₩]\s?)?[\d.,]+\s*(?:%|percent|per cent|million|billion|"
                         r"thousand|[a-z]+s\b)", after) and not _VOTE.search(sentence[max(0, lead - 60):num_end + 40]):
        return True  # the low end of a range ("8 to 15 percent"), shown with its top
    if bare and _TALLY_AFTER.match(after) and (
            _VOTE.search(sentence[max(0, lead - 60):num_end + 40]) or not re.match(
                r"\s*(?:[-–]|to)\s*[\d,]+\s+[a-z]{3,}", after) or re.match(r"\s*[-–]\s*\d+\s+(?:in|against|with)\b",
                                                                           after)):
        return True  # "voted 52-48", "a 7-2 vote", "won 3-1"; "200-300 people" is a range
    if bare and re.search(r"\bvot(?:e|es|ed)\s+(?:of\s+)?$", before):
        return True
    if bare and _DOCUMENT_PARTS.match(after):
        return True  # "the draft runs to 14 pages", "a 40-page ruling": the length of a text, not a quantity of the story
    if bare and re.search(r"\d\s*(?:[-–]|to)\s*$", before) and _VOTE.search(sentence[max(0, lead - 60):lead]):
        return True  # the second number of "voted 52 to 48"
    for phone in _PHONE.finditer(sentence[max(0, num_start - 25):num_end + 25]):
        start = max(0, num_start - 25) + phone.start()
        end = max(0, num_start - 25) + phone.end()
        digits = sum(c.isdigit() for c in phone.group(0))
        if start <= num_start < end and digits >= 7 and "," not in phone.group(0) and (
                phone.group(0).startswith("+") or "(" in phone.group(0) or _PHONE_CUE.search(sentence[:start])
                or len(re.findall(r"\d+", phone.group(0))) >= 3):
            return True
    return False


# ---------------------------------------------------------------- words and phrases

_QUANT = (
    r"(?:(?:at least|at most|more than|less than|fewer than|up to|as many as|as much as|close to|closer to|just over|"
    r"just under|a total of|an estimated|a further|an additional|another|about|around|roughly|nearly|almost|"
    r"some|over|under|approximately|only|all|its|their|his|her|our|the|a|an|further|additional|extra|"
    r"estimated|just|a record|record)\s+)*"
)
_PRONOUNS = frozenset("it its they them their he him his she her we us our you this that these those".split())
_DETERMINERS = frozenset("the a an its their his her our this that these those".split())

# Verbs of paying, giving, asking and losing: whose money a figure is.
_TRANSFER_VERBS = {
    "pledge": "pledged", "promise": "promised", "pay": "paid", "offer": "offered", "donate": "donated",
    "commit": "committed", "give": "given", "grant": "granted", "raise": "raised", "spend": "spent",
    "invest": "invested", "lend": "lent", "loan": "loaned", "allocate": "allocated", "earmark": "earmarked",
    "release": "released", "send": "sent", "provide": "provided", "contribute": "contributed",
    "demand": "demanded", "seek": "sought", "request": "requested", "ask": "asked", "appeal": "appealed",
    "receive": "received", "approve": "approved", "fund": "funded", "borrow": "borrowed", "earn": "earned",
    "lose": "lost", "sell": "sold", "buy": "bought", "bid": "bid", "award": "awarded", "budget": "budgeted",
    "owe": "owed", "repay": "repaid", "transfer": "transferred", "disburse": "disbursed", "cut": "cut",
    "charge": "charged", "fine": "fined", "bill": "billed", "claim": "claimed", "win": "won",
    "secure": "secured", "collect": "collected", "unveil": "unveiled", "announce": "announced",
}
_IRREGULAR_PAST = {past: PAST_PARTICIPLE.get(past, past) for past in (
    "paid gave spent lent sent sought lost sold bought won took held left made cut hurt shot found brought caught "
    "struck kept built hit put set drew threw stole slew bit fled forgave wrote").split()}
"""The irregular past forms (`words.IRREGULAR_PAST`) a figure's verb takes here (paying, giving, losing,
harm), each with its participle: the verbs of transfer and harm, not every irregular verb."""
_IRREGULAR_ING = {"paying": "paid", "giving": "given", "spending": "spent", "lending": "lent", "sending": "sent",
                  "seeking": "sought", "losing": "lost", "selling": "sold", "buying": "bought", "taking": "taken",
                  "holding": "held", "leaving": "left", "making": "made", "cutting": "cut", "hurting": "hurt",
                  "shooting": "shot", "finding": "found", "bringing": "brought", "keeping": "kept",
                  "building": "built", "hitting": "hit", "winning": "won", "saying": "said",
                  "telling": "told", "writing": "written", "running": "run", "getting": "got"}
_PARTICIPLES = frozenset(_IRREGULAR_PAST.values()) | frozenset(_TRANSFER_VERBS.values()) | frozenset(
    "flown driven shown known seen born given taken written hidden stolen beaten chosen frozen spoken sworn torn "
    "broken fallen risen grown drawn thrown slain".split())
_STATES = frozenset("missing dead homeless hostage captive alive unaccounted stranded jobless unemployed "
                    "trapped injured wounded displaced waiting stuck idle idled queuing queueing".split())
_RISE_VERBS = frozenset("rose rise rises risen rising climbed climbs jumped jumps increased increases grew grows "
                        "grown gained gains surged surges soared soars added adds up higher".split())
_FALL_VERBS = frozenset("fell falls fallen falling dropped drops declined declines decreased decreases slipped "
                        "slips slumped slumps shrank shrinks plunged plunges tumbled tumbles lost loses down "
                        "lower".split())
_LEVEL_VERBS = frozenset("reached reaches hit hits stood stands totalled totaled totals topped tops exceeded "
                         "exceeds passed passes was were is are came comes amounted amounts remained remains "
                         "settled ended closed reach exceed top amount traded trades".split())
_CHANGE_NOUNS = frozenset("rise increase growth gain jump fall drop decline decrease loss cut".split())
_PREFIXES = ("rise in ", "fall in ", "share of ", "maximum ")
"""How a measure says a figure is a change or a share, not a level."""
_LEVEL_PREPS = r"(?:of|at|worth|totall?ing|reaching|above|over|below|under|exceeding|topping|near|around|to)"


def _participle(verb: str) -> str:
    """The past participle of a verb form as written ("pledges" -> "pledged", "killing" -> "killed")."""
    word = verb.lower()
    if word in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[word]
    if word in _IRREGULAR_ING:
        return _IRREGULAR_ING[word]
    if word in _TRANSFER_VERBS:
        return _TRANSFER_VERBS[word]
    for base, participle in _TRANSFER_VERBS.items():
        if word in (base + "s", base + "es", participle, base + "ing", base[:-1] + "ing", base + base[-1] + "ing"):
            return participle
    if word.endswith("ed"):
        return word
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem + "ed"  # "stopping"
        if len(stem) > 2 and stem[-1] == "y" and stem[-2] not in "aeiou":
            return stem[:-1] + "ied"  # "carrying" -> "carried"
        return stem + ("d" if stem.endswith("e") else "ed")
    return ""


_ED_NOUNS = frozenset("speed need seed feed breed greed creed deed steed weed bed shed sled red hundred".split())
"""Words ending in -ed that are not past forms."""


def _is_past_verb(word: str) -> bool:
    low = word.lower()
    return low in _IRREGULAR_PAST or low in _PARTICIPLES or (
        low.endswith("ed") and len(low) > 3 and low not in _NOUN_STOP and low not in _ED_NOUNS)


def past_form(word: str) -> bool:
    """Whether *word* is a verb's past form ("covered", "injured", "taken"): a state said of what a
    number counts, not the counted noun itself."""
    return _is_past_verb(word)


_TRANSFER_FORMS = re.compile(
    r"\b(?P<verb>" + "|".join(sorted(
        {form for base, part in _TRANSFER_VERBS.items()
         for form in (base, base + "s", base + "es", part, base + "ing", base[:-1] + "ing", base + base[-1] + "ing")}
        | set(_IRREGULAR_PAST) & {"paid", "gave", "spent", "lent", "sent", "sought", "lost", "sold", "bought", "won"},
        key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w'’.&-]*[\w']|[A-Za-z]")
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+|de\s+)?[A-Z][\w'’.&-]*){0,5}"


def _clean(words: list[str]) -> str:
    """A phrase from words, without leading determiners and possessive pronouns."""
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


_TIME_NOUNS = frozenset("day days week weeks weekend month months morning afternoon evening night today yesterday "
                        "tomorrow".split())
"""Words that say when, not what ("revised last week to ...")."""


def _meaningful(phrase: str) -> bool:
    """A measure phrase says something: a content word that is not a pronoun, month or weekday."""
    words = [w.lower().strip("'’.") for w in _WORD.findall(phrase)]
    content = [w for w in words if len(w) >= 3 and w not in _NOUN_STOP and w not in _PRONOUNS and w not in _SCALE
               and w not in MONTHS and w not in WEEKDAYS and w not in _TIME_NOUNS and not w.isdigit()]
    return bool(content) and words[-1] not in _NOUN_STOP and words[-1] not in _TIME_NOUNS


def _lower_name(name: str) -> str:
    """"The World Bank" -> "the World Bank"; a plural agent noun opening the sentence
    ("Donors", "Kidnappers") is a common noun, not a name."""
    if name.startswith("The "):
        return "the " + name[4:]
    if " " not in name and re.fullmatch(r"[A-Z][a-z]+(?:ers|ors|ists|ents|ants|ies)", name):
        return name.lower()
    return name


_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_ADVERBS = frozenset("never already still even ever again also now yet since".split())


def _subject(clause: str) -> str:
    """The head noun phrase a clause opens with, without determiners, up to its first
    preposition (kept when a name follows it: "shares in Holvik", "sales to Asia")."""
    words = _WORD.findall(clause)
    while words and words[0].lower() in {"and", "but", "or", "then", "so", "while", "as", "when", "after", "that",
                                         "which", "also", "now", "still"}:
        words = words[1:]
    # "The Ohio Environmental Protection Agency's screening level", "the state Department of
    # Health's advisory level": the thing owned is the measure, not its owner's long name.
    owner = next((i for i, w in enumerate(words[:8]) if w.endswith(("'s", "’s"))
                  and w[:-2].lower() not in _PRONOUNS and i + 1 < len(words)), -1)
    # A one-word owner stays ("Skylark's debts", "the hall's cost"); a long name would crowd out the head.
    if len([w for w in words[:owner] if w.lower() not in _DETERMINERS]) >= 2 and not any(_is_past_verb(w) or w.lower() in _LEVEL_VERBS | _RISE_VERBS | _FALL_VERBS
                              or w.lower() in _NOUN_STOP - _DETERMINERS - {"of", "and"} for w in words[:owner]):
        words = words[owner + 1:]
    phrase: list[str] = []
    for index, word in enumerate(words):
        low = word.lower()
        if low in _PLACE_PREPS or low == "near":
            break  # "the peak level near the apartments": the level
        if low in _PRONOUNS and not phrase:
            if low in ("its", "their", "his", "her", "our"):
                continue  # "its shares": the shares
            return ""
        if low in _DETERMINERS and not phrase:
            continue
        if low in ("of", "in", "to", "at", "for", "from") and phrase:
            following = words[index + 1:index + 2]
            name = following[0] if following else ""
            if name[:1].isupper() and name.lower() not in _CALENDAR and not name.endswith(("'s", "’s")) \
                    and len(phrase) < 4:
                phrase += [word, name]
            elif low == "of" and name and name.lower() not in _NOUN_STOP and name.lower() not in _SCALE \
                    and name.lower() not in _CURRENCY_WORDS and len(phrase) < 3:
                phrase += [word, name]  # "share of revenue"
            break
        if low in _NOUN_STOP or _is_past_verb(word) or low in _LEVEL_VERBS | _RISE_VERBS | _FALL_VERBS \
                or low in _SCALE or low in _CURRENCY_WORDS or low in _ADVERBS or low.endswith("ly"):
            break
        phrase.append(word)
        if len(phrase) == 4:
            break
    if phrase and phrase[0][:1].isupper() and phrase[0][1:2].islower() and not phrase[0].endswith(("'s", "’s")) and (
            len(phrase) > 1 and not phrase[1][:1].isupper() or phrase[0].lower() in STOP_WORDS):
        phrase[0] = phrase[0].lower()  # "Net profit", "Shares in Holvik": a capital that only opens the sentence
    elif len(phrase) == 1 and _plural_noun(phrase[0]):
        phrase[0] = phrase[0].lower()  # "Shares fell 11% to 278p": a common noun opening the sentence, not a name
    return " ".join(phrase)


def _plural_noun(word: str) -> bool:
    """A capitalised word that is a common noun's plural ("Shares", "Sales", "Exports"), not a
    name: it ends in a plural -s its stem drops."""
    low = word.lower()
    return bool(re.fullmatch(r"[A-Z][a-z]{3,}s", word)) and not low.endswith(("ss", "us", "is", "ys")) \
        and stem(low) != low and len(stem(low)) >= len(low) - 2


def _agent(text: str) -> str:
    """The actor named at the end of *text*, right before its verb: a name ("the European
    Union", "Japan") or a one-word noun ("donors"); "" for a pronoun or anything else."""
    name = re.search(r"(" + _NAME + r")\s*$", text)
    if name:
        found = name.group(1).strip()
        first = found.split()[0].lower()
        at_start = not text[:name.start(1)].strip()
        if first not in STOP_WORDS - {"the"} and first not in _CALENDAR and not (
                at_start and " " not in found and found.lower() in _NOUN_STOP):
            return _lower_name(found)
    words = _WORD.findall(text)
    if len(words) > 1 and words[-1].islower() and words[-2].islower() and words[-1].endswith("s") \
            and words[-2] not in _NOUN_STOP and not _is_past_verb(words[-2]):
        words = words[:-1]  # "the utility plans (to spend)": a verb after its subject
    if words and words[-1].islower() and words[-1] not in _NOUN_STOP and not _is_past_verb(words[-1]) \
            and words[-1] not in _PRONOUNS and words[-1] not in _CALENDAR and len(words[-1]) > 3:
        return f"the {words[-1]}" if len(words) > 1 and words[-2].lower() == "the" else words[-1]
    return ""


def _resolve_pronoun(left: str) -> str:
    """"The World Bank said it would lend": the actor a pronoun stands for."""
    match = re.search(r"(" + _NAME + r")\s+(?:said|says|announced|added|stated|confirmed)\s+(?:on\s+\w+\s+)?"
                      r"(?:that\s+)?(?:it|they)\b[^,;]*$", left)
    return _lower_name(match.group(1)) if match else ""


# ---------------------------------------------------------------- clauses

_CLAUSE_BREAK = re.compile(r"[;:()\[\]“”\"]|,\s|\s[—–]\s|\s-\s|\b(?:which|who|while|whereas|but)\s|"
                           r"\b(?:so|now|and|showed|shows|show|found|finds|means|meant|suggests|suggested|"
                           r"estimates|estimated|believes|believed)\s+that\s|"
                           r"\b(?:showed|shows|found|finds|indicated|indicates|suggested|suggests)\s+"
                           r"(?=(?:the|its|their)\s[^,;]{0,60}?\b(?:was|were|is|are|stood|reached)\b)|"
                           r"\b(?:said|says|say|told\s+(?!to\b)\w+|added|adds|reported|announced|stated|confirmed)"
                           r"(?:\s+(?:on|in|at|last|this)\s+[A-Z]?[a-z]+)?\s+(?:that\s+)?|"
                           r"\b(?:as|when|after|before|because|although|since|until)\s+(?=the\s|[A-Z])")
_CLAUSE_END = re.compile(r"[;:()\[\]“”\"]|,\s|\s[—–]\s|\s-\s|\b(?:while|whereas|but)\s|[.!?]\s*$")


@functools.lru_cache(maxsize=65536)
def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding *at* starts (pure; cached: each figure asks it of its sentence
    several times)."""
    start = 0
    for match in _CLAUSE_BREAK.finditer(sentence, 0, at):
        start = match.end()
    return start


def _clause_end(sentence: str, at: int) -> int:
    match = _CLAUSE_END.search(sentence, at)
    return match.start() if match else len(sentence)


# ---------------------------------------------------------------- figures


@dataclass
class _Found:
    start: int
    """Where the figure's text starts (the low end of a range included)."""
    lead: int
    """Where its number (or currency sign) starts."""
    end: int
    """Where its text ends (the counted noun included)."""
    num_end: int
    value: float
    unit: str
    kind: str
    """money | percent | count"""
    counted: str
    """The counted noun phrase ("crew members"), for counts."""
    noun: str
    """The word right after the figure."""
    measure: str = ""
    conversion: str = ""
    state: str = ""
    """A state right after the number ("five dead", "40 injured"): what happened to those counted."""
    modifies: str = ""
    """The noun phrase a compound measure qualifies ("a 40-tonne weight limit": weight limit)."""
    cap: str = ""
    """What an amount is the most of, one at a time ("grants of up to £1,500 per household":
    "maximum grant per household"); "" for any other amount."""


_PLACE_PREPS = frozenset("near across along behind inside outside beyond against among beside underneath "
                         "throughout toward towards via".split())


_TIME_DETERMINERS = frozenset("last next each every".split())
"""Words that open a phrase saying when ("6,100 tonnes last season"), never part of what is counted."""


_BASE_VERBS = frozenset(IRREGULAR_BASE.values())
_OBJECT_OPENING = frozenset("the a an its their his her our this that these those".split())


def _verb_after_and(rest: str) -> bool:
    """Whether what follows an "and" after a counted noun opens a verb phrase, not a second noun: a base
    form of the closed class of irregular verbs ("and take effect", "and make ..."), or a word followed
    straight by its object's determiner ("and cover the whole coast")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", rest[:60])
    if not words or words[0][:1].isupper():
        return False
    first = words[0].lower()
    return first in _BASE_VERBS or len(words) > 1 and words[1].lower() in _OBJECT_OPENING


def _counted(sentence: str, end: int) -> tuple[str, int]:
    """The noun phrase a number counts, starting at *end*: up to three words, adjectives and
    names included ("British sailors and marines"), stopping before a verb or function word."""
    words: list[tuple[str, int]] = []
    for match in re.finditer(r"\s+([A-Za-z][\w-]*)", sentence[end:]):
        if match.start() != (words[-1][1] - end if words else 0):
            break
        word = match.group(1)
        low = word.lower()
        if low == "and" and words and len(words) < 3:
            if _verb_after_and(sentence[end + match.end():]):
                break  # "within 10 miles and take effect in May": a second predicate, not a second noun
            words.append((word, end + match.end()))
            continue
        if low in _TIME_DETERMINERS or (low in _TIME_NOUNS and words) or low in _NOUN_STOP or low in _ADVERBS or low in _LEVEL_VERBS or low in _PLACE_PREPS or low in ("had", "have", "has", "remain",
                                                                                      "remained") or (
                _is_past_verb(word) and words) or low in _STATES or (
                words and (low.endswith("ing") or (word[:1].isupper() and not words[-1][0][:1].isupper()))):
            break
        words.append((word, end + match.end()))
        if len([w for w, _ in words if w.lower() != "and"]) >= 4:
            break
    while words and (words[-1][0].lower() == "and" or words[-1][0][:1].isupper()):
        words.pop()
    if not words:
        return "", end
    return " ".join(w for w, _ in words), words[-1][1]


_BARE_LOW = re.compile(r"(?:between\s+)?(?P<low>\d{1,3}(?:\.\d+)?)(?:\s*(?:to|and|-|–)|%[-–])\s*")
"""A range's low end with no unit of its own, before a percentage ("rose 4 to 5 percent", "grew between 2 and 3
percent"): the two numbers are one range of the same unit, never a change and then a level ("rose 12% to 4.6 billion",
"rose from 1,200 to 2,300"), when the low is at least half the top ("rose 0.3 to 5.1 percent" is a rise of 0.3 to
a level)."""
_RANGE_LOW = re.compile(
    r"(?:between\s+)?(?:(?:" + _SIGN + r")\s?)?\d[\d.,]*(?:\s?(?:" + _SCALE_WORDS + r"|[kmb]\b|p\b))?"
    r"(?:\s?(?:%|percent\b|per cent\b))?(?:\s(?:" + "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True)) + r")\b)?"
    r"\s*(?:to|-|–|and)\s*$")
"""The low end of a range written before its top, in any of its forms: "8 to", "£310m to",
"360 million pounds to", "300p-"."""
_TO_RANGE_FROM = re.compile(r"\bto\s+" + _QUANT + r"\S*\d[^.;]{0,40}?,?\s+from\s+$", re.IGNORECASE)
"""A "from" after a new value ("to 3% to 4%, from 2% to 3%"): what follows is the old value,
itself a range, not the start of a change "from 1,200 to 2,300"."""


_NEGATIVE = re.compile(r"(?:\b(?<!or )(?:minus|negative)\s+|(?<![\w.,%)\]])−)$", re.IGNORECASE)
"""A sign before a number ("minus 0.5 percent", "negative 3 percent", "−0.4 percent" with the
minus sign); not a margin ("plus or minus 3 points"). A hyphen before a number is no figure at all
(`_not_a_figure`: "COVID-19", "5-10")."""


def _base(sentence: str, match: re.Match[str]) -> _Found | None:
    raw = match.group("num")
    sign, scale, pct, word, noun = (match.group(k) for k in ("sign", "scale", "pct", "word", "noun"))
    lead = match.start("sign") if sign else match.start("num")
    if scale and len(scale) == 1 and not sign and not _MONEY_DASH_LOW.search(sentence[max(0, lead - _NEAR):lead]):
        scale = None  # "5 m" alone is ambiguous; "$9-11m" is not
    bare = not (sign or scale or pct or word)
    if _not_a_figure(sentence, match, lead, bare):
        return None
    value = float(raw.replace(",", ""))
    if scale:
        value = round(value * _SCALE[scale.lower()], 6)
    end = match.end("word") if word else match.end("pct") if pct else match.end("scale") if scale else match.end("num")
    unit, kind, counted, modifies = "", "count", "", ""
    if sign:
        unit, kind = _CURRENCY_SIGNS[sign], "money"
    elif scale and not word and not pct and (dash_low := _MONEY_DASH_LOW.search(sentence[max(0, lead - _NEAR):lead])):
        # "$9-11m a year": the low end's currency is the top's, as the top's scale is the low end's
        low_sign = re.search(_SIGN, dash_low.group(0))
        unit, kind = (_CURRENCY_SIGNS[low_sign.group(0)], "money") if low_sign else (unit, kind)
    elif word and word.split()[-1].lower() == "pound" and not scale:
        unit = "pound"  # "a 10 pound bag": a weight; "a 48 million pound penalty" is money
    elif word:
        unit, kind = _CURRENCY_WORDS.get(word.split()[-1].lower(), word.split()[-1].lower()), "money"
    elif pct:
        unit, kind = ("%" if pct in ("%", "percent", "per cent") else "pp"), "percent"
    elif not scale and (glued := _GLUED.match(sentence, end)) and _glued_unit(glued) == "p":
        unit, kind, end = "pence", "money", glued.end()  # "390p": a price in pence
    elif not scale and glued and _glued_unit(glued) in _DIMENSIONS:
        # "the 900mm main", "50 mg tablets": a size that qualifies a noun; "80mm of rain": an amount of it
        unit, end = _glued_unit(glued), glued.end()
        counted, modifies = unit, _counted(sentence, end)[0]
        if modifies[:1].isupper():
            return None
    elif speed := _SPEED.match(sentence, end):
        word_unit = speed.group("unit").lower()
        unit = "mph" if word_unit.startswith(("mph", "miles")) else "knots" if word_unit == "knots" else "km/h"
        counted, end = unit, speed.end()
    elif (compound := re.match(r"[-‐](?P<unit>[a-z]+)\b(?!-)", sentence[end:])) and \
            compound.group("unit") in _DIMENSIONS:
        # "a 40-tonne weight limit", "the 90-kilometre detour": the unit qualifies a noun.
        unit = _plural_unit(compound.group("unit"))
        counted, end = unit, end + compound.end()
        modifies = _counted(sentence, end)[0]
        if not modifies or modifies[:1].isupper():
            return None
    elif "." not in raw or scale or re.match(r"\s+[a-z]+s\b", sentence[end:]):
        # A count is whole: "a magnitude 7.1 earthquake" counts no earthquakes; "5.20 metres" measures.
        counted, counted_end = _counted(sentence, end)
        if counted:
            unit, end = counted.split()[-1].lower(), counted_end
            if " and " in counted:
                unit = counted.split(" and ")[0].split()[-1].lower()
        elif kind == "count" and (part := _PARTITIVE.match(sentence, end)):
            # "will close all 14 of its lifts": a part of a whole counts the whole's noun (the lifts
            # closed), not the verb before it; the figure reads "14 of its lifts"
            counted, end = part.group("noun"), part.end()
            unit = counted.lower()
    # "412 pence-per-share cash offer": the rate is part of the unit, the noun after it the amount's own.
    if kind == "money" and (share := re.match(r"[-‐]per[-‐](?P<what>[a-z]+)\b(?:\s+(?P<noun>[a-z][a-z-]{2,20}))?",
                                              sentence[end:])):
        unit, noun = f"{unit} {_per('per ' + share.group('what'))}", share.group("noun") or ""
        end += share.end("what")
    # A rate is part of the unit: "29 parts per billion", "$25,000 a day", "11,000 containers a day".
    rate = _RATE.match(sentence, end)
    cap = _cap(sentence[:lead]) if kind == "money" else ""
    if cap and rate and rate.group("per"):
        cap = f"{cap} {rate.group('rate')}"  # "grants of up to £1,500 per household": a cap on each one
    elif rate and unit and kind != "percent" or rate and kind == "percent" and rate.group("per") is None:
        unit, end = f"{unit} {_per(rate.group('rate'))}", rate.end()
    elif rate and rate.group("per") and kind == "count" and not unit and not scale:
        # "traded at 158 per euro": a bare number per a unit is a rate, the unit its own
        unit, end = _per(rate.group("rate")), rate.end()
    # A range ("8 to 15 percent", "between 3 and 9 percent") is shown whole; its value is the top,
    # but "rose from 1,200 to 2,300" is a change, not a range.
    low = _RANGE_LOW.search(sentence[:lead])
    if low and re.search(r"\b(?:from|" + "|".join(sorted(_RISE_VERBS | _FALL_VERBS | _LEVEL_VERBS)) + r")\s+(?:by\s+)?$",
                         sentence[:low.start()]) and not _TO_RANGE_FROM.search(sentence[:low.start()]) \
            and not (kind == "percent" and (bare_low := _BARE_LOW.fullmatch(low.group(0))) is not None
                     and 0 < value <= 2 * float(bare_low.group("low"))) \
            and not re.search(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$", sentence[:low.start()]) \
            and not _MONEY_DASH_LOW.search(sentence[max(0, lead - _NEAR):lead]):
        low = None  # "rose from 1,200 to 2,300", "rose 12% to 4.6 billion": a change, then a level
    if low and re.search(r"%|percent", low.group(0)) and kind != "percent":
        low = None
    if low and re.match(r"(?:between\s+)?(?:19|20)\d\d\s*(?:to|-|–)\s*$", low.group(0)) \
            and re.search(r"\b(?:in|for|of|by|since|from|until)\s+$", sentence[:low.start()]) and (pct or word or sign or unit or scale or "," in raw):
        # "average inflation in 2027 to 4.9 percent", "its advice for 2027 to 590,000 tonnes": a
        # year, then the value (one with a unit, a scale or thousands), not a range
        low = None
    if low and low.group(0).rstrip().endswith("and") and "between" not in low.group(0):
        low = None if not noun else low
    if low and re.search(r"[-–]$", sentence[:low.start()]):
        low = None  # "rose $2-3m to $40m": a dashed range of the change, then the level
    start = low.start() if low else lead
    negative = None if low else _NEGATIVE.search(sentence[:lead])
    if negative:  # "stood at minus 0.5 percent": the sign is the figure's, shown and counted
        start, value = negative.start(), -value
    state = _state_after(sentence, end) if kind == "count" and not counted else None
    return _Found(start=start, lead=lead, end=state.end() if state else end, num_end=match.end("num"), value=value,
                  unit=unit, kind=kind, counted=counted, noun=(noun or "") if kind != "count" else "",
                  state=state.group(1).lower() if state else "", modifies=modifies, cap=cap)


_CAP = re.compile(r"\b(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s+up\s+to\s+(?:" + _SIGN + r")?$")


def _cap(before: str) -> str:
    """The most one of something may be, from the words before an amount: "hardship grants of up
    to" -> "maximum hardship grant"; "" unless a noun phrase is capped. A cap on each of a kind is
    no total of that kind ("£500,000 in hardship grants of up to £2,000")."""
    tied = _CAP.search(before)
    if not tied:
        return ""
    words: list[str] = []
    np = tied.group("np").split()
    for at, word in reversed(list(enumerate(np))):
        if at and np[at - 1] in _MODALS:
            break  # "could face fines of up to": a verb after its modal
        if word in _NOUN_STOP or word in _PRONOUNS or _is_past_verb(word) or word.endswith(("ing", "ly")) or (
                words and _TRANSFER_FORMS.fullmatch(word)):
            break
        words.insert(0, word)
    if not words or not _meaningful(words[-1]):
        return ""
    head = words[-1]
    if head.endswith("ies") and len(head) > 4:
        head = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith(("ss", "us", "is")):
        head = head[:-1]
    return "maximum " + " ".join(words[:-1] + [head])


_GLUED = re.compile(r"(?:(?P<unit>p|mm|cm|km|kg)|\s?(?P<spaced>mg|ml))\b(?![-‐.'’]\w)")
"""A unit written right after its number ("390p", "900mm") or an abbreviation after a space ("50 mg")."""


def _glued_unit(match: re.Match[str]) -> str:
    return match.group("unit") or match.group("spaced")


_RATE_NOUNS = ("second|minute|hour|day|night|week|fortnight|month|quarter|year|season|shift|head|person|piece|"
               "unit|tonne|ton|barrel|litre|liter|gallon|kilo|kilogram|pound|ounce|share|megawatt-hour|"
               "kilowatt-hour")
def _per(rate: str) -> str:
    """One way to write a rate in a unit, so that "412 pence-per-share" and "438p a share" compare:
    "per share" and "a share" are both "a share"; "per billion", "per container" stay as written."""
    what = rate.split()[-1] if rate.startswith("per ") and len(rate.split()) == 2 else ""
    if what and re.fullmatch(_RATE_NOUNS, what):
        return ("an " if what[0] in "aeiou" else "a ") + what
    return rate


_PER_STOP_WORDS = (r"(?:a|an|the|of|in|on|at|to|for|from|by|with|per|and|or|but|than|as|this|that|these|those|its|their|"
             r"is|are|was|were|be|been|will|would|could|can|may|might|should|must|has|have|had|who|which|if|"
             r"rose|fell|said|says|paid|set|up|down|over|under|after|before|last|next|each|every|more|less|about|"
             r"near|across|around|during|within|into|onto|since|until|against|among|between|through|while|when|"
             r"where|because|despite|including|versus|plus|minus|beyond|below|above|behind|outside|inside|via|"
             r"now|then|there|here|so|too|also|still|even|only|yet|just|again|instead|today|yesterday|tomorrow|"
             r"not|no|all|both|some|any|most|such|abroad|overseas|ahead|back|away|go|goes|went|come|comes|came|make|makes|made|take|takes|took|remain|"
             r"remains|stay|stays|rise|rises|fall|falls|cost|costs|mean|means|say|get|gets|got|do|does|"
             r"did)\b")
_PER_STOP = r"(?:" + _PER_STOP_WORDS + r"|[a-z]+(?:ed|ly)\b(?!\s+(?!" + _PER_STOP_WORDS + r")[a-z]))"
"""Words that end the noun phrase of "per N": function words, verbs, adverbs; a participle or an adverb
only when no noun follows ("per hour worked", but "per privately owned beach hut")."""
_RATE = re.compile(r"\s+(?P<rate>(?P<per>per)\s+(?!cent\b)(?:(?:hundred|thousand|million|billion|capita)\b|[a-z][a-z-]+"
                   r"(?:\s+(?!" + _PER_STOP + r")[a-z][a-z-]+){0,3})"
                   r"|(?:a|an)\s+(?:" + _RATE_NOUNS + r"))\b"
                   r"(?![-‐'’])(?!\s+(?:ago|earlier|before|later|or|and a half)\b)")
"""A rate after an amount or a count, part of its unit: "per billion", "per container", "a day",
"an hour", "a tonne"; not "a year ago" or "per cent" (a percentage)."""


def unit_head(unit: str) -> str:
    """A unit without its rate: "USD a day" -> "USD", "parts per billion" -> "parts"."""
    return unit.split(" ")[0] if unit else ""


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _state_after(sentence: str, at: int) -> re.Match[str] | None:
    """A state word right after a count ("five dead", "40 injured")."""
    state = _NEXT_WORD.match(sentence, at)
    return state if state and state.group(1) in _STATES else None


def _plural_unit(word: str) -> str:
    """A unit as a count of it is written: "tonne" -> "tonnes", "foot" -> "feet"; abbreviations as they are."""
    if word == "foot":
        return "feet"
    return word if word.endswith("s") or len(word) <= 2 else word + "s"


_AUX = r"(?:(?:has|have|had|will|would|could|may|might|is|are|was|were|to|also|then|already|later|now|jointly|" \
       r"previously|has already)\s+)*"
_WHEN = r"(?:\s+(?:on|in|at|last|this|next)\s+[A-Z]?[a-z]+(?:\s+(?:morning|afternoon|evening|night))?)?"


_WHERE_TRADED = r"(?:(?:in|on)\s+(?:early\s+|late\s+|morning\s+|afternoon\s+)?[A-Z]?[a-z]+\s+(?:trading|trade|dealings?)\s+)?"
"""Where or when a change happened, told between the change and the level it reached ("rose 6.2
percent in Madrid trading to 14.38 euros"): the level is still the subject's."""


def _counted_label(counted: str, participle: str, extra: str = "") -> str:
    noun = counted if counted[1:2].isupper() else counted[:1].lower() + counted[1:]
    return f"{noun} {participle}{extra}"


def _by_transfer_verb(left: str, whole_left: str, clause_at: int) -> str:
    """"Japan pledged $8 million" -> "pledged by Japan"; "the World Bank said it would lend";
    "Parliament voted ... to release"."""
    verbs = list(_TRANSFER_FORMS.finditer(left))
    if not verbs:
        return ""
    verb = verbs[-1]
    between = left[verb.end():]
    if not re.fullmatch(_WHEN + r"(?:\s+(?:for|with))?\s+" + _QUANT, between):
        return ""
    participle = _participle(verb.group("verb"))
    before = left[:verb.start()]
    agent = ""
    infinitive = re.search(r"^(?P<actor>.*?)\s+[a-z]+(?:ed|s)\b[^,;]*?\bto\s+$", before)
    if infinitive and re.search(r"\bto\s+$", before):
        agent = _agent(re.sub(_WHEN + r"\s*$", "", infinitive.group("actor")))  # "Parliament voted ... to release"
    if not agent:
        before = re.sub(r"\s*" + _AUX + r"$", "", before + " ").rstrip()
        before = re.sub(_WHEN + r"\s*$", "", before)
        before = re.sub(r"\s+(?:has|have|had|will|would|could|to)$", "", before)
        agent = _agent(before)
        if not agent and re.search(r"\b(?:it|they)$", before):
            agent = _resolve_pronoun(whole_left[:clause_at + len(before)])
    if not (agent and participle):
        return ""
    particle = " for" if re.search(r"\bfor\s+" + _QUANT + r"$", between) else ""
    return f"{participle}{particle} by {agent}"


_ASIDE_SUBJECT = re.compile(r"^(?P<np>[^,;:()]{2,60}),\s+(?:with|which|whose|who|having|carrying|including|"
                            r"each\s+with|both\s+with)\b[^;:]*,\s*$", re.IGNORECASE)
"""A sentence opening with its subject and an aside set off by commas ("The notes, with 800 million
euros outstanding and a 5.2 percent coupon, ..."): the subject of the verb after the aside."""


def _by_level_verb(left: str, right: str, found: _Found, previous: list[_Found], before: str = "") -> str:
    """"revenue rose 12%" -> "rise in revenue"; "the death toll rose to 512" -> "death toll".
    *before* is the sentence up to the figure's clause, read when the clause opens on its verb."""
    level = re.search(
        r"^(?P<subject>.*?)\s*(?:\b(?:has|have|had|has been|have been|will have|is|are|was|were)\s+)?"
        r"\b(?P<verb>[a-z]+)(?:\s+back)?" + _WHEN + r"(?:\s+(?P<by>by)|\s+(?P<to>to|at|to a record|to a total of))?\s+"
        r"(?:(?:by\s+)?" + _QUANT + r"\S*\d[\d.,]*\S*(?:\s+(?:percent|per cent|million|billion|points?|%))?\s+"
        + _WHERE_TRADED + r"(?:to|at)\s+)?"
        + _QUANT + r"$", left)
    if not level or level.group("verb") not in _RISE_VERBS | _FALL_VERBS | _LEVEL_VERBS:
        return ""
    if re.search(r"\b(?:a|an)\s+$", left) and _own_noun(found):
        return ""  # "the city set up a $5 million flood recovery fund": the amount's own noun says what it is
    if level.group("verb") in ("up", "down") and found.kind == "money" and re.match(
            r"\s+(?:in|of)\s+(?!(?:the|a|an|its|their|his|her|this|that|each|every|last|next)\b)[a-z]", right):
        return ""  # "The order frees up $25 million in state emergency funds": a verb's particle; the money is its own
    raw_subject = level.group("subject")
    # "expects the cost of the breach to reach 160 million": the subject of the infinitive.
    infinitive = re.search(r"\b(?:expects?|expected|forecasts?|predicts?|predicted|sees|saw|wants?|needs?|estimates?|"
                           r"estimated)\s+(?P<np>(?:the|its|their|his|her)\s+[^.;,]*?)\s+to$", raw_subject)
    if infinitive:
        raw_subject = infinitive.group("np")
    # "..., sending its shares down 11%": what moved is the object of the -ing verb, not the verb.
    raw_subject = re.sub(r"^.*\b(?:sending|pushing|driving|taking|lifting|leaving|knocking|dragging)\s+"
                         r"(?=(?:its|their|the|his|her)\s)", "", raw_subject)
    parts = re.split(r"\s(?:and|but)\s", raw_subject)
    if len(parts) > 1 and re.search(r"\d", " ".join(parts[:-1])):
        raw_subject = parts[-1]  # "... was 12% higher and net profit rose to"
    subject = _subject(raw_subject)
    aside = _ASIDE_SUBJECT.match(before) if not raw_subject.strip(" ,") else None
    if aside and _meaningful(_subject(aside.group("np"))):
        # "The notes, with a 5.2 percent coupon, fell to 31 cents": the sentence's subject moved,
        # not the last noun of the aside between commas
        subject = _subject(aside.group("np"))
    elif not subject and previous and not raw_subject.strip(" ,") or raw_subject.strip() in ("and", "but"):
        subject = next((re.sub(r"^(?:rise|fall) in ", "", p.measure) for p in reversed(previous)
                        if p.measure and " by " not in p.measure and not p.measure.startswith("share of ")), "")
    if not subject or not _meaningful(subject):
        return ""
    verb = level.group("verb")
    if found.kind == "percent" and re.match(r"\s+(?:higher|more|up)\b", right):
        return "rise in " + subject
    if found.kind == "percent" and re.match(r"\s+(?:lower|less|down)\b", right):
        return "fall in " + subject
    reached = level.group("to") or re.search(r"\d", left[level.end("verb"):])
    if verb in _LEVEL_VERBS or reached or (found.kind == "count" and not level.group("by")):
        return subject
    return ("rise in " if verb in _RISE_VERBS else "fall in ") + subject


def _own_noun(found: _Found) -> bool:
    """Whether the word right after an amount is a noun it qualifies ("$5 million fund"), not a
    verb, adverb or function word."""
    noun = found.noun
    return bool(noun) and found.kind in ("money", "percent") and noun not in _NOUN_STOP and not _is_past_verb(noun) \
        and noun not in _LEVEL_VERBS | _RISE_VERBS | _FALL_VERBS and not noun.endswith(("ly", "ing")) \
        and _meaningful(noun)


_MODALS = ("could", "would", "will", "may", "might", "must", "can", "should", "to", "cannot")
_PARTITIVE = re.compile(r"\s+of\s+(?:its|their|the|his|her|our|these|those)\s+(?P<noun>[a-z][a-z-]+s)\b(?!\s+of\b)")
"""A count of part of a whole its noun names: "14 of its lifts", "nine of the members"."""


def _by_tied_noun(left: str, found: _Found) -> str:
    """"a death toll of 618", "its valuation above $4 trillion", "a magnitude 7.1 earthquake"."""
    tied = re.search(r"(?P<np>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?:\s+(?P<prep>" + _LEVEL_PREPS + r"))?\s+" + _QUANT + r"$",
                     left)
    if not tied:
        return ""
    words = tied.group("np").split()
    keep: list[str] = []
    asked = ""
    for word in reversed(words):
        low = word.lower()
        at = len(words) - len(keep) - 1
        # "increases of"; a word a determiner opens is a noun whatever else it may be ("another cut of 40 cents")
        noun_head = not keep and tied.group("prep") == "of" and (
            low in _RISE_VERBS | _FALL_VERBS or at > 0 and words[at - 1].lower() in _DETERMINERS | {"another", "any", "no"})
        if keep and _TRANSFER_FORMS.fullmatch(word) and low.endswith("s") and (at := words.index(word)) and \
                words[at - 1].lower() not in _DETERMINERS and (words[at - 1].lower() in _PRONOUNS
                                                               or words[at - 1].lower() not in _NOUN_STOP):
            asked = _participle(word)  # "It seeks damages of": the damages sought
            break
        if low in _NOUN_STOP or _is_past_verb(word) and not noun_head or (low in _LEVEL_VERBS | _RISE_VERBS | _FALL_VERBS
                                                         and not noun_head) \
                or low in _PRONOUNS or low in _CALENDAR or any(c.isdigit() for c in word) \
                or (word[:1].isupper() and keep and not keep[0][:1].isupper()) or low.endswith("ly"):
            break
        keep.insert(0, word)
    ahead = words[:len(words) - len(keep)]
    # "adjusted profit before tax of 29 million pounds": the noun the "before" phrase modifies is the
    # measure, not the noun inside it ("tax")
    modified = bool(keep and len(ahead) >= 2 and ahead[-1].lower() in ("before", "after")
                    and ahead[-2].lower() not in _NOUN_STOP and not _is_past_verb(ahead[-2])
                    and ahead[-2].isalpha() and ahead[-2].islower())
    if modified:
        ahead, keep = ahead[:-2], ahead[-2:] + keep
    if len(keep) > 1 and (ahead and ahead[-1].lower() in _MODALS or not ahead and re.search(
            r"\b(?:" + "|".join(_MODALS) + r")\s+$", left[:tied.start()])):
        ahead, keep = ahead + keep[:1], keep[1:]  # "could face fines of up to": the fines
    if not keep or len(keep) == 1 and ahead and ahead[-1].lower() in _PRONOUNS - {"its", "their", "his", "her", "our"}:
        return ""  # "a bill he puts at $3.1 million": a verb after its subject
    if len(keep) == 1 and (ahead and ahead[-1].lower() in _MODALS or not ahead and re.search(
            r"\b(?:" + "|".join(_MODALS) + r")\s+$", left[:tied.start()])):
        return ""  # "will stay at 25 euros", "will close all 14": a verb after its modal names no measure
    if len(keep) > 2 and not modified and not (ahead and ahead[-1].lower() in _NOUN_STOP):
        keep, ahead = keep[-2:], ahead + keep[:-2]  # "expect rate increases of": no determiner, keep the head
    elif ahead and ahead[-1][:1].isupper() and not ahead[-1].endswith(("'s", "’s")) and ahead[-1].lower() not in \
            _NOUN_STOP:
        return ""  # "Holvik trades at 14": a name, then its verb
    prep = tied.group("prep") or ""
    if not prep and (found.kind != "count" or found.counted or len(keep) > 1 or _TRANSFER_FORMS.fullmatch(keep[0]) or keep[0].endswith("s")):
        return ""  # only one noun right before a number measures it ("magnitude 7.1")
    if prep == "to" and keep[0].lower() in _CHANGE_NOUNS:
        return ""
    if keep[-1].lower().endswith("ing") or keep[0].lower().endswith("ing") and len(keep) == 1:
        return ""
    phrase = " ".join(keep)
    if asked and prep == "of":
        return f"{phrase} {asked}"
    if prep == "of" and len(ahead) >= 2 and ahead[-1].lower() in ("a", "an", "the") \
            and _TRANSFER_FORMS.fullmatch(ahead[-2]):
        phrase += " " + _participle(ahead[-2])  # "demanded a ransom of $6 million": the ransom demanded
    # "wrote down the value of the mine to $95 million": the noun the phrase hangs on is the measure
    of_at = len(ahead) - (2 if ahead and ahead[-1].lower() in _DETERMINERS else 1)
    if prep != "of" and of_at >= 1 and ahead[of_at].lower() == "of" and ahead[of_at - 1].islower() \
            and ahead[of_at - 1] not in _NOUN_STOP and not _is_past_verb(ahead[of_at - 1]) \
            and ahead[of_at - 1] not in _LEVEL_VERBS | _RISE_VERBS | _FALL_VERBS:
        phrase = " ".join(ahead[of_at - 1:] + [phrase])
    if keep[0][:1].isupper() and keep[0][1:2].islower() and (len(keep) == 1 or not keep[1][:1].isupper()):
        phrase = phrase[:1].lower() + phrase[1:]
    return phrase if _meaningful(phrase) else ""


_LISTED_MEASURE = re.compile(
    r"(?P<np>\b(?P<head>[a-z][\w'’-]*)\s+(?:before|after|excluding)\s+[a-z][\w'’-]*(?:,\s+[a-z][\w'’-]*)*,?\s+"
    r"(?:and|or|&)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)(?:\s+(?:rose|fell|grew|dropped|declined|climbed|increased|decreased|was|were|"
    r"came|stood|totalled|reached))?\s+(?:" + _LEVEL_PREPS + r")\s+" + _QUANT + r"$")
"""A noun a "before"/"after" phrase with a list modifies, right before its value ("earnings before interest,
tax, depreciation and amortisation of")."""
_FORECAST_NOUNS = r"forecasts?|guidance|outlook|projections?|estimates?|expectations?"
_REVISED_TO = re.compile(
    r"\b(?:raised|increased|cut|reduced|lowered|lifted|revised|boosted|trimmed|upgraded|downgraded|slashed|"
    r"narrowed|widened)\s+(?:the|its|their|his|her|our)\s+(?P<np>(?:[\w'’-]+\s+){0,4}?)"
    r"(?P<noun>" + _FORECAST_NOUNS + r")"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+|its\s+|their\s+)?(?P<of>(?:[\w'’-]+\s+){0,3}?[\w'’-]+))??"
    r"(?:\s*,?\s+" + r"(?:again|further|sharply|slightly|(?:on|last|this|in)\s+(?-i:[A-Z][a-z]+)))*"
    r"\s*,?\s+to\s+" + _QUANT + r"$", re.IGNORECASE)
"""A forecast revised to a value, with what it forecasts before the noun or after "for"."""


# _measure_left's patterns, compiled once (re.search with a built string looked each up in re's cache per call)
_ESTIMATED = re.compile(r"\b(?:(?:estimated|put|valued|set|assessed|priced|pegged)(?P<at>)|(?:raised|increased|cut|"
                          r"reduced|lowered|lifted|doubled|tripled|revised|corrected|boosted|trimmed)(?P<to>))\s+"
                          r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?P<obj>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b"
                          r"[^.;]{0,80}?\b(?(at)at|to)\s+" + _QUANT + r"$")
_RANGED = re.compile(r"^(?P<np>.*?)\s+(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$")
_FROM_QUANT = re.compile(r"\bfrom\s+" + _QUANT + r"$", re.IGNORECASE)
_VALUED = re.compile(r"\b(?:valuing|valued|values|value)\s+(?P<obj>(?:the|its|their|his|her)\s+[a-z][\w-]*"
                       r"(?:\s+[a-z][\w-]*)?)\s+at\s+" + _QUANT + r"$")
_PASSIVE = re.compile(r"^(?P<np>.*?)\s+(?:was|were|is|are|has been|have been|had been|will be|would be)\s+"
                        r"(?:estimated|put|valued|set|revised|corrected|raised|increased|cut|reduced|lowered|"
                        r"lifted|doubled|boosted|trimmed|listed|given|reported|recorded|stated|expected|forecast|projected)\b[^.;,]{0,40}?\b"
                        r"(?:at|to|as)\s+" + _QUANT + r"$")
_RELATIVE_AT = re.compile(r"\b(?:a|an|the)\s+(?P<obj>[a-z][\w-]+)\s+(?:that|which)\s+[^.;]{0,80}\b(?:put|estimated|set|"
                         r"valued|pegged|assessed)\s+at\s+" + _QUANT + r"$")
_COPULA = re.compile(r"^(?P<np>.*?)\s+(?:is|are|was|were|stands at|stood at)(?:\s+(?:now|still|currently))?(?:\s+at)?\s+"
                       + _QUANT + r"$")
_CHANGE = re.compile(r"\b(?:a|an|the)\s+\S*\d\S*(?:\s+(?:percent|per cent|%|million|billion))?\s+"
                       r"(?P<noun>rise|increase|growth|gain|jump|fall|drop|decline|decrease)\s+in\s+"
                       r"(?P<np>[\w'’-]+(?:\s+[\w'’-]+)?)\s+to\s+" + _QUANT + r"$")
_GAPPED = re.compile(r"\s(?:and|or|while)\s+(" + _NAME + r")\s+" + _QUANT + r"$")
_UP_DOWN = re.compile(r"\s*(?:up|down)\s+(?:by\s+)?" + _QUANT, re.IGNORECASE)
_A_QUANT = re.compile(r"\b(?:a|an)\s+" + _QUANT + r"$")
_LEVEL_QUANT = re.compile(_LEVEL_PREPS + r"\s+" + _QUANT + "$")
_ACTED = re.compile(r"\b(?P<verb>[a-z]+)\s+" + _QUANT + r"$")


def _measure_left(sentence: str, found: _Found, previous: list[_Found]) -> str:
    """What a figure measures, read from the words before it in its clause."""
    listed = _LISTED_MEASURE.search(sentence[max(0, found.start - _NEAR):found.start])
    if listed and listed.group("head").lower() not in _NOUN_STOP and not _is_past_verb(listed.group("head")):
        # "earnings before interest, tax, depreciation and amortisation of £11.4m": the measure is the noun the
        # "before" phrase modifies with its whole list (one measure, an acronym spelled out), not the list's last noun
        return " ".join(listed.group("np").split())
    clause_at = _clause_start(sentence, found.start)
    left = sentence[clause_at:found.start]
    whole_left = sentence[:found.start]
    right = sentence[found.end:_clause_end(sentence, found.end)]
    ranged = _RANGED.search(left)
    if ranged and sentence[found.start:found.lead]:
        named = _subject(re.sub(r"^(?:.*\s)?(?:with|for)\s+", "", ranged.group("np")))
        return named if _meaningful(named) else ""  # "peak-sales forecasts ranging from $2.6 billion to $4.2 billion"
    if _FROM_QUANT.search(left):
        return ""  # "rose from 1,200 to 2,300", "up from 18,000": an earlier value
    # "estimated the damage ... at $1.8 billion", "a ransom that people close to the talks put at $2.5 million"
    revised = _REVISED_TO.search(whole_left)
    if revised:
        # "raised its adjusted EBIT margin forecast to", "cut its forecast for the margin to": the
        # measure forecast; a bare "forecast" says of what nobody knows.
        named = revised.group("of") or revised.group("np")
        if named and all(w.lower() not in _NOUN_STOP and not _is_past_verb(w) for w in named.split()[-1:]):
            return f"{named.strip()} {revised.group('noun')}"
        return ""
    valued = _VALUED.search(whole_left)
    if valued and valued.group("obj").split()[-1] not in _NOUN_STOP:
        return f"valuation of {valued.group('obj')}"  # "valuing the company at": a value put on the company
    estimated = _ESTIMATED.search(whole_left)
    if estimated:
        # "cut the value of the vineyard to $8 million": the noun with what it is of
        of = re.match(r"(?P<np>[a-z][\w-]*\s+of\s+(?:the\s+|its\s+|their\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+"
                      r"(?:at|to)\s+" + _QUANT + r"$", whole_left[estimated.start("obj"):])
        if of and _meaningful(of.group("np")) and of.group("np").split()[0] not in _NOUN_STOP:
            return of.group("np")
        words = estimated.group("obj").split()
        words = words[:1] if len(words) > 1 and (words[1] in _NOUN_STOP or _is_past_verb(words[1])) else words
        if words[0] not in _NOUN_STOP and not _is_past_verb(words[0]) and words[-1] not in _NOUN_STOP \
                and _meaningful(" ".join(words)):
            return " ".join(words)
    # "The hall's cost was revised last week to 94 million": the subject of the passive.
    passive = _PASSIVE.search(left)
    if passive:
        subject = _subject(passive.group("np"))
        if subject and _meaningful(subject):
            return subject
    relative = _RELATIVE_AT.search(whole_left)
    if relative:
        done = re.match(r"\s+(?:was|were|had been|has been)\s+(?P<part>[a-z]+)\b", sentence[found.end:])
        part = done.group("part") if done and done.group("part") in _PARTICIPLES else ""
        return f"{relative.group('obj')} {part}".strip()
    # Ellipsis: "Japan pledged $300 million and Britain $180 million".
    gapped = _GAPPED.search(left)
    if gapped and previous and " by " in previous[-1].measure and \
            not sentence[previous[-1].end:gapped.start() + clause_at].strip(" ,"):
        return f"{previous[-1].measure.split(' by ')[0]} by {_lower_name(gapped.group(1))}"
    # "..., up 27 percent": the change of the sentence's last measured level.
    if _UP_DOWN.fullmatch(left) and previous:
        level = next((p.measure for p in reversed(previous) if p.measure and " by " not in p.measure), "")
        if level and not level.startswith(_PREFIXES):
            return ("rise in " if left.strip().lower().startswith("up") else "fall in ") + level
    if found.kind == "money":
        cost = _by_cost_verb(whole_left)
        if cost:
            return cost
        sought = _relative_agent(sentence[found.end:])
        if sought:
            return sought
        paid = _by_transfer_verb(left, whole_left, clause_at)
        if paid and _A_QUANT.search(left) and _own_noun(found):
            # "the council approved a £750,000 emergency fund": what was approved, and by whom
            return f"{_compound(found.noun, sentence[found.end + 1 + len(found.noun):])} {paid}"
        if paid:
            return paid
        penalty = _by_double_object(left)
        if penalty:
            return penalty
    changed = _by_level_verb(left, right, found, previous, sentence[:clause_at])
    if changed:
        return changed
    # "The overrun against the approved budget is now 29 million pounds", "Its debts are 438 million euros".
    copula = _COPULA.search(left)
    if copula and (found.kind != "count" or not found.counted or found.unit != unit_head(found.unit)):
        # a count in a unit of measure ("9 parts per billion") is a level, not things counted
        subject = _subject(copula.group("np"))
        if subject and _meaningful(subject):
            if found.kind == "count" and not found.unit and subject.split()[-1].endswith("s"):
                found.unit = subject.split()[-1].lower()  # "confirmed cases are now 12": cases
            return subject
    # "a 12 percent rise in first-quarter revenue to 4.6 billion crowns"
    change = _CHANGE.search(left)
    if change:
        return _clean([w for w in change.group("np").split() if w.lower() not in _NOUN_STOP])
    tied = _by_tied_noun(left, found)
    if tied and not (found.kind == "count" and found.counted and not _LEVEL_QUANT.search(left)):
        return tied
    # A verb acting on the counted noun: "killing at least 340 people", "took its 19 crew members".
    if found.kind == "count":
        acted = _ACTED.search(left)
        counted = found.counted or _inherited(previous)
        if acted and counted and acted.group("verb") not in _NOUN_STOP and (
                _is_past_verb(acted.group("verb")) or acted.group("verb").endswith("ing")):
            participle = _participle(acted.group("verb"))
            complement = re.match(r"\s+([a-z]+)\s*(?:[,.;]|$|\b(?:and|after|as|when|on|in|at|off|outside|since|"
                                  r"for|until)\b)",
                                  sentence[found.end:])
            extra = f" {complement.group(1)}" if complement and complement.group(1) in _STATES else ""
            if participle in _CONTROL:
                # "allowing 2,200 people to go home": what they were allowed to do is the measure
                extra = _infinitive(sentence[found.end:])
                if not extra:
                    return ""  # "people allowed" says nothing
            if participle:
                return _counted_label(counted, participle, extra)
    return ""


_CONTROL = frozenset("allowed permitted forced compelled asked ordered told urged enabled required prompted "
                     "caused led encouraged invited persuaded obliged advised instructed".split())
"""Verbs whose object does something an infinitive says ("allowing 2,200 people to go home"):
the object and the verb alone ("people allowed") are no measure."""


def _infinitive(right: str) -> str:
    """" to go home" / " to wait at anchor outside the harbour": the infinitive phrase right
    after a count, up to four words, ending on a content word; "" when none follows."""
    match = re.match(r"\s+to\s+((?:[a-z][\w'’-]*\s*){1,4})", right)
    if not match:
        return ""
    words = match.group(1).split()
    while words and (words[-1].lower() in _NOUN_STOP or words[-1].lower() in _ADVERBS
                     or words[-1].lower() in _PRONOUNS or words[-1].lower() in _DETERMINERS
                     or words[-1].lower() in _PLACE_PREPS):
        words.pop()
    return " to " + " ".join(words) if words else ""


_COST = re.compile(r"\b(?:cost|costs|costing)\s+(?P<obj>(?:[A-Za-z][\w'’-]*\s+){0,3}?)" + _QUANT + r"$")
_VERB_CHAIN = re.compile(r"(?:\s*\b(?:is|are|was|were|will|would|could|may|might|should|must|has|have|had|be|been|"
                         r"being|expected|likely|set|due|estimated|forecast|projected|going|now|also|still|already|"
                         r"eventually|finally|to)\b)*\s*$")


_DOUBLE_OBJECT = re.compile(
    r"\b(?P<verb>[a-z]+ed)\s+(?P<obj>(?:[A-Za-z][\w.'’-]*\s+){0,4}?[A-Z][\w'’&-]*[\w'’])"
    + _WHEN + r"\s+" + _QUANT + r"$")


def _by_double_object(left: str) -> str:
    """"the authority fined U.S. technology group Stratos 1.2 billion euros": a verb whose first
    object is a named party and whose second is the amount; the amount is what the verb names
    ("fine", "charge", "levy"). Only a verb that is its own noun once its past "-d" is dropped
    qualifies; others ("owed", "awarded") say nothing a reader can name, so the figure stays bare."""
    double = _DOUBLE_OBJECT.search(left)
    if not double:
        return ""
    verb = double.group("verb")
    if verb in _NOUN_STOP or verb in _ED_NOUNS or not verb.endswith("ed"):
        return ""
    base = verb[:-1]
    if not base.endswith("e") or base.endswith(("ee", "ue")) or base in _NOT_NOUNS:
        return ""
    return base


_NOT_NOUNS = frozenset("owe ple argue require receive agree believe hope decide provide continue give".split())
"""Bases in "-e" that are verbs only: "owed Smith 3 million" names no kind of amount."""


def _by_cost_verb(left: str) -> str:
    """"The repair, which involves ..., is expected to cost about 14 million euros" -> "cost of
    repair": the clause's subject, past a relative clause; else whom it costs ("costing its
    members about 400,000 euros" -> "cost to members")."""
    cost = _COST.search(left)
    if not cost:
        return ""
    before = _VERB_CHAIN.sub("", left[:cost.start()])
    before = re.sub(r",\s*(?:which|who|whose|where|when)\b[^,;]*,?\s*$", "", before)
    clause = "" if before.rstrip().endswith(",") else before[_clause_start(before, len(before)):]
    # The noun phrase right before the verb: "expects the two-day strike to cost": the strike.
    last = re.search(r"(?:^|\b(?:the|a|an|its|their|this|that|these|those)\s+)((?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*$", clause,
                     re.IGNORECASE)
    subject = _subject(last.group(1)) if last else ""
    if subject and _meaningful(subject):
        return f"cost of {subject}"
    whom = _clean(cost.group("obj").split())
    return f"cost to {whom}" if whom and _meaningful(whom) and not re.search(r"\d", whom) else ""


def _inherited(previous: list[_Found]) -> str:
    """The counted noun an earlier count of the sentence gives ("1,900 people were injured
    and 38 remain missing")."""
    return next((p.counted for p in reversed(previous) if p.kind == "count" and p.counted), "")


def _relative_agent(right: str) -> str:
    """"$3.2 billion the United Nations had sought" -> "sought by the United Nations"."""
    relative = re.match(r"\s+(?:that\s+|which\s+)?(?P<agent>" + _NAME + r")\s+(?:had\s+|has\s+|have\s+|would\s+|"
                        r"will\s+)?(?P<verb>\w+)\b", right)
    if relative and _TRANSFER_FORMS.fullmatch(relative.group("verb")):
        return f"{_participle(relative.group('verb'))} by {_lower_name(relative.group('agent'))}"
    return ""


_BE = r"(?:were|was|have been|had been|has been|are|is|being|remain|remained|are still|were still)"
_KNOWING = frozenset("known confirmed reported understood".split())
_BELIEVING = frozenset("believed thought presumed feared said".split())
_RAISED = re.compile(r"(?:\s+" + _BE + r")?(?:\s+(?:still|now|reportedly|also|all))?\s+(?P<q>"
                     + "|".join(sorted(_KNOWING | _BELIEVING)) + r")\s+to\s+(?:have\s+(?:been\s+)?|be\s+)(?P<x>[a-z]+)\b")
"""A count raised out of a verb of knowing or belief: "were known to have died", "are feared to be dead"."""


_WHEN_WORDS = frozenset("year years month months week weeks weekend day days morning afternoon evening night "
                        "spring summer autumn winter quarter".split())


def _of_when(word: str) -> bool:
    """Whether *word* names a time ("Jan", "Tuesday", "2025", "week"), not a place."""
    low = word.lower()
    return low[:1].isdigit() or low in _WHEN_WORDS or len(low) >= 3 and any(day.startswith(low) for day in _CALENDAR)


def _measure_right(sentence: str, found: _Found, previous: list[_Found]) -> str:
    """What a figure measures, read from the words after it."""
    right = sentence[found.end:]
    counted = found.counted or (_inherited(previous) if found.kind == "count" else "")
    if found.state:
        return f"{counted} {found.state}" if counted and counted not in _DIMENSIONS else found.state
    if found.kind == "percent":
        share = re.match(r"\s+of\s+(?P<np>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*(?:[,.;]|$|\b(?:and|in|by|were|was|"
                         r"are|is|had|have|against|from|to|at)\b))", right)
        if share:
            np = _clean(share.group("np").split())
            if _meaningful(np):
                return f"share of {np}"
    # What a count is known, reported or feared to have become: "10 people were now known to have
    # died", "14 workers are believed to have been killed". The verb of knowing only says how the
    # count is known (a confirmed toll is the toll); one of belief keeps the count an estimate
    # ("people feared drowned", see `stance`).
    raised = _RAISED.match(right)
    if raised and found.kind == "count" and counted:
        became = raised.group("x")
        if became in _PARTICIPLES or became in _STATES or (_is_past_verb(became) and became not in _NOUN_STOP):
            how = raised.group("q")
            return _counted_label(counted, became if how in _KNOWING else f"{how} {became}")
    # Passive or reduced relative: "$8 million was pledged by Japan", "1,900 people were injured",
    # "the 22,000 people left homeless", "The 19 crew members of the tanker ... were freed", "About 340 homes
    # in the Lowtown district were flooded" (a phrase of where between the count and its verb).
    passive = re.match(
        r"(?:\s+(?:of|in|at|on|across|along|near|around)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+?(?=\s+" + _BE
        + r"\b))?"
        r"(?:\s+(?:who|that|which))?(?P<aux>\s+" + _BE + r")?(?:\s+(?:still|now|reportedly|also|all))?"
        r"\s+(?P<part>[a-z]+)(?:\s+(?P<comp>[a-z]+))?"
        r"(?:[^,.;]{0,30}?\s+by\s+(?P<agent>" + _NAME + r"|(?:the\s+)?[a-z]{4,}))?", right)
    if passive and (where := re.match(r"\s+(?:in|at|on|across|along|near|around)\s+(?P<np>[^,.;]*)",
                                      right[:passive.start("part")])) and any(
            _of_when(w) for w in re.findall(r"[\w'’-]+", where.group("np"))):
        passive = None  # "the 10 meeting in Jan was cancelled": a phrase of when, no place the count stands in
    if passive:
        part = passive.group("part")
        is_part = part in _PARTICIPLES or part in _STATES or (_is_past_verb(part) and part not in _NOUN_STOP)
        agent = passive.group("agent") or ""
        if agent.lower() in _CALENDAR or agent.split()[-1:] and agent.split()[-1].lower() in _CALENDAR:
            agent = ""
        if is_part and found.kind == "money" and (passive.group("aux") or agent or part in _PARTICIPLES):
            return f"{part} by {_lower_name(agent)}" if agent else (part if part in _PARTICIPLES else "")
        real = passive.group("aux") or part not in _STATES or part in _PARTICIPLES or _is_past_verb(part)
        if not passive.group("aux") and (passive.group("comp") or "") in _DETERMINERS | _PRONOUNS | {"that", "to"}:
            real = False  # "two officials confirmed the plan": what they did, not what happened to them
        if is_part and real and found.kind == "count" and counted and part != "remain":
            comp = passive.group("comp") or ""
            extra = f" {comp}" if part in ("left", "taken", "held", "declared", "reported", *_KNOWING, *_BELIEVING) \
                and comp in _STATES else ""
            return _counted_label(counted, part, extra)
    # "380,000 customers had their personal details stolen": the customers whose details were.
    had = re.match(r"\s+(?:had|have|has)\s+(?:their|its|his|her)((?:\s+[a-z][\w-]*){2,4})", right)
    if had and found.kind == "count" and counted:
        words = had.group(1).split()
        at = next((i for i, w in enumerate(words) if i and (w in _PARTICIPLES or _is_past_verb(w))), 0)
        if at and not any(w in _NOUN_STOP for w in words[:at]):
            return f"{_counted_label(counted, 'with')} {' '.join(words[:at])} {words[at]}"
    if found.kind == "count" and found.counted:
        pp = re.match(r"\s+(?P<prep>in|of)\s+(?P<np>(?!the\b)[a-z][\w-]+)", right)
        if pp and pp.group("np") not in _NOUN_STOP and not _is_past_verb(pp.group("np")):
            if found.unit != unit_head(found.unit) and pp.group("prep") == "of":
                return pp.group("np")  # "38 parts per billion of benzene": a reading of benzene
            return f"{found.counted.lower()} {pp.group('prep')} {pp.group('np')}"
    noun = found.noun
    if noun and noun not in _NOUN_STOP and found.kind in ("money", "percent"):
        after_noun = right[1 + len(noun):]
        follow = re.match(r"\s+(?P<prep>in|from|by|for|to)\s+(?P<np>" + _NAME + r"|[a-z][\w-]+(?:\s+[a-z][\w-]+)?)",
                          after_noun)
        owner = re.search(r"(" + _NAME + r")['’]s\s+$", sentence[:found.start])
        if noun in _CHANGE_NOUNS and follow and follow.group("prep") == "in":
            np = _clean([w for w in follow.group("np").split() if w not in _NOUN_STOP])
            return f"{noun} in {np}" if np else ""
        if not _is_past_verb(noun) and noun not in _LEVEL_VERBS | _RISE_VERBS | _FALL_VERBS \
                and not noun.endswith(("ly", "ing")) and _meaningful(noun):
            if owner:
                return f"{noun} by {_lower_name(owner.group(1))}"
            if follow and follow.group("prep") in ("from", "by") and follow.group("np")[:1].isupper():
                return f"{noun} {follow.group('prep')} {_lower_name(follow.group('np'))}"
            return _compound(noun, after_noun)
    if found.kind == "money":
        aid = re.match(r"\s+in\s+(?P<np>(?:[a-z][\w-]+\s+)?[a-z][\w-]+)\b", right)
        if aid and _meaningful(aid.group("np")) and not any(w in _NOUN_STOP for w in aid.group("np").split()):
            return aid.group("np")
    return ""


_COMPOUND_WORD = re.compile(r"\s+([a-z][a-z-]*)\b(?![’'])")
_COMPOUND_STOP = frozenset("for to in from by of on at with that which who and or but as than the a an".split())


def _compound(noun: str, after: str) -> str:
    """The noun after an amount with the nouns that complete it ("a €2 million emergency relief
    fund" -> "emergency relief fund"; "$40 million contract" stays "contract"): at most two more
    lower-case words, up to a preposition, a verb, punctuation or the end."""
    words, at = [noun], 0
    while len(words) < 3 and (match := _COMPOUND_WORD.match(after, at)):
        word = match.group(1)
        if word in _CHANGE_NOUNS and not words[-1].endswith("s"):
            words.append(word)  # "a 9 percent pay rise": the change is the head ("pay rises" would be a verb)
            break
        if word in _COMPOUND_STOP or word in _NOUN_STOP or word in _TIME_DETERMINERS or word in _TIME_NOUNS \
                or _is_past_verb(word) or word.endswith(("ly", "ing")) \
                or word in _LEVEL_VERBS | _RISE_VERBS | _FALL_VERBS:
            break
        words.append(word)
        at = match.end()
    return " ".join(words) if len(words) > 1 and _meaningful(words[-1]) else noun


_TALLY_REACHED = re.compile(
    r"\b(?:(?:toll|tally|total|count)\b(?:\s+(?:of|from|in|on|at)\s+[^,.;:]{1,60}?)?|number\s+of\s+[^,.;:]{1,100}?)"
    r"\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:now\s+)?(?:risen|rose|rises|climbed|climbs|increased|jumped|reached|reaches|grown|grew|fallen|fell|"
    r"dropped|stands|stood|revised|raised|lowered)(?:\s+(?:at|to))?\s+$", re.IGNORECASE)
"""A tally whose verb of level takes a number in words as its value: "the death toll ... has risen to nine",
"The number of people killed when the levee failed rose to seven"."""


def _word_count(sentence: str, match: re.Match[str]) -> _Found | None:
    """A count written in words ("Five people were killed", "left seven dead"): only with the noun
    or the state it counts, not part of a compound ("five-year-old", "one-off")."""
    if re.match(r"[-‐'’]\w", sentence[match.end():]) or re.search(r"[-‐]$", sentence[:match.start()]):
        return None
    value = float(_WORD_VALUES[match.group("tens").lower()] + _UNITS_WORDS.get((match.group("unit") or "").lower(), 0))
    counted, end = _counted(sentence, match.end())
    state = None if counted else _state_after(sentence, match.end())
    if not counted and not state and not re.match(r"\s+" + _BE + r"\b", sentence[match.end():]) \
            and not _TALLY_REACHED.search(sentence[:match.start()]):
        return None
    unit = counted.split(" and ")[0].split()[-1].lower() if counted else ""
    return _Found(start=match.start(), lead=match.start(), end=state.end() if state else end, num_end=match.end(),
                  value=value, unit=unit, kind="count", counted=counted, noun="",
                  state=state.group(1).lower() if state else "")


def _happened(sentence: str, item: _Found, done: list[_Found]) -> bool:
    """Whether a count's measure is its counted noun and what happened to it, or its state; not
    when a preposition governs the number ("Schools on the two largest islands closed", "drilled
    over three days")."""
    if re.search(r"\b(?:on|in|at|of|from|to|with|for|between|among|across|over|under|by|near|within|after|"
                 r"before|during)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?$", sentence[:item.start],
                 re.IGNORECASE):
        return False
    counted = (item.counted or _inherited(done[:done.index(item)])).lower()
    rest = item.measure[len(counted):].split() if counted and item.measure.lower().startswith(counted + " ") else []
    # What happened is told after the count ("Seven people died"), not read off a verb before it
    # ("bringing all fourteen men home").
    return bool(item.measure) and (item.measure == item.state or bool(rest) and re.search(
        r"\b" + re.escape(rest[0]) + r"\b", sentence[item.end:]) is not None and (
        rest[0] in _STATES or _is_past_verb(rest[0]) or rest[0] in _PARTICIPLES))


_FORECAST_NOUN = re.compile(_FORECAST_NOUNS)
"""The nouns of a stated amount `_REVISED_TO` reads ("forecast", "estimate"): a measure in any unit."""


def _dimension_measure(sentence: str, item: _Found, measure: str) -> str:
    """A figure in a unit of measure says what it measures with its dimension: "a speed limit of
    30 km/h", "cracks of up to 30 centimetres" (length of cracks), "lorries over 7.5 tonnes"
    (weight limit for lorries), "a 40-tonne weight limit", "18,000 tonnes of methanol"; any other
    label ("7.5 tonnes | lorries") says too little, and the figure gets none."""
    dimension = _DIMENSIONS.get(item.unit)
    if not dimension or item.kind != "count":
        return measure
    if item.modifies:  # "a 40-tonne weight limit"; "the 410-metre level", "a 60-centimetre shaft" say no dimension
        np = _clean(item.modifies.lower().split())
        if not _DIMENSION_WORDS & set(np.split()):
            return ""
        if np in _DIMENSION_WORDS:  # "a 6-metre length": of what, or nothing ("a 40-tonne weight limit" says)
            of = re.match(r"\s+" + re.escape(item.modifies) + r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?P<noun>[a-z][\w-]*)\b",
                          sentence[item.end:])
            noun = of.group("noun") if of else ""
            return f"{np} of {noun}" if noun and noun not in _NOUN_STOP and _meaningful(noun) else ""
        return np
    words = {w.lower() for w in _WORD.findall(measure)}
    if measure and (_DIMENSION_WORDS & words or measure.lower().startswith(f"{item.counted.lower()} of ")):
        return measure
    if measure and _FORECAST_NOUN.fullmatch(_WORD.findall(measure)[-1].lower()):
        return measure  # "cut its wheat harvest forecast to 24 million tonnes": a forecast is of an amount in the unit
    # "revised its advice for 2027 to 590,000 tonnes", "set its quota at 130,000 tonnes": the
    # object a value is set on is what the amount is of ("weight of advice", as "advice of 739,000
    # tonnes" reads)
    set_on = _ESTIMATED.search(sentence[:item.start])
    if measure and set_on and " " not in measure and set_on.group("obj").split()[0] == measure \
            and not _is_past_verb(measure):
        return f"{dimension} of {measure}"
    left = sentence[_clause_start(sentence, item.start):item.start]
    for pattern, label in ((r"\s+of\s+", "{} of {}"), (r"\s+(?:weighing\s+)?" + _THRESHOLD + r"\s+", "{} limit for {}")):
        tied = re.search(r"\b(?P<np>[A-Za-z][a-z-]+)" + pattern + _QUANT + r"$", left)
        noun = tied.group("np").lower() if tied else ""
        verb = tied and re.search(r"\b(?:must|will|would|can|could|should|may|might|to|not|cannot)\s+$",
                                  left[:tied.start("np")])
        if noun and not verb and noun not in _NOUN_STOP and noun not in _PRONOUNS and not _is_past_verb(noun) \
                and not noun.endswith(("ing", "ly")) and _meaningful(noun):
            return label.format(dimension, noun)
    return ""


_AND_SAID = re.compile(r"\s(?:and|but)\s+(?:it\s+|they\s+|he\s+|she\s+)?(?:said|says|added|adds|announced|told|warned|noted)\b")
_AND_NEW_SUBJECT = re.compile(r"\s(?:and|but|or)\s+(?:(?P<pronoun>it|they|he|she|we)|(?P<det>the|its|their|his|her|our|this|"
                              r"that|these|those|a|an)|(?=[A-Z][a-z]))\s*")
"""An "and" that may open a coordinated clause with a subject of its own: a pronoun, a noun phrase
opened by a determiner, or a name."""
_FINITE_WORD = re.compile(r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|"
                          r"does|remains|remained|said|says)")
_AFTER_FINITE = re.compile(r"\s+(?:in|on|at|by|from|to|until|next|last|this|early|late|later|before|after|"
                         r"the|its|their|a|an|again|soon)\b|\s*[,.;]|\s*$")


def _coordinated_clause(sentence: str, start: int, end: int) -> int:
    """Where a coordinated clause with its own subject and finite verb opens between *start* and *end*
    ("down 23 percent from a year ago and the loan resets in June"; "and it will vote in May"), or -1.
    Its words (and the period it names) tell of its own subject, not of a figure before the "and"."""
    for match in _AND_NEW_SUBJECT.finditer(sentence, start, end):
        # a pronoun is the whole subject; a determiner or a name opens a noun phrase of a few words
        first = 0 if match.group("pronoun") else 1
        previous = match.group("det") or ""
        for i, word in enumerate(re.finditer(r"[A-Za-z][\w'’-]*", sentence[match.end():end])):
            if i > 5 or re.search(r"[^\s]", sentence[match.end():end][word.start() - 1:word.start()] if word.start()
                                  else ""):
                break  # punctuation or too long a phrase: no clause of that shape
            if i < first:
                previous = word.group(0)
                continue
            low = word.group(0).lower()
            after = sentence[match.end() + word.end():end]
            # a present tense ("the loan resets in June") follows a singular head: not a possessive, a
            # plural or a participle ("the company's shares in June", "the related costs in 2024")
            head = previous.lower()
            if _FINITE_WORD.fullmatch(low) or _is_past_verb(low) \
                    or (low.endswith("s") and not low.endswith(("ss", "'s", "’s", "us", "is"))
                        and not word.group(0)[:1].isupper() and _AFTER_FINITE.match(after) is not None
                        and previous[:1].islower() and not head.endswith(("'s", "’s", "s", "ed", "ing"))
                        and head not in _DETERMINERS):
                return match.start()
            previous = word.group(0)
    return -1


def _period(sentence: str, found: _Found, figures: list[_Found]) -> str:
    """The period the figure's own clause gives ("in the first quarter", "last year"); a
    period right after another figure is that figure's, and a comparison base ("up from a
    year earlier") is nobody's but the figure right before it."""
    start, end = _clause_start(sentence, found.start), _clause_end(sentence, found.end)
    # "raised its guidance to $1,480 an ounce and said it had put off the buyback until 2027": a
    # second verb of saying opens a clause of its own, whose period is not the figure's.
    said = _AND_SAID.search(sentence, found.end, end)
    end = said.start() if said else end
    # "Sawlog prices are down 23 percent from a year ago and the Ostrava Creek loan resets in June": a
    # coordinated clause with its own subject and verb tells its own period, not the figure's.
    coordinated = _coordinated_clause(sentence, found.end, end)
    end = coordinated if coordinated >= 0 else end
    best = ""
    best_distance = len(sentence)
    for m_start, m_end, text, compared in _periods(sentence):
        if found.start <= m_start < found.end or _names_a_thing(sentence, m_start, m_end):
            continue
        owner = None
        for other in figures:  # a period right after a figure belongs to it
            gap = sentence[other.end:m_start]
            if 0 <= m_start - other.end and len(gap.split()) <= 2 and not re.search(r"[,;]", gap) \
                    and not re.search(r"\b(?:than|from|since|compared|against|versus)\b", gap):
                owner = other
        if owner is not None:
            if owner is found:
                return _period_text(text)
            continue
        if compared:
            continue
        inside = start <= m_start < end
        opening = m_start < 40 and re.match(r"^(?:In|During|For|Over|At|Last|This|By)\b[^,]{0,50},",
                                            sentence) and m_end <= sentence.find(",")
        if not (inside or opening):
            continue
        distance = 0 if inside else len(sentence)
        distance += abs(m_start - found.end) if m_start >= found.end else found.start - m_end
        if distance < best_distance:
            best, best_distance = text, distance
    return _period_text(best)


_YEAR_AS_TIME = re.compile(r"\b(?:in|for|during|by|since|until|till|from|to|through|over|before|after|as|at|within|"
                           r"between|than|throughout|into|of\s+(?:the\s+)?(?:end|start|beginning|middle|rest)|"
                           + "|".join(MONTHS) + r")\s+$", re.IGNORECASE)
"""What makes a year after it a time ("in 2024", "by March 2027", "by the end of 2026")."""
_DUE_YEAR = re.compile(r"\b(?:due|maturing|expiring|dated)\s+(?:(?:in|on)\s+)?(?:(?:" + "|".join(MONTHS)
                       + r")\s+)?$", re.IGNORECASE)
"""A year a thing falls due in ("the notes due 2027", "bonds maturing in March 2030"): which thing, not when."""
_THING_AFTER_YEAR = re.compile(r"(?:\s*(?:,|and|or|&)\s*(?:19|20)\d\d)*\s+(?:[a-z]+[-\s])?(?P<noun>[a-z]{3,}s)\b(?!['’])")
_SPAN_NOUNS = frozenset(
    "years seasons quarters halves months weeks periods terms sessions sales earnings profits revenues results "
    "losses returns receipts takings figures totals numbers accounts".split())
"""Plural heads a year before them makes the span a figure is counted over ("its 2024 sales", "the 2025
results"), not the name of a thing dated by the year."""


def _names_a_thing(sentence: str, start: int, end: int) -> bool:
    """Whether a bare year at *start*..*end* names a thing it dates rather than a time: before a
    plural noun, not after a preposition ("the 2027 notes", "its 2030 bonds", "Orbanet's 2027 and
    2029 notes", "the 2022 guidelines"), or the year a thing falls due ("notes due 2027"). It says
    which thing, not the period a figure of the sentence is counted over."""
    if not _YEAR.fullmatch(sentence[start:end]):
        return False
    before = sentence[max(0, start - 60):start]
    if _DUE_YEAR.search(before):
        return True
    if (listed := re.search(r"((?:19|20)\d\d)\s*(?:,|and|or|&)\s*$", before)) is not None:
        first = start - len(before) + listed.start(1)  # "the 2027 and 2029 notes": as the first year of the list
        return _names_a_thing(sentence, first, first + 4)
    if _YEAR_AS_TIME.search(before) or re.search(r"(?:19|20)\d\d\s*(?:to|-|–)\s*$", before):
        return False
    after = _THING_AFTER_YEAR.match(sentence, end)
    noun = after.group("noun").lower() if after else ""
    return bool(noun) and noun not in _SPAN_NOUNS and not noun.endswith("ss")


@functools.lru_cache(maxsize=4096)
def _periods(sentence: str) -> tuple[tuple[int, int, str, bool], ...]:
    """The periods a sentence names (start, end, text, and whether a comparison word comes right
    before: "up from last year", or the start of a running total: "since January 2025"), read once per sentence rather than once per figure in it (a
    sentence of thousands of figures made that quadratic)."""
    return tuple((match.start(), match.end(), match.group(0), bool(re.search(
        r"\b(?:from|than|since|compared with|compared to|against|versus|up from|down from)\s+(?:(?:in|during)\s+)?(?:the\s+)?"
        # "since January 2025", "since early 2024": the start of a running total, no period of its own
        r"(?i:(?:early|late|(?:the\s+)?(?:start|end|beginning|middle)\s+of|" + "|".join(MONTHS) + r")\s+)?$",
        sentence[:match.start()]))) for match in _PERIOD.finditer(sentence))


def _period_text(period: str) -> str:
    """A period as one text however its clause told it: "First-month revenue" and "in its first
    month" are one period ("first month")."""
    told = re.fullmatch(r"(first|second|third|opening)[ -](month|week|season)", period, re.IGNORECASE)
    return f"{told.group(1).lower()} {told.group(2).lower()}" if told else period


_TALLY_WORDS = frozenset("number numbers total totals count tally figure figures estimate estimates sum amount "
                         "level".split())
"""Heads of a noun phrase that says only that a number is given, not what it counts."""
_REVISION_WORDS = frozenset("correct corrected revised real actual true new updated right earlier original initial "
                            "previous first final latest lower higher".split())
"""Words that say a value is new, right or replaced ("the correct estimate"), not what it measures."""
_TALLY_OF = re.compile(r"\b(?:number|count|tally|total)\s+of(?=\s)", re.IGNORECASE)


def _named(sentence: str, item: _Found, done: list[_Found]) -> str:
    """The measure with what it counts named: "the number of measles cases tied to ..." counts
    measles cases (the head of the counted phrase, which becomes the unit); a measure whose head
    only says a number is given ("total", "the earlier figure") takes the counted noun of an
    earlier count in the sentence ("five more cases, bringing the total to 17"), else none."""
    measure = item.measure
    # "the number of households told to boil their water rose to 18,200": households, whatever the
    # clause's last noun
    # the number of those killed "when the dike failed rose to seven": a clause inside the tally's phrase
    # is no clause of the count's own
    reached = _TALLY_REACHED.search(sentence[:item.start])
    tallied = _TALLY_OF.match(measure) or item.kind == "count" and not item.unit and (
        _TALLY_OF.search(sentence, _clause_start(sentence, item.start), item.start)
        or reached is not None and _TALLY_OF.match(reached.group()))
    words = measure.split()
    if not words and not tallied:
        return measure
    if tallied:
        tally = [m for m in _TALLY_OF.finditer(sentence, 0, item.start)]
        counted, end = _counted(sentence, tally[-1].end()) if tally else ("", 0)
        counted = " ".join(w for w in counted.split() if w.lower() not in _NOUN_STOP)
        if counted and item.kind == "count" and not item.unit:
            item.unit = counted.split()[-1].lower()  # "the number of people evacuated has risen to 4,500": people
        participle = re.match(r"\s+([a-z]+)\b(?!\s+(?:to|with)\b)", sentence[end:])
        if counted and participle and (participle.group(1) in _PARTICIPLES or _is_past_verb(participle.group(1))
                                       or participle.group(1) in _STATES):
            counted += " " + participle.group(1)  # "the number of people evacuated", not "cases linked to"
        if not counted or not _meaningful(counted):
            return ""
        return counted if counted[1:2].isupper() else counted[:1].lower() + counted[1:]
    if words[-1].lower() in _TALLY_WORDS and all(w.lower() in _REVISION_WORDS for w in words[:-1]):
        words = words[-1:]  # "the correct estimate was": a value, not what it measures
    if words[-1].lower() in _TALLY_WORDS and len(words) > 1 and item.unit != unit_head(item.unit):
        return measure  # "the peak level was 29 parts per billion": a reading, its level named
    if words[-1].lower() in _TALLY_WORDS:
        inherited = _inherited(done) if item.kind == "count" else ""
        increment = list(re.finditer(r"\b(?:more|further|additional|new|extra)(?=\s)", sentence[:item.start]))
        if not inherited and increment and item.kind == "count":
            inherited = _counted(sentence, increment[-1].end())[0]  # "five more measles cases, bringing the total"
        inherited = " ".join(w for w in inherited.split() if w.lower() not in _NOUN_STOP)
        if inherited and not item.unit:
            item.unit = inherited.split()[-1].lower()
        return inherited
    return measure


_SETTLEMENT = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:town|towns|city|cities|village|villages|suburb|borough|county|"
    r"district|municipality|province|region|island|country|nation|community|state|hamlet|parish)\s+of\s+"
    + _QUANT + r"$", re.IGNORECASE)
"""A place told by its size ("Port Ellery, a town of about 9,000 people"): its population is
background to the story, not a figure of it."""


_FORECAST_VERB = re.compile(
    r"\b(?:forecast|forecasts|forecasting|forecasted|predicts?|predicted|predicting|projects?|projected|projecting|"
    r"expects?|expected|expecting)\s+(?:(?!to\s)[\w'’-]+\s+|to\s+(?:reach|hit|top|exceed|total|rise|grow|climb|fall|"
    r"drop|decline|increase|generate|double)\s+){0,6}?" + _QUANT + r"$", re.IGNORECASE)
"""A verb of forecasting whose object ends at the figure ("forecast peak annual sales of", "expects
revenue to reach"); not "expects to cut 240 jobs" (a plan) nor "expects the strike to cost it" (what
the sentence says it costs)."""
_FUTURE_LEVEL = re.compile(
    r"\b(?:will|would|could|may|might|(?:is|are|was|were)\s+(?:expected|forecast|projected|set|likely)\s+to)\s+"
    r"(?:\w+\s+)?(?:reach|hit|top|exceed|total|rise|grow|climb|fall|drop|decline|increase|generate|double)\b",
    re.IGNORECASE)
"""A value told as still to come ("sales would reach", "revenue is expected to rise"): a forecast."""
_GERUND_FORECAST = re.compile(r"^(?:forecasting|predicting|projecting|expecting)\s+", re.IGNORECASE)
_SUBJECT_VERBS = frozenset("said says told has have had is was are were sees see expects expect forecast forecasts predicts projects keeps "
                           "sets puts now also still raised cut lifted lowered kept set put".split())
_HOLDER_NAME = re.compile(r"(?:[A-Z][\w'’.-]*|&)(?:\s+(?:[A-Z][\w'’.-]*|&|of|and|de))*")
_OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+(?:&\s+)?[A-Z][\w.-]*){0,3})['’]s\s+(?:[\w-]+\s+){0,4}"
                           + _QUANT + r"$")

_APPOSED_FIRM = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:at|of|with)\s+"
                           r"(?P<org>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|&|of|and))*),\s")
"""A person told by their firm in apposition ("Marta Ruiz, an analyst at Colbert Partners, ..."): the firm."""


def _forecast(sentence: str, item: _Found, measure: str) -> str:
    """The measure of a value given as a forecast, named so: "forecast peak annual sales of $4.2
    billion" is a "peak annual sales forecast", "forecasting peak sales of" drops its verb, and what
    "would reach" is forecast too, never the actual measure."""
    if not measure or stance(Figure(text="", value=0, unit="", measures=measure)):
        return measure
    clause_at = _clause_start(sentence, item.start)
    left = sentence[clause_at:item.start]
    told = _FORECAST_VERB.search(left) or _GERUND_FORECAST.match(measure) or _FUTURE_LEVEL.search(left)
    if not told:
        return measure
    return f"{_GERUND_FORECAST.sub('', measure)} forecast"


def _subject_name(text: str) -> str:
    """The name a clause opens with as its subject, right before its verb: the firm of a person or
    of a group named with one ("Jonah Steele of Barclay & Finch", "Analysts at Morgan Hale":
    the firm), else the name ("Barclay & Finch reiterated"); "" for a common noun or a pronoun."""
    words = text.split()
    while words and words[0].lower() in ("and", "but", "or", "while", "whereas", "then"):
        words = words[1:]
    verb = next((i for i, w in enumerate(words[:9]) if w[:1].islower() and (
        _is_past_verb(w) or w in _SUBJECT_VERBS)), -1)
    if verb < 1:
        return ""
    subject = " ".join(words[:verb]).strip(",")
    firm = re.search(r"\s(?:of|at|from|with)\s+(?P<org>(?:the\s+)?[A-Z].*)$", subject)
    if firm and _HOLDER_NAME.fullmatch(firm.group("org").removeprefix("the ")):
        return _lower_name(firm.group("org"))
    named = subject.removeprefix("The ").removeprefix("the ")
    if named.lower() in _PRONOUNS:
        return ""
    if _HOLDER_NAME.fullmatch(named) and not _plural_noun(named) and named.split()[0] not in ("A", "An"):
        return _lower_name(subject)
    return ""


def _held(sentence: str, item: _Found, measure: str) -> str:
    """A target, forecast, estimate or guidance named with whose it is, where its sentence names
    them: the subject of its clause, or of the sentence when the clause has none of its own
    ("..., setting a target price of $64"), or an owner ("Morgan Hale's target"): "target price
    from Barclay & Finch". Two firms' targets are two quantities, never one's earlier value."""
    if not measure or stance(Figure(text="", value=0, unit="", measures=measure)) not in ("target", "expected") \
            or re.search(_HOLDER, measure):
        return measure
    clause_at = _clause_start(sentence, item.start)
    left = sentence[clause_at:item.start]
    owner = _OWNER_BEFORE.search(left)
    if owner and not _plural_noun(owner.group("owner")):
        return f"{measure} from {owner.group('owner')}"
    name = _subject_name(left)
    apposed = _APPOSED_FIRM.match(sentence)
    if not name and apposed and apposed.end() <= clause_at:
        name = _lower_name(apposed.group("org"))  # "Marta Ruiz, an analyst at Colbert Partners, set"
    if not name and clause_at:
        opening = re.sub(r"^\s*(?:and|but|or|then)\s+", "", left)
        first = opening.split()[0] if opening.split() else ""
        if first.lower().endswith("ing") or first.lower() in _SUBJECT_VERBS | {"he", "she", "they", "it", "we"} \
                or _FORECAST_VERB.match(opening):
            name = _subject_name(sentence[:_clause_end(sentence, 0)] + " ")
    return f"{measure} from {name}" if name else measure


_DURATIONS = frozenset("seconds minutes hours days nights weeks fortnights months years decades".split())
"""Units of time: a count of them after "for", "over", "within" is a duration, a measure only
when its phrase says of what ("52 days in captivity")."""


_TO_LEVEL = re.compile(r"^[^,;.]{0,12}\bto\s+[a-z]+\s+(?:at|on)\s+$", re.IGNORECASE)
"""Between a change and the level it went to: "6.3 per cent to close at", "4% to end at"."""


_IN_WHAT = re.compile(r"^\s+in\s+(?P<np>(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*s)\b(?!\s+(?:of|and)\b)")
"""After an amount, the plural noun phrase it is an amount of ("£7 million in unpaid transfer fees")."""
_AFTER_VERB = re.compile(r"^\s+(?:(?:at|to|by|around|about|near|some|almost|nearly|roughly|only|just|over|under)\s+)*$")
_RELATIVE = frozenset("which that who".split())


def _antecedent(text: str) -> str:
    """The noun phrase a relative pronoun after *text* stands for ("repay the club's loans from its
    chairman, which ..." -> "club's loans from its chairman"): from the last determiner that a
    preposition does not govern; "" when there is none."""
    words = _WORD.findall(text.rstrip(" ,"))
    for at in range(len(words) - 1, -1, -1):
        if words[at].lower() in _DETERMINERS and (at == 0 or words[at - 1].lower() not in STOP_WORDS
                                                  or words[at - 1].lower() in _DETERMINERS):
            phrase = _clean(words[at:])
            return phrase if _meaningful(phrase) and len(phrase.split()) <= 6 else ""
    return ""


def _readable(sentence: str, item: _Found, measure: str) -> str:
    """The measure as a noun phrase a reader understands alone, taken again from the figure's own
    clause when it is not one, else "" (precision first). Not one: a label whose head is the unit
    ("hours needed", "litres of drinking"), a verb that takes the figure ("stand" of "which stand
    at £52 million"), a noun the amount is not of ("discovery" of "the discovery of £7 million in
    unpaid fees"), an agent that is a verb ("paid by expect"), or a head that only says a number is
    given ("average", "total")."""
    words = measure.split()
    after = sentence[item.end:]
    # "£7 million in unpaid transfer fees": what the amount is of, whatever noun governs it.
    what = _IN_WHAT.match(after) if item.kind == "money" else None
    if what and len(words) <= 1 and not any(w in _TIME_NOUNS or w in _CALENDAR or w in _NOUN_STOP
                                            for w in what.group("np").split()):
        return what.group("np")
    if not words:
        return measure
    unit = unit_head(item.unit).lower()
    head = words[0].lower()
    if (unit in _DIMENSIONS or unit in _DURATIONS) and head in {unit, unit + "s", unit.rstrip("s")}:
        # A unit of measure is no measure ("48 hours | hours needed"); what a quantity of it is of
        # is, whole ("50 billion litres of drinking water", not "litres of drinking").
        of = re.match(r"\s+of\s+(?P<noun>[a-z][a-z-]*)", after)
        if of and len(words) > 1 and words[1] == "of":
            noun = _compound(of.group("noun"), after[of.end():])
            return f"{words[0]} of {noun}" if _meaningful(noun) else ""
        if len(words) > 2 and words[1] in STOP_WORDS - _DETERMINERS and words[1] != "of":
            return measure  # "days in captivity": the unit with what it was spent on
        return ""
    # "... which stand at £52 million", "the price reflects A$2.75": a word right before the figure
    # (or a preposition before it) after a subject is that clause's verb, not what is measured.
    if len(words) == 1 and measure.islower():
        for found in re.finditer(r"\b" + re.escape(measure) + r"\b", sentence[:item.start]):
            if not _AFTER_VERB.match(sentence[found.end():item.lead]):
                continue
            before = _WORD.findall(sentence[:found.start()])
            if not before:
                break
            prior = before[-1].lower()
            if prior in _RELATIVE:
                return _antecedent(sentence[:sentence.rfind(before[-1], 0, found.start())])
            if prior not in STOP_WORDS and prior not in _NOUN_STOP and before[-1].islower() \
                    and not _is_past_verb(prior) and not prior.endswith("ing"):
                return ""  # "the price reflects A$2.75": the subject names no measure alone
    # "paid by expect": an agent that is a verb before an infinitive ("Bidders expect to pay")
    agent = re.search(r"\bby\s+(?P<agent>[a-z]+)$", measure)
    if agent and re.search(r"\b" + agent.group("agent") + r"\s+to\s", sentence[:item.start]):
        return ""
    if all(w.lower() in _TALLY_WORDS | _AVERAGES for w in words):
        return ""
    return measure


_SUBJECT_PRONOUNS = frozenset("i we you he she they".split())
_HYPHEN_MODIFIER = re.compile(r"[-‐–][a-z]+\s+[a-z]")
"""A number joined by a hyphen to a word before a noun ("60-hour weeks", "a 500-bed ward"): a modifier."""


def _trimmed(sentence: str, item: _Found, measure: str) -> str:
    """The measure as a noun phrase, never a dangling piece of its clause: no function word or
    preposition at its end ("hectares of potatoes near" of "... potatoes near Emmeloord"), no verb
    at its start that follows a subject pronoun ("expect" of "we expect increases of 10-15%": the
    increases are the measure, forecast); and no measure for a number with no unit that is half of
    a hyphenated modifier ("had worked 60-hour weeks": the 60 counts hours of a week, no quantity
    the story reports)."""
    if not item.unit and _HYPHEN_MODIFIER.match(sentence, item.end):
        return ""
    words = measure.split()
    # "5 million US dollars a day in revenue": the currency the figure already shows is no part of what
    # it measures, nor the preposition that joined the two ("revenue"); "52 days in captivity" keeps its noun
    unit_words = [w.lower() for w in sentence[item.lead:item.end].split() if w[:1].isalpha()]
    if len(words) > 1 and words[0].lower() in unit_words and words[0].lower() not in STOP_WORDS \
            and any(word in _CURRENCY_WORDS for word in unit_words):
        unit_words = unit_words[unit_words.index(words[0].lower()):]
        rest = words
        while len(rest) > 1 and unit_words and rest[0].lower() == unit_words[0]:
            rest, unit_words = rest[1:], unit_words[1:]
        if len(rest) > 1 and rest[0].lower() in ("in", "of"):
            words = rest[1:]  # not "passengers and crew carried": the counted noun then what befell it
    while len(words) > 1 and (words[-1].lower() in STOP_WORDS or words[-1].lower() in _PLACE_PREPS):
        words.pop()
    if all(w.lower() in _HEDGES for w in words):
        return ""  # "maybe 150 of us", "at least 6.5": a word that hedges the value says nothing of what it is
    if len(words) > 1 and words[0].islower():
        clause = sentence[_clause_start(sentence, item.start):item.start]
        verb = re.search(r"(?:^|\s)(?P<pronoun>[A-Za-z]+)\s+" + re.escape(words[0]) + r"\b", clause)
        if verb and verb.group("pronoun").lower() in _SUBJECT_PRONOUNS:
            forecast = bool(_FORECAST_VERB.search(clause[verb.start("pronoun"):]))
            words = words[1:]
            if forecast and words[-1] != "forecast":
                words.append("forecast")
    return " ".join(words) if _meaningful(" ".join(words)) else ""


_HEDGES = frozenset("maybe perhaps possibly probably about around roughly approximately nearly almost some least "
                    "most only just over under up more fewer less barely fully well circa".split())
"""Adverbs that hedge or bound a value (a closed class of the grammar), never what it measures."""


_AVERAGES = frozenset("average mean median value values".split())
"""Heads that say only how a number was reached, not of what ("an average of £520")."""


# "a $3.2 billion, 40-month Extended Credit Facility", "a €900m, 12-year concession": an amount that is
# one of two coordinated modifiers before a noun (the other a hyphenated "N-unit" adjective) is an amount
# of that noun, whatever the words before the article say ("reached an agreement ... for a $3.2 billion").
_COORDINATED_HEAD = re.compile(
    r",\s+\d[\d.,]*-[a-z]+\s+(?P<np>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*|(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"(?=\s*(?:[,.;:)]|$|\s(?:for|to|in|from|with|that|which|of|on|at|and|but)\b))")


def _coordinated_head(sentence: str, item: _Found) -> str:
    """The noun an amount modifies together with a hyphenated adjective after a comma (see
    `_COORDINATED_HEAD`), lower-cased; "" when the amount is not so placed or the noun says nothing."""
    if item.kind != "money" or not re.search(r"\b(?:a|an|the|its|their)\s+\S*$", sentence[:item.start]):
        return ""
    match = _COORDINATED_HEAD.match(sentence, item.end)
    if not match:
        return ""
    named = match.group("np")[:1].isupper()  # a name's words are not verbs ("Extended Credit Facility")
    words = [w.lower() for w in match.group("np").split()]
    if any(w in _NOUN_STOP or not named and (_is_past_verb(w) or w.endswith(("ly", "ing"))) for w in words) \
            or not _meaningful(words[-1]):
        return ""
    return " ".join(words[-2:])


READ_WHOLE = 2_000
"""The longest sentence (in characters) whose figures are read. News sentences stay far below it
(the dev clusters' longest is 424; a note's quote has at most 90 words). A longer "sentence" is a
list, a table or a block of link definitions run together, which no brief quotes; reading each of
its figures against the words before it cost time growing with the square of its length (minutes
for 3,000 lines of numbers), so it gives none."""


@functools.lru_cache(maxsize=8192)
def find_figures(sentence: str) -> tuple[Figure, ...]:
    """Numbers with their unit, scale, period and what they measure ("" when the sentence
    does not say); not times, dates, years, coordinates, ages, tallies or phone numbers.
    None for a "sentence" longer than `READ_WHOLE` characters.

    Pure, and cached: a build asks it of the same sentence per audience and per pass (notes,
    placing, later reports, key figures), which a flood of numbers in one sentence made minutes."""
    if len(sentence) > READ_WHOLE:
        return ()
    return _figures_of(sentence)


def _figures_of(sentence: str) -> tuple[Figure, ...]:
    """`find_figures` of a sentence read whole."""
    found: list[_Found] = []
    for match in _FIGURE.finditer(sentence):
        base = _base(sentence, match)
        if base is None:
            continue
        # "a 460 million pound, 2,200-seat concert hall": an amount of millions used as an adjective
        # keeps its currency in the singular ("pound" alone may weigh: "a 10 pound bag")
        if base.unit == "pound" and re.search(r"\b(?:million|billion|trillion|bn|m)\s+pound$",
                                              sentence[base.start:base.end], re.IGNORECASE):
            base.unit, base.kind = "GBP", "money"
        # "$70 billion (approximately 1.03 trillion Korean won)": the same amount, converted.
        if found and base.kind == "money" and found[-1].kind == "money" and re.fullmatch(
                r"\s*\(\s*(?:about|approximately|around|roughly|some|or|nearly|equivalent to|c\.|ca\.)?\s*",
                sentence[found[-1].end:base.start]):
            close = sentence.find(")", base.end)
            if close != -1 and close - base.end < 4:
                found[-1].conversion = sentence[found[-1].end:close + 1].strip()
                continue
        if found and base.start < found[-1].end:
            found.pop()  # "3.8 billion" of "3.8 billion to 4.0 billion euros": the range is the one figure
        found.append(base)
    numbers_in_words = _WORD_NUMBER.finditer(sentence) if _ANY_WORD_NUMBER.search(sentence) else ()
    worded = [item for item in (_word_count(sentence, m) for m in numbers_in_words) if item
              and not any(f.start <= item.lead < f.end or item.start <= f.lead < item.end for f in found)]
    found = sorted(found + worded, key=lambda f: f.start)
    done: list[_Found] = []
    for item in found:
        # A count says best what happened to what it counts ("people injured"); an amount, who
        # paid or what rose ("pledged by Japan", "rise in revenue").
        right_first = item.kind == "percent" and re.match(r"\s+of\s", sentence[item.end:]) or (
            item.kind == "count" and not re.search(r"\b(?:of|at)\s+" + _QUANT + r"$", sentence[:item.start]))
        first, second = (_measure_right, _measure_left) if right_first else (_measure_left, _measure_right)
        measure = _coordinated_head(sentence, item) or first(sentence, item, done) or second(sentence, item, done)
        item.measure = _dimension_measure(sentence, item, measure if measure and _meaningful(measure) else "")
        item.measure = item.cap or _named(sentence, item, done)
        item.measure = _held(sentence, item, _forecast(sentence, item, _readable(sentence, item, item.measure)))
        item.measure = _trimmed(sentence, item, item.measure)
        if item.kind == "count" and _SETTLEMENT.search(sentence[:item.start]):
            item.measure = ""
        if item.kind == "count" and item.unit in _DURATIONS and not re.search(r"\s(?:in|of|on|at)\s", item.measure) \
                and re.search(r"\b(?:for|over|within)\s+" + _QUANT + r"$", sentence[:item.start], re.IGNORECASE):
            item.measure = ""  # "without water for more than 12 hours": how long, not a count of hours
        # "shares rose 6.3 per cent to close at A$2.71": the level a change went to is a level of
        # what changed, whatever verb takes it there ("to close at", "to end at", "to stand at").
        if done and item.kind != "percent" and done[-1].measure.startswith(("rise in ", "fall in ")) \
                and _TO_LEVEL.search(sentence[done[-1].end:item.start]):
            item.measure = done[-1].measure.split(" ", 2)[-1]
        done.append(item)
    figures = []
    for item in done:
        if item in worded and not _happened(sentence, item, done) \
                and not (item.measure and _TALLY_REACHED.search(sentence[:item.start])):
            continue  # "one of them", "welds of two beams": a number in words is a figure only when it counts
            # who or what something happened to ("five dead", "seven people died", "three were injured")
        text = sentence[item.start:item.end].strip()
        if item.conversion:
            text = f"{text} {item.conversion}"
        period = _period(sentence, item, done)
        figures.append(Figure(text=text, value=item.value, unit=item.unit, measures=item.measure,
                              period=period if period != text else ""))
    return tuple(figures)


# ---------------------------------------------------------------- comparing figures

_SAME_MEANING = {"kill": "die", "dead": "die", "death": "die", "fatal": "die", "wound": "injur", "injuri": "injur",
                 "hurt": "injur", "stock": "share", "strand": "wait", "stuck": "wait", "idl": "wait", "queu": "wait", "queue": "wait"}
"""Stems that say the same of a count (a death toll counts the dead, the killed; those stranded,
stuck or idle are waiting; a stock is a share), keyed by stem."""


def _stem(word: str) -> str:
    """The word's stem (briefgen.words.stem), with the stems of a count's synonyms made one."""
    stemmed = stem(word)
    return _SAME_MEANING.get(stemmed, stemmed)


def word_stems(text: str) -> frozenset[str]:
    """The stems of *text*'s words as `measure_stems` makes them (a count's synonyms made one):
    whether a sentence names a measure in its own words ("cancel" of "cancelled operations")."""
    return frozenset(_stem(w) for w in _WORD.findall(text))


_HOLDER = r"\s+(?:by|from|for(?!\s+by\b))\s+"
"""What opens the holder of a measure: "pledged by Japan", "weight limit for lorries"."""


def quantity(figure: Figure) -> str:
    """What a figure measures without who holds it: "pledged by Japan" -> "pledged"."""
    return _quantity_of(figure.measures)


def _quantity_of(measures: str) -> str:
    return re.split(_HOLDER, measures, maxsplit=1)[0].strip()


def holder(figure: Figure) -> str:
    """Who holds a figure, where its measure says: "pledged by Japan" -> "Japan"."""
    parts = re.split(_HOLDER, figure.measures, maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


_QUALIFIERS = frozenset("confirmed reported recorded known total overall official affected cumulative latest "
                        "left still now closing close closed price prices".split())
"""Words that say how a count is known or left, not what it counts ("confirmed cases" are the cases,
"people left homeless" the homeless), or at which moment a level is read ("the stock's closing
price" is the share price)."""


_EXPECTED = frozenset("forecast forecasts guidance outlook projection projections estimate estimates expectation "
                      "expectations consensus feared believed presumed thought".split())
_PROPOSED = {"target": "target", "targets": "target", "offer": "offer", "offers": "offer", "bid": "bid",
             "bids": "bid", "demand": "demand", "demands": "demand", "proposal": "proposal", "proposals": "proposal"}


def stance(figure: Figure) -> str:
    """What kind of value a figure's measure names beside an actual one: "expected" (a forecast,
    guidance, an estimate), a proposed value ("target", "offer", "bid", "demand", "proposal") or ""
    (the value itself). A target price is never an earlier value of the share price, a pay offer
    never the union's demand."""
    return _stance_of(figure.measures)


@functools.lru_cache(maxsize=8192)
def _stance_of(measures: str) -> str:
    """`stance` of a figure that measures *measures* (read once per measure: a brief compares every
    row with every other of its unit)."""
    words = [w.lower() for w in _WORD.findall(_quantity_of(measures))]
    for word in words:
        if word in _PROPOSED:
            return _PROPOSED[word]
    return "expected" if any(w in _EXPECTED for w in words) else ""


def measure_stems(figure: Figure) -> frozenset[str]:
    """Content stems of what a figure measures, the counted noun of a count left out
    ("people killed" and "death toll" share "die"; "people injured" does not) and so are
    qualifiers that only say how a count is known ("confirmed", "affected")."""
    return _measure_stems_of(figure.measures, figure.unit)


@functools.lru_cache(maxsize=8192)
def _measure_stems_of(measures: str, unit: str) -> frozenset[str]:
    """`measure_stems` of a figure that measures *measures* in *unit* (read once per measure and unit)."""
    what = _quantity_of(measures)
    words = [w for w in _WORD.findall(what) if w.lower() not in _NOUN_STOP]
    plain = [w for w in words if w.lower() not in _QUALIFIERS]
    words = plain or words
    head = unit_head(unit)
    if head and head not in MONEY_UNITS and head not in ("%", "pp"):
        counted = [w for w in words if _stem(w) != _stem(head)]
        words = counted if len(counted) < len(words) and counted else words
    return frozenset(_stem(w) for w in words)


def unit_class(figure: Figure) -> str:
    """The unit figures must share to be compared: the currency, %, pp, or "count", with its
    rate ("USD a day", "count per billion"): an amount a day is not an amount."""
    head = unit_head(figure.unit)
    if head in MONEY_UNITS or head in ("%", "pp"):
        return figure.unit
    return "count" + figure.unit[len(head):]


_ANYONE = frozenset({"peopl", "person"})
"""Stems of the nouns that count anyone: "21 people injured" updates "14 passengers injured"."""


def comparable(a: Figure, b: Figure) -> bool:
    """Whether two figures measure the same kind of thing (so a chart may set them side by
    side, and a later one may update an earlier one): the same unit class, the same form
    (a level, a change or a share) and the measure of one within the other's words ("death
    toll" and "people died"; not "ransom demanded" and "ransom paid"). Who holds each
    ("by Japan", "by Germany") is left aside; two counts of different nouns ("passengers", "ships") never are."""
    if unit_class(a) != unit_class(b) or not a.measures or not b.measures or stance(a) != stance(b):
        return False
    heads = {_stem(unit_head(a.unit)), _stem(unit_head(b.unit))}
    if unit_class(a).startswith("count") and a.unit and b.unit and len(heads) > 1 and not heads & _ANYONE:
        return False  # passengers waiting and ships waiting: another thing counted ("people" counts anyone)
    form_a = next((p for p in _PREFIXES if a.measures.startswith(p)), "")
    form_b = next((p for p in _PREFIXES if b.measures.startswith(p)), "")
    stems_a, stems_b = measure_stems(a), measure_stems(b)
    if form_a and form_a == form_b:
        # "share of shares" and "share of hard cheese bought": what each is a share of must match,
        # not the word of the form ("share", "rise") both begin with.
        stems_a, stems_b = _stems_after(a, form_a), _stems_after(b, form_b)
    if form_a == form_b and _kind_of(a, stems_a, b) or _kind_of(b, stems_b, a):
        return True
    if (stems_a <= _ANYONE) != (stems_b <= _ANYONE):
        return False  # "people" says nothing of what befell them: never a count of the missing or the dead
    return form_a == form_b and bool(stems_a) and bool(stems_b) and (stems_a <= stems_b or stems_b <= stems_a)


def _stems_after(figure: Figure, form: str) -> frozenset[str]:
    """`measure_stems` of what a change or a share is of ("hard cheese bought" of "share of hard cheese bought")."""
    return measure_stems(replace(figure, measures=figure.measures[len(form):]))


def _kind_of(bare: Figure, stems: frozenset[str], other: Figure) -> bool:
    """Whether *bare* counts only its counted noun ("cases", "confirmed cases") and *other*
    counts a kind of that noun ("measles cases"): the same thing counted, only told more
    closely. What happened to them ("cases hospitalised") makes another quantity."""
    unit = _stem(unit_head(bare.unit)) if bare.unit else ""
    if not unit or bare.unit != other.unit or unit_class(bare) != "count" or stems != {unit}:
        return False
    words = [w for w in _WORD.findall(quantity(other)) if w.lower() not in _NOUN_STOP]
    return bool(words) and _stem(words[-1]) == unit


def near(a: Figure, b: Figure) -> bool:
    """Whether two figures give the same value, within 0.5% (rounding: "2.4 million" and "2,412,000");
    two different values written to the same precision are two values, however close ("49.6
    percent" and "49.7 percent": neither is the other rounded)."""
    if not near_value(a.value, b.value):
        return False
    if a.value == b.value:
        return True
    step_a, step_b = _step(a), _step(b)
    return step_a is None or step_b is None or abs(step_a - step_b) > 1e-9 * max(step_a, step_b)


_LITERAL = re.compile(_NUMBER)
"""The number a figure's text is written with (the one `_FIGURE` read)."""


def _step(figure: Figure) -> float | None:
    """The unit of the last digit *figure*'s text gives, in its value's terms ("2.4 million":
    100,000; "2,412,000": 1,000; "49.6 percent": 0.1); None when the text gives no literal number."""
    match = _LITERAL.search(figure.text)
    if match is None:
        return None
    digits = match.group(0).replace(",", "")
    try:
        literal = float(digits)
    except ValueError:
        return None
    if not literal or not figure.value:
        return None
    if "." in digits:
        unit = 10.0 ** -len(digits.split(".", 1)[1])
    else:
        unit = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return abs(unit * figure.value / literal)


def same_value(value: float, reference: float) -> bool:
    """Whether *value* is *reference* itself, up to float error (not rounding: `near_value`)."""
    return abs(value - reference) <= 1e-9 * max(1.0, abs(reference))


def near_value(a: float, b: float) -> bool:
    """Whether two numbers are one value told twice, within 0.5% (`near`, for bare values)."""
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


def same_quantity(a: Figure, b: Figure) -> bool:
    """Whether two figures of the same value are one quantity told twice: same unit class,
    values within 0.5%, and the same counted noun or a shared word in what they measure."""
    if unit_class(a) != unit_class(b) or not near(a, b) or stance(a) != stance(b):
        return False
    if a.unit == b.unit and unit_class(a).startswith("count") and a.unit:
        return True  # "4.1 million people" twice: the same people
    form_a = next((p for p in _PREFIXES if a.measures.startswith(p)), "")
    form_b = next((p for p in _PREFIXES if b.measures.startswith(p)), "")
    return form_a == form_b and bool(measure_stems(a) & measure_stems(b))


def same_amount(a: Figure, b: Figure) -> bool:
    """Whether two amounts of money are one amount told in other words ("the $2.4 million ransom",
    "demanded $2.4 million in bitcoin", "a payment of $2.4 million"): the same currency and rate,
    values within 0.5%, both a level (not a rise or a share), and not the same quantity held by two
    holders ("pledged by Japan" and "pledged by Germany" may be equal and still two pledges; "asked
    for by the city manager" and "approved by the council" are one sum)."""
    if unit_head(a.unit) not in MONEY_UNITS or a.unit != b.unit or not near(a, b) or stance(a) != stance(b):
        return False
    if a.measures.startswith(_PREFIXES) or b.measures.startswith(_PREFIXES):
        return False
    held_a, held_b = holder(a).lower(), holder(b).lower()
    if a.value != b.value and a.measures and b.measures and not measure_stems(a) & measure_stems(b):
        return False  # "target price of 300p" and "shares at 301 pence": close values of two measures
    return not (held_a and held_b and held_a != held_b and quantity(a).lower() == quantity(b).lower())


def label_penalty(measures: str) -> int:
    """How much worse than a noun phrase a measure reads: a verb-phrase leftover of a list
    ("paying overtime" from "the cost of rebuilding the network, paying overtime and ...") is."""
    words = measures.split()
    return 1 if len(words) > 1 and words[0].lower().endswith("ing") and words[0].lower() not in _NOUN_STOP else 0




_EARLIER_BEFORE = re.compile(
    r"(?:(?:\b(?:up|down)\s+from|\b(?:corrected|revised|changed|amended)\s+from|"
    r"\b(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|risen|fallen|grown|climbed|"
    r"cut|raised|revised|corrected)\s+from)"
    # "up from a low of 16 percent", "down from a record high of": the level the value moved from
    r"(?:\s+(?:a|an|the|its|their)\s+(?:(?:record|all-time|seasonal|recent|previous)\s+)?(?:low|high|peak|trough)\s+of)?|"
    r"\b(?:earlier|original|previous|prior|former|initial|first|old|preliminary)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:figure|estimate|count|tally|total|number|filing|report|forecast|guidance|target|outlook|projection|range)s?"
    r"\s+(?:of|said|was|were|put\s+it\s+at|gave|showed|listed)|"
    # "revising its October count of 41": the value a revision of one's own figure leaves behind
    r"\b(?:revising|revised|correcting|corrected|updating|updated|replacing|replaced|amending|amended)\s+"
    r"(?:its|their|his|her|our|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:figure|estimate|count|tally|total|number|forecast|projection)s?\s+of|"
    r"\b(?:instead\s+of|rather\s+than|(?:was|were|had\s+been)\s+(?:originally|initially))|,\s*not)\s+" + _QUANT
    + r"$", re.IGNORECASE)
_OTHERS_EARLIER = re.compile(r"\b(?:than|above|below|beyond|exceeding|against|versus|vs\.?|compared\s+(?:with|to))"
                             r"\s+(?:the\s+)?" + r"(?:(?:[A-Za-z][\w&.-]*\s+){0,2}?[A-Za-z][\w&.-]*(?:['’]s|s['’])\s+)?"
                             r"(?:earlier|original|previous|prior|former|initial|first|old|preliminary)$",
                             re.IGNORECASE)
"""An earlier estimate the value is compared with, not marked as the holder's own ("more than earlier
industry estimates of", "above the previous forecasts of"; never "against its earlier estimate of"): whose
it was the sentence does not say, so it is no earlier value of this holder's figure, only a comparison. So is
one a possessive names as another's ("above the council's earlier figure of 14,200", told beside the holder's
own "up from the 9,800 it reported"): the other holder's count it overtakes, never this one's correction."""
_COMPARED_EARLIER = re.compile(_OTHERS_EARLIER.pattern[:-1] + r"\s+(?:[a-z][\w-]*\s+){0,2}?"
                               r"(?:figure|estimate|count|tally|total|number|report|forecast)s?\b", re.IGNORECASE)
"""A comparison with an earlier figure (`_OTHERS_EARLIER`) with its noun: no word that the holder's value was wrong."""
SPAN_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|several|a\s+few|\d+)"
"""How many years, months or decades a span back in time counts ("a decade ago", "five years earlier")."""
_LONG_AGO = re.compile(r"(?:\s+(?!as\b)[a-z][\w-]*){0,3}?\s+(?:" + SPAN_COUNT + r"\s+(?:years?|decades?|generations?)\s+"
                       r"(?:ago|earlier|before)|"
                       r"(?:in|during)\s+(?:19|20)\d\d|at\s+the\s+(?:turn|start)\s+of\s+the\s+(?:decade|century))\b",
                       re.IGNORECASE)
"""A value's own time years back ("1,900 a decade ago", "420 officers five years earlier"): the
level then, set beside the value as a comparison, not an earlier report of it. Not after "as"
("not 24 hectares as in 2019": the value it replaces, told with the year it held)."""
_TO_THEN_FROM = re.compile(r"\bto\s+" + _QUANT + r"\S*\d[\w\s.,$€£%-]*?\s+from\s+" + _QUANT + r"$", re.IGNORECASE)
_TO_THEN_FROM_RANGE = re.compile(r"\bto\s+(?:between\s+)?" + _QUANT + r"\S*\d[\w\s.,$€£%-]*?\s+from\s+" + _QUANT
                                 + r"\S*\d[\d.,]*(?:\s?[a-z]+)?\s+to\s+$", re.IGNORECASE)
"""The low end of an earlier range after the new value: "to between 355,000 and 380,000 ounces from
410,000 to" leaves "440,000 ounces" the top of the range replaced, not a rise from 410,000."""
_HELD_AT = re.compile(r"\s+(?:at|of|for)\s+")
"""What joins a value to the amount it goes with ("30.5 million shares at $18 to $21"): a value so
joined to an earlier value is of the same earlier state."""
_REVISED_NOUN = r"(?:estimate|estimates|forecast|figure|count|tally|projection|number|total)"
_NEW_VALUE = re.compile(
    r"(?:\b(?:correct|corrected|revised|real|actual|true|new|updated|right)\s+" + _REVISED_NOUN
    + r"(?:\s*,[^,.;]{1,80},)?\s+(?:was|is|of|at|would be|stood at|stands at|to)|"
    r"\b(?:lowered|raised|revised|cut|reduced|corrected|"
    r"increased|trimmed|lifted|amended)\s+(?:(?:up|down|upwards?|downwards?)\s+)?(?:its|their|the|his|her|our)\s+"
    r"(?:earlier\s+|initial\s+|own\s+)?"
    + _REVISED_NOUN + r"\b[^.;]{0,80}?\bto)\s+" + _QUANT + r"$", re.IGNORECASE)
"""What introduces a value that replaces another: "the correct estimate was", "lowered its
estimate of the cost to"."""
_NOT_BUT = re.compile(r"\bnot\s+" + _QUANT + r"$", re.IGNORECASE)
# A holder's own earlier value told by an adverb of time on the verb that gave it: "the company had
# earlier put the number locked out at 340", "the authority initially estimated the slide at 40,000
# cubic metres", "had first given the cost as 2 million". What the holder says now is another value.
# A verb that only tells ("first reported a profit of") names a first time, not an earlier value.
_GAVE_EARLIER = re.compile(
    r"\b(?:earlier|initially|originally|first|previously)\s+(?:put|estimated|valued|priced|counted|gave|given|set|"
    r"forecast|projected|cited|quoted)\b[^.;:]{0,80}?\s(?:at|as)\s+" + _QUANT + r"$",
    re.IGNORECASE)
# A value named as the one told before, after it: "more than the 1,100 first reported", "not the 4,200
# cubic metres it cited on Monday", "the 40,000 initially estimated". The article before the value
# makes it a value already known; the verb after it, with an adverb of time or the holder's own
# pronoun, says who gave it and that it was earlier. A value another named party cited ("the 48,000
# the operator had cited") is that party's figure, not a revision: left alone.
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:about|around|roughly|some|estimated)\s+)?$", re.IGNORECASE)
_TOLD_EARLIER_AFTER = re.compile(
    r"^\s+(?:(?:it|they|we|he|she)\s+(?:had\s+)?(?:(?:earlier|initially|originally|first|previously)\s+)?|"
    r"(?:(?:that\s+)?(?:was|were|had\s+been)\s+)?(?:earlier|initially|originally|first|previously)\s+)"
    r"(?:reported|cited|quoted|given|gave|stated|announced|published|estimated|put\s+out|released)\b",
    re.IGNORECASE)
# The text itself as it stood before, as a speaker: "An earlier version of this story gave ...",
# "This article previously said ...", "We originally reported ...". What it said is wrong by the
# sentence's own account (a correction notice), never a value the story had at any time.
_TEXT_NOUN = r"(?:story|article|report|piece|item|post|page|column|dispatch|release|bulletin|report)"
_BEFORE_ADV = r"(?:previously|originally|earlier|initially|first|incorrectly|wrongly|mistakenly|erroneously)"
_EARLIER_TEXT = re.compile(
    r"\b(?:(?:an?|the)\s+(?:earlier|previous|prior|original|initial|first|older)\s+(?:version|edition|draft|copy)s?"
    r"\s+of\s+(?:this|the|our|that)\s+" + _TEXT_NOUN + r"|(?:this|the|our)\s+" + _TEXT_NOUN + r"\s+(?:had\s+)?"
    + _BEFORE_ADV + r"|\bwe\s+(?:had\s+)?" + _BEFORE_ADV + r")\b", re.IGNORECASE)
# A value given back as what was said before and is not so: "1.2 gigawatts, not 1.4 gigawatts as
# previously reported", "the figure, which was misreported as 40".
_AS_BEFORE = re.compile(r"^\s*,?\s*(?:as|that\s+was|which\s+was|it\s+was)\s+(?:\w+\s+)?" + _BEFORE_ADV
                        + r"\s+(?:reported|stated|said|published|given|announced|listed|described|written|printed)\b"
                        r"|^\s*,?\s*(?:as|that\s+was|which\s+was)\s+(?:misreported|misstated|misprinted)\b",
                        re.IGNORECASE)
_CORRECTION = re.compile(r"\b(?:correct(?:ed|s|ion)|(?:correct|real|actual|true)\s+(?:figure|estimate|number)|"
                         r"earlier figure|original(?:ly)?\s+(?:figure|filing|estimate|report)|"
                         r"omitted|in error|by mistake|wrongly|incorrectly|mistakenly|erroneous(?:ly)?|"
                         r"mis(?:stated|reported|printed|quoted|identified|calculated)|should have (?:said|read|been))\b",
                         re.IGNORECASE)




def correction_notice(sentence: str) -> bool:
    """Whether *sentence* tells what an earlier version of the text itself said ("An earlier
    version of this story gave the peak draw as 1,150 litres per second", "This article
    previously misstated ...", "(Corrects paragraph 3 to say ..., not 14 million euros ...)"):
    about the text, not the story, whatever it then says is right."""
    return _EARLIER_TEXT.search(sentence) is not None or CORRECTION_NOTE.match(sentence) is not None


def _told_by_earlier_text(sentence: str, start: int) -> bool:
    """Whether the amount at *start* is in the clause of an earlier version of the text (after
    `_EARLIER_TEXT`, no clause edge ";", sentence end (an abbreviation's period before a number or a
    lower-case word, "a Sept. 30 story", is none) or a value it gives as right between)."""
    for match in _EARLIER_TEXT.finditer(sentence, 0, start):
        between = sentence[match.end():start]
        if not re.search(r"[;:]|\.\s+(?!(?-i:[\da-z]))|\b(?:correct|right|actual|should have|instead|in fact)\b", between,
                         re.IGNORECASE):
            return True
    return False


_OLD_MEASURE = re.compile(r"(?:previous|prior|former|earlier|original|old|initial)\b", re.IGNORECASE)


def named_earlier(figure: Figure) -> bool:
    """Whether the figure's own measure names it as superseded ("the previous guidance of 4.2
    billion", "its original target"): an earlier value, never a current one."""
    return bool(_OLD_MEASURE.match(figure.measures))


def _bases(sentence: str) -> list[_Found]:
    """Every amount of *sentence* as read, before any measure is worked out; a range is one
    amount ("£310m to £350m", not "£310m" as well)."""
    found: list[_Found] = []
    for base in (_base(sentence, match) for match in _FIGURE.finditer(sentence)):
        if base is None:
            continue
        if found and base.start < found[-1].end:
            found.pop()
        found.append(base)
    return found


def _held_by(sentence: str, base: _Found, marked: list[_Found]) -> bool:
    """Whether *base* goes with the earlier value just before it ("down from 30.5 million shares at
    $18 to $21": the price of the earlier offer), so is of the same earlier state."""
    return bool(marked) and marked[-1].end <= base.start and bool(_HELD_AT.fullmatch(sentence[marked[-1].end:base.start]))


def _bare(sentence: str, base: _Found) -> Figure:
    """*base* as a figure without a measure."""
    return Figure(text=sentence[base.start:base.end].strip(), value=base.value, unit=base.unit)


_TIME_ADVERBS = frozenset(("earlier", "initially", "originally", "first", "previously"))


def _after_value(sentence: str, base: _Found) -> str:
    """The words after *base*, an adverb of time read as its unit ("the 1,100 first reported") put back."""
    after = sentence[base.end:base.end + 80]
    return f" {base.unit}{after}" if base.unit.lower() in _TIME_ADVERBS else after


def given_earlier(sentence: str) -> tuple[Figure, ...]:
    """Of `earlier_values`, those the sentence says its holder gave before ("had earlier put the number
    locked out at 340", "the 1,100 first reported"): an earlier value by the sentence's own account,
    whether or not the replacing value stands in the same sentence."""
    found = _bases(sentence)
    marked = [b for b in found if _GAVE_EARLIER.search(sentence[max(0, b.start - 120):b.start]) or (
        _THE_BEFORE.search(sentence[max(0, b.start - 120):b.start]) and _TOLD_EARLIER_AFTER.match(_after_value(sentence, b)))]
    return tuple(m for m in earlier_values(sentence) if any(m.value == b.value for b in marked))


@functools.lru_cache(maxsize=4096)  # pure; a build asks it of the same text per audience and pass
def earlier_values(sentence: str) -> tuple[Figure, ...]:
    """Values the sentence itself gives as superseded: "up from 305,000", "revised to 94 million
    from 86 million", "the earlier figure of 412 million", "corrected from 412 million",
    "the original filing said 412 million", "12, not 14". Each is returned without a measure."""
    out = []
    marked: list[_Found] = []
    found = _bases(sentence)
    # A value a later one of its unit replaces: "the figure of 6 million a day ... the correct
    # estimate was 4.2 million a day", "cost not 900,000 crowns an hour but 620,000 crowns an hour".
    replacing = [b for b in found if _NEW_VALUE.search(sentence[max(0, b.start - 160):b.start])]
    for base in found:
        left = sentence[max(0, base.start - 120):base.start]
        later = [b for b in found if b.start > base.end and unit_head(b.unit) == unit_head(base.unit)
                 and b.unit.split(" ")[1:] == base.unit.split(" ")[1:] and b.value != base.value]
        not_but = _NOT_BUT.search(left) and any(re.fullmatch(r"\s*,?\s*but\s+(?:rather\s+)?" + _QUANT,
                                                             sentence[base.end:b.start]) for b in later)
        # "the correct figure is 850" after "gave the peak draw as 1,150 litres per second": a
        # bare number that replaces takes the unit of the value it replaces.
        bare_after = [b for b in found if b.start > base.end and b in replacing and not b.unit and b.value != base.value]
        earlier = _EARLIER_BEFORE.search(left)
        if earlier is not None and _OTHERS_EARLIER.search(left[:earlier.start() + len(earlier.group().split()[0])]):
            earlier = None  # "more than earlier industry estimates of 60 million": someone else's, no revision
        long_ago = _LONG_AGO.match(sentence, base.end) is not None
        if earlier is not None and long_ago:
            earlier = None  # "down from about 1,900 a decade ago": a past level set beside the value, no report
        if earlier is not None or _TO_THEN_FROM.search(left) and not long_ago or _TO_THEN_FROM_RANGE.search(left) or not_but or (
                _held_by(sentence, base, marked)) or (
                base not in replacing and any(b in replacing for b in later + bare_after)) or (
                _NOT_BUT.search(left) and _AS_BEFORE.search(sentence[base.end:])) or (
                base not in replacing and _told_by_earlier_text(sentence, base.start)) or (
                _GAVE_EARLIER.search(left)) or (
                _THE_BEFORE.search(left) and _TOLD_EARLIER_AFTER.match(_after_value(sentence, base))):
            out.append(_bare(sentence, base) if base.unit.lower() not in _TIME_ADVERBS
                       else Figure(text=sentence[base.start:base.end].strip(), value=base.value, unit=""))
            marked.append(base)
    return tuple(out)


_OTHERS_EARLIER_WORD = r"(?:earlier|original|previous|prior|initial|first|preliminary)"
"""A word calling a figure another's earlier one (`_OTHERS_OWN_EARLIER`, cut at by `_cut_earlier`)."""
_OTHERS_OWN_EARLIER = re.compile(r"(?:['’]s|s['’])\s+" + _OTHERS_EARLIER_WORD + r"\s+"
                                 r"(?:[a-z][\w-]*\s+){0,2}?(?:figure|estimate|count|tally|total|number)s?\s+(?:of\s+)?$",
                                 re.IGNORECASE)
"""An earlier figure a possessive names as another's, the value just after it ("the council's earlier figure of")."""


@functools.lru_cache(maxsize=4096)  # pure; a build asks it of the same text per audience and pass
def others_earlier_values(sentence: str) -> tuple[Figure, ...]:
    """Values the sentence compares its own with as another's earlier figure ("16,400 homes, ... above the
    council's earlier figure of 14,200"): not the holder's own earlier value (`earlier_values` leaves them
    out), yet the sentence tells the count is overtaken. Each is returned without a measure."""
    out = []
    for base in _bases(sentence):
        left = sentence[max(0, base.start - 120):base.start]
        if _OTHERS_OWN_EARLIER.search(left) and _OTHERS_EARLIER.search(_cut_earlier(left)):
            out.append(_bare(sentence, base))
    return tuple(out)


def _cut_earlier(left: str) -> str:
    """*left* up to and including its last "earlier"-like word (what `_OTHERS_EARLIER` reads)."""
    ends = [m.end() for m in re.finditer(r"\b" + _OTHERS_EARLIER_WORD + r"\b", left, re.IGNORECASE)]
    return left[:ends[-1]] if ends else ""


@functools.lru_cache(maxsize=4096)  # pure; a build asks it of the same text per audience and pass
def revised_values(sentence: str) -> tuple[Figure, ...]:
    """Values the sentence gives as replacing an earlier one: "the correct estimate was 4.2
    million euros a day", "lowered its estimate of the cost to €31,000 a day", "not 900,000
    crowns an hour but 620,000 crowns an hour". Each is returned without a measure."""
    found = _bases(sentence)
    out = []
    for base in found:
        left = sentence[max(0, base.start - 160):base.start]
        but = re.search(r"\bnot\s+" + _QUANT + r"\S*\d[^.;]{0,40}?\s+but\s+(?:rather\s+)?" + _QUANT + r"$", left,
                        re.IGNORECASE)
        if _NEW_VALUE.search(left) or but:
            out.append(_bare(sentence, base))
    return tuple(out)


_KEPT = re.compile(
    r"\b(?:did|does|do|has|have|had|will|would)\s*(?:not|n['’]t)\s+(?:\w+ly\s+)?(?:change|revise|alter|amend|correct|withdraw|"
    r"lower|raise|cut|adjust|update)d?\s+(?:its|his|her|their|the|that|this)\b"
    r"|\b(?:stood|stands?|stuck|sticks?)\s+(?:\w+ly\s+)?(?:by|to)\s+(?:its|his|her|their|the|that|this)\b"
    r"|\b(?:kept|keeps?|maintain(?:ed|s)?|reaffirm(?:ed|s)?|reiterat(?:ed|es)|retain(?:ed|s)?|defend(?:ed|s)?)\s+"
    r"(?:its|his|her|their|the|that|this)\s+(?:\w+\s+){0,2}?(?:estimate|figure|forecast|number|count|projection|"
    r"assessment|calculation|total|tally)s?\b", re.IGNORECASE)
"""A holder told to keep a value it gave ("did not change its estimate", "stood by the figure", "maintained
its earlier estimate"): whatever else the sentence says is right ("who say the true figure is 22 million"),
the holder's value was not corrected."""


def corrects(sentence: str) -> bool:
    """Whether the sentence says a figure was wrong and is corrected (not merely updated). A sentence
    telling the holder kept its value (`_KEPT`) corrects nothing, unless it is a correction notice."""
    if correction_notice(sentence):
        return True
    if _KEPT.search(sentence):
        return False
    # "above the council's earlier figure of 14,200": a comparison, not a correction
    return _CORRECTION.search(_COMPARED_EARLIER.sub(" ", sentence)) is not None or any(
        _NOT_BUT.search(sentence[max(0, b.start - 120):b.start]) and _AS_BEFORE.search(sentence[b.end:])
        for b in _bases(sentence))


# -- a figure in its source's own words ----------------------------------------
# A Key figures row shows, next to the value, the figure's own clause as the source wrote it
# ("a 60 per cent chance the eruption ends by March"): a label cut from the clause loses whose
# figure it is, what moved and when. The clause is found by structure: the sentence's
# comma/semicolon/dash-delimited segment that holds the figure (an attribution or an aside is
# another segment); a segment that continues the one before ("and carries $96 million", "up
# from 37") takes its subject from the sentence's opening words, elided ("Carver … carries");
# a long one is cut around the figure, the cut marked "…". Every word is the source's, in order.

OWN_WORDS_MAX = 14
"""At most this many words of the source per row."""
OWN_WORDS_SLACK = 4
"""Words a row's words may run past OWN_WORDS_MAX to finish a list or a possessive a cut would fall
inside ("… 30 percent of their cod, haddock and mackerel quota"); a longer run, and no words."""

_SEGMENT_BREAK = re.compile(r"\s*(?:[;:]|\s[—–]\s|\s-\s|,)\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘]?[A-Z])")
_CONTINUES = frozenset("""and but or which who whom whose where while whereas after before as although though
    up down from to compared against with raising lifting pushing bringing leaving making ending taking citing
    according including excluding""".split())
"""Words a segment opens with when it continues the clause before it (a coordinate verb phrase,
a relative clause, a comparison, a participle): it needs that clause's subject."""
_RELATIVE_OPENERS = frozenset("which who whom whose where".split())
_COMPARISON_OPENERS = frozenset("rather than instead not up down compared against versus".split())
"""Openers of a value given against another ("rather than the 12 million first reported", "up
from 37"): an earlier or other value, not the row's own clause."""
_COORDINATORS = frozenset("and but or".split())
_SUBORDINATORS = frozenset("while whereas after before as although though because if when since until".split())
"""Openers of a clause with its own subject ("while two cracked beams are reinforced")."""
_DIGIT = re.compile(r"\d")
_CLAUSE_DETERMINERS = frozenset("each every the a an its their his her our all both no this these those".split())
"""Words a noun phrase opens on: after "and" at a clause break they open a new clause's subject."""
_OWN_PAST = frozenset("went came began ran stood met saw rose fell grew got stayed".split())
"""Finite verbs `_is_past_verb` does not know, that end a clause's subject ("Crews … went on strike")."""
_NEEDS_ANTECEDENT = frozenset("it its it's this that these those they them their he she his her we our".split())
"""Words that, opening a fragment (or as its subject), point back to words the row does not show."""
_PHRASE_OPENERS = frozenset("""for within by in on at after before since to with from during until over under
    and but or which who while as because if""".split())
"""Words that open a phrase or clause: a fragment's tail is cut before one, not inside a phrase."""
_AUXILIARY = frozenset("""is are was were be been has have had will would shall should can could may might must
    do does did said says say told reported estimated estimates expects expected""".split())


def _words(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def _opening_subject(segment: str) -> str:
    """The subject a clause opens with: its words before the first auxiliary or verb-like word
    ("The combined university" of "The combined university will enrol ..."), "" when none is
    found within eight words."""
    words = segment.split()
    if words and (words[0].lower() in _AUXILIARY or words[0].lower() in _CONTINUES):
        return ""  # "is expected to cost …", "cancelling all …": a verb phrase, no subject
    for i, word in enumerate(words[:9]):
        bare = word.strip(",.;:").lower()
        if i and word[:1].islower() and (bare in _AUXILIARY or bare in _RISE_VERBS | _FALL_VERBS | _LEVEL_VERBS
                                         or _is_past_verb(bare) or bare in _OWN_PAST) \
                and words[i - 1].lower() not in {"the", "a", "an"}:
            if words[i - 1].lower() in {"that", "who", "which"}:
                return ""  # "Farms that lost ...": a relative clause, not the subject's end
            return " ".join(words[:i])
    return ""


def _quotation_end(sentence: str) -> int:
    """Where the quotation *sentence* opens with ends (0 when it opens with none): the words before are a
    speaker's, no subject of the sentence's other phrases."""
    if sentence[:1] not in "\"“":
        return 0
    close = re.search(r"[\"”](?=[\s,.;:!?]|$)", sentence[1:])
    return len(sentence) if close is None else close.end() + 1


_NUMBER_WORD = re.compile(r"[$€£¥]?\d[\d,.]*(?:%|[kmb]n?|p)?[,;:.]?(?:\s|$)")
"""A word that is a number, which a cut tail does not stop just before."""
_SCALE_WORD = re.compile(r"million|billion|thousand|percent|pounds|euros|dollars")
"""A word that finishes a number's value."""
_DANGLING_TAIL = frozenset("and or but nor the a an of to in on at for with by from as than which that who whose "
                           "its their his her while whereas".split())
"""Words a cut fragment does not end on: they promise what the cut leaves out."""


_TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(m[:3] for m in MONTHS) | frozenset(
    "last this next early late week month year weekend morning evening night day".split())
_APPROXIMATORS = frozenset("about around roughly nearly almost some just over under".split())
_ADJUNCT_PREPOSITIONS = frozenset("on in at by during since until".split())


def _without_adjuncts(segment: str, words: list[tuple[int, int]], last_figure: int) -> list[tuple[int, int]]:
    """*words* (a clause holding a figure that ends at word *last_figure*) without its adjuncts:
    a time phrase it opens with ("On 17 November", "Last week,") and the phrases after the
    figure's own noun phrase ("… from 486 million", "… in an unscheduled meeting"). The verb,
    its object and the measure's noun stay."""
    said = [segment[a:b].lower().strip(",;:") for a, b in words]
    start = 1 if said and said[0] in _ADJUNCT_PREPOSITIONS else 0
    k = start
    while k < last_figure and (said[k] in _TIME_WORDS or said[k].rstrip("stndrh").isdigit()):
        k += 1
    start = k if k > start and k < last_figure else 0
    end = len(words)
    for k in range(last_figure + 1, len(words)):
        if said[k] in _PHRASE_OPENERS and said[k] not in {"and", "or", "but", "to"} \
                and said[k - 1] not in {"than", "as"}:  # "to 8.75%", "than in 2021": complements
            end = k
            break
    return words[start:end]


def circumstance(sentence: str, figure: str) -> bool:
    """Whether *figure* stands in *sentence* only inside an absolute "with" phrase, a noun
    phrase and its participle ("with 97.2 percent of polling stations reporting", "with 80% of
    the votes counted"): the circumstance of a report, not a quantity of the story."""
    sentence, figure = " ".join(sentence.split()), " ".join(figure.split())
    if not figure or figure not in sentence:
        return False
    frame = re.compile(r"\bwith\s+(?:(?:about|around|nearly|almost|some|just|over|more than)\s+)?"
                       + re.escape(figure) + r"\s+of\s+(?:[\w'-]+\s+){0,4}?[a-z][\w-]*(?:ing|ed)\b")
    starts = [m.start() for m in re.finditer(re.escape(figure), sentence)]
    framed = [m.start() for m in frame.finditer(sentence)]
    return bool(framed) and all(any(f <= st <= f + 20 for f in framed) for st in starts)


def find_figure(text: str, figure: str, start: int = 0) -> int:
    """Where *figure* (a number as written) stands in *text* from *start* as a number of its own, not
    inside a longer one ("12" in "212-store" or "1.12"), else where it stands at all, else -1."""
    if not figure:
        return -1
    edge_before = r"(?<![\d.,])" if figure[:1].isdigit() else ""
    edge_after = r"(?![\d])" if figure[-1:].isdigit() else ""
    own = re.compile(edge_before + re.escape(figure) + edge_after).search(text, start)
    return own.start() if own else text.find(figure, start)


def _figure_sentence(sentence: str, figure: str) -> tuple[str, int]:
    """The sentence of *sentence* (a quote, hard-wrapped or of several sentences) that holds
    *figure*, whitespace made single, and where the figure starts in it (-1 when it is not there)."""
    sentence, figure = " ".join(sentence.split()), " ".join(figure.split())  # hard-wrapped copy
    start = find_figure(sentence, figure)
    if not figure or start < 0:
        return sentence, -1
    # a quote of two sentences: the one that holds the figure
    ends = [m.end() for m in _SENTENCE_END.finditer(sentence) if m.end() <= start]
    if ends:
        sentence, start = sentence[ends[-1]:], start - ends[-1]
        later = _SENTENCE_END.search(sentence, start + len(figure))
        sentence = sentence[:later.start() + 1] if later else sentence
    return sentence, start


LIST_AFTER = re.compile(r"[a-z][\w'’-]*(?:,\s+[a-z][\w'’-]*)*,?\s+(?:and|or)\s+[a-z]")
"""What follows a comma inside a coordinated noun phrase ("wheat, maize and sunflower harvest"):
bare lowercase words, the last pair joined by "and" or "or"."""


def _segment_breaks(sentence: str) -> list[re.Match[str]]:
    """The breaks between a sentence's segments (`_SEGMENT_BREAK`), less the commas of a
    coordinated noun phrase ("of their wheat, maize and sunflower harvest"): a cut there would
    change what the figure measures."""
    kept: list[re.Match[str]] = []
    listing = False
    for m in _SEGMENT_BREAK.finditer(sentence):
        comma = m.group().strip() == ","
        before = sentence[:m.start()].rstrip()
        word_before = before.rsplit(None, 1)[-1] if before.split() else ""
        if comma and word_before.isalpha() and word_before.islower() and (
                LIST_AFTER.match(sentence, m.end())
                or listing and re.match(r"(?:and|or)\s+[a-z]", sentence[m.end():])):
            listing = True
            continue
        if comma and _DAY_OF_MONTH.search(before) and re.match(r"\s*\d{4}\b", sentence[m.end():]):
            continue  # "on Jan. 1, 2027": a date's comma, never a cut (the year is the date's)
        listing = False
        kept.append(m)
    return kept


_DAY_OF_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:[a-z]*)\.?\s+\d{1,2}(?:st|nd|rd|th)?$")
"""A month and day the words end on ("Jan. 1", "November 3rd"): a comma after it, before a year, is the date's."""


_HEDGE_ADJUNCT = re.compile(
    r"\bby\s+(?:our|its|his|her|their|the\s+[\w'’-]+(?:'s|’s)|[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*(?:'s|’s))"
    r"\s+(?:own\s+)?(?:estimates?|calculations?|reckoning|count|assessment|projections?|forecasts?)\b"
    r"|\baccording\s+to\s+[^,;:.()“”\"]+")
"""An adjunct that makes a figure someone's estimate or report ("by our estimate", "according to
the port authority"): a row that shows the figure without it shows an estimate as fact."""
_ESTIMATED_BY = re.compile(
    r"(?:^|,\s+)(?P<hedge>(?:the\s+|an?\s+)?(?:[\w'’.&-]+\s+){0,5}?(?:estimated|estimates|forecast|forecasts|"
    r"projected|projects|reckons|reckoned|calculated|calculates))(?=[,.;]|\s+(?:on|in|last|this)\b|$)")
"""A reporting clause whose verb makes the figure an estimate (", the agriculture ministry
estimated on Monday")."""
_ESTIMATE_FRAME = re.compile(
    r"^(?P<hedge>(?:[\w'’.&-]+\s+){1,7}?(?:now\s+|also\s+|still\s+|further\s+)?(?:estimates?|estimated|forecasts?|"
    r"projects?|projected|reckons?|reckoned|calculates?|calculated|assumes?|assumed|believes?|believed|thinks?|"
    r"claims?|claimed)(?:\s+that)?)\s")
"""A main clause that makes the rest of its sentence someone's estimate or claim ("The Alliance estimates
that ...", "Analysts at X now reckon ..."): cut by an elision, an estimate would read as fact."""
_APPROXIMATOR_BEFORE = re.compile(
    r"(?:\b(?:about|around|roughly|approximately|nearly|almost|some|up to|as many as|as much as|as few as|"
    r"at least|at most|more than|less than|fewer than|an estimated|a projected|a forecast|an expected)\s+)$",
    re.IGNORECASE)


def _hedges(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of *sentence* that qualify the figure at *start*..*end* as an estimate, an
    approximation or someone's report (`_HEDGE_ADJUNCT`, `_ESTIMATED_BY`, `_APPROXIMATOR_BEFORE`)."""
    spans = [m.span() for m in _HEDGE_ADJUNCT.finditer(sentence)]
    for m in _ESTIMATED_BY.finditer(sentence):
        if m.start("hedge") > end and not _DIGIT.search(m.group("hedge")):
            spans.append(m.span("hedge"))  # a reporting clause after the figure's
    frame = _ESTIMATE_FRAME.match(sentence)
    if frame and frame.end("hedge") < start and not _DIGIT.search(frame.group("hedge")) \
            and frame.group("hedge")[:1].isupper():
        spans.append(frame.span("hedge"))  # "The Alliance estimates that": whose figure it is
    approx = _APPROXIMATOR_BEFORE.search(sentence[:start])
    if approx:
        spans.append((approx.start(), start))
    return sorted(spans)


def own_words(sentence: str, figure: str) -> str | None:
    """`_own_words`, or None when the words take a part of a whole they do not state ("Velonet … the
    remaining 800 over the summer", from "... replace 1,600 bikes by May and the remaining 800 ...";
    `context.residual_reference`): the elision cut what the residue is left from."""
    words = _own_words(sentence, figure)
    return None if words and residual_reference(words) else words


def _own_words(sentence: str, figure: str) -> str | None:
    """The figure's own clause in *sentence*, as the source wrote it (elided with "…"), at most
    OWN_WORDS_MAX words; "" when the figure is not found in the sentence (the row keeps its label),
    None when the clause cannot stand alone: it opens with, or has for subject, a word pointing
    back ("it", "this", "they") to words the row does not show.

    An elision never drops what qualifies the figure: a hedge or attribution the sentence gives it
    ("by our estimate", "according to X", ", the ministry estimated", "about") is put back in the
    source's order, elided like the rest; when it cannot be, there are no words ("")."""
    text = _clause_words(sentence, figure)
    if not text:
        return text
    sentence, start = _figure_sentence(sentence, figure)
    hedges = _hedges(sentence, start, start + len(" ".join(figure.split())))
    if not hedges:
        return text
    # where each piece of the words stands in the sentence
    pieces = [p for p in text.split(" … ") if p.strip("… ")]
    spans: list[tuple[int, int]] = []
    at = 0
    for piece in pieces:
        piece = piece.strip("… ").rstrip(",;:")
        found = sentence.find(piece, at)
        if found < 0:
            return text  # not the sentence's words in order: leave them (verified downstream)
        spans.append((found, found + len(piece)))
        at = found + len(piece)
    missing = [h for h in hedges if not any(a <= h[0] and h[1] <= b for a, b in spans)]
    if not missing:
        return text
    merged = sorted(spans + missing)
    joined: list[tuple[int, int]] = []
    for a, b in merged:
        if joined and (a <= joined[-1][1] or not sentence[joined[-1][1]:a].strip(" ,;:")):
            joined[-1] = (joined[-1][0], max(b, joined[-1][1]))  # adjacent, or only punctuation between
        else:
            joined.append((a, b))
    out = " … ".join(sentence[a:b].strip(" ,;:") for a, b in joined)
    if joined[0][0] > 0 and (text.startswith("… ") or joined[0][0] < spans[0][0]):
        out = "… " + out
    if text.endswith(" …") and joined[-1][1] == spans[-1][1]:
        out += " …"  # the words' own cut tail; a hedge after them ends the row's words
    return out


def _through_list(segment: str, words: list[tuple[int, int]], chosen: list[tuple[int, int]],
                  last_figure: int) -> list[tuple[int, int]]:
    """*chosen* (a cut of the clause *words*) with its tail carried to the end of a coordinated
    noun phrase it would cut ("… of their wheat, maize" -> "… of their wheat, maize and sunflower
    harvest"): the words up to the last conjunct's head, before a phrase, a time word or a break."""
    if not chosen or chosen[-1] == words[-1]:
        return chosen
    last = words.index(chosen[-1])
    if last <= last_figure:
        return chosen
    said = [segment[a:b].lower().strip(",;:") for a, b in words]
    # the list's conjunction: the first "and"/"or" after a word that ends on a list comma
    commas = [k for k in range(last_figure + 1, len(words)) if segment[words[k][0]:words[k][1]].endswith(",")
              and LIST_AFTER.match(segment, words[k][1] + 1)]
    if not commas or commas[0] > last:
        return chosen
    conj = next((k for k in range(commas[0] + 1, len(words)) if said[k] in {"and", "or"}), None)
    if conj is None or last > conj + 3:
        return chosen
    stop = conj + 1
    while stop + 1 < len(words) and stop < conj + 3 and said[stop + 1] not in _PHRASE_OPENERS \
            and said[stop + 1] not in _TIME_WORDS and not segment[words[stop][0]:words[stop][1]].endswith(","):
        stop += 1
    return chosen + [w for w in words[last + 1:stop + 1]]


def _clause_words(sentence: str, figure: str) -> str | None:
    """`own_words` before its hedges are put back."""
    sentence, start = _figure_sentence(sentence, figure)
    figure = " ".join(figure.split())
    if start < 0:
        return ""
    end = start + len(figure)
    bounds = [0] + [p for m in _segment_breaks(sentence) for p in (m.start(), m.end())] + [len(sentence)]
    pairs = list(zip(bounds[::2], bounds[1::2], strict=True))
    index = next((i for i, (a, b) in enumerate(pairs) if a <= start and end <= b), None)
    if index is None:
        return ""
    seg_start, seg_end = pairs[index]
    segment = sentence[seg_start:seg_end].rstrip(" .!?\"'”’")
    seg_end = seg_start + len(segment)
    words = _words(segment)
    head = ""
    opener = segment.split()[0].lower() if segment.split() else ""
    if index and opener in _RELATIVE_OPENERS | _COMPARISON_OPENERS:
        return ""  # "…, which recalled 30,000 products": about the noun before it; the row keeps its label
    own = _opening_subject(segment[words[1][0]:] if opener in _COORDINATORS and len(words) > 1 else segment)
    if not own and opener in _COORDINATORS and len(words) > 2 \
            and segment[words[1][0]:words[1][1]].lower() in _CLAUSE_DETERMINERS:
        # "…, and each worker receives a one-off payment of 750 pounds": a verb phrase never opens on a
        # determiner, so the words after "and" are a clause with a subject of its own, whatever its verb's
        # form; the first clause's subject ("basic pay") spliced on would misread
        own = segment[words[1][0]:words[2][1]]
    if index and opener not in _SUBORDINATORS and (opener in _CONTINUES or segment[:1].islower()) and not (
            own and opener not in _CONTINUES - _COORDINATORS):
        # "… and carries $96 million in bond debt", "…, is expected to cost 14 million euros": a verb
        # phrase, which takes the sentence's subject, elided; a first segment without a verb is one
        if opener in _COORDINATORS:
            words = words[1:]
        # the subject of the sentence's main clause: the first segment before this one that opens
        # with one ("In total, the airline cancelled …": the airline), or a first segment that is
        # only a noun phrase ("The repair, which …, is expected to cost …")
        opening = sentence[:pairs[0][1]]
        # a quotation's opening words are the speaker's, not the subject this phrase takes ("\"This is the right
        # decision,\" said X, chief executive of Y, the airport's largest carrier with 38 percent ...")
        quoted = _quotation_end(sentence)
        subject = next((found for a, b in pairs[:index] if a >= quoted and (found := _opening_subject(sentence[a:b]))),
                       "") or (
            opening if 2 <= len(opening.split()) <= 6 and not _DIGIT.search(opening) and opening[:1].isupper()
            and opening.split()[0].lower() not in _PHRASE_OPENERS else "")
        if subject and subject.split()[0].lower() in _NEEDS_ANTECEDENT:
            return None
        if not subject:
            return ""  # no subject found: the row keeps its label
        head = subject
    elif index and opener in _COORDINATORS and own:
        words = words[1:]  # "…, and margins widened to 12 per cent": a clause of its own
    first = segment[words[0][0]:words[0][1]].lower().strip("\"'“‘") if words else ""
    zone = (_opening_subject(segment[words[0][0]:]) if words else "").lower().split()
    if not head and (first in _NEEDS_ANTECEDENT or any(w in _NEEDS_ANTECEDENT for w in zone)
                     or " ".join(zone) in {"the figure", "the number", "the total"}):
        return None  # "It forecast …", "On Saturday it cancelled …": points back
    rel_start, rel_end = start - seg_start, end - seg_start
    budget = OWN_WORDS_MAX - len(head.split())
    if len(words) > budget and not head:
        # "… since 2019 and carries $96 million": a coordinate verb phrase of a long clause takes
        # the clause's subject
        joins = [k for k, w in enumerate(words) if segment[w[0]:w[1]] in {"and", "but"} and w[1] <= rel_start
                 and k + 1 < len(words) and segment[words[k + 1][0]:words[k + 1][1]][:1].islower()]
        subject = _opening_subject(segment)
        joins = [k for k in joins if k >= len(subject.split())]  # an "and" inside the subject joins no verb phrase
        if joins and subject and subject.split()[0].lower() not in _NEEDS_ANTECEDENT:
            head = subject
            words = words[joins[-1] + 1:]
            budget = OWN_WORDS_MAX - len(head.split())
    whole = words
    if len(words) > budget and not head:
        # "… census show that the number of residents aged over 65 rose to 29 per cent": the
        # clause a "that" opens holds the figure; the words that report it are left out
        that = [k for k, w in enumerate(words) if segment[w[0]:w[1]] == "that" and w[1] <= rel_start and k >= 2]
        # an attribution is an adjunct: it goes before the measure's own words do, whenever the
        # clause after "that" has words enough to stand
        if that and len(words) - that[-1] - 1 >= 4:
            words = words[that[-1] + 1:]
    last_figure = max(k for k, w in enumerate(words) if w[0] < rel_end)
    subject_words = len(_opening_subject(segment[words[0][0]:]).split()) if words else 0
    in_subject = not head and (not subject_words or any(w[0] < rel_end and w[1] > rel_start
                                                          for w in words[:subject_words]))
    # the adjuncts go when the figure stands in the predicate: in the subject ("A levy of 2 percent
    # on hotel stays assumes …") the phrases after it are the measure's own
    kept = _without_adjuncts(segment, words, last_figure) if len(words) > budget and not in_subject else words
    if len(words) <= budget:
        chosen = words
    elif len(kept) <= budget:
        # the clause without its adjuncts (a date it opens with, the phrases after the figure):
        # the measure's noun and the verb's object stay ("… the NBM raised its policy rate by
        # 150 basis points to 8.75%")
        chosen = kept
    elif last_figure + 3 <= budget:
        # the clause's opening, the figure and what it counts; its tail cut before a phrase
        # ("… programmes for five years" -> "… programmes …")
        cut = budget
        for k in range(budget, last_figure + 2, -1):
            if segment[words[k][0]:words[k][1]].lower() in _PHRASE_OPENERS:
                cut = k
                break
        chosen = words[:cut]
        if cut == budget and len(words) == budget + 1 and head:
            # the cut would fall inside the noun phrase the figure measures ("… 5% of its liquid
            # reserves"): the words before the figure go instead
            first_figure = min(k for k, w in enumerate(words) if w[1] > rel_start)
            begin = first_figure - (1 if first_figure and segment[words[first_figure - 1][0]:words[
                first_figure - 1][1]].lower() in _APPROXIMATORS else 0)
            chosen = words[begin:] if begin else chosen
    else:
        # the clause's subject and verb, then the figure's own phrase from the word that opens it
        # ("The population of the Ostmark region fell … to 1.84 million")
        first_figure = min(k for k, w in enumerate(words) if w[1] > rel_start)
        subject = "" if head else _opening_subject(segment)
        lead = len(subject.split()) + 1 if subject else 0
        begin = max(lead, first_figure - 4)
        said = [segment[w[0]:w[1]].lower() for w in words]
        openers = [k for k in range(begin, first_figure) if said[k] in _PHRASE_OPENERS
                   and not (said[k] == "to" and k and said[k - 1] == "up")]  # "up to 60,000": a cap
        if openers:
            begin = openers[-1] - (1 if segment[words[openers[-1]][0]:words[openers[-1]][1]].lower() == "of"
                                   and openers[-1] - 1 >= lead else 0)
        subordinate = [k for k in range(lead, first_figure) if said[k] in _SUBORDINATORS]
        if subordinate:  # "… while two cracked beams are reinforced": a clause with its own subject
            lead, begin = 0, subordinate[-1]
        begin = max(begin, last_figure + 1 - (budget - lead))  # the figure's last word stays in
        if begin > first_figure:
            return ""  # the clause's opening leaves no room for the figure: the row keeps its label
        chosen = words[:lead] + words[begin:begin + budget - lead]
    chosen = _through_list(segment, words, chosen, last_figure)
    # a possessive is not a noun phrase's end ("… 12 percent of the operator's …"): its head stays
    while chosen and chosen[-1] != words[-1] and words.index(chosen[-1]) > last_figure \
            and re.search(r"\w['’]s?$", segment[chosen[-1][0]:chosen[-1][1]]):
        chosen = chosen + [words[words.index(chosen[-1]) + 1]]
    # a cut right before a number would hide a value the clause gives with the figure ("… and ordered a
    # further …" of "a further 1,500"): the number (and its scale word) stays
    while chosen and chosen[-1] != words[-1] and words.index(chosen[-1]) > last_figure \
            and _NUMBER_WORD.match(segment, words[words.index(chosen[-1]) + 1][0]):
        chosen = chosen + [words[words.index(chosen[-1]) + 1]]
        nxt = words.index(chosen[-1]) + 1
        if nxt < len(words) and _SCALE_WORD.fullmatch(segment[words[nxt][0]:words[nxt][1]].rstrip(",;:.").lower()):
            chosen = chosen + [words[nxt]]
    # A cut tail ends on a word that carries meaning, not "and", "of" or "the" ("… above $4 trillion …")
    while chosen and chosen[-1] != words[-1] and words.index(chosen[-1]) > last_figure \
            and segment[chosen[-1][0]:chosen[-1][1]].lower() in _DANGLING_TAIL:
        chosen = chosen[:-1]
    if len(chosen) > budget + OWN_WORDS_SLACK:
        return ""  # the list or possessive the cut may not fall inside runs on too far: the row keeps its label
    pieces: list[str] = []
    last = None
    for w in chosen:
        if last is not None and words.index(w) != words.index(last) + 1:
            pieces.append("…")
        pieces.append(segment[w[0]:w[1]])
        last = w
    text = " ".join(pieces).rstrip(",;:")
    if chosen and chosen[-1] != words[-1]:
        text += " …"
    if not head and chosen and (chosen[0] != whole[0] or index):
        text = "… " + text  # the words before, cut: in this clause or the sentence's earlier ones ("Second, ...")
    if chosen and chosen[-1] == words[-1]:
        text += _predicate_after_aside(sentence, pairs, index, rel_end)
    return f"{head} … {text}" if head else text


_FINITE_AUX = re.compile(r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|did|"
                        r"does|do)\b")


def _predicate_after_aside(sentence: str, pairs: list[tuple[int, int]], index: int, rel_end: int) -> str:
    """" … would not be paid" when the figure ends a noun phrase whose predicate comes after a relative aside
    ("the interim dividend of 4.1 pence a share, which had been due on Dec 5, would not be paid"): without
    it the words name a value and never say what happened to it; "" otherwise."""
    if index + 2 >= len(pairs):
        return ""
    seg_start, seg_end = pairs[index]
    tail = sentence[seg_start + rel_end:seg_end].split()
    aside = sentence[pairs[index + 1][0]:pairs[index + 1][1]].split()
    predicate = sentence[pairs[index + 2][0]:pairs[index + 2][1]].rstrip(" .!?\"'”’")
    if len(tail) > 3 or any(_FINITE_AUX.fullmatch(w.lower()) for w in tail) or not aside \
            or aside[0].lower() not in ("which", "who", "that") or not _FINITE_AUX.match(predicate) \
            or len(predicate.split()) > 6 or _DIGIT.search(predicate):
        return ""
    return " … " + predicate


_TALLY_NUMBER = r"\d+(?:[.,]\d+)*"
_TALLY = re.compile(rf"(?<![\d,.])(?P<a>{_TALLY_NUMBER})(?P<av>\s+votes?)?\s*(?:to|against|-|–|—)\s*"
                    rf"(?P<b>{_TALLY_NUMBER})(?P<bv>\s+votes?)?(?!\s*(?:percent|per cent|%))", re.IGNORECASE)
_VOTE_BEFORE = re.compile(r"(?i)\b(?:vot(?:e|ed|ing)|ballot)\b(?:\s+(?:of|by|was|were|in|favour|favor|a|\w+ly))*\s*$")
_VOTE_AFTER = re.compile(r"(?i)^\s*(?:vote|ballot)\b")


def vote_tally(sentence: str, figure: Figure) -> bool:
    """Whether *figure* is one side of a vote's tally ("passed by 104 votes to 81", "voted 81 to
    69", "by a vote of 17 to 14", "a 17-14 vote"): two counts set against each other that a
    vote word names. A tally says how a vote went, which the sentence tells; as a key figure its
    number alone means nothing ("81 | votes"). A share of the vote ("52 percent") is no tally, nor
    a range after a vote word's clause ("voted to spend ... on 12 to 15 parks")."""
    if unit_class(figure) != "count":
        return False
    first = figure.text.split()[0] if figure.text.split() else ""
    for m in _TALLY.finditer(sentence):
        if first not in (m.group("a"), m.group("b")):
            continue
        if m.group("av") or m.group("bv") or _VOTE_BEFORE.search(sentence[:m.start()]) \
                or _VOTE_AFTER.search(sentence[m.end():]):
            return True
    return False


# -- values a sentence gives by difference ---------------------------------------
# "Twelve people were taken to hospital, three more than first reported" says the first report
# was nine; "35 more workers had joined the claim, bringing the total to 247" says the count was
# 212 before. Neither names the earlier value, yet each gives it by arithmetic: the new value
# less (or plus) the difference. Only a difference from an earlier telling ("than first
# reported", "than initially thought", "than the board had announced"), never from a forecast or
# another party's figure ("more than expected", "fewer than rivals"), and only a total the
# sentence says the added counts brought it to.

_NUM = r"(?:\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(_WORD_VALUES, key=len, reverse=True)) + r")(?:[-‐](?:" \
    + "|".join(_UNITS_WORDS) + r"))?"
_EARLIER_ADVERB = r"(?:first|initially|originally|previously|earlier)"
_TOLD_VERB = (r"(?:reported|thought|stated|announced|estimated|said|given|believed|feared|counted|recorded|published|"
              r"put|stated|disclosed|confirmed)")
_THAN_TOLD = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?P<dir>more|fewer|less|higher|lower)\s+than\s+(?:(?:was|were|had\s+been)\s+)?(?:"
    rf"{_EARLIER_ADVERB}\s+(?:been\s+)?{_TOLD_VERB}"
    rf"|(?:[\w'’-]+\s+){{1,4}}?had\s+(?:{_EARLIER_ADVERB}\s+)?{_TOLD_VERB}"
    rf"|(?:the\s+)?(?:figure|number|count|total|tally)\s+(?:{_EARLIER_ADVERB}\s+)?(?:{_TOLD_VERB}|given))\b",
    re.IGNORECASE)
_TOTAL_TO = re.compile(
    r"\b(?:bringing|taking|pushing|lifting|raising|brought|took|pushed|lifted|raised)\s+(?:the|its|their)\s+"
    rf"(?:overall\s+|running\s+)?(?:total|tally|count|number)(?:\s+(?:number|count))?(?:\s+of\s+[\w'’ -]{{1,40}}?)?"
    rf"\s+to\s+(?:(?:about|around|some|nearly|almost)\s+)?(?P<v>{_NUM})(?![\d,.]*\d)", re.IGNORECASE)
_ADDED = re.compile(rf"\b(?:(?:a\s+further|another|an\s+additional|an\s+extra|a\s+new)\s+(?P<a>{_NUM})"
                    rf"|(?P<b>{_NUM})\s+(?:more|new|additional|extra|further)\b)", re.IGNORECASE)
_COUNT_WORD = re.compile(rf"\b{_NUM}\b(?!\s*(?:percent|per\s+cent|%))", re.IGNORECASE)
_AND_COUNT = re.compile(rf"\s+(?:[A-Za-z'’-]+\s+){{0,3}}?and\s+(?P<n>{_NUM})\b(?!\s*(?:percent|per\s+cent|%))",
                        re.IGNORECASE)


def _number(text: str) -> float | None:
    """A count written in digits or words ("1,430", "three", "twenty-one")."""
    if text[:1].isdigit():
        try:
            return float(text.replace(",", ""))
        except ValueError:
            return None
    found = _WORD_NUMBER.fullmatch(text)
    if found is None:
        return None
    return float(_WORD_VALUES[found.group("tens").lower()] + _UNITS_WORDS.get((found.group("unit") or "").lower(), 0))


@dataclass(frozen=True)
class ByDifference:
    """An earlier value a sentence gives by difference: *old*, of the count whose new value stands
    at *start*..*end* of the sentence; *total* when the new value is a total the sentence's added
    counts brought it to (its words name no counted noun of their own)."""

    start: int
    end: int
    old: float
    total: bool = False


@functools.lru_cache(maxsize=4096)  # pure; a build asks it of the same text per audience and pass
def earlier_by_difference(sentence: str) -> tuple[ByDifference, ...]:
    """The earlier values *sentence* gives by difference (see above): "Twelve people ..., three more
    than first reported" (9, of "Twelve people"); "1,430 members, 60 fewer than the board had
    announced" (1,490); "a further 23 passengers and 8 crew ..., bringing the total to 117" (86,
    of "117")."""
    out: list[ByDifference] = []
    bases = _bases(sentence)
    for match in _THAN_TOLD.finditer(sentence):
        step = _number(match.group("n"))
        # the new value: the count nearest before the difference in its sentence (a count in words
        # opening the sentence, "Twelve people ...", is read here as the figures read it)
        told = [(b.start, b.end, b.value) for b in bases if b.kind == "count"] + [
            (w.start(), w.end(), value) for w in _COUNT_WORD.finditer(sentence)
            if (value := _number(w.group())) is not None and not any(b.start <= w.start() < b.end for b in bases)]
        new = max(((start, end, value) for start, end, value in told if end <= match.start()
                   and not re.search(r"[;.!?]", sentence[end:match.start()]) and match.start() - end <= 80),
                  key=lambda t: t[1], default=None)
        if step is None or new is None or not step:
            continue
        old = new[2] - step if match.group("dir").lower() in ("more", "higher") else new[2] + step
        if old > 0:
            out.append(ByDifference(new[0], new[1], old))
    for match in _TOTAL_TO.finditer(sentence):
        total = _number(match.group("v"))
        if total is None:
            continue
        added = 0.0
        head = sentence[:match.start()]
        for more in _ADDED.finditer(head):
            step = _number(more.group("a") or more.group("b"))
            added += step or 0
            rest = head[more.end():]
            for joined in _AND_COUNT.finditer(rest):
                if joined.start() != 0 and not re.fullmatch(r"[A-Za-z'’ -]*", rest[:joined.start()]):
                    break
                added += _number(joined.group("n")) or 0
                rest = rest[joined.end():]
                break
        if added and total - added > 0:
            out.append(ByDifference(match.start("v"), match.end("v"), total - added, total=True))
    return tuple(out)


_NOT_KIND = frozenset("new more additional extra further other some about around nearly almost roughly estimated total "
                      "possible potential million billion thousand hundred dozen".split())
"""Words between a count and its unit that say how many or how new, not which kind of thing is counted."""


def kind_words(figure: Figure) -> frozenset[str]:
    """Stems of the words that say which kind of thing a count counts, printed between its number and
    its unit ("260 rented homes": rent; "900 seasonal workers": season); empty for a bare count ("400
    homes") or a count of money or a share."""
    head = unit_head(figure.unit)
    if not head.isalpha() or not head.islower() or head in ("percent", "cent"):
        return frozenset()
    words = re.findall(r"[A-Za-z][\w'’-]*", figure.text)
    if len(words) < 2:
        return frozenset()
    unit = {_stem(w.lower()) for w in re.findall(r"[A-Za-z]+", figure.unit)}
    return frozenset(s for w in words[:-1] if w.islower() and len(w) > 2 and w not in _NOT_KIND
                     and w not in STOP_WORDS and (s := _stem(w)) not in unit)


def other_kinds(fa: Figure, fb: Figure, words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    """Whether two counts of one unit count two kinds of the thing: one is qualified by a word ("260
    rented homes", "900 seasonal workers") that the other's statement (*words_b*, *words_a*: `word_stems`
    of it) never uses ("at least 400 homes that nobody can live in"): a kind is a part of the whole, or another
    set, and its count no rival value of the other."""
    return bool(kind_words(fa) - words_b - kind_words(fb)) or bool(kind_words(fb) - words_a - kind_words(fa))
