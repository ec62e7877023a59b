"""Views apart: two holders who expect opposite things, and a group split stated whole.

A *view* is what one clause says a holder expects: a forecast verb ("expect", "forecast",
"predict", "anticipate", "rule out") whose holder is named (a person, a body, or the speaker of
a first-person quotation: "I expect ...," said X) or counted ("seven of nine economists", "most
analysts", "a minority"), and the way it sees something go: up (rise, raise, hike, increase,
climb), held (hold, pause, unchanged, stay) or down (fall, cut, lower, drop, ease). Two views are
apart when their holders differ and they expect different ways for the same thing (content words
in common: one within a few sentences of one source, two across sources). A fact is no view (a
view and the later fact that overtook it are not a disagreement), nor is a forecast with no way
(a figure alone: other finders compare figures).

One sentence may state a split whole:
- a contrast of two clauses ("X expects ..., but Y argues ...", "while", "whereas"), each with a
  holder and a verb of view, the holders different, and either both counted ("most economists
  ... but a minority ...") or their ways different;
- a poll split: counts of one group holding different ways ("of 12 polled, 7 expected a hold and
  5 an increase"), or for and against ("54 percent in favour ... and 38 percent against").

Only general English cues; precision first: a holder that is a pronoun no earlier sentence names,
or a clause with no way, holds no view here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from briefgen.notes import features
from briefgen.notes.conflicts import NEGATIONS
from briefgen.words import content_words, stem

_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
           r"twenty|thirty|a\s+dozen)")
_QUANTIFIER = (r"(?:most|many|some|several|few|a\s+few|other|others|all|both|half\s+of|a\s+(?:[a-z]+\s+)?(?:minority|majority)"
               r"(?:\s+of)?|the\s+(?:rest|others|majority|minority)(?:\s+of)?|" + _NUMBER + r"(?:\s+(?:of|out\s+of|in)\s+(?:the\s+)?"
               + _NUMBER + r")?)")
_VIEW_VERB = (r"expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|"
              r"rul(?:e|es|ed|ing)\s+out|see(?:s)?\s+(?:no|little)\s+(?:chance|prospect)\s+of")
_OPINION_VERB = _VIEW_VERB + (r"|argu(?:e|es|ed|ing)|believ(?:e|es|ed)|think(?:s)?|thought|sa(?:y|ys|id)|warn(?:s|ed)?|"
                              r"insist(?:s|ed)?|doubt(?:s|ed)?|contend(?:s|ed)?|maintain(?:s|ed)?")
_VIEW = re.compile(r"\b(?P<verb>" + _VIEW_VERB + r")\b", re.IGNORECASE)
_UP = (r"ris(?:e|es|ing)|rose|rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|"
       r"go(?:es)?\s+up|gain(?:s|ed|ing)?|tighten(?:s|ed|ing)?|higher|rall(?:y|ies|ied|ying)|grow(?:s|ing)?|"
       r"recover(?:s|ed|ing|y)?")
_HOLD = (r"hold(?:s|ing)?|held|pause(?:s|d)?|unchanged|steady|stay(?:s|ed|ing)?\s+(?:on\s+hold|put|unchanged|steady|flat)|"
         r"on\s+hold|flat")
_DOWN = (r"fall(?:s|ing)?|fell|fall\s+back|cut(?:s|ting)?|lower(?:s|ed|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|"
         r"eas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|shrink(?:s|ing)?|slow(?:s|ed|ing)?|weaken(?:s|ed|ing)?")
_WAY = re.compile(r"\b(?:(?P<up>" + _UP + r")|(?P<hold>" + _HOLD + r")|(?P<down>" + _DOWN + r"))\b", re.IGNORECASE)
_CONTRAST = re.compile(r"(?:,|;)?\s+\b(?:but|while|whereas|although|though)\b\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"(?:;|,\s+(?:and|but|while|whereas|although|though|as)\b|\s+(?:but|while|whereas)\b|,\s+(?:saying|"
                         r"said|says|adding)\b|[\"“”]|\.\s)", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:" + NEGATIONS + r")\b|n[’']t\b", re.IGNORECASE)
_COUNTED = re.compile(r"^\W*(?P<group>" + _QUANTIFIER + r"(?:\s+(?![a-z]+ly\b)[A-Za-z'’-]+){0,3}?)"
                      r"(?=\s+(?:polled|surveyed|asked|questioned|interviewed|in\s+the\s+(?:poll|survey)|"
                      r"(?:also\s+|still\s+|now\s+)?(?:" + _OPINION_VERB + r"))\b)",
                      re.IGNORECASE)
"""A holder that is a number of people ("Seven of nine economists", "Most analysts", "a vocal minority")."""
_NAME = re.compile(r"^(?:The\s+|the\s+)?(?P<name>(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*(?:\s+(?:of|for)\s+[A-Z][\w'’.-]*)?)$")
_LEAD_NAME = re.compile(r"^(?P<name>(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+),\s")
"""A person named first with an apposition ("Gudrun Palsdottir, professor of ...,")."""
_PRONOUN_SPEAKER = re.compile(r"[,.!?]?[\"”’]?\s*,?\s*(?:he|she|they)\s+(?:said|says|added|told\b[^.]*)\s*\.?\s*$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|we)\s+(?:still\s+|now\s+|also\s+|fully\s+|do\s+not\s+|don[’']t\s+)?(?:" + _VIEW_VERB + r")\b")
_POLL_SPLIT = re.compile(
    r"\b(?P<n1>" + _NUMBER + r")\s+(?:percent\s+|per\s+cent\s+|%\s*)?(?:of\s+them\s+)?(?P<v1>" + _VIEW_VERB
    + r")\s+(?P<what1>[^,;]{1,60}?)(?:,\s*|\s+)(?:and|while|whereas|but)\s+(?P<n2>" + _NUMBER
    + r")\s+(?:percent\s+|per\s+cent\s+|%\s*)?(?:(?:" + _VIEW_VERB + r")\s+)?(?P<what2>[^,;.]{1,60})", re.IGNORECASE)
_FOR_AGAINST = re.compile(
    r"\b(?P<n1>\d+(?:\.\d+)?)\s*(?:percent|per\s+cent|%)\s+(?:were\s+|was\s+)?(?:in\s+favou?r|for\s+it|support(?:ed|ing)?|backed|"
    r"back(?:ing)?|approv(?:ed|ing))\b[^;.]{0,80}?\b(?:and|while|whereas|but|with)\s+(?P<n2>\d+(?:\.\d+)?)\s*(?:percent|per\s+cent|%)"
    r"\s+(?:were\s+|was\s+)?(?:against|opposed|oppos(?:ing|e)|reject(?:ed|ing))\b", re.IGNORECASE)
_TIME_WORDS = frozenset(stem(w) for w in "year years month months week weeks day days today yesterday tomorrow next "
                        "last this time end start middle quarter first second third fourth further again".split())
_LIGHT = frozenset(stem(w) for w in "said says say told would could also only still percent per cent "
                   "economist economists analyst analysts poll polled survey surveyed".split())
WINDOW = 8
"""Sentences apart within which two views of one source may share a single word."""


@dataclass(frozen=True)
class View:
    """What one clause says a holder expects."""

    holder: str
    """The holder as a reader should see it ("Carla Mendes", "Seven of nine economists")."""
    who: frozenset[str]
    """Lower-cased words naming the holder."""
    way: int
    """+1 up (rise, hike), 0 held (hold, pause), -1 down (fall, cut)."""
    negated: bool
    """The view rules the way out ("does not expect a cut", "ruled out a rise")."""
    counted: bool
    """The holder is a number of people ("most economists"), not one party."""
    about: frozenset[str]
    """Stems of what the view is about (the clause after the verb, less way and time words)."""


def may_view(text: str) -> bool:
    """Whether *text* has a verb of forecast at all (a quick look before `view`)."""
    return _VIEW.search(text) is not None


def may_split(text: str) -> bool:
    """Whether *text* may state a poll's split for and against (a quick look before `split`)."""
    return _FOR_AGAINST.search(text) is not None


def _way(rest: str) -> tuple[int, re.Match[str]] | None:
    found = _WAY.search(rest)
    if found is None:
        return None
    return (1 if found.group("up") else 0 if found.group("hold") else -1), found


def _clause_before(text: str, at: int) -> str:
    """The words before position *at* back to the start of their clause."""
    before = text[:at]
    starts = [m.end() for m in re.finditer(r"(?:^|[;:]|\b(?:but|while|whereas|although|though|and|that)\b|,(?!\d))\s*",
                                           before, re.IGNORECASE)]
    return before[starts[-1]:] if starts else before


def _holder(text: str, verb: re.Match[str], earlier: Sequence[str]) -> tuple[str, bool] | None:
    """Who holds the view of *verb*: (holder, counted) or None."""
    clause = _clause_before(text, verb.start()).strip(" ,\"“”")
    # auxiliaries and adverbs between holder and verb
    clause = re.sub(r"(?:\s+(?:also|still|now|widely|generally|broadly|had|have|has|did|do|does|not|no\s+longer|"
                    r"mostly|largely|all|this\s+week|last\s+week))+$", "", clause, flags=re.IGNORECASE)
    counted = _COUNTED.match(clause + " " + verb.group(0))
    if counted:
        group = counted.group("group").strip()
        if re.fullmatch(_NUMBER + r"(?:\s+(?:of|out\s+of|in)\s+(?:the\s+)?" + _NUMBER + ")?", group, re.IGNORECASE):
            return None  # a bare count ("7 expected a hold"): a poll's split, told whole (`split`)
        return group, True
    if _FIRST_PERSON.search(text[max(0, verb.start() - 12):verb.end()]):
        found = features.attribution(text)
        if found and not found[3] and found[0].name:
            return found[0].name, False
        if _PRONOUN_SPEAKER.search(text):
            for previous in reversed(earlier[-2:]):
                lead = _LEAD_NAME.match(previous)
                if lead:
                    return lead.group("name"), False
                found = features.attribution(previous)
                if found and not found[3] and found[0].name and " " in found[0].name:
                    return found[0].name, False
        return None
    if re.fullmatch(r"(?:he|she|they)", clause.split(" ")[-1] if clause else "", re.IGNORECASE) and re.search(
            r"\b(?:said|says|told\s+[\w\s]{1,30}?)\s+(?:that\s+)?(?:he|she|they)$", clause, re.IGNORECASE):
        found = features.attribution(text)  # "X said he expected ...": X's view
        if found and not found[3] and found[0].name and " " in found[0].name:
            return found[0].name, False
        return None
    named = _NAME.match(clause)
    if named and named.group("name").split()[0] not in {"I", "We", "He", "She", "They", "It", "This", "That"}:
        return named.group("name"), False
    return None


def _about(rest: str, skip: set[str]) -> frozenset[str]:
    return frozenset(s for s in (stem(w) for w in content_words(rest) if not _WAY.fullmatch(w))
                     if s not in skip and s not in _TIME_WORDS and s not in _LIGHT and not s.isdigit())


def view(text: str, earlier: Sequence[str] = ()) -> View | None:
    """The first view *text* holds with a way, or None (*earlier*: the sentences before it in its
    source, to name the "he said" of a quotation)."""
    for verb in _VIEW.finditer(text):
        rest = text[verb.end():]
        end = _CLAUSE_END.search(rest)
        rest = rest[:end.start()] if end else rest
        found = _way(rest)
        if found is None:
            continue
        way = found[0]
        holder = _holder(text, verb, earlier)
        if holder is None:
            return None
        name, counted = holder
        who = frozenset(w.lower() for w in re.findall(r"[\w'’]+", name))
        negated = bool(_NEGATION.search(text[max(0, verb.start() - 20):verb.start()])) or verb.group(0).lower().startswith("rul")
        return View(holder=name[:1].upper() + name[1:], who=who, way=way, negated=negated, counted=counted,
                    about=_about(rest, {stem(w) for w in who}))
    return None


def _apart(a: View, b: View) -> bool:
    """Whether two views see the same thing differently."""
    if a.negated == b.negated:
        return a.way != b.way and not a.negated
    return a.way == b.way  # one expects a rise, the other rules a rise out


def _same_holder(a: View, b: View) -> bool:
    if a.counted and b.counted:
        return a.holder.lower() == b.holder.lower()
    if a.counted or b.counted:
        return False
    generic = {"the", "a", "an", "of", "and", "for"}
    return bool((a.who & b.who) - generic)


@dataclass(frozen=True)
class Apart:
    """Two statements whose holders expect different ways for the same thing."""

    a: int
    b: int
    sides: tuple[str, str]
    shared: tuple[str, ...]


def views_apart(texts: Sequence[str], groups: Sequence[int], scores: Sequence[float], *, limit: int = 3,
                views: Sequence[View | None] | None = None) -> list[Apart]:
    """Pairs of statements (of the sources *groups*, in source order) whose holders' views are
    apart, strongest first (by *scores*), each statement and each pair of holders at most once."""
    # a sentence that states a split whole is told whole, not as one side of a pair
    held = list(views) if views is not None else [
        view(t, texts[max(0, k - 2):k]) if split(t, texts[max(0, k - 2):k]) is None else None for k, t in enumerate(texts)]
    candidates = []
    for i, j in combinations(range(len(texts)), 2):
        a, b = held[i], held[j]
        if a is None or b is None or _same_holder(a, b) or not _apart(a, b):
            continue
        common = a.about & b.about
        near = groups[i] == groups[j] and abs(i - j) <= WINDOW
        if len(common) < (1 if near else 2):
            continue
        # a named holder against the count first: who dissents is news
        candidates.append((a.counted + b.counted, -(scores[i] + scores[j]), i, j, tuple(sorted(common))))
    out: list[Apart] = []
    used: set[int] = set()
    for _, _, i, j, shared in sorted(candidates):
        a, b = held[i], held[j]
        assert a is not None and b is not None
        if i in used or j in used or any({a.holder, b.holder} == set(d.sides) for d in out):
            continue
        used |= {i, j}
        out.append(Apart(i, j, (a.holder, b.holder), shared))
        if len(out) >= limit:
            break
    return out


def split(text: str, earlier: Sequence[str] = ()) -> tuple[str, tuple[str, ...]] | None:
    """(reason, sides) when *text* states a split of views whole, else None."""
    if (poll := _FOR_AGAINST.search(text)) is not None:
        return "a poll split", (f"{poll.group('n1')} percent for", f"{poll.group('n2')} percent against")
    if (poll := _POLL_SPLIT.search(text)) is not None:
        one, two = _way(poll.group("what1")), _way(poll.group("what2"))
        if one is not None and two is not None and one[0] != two[0]:
            return "a poll split", (f"{poll.group('n1')} {one[1].group(0).lower()}", f"{poll.group('n2')} "
                                    f"{two[1].group(0).lower()}")
    for contrast in _CONTRAST.finditer(text):
        first, second = text[:contrast.start()], text[contrast.end():]
        sides = []
        for clause in (first, second):
            verb = re.search(r"\b(?:" + _OPINION_VERB + r")\b", clause, re.IGNORECASE)
            if verb is None:
                break
            holder = _holder(clause, verb, earlier)
            if holder is None:
                break
            rest = clause[verb.end():]
            way = _way(rest)
            sides.append((holder, way[0] if way else None))
        if len(sides) != 2:
            continue
        (name_a, counted_a), way_a = sides[0]
        (name_b, counted_b), way_b = sides[1]
        if name_a.lower() == name_b.lower() or not (counted_a and counted_b) and (
                set(name_a.lower().split()) & set(name_b.lower().split()) - {"the", "of", "a", "an"}):
            continue  # one party in both clauses
        if (counted_a and counted_b) or (way_a is not None and way_b is not None and way_a != way_b):
            return "views differ", (name_a[:1].upper() + name_a[1:], name_b)
    return None
