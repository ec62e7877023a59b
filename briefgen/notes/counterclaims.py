"""Who speaks for whom, and two parties' counter-claims.

- *Affiliations*: a person the sources tie to a body ("Carla Mendes, spokesperson for the
  Harbour Residents Association", "Norcast chief executive Ana Ruiz", "Priya Raman of Morgan
  Hale") speaks for it: never a party against it.
- *Aliases*: a role noun the sources give a name ("the main contractor, Halvorsen Build", "Tessa
  Lund, the landlord") stands for that name when a statement blames "the contractor".
- *Blame*: a party says another is responsible ("X is liable for", "X must pay", "the X's
  responsibility", "requested ... by X"). The party blamed blaming someone else back is a dispute.
- *Assessments*: a party calls something a risk, signal, problem (...); another, different party
  says it is none ("is not a safety signal", "we do not see a ... issue").

Quoted sentences that name nobody are the speaker's whose attribution closes or opens the quotation
next to them (one source, a sentence or two away). Only general English cues.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from briefgen.notes import features, glosses
from briefgen.notes.conflicts import negated, noun_phrase, only_time, time_free
from briefgen.notes.disputes import Dispute, Stance, qualifier_only, strongest_pairs
from briefgen.notes.folded import gate
from briefgen.words import STOP_WORDS, content_words, stem

_ROLE = (r"(?:spokes(?:wo)?man|spokesperson|chair(?:wo)?man|chairperson|chair|president|vice[- ]president|director|"
         r"head|member|leader|secretary|founder|manager|chief(?:\s+[a-z]+){0,2}\s+officer|chief\s+executive|"
         r"executive|CEO|CFO|official|lawyer|counsel|representative|analyst|economist|researcher|scientist|"
         r"engineer|partner|owner|treasurer|organi[sz]er|coordinator|adviser|advisor|professor|"
         r"(?:prime\s+|foreign\s+|finance\s+)?minister|premier|mayor|governor|chancellor|commissioner|ambassador)")
_NAME = r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w'’.&-]*){0,4}"
_PERSON = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+"
_AFFILIATED = (
    # "Carla Mendes, spokesperson for the Harbour Residents Association"; "X, a researcher at Y"
    re.compile(r"(?P<person>" + _PERSON + r"),\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?" + _ROLE
               + r"\s+(?:of|for|at|with)\s+(?:the\s+)?(?P<body>" + _NAME + ")"),
    # "the prime minister of Estrania, Jonas Vell"; "the chair of the commission, Daniel Okafor"
    re.compile(r"\b(?:[Tt]he\s+)?(?:[\w'’-]+\s+){0,2}?" + _ROLE + r"\s+(?:of|for|at)\s+(?:the\s+)?(?P<body>" + _NAME
               + r"),\s+(?P<person>" + _PERSON + r")\b"),
    # "Priya Raman of Morgan Hale"
    re.compile(r"(?P<person>" + _PERSON + r")\s+(?:of|at|from)\s+(?:the\s+)?(?P<body>" + _NAME + ")"),
    # "Norcast chief executive Ana Ruiz", "the Alliance's spokesperson, Carla Mendes"
    re.compile(r"(?P<body>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}?)(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?" + _ROLE
               + r",?\s+(?P<person>" + _PERSON + ")"),
)
_ROLE_NAMED = re.compile(r"(?:[Tt]he\s+)?(?P<body>[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3})(?:['’]s)?\s+"
                         r"(?:[a-z]+\s+){0,2}?" + _ROLE + r"\b")
"""A role after the name of the body it serves ("Halvorsen chief executive")."""
_ROLE_WORDS = frozenset("the a an of and for at with its their his her our chief executive officer director head "
                        "spokesman spokeswoman spokesperson leader chair chairman chairwoman president secretary "
                        "general member members manager owner founder dr prof mr mrs ms university".split())
_NOT_BODY = frozenset("the a an he she it they we i this that there".split())


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower().strip("'’.") for w in re.findall(r"[\w'’.]+", text) if len(w) > 1)


def _name_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _words(re.sub(r"['’]s\b", "", text)) if w not in _ROLE_WORDS and not w[:1].isdigit())


_ACTING_FOR = re.compile(r"[A-Z][a-z]+s\s+(?:for|representing|acting\s+for)\s+\S")
"""A holder that is a group of people speaking for another party ("Lawyers for Mayor Achterberg", "Advisers
representing the club"): a plural common noun, then who they act for."""


def _surname(person: str) -> str:
    return person.split()[-1].lower().strip("'’.")


@dataclass(frozen=True)
class Ties:
    """What one text says of who speaks for whom, read once per text (with the drafts, on every
    core, and cached with them: `affiliations` and `Parties` only merge these)."""

    known: tuple[tuple[str, frozenset[str]], ...]
    """(surname, words of the body) for `affiliations`, in the text's order."""
    bodies: tuple[tuple[str, str, str], ...]
    """(surname, the body as written, the role) for `Parties.bodies`, in the text's order."""


@functools.lru_cache(maxsize=1024)  # pure; a build asks it of each source's whole text per audience
def ties(text: str) -> Ties:
    """The Ties of one text."""
    known: list[tuple[str, frozenset[str]]] = []
    bodies: list[tuple[str, str, str]] = []
    for pattern in _AFFILIATED:
        for found in pattern.finditer(text):
            if not time_free(found.group("body")).strip():
                continue  # "Earlier on Thursday rural affairs minister Anneke Holm": a day is no body
            words = _name_words(time_free(found.group("body"))) - _NOT_BODY
            person = _name_words(found.group("person"))
            if words and not words & person:
                known.append((_surname(found.group("person")), words))
            body = re.sub(r"^(?:The|A|An)\s+", "", time_free(found.group("body"))).strip()
            body = re.sub(r"['’]s$", "", body)
            if not _name_words(body) - _NOT_BODY or _name_words(body) & person:
                continue
            role = re.search(_ROLE, found.group(0))
            bodies.append((_surname(found.group("person")), body, role.group(0) if role else ""))
    speaker = features.attribution(text) if _ROLE_NAMED.search(text) else None
    role_named = _ROLE_NAMED.match(speaker[0].role) if speaker is not None and not speaker[3] else None
    if speaker is not None and role_named is not None and len(speaker[0].name.split()) >= 2:
        # "Halvorsen chief executive": the name before a role is the body
        named = _name_words(role_named.group("body")) - _NOT_BODY - _name_words(speaker[0].name)
        if named:
            known.append((_surname(speaker[0].name), named))
    return Ties(tuple(known), tuple(bodies))


def affiliations(texts: Sequence[str], found: Sequence[Ties] | None = None) -> dict[str, frozenset[str]]:
    """Per person (surname, lower-cased), the words of the bodies the *texts* tie them to.
    *found*: each text's `ties`, when already known."""
    out: dict[str, set[str]] = {}
    for one in (found if found is not None else [ties(text) for text in texts]):
        for surname, words in one.known:
            out.setdefault(surname, set()).update(words)
    return {person: frozenset(body) for person, body in out.items()}


def speaks_for(actor: str, role: str, known: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The name words of the body a holder speaks for: the capitalised names in its role
    ("chief executive, AzorAir"), else the bodies the texts tie the person to (`affiliations`);
    empty for a body itself or a person tied to none."""
    named = _name_words(" ".join(re.findall(r"[A-Z][\w'’&-]+", role))) - _NOT_BODY - _name_words(actor)
    if named:
        return named
    return known.get(_surname(actor), frozenset()) if len(actor.split()) >= 2 else frozenset()


def one_party(a: tuple[str, str], b: tuple[str, str], known: Mapping[str, frozenset[str]]) -> bool:
    """Whether two holders (name, role) speak for one party: a person and the body they speak
    for ("Lena Ortiz, chief executive, AzorAir" and "AzorAir"), or two people of one body. Name
    words must match whole: "Finance Ministry" and "Transport Ministry" are two parties."""
    body_a, body_b = _polity(speaks_for(*a, known)), _polity(speaks_for(*b, known))
    if body_a and body_b:
        return body_a == body_b
    if body_a:
        return body_a == _polity(_name_words(b[0]) - _NOT_BODY)
    if body_b:
        return body_b == _polity(_name_words(a[0]) - _NOT_BODY)
    return False


_GOVERNMENT = frozenset("government administration cabinet".split())
"""Words of the government of a place: "the government of Estrania" and its prime minister
("Estrania's prime minister") speak for one party, Estrania."""


def _polity(words: frozenset[str]) -> frozenset[str]:
    """*words* without the words of a government, unless nothing else is left."""
    return words - _GOVERNMENT or words


def _appositions(text: str) -> list[tuple[str, str]]:
    """(role noun, name) of each apposition in *text*: "the main contractor, Halvorsen Build",
    "Halvorsen Build, the contractor", "The Harbour Alliance, a residents' group"."""
    out = []
    for found in re.finditer(r"\b(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?P<role>[a-z]{3,}),\s+(?P<name>"
                             r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})", text):
        out.append((found.group("role"), found.group("name")))
    for found in re.finditer(r"(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}),\s+(?:the|a|an)\s+"
                             r"(?:[a-z][\w'’-]*\s+){0,2}?(?P<role>[a-z]{3,})\b(?=[,.;]|\s+(?:that|which|who)\b)", text):
        out.append((found.group("role"), found.group("name")))
    return out


def aliases(texts: Sequence[str]) -> dict[str, frozenset[str]]:
    """Per role noun (stem), the name words the *texts* give it in apposition."""
    out: dict[str, set[str]] = {}
    for text in texts:
        for role, name in _appositions(text):
            words = _name_words(name) - _NOT_BODY
            if words:
                out.setdefault(stem(role.lower()), set()).update(words)
    return {role: frozenset(words) for role, words in out.items()}


def affiliated(found: Stance, known: Mapping[str, frozenset[str]]) -> Stance:
    """*found* with the bodies its holder speaks for (`affiliations`) among who holds it."""
    extra = frozenset().union(*(known.get(w, frozenset()) for w in found.who))
    return replace(found, who=found.who | extra) if extra - found.who else found


# ---------------------------------------------------------------- who says it

_OPENS_QUOTE = re.compile(r"^\s*[\"“]")
_CLOSES_QUOTE = re.compile(r"[\"”]")
_QUOTE_MARK = re.compile(r"[\"“”]")
_SPEAKER_AFTER = re.compile(
    r"^(?P<name>" + _PERSON + r")(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][^,]{2,60}?)?(?:,\s[^\"“”]{3,160}?)?,?\s+"
    r"(?:said|says|told|added|insisted|argued|warned|wrote|disagreed|agreed|countered|replied)\b")
"""A person named first, then where they are from and appositives, then the verb of saying."""


_SAID_BY = re.compile(r"[\"”],?\s+(?:said|says|told\s+\w+)\s+(?P<role>[^\"“”,]{0,60}?)(?P<name>" + _PERSON + r")\b")
""""'...,' said Agrena chief scientist Hugo Lenz": the speaker after the verb."""
_APPOSED = re.compile(r"^(?P<role>[^,\"“”]{3,60}),\s+(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}),\s+"
                      r"(?:said|says|told|added|insisted|argued|warned)\b")
""""The landlord, Grayhill Estates, said ...": the name in apposition to the subject."""


def _own_speaker(text: str) -> tuple[str, str]:
    found = features.attribution(text)
    if found is not None and not found[3]:
        return found[0].name, found[0].role
    for pattern in (_SPEAKER_AFTER, _SAID_BY, _APPOSED):
        named = pattern.search(text) if pattern is _SAID_BY else pattern.match(text)
        if named is not None:
            return named.group("name"), named.groupdict().get("role") or ""
    return "", ""


def speakers(texts: Sequence[str], groups: Sequence[int], wanted: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Per index in *wanted*, who says that text (name, role): its own attribution, or, for a quoted sentence
    naming nobody, the speaker of the sentence next to it that closes or opens the quotation
    (the same source: *groups*)."""
    own: dict[int, tuple[str, str]] = {}

    def own_of(index: int) -> tuple[str, str]:
        if index not in own:
            own[index] = _own_speaker(texts[index])
        return own[index]

    out = {}
    for index in wanted:
        text = texts[index]
        out[index] = own_of(index)
        if out[index][0] or not (_OPENS_QUOTE.search(text) or _CLOSES_QUOTE.search(text)):
            continue
        # A quotation left open runs on to where it is attributed; one that closes with nothing
        # after it, or only closes here, runs on from the speaker before.
        left_open = _OPENS_QUOTE.search(text) is not None and len(_QUOTE_MARK.findall(text)) % 2 == 1
        for step in ((1, 2, -1) if left_open else (-1, -2, 1)):
            other = index + step
            if 0 <= other < len(texts) and groups[other] == groups[index] and own_of(other)[0]:
                out[index] = own_of(other)
                break
    return out


# ---------------------------------------------------------------- blame

_PARTY = r"(?P<t>(?:[Tt]he|[Ii]ts|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,1}?[a-z][\w-]+|[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})"
_BLAME = (
    re.compile(_PARTY + r",?\s+(?:is|are|was|were|would\s+be|will\s+be|remains?)\s+(?:solely\s+|fully\s+|entirely\s+|"
                        r"clearly\s+)?(?:responsible|liable|to\s+blame|at\s+fault)\b"),
    re.compile(_PARTY + r"\s+(?:must|should|will\s+have\s+to|has\s+to|have\s+to|ought\s+to|needs?\s+to)\s+"
                        r"(?:pay|bear|cover|foot|absorb)\b"),
    re.compile(r"\b(?:is|are|was|were|remains?)\s+" + _PARTY.replace("(?P<t>", "(?P<t>", 1)
               + r"['’]s?\s+(?:responsibility|fault|liability)\b"),
    re.compile(r"\b(?:requested|ordered|directed|demanded|caused|instructed|approved)\s+(?:[a-z]+\s+){0,3}?by\s+"
               + _PARTY),
    re.compile(r"\bblam(?:e|es|ed|ing)\s+" + _PARTY),
    re.compile(r"\baccus(?:e|es|ed|ing)\s+" + _PARTY + r"(?:,[^,\"“”]{3,80},)?\s+of\b"),
)
"""A statement that someone is responsible (is liable, must pay, is their fault, asked for it)."""
_CAUSED_BY_PART = re.compile(
    r"\b(?:(?:was|were|is|are|had\s+been|has\s+been)\s+(?:caused|triggered)\s+by|c(?:a|o)mes?\s+from|"
    r"(?:was|were|is|are)\s+(?:the\s+)?(?:result|fault|consequence)\s+of|result(?:s|ed)?\s+from|"
    r"(?:lay|lies|lie|rests?|rested)\s+(?:in|with)|stem(?:s|med)?\s+from|(?:was|were|is|are)\s+(?:due|traced)\s+to)\s+"
    r"(?:(?:the|a|an|some|one|two|several)\s+)?(?P<thing>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?(?:[a-z]+ed|made|built|sold|sent|grown|written|run|laid|fitted)\s+"
    r"(?:\w+\s+)?by\s+" + _PARTY)
""""The fault lay in a valve supplied by Kestrel", "was caused by a bearing made by Olsen Steel": a
failure put down to a thing, and through it to the party that made or supplied it (the cause's
link and a participle ahead of "by" are what make it blame, whatever the thing)."""
_DEFENDS = re.compile(
    r"\b(?:[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:own\s+)?(?P<thing>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:(?:always\s+|fully\s+)?(?:met|meets?|compl(?:ied|ies|y)\s+with|conform(?:ed|s)?\s+(?:to|with)|passed|pass(?:es)?|"
    r"satisf(?:ied|ies|y)|exceeded|exceeds?)\b|worked\s+(?:\w+\s+)?as\s+(?:designed|intended|specified|expected)\b|"
    r"(?:was|were|is|are)\s+(?:not|never)\s+(?:at\s+fault|faulty|defective|to\s+blame|the\s+cause|responsible)\b|"
    r"(?:did|does|do)\s+not\s+(?:fail|cause)\b)")
""""Its valve met every specification", "our software worked exactly as designed": a party saying the
thing of its own that another blamed does what it should (a defence, answering `_CAUSED_BY_PART`)."""
_SAY_BEFORE = re.compile(r"(?P<who>(?:[Tt]he\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}?)\s+(?:said|says|say|maintains|"
                         r"maintained|insists|insisted|argues|argued|claims|claimed|believes|believed)\s+(?:that\s+)?")
"""Who says the clause that follows ("the city maintains that ..."), when no attribution names them."""


@dataclass(frozen=True)
class Blame:
    """One party's statement that another is responsible."""

    holder: str
    """Who says it, as a reader should see it."""
    who: frozenset[str]
    """Lower-cased words naming who says it (with the bodies they speak for)."""
    target: frozenset[str]
    """Lower-cased words naming who is held responsible (with the names the sources give that role)."""
    about: frozenset[str]
    """Stems of the sentence's content words but the two parties'."""
    denied: bool = False
    """The party held responsible (who says it) denying it is: *target* is its own name."""
    thing: frozenset[str] = frozenset()
    """Stems of the thing of the party's through which it is blamed ("a valve supplied by Kestrel") or
    which it defends ("its valve met every specification"); empty for blame said outright."""


_DENIES = re.compile(
    r"\b(?:again\s+|also\s+|flatly\s+|strongly\s+)?den(?:y|ies|ied)\s+(?:that\s+)?(?P<t>(?:the|its|our)\s+[a-z]+|it|they|we|"
    r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\s+(?:was|is|were|are|had\s+been|bore|bears?|had|has)\s+(?:any\s+|at\s+)?"
    r"(?:fault|to\s+blame|responsib\w*|liab\w*|blame)")
""""... denied the company was at fault", "denied that it bore any responsibility": a party denying the blame."""
_DENIER = re.compile(r"^(?P<who>[A-Z][^,\"“”]{1,80}?)(?:,[^\"“”]{3,120}?,)?\s+(?:again\s+|also\s+|flatly\s+|strongly\s+)?"
                     r"den(?:y|ies|ied)\b")
"""Who denies, when the sentence opens on them ("HidroVouga chief executive Luís Pacheco denied ...")."""


def _thing(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(words))


def defence(text: str, speaker: tuple[str, str], known: Mapping[str, frozenset[str]]) -> Blame | None:
    """The party *text* is said by (*speaker*, or the name the sentence opens on before its verb of
    saying) saying a thing of its own does what it should ("Kestrel said its valve met every
    specification"), as a denial of blame put on it through that thing; or None."""
    found = _DEFENDS.search(text)
    if found is None or negated(text[max(0, found.start() - 25):found.start()], near=True):
        return None
    said = list(_SAY_BEFORE.finditer(text, 0, found.start()))
    opens = said[0] if said and said[0].start() == 0 and said[0].group("who")[:1].isupper() else None
    holder = opens.group("who").strip() if opens else speaker[0]
    if not holder or not noun_phrase(holder, whole=False) or not _thing(found.group("thing")):
        return None
    who = _name_words(f"{holder} {'' if opens else speaker[1]}") - _NOT_BODY
    who = who | frozenset().union(*(known.get(w, frozenset()) for w in who))
    if not who:
        return None
    person = re.search("(?P<name>" + _PERSON + r")$", holder)
    holder = person.group("name") if person else holder
    holder = re.sub(r"^(?:the|a|an)\s+", "", holder, flags=re.IGNORECASE)
    about = frozenset(stem(w) for w in content_words(text)) - {stem(w) for w in who}
    return Blame(holder=holder[:1].upper() + holder[1:], who=who, target=who, about=about, denied=True,
                 thing=_thing(found.group("thing")))


def denial(text: str, speaker: tuple[str, str], known: Mapping[str, frozenset[str]],
           roles: Mapping[str, frozenset[str]]) -> Blame | None:
    """The party *text* (said by *speaker*) says denies being responsible (outright, or through a
    thing of its own: `defence`), or None."""
    found = _DENIES.search(text)
    if found is None:
        return defence(text, speaker, known)
    opens = _DENIER.match(text)
    holder = opens.group("who").strip() if opens else " ".join(speaker).strip()
    if not holder:
        return None
    who = _name_words(holder) - _NOT_BODY
    who = who | frozenset().union(*(known.get(w, frozenset()) for w in who))
    person = re.search("(?P<name>" + _PERSON + r")$", holder)
    holder = person.group("name") if person else speaker[0] if not opens else holder
    target = _name_words(found.group("t")) - _NOT_BODY
    target = target | frozenset().union(*(roles.get(stem(w), frozenset()) for w in _words(found.group("t"))))
    party = who | target
    about = frozenset(stem(w) for w in content_words(text)) - {stem(w) for w in party}
    return Blame(holder=holder, who=frozenset(party), target=frozenset(party), about=about, denied=True)


_MAY_BLAME = re.compile(r"\b(?:responsib|liab|blam|fault|accus|must\s+pay|should\s+pay|to\s+pay|requested|ordered|directed|"
                        r"demanded|caused|instructed|approved|bear|cover|foot|absorb)", re.IGNORECASE)


def may_blame(text: str) -> bool:
    """Whether *text* has a word that may hold someone responsible (a quick look before `blame`)."""
    return (_MAY_BLAME.search(text) is not None and (any(p.search(text) for p in _BLAME) or bool(_DENIES.search(text)))
            or _CAUSED_BY_PART.search(text) is not None or _DEFENDS.search(text) is not None)


def blame(text: str, speaker: tuple[str, str], known: Mapping[str, frozenset[str]],
          roles: Mapping[str, frozenset[str]]) -> Blame | None:
    """The blame *text* states, said by *speaker* (or the subject before "maintains that", "accused"),
    the party blamed denying it (`denial`), or None."""
    denied = denial(text, speaker, known, roles)
    if denied is not None:
        return denied
    found = next((m for p in (*_BLAME, _CAUSED_BY_PART) for m in p.finditer(text)
                  if not negated(text[max(0, m.start() - 25):m.start("t") if "t" in m.groupdict() else m.start()],
                                 near=True)
                  and not negated(text[m.end("t"):m.end()])), None)
    if found is None:
        return None
    holder, role = speaker
    subject = text[:found.start()].strip()
    if re.match(r"(?:blam|accus)", found.group(0), re.IGNORECASE) and 0 < len(subject.split()) <= 6 \
            and not re.search(r"[,;:\"“”]", subject):
        holder, role = subject, ""  # "Residents and local officials accused X of ...": who accuses
    if not holder:
        said = list(_SAY_BEFORE.finditer(text.replace("[", "").replace("]", ""), 0, found.start()))
        holder = re.sub(r"^.*\b(?:and|but|while|whereas|as|that)\s+", "", said[-1].group("who"), flags=re.IGNORECASE) \
            if said else ""
    if not holder or holder.split()[-1].lower() in ("he", "she", "it", "they", "we", "i"):
        return None
    who = _name_words(f"{holder} {role}") - _NOT_BODY
    who = who | frozenset().union(*(known.get(w, frozenset()) for w in who))
    who = who | frozenset().union(*(roles.get(stem(w), frozenset()) for w in _words(holder) if w[:1].islower()))
    target_text = found.group("t")
    target = _name_words(target_text)
    target = target | frozenset().union(*(roles.get(stem(w), frozenset()) for w in _words(target_text)))
    if not target or target & who:
        return None  # a party blaming itself, or no one
    about = frozenset(stem(w) for w in content_words(text)) - {stem(w) for w in who | target}
    holder = re.sub(r"^(?:the|a|an)\s+", "", holder.strip(), flags=re.IGNORECASE)
    thing = _thing(found.group("thing")) if "thing" in found.groupdict() else frozenset()
    return Blame(holder=holder[:1].upper() + holder[1:], who=who, target=target, about=about, thing=thing)


def blames(texts: Sequence[str], scores: Sequence[float], found: Sequence[Blame | None], *,
           limit: int = 4) -> list[Dispute]:
    """The party one statement blames blaming another party back (*found*: each text's `blame`),
    strongest first, each statement once, each pair of parties once."""
    options = []
    for i, a in enumerate(found):
        for j, b in enumerate(found):
            if a is None or b is None or i == j or a.who & b.who:
                continue
            if a.denied or b.denied:
                # one party blamed, that party denying it: the accusation first
                # (a defence of a thing answers blame put on that thing, not other blame)
                if not a.denied and b.denied and a.target & b.who and (not b.thing or a.thing & b.thing):
                    options.append((-(scores[i] + scores[j]), i, j))
                continue
            if (b.who & a.target or a.who & b.target) and not a.target & b.target and i < j:
                options.append((-(scores[i] + scores[j]), i, j))
    return strongest_pairs(options, found, limit)


# ---------------------------------------------------------------- assessments

_JUDGED = (r"signal|risk|problem|concern|issue|threat|danger|hazard|red\s+flag|cause\s+for\s+concern|"
           r"worry|warning\s+sign|crisis")
_ASSESSED = re.compile(
    r"\b(?P<verb>is|are|was|were|represents?|poses?|posed|constitutes?|see|sees|saw|find|found|amounts?\s+to|"
    r"carr(?:y|ies|ied)|creates?|created|raises?|raised|presents?|presented|"
    r"(?:is|are|was|were)\s+seeing)\s+(?P<neg>not\s+|no\s+|never\s+)?(?:(?:a|an|any|no|the)\s+)?(?:(?:real|clear|"
    r"serious|genuine|significant|major|big|obvious|meaningful|[\w-]+)\s+){0,2}?(?P<noun>" + _JUDGED + r")\b",
    re.IGNORECASE)
"""Calling something a risk, a signal, a problem, or not one ("is not a safety signal")."""


_VALUED = re.compile(
    r"\b(?:(?P<low>under-?valu(?:e|es|ed|ing)|(?:is|are|was|were|looks?|seems?)\s+(?:\w+\s+)?(?:inadequate|unfair|"
    r"too\s+low|derisory|opportunistic|insulting|insufficient)|(?:does|do|did)\s+not\s+(?:fairly\s+|fully\s+)?reflect|"
    r"(?:does|do|did|would|will)\s+not\s+(?:even\s+)?cover\s+(?:the\s+|its\s+|their\s+)?(?:full\s+|real\s+|true\s+)?costs?|"
    r"(?:falls?|fell)\s+(?:well\s+|far\s+)?short)|"
    r"(?P<fair>(?:is|are|was|were|looks?|seems?)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:full\s+and\s+fair|fair|adequate|"
    r"generous|compelling)|(?:fully|fairly)\s+values?|fair\s+value\s+for))\b", re.IGNORECASE)
"""Judging an offer or a price: too low ("undervalues the company", "does not reflect", "is inadequate")
or enough ("is full and fair", "fully values")."""


_GRADED = re.compile(
    r"\b(?P<verb>(?:is|are|was|were|remains?|remained|(?:will|would)\s+be|(?:has|have|had)\s+been)\s+(?P<neg>not\s+|never\s+)?"
    r"(?:(?:still|only|very|relatively|extremely|wholly|entirely|far|much|too|genuinely)\s+)?"
    r"(?:(?P<brief>temporary|short-lived|short-term|brief|transient)|(?P<lasting>permanent|long-term|lasting|persistent)|"
    r"(?P<low>low|small|minimal|negligible|modest)|(?P<high>high|serious|severe|significant|substantial))|"
    r"(?P<lasts>(?:will|would|could|is\s+likely\s+to|are\s+likely\s+to)\s+(?:last|persist|continue)\s+(?:well\s+)?"
    r"(?:into|until|beyond|through|for\s+(?:months|years)))|"
    r"(?P<suffices>suffices?|(?:is|are|was|were)\s+(?P<not>not\s+)?(?:adequate|sufficient|enough)))\b", re.IGNORECASE)
"""A graded judgement of what a clause's subject is: brief or lasting ("the cuts were temporary", "the
shortages would last well into next year"), low or high ("the risk to homes was low"), enough or not
("testing suffices"). Two parties judging one head noun ("cuts", "risk") at opposite ends disagree."""
_SCALE = {"brief": ("duration", 1), "lasting": ("duration", -1), "lasts": ("duration", -1),
          "low": ("level", 1), "high": ("level", -1), "suffices": ("value", 1)}
_SUBJECT = re.compile(r"(?:^|\b(?:said|says|say|insisted|insists|argued|argues|maintained|warned|believes?|"
                      r"told\s+\w+)\s+(?:that\s+)?)(?P<subject>(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hese|[Tt]hose|such)\s+)?"
                      r"(?:[£$€]?\d[\d.,]*\s+(?:million|billion|bn|m|per\s+cent|%)?\s*)?"
                      r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5})\s+$")
"""The subject of a reported clause, right before its predicate ("said the route cuts" + "were temporary")."""
_SUBJECT_STOP = frozenset("it they this that he she we there which who what i you not".split())
_NOT_HEAD = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|could|can|may|might|"
                       r"should|must|and|or|but|if|because|while|when)\b")


def subject_head(text: str, start: int) -> str:
    """The stem of the head noun of the subject of the clause whose predicate starts at *start*
    ("the compensation of €4 per bird" -> compens), or "" when the subject is a pronoun, a name or
    runs into a verb."""
    found = _SUBJECT.search(text[:start])
    if found is None:
        return ""
    phrase = re.split(r"\s+(?:of|for|to|in|on|at|from|among|with|per|across)\s+", found.group("subject"))[0]
    if _NOT_HEAD.search(phrase):
        return ""
    words = phrase.split()
    head = words[-1].lower() if words else ""
    if not head or head in _SUBJECT_STOP or head in STOP_WORDS or len(head) < 3:
        return ""
    return stem(head)


@dataclass(frozen=True)
class Assessment:
    """One party's judgement that something is, or is not, a risk (signal, problem ...)."""

    holder: str
    who: frozenset[str]
    sign: int
    """+1: it is one; -1: it is none."""
    noun: str
    about: frozenset[str]
    """Stems of the sentence's content words but the holder's and the judging words."""
    owner: frozenset[str] = frozenset()
    """Lower-cased name words of whose thing is judged ("Kessler's approach carries ... risk": kessler)."""
    head: str = ""
    """The stem of the head noun of what is judged, when the judgement is its clause's predicate
    ("the compensation was generous": compens): two parties judging one head answer each other."""


_OWNER = re.compile(r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+(?:[a-z][\w-]*\s+){0,3}$")
"""A possessor right before the judging verb ("Kessler's approach" + "carries ... risk")."""


_GRADED_SCALES = frozenset(("duration", "level"))
_SAYING = frozenset(stem(w) for w in "said says say told added statement".split())
"""Reporting words every quoted assessment shares: not what it is about."""


_MAY_ASSESS = gate(_ASSESSED, _VALUED, _GRADED)
"""False for a sentence holding none of the words these patterns need: none of them can match."""


def may_assess(text: str) -> bool:
    """Whether *text* calls something a risk (signal, problem ...) or none (a quick look)."""
    return _MAY_ASSESS(text) and _ASSESSED.search(text) is not None or _VALUED.search(text) is not None or _GRADED.search(text) is not None


def assessment(text: str, speaker: tuple[str, str], known: Mapping[str, frozenset[str]]) -> Assessment | None:
    """The assessment *text* gives, said by *speaker*, or None."""
    if not speaker[0]:
        return None
    found = _ASSESSED.search(text)
    valued = _VALUED.search(text) if found is None else None
    graded = _GRADED.search(text) if found is None and valued is None else None
    scale = ""
    if graded is not None:
        head = subject_head(text, graded.start())
        if not head:
            return None  # "they were temporary", "Harlow is small": no thing judged
        scale, sign = next(_SCALE[k] for k, v in graded.groupdict().items() if v and k in _SCALE)
        if graded.group("neg") or graded.group("not"):
            sign = -sign
        found = graded
    elif found is None and valued is None:
        return None
    elif valued is not None:
        found = valued
        sign = 1 if valued.group("fair") else -1  # +1: the price is enough; -1: too low
    else:
        assert found is not None
        sign = -1 if found.group("neg") else 1
    before = text[max(0, found.start() - 25):found.start()]
    if negated(before, near=True):
        sign = -sign
    if re.search(r"\b(?:whether|if)\s+(?:\w+\s+){0,4}$", text[max(0, found.start() - 40):found.start()], re.IGNORECASE):
        return None  # "asked whether it is a risk": no judgement
    who = _name_words(" ".join(speaker)) - _NOT_BODY
    who = who | frozenset().union(*(known.get(w, frozenset()) for w in who))
    noun = "value" if valued is not None else scale or stem(found.group("noun").split()[-1].lower())
    about = frozenset(stem(w) for w in content_words(text)) - {stem(w) for w in who} - {noun}
    clause = re.split(r"[.;:\"“”]|,\s", text[:found.start()])[-1]
    owned = _OWNER.search(clause)
    owner = (_name_words(owned.group("owner")) - _NOT_BODY - who) if owned else frozenset()
    head = subject_head(text, found.start()) if graded is not None or valued is not None else ""
    if graded is None and _BARE_VERB.match(found.group(0)):
        head = ""  # "undervalues the company": the judged thing is its object
    return Assessment(holder=speaker[0], who=who, sign=sign, noun=noun, about=about, owner=owner, head=head)


_BARE_VERB = re.compile(r"(?:under-?valu|fully|fairly|fair\s+value|(?:falls?|fell))", re.IGNORECASE)


NEAR = 3
"""Sentences apart within which one source's two assessments answer each other whatever their words."""


def assessments(texts: Sequence[str], scores: Sequence[float], found: Sequence[Assessment | None], *,
                places: Sequence[tuple[int, int]] | None = None, limit: int = 4) -> list[Dispute]:
    """Two different parties, one calling something a risk (signal, problem ...) and one saying it
    is none: in one source within NEAR sentences (*places*: each text's source and position in it),
    else sharing a content word with the same judging noun, two with another; strongest first, each statement once,
    each pair of parties once."""
    options = []
    for i, a in enumerate(found):
        for j, b in enumerate(found):
            if a is None or b is None or a.sign <= 0 or b.sign >= 0 or a.who & b.who \
                    or (a.noun == "value") != (b.noun == "value"):
                continue  # a price judged is answered by a price judged, a risk by a risk
            if a.noun in _GRADED_SCALES or b.noun in _GRADED_SCALES:
                if a.noun == b.noun and a.head and a.head == b.head:
                    options.append((-(scores[i] + scores[j]), i, j))
                continue  # one thing judged brief and lasting, low and high: only the same head noun
            if a.head and a.head == b.head:
                options.append((-(scores[i] + scores[j]), i, j))
                continue  # "the compensation was generous" / "the compensation does not cover the cost"
            near = places is not None and places[i][0] == places[j][0] and abs(places[i][1] - places[j][1]) <= NEAR
            shared = len(a.about & b.about) if a.noun != "value" else len(a.about & b.about - _SAYING)
            # one party calls the other's move a risk, the other says it is none
            answered = bool(a.owner & b.who) or bool(b.owner & a.who)
            if near or answered or shared >= (1 if a.noun == b.noun else 2):
                options.append((-(scores[i] + scores[j]), i, j))
    return strongest_pairs(options, found, limit)


# ---------------------------------------------------------------- parties

_COMMON_HOLDER = re.compile(r"^(?:[Tt]he\s+|[Ii]ts\s+|[Oo]ur\s+)?(?P<noun>[A-Za-z][a-z-]+)$")
_INDEFINITE = re.compile(r"^(?:a|an|any|some|one)\s+[a-z]", re.IGNORECASE)
_BODY_NAME = r"[A-Z][\w'’&.-]*(?:(?:,\s+|\s+(?:and|of|for|&)\s+|\s+)[A-Z][\w'’&.-]*){0,5}"


def _introduced(noun: str, text: str) -> str:
    """The name *text* gives a body it calls *noun*: "private equity firm Tollan Capital Partners",
    "Tollan Capital Partners, a private equity firm", "the Maritime Employees Union" (for "union"); or ""."""
    word = re.escape(noun)
    for pattern in (r"\b" + word + r"\s+(?P<name>" + _BODY_NAME + ")",
                    r"(?P<name>" + _BODY_NAME + r"),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?" + word + r"\b",
                    r"(?P<name>" + _BODY_NAME + r"\s+" + word.capitalize() + r")\b"):
        for found in re.finditer(pattern, text):
            name = re.sub(r"^(?:The|A|An)\s+", "", found.group("name").strip(" ,.;:"))
            if name and name.lower() != noun and not only_time(name):
                return name
    return ""


_CAPITALISED = re.compile(r"(?<=[\w,;)’'] )[A-Z][\w'’&.-]*")
"""A capitalised word inside a sentence, after a word (not the sentence's or a quotation's first word)."""
_NAME_JOINERS = r"(?:of|and|for|&)"
_ADJECTIVE = re.compile(r"[a-z](?:al|ic|ive|ous|ary|ern)$")
"""The ending of an English adjective ("regional", "federal", "municipal", "northern")."""


def _named_inside(texts: Sequence[str]) -> frozenset[str]:
    """Lower-cased words *texts* capitalise inside a sentence: names, not words capitalised by
    standing first."""
    return frozenset(found.group(0).lower().strip(".") for text in texts for found in _CAPITALISED.finditer(text))


def _whole_name(holder: str, text: str) -> str:
    """*holder* as the whole name *text* gives it: "Cabin Crew" in "the Croatian Union of Pilots
    and Cabin Crew said" is the union, not a party of its own."""
    at = re.search(r"(?<![\w'’-])" + re.escape(holder) + r"(?![\w'’-])", text)
    if at is None:
        return holder
    before = re.search(r"(?:[A-Z][\w'’&.-]*\s+(?:" + _NAME_JOINERS + r"\s+)?)*[A-Z][\w'’&.-]*\s+"
                       + _NAME_JOINERS + r"\s+$", text[:at.start()])
    if before is None:
        return holder
    return re.sub(r"^(?:The|A|An)\s+", "", before.group(0) + holder)


_ANSWER_VERB = (r"(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|respond(?:s|ed|ing)?\s+to|in\s+response\s+to|"
                r"repl(?:y|ies|ied|ying)\s+to|answer(?:s|ed|ing)?|hitting\s+back\s+at|hit\s+back\s+at|"
                r"counter(?:s|ed|ing)?|rebut(?:s|ted|ting)?|refut(?:es|ed|ing)?|den(?:y|ies|ied|ying))")
_ANSWERED_THING = (r"(?:calls?|demands?|claims?|criticism|complaints?|suggestions?|proposals?|requests?|"
                   r"arguments?|assertions?|allegations?|accusations?|letter|offer|appeals?|petition|warnings?)")
_ANSWERED_NAME = r"(?:(?:the|its)\s+[a-z][\w-]+|[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w'’&.-]*){0,5})"
_ANSWERS = re.compile(
    r"\b" + _ANSWER_VERB + r"\s+(?:the\s+|a\s+)?(?:(?:\w+\s+){0,2}?" + _ANSWERED_THING + r"\s+(?:from|by|of)\s+"
    r"(?P<x>" + _ANSWERED_NAME + r")|(?P<y>" + _ANSWERED_NAME + r")['’]s?\s+(?:\w+\s+){0,2}?" + _ANSWERED_THING + r"\b)")
_CLAIM_WRONG = re.compile(r"(?:^|[.;:]\s+)(?P<z>" + _ANSWERED_NAME + r")['’]s?\s+(?:\w+\s+){0,2}?"
                          r"(?:claim|argument|assertion|suggestion|view)\b[^.;]*?\b(?:is|was|are|were)\s+"
                          r"(?:simply\s+|plainly\s+)?(?:wrong|false|mistaken|untrue|misleading)\b")


_THING_AFTER = re.compile(r"(?:[^.;:]|[.:](?=\w))*")
"""The rest of a clause: to a full stop, colon or semicolon, but not one inside a number or an abbreviation ("6.40 a.m")."""


def answered_claims(text: str) -> list[tuple[str, frozenset[str], str]]:
    """Each party a statement answers by name with what it answers: (the name as written, its
    words, the words after the name to the end of the clause: "for a 9-euro fee")."""
    flat = re.sub(r"\s+", " ", text)
    out = []
    for found in _ANSWERS.finditer(flat):
        key = "x" if found.group("x") else "y"
        name = re.sub(r"^(?:the|its)\s+", "", found.group(key), flags=re.IGNORECASE)
        words = _name_words(name) - _NOT_BODY - _TITLES
        rest = _THING_AFTER.match(flat, found.end())
        if words and rest is not None:
            out.append((name, frozenset(words), found.group(0)[found.end(key) - found.start():] + rest.group(0)))
    return out


_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_SAYS = re.compile(r"\b(?:said|says|say|told|according\s+to|added|argued|argues|warned|claimed|claims)\b")
_TITLES = frozenset("councillor councilor senator minister mr mrs ms dr professor prof judge justice mayor "
                    "president chairman chairwoman chair governor sir lord lady".split())


def answered_parties(text: str) -> list[frozenset[str]]:
    """The parties a statement answers by name, each as its name's words: "rejecting calls from
    Clean Air Dublin for a 9-euro fee" (Clean Air Dublin), "rejecting the union's demand" (union),
    "Councillor Hagen's claim that ... is wrong" (Hagen). A body named only by what it is keeps
    its noun ("the union": {"union"})."""
    flat = re.sub(r"\s+", " ", text)
    out = []
    for found in list(_ANSWERS.finditer(flat)) + list(_CLAIM_WRONG.finditer(flat)):
        name = next(g for g in found.groups() if g)
        name = re.sub(r"^(?:the|its)\s+", "", name, flags=re.IGNORECASE)
        words = _name_words(name) - _NOT_BODY - _TITLES
        if words:
            out.append(frozenset(words))
    return out


@dataclass(frozen=True)
class Party:
    """One side of a dispute: a body and who speaks for it."""

    body: str
    """The body as a reader should see it ("Tollan"), or "" for a person who speaks for none known."""
    person: str
    """The person who speaks ("Simon Ashgrove"), or ""."""
    role: str
    """The person's role ("partner"), or ""."""
    words: frozenset[str]
    """Lower-cased words naming the body and the person: two parties sharing one are one party."""

    @property
    def label(self) -> str:
        """"Tollan (Simon Ashgrove, partner)", "Tollan", "Simon Ashgrove"."""
        if self.body and self.person:
            return f"{self.body} ({self.person}, {self.role})" if self.role else f"{self.body} ({self.person})"
        if self.person and self.role:
            return f"{self.person} ({self.role})"
        return self.body or self.person


class Parties:
    """Who speaks for whom across one corpus (*texts*, each text's source in *groups*).

    A person the texts tie to a body ("X, a partner at Y", "Y's spokesperson X", "X of Y",
    "Y chief executive X") speaks for it wherever the texts quote them; a quotation a person with
    a role opens right after a body's statement in the same source is that body's ("The union said
    it opposed ... "..." branch secretary Mick Hanlon said."); "the firm", "the union" is the body the
    source last introduced as one; an indefinite "a scheme" is nobody."""

    def __init__(self, texts: Sequence[str], groups: Sequence[int],
                 known: dict[str, frozenset[str]] | None = None, found: Sequence[Ties] | None = None,
                 before: Callable[[int], str] | None = None) -> None:
        """*known*: `affiliations(texts)` when the caller has it already (it reads every text);
        *found*: each text's `ties`, when already known; *before*: the text of a row's source before
        the row (lines no statement quotes, such as "Minister of Fisheries Dan Petersen said:")."""
        self.texts, self.groups, self._before = texts, groups, before
        if found is None:
            found = [ties(text) for text in texts]
        self.known = affiliations(texts, found) if known is None else known
        self._subjects: list[frozenset[str]] | None = None
        self._introductions: dict[str, str] = {}
        self._parties: dict[tuple[int, str], Party | None] = {}
        """`of` per (row, holder): the answer depends on the corpus alone, asked once per pair weighed."""
        self._speakers_before: dict[int, str] = {}
        self._titles: dict[str, bool] = {}
        self._common: dict[str, bool] = {}
        self._introduced_anywhere: dict[str, bool] = {}
        self._glossed: dict[str, frozenset[str]] = {}
        """Per acronym: the names (lower case) sources introduce it as ("Kellan Port Authority (KPA)")."""
        """Answers about the whole corpus per word (`_a_title`, `_common_noun`, `_named_side`)."""
        self.bodies: dict[str, tuple[str, str]] = {}
        """Per surname: (the body as written, the role)."""
        self._named = _named_inside(texts)
        for one in found:
            for surname, body, role in one.bodies:
                if not self._a_name(body):  # "Regional governor Maria Stoyanova": an adjective, no body
                    surname_body = ("", f"{body.lower()} {role}".strip())
                else:
                    surname_body = (body, role)
                self.bodies.setdefault(surname, surname_body)

    def _a_name(self, words: str) -> bool:
        """Whether *words* can name an actor: not one adjective ("Regional" of "Regional governor
        Maria Stoyanova") that the corpus capitalises only where a sentence starts with it."""
        return len(words.split()) > 1 or words.lower() in self._named or not _ADJECTIVE.search(words)

    def _resolved(self, row: int, noun: str) -> str:
        """The body "the *noun*" stands for at *row*: the nearest name the same source introduces as one."""
        for index in range(row, -1, -1):
            if self.groups[index] != self.groups[row]:
                break
            name = _introduced(noun, self.texts[index])
            if name:
                return name
        return ""

    def _titled(self, row: int, noun: str) -> tuple[str, str] | None:
        """The person "the *noun*" stands for at *row* when *noun* is a title: the nearest person the
        same source names with it ("Minister of Fisheries Dan Petersen", "Faroese Fisheries Minister Dan
        Petersen", "Mayor Elena Rossi"), as (name, title); None when the source names none."""
        title = re.compile(r"(?P<title>(?:[A-Z][\w'’-]*\s+){0,3}" + re.escape(noun.capitalize())
                           + r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)\s+"
                           r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})(?![\w'’-])")
        texts = [self.texts[row]] + ([self._before(row)] if self._before is not None else [
            self.texts[index] for index in range(row - 1, -1, -1) if self.groups[index] == self.groups[row]])
        for text in texts:
            found = [m for m in title.finditer(text) if m.group("name").split()[-1].lower() not in _NOT_BODY]
            if found:
                return re.sub(r"\s+", " ", found[-1].group("name")), re.sub(r"\s+", " ", found[-1].group("title"))
        return None

    def _a_title(self, row: int, noun: str) -> bool:
        """Whether the texts use *noun* as a person's title ("Minister Karin Haugland", "Mayor Elena
        Rossi"): "the minister" is then a person, whom a reader must see named."""
        title = re.compile(r"\b" + re.escape(noun.capitalize()) + r"\s+(?:of\s+[A-Z][\w'’-]*\s+)?[A-Z][a-z][\w'’-]*\s+[A-Z][a-z]")
        if noun not in self._titles:  # the corpus's part: the same for every row
            self._titles[noun] = any(title.search(text) for text in self.texts)
        return self._titles[noun] or (self._before is not None and title.search(self._before(row)) is not None)

    def _only_one(self, noun: str) -> str:
        """The body "the *noun*" stands for when its own source never names one but the corpus names
        exactly one ("the commission" in an analyst's note, "the Water Services Regulation Commission"
        in the wire copy); "" when none or several."""
        if noun not in self._introductions:
            names = {re.sub(r"\s+", " ", _introduced(noun, text)) for text in self.texts} - {""}
            self._introductions[noun] = next(iter(names)) if len(names) == 1 else ""
        return self._introductions[noun]

    @staticmethod
    def _opening(text: str, noun: str) -> str:
        """The named body a statement of two sentences opens on, when "the *noun*" only comes after it."""
        at = text.lower().find("the " + noun)
        found = features.attribution(text[:at]) if at > 0 else None
        if found is None or found[3] or not found[0].name[:1].isupper() or re.match(
                r"(?:the|its|our)\s", found[0].name, re.IGNORECASE):
            return ""
        return found[0].name

    def _said_before(self, row: int) -> str:
        """The body that speaks in the sentence before *row* of the same source ("The union said ..."), or ""."""
        if row not in self._speakers_before:
            self._speakers_before[row] = self._body_before(row)
        return self._speakers_before[row]

    def _said_before_as(self, row: int, noun: str) -> str:
        """`_said_before`, unless the sentence before calls that body by another kind than *noun*
        ("The GMB-style union Unitex said ..." then "The company said ...": the company is not the
        union), which "the *noun*" cannot stand for."""
        name = self._said_before(row)
        if not name or row == 0:
            return name
        name_at = re.escape(name)
        kinds = {found.group("kind").lower() for pattern in (
            r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:[\w'’-]+\s+){0,2}?(?P<kind>[a-z][a-z-]{2,})\s+" + name_at + r"\b",
            r"\b" + name_at + r",\s+(?:a|an|the|its)\s+(?:[\w'’-]+\s+){0,3}?(?P<kind>[a-z][a-z-]{2,})[,.;]")
            for found in re.finditer(pattern, self.texts[row - 1])}
        return "" if kinds and stem(noun) not in {stem(k) for k in kinds} else name

    def _body_before(self, row: int) -> str:
        if row == 0 or self.groups[row - 1] != self.groups[row]:
            return ""
        found = features.attribution(self.texts[row - 1])
        if found is None or found[3]:
            return ""
        name = found[0].name
        common = _COMMON_HOLDER.match(name)
        if common and re.search(r"\b(?:the|its|our)\s+" + re.escape(common.group("noun").lower()) + r"\b",
                                self.texts[row - 1].lower()):
            return self._resolved(row - 1, common.group("noun").lower())
        name = re.sub(r"^(?:The|A|An)\s+", "", name)
        proper = re.search(r"\b" + re.escape(name) + r"\b", self.texts[row - 1]) is not None and all(
            w[:1].isupper() for w in name.split() if w not in ("of", "and", "for", "&"))
        if _surname(name) in self.bodies or not proper or name.lower() in _NOT_BODY:
            return ""  # a person (who speaks for a body of their own), a body by what it is, or no name
        return name

    def of(self, row: int, holder: str) -> Party | None:
        """The party that holds a statement at *row* named *holder* (as a finder gives it), or None
        when *holder* names nobody ("A scheme")."""
        if (row, holder) not in self._parties:
            self._parties[row, holder] = self._party(row, holder)
        return self._parties[row, holder]

    def _party(self, row: int, holder: str) -> Party | None:
        text = self.texts[row]
        holder = holder.strip()
        if not holder or _INDEFINITE.match(holder) or features.names_no_one(holder) \
                or features.names_record(holder) or not noun_phrase(holder, whole=False):
            return None  # nobody ("Nobody at the council"), a record ("the firm's own data"), something of a
            # kind, or a clause taken for a name
        lowered = text.lower()
        if " " not in holder and re.search(r"\b(?:a|an|any)\s+" + re.escape(holder.lower()) + r"\b", lowered) \
                and not re.search(r"\b(?:the|its|our)\s+" + re.escape(holder.lower()) + r"\b", lowered) \
                and not re.search(r"\b" + re.escape(holder) + r"\b", text):
            return None  # "A scheme needs ...": something of a kind, nobody's side
        common = _COMMON_HOLDER.match(holder)
        if common and re.search(r"\b(?:the|its|our)\s+" + re.escape(common.group("noun").lower()) + r"\b", text.lower()):
            noun = common.group("noun").lower()
            # "... the private equity firm Tollan ...", else the body that spoke just before
            # ("Tollan said ... The firm said ...")
            body = self._resolved(row, noun) or self._opening(text, noun)
            if not body and (person := self._titled(row, noun)):
                # "The Minister rejected ..." after "Minister of Fisheries Dan Petersen said": the person
                return Party("", person[0], person[1], frozenset(_name_words(person[0])))
            body = body or self._only_one(noun) or self._said_before_as(row, noun)
            if not body and not re.search(r"\bthe\s+" + re.escape(noun) + r"\b", text.lower()):
                return None  # "its lawyers", with no name in sight: part of another party, not one of its own
            if not body and self._a_title(row, noun):
                return None  # "the Minister" whom its source never names: a bare title, nobody's side
            return Party(body or holder, "", "", (_name_words(body) - _NOT_BODY) if body else frozenset({noun}))
        holder = _whole_name(holder, text)
        if not self._a_name(holder):
            return None  # a common noun that opens the sentence ("Lawyers for the cooperative"): no named party
        if _ACTING_FOR.match(holder):
            # "Lawyers for Mayor Achterberg": a group that speaks for a person, not that person: named as
            # written, never as the person with the person's body and role put around it
            return Party(holder, "", "", frozenset(_name_words(holder) - _NOT_BODY))
        surname = _surname(holder)
        before = self._said_before(row) if len(holder.split()) >= 2 and text.lstrip()[:1] in "\"“" \
            and re.search(_ROLE, text) else ""
        if before and surname in self.bodies and not self._speaks(self.bodies[surname][0], surname):
            before_words = _name_words(before) - _NOT_BODY
            words = _name_words(holder) | self.known.get(surname, frozenset()) | before_words
            return Party(before, holder, self.bodies[surname][1], frozenset(words) - _NOT_BODY)
        if surname in self.bodies and len(holder.split()) >= 2:
            body, role = self.bodies[surname]
            words = _name_words(holder) | self.known.get(surname, frozenset())
            return Party(body, holder, role, frozenset(words) - _NOT_BODY)
        if before:
            titled = re.search(_ROLE + r"(?=,?\s+" + re.escape(holder) + r")", text)
            return Party(before, holder, titled.group(0) if titled else "",
                         frozenset(_name_words(holder) | _name_words(before)) - _NOT_BODY)
        return Party(holder, "", "", frozenset(_name_words(holder) - _NOT_BODY))

    def apart(self, a: int, b: int, dispute: Dispute) -> Dispute | None:
        """*dispute* between the statements at rows *a* and *b*, each side named by its body and who
        speaks for it; None when both sides are one party or one side is nobody."""
        if len(dispute.sides) != 2 or not all(dispute.sides):
            return dispute
        side_a, side_b = self.of(a, dispute.sides[0]), self.of(b, dispute.sides[1])
        if side_a is None or side_b is None or self.same(side_a, side_b):
            return None
        # a body resolved from a common noun ("Council" -> "Dublin City Council") may share a place
        # name with the other side ("Clean Air Dublin"): whether they are one party was asked above
        side_a, side_b = self._named_side(a, side_a), self._named_side(b, side_b)
        if side_a is None or side_b is None or self.alias(side_a.body, side_b.body) or self.alias(
                side_b.body, side_a.body):
            return None  # "the union", resolved to the name "MGWU" spells: one party still
        if not self._answers_fit(a, side_b) or not self._answers_fit(b, side_a):
            return None
        if self._writers_own(a, side_a) or self._writers_own(b, side_b):
            return None
        return replace(dispute, sides=(side_a.label, side_b.label))

    def _common_noun(self, word: str) -> bool:
        """Whether *word* is used as a common noun in the corpus: some text has it in lower case
        after a determiner ("the council", "a company"), so "Council" alone names nobody."""
        if word not in self._common:
            pattern = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Oo]ur|[Tt]heir|[Tt]his|[Tt]hat)\s+" + re.escape(word.lower()) + r"\b")
            self._common[word] = any(pattern.search(text) for text in self.texts)
        return self._common[word]

    def _named_side(self, row: int, party: Party) -> Party | None:
        """*party* with a body that is a bare common noun ("Company", "The council") resolved to the
        name a source gives it ("Dublin City Council"); when the sources name such bodies but none
        it can be told to stand for, the person alone who speaks, or None (the side names nobody
        a reader can tell); unchanged when no source names any body of that kind."""
        body = re.sub(r"^(?:[Tt]he|[Ii]ts|[Oo]ur)\s+", "", party.body.strip())
        if not body or " " in body or not self._common_noun(body):
            return party
        noun = body.lower()
        name = self._resolved(row, noun) or self._only_one(noun)
        if name and " " in name.strip():
            return replace(party, body=re.sub(r"\s+", " ", name).strip())
        if noun not in self._introduced_anywhere:
            self._introduced_anywhere[noun] = any(_introduced(noun, text) for text in self.texts)
        if not self._introduced_anywhere[noun]:
            return party  # no source names any such body: the sources' own word for it is all a reader gets
        if party.person:
            return replace(party, body="")  # several named ones it may stand for: the person who speaks
        return None

    def _writers_own(self, row: int, party: Party) -> bool:
        """Whether the statement at *row* is its writer's own view in the first person ("we would
        expect it to ask for a new study"), nobody quoted or said to speak, while *party* is a third
        party it is about (the regulator it names): the side is the writer, not that party."""
        text = re.sub(r"[\"“][^\"”]*[\"”]", " ", re.sub(r"\s+", " ", self.texts[row]))
        if not _WE.search(text) or _SAYS.search(text):
            return False
        # a side whose name the statement holds is what it is about; a side it does not name (its
        # source's owner, "Clean Air Dublin" for "We are calling on the council ...") may be its writer
        return bool(name_words(party.label) & name_words(text))

    def _answers_fit(self, row: int, other: Party) -> bool:
        """False when the statement at *row* answers a party it names ("rejecting calls from Clean
        Air Dublin", "responding to the embassy's letter", "Hagen's claim ... is wrong") and *other*
        is not that party: its opponent is the party it answers, never a third one."""
        answered = answered_parties(self.texts[row])
        if not answered:
            return True
        mine = other.words | (_name_words(other.body) - _NOT_BODY) | (_name_words(other.person) - _NOT_BODY)
        return any(words and (words <= mine or (_name_words(other.body) - _NOT_BODY) and
                              (_name_words(other.body) - _NOT_BODY) <= words) for words in answered)

    def _speaks(self, body: str, surname: str) -> bool:
        """Whether *body* is a party elsewhere: another person's body, or the subject of a statement."""
        words = _name_words(body) - _NOT_BODY
        if any(words & (_name_words(other) - _NOT_BODY) for name, (other, _) in self.bodies.items() if name != surname):
            return True
        if self._subjects is None:
            found = (features.attribution(text) for text in self.texts)
            self._subjects = [_name_words(one[0].name) - _NOT_BODY for one in found if one is not None and not one[3]]
        return any(words & subject for subject in self._subjects if not subject & {surname})

    def same(self, a: Party | None, b: Party | None) -> bool:
        """Whether *a* and *b* are one party (a body and the people who speak for it)."""
        if a is None or b is None:
            return False
        if qualifier_only(a.body or a.person, b.body or b.person, a.words & b.words):
            return False  # "Valdora Hoteliers' Association" and "Valdora Vivible": two bodies of one town
        return bool(a.words & b.words) or a.body.lower() == b.body.lower() or bool(
            _name_words(a.body) & _name_words(b.body) - _NOT_BODY) or self.alias(a.body, b.body) or self.alias(
            b.body, a.body)

    def alias(self, short: str, name: str) -> bool:
        """Whether *short* is an acronym standing for the body *name*: the initials of its capitalised
        words spell it ("MGWU", "Municipal Grounds Workers' Union"), or a source introduces the acronym
        as that name ("the port authority (KPA)" when the side is "Port authority")."""
        acr = re.sub(r"^(?:[Tt]he)\s+", "", short.strip())
        name = re.sub(r"^(?:[Tt]he)\s+", "", name.strip())
        if not acr or not name or " " in acr or not any(m.group() == acr for m in glosses.acronyms(acr)):
            return False
        if len(name.split()) > 1 and glosses.full_name(name, acr, len(name)) is not None:
            return True
        if acr not in self._glossed:
            found: set[str] = set()
            for text in self.texts:
                at = re.search(r"\(\s*" + re.escape(acr) + r"\s*\)", text)
                if at is not None and (full := glosses.full_name(text, acr, at.end())) is not None:
                    found.add(re.sub(r"^(?:[Tt]he)\s+", "", full).lower())
            self._glossed[acr] = frozenset(found)
        return name.lower() in self._glossed[acr]


def name_words(text: str) -> frozenset[str]:
    """The words that name a party in *text* ("Clean Air Dublin": clean, air, dublin), without
    roles, titles and pronouns: two names share a party when one's words hold the other's."""
    return _name_words(text) - _NOT_BODY - _TITLES


_ANSWERS_CUE = re.compile(r"\b(?:reject|dismiss|respond|response|repl|answer|hit|counter|rebut|refut|den)",
                          re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_THING_WORD = re.compile(r"[a-z]{4,}")
_THING_LIGHT = frozenset("about their which would could should there these those other after before while "
                         "against calls demand demands claim claims them they this that with from have will been "
                         "were what when than into also more less some such only over".split())


def answer_pairs(texts: Sequence[str], groups: Sequence[int], owners: Sequence[str], scores: Sequence[float],
                 taken: Collection[int] = ()) -> list[tuple[int, int, Dispute]]:
    """A statement that answers a party it names ("rejecting calls from Clean Air Dublin for a
    9-euro fee", "rejecting the union's demand for a retainer") set against that party's own
    statement of the same thing in another source (*groups*): the party speaks in it ("The union
    demanded ...") or, in first person, is its source's owner (*owners*: publisher and author; "We
    are calling on the council to raise the charge to 9 euros"), and it holds what is answered
    (its number; with no number, a word of it). (party's row, answering row, dispute), at most
    one per answer, the highest *scores* first; *taken* rows are left out."""
    out: list[tuple[int, int, Dispute]] = []
    speakers: dict[int, frozenset[str]] = {}
    for r, text in enumerate(texts):
        if r in taken or not _ANSWERS_CUE.search(text):
            continue
        for name, words, thing in answered_claims(text):
            numbers = set(_NUMBER.findall(thing))
            nouns = {w for w in _THING_WORD.findall(thing.lower()) if w not in _THING_LIGHT}
            if not numbers and not nouns:
                continue
            best = None
            for s, other in enumerate(texts):
                if s in taken or s == r or groups[s] == groups[r]:
                    continue
                if numbers:
                    if not numbers & set(_NUMBER.findall(other)):
                        continue
                elif not any(re.search(r"\b" + re.escape(n), other.lower()) for n in nouns):
                    continue
                if s not in speakers:
                    found = features.attribution(other)
                    speakers[s] = name_words(found[0].name) if found is not None else frozenset()
                heard = speakers[s]  # "Ashby Library" for "Friends of Ashby Library": a name's part of two words or more
                own = words <= heard or len(heard) >= 2 and heard <= words if heard else (
                    _FIRST_PERSON.search(other) is not None and words <= name_words(owners[s]))
                if own and (best is None or scores[s] > scores[best]):
                    best = s
            if best is not None:
                found = features.attribution(text)
                if found is not None and found[0].name:
                    out.append((best, r, Dispute(best, r, (name, found[0].name), tuple(sorted(numbers or nouns)))))
                break
    return out
