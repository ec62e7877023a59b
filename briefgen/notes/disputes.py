"""Disputes between parties: one actor wants something, another rejects it.

A *stance* is what one sentence says a named actor holds about something: for it (demands,
insists, calls for, supports, "only if ...", "must go ahead", "is necessary") or against it
(rejects, refuses, opposes, "would not accept", "is unjustified", "called the plan unacceptable"). A word that undoes its object
("an end to the cap", "to block it") turns the stance round. Two stances are a dispute when two
different actors (no name in common) hold opposite stances about the same thing: at least
`SHARED` content words of the two sentences in common, apart from the actors' own words, the
stance words and words of time, `ON_SHARED` of them in what both stances are on (`Stance.target`),
or both on one definite thing ("opposes the levy", "supports the
levy": the same head noun after "the"). Within a source and across sources alike: parties keep
disagreeing on later days (unlike figures, where a later value is an update).

Only general English cues; precision first: a sentence whose holder is a pronoun with no
speaker, or people by what they are ("Police", "Analysts"), holds no stance here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations
from typing import Protocol

from briefgen.ingest.clean import MONTHS, WEEKDAYS
from briefgen.models import Figure
from briefgen.notes import features
from briefgen.notes.conflicts import NEGATIONS, negated, party_name
from briefgen.notes.figures import _FALL_VERBS, _LEVEL_VERBS, _RISE_VERBS, unit_head
from briefgen.notes.folded import gate
from briefgen.words import CLAUSE_COMMA, STOP_WORDS, content_words, stem

SHARED = 2
"""Content words two stances must share to be about the same thing."""
ON_SHARED = 2
"""Of those, the words both stances are on (`Stance.target`): two parties disagree about what
their stances are on, not about the topic their sentences share."""
PER_WORD = 40
"""Stances looked at per shared word (a word that many stances share says little)."""

_REACT_PRO = r"prais(?:e|es|ed|ing)|hail(?:s|ed)|applaud(?:s|ed|ing)?|defend(?:s|ed)"
"""Verbs of a favourable reaction to something done ("praised the decision")."""
_REACT_CON = (r"criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|"
              r"slam(?:s|med)|lambast(?:s|ed)")
"""Verbs of an unfavourable reaction to something done ("criticised the decision")."""
_REACTS = re.compile(r"(?:welcom|prais|hail|applaud|defend|criticis|criticiz|denounc|deplor|slam|lambast|condemn)\w*",
                     re.IGNORECASE)
"""The stance words that react to something done (as against wanting or refusing what is still to be done)."""
_PRO = (r"want(?:s|ed)?|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|requir(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|"
        r"call(?:s|ed|ing)?\s+(?:for|on)|push(?:es|ed|ing)?\s+for|support(?:s|ed|ing)?|back(?:s|ed|ing)(?!\s+(?:up|down|off|out|away)\b)|"
        r"favou?r(?:s|ed|ing)?|propos(?:e|es|ed|ing)|accept(?:s|ed|ing)?|agree(?:s|d|ing)?\s+to|welcom(?:e|es|ed|ing)|"
        r"endors(?:e|es|ed|ing)|" + _REACT_PRO)
_DECIDES = (r"ban(?:s|ned)|block(?:s|ed)|prohibit(?:s|ed)|impos(?:es|ed)|approv(?:es|ed)|authori[sz](?:es|ed)|"
            r"suspend(?:s|ed)|revok(?:es|ed)|overturn(?:s|ed)|uph(?:olds|eld)|fined")
"""Verbs by which a body decides something ("the government banned bottom trawling"): the
body stands for what it decided, against anyone who challenges or appeals it."""
_DECISION = (r"(?:ruling|decision|verdict|ban|fine|order|judg(?:e)?ment|sentence|settlement|determination|"
             r"approval|refusal|veto|block)")
_DECIDED = re.compile(_DECIDES, re.IGNORECASE)
_SUBORDINATE = re.compile(r"(?:^|[,;:]\s*)(?:As|When|While|After|Before|Since|Although|Though|Because|If|Once|Until|"
                          r"Unless|Whereas|as|when|while|after|before|since|although|though|because|if|once|until|"
                          r"unless|whereas)\s+[^,;:]*$")
"""A decision told in a subordinate clause ("As the U.S. imposed export controls, ...") is the
background of the sentence, not a body standing for its decision."""
_OF_DECISION = re.compile(r"^\W*(?:the|its|this|that|their|a)\s+(?:(?!to\b)[\w'’-]+\s+){0,3}?" + _DECISION + r"\b",
                          re.IGNORECASE)
"""An object that is a decision ("the decision to block the takeover", "the regulator's ruling")."""
_CON = (r"appeal(?:s|ed|ing)?(?:\s+against\b|(?=\s+(?:the|its|this|that|their)\s+(?:(?!to\b)[\w'’-]+\s+){0,3}?"
        + _DECISION + r"\b))|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|oppos(?:e|es|ed|ing)|"
        r"(?:is|are|was|were|be|been|stand|stands|stood|vote[sd]?|came\s+out)\s+(?:firmly\s+)?against|"
        r"resist(?:s|ed|ing)?|(?:will|would|to)\s+fight|fought|challeng(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|"
        r"contest(?:s|ed|ing)?|"
        r"condemn(?:s|ed|ing)?|disagree(?:s|d|ing)?\s+with|" + _REACT_CON)
_RIGHT = (r"(?:an?|the)\s+(?:responsible|sensible|good|right|fair|bold|welcome|overdue)\s+"
          r"(?:one|step|decision|move|choice|plan|answer)")
"""Judging something done to be right with a noun phrase ("the board's plan was a responsible one")."""
_PRO_OF_IT = (r"(?:is|was|are|were)\s+" + _RIGHT + r"|only\s+if|on\s+condition\s+that|(?:must|should)\s+(?:go\s+ahead|stay|remain|continue|be\s+built|"
              r"proceed)|(?:is|was|are|were)\s+(?:necessary|essential|needed|justified|the\s+only\s+way)")
_MISTAKE = (r"(?:an?\s+)?(?:(?:costly|serious|grave|historic|huge|big|terrible)\s+)?(?:mistake|error|blunder|betrayal|giveaway|"
            r"disgrace|(?:attack|assault)\s+on|(?:gift|handout)\s+to|blow\s+to|step\s+backwards?)")
"""Judging something done to be wrong with a noun phrase ("a mistake", "an attack on independent
journalism", "a gift to the industry"): the judge is against it."""
_CON_OF_IT = (r"(?:is|was|are|were)\s+(?:unjustified|unnecessary|unacceptable|unfair|wrong|[\"“]?" + _MISTAKE + r")")
_WRONG = r"(?:unjustified|unjustifiable|unnecessary|unacceptable|unfair|wrong|counterproductive|disproportionate|reckless)"
_CALLED_WRONG = (r"(?P<called>call(?:s|ed)?|describ(?:es|ed)|branded|labell?ed)\s+(?P<judged>(?:the|this|that|these|those|its|their)\s+"
                 r"(?:[\w'’-]+\s+){0,4}?[a-z][\w-]*)\s+(?:as\s+)?[\"“]?(?:(?:(?:an?|simply|wholly|completely)\s+)?" + _WRONG + "|" + _MISTAKE + ")")
"""Calling a measure wrong on its merits ("called the closure plan unacceptable", "called the
threat \"unjustified and counterproductive\""): its holder is against it."""
_CUE = re.compile(r"\b(?:(?P<con_called>" + _CALLED_WRONG + r")|(?P<pro>" + _PRO + "|" + _DECIDES + r")|(?P<con>" + _CON + r")|"
                  r"(?P<pro_of>" + _PRO_OF_IT + r")|(?P<con_of>" + _CON_OF_IT + r"))\b", re.IGNORECASE)
"""Stance words: `pro`/`con` follow their holder ("the union rejected"); `pro_of`/`con_of` follow
what they judge ("the rise was unjustified", "the farm must be built"): the speaker holds them."""
_UNDOES = re.compile(r"^\W*(?:(?:the|an?|any|its|their|immediate|swift|full|to|be)\s+){0,3}"
                     r"(?:end|ending|scrap\w*|abolish\w*|abolition|repeal\w*|withdraw\w*|remov\w*|halt\w*|stop\w*|"
                     r"block\w*|cancel\w*|lift(?:s|ed|ing)?|delay\w*|postpon\w*|shelv\w*)\b", re.IGNORECASE)
"""The start of an object that undoes what follows it ("an end to the cap", "to block it")."""
_CLAUSE_START = re.compile(r"(?:^|[;:]|" + CLAUSE_COMMA + r"|\b(?:said|says|say|told|that|but|while|whereas|and|as)\b)\s*",
                           re.IGNORECASE)
_WHEN_AFTER = re.compile(
    r"(?:\s+(?:on\s+(?:" + "|".join(WEEKDAYS) + "|(?:" + "|".join(MONTHS) + r")\s+\d{1,2})|yesterday|today|earlier|"
    r"(?:last|this)\s+(?:week|month|year|night|morning|evening)|in\s+(?:" + "|".join(MONTHS) + r")))+$", re.IGNORECASE)
"""When something was done, after its doer ("The commission on Tuesday" rejected): no part of the name."""
_SKIP = frozenset("would will could can may might must shall should has have had is are was were be been being "
                  "do does did also still strongly firmly now again already not never no longer just fully "
                  "has been".split())
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|any|no|every|each)\s+$",
                                re.IGNORECASE)
"""A stance word right after one of these is a noun or an adjective ("the dispute", "a proposed
lawsuit"), not what someone does."""
_PRONOUNS = frozenset("he she it they we i you his her its their our my your this that who which".split())
_TIME = frozenset(stem(w) for w in (
    "year years month months week weeks day days today yesterday tomorrow next last this time date week's "
    "morning evening night".split() + [m.lower() for m in MONTHS] + [d.lower() for d in WEEKDAYS]))
_LIGHT = frozenset(stem(w) for w in "said says say told added would could any every said week per cent percent "
                   "also only way".split())


_NAMED_SPEAKER = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+)(?:,\s[^\"“”]{3,160}?)?,\s+"
    r"(?:said|says|told|added|insisted|argued|warned)\b")
"""A person named first, then appositives, then the verb of saying (a fallback for long appositives)."""


@dataclass(frozen=True)
class Stance:
    """What one sentence says an actor holds about something."""

    holder: str
    """The actor as a reader should see it ("Dana Reyes", "The Harwell school board")."""
    who: frozenset[str]
    """Lower-cased words naming the actor (its name, the speaker's name and role words)."""
    sign: int
    """+1: the actor is for it (demands, insists, supports); -1: against it (rejects, opposes)."""
    cue: str
    """The stance words as written."""
    about: frozenset[str]
    """Stems of what the stance is about: the sentence's content words apart from the actor's and
    the stance words."""
    body: str = ""
    """The noun of the body a named speaker speaks for ("group" of "Spokesperson X said the group
    would refuse ..."), when the sentence's actor is one (see `speaking_for`)."""
    reacts: bool = False
    """Whether the stance reacts to something done and named only by reference ("welcomed the
    higher cap", "criticised the decision", "said it was a mistake"): two such reactions near each
    other in one report are to the same thing, whatever words they share (see `disputes`)."""
    object: str = ""
    """The head noun of the definite noun phrase the stance is on ("levy" of "opposes the levy",
    "the levy was unjustified"), or "": two stances on "the levy" are on the same measure even
    when they share no other word."""
    target: frozenset[str] = frozenset()
    """The stems of *about* in what the stance is on: the words after a verb of stance ("opposed
    the bill and called the fund ..."), the clause before a judgement ("the levy was unjustified"),
    not the rest of the sentence ("X said the bill, to be put to the committee, would require ...":
    "bill" is what requires, not what X wants)."""


_OWN_SUBJECT = re.compile(r"(?:which|whom)\s+(?P<subject>(?:(?:the|its|their|his|her)\s+|[A-Z])[^,]*)$")
"""An object relative clause ("which Estuary Media", "which the council"): the relative pronoun is followed
by a subject of its own, a name or a determiner, not by the verb of a subject relative ("which runs")."""


def _holder_phrase(before: str) -> str:
    """The noun phrase just before a stance word, past auxiliaries and adverbs ("the union would
    not" -> "the union"), within its clause; "" when what is left still runs into a verb
    ("Northwind Airways has raised its pay" before "offer": a clause, no party's name)."""
    words = _WHEN_AFTER.sub("", before.rstrip(" ,")).split()
    while words and (words[-1].lower() in _SKIP or words[-1].lower().endswith("ly")):
        words.pop()
    clause = " ".join(words).rstrip(" ,")
    starts = list(_CLAUSE_START.finditer(clause))
    if starts:
        last = clause[starts[-1].end():]
        # "The federation, led by X, demanded"; "X, which runs the trains and maintains the track, rejected"
        relative = [i for i, start in enumerate(starts) if i >= 1 and re.match(
            r"(?:led|run|headed|chaired|who|which)\b", clause[start.end():]) and "," not in clause[start.end():]]
        if relative:
            last = clause[starts[relative[-1] - 1].end():starts[relative[-1]].start()]
            # "the newspaper's costs, which Estuary Media puts at": a relative clause with a subject of its
            # own holds the verb, and that subject is who says it, never the thing it describes
            own = _OWN_SUBJECT.match(clause[starts[relative[-1]].end():])
            if own is not None:
                last = own.group("subject")
        clause = last
    return party_name(clause.strip(" ,;:"))


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower().strip("'’") for w in re.findall(r"[\w'’]+", text) if len(w) > 1)


_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who)\s+[^,;:]*$")
"""A stance word inside a relative clause ("The Green List, which voted against, called ..."):
it describes the actor; the stance of the sentence comes after it."""
_PARTICIPLE_BY = re.compile(r"\s+by\b", re.IGNORECASE)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
"""A stance word right after a noun and before "by" ("the report approved by cabinet on Monday") is a
participle describing that noun: a stance of the "by" agent, if anyone's, never of the sentence's subject."""
_TALLY_HOLDER = re.compile(r"^(?:\d[\d,.]*\s*(?:%|per\s*cent|percent)?|(?:(?:a|the)\s+)?(?:majority|minority)|(?:one|two|"
                           r"three)[-\s](?:thirds?|quarters?|fifths?)|half|most|many|some|few)\s+of\b", re.IGNORECASE)
"""A holder that is a share or a count of a group ("51 percent of respondents", "a majority of residents"):
a tally of what people answered, no party to a dispute."""


_MAY_HOLD = gate(_CUE)
"""False for a sentence holding none of the words a stance cue needs."""


def may_hold(text: str) -> bool:
    """Whether *text* has a stance word at all (a quick look before `stance`)."""
    return _MAY_HOLD(text) and _CUE.search(text) is not None


def stance(text: str) -> Stance | None:
    """The stance *text* attributes to a named actor, or None."""
    cue = next((c for c in _CUE.finditer(text) if not _DETERMINER_BEFORE.search(text[:c.start()])
                and not (_DECIDED.fullmatch(c.group(0)) and _SUBORDINATE.search(text[:c.start()]))
                and not _RELATIVE_BEFORE.search(text[:c.start()])
                and not (_PARTICIPLE_BY.match(text, c.end()) and not _BE_BEFORE.search(text[:c.start()]))), None)
    if cue is None:
        return None  # none, or only nouns and adjectives ("A proposed lawsuit", "The dispute matters")
    if _COUNTERFACTUAL.search(text[:cue.start()]):
        return None  # "argues that the council should have required ...": what it failed to do, no stance it holds
    found = features.attribution(text)
    speaker, generic = (found[0], found[3]) if found else (None, False)
    if speaker is None and (named := _NAMED_SPEAKER.match(text)):  # "Dana Reyes, president of ..., said"
        speaker = features.Speaker(name=named.group("name"), role="")
    if generic:
        return None  # people by what they are ("Police", "Analysts"): no party to a dispute
    judged = cue.group("pro_of") or cue.group("con_of")
    phrase = "" if judged else _holder_phrase(text[:cue.start()])
    if (not phrase or phrase.split()[0].lower() in _PRONOUNS) and (
            clause := _SAID_PRONOUN.search(text[:cue.start()])) is not None and clause.start() > 0:
        # "X said the package was ..., and consumer group ProConsumo said it would continue to oppose":
        # the pronoun is the speaker of its own clause, not the sentence's first speaker.
        speaker, phrase = features.Speaker(name=clause.group("name"), role=""), ""
        text = text[clause.start():]  # what it is about: its own clause on
        cue = next(c for c in _CUE.finditer(text) if c.start() >= cue.start() - clause.start())
    speaker_words = _words(f"{speaker.name} {speaker.role}") if speaker else frozenset()
    if _BACKGROUND_ACT.search(text[:cue.start()]) and not (_words(phrase) & speaker_words):
        return None  # "... were called after prisoners on one wing refused to return, the ministry confirmed":
        # an act told as the time or cause of what the sentence reports, its own subject's, not the speaker's stance
    if re.search(r"[\"“”#]|\baccording\b", phrase) or len(phrase.split()) > 6 or (
            phrase and phrase[0].islower() and phrase.split()[0] not in _PRONOUNS | {"the", "its", "our"}):
        phrase = ""  # no noun phrase of an actor: a quotation, a subordinate clause, a fragment
    phrase_words = _words(phrase)
    first = phrase.split()[0].lower() if phrase else ""
    # "the union", "the group" after a named speaker: the body the speaker speaks for.
    body = speaker is not None and re.fullmatch(r"(?:the|its|our)\s+[a-z][\w'’-]*", phrase) is not None
    if phrase and first not in _PRONOUNS and not body and not (phrase_words & speaker_words):
        holder, who = phrase, phrase_words | ({stem(w) for w in content_words(phrase)})
    elif speaker is not None:
        holder = speaker.name
        who = speaker_words | phrase_words | {stem(w) for w in content_words(f"{speaker.name} {speaker.role}")}
    else:
        return None
    holder = re.sub(r"^(?:the|a|an)\s+(?=[A-Z])", "", holder, flags=re.IGNORECASE)
    if _TALLY_HOLDER.match(holder):
        return None  # "51 percent of respondents opposed the change": a count of answers, not a party
    if features.names_record(holder):
        return None  # "the company's time clock data did not support the claims": a record cited, no party
    if (at := text.find(holder)) > 0 and (joined := re.search(
            r"(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|&)\s+)?)*[A-Z][\w'’&.-]*\s+(?:of|for|and|&)\s+$", text[:at])):
        holder = joined.group(0) + holder  # "Five Days" of "Brenmoor Parents for Five Days opposes"
    holder = holder[:1].upper() + holder[1:]
    if _BACK.match(text[cue.end():].strip()):
        return None  # "rejected the claim.": what it is against is the sentence before (see `rebuttal`)
    sign = 1 if cue.group("pro") or cue.group("pro_of") else -1
    if negated(text[max(0, cue.start() - 25):cue.start()], near=True):
        sign = -sign
    rest = text[cue.end():]
    if _OF_DECISION.match(rest):
        pass  # "appeal against the decision to block it": against the decision, whatever it undoes
    elif _UNDOES.match(rest) or re.match(r"^\W*(?:\w+\s+){0,4}to\s+(?:block|halt|stop|scrap|cancel|end|delay|postpone|shelve|abandon|withdraw|reverse)\b", rest,
                                       re.IGNORECASE):
        sign = -sign  # "demanded an end to the cap", "called on the regulator to block it"
    cue_stems = {stem(w) for w in re.findall(r"[\w'’-]+", f'{cue.group("called")} {cue.group(0).split()[-1]}'
                                             if cue.group("con_called") else cue.group(0))}
    speaker_stems = {stem(w) for w in speaker_words}
    about = frozenset(s for s in (stem(w) for w in content_words(text))
                      if s not in who and s not in speaker_stems and s not in cue_stems and s not in _TIME and s not in _LIGHT
                      and not s.isdigit())
    # "Spokesperson X said the group ...": X speaks for a body, whoever holds the stance word.
    spoken = _BODY_SUBJECT.match(found[2]) if found is not None and speaker is not None and holder == speaker.name \
        else None
    return Stance(holder=holder, who=frozenset(who), sign=sign, cue=cue.group(0), about=about,
                  target=about & frozenset(stem(w) for w in content_words(_on(text, cue))),
                  body=phrase.split()[-1].lower() if body else spoken.group(1).lower() if spoken else "",
                  object=_object(text, cue), reacts=_reacts(text, cue))


def _on(text: str, cue: re.Match[str]) -> str:
    """The words of *text* a stance *cue* is on: after a verb of stance or a condition ("only if the
    musicians accept ..."), inside a call ("called the plan unacceptable"), the clause before a
    judgement ("the rise was unjustified")."""
    if cue.group("con_called"):
        return cue.group("judged") + text[cue.end():]
    if (cue.group("pro_of") or cue.group("con_of")) and not re.match(r"only\s+if|on\s+condition", cue.group(0), re.IGNORECASE):
        starts = list(_CLAUSE_START.finditer(text[:cue.start()]))
        return text[starts[-1].end() if starts else 0:cue.start()]
    return text[cue.end():]


_BACKGROUND_ACT = re.compile(r"\b(?:after|before|when|while|until|since|because|once)\s+(?!(?:it|they|we|he|she|I)\b)"
                             r"(?:(?:the|some|many|several|about|\d[\d,]*)\s+)*[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}\s+"
                             r"(?:(?:had|have|has|would|could|did|were|was|then|also|again)\s+)*$")
"""The opening of a subordinate clause of time or cause whose subject is a common noun phrase, right
before a stance verb ("after prisoners on one wing refused", "when some residents rejected"): the verb
tells that subject's act, told as background, no party's stance."""


_COUNTERFACTUAL = re.compile(r"\b(?:should|ought\s+to|would|could|might|must)\s+(?:not\s+|never\s+)?have\s+"
                             r"(?:\w+ly\s+)?$", re.IGNORECASE)
"""A modal perfect right before the stance verb ("should have required", "would have opposed"): a judgement
of what someone failed or might have done, held by whoever says so, not by the verb's subject."""


_SAID_PRONOUN = re.compile(r"(?P<name>(?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w'’&.-]*)\s+(?:said|says|added)\s+(?:that\s+)?"
                           r"(?:it|they|he|she)\b[^,;:\"“”]*$")
"""A clause of its own whose subject is a pronoun for the party named right before "said"."""
_DEFINITE_AFTER = re.compile(r"^\s+(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[a-z][\w-]*)"
                             r"(?=\s*(?:[,.;:\"”]|$)|\s+(?:and|but|or|in|on|at|as|because|for|with|by|which|that|until|before|"
                             r"after|from|of|saying|while|when|if|to|over|since|unless)\b)")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?P<head>[a-z][\w-]*)\s+$")


_REFERS_AFTER = re.compile(r"^\s+(?:it|this|that|them|(?:the|this|that|its|their)\s+(?!\w+\s+(?:of|to|for)\b)[\w'’-]+)\b")
_REFERS_BEFORE = re.compile(r"\b(?:it|this|that|(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,2}?[a-z][\w-]*)\s+$")


def _reacts(text: str, cue: re.Match[str]) -> bool:
    """Whether *cue* reacts to something done and referred to (a pronoun or a definite noun
    phrase), not named afresh: "welcomed the vote", "criticised the decision", "called the cut
    \"an attack on ...\"", "said it was \"a gift to ...\""."""
    if cue.group("con_called"):
        return re.match(
            r"(?:the|this|that|its|their|it)\b", cue.group("judged"), re.IGNORECASE) is not None
    if cue.group("con_of") or cue.group("pro_of"):
        return re.search(_MISTAKE + "|" + _RIGHT, cue.group(0), re.IGNORECASE) is not None and _REFERS_BEFORE.search(
            text[:cue.start()]) is not None
    return _REACTS.fullmatch(cue.group(0).split()[0]) is not None and _REFERS_AFTER.match(text[cue.end():]) is not None


def _object(text: str, cue: re.Match[str]) -> str:
    """The head noun of the definite noun phrase *cue* is on: after a verb of stance ("opposes the
    levy"), before a judgement ("the levy was unjustified"), inside a call ("called the plan
    unacceptable"); "" when it is none (an indefinite phrase, a clause, a name)."""
    if cue.group("con_called"):
        found = re.search(r"(?P<head>[a-z][\w-]*)$", cue.group("judged"))
    elif cue.group("pro_of") or cue.group("con_of"):
        found = _DEFINITE_BEFORE.search(text[:cue.start()])
    else:
        found = _DEFINITE_AFTER.match(text[cue.end():])
    if _DECIDED.fullmatch(cue.group(0)):
        return ""  # a decision and its appeal share their object: no more a dispute than the two steps
    head = found.group("head") if found is not None else ""
    return "" if head in STOP_WORDS or head in _PRONOUNS else stem(head)


_BODY_SUBJECT = re.compile(r"^\W*(?:that\s+)?(?:the|its|our)\s+([a-z][\w-]+)\s+(?:had|has|have|was|were|is|are|would|will|"
                           r"could|did|does|do|[a-z]+ed)\b")
"""The subject of a speaker's clause that is a body ("said the group had collected", "said the union would")."""


_LEAD_NAME = re.compile(r"^(?:The\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of|and|for|the|[A-Z][\w'’&.-]*))*)"
                        r"(?=,|\s+(?:said|says|has|had|have|is|was|will|would)\b)")
"""The name a sentence opens on as its subject ("The Friends of Harrow Park, a residents' group, said ...")."""
BODY_LOOKBACK = 3
"""Earlier sentences of a source in which `speaking_for` looks for the body a speaker speaks for."""


def speaking_for(found: Stance, earlier: Sequence[str]) -> Stance:
    """*found*, whose speaker speaks for "the group" (its `body`), with the words of the party
    that *earlier* sentences of the same source (nearest first, BODY_LOOKBACK of them) name as
    that body added to who holds it: "The Friends of Harrow Park, a residents' group, said ...
    Spokesperson Ellen Marsh said the group would refuse ..." are one party's two statements,
    never a disagreement of the group with itself."""
    if not found.body:
        return found
    for text in list(earlier)[::-1][:BODY_LOOKBACK]:
        if found.body not in _words(text):
            continue  # says nothing of a group ("a residents' group", "the Harrow Park Group")
        lead = _LEAD_NAME.match(text)
        named = features.attribution(text)
        other = stance(text)
        holder = (other.holder if other is not None else named[0].name if named is not None
                  else lead.group("name") if lead is not None else "")
        words = _name_words(holder) | (other.who if other is not None else frozenset())
        if holder:
            return replace(found, who=found.who | frozenset(w.lower() for w in words))
        return found  # the nearest sentence that names a group names no party
    return found


@dataclass(frozen=True)
class Dispute:
    """Two statements in which two actors take opposite stances on the same thing."""

    a: int
    """Index of the statement that is for it."""
    b: int
    """Index of the statement that is against it."""
    sides: tuple[str, str]
    """The two actors, in the order of *a* and *b*."""
    shared: tuple[str, ...]
    """The stems both statements are about."""


class _Held(Protocol):
    @property
    def holder(self) -> str: ...
    @property
    def about(self) -> frozenset[str]: ...


def strongest_pairs(candidates: Iterable[tuple[float, int, int]], held: Sequence[_Held | None],
                    limit: int) -> list[Dispute]:
    """Disputes from (minus strength, i, j) candidates, strongest first: each statement in one
    dispute, each pair of parties once, at most *limit*."""
    out: list[Dispute] = []
    used: set[int] = set()
    pairs: set[frozenset[str]] = set()
    for _, i, j in sorted(candidates):
        a, b = held[i], held[j]
        assert a is not None and b is not None
        parties = frozenset((a.holder.lower(), b.holder.lower()))
        if i in used or j in used or parties in pairs:
            continue
        used |= {i, j}
        pairs.add(parties)
        out.append(Dispute(i, j, (a.holder, b.holder), tuple(sorted(a.about & b.about))))
        if len(out) >= limit:
            break
    return out


_PROPER_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’&.-]*)*")


def qualifier_only(a: str, b: str, shared: Iterable[str]) -> bool:
    """Whether two names share only the place or owner that opens both ("Valdora Hoteliers'
    Association" and "Valdora Vivible", "Brenmoor Education Association" and "Brenmoor Parents for
    Five Days"): two bodies of one town, not one body. *shared*: the lower-cased words (or their
    stems) the two have in common."""
    runs_a, runs_b = _PROPER_RUN.findall(a), _PROPER_RUN.findall(b)
    if not runs_a or not runs_b:
        return False
    words_a = [w.lower().strip("'’") for w in runs_a[-1].split() if w not in ("of", "for", "and", "&")]
    words_b = [w.lower().strip("'’") for w in runs_b[-1].split() if w not in ("of", "for", "and", "&")]
    if len(words_a) < 2 or len(words_b) < 2 or words_a[0] != words_b[0] or set(words_a[1:]) & set(words_b[1:]):
        return False
    return all(w in (words_a[0], stem(words_a[0])) for w in shared)


def _same_actor(a: Stance, b: Stance) -> bool:
    names_a = {w for w in a.who if w[:1].isalpha()}
    names_b = {w for w in b.who if w[:1].isalpha()}
    generic = {"the", "a", "an", "of", "and", "for"}
    if qualifier_only(a.holder, b.holder, (names_a & names_b) - generic) and not (a.body or b.body):
        return a.holder.lower() == b.holder.lower()
    # A speaker for "the group" and a party whose name says it is a group: one party.
    spoken_for = (a.body and a.body in _words(b.holder)) or (b.body and b.body in _words(a.holder))
    return bool((names_a & names_b) - generic) or a.holder.lower() == b.holder.lower() or bool(spoken_for)


def short_reaction(text: str) -> bool:
    """Whether *text* is a sentence too short for a note otherwise that tells a named party's
    reaction to something done ("NedWind welcomed the higher cap."): one side of a dispute."""
    return 4 <= len(text.split()) < 7 and text.rstrip().endswith(".") and text[:1].isupper() and (
        (found := stance(text)) is not None and found.reacts)


REACTION_WINDOW = 4
"""Sentences apart within which two reactions in one report are to the same thing."""


def _react_together(a: Stance, b: Stance, place_a: tuple[int, int] | None, place_b: tuple[int, int] | None) -> bool:
    """Two reactions to something done, told near each other in one report ("NedWind welcomed the
    higher cap. Milieudefensie said it was \"a gift to the industry ...\""): the report gathers
    reactions to its one decision, so they are on the same thing."""
    return (a.reacts and b.reacts and place_a is not None and place_b is not None and place_a[0] == place_b[0]
            and abs(place_a[1] - place_b[1]) <= REACTION_WINDOW)


def disputes(texts: Sequence[str], scores: Sequence[float], *, limit: int = 6,
             stances: Sequence[Stance | None] | None = None,
             places: Sequence[tuple[int, int]] | None = None) -> list[Dispute]:
    """Disputes among *texts* (any sources, the same one too), strongest first (by the two
    statements' *scores*), each statement and each pair of actors at most once. *places*: each
    text's (source, sentence) index, for reactions to one thing in one report (`_react_together`)."""
    held = list(stances) if stances is not None else [stance(t) for t in texts]
    by_word: dict[str, list[int]] = defaultdict(list)
    for index, found in enumerate(held):
        if found is not None:
            for word in found.about:
                by_word[word].append(index)
    shared_count: dict[tuple[int, int], int] = defaultdict(int)
    for members in by_word.values():
        for i, j in combinations(members[:PER_WORD], 2):
            shared_count[(i, j)] += 1
    reacting = [i for i, found in enumerate(held) if found is not None and found.reacts]
    together = {(i, j) for i, j in combinations(reacting, 2) if places is not None and _react_together(
        held[i], held[j], places[i], places[j])}  # type: ignore[arg-type]
    for pair in together:
        shared_count.setdefault(pair, 0)
    candidates = []
    for (i, j), count in shared_count.items():
        a, b = held[i], held[j]
        if a is None or b is None or a.sign == b.sign or _same_actor(a, b) or (
                count < SHARED or len(a.target & b.target) < ON_SHARED) and not (
                a.object and a.object == b.object) and (i, j) not in together:
            continue  # too little in common, unless both are on "the levy"
        pro, con = (i, j) if a.sign > 0 else (j, i)
        candidates.append((-(scores[i] + scores[j]), pro, con))
    candidates.sort()
    out: list[Dispute] = []
    used: set[int] = set()
    for _, pro, con in candidates:
        a, b = held[pro], held[con]
        assert a is not None and b is not None
        if pro in used or con in used or any(
                _same_actor(a, held[d.a]) and _same_actor(b, held[d.b]) for d in out):  # type: ignore[arg-type]
            continue
        used |= {pro, con}
        out.append(Dispute(pro, con, (a.holder, b.holder), tuple(sorted(a.about & b.about))))
        if len(out) >= limit:
            break
    return out


# ---------------------------------------------------------------- one party disputes another's claim

_REBUT_VERB = (r"den(?:y|ies|ied)|disput(?:e|es|ed)|contest(?:s|ed)?|refut(?:e|es|ed)|contradict(?:s|ed)?|"
               r"reject(?:s|ed)?|challeng(?:e|es|ed)|dismiss(?:es|ed)?|question(?:s|ed)?|"
               r"push(?:es|ed)?\s+back\s+(?:on|against)")
_ACCOUNT = (r"claims?|reports?|allegations?|accusations?|criticisms?|objections?|concerns|charges|suggestions?|assertions?|account|version|statements?|"
            r"findings?|conclusions?|figures?|counts?|estimates?|numbers?|tally|toll|totals?|data|statistics|"
            r"results?|assessment|characteri[sz]ation|description")
_COUNTED = re.compile(r"\b(?:figures?|counts?|estimates?|numbers?|tally|toll|totals?|data|statistics)\b", re.IGNORECASE)
"""An account that is a number: disputing it opposes the figure the other party gave."""
_FALSE = (r"(?:simply\s+|completely\s+|entirely\s+|totally\s+|wholly\s+|grossly\s+|deeply\s+|highly\s+)?"
          r"(?:false|untrue|not\s+true|misleading|inaccurate|wrong|incorrect|exaggerated|overstated|flawed|baseless|"
          r"unfounded|nonsense|groundless)")
_REBUT = re.compile(r"\b(?P<verb>" + _REBUT_VERB + r")\b\s+(?P<what>[^;]+)", re.IGNORECASE)
_CALLED = re.compile(
    r"\b(?P<verb>call(?:s|ed)?|describ(?:e|es|ed)|labell?(?:s|ed)?|brand(?:s|ed)?)\s+(?P<what>[^;]{3,160}?)\s+(?:as\s+)?"
    r"[\"“]?" + _FALSE + r"\b", re.IGNORECASE)
_JUDGED_OFF = (r"(?:(?:still\s+|far\s+|much\s+|simply\s+)?too\s+(?:high|low|optimistic|pessimistic)|unrealistic)")
"""A figure judged off the mark ("too high", "unrealistic")."""
_MISSTATES = r"(?:understat|overstat|underestimat|overestimat|exaggerat|inflat)(?:e|es|ed)"
"""An account as the subject of a verb that judges it ("the regulator's figures understated the cost")."""
_SAID_FALSE = re.compile(
    r"\b(?P<verb>said|says|insist(?:s|ed)?|maintain(?:s|ed)?)\s+(?:that\s+)?(?P<what>(?:the|this|that|these|those|"
    r"[\w'’.-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}?(?:" + _ACCOUNT + r")(?:\s+of\s+[^,;\"“”]{1,40}?)?)\s+(?:(?:was|were|is|are|"
    r"remained|remains)\s+[\"“]?(?:" + _FALSE + r"|" + _JUDGED_OFF + r")|" + _MISSTATES + r")\b",
    re.IGNORECASE)
_THAT_FALSE = re.compile(
    r"\b(?P<verb>said|says|insist(?:s|ed)?|maintain(?:s|ed)?)\s+(?P<what>that|this)\s+(?:was|is|were|are)\s+[\"“]?"
    + _FALSE + r"[\"”]?\s*(?:[.;]|,\s+(?:saying|adding|arguing|noting)\b|$)", re.IGNORECASE)
""""The users' group said that was wrong.": the claim the sentence before states, judged false
(only where the judgement ends the clause: "said that was wrong to close" judges no claim)."""
_NO_SUCH = re.compile(
    r"\b(?P<verb>said|says|insist(?:s|ed)?|maintain(?:s|ed)?)\s+(?:that\s+)?(?P<what>no\s+such\s+[a-z][\w-]*)\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been|existed|exists|took\s+place)\b", re.IGNORECASE)
""""Police said no such advice was given.": a denial of the thing the sentence before claims."""
""""Dalby said the union's figure was "simply not true"", "the department said the audit office's
figure of 310 million crowns remained too high", "X said the regulator's figures understated the
cost": another's account judged false or off the mark (its value, "of ...", is part of it)."""
_ALL_CLEAR = re.compile(
    r"\b(?P<verb>insist(?:s|ed)?|maintain(?:s|ed)?|said|says)\s+(?:that\s+)?(?P<what>[^;,]{3,120}?)\s+"
    r"(?:was|were|is|are|remained|remains)\s+(?:still\s+|perfectly\s+|entirely\s+|completely\s+)?"
    r"(?:safe|harmless|sound|compliant|within\s+(?:the\s+|its\s+|their\s+|legal\s+|safe\s+|acceptable\s+){0,2}"
    r"(?:limits?|standards?|rules)|(?:free|clear)\s+of)\b", re.IGNORECASE)
_REPAIRED = re.compile(
    r"\b(?P<verb>said|says|insist(?:s|ed)?|maintain(?:s|ed)?)\s+(?:that\s+)?(?P<what>[^;,]{3,120}?)\s+"
    r"(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:fully\s+|since\s+|already\s+)?"
    r"(?:repaired|fixed|mended|restored|put\s+right|back\s+in\s+(?:service|use|operation))"
    r"|(?:had\s+|has\s+)?passed\s+(?:an?|its|the)\s+(?:[\w-]+\s+){0,3}(?:inspection|test|check|audit))\b", re.IGNORECASE)
""""The trust insisted the water was safe", "tests showed the batches were within the limit", "the landlord said
the lift was repaired on 4 March and passed an independent inspection": an all-clear, which answers a finding
of a fault (see _FAULT); a repair answers a report that the thing it names failed (see _FAILED)."""
_FAILED = re.compile(r"\b(?:out\s+of\s+(?:action|service|order|use)|br(?:oke|oken|eaks?)\s+down|breakdowns?|failed|"
                     r"failures?|faulty|faults?|leak(?:ed|ing|s)?|collapsed|cracked)\b", re.IGNORECASE)
_FAULT = re.compile(
    r"\b(?:contaminat\w*|unsafe|tainted|toxic|faulty|defective|impurit\w*|exceed\w*|breach\w*|violat\w*|illegal\w*|"
    r"above\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}(?:limits?|standards?)|"
    r"found\s+(?:traces\s+of\s+)?[\w-]+(?:\s+[\w-]+)?\s+in)\b", re.IGNORECASE)
_VALUE = r"[£$€]?\d[\d,.]*"
_OWN_FIGURE = re.compile(
    r"\b(?P<verb>puts?|said|says|insist(?:s|ed)?|maintain(?:s|ed)?|estimat(?:es|ed)|reckon(?:s|ed)?)\s+(?:that\s+)?"
    r"(?P<what>the\s+(?:figure|number|total|tally|count|toll)s?)\s+(?:(?:of\s+)?(?:[a-z][\w'’-]*\s+){1,4}?(?=at\s))?"
    r"(?:(?:was|were|is|are|stood|would\s+be|had\s+been)\s+)?"
    r"(?:at\s+|as\s+)?[\"“‘']?(?:closer\s+to\s+|nearer(?:\s+to)?\s+|only\s+|just\s+|about\s+|around\s+|roughly\s+)?"
    r"(?P<value>" + _VALUE + r")", re.IGNORECASE)
""""The council puts the figure at £9 million", "the union says the figure was 12 per cent", "the organiser
put the number treated at 41", the union "put the number of prisoners involved at \"nearer 70\"": a party
giving its own value of the number the sentence before gives (a different value: a dispute)."""
_NOT_THAT = re.compile(
    r"\b(?P<verb>said|says|insist(?:s|ed)?|maintain(?:s|ed)?)\s+(?:that\s+)?(?P<what>[^;,]{3,80}?)\s+(?P<value>"
    + _VALUE + r")(?:\s+[\w%-]+){0,4},\s+not\s+(?P<denied>" + _VALUE + r")\b", re.IGNORECASE)
""""Carrick says its output fell by 310 megawatts, not 720": a party correcting the value (720)
the sentence before gives."""
_IT_MOVED = re.compile(
    r"\b(?P<verb>said|says|insist(?:s|ed)?|maintain(?:s|ed)?)\s+(?:that\s+)?(?P<what>it)\s+"
    r"(?:had\s+|has\s+|have\s+|was\s+|were\s+|actually\s+|in\s+fact\s+)*(?P<moved>[a-z]+)\b", re.IGNORECASE)
""""The union said it had fallen by 18 per cent": a party saying the thing the sentence before has
moving went the other way."""
_BACK = re.compile(r"^(?:(?:that|this|it|these|those)\b\s*(?:[,.;]|$)|(?:the|this|that|these|those)\s+(?:"
                   + _ACCOUNT + r")\b\s*(?:[,.;]|$))", re.IGNORECASE)
""""The authority disputes that, saying ...": what is disputed is the sentence before."""
_END_OF_WHAT = re.compile(r",?\s+(?:saying|adding|arguing|noting|and\s+said|but|while|whereas|because|as)\b|[,;]\s",
                          re.IGNORECASE)
_POSSESSOR = re.compile(r"([\w’'.&-]+?)(?:['’]s|s['’])(?=\s)")
_BY = re.compile(r"\b(?:" + _ACCOUNT + r")\s+(?:by|from|of)\s+(?:the\s+)?(?P<by>(?:[A-Z][\w'’.&-]*\s*){1,4})")
_CLAIM_VERB = re.compile(
    r"\b(?:said|says|say|told|found|finds|find|concluded|concludes|reported|reports|estimated|estimates|estimate|"
    r"counted|counts|put|puts|showed|shows|claimed|claims|argued|argues|accused|accuses|announced|announces|"
    r"stated|states|insisted|insists|alleged|alleges)\b")
_CHARGE = re.compile(r"\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|fault|caused\s+by|responsible\s+for|"
                     r"charg(?:e|es|ed)\s+with)\b", re.IGNORECASE)
"""A claim that charges someone (who may then deny it)."""
_NEGATIVE = re.compile(r"\b(?:" + NEGATIONS + r"|none|nobody|nothing)\b|n[’']t\b", re.IGNORECASE)
_ROLE_WORDS = frozenset("the a an of and for its their his her our chief executive director head spokesman spokeswoman "
                        "spokesperson leader chair chairman chairwoman president secretary general officer minister "
                        "manager owner founder member members".split())


@dataclass(frozen=True)
class Rebuttal:
    """One sentence in which an actor disputes a claim ("X denied that ...", "X contests Y's
    count", "X called the figure inaccurate", "X insisted ... was safe")."""

    holder: str
    """Who disputes, as a reader should see it."""
    who: frozenset[str]
    """Lower-cased words naming who disputes."""
    counterpart: frozenset[str]
    """Stems of the words naming the party whose claim is disputed, when the sentence names it
    ("the organisers' count", "reports by the Daily Ledger")."""
    about: frozenset[str]
    """Stems of what is disputed (the proposition, without the account word)."""
    context: frozenset[str]
    """Stems of the whole sentence but the name of who disputes (its reasons: ", saying ...")."""
    counted: bool = False
    """What is disputed is a number (a count, a figure, an estimate)."""
    back: bool = False
    """What is disputed is the sentence before ("disputes that,", "rejected the claim.")."""
    all_clear: bool = False
    """An all-clear ("was safe", "within the limit"): it answers only a finding of a fault."""
    repaired: bool = False
    """An all-clear that the thing was repaired or passed an inspection: it answers only a report that
    the thing it names failed."""
    value: str = ""
    """The party's own value of the number disputed ("puts the figure at £9 million": "9"): a
    claim giving the same value agrees."""
    kind: str = ""
    """What *value* is: "money", "percent" or "count" (`_value_kind`); a claim answered gives one of that kind."""
    denied: str = ""
    """The value the sentence says is not so ("310 megawatts, not 720": "720"): the claim gives it."""
    moved: str = ""
    """"rise" or "fall": the party says the thing the sentence before has moving went this way."""
    such: frozenset[str] = frozenset()
    """Stems of the thing "no such advice was given" denies: the claim answered names it."""
    told: str = ""
    """Who makes the claim a back-pointing rebuttal answers when its own sentence states that claim
    before it ("The mayor repeated that the alert went out at 6:29. Residents disputed that"): the
    claim answered is that one, in the same sentence, never a sentence before it."""


def _name_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _words(text) if w not in _ROLE_WORDS and not w.isdigit())


_PROPER = re.compile(r"(?<![\w'’])[A-Z][a-z][\w'’-]*")


def _proper_words(text: str) -> frozenset[str]:
    """Lower-cased proper names in *text* (capitalised words, titles and role words aside): the names that tell two parties apart when they share a common noun."""
    return frozenset(w for w in (re.sub(r"['’]s?$", "", m.group(0)).lower() for m in _PROPER.finditer(text))
                     if w not in _ROLE_WORDS and w not in _TITLE_WORDS) - {"the"}


_TITLE_WORDS = frozenset("foreign finance prime deputy interior transport health defence minister ministry mr mrs ms dr "
                         "councillor senator mayor governor president chairman director secretary".split())


def _about(text: str) -> frozenset[str]:
    return frozenset(s for s in (stem(w) for w in content_words(text)) if s not in _TIME and s not in _LIGHT
                     and not s.isdigit())


_RELATIVE_ACT = re.compile(r"\b(?:that|who|which)\s+(?:(?:first|once|earlier|also|previously|had|has|have|[a-z]+ly)\s+)*$",
                           re.IGNORECASE)
"""A verb right after a relative pronoun ("the short seller that first questioned its figures said ..."):
it describes who the sentence is about, an act told as background, not the dispute the sentence states."""
_MAY_REBUT = re.compile(r"\b(?:den(?:y|ie)|disput|contest|refut|contradict|reject|challeng|dismiss|question|push\w*\s+back|"
                        r"call|describ|label|brand|said|says|insist|maintain|puts?|estimat|reckon)", re.IGNORECASE)


def may_rebut(text: str) -> bool:
    """Whether *text* has a word that may dispute a claim at all (a quick look before `rebuttal`)."""
    return _MAY_REBUT.search(text) is not None


_REBUTTAL_WORDS = gate(_SAID_FALSE, _CALLED, _THAT_FALSE, _NO_SUCH, _REBUT, _ALL_CLEAR, _REPAIRED, _OWN_FIGURE, _NOT_THAT,
                       _IT_MOVED)
"""False for a sentence in which none of the patterns `rebuttal` tries can match."""


@lru_cache(maxsize=1 << 16)
def rebuttal(text: str) -> Rebuttal | None:
    """The dispute *text* states, when one named party disputes a claim, else None. A negated
    verb ("did not dispute"), a dispute of nothing in particular ("disputed nothing") and a
    rejection of a proposal rather than of a claim ("rejected the plan") are none.

    Cached: linking asks it of one sentence from several places (the sentences that may rebut,
    then those told whole); the answer is a function of the text alone and immutable."""
    if not _REBUTTAL_WORDS(text):
        return None  # none of the words the patterns below need: none can match
    found = _SAID_FALSE.search(text) or _CALLED.search(text) or _THAT_FALSE.search(text) or _NO_SUCH.search(text)
    all_clear = False
    if found is None:
        found = next((m for m in _REBUT.finditer(text) if not _DETERMINER_BEFORE.search(text[:m.start()])
                      and not _RELATIVE_ACT.search(text[:m.start()])), None)
        if found is not None and not re.match(r"den|disput|contest|refut|contradict", found.group("verb"), re.IGNORECASE):
            # reject, challenge, dismiss, question, push back on: a claim, not a proposal or a person
            if not re.match(r"(?:[\w'’-]+\s+){0,4}?(?:" + _ACCOUNT + r")\b|(?:claims?\s+)?that\b", found.group("what"),
                            re.IGNORECASE):
                found = None
    repaired = False
    if found is None and (found := _ALL_CLEAR.search(text)) is not None:
        all_clear = True
    if found is None and (found := _REPAIRED.search(text)) is not None:
        all_clear = repaired = True
    value = denied = moved = kind = ""
    if found is None and (found := _OWN_FIGURE.search(text) or _NOT_THAT.search(text)) is not None:
        value = _digits(found.group("value"))
        kind = _value_kind(text, found.start("value"), found.end("value"))
        denied = _digits(found.groupdict().get("denied") or "")
    if found is None and (found := _IT_MOVED.search(text)) is not None:
        word = found.group("moved").lower()
        moved = "rise" if word in _RISE_VERBS else "fall" if word in _FALL_VERBS else ""
        if not moved or word in ("up", "down", "higher", "lower", "added", "adds", "lost", "loses"):
            return None
    if found is None or negated(text[max(0, found.start() - 25):found.start()], near=True) or len(
            re.findall(r"[\"“”]", text[:found.start()])) % 2:
        return None  # none, "did not dispute", or inside a quotation ("we will challenge these results")
    what = found.group("what")
    if re.match(r"(?:nothing|none|no\s)(?!such\b)", what, re.IGNORECASE):
        return None
    such = _about(what[len("no such"):]) if what.lower().startswith("no such") else frozenset()
    back = _BACK.match(what) is not None or bool(denied or moved or such)
    end = _END_OF_WHAT.search(what)
    if end is not None and not back:
        what = what[:end.start()]
    before = text[:found.start()]
    speaker = features.attribution(text)
    prior, told = _told_before(before) if back else ("", "")
    if told:  # its holder is named after the claim it answers, in a clause of its own
        before, speaker = before[len(prior):], features.attribution(text[len(prior):])
    phrase = _holder_phrase(before)
    if phrase and phrase.split()[0].lower() in _PRONOUNS or len(phrase.split()) > 6 or re.search(r"[\"“”]", phrase) or (
            phrase and phrase[0].islower() and phrase.split()[0] not in {"the", "its", "our", "a", "an", "their", "his", "her"}):
        phrase = ""  # no actor's noun phrase: "X, the association that owns the blocks, said": "owns the blocks"
    if phrase and (speaker is None or not _words(phrase) & _words(speaker[0].name)) and not (
            speaker is not None and re.match(r"(?:the|its)\s+[a-z]", phrase)):  # "X, the authority's chief, said"
        holder = phrase
    elif speaker is not None:
        holder = speaker[0].name
        phrase = f"{speaker[0].name} {speaker[0].role}"
    else:
        return None
    holder = re.sub(r"^(?:the|a|an)\s+(?=[A-Z])", "", holder, flags=re.IGNORECASE)
    who = _name_words(phrase or holder)
    if not who:
        return None
    counterpart = {m.group(1).lower() for m in _POSSESSOR.finditer(what + " ")}
    if (by := _BY.search(what)) is not None:
        counterpart |= _name_words(by.group("by"))
    counterpart = {stem(w) for w in counterpart - who - _ROLE_WORDS}
    verb_stems = {stem(w) for w in found.group("verb").split()}
    account = re.compile(r"^(?:" + _ACCOUNT + r")$", re.IGNORECASE)
    about = frozenset(s for s in _about(what) if s not in verb_stems and s not in counterpart
                      and not account.match(s) and not account.match(s + "s"))
    context = (_about(text[found.start():]) | (_about(before) - {stem(w) for w in who})) - verb_stems
    return Rebuttal(holder=holder[:1].upper() + holder[1:], who=who, counterpart=frozenset(counterpart), about=about,
                    context=frozenset(context), counted=bool(_COUNTED.search(what) or denied), back=back,
                    all_clear=all_clear, repaired=repaired, value=value, kind=kind, denied=denied, moved=moved,
                    such=such, told=told)


_TOLD_THAT = re.compile(r"\b(?:said|says|told|repeated|repeats|reiterated|reiterates|maintained|maintains|insisted|"
                        r"insists|stated|states|claimed|claims|announced|announces|argued|argues)\s+(?:[\w,]+\s+){0,3}?that\b")
"""A verb of saying with its that-clause ("repeated that the alert went out"): a claim told whole."""


_CLAUSE_BREAK = re.compile(r"(?:[.!?][\"”’]?|;|,\s+(?:and|but|while))\s+(?=[\w\"“])")
"""Where one clause or sentence ends and the next begins (". Residents", "; the union", ", but the union")."""


def _told_before(before: str) -> tuple[str, str]:
    """The words before a rebuttal's own clause when they tell a claim whole ("Oduya repeated that the
    alert went out at 6:29 p.m. " before "Residents ... have disputed that"), and who makes that claim
    as a reader should see it; ("", "") when they tell none (one clause: "The union disputed that")."""
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if not breaks:
        return "", ""
    prior = before[:breaks[-1].start() + 1]
    verb = _TOLD_THAT.search(prior)
    whole = prior[-1:] in ".!?" and claimant(prior)  # a sentence of its own: "The ministry says the rate is 7%."
    if len(prior.split()) < 4 or (verb is None and not whole):
        return "", ""
    label = (party_name(_holder_phrase(prior[:verb.start()])) if verb is not None else "") or _claimant_label(prior)
    label = re.sub(r"^(?:the|a|an)\s+(?=[A-Z])", "", label, flags=re.IGNORECASE)
    label = label[:1].upper() + label[1:]
    return (before[:breaks[-1].end()], label) if label else ("", "")


_MONEY_BEFORE = re.compile(r"(?:[£$€¥]|\b(?:[A-Z]{1,3}\$|USD|EUR|GBP))\s*$")
_MONEY_AFTER = re.compile(r"^\s*(?:(?:thousand|million|billion|bn|m|k)\b\s*)?(?:pounds?|euros?|dollars?|yen|francs?|"
                          r"kronor|krone|rand|pence|p\b|cents?)\b", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"^\s*(?:%|percent|per\s+cent|percentage\s+points?|pc\b)", re.IGNORECASE)


def _value_kind(text: str, start: int, end: int) -> str:
    """What the number at *text*[start:end] is: "money" (a currency sign or word beside it: "£1.1
    million", "870,000 pounds"), "percent" ("9 percent", "3.5%") or "count" (anything else: "at 61")."""
    number = re.search(r"\d[\d,.]*", text[start:end])  # a value read with its sign or unit ("£6 million")
    if number is not None and number.start() > 0 or number is not None and number.end() < end - start:
        start, end = start + number.start(), start + number.end()
    if _MONEY_BEFORE.search(text[:start]) or _MONEY_AFTER.match(text[end:]):
        return "money"
    if _PERCENT_AFTER.match(text[end:]):
        return "percent"
    return "count"


def _kinds(text: str) -> set[str]:
    """The kinds (`_value_kind`) of the amounts *text* gives."""
    return {_value_kind(text, m.start(), m.end()) for m in _AMOUNT.finditer(text)}


def _digits(value: str) -> str:
    """An amount's digits, without its currency sign, separators and trailing point ("£1,100" -> "1100")."""
    return re.sub(r"[^\d.]", "", value).rstrip(".")


def _amounts(text: str) -> set[str]:
    return {_digits(m.group(0)) for m in _AMOUNT.finditer(text)}


def _moves(text: str) -> set[str]:
    """The directions the verbs of *text* give a thing ("spending had risen": {"rise"})."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)} - {"up", "down", "higher", "lower", "added", "adds",
                                                                   "lost", "loses", "is", "was", "are", "were"}
    return ({"rise"} if words & _RISE_VERBS else set()) | ({"fall"} if words & _FALL_VERBS else set())


_QUOTED_THEN_NAMED = re.compile(
    r"^[\"“][^\"“”]{10,}?[,.!?]?[\"”]\s+(?P<name>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+)\s+"
    r"(?:said|says|told|added|insisted|argued|warned|wrote)\b")
""""'Our inspection shows ...,' Nandakumar told reporters.": the speaker named after the quotation
(whose own verbs, "shows", name no claimant)."""


def _quoted_speaker(text: str) -> str:
    found = _QUOTED_THEN_NAMED.match(text)
    return found.group("name") if found is not None else ""


def runs_on(text: str) -> bool:
    """Whether *text* is a quotation that runs on from the sentence before, naming no speaker of
    its own ("\"The Faroese and Icelandic claims are not compatible with the science.\""): its
    claimant is the speaker before it, never a noun inside it."""
    return text.lstrip()[:1] in "\"“" and features.attribution(text) is None and not _quoted_speaker(text) and (
        _claim_verb(re.sub(r"[\"“][^\"“”]*[\"”]", " ", text)) is None)  # nobody "said" outside the quotation


def _claim_verb(text: str) -> re.Match[str] | None:
    """The first verb of saying or finding in *text*, past nouns spelt like one ("the claims are")."""
    return next((m for m in _CLAIM_VERB.finditer(text)
                 if not (m.group(0).endswith("s") and re.match(r"\s+(?:are|were|have)\b", text[m.end():]))), None)


def disputed_whole(text: str) -> tuple[str, str] | None:
    """The two sides, (claimant, disputer), of a sentence that tells a claim and another party's
    rebuttal of it whole ("Oduya repeated that the alert went out at 6:29. Residents have disputed
    that, saying it arrived around 6:36": `Rebuttal.told`); None otherwise, or when one party is both."""
    found = rebuttal(text)
    if found is None or not found.told or found.who & _name_words(found.told):
        return None
    return found.told, found.holder


def claimant(text: str) -> frozenset[str]:
    """Lower-cased words naming who makes the claim *text* states (its speaker, or the subject
    before a verb of saying or finding), empty when none is named."""
    speaker = features.attribution(text)
    if speaker is not None:
        return _name_words(f"{speaker[0].name} {speaker[0].role}")
    if quoted := _quoted_speaker(text):
        return _name_words(quoted)
    if runs_on(text):
        return frozenset()
    verb = _claim_verb(text)
    if verb is None:
        according = _ACCORDING.search(text)
        return _name_words(according.group("by")) if according is not None else frozenset()
    return _name_words(_holder_phrase(text[:verb.start()]) or _coordinated_subject(text[:verb.start()]))


_COORDINATED = re.compile(r"^(?P<subject>(?:[A-Z][\w'’.&-]*\s+){0,5}[A-Z][\w'’.&-]*)\s+[a-z][\w'’-]*\b[^;:\"“”]*"
                          r"\s(?:and|but)\s+(?:also\s+|later\s+)?$")
"""A claim whose verb of saying is the second of two predicates of one subject ("Health Minister Ana Ruiz
ordered a review of the data and said delays were easing"): the subject is the capitalised name that opens
the sentence."""


def _coordinated_subject(before: str) -> str:
    """The named subject of a verb of saying coordinated with an earlier predicate (`_COORDINATED`), or ""."""
    found = _COORDINATED.match(before.lstrip())
    return party_name(found.group("subject")) if found is not None else ""


_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<by>[^,;:.\"“”]{3,60})[.;]?\s*$", re.IGNORECASE)
""""..., according to service data": the source of a claim named at its end."""


def _may_be_claim(text: str, held: Rebuttal | None, found: Rebuttal) -> bool:
    """Whether *text* (whose own rebuttal is *held*) may be the claim *found* answers: no denial, but an
    all-clear that gives a count ("about 40 were involved and order was restored") still states the count
    another party's own figure of it answers."""
    return held is None or held.all_clear and found.counted and _AMOUNT.search(text) is not None


def _owned_figure(claim_text: str, found: Rebuttal) -> bool:
    """Whether *claim_text* gives a figure of the very thing *found* disputes, named by the same owner
    ("dispute the newspaper's costs figure" and "the newspaper's costs, which Estuary Media puts at
    420,000 pounds"): whoever puts it, the rebuttal answers that figure."""
    if not re.search(r"\d", claim_text):
        return False
    return any(stem(owner.lower()) in found.counterpart and stem(thing.lower()) in found.about
               for owner, thing in re.findall(r"\b([A-Za-z][\w-]*)['’]s?\s+([A-Za-z][\w-]*)", claim_text))


def rebuts(claim_text: str, found: Rebuttal, *, before: bool = False) -> bool:
    """Whether *found* (a rebuttal) disputes what *claim_text* states: another party's claim
    (never one by who disputes, never a denial itself) on the same thing; *before*: the claim
    is the sentence right before the rebuttal in its source (what "disputes that" points at)."""
    if not _may_be_claim(claim_text, rebuttal(claim_text), found):
        return False
    by = claimant(claim_text)
    common = by & found.who
    if common and _proper_words(found.holder) and _proper_words(claim_text) and not (
            _proper_words(found.holder) & _proper_words(claim_text)):
        common = frozenset()  # "Foreign Minister Padraig Lyne" and "Norvik's foreign ministry": a title, two names
    if not by or common & (_name_words(found.holder) | _name_words(_claimant_label(claim_text))):
        # no party named, or the same: "Nordair said 12 ..." and "Nordair denied that more than 20 ..."
        # (two ministers "of Fisheries" share a title, not a name)
        return False
    if found.value and found.value in _amounts(claim_text) or found.denied and found.denied not in _amounts(claim_text):
        return False  # "puts the figure at 9" agrees with a claim of 9; "310, not 720" answers a claim of 720
    if found.kind and _AMOUNT.search(claim_text) and found.kind not in _kinds(claim_text):
        return False  # "put the number of delayed funerals at 61" answers a count, not "9 percent would cost £1.1 million"
    if found.moved and _moves(claim_text) != {"rise" if found.moved == "fall" else "fall"}:
        return False  # "it had fallen" answers a claim that the thing rose
    if found.back and not found.all_clear:
        # "rejected that claim" points at the claim right before it, whatever that claim says:
        # "Marr said the settlement does not fund the work. The commission rejected that claim."
        # "No such advice was given" answers a claim of that advice only.
        return before and (not found.such or bool(found.such & _about(claim_text)))
    if found.repaired:
        # "the lift was repaired on 4 March" answers "the lift had been out of action for 19 days", a
        # report of a failure of the very thing (its head word), not a claim that agrees ("posed no risk")
        return (_FAILED.search(claim_text) is not None and not _NEGATIVE.search(claim_text)
                and bool(found.about & _about(claim_text)))
    if found.all_clear:
        if not _FAULT.search(claim_text):
            return False
    elif _NEGATIVE.search(claim_text):
        return False  # "no evidence that the fire was deliberate" and "denied it was arson" agree
    stems = _about(claim_text)
    shared = found.about & stems
    by_stems = {stem(re.sub(r"['’]s?$", "", w)) for w in by}
    answered = bool(found.counterpart & by_stems) or found.counted and _owned_figure(claim_text, found)
    if found.all_clear:
        return len(found.context & stems) >= 2
    names = {stem(w) for w in found.who} | by_stems
    if not answered and found.who & _words(claim_text) and _CHARGE.search(claim_text):
        # A charge against who denies ("The mayor accused Metrobus of cutting routes to ..." and
        # "Metrobus denied that the cuts were ..."): answered when they share a word besides names.
        return bool(shared - names) or len((found.context & stems) - names) >= 2
    if not answered and found.about & by_stems:
        # A denial naming who made the claim ("denied that its hiring was aimed at Fastfreight"
        # after Fastfreight's chief's charge): two words in common besides the names.
        return len(shared - names) >= 2 or len((found.context & stems) - names) >= 2
    if answered and not found.about and before:
        # "Westkai denied the authority's claim" names only whose account it disputes: it answers that
        # party's claim right before it in its source, whatever words the claim uses.
        return True
    if answered:
        return bool(shared) or len(found.context & stems) >= 2 or found.counted and re.search(r"\d", claim_text) is not None
    return len(shared) >= 2 and len(shared) >= 0.5 * len(found.about)


def rebuttals(texts: Sequence[str], scores: Sequence[float], *, previous: Sequence[int] | None = None,
              found: Sequence[Rebuttal | None] | None = None, candidates: Sequence[Sequence[int]] | None = None,
              limit: int = 6) -> list[Dispute]:
    """Claims among *texts* that another of them disputes (`rebuts`), strongest first: each
    statement once, at most two per pair of parties. *previous*: per text, the index of the
    sentence right before it in its source (-1: none); *found*: each text's `rebuttal`, where
    already known; *candidates*: per rebuttal's index, the texts it may answer (default: all)."""
    held = list(found) if found is not None else [rebuttal(t) for t in texts]
    options: list[tuple[float, int, int]] = []
    for i, r in enumerate(held):
        if r is None:
            continue
        earlier = _earlier(i, previous)
        if r.told:
            continue  # the claim it answers is in its own sentence: no sentence before is it
        if r.back:
            answered = _account(texts, held, earlier[:BACK_REACH], r)
            pool: Sequence[int] = [answered] if answered is not None else []
        else:
            # A denial answers the nearest claim before it in its source that it may answer
            # ("the union's figure" after two of the union's figures: the later one).
            nearest = next((j for j in earlier if held[j] is None and rebuts(texts[j], r)), None)
            pool = [nearest] if nearest is not None else (candidates[i] if candidates is not None else range(len(texts)))
        for j in pool:
            if 0 <= j != i and _may_be_claim(texts[j], held[j], r) and rebuts(texts[j], r, before=j in earlier[:BACK_REACH]):
                options.append((-(scores[i] + scores[j]), j, i))
    options.sort()
    out: list[Dispute] = []
    used: set[int] = set()
    for _, claim_at, rebut_at in options:
        r = held[rebut_at]
        assert r is not None
        sides = (_claimant_label(texts[claim_at]), r.holder)
        if not sides[0] or claim_at in used or rebut_at in used or sum(1 for d in out if d.sides == sides) >= 2:
            continue
        used |= {claim_at, rebut_at}
        out.append(Dispute(claim_at, rebut_at, sides, tuple(sorted(r.about & _about(texts[claim_at])))))
        if len(out) >= limit:
            break
    return out


_COUNTING = re.compile(r"\b(?:count|estimat|tall|put|reckon|record|total|number|figure)", re.IGNORECASE)
"""Stems of counting and estimating: two holders who each count or estimate give values of one quantity."""


_MODAL_AMOUNT = re.compile(r"\b(?:would|will|could|might)\s+(?:\w+\s+){0,2}?(?:cost|require|need|take|total)\b[^.;]*\d",
                           re.IGNORECASE)
"""A sum given as what something would cost or need ("would require a 4.5 million pound plant")."""


def counts_apart(texts: Sequence[str], figures: Sequence[Sequence[Figure]], previous: Sequence[int]) -> list[Dispute]:
    """Two named holders' values of one quantity told one after the other in one source ("The agency
    said its officers had counted about 2,000 dead fish." then "The anglers' association said its
    members had counted more than 5,000."): the later sentence gives one amount, of the same counted
    noun or unit as an amount of the sentence before (a bare amount: when both count or estimate), and
    a different value; its holder is another party. (claim, other value, sides)."""
    out: list[Dispute] = []
    for i, j in enumerate(previous):
        if j < 0 or not figures[i] or not figures[j]:
            continue
        own = [f for f in figures[i] if not re.fullmatch(r"(?:19|20)\d\d", f.text.strip())]
        if len(own) != 1:
            continue
        f = own[0]
        at = texts[i].find(f.text)
        if at >= 0 and re.search(r",\s*(?:which|who)\s+[^,;]*$", texts[i][:at]):
            continue  # "The association, which had put the toll above 5,000, welcomed ...": background, no claim
        by_i, by_j = claimant(texts[i]), claimant(texts[j])
        if not by_i or not by_j or by_i & by_j:
            continue
        if f.unit in _GIVEN_UNITS:  # a share or a sum names no quantity: the two must say what of
            names = {stem(w) for w in by_i | by_j}
            # the amounts' own words ("million pounds") are no subject the two share
            amounts: frozenset[str] = frozenset().union(*(_about(g.text) for g in (*figures[i], *figures[j]))) | _MAGNITUDES
            shared = (_about(texts[i]) & _about(texts[j])) - names - amounts
            # ... unless both give the sum as what something would cost or need ("would require a 4.5 million
            # pound plant", "would cost no more than 2 million pounds"): two estimates of one outlay, where a
            # sum reported as it was ("made a loss of 1.2 million pounds") is another quantity
            both_ahead = all(_MODAL_AMOUNT.search(t) for t in (texts[i], texts[j]))
            same = [g for g in figures[j] if g.unit == f.unit] if len(shared) >= 2 or both_ahead else []
        elif f.unit:
            same = [g for g in figures[j] if g.unit == f.unit]
        else:
            bare = re.match(r"\s*(?:[,.;)\"”]|$)", texts[i][texts[i].find(f.text) + len(f.text):]) is not None
            same = [g for g in figures[j] if not g.unit or g.unit not in {"%", "USD", "EUR", "GBP"}] if (
                bare and _COUNTING.search(texts[i]) and _COUNTING.search(texts[j])) else []
            same = same[:1]
        if len(same) != 1 or max(same[0].value, f.value) <= 1.1 * min(same[0].value, f.value):
            continue
        sides = (_claimant_label(texts[j]), _claimant_label(texts[i]))
        if all(sides):
            out.append(Dispute(j, i, sides, ()))
    return out


BACK_REACH = 3
"""Sentences back a rebuttal of "that account" may reach, through a quotation that runs on."""
NEAREST_REACH = 8
"""Sentences back in its source a denial looks for the claim it answers."""


def _earlier(index: int, previous: Sequence[int] | None) -> list[int]:
    """The sentences before *index* in its source, nearest first (up to NEAREST_REACH)."""
    out: list[int] = []
    at = previous[index] if previous is not None else -1
    while at >= 0 and len(out) < NEAREST_REACH and at not in out:
        out.append(at)
        at = previous[at] if previous is not None else -1
    return out


def _account(texts: Sequence[str], held: Sequence[Rebuttal | None], earlier: Sequence[int],
             found: Rebuttal) -> int | None:
    """The account "rejected that account" (*found*) answers, among the sentences just before
    it (*earlier*, nearest first): back through a quotation running on (a sentence that names no
    one) to where the one who gives the account first gives it ("The director said the city
    believed ..." before her "'Our inspection shows ...,' she told reporters")."""
    answered: int | None = None
    owner: frozenset[str] = frozenset()
    for j in earlier:
        if not _may_be_claim(texts[j], held[j], found):
            break
        if found.counted and not _AMOUNT.search(texts[j]):
            if answered is None:
                continue  # "rejected that estimate": a sentence with no amount is not the estimate
            break  # the estimate found: not back to what its speaker said before it
        by = claimant(texts[j])
        if not by:
            verb = _claim_verb(texts[j])
            if answered is None and verb is not None and not re.search(r"[\"“”]", texts[j]) and not re.search(
                    r"\b(?:he|she|they|it|we|i)\s+(?:\w+ly\s+)?$", texts[j][:verb.start()], re.IGNORECASE):
                break  # a claim right before whose named speaker is not made out, no quotation going on: "that" is it
            continue
        if answered is None and found.such and not found.such & _about(texts[j]):
            continue  # "no such advice was given": back to the sentence that gives the advice
        if answered is not None and not by & owner or not rebuts(texts[j], found, before=True):
            break
        answered, owner = j, owner | by
    return answered


_AMOUNT = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,.]*")
"""An amount: a number that is no year ("4 to 7 percent", "3.1 million"; not "until 2028")."""


def _claimant_label(text: str) -> str:
    """Who makes the claim, as a reader should see it."""
    speaker = features.attribution(text)
    if speaker is not None:
        label = speaker[0].name
    elif quoted := _quoted_speaker(text):
        label = quoted
    elif runs_on(text):
        label = ""
    else:
        verb = _claim_verb(text)
        according = _ACCORDING.search(text) if verb is None else None
        label = ((_holder_phrase(text[:verb.start()]) or _coordinated_subject(text[:verb.start()])) if verb is not None
                 else party_name(according.group("by").strip()) if according is not None else "")
    label = re.sub(r"^(?:the|a|an)\s+(?=[A-Z])", "", label.strip().strip("[]"), flags=re.IGNORECASE)
    return label[:1].upper() + label[1:]


# ---------------------------------------------------------------- two parties' amounts for one quantity

_POSITION_CUE = re.compile(
    r"\b(?:must|should|ought\s+to|needs?|needed|ha(?:s|ve|d)\s+to|would|could|demand\w*|seek\w*|sought|ask(?:s|ed|ing)?|"
    r"aim(?:s|ed|ing)?\s+to|"
    r"call(?:s|ed|ing)?\s+for|offer\w*|propos\w*|requir\w*|wants?|wanted|insist\w*|prepared\s+to|willing\s+to|enough|"
    r"sufficient|proportionate|at\s+least|no\s+more\s+than|at\s+most|(?:fully|entirely)\s+(?:address|resolv|remed|meet|"
    r"satisf|restor)\w*)\b", re.IGNORECASE)
"""What a party wants, offers or deems enough ("must sell at least 146 stores", "has offered a quota
of 19,000 tonnes", "a fine of 2 million would be proportionate"): the amount is its position."""
_POSITION_BEFORE, _POSITION_AFTER = 8, 6
"""Words before and after an amount within which a position word makes it a position."""
_NAMED_FIRST = re.compile(r"^(?P<name>(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*),\s+(?:a|an|the)\s+[^,\"“”]{3,80},\s+"
                          r"[a-z][\w'’-]*\s+(?:its|their|his|her)\s+$")
"""A party named first, then what it is, then its verb and possessive right before a position word
("Marlbridge Patients' Voice, a local patient charity, repeated its" call for ...)."""
_DEADLINE = re.compile(r"\bwithin\s+(?P<count>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                       r"(?P<unit>days?|weeks?|months?)\b", re.IGNORECASE)
"""A deadline ("within four weeks", "within 30 days"): what a party wants done by when, or aims to."""
_COUNT_WORDS = {w: i + 1 for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split())}
_TIME_UNITS = frozenset(stem(w) for w in ("day", "week", "month"))
"""Units of a deadline: like money, they name no quantity of their own (compared by shared words)."""
_INDEFINITE = frozenset("somebody someone anybody anyone everybody everyone nobody people".split())
"""Holders that name no party ("Somebody should ask why ...")."""
_GIVEN_UNITS = frozenset({"%", "USD", "EUR", "GBP"})
"""Units that name no quantity on their own: a position in them is compared only by shared words."""


@dataclass(frozen=True)
class Position:
    """An amount one party wants, offers or deems enough, in one sentence."""

    holder: str
    """Who holds it, as a reader should see it."""
    who: frozenset[str]
    """Lower-cased words naming who holds it."""
    value: float
    """The amount (normalised)."""
    text: str
    """The amount as written ("146 stores")."""
    unit: frozenset[str]
    """Stems naming what is counted: the figure's unit and the words right after the number."""
    about: frozenset[str]
    """Stems of the sentence but who holds it, the amount's words and the position words."""
    named: frozenset[str]
    """Lower-cased words of the whole sentence (whether it names the other party)."""


def position(text: str, figures: Sequence[Figure]) -> Position | None:
    """The amount *text* says a named party wants, offers or deems enough, or None."""
    counted = [f for f in figures if f.unit and f.text in text]
    deadlines = [f for f in _deadlines(text) if not any(f.text in c.text or c.text in f.text for c in counted)]
    if not counted + deadlines or _POSITION_CUE.search(text) is None:
        return None
    for figure in counted + deadlines:
        at = text.index(figure.text)
        # A deadline is the position of whoever wants or aims at it anywhere before it in the
        # sentence ("aimed to move all displaced pupils ... within five weeks").
        before = text[:at].split()[-_POSITION_BEFORE if figure not in deadlines else None:]
        after = text[at + len(figure.text):].split()[:_POSITION_AFTER]
        if _observed(text[:at]):
            continue  # "fell 4.1 percent": a value reported, not one wanted or offered
        if _POSITION_CUE.search(" ".join(before + after)) is not None:
            break
    else:
        return None
    found = features.attribution(text)
    if found is not None and found[3] and not features.holds_view(found[1], found[2], generic=True):
        return None  # people by what they are ("Analysts said at least 100 ..."): an assessment, no party's position
    if found is not None:
        holder, phrase = found[0].name, f"{found[0].name} {found[0].role}"
    else:
        verb = _CLAIM_VERB.search(text) or _POSITION_CUE.search(text)
        assert verb is not None
        phrase = holder = _holder_phrase(text[:verb.start()])
        if (not holder or holder[0].islower()) and (named := _NAMED_FIRST.match(text[:verb.start()])):
            phrase = holder = named.group("name")  # "Marlbridge Patients' Voice, a local charity, repeated its call"
        if not holder or holder.split()[0].lower() in _PRONOUNS | _INDEFINITE or len(holder.split()) > 6 or re.search(
                r"[\"“”]", holder) or holder[0].islower():
            return None
    who = frozenset(re.sub(r"['’]s?$", "", w) for w in _name_words(phrase))  # "the authority's" is the authority
    if not who or re.search(r"\d", holder):
        return None  # no party, or a clause cut at a number's comma ("000 Greystone staff")
    holder = re.sub(r"^(?:the|a|an)\s+(?=[A-Z\[])", "", holder, flags=re.IGNORECASE).strip("[] ")
    named_after = _counted_after(text[at + len(figure.text):], started=figure.text.endswith(figure.unit))
    unit = {stem(unit_head(figure.unit).lower())} | named_after
    if unit_head(figure.unit) in _GIVEN_UNITS:  # "million euros": the currency, not what it pays for
        unit = {unit_head(figure.unit)}
    cue_stems = {stem(w) for m in _POSITION_CUE.finditer(text) for w in m.group(0).split()}
    own = _about(figure.text)  # "220 million euros": the amount's own words are no shared subject
    about = _about(text) - {stem(w) for w in who} - unit - named_after - own - cue_stems - _MAGNITUDES
    return Position(holder=holder[:1].upper() + holder[1:], who=who, value=figure.value, text=figure.text,
                    unit=frozenset(unit), about=frozenset(about), named=_words(text))


_MAGNITUDES = frozenset(stem(w) for w in "thousand thousands million millions billion billions trillion".split())
_OBSERVED = re.compile(r"(?:^|\s)(?:(?P<aux>[\w'’-]+)\s+)?(?P<verb>[A-Za-z][\w'’-]*)\s+(?:by\s+|to\s+|at\s+)?"
                       r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$")
_REPORTING = frozenset(w for w in _RISE_VERBS | _FALL_VERBS | _LEVEL_VERBS
                       if w.endswith("ed") or w in ("rose", "fell", "grew", "shrank", "stood", "hit", "came"))
"""Past forms of the verbs that report a level or a change ("fell 4.1 percent", "stood at 3.3
billion"); a transitive past ("wages raised by 7 percent" after a demand) may be a wanted amount."""
_AUXILIARIES = frozenset("be been being was were is are am has have had would could should will shall may might must "
                         "to".split())


def _observed(before: str) -> bool:
    """Whether the amount after *before* is governed by a finite past verb that reports it ("fell
    4.1 percent", "stood at 3.3 billion") rather than one of wanting or offering ("demanded 250",
    "offered 280") or a verb under an auxiliary ("would be capped at 250", "had to pay 40")."""
    found = _OBSERVED.search(before)
    if found is None:
        return False
    verb, aux = found.group("verb"), (found.group("aux") or "").lower()
    return (verb.lower() in _REPORTING and aux not in _AUXILIARIES
            and not verb[:1].isupper())


def has_deadline(text: str) -> bool:
    """Whether *text* sets a deadline ("within four weeks"): a position even without a figure."""
    return _DEADLINE.search(text) is not None


def _deadlines(text: str) -> list[Figure]:
    """The deadlines of *text* as figures ("within four weeks": 4 weeks), numbers written out too."""
    out = []
    for found in _DEADLINE.finditer(text):
        count = found.group("count").lower()
        value = float(count) if count.isdigit() else float(_COUNT_WORDS[count])
        unit = found.group("unit").lower()
        out.append(Figure(text=found.group(0)[len("within"):].strip(), value=value,
                          unit=unit if unit.endswith("s") else unit + "s"))
    return out


def _counted_after(rest: str, *, started: bool = False) -> set[str]:
    """Stems of the noun phrase right after a number ("take-off and landing slots at ..." ->
    take-off, landing, slots): up to three words, to the first punctuation or other function word;
    *started*: the figure took the phrase's first word as its unit ("40 take-off")."""
    out: set[str] = set()
    for word in re.findall(r"[\w'’-]+|[^\w\s]", rest)[:5]:
        if word.lower() in ("and", "or") and (out or started):
            continue
        if not word[:1].isalpha() or word.lower() in STOP_WORDS or len(out) >= 3:
            break
        out.add(stem(word.lower()))
    return out - _MAGNITUDES


def _apart(a: Position, b: Position) -> bool:
    """Two parties (no name in common) whose amounts for one quantity differ: the same counted
    thing ("146 stores", "60 stores"), or a rate or sum on the same thing (a word in common
    besides the amount, or one naming the other party)."""
    if a.who & b.who or a.holder.lower() == b.holder.lower():
        return False
    high, low = max(abs(a.value), abs(b.value)), min(abs(a.value), abs(b.value))
    if not a.unit & b.unit or high - low <= 0.01 * high or low <= 0 or high / low > 10:
        return False  # the same amount, or amounts too far apart to be two views of one (a sum and a total)
    if not a.unit & b.unit & (_GIVEN_UNITS | _TIME_UNITS):
        return True  # the same counted thing ("stores", "slots"), wanted and offered
    # Naming the other party is naming it whole: "European" is no mention of the European Cocoa Association.
    return bool(a.about & b.about) or a.who <= b.named or b.who <= a.named


def positions(texts: Sequence[str], figures: Sequence[Sequence[Figure]], scores: Sequence[float], *,
              limit: int = 6, held: Sequence[Position | None] | None = None) -> list[Dispute]:
    """Two parties' different amounts for one quantity (one demands 146 stores, the other offers
    60), strongest first: each statement once, each pair of parties once.
    *held*: each text's `position`, when already known."""
    held = list(held) if held is not None else [position(t, f) for t, f in zip(texts, figures, strict=True)]
    by_unit: dict[str, list[int]] = defaultdict(list)
    for index, found in enumerate(held):
        if found is not None:
            for word in found.unit:
                by_unit[word].append(index)
    candidates: set[tuple[float, int, int]] = set()
    for members in by_unit.values():
        for i, j in combinations(members[:PER_WORD], 2):
            a, b = held[i], held[j]
            if a is not None and b is not None and _apart(a, b):
                candidates.add((-(scores[i] + scores[j]), i, j))
    return strongest_pairs(candidates, held, limit)
