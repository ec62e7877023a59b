"""What one sentence says: candidate filter, kind, speaker, figures, entities, themes.

Everything here works on one sentence at a time with regular expressions and
small general word lists: no network, no model download, nothing that knows
about any particular corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefgen.ingest.clean import MONTHS, WEEKDAYS, dateline_end, rejoin_hyphens
from briefgen.models import Entity
from briefgen.notes import figures
from briefgen.notes.folded import ASCII_LOWER, Folded, compile_folded
from briefgen.roles import ROLE_NOUN, TITLE_WORDS
from briefgen.words import STOP_WORDS

# ---------------------------------------------------------------- candidates

_LIST_PREFIX = re.compile(r"^(?:[-*•–—]\s+|\d{1,2}[.)]\s+)?(?:[A-Z][\w'’.-]*(?:[ -][A-Za-z][\w'’.-]*){0,4}:\s+(?=[A-Z]))?")
_ENDS_WELL = re.compile(r"[.!…][\"'”’»)\]]*$")
_WORDS = re.compile(r"[A-Za-z0-9][\w'’.-]*")


def trim_prefix(sentence: str) -> int:
    """How many leading characters are a dateline, list marker or "Label: " prefix, not the statement.

    Ingest already leaves wire datelines out of sentences (`clean.dateline_end`); one that
    was not on a line of its own is trimmed here the same way."""
    skip = dateline_end(sentence, first_lines=False)
    match = _LIST_PREFIX.match(sentence[skip:])
    return skip + (match.end() if match else 0)


def is_short_sentence(sentence: str) -> bool:
    """A full declarative sentence too short for `is_candidate` (four to six words: "The ballot
    closes on Oct 23."): a note only when it tells something the brief cannot do without, such as
    an event still to come (`extract.draft_notes`)."""
    words = _WORDS.findall(sentence)
    stripped = sentence.rstrip()
    return 4 <= len(words) < 7 and stripped[:1].isupper() and not stripped.endswith("?") \
        and _ENDS_WELL.search(stripped) is not None and not re.search(r"https?://|www\.", sentence)


def is_candidate(sentence: str) -> bool:
    """A full, declarative sentence worth a note (no questions, fragments or boilerplate)."""
    words = _WORDS.findall(sentence)
    if not 7 <= len(words) <= 90:
        return False
    stripped = sentence.rstrip()
    if stripped.endswith("?") or not _ENDS_WELL.search(stripped):
        return False
    letters = sum(map(str.isalpha, sentence))
    if letters < 0.6 * len(sentence.replace(" ", "")):
        return False
    if re.search(r"https?://|www\.", sentence):
        return False
    return not sentence[:1].islower()


_NOT_A_VERB = STOP_WORDS | frozenset(
    """despite unlike like amid amidst beyond behind beside besides near outside inside today yesterday
    tomorrow meanwhile last next instead indeed hence still plus minus overall together ago later earlier
    recently soon elsewhere roughly nearly according given says said""".split())
"""Words that open a sentence before a determiner without being a verb: prepositions, adverbs."""
_IMPERATIVE = re.compile(
    r"(?P<verb>[A-Z][a-z]+)\s+(?P<det>the|a|an|all|every|each|its|their|our|your|his|her|any|some|two|three|four|five|"
    r"six|seven|eight|nine|ten|twelve|\d[\d,.]*)\s+(?P<next>[\w-]+)")
_ARTICLES = frozenset("the a an all every each its their our your his her any some".split())
_TIME_UNIT = re.compile(r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade)s?$", re.IGNORECASE)


def imperative_verb(sentence: str) -> str:
    """The verb a sentence opens on when it gives an instruction with no subject ("Appoint an
    independent firm ...", "Open the register on 1 November.", "Train 300 nurses ..."), the way a
    demand or a plan's list item reads: a capitalised word that is no function word, adverb or
    participle, then a determiner or a number. "" otherwise. The caller rules out a name ("Halden
    the ..." never reads so, but "Vantor two years ago ..." does: a time after the number)."""
    found = _IMPERATIVE.match(sentence.lstrip("*_#>-•– "))
    if found is None:
        return ""
    verb = found.group("verb")
    counted = found.group("det").lower() not in _ARTICLES  # "Vantor two years ago", not "Restore the second break"
    if verb.lower() in _NOT_A_VERB or verb.endswith(("ing", "ed", "ly")) \
            or (counted and _TIME_UNIT.match(found.group("next"))):
        return ""
    if _FINITE_AFTER_SUBJECT.search(re.split(r"[,;:(]", sentence, maxsplit=1)[0]):
        return ""  # "World 200 metres champion Lena Okafor has been suspended": the opening words are its subject
    return verb


_FINITE_AFTER_SUBJECT = re.compile(r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\b(?:has|have|had|is|are|was|were|will|would|"
                                   r"said|says|told)\b")
"""A finite verb in a sentence's first clause, not in a relative clause ("... nurses who have ..."): what
opens the sentence is its subject, not an instruction's verb."""


_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|"
    r"said|says|told|won't|won’t|isn't|isn’t|aren't|aren’t|wasn't|wasn’t)\b|\b[a-z]{3,}ed\b")
"""Words that make a clause a statement: an auxiliary, a modal, a form of "be" or "have", a past tense."""
_AUXILIARY = re.compile(_FINITE.pattern.rsplit("|", 1)[0])
"""The same words but a past tense."""
_RELATIVE = re.compile(r",|;|\((?:\s|$)|\s(?:that|which|who|whose|where|when|to)\s")


def verbless(item: str) -> bool:
    """Whether a list item's main clause has no finite verb ("A text-message alert system that reaches
    every household", "A 9% rise in the premium from 1 October"): a noun phrase that reads as one entry
    of its lead-in ("We demand:", "Key points:"), not as a statement on its own. Only the words before a
    comma or a relative clause count ("... system that reaches ..." is still verbless)."""
    main = _RELATIVE.split(item.strip(), maxsplit=1)[0]
    return _FINITE.search(main) is None


_LABEL_LIST = re.compile(r"(?P<label>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}):\s+(?P<items>\S.*)", re.DOTALL)


def labelled_list(sentence: str) -> bool:
    """Whether a sentence is a labelled run of entries, not a statement: a short label, a colon, then two
    or more entries split by semicolons, each a few words with no finite verb ("Key dates: mediation
    deadline 15 December; Q3 results 30 October, where ..."). Each entry is its own fact with its own
    date; the line as a whole is no single event and says nothing on its own. ("Risk case: a launch slip
    beyond March forces the company to draw early; ..." is a clause, and stays.)"""
    found = _LABEL_LIST.match(sentence.lstrip("*_#>-•– ").replace("*", ""))
    if found is None or _FINITE.search(found.group("label")):
        return False
    entries = [e for e in found.group("items").split(";") if e.strip()]
    mains = [_RELATIVE.split(e.strip(), maxsplit=1)[0] for e in entries]
    # ("expected restoration 24 March": a participle before its noun, no past tense, in so short an entry)
    return len(entries) >= 2 and all(len(m.split()) <= 6 and _AUXILIARY.search(m) is None for m in mains)


_BULLET = re.compile(r"[ \t]*(?:[-*•–+]|\d{1,2}[.)])[ \t]+")


def _list_lines(text: str, start: int) -> tuple[str, list[str]] | None:
    """The list line a sentence at *start* opens, and the other entries of its list (the bulleted or
    numbered lines around it, blank lines between them allowed), markup left out; None when the
    sentence does not open a list line."""
    line_start = text.rfind("\n", 0, start) + 1
    bullet = _BULLET.match(text, line_start)
    if bullet is None or bullet.end() != start and text[bullet.end():start].strip("*_ \t"):
        return None
    lines = text.split("\n")
    here = text.count("\n", 0, start)
    siblings: list[str] = []
    for step in (-1, 1):
        at = here + step
        while 0 <= at < len(lines):
            if not lines[at].strip():
                at += step
                continue
            found = _BULLET.match(lines[at])
            if found is None:
                break
            siblings.append(lines[at][found.end():].replace("*", "").replace("_", " ").strip())
            at += step
    line_end = text.find("\n", start)
    return text[bullet.end():line_end if line_end >= 0 else len(text)].replace("*", ""), siblings


def list_entry(text: str, start: int, quote: str) -> bool:
    """Whether a sentence is one entry of a list of demands or wishes, not a statement: a list line whose
    main clause has no finite verb and that either opens on "A"/"An" ("- A text-message alert system that
    reaches every household") or stands among entries that give instructions ("1. Start paying from gear
    pickup ..." beside "2. Open the time clock data ..."). Its holder is in the lead-in, which the brief
    does not show; the entry alone reads as an event or a fact it is not."""
    found = _list_lines(text, start)
    if found is None or not verbless(quote):
        return False
    _line, siblings = found
    if re.match(r"(?:A|An)\s", quote.lstrip("*_ ")):
        return True
    return any((verb := imperative_verb(item)) and re.search(r"[a-z,;]\s+" + re.escape(verb) + r"\b", text) is None
               for item in siblings)


# ---------------------------------------------------------------- kinds

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|IMO|IMHO|ime)\b")
_FORECAST = compile_folded(
    r"\b(?:will|won't|won’t|shall|is expected|are expected|expects?|expected to|forecasts?|predicts?|projected|"
    # ("may", not the month: "on May 20", "20 May", "in May")
    r"plans? to|planning to|is set to|are set to|poised to|likely|unlikely|(?:could|(?<!\d )(?<!\bin )(?<!\bby )(?<!\bof )(?<!\bmid-)may(?!\s+\d)|might)(?!\s+(?:\w+\s+)?have\b)|outlook|"
    r"is considering|are considering|next (?:year|quarter|month|week)|by (?:19|20)\d\d|in the coming)\b"
    # the future as a forecaster reports it: "expected the river would keep rising"
    r"|\b(?:expects?|expected|believes?|believed|thinks?|thought|predicted)\b[^.;]{0,80}?\bwould\b"
)
# The future as someone said it would be: a forecast or an event to come when it has a time
# ("said the deal would save 300 million by 2029"); without one, what the speaker argues
# ("said the cap would drive landlords out") or means to do: a position, not an outlook.
_REPORTED_WOULD = compile_folded(r"\b(?:said|says|told|announced|confirmed)\b[^.;]{0,80}?\bwould\b")
_HORIZON = re.compile(
    r"\b(?:(?:19|20)\d\d|(?:next|this|coming)\s+(?:year|quarter|month|week|season|spring|summer|autumn|winter)|"
    r"within\s+(?:\w+\s+)?(?:days|weeks|months|years)|in\s+(?:\w+\s+)?(?:days|weeks|months|years)|"
    r"by\s+the\s+end\s+of|(?:on|by|until|from|in)\s+(?:" + "|".join(m.capitalize() for m in MONTHS + WEEKDAYS) + r"))\b"
)
# The author's own judgement in the first person plural, as analysts and editorials write it
# ("We value Corvida at $46 a share", "In our view the deal is dead", "We see the fine as a
# ceiling", "Our base case is ..."): a view, not a reported fact. Not a company's plans or
# guidance ("We expect revenue of ..."), which a statement or press release gives as its own.
_AUTHORS_VIEW = re.compile(
    r"\b(?:[Ii]n our (?:view|opinion|assessment|judge?ment|estimation)"
    r"|[Ww]e (?:still |also |now |continue to |would )?(?:value|believe|think|consider|rate|doubt|regard"
    r"|see\b[^.;]{0,60}?\bas\b)"
    r"|[Oo]ur (?:view|valuation|fair[- ]value|base case|assessment|verdict|reading)\b)")
_OWN_VOICE_KINDS = frozenset({"statement", "press release"})
"""Source kinds that speak for their issuer: its "we" is the body's position, not an author's view."""
_HEDGED_OPINION = re.compile(
    r"\b(?:I think|I believe|in my (?:view|opinion)|seems? like|arguably|frankly|undoubtedly|should)\b",
    re.IGNORECASE,
)
# A clause that reports what someone said or decided: "the board ruled that the costs should not
# have counted" reports the board's view, not the writer's.
_REPORTED_THAT = re.compile(r"\b(?:" + r"said|says|stated|told \w+|argued|warned|claimed|wrote|insisted|acknowledged|"
                            r"ruled|rules|found|finds|concluded|decided|determined|held|judged|agreed|recommended|"
                            r"recommends|advised|argues|warns|believes|thinks" + r")\s+that\b")


def _own_hedge(sentence: str) -> bool:
    """Whether *sentence* hedges or prescribes in its writer's voice ("should", "arguably"), not
    inside a clause reporting what someone said, ruled or found ("the board ruled that the costs
    should not have counted")."""
    return any(not _REPORTED_THAT.search(sentence, 0, match.start()) and not _EMBEDDED_QUESTION.search(
        sentence, 0, match.start()) for match in _HEDGED_OPINION.finditer(sentence))


_EMBEDDED_QUESTION = re.compile(r"\w\s+(?:how|whether|what|where|when|why)\s[^,;:.()\"“”]*$", re.IGNORECASE)
"""A clause a wh-word opens inside the sentence ("ending a fight over how the city should secure its
water"): the question it names, not the writer's prescription (one opening the sentence, "What the
city should do is ...", still is)."""


# Verbs that report speech. Neutral ones ("said") report a fact as readily as a view; stance
# verbs ("urged", "rejected", "expects") say that the speaker holds a view, demand or intent.
_NEUTRAL_SPEECH = r"(?:said|says|say|stated|states|told|explained|noted|added|wrote|announced|acknowledged|confirmed)"
_STANCE = (
    r"(?:argued|argues|argue|warned|warns|warn|claimed|claims|believes|believe|thinks|think|insisted|insists|insist|"
    r"cautioned|predicted|predicts|estimated|estimates|suggested|suggests|stressed|emphasi[sz]ed|"
    r"accused|accuse|denied|denies|deny|demanded|demands|demand|urged|urges|urge|promised|promises|pledged|pledges|"
    r"vowed|vows|rejected|rejects|reject|welcomed|welcomes|welcome|critici[sz]ed|critici[sz]es|called for|calls for|"
    r"call for|called on|calls on|recommended|recommends|defended|defends|opposed|opposes|oppose|contested|disputed|"
    r"disputes|accepted|expects|expect|forecasts|forecast|projects|fears|fear|feared|hopes|hoped|wants|want|"
    r"proposed|proposes|condemned|condemns|blamed|blames|praised|complained|complains|doubts|questioned|"
    r"called (?:the|it|this|that|them|their|its|his|her))"  # "called the increase unjustified"
)
_SPEECH = r"(?P<verb>" + _NEUTRAL_SPEECH + "|" + _STANCE + ")"
# Third-person reporting verbs: with a quotation in the sentence, someone's words ("quote").
_REPORTING = (
    r"(?:said|says|stated|states|told|explained|noted|added|argued|warned|claimed|claims|believes|thinks|"
    r"wrote|insisted|acknowledged|announced|cautioned|predicted|estimated|suggested|stressed|emphasi[sz]ed|"
    r"accused|denied|demanded|urged|promised|pledged|vowed|rejected|welcomed|critici[sz]ed|called for|"
    r"recommended|defended|opposed|contested|disputed|accepted)"
)
# A name of two or three words, each of which may be hyphenated ("Ruth Adeyemi-Lowe"), its words
# apart by a space, a hyphen or a hard-wrapped line's break ("Councillor Ruth\nAdeyemi-Lowe",
# "Tomas Reilly-\nVance"); `_one_name` gives it on one line.
_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_NAME = (r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z'’]+)?(?:(?:[ -]|-?[ \t]*\n[ \t]*)" + _NAME_WORD + r"){1,2})")
_ROLE_WORDS = (
    r"(?:chief executive|chief executive officer|CEO|CFO|CTO|COO|founder|co-founder|chairman|chairwoman|chair|"
    r"president|vice president|prime minister|minister|secretary|spokes(?:man|woman|person)|adviser|advisor|"
    r"director|analyst|economist|professor|researcher|governor|senator|representative|ambassador|official|"
    r"head|leader|commissioner|czar|chancellor|mayor|general|editor|strategist|partner|manager|lawyer|"
    r"(?:director|secretary|attorney|surgeon|inspector|auditor|solicitor|postmaster)[ -]general)"
)
_ROLE_MODIFIERS = (r"(?:(?:general|deputy|assistant|associate|senior|chief|executive|vice|managing|acting|former|"
                   r"interim|national|regional|federal|state|health|foreign|finance|press|communications)\s+){0,2}")
"""Lower-case words that belong to a role before a name ("BDU general secretary Aoife Kearney")."""
_SPEAKER_PATTERNS = (
    # Anthropic CEO Dario Amodei who thinks / said
    re.compile(
        r"(?P<role>(?:[A-Z][\w&.'’-]*\s+){0,4}" + _ROLE_MODIFIERS + _ROLE_WORDS + r")\s+" + _NAME
        + r"(?:,)?\s+(?:who\s+)?" + _SPEECH + r"\b",
    ),
    # David Sacks, the White House adviser and ..., stated
    re.compile(_NAME + r",\s+(?P<role>(?:the |a |an )?[^,]{3,120}?),\s+" + _SPEECH + r"\b"),
    # The regional president, Marta Olivares, said
    re.compile(r"(?P<role>(?:[A-Z][\w&.'’-]*\s+|the\s+|its\s+|their\s+|[a-z][\w'’-]*\s+){0,6}" + _ROLE_WORDS
               + r"(?:\s+(?:of|at|for)\s+[^,]{2,40})?),\s+" + _NAME + r",\s+(?:has\s+|had\s+)?" + _SPEECH + r"\b"),
    # "...," said Jane Doe, chief economist at X.
    re.compile(_SPEECH + r"\s+" + _NAME + r"(?:,\s+(?P<role>(?:the |a |an )?[^,.;]{3,80}))?"),
    # Jane Doe said
    re.compile(_NAME + r"\s+" + _SPEECH + r"\b"),
    # according to Jane Doe, role
    re.compile(r"[Aa]ccording to " + _NAME + r"(?:,\s+(?P<role>(?:the |a |an )?[^,.;]{3,80}))?"),
    # "...," said Hallam council leader Joan Okafor.  (the role before the name, after the verb)
    re.compile(_SPEECH + r"\s+(?P<role>(?:[A-Z][\w&.'’-]*\s+|[a-z][\w'’-]*\s+){0,4}" + _ROLE_WORDS + r")\s+" + _NAME
               + r"\s*[.,;!?]"),
    # "... we will find out why," Dahl said.  (a surname the story introduced earlier; the match opens
    # after the quotation's closing mark, which stays with the quotation the rest of the sentence keeps)
    re.compile(r"(?<=[,.!?…][\"”’'])\s+(?P<name>[A-Z][a-z'’-]+)\s+(?P<verb>said|says|added|insisted|warned|argued)\b"),
    # "...," said the union's regional secretary, Jane Doe.  (a described role, then the name in apposition)
    re.compile(_SPEECH + r"\s+(?P<role>(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?" + _ROLE_WORDS
               + r"(?:\s+(?:of|at|for)\s+[^,.;\"“”]{2,40})?),\s+" + _NAME + r"(?=\s*(?:[.;!?]|,\s+(?:who|adding)\b|$))"),
)
# What a speaker pattern cannot match without, searched first: a pattern that opens on a loose
# run of words (the role before "Marta Olivares, said") tries that run at every position of every
# sentence, while these few literal-led cores find the rare sentence worth that work.
_SPEAKER_CORES = {
    0: re.compile(_ROLE_WORDS + r"\s+" + _NAME + r"(?:,)?\s+(?:who\s+)?" + _SPEECH + r"\b"),
    2: re.compile(r",\s+" + _NAME + r",\s+(?:has\s+|had\s+)?" + _SPEECH + r"\b"),
}
_DIRECT_QUOTE = re.compile(r"[\"“«„][^\"“”«»„]{12,}[\"”»]")
_NOT_NAMES = frozenset(
    "The This That These Those There Their They It Its He She We Our You Your But And Or If When While "
    "Although Despite However Meanwhile Some Many Most Other Another Each Every According Still Yet Even".split()
) | {word.capitalize() for word in MONTHS + WEEKDAYS}


# The capitalised words before a name the speaker pattern caught, joined by a name's own small
# words ("The Federation of Small Businesses said", "Irish Congress of Trade Unions"): one name.
# Not "and": "Unite and GMB said" is two.
_NAME_OPENING = re.compile(r"((?:[A-Z][\w&'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?(?=[A-Z]|$))?)+)$")
_NOT_SUBJECT = re.compile(r"(?:['’]s|\b(?:of|from|with|by|at|in|on|for|to|into|the|a|an|its|their|his|her))\s+$")


# Organisations and groups that hold a view: a proper name ("Seldewerk rejected ..."), a
# name's or a described body ("the bank workers' union said it would ...", "Eastmoor's board
# recommended ..."), or people by what they are ("Unions argue ...", "..., traders said.").
# General nouns for who acts in the news, not any subject's words.
_GROUP = (
    r"(?i:government|ministry|council|union|authority|authorities|agency|regulator|watchdog|company|firm|"
    r"group|association|operator|owner|board|committee|commission|department|service|office|court|bank|"
    r"police|party|opposition|coalition|federation|chamber(?:\s+of\s+[a-z]+)?|institute|inspectorate|trust|"
    r"administration|organi[sz]ers|management|employers|industry|lobby|alliance|network|society|league|"
    r"campaign|movement|city|embassy|army|military|prosecutors?|unions|groups|associations|residents|critics|"
    r"opponents|supporters|analysts|economists|experts|scientists|researchers|doctors|nurses|teachers|"
    r"lecturers|farmers|fishermen|campaigners|activists|landlords|tenants|pharmacists|retailers|traders|"
    r"insurers|hauliers|investors|shareholders|airlines|officials|lawyers|rescuers|engineers|forecasters|"
    r"crews|workers|staff|parents|students|patients|consumers|businesses|manufacturers|producers|suppliers|"
    r"carriers|operators|members|environmentalists|conservationists|bankers|diplomats|leaders|ministers|"
    r"politicians|lawmakers|legislators|MPs|senators|judges)"
)
_WORD = r"(?:[A-Z][\w&'’.-]*|[a-z][\w'’-]*)"
_CAPS = r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?[A-Z][\w&'’.-]*){0,5}"
_BODY = (
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Bb]oth|[Tt]wo|[Tt]hree|[Ff]our)\s+)?"
    r"(?:" + _WORD + r"\s+){0,4}?" + _GROUP + r"s?\b(?:\s+of\s+(?:the\s+)?" + _CAPS + r")?"
    # where the body is ("The five councils around the airport said")
    r"(?:\s+(?:around|near|across|along|outside|beside)\s+(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?(?=\s))?"
    r"(?:\s+(?P<proper>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}))?"
    r"|(?:The\s+|the\s+)?" + _CAPS + r"(?:['’]s?\s+(?:[a-z][\w'’-]*\s+){0,2}" + _GROUP + r")?"
)
_ADVERB = r"(?:(?:has|have|had|also|again|publicly|\w+ly)\s+){0,2}"
_ACTOR_PATTERNS = (
    # The operator, Viaro, said / A residents' group, Stop Northmoor Expansion, said
    re.compile(r"^(?P<actor>(?:[Tt]he|[Ii]ts|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){0,3}" + _GROUP + r"),\s+"
               r"(?P<proper>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}),\s+" + _ADVERB + _SPEECH + r"\b"),
    # Unions argue / The bank workers' union said / Eastmoor's board unanimously recommended
    re.compile(r"^(?P<actor>" + _BODY + r"),?\s+" + _ADVERB + _SPEECH + r"\b"),
    # The private broadcaster TV Nord said: a descriptor in lower case in close apposition to a name
    re.compile(r"^(?P<actor>(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:in|of|for|at|from|on|by|with|to|and|or|near|the|a|an|its|"
               r"their)\s)[a-z][\w'’-]*\s+){1,3}"
               r"(?P<proper>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}))\s+" + _ADVERB + _SPEECH + r"\b"),
    # ..., the chamber of commerce warned. / ..., traders said on Friday.
    re.compile(r",\s+(?P<actor>" + _BODY + r")\s+" + _ADVERB + _SPEECH
               + r"(?:\s+(?:on\s+)?\w+day|\s+in\s+a\s+statement|\s+(?:last|this)\s+week)?[.!][\"'”’]*\s*$"),
    # ..., said the regulator.
    re.compile(r",\s+" + _SPEECH + r"\s+(?P<actor>" + _BODY + r")[.!][\"'”’]*\s*$"),
)
_NOT_ACTOR = frozenset(
    "in on at after before since during for from with by under over when while as if but and so yet meanwhile "
    "however still also then now today yesterday last this that these those it they he she we i there here "
    "what who which such other another each every no".split()
)

# A neutral verb ("said") holds a view when what is said is one: what must, should or could
# be, a forecast, an evaluation, or the speaker's own intention ("said it would oppose").
# Not a reported fact ("said 23 houses burned") nor a schedule ("talks will resume on Monday").
_VIEW = re.compile(
    r"\b(?:would|wouldn['’]t|should|shouldn['’]t|must|mustn['’]t|ought|need(?:s|ed)?|needing|could|couldn['’]t|"
    r"(?-i:may)|might|cannot|can['’]t|likely|unlikely|expect\w*|forecast\w*|predict\w*|estimat\w*|hope\w*|"
    r"believ\w*|essential|necessary|vital|crucial|unacceptable|unfair|unjustified|irresponsible|reckless|"
    r"overdue|premature|mistake\w*|wrong|betray\w*|disappoint\w*|regret\w*|confident|concerned|committed|"
    r"determined|ready to|willing to|intend\w*|plan(?:s|ned)? to|not enough|fraction of|no need|no reason|too (?:far|much|many|little|few|late|slow|high|low|long|soon|early|costly)|"
    r"no (?:plans?|intention)|probably|possibly|clearly|certainly|obviously|surely|because|due to)\b",
    re.IGNORECASE,
)
_FIRST_PERSON_QUOTE = re.compile(r"[\"“«„][^\"“”«»„]*\b(?:we|We|our|Our|us|I|my)\b[^\"“”«»„]*[\"”»]")
_STANCE_ONLY = re.compile(r"^" + _STANCE + r"$", re.IGNORECASE)
_AND_STANCE = re.compile(r"\band\s+(?:also\s+)?" + _STANCE + r"\b")  # "said ... and demanded that ..."
_ADVOCACY = re.compile(
    r"^(?:argued|argues|argue|insisted|insists|insist|accused|accuse|denied|denies|deny|demanded|demands|demand|"
    r"urged|urges|urge|promised|promises|pledged|pledges|vowed|vows|rejected|rejects|reject|welcomed|welcomes|"
    r"welcome|critici[sz]ed|critici[sz]es|called for|calls for|call for|called on|calls on|recommended|recommends|"
    r"defended|defends|opposed|opposes|oppose|contested|disputed|disputes|condemned|condemns|blamed|blames|"
    r"praised|complained|complains|proposed|proposes|wants|want|called \w+)$", re.IGNORECASE)
_NORMATIVE = re.compile(r"\b(?:should|shouldn['’]t|must|mustn['’]t|ought|need(?:s|ed)?\s+(?:to|for)|the need)\b",
                        re.IGNORECASE)
# Base forms that are also nouns ("Electricity demand hit a record"): a verb only after a plural.
_BASE_FORMS = frozenset("say argue warn believe think insist accuse deny demand urge reject welcome oppose expect "
                        "fear hope want".split())
_PLURAL_WITHOUT_S = frozenset("police staff people crew management".split())


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str


# Pronouns that name no one in particular: "Nobody at the council has asked", "No one at the
# authority has told drivers", "Someone in the cabinet leaked it". Grammar, not any story's words:
# such a phrase is never a party that holds a position or takes a side.
_NO_ONE_IN_PARTICULAR = re.compile(
    r"^(?:the\s+)?(?:no[\s-]?one|nobody|none|nothing|neither|whoever|"
    r"(?:any|some|every)(?:one|body|thing))\b", re.IGNORECASE)


def names_no_one(holder: str) -> bool:
    """Whether *holder* opens on a negative or indefinite pronoun ("Nobody at the council",
    "No one", "Someone close to the board"): no party, never an actor or a side."""
    return bool(_NO_ONE_IN_PARTICULAR.match(holder.strip()))


# The head nouns of a record, a document or a body of data: what an actor cites, never an actor
# itself ("the company's time clock data", "the board's ship-movement logs", "the ministry's own
# figures", "a leaked internal report"). General English, no subject's words: such a phrase can
# show or fail to support something, but holds no view and takes no side.
_RECORD_HEADS = frozenset(
    "data dataset datasets database databases record records log logs logbook logbooks figure figures "
    "statistic statistics number numbers document documents documentation paperwork file files filing "
    "filings spreadsheet spreadsheets email emails e-mails letter letters memo memos minutes transcript "
    "transcripts footage recording recordings reading readings measurement measurements evidence "
    "report reports study studies survey surveys analysis analyses audit audits model models "
    "chart charts map maps table tables account accounts invoice invoices receipts timesheet timesheets "
    "sheet sheets printout printouts tally tallies count counts census findings results".split())


def names_record(holder: str) -> bool:
    """Whether *holder* is a record, a document or data rather than a party ("Company's time clock
    data", "the council's own figures", "Internal emails seen by the paper"): the last word before
    what follows the head (a preposition, a participle) is the head of such a noun phrase. It may be
    cited by a side; it is never a side."""
    head = re.split(r"\s+(?:of|from|in|on|at|by|for|to|with|seen|obtained|released|published|leaked|compiled|"
                    r"filed|shared|sent|given|kept)\b", holder.strip(), maxsplit=1)[0]  # its head, before what follows it
    words = re.findall(r"[A-Za-z][\w'’-]*", head)
    # a capitalised head after other words is a name's ("Consumer Reports", "Harbour Data"), not a record
    return bool(words) and words[-1].lower() in _RECORD_HEADS and (len(words) == 1 or words[-1].islower())


def find_speaker(sentence: str) -> Speaker | None:
    """Who holds what the sentence states, with their role where given: a person, an
    organisation or a group that argues, warns, demands, expects or promises, or that says
    something which is a view. None when the sentence only reports a fact or a schedule on
    someone's authority ("The council said 23 houses burned"): that is no stakeholder position."""
    found = _speaking(sentence)
    if found is None:
        return None
    speaker, verb, clause, generic = found
    if names_no_one(speaker.name):
        return None  # "Nobody at the council has asked ...": no one who holds a view
    if holds_view(verb, clause, generic=generic):
        return speaker
    return speaker if not generic and verb and holder_stance(clause, speaker) else None


def attribution(sentence: str) -> tuple[Speaker, str, str, bool] | None:
    """Who speaks or acts in *sentence*, whatever they state: (speaker, verb, the rest of the
    sentence, whether the speaker is people by what they are), or None."""
    return _speaking(sentence)


def _speaking(sentence: str) -> tuple[Speaker, str, str, bool] | None:
    found = _quoted_person(sentence)
    if found is not None and _POSSESSIVE_END.search(found[0].name):
        found = None  # "The union welcomes Judge Ana Ruiz's decision": the judge owns the object, the union speaks
    found = found or _actor(sentence)
    return None if found is not None and _POSSESSIVE_END.search(found[0].name) else found


_POSSESSIVE_END = re.compile(r"['’]s?$")
"""A name that ends in a possessive ("Ana Ruiz's") is the owner of what follows, never who speaks."""


# The writer's own stance in first person: "I am asking for ...", "For years I have asked for ...",
# "We urge ...", "I believe ..." (a verb of asking, urging, arguing or believing after I/we).
_WRITERS_STANCE = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:have|had|am|are|do|did|will|would|still|also|now|long|repeatedly)\s+){0,2}"
    r"(?:not\s+)?(?:ask(?:ed|ing)?|urg(?:e|ed|ing)|argu(?:e|ed|ing)|call(?:ed|ing)? (?:for|on)|"
    r"believ(?:e|ed)|think|doubt|oppos(?:e|ed)|support(?:ed)?|want(?:ed)?|propos(?:e|ed))\b")


# A what-if worked out ("A 30% overrun would take the cost to roughly 1.8 billion euros", "Every
# month of delay could cost 40 million"): the main clause's subject is a supposed case, an
# indefinite or distributive noun phrase, its verb a conditional modal of a change by a figure: a
# sensitivity, no stance.
WHAT_IF = re.compile(r"^(?:an?|any|every|each|another)\s+(?:(?!(?:said|says|told|added|argued|warned)\b)[\w%$€£.’'-]+\s+)"
                     r"{0,5}?(?:would|could|might)\s+(?:also\s+)?(?:take|cut|add|raise|lower|reduce|cost|push|lift|"
                     r"increase|wipe|shave|knock|lop|trim|boost)\b[^.;]*\d", re.IGNORECASE)


# What an analyst's model takes as given or works out ("Our base case assumes a re-letting within nine
# months", "our valuation implies 12x earnings"): the model's inputs, not the writer's judgement.
_MODEL_AT_WORK = re.compile(r"\b[Oo]ur (?:base case|valuation|fair[- ]value|model|forecasts?|estimates?)\s+"
                            r"(?:\w+ly\s+)?(?:assum|impl|includ|incorporat|factor|reflect|bak)\w*")


def writers_thesis(sentence: str) -> int:
    """How plainly *sentence* states its writer's own position (an opinion column's or an analyst
    note's thesis), by its form: 2 when it is in first person with a verb of view or of asking ("We
    think ...", "In our view ...", "For years I have asked for ..."); 1 when it says what ought to be
    done in the writer's voice ("The council should have insisted ..."); 0 when it reports what
    someone else says or decided, quotes anyone, or is neither. What the writer's model assumes or
    implies ("Our base case assumes ...") is no view (`_MODEL_AT_WORK`)."""
    bare = re.sub(r'“[^”]*”|"[^"]*"', " ", sentence)
    if bare != sentence and re.search(r"[“\"]", sentence) and len(bare.split()) < len(sentence.split()) // 2:
        return 0  # mostly a quotation of someone
    # a verb of saying that tells what someone did say, not what ought to be said ("should have insisted")
    told = re.sub(r"\b(?:should|must|ought to|need to)(?: not)?(?: have)? \w+", " ", bare)
    if re.search(r"\b" + _REPORTING + r"\b", told) or _REPORTED_THAT.search(told) or WHAT_IF.match(bare):
        return 0  # what someone said, or a what-if worked out ("A 30% overrun would ... cut our valuation")
    if _AUTHORS_VIEW.search(_MODEL_AT_WORK.sub(" ", bare)) or _WRITERS_STANCE.search(bare):
        return 2
    # an embedded question or condition asserts nothing ("Nobody asked me whether it should sell")
    asserted = re.sub(r"\b(?:whether|if)\b[^,;:.]*", " ", bare)
    return 1 if _NORMATIVE.search(asserted) else 0


def holds_view(verb: str, clause: str, *, generic: bool = False) -> bool:
    """Whether a statement made with *verb* ("said", "urged"; "" for "according to") about
    *clause* (the sentence without speaker and verb) is its speaker's view, demand or intent.

    A *generic* speaker (people by what they are: "Analysts", "Consumer groups") holds a
    position only by what it asks for or argues; its warnings, fears and forecasts are an
    assessment of what may come (a risk, an outlook), not a stakeholder's stance."""
    if not verb:
        return False
    if generic:
        return bool(_ADVOCACY.match(verb) or _NORMATIVE.search(clause))
    if _STANCE_ONLY.match(verb) or _AND_STANCE.search(clause):
        return True
    return bool(_VIEW.search(clause) or _OWN_INTENT_CLAUSE.search(clause) or _FIRST_PERSON_QUOTE.search(clause)
                or _QUOTED_JUDGEMENT.search(clause))


# What a holder itself wants, backs, opposes, refuses or means to do, said of it as the subject of a
# reported clause ("said it supported stronger age checks but opposed an outright ban", "said the
# governor supported the council's right", "said on Tuesday it was reviewing its legal options",
# "has told the lenders it will not put in more money"): the clause's subject is the holder (a
# pronoun, or a noun phrase sharing a word with the holder's name or role), or none after "but"/"and".
_HOLDER_VERB = (
    r"(?:(?:also|still|now|strongly|fully|firmly|broadly|did|does|do|would|will|could|can|had|has|have)\s+){0,2}"
    r"(?:not\s+|n['’]t\s+|never\s+)?[\"“]?"
    r"(?:support(?:s|ed)?|oppos(?:e|es|ed)|welcom(?:e|es|ed)|wants?|wanted|reject(?:s|ed)?|refus(?:e|es|ed)|"
    r"back(?:s|ed)|favou?r(?:s|ed)?|endors(?:e|es|ed)|object(?:s|ed)?\s+to|ruled?\s+out|rules\s+out|"
    # a denial or an admission of its own part ("it does not accept liability", "it denied causing the
    # leak", "it disputes the findings", "it regretted the decision"): a stance the holder takes; not
    # items it processed, counted ("it accepted 23 applications", "had denied 40 permits")
    r"(?:accept(?:s|ed)?|den(?:y|ies|ied))(?!\s+(?:(?:about|some|over|nearly|almost|more\s+than|fewer\s+than)\s+)?"
    r"[\d£$€])|disput(?:e|es|ed)|contest(?:s|ed)?|admit(?:s|ted)?|regret(?:s|ted)?|"
    r"intend(?:s|ed)?|plan(?:s|ned)?\s+to|aim(?:s|ed)?\s+to|seek(?:s)?\s+to|sought\s+to|prefer(?:s|red)?|"
    r"(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:considering|reviewing|weighing|exploring|preparing\s+to|"
    r"(?:ready|prepared|willing|open|determined)\s+to|against|in\s+favou?r\s+of))\b")
# "it will not put in more money", not an impersonal "it will take years", "it will be costly"
_HOLDER_MODAL = r"(?:will|won['’]t|shall)\b(?!\s+(?:not\s+)?(?:be|take|cost|mean|last|depend|require|need|have|remain)\b)"
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|he|she|we|I)\s+(?:" + _HOLDER_VERB + "|" + _HOLDER_MODAL + ")")
_NP_SUBJECT = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
                         r"(?:" + _HOLDER_VERB + ")")
_COORDINATED = re.compile(r"\b(?:but|and)\s+" + _HOLDER_VERB)
_PLACE_BODY = frozenset("county state city country nation town region province government administration".split())


def holder_stance(clause: str, holder: Speaker) -> bool:
    """Whether *clause* (what *holder* said, without the speaker and verb) says what the holder
    itself wants, backs, opposes, refuses or means to do (`_HOLDER_VERB`, or "will"/"won't" after a
    pronoun), with the holder as the clause's subject: a pronoun, a noun phrase that shares a word
    with the holder's name or role ("Governor Alan Whitcomb's office said the governor supported"),
    a place's body ("the county"), or no subject after "but"/"and" ("it supported X but opposed Y").
    A stance of someone else's the holder reports ("said residents opposed the plan") is none."""
    if _PRONOUN_SUBJECT.search(clause) or _COORDINATED.search(clause):
        return True
    own = {w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’-]+", f"{holder.name} {holder.role}")}
    own = (own - STOP_WORDS) | _PLACE_BODY
    return any(m.group(1).split()[-1].lower() in own for m in _NP_SUBJECT.finditer(clause))


# A quoted sentence that judges what happened: a demonstrative or "it" as subject, a copula and a
# predicate ("\"This is the right decision, ten years late,\" said ..."): the speaker's verdict on the event.
_QUOTED_JUDGEMENT = re.compile(r"^\s*[\"“](?:This|That|It)(?:\s+(?:is|was|will be|would be)|['’]s)\s+(?:not\s+)?"
                               r"(?:(?:a|an|the)\s+)?[a-z][\w-]*")


def _inside_quotation(sentence: str, at: int) -> bool:
    """Whether position *at* of *sentence* lies within a quotation that opens before it (an odd
    number of straight quotes before it, or a curly opening quote not yet closed)."""
    before = sentence[:at]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


@lru_cache(maxsize=1 << 16)
def _quoted_person(sentence: str) -> tuple[Speaker, str, str, bool] | None:
    """A named person who speaks, with the verb, the rest of the sentence and False (not generic).

    Cached: extraction asks it of one sentence from many places (its draft, then every pair
    it is weighed in); the answer is a function of the text alone and immutable."""
    for number, pattern in enumerate(_SPEAKER_PATTERNS):
        core = _SPEAKER_CORES.get(number)
        if core is not None and core.search(sentence) is None:
            continue
        for match in pattern.finditer(sentence):
            name = _one_name(match.group("name"))
            if name.split()[0] in _NOT_NAMES or _inside_quotation(sentence, match.start("name")):
                continue  # ('"... Now I'm told it's waste," said Dalgaard': words of the quotation speak for no one)
            if number in (1, 3) and _NOT_SUBJECT.search(sentence, 0, match.start("name")):
                continue  # "images from NASA's Hubble Space Telescope said": the name is not who speaks
            role = (match.groupdict().get("role") or "").strip(" ,")
            hyphened = re.search(r"((?:[A-Z][\w&'’]*\s+){0,3})([A-Z]?[a-z]+)-$", sentence[:match.start("name")])
            if hyphened and len(name.split()) >= 3 and (hyphened.group(2) in TITLE_WORDS
                                                        or ROLE_NOUN.search(hyphened.group(2).lower())):
                # "TUC Secretary-General Joshua Ansah": the name's first word closes a hyphenated title
                role = role or (hyphened.group(0) + name.split()[0]).strip()
                name = " ".join(name.split()[1:])

            # A name the pattern caught in the middle ("The Health Products Safety Board, the
            # federal regulator, said"): the capitalised words before it belong to it.
            before_name = _NAME_OPENING.search(sentence[:match.start("name")])
            if before_name and number in (1, 4, 5):
                lead = [w for w in before_name.group(1).split() if w not in _NOT_NAMES]
                owner = next((i for i, w in enumerate(lead) if re.search(r"['’]s$", w)), None)
                if owner is not None:
                    # "LTO's Erik Hoogland said": the owner before the possessive is whose, not the name
                    role = role or re.sub(r"['’]s$", "", " ".join(lead[:owner + 1]))
                    lead = lead[owner + 1:]
                if lead and len(lead) + len(name.split()) <= 6:
                    name = " ".join(lead + name.split())
            words = name.split()
            titled = next((i for i, word in enumerate(words[:-2]) if "-" in word and (
                word.split("-")[0] in TITLE_WORDS or ROLE_NOUN.search(word.split("-")[0].lower()))), None)
            if titled is not None:
                # "ILO Director-General Amara Okonkwo": the name caught a hyphenated title whole
                role = role or " ".join(words[:titled + 1])
                words = words[titled + 1:]
            at = next((i for i, word in enumerate(words) if word in TITLE_WORDS), None)
            if at is not None and len(words) > 2:
                # "Chief Executive Anne Park", "Meridian Chief Executive Rita Valadares": the title (and the
                # body before it) is the role, not the name
                end = at
                while end < len(words) and words[end] in TITLE_WORDS:
                    end += 1
                person = words[end:]
                if 2 <= len(person) <= 3 and all(part[:1].isupper() and part[1:].islower()
                                                 for t in person for part in t.split("-")):
                    role = role or " ".join(words[:end])
                    words = person
            name = " ".join(words)
            role = re.sub(r"^(?:the|a|an)\s+", "", role)
            if role and len(role.split()) > 8:
                # Keep the head of a long role: up to its first role word.
                head = re.search(r"^.*?\b" + _ROLE_WORDS + r"\b", role, re.IGNORECASE)
                role = head.group(0) if head and len(head.group(0).split()) <= 10 else ""
            if role and re.search(r"\b(?:said|says|that)\b", role):
                role = ""
            verb = match.groupdict().get("verb") or ""
            return Speaker(name=name, role=role), verb, sentence[:match.start()] + " " + sentence[match.end():], False
    return None


def _one_name(name: str) -> str:
    """A name as one line: a hard-wrapped break a space, or nothing after a hyphen ("Reilly-\nVance"; `clean.rejoin_hyphens`)."""
    return rejoin_hyphens(" ".join(name.split()))


@lru_cache(maxsize=1 << 16)
def _actor(sentence: str) -> tuple[Speaker, str, str, bool] | None:
    """(Cached, as `_quoted_person`.) An organisation or group that speaks, with the verb, the rest of the sentence and
    whether it is people by what they are (`_generic`)."""
    bare = _DASH_ASIDE.sub(" ", sentence, count=1)
    if bare == sentence:
        bare = _RELATIVE_ASIDE.sub(" ", sentence, count=1)
    if bare != sentence and _actor_in(bare) is not None:
        return _actor_in(bare)
    return _actor_in(sentence)


# A parenthetical set off by dashes after a subject ("The five councils around the airport — Hallam,
# Eastbury and Wick Green — said"): the aside names members; the sentence reads as without it.
_DASH_ASIDE = re.compile(r"\s+[—–]\s+[^—–.;:\"“”]{2,160}?\s+[—–]\s+(?=\S)")
# A non-restrictive relative clause between a named subject and its verb ("The GMB union, which
# represents around 2,000 staff, called on ministers ..."): the sentence reads as without it.
_RELATIVE_ASIDE = re.compile(r"(?<=[\w’'])\s*,\s+(?:which|who)\s+(?:[^,;:\"“”]|(?<=\d),(?=\d)){2,120}?,\s+(?=[a-z])")


def _actor_in(sentence: str) -> tuple[Speaker, str, str, bool] | None:
    for pattern in _ACTOR_PATTERNS:
        match = pattern.search(sentence)
        if match is None:
            continue
        actor = match.group("actor").strip()
        words = actor.split()
        if words[0].lower() in _NOT_ACTOR or words[0] in _NOT_NAMES and len(words) == 1:
            continue
        name, role = re.sub(r"^(?:the|a|an|its|their)\s+", "", actor, flags=re.IGNORECASE), ""
        proper = match.group("proper")
        if proper and not name.endswith(proper):  # "The operator, Viaro, said"
            name, role = proper, name
        elif proper and name != proper:  # "the consumer group Travelwise"
            name, role = proper, name[:-len(proper)].strip()
        if name.split()[0] in _NOT_NAMES:
            continue
        verb = match.group("verb")
        last = actor.split()[-1].lower()
        if verb.split()[0].lower() in _BASE_FORMS and not (last.endswith("s") or last in _PLURAL_WITHOUT_S):
            continue  # "Electricity demand hit a record": a noun, not a verb
        name = name[:1].upper() + name[1:]
        clause = sentence[:match.start()] + " " + sentence[match.end():]
        return Speaker(name=name, role=role), verb, clause, _generic(actor)
    return None


def _generic(actor: str) -> bool:
    """People by what they are ("Analysts", "Consumer groups", "traders"): a plural with no
    name and no determiner pointing at one body."""
    words = actor.split()
    if words[0].lower() in {"the", "its", "their"} or any(w[:1].isupper() for w in words[1:]):
        return False
    head = re.split(r"\s+(?:at|of|in|from|for|with)\s+", actor)[0].split()[-1].lower()  # "economists at the institute"
    return head.endswith("s") or head in _PLURAL_WITHOUT_S


# A risk: a possible adverse outcome. Either the sentence names one ("risk of", "threatens",
# "warned that", "fear that") or a modal of possibility ("could", "may", "might", "would")
# governs an adverse consequence. General English, no subject's words.
_RISK_WORDS = compile_folded(
    r"\b(?:risks?\b(?! (?:is|was|were|are) (?:low|small|minimal|negligible))|at risk|risked|risking|threat(?:en(?:s|ed|ing)?)?\b|"
    r"danger(?:s|ous)?\b|jeopardi[sz]e|imperil|(?<!ignoring )(?<!ignored )warn(?:s|ed|ings?)?\s+(?:that|of|about|against)\b|fears?\b|feared|concerns? (?:that|about|over)|"
    r"worr(?:y|ies|ied) (?:that|about)|vulnerab|exposed to|exposing|could not be ruled out|cannot be ruled out|"
    r"in danger of|on the brink|"
    # a cost to come ("the delay would cost users tens of millions"), not a comparison of two ways
    # ("building their own system would cost more than the commission": a reason, no outcome)
    r"(?:could|may|might|would)\s+(?:\w+\s+)?cost\b(?!\s+(?:\w+\s+){0,2}?(?:more|less|fewer)\s+than\s+"
    r"(?![$€£\d]|(?:an?\s+|half\s+a\s+)?(?:hundred|thousand|million|billion|trillion|year|month|decade)s?\b)))"
)
_POSSIBLE = compile_folded(
    r"\b(?:could|may|might|can)\b(?!\s+(?:not|n['’]t)\s+(?:say|confirm|comment|be reached))"
    r"(?!\s+(?:\w+\s+)?have\b)"  # "could have added": a possibility in the past, not an outcome ahead
    r"|\bif\b|\bunless\b|\bpossible\b|\bpossibly\b|\bpotential(?:ly)?\b"
)
_ADVERSE = compile_folded(
    r"\b(?:lose|losing|loss(?:es)?|fail(?:s|ure)?|damag\w*|delay\w*|shortages?|short|run (?:low|out|dry)|"
    r"harm\w*|hurt\w*|fall\w*|drop\w*|declin\w*|collaps\w*|shut\w*|disrupt\w*|suspend\w*|"
    r"fine[sd]?|penalt\w*|sue[sd]?|lawsuits?|litigation|breach\w*|worsen\w*|cancel\w*|default\w*|bankrupt\w*|"
    r"deaths?|kill\w*|injur\w*|sick\w*|illness\w*|outages?|strikes?|escalat\w*|spread\w*|hinder\w*|erod\w*|"
    r"undermin\w*|weaken\w*|miss\w*|slow\w*|halt\w*|stall\w*|derail\w*|block\w*|reject\w*|ban(?:s|ned|ning)?|"
    r"sanction\w*|restrict\w*|tariffs?|inflation|recession|layoffs?|job losses|redundanc\w*|closures?|"
    r"flood\w*|contaminat\w*|leak\w*|evacuat\w*|crisis|unrest|violence|protests?|problems?|"
    r"backlash|downgrad\w*|writedowns?|impair\w*|liab\w*|claims?|compensation|not be covered|uninsured)\b"
)
# A pending event: something scheduled or awaited, by an actor, at a time to come ("will vote",
# "is due to rule", "talks are set to resume", "results are due on March 3", "a deadline").
_SCHEDULED = compile_folded(
    r"\b(?:(?:is|are|was|were)\s+(?:due|scheduled|set|slated|expected|to be)\b|due (?:on|in|by|next|this|to)\b|"
    r"scheduled|deadline|pending|awaits?|awaiting|must be (?:submitted|filed|paid|completed|made|lodged)|"
    r"will|shall|plans? to|planned|intends? to|is to|are to|"
    # a decision still pending
    r"(?:is|are)\s+(?:still\s+)?(?:considering|deliberating|weighing|mulling|contemplating|reviewing)|yet to (?:decide|rule))"
)
_EVENT = compile_folded(
    r"\b(?:meet(?:s|ing)?|talks|vote[sd]?|voting|ballot|elections?|referendum|decid\w*|decisions?|rul(?:e|es|ing)|"
    r"verdict|judg(?:e?ment)|hearings?|trial|court|appeal|inquiry|inquest|review|investigation|debat\w*|"
    r"publish\w*|release[sd]?|report|results|announce\w*|present\w*|launch\w*|unveil\w*|sign\w*|"
    r"open(?:s|ing)?|reopen\w*|clos(?:e|es|ing)|begin|start|resum\w*|submit\w*|summit|conference|"
    r"consultation|deadline|held|take place|visit|travel|testify|question|approv\w*|consider\w*|examin\w*|"
    r"install\w*|build|introduc\w*|implement\w*|roll out|take effect|come into force|enter into force|"
    r"challenge|file|filing|lodge|bids?|tender|auction|complet\w*|deliver\w*|ceremony|session)\b"
)
# An actor's own intention ("the union said it would oppose ...", "has said it will not
# intervene"): a commitment its holder makes, not a forecast of what will happen.
_OWN_INTENT = re.compile(r"\b(?:said|says|has said|have said|told \w+|announced|pledged|promised|vowed)\s+(?:that\s+)?"
                         r"(?:it|they|he|she|we|I)\s+(?:would|will|won['’]t|wouldn['’]t)\b", re.IGNORECASE)
_OWN_INTENT_CLAUSE = re.compile(r"^\s*(?:that\s+)?(?:it|they|he|she|we|I)\s+(?:would|will|won['’]t|wouldn['’]t)\b",
                                re.IGNORECASE)
# The speaker's own words about what they will do ("We will find out why"): an intention.
_FIRST_PERSON_INTENT = re.compile(r"\b(?:we|I)\s+(?:will|won['’]t|shall|are going to|am going to)\b|\b(?:we|I)['’]ll\b",
                                  re.IGNORECASE)
# "there was no backup that could check passengers in": an ability in the past, no forecast.
_PAST_ABILITY = re.compile(r"\b(?:that|which|who)\s+could\b")
_PAST_TENSE = re.compile(r"\b(?:was|were|had)\b")
# What a sentence mentions without stating it is to come: a plan named as a thing ("talks broke
# down over a plan to automate"), a schedule or plan denied ("no talks scheduled", "had no plans
# to"), a deadline already missed, a state held until something else ("halted pending a review",
# "ordered ... pending a full hearing": what was done is the statement), and what a guarantee,
# assurance or promise would say ("seeking a guarantee that no jobs will be lost": a demand).
_DETERMINED = r"(?<!\w)(?:a|an|the|its|their|his|her|our|no|any|that|this)\s+(?:\w+\s+)?"
_MENTIONED_ONLY = re.compile(
    _DETERMINED + r"plans?\s+to\b"
    r"|\b(?:no|not|without)\s+(?:\w+\s+){0,2}?(?:scheduled|planned|due)\b"
    r"|\bdeadlines?\s+(?:\w+\s+){0,3}?(?:was|were|had been|has been|have been|had|has|have)\s+(?:missed|passed|lapsed|expired)\b"
    r"|\bpending\s+(?=(?:a|an|the|its|their|further|full)\b)"
    r"|\b(?:guarantee|assurance|promise|pledge|commitment|undertaking)s?\s+that\b[^.;,]*",
    re.IGNORECASE,
)


def _as_stated(sentence: str) -> str:
    """*sentence* without what it only mentions (`_MENTIONED_ONLY`), for the tests of what is to come."""
    return _MENTIONED_ONLY.sub(" ", sentence)


_PAST_PERFECT_FORECAST = compile_folded(
    r"\bhad (?:been )?(?:forecast|predicted|expected|projected|planned|promised|estimated)\b")


# What people pay, possibly rising: adverse for whoever pays ("power prices could double").
_COST_RISE = compile_folded(r"\b(?:prices?|costs?|bills?|fees|rents?|premiums?)\b[^.;]{0,25}?\b(?:could|may|might|would)\s+"
                        r"(?:\w+\s+)?(?:rise|soar|surge|jump|double|triple|climb|spike)\b")


# A sentence headed by risks it goes on to name ("Risks to our view: a strike ...", "The main risks
# are that ...", "Key risks include a strike and cost overruns"): a risk noun as the subject of the
# main clause, then a colon, "are/is that" or "include", so what follows is each a possible adverse
# outcome, whoever holds the view ("our view"). Not "The risk is low" (nothing named).
RISK_LIST = re.compile(
    r"^\W*(?:the\s+|our\s+|its\s+|their\s+)?(?:(?:main|key|chief|principal|biggest|major|other|further|"
    r"primary|downside|two|three|four)\s+){0,2}(?:risks?|downside\s+risks?|threats?)\b"
    r"(?:\s+(?:to|for|facing|of|in)\s+[^:;.,]{1,50}?)?\s*(?::|\b(?:are|is|remain|remains)\s+that\b|"
    r"\binclude[sd]?\b)", re.IGNORECASE)


def risk_list(sentence: str) -> bool:
    """Whether *sentence* is headed by the risks it names (`RISK_LIST`)."""
    return bool(RISK_LIST.search(sentence))


def is_risk(sentence: str) -> bool:
    """A possible adverse outcome: a risk word, or a possibility (modal, "if") with an adverse consequence."""
    if _RISK_WORDS.search(sentence) or _COST_RISE.search(sentence):
        return True
    possible = _POSSIBLE.search(sentence)
    return bool(possible and _ADVERSE.search(sentence, possible.start()))


def is_upcoming(sentence: str, speaker: Speaker | None = None) -> bool:
    """A future, scheduled or pending event: a schedule word and an event word after it. What a
    speaker said would happen is one only when it has a time (see `reported_future`)."""
    sentence = _as_stated(sentence)
    scheduled = _SCHEDULED.search(sentence) or reported_future(sentence, speaker)
    return bool(scheduled and _EVENT.search(sentence))


def reported_future(sentence: str, speaker: Speaker | None) -> bool:
    """"X said Y would ...": a forecast or an event to come unless a speaker who holds it says
    it without a time, which makes it what that speaker argues or intends."""
    return bool(_REPORTED_WOULD.search(sentence) and (speaker is None or _HORIZON.search(sentence)))


def classify(sentence: str, *, source_kind: str, speaker: Speaker | None, has_figures: bool) -> str:
    """One of KINDS (models.NoteKind), by what the sentence states: a possible adverse outcome
    (risk), a future or pending event (upcoming), a forecast, someone's words (quote), a
    first-person or hedged view (opinion), a number (figure), else a fact. Who holds a
    statement is its speaker, whatever its kind."""
    if source_kind in {"forum thread", "comments"}:
        return "opinion"
    quoted = speaker is not None or bool(_DIRECT_QUOTE.search(sentence) and re.search(r"\b" + _REPORTING + r"\b",
                                                                                       sentence))
    if risk_list(sentence):
        return "risk"  # "Risks to our view: a strike could halt output ...": a list of risks, even in "our" view
    if not quoted and (_FIRST_PERSON.search(sentence) or _own_hedge(sentence)):
        return "opinion"
    if not quoted and source_kind not in _OWN_VOICE_KINDS and not re.search(r"\b" + _REPORTING + r"\b", sentence) \
            and _AUTHORS_VIEW.search(re.sub(r'“[^”]*”|"[^"]*"', " ", sentence)):
        return "opinion"
    if is_risk(sentence):
        return "risk"
    if _PAST_PERFECT_FORECAST.search(sentence):
        return "quote" if quoted else "figure" if has_figures else "fact"  # an earlier forecast, reported
    if is_upcoming(sentence, speaker):
        return "upcoming"
    stated = _as_stated(sentence)
    ahead = _PAST_ABILITY.sub("", stated) if _PAST_TENSE.search(stated) else stated
    intent = _OWN_INTENT.search(sentence) or quoted and _FIRST_PERSON_INTENT.search(sentence)
    if (_FORECAST.search(ahead) or reported_future(stated, speaker)) and not intent:
        return "forecast"
    if quoted:
        return "quote"
    if has_figures:
        return "figure"
    return "fact"


# ---------------------------------------------------------------- figures

find_figures = figures.find_figures
"""Numbers with their unit, scale, period and what they measure (see notes/figures.py)."""


# ---------------------------------------------------------------- entities

_CAP_SEQ = re.compile(r"\b(?:[A-Z][\w&'’.-]*[\w])(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’.-]*[\w]){0,6}")
_ORG_SUFFIX = re.compile(
    r"\b(?:Inc|Corp|Corporation|Ltd|LLC|plc|Group|Company|Co|Holdings|Department|Ministry|Administration|Agency|"
    r"Commission|Bank|University|Institute|Council|Party|Association|Authority|Office|Committee|Court|Senate|"
    r"Congress|Parliament|Fund|Foundation|Board|Bureau|Service|Reserve|Exchange|Times|News|Post|Journal)\.?$"
)
_PERSON_CUE = re.compile(r"(?:" + _ROLE_WORDS + r"|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+$", re.IGNORECASE)
_PLACE_CUE = re.compile(r"\b(?:in|from|across|throughout|into|near)\s+$")
_MONTHS_DAYS = _NOT_NAMES


def _split_title(tokens: list[str]) -> tuple[list[str], list[str], list[str]]:
    """"Acme CEO Jane Doe" -> (["Acme"], ["CEO"], ["Jane", "Doe"]); no title inside -> ([], [], tokens)."""
    for index, token in enumerate(tokens):
        if token in TITLE_WORDS and 0 < index:
            end = index
            while end < len(tokens) and tokens[end] in TITLE_WORDS:
                end += 1
            person = tokens[end:]
            if 1 < len(person) <= 3 and all(t[:1].isupper() and t[1:].islower() for t in person):
                if all(t in TITLE_WORDS for t in tokens[:index]):
                    return [], tokens[:end], person  # "Chief Executive Maren Oduya": "Chief" owns nothing
                return tokens[:index], tokens[index:end], person
    return [], [], tokens


def find_entities(sentence: str, speaker: Speaker | None = None) -> tuple[Entity, ...]:
    """Named people, organisations, places and products, by shape and context.

    "Acme CEO Jane Doe" gives the person Jane Doe (role "Acme CEO") and the organisation Acme."""
    found: dict[str, Entity] = {}
    if speaker is not None:
        found[speaker.name] = Entity(speaker.name, "person", speaker.role)
    for match in _CAP_SEQ.finditer(sentence):
        name = match.group(0).strip(" .")
        name = re.sub(r"[’']s$", "", name)
        tokens = name.split()
        while tokens and tokens[0] in _NOT_NAMES:
            tokens = tokens[1:]
        if not tokens:
            continue
        while len(tokens) > 1 and tokens[-1] in TITLE_WORDS:  # "Harbor Water Authority Chief Executive"
            tokens = tokens[:-1]
        owner, title, person = _split_title(tokens)
        if title:
            person_name = " ".join(person)
            if person_name not in found or not found[person_name].role:
                found[person_name] = Entity(person_name, "person", " ".join(owner + title))
            if owner and " ".join(owner) not in found:
                found[" ".join(owner)] = Entity(" ".join(owner), "organisation")
            continue
        name = " ".join(tokens)
        start = match.start() + match.group(0).find(tokens[0])
        if start == 0 and len(tokens) == 1 and not any(c.isdigit() for c in name) and not name.isupper():
            continue  # a capitalised first word is usually just a sentence start
        if name in found or len(name) < 2:
            continue
        before = sentence[max(0, start - 40):start]
        if any(c.isdigit() for c in name) and any(c.isalpha() for c in name):
            kind = "product"
        elif _ORG_SUFFIX.search(name):
            kind = "organisation"
        elif _PERSON_CUE.search(before) or (
            len(tokens) in (2, 3) and all(t[:1].isupper() and t[1:].islower() for t in tokens)
            and re.match(r"\s*(?:,|" + _REPORTING + r"|who)", sentence[match.end():])
        ):
            kind = "person"
        elif _PLACE_CUE.search(before) and len(tokens) <= 2 and not name.isupper():
            kind = "place"
        else:
            kind = "other"
        found[name] = Entity(name, kind)
    return tuple(found.values())


# ---------------------------------------------------------------- themes


@lru_cache(maxsize=8)
def load_lexicon(path: Path) -> tuple[tuple[str, Folded], ...]:
    """Theme name -> compiled pattern, from a TOML lexicon ([themes] name = ["term", "prefix*"]);
    TemplateError naming the file when it is not valid."""
    from briefgen import schema
    from briefgen.errors import TemplateError
    from briefgen.workspace import read_toml

    data, text = read_toml(path, str(path), TemplateError)
    lines = schema.toml_lines(text)
    # The lexicon is the [themes] table; an older layout put the themes at the top level.
    prefix: tuple[str, ...] = () if "themes" in data else ("themes",)
    parsed, problems = schema.validate(
        schema.LexiconFile, data if not prefix else {"themes": data}, file=str(path),
        line_of=lambda loc: schema.line_in(lines, loc[len(prefix):]),
    )
    if problems:
        raise TemplateError(schema.one_line(problems, "fix the theme lexicon"))
    compiled = []
    for name, terms in parsed.themes.items():
        parts = []
        for term in terms:
            # A-Z lowered: the same under IGNORECASE, and it lets Folded search case-sensitively.
            escaped = re.escape(term.rstrip("*").translate(ASCII_LOWER)).replace(r"\ ", r"\s+")
            parts.append(escaped + (r"\w*" if term.endswith("*") else r"s?"))
        compiled.append((name, compile_folded(r"\b(?:" + "|".join(parts) + r")\b")))
    return tuple(compiled)


def find_themes(sentence: str, lexicon: tuple[tuple[str, Folded], ...]) -> tuple[str, ...]:
    """Names of the lexicon themes the sentence touches, in lexicon order."""
    return tuple(name for name, pattern in lexicon if pattern.search(sentence))
