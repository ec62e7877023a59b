"""Whether a sentence stands on its own, or leans on one the reader of a brief never sees.

A brief lifts single sentences out of their articles. "This development follows ...",
"However, concerns persist ...", "The company confirmed ..." or "He said ..." open on an
antecedent that stood in an earlier sentence; out of context they mislead or mean nothing.
Such sentences are left out of briefs and digests unless the analyst pinned the note or
wrote a paraphrase (then the analyst vouches for the statement).

English-only, by the sentence's opening words: a connective that answers an earlier
sentence, a pronoun subject, a demonstrative ("this", "these", "such"), or a definite
noun phrase that can only point back ("the company", "the report", "the second").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from briefgen.ingest.clean import MONTHS, WEEKDAYS
from briefgen.roles import HONORIFIC_TITLES, OFFICE_TITLE, ROLE_NOUN, TITLE_WORDS
from briefgen.words import STOP_WORDS

_CONNECTIVES = (
    "however", "but", "and", "also", "yet", "still", "meanwhile", "moreover", "furthermore", "in addition",
    "additionally", "as a result", "consequently", "therefore", "thus", "hence", "instead", "nonetheless",
    "nevertheless", "otherwise", "then", "in comparison", "by comparison", "by contrast", "in contrast",
    "similarly", "likewise", "despite this", "despite that", "even so", "besides", "indeed", "accordingly",
    "on the other hand", "for its part", "for their part", "in turn", "in response", "in that case",
    "after that", "afterwards", "later", "so", "or", "nor", "that said", "to that end", "as such",
    "in other words", "for example", "for instance", "in particular", "at the same time", "until then",
    "since then", "by then", "before that", "other than that", "apart from that",
)
# Read only for the audience briefs (`opens_on_earlier`; the digest and the notes keep `needs_antecedent`'s
# narrower reading, which the digest's sentence choice is tuned to). Sentence-initial discourse connectives
# from the Penn Discourse Treebank 2.0's explicit connectives (Prasad et al. 2008, LREC; the annotation
# manual's 100 connective types), sorted by how a connective attaches when it opens a sentence, plus the
# discourse adverbials news copy uses that the PDTB annotates as AltLex or not at all (_BEYOND_PDTB).
_PDTB_SUBORDINATING = (
    "after", "although", "as", "as if", "as long as", "as soon as", "as though", "because", "before",
    "before and after", "except", "for", "if", "if and when", "insofar as", "lest", "much as", "now that",
    "once", "since", "so that", "though", "till", "unless", "until", "when", "when and if", "whereas", "while",
    "either", "neither", "on the one hand",
)
"""A subordinating connective (or the first half of a paired one) takes both its arguments from its own
sentence ("When the vote failed, the board resigned."): it opens a sentence that stands alone."""
_PDTB_ADVERBIAL = (
    "accordingly", "additionally", "afterward", "afterwards", "also", "alternatively", "as a result",
    "as an alternative", "as well", "besides", "by comparison", "by contrast", "by then", "consequently",
    "conversely", "furthermore", "hence", "in addition", "in contrast", "in fact", "in other words",
    "in particular", "in short", "in sum", "in the end", "in turn", "indeed", "instead", "likewise",
    "meantime", "meanwhile", "moreover", "nevertheless", "nonetheless", "on the contrary", "on the other hand",
    "otherwise", "separately", "similarly", "simultaneously", "specifically", "thereafter", "thereby",
    "therefore", "thus",
)
"""A discourse adverbial: opening a sentence, its first argument is an earlier sentence ("Separately, ...",
"In comparison, ..."). Unless it takes its own complement ("In addition to the fine, ...", "Instead of
waiting, ...", "By comparison with 2019, ..."; _OWN_COMPLEMENT)."""
_PDTB_COORDINATING = ("and", "but", "or", "nor", "yet", "so", "plus")
"""A coordinating conjunction opening a sentence joins it to the one before ("But the union ...")."""
_PDTB_AMBIGUOUS = ("earlier", "later", "next", "finally", "further", "overall", "rather", "still", "then", "else",
                   "regardless", "previously", "ultimately", "again", "elsewhere", "however",
                   # a list's later items ("Third, the ministry assumes ..."): which list? ("Second-quarter sales")
                   "second", "secondly", "third", "thirdly", "fourth", "fifth", "lastly")
"""PDTB connectives that are also plain adverbs or adjectives ("Later this month", "Further talks",
"Overall sales", "Rather than wait", "However much it costs"): a connective only when set off by a comma
or followed by the subject of a clause ("Later, the council ...", "Then the council ...")."""
_BEYOND_PDTB = (
    "in comparison", "despite this", "despite that", "even so", "for its part", "for their part", "for his part",
    "for her part", "in response", "in that case", "after that", "that said", "to that end", "as such",
    "for example", "for instance", "at the same time", "until then", "since then", "before that",
    "other than that", "apart from that", "by the same token", "after all", "in any case", "either way",
    "all the same", "on top of that", "above all", "in the meantime", "even then",
    "in the same vein", "along with", "in return", "as a consequence", "because of this", "because of that",
    "as a whole",
)
_WIDE_CONNECTIVES = tuple(sorted(set(_PDTB_ADVERBIAL + _PDTB_COORDINATING + _PDTB_AMBIGUOUS + _BEYOND_PDTB),
                                 key=lambda c: -len(c)))
"""Longest first, so "in addition" is read before "in"."""
_OWN_COMPLEMENT = re.compile(
    r"(?i)^(?:in addition|in contrast|by contrast|by comparison|in comparison|in response|instead|as well|"
    r"in return|along with|as a result|as a consequence)\s+(?:to|of|with|as)\b")
"""A connective with its own complement points to nothing before: "In addition to the fine, ...",
"Instead of waiting, ...", "In response to the ruling, ...", "As a result of the merger, ..."."""
_CLAUSE_SUBJECT = ("the", "a", "an", "it", "he", "she", "they", "we", "i", "there", "its", "his", "her", "their",
                   "our", "this", "these", "those", "that")
_ANAPHORS = ("this", "that", "these", "those", "it", "them", "him", "her", "such", "which", "whom")
"""What a preposition opening a sentence may govern that only an earlier sentence explains ("Despite this, ...",
"Under that plan, ...", "With it, ...", "Because of them, ...")."""
_COMPARATIVES = ("more", "less", "fewer", "larger", "smaller", "bigger", "higher", "lower", "greater", "further",
                 "wider", "longer", "shorter", "stronger", "weaker", "deeper", "sharper", "steeper", "cheaper",
                 "better", "worse", "faster", "slower", "broader", "tougher", "harsher", "similar")
"""An indefinite comparative noun phrase opening a sentence with no "than" ("A larger share went to ...",
"A further 400 posts will go", "A similar scheme ..."): larger than what an earlier sentence gave."""
_WIDE_PREPOSITIONS = ("because", "against", "beyond", "besides", "following", "given", "amid", "over", "behind",
                      "within", "into", "towards", "toward", "upon", "regarding", "concerning", "alongside",
                      "throughout", "until")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latter",
             "former", "remaining", "other", "others", "rest", "last", "two", "three", "four", "both")
""""The second, by ...", "The remaining two ...", "The other ...": one of a set an earlier sentence counted."""

_PRONOUNS = ("he", "she", "they", "them", "his", "her", "their", "its", "we", "our", "it", "him", "those",
             "both", "such", "another", "others", "either", "neither", "theirs", "hers")
_DEMONSTRATIVES = ("this", "these", "that")
_PREPOSITIONS = ("from", "in", "to", "for", "with", "by", "on", "at", "under", "after", "despite", "without",
                 "among", "of", "according", "unlike", "like", "through", "since", "during", "before")
_POSSESSIVES = ("his", "her", "their")
"""Whose view? ("its" usually points ahead to the subject: "In its first year, the scheme ...")"""
_TIME_NOUNS = ("year", "week", "month", "morning", "afternoon", "evening", "weekend", "season", "quarter",
               "spring", "summer", "autumn", "fall", "winter", "time", "century", "decade")
_POINTING_NOUNS = (
    "company", "companies", "firm", "firms", "report", "reports", "move", "moves", "decision", "deal",
    "group", "agency", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "statement",
    "announcement", "development", "developments", "plan", "plans", "proposal", "measure", "measures", "step",
    "change", "changes", "incident", "ruling", "latter", "former", "second", "third", "fourth", "last",
    "same", "two", "three", "four", "pair", "trio", "couple", "man", "woman", "men", "women", "victim",
    "victims", "suspect", "suspects", "source", "sources", "article", "study", "paper", "survey", "document",
    "letter", "bill", "law", "order", "case", "news", "outlet", "publication", "newspaper", "book", "film",
    "project", "program", "programme", "scheme", "policy", "effort", "efforts", "idea", "issue", "problem",
    "situation", "episode", "event", "events", "figure", "figures", "number", "numbers", "increase",
    "decrease", "rise", "fall", "drop", "cut", "cuts", "claim", "claims", "allegation", "allegations",
    "comments", "remarks", "news agency", "organisation", "organization", "body", "team", "party", "side",
    "sides", "other", "others", "rest", "latest", "result", "results", "outcome", "reason", "cause",
    "aim", "goal", "purpose", "approach", "strategy", "attempt", "request", "demand", "offer", "bid",
    "vote", "talks", "meeting", "visit", "trip", "operation", "mission", "attack", "blast", "crash",
    "appeal", "hearing", "lawsuit", "verdict",
)
_POINTING_MODIFIERS = ("revised", "amended", "updated", "positive", "negative", "original", "earlier", "previous",
                       "same", "above", "latter", "former")
""""The revised offer ...", "The positive results ...": a modifier that compares with, or answers, something said
before."""
_ACTION_NOUNS = ("step", "steps", "move", "moves", "decision", "measure", "measures", "development", "developments",
                 "change", "changes", "proposal", "approach", "idea", "situation", "issue", "problem", "incident",
                 "episode", "claim", "claims", "allegation", "allegations")
_THE_NOUN_SAID_WHICH = re.compile(
    r"(?i)the\s+(?:(?:" + "|".join(_POINTING_MODIFIERS) + r")\s+)?\w+\s+"
    r"(?:of|by|from|for|on|in|at|that|which|who|published|issued|released)\b")
""""The report by the IMF ...", "The revised budget of the city ...": the noun phrase says what it is."""
_THIS_ACTION = re.compile(r"(?i)\b(?:this|these)\s+(?:" + "|".join(_ACTION_NOUNS) + r")\b(?!\s+(?:of|that|which|who|to)\b)")
""""this step", "these claims" anywhere in a sentence, a quotation's too ("We have not taken this step lightly," the
chief executive said): which step? Unless a clause says ("this step, which ...", "these claims that ...")."""
_OPENING = re.compile(r"^[\s\"'“‘(\[«—–-]*")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_QUOTED = re.compile(r"\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)|‘[^’]*(?:’(?!\w)|$)|«[^»]*(?:»|$)")
"""A quotation within a sentence, to its closing mark or, when the quotation runs on, to the sentence's end."""


def _opening_words(sentence: str, n: int) -> list[str]:
    words = _WORD.findall(_OPENING.sub("", sentence)[:160])[:n]
    return [_POSSESSIVE.sub("", w.lower().replace("’", "'")) for w in words]


_POSSESSIVE = re.compile(r"'s$")


_ATTRIBUTION = re.compile(r"(?i)^according to [^,]{1,80},\s*(?:[^,]{1,40},\s*)?")


_AGED_PERSON = re.compile(r"(?i)^the\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b(?!\s+(?:record|law|rule|ban|"
                          r"building|bridge|company|firm|business|tradition|plant|mine|dam|contract|scheme|system)\b)")
"""A definite description by age ("The 31-year-old woman", "The 54-year-old"): someone an earlier sentence
introduced (a "60-year-old bridge" is a thing, named by its own noun)."""


def needs_antecedent(sentence: str) -> bool:
    """True when *sentence* opens on something only an earlier sentence explains."""
    text = _OPENING.sub("", sentence)
    if not text:
        return False
    attribution = _ATTRIBUTION.match(text)
    if attribution and re.search(r"\b(?:he|she|his|her|they|their|them|him)\b",
                                 text[:attribution.end()].split(" ", 2)[-1].split(",")[0]):
        return True  # "According to her lawyer, ...", "According to figures he obtained, ...": whose? who?
    if attribution and len(text) > attribution.end():
        # "According to a report by Reuters, on the 12th, the company is ...": the subject counts.
        rest = text[attribution.end():]
        return needs_antecedent(rest[0].upper() + rest[1:])
    if text[0].islower():  # a fragment, or a sentence cut from a longer one
        return True
    if _THIS_ACTION.search(text):
        return True
    if sentence.lstrip()[:1] in "\"“‘«'":
        # A quotation: its "we" and "it" are the speaker's, named in the sentence ("..., she said");
        # a quotation with no one named outside its marks was said by someone an earlier sentence names.
        return len(_WORD.findall(_QUOTED.sub(" ", sentence))) < 2
    words = _opening_words(text, 4)
    if not words:
        return False
    head = " ".join(words)
    for connective in _CONNECTIVES:
        if head == connective or head.startswith(connective + " "):
            # "So far", "Still more", "Later this year" open on a time or amount, not an answer.
            following = head[len(connective):].split()
            if connective in ("so", "still", "later", "then") and following and following[0] in ("far", "more", "this",
                                                                                  "that", "in", "on", "next"):
                return False
            after = text[len(connective):len(connective) + 1]
            return connective not in ("and", "or", "so", "but", "yet", "still") or after in (",", " ")
    first = words[0]
    if first in _PREPOSITIONS:
        # "From their perspective, ...", "In his view, ...", "According to her lawyer, ...": whose?
        owner = words[2] if first == "according" and len(words) > 2 else words[1] if len(words) > 1 else ""
        if owner in _POSSESSIVES:
            return True
    if first == "it":
        # "It is expected to ...", "It was not clear whether ..." do not point back.
        return not re.match(r"(?i)it\s+(?:is|was|has been|had been|remains|remained|seems|seemed|appears|"
                            r"appeared|would be|will be|could be|may be|might be)\s+(?:not\s+)?(?:\w+\s+){0,2}?"
                            r"(?:that|to|whether|if|when|how|why)\b", text)
    if first in _PRONOUNS:
        return True
    if first in _DEMONSTRATIVES:
        return not (len(words) > 1 and words[1] in _TIME_NOUNS)  # "This year ..." stands alone
    if first == "the" and _AGED_PERSON.match(text):
        return True  # "The 31-year-old woman was found ...": a person described as one already met
    if first == "the" and len(words) > 1:
        second = words[1]
        if second in _POINTING_NOUNS or second in _POINTING_MODIFIERS:
            # "The company's shares ..." still points back; "The report by the IMF ..." does not.
            return not _THE_NOUN_SAID_WHICH.match(text)
    return False


# ---------------------------------------------------------------- making a sentence stand alone

_ORGANISATION_NOUNS = ("company", "firm", "group", "agency", "organisation", "organization")
_POINTING_SUBJECT = re.compile(
    r"(?P<pre>(?:A|An|The)\s+(?:spokes(?:man|woman|person)|representative|lawyer|official)\s+(?:for|of|at)\s+"
    r"(?=the\s))?"
    r"(?P<np>(?:[Tt]he)\s+(?P<noun>" + "|".join(_ORGANISATION_NOUNS) + r"))(?P<poss>['’]s)?(?=\s+[a-z])"
    r"|(?P<pronoun>[Hh]e|[Ss]he)(?=\s+[a-z])"
)
_ATTRIBUTION_CLAUSE = re.compile(r"(?i)^according to [^,]{1,80},\s*(?P<clause>[^,]{1,40},\s*)?")
_NAME_WORD = r"[A-Z][\w&’'.-]*[\w]"
"""A capitalised word of a name ("Nordhavn", "O'Neill", "AT&T")."""
_LEADING_NAME = re.compile(r"^(?P<name>" + _NAME_WORD + r"(?:\s+(?:of\s+|and\s+)?" + _NAME_WORD + r"){0,4})(?:['’]s)?\s+[a-z]")
LONG_ATTRIBUTION_WORDS = 9
"""An "According to <a name>..., " prefix this long (or with a second clause, "local time on the
12th, ") is left out by elision when the rest of the sentence stands alone."""


@dataclass(frozen=True)
class Named:
    """Who or what an earlier sentence names, as the notes stage reads it."""

    name: str
    """The name as written."""
    kind: str
    """person | organisation | place | product | other (features.find_entities's types)."""


_ADDITIVE = re.compile(r"^(?:Separately|In addition|Additionally|Also|Moreover|Furthermore|Besides|Elsewhere|"
                       r"In other news|In (?:a|an) (?:separate|unrelated|further) [a-z]+|In another [a-z]+),\s+(?=\S)")
"""A connective that only adds another matter to what came before (PDTB Expansion.Conjunction, and "Separately",
"Elsewhere" that change the topic; a prepositional phrase that only says the matter is another one, "In a
separate development,", "In another move,"), set off by a comma: it asks the reader for no earlier sentence's content, unlike
"However," (a contrast) or "As a result," (a cause)."""


def additive_opening(sentence: str) -> int:
    """How many characters of *sentence* an additive connective opening it takes ("Separately, " of
    "Separately, members of the union voted ..."); 0 when it opens on none. Left out with a visible "...",
    the rest is the sentence's own clause."""
    match = _ADDITIVE.match(sentence.lstrip())
    return match.end() + len(sentence) - len(sentence.lstrip()) if match else 0


_GENERIC_HEADS = ("company", "firm", "group", "agency", "report", "move", "decision", "deal", "plan", "measure",
                  "official", "latter", "former", "same", "other", "second", "first", "third", "two", "three", "pair")
"""Heads of a definite subject that could be any of a story's actors or acts ("The company said ...")."""
_BARE_REFERENCE = re.compile(
    r"(?i)^(?:(?:this|that|these|those|such)\b(?!\s+(?:year|week|month|morning|afternoon|evening|weekend|spring|"
    r"summer|autumn|fall|winter)\b)|(?:it|he|she|they|him|her|his|its|their|them)\b|the\s+(?:"
    + "|".join(_GENERIC_HEADS) + r")\b|(?:another|both|neither|either)\b|(?:"
    + "|".join(sorted({re.escape(c) for c in (*_CONNECTIVES, *_PDTB_ADVERBIAL)}, key=len, reverse=True)) + r")\b)")


def opens_on_reference(sentence: str) -> bool:
    """Whether *sentence* opens on a bare reference: a pronoun, a demonstrative ("This development ..."), a
    connective ("However, ...") or a definite subject with a head any actor or act could have ("The company
    said ..."). A brief's bullets are read one by one, under headings: such a statement does not stand as
    written even right under the bullet it refers to (it is named, paired or left out instead)."""
    return bool(_BARE_REFERENCE.match(_OPENING.sub("", sentence)))


_FURTHER_TO_COME = re.compile(
    r"(?i)^an?\s+further\s+(?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|"
    r"million|billion|few|several|many|couple)\b)[a-z-]+\b[^.;:]*?\b(?:will|could|may|might|would|is|are)\s+"
    r"(?:not\s+|now\s+|also\s+|still\s+)?(?:likely|unlikely|expected|possible|probable|forecast|planned|due|set|"
    r"feared|predicted|[a-z]+(?<!ed)\b(?<!be))")
"""A further event to come ("A further natural release ... is likely", "A further strike will take place on
..."): another of the kind the story is about, forecast as its own statement; not an amount added to an
earlier one ("A further 400 posts will go") nor a past addition ("A further problem emerged ...")."""


@functools.lru_cache(maxsize=4096)  # pure; a build asks it of the same text per audience and pass
def opens_on_earlier(sentence: str) -> bool:
    """`needs_antecedent` read more widely, for the audience briefs (whose statements a reader meets one
    by one, under headings): also a PDTB discourse connective ("Separately, ...", "Conversely, ..."; not
    one with its own complement, "In addition to the fine, ..."), a preposition governing an anaphor
    ("Despite this, ...", "Under that plan, ..."), an indefinite comparative with no "than" ("A larger
    share went to ..."), and an ordinal or count that picks one of a set ("The second, by ...")."""
    text = _OPENING.sub("", sentence)
    if not text:
        return False
    attribution = _ATTRIBUTION.match(text)
    if attribution and len(text) > attribution.end():
        rest = text[attribution.end():]
        text = rest[0].upper() + rest[1:]
    words = _opening_words(text, 4)
    if not words or text[0].islower() or sentence.lstrip()[:1] in "\"“‘«'":
        return needs_antecedent(sentence)
    if fronted_pronoun_subject(text) or speaks_for_generic(text) or _PARTITIVE_SUBJECT.match(text):
        return True
    if _OWN_COMPLEMENT.match(text):
        # "In addition to the fine, ...": the connective takes its own complement; the subject still counts.
        return needs_antecedent(sentence) and not re.match(r"(?i)^(?:in|by|as|instead|along)\b", text)
    head = " ".join(words)
    for connective in _WIDE_CONNECTIVES:
        if head == connective or head.startswith(connective + " "):
            after = text[len(connective):len(connective) + 1]
            following = head[len(connective):].split()
            if connective in _PDTB_AMBIGUOUS:
                # "Later, the council ..." or "Then the council ...": a connective; "Later this year",
                # "Further talks", "Overall sales", "Still more": an adverb or adjective of its clause.
                if after == "," or bool(following) and following[0] in _CLAUSE_SUBJECT \
                        and not (len(following) > 1 and following[0] in _DEMONSTRATIVES and following[1] in _TIME_NOUNS):
                    return True
                return False
            if connective == "so" and following and following[0] in ("far", "much", "many", "long"):
                return False  # "So far", "So many ...": an amount or a time
            return connective not in _PDTB_COORDINATING or after in (",", " ")
    first = words[0]
    if first in _PREPOSITIONS or first in _WIDE_PREPOSITIONS:
        # "Despite this, ...", "Under that plan, ...", "Because of them, ...": what? ("In this year's budget",
        # "By that time" name a time.)
        at = 2 if len(words) > 2 and words[1] in ("of", "to") and first in ("because", "according", "due") else 1
        if len(words) > at and words[at] in _ANAPHORS \
                and not (len(words) > at + 1 and words[at] in _DEMONSTRATIVES and words[at + 1] in _TIME_NOUNS):
            return True
    if first in ("a", "an") and len(words) > 1 and words[1] in _COMPARATIVES \
            and not re.search(r"(?i)\b(?:than|as)\b|\bsimilar\s+to\b", text) and not _FURTHER_TO_COME.match(text):
        return True
    if first == "the" and len(words) > 1 and words[1] in _ORDINALS and not _THE_NOUN_SAID_WHICH.match(text) \
            and not (len(words) > 2 and words[2] in _TIME_NOUNS):  # "The first time", "The last year"
        return True
    if _OWNED_ACT.match(text) or _UNCHANGED.search(text):
        return True
    if implicit_argument(text) or unresolved_inside(text):
        return True
    return needs_antecedent(sentence)


_PARTITIVE_SUBJECT = re.compile(
    r"^(?:One|Some|Several|Many|Most|Few|A few|Two|Three|Four|Five|All|Each)\s+(?:of\s+(?:them|those|these|us|whom)\b|"
    r"(?:said|says|told|tells|added|adds|wrote|warned|complained|described|called|claimed|admitted|argued|noted|"
    r"explained|recalled|estimated|asked|is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|"
    r"did|does|do)\b)")
""""One said the chain had not paid ...", "Several said they were ...", "Two of them were ...": a quantifier standing
for its noun as the subject, with no noun after it: one of whom? The set is counted in the sentence before
("Three smaller suppliers told the Ledger ..."), where the brief pairs it or leaves it out."""


_OWNED_ACT = re.compile(
    r"^(?:The\s+)?(?:[\w&.-]+\s+){0,5}?[\w&.-]+['’]s\s+(?:decision|move|vote|ruling|choice|announcement|"
    r"step|verdict)\s+(?:was|is|were|has\s+been|had\s+been|came|comes)\b")
""""The Monetary Policy Committee's decision was unanimous": an act its maker's name owns, told by nothing but
what the sentence says of it, is the one the sentence before told (which decision?); with its own complement
("The committee's decision to raise rates ...") it names it."""


_UNCHANGED = re.compile(r"\b(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:still\s+)?unchanged\s*[.;]?\s*$")
""""The VAT increase to 18% is unchanged.": unchanged beside what? The sentence before told what changed; a
level it keeps ("Rates were unchanged at 5%") names itself."""


_RELATIONAL_NOUNS = ("rival", "competitor", "counterpart", "peer", "partner", "neighbour", "neighbor", "successor",
                     "predecessor", "compatriot", "namesake", "sister", "parent", "subsidiary")
_RELATIONAL_SUBJECT = re.compile(
    r"^(?:(?:[A-Z][a-z]+|[a-z]+(?:er|ish|an|al|ic|ese|ern))\s+){0,2}(?i:" + "|".join(_RELATIONAL_NOUNS)
    + r")s?\s+(?:[A-Z]|\d)")
""""British rival Barrow & Finch issued ...", "Smaller competitor Velo said ...": a relational noun whose
other party (rival of whom?) the sentence leaves to the one before it; with its own complement ("A rival
of Hallmann", "The rival bid") it names a thing of its own."""
_INTRANSITIVE_FOLLOW = re.compile(
    r"\b(?:follow|follows|followed)(?:\s+suit)?(?=\s*(?:[.;]|$|,\s|\s+(?:in|on|at|within|later|soon|"
    r"shortly|next|early|late|from|after|once|when|if|\d)\b))")
""""A full tender for the network will follow in 2028.", "Others followed suit": follow what? The verb's
object is left to the sentence before ("followed by talks", "will follow the award" name it)."""


def implicit_argument(sentence: str) -> bool:
    """Whether *sentence* leaves an argument of its subject or main verb to the sentence before it, by
    structure: a relational noun heading its subject with no complement ("British rival Barrow & Finch ...":
    rival of whom?), or "follow" with no object ("A full tender ... will follow in 2028": after what?).
    Read for the audience briefs (`opens_on_earlier`), where such a statement is quoted with the sentence it
    leans on, or left out."""
    text = _QUOTED.sub(" ", _OPENING.sub("", sentence))
    if (relational := _RELATIONAL_SUBJECT.match(text)) is not None:
        # The other party named later in the sentence anchors it ("Rival Harlow Marine has offered 240p a
        # share for Fenwick": rival of Fenwick).
        subject = re.match(r"(?:[A-Z][\w'’.-]*|&)(?:\s+(?:[A-Z][\w'’.-]*|&))*", text[relational.end() - 1:])
        rest = text[relational.end() - 1 + (subject.end() if subject else 0):]
        return not any(word not in _CALENDAR for word in re.findall(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*", rest))
    return bool(_INTRANSITIVE_FOLLOW.search(text)) and not re.search(r"(?i)\bas\s+follows\b", text)


_FRONTED_PREPOSITIONS = ("after", "before", "since", "while", "when", "despite", "without", "by", "on", "upon", "in",
                         "at", "for", "with", "under", "during", "following", "amid", "besides", "of", "from", "unlike")
_FRONTED_GERUND = re.compile(r"(?i)^(?:(?:" + "|".join(_FRONTED_PREPOSITIONS) + r")\s+)?(?P<verb>[A-Za-z][a-z]+ing)\b"
                             r"[^,;:\"“”‘’«»]{0,100},\s+")
_NOT_GERUNDS = frozenset("""during morning evening ceiling building spring king nothing something anything everything
thing ring wing according including""".split())
_FRONTED_PHRASE = re.compile(r"(?i)^(?:" + "|".join(_FRONTED_PREPOSITIONS) + r")\s+(?P<np>[^,;:\"“”‘’«»]{1,60}?),\s+")
_CALENDAR = frozenset(word.capitalize() for word in MONTHS + WEEKDAYS)
_PRONOUN_SUBJECT = re.compile(r"^(?P<pronoun>it|he|she|they|its|his|their)\s+[a-z]")


def fronted_pronoun_subject(text: str) -> bool:
    """Whether *text* (a sentence's text) opens on a fronted adjunct whose clause has a third-person
    pronoun for its subject or the subject's owner, with nothing inside the adjunct it can stand for:
    "After removing 16 duplicate reports, it said 356 cases ..." (a gerund's understood subject is the
    clause's own), "In its report, it said ...", "On Thursday, they voted ...". An adjunct that is a
    clause of its own or names someone ("After the agency published its data, it said ...", "In
    Weiz, he ...", "In the ministry's view, it ...") may hold the antecedent and does not count;
    "After the vote, it was unclear whether ..." is no reference at all."""
    gerund = _FRONTED_GERUND.match(text)
    if gerund is not None and gerund.group("verb").lower() not in _NOT_GERUNDS:
        rest = text[gerund.end():]
    else:
        phrase = _FRONTED_PHRASE.match(text)
        if phrase is None:
            return False
        np, words = phrase.group("np"), phrase.group("np").split()
        opener = text.split()[0].lower()
        if opener in ("when", "while") or len(words) > (3 if opener in ("after", "before", "since") else 6):
            return False  # "When the council met, ...", "After the agency published its data, ...": a clause
        if re.search(r"['’]s\b", np) or any(w[:1].isupper() and w.strip(".") not in _CALENDAR for w in words):
            return False  # "In the ministry's view, ...", "In Weiz, ...": a name the pronoun may stand for
        if any(w.lower() in _VERB_CUES or (i and w.lower().endswith("ed")) for i, w in enumerate(words)):
            return False
        rest = text[phrase.end():]
    subject = _PRONOUN_SUBJECT.match(rest)
    if subject is None:
        return False
    if subject.group("pronoun") == "it":
        return needs_antecedent(rest[0].upper() + rest[1:])  # "..., it was unclear whether" points nowhere
    return True


_MEASURE_PRONOUN = re.compile(
    r"\b(?:puts?|putting|estimates?|estimated|estimating|values?|valued|valuing|pegs?|pegged|pegging|places?|placed|"
    r"placing|sets?|setting)\s+(?:it|them)\s+(?:at|between|as\s+high\s+as|as\s+low\s+as|closer\s+to|nearer)\b")
""""An outside estimate ... puts it at 14 million to 18 million pounds": a verb of estimating whose object, the
measure, is a pronoun: what is put at 14 million is said only in a sentence before it."""
_PARTITIVE_ANAPHOR = re.compile(
    r"(?i)\b(?:every\s+one|each|one|all|some|many|most|none|several|few|half|both|any|either|neither|two|three|"
    r"four|five|\d[\d,]*)\s+of\s+(?:them|these|those(?!\s+(?:who|which|that|whose|with|in|at|on|from)\b))\b")
""""every one of them that crosses ...", "many of those": a part of a set the sentence does not give."""
_PLURAL_BEFORE = re.compile(r"(?i)\b(?:\d[\d,.]*|the|its|their|our|his|her|all|many|these|those|some|several)\s+"
                            r"(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*[^s\W]s\b|\b(?:they|we|us)\b")
"""A plural noun phrase (or a plural pronoun) earlier in the sentence that the partitive's "them" can stand for."""
_BARE_MEMBERSHIP = re.compile(
    r"^(?:Members|Shareholders|Trustees|Directors|Colleagues|Employees|Staff|Affiliates|Delegates)\s+"
    r"(?!of\b|at\b|in\b|from\b|on\b|who\b|whose\b)(?:[a-z]+\s+){0,2}?(?:will|would|are|were|have|had|can|could|may|"
    r"might|must|should|voted|said|say|plan|planned|agreed|met|meet|hold|held|[a-z]+ed)\b")
""""Members will hold an open meeting ...", "Shareholders voted ...": a bare plural that names people only by their
relation to a body (members of what?) the sentence never names."""
_FRONTED_ADJUNCT = re.compile(
    r"^(?:(?:Including|Excluding|Counting|Adjusting\s+for|Taking|Stripping\s+out|Allowing\s+for|On|In|At|By|"
    r"With|Without|After|Before|Under|For|Since)\b[^,;:\"“”]{1,90}?|[A-Z][a-z]+ing\b[^,;:\"“”]{1,90}?),\s+"
    r"(?=the\s+[a-z])")
""""Including lease liabilities on its 212 stores, the figure is closer to ...": a fronted adjunct before a main
clause whose subject is a definite description."""


_ACTOR_HEADS = frozenset((*_ORGANISATION_NOUNS, "companies", "firms", "official", "officials", "spokesman",
                          "spokeswoman", "spokesperson", "team", "party", "body", "side", "same"))
"""A body or a person as the subject after a fronted adjunct ("In a trading update, the company revised ..."):
left to `compose`'s naming of a subject, as when it opens the sentence; not a thing or an amount ("the figure")."""


def unresolved_inside(text: str) -> bool:
    """Whether *text*, a sentence's text, leans past its opening words on what only an earlier sentence says:
    the measure a verb of estimating puts at a value is a pronoun ("... puts it at 14 million pounds"), a part
    of a set no plural before it in the sentence gives ("every one of them that crosses ..."), a bare plural of
    membership as the subject ("Members will hold an open meeting ...": members of what?), or a fronted adjunct
    before a subject that points back ("Including lease liabilities ..., the figure is closer to ..."). Outside
    quotations only: inside them the words are a speaker's, who said them in a context of their own."""
    outside = _QUOTED.sub(" ", text)
    if _MEASURE_PRONOUN.search(outside):
        return True
    for match in _PARTITIVE_ANAPHOR.finditer(outside):
        if not _PLURAL_BEFORE.search(outside[:match.start()]):
            return True
    if _BARE_MEMBERSHIP.match(outside):
        return True
    fronted = _FRONTED_ADJUNCT.match(outside)
    if fronted is not None:
        rest = outside[fronted.end():]
        words = _opening_words(rest, 2)
        if len(words) > 1 and (words[1] in _POINTING_NOUNS or words[1] in _POINTING_MODIFIERS) \
                and words[1] not in _ACTOR_HEADS and not _THE_NOUN_SAID_WHICH.match(rest):
            return True
    return False


def opens_on_name(sentence: str, source: str = "") -> bool:
    """Whether *sentence* opens on a name for its subject ("Conab said ...", "The Orla District Election
    Board revised ..."), not on a date, a pronoun or an adjunct ("December arabica fell ...", "In Vienna, ...")
    nor on a common noun a sentence's first letter capitalises ("Ticket sales ..."): a name of one word is
    one *source* also capitalises inside a sentence."""
    text = _OPENING.sub("", sentence)
    first = re.match(r"(?:The\s+)?([A-Z][\w’'&-]*)(\s+[A-Z][\w’'&-]*)?", text)
    if first is None or first.group(1) in _CALENDAR or first.group(1).lower() in _OPENERS \
            or first.group(1).lower() in _PRONOUNS or opens_on_earlier(text):
        return False
    return bool(first.group(2)) or bool(re.search(r"(?<![.!?\n]\s)(?<![.!?\n])(?<=\s)" + re.escape(first.group(1))
                                                 + r"\b", source))


def pronoun_at(text: str) -> tuple[int, int] | None:
    """Where the subject pronoun "it" of a `fronted_pronoun_subject` sentence stands (start, end in *text*)."""
    if not fronted_pronoun_subject(text):
        return None
    found = re.search(r",\s+(it)\s+[a-z]", text)
    return found.span(1) if found is not None else None


def subject_description(previous: str, earlier: Sequence[str]) -> str | None:
    """What a pronoun "it" right after *previous* stands for, when *previous* (the sentence before it)
    opens on a singular description whose head *earlier* sentences introduced ("The department also revised
    its case count." after "... the provincial health department said ..."): the one proper name it can mean
    (`name_for`), else the fullest description earlier sentences use ("the provincial health department");
    None when *previous* opens otherwise or nothing earlier describes it."""
    reference = back_reference(_OPENING.sub("", previous), earlier)
    if reference is None or reference.head.endswith("s") or reference.modifiers:
        return None
    name = name_for(reference, earlier)
    if name is not None:
        return name
    found: list[str] = []
    for text in earlier:
        for match in re.finditer(r"\b[Tt]he\s+((?:[a-z][a-z-]+\s+){1,3})" + re.escape(reference.head) + r"\b", text):
            if not any(w in _VERB_CUES or w in _OPENERS for w in match.group(1).split()):
                found.append("the " + " ".join(match.group(1).split()) + " " + reference.head)
    return found[-1] if len(set(found)) == 1 else None


def _same_person(a: str, b: str) -> bool:
    """"Voss" and "Lena Voss" name one person."""
    short, long = sorted((a.split(), b.split()), key=len)
    return long[-len(short):] == short


def speaks_for_generic(text: str) -> bool:
    """True: "A spokesman for the company said ...": which company? (named just before, if at all).
    Read for the audience briefs and for naming the body in a bracket; the digest reads as before."""
    return bool(re.match(r"(?:A|An|The)\s+(?:spokes(?:man|woman|person)|representative|lawyer|official)\s+"
                         r"(?:for|of|at)\s+the\s+(?:" + "|".join(_ORGANISATION_NOUNS) + r")\b(?!\s+[A-Z])",
                         text.lstrip()))


def _connective_opening(text: str) -> int:
    """How many characters a discourse connective set off by a comma takes at the start of *text*
    ("However, " of "However, Baltic Coastal Shipping said ..."); 0 when it opens on none."""
    head, comma, rest = text.partition(",")
    if comma and head.lower() in (*_CONNECTIVES, *_PDTB_ADVERBIAL):
        return len(text) - len(rest.lstrip())
    return 0


def _opening_subject(text: str, named: Sequence[Named], names: Collection[str]) -> str | None:
    """The name *text* opens on as its subject or the subject's owner ("Dravik has halted ...", "However,
    Baltic Coastal Shipping said ...", "The Irish Motorists Alliance's challenge ..."), when it is known as no
    person and the source writes its words capitalised inside a sentence (*names*); else None."""
    # A discourse connective set off by a comma comes before the subject.
    opening = _LEADING_NAME.match(text[_connective_opening(text):])
    if not opening:
        return None
    subject = re.sub(r"['’]s$", "", opening.group("name"))
    people = [n.name for n in named if n.kind == "person"]
    titled = subject.split()[0] == "The" and len(subject.split()) >= 3  # "The Irish Motorists Alliance"
    if titled:
        subject = subject.split(" ", 1)[1]
    known = titled and any(n.name == subject and n.kind != "person" for n in named)
    if (known or all(word in names or word in ("of", "and") for word in subject.split())) \
            and subject.split()[0].lower() not in STOP_WORDS | {"according"} \
            and not any(_same_person(subject, p) for p in people):
        return subject
    return None


def _no_body(name: str, noun: str) -> bool:
    """Whether *name* cannot be the body "the <noun>" means: a title word alone ("Chief" of "Chief Executive
    Maren Oduya"), or a body of another kind by its head noun (`other_kind`: an exchange is no company)."""
    return all(word in TITLE_WORDS for word in name.split()) or bool(noun) and other_kind(name, noun)


def referent(kind: str, earlier: Sequence[tuple[str, Sequence[Named]]], names: Collection[str],
             noun: str = "") -> str | None:
    """The one person (*kind* "person") or organisation the *earlier* sentences (text, what they
    name) can mean, or None when there is none or more than one.

    People: every person named, and every other two- or three-word name shaped like one, compete;
    exactly one may remain, and it must be known as a person. Organisations: every name typed as
    an organisation, and the name a sentence opens on (its subject: "Dravik has halted ...") when
    the source also writes it capitalised inside a sentence (*names*) and it is no person; not one
    that cannot be "the <*noun*>" (`_no_body`)."""
    found: list[str] = []
    leading: list[str] = []  # the name each earlier sentence opens on, as its subject or the subject's owner
    for text, named in earlier:
        if kind == "person":
            people = [n.name for n in named if n.kind == "person"]
            shaped = [n.name for n in named if n.kind == "other" and 2 <= len(n.name.split()) <= 3
                      and all(w[:1].isupper() and w[1:].islower() for w in n.name.split())]
            for name in people + shaped:
                if name in shaped and not any(_same_person(name, p) for p in found + people):
                    found.append("?" + name)  # shaped like a person's name, not known as one
                elif not any(_same_person(name, f.lstrip("?")) for f in found):
                    found.append(name)
        else:
            candidates = [n.name for n in named if n.kind == "organisation" and not _no_body(n.name, noun)]
            subject = _opening_subject(text, named, names)
            if subject is not None and not _no_body(subject, noun):
                candidates.append(subject)
                leading.append(subject)
            for name in candidates:
                if name not in found and not any(name in f or f in name for f in found):
                    found.append(name)
    if kind != "person" and len(found) > 1 and leading and earlier and leading[0] in found \
            and _LEADING_NAME.match(earlier[0][0]) and leading[0] in earlier[0][0][:len(leading[0]) + 4] \
            and not any(name in text for name in found if name != leading[0] for text, _ in earlier[1:]):
        # "The Irish Motorists Alliance's challenge ... will be heard in the High Court ... The group
        # argues ...": a description that opens a sentence goes back to the subject of the one before,
        # not to a name inside its predicate.
        return leading[0]
    if len(found) != 1 or found[0].startswith("?"):
        return None
    if kind == "person" and earlier and _rival_subject(earlier[0], found[0]):
        return None
    return found[0]


def _rival_subject(sentence: tuple[str, Sequence[Named]], person: str) -> bool:
    """Whether the sentence just before opens on a name other than *person* as its subject (or the subject's
    owner) that may be a person: "Achterberg is suing ... its editor, Fiona Carrow, ... He is seeking ...":
    "he" goes to the subject, not to the name inside the predicate, and an untyped name may be that subject.
    A name typed as no person (an organisation, a place, a product) does not compete."""
    text, named = sentence
    text = text[_connective_opening(text):]
    at = text.find(person.split()[-1])
    if at >= 0 and "," not in text[:at] and len(text[:at].split()) <= 4:
        return False  # "Harbour master Ines Corda told ...": the person opens the sentence after a role
    opening = _LEADING_NAME.match(text)
    if not opening:
        return False
    subject = re.sub(r"['’]s$", "", opening.group("name"))
    words = subject.split()
    if words[0] in ("The", "A", "An") or words[0].lower() in STOP_WORDS | {"according"} \
            or all(word in TITLE_WORDS for word in words):
        return False
    while len(words) > 1 and words[0] in TITLE_WORDS:  # "Mayor Raymond Achterberg"
        words = words[1:]
    subject = " ".join(words)
    if _same_person(subject, person):
        return False
    return not any((n.name == subject or subject in n.name.split() or n.name in subject) and n.kind != "person"
                   and n.kind != "other" for n in named)


def titled_referent(noun: str, earlier: Sequence[tuple[str, Sequence[Named]]], names: Collection[str],
                    actor: str | None = None) -> str | None:
    """The organisation "the <noun>" ("the group", "the agency") means in the *earlier*
    sentences: the one name there that carries the noun as its own title word ("Nordhavn Group
    ASA" for "the group", though the sentence before opens on its subsidiary "Nordhavn Naval
    Yard"); when none does and no earlier sentence opens on another body, the story's *actor* (the
    body its source's lede is about, `lede_actor`: "The company is still selling ..." after "... with
    trading on the Calderport Stock Exchange due to start ..." is the company floating, not the exchange
    the sentence before names in passing); else the one organisation they name (`referent`) that can be
    "the <noun>"; None when two names carry the noun."""
    head = noun.capitalize()
    word = r"(?!" + head + r"\b)" + _NAME_WORD
    title = re.compile(r"(?<![\w&’'.-])((?:" + word + r"\s+(?:of\s+|and\s+)?){1,4}" + head
                       + r"(?:\s+(?:of\s+)?" + word + r"){0,3})\b")
    titled: list[str] = []
    for text, _ in earlier:
        for match in title.finditer(text):
            name = re.sub(r"^(?:The|A|An)\s+", "", match.group(1))
            if name.split()[0] != head and not any(name in t or t in name for t in titled):
                titled.append(name)
    if titled:
        return titled[0] if len(titled) == 1 else None
    described = described_as(noun, earlier)
    if described:
        return described[0] if len(set(described)) == 1 else None
    if actor is not None and not _no_body(actor, noun):
        subjects = [subject for text, named in earlier if (subject := _opening_subject(text, named, names))]
        if all(_same_body(subject, actor) or _no_body(subject, noun) for subject in subjects):
            return actor
    found = referent("organisation", earlier, names, noun)
    if found is not None and other_kind(found, noun):
        return None  # "the group" after "... filed an appeal at the National Court": a court is no group
    return found


_INSTITUTION_HEADS = frozenset("""court tribunal council ministry department bank agency authority commission company
group union party association regulator board office government parliament committee fund institute university
police army school hospital foundation trust coalition alliance federation chamber exchange market""".split())
"""Head nouns that say what kind of body a name is ("National Court", "Nuclear Safety Council")."""
_SAME_KIND = {
    "company": frozenset({"group", "bank", "company", "fund", "trust"}),
    "firm": frozenset({"group", "bank", "company", "fund", "trust"}),
    "agency": frozenset({"agency", "authority", "office", "commission", "board", "council", "department"}),
    "organisation": _INSTITUTION_HEADS - {"court", "tribunal", "government", "parliament", "police", "army"},
    "organization": _INSTITUTION_HEADS - {"court", "tribunal", "government", "parliament", "police", "army"},
    "group": frozenset({"group", "coalition", "alliance", "association", "federation", "union", "foundation",
                        "trust", "fund", "company"}),
}
"""Which kinds of body a definite description's noun can point back at: "the group" a coalition or a
company group, never a court, a council or a ministry."""


def other_kind(name: str, noun: str) -> bool:
    """Whether *name* says by its own head noun that it is a kind of body "the <noun>" cannot mean
    ("National Court" for "the group", "Energy Ministry" for "the company")."""
    last = name.split()[-1].lower() if name.split() else ""
    return last in _INSTITUTION_HEADS and last != noun and last not in _SAME_KIND.get(noun, frozenset())


def _same_body(a: str, b: str) -> bool:
    """"Velmont" and "Velmont Pharmacy Group" name one body: one name's words open the other's."""
    short, long = sorted((a.split(), b.split()), key=len)
    return bool(short) and long[:len(short)] == short


def lede_actor(lede: tuple[str, Sequence[Named]], headline: str, names: Collection[str]) -> str | None:
    """The body a news source is about: the name its lede (its first sentence of body text, with what it
    names) opens on as its subject ("Brightcup Holdings cut the price range ...", "Velmont Pharmacy Group,
    the country's third-largest drugstore chain, filed ..."), when it is no person or place and its first
    word also heads the source's *headline*, or it is typed as an organisation; None otherwise. In news copy
    "the company" later in the story means that body unless a sentence right before opens on another."""
    text, named = lede
    apposed = re.match(r"(" + _APPOSED_NAME + r"),\s+(?:the|a|an)\s[^,]{1,100},\s+(?=[a-z])", text)
    if apposed is not None:  # "Velmont Pharmacy Group, the country's third-largest drugstore chain, filed ..."
        text = f"{apposed.group(1)} {text[apposed.end():]}"
    subject = _opening_subject(text, named, names)
    if subject is None or any(n.kind in ("person", "place") and _same_body(n.name, subject) for n in named):
        return None
    organisation = any(n.kind == "organisation" and _same_body(n.name, subject) for n in named)
    headline_words = _WORD.findall(headline)
    in_headline = bool(headline_words) and re.sub(r"['’]s$", "", headline_words[0]) == subject.split()[0]
    return subject if organisation or in_headline else None


_APPOSED_NAME = r"(?:" + _NAME_WORD + r"(?:\s+(?:of|for|and|de|du)\s+|\s+))*" + _NAME_WORD


def described_as(noun: str, earlier: Sequence[tuple[str, Sequence[Named]]]) -> list[str]:
    """The names *earlier* sentences give a description with *noun* for its head: "The environmental
    group Mar Viva", "Restitution Now, a heritage campaign group," or "a group, Restitution Now," ->
    "Mar Viva", "Restitution Now" (what "the group" points back at), in order of mention."""
    mods = r"(?:[a-z][\w'’-]*\s+){0,3}"
    before = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+" + mods + noun + r",?\s+(" + _APPOSED_NAME + r")")
    after = re.compile(r"(" + _APPOSED_NAME + r"),\s+(?:a|an|the)\s+" + mods + noun + r"\b(?!['’])(?=\s*[,.;:)—–])")
    found: list[tuple[int, int, str]] = []
    for index, (text, _) in enumerate(earlier):
        for pattern in (before, after):
            for match in pattern.finditer(text):
                name = re.sub(r"['’]s$", "", re.sub(r"^(?:The|A|An)\s+", "", match.group(1)))
                if name.split()[0] not in _CALENDAR and name.split()[0].lower() not in _OPENERS:
                    found.append((index, match.start(), name))
    return [name for _, _, name in sorted(found)]


@dataclass(frozen=True)
class Standalone:
    """A sentence made to stand alone by editorial marks."""

    quote: str
    """The quote as a brief prints it: "[Lena Voss] said ...", "... [Nvidia] is considering ..."."""
    reads: str
    """The whole sentence with the name in place and no marks, for reading its kind, speaker and figures."""


_TRAILING_SPEAKER = re.compile(
    r",\s+(?P<pronoun>he|she)\s+(?:(?:later|also|then)\s+)?(?:said|says|added|adds|told\s+(?:reporters|[a-z]+)|warned|"
    r"wrote|insisted|explained|argued|noted|maintained|confirmed|stressed)(?:\s+(?:on|in|at)\s+[\w.]+){0,2}\s*"
    r"[.!]?[\"”’']?\s*$")
"""A speaker given only by a pronoun at the end of a reported statement ("..., the ban would resume on
Nov. 17, he said."): the reader of one quoted sentence never met him."""


def trailing_pronoun_speaker(sentence: str) -> re.Match[str] | None:
    """Where *sentence*, outside its quotation marks, ends on a speaker given only by a pronoun ("The ballot
    will close on Nov. 14 ..., he said."), or None. ('"...," she said.' is `points_back`'s.)"""
    plain = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)
    found = _TRAILING_SPEAKER.search(plain)
    if found is None or not plain[:found.start()].strip(" ,\"“”"):
        return None
    return found


_SURNAME_SAID = re.compile(r"[\"”’']\s+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:said|says|added|adds|told)\b[^\"“”]*$")


def _quoted_surname(earlier: Sequence[tuple[str, Sequence[Named]]]) -> str | None:
    """The surname a quotation just before ends on as its speaker ('"...," Ingersen said.'), for the "she said"
    of the next sentence, when that sentence names no person (`referent` has no one typed a person)."""
    if not earlier:
        return None
    text, named = earlier[0]
    found = _SURNAME_SAID.search(text)
    if found is None or any(n.kind == "person" for n in named):
        return None
    return found.group("name")


def standalone_quote(sentence: str, earlier: Sequence[tuple[str, Sequence[Named]]],
                     names: Collection[str], actor: str | None = None) -> Standalone | None:
    """*sentence* as a quote that stands on its own, by the standard editorial marks, or None
    (when it stands alone as it is, or when the referent is not certain: then it is left out).

    "She said ..." -> "[Lena Voss] said ..." and "The company's shares ..." -> "[Dravik's] shares
    ..." when exactly one person or organisation of the right kind is named in *earlier* (the
    sentences just before it, with what they name); "According to a report by Reuters, local time
    on the 12th, the company is considering ..." -> "... [Nvidia] is considering ..." (a long
    attribution prefix elided, only when what is left stands alone). *actor*: the body its source's lede is
    about (`lede_actor`), which "the company" means unless a sentence just before opens on another."""
    attribution = _ATTRIBUTION_CLAUSE.match(sentence)
    prefix, rest = (sentence[:attribution.end()], sentence[attribution.end():]) if attribution else ("", sentence)
    if not rest:
        return None
    opening = _POINTING_SUBJECT.match(rest)
    trailing = trailing_pronoun_speaker(sentence)
    if trailing is not None and opening is None and not prefix:
        # "..., the ban would resume on Nov. 17, he said." -> "..., [Mallory] said.": the one person just named
        name = referent("person", earlier, names) or _quoted_surname(earlier)
        if name is None:
            return None
        at = trailing.start("pronoun")
        quote = f"{sentence[:at]}[{name}]{sentence[trailing.end('pronoun'):]}"
        return None if needs_antecedent(quote) else Standalone(
            quote, f"{sentence[:at]}{name}{sentence[trailing.end('pronoun'):]}")
    reads = sentence
    if opening:
        kind = "person" if opening.group("pronoun") else "organisation"
        name = referent(kind, earlier, names) if kind == "person" else titled_referent(
            opening.group("noun"), earlier, names, actor)
        if name is None:
            return None
        pre = opening.group("pre") or ""  # "A spokesman for [Iberenergia] said ...": who speaks for whom
        reads = prefix + pre + name + (opening.group("poss") or "") + rest[opening.end():]
        rest = f"{pre}[{name}{opening.group('poss') or ''}]{rest[opening.end():]}"
    elif not prefix:
        return None
    # Only an attribution to a named report or body ("a report by Reuters") is left out; "according
    # to two workers who asked not to be named" marks a claim as unconfirmed, and stays.
    long_prefix = bool(attribution and re.search(r"\s[A-Z]", prefix[len("according to"):]) and (
        attribution.group("clause") or len(prefix.split()) >= LONG_ATTRIBUTION_WORDS))
    quote = f"... {rest}" if long_prefix else prefix + rest
    if needs_antecedent(quote if long_prefix or not prefix else rest):
        return None
    return Standalone(quote, reads) if quote != sentence else None


# ---------------------------------------------------------------- references inside a sentence

_FRESH_MODIFIERS = ("new", "revised", "amended", "updated", "improved", "latest", "same", "reduced", "raised",
                    "lowered", "higher", "lower", "earlier", "previous")
""""the revised range", "the improved offer", "the same concern": a thing the sentence compares with, or
that replaced, something an earlier sentence stated."""
_REVISABLE = ("range", "figure", "figures", "estimate", "estimates", "forecast", "forecasts", "guidance", "target",
              "targets", "offer", "price", "prices", "date", "deadline", "total", "count", "level", "rate", "terms",
              "proposal", "timetable", "number", "numbers", "outlook")
"""What "new" compares with an earlier value of ("the new range", "the new date"), where "the new
cranes" or "the new rules" only says the thing is new."""
_DEFINING_NEXT = re.compile(
    r"\s*(?:$|[,;:(—–-]\s*(?:[A-Z\d£$€]|which|who|that)|(?:of|for|on|in|at|by|to|from|that|which|who|as|than|"
    r"with|under|over|last|this|next|a|an|since|until|between|against|per|[A-Z]\w*|\d)\b)")
""""the new range of 360 to 390", "the same period last year", "the new chief executive, Jane Doe",
"the new chief executive Jane Doe": what follows says which one."""
_FRESH_NP = re.compile(r"\b[Tt]he\s+(?P<mod>" + "|".join(_FRESH_MODIFIERS) + r")\s+(?P<noun>[a-z][a-z-]+)\b"
                       r"(?:\s+(?P<noun2>[a-z][a-z-]+)\b)?")
_GAVE_BEFORE = re.compile(
    r"(?i)\bthe\s+(?:[a-z-]+\s+){0,2}?(?:figures?|numbers?|estimates?|forecasts?|count|total|tally|data|"
    r"guidance|target|date|timetable|account|statement|range|outlook)\s+(?:it|he|she|they|we)\s+(?:had\s+)?"
    r"(?:gave|given|published|issued|released|reported|announced|provided|quoted|set|made)\b")
""""the figure it gave on Tuesday", "the booking figures it gave on Monday": an earlier statement the
sentence revises, not shown."""


def _gave_before(text: str) -> bool:
    """Whether *text* names an earlier statement it does not state (`_GAVE_BEFORE`): not when its words
    give that statement's value ("later than the January date it gave last week", "the 4% figure it
    gave on Monday": a month or a number before the noun)."""
    return any(not re.search(r"\d|\b(?:" + "|".join(MONTHS) + r")\b", match.group(0), re.IGNORECASE)
               for match in _GAVE_BEFORE.finditer(text))


_ALSO_REVISED = re.compile(
    r"^(?:[A-Z][\w'’&.-]*\s+){0,4}?(?:also|too)\s+(?:revised|corrected|amended|updated|restated|changed|lowered|"
    r"raised|cut|withdrew|reversed)\b"
    r"|^(?:The|Its|Their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+also\s+[a-z]+(?:ed|ave|ave|aid|old|ut|ew|ook|ent)\b")
""""The airline also revised ...", "The trust also said ...": another act of the same actor, which an
earlier sentence told."""
_REPLY = re.compile(
    r"(?i)^[\"'“‘]?(?:(?:maybe|perhaps|possibly|probably)(?:\s+so|\s+not)?|true|granted|fair enough|quite so|"
    r"so be it|not so|not quite|of course|no doubt|sure enough|sure|yes|no|right|agreed|admittedly)\s*[.!,;:—–]")
""""Maybe so.", "Granted, ...", "True, ...": a reply to a claim the reader has not seen."""
_CONTRASTIVE_CLEFT = re.compile(
    r"(?i)^what\s+(?:[a-z'’]+\s+){0,4}?(?:not|else|also|too|either)\b|\bso\s+(?:easily|quickly|readily|simply|"
    r"fast|soon|cheaply|lightly)\b(?![^.]*\bthat\b)")
""""What does not end so easily is ...": a contrast with something said before."""
_SPEECH_AFTER = re.compile(r"^[\s,.;:—–-]*(?:(?P<a>he|she|they|we|it)\s+(?:\w+\s+)?(?P<v>said|says|added|adds|told|"
                           r"tells|warned|wrote|insisted|explained|argued|continued|replied|noted)|"
                           r"(?:said|says|added|adds|told|warned|wrote|insisted|explained|argued|continued|replied|"
                           r"noted)\s+(?P<b>he|she|they|we))\b", re.IGNORECASE)
_POSSESSIVE_APPOSITION = re.compile(r",\s+the\s+(?!(?:world|country|nation)['’]s)[a-z][\w-]*['’]s\s+[a-z]")
_OPENERS = frozenset("""a an the this that these those when while if as after before since until although though but and
so yet we our i it its they their he she his her you there here what why how where who one some many most all no
not once in on at for from with by to of despite during under over""".split())
"""Words a sentence or a quotation opens on that name no one (a capitalised first word that is no such
word is a name: "Tollan, the country's fourth-largest grocer, said ...")."""
""""said Rachel Ndlovu, the authority's chief inspector": whose?"""


_AFTER_UNSEEN = re.compile(
    r"(?i)^(?:within\s+(?:(?:a\s+)?few\s+|several\s+)?(?:minutes|hours|days|weeks|moments)\s*,"
    r"|(?:(?:a\s+)?few\s+|several\s+|two\s+|three\s+)?(?:minutes|hours|days|weeks|moments)\s+later\b"
    r"|(?:a|one)\s+(?:day|week|month)\s+later\b"
    r"|the\s+(?:next|following|same)\s+(?:day|morning|evening|night|week)\b"
    r"|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)\b)")
"""A span of time told from an event the sentence does not name ("Within hours, Norway announced ...", "Two
days later, ...", "The next morning, ..."): after what?"""
_ANAPHORIC_NOUN = re.compile(r"\bthe\s+(?:matter|affair)\b(?!\s+(?:of|over|concerning|involving|surrounding|"
                             r"that|which|in\s+which)\b)", re.IGNORECASE)
"""A noun that only ever names what was told before ("to discuss the matter"): which matter?"""
_ARRANGEMENT_NOUNS = ("rules", "terms", "conditions", "agreement", "arrangement", "arrangements", "restrictions",
                      "settlement", "deal", "plan", "plans", "proposal", "proposals", "change", "changes", "move",
                      "decision", "ruling", "order", "measure", "measures", "scheme", "reforms", "compromise", "offer",
                      "framework", "regime", "cap", "limits", "cuts", "package")
"""Nouns of an act or arrangement a story tells ("the deal", "the interim rules", "the changes")."""
_FRONTED_DEFINITE = re.compile(
    r"^(?:Under|With|After|Following|Despite|Since|Before|Without|Through|Because\s+of|As\s+part\s+of|"
    r"In\s+line\s+with|Once)\s+the\s+(?:(?!and\b|or\b)[a-z][\w-]*\s+){0,2}?(?P<noun>"
    + "|".join(_ARRANGEMENT_NOUNS) + r")(?:\s*,\s|\s+(?=(?:the|it|they|he|she|we)\s+[a-z]))")
""""Under the interim rules, the fleet must shrink ...", "Under the deal, 1.2 billion crowns ...": a fronted
phrase whose definite arrangement, with no complement saying which ("Under the deal agreed on Friday, ..."),
a sentence before it told. The comma may be missing ("Under the deal the group will not ...")."""
_OWNER_BY_PRONOUN = re.compile(r"^(?:[A-Z][\w’'-]*\s+){1,3}?[A-Z][\w’'-]*,\s+(?:its|their)\s+[a-z]")
""""Gareth Mulholland, its operations director, said ...": the person is told by a role in a body that only a
pronoun names, and the pronoun points back to a sentence before (the director of what?)."""
_KIND_POSSESSIVE = re.compile(r"\bthe\s+(?P<kind>country|company|firm|group|city|region|island|islands|nation|"
                              r"ministry|bank|club|union|council)(?:'s|’s|s'|s’)\s", re.IGNORECASE)
_PROPER = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?!(?:" + "|".join(
    (*(word.capitalize() for word in MONTHS + WEEKDAYS), "I", "The", "A", "An")) + r")\b)[A-Z][a-z][\w’'-]*")


_AMOUNT = r"(?:[£$€¥]|[A-Z]{1,3}\$|\d)"
_PRONOMINAL_PART = re.compile(
    r"(?<![\w$£€¥])(?P<part>" + _AMOUNT + r"[\w.,$%]*(?:\s+(?:per\s?cent|percent|million|billion|trillion|thousand|[a-z]+)){0,3}"
    r"|half|most|much|some|part|all|none|(?:a|one|two)\s+(?:third|quarter|fifth)s?)"
    r"\s+of\s+(?:that|this|these|those|it|them)\b(?=\s*(?:[,;:.!?)—–]|$))")
"""A partitive whose whole is a bare pronoun ("about A$1.2 billion of that, wheat ...", "half of it."): the
pronoun stands for no noun (punctuation follows it), so the whole is an amount an earlier sentence gave."""
_RESIDUE = re.compile(r"\bthe\s+(?:rest|remainder)\b(?!\s+of\b)"
                      r"|\bthe\s+(?:(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|few)\s+)?remaining\b"
                      r"(?!\s+(?:\d[\d,.]*\s+)?(?:of|in)\b)", re.IGNORECASE)
"""A residue ("the rest", "the remainder", "the two remaining launches"): what is left of a whole; which
whole, and what was taken from it, the sentence must say itself."""


_WHOLE = re.compile(r"(?i)\b(?:of|out\s+of|among|from)\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?"
                    r"(?:[£$€]|[A-Z]{1,3}\$)?\d|\b(?:total|whole|all)\b")
"""A whole the sentence states before a residue ("Of the 46 million euros, ...", "a total of ...")."""


_NAMED_COMPLEMENT = re.compile(r"\b[a-z][\w'’-]*\s+(?:for|on|under|across|at|over|along|between)\s+$", re.IGNORECASE)
"""A preposition after a word before an uncounted residue ("a contract for the remaining stations"): the residue
only places the clause's own fact, which a reader takes whole; as a subject ("The remaining grants will be paid")
the residue is what the sentence is about, and which whole it is left from matters."""
_NOUN_AFTER = re.compile(r"\s+[a-z][\w'’-]*[a-z]")
"""The residue names what it counts ("the remaining stations"), not "the rest" alone."""


def residual_reference(sentence: str) -> bool:
    """Whether *sentence*, quotations included, takes a part of a whole only an earlier sentence states: a
    partitive on a bare pronoun ("Live cattle account for about A$1.2 billion of that, ...") with no amount
    before it in the sentence that the pronoun could stand for, or a residue with no whole stated before
    it in the sentence: a counted one ("The two remaining launches stay ...") with no other count before
    it ("would replace 1,600 bikes by May and the remaining 800": the counts add up to the whole), an
    uncounted one ("the rest", "the remainder") with no whole ("Of the 46 million euros, ... the rest")."""
    text = _OPENING.sub("", sentence)
    for match in _PRONOMINAL_PART.finditer(text):
        if not re.search(_AMOUNT, text[:match.start()]):
            return True
    for match in _RESIDUE.finditer(text):
        before = text[:match.start()]
        if re.search(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b", match.group()) \
                or re.match(r"\s+\d", text[match.end():]):
            if not re.search(r"\d", before):
                return True  # "The two remaining launches ...": counted, but left from what?
        elif _NAMED_COMPLEMENT.search(before) and _NOUN_AFTER.match(text[match.end():]):
            continue  # "agreed a contract for the remaining stations": a complement naming its kind, the clause's fact stands
        elif not _WHOLE.search(before) and not _PRONOMINAL_PART.search(before):  # "... 46 million. ... 30 of that, ... the rest"
            return True  # "... will still get 3.5 million euros, and the rest ...": the rest of what whole?
    return False


def unseen_referent(sentence: str, story: str = "") -> bool:
    """For an audience brief: whether *sentence* names, outside any quotation, what only a sentence
    before it in its source tells: a span of time from an event it does not name ("Within hours,
    Norway ..."), a noun that only refers back ("the matter"), a fronted phrase on a definite arrangement
    with no complement ("Under the interim rules, ..."; `_FRONTED_DEFINITE`), or a body by its kind in the possessive
    ("the country's total goods exports") when the sentence names no place or body at all and the
    brief's title or subject (*story*) has no such noun either ("the bank's rate" under a central bank's)."""
    text = _OPENING.sub("", sentence)
    outside = _QUOTED.sub(" ", text)
    if _AFTER_UNSEEN.match(text) or _ANAPHORIC_NOUN.search(outside) or residual_reference(text) \
            or _OWNER_BY_PRONOUN.match(text):
        return True
    fronted = _FRONTED_DEFINITE.match(text)
    if fronted is not None and not mentions(story, fronted.group("noun")):
        return True
    return bool(unseen_kinds(sentence, story))


def unseen_kinds(sentence: str, story: str = "") -> tuple[str, ...]:
    """The kinds of body *sentence* names only in the possessive ("ministry" of "The ministry's 40
    million euros remain on offer"), with no place or body named in it and none in *story*: what a
    statement the reader has met before it must name for it to stand (`unseen_referent`)."""
    outside = _QUOTED.sub(" ", _OPENING.sub("", sentence))
    if _PROPER.search(outside):
        return ()
    return tuple(dict.fromkeys(m.group("kind").lower() for m in _KIND_POSSESSIVE.finditer(outside)
                               if not mentions(story, m.group("kind"))))


def points_back(sentence: str) -> bool:
    """True when *sentence*, whatever it opens on, names something only an earlier sentence the
    reader has not seen explains: a definite "the new/revised/latest/same X" whose X it does not
    state itself ("the new range reflected ..."), "the figure it gave on Tuesday", "The trust also
    corrected ...", a reply to an unseen claim ("Maybe so.", "Granted, ..."), a contrast with one
    ("What does not end so easily is ..."), a quotation whose speaker is only a pronoun ("...,"
    she said). `needs_antecedent` reads the opening words only."""
    text = _OPENING.sub("", sentence)
    if not text:
        return False
    if _REPLY.match(text) or _CONTRASTIVE_CLEFT.search(text) or _gave_before(text) \
            or _ALSO_REVISED.search(text):
        return True
    for match in _FRESH_NP.finditer(text):
        noun, noun2 = match.group("noun"), match.group("noun2") or ""
        if noun in _TIME_NOUNS or noun in ("way", "one", "day", "days", "night", "and", "or", "but", "of", "to", "in",
                                            "for", "is", "was", "are", "were", "has", "had", "will", "would"):
            continue  # "the latest and greatest hardware": no noun it names
        if match.group("mod") == "new" and noun not in _REVISABLE and noun2 not in _REVISABLE:
            continue
        if _DEFINING_NEXT.match(text[match.end("noun"):]) or noun2 and _DEFINING_NEXT.match(text[match.end("noun2"):]):
            continue
        before = text[:match.start()].lower()
        if any(re.search(r"\b" + re.escape(word[:max(4, len(word) - 2)]), before) for word in (noun, noun2) if word):
            continue  # "a range of 360 to 390 ... the new range": stated in the sentence itself
        return True
    if sentence.lstrip()[:1] in "\"“‘«":
        closing = _QUOTED.match(sentence.lstrip())
        after = sentence.lstrip()[closing.end():] if closing else ""
        if _SPEECH_AFTER.match(after) and not re.search(r"\b[A-Z][a-z]", after):
            return True  # '"We would rather wait," she said.': who is she?
    return False


_WHOSE_ROLE_AFTER = re.compile(r"^[\s,.;:—–-]*(?:said|says|added|adds|told|warned|wrote|insisted|explained|argued|"
                               r"continued|replied|noted)\s+(?:its|his|her|their)\s+[a-z]", re.IGNORECASE)


def speaker_by_pronoun(sentence: str) -> bool:
    """True when a quotation's speaker is named only by a role in a body a pronoun stands for
    ('"Two years is not enough," said its chair, Rune Dahl.'): the chair of what? Read for the
    audience briefs (`compose.standalone`); the digest keeps `points_back`."""
    text = sentence.lstrip()
    if text[:1] not in "\"“‘«":
        return False
    closing = _QUOTED.match(text)
    return bool(closing and _WHOSE_ROLE_AFTER.match(text[closing.end():]))


def unnamed_body(sentence: str) -> bool:
    """True when *sentence* gives a speaker's role in a body it names only by a common noun
    ("..., said Rachel Ndlovu, the authority's chief inspector") and names no body itself:
    which authority? (A Stakeholder row names the body its source means; a bullet cannot.)"""
    plain = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)  # outside quotation marks
    apposition = _POSSESSIVE_APPOSITION.search(plain)
    if not apposition:
        return False
    # Names besides the speaker's (the run of capitalised words just before the apposition),
    # not counting a sentence's or a quotation's first word.
    runs = [m for m in re.finditer(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", sentence)
            if m.end() != apposition.start() and (" " in m.group() or m.group().lower() not in _OPENERS
                                                  or not re.search(r"(?:^|[.!?\"“‘(]\s*)$", sentence[:m.start()]))]
    return not runs


# ---------------------------------------------------------------- a definite description that refers back

_VERB_CUES = frozenset("""is are was were has have had will would could can may might must should shall did does do
said says told added also now still then not never already only again remains remained became""".split())
"""Words that end a sentence's subject noun phrase and open its verb phrase."""
_THE_NP = re.compile(r"^[Tt]he\s+((?:(?:[a-z][a-z-]*|" + OFFICE_TITLE + r"(?=\s+[a-z]))(?:['’]s)?\s+){1,4})")
"""A definite description: lower-case words, or a title a press release capitalises ("The Minister added ...")."""
_CAPITALISED_NAME = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:of|and|for|de)\s+[A-Z][\w’'&-]*|\s+[A-Z][\w’'&-]*)*")
"""A run of capitalised words, joined by "of", "and", "for" ("Competition and Markets Authority"); not "on",
which joins a name to a day ("... Service on Tuesday")."""
_BODY_SENTENCE = re.compile(r"[.!?:][\"”’)]*\s*$")


@dataclass(frozen=True)
class BackReference:
    """A sentence's subject "The union ..." whose head noun an earlier sentence of its source introduced."""

    phrase: str
    """The noun phrase as written ("The union", "The arts council's")."""
    head: str
    """Its head noun ("union")."""
    modifiers: tuple[str, ...]
    """The words between "The" and the head ("arts")."""


def _subject_np(sentence: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(phrase, head, modifiers) of a subject "The [modifier ...] head" with nothing after the head that
    says which one (no "of ...", "that ...", no apposition): the head is the word before the verb."""
    text = _OPENING.sub("", sentence)
    match = _THE_NP.match(text)
    if not match:
        return None
    tokens = match.group(1).split()
    rest = text[match.end():]
    following = _WORD.match(rest)
    if following:
        tokens.append(following.group())
    for strong in (True, False):
        for i in range(min(3, len(tokens) - 1)):
            head, after = tokens[i], tokens[i + 1]
            possessive = head.endswith(("'s", "’s"))
            head = re.sub(r"['’]s$", "", head)
            if strong:
                found = possessive or after in _VERB_CUES or (after.endswith("ed") and len(after) > 4)
            else:
                found = i == 0 and after.endswith("s") and not after.endswith(("ss", "'s", "’s")) and after.isalpha()
            if found and head.isalpha() and len(head) > 2:
                phrase_end = re.search(r"\b" + re.escape(tokens[i]) + r"(?!\w)", text)
                if phrase_end is None:
                    return None
                return text[:phrase_end.end()], head, tuple(tokens[:i])
    return None


_REPORTED_SUBJECT = re.compile(r"\b(?:said|says|told \w+|added|argued|warned|insisted|was confident|is confident)\s+"
                               r"(?:that\s+)?(?=[Tt]he\s)")
"""A verb of saying whose complement clause opens on "the": "... said the model would raise ...": that clause's
subject is read as a sentence's subject is."""


_PRESENT_CLAUSE = re.compile(r"^[Tt]he\s+(?P<mods>(?:[a-z][a-z-]+\s+){0,2})(?P<head>[a-z][a-z-]+)(?=\s+[a-z]+(?<!s)s\s+"
                             r"(?:the|a|an|its|their|his|her|\d))")
"""A subject "The transport agreement" before a verb in the present tense and its object ("caps the national
share ..."), which `_subject_np` reads only after a one-word description."""


def definite_descriptions(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """(head, modifiers) of the definite descriptions a reader must already know to read *sentence*: its
    subject ("The loan scheme's repayment threshold was raised ...": "scheme", ("loan",)) and the subject of
    a clause reported after a verb of saying ("..., said the model would raise ..."); none for a time ("The
    year ...")."""
    found = []
    for text in (sentence, *(sentence[m.end():] for m in _REPORTED_SUBJECT.finditer(sentence))):
        described = _subject_np(text)
        present = _PRESENT_CLAUSE.match(_OPENING.sub("", text)) if described is None else None
        if present is not None:
            described = (present.group(), present.group("head"), tuple(present.group("mods").split()))
        if described is None:
            continue
        _phrase, head, modifiers = described
        if head in _TIME_NOUNS or head in ("way", "end", "first", "most", "best", "rest", "same", "other"):
            continue
        found.append((head, modifiers))
    return found


def introduces(text: str, head: str, modifiers: Sequence[str]) -> bool:
    """Whether *text* introduces what "the <modifiers> <head>" names, by an indefinite description of it ("a
    state-backed student loan scheme" for "the loan scheme"): a referent new to the reader there, known after."""
    return _introduction(head, tuple(modifiers)).search(text) is not None


def _head_stem(head: str) -> str:
    """*head* without a plural "s" ("schemes": "scheme"): an introduction may give either number."""
    return head[:-1] if head.endswith("s") and len(head) > 4 else head


def _introduction(head: str, modifiers: tuple[str, ...]) -> re.Pattern[str]:
    """What `introduces` looks for: "a" or "an", up to three words, the *modifiers*, the head in either number."""
    return re.compile(r"(?i)\b(?:a|an)\s+(?:[\w'’\"“”-]+\s+){0,3}" + "".join(re.escape(m) + r"\s+" for m in modifiers)
                      + re.escape(_head_stem(head)) + r"(?:s|es)?(?!\w)")


_LEADING_WORD = re.compile(r"\w+")
_OPENING_WORDS = re.compile(r"(?<!\S)\w+")
"""The word characters that open each run of non-space of a text."""
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
"""The letters outside ASCII that a case-blind regular expression takes for an ASCII one ("İ", "ı" for "i", the
long "ſ" for "s"; the Kelvin sign lowers to "k" by itself): `Introductions` folds them as the search would."""


class Introductions:
    """The sentences of a set of texts that introduce a description (`introduces`), found through an index of
    the words that open each sentence's words, built once: asking for every description a brief's statements
    take as known costs the sentences that share its head's word, not every sentence of every source."""

    def __init__(self, texts: dict[str, list[str]]) -> None:
        self.texts = texts
        """Per source, its sentences."""
        self.order = {source: n for n, source in enumerate(texts)}
        self.by_word: dict[str, list[tuple[str, int]]] = {}
        """Each word opening a run of non-space (its letters and digits, folded to lower case): the sentences
        (source, index) that have it. The head an introduction ends on opens such a run ("scheme," "scheme-wide")."""
        for source, sentences in texts.items():
            for i, text in enumerate(sentences):
                for word in set(" ".join(_OPENING_WORDS.findall(text)).translate(_FOLD_TO_ASCII).lower().split()):
                    self.by_word.setdefault(word, []).append((source, i))

    def of(self, head: str, modifiers: tuple[str, ...]) -> list[tuple[str, int]]:
        """(source, index) of every sentence that introduces "the <modifiers> <head>", in order."""
        pattern, stem = _introduction(head, modifiers), _head_stem(head)
        opening = _LEADING_WORD.match(stem)
        if opening is None or not stem.isascii():  # the index folds case as the search does for ASCII only
            return [(source, i) for source, sentences in self.texts.items()
                    for i, text in enumerate(sentences) if pattern.search(text)]
        word = opening.group().lower()
        ends = ("", "s", "es") if len(word) == len(stem) else ("",)  # a head's own hyphen ends the word
        near = {at for end in ends for at in self.by_word.get(word + end, ())}
        return [(source, i) for source, i in sorted(near, key=lambda at: (self.order[at[0]], at[1]))
                if pattern.search(self.texts[source][i])]


def mentions(text: str, noun: str) -> bool:
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun
    return re.search(r"(?i)(?<!\w)" + re.escape(stem) + r"(?:s|es)?(?!\w)", text) is not None


def back_reference(sentence: str, earlier: Sequence[str]) -> BackReference | None:
    """The subject of *sentence* when it is a definite description ("The union represents ...", "The
    ministry will also provide ...") whose head noun one of the *earlier* sentences of its source (its
    body: a headline is no antecedent) already used: in the source it names what that sentence named,
    and a reader of the sentence alone cannot tell what. A description whose head is new to the source
    introduces its referent ("The county environment agency said ..." opening a report) and stands."""
    found = _subject_np(sentence)
    if found is None:
        return None
    phrase, head, modifiers = found
    if head in _TIME_NOUNS or head in ("way", "end", "first", "most", "best", "rest"):
        return None
    if not any(_BODY_SENTENCE.search(s) and mentions(s, head) for s in earlier):
        return None
    return BackReference(phrase, head, modifiers)


_SHORT_FORM = re.compile(r"^(?P<phrase>The\s+(?P<head>[A-Z][a-z]{2,})(?P<poss>['’]s)?)\s+(?P<next>[a-z]+)")
_NEXT_PAST = frozenset("said told made took won lost sought brought went gave held met began chose ran sent kept set "
                       "put cut led hit saw got left paid spent built bought sold thought felt found stood".split())
"""The irregular past forms (`words.IRREGULAR_PAST`) that follow a body's short form in news copy ("The Alliance
said", "The Union won")."""
_VERB_NEXT = re.compile(r"[a-z]+(?:ed|s)|will|would|can|could|may|might|must|should|shall|did|had|has|is|was|"
                        + "|".join(sorted(_NEXT_PAST)) + r"|also|now|still|then|again|too")
"""The word after a short form that is the subject's head: a verb ("The Alliance said", "argues", "will"); a noun
after it ("The Trump administration") makes the capitalised word a modifier, no short form of a body's name."""
"""A subject that is one capitalised word after "The" ("The Alliance said ...", "The Union's lawyers ..."),
followed by a lower-case word: in news copy, the short form of a longer name the copy gave before."""


def short_form(sentence: str, earlier: Sequence[str]) -> BackReference | None:
    """The subject of *sentence* when it is the short form of a name ("The Alliance" for "the Irish
    Motorists Alliance", "The Union" for "The Musicians' Union") that one of the *earlier* sentences of
    its source (its body) gave in full: a name of two or more capitalised words with that word among
    them. A reader of the sentence alone cannot tell which alliance; `name_for` finds the one name."""
    text = _OPENING.sub("", sentence)
    match = _SHORT_FORM.match(text)
    if match is None:
        return None
    head = match.group("head")
    if re.fullmatch(OFFICE_TITLE, head) or head.lower() in _OPENERS:
        return None  # "The Minister said ...": a title, read by `back_reference`
    if not match.group("poss") and not _VERB_NEXT.fullmatch(match.group("next")):
        return None  # "The Trump administration ...": "Trump" modifies the noun after it
    for s in earlier:
        if not _BODY_SENTENCE.search(s):
            continue
        for name in _CAPITALISED_NAME.finditer(s):
            words = [re.sub(r"['’]s$", "", w) for w in re.sub(r"^(?:The|A|An)\s+", "", name.group()).split()]
            # a body's name ends on its head noun ("Irish Motorists Alliance", "Society of Tidal Engineers"); a
            # person's name has no short form
            ends = words[-1] == head or head in words[:-1] and words[words.index(head) + 1] in ("of", "for", "on")
            if len(words) >= 2 and ends and not any(re.fullmatch(OFFICE_TITLE, w) for w in words):
                return BackReference(match.group("phrase"), head, ())
    return None


_DEMONSTRATIVE = re.compile(r"(?:(?<![\w'’])(?:this|those|these)|\b(?:after|until|before|at|in|on|under|from|by|"
                            r"with|for|to|of|since|during|despite|against|over|about)\s+that)"
                            r"\s+(?P<noun>[a-z][a-z-]{2,})\b"
                            r"(?![\s,]*(?:of|which|who|whose|that|where|when|in\s+which|[A-Z\d£$€\"“(]))")
"""A demonstrative noun phrase inside a sentence ("until after that meeting", "under those terms"; "that"
only after a preposition, where it is no conjunction: "said that companies ...") with nothing after its noun that says which one (no "of ...", no relative clause, no name or figure)."""
_NOT_A_NOUN = frozenset("""is was are were has had have will would could should can may might must does did do
be been being year week month morning afternoon evening weekend season quarter spring summer autumn fall winter
time century decade day night point stage way kind sort type much many far long early late one ones""".split())
"""Words after "that"/"this" that are a verb ("that is"), a time counted from now ("this year", "that day"), or
no noun a reader needs told ("that way", "this kind", "that far")."""


def demonstrative_reference(sentence: str, earlier: Sequence[str]) -> str | None:
    """The noun of a demonstrative phrase in *sentence*, outside any quotation ("until after that meeting"),
    that one of the *earlier* sentences of its source (its body) used: that phrase means what that sentence
    told, and a reader of *sentence* alone cannot tell which meeting. None when the sentence itself used
    the noun before the phrase, or no earlier sentence did (the demonstrative then points ahead or at
    the world: "this summer", "that is")."""
    outside = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)  # a quotation's "this city" is the speaker's
    for match in _DEMONSTRATIVE.finditer(outside):
        noun = match.group("noun")
        if noun in _NOT_A_NOUN or noun.endswith("ly") or mentions(outside[:match.start()], noun):
            continue
        if any(_BODY_SENTENCE.search(s) and mentions(s, noun) for s in earlier):
            return noun
    return None


def name_for(reference: BackReference, earlier: Sequence[str]) -> str | None:
    """The one proper name in *earlier* (the source before the sentence) that the description can mean:
    a capitalised name with the head noun and every modifier among its words ("the union" -> "University and
    College Staff Union", "the arts council" -> "Regional Arts Council"); None when none or several."""
    names: list[str] = []
    for text in earlier:
        for match in _CAPITALISED_NAME.finditer(text):
            name = re.sub(r"['’]s$|(?<=s)['’]$", "", re.sub(r"^(?:The|A|An)\s+", "", match.group()))
            words = {w.lower() for w in name.split()}
            if len(name.split()) < 2 and not name.isupper():
                continue  # one capitalised word: a sentence's first word, or a bare surname
            if mentions(name, reference.head) and all(m in words for m in reference.modifiers):
                if not any(name in n for n in names):
                    names = [n for n in names if n not in name] + [name]
    return names[0] if len(names) == 1 else None


_NAME_OPENING = re.compile(r"^(?:The\s+)?(?!The\s)[A-Z][\w’'&-]*(?:\s+(?:of|and|for|de)?\s*[A-Z][\w’'&-]*)+(?:['’]s)?\s+[a-z]")
"""A sentence opening on a proper name of two or more words followed by its verb ("The Lindqvist Institute said
...", "Northway Radio offered ..."): it names the body it is about."""


def renames(sentence: str, previous: str, story: str = "") -> bool:
    """Whether *sentence*'s subject is a description new to its source ("The regulator said ...", "The final
    report said ...") straight after a sentence that opens on a body's name ("The Competition and Markets
    Authority said ..."): in news copy, a later mention of what that sentence named, by a word for its kind, and
    a reader of the sentence alone cannot tell which. Not when the brief's title or subject (*story*) uses the
    noun, nor for a time ("The year ...")."""
    found = _subject_np(sentence)
    if found is None:
        return False
    _phrase, head, _modifiers = found
    if head in _TIME_NOUNS or head in ("way", "end", "first", "most", "best", "rest") or mentions(story, head):
        return False
    return bool(_NAME_OPENING.match(_OPENING.sub("", previous)))


_UP = r"gain|ris[ei]|rose|risen|increas|jump|climb|grew|grow|surg|soar|rall|rebound|higher|up\s+(?:from\s+)?(?:the\s+)?\d|up\s+from"
_DOWN = r"fall|fell|fallen|drop|declin|decreas|slump|slid|lost|los[es]|cut|shed|plung|tumbl|lower|down\s+(?:from\s+)?(?:the\s+)?\d|down\s+from"
_EVENT_NOUNS: dict[str, str] = {
    # a change of an amount: told before by any word of a change in the same direction
    **dict.fromkeys(("gain", "gains", "rise", "rises", "increase", "increases", "jump", "surge", "rally", "rebound"),
                    _UP),
    **dict.fromkeys(("fall", "falls", "drop", "drops", "decline", "decrease", "slump", "slide", "loss", "losses",
                     "setback"), _DOWN),
    "overrun": r"overrun|over\s+budget|cost",
    # an occurrence named only by the word for one: told before by the word of what happened
    "incident": r"incident|riot|disturb|clash|fight|attack|crash|collision|accident|explo|fire|leak|spill|injur|hurt|"
                r"kill|stab|shot|shoot|derail|collaps|flood|collid|struck|erupt|broke\s+out|protest",
    "shortfall": r"shortfall|short\s+of|gap|deficit",
    # an occurrence: told before by its verb, or (a crowd, a turnout) by the gathering it counts
    "ruling": r"rul(?:e|ed|ing)", "verdict": r"verdict|rul(?:e|ed)|found|convict|acquit",
    "judgment": r"judg|rul(?:e|ed)", "judgement": r"judg|rul(?:e|ed)",
    "decision": r"decid|decision|approv|reject|grant|chose|choos|vot(?:e|ed)\s+(?:\d|to|for|against)|rul(?:e|ed)\b", "vote": r"vot", "approval": r"approv|vot(?:e|ed)\s+(?:\d|to\s+approve|for)",
    "rejection": r"reject|vot(?:e|ed)\s+(?:\d|against)", "delay": r"delay|postpon|push(?:ed)?\s+back|late|extend|defer|slip",
    "postponement": r"postpon|delay", "crowd": r"crowd|march|gather|protest|rall|demonstrat|attend|rode|walked|ran\b",
    "turnout": r"turnout|vot|crowd|march|gather|protest|rall|demonstrat|attend|rode|walked|ran\b",
    "walkout": r"walk(?:ed)?\s*out|strike",
    # what was made known or asked for: told by its announcing, or by the orders that made it
    "news": r"announc|unveil|disclos|report(?:ed|s)?\b|news|publish|warn(?:ed|ing|s)\b",
    "demand": r"demand|orders?\b|bids?\b|subscri|sought|appli",
}
_AMOUNT_MODIFIER = re.compile(
    r"\b(?:rents?|tolls?|rates?|prices?|fares?|fees?|tax|taxes|tariffs?|levy|levies|wages?|pay|salary|salaries|"
    r"pensions?|premiums?|bills?|charges?|costs?|interest|share|stock|yields?|sales|profits?|revenues?|earnings|"
    r"output|exports?|imports?|budget|spending|debt|deficit|inflation|unemployment|turnover|income|dividend)\s+$")
"""A noun modifier naming the amount a change moved ("the rent rise", "the water rate increase", "the toll
rise"): it tells which change, as "the rise in rent" does (`_EXPLAINING_NEXT`)."""
_COURTED = re.compile(r"(?i)\b(?:risk(?:s|ed|ing)?|court(?:s|ed|ing)?|woo(?:s|ed|ing)?|lose|loses|losing|alienat\w*|"
                      r"win\s+over|chas(?:e|es|ed|ing))\s+$")
"""A verb whose object "the <adjective> vote" is a body of voters ("risk the coastal vote"), not a ballot."""
_ALONE_AFTER = {"news": re.compile(r"\s*(?:[,.;:)]|$|(?:and|but|as|while|after|before|with|on)\b)")}
"""Heads that are an event only when nothing follows them in the phrase ("on the news.", not "the news
conference", "the news agency")."""
_COMPARATIVE = r"(?:higher|lower|smaller|larger|bigger|greater|cheaper|dearer|weaker|stronger|faster|slower|fewer|worse|better)"
_COMPARED = re.compile(
    r"(?:\b(?P<verb>put|puts|putting|estimated?|estimates|sees|saw|forecast|forecasts|projected|projects)\s+"
    r"(?:(?:the|its|their|his|her|this|that)\s+)?(?:[\w-]+\s+){0,4}?"
    r"|\b(?P<deg>slightly|somewhat|much|far|a\s+little|a\s+bit|a\s+touch|marginally|considerably|significantly|"
    r"substantially|even)\s+)(?P<cmp>" + _COMPARATIVE + r")\b(?=\s*(?:[,;:)]|\.(?!\d)|$|at\s+[£$€\d]))")
_SOONER = re.compile(r"\b(?:could|may|might|would|will|can|should)\s+(?:(?:now|still|even|also)\s+)?"
                     r"(?:come|happen|start|resume|restart|open|reopen|arrive|return|finish|end)\s+sooner\b")
""""A partial restart could come sooner": sooner than a date the sentence does not give."""
_MOVED = re.compile(r"(?i)\b(?:closed|ended|finished|opened|traded|trading|moved|edged|rose|fell|went|revised|trended|"
                    r"drifted|pushed|nudged|came|ticked|rated|priced|marked|turned|is|are|was|were|be|been)\s+$")
_DEGREE_END = re.compile(r"(?:slightly|somewhat|much|far|a\s+little|a\s+bit|a\s+touch|marginally|considerably|"
                         r"significantly|substantially|even)\s+$")
_SOME_AMOUNT = re.compile(r"[£$€]\s?\d|\d[\d.,]*\s*(?:%|percent|per\s+cent|points?|million|billion|bn|m\b|cents?|euros?|"
                          r"dollars?|pounds?|francs?|kronor|yen)", re.IGNORECASE)
_ADDED = re.compile(r"\b(?:added|adds)\b(?=\s+that\b|\s*[,.:;]|\s*$)")
""""added" as a verb of saying: what is said is an addition to something said before."""
_EVENT_DETERMINER = (r"(?P<det>\b[Tt]he|\b(?:[Ll]ast|[Tt]his|[Pp]revious)\s+(?:week|month|year|weekend)['’]s|"
                     r"\b(?:[Yy]esterday|[Tt]oday|[Ss]unday|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|"
                     r"[Ss]aturday)['’]s)")
_EVENT_NP = re.compile(_EVENT_DETERMINER + r"\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>"
                       + "|".join(sorted(_EVENT_NOUNS, key=len, reverse=True)) + r")\b(?!['’-])")
_EXPLAINING_NEXT = re.compile(
    r"^\s*(?:of|in|on|over|against|to|for|by|from|that|which|between|under|since|announced|agreed|reached|"
    r"handed|issued|passed|taken|due|expected|planned)\b|^\s*[,(—–-]*\s*[\d£$€]")
"""Words after an event's head that tell which it is ("the rise in the retirement age", "the delay of six
months", "the decision to sell", "the ruling by the court", "the vote that ..."): it explains itself."""


def unseen_event(sentence: str, story: str = "") -> str | None:
    """For an audience brief: the definite description of an event or an amount in *sentence*, outside any
    quotation, that nothing before it in the sentence has told and that does not tell itself which it is,
    or None: "wiping out most of the gain made on the day of the approval" after "Shares ... fell 4.3
    percent" (a fall tells no gain), "Police put the crowd at 45,000" (what gathered?), "after last week's
    court ruling" (which ruling, and when?), "said the decision showed" (which decision?). A description is
    told by a word of the same event before it ("rose ... the rise", "marched ... the crowd"), by a number,
    name or month among its modifiers ("the 6.8 percent gain", "the Supreme Court ruling", "the October
    vote"), by words after it saying which ("the rise in the retirement age", "the delay of six months"),
    or by the brief's title or subject (*story*) using its noun. A pair of sentences is read as one: its
    first sentence tells what the second's description means."""
    whole = sentence.strip()
    text = _QUOTED.sub(lambda m: " " * len(m.group()), whole)  # a speaker's own words are the speaker's
    for match in _EVENT_NP.finditer(text):
        head, mods = match.group("head"), match.group("mods")
        if re.search(r"\d|\b[A-Z]", mods) or _EXPLAINING_NEXT.match(text[match.end():]):
            continue
        if not match.group("det").lower().endswith("the") and mods.strip():
            continue  # "last week's court ruling": the kind of event and its time; the citation dates the week
        if mods.strip() in ("same", "new", "other") or re.search(r"\b(?:first|second|next|final)\s*$", mods):
            continue  # "the same gain", "the first vote": a comparison or a count, read by points_back
        if story and re.search(r"(?i)\b" + re.escape(head[:max(4, len(head) - 2)]), story):
            continue
        if _EVENT_NOUNS[head] in (_UP, _DOWN) and _AMOUNT_MODIFIER.search(mods):
            continue  # "the rent rise" is "the rise in rent", which tells which amount moved
        if head == "vote" and mods.strip() and _COURTED.search(text[:match.start()]):
            continue  # "will not risk the coastal vote": a body of voters, not a ballot held
        if head in _ALONE_AFTER and not _ALONE_AFTER[head].match(text[match.end():]):
            continue  # "the news conference": a kind of thing, not an event
        before = whole[:match.start()]  # what a speaker quoted before it says tells it too
        if re.search(r"(?i)\b(?:" + _EVENT_NOUNS[head] + r")", before):
            continue
        return match.group().strip()
    return unseen_occurrence(whole) or unseen_comparison(whole) or unseen_addition(whole) or unseen_object(whole)


_STANCE_VERB = (r"(?:reject|disput|den(?:y|ies|ied|ying)|dismiss|contest|challeng|question|refut|deplor|condemn|"
                r"welcom|accept|endors|back(?:s|ed|ing)?\b|support|oppos|criticis|criticiz|agree(?:s|d)?\s+with)")
_BARE_OBJECT = re.compile(
    r"\b" + _STANCE_VERB + r"[a-z]*\s+(?P<object>that|this|these|those|it|them|(?:the|that|this|these|those)\s+(?:idea|proposal|proposals|claim|"
    r"claims|figure|figures|suggestion|assertion|view|argument|charge|charges|allegation|allegations|estimate|"
    r"characteri[sz]ation|account|assessment|offer|move|plan|premise|notion|criticism|accusation|version|number|numbers))"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:outright|strongly|flatly|firmly|entirely|completely|immediately|publicly|again|"
    r"too|as\s|on\s|in\s+a\s|at\s+a\s|last\s|yesterday|today|when\s|because\s|but\s|and\s+said|saying\s))")
"""A verb of stance whose object is only a pointer ("Reddy rejected that.", "Obi disputes this.", "The council
dismissed the idea on Monday."): what is rejected is what the sentence before told. "denied that he knew"
(a clause), "rejected the idea of a trust" and "the claim that ..." say it themselves."""


def unseen_object(sentence: str) -> str | None:
    """The stance verb and its bare object in *sentence* ("rejected that", "disputes the figure"), outside any
    quotation, when no sentence before it in *sentence* (a pair quoted together) tells what it is; else None.
    A bullet or a disagreement's side that reads "Halvard disputes that." shows a stance on nothing."""
    whole = sentence.strip()
    text = _QUOTED.sub(lambda m: " " * len(m.group()), whole)
    for match in _BARE_OBJECT.finditer(text):
        if _EARLIER_SENTENCE.search(whole[:match.start()]):
            continue
        if " " in match.group("object") and re.search(
                r"(?i)\b" + re.escape(match.group("object").split()[1][:4]), whole[:match.start()]):
            continue  # "proposed a levy ... critics rejected the proposal": told in the sentence itself
        return match.group().strip()
    return None


_BARE_INVOLVED = re.compile(r"\b(?:were|was|are|is|been|being)\s+(?:also\s+|directly\s+|not\s+)?involved\b"
                            r"(?!\s+(?:in|with|at|on|from)\b)")
"""A part taken in an event the clause does not name ("about 40 inmates were involved"): in what?"""
_NEWLY_DONE = re.compile(r"\b[Tt]he\s+(?:newly|recently|just)[\s-]+(?P<verb>[a-z]+ed)\s+[a-z][\w-]*")
"""A thing named by an act just done to it ("the newly published addresses"): which act, done by whom?"""
_EARLIER_SENTENCE = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")


def unseen_occurrence(sentence: str) -> str | None:
    """The words of *sentence*, outside any quotation, that take part in or follow from an occurrence nothing
    before them in *sentence* tells, or None: "about 40 inmates on D-wing were involved" (in what?), "the
    newly published addresses" (published when, by whom?). A sentence quoted before it in the same quote
    tells it ("Prisoners refused to return to their cells ... About 40 were involved"), and so does the act's
    own verb before it ("... published the addresses; the newly published addresses ...")."""
    whole = sentence.strip()
    text = _QUOTED.sub(lambda m: " " * len(m.group()), whole)
    for found in (_BARE_INVOLVED.search(text), _NEWLY_DONE.search(text)):
        if found is None or _EARLIER_SENTENCE.search(whole[:found.start()]):
            continue
        if "verb" in found.groupdict() and re.search(r"(?i)\b" + re.escape(found.group("verb")[:-2]),
                                                     whole[:found.start()]):
            continue
        return found.group().strip()
    return None


def unseen_comparison(sentence: str) -> str | None:
    """The comparative in *sentence*, outside any quotation, whose other term nothing before it in the
    sentence gives, or None: "He put the income loss slightly lower, at 160 million euros" (lower than
    what?), "put the remaining shortfall slightly higher". A comparison gives its other term itself with
    "than" ("slightly higher than expected"); a move ("shares closed slightly higher", "was revised
    lower") compares with the amount before the move; an amount earlier in the sentence, or in the
    sentence quoted before it, is the term it is compared with."""
    whole = sentence.strip()
    text = _QUOTED.sub(lambda m: " " * len(m.group()), whole)
    for match in _SOONER.finditer(text):
        if not re.match(r"\s+than\b", text[match.end():]):
            return match.group().strip()
    for match in _COMPARED.finditer(text):
        if _MOVED.search(_DEGREE_END.sub("", text[:match.start("cmp")])):
            continue  # "closed slightly higher", "was revised lower": compared with where it was
        if re.search(r"\bthan\b", text[match.end():]) or _SOME_AMOUNT.search(text[:match.start()]):
            continue
        return match.group().strip()
    return None


def unseen_addition(sentence: str) -> str | None:
    """"added" when *sentence* reports what someone added ("State secretary Ilse Brandt added that the
    government would not set a floor price", "He added that construction would start in March") and
    nothing before it in the sentence (a speech of its own, outside quotation marks, or the sentence quoted
    before it) is what it adds to; else None. '"...," she said, and added that ...' adds to what it said."""
    text = _QUOTED.sub(lambda m: " " * len(m.group()), sentence.strip())
    for match in _ADDED.finditer(text):
        before = text[:match.start()]
        if re.search(r"[.!?]\s+\S", before) or re.search(r"\b(?:said|says|told|stated|wrote|argued|warned)\b", before):
            continue
        return match.group()
    return None


_NP_END = (r"(?![\w-])(?=\s*(?:[,.;:)!?]|$|(?:and|but|or|as|while|after|before|with|on|in|at|for|from|to|was|is|were|are|"
           r"had|has|have|would|will|could|can|may|might|should|said|says|because|since|when|if|though|although|"
           r"it|they|he|she|we)\b))")
_BARE_DEFINITE = re.compile(r"\bthe\s+(?P<mods>(?:[a-z][\w-]*\s+){0,1}?)(?P<head>[a-z][a-z-]{2,})" + _NP_END)
"""A definite description that ends where a phrase ends ("because of the strike.", "joined the march on
Sunday"): nothing after it says which one it is ("the strike at the port" does)."""
_NOT_ANAPHORIC = frozenset("""way end first most best rest same other others latter former world country
public past future moment time day days people city state region area market economy industry sector
government parliament police press media country's number amount majority minority""".split())
_SECURITY = re.compile(r"\bthe\s+(?P<head>stock|shares)" + _NP_END)
_ROLE = (r"(?:chief\s+executive(?:\s+officer)?|chief\s+financial\s+officer|chief\s+operating\s+officer|"
         r"chairman|chairwoman|chairperson|chair|managing\s+director|finance\s+director|general\s+manager)")
_BARE_ROLE = re.compile(r"(?:^|(?<=[\s(]))[Tt]he\s+(?P<role>" + _ROLE + r")\b(?!\s+(?:of|at|for)\b)(?!\s+[A-Z])")
_MONTH_OR_DAY = re.compile(r"(?i:" + "|".join((*MONTHS, *WEEKDAYS)) + r")$")
"""A month or a day: capitalised, but no body."""
_ROLE_NAME = re.compile(r"(?:^|(?<=[\s(]))(?P<role>(?i:" + _ROLE + r"))\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)")


@dataclass(frozen=True)
class Assumed:
    """What a sentence takes as known without saying which one it is: *phrase* as the sentence prints it,
    *told* the words an earlier statement of the brief must have used for a reader to know it, *head* the
    noun a source sentence before it introduced ("a strike") or "" (a role or a security needs none)."""

    phrase: str
    told: str
    head: str = ""
    body: bool = False
    """A named person's role whose organisation the sentence leaves to the one before it ("Chief executive
    Rosa Quispe told analysts ..." after "Andes Copper said ...")."""
    speaker: bool = False
    """A speaker given by a surname only or a bare description ("Harmsen said", "the council said"), which a
    sentence before it quoted with it that opens on a name ("Voltra has delivered ... The company told ...") tells."""


def assumed_referents(sentence: str, story: str = "") -> list[Assumed]:
    """The referents *sentence* (outside quotations) takes as known wherever it names them, not only as its
    subject (`definite_descriptions`): a definite description that ends its phrase ("because of the strike",
    "joined the march", "the problem it addresses"; *head* set: it is assumed only when the source
    introduced it before, "a strike"), "the stock" or "the shares" with no company's shares named before
    them in the sentence (which stock?), a company role without its body ("The chief executive said",
    "chief executive Martina Lyons said" with no organisation named in the sentence). Not what the brief's
    title or subject (*story*) names."""
    text = _QUOTED.sub(lambda m: " " * len(m.group()), sentence.strip())
    found: list[Assumed] = []
    for match in _BARE_DEFINITE.finditer(text):
        head, mods = match.group("head"), match.group("mods").strip()
        if head in _NOT_ANAPHORIC or head in _TIME_NOUNS or head.endswith("ly") or mods in ("same", "other", "new"):
            continue
        if head in ("stock", "shares") or mentions(story, head) or len(head) > 4 and head.endswith("ed"):
            continue  # "the shares": read below
        found.append(Assumed(match.group(), " ".join((*mods.split(), head)), head))
    for match in _SECURITY.finditer(text):
        if not re.search(r"(?i)\b(?:shares?|stock)\b", text[:match.start()]):
            found.append(Assumed(match.group(), match.group("head")))
    for match in _BARE_ROLE.finditer(text):
        if not _PROPER.search(text[match.end():]) and not re.search(r"['’]s\s*$|\b[A-Z][\w&-]+\s*$", text[:match.start()]):
            found.append(Assumed(match.group(), re.sub(r"\s+", " ", match.group("role"))))
    for match in _ROLE_NAME.finditer(text):
        if re.search(r"(?:['’]s|\b[A-Z][\w&-]+|\bof|\b(?:its|their))\s*$", text[:match.start()]) and match.start() > 0:
            continue  # "Saltway chief executive Henrik Dahl", "Orkan's chairman ...", "The trust ..., its chair ..."
        others = [m.group() for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’&-]+", text)
                  if not match.start() <= m.start() < match.end() and not _MONTH_OR_DAY.match(m.group())]
        if not others:
            found.append(Assumed(match.group(), match.group("name").split()[-1], body=True))
    return found


# A predicate whose required complement a sentence leaves to the sentence after it ("... would not hesitate
# to act if ...": act how? "... asking the Commission for an exemption": from what? "The council put the
# effect at 0.3 points": the effect of what?). By structure: an intransitive "act" or "take (further) steps /
# action / measures" with no complement (no "on", "against", "to", "as", ... after it), or a relational noun
# whose defining complement ("exemption from", "effect of") the sentence never gives.
_BARE_ACT = re.compile(r"\b(?:to|will|would|could|can|must|may|might|shall|should|ready\s+to)\s+(?:not\s+)?"
                       r"(?:be\s+forced\s+to\s+)?act\b(?!\s*(?:on|upon|as|against|for|in|over|to|within|under|"
                       r"with|alone|together|independently)\b)(?!-)")
_BARE_STEPS = re.compile(r"\btak(?:e|es|ing|en|e)\s+(?:(?:further|more|additional|other|new|firm|decisive|immediate|"
                         r"appropriate|necessary|all\s+necessary|swift|urgent)\s+)?(?:action|steps|measures)\b"
                         r"(?!\s*(?:to|against|on|over|that|which|including|such|aimed|in|for|under|at)\b)")
_BARE_RELATIONAL = re.compile(r"\b(?:an?|the)\s+(?:(?:temporary|special|full|partial|possible|likely|overall|net|"
                              r"total|combined)\s+)?(?P<noun>exemption|waiver|derogation|effect|impact)\b")
_SUBJECT_OF_CLAUSE = re.compile(r"\s+(?:on\s+[\w'’ -]{1,40}?\s+)?(?:would|will|is|was|are|were|could|can|may|might|"
                                r"has|had|should|remains?|comes?|came)\b")
_RELATIONAL_COMPLEMENT = {"exemption": r"from|to", "waiver": r"from|of|on", "derogation": r"from",
                          "effect": r"of", "impact": r"of"}


def wants_next(sentence: str) -> bool:
    """Whether *sentence* leaves a required complement of its main predicate unsaid, so that what it says is
    only told by a sentence after it (`_BARE_ACT`, `_BARE_STEPS`, `_BARE_RELATIONAL`): "The minister said the
    government would not hesitate to act if ...", "Berger said the company would take further steps.",
    '"We are asking the Commission for an exemption," ... said.', "The regulator put the effect on bills at 4
    percent." Not when the complement is there ("act on the report", "an exemption from the penalty", "the
    effect of the drought")."""
    text = _OPENING.sub("", sentence)
    if _BARE_ACT.search(text) or _BARE_STEPS.search(text):
        return True
    for match in _BARE_RELATIONAL.finditer(text):
        complement = _RELATIONAL_COMPLEMENT[match.group("noun")]
        rest = text[match.end():]
        if re.match(r"\s*(?:" + complement + r")\b", rest) or _SUBJECT_OF_CLAUSE.match(rest):
            continue  # "the effect on jobs would be modest": the subject of its own clause, told before it
        return True
    return False


def continues_speaker(following: str, sentence: str) -> bool:
    """Whether *following*, the sentence after *sentence* in its paragraph, goes on in the same voice: it
    opens on a pronoun subject with a verb of saying that goes on ("She said special administration was possible ...",
    "It said the rise would apply ..."), or, when *sentence* is no one's report ("The regulator put ..."),
    on its own subject again."""
    text = _OPENING.sub("", following)
    # Not "added" nor "also": they open another point ("It added that a delay would cost ...").
    if re.match(r"^(?:He|She|It|They)\s+(?:said|says|told|explained|stressed|confirmed)\b", text):
        return True
    subject = re.match(r"(?:The|the)\s+([a-z][a-z-]+)\b", _OPENING.sub("", sentence))
    return subject is not None and re.match(r"The\s+" + re.escape(subject.group(1)) + r"\b", text) is not None


# ---------------------------------------------------------------- a speaker the reader was never introduced to

_SPEECH = (r"(?:said|says|told|tells|added|adds|warned|warns|announced|announces|confirmed|confirms|stated|states|"
           r"insisted|insists|argued|argues|explained|explains|noted|notes|wrote|writes|replied|estimated|estimates|"
           r"expects|expected|welcomed|welcomes|promised|promises|acknowledged|admitted|denied|denies)")
"""A verb by which a sentence attributes what it says, or a view, to its subject."""
_ADVERB = r"(?:(?:also|later|then|previously|earlier|has|had|have|again)\s+){0,2}"
_DESCRIBED_SPEAKER = re.compile(r"(?:^|(?<=[,;]\s))(?P<phrase>[Tt]he\s+(?P<head>[a-z][a-z-]{2,}))\s+" + _ADVERB
                                + _SPEECH + r"\b")
""""The operator said ...", "..., the council said.": a speaker given by a bare definite description, which
one the noun alone does not say."""
_DESCRIBED_AFTER = re.compile(r",\s+" + _SPEECH + r"\s+(?P<phrase>the\s+(?P<head>[a-z][a-z-]{2,}))(?=\s*[.,;]|\s*$)")
""""..., said the council.": the same speaker after its verb."""
_SURNAME = r"[A-Z][a-z][\w’'-]*[a-z]"
_SURNAME_SUBJECT = re.compile(r"(?:^|(?<=[,;]\s)|(?<=\band\s)|(?<=\bbut\s))(?P<name>" + _SURNAME + r")\s+" + _ADVERB
                              + r"(?:" + _SPEECH + r"|[a-z]{3,}ed|[a-z]{3,}s|is|was|will|would|could|can)\b")
""""Salas said ...", "Benning has promised ...", "..., and Dorsch said ...": one capitalised word as a clause's
subject; a person's surname when a text gives a given name before it (`person_surnames`)."""
_SURNAME_AFTER = re.compile(r"(?:,|(?<=\s))\s*(?:" + _SPEECH + r"\s+(?P<after>" + _SURNAME + r")|(?P<before>" + _SURNAME + r")\s+"
                            + _SPEECH + r")(?=\s*[.,;]|\s*$)")
""""..., said Salas." and "..., Salas said.": the speaker after the words."""
_NOT_SURNAMES = frozenset(word.capitalize() for word in (*MONTHS, *WEEKDAYS, *_OPENERS, *_PRONOUNS, *_CONNECTIVES))
_GIVEN_AND_SURNAME = re.compile(r"(?<![\w’'&.-])(?P<given>[A-Z][a-z][\w’'-]*)\s+(?:[A-Z]\.\s+)?(?P<surname>" + _SURNAME
                                + r")(?![\w’'&-])(?!\s+(?:[A-Z&]|of\s+[A-Z]|and\s+[A-Z]))")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'&-])(?P<word>[A-Z][\w’'&.-]*)\s+$")


def _outside_quotations(sentence: str) -> str:
    return _QUOTED.sub(lambda m: " " * len(m.group()), sentence)


def described_speakers(sentence: str, story: str = "") -> list[tuple[int, int, str]]:
    """(start, end, head) of each speaker *sentence* gives, outside quotations, by a bare definite description
    with no word saying which one ("The operator said ...", "..., the council said.", "..., said the agency."),
    when the sentence names no body of that kind itself ("Wendmoor County Council ... the council said") and
    opens on no name the description restates ("Skylark Air cancelled ..., the airline said"); not a noun
    every reader knows ("the government", "the police"), a plural that speaks as members of a body ("the
    judges", "the officials"), nor one the brief's title or subject (*story*) uses."""
    text = _outside_quotations(sentence)
    opening = len(text) - len(_OPENING.sub("", text))
    if opens_on_name(text[opening:], text):
        return []  # "Skylark Air cancelled ..., the airline said": the description restates its subject
    found = []
    for pattern in (_DESCRIBED_SPEAKER, _DESCRIBED_AFTER):
        for match in pattern.finditer(text, opening):
            head = match.group("head")
            if head in _NOT_ANAPHORIC or head in _TIME_NOUNS or mentions(story, head) or head in _ORDINALS:
                continue
            if head.endswith("s") and not head.endswith(("ss", "us", "is")):
                continue  # "the judges said", "the officials said": members of a body, read as the body told
            if any(mentions(name.group(), head) for name in _CAPITALISED_NAME.finditer(text)
                   if len(name.group().split()) >= 2):
                continue  # the sentence names it itself
            found.append((match.start("phrase"), match.end("phrase"), head))
    return sorted(found)


def bare_surnames(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each single capitalised word *sentence* gives, outside quotations, as a clause's
    subject or speaker ("Salas said ...", "..., said Salas."), with no capitalised word right before it (not
    "Voltra E12", "Harwick City Transit"): a surname when `person_surnames` knows it as one."""
    text = _outside_quotations(sentence)
    found = []
    for pattern in (_SURNAME_SUBJECT, _SURNAME_AFTER):
        for match in pattern.finditer(text):
            group = next(g for g in ("name", "after", "before") if g in pattern.groupindex and match.group(g))
            start, end = match.span(group)
            word = match.group(group)
            if word in _NOT_SURNAMES or _CAPITALISED_BEFORE.search(text[:start]) \
                    and not re.search(r"(?:^|[.!?:;\"“”(]|,)\s*\S+\s+$", text[:start]):
                continue
            if re.match(r"\s+[A-Z]", text[end:]):
                continue
            found.append((start, end, word))
    return sorted(set(found))


_CONTENT_NOUNS = (r"(?:review|report|inquiry|investigation|audit|study|survey|figures?|estimates?|forecasts?|projections?|"
                  r"count|tally|correction|findings|assessment|calculations?|numbers|offer|proposal|claims?)")
"""Nouns whose content (a number, a finding, terms) another sentence gives: "the Ashgrove review", "Frew's figure"
tell the reader nothing unless a statement before them has."""
_NAMED_CONTENT = re.compile(r"\bthe\s+(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){0,2})\s+"
                            r"(?:[a-z][\w-]*\s+){0,2}?(?P<head>" + _CONTENT_NOUNS + r")(?![\w-])")
""""the Ashgrove review", "the Hallam Rowe cost report": a content noun named by a body or person's name."""
_POSSESSIVE_SURNAME = re.compile(r"(?<![\w’'&.-])(?P<name>" + _SURNAME + r")['’]s\s+(?=[a-z\d])")
""""Frew's higher figure": a person's surname as the owner of what follows."""


def named_references(sentence: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, name, possessive) of each reference *sentence* makes, outside quotations, to something
    by the name of whoever made or holds it, taken as known: a content noun under a name ("the Ashgrove
    review", "the Hallam Rowe report": *name* "Ashgrove", "Hallam Rowe") or a single capitalised word as an
    owner ("Frew's higher figure": "Frew", *possessive* True; a surname when `person_surnames` knows it). A
    reader who has met no statement naming them cannot tell what is meant. Not a name's longer form in the
    same sentence ("Ashgrove Partners ... the Ashgrove review"), nor an owner inside a longer name ("Kestrel
    Bay's"). (start, end) span the whole reference for a name, the surname for an owner."""
    text = _outside_quotations(sentence)
    found = []
    for match in _NAMED_CONTENT.finditer(text):
        name = match.group("name")
        if name.split()[0] in _NOT_SURNAMES or re.search(r"(?<![\w’'-])" + re.escape(name) + r"\s+[A-Z]", text):
            continue
        found.append((match.start(), match.end(), name, False))
    for match in _POSSESSIVE_SURNAME.finditer(text):
        start, end = match.span("name")
        word = match.group("name")
        before = _CAPITALISED_BEFORE.search(text[:start])
        if word in _NOT_SURNAMES or before is not None and before.group("word") not in _NOT_SURNAMES:
            continue
        found.append((start, end, word, True))
    return sorted(found)


def person_surnames(texts: Sequence[str]) -> frozenset[str]:
    """The surnames *texts* give after a given name ("Ana Salas", "Health Minister Ana Salas", "Dr Hanne Vik"),
    not a body's name ("Harwick City Transit": a capitalised word that is no title before it; "Kestrel Compute
    Ltd": one after it)."""
    found = set()
    for text in texts:
        for match in _GIVEN_AND_SURNAME.finditer(text):
            given = match.group("given")
            if given in _NOT_SURNAMES or given.lower() in STOP_WORDS or given in _CALENDAR \
                    or re.search(r"\b(?:the|of|and|for|at|in|on|to|from)\s+$", text[:match.start()]):
                continue  # "the Corran Road", "Fire and Rescue Service": a place's or a body's name
            before = _CAPITALISED_BEFORE.search(text[:match.start()])
            if before is not None and not (re.fullmatch(OFFICE_TITLE, before.group("word")) or before.group("word") in TITLE_WORDS
                             or before.group("word").rstrip(".") in HONORIFIC_TITLES
                             or ROLE_NOUN.fullmatch(before.group("word").lower())):
                continue
            found.add(match.group("surname"))
    return frozenset(found)


def full_name_before(text: str, surname: str, before: int) -> str | None:
    """The one full name ("Ilse Harmsen") *text* gives the person *surname* names before offset *before*."""
    names = {f"{m.group('given')} {m.group('surname')}" for m in _GIVEN_AND_SURNAME.finditer(text, 0, before)
             if m.group("surname") == surname and m.group("given") not in _NOT_SURNAMES
             and m.group("given").lower() not in STOP_WORDS}
    return names.pop() if len(names) == 1 else None


def speaker_name(head: str, earlier: Sequence[str]) -> str | None:
    """The one name the *earlier* sentences of a source give with *head* among its words, which "the <head>"
    as a speaker means ("Wendmoor County Council" for "the council", "Judge Marten Okafor" for "the judge")."""
    return name_for(BackReference(f"the {head}", head, ()), earlier)


_NAMED_CLAUSE = re.compile(r"[\"“‘]?(?:The\s+)?(?P<first>[A-Z][\w’'&-]*)(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'&-]*)*"
                           r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+(?:ed|s)|will|would|can|could|may|might)\b")


def opens_on_named_subject(text: str) -> bool:
    """Whether *text* opens on a clause whose subject is a name ("Voltra has delivered ...", "The Lower Ost
    Growers' Association said ..."): what a description after it ("The company told ...") restates."""
    match = _NAMED_CLAUSE.match(text.lstrip())
    return match is not None and match.group("first").lower() not in (*_OPENERS, *_PRONOUNS) \
        and match.group("first") not in _CALENDAR
