"""Two estimates of one quantity that a source sets against each other.

An analyst or a party gives its own value of a quantity another party put a figure on, and says
so: "The government says the drought will cost farmers 420 million leva. That figure is too low.
Our own survey ... suggests that losses ... are closer to 600 million leva." (an own estimate,
within a few sentences of the figure it answers, in the same unit and period), or, in one
sentence, "which put the number ... at about 3 percent, against the directorate's estimate of 10
to 30 percent." Only where the text itself sets the two values against each other: two sources
that give different values of what may be two quantities are left to the figures test
(`conflicts.figures_conflict`). Only general English cues; precision first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import combinations

from briefgen.ingest import RELIABILITY
from briefgen.ingest.clean import MONTHS, WEEKDAYS
from briefgen.models import Figure, SourceMeta
from briefgen.notes import features
from briefgen.notes.conflicts import Conflict, named_figure, span_of
from briefgen.notes.figures import MONEY_UNITS, earlier_values, other_kinds, same_value, unit_head, word_stems

REACH = 3
"""Sentences after a figure within which a source's own estimate answers it."""

_OWN = re.compile(
    r"\b(?:closer\s+to|nearer\s+to|rather\s+than|(?:on|by)\s+(?:my|our)\s+(?:own\s+)?(?:estimates?|calculations?|"
    r"count|reckoning|numbers|figures|analysis)|(?:my|our)\s+own\b|in\s+(?:my|our)\s+view|"
    r"(?:his|her|their|my|our)\s+(?:own\s+|central\s+|best\s+)?(?:estimates?|calculations?|forecasts?)|"
    r"(?:we|I)\s+(?:estimate|calculate|reckon|put|expect|think|believe)|"
    r"(?:my|our)\s+(?:[\w-]+\s+){1,4}?(?:puts?|estimates?|shows?|suggests?|implies|finds?|projects?|calculates?)\s)",
    re.IGNORECASE)
"""A value given as the writer's (or speaker's) own estimate, or as the right one instead of another."""
_OWN_PUTS = re.compile(r"^(?:(?:[\w-]+\s+){0,4}?)(?:my|our)\s+(?:[\w-]+\s+){1,4}?(?:puts?|estimates?|projects?|calculates?)\s+"
                       r"(?P<what>(?:[\w'’-]+\s+){1,4}?)at\s+(?:about\s+|around\s+|roughly\s+)?\d", re.IGNORECASE)
"""A sentence that is the writer's own value of a named quantity, its subject the writer's model or
analysis: "Our traffic model puts first-year use at 19,000 to 21,000 vehicles a day." Set against a
value another holder gives in the same unit (with its rate) a few sentences before, it answers it even
where the judgement between them ("We think that is too optimistic.") was not kept as a note, provided
the quantity it names ("first-year use") shares a word with the sentence before ("in the first year")."""


def _names_same(own: str, held: str) -> bool:
    """Whether the quantity *own* (an `_OWN_PUTS` sentence) puts a value on is named in *held*:
    a word of four letters or more in common, by its first five letters ("imports" is not "exports")."""
    match = _OWN_PUTS.search(own)
    if match is None:
        return False
    words = {w[:5] for w in re.findall(r"[a-z]{4,}", match.group("what").lower())} - {"their", "that", "this"}
    return bool(words & {w[:5] for w in re.findall(r"[a-z]{4,}", held.lower())})


_INSTEAD = re.compile(r"\b(?:closer\s+to|nearer\s+to|rather\s+than|more\s+(?:realistic|plausible|likely|credible|"
                      r"accurate|reasonable))\b", re.IGNORECASE)
_NOT_VALUE = re.compile(r",\s+not\s+(?:the\s+)?", re.IGNORECASE)
""""our central estimate ... is 2.5 billion crowns a year by 2030, not 6.2 billion": the own value
given instead of another's value, named right after "not"."""
_JUDGED = re.compile(
    r"\b(?:too\s+(?:low|high|optimistic|pessimistic|small|large|rosy)|optimistic|overstat\w*|understat\w*|"
    r"exaggerat\w*|inflated|underestimat\w*|overestimat\w*|unrealistic|wrong|flawed)\b", re.IGNORECASE)
"""Words that judge a figure: what turns two values into one answering the other."""
_THAN_SAYS = re.compile(
    r"\b(?:smaller|larger|lower|higher|bigger|greater|less|more|weaker|stronger)\s+than\s+(?:the\s+)?"
    r"(?:[\w'’&.-]+\s+){1,4}?(?:says?|said|claims?|claimed|estimates?|estimated|expects?|expected|thinks|suggests?|"
    r"forecasts?|projects?|assumes?)\b", re.IGNORECASE)
"""A judgement of another holder's figure by comparison ("The price effect is smaller than the
ministry says."), which may stand as the heading right before the figure it judges."""
_ACCOUNT = r"(?:estimates?|forecasts?|figures?|projections?|counts?|calculations?|claims?|assessments?)"
_HELD = re.compile(
    r"\b(?:says?|said|estimat(?:es|ed)|forecasts?|forecast|projects?|projected|expects?|expected|puts?|putting|"
    r"according\s+to)\b|['’]s?\s+(?:own\s+)?" + _ACCOUNT + r"\s+of\b", re.IGNORECASE)
"""A figure someone holds: a verb of saying or estimating, or "the city's forecast of"."""
_SET_AGAINST = re.compile(
    r"[,;]?\s+(?:against|compared\s+(?:with|to)|versus|vs\.?|(?:well\s+|far\s+)?(?:below|above)|"
    r"(?:much\s+|far\s+|well\s+)?(?:larger|smaller|higher|lower|bigger|greater|wider|narrower|more|less)\s+than)\s+"
    r"(?:the\s+)?(?P<holder>[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}?)['’]s?\s+(?:own\s+)?(?:" + _ACCOUNT
    + r"\s+(?:of\s+)?|(?=\d))",
    re.IGNORECASE)
""""..., against the directorate's estimate of 10 to 30 percent", "..., larger than the institute's 150,000
tonnes": another holder's value set against the sentence's."""


def _apart(fa: Figure, fb: Figure, *, within: float = 3.0) -> bool:
    """Two values of one unit and period that differ by more than a tenth (and less than
    *within* times), neither range allowing the other's value."""
    if not _one_measure(fa, fb):
        return False
    high, low = max(fa.value, fb.value), min(fa.value, fb.value)
    if (high - low) / high <= 0.1 or high / low >= within:
        return False
    return not _spans_meet(fa, fb)


_ELLIPTIC = re.compile(
    r"(?:(?:but|and)\s+)?(?:we|I)\s+(?:now\s+|still\s+)?(?:see|expect|forecast|estimate|project|reckon|put\s+(?:it|them)\s+at)"
    r"\s+(?:(?:about|around|roughly|only|just|closer\s+to|nearer)\s+)?(?P<value>\S.*?)\s*[.!]?", re.IGNORECASE)
"""A clause that is only the writer's own value, its quantity left to the clause before ("We see 3.0%.",
"...; we see 7.6 million"): it can only be a value of what the clause before measured."""


def _last_clause(text: str) -> tuple[str, str]:
    """*text* split before its last clause or sentence ("...; we see 7.6 million", "... this year.
    We see 3.0%."): ("", text) when it has one only."""
    found = list(re.finditer(r"(?:;|(?<=[a-z%)\d])\.)\s+", text))
    return (text[:found[-1].start()], text[found[-1].end():]) if found else ("", text)


def answers_before(own: str, before: str, find: Callable[[str], Sequence[Figure]]) -> bool:
    """Whether the sentence *own* is only the writer's value of what the sentence *before* gives
    another holder's value of ("The programme assumes growth rebounds to 4.5% in 2027. We see 3.0%.")."""
    return bool(_elliptic(own, before, find))


def _elliptic(own: str, before: str, find: Callable[[str], Sequence[Figure]]) -> str:
    """The reason *own* (a clause that is only the writer's value: `_ELLIPTIC`) answers another
    holder's value of the same quantity in *before* (a clause where a holder gives it: `_HELD` or
    "assumes"), or "". The value before must be the held one, not an earlier one or a part ("from
    about 2%", "of which"), in one unit and period, and the two apart."""
    match = _ELLIPTIC.fullmatch(own.strip())
    if match is None or (_HELD.search(before) is None and _ASSUMES.search(before) is None):
        return ""
    value = match.group("value")
    mine = find(value)
    if len(mine) != 1 or mine[0].text.strip() != value.strip():
        return ""  # more words than a value: the clause says more than its own figure
    theirs = [f for f in find(before) if (at := before.find(f.text)) >= 0 and f.unit
              and _OTHERS_VALUE.search(before[max(0, at - 40):at]) is None
              and not _PART.search(before[at + len(f.text):]) and not _PART_BEFORE.search(before[:at])]
    fb = mine[0]
    for fa in theirs:
        other = replace(fb, unit=fa.unit) if not fb.unit else fb
        if not other.period and fa.period:
            other = replace(other, period=fa.period)  # the clause names no period: the one before's
        if _one_measure(fa, other) and (max(fa.value, other.value) - min(fa.value, other.value)) \
                > ROUNDING * max(fa.value, other.value) and not _spans_meet(fa, other):
            return f"different estimates of one quantity: {fa.text} vs {fb.text}"
    return ""


def _one_measure(fa: Figure, fb: Figure) -> bool:
    """Two positive values of one unit (head) and, when both name one, one period."""
    return bool(fa.unit) and unit_head(fa.unit) == unit_head(fb.unit) and not (
        fa.period and fb.period and fa.period != fb.period) and min(fa.value, fb.value) > 0


def _same_full_measure(fa: Figure, fb: Figure) -> bool:
    """One unit with its rate ("vehicles a day" both), and no two different named measures."""
    if not fa.unit or fa.unit != fb.unit:
        return False
    if fa.measures and fb.measures:
        return bool(set(re.findall(r"[a-z]{4,}", fa.measures.lower())) & set(re.findall(r"[a-z]{4,}", fb.measures.lower())))
    return True


def _spans_meet(fa: Figure, fb: Figure) -> bool:
    """Whether either value's range allows the other's value."""
    (a_low, a_high), (b_low, b_high) = span_of(fa), span_of(fb)
    return a_low <= b_high and b_low <= a_high


_ASSUMES = re.compile(r"\bassum(?:es|ed|ing|ptions?)\b", re.IGNORECASE)
_PART = re.compile(r"^[^,;]{0,40}?\b(?:alone|of\s+which)\b", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:alone|of\s+which)\b[^,;]{0,40}$", re.IGNORECASE)
"""A value of a part ("for the eastern span alone", "the hall alone at"), not of the whole."""
_COMPARED = re.compile(r"[,;]?\s+(?:much\s+|far\s+|well\s+)?\w+\s+than\b", re.IGNORECASE)
_NAMED = re.compile(r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*$")
"""A holder by its name ("ICCO", "World Bank"): capitalised words only (never a month or a day)."""
_TIMES = frozenset(m.lower() for m in (*MONTHS, *WEEKDAYS))
MONTHS_LOWER = frozenset(m.lower() for m in MONTHS)


def _one_sentence(text: str, find: Callable[[str], Sequence[Figure]]) -> str:
    """The reason one sentence sets another holder's value against its own, or ""."""
    head, tail = _last_clause(text)
    if head and (reason := _elliptic(tail, head, find)):  # "The ministry puts output at 8.2 million bags; we see 7.6 million."
        return reason
    against = _SET_AGAINST.search(text)
    if against is None:
        return ""
    holder = against.group("holder")
    if _COMPARED.match(against.group(0)) and (not _NAMED.match(holder) or holder.split()[0].lower() in _TIMES):
        return ""  # "higher than last year's 30 percent", "more than the company's target": no other holder named
    mine, theirs = find(text[:against.start()]), find(text[against.end():])
    if not mine or not theirs:
        return ""
    fa, fb = mine[-1], theirs[0]  # the value right before "against", the one right after "estimate of"
    if not fb.unit and fa.unit and against.end() < len(text) and text[against.end():].lstrip().startswith(fb.text):
        fb = replace(fb, unit=fa.unit)  # "70 million crowns, far higher than the department's 25 million": one unit
    if not _apart(fa, fb, within=float("inf")):
        return ""
    return f"different estimates of one quantity: {fa.text} vs {fb.text}"


def set_against(texts: Sequence[str], figures: Sequence[Sequence[Figure]], groups: Sequence[int],
                find: Callable[[str], Sequence[Figure]]) -> list[Conflict]:
    """Conflicts (*b* >= 0: a held figure and the own estimate that answers it, in the same
    source; *b* == -1: one sentence setting two holders' values against each other) among
    *texts* (in source order; *groups*: each text's source; *figures*: each text's figures;
    *find*: the figure finder, for parts of one sentence)."""
    out: list[Conflict] = []
    used: set[int] = set()
    for j, text in enumerate(texts):
        if j in used or not figures[j]:
            continue
        reason = _one_sentence(text, find)
        if reason:
            out.append(Conflict(j, -1, reason))
            used.add(j)
            continue
        if j and groups[j - 1] == groups[j] and j - 1 not in used and (reason := _elliptic(text, texts[j - 1], find)):
            out.append(Conflict(j - 1, j, reason))
            used |= {j - 1, j}
            continue
        if (higher := _set_otherwise(j, texts, figures, groups, used)) is not None:
            out.append(higher)
            used |= {higher.a, j}
            continue
        if _OWN.search(text) is None:
            continue
        refused = _refused(j, texts, figures, groups, find)
        if refused is not None:
            out.append(refused)
            used |= {refused.a, j}
            continue
        for i in range(j - 1, max(-1, j - 1 - REACH), -1):
            if groups[i] != groups[j]:
                break
            if i in used or not figures[i] or _HELD.search(texts[i]) is None:
                continue
            judged = _INSTEAD.search(text) is not None or any(
                _JUDGED.search(texts[k]) for k in range(i + 1, j + 1)) or any(
                _THAN_SAYS.search(texts[k]) for k in range(max(0, i - 1), j + 1) if groups[k] == groups[j])
            if not judged and _OWN_PUTS.search(text) is None:
                continue
            pair = next(((fa, fb) for fa in figures[i] for fb in figures[j]
                         if _apart(fa, fb) and (judged or (_same_full_measure(fa, fb) and _names_same(text, texts[i])))
                         and not any(f.value == fb.value for f in figures[i])
                         and not any(f.value == fa.value for f in figures[j])), None)
            if pair is not None:
                out.append(Conflict(i, j, f"different estimates of one quantity: {pair[0].text} vs {pair[1].text}"))
                used |= {i, j}
                break
    return out


_PUTS_OTHERWISE = re.compile(
    r"\b(?:puts?|putting|places?|placing|estimates?|estimated|reckons?|sets?)\s+(?:(?:the|that|this|its|their)\s+)?"
    r"(?:[\w-]+\s+)?(?:figure|cost|costs|number|total|toll|bill|estimate|amount|loss|losses|damage|it|them)\s+"
    r"(?:much\s+|far\s+|considerably\s+|significantly\s+|substantially\s+|even\s+|well\s+|rather\s+)?"
    r"(?:higher|lower)\b", re.IGNORECASE)
"""A holder giving its own value as above or below the one just told: "The committee puts the figure
higher, at 400,000 a day": that sentence and the one before that gives the value, two holders' values."""


def _set_otherwise(j: int, texts: Sequence[str], figures: Sequence[Sequence[Figure]], groups: Sequence[int],
                   used: set[int]) -> Conflict | None:
    """A sentence that puts "the figure higher" (or lower, `_PUTS_OTHERWISE`) and the nearest sentence
    before it in its source (up to REACH) giving a value of the same unit and period that is apart from
    its own (one unit with its rate: "crowns a month" both), on the side the sentence says (higher:
    its own value is the larger)."""
    text = texts[j]
    said = _PUTS_OTHERWISE.search(text)
    if said is None or not figures[j]:
        return None
    higher = said.group(0).lower().endswith("higher")
    for i in range(j - 1, max(-1, j - 1 - REACH), -1):
        if groups[i] != groups[j]:
            break
        if i in used or not figures[i]:
            continue
        for fa in figures[i]:
            for fb in figures[j]:
                if (fa.unit, fa.period) != (fb.unit, fb.period) or not _apart(fa, fb) or (fb.value > fa.value) != higher:
                    continue
                if any(f.value == fb.value for f in figures[i]) or any(f.value == fa.value for f in figures[j]):
                    continue
                return Conflict(i, j, f"different estimates of one quantity: {fa.text} vs {fb.text}")
    return None


def _refused(j: int, texts: Sequence[str], figures: Sequence[Sequence[Figure]], groups: Sequence[int],
             find: Callable[[str], Sequence[Figure]]) -> Conflict | None:
    """An own estimate (*texts[j]*) that names, after ", not", the value it replaces, held
    (said, forecast) by an earlier sentence of the same source at any distance: that sentence
    and this one, two holders' values of one quantity."""
    text = texts[j]
    refusal = _NOT_VALUE.search(text)
    if refusal is None:
        return None
    mine, refused = find(text[:refusal.start()]), find(text[refusal.end():])
    if not mine or not refused or not text[refusal.end():].lstrip().startswith(refused[0].text):
        return None
    for i in range(j - 1, -1, -1):
        if groups[i] != groups[j]:
            break
        if _HELD.search(texts[i]) is None:
            continue
        held = next((f for f in figures[i] if same_value(refused[0].value, f.value)), None)
        if held is not None and _apart(held, mine[-1], within=float("inf")):
            return Conflict(i, j, f"different estimates of one quantity: {held.text} vs {mine[-1].text}")
    return None


_WHICH_PUT = re.compile(r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&.-]*)*),\s+which\s+(?:put|puts|"
                        r"estimated|estimates|calculated|found|counted|reckoned)\b")
"""The holder of a value in a relative clause: "consultancy Havrad, which put the number ... at"."""
_POSSESSOR = re.compile(r"(?:^|\s)(?P<name>(?:[Tt]he\s+)?[A-Za-z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})['’]s?\s+(?:own\s+)?"
                        + _ACCOUNT + r"\s+of\b")
_SAYS_FIRST = re.compile(r"^(?:The\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*){0,4})\s+"
                         r"(?:says|said|estimates|estimated|expects|expected|forecasts|puts|put|calculates|calculated)\b")
""""Fjordlaks said ...": a name opening the sentence with a verb of saying or estimating."""
_PRONOUN = frozenset("i we he she it they you this that our my its their".split())


def _holder(text: str) -> str:
    """Who holds the first value of *text*: the body of "X, which put ... at", "the city's
    forecast of", or the speaker of "X says ..."; "" when no name (a pronoun, "our survey")."""
    said = features.attribution(text)
    if said is not None and not said[3]:
        name = said[0].name
        return "" if name.lower() in _PRONOUN or not name[:1].isupper() else name
    for pattern in (_WHICH_PUT, _POSSESSOR, _SAYS_FIRST):
        found = pattern.search(text)
        if found is not None:
            name = found.group("name").strip()
            return "" if name.lower() in _PRONOUN else name
    return ""


def holders(texts: Sequence[str], found: Conflict, writer: str) -> tuple[str, str]:
    """The two holders of *found* (of `set_against`): the holder of the figure answered and who
    answers it: the other sentence's speaker, else the source's *writer* (its own estimate; ""
    when the source names none); for one sentence, the holder of its first value and the one
    whose estimate it is set against."""
    if found.b < 0:
        text = texts[found.a]
        head, tail = _last_clause(text)
        if head and _ELLIPTIC.fullmatch(tail.strip()):  # "The ministry puts ... at 8.2 million bags; we see 7.6 million."
            return _clause_holder(head), writer
        against = _SET_AGAINST.search(text)
        first = _holder(text[:against.start()]) if against else ""
        if against and not first and _FIRST_PERSON.match(text.lstrip()):
            first = writer  # "We now see a deficit of 180,000 tonnes, larger than the institute's 150,000 tonnes."
        return first, against.group("holder") if against else ""
    said = features.attribution(texts[found.b])
    if said is not None and not said[3] and said[0].name.lower() in _THIRD_PERSON:
        return _holder(texts[found.a]), ""  # "It now expects closer to ...": who is "it"? (often the same body revising)
    if _PUTS_OTHERWISE.search(texts[found.b]):  # "X puts the figure higher": the figure before is the source's own
        return _holder(texts[found.a]) or writer, _holder(texts[found.b])
    own = writer if _FIRST_PERSON.search(texts[found.b]) else ""
    if _ELLIPTIC.fullmatch(texts[found.b].strip()):  # "The programme assumes growth of 4.5%. We see 3.0%."
        return _clause_holder(texts[found.a]), own
    return _holder(texts[found.a]), _holder(texts[found.b]) or own


def _clause_holder(text: str) -> str:
    """The holder of a clause's value (`_holder`), or the named subject of its verb of estimating
    or assuming ("The agriculture ministry puts ...", "The programme assumes ...")."""
    if name := _holder(text):
        return name
    found = _HOLDS.search(text) or re.match(_NP + r"\s+assum(?:es|ed)\b", text.lstrip())
    name = " ".join(found.group("holder").split()) if found else ""
    return "" if not name or _PRONOUN_HOLDER.match(name) or name.split()[0].lower() in _TIMES else name


_THIRD_PERSON = frozenset("it they he she this that which".split())
_FIRST_PERSON = re.compile(r"\b(?:I|we|my|our|us)\b", re.IGNORECASE)
"""The writer's own voice: "On my estimate", "Our own survey"."""


# ---------------------------------------------------------------- two holders' values across sources

_NP = (r"(?P<holder>(?:(?:[Tt]he|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\w'’.&-]+\s+){0,3}?[\w'’.&-]+"
       r"|[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,5}?)"
       r"(?:\s+(?:appointed|commissioned|hired|instructed|retained|employed)\s+by\s+(?:the\s+)?"
       r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})?)")
"""A holder's noun phrase, with the body that engaged it when it says ("An independent engineer appointed
by the Harbour Board"): the engaging body's name is part of who holds the value."""
_WHEN = r"(?:\s+(?:on\s+[A-Z]\w+|now|also|still|later|today|yesterday|last\s+week))?"
_ESTIMATING = (r"puts?|estimat(?:es|ed)|calculat(?:es|ed)|projects?|projected|forecasts?|reckons?|counts?|counted|"
               r"(?:rais|lower|revis|increas|reduc)(?:es|ed)\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?"
               r"(?:estimate|forecast|figure|count|projection)s?")
_HOLDS = re.compile(r"(?:^|[,;]\s+|\b(?:after|that|and|but|while)\s+)" + _NP + r"(?:,\s+[^,]{2,60},)?" + _WHEN
                    + r"(?:\s+(?:has|have|had))?\s+(?P<verb>" + _ESTIMATING + r"|said|says|told\s+\w+)\b")
""""The bid company, Munich 2040 GmbH, puts ...", "the bid company raised its cost estimate to ...",
"Moira Keane said ...": who gives the value that follows."""
_HOLDS_AFTER = re.compile(r",\s+" + _NP + r"\s+(?P<verb>said|says|estimated|estimates|reported)" + _WHEN
                          + r"\s*(?:[,.]|$)")
""""... 1,240 teaching posts unfilled, the regional education department said, ...": a value's holder after it."""
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<holder>(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?!(?:in|on|at|for|from|to|by|"
                        r"as|after|before|which|who|that|and|but|while|when)\b)[\w'’.&-]+){0,5})")
"""The holder of "according to X": the whole noun phrase up to a preposition, a clause word or a
stop ("according to Indonesian trade ministry figures": Indonesian trade ministry figures; its
account word is dropped by `_holder_phrase`), never its first word alone (a demonym is no holder)."""
_ACCOUNT_TAIL = re.compile(r"(?:\s+(?:figures?|data|estimates?|numbers?|calculations?|statistics|forecasts?|"
                           r"projections?|counts?|reports?|records?))+$", re.IGNORECASE)
_OWN_VOICE = re.compile(r"\b(?:(?:our|my)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:analysis|model|modell?ing|survey|estimates?|"
                        r"calculations?|count|figures?|numbers|reckoning|research|projections?)|(?:we|I)\s+(?:estimate|calculate|put|expect|count|reckon|"
                        r"think|believe|see|forecast))\b",
                        re.IGNORECASE)
"""The source's own voice giving a value ("our own analysis ... shows", "We estimate")."""
_ESTIMATE_WORDS = re.compile(r"\b(?:estimat\w*|expect(?:s|ed)?|forecast\w*|projection\w*|projected|calculat\w*|count\w*|figures?|"
                             r"analysis|model|survey|puts?|will|would|averages?|median)\b", re.IGNORECASE)
"""A value given as someone's estimate, count, measured average or projection ("will save 180 euros",
"an average of 74 minutes"), not an event's running tally ("police said 12 died")."""
_OTHERS_VALUE = re.compile(r"\b(?:from|not|(?<!less\s)(?<!more\s)(?<!fewer\s)than|against|versus|vs\.?|instead\s+of|earlier|previous|compared\s+(?:with|to)|"
                           r"of\s+which|down\s+from|up\s+from)\s+(?:(?:the|its|their|an?)\s+)?(?:[\w'’-]+\s+){0,2}$",
                           re.IGNORECASE)
"""Words right before a value that make it another's, an earlier one or a part, not the held value."""
_INSTEAD_OF = re.compile(r"(?:,\s+not|,?\s+rather\s+than|,\s+against|,?\s+instead\s+of)\s", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s*(?:to|-|–|and)\s*")
"""What joins the two ends of a range ("GBP 4m to GBP 6m", "between 40 and 55 minutes")."""
_AT_LEAST = re.compile(r"\b(?:at\s+least|(?<!\bno\s)more\s+than|over|above|no\s+less\s+than|upwards\s+of|in\s+excess\s+of)\s+$",
                       re.IGNORECASE)
_AT_MOST = re.compile(r"\b(?:up\s+to|at\s+most|no\s+more\s+than|(?<!\bno\s)less\s+than|fewer\s+than|under|below)\s+$",
                      re.IGNORECASE)
_NOT_SCOPE = frozenset("estimate estimates estimated figure figures forecast count counts counted put puts said says "
                       "least more less than about around some nearly almost roughly would could will now also still "
                       "thousand million billion trillion per cent percent year years month months".split())
_PRONOUN_HOLDER = re.compile(r"^(?:it|they|he|she|we|i|this|that|these|those|there|which|who)$", re.IGNORECASE)
ROUNDING = 0.05
HELD_APART = "different estimates of one quantity"
"""The reason `held_apart` gives its pairs (compose knows them by it)."""
_INSERTED = re.compile(r"\[([A-Z][^\[\]]{1,60})\]")
"""Two values of one quantity closer than this share of the larger are one value rounded differently."""


class Held:
    """One holder's value of one quantity in one sentence (`held_value`)."""

    __slots__ = ("holder", "figure", "low", "high", "scope", "place", "back")

    def __init__(self, holder: str, figure: Figure, low: float, high: float, scope: frozenset[str],
                 place: str = "", back: bool = False) -> None:
        self.holder, self.figure, self.low, self.high, self.scope = holder, figure, low, high, scope
        self.place = place  # where the count is restricted to ("jobs in the region": region), if it says
        self.back = back  # the value is of a quantity named before ("puts the figure at"): `_BACK_MEASURE`


_BACK_MEASURE = re.compile(r"\b(?:the|that|this|its|their|his|her|our)\s+(?:[a-z]+\s+)?(?:figure|number|estimate|"
                           r"tally|total|count|sum|amount|increase|rise|fall|drop|cut|reduction|shortfall)\s+"
                           r"(?:(?:at|is|was|as|to|would\s+be|will\s+be|closer\s+to|nearer|stood\s+at|stands\s+at)\s+|"
                           r"(?=(?:above|below|over|under|beyond|more\s+than|less\s+than)\s))+"
                           r"(?:(?:about|around|roughly|some|nearly|almost|just|only|at\s+least|at\s+most|no\s+more\s+than|"
                           r"closer\s+to|nearer|above|below|over|under|beyond|more\s+than|less\s+than)\s+)*$", re.IGNORECASE)
"""A value given for a quantity only a word of reference names ("puts the figure at about 120 million",
"says the real number is 4 million", "now puts the figure above 170 million", "said the increase would be
450,000 a year" after a sentence on what would rise): what it measures is what the sentence before measured."""

_NOW_VALUE = re.compile(r"\b(?:and|but|;)\s+(?:(?:it|they|he|she|we)\s+)?(?:now|has\s+since|have\s+since)\b",
                        re.IGNORECASE)
"""A later clause of one holder's sentence that gives its latest value ("stood by its estimate of 140 million
and now puts the figure above 170 million"): the earlier value of that unit is the one it had."""


_PLACE = re.compile(r"\s+(?:in|at|across|outside|within|throughout)\s+"
                    r"(?:the|its|their|this|that)\s+(?P<place>[a-z]{3,})\b")
"""A place phrase right after a count ("1,500 jobs in the region", "2,400 jobs at the port"): the count's
scope (a definite noun phrase: "at risk" is a state); a time ("in the first year", "within two years") is a period, not a place."""
_TIME_NOUNS = frozenset("year years month months week weeks day days quarter quarters term decade end start "
                        "first second third time period run".split())


def _place(text: str, end: int) -> str:
    """The place a count right before *end* is restricted to, or ""."""
    found = _PLACE.match(text, end)
    if found is None or found.group("place") in _TIME_NOUNS or found.group("place") in MONTHS_LOWER:
        return ""
    return found.group("place")


def _scope(text: str, at: int, end: int, leave_out: frozenset[str]) -> frozenset[str]:
    """Stems of the words around a value (six before, four after): what it measures and of what."""
    from briefgen.words import content_words, stem
    before = re.findall(r"[A-Za-z][\w'’-]*", text[:at])[-6:] if at else []
    after = re.findall(r"[A-Za-z][\w'’-]*", text[end:])[:4]
    words = [w for w in content_words(" ".join(before + after)) if w.lower() not in _NOT_SCOPE]
    # "raised its estimate of the cost of deepening its main channel to 355 million": what the estimate
    # is of (its object, however far before the value) is what the value measures
    named = [m.group("what") for m in _ESTIMATE_OF.finditer(text[:at][-120:])] if at else []
    return frozenset(stem(w.lower()) for w in words + named[-1:]) - leave_out


_ESTIMATE_OF = re.compile(r"\b(?:estimate|forecast|projection|figure|count)s?\s+(?:of|for)\s+(?:the\s+|its\s+|their\s+)?"
                          r"(?P<what>[a-z]{3,})\b")


def held_value(text: str, figures: Sequence[Figure], owner: str = "") -> Held | None:
    """Who gives which value in *text*, when the sentence gives it as a named holder's estimate or
    count (a verb of estimating, or of saying with a word of estimate or count in the sentence):
    the holder (*owner*, the source's author or publisher, for the source's own voice), the first
    value that is not another's, an earlier one or a part ("not 4.6 billion", "from 6.8 billion",
    "of which"), its range (a bound "at least 9.3 billion" is open on one side) and the words
    around it. None when no holder is named: precision first."""
    held = held_values(text, figures, owner, first_only=True)
    return held[0] if held else None


_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;]*(?:,|$)", re.IGNORECASE)
"""A relative clause (", which the government puts at 2.9 percent of GDP this year,"): what it gives is
said of something the sentence names, maybe by another holder, and is not the main clause's next value."""
_ANOTHER_VOICE = re.compile(r"\b(?:said|says|say|told|tells|according|puts?|estimat\w*|forecasts?|expects?|calculat\w*|"
                            r"argues?|claims?|counters?|insists?|believes?)\b|[\"“”]", re.IGNORECASE)
"""Words between two values of one sentence that may bring in another holder (or a quotation): the later
value is then not surely the first value's holder's."""


_RELATIVE_HOLDER = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|while)\s+)(?P<holder>[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,5}?),\s+"
                              r"(?:which|who)\s+(?:has\s+|have\s+|had\s+)?(?:long\s+|repeatedly\s+|also\s+)?"
                              r"(?:said|says|argued|argues|claimed|claims|estimated|estimates|puts?|put\s+it|"
                              r"maintained|maintains|insisted|insists|reckons)\b[^,;]*$")
"""A named holder whose relative clause says the value ("Short seller Harrow Research, which has said the
shortfall is at least 40 million euros, ..."): the value is the antecedent's."""


def relative_holder(text: str, figure: Figure) -> str:
    """The named antecedent of a relative clause of saying or estimating that gives *figure*
    (`_RELATIVE_HOLDER`), else ""."""
    at = text.find(figure.text)
    found = _RELATIVE_HOLDER.search(text[:at]) if at > 0 else None
    return " ".join(found.group("holder").split()) if found is not None else ""


_SAYER = re.compile(r"(?:^|[;:]\s+|\bbut\s+)(?P<holder>(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5}|"
                    r"[Tt]he\s+[a-z][\w'’-]*(?:\s+(?!(?:now|also|still|later)\b)[a-z][\w'’-]*)?)"
                    r"\s+(?:now\s+|also\s+|still\s+|later\s+)?(?:says|said|say|counted|counts|reported|reports|puts?)\s+"
                    r"(?:that\s+)?(?P<rest>[^;:,]*)$")
"""A clause opened by its sayer ("The council says 64 funerals were delayed", "The funeral directors say
89"): the words from the saying verb to a value are the value's clause, with no comma between."""


def said_by(text: str, figure: Figure) -> str:
    """Who a clause giving *figure* says says it (`_SAYER`): the named or pointed-back party opening
    the clause before its saying verb ("The council" of "The council says 64 funerals were delayed"),
    else "". A party's count said in its name is that party's count, as a forecast is its holder's."""
    at = text.find(figure.text)
    found = _SAYER.search(text[:at]) if at > 0 else None
    if found is None or _ANOTHER_VOICE.search(found.group("rest")):
        return ""
    return " ".join(found.group("holder").split())


def _also_held(text: str, after: int, at: int) -> bool:
    """Whether a value at *at* is given by the same holder as the held value ending at *after* in one
    sentence: the words between them join a second clause of the same predicate ("saves 4.6 billion a
    year and brings the deficit to 1.8 percent", "add 0.2 points to inflation and cost about 4,000 jobs")
    and bring in no other voice (a saying or estimating verb, "according to", a quotation); a value
    inside a relative clause (", which the government puts at 2.9 percent,") is another's."""
    if any(m.start() < at < m.end() for m in _RELATIVE.finditer(text)):
        return False
    gap = _RELATIVE.sub(" ", text[after:at])
    return " and " in f" {gap} " and not _ANOTHER_VOICE.search(gap) and ";" not in gap


def held_values(text: str, figures: Sequence[Figure], owner: str = "", *, first_only: bool = False) -> list[Held]:
    """`held_value`'s holder's values in *text*, each with its own measure: the first held value, then
    each later value the same holder gives in a joined clause of the sentence (`_also_held`: "saves 4.6
    billion a year and brings the deficit to 1.8 percent by 2035"), whose words are read from its own
    clause only (from the value before it to the value after it), so that each keeps its own measure.
    Empty when no holder is named: precision first."""
    from briefgen.words import stem
    if not figures or not (_ESTIMATE_WORDS.search(text) or _OWN_VOICE.search(text)):
        return []  # "On our numbers the deficit falls to ...": a source's own voice is an estimate
    # "[Katrin Weber] said ...": a name the note put in for "She" is read as the name itself
    text = _INSERTED.sub(lambda m: m.group(1), text)
    holder, verb_end = "", 0
    found = _HOLDS.search(text)
    if found is not None:
        holder, verb_end = found.group("holder"), found.end()
    elif (found := _HOLDS_AFTER.search(text)) is not None:
        holder = found.group("holder")
    elif (found := _ACCORDING.search(text)) is not None:
        holder = _ACCOUNT_TAIL.sub("", found.group("holder").rstrip(".,;:")) or found.group("holder")
    elif _OWN_VOICE.search(text) and (said := features.attribution(text)) is not None and said[0].name:
        holder = said[0].name  # '"Our own calculations put ...," Signe Holst told reporters': the speaker's first person
    elif _OWN_VOICE.search(text) and owner:
        holder = owner
    holder = " ".join(holder.split())
    if re.match(r"(?:our|my)\b", holder, re.IGNORECASE):
        holder = owner  # "Our own analysis puts ...": the source's own voice
    if not holder or _PRONOUN_HOLDER.match(holder) or holder.split()[0].lower() in _TIMES:
        return []
    if not any(f.unit and text.find(f.text, verb_end) >= 0 for f in figures):
        # "... 1,240 posts unfilled, the department said": the value before its holder (a bare number
        # after it, "four times the 15-minute target", measures nothing held)
        verb_end = 0
    measured = _MEASURED.search(text)
    if measured is not None:  # "its estimate of jobs at risk to 2,500 from 4,000": bare values count jobs
        figures = [replace(f, unit=measured.group("unit")) if not f.unit and text.find(f.text, measured.end()) >= 0
                   and re.fullmatch(r"[\d,.]+", f.text) else f for f in figures]
    # "4.1 million 60-kg bags": a bare value whose unit follows a measure of its size
    figures = [replace(f, unit=sized.group("unit")) if not f.unit and re.fullmatch(r"[\d,.]+(?:\s+(?:million|billion))?", f.text)
               and (at := text.find(f.text)) >= 0 and (sized := _SIZED.match(text, at + len(f.text))) is not None else f
               for f in figures]
    # "kept its estimate of 140 million and now puts the figure above 170 million": the value after "now"
    # is the holder's latest; an earlier value of that unit in the sentence is one it had.
    now = _NOW_VALUE.search(text, verb_end)
    if now is not None:
        later = {unit_head(f.unit) for f in figures if f.unit and text.find(f.text, now.end()) >= 0}
        figures = [f for f in figures if not (unit_head(f.unit) in later and 0 <= text.find(f.text, verb_end) < now.start())]
        if later:
            verb_end = max(verb_end, now.start())
    # The value set against another's ("4.1 billion crowns, not 4.6 billion") is the one held.
    first = [f for f in figures if (at := text.find(f.text, verb_end)) >= 0 and _INSTEAD_OF.match(text, at + len(f.text))]
    out: list[Held] = []
    for figure in first + [f for f in figures if f not in first]:
        if not figure.unit or figure.value <= 0:
            continue
        at = text.find(figure.text, verb_end)
        if at < 0:
            continue
        before = text[max(0, at - 40):at]
        if _OTHERS_VALUE.search(before) or named_figure(text, at, at + len(figure.text)):
            continue
        if out:
            last = out[-1].figure
            after = text.find(last.text, verb_end) + len(last.text)
            if at < after or not _also_held(text, after, at):
                continue
        low = high = figure.value
        if _AT_LEAST.search(before):
            high = float("inf")
        elif _AT_MOST.search(before):
            low = 0.0
        else:
            low, high = span_of(figure)
            # "GBP 4m to GBP 6m": a range printed as two values of one unit is one value, its top the second
            top = next((f for f in figures if f is not figure and unit_head(f.unit) == unit_head(figure.unit)
                        and _RANGE_TO.fullmatch(text, at + len(figure.text), max(0, text.find(f.text, at)))), None)
            if top is not None and top.value > figure.value:
                high = max(high, top.value)
        leave = frozenset(stem(w.lower()) for w in re.findall(r"[\w'’-]+", holder))
        # The value's own words but its number and unit ("1,240 teaching posts": teaching) name what it counts.
        leave |= {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", figure.unit)}
        own = _scope(figure.text, 0, 0, leave) if _counted(figure.unit) else frozenset()
        figure, lost = _as_loss(figure, text[max(0, at - 60):at])
        if lost:
            own |= {"loss"}
        if not out:
            own |= _subject(text[verb_end:at], leave)
            out.append(Held(holder, figure, low, high, _scope(text, at, at + len(figure.text), leave) | own,
                            _place(text, at + len(figure.text)), _BACK_MEASURE.search(before) is not None))
            if first_only:
                break
            continue
        # a later value's words are its own clause's: from the held value before it (less any relative
        # clause between) to the next value
        end = min((i for f in figures if (i := text.find(f.text, at + 1)) > at), default=len(text))
        words_before = _RELATIVE.sub(" ", text[after:at])
        words_before = words_before[words_before.rfind(" and ") + 1:]  # "... inflation and cost about": "and cost about"
        clause = words_before + text[at:end]
        out.append(Held(holder, figure, low, high,
                        _scope(clause, len(words_before), len(words_before) + len(figure.text), leave) | own,
                        _place(text, at + len(figure.text))))
    return out


_COPULA_VALUE = re.compile(r"(?:^\s*|[,;:]\s+)(?P<subject>[A-Za-z][^,;:\"“”]{2,100}?)(?:,[^;\"“”]*?)?\s+"
                           r"(?:(?:would|will|could|may|might|should)\s+)?(?:be|is|are|was|were)\s+"
                           r"(?:(?:about|around|roughly|some|nearly|almost|below|under|above|over|at\s+least|at\s+most|"
                           r"less\s+than|more\s+than|up\s+to|closer\s+to|only|just)\s+)*$", re.IGNORECASE)
"""A value a copula gives ("direct costs of the incident, including ..., would be below 25 million"):
it measures the clause's subject, however far before it."""


def _subject(before: str, leave_out: frozenset[str]) -> frozenset[str]:
    """Stems of the subject of the clause whose copula gives the value right after *before* (the
    words after its last "that"), or nothing when no copula does."""
    from briefgen.words import content_words, stem
    found = _COPULA_VALUE.search(before)
    if found is None:
        return frozenset()
    subject = re.split(r"\bthat\s+", found.group("subject"))[-1]
    words = [w for w in content_words(subject) if w.lower() not in _NOT_SCOPE]
    return frozenset(stem(w.lower()) for w in words) - leave_out


_SIZED = re.compile(r"\s+[\d.]+-[a-z]+\s+(?P<unit>[a-z]{3,}s)\b")
_MEASURED = re.compile(r"\b(?:estimate|forecast|count|projection|tally)s?\s+(?:of|for)\s+(?:(?:the|annual|monthly|"
                       r"daily|weekly|yearly|total)\s+)?(?P<unit>(?:[a-z]{3,}[\s-](?=(?:losses|cuts)\b))?[a-z]{3,}s)\b")
"""What an estimate counts, named as its object ("its estimate of jobs at risk", "its forecast for annual
visitors"): the unit of a bare value after it ("to 2,500 from 4,000")."""
_LEAD_NAME = re.compile(r"^(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*){0,4}(?=\s+[a-z])")
_LEAD_BODY = re.compile(r"^The\s+(?:[a-z-]+\s+){0,2}[a-z-]{3,}(?=\s+(?:said|says|estimated|estimates|expects|expected|"
                        r"forecast|forecasts|reported|announced|approved|decided|warned)\b)")
_IT_LEADS = re.compile(r"^(?:It|They)\s+(?=[a-z])")


def named_lead(text: str, before: str) -> str:
    """*text* with an opening "It"/"They" replaced by the name that opens *before* (the sentence
    before it in the same source: "The Cattle Council of Australia welcomed ... It revised its
    estimate ..."), so that the name holds the value; *text* unchanged when *before* opens with no name."""
    lead = _LEAD_NAME.match(before.lstrip()) if _IT_LEADS.match(text) else None
    if lead is not None and lead.group(0) == "The":  # "The port authority said ...": a body named by its common noun
        lead = _LEAD_BODY.match(before.lstrip())
    return _IT_LEADS.sub(lead.group(0) + " ", text, count=1) if lead is not None else text


_REFUSED_BEFORE = re.compile(r"(?:,\s+not|\brather\s+than|\binstead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def refused_value(text: str, figure: Figure) -> bool:
    """Whether *text* gives *figure* only as the value it sets its own against ("4.1 billion crowns,
    not 4.6 billion crowns as the ministry states"): another's value, which the sentence does not claim."""
    at = text.find(figure.text)
    return at > 0 and _REFUSED_BEFORE.search(text[:at]) is not None


_LOSS_UNIT = re.compile(r"^(?P<noun>[a-z]{3,})[\s-](?:losses|cuts)$")
_LOSS_VERB = re.compile(r"\b(?:cost|costs|costing|reduce|reduces|reducing|cut|cuts|cutting|lose|loses|losing|shed|sheds|"
                        r"shedding|eliminate|eliminates|eliminating|destroy|destroys|destroying)\b(?:\s+[a-z]+){0,2}"
                        r"\s+(?:by\s+)?(?:(?:between|about|around|some|up\s+to|as\s+many\s+as)\s+)?$")


def _as_loss(figure: Figure, before: str) -> tuple[Figure, bool]:
    """A count of things lost, however the sentence puts it: "12,000 job losses", "cost up to 18,000 jobs",
    "reduce employment by between 4,000 and 6,000 jobs" are one measure (the thing counted, lost), apart
    from a count of things there are or are added ("2,400 jobs at the port", "add 900 jobs")."""
    named = _LOSS_UNIT.match(figure.unit)
    if named is not None:
        return replace(figure, unit=named.group("noun") + "s"), True
    return figure, _counted(figure.unit) and _LOSS_VERB.search(before) is not None


def _counted(unit: str) -> bool:
    """A unit that is itself the thing counted ("posts", "tonnes"), not a currency ("crowns", "pesos":
    two amounts of money are one quantity only when their words say what they cost) or a share."""
    head = unit_head(unit)
    return head.isalpha() and head.islower() and len(head) > 3 and head not in ("percent", "cent") \
        and head not in MONEY_UNITS


def same_quantity(a: Held, b: Held) -> bool:
    """Two values of one quantity: one unit, one period (when both say), and a word in common
    around them besides the unit (the measured thing: "cost", "household ... save"), or, for a
    counted unit ("posts", "tonnes"), the unit itself is the thing counted."""
    fa, fb = a.figure, b.figure
    if unit_head(fa.unit) != unit_head(fb.unit) or (fa.period and fb.period and fa.period != fb.period):
        return False
    if (" " in fa.unit) != (" " in fb.unit) and fa.unit.split(" ", 1)[-1] != fb.unit.split(" ", 1)[-1] \
            and " " in fa.unit and " " in fb.unit:
        return False  # "EUR a year" vs "EUR a month": two rates
    if _counted(fa.unit) and a.place != b.place:
        return False  # "2,400 jobs at the port" and "1,500 jobs in the region": two scopes, two counts
    high, low = max(fa.value, fb.value), min(fa.value, fb.value)
    if high / low > 10:
        return False  # a total and a part or a rate: too far apart to be two views of one
    # A counted unit names the thing counted, unless a count is of a part ("38,000 of the workers covered
    # by the increase": those the delay affects, a part of the 210,000 affected by the rise) or of the
    # things lost ("12,000 job losses", "cost 18,000 jobs") where the other counts those there are or added.
    if _counted(fa.unit) and (_PARTITIVE.search(fa.text) or _PARTITIVE.search(fb.text)
                              or ("loss" in a.scope) != ("loss" in b.scope)):
        return False
    return bool(a.scope & b.scope) or _counted(fa.unit)


_PARTITIVE = re.compile(r"\bof\s+(?:the|its|their|these|those|all)\b", re.IGNORECASE)
"""A count of a part of a set the sentence names ("38,000 of the workers covered by the increase")."""


def values_apart(a: Held, b: Held) -> bool:
    """The two ranges do not meet, and the values differ beyond rounding: a bound that allows the
    other value ("at least 2,100" and 2,300) is no conflict."""
    if a.low <= b.high and b.low <= a.high:
        return False
    high, low = max(a.figure.value, b.figure.value), min(a.figure.value, b.figure.value)
    return (high - low) / high > ROUNDING


def held_apart(texts: Sequence[str], figures: Sequence[Sequence[Figure]], groups: Sequence[int],
               dates: Sequence[str], owners: Sequence[str], same: Callable[[int, str, int, str], bool],
               before: Sequence[str] | None = None) -> list[tuple[int, int, tuple[str, str], str]]:
    """Two holders' values of one quantity in two sources that differ beyond rounding: (row,
    row, (holder, holder), reason). A holder's later value of the quantity (a later source, or
    later in one source) revises its own earlier one, which drops out: the pair shows each
    holder's latest value. *same*(row, holder, row, holder): whether two holders are one party.
    Each row once, each pair of holders once. *before*: the sentence before each row in its source
    ("" for none), which names what a value given for "the figure" measures."""
    texts = [" ".join(t.split()) for t in texts]  # hard-wrapped copy: "48 dollars a\nyear" is read as printed
    if before is not None:
        figures = [_unit_from_before(t, f, " ".join(b.split())) for t, f, b in zip(texts, figures, before, strict=True)]
    # each sentence's held values, each with its own measure ("saves 4.6 billion a year and brings the
    # deficit to 1.8 percent"): items are (row, value)
    items = [(r, h) for r, (t, f) in enumerate(zip(texts, figures, strict=True)) if f
             for h in held_values(t, f, owners[groups[r]])]
    for r, h in items:
        if h.back and before is not None and before[r]:
            # "The union estimates ... 340 million crowns. The ministry puts the figure at 120 million":
            # the ministry's value measures what the union's does
            h.scope |= measured_before(" ".join(before[r].split()), h.figure.unit)
    keys = range(len(items))
    order = {k: (dates[groups[items[k][0]]] or "", items[k][0], k) for k in keys}
    # Values a sentence gives as replaced ("cuts the value ... to 2.2 billion from 3.1 billion"): the
    # later sentence tells the quantity changed, whoever held the old value; no holder disputes it.
    gone = {r: _replaced(texts[r]) for r, _ in items}
    # Only two values of one unit (`same_quantity`, a replaced value) or with two measured words in
    # common can revise one another: each value is compared with those only (not with every value of
    # the corpus, which grew with its square).
    # Values with two measured words in common are found through each pair of words (indexed once),
    # not by counting every value that shares one common word (which grew with the square of the corpus).
    by_unit: dict[str, list[int]] = {}
    by_pair: dict[tuple[str, str], list[int]] = {}
    for k in keys:
        by_unit.setdefault(unit_head(items[k][1].figure.unit), []).append(k)
        for pair in combinations(sorted(items[k][1].scope), 2):
            by_pair.setdefault(pair, []).append(k)
    revises = {r: bool(gone[r]) or _REVISES.search(texts[r]) is not None for r, _ in items}
    superseded: set[int] = set()
    for i in keys:
        ri, hi = items[i]
        candidates = set(by_unit[unit_head(hi.figure.unit)])
        for pair in combinations(sorted(hi.scope), 2):
            candidates.update(by_pair[pair])
        for j in sorted(candidates):
            rj, hj = items[j]
            if ri == rj or order[i] >= order[j]:
                continue
            if groups[ri] == groups[rj] and not revises[rj]:
                continue  # one source's two values stand (a total, then a part of it), unless the later revises
            if (same_quantity(hi, hj) or len(hi.scope & hj.scope) >= 2) and same(ri, hi.holder, rj, hj.holder):
                superseded.add(i)
                break
            if _gives(gone[rj], hi.figure.value) and unit_head(hi.figure.unit) == unit_head(hj.figure.unit):
                superseded.add(i)  # "raised its estimate ... to 355 million euros from 310 million": 310 is gone
                break
    live = [k for k in keys if k not in superseded]
    live_by_unit: dict[str, list[int]] = {}
    for x, k in enumerate(live):
        live_by_unit.setdefault(unit_head(items[k][1].figure.unit), []).append(x)
    out: list[tuple[int, int, tuple[str, str], str]] = []
    used: set[int] = set()
    pairs_of: list[tuple[str, str]] = []
    for x, i in enumerate(live):
        # a value of another unit is never one quantity with this one (`same_quantity`): skipped unread
        for j in (live[y] for y in live_by_unit[unit_head(items[i][1].figure.unit)] if y > x):
            (ri, hi), (rj, hj) = items[i], items[j]
            if ri == rj or (ri in used and rj in used):  # a third holder of one quantity meets the first again
                continue
            if not same_quantity(hi, hj) or not values_apart(hi, hj) or same(ri, hi.holder, rj, hj.holder):
                continue
            if other_kinds(hi.figure, hj.figure, word_stems(texts[ri]), word_stems(texts[rj])):
                continue  # "at least 400 homes" and "260 rented homes": a kind of the thing is another count
            if _gives(gone[ri], hj.figure.value) or _gives(gone[rj], hi.figure.value):
                continue  # one sentence gives the other's value as the one it replaced: a revision, not a dispute
            if (hi.holder, hj.holder) in pairs_of:
                continue
            out.append((ri, rj, (hi.holder, hj.holder),
                        f"{HELD_APART}: {hi.figure.text} vs {hj.figure.text}"))
            used |= {ri, rj}
            pairs_of += [(hi.holder, hj.holder), (hj.holder, hi.holder)]
    return out


def _unit_from_before(text: str, figures: Sequence[Figure], before: str) -> Sequence[Figure]:
    """*figures* of *text*, a bare number given for "the figure" ("The union said the real figure was
    310") taking the unit of the one counted value of the sentence *before* ("240 jobs would go"): it
    measures what that value does. Unchanged when the sentence before gives no value or values of
    two units (which one "the figure" is cannot be told)."""
    bare = [f for f in figures if not f.unit and re.fullmatch(r"[\d,.]+", f.text.strip())
            and (at := text.find(f.text)) >= 0 and _BACK_MEASURE.search(text[max(0, at - 60):at])]
    if not bare or not before:
        return figures
    units = {unit_head(f.unit): f.unit for f in features.find_figures(before) if f.unit and f.value > 0}
    if len(units) != 1:
        return figures
    unit = next(iter(units.values()))
    return [replace(f, unit=unit) if f in bare else f for f in figures]


def measured_before(text: str, unit: str) -> frozenset[str]:
    """What the values of *text* in *unit* measure (the words around them), for a value in the next
    sentence given for "the figure": empty when *text* gives no value in that unit."""
    from briefgen.words import stem
    out: frozenset[str] = frozenset()
    for figure in features.find_figures(text):
        if unit_head(figure.unit) != unit_head(unit) or (at := text.find(figure.text)) < 0:
            continue
        leave = frozenset(stem(w.lower()) for w in re.findall(r"[A-Za-z]+", figure.unit))
        out |= _scope(text, at, at + len(figure.text), leave)
    return out


_REVISES = re.compile(r"\b(?:revis\w*|rais(?:es|ed)|lower(?:s|ed)|cut(?:s)?\s+(?:its|their)|now)\b", re.IGNORECASE)
"""A sentence that gives a holder's value as a new one (its later value in one source replaces the earlier)."""


def _gives(values: set[float], value: float) -> bool:
    """Whether *value* is among *values* (one number however it is rounded in print)."""
    return any(same_value(v, value) for v in values)


_FROM = re.compile(r"\bfrom\s+(?:the\s+|an?\s+)?(?:(?:earlier|previous|original)\s+)?(?:about\s+|around\s+|some\s+)?$",
                   re.IGNORECASE)


def _replaced(text: str) -> set[float]:
    """Values *text* gives as the ones a change replaced ("to 2.2 billion from 3.1 billion", "down from
    900"): not a value it refuses ("610 million, not 420 million"), which another holder still holds."""
    out = set()
    for figure in earlier_values(text):
        at = text.find(figure.text)
        if at > 0 and _FROM.search(text[:at]):
            out.add(figure.value)
    return out


_REPORTED_KINDS = frozenset(kind for kind, tier in RELIABILITY.items() if tier == "news report") | {"news"}
"""Kinds of source whose writer reports others' words (the kinds ingest rates as news reports, and "news"):
its byline names who wrote it, not who holds a view."""


def own_voice_of(meta: SourceMeta) -> str:
    """Who holds what a source says in its own first person ("We estimate ...", "our model"): the
    writer of an opinion or an analysis (its first byline name), else its publisher (a body's note or
    statement); nobody for a news report, whose "we" is a quoted speaker's, never its reporter's
    or its publisher's (a reporter holds no side of what she reports)."""
    if " ".join(meta.kind.lower().split()) in _REPORTED_KINDS:
        return ""
    return re.split(r"[;,]", meta.author or meta.publisher or "")[0].strip()


_POINTING_BACK = re.compile(r"^(?:the|its|their|this|that)\s+[a-z][\w-]*$", re.IGNORECASE)
"""A holder named by pointing back ("the company", "the ministry"): which body it is, the phrase
alone does not say."""
_NAME_STOP = frozenset("the its their of and for a an".split())


def _kind_named(holder: str, texts: Sequence[str]) -> bool:
    """Whether a holder pointing back ("the council") names a kind of body that *texts* write as
    the last word of a capitalised name ("Vellmouth City Council"): a body of that kind, by name."""
    noun = holder.split()[-1].lower()
    if noun in _NAME_STOP or not texts:
        return False
    ends = re.compile(r"\b[A-Z][\w'’.&-]*\s+(?:[A-Z][\w'’.&-]*\s+)*" + re.escape(noun.capitalize()) + r"\b")
    return any(ends.search(text) for text in texts)


def other_holders(a: Sequence[str], b: Sequence[str], texts: Sequence[str] = ()) -> bool:
    """Whether two values are held by two parties: each has a holder named in full (not "the
    company", which points back), and no holder of one shares a word with a holder of the other
    ("The finance ministry" and "The Fiscal Policy Institute"; never "Iberenergia" and
    "Iberenergia's chief executive"); a value no one is named to hold in its sentence counts for
    neither. Precision first: a side with no holder named in full is no other party. A holder
    pointing back by a kind of body the sources (*texts*) name in full ("the council" where
    they write "Vellmouth City Council") is named by that kind: it is a council, and a holder
    that is no council ("The Funeral Directors' Association") is another party."""
    def named(holders: Sequence[str]) -> list[frozenset[str]]:
        return [frozenset(w for w in re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", h.lower()))
                          if w not in _NAME_STOP) for h in holders]
    a, b = [h for h in a if h.strip()], [h for h in b if h.strip()]
    if not a or not b or any(_POINTING_BACK.match(h.strip()) and not _kind_named(h, texts) for h in (*a, *b)):
        return False
    words_a, words_b = named(a), named(b)
    places = _places_in(texts)
    return all(x and y and not (x & y) - places and not (x <= y or y <= x) for x in words_a for y in words_b)


_PLACE_SAID = re.compile(r"(?:^|\n)\s*(?P<dateline>[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,})?),|"
                         r"\b(?:in|at|near|around)\s+(?P<place>[A-Z][a-z'’-]{2,})\b(?!\s+[A-Z])")


def _places_in(texts: Sequence[str]) -> frozenset[str]:
    """Single-word places *texts* name as such (a wire dateline "ARDLEY, May 4"; "in Ardley"), lower
    case: a place both holders' names open with ("Ardley District Council", "The Ardley Farmers'
    Union") makes them no one party."""
    found: set[str] = set()
    for text in texts:
        for m in _PLACE_SAID.finditer(text):
            name = (m.group("dateline") or m.group("place") or "").lower()
            if name and " " not in name:
                found.add(name)
    return frozenset(found)
