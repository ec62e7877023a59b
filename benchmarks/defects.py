"""Reader-visible defects in the briefs of a workspace, counted mechanically, per class.

Builds every audience's brief in a copy of the workspace (the workspace is not touched) with
`briefgen build --audience all --format json,html`, reads each brief's record (output/<audience>.json)
and its HTML charts, and prints a table per workspace: one row per brief, one column per class,
and a row for all briefs. --list prints every instance with the offending text.

Statements
    repeat     the same fact twice: two statements whose content words mostly recur
               (stems shared / the shorter's stems >= 0.6, at least 4 shared), the two
               sides of one disagreement excepted; a statement whose every number Key
               figures rows or other statements give, adding at most 3 content words; a
               change row ("rise in shares") beside the row of the level its sentence gives
               with it; a disagreement's side told again in another section (4 stems, 0.4)
    dangling   a statement opening on an antecedent the reader has not seen ("He said",
               "However", "The company"), or a personal pronoun before any name; or naming
               what no earlier statement of the brief stated ("the new range", "the figure it
               gave on Tuesday", "The trust also corrected"), answering an unseen claim ("Maybe
               so.", "What does not end so easily is"), a quotation whose speaker is only a
               pronoun ('"...," she said'), a role in a body named by a common noun only
               ("..., the authority's chief inspector")
    fragment   no verb-like word, no final punctuation, or a lower-case start
    clutter    wire conventions printed as they are: "(AP)", `` '' quote pairs, " _ " dashes,
               an upper-case dateline, a live blog's timestamp, Markdown markup of the source
    forum      a statement quoted from a forum or comment thread without a label saying so
Key figures
    label      a label that does not name a measure: empty or function words only, ending on
               a function word or a verb ("ships left", "roles sayed", "people spent"),
               starting on a verb the quote has after a modal ("face fines"), the verb that
               takes the figure as object ("tablets contained 50 mg"), a bare name or place,
               words absent near the number in the cited quote, a noun cut short ("pay" of
               "pay rise"); and times of day, ages, coordinates and ordinals as figures
    twice      the same value (within 0.5%) and unit in two rows
    chart      a figures chart (HTML brief) whose bars mix units, or measures with different
               label heads ("pay offer" beside "pay rise")
    stale      one measure (same unit, same label head, one label's words within the other's:
               "peak level" and "screening level" are two measures) shown as current in two
               rows with different values, every row but the latest dated one counted; or a
               row whose measure a later dated source gives another value for, or a source
               corrects ("the correct estimate was ..."), unless the row lists it as earlier
               (a value in a condition, "if the regulator demands more than 100 stores", is none)
Sections
    dispute    a false disagreement: a side named by no actor ("A against The"), both sides
               the same actor, both from the same source with no two parties named, or a sequence
               (both dated, the later reports a change by the same subject)
    corroboration  "(N sources)" where fewer than N linked sources are news (forum posts and
               opinion columns corroborate nothing)
    misfiled   (suspect) a Catalysts / What to watch item with no future or pending marker; an
               Outlook item in the past tense with no forecast marker; a Risks item with no
               adverse-outcome word
    sources    a Sources table cell unknown (title "Untitled" or empty, date, publisher) where
               the file's first lines give a headline, a date line or a credit ("(Agency)",
               "By X | Publisher", "published by X", "©", og:site_name)

The cues are general English, independent of the code that composes the briefs, so they
can disagree with it. A folder of sources without briefgen.toml is built in a fresh workspace.
--built reads a workspace's existing output/*.json (and *.html) instead of building a copy.
--labels FILE scores the counter against hand labels (JSON lines: workspace, brief, class,
text; an instance matches a label of its workspace, brief and class whose text it contains)
and prints precision and recall per class.

Run: python benchmarks/defects.py [--list] [--built] [--labels FILE] WORKSPACE_OR_SOURCES [...]
     python benchmarks/defects.py . tests/fixtures/developing
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("repeat", "dangling", "fragment", "clutter", "forum", "label", "twice", "chart", "stale", "dispute",
         "corroboration", "misfiled", "sources")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_STOP = frozenset("""a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my no nor not now of off on
once only or other our ours out over own same she should so some such than that the their theirs them then there these
they this those through to too under until up very was we were what when where which while who whom why will with
would you your said says say told according per cent percent mr ms mrs""".split())


def stems(text: str) -> set[str]:
    words = (w.lower().strip("'’-.,") for w in _WORD.findall(text))
    return {re.sub(r"(?:'s|’s|ing|ed|es|s)$", "", w) or w for w in words if w and w not in _STOP and len(w) > 2}


def _unnamed(text: str) -> set[str]:
    """Content stems with the names left out (a capitalised word not opening the sentence): two
    statements of one person ("Finance committee chair Dev Bhatt said he opposed a delay." and
    '"The contractor is responsible ...," said Dev Bhatt, chair of council's finance committee.')
    share the name and its role, not a fact."""
    return stems(re.sub(r"(?<!^)(?<![.!?\"“] )\b[A-Z][\w'’-]*", " ", text))


def _clause_of(entry: str, statement: str) -> bool:
    """Whether *entry* is the opening clause of *statement*, visibly elided ("... at Northmoor Airport ..."):
    the Timeline's entry for a central event another section tells whole."""
    said = re.sub(r"\s*\\?\[[^\]]*\]", "", statement)  # the day a brief brackets in ("on Tuesday [13 October]")
    return entry.endswith(" ...") and len(entry) < len(statement) and said.startswith(entry[:-4].rstrip())


def repeats(texts: list[str]) -> list[tuple[str, str]]:
    bags = [_unnamed(t) for t in texts]
    found = []
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            shared = len(bags[i] & bags[j])
            if shared >= 4 and shared / max(1, min(len(bags[i]), len(bags[j]))) >= 0.6:
                found.append((texts[i], texts[j]))
    return found


_DANGLING = re.compile(
    r"^[\"'“‘(]*(?:(?:he|she|it|they|we|his|her|its|their|our|this|these|those|that|such|both|another|"
    r"however|but|and|also|yet|meanwhile|moreover|furthermore|additionally|instead|still|thus|therefore|"
    r"nevertheless|nonetheless|likewise|similarly|besides|otherwise|then)\b(?![-'’])|"
    r"in (?:comparison|contrast|addition|response|turn|particular)\b|by (?:comparison|contrast)\b|"
    r"on the other hand\b|as a result\b|for (?:its|their) part\b|"
    r"the (?:second|third|fourth|latter|former|same|other|company|firm|move|decision|report|statement|"
    r"announcement|development|agency|group|official|spokesman|spokeswoman|spokesperson|two|three|man|woman|"
    r"plan|measure|deal)\b(?! (?:of|by|from|for|on|in|at|that|which|who)\b))",
    re.IGNORECASE)
_IMPERSONAL = re.compile(r"^it (?:is|was|has been|will be|would be|remains|remained|seems|appears)\b", re.IGNORECASE)
_THIS_TIME = re.compile(r"^(?:this|that|these) (?:year|week|month|morning|afternoon|evening|weekend|season|quarter|"
                        r"spring|summer|autumn|winter|time)\b", re.IGNORECASE)


_PERSONAL = re.compile(r"\b(?:he|she|him|his|her)\b|^(?:\S+\s+){0,2}(?:they|them|their)\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def dangling(text: str) -> bool:
    text = re.sub(r"\[(\w)\]", r"\1", text)  # an editorial capital ("[T]he council") reads as the letter
    if text.lstrip()[:1] in "\"“‘«":
        return False  # a quotation: its "we" and "it" are the speaker's, named in the sentence
    body = text.lstrip("\"'“‘( ")
    if _IMPERSONAL.match(body) or _THIS_TIME.match(body):
        return False
    if _DANGLING.match(text.strip()):
        return True
    plain = _QUOTED.sub(lambda m: " " * len(m.group()), text.strip())  # a quotation's pronouns are the speaker's
    pronoun = _PERSONAL.search(plain)
    if pronoun is None:
        return False
    name = next((m for m in _CAPITALISED.finditer(plain) if m.group().lower() not in _STOP), None)
    return name is None or name.start() > pronoun.start()


_FRESH = re.compile(r"\bthe\s+(?:new|revised|amended|updated|improved|latest|same|reduced|raised|lowered)\s+"
                    r"([a-z][a-z-]+)\b(?:\s+([a-z][a-z-]+)\b)?")
_SAYS_WHICH = re.compile(r"\s*(?:$|[,;:(—–-]\s*(?:[A-Z\d£$€]|which|who|that)|(?:of|for|on|in|at|by|to|from|that|"
                         r"which|who|as|than|with|under|over|last|this|next|a|an|since|until|between|per|[A-Z]\w*|\d)\b)")
_GAVE = re.compile(r"(?i)\bthe\s+(?:[a-z-]+\s+){0,2}?(?:figures?|numbers?|estimates?|forecasts?|count|total|data|"
                   r"guidance|target|range|statement|account)\s+(?:it|he|she|they)\s+(?:had\s+)?(?:gave|given|"
                   r"published|issued|released|reported|announced|provided)\b")
_ALSO = re.compile(r"^(?:The|Its|Their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+also\s+[a-z]+\b"
                   r"|^(?:\S+\s+){1,4}?also\s+(?:revised|corrected|amended|updated|restated|lowered|raised|cut)\b")
_ANSWER = re.compile(r"(?i)^(?:(?:maybe|perhaps|possibly)(?:\s+so|\s+not)?|true|granted|fair enough|not so|"
                     r"of course|sure|yes|no)\s*[.!,;]|^what\s+(?:\S+\s+){0,4}?(?:not|else|also)\b"
                     r"|\bso\s+(?:easily|quickly|readily|simply|soon)\b(?![^.]*\bthat\b)")
_PRONOUN_SPEAKER = re.compile(r"^[\s,.;:—–-]*(?:(?:he|she|they)\s+(?:\w+\s+)?(?:said|says|added|told|warned|wrote)|"
                              r"(?:said|says|added)\s+(?:he|she|they))\b[^A-Z]*$", re.IGNORECASE)
_BODY_ROLE = re.compile(r",\s+the\s+(?!(?:world|country|nation)['’]s)[a-z][\w-]*['’]s\s+[a-z]")
_OPENERS = frozenset("""a an the this that these those when while if as after before since until although though but and
so yet we our i it its they their he she his her you there here what why how where who one some many most all no
not once in on at for from with by to of despite during under over""".split())


def unseen_reference(text: str, before: list[str], speaker: str = "") -> str:
    """What in *text* points back to something the brief's earlier statements (*before*) never
    stated, or "": "the new range" (no range before), "the figure it gave on Tuesday", "The trust
    also corrected ...", "Maybe so.", "What does not end so easily ...", '"...," she said', "...,
    the authority's chief inspector" (no body named; a Stakeholder row's *speaker* column names it)."""
    shown = " ".join(before).lower()
    for match in _FRESH.finditer(text):
        noun, noun2 = match.group(1), match.group(2) or ""
        if noun in ("way", "time", "day", "year", "week", "month", "period", "one"):
            continue
        if match.group().split()[1] == "new" and not re.match(
                r"(?:range|figures?|estimates?|forecasts?|guidance|targets?|offer|prices?|date|deadline|total|count|"
                r"level|rate|terms|proposal|timetable|numbers?|outlook)$", noun2 or noun):
            continue  # "the new cranes" says they are new; "the new range" compares with an earlier one
        if _SAYS_WHICH.match(text[match.end(1):]) or noun2 and _SAYS_WHICH.match(text[match.end(2):]):
            continue
        words = [w for w in (noun, noun2) if w]
        if not any(re.search(r"\b" + re.escape(w[:max(4, len(w) - 2)]), shown + " " + text[:match.start()].lower())
                   for w in words):
            return f"{match.group().strip()!r}: not stated before"
    found = _GAVE.search(text) or _ALSO.search(text) or _ANSWER.search(text.lstrip("\"'“‘( "))
    if found:
        return f"{found.group().strip()!r} answers an earlier statement"
    if text.lstrip()[:1] in "\"“":
        closing = _QUOTED.match(text.lstrip())
        if closing and _PRONOUN_SPEAKER.match(text.lstrip()[closing.end():]):
            return "the speaker is only a pronoun"
    plain = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    body = _BODY_ROLE.search(plain)
    if body and not speaker:
        names = [m for m in re.finditer(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", text)
                 if m.end() != body.start() and (" " in m.group() or m.group().lower() not in _OPENERS
                                                  or not re.search(r"(?:^|[.!?\"“‘(]\s*)$", text[:m.start()]))]
        if not names:
            return f"{body.group().strip(', ')!r}: which one?"
    return ""


_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|"
    r"should|said|says|told|made|took|gave|went|came|rose|fell|grew|won|lost|left|found|got|saw|began|became|"
    r"set|cut|put|hit|led|held|kept|met|paid|sold|built|brought|thought|spent|sent|stood|ran|remain|continue|expect|"
    r"plan|face|need|want|make|take|say|show|hold|stay|include|appear|seem|warn|live|work|wait|return|die|go|come|"
    r"get|give|keep|know|see|think|look|use|find|tell|ask|feel|try|leave|call|run|move|pay|lead|believe|bring|"
    r"begin|allow|lose|add|spend|open|close|\w{2,}ed|\w{3,}s)\b",
    re.IGNORECASE)


def fragment(text: str) -> bool:
    body = text.strip().lstrip("\"'“‘(")
    if not body:
        return True
    if body[0].islower():
        return True
    if not re.search(r"[.!?][\"'”’)]*$", text.strip()):
        return True
    return not _VERBISH.search(text)


_CLUTTER = re.compile(r"\((?:AP|Reuters|AFP|UPI|dpa)\)|``|''| _ |^[A-Z][A-Z .,'-]{2,}(?: \([^)]*\))? ?[-—_–] "
                      r"|^[A-Z][A-Z .'-]{2,}, [A-Z][A-Za-z .]+ [-—–] |^\d{1,2}[:.]\d\d\s*[-—–]\s|^>\s|\*\*")


def clutter(text: str) -> bool:
    from briefgen.ingest.clean import typeset  # as printed: wire quote pairs and dashes are typeset

    return bool(_CLUTTER.search(typeset(text)))


# ---------------------------------------------------------------- Key figures


def _words(text: str) -> list[str]:
    return [w.strip("'’-.,") for w in _WORD.findall(text)]


def _stem(word: str) -> str:
    word = word.lower().strip("'’-.,")
    return re.sub(r"(?:'s|’s|ies|es|s)$", "", word) if len(word) > 3 else word


_IRREGULAR_PAST = frozenset("""left said made took gave went came rose fell grew won lost found got saw began became
set cut put hit led held kept met paid sold built brought thought spent sent stood ran told bought caught fought
taught meant felt dealt struck shut""".split())
_NON_WORD = re.compile(r"(?:say|pay|lay)ed$", re.IGNORECASE)
_PREPOSITIONS = frozenset("""near above below across around within beyond since per among amid despite toward towards via
inside outside against along past plus versus including excluding following worth""".split())
_STOP_ALT = "|".join(sorted(_STOP | _PREPOSITIONS))
_MODAL_BEFORE = r"\b(?:will|would|could|can|may|might|must|should|shall|to|it|they|he|she|we|who|which)\s+{}\b"
_PLACE_NOUNS = frozenset("""town city village county state country region area district province island port
neighbourhood neighborhood suburb capital nation""".split())
_TIME = re.compile(r"^\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock|noon|midnight|h|hrs)$|^\d{1,2}[:.]\d\d$",
                   re.IGNORECASE)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_COORDINATE = re.compile(r"°|\b(?:degrees?|latitude|longitude)\b|^\d+(?:\.\d+)?\s*[NSEW]$", re.IGNORECASE)
_AGE_UNITS = frozenset({"years old", "year-old", "years of age", "aged"})


def _at_number(quote: str, text: str) -> int:
    """Where the figure's text stands in the quote, or -1."""
    squeeze = re.sub(r"\s+", " ", quote)
    at = squeeze.find(text)
    if at < 0:
        number = re.search(r"\d[\d,.]*", text)
        at = squeeze.find(number.group()) if number else -1
    return at


def label_problem(figure: dict[str, Any], quote: str) -> str:
    """Why a Key figures row's label does not name a measure a reader understands, or ""."""
    label, text, unit = figure.get("measures", "").strip(), figure.get("text", ""), figure.get("unit", "")
    words = _words(label)
    content = [w for w in words if w.lower() not in _STOP]
    squeeze = re.sub(r"\s+", " ", quote)
    at = _at_number(squeeze, text)
    if _TIME.match(text.strip()) or unit.lower() in ("a.m.", "p.m.", "am", "pm", "o'clock", "noon"):
        return "a time of day, not a figure"
    if _ORDINAL.match(text.strip()):
        return "an ordinal, not a figure"
    if _COORDINATE.search(text) or _COORDINATE.search(unit):
        return "a coordinate, not a figure"
    if unit.lower() in _AGE_UNITS or (at >= 0 and re.match(r"[\d,.]+[- ]years?[- ]old\b", squeeze[at:])) or (
            at >= 0 and re.search(r"\baged\s+$", squeeze[:at])):
        return "an age, not a figure"
    if not content:
        return "empty label" if not words else "label of function words only"
    last, first = words[-1], words[0]
    if last.lower() in _STOP:
        return f"label ends on a function word ({last!r})"
    if _NON_WORD.search(last):
        return f"label ends on a verb leftover ({last!r})"
    if last.lower() in _IRREGULAR_PAST and len(content) >= 1:
        return f"label ends on a verb ({last!r})"
    if re.search(_MODAL_BEFORE.format(re.escape(first)), squeeze, re.IGNORECASE) and len(words) > 1:
        return f"label starts on a verb ({first!r})"
    if len(words) > 1 and last.lower().endswith("ed"):
        clause = re.search(rf"\b{re.escape(words[-2])}\s+{re.escape(last)}\s+([\w$€£(-][\w'’-]*)", squeeze)
        if clause and clause.group(1).lower() not in _STOP | _PREPOSITIONS:
            return f"label is a subject and its verb, the object left out ({words[-2]} {last} {clause.group(1)})"
    if at >= 0:
        counted = re.findall(r"\bnumber of (?:the )?([A-Za-z]+)", squeeze[max(0, at - 150):at])
        if counted and _stem(counted[-1]) not in {_stem(w) for w in content} | {_stem(w) for w in _words(unit)}:
            return f"the quote counts {counted[-1]}, the label says {label!r}"
    if all(w[:1].isupper() for w in content):
        return "a bare name, not a measure"
    if len(content) == 1 and content[0].lower() in _PLACE_NOUNS:
        return "a place, not a measure"
    if at >= 0:
        near_words = {_stem(w) for w in _WORD.findall(squeeze[max(0, at - 90):at + len(text) + 90])}
        if not near_words & {_stem(w) for w in content}:
            return "label words are not near the number in the quote"
        tail = re.search(rf"\b{re.escape(last)}\s+([a-z][a-z'-]*)(?=\s*(?:[,.;:]|$|\s+(?:{_STOP_ALT})\b))",
                         squeeze[max(0, at - 120):at + len(text) + 120])
        if tail and tail.group(1) not in _STOP | _PREPOSITIONS | _IRREGULAR_PAST and not re.search(r"(?:ing|ed)$", tail.group(1)):
            return f"label cuts its noun short ({last} {tail.group(1)!r})"
    return ""


def measure_key(figure: dict[str, Any]) -> tuple[str, str, frozenset[str]]:
    """What a Key figures row measures: its unit, the head of its label and the label's content stems.
    A trailing participle or verb ("container ships stranded") and a prepositional tail are not the head."""
    label = re.split(r"\b(?:of|for|in|on|at|by|from|to|near|with|over|under|per)\b", figure.get("measures", ""))[0]
    words = [w for w in _words(label) if w and w.lower() not in _STOP]
    unit = figure.get("unit", "")
    noun = list(words)
    while len(noun) > 1 and (noun[-1].lower() in _IRREGULAR_PAST or _NON_WORD.search(noun[-1])
                             or re.search(r"(?:ed|ing)$", noun[-1].lower())):
        noun.pop()
    if not {_stem(w) for w in noun} <= {_stem(w) for w in _words(unit)}:
        words = noun  # "container ships (stranded)": the noun phrase names the measure; "people (spent)" does not
    else:
        words = [w for w in _words(figure.get("measures", "")) if w and w.lower() not in _STOP]
    if not words:
        words = _words(unit)[-1:]
    head = _stem(words[-1]) if words else ""
    return unit, head, frozenset(_stem(w) for w in words)


def same_measure(a: dict[str, Any], b: dict[str, Any]) -> bool:
    unit_a, head_a, words_a = measure_key(a)
    unit_b, head_b, words_b = measure_key(b)
    return unit_a == unit_b and bool(head_a) and head_a == head_b and (words_a <= words_b or words_b <= words_a)


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


def _row(figure: dict[str, Any]) -> str:
    return f"{figure['text']} | {figure.get('measures', '')}"


def twice_rows(figures: list[dict[str, Any]]) -> list[str]:
    """Rows that repeat the value (and unit) of an earlier row."""
    found = []
    for i, fig in enumerate(figures):
        first = next((f for f in figures[:i] if f["unit"] == fig["unit"] and _near(f["value"], fig["value"])), None)
        if first is not None:
            found.append(f"{_row(fig)}  (same value as {_row(first)})")
    return found


_OLD_BEFORE = re.compile(r"\b(?:from|not the|not|first|earlier|initial(?:ly)?|previous(?:ly)?|original(?:ly)?|"
                         r"instead of|figure of|estimate of|rather than|had been)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_NEW_BEFORE = re.compile(r"\b(?:to|now|was|is|correct(?:ed)? (?:estimate|figure) (?:was|is|of)|revised|updated|"
                         r"latest|reached|stands? at)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_UPDATE_CUE = re.compile(r"\b(?:correct(?:ed|ion|s)?|revis(?:ed|ion)|updat(?:ed|e)|not the|rose|risen|climbed|fell|"
                         r"dropped|increased|decreased|reached|raised|lowered|cut|now)\b", re.IGNORECASE)


_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether)\b[^,;:.!?]*$", re.IGNORECASE)


def stale_rows(rows: list[tuple[dict[str, Any], str]]) -> list[str]:
    """Key figures rows (figure, source date) of one measure with other values in other rows: every row but the
    one from the latest dated source is shown as current although another row of the measure is there too."""
    found = []
    for i, (fig, date) in enumerate(rows):
        others = [(f, d) for j, (f, d) in enumerate(rows) if j != i and same_measure(fig, f)
                  and not _near(f["value"], fig["value"])]
        if not others:
            continue
        if date and all(date > d for _, d in others if d):
            continue  # the latest dated row of the measure (an undated row is never known to be later)
        newer = max(others, key=lambda pair: pair[1])
        when = date or "undated"
        found.append(f"{_row(fig)} ({when})  (same measure as {_row(newer[0])} ({newer[1] or 'undated'}))")
    return found


def superseded(figure: dict[str, Any], date: str, sentences: list[tuple[str, str, str]],
               find: Any) -> str:
    """A later value of the row's measure in the reports among *sentences* ((source path, source date,
    sentence) triples; forum posts and opinion pieces left out by the caller): a later dated source's, or
    one a sentence gives as the correction or update of the row's value."""
    unit, head, words = measure_key(figure)
    shown = {round(e["value"], 6) for e in figure.get("earlier", ())}
    for path, when, sentence in sentences:
        found = find(sentence)
        mine = [f for f in found if _near(f.value, figure["value"])]
        for other in found:
            if _near(other.value, figure["value"]) or round(other.value, 6) in shown:
                continue
            if other.unit != unit and not (mine and other.unit == mine[0].unit):
                continue
            at = sentence.find(other.text)
            before = sentence[:max(0, at)]
            if _OLD_BEFORE.search(before):
                continue  # the sentence gives it as the earlier value
            if _CONDITION_BEFORE.search(before):
                continue  # a threshold someone set ("can walk away if the regulator demands more than 100 stores")
            # A sentence holding the row's value and another, one given as the update of the other.
            corrected = bool(mine) and bool(_UPDATE_CUE.search(sentence)) and (
                bool(_NEW_BEFORE.search(before)) or bool(_OLD_BEFORE.search(sentence[:sentence.find(mine[0].text)])))
            window = {_stem(w) for w in _WORD.findall(sentence[max(0, at - 80):at + len(other.text) + 80])}
            # A later sentence that gives the row's value too ("38 mph ..., within the line speed of 40 mph")
            # confirms it: its other value measures something else, unless it is told as the update.
            later = not mine and other.unit == unit and bool(date and when and when > date) and head in window and (
                words <= window | {_stem(w) for w in _words(unit)})
            if later or corrected:
                return f"{_row(figure)} ({date or 'undated'})  (later: {other.text!r} in {path} ({when or 'undated'}))"
    return ""


_SVG = re.compile(r'<svg[^>]*aria-label="([^"]*)".*?</svg>', re.DOTALL)
_SVG_TEXT = re.compile(r"<text[^>]*>(.*?)</text>", re.DOTALL)


def chart_problems(html_text: str, figures: list[dict[str, Any]]) -> list[str]:
    """Figure charts (in the HTML brief) whose bars mix units or measures of different heads."""
    import html as html_lib

    found = []
    by_text = {html_lib.unescape(f["text"]): f for f in figures}
    for chart in _SVG.finditer(html_text):
        texts = [html_lib.unescape(re.sub(r"<[^>]+>", " ", t)).strip() for t in _SVG_TEXT.findall(chart.group())]
        bars = [by_text[t] for t in texts if t in by_text]
        if len(bars) < 2:
            continue
        title = html_lib.unescape(chart.group(1))
        if len({b["unit"] for b in bars}) > 1:
            found.append(f"{title}: mixes units " + ", ".join(b["text"] for b in bars))
        elif len({measure_key(b)[1] for b in bars}) > 1:
            found.append(f"{title}: mixes measures " + "; ".join(_row(b) for b in bars))
    return found


# ---------------------------------------------------------------- disagreements, support, sections

_CHANGE = re.compile(r"\b(?:lift(?:ed|s)?|reopen(?:ed|s)?|re-?open(?:ed|s)?|raised|lowered|revised|corrected|ended|"
                     r"extended|withdr(?:ew|awn)|reversed|cancell?ed|closed|resumed|expanded|doubled|halved|"
                     r"no longer|now|later|increased|cut|improved|dropped|scrapped|overturned|upheld|granted)\b",
                     re.IGNORECASE)


def _subject(text: str) -> set[str]:
    """The capitalised names and the opening noun phrase's content words of a statement."""
    names = {m.group().lower() for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", text)}
    opening = re.match(r"^\W*((?:\w[\w'’-]*\s+){0,4}?)(?:is|are|was|were|has|have|had|will|would|said|says|"
                       r"\w+ed|\w+s)\b", text)
    words = {_stem(w) for w in _words(opening.group(1))} - {_stem(w) for w in _STOP} if opening else set()
    return {n for n in names if n not in _STOP} | words


def dispute_problem(item: dict[str, Any], paths: dict[int, str], dates: dict[str, str]) -> str:
    """Why a disagreement is not one, or ""."""
    other = item.get("other")
    sides = [s for s in item.get("sides", ()) if s]
    if sides and any(not [w for w in _words(s) if w.lower() not in _STOP and len(w) > 1] for s in sides):
        return f"a side named by no actor ({' / '.join(sides)})"
    if len(sides) == 2 and sides[0].strip().lower() == sides[1].strip().lower():
        return f"both sides the same actor ({sides[0]})"
    if other is None:
        return ""
    speakers = [(item.get("speaker") or "").lower(), (other.get("speaker") or "").lower()]
    if speakers[0] and speakers[0] == speakers[1]:
        return f"both sides the same actor ({item['speaker']})"
    src_a = {paths[n] for n in item["citations"] if n in paths}
    src_b = {paths[n] for n in other["citations"] if n in paths}
    two_parties = len(sides) == 2 and sides[0].strip().lower() != sides[1].strip().lower()
    if src_a and src_a == src_b and not (speakers[0] and speakers[1]) and not two_parties:
        return f"both sides from the same source ({sorted(src_a)[0]})"
    date_a = max((dates.get(p, "") for p in src_a), default="")
    date_b = max((dates.get(p, "") for p in src_b), default="")
    if date_a and date_b and date_a != date_b:
        early, late = (item, other) if date_a < date_b else (other, item)
        if _CHANGE.search(late["text"]) and _subject(early["text"]) & _subject(late["text"]):
            return f"a sequence: the later side ({max(date_a, date_b)}) reports a change by the same body"
    return ""


_WEAK_KINDS = ("forum", "comment", "opinion", "thread", "social", "column", "letter", "editorial")


def weak(kind: str) -> bool:
    return any(k in kind.lower() for k in _WEAK_KINDS)


_FUTURE = re.compile(r"\b(?:will|shall|would|could|may|might|'ll|is due|are due|due to|expected|expects?|scheduled|"
                     r"set to|plans to|planned|planning|intends?|aims?|pending|upcoming|next|later|deadline|"
                     r"is to|are to|awaits?|awaiting|forthcoming|likely|until|before|by the end)\b", re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:will|shall|would|could|may|might|'ll|expects?|expected|forecasts?|projects?|projected|"
                       r"predicts?|predicted|likely|unlikely|outlook|estimates?|anticipates?|on track|set to|"
                       r"is due|are due|to be|going to|plans to|planned|planning|intends?|warns?|warned|risk|future|next|coming)\b",
                       re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|did|\w{3,}ed|" + "|".join(sorted(_IRREGULAR_PAST)) + r")\b", re.IGNORECASE)
_ADVERSE = re.compile(
    r"\b(?:risk|threat|danger|harm|damag|loss|lose|losing|lost|fall|fell|decline|drop|cut|shortage|shortfall|delay|"
    r"fail|fine|fined|penalt|lawsuit|sue|sued|litigation|strike|disrupt|closure|close|shut|halt|suspend|warn|"
    r"concern|fear|uncertain|threaten|jeopard|exposure|liabilit|default|bankrupt|insolven|deficit|injur|death|"
    r"dead|die|kill|contamin|toxic|leak|breach|hack|attack|crisis|collapse|cost|worse|weak|problem|fault|defect|"
    r"recall|ban|sanction|tariff|investigat|probe|downgrad|volatil|pressure|hurt|impair|write-?down|setback|"
    r"shortag|outage|spill|fire|flood|evacuat|unrest|protest|dispute|challeng|difficult|slow|stall|backlog)\w*",
    re.IGNORECASE)


def section_role(section: dict[str, Any]) -> str:
    name = f"{section.get('id', '')} {section.get('title', '')} {section.get('style', '')}".lower()
    if "catalyst" in name or "watch" in name:
        return "watch"
    if "outlook" in name:
        return "outlook"
    if "risk" in name:
        return "risks"
    return ""


def misfiled(role: str, item: dict[str, Any], as_of: str) -> str:
    """Why an item suspectedly does not belong in its section (catalysts/watch, outlook, risks), or ""."""
    text = item["text"]
    if role == "watch" and not _FUTURE.search(text) and not (item.get("date") and item["date"] > as_of):
        return "catalyst with no future or pending marker"
    if role == "outlook" and not _FORECAST.search(text) and _PAST.search(text):
        return "outlook in the past tense with no forecast marker"
    if role == "risks" and not _ADVERSE.search(text):
        return "risk with no adverse-outcome word"
    return ""


# ---------------------------------------------------------------- Sources table

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = re.compile(rf"\b(?:\d{{4}}-\d\d-\d\d|{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}}|"
                   rf"\d{{1,2}}/\d{{1,2}}/\d{{4}})\b")
_CREDIT = re.compile(r"^[A-Z][A-Z .,'’-]{2,}(?:, [A-Za-z .]+)? \(([A-Z][^):]{1,60})\)|"
                     r"\b(?i:published by|publisher:|source:|©|\(c\)|copyright)\s*(?:\d{4}\s+)?([A-Z][\w&.' -]{2,60})")
_META_PUBLISHER = re.compile(r'<meta[^>]+(?:property|name)="(?:og:site_name|publisher|article:publisher)"[^>]*'
                             r'content="([^"]+)"', re.IGNORECASE)
_META_DATE = re.compile(r'<meta[^>]+(?:property|name)="(?:article:published_time|date|pubdate|dc\.date)"[^>]*'
                        r'content="([^"]+)"', re.IGNORECASE)


_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:,[^()]{1,40})?\s*\([^)]{1,40}\)\s*[-–—_]")
"""A wire story's dateline ("DUNMERE, England (Northwire) -"): its lede, not a headline."""


def head_lines(raw: str) -> list[str]:
    """The first lines of a source file as a reader sees them: tags and Markdown marks gone."""
    text = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", raw)
    text = re.sub(r"(?i)<(?:br|/p|/h\d|/div|/li|/title|/header|/time)[^>]*>", "\n", text)
    text = re.sub(r"<[^>]+>", " ", text)
    lines = []
    for line in text.splitlines():
        line = re.sub(r"^[#>\s]+|[*_`]+", "", line).strip()
        line = re.sub(r"\s+", " ", line)
        if line and not line.startswith(("---", "+++")) and not re.match(r"^\w+:\s*$", line):
            lines.append(line)
        if len(lines) >= 8:
            break
    return lines


def source_problems(row: dict[str, Any], raw: str) -> list[str]:
    """Sources table cells shown unknown although the file's first lines give them."""
    found = []
    lines = head_lines(raw)
    name = row.get("path", "")
    title = (row.get("title") or "").strip()
    if title.lower() in ("", "untitled", "untitled source") and lines:
        first = lines[0]
        if 3 <= len(first.split()) <= 20 and not re.search(r"[.!?]$", first) and not _DATELINE.match(first):
            found.append(f"{name}: title unknown, the text opens on a headline {first!r}")
    if not row.get("date"):
        meta = _META_DATE.search(raw)
        shown = next((line for line in lines[:6] if len(line.split()) <= 16 and _DATE.search(line)), "")
        if meta or shown:
            found.append(f"{name}: date unknown, the text gives {meta.group(1) if meta else shown!r}")
    if not row.get("publisher"):
        meta = _META_PUBLISHER.search(raw)
        credit = ""
        for line in lines[:6]:
            match = _CREDIT.search(line)
            if match:
                credit = (match.group(1) or match.group(2) or "").strip()
                break
            parts = [p.strip() for p in re.split(r"\s[|·•]\s", line)]
            if len(parts) > 1 and re.match(r"(?i)by\s", parts[0]):
                named = [p for p in parts[1:] if p and p[0].isupper() and not _DATE.search(p)]
                if named:
                    credit = named[0]
                    break
        if meta or credit:
            found.append(f"{name}: publisher unknown, the text credits {meta.group(1) if meta else credit!r}")
    return found


# ---------------------------------------------------------------- one brief


@dataclass
class Corpus:
    """What the counter reads of a workspace's sources: each source's date, file text and sentences."""

    dates: dict[str, str] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    sentences: list[tuple[str, str, str]] = field(default_factory=list)


def brief_defects(record: dict[str, Any], corpus: Corpus | None = None, html_text: str = "") -> dict[str, list[str]]:
    """Each defect class's instances (the offending text) in one brief record (the JSON of `--format json`)."""
    corpus = corpus or Corpus()
    found: dict[str, list[str]] = {kind: [] for kind in KINDS}
    statements: list[str] = []
    pairs: set[frozenset[str]] = set()
    kinds = {row["path"]: f"{row.get('kind') or ''} {row.get('reliability') or ''}" for row in record["sources"]}
    dates = {row["path"]: row.get("date") or "" for row in record["sources"]}
    dates = {**corpus.dates, **{k: v for k, v in dates.items() if v}}
    cited = {c["number"]: c for c in record["citations"]}
    paths = {n: c["path"] for n, c in cited.items()}
    figures: list[dict[str, Any]] = []
    rows_quoted: list[tuple[dict[str, Any], str]] = []
    disputed: list[str] = []
    told: list[tuple[str, str]] = []
    for section in record["sections"]:
        role = section_role(section)
        rows: list[tuple[dict[str, Any], str]] = []
        for item in section["items"]:
            first = cited.get(item["citations"][0]) if item["citations"] else None
            if section["style"] == "figures":
                fig = item.get("figure")
                if fig is None:
                    continue
                figures.append(fig)
                rows_quoted.append((fig, first["quote"] if first else ""))
                why = label_problem(fig, first["quote"] if first else "")
                if why:
                    found["label"].append(f"{_row(fig)}  ({why})")
                date = dates.get(first["path"], "") if first else ""
                rows.append((fig, date))
                reports = [s for s in corpus.sentences if (first is None or s[0] != first["path"])
                           and not weak(kinds.get(s[0], corpus.kinds.get(s[0], "")))]
                later = superseded(fig, date, reports, _find_figures())
                if later:
                    found["stale"].append(later)
                continue
            if first is not None and weak(kinds.get(first["path"], "")) and not item.get("label") and (
                    "forum" in kinds.get(first["path"], "") or "comment" in kinds.get(first["path"], "")):
                found["forum"].append(item["text"])
            for side in (item, item.get("other")):
                if side is None or side.get("support", 1) <= 1:
                    continue
                linked = {paths[n] for n in side["citations"] if n in paths}
                strong = {p for p in linked if not weak(kinds.get(p, ""))}
                if side["support"] > len(strong):
                    found["corroboration"].append(
                        f"{side['text']}  ({side['support']} sources; {len(strong)} linked news sources)")
            if item.get("other") is not None or item.get("sides"):
                why = dispute_problem(item, paths, dates)
                if why:
                    other = item.get("other")
                    found["dispute"].append(f"{item['text']}  ||  {other['text'] if other else ''}  ({why})")
            if role and item.get("change") != "gone":
                why = misfiled(role, item, record.get("as_of", ""))
                if why:
                    found["misfiled"].append(f"{item['text']}  (suspect: {why})")
            shown = [side for side in (item, item.get("other")) if side is not None and not side.get("see")]
            sides = [side["text"] for side in shown]
            if len(sides) == 2:
                pairs.add(frozenset(sides))
            for side in shown:
                text = side["text"]
                if item.get("change") == "gone":
                    continue  # an earlier brief's statement, shown as such
                earlier_texts = list(statements)
                statements.append(text)
                if section["style"] == "disagreements":
                    disputed.append(text)
                else:
                    told.append((text, role or section.get("id", "")))
                why = unseen_reference(text, earlier_texts, side.get("speaker", "") or item.get("speaker", ""))
                if dangling(text):
                    found["dangling"].append(text)
                elif why:
                    found["dangling"].append(f"{text}  ({why})")
                if fragment(text):
                    found["fragment"].append(text)
                if clutter(text):
                    found["clutter"].append(text)
        flagged = {hit.split(" (")[0] for hit in found["stale"]}
        found["stale"].extend(hit for hit in stale_rows(rows) if hit.split(" (")[0] not in flagged)
    found["twice"] = twice_rows(figures)
    found["chart"] = chart_problems(html_text, figures) if html_text else []
    for row in record["sources"]:
        if row.get("path") in corpus.raw:
            found["sources"].extend(source_problems(row, corpus.raw[row["path"]]))
    for a, b in repeats(statements):
        if _clause_of(a, b) or _clause_of(b, a):
            continue  # a Timeline entry quoting only the opening clause of a statement told elsewhere, elided: by design
        if frozenset((a, b)) not in pairs and a != b or statements.count(a) > 1:
            found["repeat"].append(f"{a}  ||  {b}")
    listed = {hit.split("  ||  ")[0] for hit in found["repeat"]} | {hit.split("  ||  ")[1] for hit in found["repeat"]}
    found["repeat"].extend(hit for hit in figure_repeats(statements, rows_quoted) + dispute_repeats(told, disputed)
                           if hit.split("  ||  ")[0] not in listed)
    return found


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_NOT_A_FIGURE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:to|and|-|–)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?" + _MONTH +
    r"|\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:to|and|-|–)\s*\d{1,2})?\b"
    r"|(?<![$€£¥])\b\d{1,2}[:.]\d\d\s*(?:a\.?m\.?|p\.?m\.?)?|\b\d{1,2}\s*(?:a\.?m|p\.?m)\b"
    r"|[A-Za-z]+\d[\w-]*|\d[\d,.]*(?:mm|cm|km|m)\b")
"""Numbers that are no quantity of the story: dates ("16 to 18 May", "May 16"), times (not an amount:
"$2.58"), model names
("H200", "version 7.4" stays), sizes glued to their unit ("900mm main")."""


def _numbers(text: str) -> set[str]:
    text = _NOT_A_FIGURE.sub(" ", text)
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)
            if not re.fullmatch(r"(?:19|20)\d\d", n)}  # a year is no figure


def figure_repeats(statements: list[str], rows: list[tuple[dict[str, Any], str]]) -> list[str]:
    """The same figure of the same measure twice: a statement whose every number the Key figures
    rows or the other statements give, and that adds at most three content words to them ("Shares
    rose 8.3% to 301 pence in early trading." beside "sending its shares up 8.3%" and the row
    "301 pence | shares"); a change row beside the row of the level its one sentence gives with it
    ("8.3% | rise in shares" and "301 pence | shares" from "rose 8.3% to 301 pence")."""
    found = []
    row_numbers = set().union(*(_numbers(fig["text"]) for fig, _ in rows)) if rows else set()
    row_stems = set().union(*(stems(f"{fig.get('measures', '')} {fig['text']} {fig.get('unit', '')}")
                              for fig, _ in rows)) if rows else set()
    for i, text in enumerate(statements):
        numbers = _numbers(text)
        others = statements[:i] + statements[i + 1:]
        if not numbers or text in others or any(_clause_of(text, o) for o in others):
            continue
        others = [o for o in others if not _clause_of(o, text)]  # its own Timeline clause tells nothing else
        elsewhere = row_numbers.union(*(_numbers(o) for o in others))
        if not numbers <= elsewhere:
            continue
        new = stems(text) - row_stems - set().union(*(stems(o) for o in others))
        if len(new) <= 3:
            found.append(f"{text}  ||  its figures shown elsewhere  (adds only {sorted(new)})")
    for fig, _ in rows:
        said = next((text for text in statements if _gives(text, fig["text"])), "")
        if said:
            found.append(f"{_row(fig)}  ||  {said}  (a Key figures row repeats a statement's figure)")
    for fig, quote in rows:
        label = fig.get("measures", "")
        if not re.match(r"(?:rise|fall|increase|drop|decline|gain) in ", label):
            continue
        for other, _ in rows:
            if other is fig or other.get("unit") == fig.get("unit"):
                continue
            sentence = next((s for s in re.split(r"(?<=[.!?])\s+", quote) if fig["text"] in s and other["text"] in s), "")
            if sentence and stems(label) & stems(other.get("measures", "")):
                found.append(f"{_row(fig)}  ||  {_row(other)}  (one sentence gives the change and the level)")
    return found


_MULTIPLIER = re.compile(r"\s*(million|billion|trillion|thousand|mn|mln|bn|m|k)\b", re.IGNORECASE)


def _gives(text: str, figure: str) -> bool:
    """Whether *text* gives the figure a row shows as written there: its number with the symbol
    before it ("A$", "€") and its multiplier after ("million"), or its number before "per cent",
    "percent" or "%" when the row's is a percentage ("A$6.5 million" in "a break fee of A$6.5
    million"; not "6.5" alone, not "A$6.5 billion")."""
    match = re.search(r"([^\s\d]*)(\d[\d,]*(?:\.\d+)?)", figure)
    if match is None:
        return False
    symbol, number = match.group(1)[-3:], match.group(2).replace(",", "")
    after = figure[match.end():]
    percent = re.match(r"\s*(?:%|per ?cent)", after, re.IGNORECASE) is not None
    multiplier = _MULTIPLIER.match(after)
    text = _NOT_A_FIGURE.sub(lambda m: " " * len(m.group()), text)  # dates and times are no figures
    for found in re.finditer(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(?![\d,]*\d)", text):
        if found.group(1).replace(",", "").rstrip(".") != number.rstrip("."):
            continue
        rest = text[found.end():]
        if percent:
            if re.match(r"\s*(?:%|per ?cent)", rest, re.IGNORECASE):
                return True
            continue
        if symbol and not text[:found.start()].endswith(symbol):
            continue
        other = _MULTIPLIER.match(rest)
        if (other.group(1).lower()[:1] if other else "") == (multiplier.group(1).lower()[:1] if multiplier else ""):
            return True
    return False


def dispute_repeats(told: list[tuple[str, str]], disputed: list[str]) -> list[str]:
    """A side of a disagreement the section shows, told again in another section: four content
    words shared and two fifths of the shorter statement."""
    found = []

    plain = _unnamed  # names left out: two statements of one person say different things

    for text, where in told:
        bag = plain(text)
        for side in disputed:
            other = plain(side)
            shared = len(bag & other)
            if text != side and shared >= 4 and shared / max(1, min(len(bag), len(other))) >= 0.4:
                found.append(f"{text}  ||  {side}  (a disputed claim told again in {where or 'another section'})")
                break
    return found


def _find_figures() -> Any:
    """briefgen's number reader (values and units only; the counter judges measures itself)."""
    from briefgen.notes.figures import find_figures

    return find_figures


def workspace_of(folder: Path, tmp: Path) -> Path:
    """A copy of the workspace, or a fresh workspace holding the folder's sources."""
    target = tmp / "ws"
    if (folder / "briefgen.toml").is_file():
        shutil.copytree(folder, target, ignore=shutil.ignore_patterns(".git", ".briefgen-cache", "output", "history"))
        return target
    subprocess.run([sys.executable, "-m", "briefgen", "init", str(target)], check=True, capture_output=True)
    for path in folder.iterdir():
        if path.is_file() and path.suffix in (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".toml"):
            shutil.copy(path, target / "sources" / path.name)
    return target


def corpus_of(ws: Path) -> Corpus:
    """The sources of a built workspace as the counter reads them."""
    import briefgen

    corpus = Corpus()
    for doc in briefgen.open_workspace(ws).notes().sources:
        corpus.dates[doc.path] = doc.meta.date or ""
        corpus.kinds[doc.path] = f"{doc.meta.kind} {doc.meta.reliability}"
        try:
            corpus.raw[doc.path] = (ws / doc.path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            corpus.raw[doc.path] = ""
        for sentence in doc.sentences:
            corpus.sentences.append((doc.path, doc.meta.date or "", " ".join(doc.text[sentence.start:sentence.end].split())))
    return corpus


def built(ws: Path) -> dict[str, dict[str, list[str]]]:
    """Each brief's defects, from the records and HTML in *ws*/output."""
    corpus = corpus_of(ws)
    out: dict[str, dict[str, list[str]]] = {}
    for path in sorted((ws / "output").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("format") != "briefgen-brief":
            continue
        page = path.with_suffix(".html")
        out[record["audience"]] = brief_defects(record, corpus, page.read_text(encoding="utf-8") if page.is_file() else "")
    return out


def count(folder: Path, *, use_built: bool = False) -> dict[str, dict[str, list[str]]]:
    if use_built:
        return built(folder)
    with tempfile.TemporaryDirectory() as tmp:
        ws = workspace_of(folder, Path(tmp))
        done = subprocess.run([sys.executable, "-m", "briefgen", "-w", str(ws), "build", "--audience", "all",
                               "--format", "json,html"], capture_output=True, text=True, env=os.environ.copy())
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise SystemExit(f"defects.py: {folder}: build failed: {last}")
        return built(ws)


def score(labels: list[dict[str, str]], hits: dict[tuple[str, str], dict[str, list[str]]]) -> None:
    """Precision and recall per class of the instances in *hits* ((workspace, brief) -> class -> texts)."""
    found: Counter[str] = Counter()
    right: Counter[str] = Counter()
    labelled: Counter[str] = Counter()
    recalled: Counter[str] = Counter()
    for (name, brief), classes in hits.items():
        mine = [lab for lab in labels if name.endswith(lab["workspace"]) and lab["brief"] == brief]
        for kind in KINDS:
            texts = classes.get(kind, [])
            wanted = [lab["text"] for lab in mine if lab["class"] == kind]
            found[kind] += len(texts)
            shown = [t.split("  (")[0] for t in texts]  # the offending text, not the reason after it
            right[kind] += sum(1 for t in shown if any(w in t for w in wanted))
            labelled[kind] += len(wanted)
            recalled[kind] += sum(1 for w in wanted if any(w in t for t in shown))
    print("\n| class | found | right | precision | labelled | recalled | recall |")
    print("|---|---|---|---|---|---|---|")
    for kind in KINDS:
        if found[kind] or labelled[kind]:
            p = f"{right[kind] / found[kind]:.2f}" if found[kind] else "-"
            r = f"{recalled[kind] / labelled[kind]:.2f}" if labelled[kind] else "-"
            print(f"| {kind} | {found[kind]} | {right[kind]} | {p} | {labelled[kind]} | {recalled[kind]} | {r} |")
    print(f"| all | {sum(found.values())} | {sum(right.values())} | "
          f"{sum(right.values()) / max(1, sum(found.values())):.2f} | {sum(labelled.values())} | "
          f"{sum(recalled.values())} | {sum(recalled.values()) / max(1, sum(labelled.values())):.2f} |")


def main() -> None:
    args = sys.argv[1:]
    if {"-h", "--help"} & set(args):
        print(__doc__)
        return
    show, use_built, labels_file = "--list" in args, "--built" in args, ""
    if "--labels" in args:
        at = args.index("--labels")
        if at + 1 >= len(args):
            raise SystemExit("defects.py: --labels needs a file of JSON lines (workspace, brief, class, text)")
        labels_file = args[at + 1]
        del args[at:at + 2]
    folders = [Path(a) for a in args if a not in ("--list", "--built")]
    if not folders:
        raise SystemExit(__doc__)
    missing = [f for f in folders if not f.is_dir()]
    if missing:
        raise SystemExit(f"defects.py: {missing[0]}: not a folder; give a workspace or a folder of sources")
    labels: list[dict[str, str]] = []
    if labels_file:
        try:
            lines = Path(labels_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise SystemExit(f"defects.py: {labels_file}: {exc.strerror}") from None
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    label = json.loads(line)
                    assert {"workspace", "brief", "class", "text"} <= set(label) and label["class"] in KINDS
                except (ValueError, AssertionError):
                    raise SystemExit(f"defects.py: {labels_file}, line {number}: not a label; write "
                                     '{"workspace": ..., "brief": ..., "class": one of '
                                     f'{", ".join(KINDS)}, "text": ...}}') from None
                labels.append(label)
    print("| workspace | brief | " + " | ".join(KINDS) + " | total |")
    print("|---" * (len(KINDS) + 3) + "|")
    every: dict[tuple[str, str], dict[str, list[str]]] = {}
    listing: list[str] = []
    for folder in folders:
        totals: Counter[str] = Counter()
        for audience, found in count(folder, use_built=use_built).items():
            every[(str(folder.resolve()), audience)] = found
            counts = {kind: len(found.get(kind, [])) for kind in KINDS}
            totals.update(counts)
            print(f"| {folder} | {audience} | " + " | ".join(str(counts[k]) for k in KINDS)
                  + f" | {sum(counts.values())} |")
            listing += [f"  [{folder} {audience}] {kind}: {text}" for kind in KINDS for text in found.get(kind, [])]
        print(f"| {folder} | all | " + " | ".join(str(totals[k]) for k in KINDS) + f" | {sum(totals.values())} |")
    if show:
        print("\n" + "\n".join(listing))
    if labels:
        score(labels, every)


if __name__ == "__main__":
    main()
