"""Who or what a name is, in the words its own source gives: "NWA" -> "National Water Agency",
"Marko Babic" -> "Adriatic chief executive".

A brief lifts sentences out of their articles; an article names a body in full once ("The
National Water Agency (NWA) said ...") and a person with their role once ("Adriatic chief
executive Marko Babic said ...", "said Hanne Vik, the council's fisheries director"), then
goes on with the bare acronym or name. A sentence the brief shows from further down its
article leaves the reader unable to place them. These functions find, in the text of the
one source a statement comes from and before the statement, the words that place a name:

- an acronym's full name: a run of capitalised words whose initials spell it ("Scottish
  Pelagic Fishermen's Association" for SPFA, "Office for Students" for OfS), or the phrase
  the source puts it in parentheses after ("the state electricity company (NEK)");
- a descriptor the source sets right before a name, without a comma ("Adriatic chief
  executive Marko Babic", "state generator NEK") or with one ("Norway's chief negotiator,
  Ingrid Solberg"), or right after a person's name between commas ("Hanne Vik, MSC's
  fisheries director for northern Europe, said").

By structure (capitalisation, initials, parentheses, apposition), not by lists of names;
every gloss is a stretch of the source's own words, so `verify` can check it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefgen.roles import HONORIFIC_TITLES, ROLE_NOUN, TITLE_WORDS

_LINKS = frozenset("of for and the on in de du la des del & to".split())
"""Lower-case words a body's name may hold between its capitalised words."""
_STOP = frozenset(
    "a an the and or of in on at for to by with from as than that which who whom whose this these those his her its "
    "their our said says told tells added adds warned according including about after before since while when where "
    "if but also has have had is are was were be been will would could should may might can not no new former "
    "then there here up down over under into onto out per via".split())
"""Lower-case words that do not belong to a descriptor ("said Marko Babic", "by Marko Babic")."""
_HONORIFICS = r"(?:(?:" + "|".join(HONORIFIC_TITLES) + r")\.?\s+)?"
_CAPWORD = r"[A-Z][\w'’&.-]*"
_ACRONYM = re.compile(r"(?<![\w'’&-])(?P<acr>[A-Z](?:[A-Z&]|[a-z](?=[A-Z])){1,6}[A-Z]?)(?![\w&-]|['’](?![sS]\b))")
"""An acronym as a text writes it: two to eight capitals, perhaps one lower-case letter between
("NWA", "SPFA", "OfS"); never a capitalised word ("Norway")."""
MAX_GLOSS_WORDS = 12


def acronyms(text: str) -> Iterator[re.Match[str]]:
    """The acronyms *text* names (each occurrence)."""
    for match in _ACRONYM.finditer(text):
        acr = match.group("acr")
        if sum(c.isupper() for c in acr) >= 2 and len(acr) <= 8:
            yield match


def _initials(words: list[str], links: bool) -> str:
    return "".join(w[0].lower() for w in words if w[:1].isalpha() and (links or w[0].isupper()))


def _letters(acr: str) -> str:
    return "".join(c.lower() for c in acr if c.isalpha())


_NAME_RUN = re.compile(_CAPWORD + r"(?:\s+(?:(?:" + "|".join(re.escape(w) for w in sorted(_LINKS)) + r")\s+){0,2}"
                       + _CAPWORD + r")*")


def full_name(text: str, acr: str, before: int) -> str | None:
    """The full name *text* gives for the acronym *acr* before offset *before*: a run of capitalised
    words whose initials spell it (the last such run: "National Water Agency"), else the phrase the
    source sets it in parentheses after ("the state electricity company (NEK)"); None when none,
    or when two different runs spell it."""
    letters = _letters(acr)
    if len(letters) < 2:
        return None
    found: list[str] = []
    for run in _NAME_RUN.finditer(text, 0, before):
        words = run.group().split()
        for start in range(len(words)):
            if not words[start][0].isupper() or words[start].lower() in ("the", "a", "an"):
                continue
            tail = words[start:]
            while tail and not tail[-1][0].isupper():
                tail = tail[:-1]
            if len(tail) < 2 or any(w.rstrip("'’s") == acr for w in tail):
                continue
            if _initials(tail, False) == letters or _initials(tail, True) == letters:
                name = " ".join(w.rstrip(",;:") for w in tail)
                name = re.sub(r"['’]s$", "", name)
                name = re.sub(r"(?<=[a-z]{3})\.$", "", name)  # the sentence's full stop ("... Monetary Fund."), not "Co."
                if name.lower() not in (f.lower() for f in found):
                    found.append(name)
                break
    if len(found) > 1 and len(letters) < 3:
        return None
    if len({f.lower() for f in found}) > 1:
        return None
    if found:
        return found[0]
    paren = re.search(r"(?<![^\s(\"“])(?P<np>(?:\b(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s*\(\s*"
                      + re.escape(acr) + r"\s*\)",
                      text[:before])
    if paren is None:
        return None
    words = paren.group("np").split()
    start = max((i for i, w in enumerate(words) if w.lower() in ("the", "a", "an")), default=0)
    words = words[start:]
    if not words or any(w.lower() in _STOP - {"the", "a", "an"} for w in words) or len(words) < 2:
        return None
    if any(c.isdigit() for w in words for c in w):
        return None  # "4.0 gigawatts (GW)": a quantity and its unit, no name of what GW stands for
    return " ".join(words)


@dataclass(frozen=True)
class Gloss:
    """Words of a source that place a name."""

    text: str
    """The gloss as the source writes it ("Adriatic chief executive")."""
    name: str
    """The name as the source writes it there (a person's full name: "Marko Babic")."""


def _descriptor_before(text: str, at: int) -> str | None:
    """The descriptor a text sets right before offset *at* (where a name begins): capitalised words
    then one to four lower-case ones ("Adriatic chief executive", "state generator"), or a phrase
    ending in a comma right before it ("Norway's chief negotiator,")."""
    head = text[max(0, at - 160):at]
    comma = head.rstrip().endswith(",")
    if comma:
        head = head.rstrip()[:-1]
    head = re.sub(r"\s+", " ", head).rstrip()
    # Back to the sentence's start or a mark.
    cut = max(head.rfind(m) for m in (". ", "; ", ": ", ", ", "(", "\"", "“", "”", " - ", " — ", "\n"))
    clause = head[cut + 1:].strip() if cut >= 0 else head.strip()
    words = clause.split()
    lower: list[str] = []
    of_role = re.search(r"(?:^|\s)([a-z][a-z-]*)\s+of\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)$", clause)
    if of_role and ROLE_NOUN.search(of_role.group(1)) and of_role.group(1) not in _STOP \
            and not set(of_role.group(2).split()) & _STOP:
        # "The Council's director of marketing, Ibrahim Touré": a role with its own "of" complement
        lower = of_role.group(0).split()
        words = words[:len(words) - len(lower)]
    while not of_role and words and words[-1][0].islower() and words[-1] not in _STOP \
            and re.fullmatch(r"[a-z][a-z-]*", words[-1]) and len(lower) < 4:
        lower.insert(0, words.pop())
    titled: list[str] = []
    while not lower and words and words[-1] in TITLE_WORDS and len(titled) < 3:
        titled.insert(0, words.pop())  # "Northmere Chair Desmond Kareth": a wire's capitalised title
    if titled:
        lower = titled
        if not words or not (re.search(r"\w['’]s$", words[-1]) or words[-1][0].isupper()
                             and words[-1].lower() not in _STOP and words[-1] not in TITLE_WORDS):
            return None  # "Chair Desmond Kareth", "said Director Ana Ruiz": a title with no owner
    if not lower or not (titled or ROLE_NOUN.search(lower[0] if of_role else lower[-1])):
        return None  # "Critics include Petra Holm": a verb, not a title
    owner: list[str] = []
    if words and re.search(r"\w['’]s$", words[-1]):  # "Norway's chief negotiator", "the university's vice-chancellor"
        owner = [words.pop()]
        if words and words[-1].lower() == "the":
            owner.insert(0, words.pop())
    else:
        while words and words[-1][0].isupper() and len(owner) < 3 and words[-1].lower() not in _STOP:
            owner.insert(0, words.pop())
    if words and words[-1].lower() not in ("the", "a", "an", "by", "from", "to", "with", "for", "of"):
        return None  # not at the start of a noun phrase: "said spokesman", "told chief"
    if comma and not owner and not (words and words[-1].lower() == "the"):
        return None  # ", chief, Name": a list, not an apposition
    if not owner and words and words[-1].lower() == "the":
        return "the " + " ".join(lower)
    return " ".join(owner + lower)


_AFTER = re.compile(r"\s*,\s+(?P<gloss>(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w&.-]*['’]s\s+)?[a-z][\w'’-]*(?:\s+[\w'’&-]+){0,9}?)"
                    r"\s*(?=,|\.(?!\w)|;)")


def _inside_name(words: Sequence[str], i: int) -> bool:
    """Whether the *i*-th of *words*, "and", joins two capitalised words of one name ("Fire and Rescue
    Service"), not two clauses or a list."""
    return words[i] == "and" and 0 < i < len(words) - 1 and words[i - 1][:1].isupper() \
        and words[i + 1][:1].isupper()


def _descriptor_after(text: str, at: int) -> str | None:
    """The apposition between commas right after a person's name ending at *at* ("Hanne Vik, MSC's
    fisheries director for northern Europe, said")."""
    match = _AFTER.match(text, at)
    if match is None:
        return None
    if re.search(r"\n[ \t]*\n", match.group("gloss")):
        return None  # an apposition stays inside its paragraph: a headline's tail runs into the dateline
    gloss = " ".join(match.group("gloss").split())
    words = gloss.split()
    if len(words) > MAX_GLOSS_WORDS or any(w.lower() in ("said", "says", "told", "added", "and", "who", "which")
                                           and not _inside_name(words, i) for i, w in enumerate(words)):
        return None
    if any(c in gloss for c in "\"“”"):
        return None
    if not any(re.fullmatch(r"[a-z][a-z-]+", w) and w not in _STOP for w in words):
        return None
    if re.fullmatch(r"[a-z][a-z-]*(?:ing|ed)", words[0]) and not ROLE_NOUN.search(words[0]):
        return None  # ", clearing the way for ...", ", backed by ...": a clause about the sentence, no apposition
    return gloss


_NOT_A_NAME = re.compile(r"\b(?:although|though|because|whereas|unless|which|whom|whose|who|said|says|told)\b|"
                         r",\s+[a-z]+ing\b", re.IGNORECASE)
"""What a bracket never holds: a clause (a conjunction, a relative pronoun, a reporting verb) or a participle
phrase after a comma ("[Youth Games, clearing the way for ...]", "[The Although President Donald Trump]")."""


def clause_brackets(quote: str) -> list[str]:
    """The brackets of *quote* (marks included) that hold a clause rather than a name, a role or a day: the one
    test compose applies to the brackets it inserts and `briefgen check` to every bracket of the notes."""
    return [f"[{inside}]" for inside in re.findall(r"\[([^\]]*)\]", quote) if _NOT_A_NAME.search(inside)]


def brackets_read_as_names(quote: str) -> bool:
    """Whether every bracket *quote* inserts names a body, a person with their role, or a day: an editor's
    bracket stands for the words it replaces and adds nothing a clause would say. A bracket whose words all come
    from the source before the quote (what `locate` verifies) can still be a clause cut from another sentence."""
    return not clause_brackets(quote)


def in_other_name(text: str, at: int) -> bool:
    """Whether the capitalised word at *at* in *text* ends a longer name rather than standing for a person's
    surname: a capitalised word before it inside its sentence, not a title and not the sentence's first
    word ("the 2022 Winter Games": "Games" is no surname of the "Paralympic Games" a source named before)."""
    before = re.search(_CAPWORD + r"\s+$", text[:at])
    if before is None or re.fullmatch(_HONORIFICS, before.group() ):
        return False
    return not re.search(r"(?:^|[.!?:;\"\u201c\u201d(\[])\s*$", text[:before.start()])


@functools.lru_cache(maxsize=4096)  # pure; a build asks it of the same text per audience and pass
def person_gloss(text: str, name: str, before: int) -> Gloss | None:
    """What *text* says a person is before offset *before*, where it names them by given name and
    surname (*name* is both, or the surname alone): the first descriptor set right before or after
    the name ("Adriatic chief executive Marko Babic", "Hanne Vik, MSC's fisheries director")."""
    words = name.split()
    pattern = re.compile(r"(?P<hon>" + _HONORIFICS + r")(?P<full>[A-Z][\w'’-]+\s+(?:[A-Z]\.\s+)?"
                         + re.escape(words[-1]) + r")(?![\w'’-])")
    for match in pattern.finditer(text, 0, before):
        full = " ".join(match.group("full").split())
        if len(words) > 1 and full != " ".join(words):
            continue
        if full.split()[0].rstrip(".") in HONORIFIC_TITLES or full.split()[0].lower() in _STOP:
            continue
        if full.split()[0].endswith(("'s", "\u2019s")):
            continue  # "Austria's Styria": a possessive is whose, not a given name
        gloss = _descriptor_before(text, match.start()) or _descriptor_after(text, match.end("full"))
        if gloss is not None:
            return Gloss(gloss, full)
    return None


@functools.lru_cache(maxsize=4096)  # pure; a build asks it of the same text per audience and pass
def acronym_gloss(text: str, acr: str, before: int) -> str | None:
    """The full name or descriptor *text* gives for acronym *acr* before offset *before*."""
    name = full_name(text, acr, before)
    if name is not None:
        return name
    for match in re.finditer(r"(?<![\w-])" + re.escape(acr) + r"(?![\w-])", text[:before]):
        gloss = _descriptor_before(text, match.start())
        if gloss is not None and not gloss.startswith("the ") and len(gloss.split()) >= 2:
            return gloss
    return None


def names_body(descriptor: str) -> bool:
    """Whether a descriptor names whose role it is: a possessive ("MSC's fisheries director") or a
    capitalised word that is neither an article nor a title ("Plovdiv mayor"; not "The Mayor",
    "Chief executive")."""
    if re.search(r"\w['\u2019]s\b", descriptor):
        return True
    return any(w[0].isupper() and w.lower() not in ("the", "a", "an") and not ROLE_NOUN.search(w.lower())
               for w in re.findall(r"[\w&-]+", descriptor))


_DEFINITE_OWNER = re.compile(
    r"^(?P<article>[Tt]he\s+)?(?P<noun>[A-Za-z][a-z-]+)['’]s\s+(?P<role>[a-z][\w\s-]*)$"
    r"|^(?P<role2>[a-z][\w\s-]*?)\s+of\s+(?P<article2>[Tt]he\s+)(?P<noun2>[a-z][a-z-]+)$")
"""A descriptor whose body is a definite description ("the union's regional chair", "The Council's
director of marketing", "director-general of the commission"): which union, which council?"""
_BODY_LINKS = r"(?:of|for|and|on|de|du|des|del|&)"


def _titled_names(text: str, noun: str) -> list[str]:
    """Names *text* gives a body by the common noun *noun*: a run of capitalised words holding it as a
    title word ("Hochfirn Observatory", "National Commission for Museums and Monuments" for
    "commission"), or a name set right after the noun ("the train drivers' union GVL")."""
    head = noun.capitalize()
    word = r"[A-Z][\w'’&.-]*"
    titled = re.compile(r"(?<![\w'’&.-])((?:" + word + r"\s+(?:" + _BODY_LINKS + r"\s+)?){0,4}" + head
                        + r"(?:\s+" + _BODY_LINKS + r"\s+" + word + r"(?:\s+(?:and|&)\s+" + word + r")?"
                        + r"|\s+(?!" + head + r"\b)" + word + r"){0,3})(?![\w'’&-])")
    found: list[str] = []
    for match in titled.finditer(text):
        name = re.sub(r"^(?:The|A|An)\s+", "", " ".join(match.group(1).split()))
        name = re.sub(r"['’]s$", "", re.sub(r"^[A-Z][\w.-]*['’]s\s+", "", name))
        name = re.sub(r"(?<=[a-z])\.$", "", name)  # the sentence's full stop
        if name != head and len(name.split()) > 1:
            found.append(name)
    for match in re.finditer(r"(?<![\w-])" + re.escape(noun.lower()) + r"\s+(" + word + r"(?:\s+" + word + r"){0,3})"
                             r"(?![\w'’&-])", text):
        name = re.sub(r"(?<=[a-z])\.$", "", match.group(1))
        if name.split()[0] not in ("The", "A", "An", "I") and not re.search(r"['’]s$", name):
            found.append(name)
    return found


def owner_named(text: str, gloss: str, before: int) -> tuple[str, str, str] | None:
    """For a descriptor whose body is a definite description ("the union's regional chair", "director-general
    of the commission"), the one name *text* gives that body before offset *before* (`_titled_names`):
    (the owner phrase as the descriptor writes it, the name, the role without its owner): ("the union's",
    "GVL", "regional chair"). None when the descriptor names its body itself ("MSC's fisheries director"), or
    the text gives the body no name, or more than one."""
    match = _DEFINITE_OWNER.match(" ".join(gloss.split()))
    if match is None:
        return None
    if match.group("noun"):
        noun, role = match.group("noun"), match.group("role")
        if noun[0].isupper() and not match.group("article"):
            return None  # "GVL's regional chair", "Hallmann's chief executive": named already
        phrase = (match.group("article") or "") + noun + gloss.split()[len((match.group("article") or "").split())][len(noun):]
    else:
        noun, role = match.group("noun2"), match.group("role2")
        phrase = match.group("article2") + noun
    if not any(ROLE_NOUN.search(w) for w in re.split(r"[\s-]+", role)):
        return None  # "the union's members": no one's role
    names = _titled_names(text[:before], noun)
    longest = {n for n in names if not any(n != other and n in other for other in names)}
    if len(longest) != 1:
        return None
    return phrase, longest.pop(), role


def placed(text: str, gloss: str, before: int) -> str:
    """*gloss* as a reader can place it: "regional chair, GVL" for "the union's regional chair" when the text
    names the union once before *before* (`owner_named`); *gloss* as it is otherwise. Each comma-separated
    part is the source's own words, as a name's gloss must be (`verify`)."""
    owner = owner_named(text, gloss, before)
    return gloss if owner is None else f"{owner[2]}, {owner[1]}"
