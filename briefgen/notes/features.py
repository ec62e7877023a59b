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

from briefgen.ingest.clean import MONTHS, WEEKDAYS, dateline_end
from briefgen.models import Entity
from briefgen.notes import figures

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


def is_candidate(sentence: str) -> bool:
    """A full, declarative sentence worth a note (no questions, fragments or boilerplate)."""
    words = _WORDS.findall(sentence)
    if not 7 <= len(words) <= 90:
        return False
    stripped = sentence.rstrip()
    if stripped.endswith("?") or not _ENDS_WELL.search(stripped):
        return False
    letters = sum(c.isalpha() for c in sentence)
    if letters < 0.6 * len(sentence.replace(" ", "")):
        return False
    if re.search(r"https?://|www\.", sentence):
        return False
    return not sentence[:1].islower()


# ---------------------------------------------------------------- kinds

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|IMO|IMHO|ime)\b")
_FORECAST = re.compile(
    r"\b(?:will|won't|won’t|shall|is expected|are expected|expects?|expected to|forecasts?|predicts?|projected|"
    r"plans? to|planning to|is set to|are set to|poised to|likely|unlikely|(?:could|may|might)(?!\s+(?:\w+\s+)?have\b)|outlook|"
    r"is considering|are considering|next (?:year|quarter|month|week)|by (?:19|20)\d\d|in the coming)\b"
    # the future as reported: "said the river would keep rising"
    r"|\b(?:said|says|told|expects?|expected|believes?|believed|thinks?|thought|predicted)\b[^.;]{0,80}?\bwould\b",
    re.IGNORECASE,
)
_HEDGED_OPINION = re.compile(
    r"\b(?:I think|I believe|in my (?:view|opinion)|seems? like|arguably|frankly|undoubtedly|should)\b",
    re.IGNORECASE,
)
_SPEECH = (
    r"(?:said|says|stated|states|told|explained|noted|added|argued|warned|claimed|claims|believes|thinks|"
    r"wrote|insisted|acknowledged|announced|cautioned|predicted|estimated|suggested|stressed|emphasi[sz]ed|"
    r"accused|denied|demanded|urged|promised|pledged|vowed|rejected|welcomed|critici[sz]ed|called for|"
    r"recommended|defended|opposed|contested|disputed|accepted)"
)
_NAME = r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){1,2})"
_ROLE_WORDS = (
    r"(?:chief executive|chief executive officer|CEO|CFO|CTO|COO|founder|co-founder|chairman|chairwoman|chair|"
    r"president|vice president|prime minister|minister|secretary|spokes(?:man|woman|person)|adviser|advisor|"
    r"director|analyst|economist|professor|researcher|governor|senator|representative|ambassador|official|"
    r"head|leader|commissioner|czar|chancellor|mayor|general|editor|strategist|partner|manager|lawyer)"
)
_SPEAKER_PATTERNS = (
    # Anthropic CEO Dario Amodei who thinks / said
    re.compile(
        r"(?P<role>(?:[A-Z][\w&.'’-]*\s+){0,4}" + _ROLE_WORDS + r")\s+" + _NAME
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
)
_DIRECT_QUOTE = re.compile(r"[\"“«„][^\"“”«»„]{12,}[\"”»]")
_NOT_NAMES = frozenset(
    "The This That These Those There Their They It Its He She We Our You Your But And Or If When While "
    "Although Despite However Meanwhile Some Many Most Other Another Each Every According Still Yet Even".split()
) | {word.capitalize() for word in MONTHS + WEEKDAYS}


_NOT_SUBJECT = re.compile(r"(?:['’]s|\b(?:of|from|with|by|at|in|on|for|to|into|the|a|an|its|their|his|her))\s+$")


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str


def find_speaker(sentence: str) -> Speaker | None:
    """Who the sentence quotes or reports, with their role where given."""
    for number, pattern in enumerate(_SPEAKER_PATTERNS):
        for match in pattern.finditer(sentence):
            name = match.group("name")
            if name.split()[0] in _NOT_NAMES:
                continue
            if number in (1, 3) and _NOT_SUBJECT.search(sentence, 0, match.start("name")):
                continue  # "images from NASA's Hubble Space Telescope said": the name is not who speaks
            role = (match.groupdict().get("role") or "").strip(" ,")
            words = name.split()
            if len(words) > 2 and words[0] in _TITLES:  # "Executive Anne Park": the title is not the name
                before = re.findall(r"[A-Z][\w&'’.-]*", sentence[max(0, match.start("name") - 60):match.start("name")])
                role = role or " ".join(before[-4:] + [words[0]])
                words = words[1:]
            name = " ".join(words)
            role = re.sub(r"^(?:the|a|an)\s+", "", role)
            if role and len(role.split()) > 8:
                # Keep the head of a long role: up to its first role word.
                head = re.search(r"^.*?\b" + _ROLE_WORDS + r"\b", role, re.IGNORECASE)
                role = head.group(0) if head and len(head.group(0).split()) <= 10 else ""
            if role and re.search(r"\b(?:said|says|that)\b", role):
                role = ""
            return Speaker(name=name, role=role)
    return None


# A risk: a possible adverse outcome. Either the sentence names one ("risk of", "threatens",
# "warned that", "fear that") or a modal of possibility ("could", "may", "might", "would")
# governs an adverse consequence. General English, no subject's words.
_RISK_WORDS = re.compile(
    r"\b(?:risks?\b(?! (?:is|was|were|are) (?:low|small|minimal|negligible))|at risk|risked|risking|threat(?:en(?:s|ed|ing)?)?\b|"
    r"danger(?:s|ous)?\b|jeopardi[sz]e|imperil|warn(?:s|ed|ings?)?\s+(?:that|of|about|against)\b|fears?\b|feared|concerns? (?:that|about|over)|"
    r"worr(?:y|ies|ied) (?:that|about)|vulnerab|exposed to|exposing|could not be ruled out|cannot be ruled out|"
    r"in danger of|on the brink|(?:could|may|might|would)\s+(?:\w+\s+)?cost\b)",
    re.IGNORECASE,
)
_POSSIBLE = re.compile(
    r"\b(?:could|may|might|can)\b(?!\s+(?:not|n['’]t)\s+(?:say|confirm|comment|be reached))"
    r"(?!\s+(?:\w+\s+)?have\b)"  # "could have added": a possibility in the past, not an outcome ahead
    r"|\bif\b|\bunless\b|\bpossible\b|\bpossibly\b|\bpotential(?:ly)?\b",
    re.IGNORECASE,
)
_ADVERSE = re.compile(
    r"\b(?:lose|losing|loss(?:es)?|fail(?:s|ure)?|damag\w*|delay\w*|shortages?|short|run (?:low|out|dry)|"
    r"harm\w*|hurt\w*|fall\w*|drop\w*|declin\w*|collaps\w*|shut\w*|disrupt\w*|suspend\w*|"
    r"fine[sd]?|penalt\w*|sue[sd]?|lawsuits?|litigation|breach\w*|worsen\w*|cancel\w*|default\w*|bankrupt\w*|"
    r"deaths?|kill\w*|injur\w*|sick\w*|illness\w*|outages?|strikes?|escalat\w*|spread\w*|hinder\w*|erod\w*|"
    r"undermin\w*|weaken\w*|miss\w*|slow\w*|halt\w*|stall\w*|derail\w*|block\w*|reject\w*|ban(?:s|ned|ning)?|"
    r"sanction\w*|restrict\w*|tariffs?|inflation|recession|layoffs?|job losses|redundanc\w*|closures?|"
    r"flood\w*|contaminat\w*|leak\w*|evacuat\w*|crisis|unrest|violence|protests?|problems?|"
    r"backlash|downgrad\w*|writedowns?|impair\w*|liab\w*|claims?|compensation|not be covered|uninsured)\b",
    re.IGNORECASE,
)
# A pending event: something scheduled or awaited, by an actor, at a time to come ("will vote",
# "is due to rule", "talks are set to resume", "results are due on March 3", "a deadline").
_SCHEDULED = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:due|scheduled|set|slated|expected|to be)\b|due (?:on|in|by|next|this|to)\b|"
    r"scheduled|deadline|pending|awaits?|awaiting|must be (?:submitted|filed|paid|completed|made|lodged)|"
    r"will|shall|plans? to|planned|intends? to|is to|are to|"
    # a decision still pending
    r"(?:is|are)\s+(?:still\s+)?(?:considering|deliberating|weighing|mulling|contemplating|reviewing)|yet to (?:decide|rule)"
    r"|\b(?:said|says|told|announced|confirmed)\b[^.;]{0,80}?\bwould)",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"\b(?:meet(?:s|ing)?|talks|vote[sd]?|voting|ballot|elections?|referendum|decid\w*|decisions?|rul(?:e|es|ing)|"
    r"verdict|judg(?:e?ment)|hearings?|trial|court|appeal|inquiry|inquest|review|investigation|debat\w*|"
    r"publish\w*|release[sd]?|report|results|announce\w*|present\w*|launch\w*|unveil\w*|sign\w*|"
    r"open(?:s|ing)?|reopen\w*|clos(?:e|es|ing)|begin|start|resum\w*|submit\w*|summit|conference|"
    r"consultation|deadline|held|take place|visit|travel|testify|question|approv\w*|consider\w*|examin\w*|"
    r"install\w*|build|introduc\w*|implement\w*|roll out|take effect|come into force|enter into force|"
    r"challenge|file|filing|lodge|bids?|tender|auction|complet\w*|deliver\w*|ceremony|session)\b",
    re.IGNORECASE,
)
# An actor's own intention ("the union said it would oppose ...", "has said it will not
# intervene"): a commitment its holder makes, not a forecast of what will happen.
_OWN_INTENT = re.compile(r"\b(?:said|says|has said|have said|told \w+|announced|pledged|promised|vowed)\s+(?:that\s+)?"
                         r"(?:it|they|he|she|we|I)\s+(?:would|will|won['’]t|wouldn['’]t)\b", re.IGNORECASE)
_PAST_PERFECT_FORECAST = re.compile(
    r"\bhad (?:been )?(?:forecast|predicted|expected|projected|planned|promised|estimated)\b", re.IGNORECASE)


def is_risk(sentence: str) -> bool:
    """A possible adverse outcome: a risk word, or a possibility (modal, "if") with an adverse consequence."""
    if _RISK_WORDS.search(sentence):
        return True
    possible = _POSSIBLE.search(sentence)
    return bool(possible and _ADVERSE.search(sentence, possible.start()))


def is_upcoming(sentence: str) -> bool:
    """A future, scheduled or pending event: a schedule word and an event word after it."""
    return bool(_SCHEDULED.search(sentence) and _EVENT.search(sentence))


def classify(sentence: str, *, source_kind: str, speaker: Speaker | None, has_figures: bool) -> str:
    """One of KINDS (models.NoteKind), by what the sentence states: a possible adverse outcome
    (risk), a future or pending event (upcoming), a forecast, someone's words (quote), a
    first-person or hedged view (opinion), a number (figure), else a fact. Who holds a
    statement is its speaker, whatever its kind."""
    if source_kind in {"forum thread", "comments"}:
        return "opinion"
    quoted = speaker is not None or bool(_DIRECT_QUOTE.search(sentence) and re.search(r"\b" + _SPEECH + r"\b",
                                                                                       sentence))
    if not quoted and (_FIRST_PERSON.search(sentence) or _HEDGED_OPINION.search(sentence)):
        return "opinion"
    if is_risk(sentence):
        return "risk"
    if _PAST_PERFECT_FORECAST.search(sentence):
        return "quote" if quoted else "figure" if has_figures else "fact"  # an earlier forecast, reported
    if is_upcoming(sentence):
        return "upcoming"
    if _FORECAST.search(sentence) and not _OWN_INTENT.search(sentence):
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


_TITLES = frozenset(
    "CEO CFO COO CTO Chief Executive President Chairman Chairwoman Chair Minister Secretary Director Governor "
    "Senator Mayor Professor Judge Commissioner Spokesperson Spokesman Spokeswoman Founder Analyst Economist".split()
)


def _split_title(tokens: list[str]) -> tuple[list[str], list[str], list[str]]:
    """"Acme CEO Jane Doe" -> (["Acme"], ["CEO"], ["Jane", "Doe"]); no title inside -> ([], [], tokens)."""
    for index, token in enumerate(tokens):
        if token in _TITLES and 0 < index:
            end = index
            while end < len(tokens) and tokens[end] in _TITLES:
                end += 1
            person = tokens[end:]
            if 1 < len(person) <= 3 and all(t[:1].isupper() and t[1:].islower() for t in person):
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
        while len(tokens) > 1 and tokens[-1] in _TITLES:  # "Harbor Water Authority Chief Executive"
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
            and re.match(r"\s*(?:,|" + _SPEECH + r"|who)", sentence[match.end():])
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
def load_lexicon(path: Path) -> tuple[tuple[str, re.Pattern[str]], ...]:
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
            escaped = re.escape(term.rstrip("*")).replace(r"\ ", r"\s+")
            parts.append(escaped + (r"\w*" if term.endswith("*") else r"s?"))
        compiled.append((name, re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)))
    return tuple(compiled)


def find_themes(sentence: str, lexicon: tuple[tuple[str, re.Pattern[str]], ...]) -> tuple[str, ...]:
    """Names of the lexicon themes the sentence touches, in lexicon order."""
    return tuple(name for name, pattern in lexicon if pattern.search(sentence))
