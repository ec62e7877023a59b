"""Where sources disagree: real conflicts only.

Three kinds, each on the same subject:

- two sources give different values for the same quantity of the same thing, or point
  opposite ways (approve/reject, rise/fall ...) about the same actor and object;
- one source denies what another states ("X denied that ...");
- one sentence sets two holders' accounts against each other ("X says ... while Y insists
  ...", "X disputed Y's account", "Contrary to Y's statement, X says ...").

"The same subject" is checked on the statement without its attribution (", the company
said"): when both name someone or something they must share a name, and no word that
specifies the thing may differ between the two ("waiting times at the county hospital" vs
"... at the children's hospital"; "the regional budget" vs "the hospital's budget").
Everything here is general English cues; nothing knows a corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from briefgen.ingest.clean import MONTHS, WEEKDAYS
from briefgen.models import Figure
from briefgen.notes.figures import earlier_values, other_kinds, revised_values, unit_head, word_stems
from briefgen.notes.folded import compile_folded
from briefgen.words import CLAUSE_COMMA, NOT_CLAUSE_COMMA, STOP_WORDS, content_words
from briefgen.words import stem as _stem

RELATED = 0.18
"""Cosine at or above which two notes are about the same subject (for conflicts of direction; below
it, down to FIGURES_RELATED, only when the same thing moves on both sides)."""
FIGURES_RELATED = 0.1
"""The same for conflicting figures, which must also share a measure or three content words."""

_W = r"\w*"
_TAKES_SIDE = ("is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "vote", "votes", "voted", "voting",
               "stand", "stands", "stood", "out", "firmly", "strongly", "campaign", "campaigns", "campaigned",
               "campaigning", "argue", "argues", "argued", "arguing", "ruled", "decided", "spoke", "speaks", "remain",
               "remains", "remained")
_AGAINST = "(?:" + "|".join(f"(?<=\\b{re.escape(word)} )" if word[0].isalpha() else f"(?<={re.escape(word)} )"
                            for word in _TAKES_SIDE) + r")against"
""""against" as a stance: the predicate after a copula or a verb of taking sides ("is against",
"voted against", "came out against"), not the preposition of another verb ("guaranteed against
the airline's slots", "insured against", "set against")."""
#: Word families that point in opposite directions (a stem takes any ending: "approv" ~ "approved";
#: short or ambiguous stems list their endings, so "risk", "east", "bank" and "fellow" point nowhere).
_OPPOSITES = (
    (r"approv|allow|permit|accept|lift|eas(?:e|ed|es|ing)\b|green.light|authori[sz]",
     r"reject|refus|ban(?:s|ned|ning)?\b|block|restrict|den(?:y|ie)|halt|prohibit|forbid"),
    (r"ris(?:e|es|en|ing)\b|rose\b|increas|grow|grew|gain|surg(?:e|ed|es|ing)\b|expand|boost|climb|jump|soar",
     r"fall|fell\b|decreas|declin|drop|shrink|slump|cut\b|cuts\b|cutting|plung|contract(?:ed|ing)\b"),
    (r"succeed|success|lead(?:s)?\b|ahead|win(?:s|ning)?\b|won\b|surpass|outperform|beat",
     r"fail|behind|lag(?:s|ged|ging)?\b|los(?:e|es|ing|t|s|ses)\b|trail(?:s|ed|ing)?\b|unlikely|struggl"),
    (r"support|back(?:s|ed|ing)?\b|welcom|endors|favou?r", r"oppos|criticis|criticiz|condemn|" + _AGAINST + r"|object"),
    (r"open|reopen|resum|restart", r"clos(?:e|ed|es|ing|ure)\b|shut|suspend"),
    (r"lift(?:s|ed|ing)?\b|end(?:s|ed|ing)\b|withdr[ae]w|rescind|revok|cancel|scrap(?:s|ped|ping)?\b|expir",
     r"(?:remain|stay|stai)(?:s|ed|ing)?\s+in\s+(?:force|place|effect)\b|still\s+in\s+(?:force|place|effect)\b|"
     r"extend|prolong|renew"),
)
"""Stopped or still in force ("lifted" vs "remains in force", "extended") is its own family: a
measure lifted on the day another source says it still holds is a disagreement."""
_BEGUN = re.compile(r"\b(?:issu(?:e|ed|es|ing)|impos(?:e|ed|es|ing)|introduc(?:e|ed|es|ing)|declar(?:e|ed|es|ing)|"
                    r"enact(?:s|ed|ing)?|order(?:s|ed|ing)|put\s+in\s+place|announc(?:e|ed|es|ing))\b", re.IGNORECASE)
"""Verbs that start a measure; with a figure against one of the lifting verbs they are two events
("issued a notice for 18,000 residents", "lifted the notice for 14,000"), not two estimates."""
_MOVES = 1
"""The family of a quantity's moves over a period (rose, fell) in `_OPPOSITES` and in `directions`."""
_FAMILIES = tuple(
    (re.compile(r"\b(?:" + positive + r")" + _W, re.IGNORECASE), re.compile(r"\b(?:" + negative + r")" + _W, re.IGNORECASE))
    for positive, negative in _OPPOSITES
)
_ENDED = _FAMILIES[-1][0]
_ANY_WAY = compile_folded(r"\b(?=" + "|".join(f"(?:{positive})|(?:{negative})" for positive, negative in _OPPOSITES) + ")")
"""Where a word of any family may start: one scan of a sentence instead of one per family and way."""
_CONTRAST = re.compile(r"\b(?:but|however|yet|although|though|while|whereas|despite|nevertheless)\b", re.IGNORECASE)
_LEAD_CLAUSE = re.compile(
    r"^(?:despite|although|though|even though|while|whereas|after|before|since|following|amid|as)\b" + NOT_CLAUSE_COMMA + r"{3,160}" + CLAUSE_COMMA + r"\s*",
    re.IGNORECASE)
"""A subordinate clause opening the sentence ("Despite the U.S. approval, ..."): background, not the claim."""
NEGATIONS = r"not|never|no\s+longer|no|without|cannot|n[o']t"
"""Words that turn what follows round ("has not approved", "would never accept"): the one list of
them, for the direction of a statement here and for a party's stance (disputes)."""
_NEGATION = compile_folded(r"\b(?:" + NEGATIONS + r")\s+(?:\w+\s+){0,2}$|n[’']t\s+(?:\w+\s+){0,2}$")
_NEGATION_NEAR = compile_folded(r"\b(?:" + NEGATIONS + r")\s+(?:\w+\s+)?$|n[’']t\s+(?:\w+\s+)?$")


def negated(before: str, *, near: bool = False) -> bool:
    """Whether the text *before* a word negates it: a negation within two words of its end (one
    when *near*: a stance word's negation stands right before it, "would not accept")."""
    return (_NEGATION_NEAR if near else _NEGATION).search(before) is not None
_GOVERNED = compile_folded(r"\b(?:(?:refus|fail|declin|den(?:y|ie))\w*|whether(?:\s+or\s+not)?)\s+to\s+$")
""""refused to approve": the refusal, not the approval, says which way the sentence points;
"whether to approve" points no way yet."""


def _last_clause(text: str) -> str:
    """Where a sentence turns ("Although A, B"; "A, but B"), the part that carries its conclusion."""
    turns = list(_CONTRAST.finditer(text))
    if not turns:
        return text
    turn = turns[-1]
    after = text[turn.end():]
    if turn.group(0).lower() in ("although", "though", "despite", "while", "whereas") and re.search(CLAUSE_COMMA, after):
        return re.split(CLAUSE_COMMA, after, maxsplit=1)[1]  # "Although A, B": B concludes
    return after


def _word_starts(text: str) -> list[int]:
    return [match.start() for match in _ANY_WAY.finditer(text)]


def _family_words(text: str, pattern: re.Pattern[str], starts: list[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), trying only the *starts* where some family's word may begin."""
    end = 0
    for at in starts:
        if at >= end and (match := pattern.match(text, at)) is not None:
            end = match.end()
            yield match


def _ways(text: str, positive: re.Pattern[str], negative: re.Pattern[str],
          starts: list[int] | None = None) -> list[tuple[str, str, int]]:
    """(sign, word, offset) of each word of one family in *text*: a negation just before it
    ("has not approved") turns it round; a word governed by a refusal ("refused to
    approve") is left to the refusal; a denial of a claim ("denied that ...") is no direction.
    *starts* are _word_starts(text) when already found."""
    found: list[tuple[str, str, int]] = []
    starts = _word_starts(text) if starts is None else starts
    if not starts:
        return found
    for sign, pattern in (("+", positive), ("-", negative)):
        for match in _family_words(text, pattern, starts):
            before = text[max(0, match.start() - 40):match.start()]
            if _GOVERNED.search(before) or _DENIAL_VERB.fullmatch(match.group(0)) and _CLAIM_FOLLOWS.match(
                    text, match.end()):
                continue
            if negated(before):
                sign_here = "-" if sign == "+" else "+"
            else:
                sign_here = sign
            found.append((sign_here, match.group(0), match.start()))
    return found


def directions(text: str) -> tuple[str, ...]:
    """Per word family: "+word" or "-word" when the text points one way, else "".

    An opening subordinate clause ("Despite the approval, ...") is background and left out.
    A sentence with words of both ways points the way of its concluding clause, if that
    clause takes one way only ("Although A approved it, B may reject it": reject)."""
    main = _LEAD_CLAUSE.sub("", text, count=1)
    starts = _word_starts(main)
    if not starts:
        return ("",) * len(_FAMILIES)
    out = []
    clause: str | None = None
    clause_starts: list[int] = []
    for positive, negative in _FAMILIES:
        ways = _ways(main, positive, negative, starts)
        if len({sign for sign, _, _ in ways}) > 1:  # both ways: the concluding clause decides
            if clause is None:
                clause = _last_clause(main)
                clause_starts = _word_starts(clause)
            ways = _ways(clause, positive, negative, clause_starts)
        signs = {sign for sign, _, _ in ways}
        out.append(ways[0][0] + ways[0][1] if len(signs) == 1 else "")
    return tuple(out)


# ---------------------------------------------------------------- what a sentence claims

_SAY = (r"(?:said|says|say|reported|reports|stated|states|told\s+[\w.]+|calculated|estimated|estimates|confirmed|"
        r"expects|predicts|forecasts|"
        r"announced|added|show|shows|showed|suggest|suggests|claimed|claims)")
_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:according\s+to\b[^,]*|[^,]{1,80}?\b" + _SAY + r"(?:\s+on\s+\w+)?)\s*[.!]?\s*$", re.IGNORECASE)
_ATTRIBUTION_LEAD = re.compile(
    r"^(?:according\s+to\b[^,]{1,80},\s*|(?:[\w'’.-]+\s+){1,7}?" + _SAY + r"\s+(?:that\s+)?)", re.IGNORECASE)
_DENIAL_VERB = re.compile(r"\bden(?:y|ies|ied)\b|\bdismiss(?:ed|es)?\b|\brefut(?:ed|es)\b|\breject(?:s|ed)?\b",
                          re.IGNORECASE)
_CLAIM_FOLLOWS = re.compile(
    r"\s+(?:that\b|(?:(?:the|any|her|his|their|its|[\w.-]+['’]s)\s+)?(?:reports?|claims?|allegations?|suggestions?|"
    r"accusations?|account|version|figures?|statements?)\b|having\b|\w+ing\b)",
    re.IGNORECASE)
_DENIAL = re.compile(
    r"^(?P<who>(?:[\w'’.-]+\s+){0,6}?)(?:den(?:y|ies|ied)|dismiss(?:ed|es)?|refut(?:ed|es))\s+"
    r"(?:(?:the\s+|any\s+)?(?:reports?|claims?|allegations?|suggestions?|accusations?)\s+(?:that\s+)?|that\s+)?"
    r"(?P<what>.+?)(?:,?\s+(?:and|but|while|saying)\b.*)?[.!]?$",
    re.IGNORECASE)
_DETERMINERS = frozenset("the a an its their his her our this that these those any some".split())
_NOT_NAMES = frozenset(MONTHS + WEEKDAYS) | STOP_WORDS


def _names(text: str) -> frozenset[str]:
    """Capitalised words of *text* that are names (not the capitalised first word of a sentence,
    unless it is a possessive or followed by another capitalised word)."""
    found = set()
    for match in re.finditer(r"\b[A-Z][\w&'’-]*[A-Za-z]", text):
        word = re.sub(r"['’]s$", "", match.group(0))
        possessive = word != match.group(0)  # "Halvorsen's revenue": a holder, even first in the sentence
        if word.lower() in _NOT_NAMES or match.start() == 0 and not possessive and not re.match(
                r"\s+[A-Z]", text[match.end():]):
            continue
        found.add(word.lower())
    return frozenset(found)


@dataclass(frozen=True)
class Claim:
    """What one sentence states, as far as conflicts go."""

    text: str
    """The sentence."""
    core: str
    """The statement without its attribution ("..., the union said"; "Police said ...")."""
    tokens: tuple[str, ...]
    """The core's words, lower-cased."""
    stems: frozenset[str]
    """Stems of the core's content words."""
    names: frozenset[str]
    """Names the core mentions, lower-cased."""
    ways: tuple[str, ...]
    """`directions` of the sentence."""
    denier: str = ""
    """Who denies, when the sentence denies a claim ("The ministry denied that ...")."""
    denied: frozenset[str] = frozenset()
    """Stems of what it denies."""

    @cached_property
    def specifiers(self) -> dict[str, dict[str, str]]:
        """Per content word of the core, the words that pick out which one is meant (see _specifiers)."""
        return _specifiers(self.tokens)

    @cached_property
    def text_tokens(self) -> tuple[str, ...]:
        """The whole sentence's words, lower-cased (what moves may sit in the attribution's clause)."""
        return tuple(w.lower() for w in re.findall(r"[\w'’.-]*\w", self.text))

    @cached_property
    def begins(self) -> bool:
        """Whether the statement starts a measure ("issued a notice") and lifts none."""
        return _BEGUN.search(self.core) is not None and not _ENDED.search(self.core)

    @cached_property
    def ends(self) -> bool:
        """Whether the statement lifts or ends a measure and starts none."""
        return _ENDED.search(self.core) is not None and not _BEGUN.search(self.core)

    @cached_property
    def earlier(self) -> frozenset[float]:
        """Values the sentence itself gives as superseded ("up from 900", "from 31 to 27"): the old
        value of a revision is not what the sentence claims."""
        return frozenset(f.value for f in earlier_values(self.text))

    @cached_property
    def revises(self) -> bool:
        """Whether the sentence states an update of a figure or a date: a word of restating
        ("revised", "now", "previously", "pushed back"), a value it gives as replacing another
        ("lowered its estimate ... to £3.1 million") or one it gives as superseded."""
        return bool(_RESTATED.search(self.text) or self.earlier or revised_values(self.text))

    @cached_property
    def party(self) -> frozenset[str]:
        """Stems of who makes the statement: its attribution ("..., police said"), else the words
        before the verb of an opening revision ("Police revised the number ...")."""
        said = _said_by(self)
        if said:
            return said
        lead = _REVISER.match(self.text)
        return _plain_stems(lead.group("who")) - {_stem(w) for w in _DETERMINERS} if lead else frozenset()

    @cached_property
    def text_stems(self) -> frozenset[str]:
        """Stems of the whole sentence's content words other than names (attribution included)."""
        return _plain_stems(self.text, self.names)


def claim(text: str, ways: Sequence[str] | None = None) -> Claim:
    """The parts of *text* that conflicts are judged on (*ways*: its `directions`, if known)."""
    core = _ATTRIBUTION_TAIL.sub("", text.strip()).strip().rstrip(".!")
    denial = _DENIAL.match(core)
    denier, denied = "", frozenset[str]()
    if denial and denial.group("what"):
        denier = denial.group("who").strip()
        denied = frozenset(_stem(w) for w in content_words(denial.group("what")))
    else:
        core = _ATTRIBUTION_LEAD.sub("", core, count=1)
    tokens = tuple(w.lower() for w in re.findall(r"[\w'’.-]*\w", core))
    names = _names(core)
    return Claim(text=text, core=core, tokens=tokens, stems=frozenset(_stem(w) for w in content_words(core)),
                 names=names, ways=tuple(ways) if ways is not None else directions(text), denier=denier,
                 denied=denied)


@lru_cache(maxsize=65536)
def _points(word: str) -> bool:
    """Whether *word* belongs to a word family that points a way."""
    return any(positive.fullmatch(word) or negative.fullmatch(word) for positive, negative in _FAMILIES)


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    """*word* without a possessive ending when it is a plain content word, else ""."""
    word = _POSSESSIVE.sub("", word)
    return word if word.isalpha() and word not in STOP_WORDS and not _points(word) else ""


_GENERIC = frozenset(
    "average typical median mean total overall new current latest estimated expected likely official initial final "
    "full entire whole own other same such main only".split())
"""Modifiers that describe rather than pick out a thing: "the average bill" and "typical bills" are one bill."""


def _specifiers(words: Sequence[str]) -> dict[str, dict[str, str]]:
    """Per content word, the words that pick out which one is meant, by slot: the word before it
    (past determiners: "the county hospital"), the noun after a preposition following it
    ("rainfall in the valley"), and for the statement's first content word the word after it
    ("copper prices"). Words that point a way are verbs here, not specifiers."""
    out: dict[str, dict[str, str]] = {}
    first = next((i for i, w in enumerate(words) if _plain(w)), -1)
    for index, word in enumerate(words):
        if not _plain(word):
            continue
        slots = out.setdefault(_stem(word), {})
        back = index - 1
        while back >= 0 and words[back] in _DETERMINERS:
            back -= 1
        neighbours = {"before": words[back] if back >= 0 else ""}
        if index == first and index + 1 < len(words):
            neighbours["after"] = words[index + 1]
        if index + 2 < len(words) and words[index + 1] in ("of", "in", "at", "for", "near", "on", "from"):
            after = index + 2
            while after < len(words) and words[after] in _DETERMINERS:
                after += 1
            neighbours["of"] = words[after] if after < len(words) else ""
        for slot, neighbour in neighbours.items():
            plain = _plain(neighbour)
            if plain and plain not in _GENERIC:
                slots.setdefault(slot, _stem(plain))
    return out


_LIGHT = frozenset(
    "stay stays stayed remain remains remained be been being was were is are will would could may might has have had "
    "keep keeps kept get gets got go goes went still expected expect expects set".split())
"""Verbs and adverbs between a thing and the word that says which way it goes ("will stay closed")."""
_PREPOSITIONS = frozenset("of at in for from on near across among".split())


def _mover(tokens: Sequence[str], word: str) -> str:
    """What rises or falls, who approves or rejects: the content word before a direction word, past
    auxiliaries, light verbs, negations and adverbs, taken back to the head of its noun phrase
    ("Bookings at hotels in the region fell": "booking"; "Medinova's shares rose": "share")."""
    first = word.split()[0].lower()
    try:
        index = tokens.index(first)
    except ValueError:
        return ""
    at = -1
    for back in range(index - 1, max(-1, index - 6), -1):
        token = tokens[back]
        if token in _LIGHT or token in ("not", "no", "never", "to") or token.endswith("ly") or token.endswith("n't"):
            continue
        if _plain(token):
            at = back
        break
    if at < 0:
        return ""
    while True:  # "bookings at hotels in the region": past modifiers to a preposition, then its head
        back = at - 1
        while back >= 0 and (tokens[back] in _DETERMINERS or _plain(tokens[back]) and tokens[back] not in _LIGHT):
            back -= 1
        if back >= 1 and tokens[back] in _PREPOSITIONS and _plain(tokens[back - 1]):
            at = back - 1
            continue
        return _stem(_plain(tokens[at]))


def same_subject(a: Claim, b: Claim) -> bool:
    """Whether two statements are about the same thing: if both name someone or something they
    share a name, and no shared word is specified differently in the same slot on the two sides
    (each side's specifier absent from the other statement)."""
    if a.names and b.names and not a.names & b.names:
        return False
    spec_a, spec_b = a.specifiers, b.specifiers
    for word in set(spec_a) & set(spec_b):
        for slot in set(spec_a[word]) & set(spec_b[word]):
            one, other = spec_a[word][slot], spec_b[word][slot]
            if one != other and one not in b.stems and other not in a.stems:
                return False  # "the county hospital" vs "the children's hospital"
    return True


# ---------------------------------------------------------------- the three tests

_DIGIT_RUN = re.compile(r"\d[\d,]*(?:\.\d+)?")
_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=16384)
def span_of(figure: Figure) -> tuple[float, float]:
    """The range a figure allows: (8, 15) for "8 to 15 percent", (12, 12) for "12 percent"."""
    raw = [float(n.replace(",", "")) for n in _DIGIT_RUN.findall(figure.text)]
    if len(raw) < 2 or not raw[-1]:
        return figure.value, figure.value
    factor = figure.value / raw[-1]
    return min(raw[0], raw[-1]) * factor, figure.value


_UNIT_WORDS = frozenset({"percent", "cent", "year", "month", "week", "day", "quarter", "half", "last", "first"})
"""Words that say how a figure is counted or when, not what it measures."""


def _plain_stems(text: str, leave_out: frozenset[str] = frozenset()) -> frozenset[str]:
    """Stems of *text*'s content words other than numbers and *leave_out* (names, say)."""
    return _content_stems(text) - leave_out - {_stem(w) for w in leave_out}


@lru_cache(maxsize=16384)
def _measure_stems(measures: str) -> frozenset[str]:
    """Stems of what a figure measures, without words that point a way: "rise in revenue" and
    "rise in costs" share no measure."""
    words = (_POSSESSIVE.sub("", w) for w in content_words(measures))
    return frozenset(_stem(w) for w in words if w.isalpha() and not _points(w))


@lru_cache(maxsize=16384)
def _content_stems(text: str) -> frozenset[str]:
    words = (_POSSESSIVE.sub("", w) for w in content_words(text))
    return frozenset(_stem(w) for w in words if w.isalpha())


def _differing(a: Sequence[Figure], b: Sequence[Figure]) -> Iterator[tuple[Figure, Figure]]:
    """Pairs of figures in the same unit and period whose values differ by more than 10% but
    less than a factor of 10 (beyond it, a total and a rate or two different things rather
    than two estimates), neither range allowing the other's value."""
    for fa in a:
        for fb in b:
            # a rate may be told on one side only ("$9 a month", "the monthly bill ... $6.40")
            if not fa.unit or unit_head(fa.unit) != unit_head(fb.unit) or fa.period != fb.period:
                continue
            high, low = max(fa.value, fb.value), min(fa.value, fb.value)
            if low <= 0 or (high - low) / high <= 0.1 or high / low > 10:
                continue
            (a_low, a_high), (b_low, b_high) = span_of(fa), span_of(fb)
            if not (a_low <= b_high and b_low <= a_high):  # "8 to 15 percent" allows 12 percent
                yield fa, fb


_SET_AGAINST = re.compile(r"\b(?:above|below|than|higher|lower|closer|rather|instead|not|versus|vs|contrary|"
                          r"against|short\s+of|more|less)\b", re.IGNORECASE)
"""A sentence giving two values that sets one against the other ("closer to $9, well above the city's
$6.40"), unlike one listing two holders' values ("A kept its $78 target, while B reiterated $64")."""
_HELD_BY = re.compile(r"\s+(?:from|by|at)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:&\s+)?[A-Z][\w'’&.-]*)*\W*$")


_NAMED_FIGURE_BEFORE = re.compile(r"\b(?:the|that|this|those|these)\s+(?:same\s+|much-\w+\s+|widely\s+\w+\s+)?$", re.IGNORECASE)
_NAMED_FIGURE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:figure|number|estimate|valuation|forecast|projection|claim|"
                                 r"calculation|assumption|tally|price\s+tag)s?\b", re.IGNORECASE)
"""A value the sentence names as a figure already given ("said the $2.9 billion figure assumes ...",
"called that 40 percent estimate a fiction"): the speaker refers to someone's figure, which is not a value
the speaker holds, so it is not set against another holder's value as the speaker's."""


def named_figure(text: str, at: int, end: int) -> bool:
    """Whether the value at *at*..*end* of *text* is named as a figure already given (`_NAMED_FIGURE_BEFORE`)."""
    return (_NAMED_FIGURE_BEFORE.search(text[max(0, at - 30):at]) is not None
            and _NAMED_FIGURE_AFTER.match(text, end) is not None)


def _measure_label(measures: str) -> str:
    """What a figure measures, as a reason names it: without whose figure it is ("target from
    Morgan Hale": the other side may be another holder's) and without closing punctuation."""
    label = _HELD_BY.sub("", measures.strip()).strip(" .,:;")
    return label or measures.strip(" .,:;")


def _referred(figure: Figure, text: str) -> bool:
    """Whether *text* gives *figure* only as a figure already given (`named_figure`)."""
    at = text.find(figure.text)
    return at >= 0 and named_figure(text, at, at + len(figure.text))


def figures_conflict(a: Sequence[Figure], b: Sequence[Figure], claim_a: Claim, claim_b: Claim) -> str:
    """Two figures that differ (see _differing) for the same quantity of the same thing: their
    measures share a word that is not a name or a direction ("net profit" and "profit"), or
    (within a factor of 3) the two statements share three such words (two when they share a
    name); the statements are about the same subject (see same_subject) and not about two events
    (a measure started and one lifted). A value either sentence gives as superseded ("up from the
    900 announced earlier", "revised ... from 31 to 27") is an update, on either side: the revising
    sentence does not claim it, and the other sentence that gives it is the earlier report."""
    if claim_a.begins and claim_b.ends or claim_a.ends and claim_b.begins:
        return ""  # two events: a notice issued for 18,000 and lifted for 14,000
    names = claim_a.names | claim_b.names
    leave_out = names | {_stem(n) for n in names} | {_stem(w[1:]) for w in claim_a.ways + claim_b.ways if w}
    common: frozenset[str] | None = None
    values_a = {(unit_head(f.unit), f.value) for f in a}
    values_b = {(unit_head(f.unit), f.value) for f in b}
    for fa, fb in _differing(a, b):
        if {fa.value, fb.value} & (claim_a.earlier | claim_b.earlier):
            continue  # an old value a revision gives ("from 31 to 27"), or the earlier report of it
        if _referred(fa, claim_a.text) or _referred(fb, claim_b.text):
            continue  # "said the $2.9 billion figure assumes ...": another's figure referred to, not claimed
        both = claim_b if (unit_head(fa.unit), fa.value) in values_b else claim_a if (
            unit_head(fb.unit), fb.value) in values_a else None
        if both is not None and not _SET_AGAINST.search(both.text):
            continue  # the other statement gives this value too, beside another holder's: a spread of views
        if other_kinds(fa, fb, word_stems(claim_a.text), word_stems(claim_b.text)):
            continue  # "400 homes" and "260 rented homes": a kind of the thing is another count
        high, low = max(fa.value, fb.value), min(fa.value, fb.value)
        unit = {_stem(unit_head(fa.unit).lower())} | _UNIT_WORDS
        measure_a = _measure_stems(fa.measures) - leave_out - unit
        measure_b = _measure_stems(fb.measures) - leave_out - unit
        same_measure = bool(measure_a & measure_b)
        if not same_measure and len(measure_a) >= 2 and len(measure_b) >= 2:
            continue  # two measures each named in full, and different: "passenger numbers" vs "cargo volumes"
        if not same_measure and common is None:
            common = (claim_a.text_stems & claim_b.text_stems) - unit
        # Three shared words, or two besides direction words when both name the same thing
        # ("The river at Lindau peaked at ...").
        same_thing = not same_measure and high / low < 3 and (
            len(common or ()) >= 3 or bool(claim_a.names & claim_b.names) and len((common or set()) - leave_out) >= 2)
        if (same_measure or same_thing) and same_subject(claim_a, claim_b):
            what = _measure_label(fa.measures) if same_measure else "the same thing"
            return f"different figures for {what}: {fa.text} vs {fb.text}"
    return ""


def _as_said(way: str, positive: re.Pattern[str]) -> str:
    """A direction word as the sentence means it: "not reopen" when a negation turns it round
    (so a reason never names one word against itself)."""
    sign, word = way[0], way[1:]
    turned = (positive.fullmatch(word) is not None) != (sign == "+")
    return f"not {word}" if turned else word


def direction_conflict(a: Claim, b: Claim, *, same_mover: bool = False) -> str:
    """Opposite directions in one word family about the same subject, the two statements sharing
    two content words besides the direction words, or one when it is what moves on both sides
    ("The mine will reopen" vs "The mine will stay closed"). *same_mover*: only the latter (for
    statements too little alike otherwise)."""
    for (positive, _), word_a, word_b in zip(_FAMILIES, a.ways, b.ways, strict=True):
        if not (word_a and word_b and word_a[0] != word_b[0]):
            continue
        direction = {_stem(w) for w in (word_a[1:] + " " + word_b[1:]).split()}
        mover_a, mover_b = _mover(a.text_tokens, word_a[1:]), _mover(b.text_tokens, word_b[1:])
        if mover_a and mover_b and mover_a != mover_b and mover_a not in b.stems and mover_b not in a.stems:
            continue  # different things move: "shares rose" vs "revenue fell"
        shared = (a.stems & b.stems) - direction
        moves_alike = bool(mover_a) and mover_a == mover_b and mover_a in shared
        if (moves_alike or len(shared) >= 2 and not same_mover) and same_subject(a, b):
            return f"opposite directions: \u201c{_as_said(word_a, positive)}\u201d vs \u201c{_as_said(word_b, positive)}\u201d"
    return ""


def _own_denial(a: Claim, b: Claim) -> bool:
    """Whether *b* denies a figure on behalf of who states *a* ("Nordair said 12 flights were
    cancelled" and "Nordair denied that more than 20 were"): one party bounding its own count,
    no disagreement (a party denying what it said before, with no figure, still contradicts itself)."""
    if not b.denier or not re.search(r"\d", b.core):
        return False
    denier = _plain_stems(b.denier) - {_stem(w) for w in _DETERMINERS}
    lead = _plain_stems(" ".join(a.text.split()[:3]))
    return bool(denier & (_said_by(a) | lead))


def denial_conflict(a: Claim, b: Claim) -> str:
    """*b* denies what *a* states: most of what is denied is in *a*, and nothing denied points
    a way that *a* does not ("denied that it failed" does not deny "it passed")."""
    if not b.denied or a.denied or _NEGATIVE.search(a.core) and not _NEGATIVE.search(b.core):
        return ""  # "The launch was not delayed" and "denied that the weather delayed it" agree
    shared = b.denied & a.stems
    if len(shared) < 2 or len(shared) < 0.6 * len(b.denied):
        return ""
    for word in b.denied - a.stems:
        if any(positive.match(word) or negative.match(word) for positive, negative in _FAMILIES):
            return ""
    return f"{b.denier or 'one source'} denies it"


# ---------------------------------------------------------------- one thing, then another

_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS if m != "may")
_WHEN = re.compile(
    r"\b(?P<weekday>" + "|".join(d.capitalize() for d in WEEKDAYS) + r")(?:['’]s)?\b"
    r"|\b(?P<month>" + _MONTH_NAMES + r")\b|\b(?:in|on|by|until|since|from|early|late|mid|of)\s(?:(?P<may>May)\b|(?P<year>(?:19|20)\d\d)\b)")
"""Days, months and years a statement names, each by its kind (weekday, month, year)."""
_EXPECTATION = re.compile(r"\b(?:expect(?:s|ed|ing)?|forecasts?|forecasted|predict(?:s|ed|ing)?|projected|"
                          r"anticipat(?:es|ed|ing)|was\s+due\s+to|were\s+due\s+to)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:will|would|shall|won['’]t|going\s+to|expect\w*|forecast\w*|predict\w*|projected|"
                    r"anticipat\w*|likely|unlikely|could|may|might)\b", re.IGNORECASE)
"""A statement about what is to come: a forecast next to which an outcome is no disagreement."""
_RESTATED = re.compile(r"\b(?:later|subsequently|since|now|revis(?:e|es|ed|ing)|correct(?:s|ed|ing)|"
                       r"updat(?:e|es|ed|ing)|amend(?:s|ed|ing)|previously|earlier|originally|no\s+longer|"
                       r"postpon(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+back|brought\s+forward)\b", re.IGNORECASE)
"""A body restating its own figure or date: "Police later said 17 ...", "The agency revised ...",
"... pushing back the date it gave on Monday"."""
_REVISER = re.compile(r"^(?P<who>(?:[\w'’.&-]+\s+){1,5}?)(?:also\s+|later\s+|now\s+)?(?:revis|rais|lower|correct|"
                      r"amend|updat|extend|reduc|increas|trimm|postpon)\w*\b", re.IGNORECASE)
"""Who opens a sentence by revising something ("The force also revised the number ...")."""


def _times(text: str) -> dict[str, frozenset[str]]:
    """The days, months and years *text* names, by kind ("May" only as a month after a preposition)."""
    found: dict[str, set[str]] = {}
    for match in _WHEN.finditer(text):
        kind = match.lastgroup or ""
        found.setdefault("month" if kind == "may" else kind, set()).add(match.group(kind).lower())
    return {kind: frozenset(values) for kind, values in found.items()}


def _said_by(claim: Claim) -> frozenset[str]:
    """Stems of who a statement is attributed to (its words outside the core), without verbs of
    saying and words of restating."""
    outside = claim.text.replace(claim.core, " ", 1) if claim.core and claim.core in claim.text else ""
    words = [w for w in content_words(outside) if not re.fullmatch(_SAY, w, re.IGNORECASE)
             and not _RESTATED.fullmatch(w) and w.lower() not in ("according", "put", "puts")]
    return frozenset(_stem(w) for w in words if w.isalpha())


def sequence(a: Claim, b: Claim) -> str:
    """Why two statements that differ are two moments of one story rather than two accounts of
    one moment, or "": they name different days, months or years ("opened ... Friday night" and
    "closed ... on Monday"); one is a forecast and the other what happened ("expected 30,000
    runners" and "24,500 runners finished"); or one body restates its own figure ("Police said
    12 ..." and "Police later said 17 ...")."""
    both_ahead = _AHEAD.search(a.text) is not None and _AHEAD.search(b.text) is not None
    times_a, times_b = _times(a.text), _times(b.text)
    for kind in ("year", "month", "weekday"):  # two forecasts of when ("in March", "not before September") differ
        if kind in times_a and kind in times_b and not times_a[kind] & times_b[kind] and not both_ahead:
            return "different times"
    if bool(times_a) != bool(times_b) and a.ways[_MOVES:_MOVES + 1] != ("",) != b.ways[_MOVES:_MOVES + 1] \
            and not both_ahead:
        # A quantity's move over a period, dated ("fell 4% on Monday"), and one that is not ("rose 2% as
        # investors ..."): nothing shows the two are over one period, and a rise after a fall is news,
        # not a dispute. (A one-off act, approved against rejected, has no period: it still conflicts.)
        return "a dated change and an undated one"
    if bool(_EXPECTATION.search(a.text)) != bool(_EXPECTATION.search(b.text)) and not both_ahead:
        return "a forecast and its outcome"
    if (a.revises or b.revises) and a.party & b.party:
        return "one body restating"
    return ""


def pair_conflict(a: Claim, b: Claim, figures_a: Sequence[Figure], figures_b: Sequence[Figure], sim: float) -> str:
    """Why statements *a* and *b* (from two sources, *sim* their cosine) conflict, or "".
    Near-identical sentences conflict too when their figures or directions differ. Two moments
    of one story (see `sequence`) differ without conflicting: only a denial counts between them."""
    if sim < FIGURES_RELATED or _own_denial(a, b) or _own_denial(b, a):
        return ""
    reason = ""
    if not sequence(a, b):
        # Opposite directions first: "rose 6%" vs "fell 2%" is a rise against a fall, not two figures.
        reason = direction_conflict(a, b, same_mover=sim < RELATED)
        if not reason and figures_a and figures_b:
            reason = figures_conflict(figures_a, figures_b, a, b)
    if not reason:
        reason = denial_conflict(a, b) or denial_conflict(b, a)
    return reason


# ---------------------------------------------------------------- one sentence, two accounts

_HOLDER = r"(?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+"
_STRONG = (r"insist\w*|maintain\w*|den(?:y|ies|ied)|disput\w*|counter\w*|contend\w*|reject\w*|argu\w*|claim\w*|"
           r"dismiss\w*|accus\w*|blam\w*")
_NEUTRAL = r"say|says|said|put|puts|told|tells|report(?:s|ed)?|estimat(?:es|ed)|believ(?:es|ed)|think|thinks"
_ASKS = (r"wants?|wanted|demand(?:s|ed)?|(?:is|are|was|were)\s+(?:seeking|demanding|asking\s+for|calling\s+for|"
         r"pushing\s+for)|seeks?|sought|asks?\s+for|asked\s+for|calls?\s+for|called\s+for")
"""What a party asks for (the first side of "X wants ..., while Y has offered ...")."""
_OFFERS = (r"(?:(?:has|have|had)\s+)?(?:offered|proposed)|offers|proposes|(?:is|are|was|were)\s+(?:offering|proposing)|"
           r"plans?\s+to|planned\s+to|(?:is|are)\s+(?:prepared|willing)\s+to")
"""What the other party offers or plans instead: a position only when the two differ on their face."""
_TWO_ACCOUNTS = re.compile(
    r"^(?:[^:;\"“”]{3,80}:\s+)?(?P<a>" + _HOLDER + r")\s+(?P<va>" + _STRONG + "|" + _NEUTRAL + r"|blamed|blames|"
    + _ASKS + r")\s+(?P<ca>.+?),?\s+"
    r"(?:while|whereas|but)\s+(?P<b>" + _HOLDER + r")\s+(?P<vb>" + _STRONG + "|" + _NEUTRAL + "|" + _OFFERS
    + r")\s+(?P<cb>.+)$",
    re.IGNORECASE)
"""Two holders' accounts in one sentence, after an optional lead ("The dispute is over pay: ...")."""
_AGAINST_OFFER = re.compile(
    r"^(?P<a>" + _HOLDER + r"),?\s+(?:which|who)\s+(?:" + _ASKS + r")\s+(?P<ca>[^,;]*?\d[^,;]*?)\s+against\s+"
    r"(?P<b>(?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}?)['’]s?\s+(?P<cb>[^,;]*?\d[^,;]*?)\s+"
    r"(?:offer|proposal|bid)\b", re.IGNORECASE)
""""X, which is seeking a 14% rise against the company's 6% offer, ...": a demand set against an offer."""
_ACCOUNT = (r"(?:account|claims?|version|assertion|reports?|statements?|figures?|estimates?|allegations?|description|"
            r"arguments?|proposals?|plans?|demands?|calls?|decision|position|views?|conclusions?|assessment|offer|"
            r"conditions?|case|findings?|counts?|tally|numbers?|data|results?|suggestions?|assumptions?|forecasts?|"
            r"projections?|predictions?|assurances?|insistence|contention|characteri[sz]ation|reading|interpretation)")
_DISPUTE = re.compile(
    r"^(?P<a>" + _HOLDER + r")\s+(?:(?:disput|reject|den(?:y|ie)|contest|challeng|dismiss|question|refut|contradict)\w*|"
    r"disagree(?:s|d)?\s+with|push(?:es|ed)?\s+back\s+(?:on|against))\s+"
    r"(?:(?P<b>(?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}?)['’]s\s+" + _ACCOUNT
    + r"|" + _ACCOUNT + r"\s+(?:by|from|of)\s+(?P<b2>(?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}?)(?=\s+that\b|[,.]|$))",
    re.IGNORECASE)
_FIRST_PERSON = re.compile(r"^[\"“‘']?\s*(?:I|We)\s+(?:\w+ly\s+)?(?:disagree\s+with|dispute|reject|challenge|"
                           r"question|contest)\s", re.IGNORECASE)
""""I disagree with ...", "We strongly dispute ...": the holder is the one speaking, named by the
sentence's speech tag or, in a column or a note, by its byline."""
_SPEECH_TAG = re.compile(r"(?:[,.!?]?[\"”’']\s*,?|,)\s*(?:(?P<a>" + _HOLDER + r")\s+(?:said|says|told\s+\w+|added|wrote|writes)|"
                         r"(?:said|says|added|wrote|writes)\s+(?P<a2>" + _HOLDER + r")(?:,[^,]{3,80},?)?)\s*"
                         r"(?:(?:on|in)\s+[\w ,]{2,40})?[.!]?$")
"""The speech tag closing a quoted sentence: '..., Berggren said.', '..." said Ana Castro, a ...'."""


_CALLED_FALSE = re.compile(
    r"^(?P<a>" + _HOLDER + r")(?:,[^,]{3,80},)?\s+(?:call|describ|label|brand)\w*\s+(?P<b>(?:the\s+)?[\w'’.&-]+"
    r"(?:\s+[\w'’.&-]+){0,3}?)['’]s?\s+" + _ACCOUNT + r"\b[^.;]{0,80}?\s+(?:as\s+)?[\"“]?(?:simply\s+|grossly\s+|deeply\s+)?"
    r"(?:false|untrue|misleading|inaccurate|wrong|incorrect|exaggerated|flawed|baseless|unfounded)\b", re.IGNORECASE)
""""X called Y's figure of ... misleading": one party judging another's account false."""
_CONTRARY = re.compile(
    r"^contrary\s+to\s+(?P<b>[^,]{2,60}?)(?:['’]s\s+" + _ACCOUNT + r")?,\s*(?P<a>" + _HOLDER + r")\s+(?:"
    + _STRONG + "|" + _NEUTRAL + r")\b", re.IGNORECASE)
_PRONOUNS = frozenset("he she it they we i you this that which who".split())
_ACCUSES = re.compile(
    r"^(?P<a>" + _HOLDER + r")(?:,[^,]{3,80},)?\s+accus(?:ed|es)\s+(?P<b>(?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}?)\s+"
    r"of\s+\w+ing\b")
""""X accused Y of doing ...": an accuser named inside the sentence (a name, not the sentence's first
word alone: "Police accused the driver of speeding" is a charge, not a party's dispute)."""
_NEGATIVE = re.compile(r"\b(?:" + NEGATIONS + r"|none|nobody|nothing|fewer|less)\b|n[’']t\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d[\d,.]*")
_WHEN_NAMED = re.compile(r"\b(?:" + "|".join(m for m in MONTHS if m != "may") + "|" + "|".join(WEEKDAYS) + r")\b")
"""Months and weekdays, lower-cased ("may" is left out: it is mostly the verb)."""


def _accounts_differ(first: str, second: str) -> bool:
    """Two reported contents that contradict on their face: one denies and the other does not,
    they point opposite ways, they give different numbers, or a shared word is specified
    differently ("Iranian waters" vs "Iraqi waters")."""
    if bool(_NEGATIVE.search(first)) != bool(_NEGATIVE.search(second)):
        return True
    if any(x and y and x[0] != y[0] for x, y in zip(directions(first), directions(second), strict=True)):
        return True
    numbers_a, numbers_b = set(_DIGITS.findall(first)), set(_DIGITS.findall(second))
    if numbers_a and numbers_b and not numbers_a & numbers_b:
        return True
    times_a, times_b = set(_WHEN_NAMED.findall(first.lower())), set(_WHEN_NAMED.findall(second.lower()))
    if times_a and times_b and not times_a & times_b:
        return True  # "reopened by June" against "September is the earliest"
    return not same_subject(claim(first), claim(second))


_AUXILIARY_END = re.compile(r"(?:\s+(?:has|have|had|is|are|was|were|will|would|could|may|might|can|did|does|do|"
                            r"also|still|now|again|already|long|repeatedly))+$")
"""Auxiliaries and adverbs a holder runs into ("The trust has"), in lower case as running text
writes them: a name that ends in such a word ("Theresa May", "Jamie Long") keeps it."""
_VERB_IN_NAME = re.compile(r"\s(?:has|have|had|is|are|was|were|will|would|could|may|might|can|did|does|do|"
                           r"said|says|raised|cut|made|gave|told)\b")


_CLAUSE_OPENER = frozenset(
    "although though even because since as while whilst whereas when whenever once until unless if after before "
    "despite so and but or nor yet then however".split())
"""Words that open a clause or join two, never a noun phrase (subordinating and coordinating
conjunctions, and connectives): a side opening on one is a clause taken for a name."""
_PERSONAL = frozenset("i me we us you he him she her it they them this that these those there "
                      "who which what".split())
"""Pronouns: a phrase headed by one names nobody a reader has met."""


def noun_phrase(side: str, *, whole: bool = True) -> bool:
    """Whether *side* can name a body or a person: a phrase headed by a name or a role ("Tamarack",
    "the operator", "Friends of Ashby Library"), not a clause opener ("Although it"), a pronoun
    ("They") or, when *whole* (a side as a sentence gives it, not a speaker with an apposition), a
    fragment of a sentence (punctuation inside it, or ending on a full stop)."""
    words = re.findall(r"[\w'’&.-]+", side)
    if not words or whole and re.search(r"[,;:!?\"“”()]", side) or side.rstrip().endswith(".") and not re.search(
            r"\b(?:[A-Z]|Inc|Ltd|Co|Corp|Bros|Jr|Sr|St)\.$", side.rstrip()):
        return False
    first, head = words[0].lower(), words[-1].lower().strip(".")
    return first not in _CLAUSE_OPENER and head not in _PERSONAL and head not in _DETERMINERS


_DAY_WORDS = "|".join(WEEKDAYS) + "|" + "|".join(MONTHS)
_WHEN_FIRST = re.compile(
    r"^(?:(?:early|late|earlier|later)\s+)?(?:(?:on|by|until|since|from)\s+)?(?:(?:(?:early|late)\s+)?(?:" + _DAY_WORDS +
    r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?|(?:(?:at|by|until|after|before|around|about)\s+)?"
    r"(?:\d{1,2}[:.])?\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)|in\s+(?:(?:early|late|mid-?)\s*)?(?:" + _DAY_WORDS +
    r"|(?:19|20)\d\d)|today|yesterday|tonight|(?:last|this|next)\s+(?:week|month|year|night|morning|evening|" +
    _DAY_WORDS + r"))(?:\b|(?<=\.))\s*,?\s*", re.IGNORECASE)
"""A time phrase a clause opens on before its subject ("On Wednesday the group rejected ...",
"Last week, the union ...", "At 6 p.m. Vance ...", or a clock time's tail "29 p.m." where a sentence split at
"6:"): when something was done, no part of who did it."""


def only_time(text: str) -> bool:
    """Whether *text* is nothing but time phrases (`_WHEN_FIRST`: "Wednesday", "In March", "March
    3, 2026"): a when, never a who."""
    rest = text.strip(" ,")
    while rest and (opening := _WHEN_FIRST.match(rest)) is not None and opening.end() > 0:
        rest = rest[opening.end():]
    return not rest


def party_name(side: str) -> str:
    """*side* as the name of a party, or "" when it is none: the auxiliaries a holder runs into
    are left off ("The trust has" -> "The trust"), and so is a time phrase it opens on ("On
    Wednesday the group" -> "the group"); a side still holding a verb ("Northwind Airways has
    raised its pay") is a clause, not a name, and so is one that is no noun phrase
    (`noun_phrase`: "Although it") or only a time ("Wednesday")."""
    side = time_free(_AUXILIARY_END.sub("", re.sub(r"\s+", " ", side).strip(" ,")))
    return "" if not side or _VERB_IN_NAME.search(side) or not noun_phrase(side) else side


def time_free(name: str) -> str:
    """*name* without the time phrases it opens on ("Thursday" of "Thursday rural affairs minister ...",
    "29 p.m." of "29 p.m. Residents on Eastgate Road", "In March"): a day, a month or a clock time is when
    something was said, never who said it; "" when nothing else is left. A bare day word before a capital
    is a name's first word and stays ("Monday Properties", "May Group")."""
    while (opening := _WHEN_FIRST.match(name)) and opening.end() > 0:
        rest = name[opening.end():]
        if rest[:1].isupper() and "," not in opening.group(0) and re.match(r"(?:" + _DAY_WORDS + r")\b", name,
                                                                            re.IGNORECASE):
            break  # a bare day word before a capital is a name's first word ("Monday Properties", "May Group")
        name = rest
    return name


def _holder(text: str) -> str:
    """A holder as a reader should see it: no opening article when it is a name ("the UK" stays),
    no auxiliary it runs into; "" when it is no name (`party_name`)."""
    text = party_name(text)
    return text[0].upper() + text[1:] if text else text


_VAGUE = re.compile(r"(?:the|its|their|his|her|this|that)\s+(?:other\s+)?(?:group|company|firm|organi[sz]ation|agency|"
                    r"body|association|union|side|campaign|coalition|alliance|charity|society|network|party|"
                    r"official|officials|spokes(?:man|woman|person)|man|woman)", re.IGNORECASE)


def vague(holder: str) -> bool:
    """Whether *holder* names a party only by pointing back at it ("the group", "the company"):
    a reader who meets it in a label has not seen what it points at."""
    return _VAGUE.fullmatch(holder.strip()) is not None


def _distinct(a: str, b: str) -> bool:
    words_a, words_b = a.lower().split(), b.lower().split()
    if not words_a or not words_b or words_a[-1] in _PRONOUNS or words_b[-1] in _PRONOUNS:
        return False
    return {_stem(w) for w in words_a} - _DETERMINERS != {_stem(w) for w in words_b} - _DETERMINERS


class Contrast(NamedTuple):
    """One sentence that sets two holders' accounts against each other."""

    sides: tuple[str, str]
    """Who holds each account, as the sentence names them."""
    reason: str
    """How the sentence sets them apart."""


@lru_cache(maxsize=4096)
def contrast(text: str) -> Contrast | None:
    """The two holders of a sentence that gives both sides of a disagreement, or None."""
    sentence = text.strip()
    two = _TWO_ACCOUNTS.match(sentence)
    if two and _distinct(two.group("a"), two.group("b")):
        strong = re.fullmatch(_STRONG, two.group("vb"), re.IGNORECASE) is not None
        if strong or _accounts_differ(two.group("ca"), two.group("cb")):
            a, b = _holder(two.group("a")), party_name(two.group("b"))
            verb = two.group("vb").lower() if strong or re.fullmatch(_NEUTRAL, two.group("vb"), re.IGNORECASE) \
                else "offers"
            return Contrast((a, b), f"{b or 'the other side'} {verb} otherwise")
    against = _AGAINST_OFFER.match(sentence)
    if against and _distinct(against.group("a"), against.group("b")) and _accounts_differ(
            against.group("ca"), against.group("cb")):
        a, b = _holder(against.group("a")), party_name(against.group("b"))
        return Contrast((a, b), f"{b or 'the other side'} offers otherwise")
    dispute = _DISPUTE.match(sentence)
    if _FIRST_PERSON.match(sentence) and (dispute := _DISPUTE.match(sentence.lstrip("\"“‘' "))):
        # The one speaking holds the dispute: the speaker its tag names, or the writer of the
        # source (left unnamed here: the brief names a column's or a note's writer by its byline).
        b = party_name(dispute.group("b") or dispute.group("b2") or "")
        tag = _SPEECH_TAG.search(sentence)
        a = _holder((tag.group("a") or tag.group("a2")) if tag else "")
        if b and not vague(b) and (not a or _distinct(a, b)):
            return Contrast((a, b), f"{a or ('the speaker' if tag else 'the writer')} disputes what {b} says")
        return None
    if dispute:
        a, b = _holder(dispute.group("a")), party_name(dispute.group("b") or dispute.group("b2") or "")
        if _distinct(a, b):
            return Contrast((a, b), f"{a} disputes what {b} says")
    called = _CALLED_FALSE.match(sentence)
    if called and _distinct(called.group("a"), called.group("b")):
        a, b = _holder(called.group("a")), party_name(called.group("b"))
        return Contrast((a, b), f"{a} disputes what {b} says")
    accuses = _ACCUSES.match(sentence)
    if accuses and re.search(r"\s[A-Z]", accuses.group("a")) and _distinct(accuses.group("a"), accuses.group("b")):
        a, b = _holder(accuses.group("a")), party_name(accuses.group("b"))
        return Contrast((a, b), f"{a} accuses {b}")
    contrary = _CONTRARY.match(sentence)
    if contrary and _distinct(contrary.group("a"), contrary.group("b")):
        a, b = _holder(contrary.group("a")), party_name(contrary.group("b"))
        return Contrast((a, b), f"{a} contradicts {b}")
    return None


_MAY_CONTRAST = compile_folded(r"\b(?:while|whereas|but|against|disput|reject|den(?:y|ie)|contest|challeng|dismiss|question|accus|"
                           r"disagree|push\w*\s+back|call|describ|label|brand|"
                           r"refut|contradict|contrary)")


def may_conflict(text: str) -> bool:
    """Whether *text* denies a claim or holds two accounts, so that it should be looked at for
    disagreements even if it is not chosen as a note."""
    return _DENIAL_VERB.search(text) is not None or _MAY_CONTRAST.search(text) is not None and contrast(text) is not None


# ---------------------------------------------------------------- across the corpus

def _may_differ(a: Sequence[Figure], b: Sequence[Figure]) -> bool:
    """Whether two statements give differing figures (the figures test without its subject and
    measure checks)."""
    for fa, fb in _differing(a, b):
        if max(fa.value, fb.value) / min(fa.value, fb.value) < 3 or _measure_stems(fa.measures) & _measure_stems(
                fb.measures):
            return True  # else neither a shared measure nor (within a factor of 3) the same thing
    return False


class _Keys(NamedTuple):
    """What one statement offers a conflict, for a quick look at a pair before the full tests."""

    denies: bool
    """It denies or dismisses something."""
    up: int
    """Bit i set: it points the positive way in word family i."""
    down: int
    """Bit i set: it points the negative way in word family i."""
    figures: frozenset[tuple[str, str]]
    """(unit, period) of each figure with a unit: only figures sharing both can differ."""


def _keys(text: str, ways: Sequence[str], figures: Sequence[Figure]) -> _Keys:
    up = down = 0
    for family, way in enumerate(ways):
        if way:
            if way[0] == "+":
                up |= 1 << family
            else:
                down |= 1 << family
    return _Keys(_DENIAL_VERB.search(text) is not None, up, down,
                 frozenset((unit_head(f.unit), f.period) for f in figures if f.unit))


class Conflict(NamedTuple):
    """A disagreement found: two statements (*b* >= 0) or one sentence holding both sides (*b* == -1)."""

    a: int
    b: int
    reason: str
    sides: tuple[str, ...] = ()


def disagreements(
    pairs: Sequence[tuple[int, int, float]],
    texts: Sequence[str],
    figures: Sequence[Sequence[Figure]],
    ids: Sequence[str],
    scores: Sequence[float],
    *,
    pointing: Sequence[Sequence[str]] | None = None,
    dates: Sequence[str] | None = None,
    limit: int = 12,
) -> list[Conflict]:
    """Conflicts among related statements of different sources (*pairs*: index, index, cosine)
    and sentences that hold both sides themselves, strongest first, each statement used once.
    *pointing* holds each statement's `directions` where already known; *dates* its source's
    date (ISO, "" when unknown): two sources dated differently that give different figures or
    directions report a developing story (an update, not a disagreement), so between them
    only a denial counts."""
    memo: dict[int, Claim] = {}

    def claim_of(index: int) -> Claim:  # each sentence's parts, worked out once, when first needed
        if index not in memo:
            memo[index] = claim(texts[index], pointing[index] if pointing is not None else None)
        return memo[index]

    keys = [_keys(text, pointing[index] if pointing is not None else directions(text), figures[index])
            for index, text in enumerate(texts)]
    # Candidates with the weight a conflict between them would have; only the strongest `limit`
    # conflicts are kept, each statement once, so candidates are tested strongest first and the
    # (costly) tests stop once `limit` conflicts are found.
    candidates: list[tuple[float, str, str, int, int, float]] = []
    for a, b, sim in pairs:
        if sim < FIGURES_RELATED:
            continue
        ka, kb = keys[a], keys[b]
        if dates is not None and dates[a] and dates[b] and dates[a] != dates[b]:
            if ka.denies or kb.denies:  # a developing story: only a denial counts
                candidates.append((-sim * (scores[a] + scores[b]), ids[a], ids[b], a, b, -1.0))
            continue
        if ka.denies or kb.denies or ka.up & kb.down or ka.down & kb.up or ka.figures & kb.figures:
            candidates.append((-sim * (scores[a] + scores[b]), ids[a], ids[b], a, b, sim))
    for index, text in enumerate(texts):
        if _MAY_CONTRAST.search(text):
            candidates.append((-scores[index], ids[index], "", index, -1, 0.0))
    candidates.sort(key=lambda item: item[:3])
    used: set[int] = set()
    out: list[Conflict] = []
    for _, _, _, a, b, sim in candidates:
        if a in used or b in used:
            continue
        if b < 0:
            held = contrast(texts[a])
            if held is None:
                continue
            found = Conflict(a, -1, held.reason, held.sides)
        else:
            reason = _denial_either(claim_of(a), claim_of(b)) if sim < 0 else _pair_reason(
                claim_of, a, b, figures[a], figures[b], keys[a], keys[b], sim)
            if not reason:
                continue
            found = Conflict(a, b, reason)
        used |= {found.a, found.b} - {-1}
        out.append(found)
        if len(out) >= limit:
            break
    return out


def _denial_either(a: Claim, b: Claim) -> str:
    return denial_conflict(a, b) or denial_conflict(b, a)


def _pair_reason(claim_of: Callable[[int], Claim], a: int, b: int, figures_a: Sequence[Figure],
                 figures_b: Sequence[Figure], keys_a: _Keys, keys_b: _Keys, sim: float) -> str:
    """`pair_conflict` of two statements, after the cheap looks that rule most pairs out."""
    if not (keys_a.denies or keys_b.denies or keys_a.up & keys_b.down or keys_a.down & keys_b.up
            or _may_differ(figures_a, figures_b)):
        return ""
    return pair_conflict(claim_of(a), claim_of(b), figures_a, figures_b, sim)
