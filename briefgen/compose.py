"""Compose: NoteSet + AudienceProfile -> Brief (sections of cited items).

Selection and ordering happen here so templates stay presentation only.
Each note is used once per brief; a statement backed by a cluster cites one
quote per supporting source; length budgets are met by choosing fewer notes,
never by cutting a sentence. Citation numbers follow first appearance.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from briefgen import sections as holds
from briefgen.audiences import find_file
from briefgen.changes import Earlier, covered, updates
from briefgen.coverage import Coverage, concepts, lazy_greedy, overtaken, quoted_share, recency
from briefgen.errors import NotesError
from briefgen.ingest.clean import MONTHS, WEEKDAYS, opening_label, rejoin_hyphens
from briefgen.ingest.markup import reads, run_in_heading
from briefgen.keyfigures import (
    BARE,
    PREFIXES_OF_FORM,
    PROPOSALS,
    SENTENCE_END,
    FigureGroup,
    bound_given,
    comment_words,
    compared_with_others,
    complement_measure,
    conditional,
    corrects_value,
    counted_measure,
    distance_before,
    elsewhere,
    explicit_earlier_pairs,
    gerund_subject,
    given_as_alternative,
    given_instead,
    goal_given,
    holder_label,
    in_words,
    incremental,
    is_change,
    is_difference,
    kin_measure,
    known_set,
    level_after_change,
    measure_key_of,
    move_base,
    multiplied_from,
    names_of,
    other_event,
    other_measures,
    other_roles,
    other_subjects,
    other_terms,
    placed_period,
    price_of,
    probability,
    rate_span,
    refer_to_overtaken,
    rejected,
    retire_relative_to_overtaken,
    retire_revised_proposals,
    said_with,
    same_holder,
    same_unit,
    same_value_any_currency,
    scope_label,
    security_told_before,
    sentence_of,
    set_against,
    share_predicate,
    subject_names,
    tells_correction,
    time_offset,
    verb_label,
    whole_of_part,
    wrong_before,
)
from briefgen.models import (
    AudienceProfile,
    Brief,
    BriefMeta,
    Citation,
    Disagreement,
    EarlierFigure,
    Figure,
    Item,
    Method,
    Note,
    NoteSet,
    Section,
    SectionSpec,
    Sentence,
    SourceDoc,
    SourceRow,
)
from briefgen.notes import counterclaims, dates, disputes, features, phrases, piece_of_quotation
from briefgen.notes.conflicts import vague
from briefgen.notes.context import (
    Assumed,
    Introductions,
    additive_opening,
    assumed_referents,
    back_reference,
    bare_surnames,
    continues_speaker,
    definite_descriptions,
    demonstrative_reference,
    described_speakers,
    fronted_pronoun_subject,
    full_name_before,
    implicit_argument,
    introduces,
    mentions,
    name_for,
    named_references,
    needs_antecedent,
    opens_on_earlier,
    opens_on_name,
    opens_on_named_subject,
    opens_on_reference,
    person_surnames,
    points_back,
    pronoun_at,
    renames,
    residual_reference,
    short_form,
    speaker_by_pronoun,
    speaker_name,
    subject_description,
    trailing_pronoun_speaker,
    unnamed_body,
    unseen_addition,
    unseen_comparison,
    unseen_event,
    unseen_kinds,
    unseen_object,
    unseen_occurrence,
    unseen_referent,
    wants_next,
)
from briefgen.notes.corroborate import asserts_same_event, holds_view, other_basis, same_event, same_fact
from briefgen.notes.estimates import HELD_APART, held_value, other_holders, own_voice_of, relative_holder, said_by
from briefgen.notes.figures import (
    circumstance,
    comparable,
    correction_notice,
    corrects,
    earlier_by_difference,
    earlier_values,
    find_figures,
    measure_stems,
    named_earlier,
    near,
    near_value,
    others_earlier_values,
    own_words,
    quantity,
    revised_values,
    same_amount,
    same_quantity,
    same_value,
    stance,
    unit_class,
    unit_head,
    vote_tally,
    word_stems,
)
from briefgen.notes.glosses import (
    Gloss,
    acronym_gloss,
    acronyms,
    brackets_read_as_names,
    in_other_name,
    names_body,
    owner_named,
    person_gloss,
)
from briefgen.notes.glosses import placed as placed_gloss
from briefgen.notes.verify import describe, locate, span_for
from briefgen.record import BriefRecord
from briefgen.roles import HONORIFIC_TITLES, ROLE_NOUN, TITLE_WORDS
from briefgen.supersede import (
    DatedSources,
    FreeFill,
    Offer,
    SourceReadings,
    Superseded,
    after_called_off,
    called_earlier,
    changed_held_values,
    days_given_up,
    denied,
    departed_parties,
    earliest_days,
    event_stems,
    may_overtake,
    moved_date,
    overtaken_events,
    overtaken_views,
    reports_one,
    restated_positions,
    retracted_claims,
    tells_state,
    tells_update,
    turned_down,
)
from briefgen.window import Window, long_date, placed_day, source_date, written_day
from briefgen.words import STOP_WORDS, content_words, meaning, stem
from briefgen.workspace import Config

FORUM_RELIABILITY = "forum comment"
FORUM_KINDS = frozenset({"forum thread", "comments"})
COMMENTARY_KINDS = frozenset({"opinion", "analysis", "blog", *FORUM_KINDS})
"""Source kinds (SourceMeta.kind) that comment on the story rather than report it: never a
brief's opening statement, and labelled when quoted."""
MAX_CITES_PER_ITEM = 3
# Below this theme weight for "markets" (the policy profile has 0.4), a share price's move is no event of an
# event section ("Situation"): the reader weighs markets low; the investor and executive briefs keep it.
MARKET_EVENT_WEIGHT = 0.5


def _of_what_comes(spec: SectionSpec) -> bool:
    """Whether a bullets section holds only events to come (a "Catalysts" list of the user's own):
    it takes the dated events a watch list would otherwise keep for itself."""
    return bool(spec.kinds) and set(spec.kinds) <= {"upcoming"}


VIEW_KINDS = frozenset({"opinion", "quote"})


def _of_views(spec: SectionSpec) -> bool:
    """Whether the section *spec* tells what people say rather than what happened: it takes only
    opinions and quotations (kinds = ["opinion"], ["quote", "opinion"]), where a forum post, labelled,
    may stand; a section of facts, figures or themes takes none."""
    return bool(spec.kinds) and set(spec.kinds) <= VIEW_KINDS


def _comment(doc: SourceDoc | None, kinds: frozenset[str] = COMMENTARY_KINDS) -> bool:
    """Whether *doc* is rated an opinion or a forum, or is of one of *kinds*."""
    return doc is not None and (doc.meta.reliability in ("opinion", FORUM_RELIABILITY) or doc.meta.kind in kinds)


# An expectation or a hedge ("expects", "estimated", "could", "likely"): what someone thinks will happen,
# not a plan its maker announced ("will end the service by September, the company said").
_HEDGED = re.compile(r"\b(?:expect(?:s|ed|ing)?|expectations?|forecast(?:s|ed)?|predict(?:s|ed)?|estimat(?:e|es|ed)|"
                     r"project(?:s|ed)|likely|unlikely|could|may|might|should|probably|believes?|thinks?|sees)\b",
                     re.IGNORECASE)


def statement(note: Note) -> str:
    """What a brief prints for a note: the analyst's paraphrase, or the quote on one line.
    Only printing and the word budget read it: every choice (which section, which statement,
    a repeat or not) reads `said`, so a paraphrase never moves or drops what the source says."""
    return _one_line(note.text or note.quote)


def said(note: Note) -> str:
    """What the source says for a note: its quote on one line, whatever the analyst wrote in
    its place. Sections, selection, repeats, corroboration and dates read this."""
    return _one_line(note.quote)


@functools.lru_cache(maxsize=16384)
def _one_line(text: str) -> str:
    """*text* on one line (every run of white space one space), worked out once per text: every
    section, pass and audience reads the same notes' words thousands of times. A hard-wrapped
    line that breaks after a hyphen joins without a space ("Reilly-\nVance" is "Reilly-Vance",
    "short-\nlet" is "short-let"): the hyphen is the word's, as a brief shows it (`clean.rejoin_hyphens`)."""
    return re.sub(r"\s+", " ", rejoin_hyphens(text)).strip()


@functools.lru_cache(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    """Content words with plural, possessive and common verb endings taken off, so
    "ramping up production" and "ramp up the production" share their words. Read once per
    text (the same sentences are read for every statement, section, audience and pass)."""
    words = content_words(text) + [w.lower() for w in _MODEL.findall(text)]
    return frozenset(stem(word) for word in words)


_MODEL = re.compile(r"\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{2,}\b")
"""Names made of letters and digits ("H200", "A380", "COVID19"): distinctive, and not words."""


SAME_FACT_WORDS = 5
"""Content words two statements share that make them one fact in other words, when they are
also two fifths of the shorter one's ("Nvidia is contemplating ramping up production of its
H200 chips" and "Nvidia is reportedly planning to ramp up the production of its AI chip,
the H200")."""


def _similar(a: str, b: str, *, paraphrase: bool = False) -> bool:
    """The same fact in other words: most content words of the shorter statement recur, or
    (with *paraphrase*, in briefs) SAME_FACT_WORDS of them and two fifths. The digest keeps to
    the first test: across a whole story every statement shares its five names ("fourteen
    miners trapped at the Dravik copper mine"), and the looser test then drops other facts
    (harness: ROUGE-2 at 250 words .397 without it, .381 with it)."""
    wa, wb = _stems(a), _stems(b)
    if not wa or not wb:
        return False
    shared = len(wa & wb)
    ratio = shared / min(len(wa), len(wb))
    if ratio >= 0.5:
        return True
    if not paraphrase:
        return False
    ma, mb = {meaning(w) for w in wa}, {meaning(w) for w in wb}  # "ramping up production" / "increasing output"
    shared = len(ma & mb)
    return shared >= SAME_FACT_WORDS and shared / min(len(ma), len(mb)) >= 0.4


def _paraphrase(a: str, b: str) -> bool:
    return _similar(a, b, paraphrase=True)


_OBJECT_OPENER = frozenset("a an the this that these those its their his her our my your all any every each no "
                           "by to for on in at with from before within".split())


_PREPOSITIONS = frozenset("despite amid amidst following according beyond besides like unlike regarding concerning "
                          "including except given plus behind beside beneath inside outside near past throughout "
                          "alongside across against along around toward towards upon".split())
"""Prepositions that may open a sentence and are not stop words: a phrase, not a command."""
_LATER_SUBJECT = re.compile(r",\s+(?:[\w’'-]+\s+){0,4}?(?:is|are|was|were|has|have|had|will|would|said|says)\b",
                            re.IGNORECASE)


def bare_imperative(text: str) -> bool:
    """Whether *text* opens as a command with no actor ("Publish by 28 April a full reconciliation",
    "Withdraw the plan until ..."): its first word is no function word, no name's possessive and
    no -ing or -ed form, and the word after it opens an object or a phrase (an article, a
    possessive, a preposition, a number). A list of demands reads so; whose demand it is, the
    line does not say, so no dated entry may show it alone."""
    words = re.findall(r"[\w’'-]+", text[:80])
    if len(words) < 2 or not words[0][:1].isupper() or words[0].isupper():
        return False
    first, after = words[0].lower(), words[1].lower()
    if (first in STOP_WORDS or first in _PREPOSITIONS or first.endswith(("ing", "ed", "'s", "’s", "ly"))
            or first in MONTHS or first in WEEKDAYS):
        return False
    if _LATER_SUBJECT.search(text):
        return False  # "Despite the approval, regulators are still ...": the opening was a phrase, a clause follows
    return after in _OBJECT_OPENER or after.isdigit() or first in _GERUND_TAKERS and after.endswith("ing")


_GERUND_TAKERS = frozenset({"start", "stop", "keep", "begin", "resume", "continue", "cease", "quit", "avoid", "finish", "end"})
"""Verbs whose object is an -ing form ("Start paying from gear pickup ... from 1 November"): a command so opened
is a demand as much as one whose object opens with an article."""


_NOT_HEAD = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"scheduled", "due", "expected", "set", "said", "says", "told", "later"}


def event_head(text: str, day: dt.date) -> frozenset[str]:
    """The stems of the content words just before where *text* names *day* ("a full hearing on
    October 14", "will now be published on April 28", "Publish by 28 April"): what happens that
    day, the words two entries for one event share."""
    heads: set[str] = set()
    for when in dates.mentions(text, day):
        if when.precision != "day" or when.first != day:
            continue
        before = re.findall(r"[A-Za-z][\w’'-]*", text[max(0, when.start - 60):when.start])[-5:]
        heads |= {stem(w.lower()) for w in before
                  if w.lower() not in STOP_WORDS and w.lower() not in _NOT_HEAD and len(w) > 2}
    return frozenset(heads)


def one_event(a: str, b: str, day: dt.date) -> bool:
    """Whether two statements that set *day* for something to come tell one event (a hearing a
    councillor will call and the committee's hearing; results to be published and a demand to
    publish by then): the words just before the day share a content word (`event_head`), or the
    words before the day in one name who or what the other sets that day for ("would call the
    executives before a special meeting on 12 November" and "The executives are due before the
    committee on Nov 12": one appearance, told as the chair's plan and as the schedule)."""
    head_a, head_b = event_head(a, day), event_head(b, day)
    if head_a & head_b:
        return True
    return bool(head_a and head_b and (head_a & (_stems(b) - _TIME_STEMS) or head_b & (_stems(a) - _TIME_STEMS)))


_OTHER_EVENTS_DAY = re.compile(r"\b(?:the|its|their)\s+$", re.I)
"""What stands just before a day used as the name of another event, with a noun after it ("before
the 4 December capital markets day", "at the 20 November investor day"): not the statement's own
day, nor a deadline it sets ("ordered ... to hand over the ballots by November 28")."""


def act_before_day(text: str, anchor: dt.date, day: dt.date) -> bool:
    """Whether *text* tells an act done (its main clause's verb is past, `sections.main_event`:
    "Munro called for ...", "The union demanded talks ...") that names *day* only as another event's
    day: a deadline it sets ("... before the 4 December capital markets day") or the name of an event
    ("at the 20 November investor day"). Such a statement is the act, of its own day, not the event
    of the later day: a demand made on Nov 11 is no event of Dec 4."""
    if holds.main_event(text) is None:
        return False
    named = [when for when in dates.mentions(text, anchor) if when.precision == "day" and when.first == day]
    return bool(named) and all(_OTHER_EVENTS_DAY.search(text[max(0, when.start - 30):when.start])
                               and re.match(r"\s+[a-z]", text[when.end:]) for when in named)


SALUTATION = re.compile(r"^\W*Dear\s+(?:[A-Z][\w.’'-]*|and|&)(?:\s+(?:[A-Z][\w.’'-]*|and|&|of|the))*\s*,")
"""A letter's opening ("Dear Mr Eyre and Councillor Talbot, ..."): who is written to, no event."""


def once_per_event(entries: Sequence[tuple[str, str, int, Item]],
                   weak: Callable[[Item], bool] = lambda item: False) -> list[tuple[str, str, int, Item]]:
    """Dated entries with a second entry for one event left out: for a scheduled event (`one_event`)
    the one ranked first stays, or the fuller when it is longer; for a past one, the first told
    (entries come sorted by day, then by their source's date: the first report of a day's event,
    "hail battered the town on Tuesday", before an analyst's later account of it). A *weak* entry
    (a forum post) on a day another entry already dates is left out: a thread repeats what the
    reports told of that day."""
    kept: list[tuple[str, str, int, Item]] = []
    for entry in entries:
        item = entry[3]
        if weak(item) and any(other[0] == entry[0] for other in kept):
            continue
        day = dt.date.fromisoformat(entry[0])
        if not item.scheduled:
            if not any(not other[3].scheduled and other[0] == entry[0] and one_event(other[3].text, item.text, day)
                       for other in kept):
                kept.append(entry)
            continue
        twin = next((i for i, other in enumerate(kept) if other[3].scheduled and other[0] == entry[0]
                     and one_event(other[3].text, item.text, day)), None)
        if twin is None:
            kept.append(entry)
        elif len(item.text) > len(kept[twin][3].text) and not bare_imperative(item.text):
            kept[twin] = entry
    return kept


def _restates(a: str, b: str) -> bool:
    """One statement all but repeats the other (one quoted within the other, or nearly all
    of the shorter one's content words recur): never twice in a brief, whatever the section."""
    wa, wb = _stems(a), _stems(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.8


FIGURE_NEWS_WORDS = 3
"""Content words a statement whose every figure the brief already shows must add, beyond the
brief's other statements and Key figures rows, to be printed: fewer, and it retells them."""

MAX_PAIRED_WORDS = 70
"""Longest statement made of a sentence and the one before it that it leans on."""


def standalone(note: Note, brief: bool = False, story: str = "") -> bool:
    """Whether a reader can take the note's statement on its own: an analyst's paraphrase
    or a pinned note always; a quote only when it does not open on an antecedent the
    brief never shows ("This development ...", "However, ...", "The company ...") and names
    nothing only such a sentence explains ("the new range", "the figure it gave on Tuesday",
    '"...," she said'; `context.points_back`). *brief*: read for an audience brief, whose openers
    are read more widely (`context.opens_on_earlier`) than the digest's, and which also leaves out
    what names an unseen event or body ("Within hours, ...", "the matter"; `context.unseen_referent`), adds
    to what its source told before ("The FDIC also said ..."; `adds_to_another`) or ends on a speaker given
    only by a pronoun ("..., he said."; `context.trailing_pronoun_speaker`: extraction names him when it can)."""
    leans = opens_on_earlier if brief else needs_antecedent
    return bool(note.text) or note.status == "pinned" or not (
        leans(note.quote) or points_back(note.quote)
        or brief and (speaker_by_pronoun(note.quote) or unseen_referent(note.quote, story)
                      or adds_to_another(note.quote) or trailing_pronoun_speaker(note.quote) is not None))


_FIRST_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘]?[A-Z])")
# A sentence whose subject reports its own view: "The energy ministry estimates that ...", "Conab says ...",
# "[Dravik] expects ..." (a subject of up to six words, a name or a definite description, then the verb).
_REPORTED_VIEW = re.compile(
    r"^(?:\.\.\.\s+|…\s*)?(?P<subject>(?:[Tt]he\s+)?(?:\[[^\]]{1,60}\]|[A-Z][\w&’'.-]*)(?:\s+(?:of\s+|for\s+|and\s+)?"
    r"[\w&’'.-]+){0,5}?)\s+(?:estimates|expects|forecasts|projects|predicts|says|said|argues|argued|believes|"
    r"thinks|claims|claimed|reckons|maintains|contends|insists|calculates|puts|sees|told)\b")
_FIRST_PERSON_WORDS = frozenset({"we", "our", "i", "my", "us"})
_STANCE_WORDS = frozenset({"forecast", "estimate", "projection"})
"""Words a measure adds for how its value is held ("increases forecast"), not what it measures."""
_BOTH = re.compile(r"\b(?:not\s+only|but\s+also)\b", re.IGNORECASE)


_QUOTE_MARKS = re.compile(r"[\"“”]")
_ABBREVIATED = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|No|Gov|Sen|Rep|Gen|Lt|Col|Jr|Inc|Co|Corp|Ltd|Bros))\.[\"”’']?$")


_TIME_STEMS = frozenset(stem(word) for word in (*MONTHS, *WEEKDAYS, "day", "week", "month", "year", "date", "time",
                                                  "scheduled", "planned", "due", "set", "remains", "expected"))
"""Words a schedule and a report of its change share whatever the event: they tell no same event."""


# A participle phrase of consequence after a clause ("..., killing one man", "... and damaging around 120
# homes"): its -ing verb, then words to the next comma, semicolon, coordinated -ing verb or the end.
_CONSEQUENCE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<phrase>(?P<verb>[a-z]+ing)\b[^,;]*?)"
                          r"(?=\s*(?:[,;]|\s+and\s+[a-z]+ing\b|\.?[\"”']?\s*$))")
# -ing words that open a source, a report or a frame, not an outcome of the event
_NOT_CONSEQUENCE = frozenset({"according", "adding", "saying", "citing", "noting", "including", "following",
                              "during", "pending", "regarding", "concerning", "morning", "evening", "thing",
                              "something", "nothing", "anything", "everything", "bring"})


def lead_sentence(text: str) -> str:
    """The first sentence of *text* (a note's quote on one line that runs on into a second): the one
    that tells the note's event. A later sentence's day is another event's ("... said his councillors
    would now back the scheme. The registration scheme would still start on April 1, 2027.")."""
    parts = _FIRST_SENTENCE_END.split(text)
    first = parts[0]
    for part in parts[1:]:
        if not _ABBREVIATED.search(first) and len(_QUOTE_MARKS.findall(first)) % 2 == 0:
            break
        # "the U.S. Treasury said ...": an abbreviation ends no sentence; nor does the end of a quoted
        # sentence while the quotation goes on ('said: "Two weeks ago ... said no. Today the count says yes."')
        first = f"{first} {part}"
    return first


def adds_to_another(quote: str) -> bool:
    """Whether the first sentence of *quote* says in its main clause that it adds to something told
    before it ("The FDIC also said it had amended ...", "... ordered an inquiry as well";
    `sections.leans_on_another`), not within itself ("not only ... but also ...") nor within what
    a speaker says (up to the verb of saying only). An audience brief
    quotes it with the sentence before it, or leaves it out: the reader never saw what it adds to."""
    first = _FIRST_SENTENCE_END.split(" ".join(quote.split()), maxsplit=1)[0]
    # what a speaker says "also" happened is told by the speaker's words, not added to the sentence before
    # ("Norrvik said on Friday that hackers had also taken data belonging to a further 95,000 customers")
    saying = _SAYING.search(first)
    clause = first[:saying.end()] if saying is not None else first
    return holds.leans_on_another(clause) and not _BOTH.search(clause)


_SAYING = re.compile(r"\b(?:said|says|say|told|tells|announced|announces|reported|reports|added|adds|warned|"
                     r"warns|stated|states|confirmed|confirms)\b")


_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _unpossessed(words: Iterable[str]) -> set[str]:
    """*words* lower-cased, each without a possessive "'s" ("Halvard's" is "halvard")."""
    return {w.lower().removesuffix("'s").removesuffix("’s") for w in words}


def _quoted_by_other(lead_in: str, own: str) -> bool:
    """Whether *lead_in*, the sentence a party's statement is quoted with, holds a quotation whose named
    speaker (a capitalised name in the clause of its verb of saying, outside the quotation) shares no word
    with the party's name *own*: the words are another party's ("'At 30 cents we would ...,' Mehdevi said.")."""
    if _QUOTATION.search(lead_in) is None:
        return False
    party = _unpossessed(re.findall(r"[\w'’-]+", own)) - STOP_WORDS
    for clause in re.split(r"[,;:.!?()]", _QUOTATION.sub(",", lead_in)):
        if _SAYING.search(clause) is None:
            continue
        named = _unpossessed(re.findall(r"\b[A-Z][\w'’-]*", clause))
        words = _unpossessed(re.findall(r"[\w'’-]+", clause))
        if named - STOP_WORDS - _CALENDAR and not words & party:
            return True
    return False


_FIRST_PERSON = re.compile(r"\b(?:(?P<we>[Ww]e|us|I(?=\s+[a-z’'])|me)|(?P<our>[Oo]ur|[Mm]y))\b")
"""A word by which a text's own writer speaks: a subject or object ("We expect", "I see"), or a possessive."""
_QUOTATION = re.compile(r"\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)")


def own_voice(quote: str) -> re.Match[str] | None:
    """The first word in *quote*, outside its quotation marks, by which the source's writer speaks in the
    first person ("We expect permits to fall ...", "Our model puts ..."), or None. Inside quotation marks the
    voice is a quoted speaker's, whom the sentence names."""
    plain = _QUOTATION.sub(lambda m: " " * len(m.group()), quote)
    for found in _FIRST_PERSON.finditer(plain):
        if found.group() == "I" and re.search(r"(?<![.!?:;]\s)\b[A-Z][\w'’-]*\s+$", plain[:found.start()]):
            continue  # "World War I", "Phase I": a numeral ending a name
        return found
    return None


def shared_matter(after: str, body: str, story: str) -> bool:
    """Whether the first-person possessive a body's statement writes before *after* ("our prisons ...")
    owns what the brief's story (its title or subject, *story*) is about while the story names not the body
    itself: "our prisons" of a families' group in a brief on a prison officers' ban is everyone's prisons,
    said as one of the public; "our plant" of the company a plant-closure brief is titled on is its own."""
    told = {stem(word) for word in content_words(story)}
    if not told or any(stem(word) in told for word in content_words(body)):
        return False
    owned = re.match(r"\s*(?:own\s+)?([a-z][\w-]*)(?:\s+([a-z][\w-]*))?", after)
    return owned is not None and any(word and stem(word) in told for word in owned.groups())


def _before_voice(note: Note, doc: SourceDoc, at: int) -> Note | None:
    """*note* cut to its whole sentences before offset *at* of its quote (where a first person the brief
    cannot name speaks), when there are any and none of them speaks in the first person; else None."""
    head = note.quote[:at]
    ends = list(_FIRST_SENTENCE_END.finditer(head))
    if not ends:
        return None
    kept = head[:ends[-1].start()].rstrip()
    if not kept or own_voice(kept) is not None or len(_QUOTE_MARKS.findall(kept)) % 2:
        return None
    return _requoted(note, doc, kept, note.span.start)


def _voice_named(note: Note, doc: SourceDoc, story: str = "") -> Note | None:
    """*note* whose writer speaks in the first person with the speaker named in a bracket: "[Hanseatic Institute
    for Economic Research] expect ...", "[Hanseatic Institute for Economic Research]'s model ..." (an issuing
    body for "we" and "our", the writer for "I" and "my" when the header names them); as it is when it has no
    first person; None when its source names no one who speaks, so the brief cannot say whose view it is and
    must not show it as its own."""
    found = own_voice(note.quote)
    if found is None or note.text or note.status == "pinned":
        return note
    meta = doc.meta
    if meta.kind == "forum thread":
        return note  # a post speaks in its writer's first person, and the brief labels whose post it is
    singular = found.group().lower() in {"i", "me", "my"}
    issuer = meta.publisher if meta.kind not in {"opinion", "news report"} else ""
    # "we" is a body's: a columnist's "we" (the country, the project, the readers) is no one the brief can name
    who = (meta.author or issuer) if singular else issuer
    if not who or not singular and who == meta.author:
        return None  # "we" and "our" are a body's; a person's name in their place would misstate who acts
    if found.group("our") and not singular and shared_matter(note.quote[found.end():], who, story):
        # "... how little slack is left in our prisons": the prisons are the story's matter and not the
        # commenting body's own; "[Families Behind the Wall's] prisons" would misstate whose they are.
        # The sentences before that one are kept when they stand alone, else the statement is left out.
        return _before_voice(note, doc, found.start())
    name = f"[{who}]" if found.group("we") else f"[{who}']" if who.endswith("s") else f"[{who}'s]"
    if own_voice(note.quote[found.end():]) is not None:
        return None  # "[Halvorsen Research] expect ... and we cut our estimates": one bracket leaves the voice half-told
    return _requoted(note, doc, note.quote[:found.start()] + name + note.quote[found.end():], note.span.start)


def in_context(note: Note, doc: SourceDoc | None, story: str = "", brief: bool = False) -> Note | None:
    """The note as a statement a reader can take on its own (`_in_context`); for an audience brief, a
    statement in its source's own first person names who speaks, or is left out (`_voice_named`)."""
    shown = _in_context(note, doc, story, brief)
    if shown is None or not brief or doc is None:
        return shown
    if not note.text and note.status != "pinned" and wants_next(note.quote):
        shown = _with_next(shown, doc)
        if shown is None:
            return None
    return _voice_named(shown, doc, story)


def _with_next(shown: Note, doc: SourceDoc) -> Note | None:
    """*shown*, whose predicate leaves its complement to the sentence after it (`context.wants_next`: "...
    would not hesitate to act if ...", "... asking the Commission for an exemption"), quoted with that
    sentence when it is in the same paragraph, goes on in the same voice (`context.continues_speaker`: "She
    said special administration was possible ...") and the two are not too long; else None (left out)."""
    last = bisect.bisect_right(_sentence_starts(doc), shown.span.end - 1) - 1
    if last < 0 or not shown.span.end - 1 < doc.sentences[last].end:
        return None
    current = doc.sentences[last]
    if shown.span.end < current.end and reads(doc, shown.span.end, current.end).strip(" .\"'”’"):
        return None  # the note is a part of its sentence: what follows it is not the next sentence
    if last + 1 >= len(doc.sentences):
        return None
    following = doc.sentences[last + 1]
    after = reads(doc, following.start, following.end)
    if following.para != current.para or not continues_speaker(after, shown.quote) or wants_next(after) \
            or points_back(after) or any(r.start < following.start and r.end > current.end for r in doc.removed):
        return None
    quote = f"{reads(doc, shown.span.start, current.end)} {after}" if shown.quote == reads(
        doc, shown.span.start, shown.span.end) else f"{shown.quote} {after}"
    if len(quote.split()) > MAX_PAIRED_WORDS:
        return None
    whole = reads(doc, shown.span.start, following.end)
    if quote == whole:
        return replace(shown, quote=quote, span=replace(shown.span, end=following.end))
    return _requoted(shown, doc, quote, shown.span.start)


def _in_context(note: Note, doc: SourceDoc | None, story: str = "", brief: bool = False) -> Note | None:
    """The note as a statement a reader can take on its own: as it is when it stands alone;
    when it leans on the sentence before it (in its paragraph, or ending the paragraph before,
    as in news written one sentence to a paragraph), both sentences quoted together
    (still one verbatim stretch of the source); None when neither works.

    For an audience brief (*brief*; the digest's choice of sentences is tuned to the narrower reading
    and stays as it was), a quote whose subject is a definite description its source introduced
    earlier ("The union represents ...", after "The University and College Staff Union has demanded
    ...") names, in square brackets, the one name of the source it can mean ("[The University and
    College Staff Union] represents ..."), or is quoted with the sentence before it when that one uses
    the noun; else it is left out (`context.back_reference`), unless the brief's title or subject
    (*story*) uses the noun ("The museum's insurer ..." in a brief titled on a museum's theft)."""
    if standalone(note, brief, story):
        return _as_standing(note, doc, story, brief)
    if doc is None:
        return None
    if brief and (own := _OWN_OPENING.match(note.quote)) is not None and (voice := own_voice_of(doc.meta)) \
            and standalone(replace(note, quote=f"{voice}'s" + note.quote[own.end(1):]), brief, story):
        # "Our model puts ...": in an analysis or opinion, the writer's first person leans on no earlier
        # sentence; `_voice_named` names whose model it is ("[Harbourline Economics'] model puts ...")
        return _as_standing(note, doc, story, brief)
    if not brief:
        return _paired(note, doc, brief=False)
    return _leaning_in_brief(note, doc, story)


_VALUE_CLAUSE = re.compile(r",\s+(?=[a-z]+ing\s|(?:up|down)\s+from\s)")
"""Where a participle clause that may give a count's new value starts ("..., taking the number of claimants to
about 2,870 from the 2,300 ...", "..., up from 1,400 on Tuesday"): `_Composer.clause_tellers`."""

_OWN_OPENING = re.compile(r"(Our|My)\s+(?:own\s+)?[a-z]")
"""A statement that opens on its writer's first-person possessive ("Our model puts ...")."""


def _as_standing(note: Note, doc: SourceDoc | None, story: str, brief: bool) -> Note | None:
    """Step of `in_context` for a note that stands alone by its opening words: as it is, except in an
    audience brief, where a subject that refers back is named (`_named`: bracketed, or quoted with the
    sentence before it, or None) and a demonstrative only an earlier sentence tells is resolved (`_told`)."""
    if not brief or doc is None or note.text or note.status == "pinned":
        return note
    named = _named(note, doc, story=story)
    if named is None or named.span.start < note.span.start:
        return _event_told(note, named, doc, story)  # named by the sentence before it, quoted with it
    return _event_told(note, _told(note, named, doc), doc, story)


def _event_told(note: Note, shown: Note | None, doc: SourceDoc, story: str) -> Note | None:
    """*shown* (the note as the brief would show it) when it names no event or amount that nothing before it
    tells ("..., wiping out most of the gain made on the day of the approval", "Police put the crowd at
    45,000"; `context.unseen_event`); else the note quoted with the sentence before it when that one tells
    it ("Tens of thousands of people marched ... Police put the crowd at 45,000"), or None (left out)."""
    if shown is None or unseen_event(shown.quote, story) is None:
        return shown
    if shown.span.start < note.span.start:
        return None  # already quoted with the sentence before it, which does not tell it either
    paired = _paired(note, doc, brief=True)
    return paired if paired is not None and unseen_event(paired.quote, story) is None else None


def _leaning_in_brief(note: Note, doc: SourceDoc, story: str) -> Note | None:
    """Step of `in_context` for an audience brief's note that leans on what comes before it: the first of
    these that gives a statement, else None:
    1. its additive opening left out, visibly (`_without_additive`), or its additive frame before a colon
       (`_after_frame`);
    2. its pronoun subject named in a bracket (`_pronoun_named`), or the sentence before it so named and
       quoted with it (`_paired_named`);
    3. quoted with the sentence before it, that sentence's subject named (`_paired_with_subject`)."""
    if (shorn := _without_additive(note, doc, story) or _after_frame(note, doc, story)) is not None:
        return _event_told(note, shorn, doc, story)
    if (named := _pronoun_named(note, doc) or _paired_named(note, doc)) is not None:
        return _event_told(note, named, doc, story)
    return _event_told(note, _paired_with_subject(note, doc, story), doc, story)


def _paired_with_subject(note: Note, doc: SourceDoc, story: str) -> Note | None:
    """*note* quoted with the sentence before it (`_paired`), its additive connective elided and its subject
    named (`_named`); None when there is no such pair, or when the note's fronted pronoun subject ("..., it
    said ...") follows a sentence that opens on no name the pronoun can stand for."""
    paired = _paired(note, doc, brief=True)
    if paired is None:
        return None
    if fronted_pronoun_subject(note.quote.lstrip()) \
            and not opens_on_name(reads(doc, paired.span.start, note.span.start), doc.text):
        return None  # "..., it said ..." after a sentence that names no one the pronoun can stand for
    return _named(_elided_additive(paired, doc, story), doc, pair=False, story=story)


def _told(note: Note, shown: Note, doc: SourceDoc) -> Note | None:
    """*shown* (the note as the brief would show it) when it names no demonstrative phrase whose referent only
    an earlier sentence of its source told ("... until after that meeting", `context.demonstrative_reference`);
    else the note quoted with the sentence before it when that one tells it, or None (left out)."""
    at = _sentence_index(note, doc)
    earlier = [reads(doc, sentence.start, sentence.end) for sentence in doc.sentences[:max(0, at)]]
    noun = demonstrative_reference(note.quote, earlier)
    if noun is None:
        return shown
    if at >= 1 and mentions(earlier[-1], noun) and not demonstrative_reference(earlier[-1], earlier[:-1]):
        return _paired(note, doc, brief=True)  # "... requested a meeting ... until after that meeting."
    return None


def _requoted(note: Note, doc: SourceDoc, quote: str, near: int) -> Note | None:
    """*note* quoting *quote* (bracketed, elided or paired) where its source holds it, searched from
    offset *near*; None when the source does not hold it so."""
    where = locate(doc, quote, near) if brackets_read_as_names(quote) else None
    return replace(note, quote=quote, span=span_for(doc, *where)) if where is not None else None


def _pronoun_named(note: Note, doc: SourceDoc) -> Note | None:
    """*note* ("After removing 16 duplicate reports, it said 356 cases ...") with its pronoun subject named
    in a bracket by the description the sentence before it refers back to ("The department also revised
    its case count." after "the provincial health department"): "..., [the provincial health department]
    said 356 cases ..."; None when there is no one such description (`context.subject_description`)."""
    if note.text or note.status == "pinned":
        return None
    quote = note.quote
    at = pronoun_at(quote)
    index = _sentence_index(note, doc)
    if at is None or index < 2:
        return None
    earlier = [reads(doc, sentence.start, sentence.end) for sentence in doc.sentences[:index]]
    description = subject_description(earlier[-1], earlier[:-1])
    if description is None:
        return None
    return _requoted(note, doc, f"{quote[:at[0]]}[{description}]{quote[at[1]:]}", note.span.start)


def _paired_named(note: Note, doc: SourceDoc) -> Note | None:
    """*note* ("Of those, 58 people ...") quoted with the sentence before it when that one's pronoun subject
    after a fronted adjunct is named in a bracket (`_pronoun_named`): "After removing 16 duplicate reports,
    [the provincial health department] said 356 cases ... Of those, 58 people ..."; else None."""
    at = _sentence_index(note, doc)
    if note.text or note.status == "pinned" or at < 1:
        return None
    previous, current = doc.sentences[at - 1], doc.sentences[at]
    if not (previous.para == current.para or (previous.para == current.para - 1 and current.sent == 1)):
        return None
    before = reads(doc, previous.start, previous.end)
    if pronoun_at(before) is None:
        return None
    named = _pronoun_named(replace(note, quote=before, span=replace(
        note.span, start=previous.start, end=previous.end, para=previous.para, sent=previous.sent,
        line=previous.line)), doc)
    if named is None:
        return None
    quote = f"{named.quote} {reads(doc, current.start, note.span.end)}"
    if len(quote.split()) > MAX_PAIRED_WORDS:
        return None
    return _requoted(note, doc, quote, previous.start)


def _without_additive(note: Note, doc: SourceDoc, story: str) -> Note | None:
    """*note* with the additive connective it opens on left out, visibly ("... members of the union voted
    ..." for "Separately, members of the union voted ..."), when what is left stands alone in a brief;
    else None."""
    if note.text or note.status == "pinned":
        return None
    cut = additive_opening(note.quote)
    if not cut:
        return None
    rest = note.quote[cut:]
    alone = replace(note, quote=rest[0].upper() + rest[1:])
    if not standalone(alone, brief=True, story=story) or _named(alone, doc, pair=False, story=story) is not alone:
        return None
    if rest[:1].islower():  # "[T]he culture ministry said ...": the capital a quotation opens on, bracketed, shows the cut
        return _requoted(note, doc, f"[{rest[0].upper()}]{rest[1:]}", note.span.start + cut)
    # "... Spain's National Court on Wednesday refused ...": a clause that opens on its own capital
    # would show no mark of the words cut before it, so the cut stays visible as an ellipsis.
    return _requoted(note, doc, f"... {rest}", note.span.start)


def _after_frame(note: Note, doc: SourceDoc, story: str) -> Note | None:
    """*note* from after the colon that ends its additive frame, the frame left out visibly ("... the facility
    will rise to $3.4 billion from $3.2 billion ..." for "The programme has also been revised: the facility
    will rise ..."), when the frame's main clause only adds to what its source told before (`adds_to_another`)
    and what follows the colon is a clause that stands alone in a brief; else None. What follows is the news;
    the frame only links it to the story's other news, which the brief tells in its own statements."""
    if note.text or note.status == "pinned":
        return None
    first = _FIRST_SENTENCE_END.split(note.quote, maxsplit=1)[0]
    colon = first.find(":")
    if colon < 0 or not adds_to_another(first[:colon]):
        return None
    rest = note.quote[colon + 1:].lstrip()
    if len(rest.split()) < 6 or not rest[:1].isalpha():
        return None
    at = note.span.start + len(note.quote) - len(rest)
    alone = replace(note, quote=rest[0].upper() + rest[1:], span=replace(note.span, start=at))
    if not standalone(alone, brief=True, story=story) or not _FINITE.search(" ".join(rest.split()[:12])):
        return None
    named = _named(alone, doc, pair=False, story=story)  # "[the Kelso harbour authority] will now pay ..."
    if named is None or named.span.start != at:
        return None
    return _requoted(note, doc, f"... {named.quote}", note.span.start)


_FINITE = re.compile(r"\b(?:will|would|can|could|may|might|shall|should|must|is|are|was|were|has|have|had|"
                     r"[a-z]{3,}ed)\b")
"""A verb that makes what follows a colon a clause ("the facility will rise ..."), not a list of items."""


_STARTS: dict[int, tuple[tuple[Sentence, ...], list[int]]] = {}
"""Each source's sentence starts, by the identity of its sentences (kept, so that the id stays theirs):
built once, not per note (a 3,000-paragraph source asked it per note was quadratic)."""


def _para_at(doc: SourceDoc, offset: int) -> int | None:
    """The paragraph number of the sentence of *doc* that holds *offset*, or None before the first sentence."""
    at = bisect.bisect_right(_sentence_starts(doc), offset) - 1
    return doc.sentences[at].para if at >= 0 else None


def _sentence_starts(doc: SourceDoc) -> list[int]:
    held = _STARTS.get(id(doc.sentences))
    if held is None or held[0] is not doc.sentences:
        if len(_STARTS) > 4096:
            _STARTS.clear()
        held = _STARTS[id(doc.sentences)] = (doc.sentences, [sentence.start for sentence in doc.sentences])
    return held[1]


def _sentence_index(note: Note, doc: SourceDoc) -> int:
    return bisect.bisect_right(_sentence_starts(doc), note.span.start) - 1


def _named(note: Note, doc: SourceDoc, pair: bool = True, story: str = "") -> Note | None:
    """*note* (standing alone by its opening words) when its subject does not refer back to an
    earlier sentence of its source; else named by a bracket, paired with the sentence before, or None."""
    quote = note.quote.lstrip()
    if not quote.startswith(("The ", "the ")):
        return note
    at = _sentence_index(note, doc)
    earlier = [reads(doc, sentence.start, sentence.end) for sentence in doc.sentences[:max(0, at)]]
    reference = back_reference(quote, earlier)
    short = reference is None and (reference := short_form(quote, earlier)) is not None
    if reference is None and pair and at >= 1 and renames(quote, earlier[-1], story):
        paired = _paired(note, doc, brief=True)  # "The regulator said ..." after the body's name
        return _elided_additive(paired, doc, story) if paired is not None else note
    if reference is None or not quote.startswith(reference.phrase):
        return note
    if story and mentions(story, reference.head):
        return note  # the brief's title names it ("The museum's insurer ..." under "Museum Theft")
    name = name_for(reference, earlier)
    if name is not None:
        possessive = reference.phrase[-2:] if reference.phrase.endswith(("'s", "’s")) else ""
        # "[The Skerry Island Heritage Trust]" for "The trust"; a name the noun only describes, as a title
        # before a person's name ("The minister" -> "[Heritage Minister Aoife Breen]"), without "The".
        # A short form ("The Alliance") keeps its article: "[The Alliance of Regional Museums]".
        article = "The " if (mentions(name.split()[-1], reference.head) or short) \
            and not re.search(r"['’]s$", name.split()[0]) else ""  # not "[The Spain's National Court]"
        named = _requoted(note, doc, f"[{article}{name}{possessive}]{quote[len(reference.phrase):]}", note.span.start)
        if named is not None:
            return named
    if pair and at >= 1:
        before = reads(doc, doc.sentences[at - 1].start, doc.sentences[at - 1].end)
        if mentions(before, reference.head):
            paired = _paired(note, doc, brief=True)
            return _elided_additive(paired, doc, story) if paired is not None else None
    return None


def _elided_additive(paired: Note, doc: SourceDoc, story: str) -> Note:
    """*paired* (a note quoted with the sentence before it) with the additive connective that sentence
    opens on left out visibly ("... Nordhavn and the union agreed ... The union has kept ..." for "In a
    separate development, Nordhavn ..."), when the rest stands alone; else as it is."""
    return _without_additive(paired, doc, story) or paired


_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
"""A sentence's closing punctuation: a line without it (a headline, a heading) joins no sentence."""


def _paired(note: Note, doc: SourceDoc, brief: bool = False) -> Note | None:
    """*note* quoted together with the sentence before it, when that one stands alone; else None."""
    at = _sentence_index(note, doc)
    if at < 1:
        return None
    previous, current = doc.sentences[at - 1], doc.sentences[at]
    adjacent = previous.para == current.para or (previous.para == current.para - 1 and current.sent == 1)
    before = reads(doc, previous.start, previous.end)
    if brief and adjacent and implicit_argument(before) and not needs_antecedent(before):
        return _paired_past(note, doc, at)  # "The authority also cut ..." after "A full tender ... will follow"
    if not adjacent or (opens_on_earlier if brief else needs_antecedent)(before) or points_back(before):
        return None
    if brief and trailing_pronoun_speaker(before) is not None:
        return None  # "..., he said. The union also revised ...": the pair would print a speaker never named
    if run_in_heading(doc, previous.start, previous.end, before):
        return None  # "**Construction.** We expect ...": a side heading names no one the note leans on
    if features.labelled_list(before) or features.list_entry(doc.text, previous.start, before):
        return None  # "Key dates: ...; ...", "- A text-message alert system ...": a list entry, no sentence to lean on
    if not _ENDS_SENTENCE.search(before):
        return None  # a headline over its standfirst ("... closer to 700m" / "The insurer's ..."): a run-on
    if any(r.start < current.start and r.end > previous.end for r in doc.removed):
        return None  # clutter between them (a live blog's entry time): not one stretch a reader would see
    quote = reads(doc, previous.start, note.span.end)
    if len(quote.split()) > MAX_PAIRED_WORDS or brief and residual_reference(quote) and not re.search(r"\d", before):
        return None  # too long; or the pair takes a part of a whole neither sentence gives an amount for
    return replace(note, quote=quote, span=replace(note.span, start=previous.start, para=previous.para,
                                                        sent=previous.sent, line=previous.line))


def _paired_past(note: Note, doc: SourceDoc, at: int) -> Note | None:
    """*note* quoted with the sentence it leans on when the one right before it leans on another itself
    (`context.implicit_argument`: "A full tender ... will follow in 2028.", "British rival Barrow & Finch
    issued ..."): the three sentences together when the first stands alone, the three are one stretch of the
    source (same or next paragraph) and not too long ("Hallmann shares fell 8.7 percent in Zurich. British
    rival Barrow & Finch issued ... It now expects ..."); else, for a note on the first one's subject ("The
    authority also cut the penalty ..." after "The authority named Lintra Rail ..."), the first and the note
    with the sentence between elided ("... "). None otherwise: the note is left out rather than glued to a
    sentence it does not answer."""
    if at < 2:
        return None
    first, middle, current = doc.sentences[at - 2], doc.sentences[at - 1], doc.sentences[at]
    if current.para - first.para > 1 or (first.para != middle.para and middle.sent != 1):
        return None
    earlier = reads(doc, first.start, first.end)
    if not (_ENDS_SENTENCE.search(earlier) and _ENDS_SENTENCE.search(reads(doc, middle.start, middle.end))):
        return None  # a headline or heading among them: the three would run on with no stop
    if opens_on_earlier(earlier) or points_back(earlier) or run_in_heading(doc, first.start, first.end, earlier) \
            or run_in_heading(doc, middle.start, middle.end) or features.labelled_list(earlier) \
            or features.labelled_list(reads(doc, middle.start, middle.end)):
        return None
    if any(r.start < current.start and r.end > first.end for r in doc.removed):
        return None
    whole = reads(doc, first.start, note.span.end)
    if len(whole.split()) <= MAX_PAIRED_WORDS:
        return replace(note, quote=whole, span=replace(note.span, start=first.start, para=first.para,
                                                       sent=first.sent, line=first.line))
    subject = re.match(r"(?:The|the)\s+([a-z][a-z-]+)\b", note.quote.lstrip())
    if subject is None or not re.match(r"(?:The|the)\s+" + re.escape(subject.group(1)) + r"\b", earlier.lstrip()):
        return None
    quote = f"{earlier} ... {reads(doc, current.start, note.span.end)}"
    if len(quote.split()) > MAX_PAIRED_WORDS:
        return None
    return _requoted(note, doc, quote, first.start)


_SET_AGAINST = re.compile(r",\s+not\s+(?:the\s+)?(?:about\s+|around\s+)?$", re.IGNORECASE)
"""A value given right after ", not" ("2.3 percent of GDP by 2035, not 1.8 percent"): the one the sentence
sets its own against, another's view."""

def readable_notes(noteset: NoteSet, story: str = "", brief: bool = False,
                   as_written: Collection[str] = ()) -> list[Note]:
    """The notes a brief or digest may use, each in a form that stands on its own (*story*: the
    brief's title and subject, which every reader has met; *brief*: for an audience brief, read as
    `in_context` says; the digest's stay as they were). *as_written*: notes whose antecedent the
    brief already shows before them (`antecedents`), taken as they are (one that cannot stand alone
    by its opening words, with the sentence before it, unbracketed, when it has one)."""
    docs = {doc.id: doc for doc in noteset.sources}

    def shown(note: Note) -> Note | None:
        doc = docs.get(note.span.source)
        if note.id not in as_written:
            return in_context(note, doc, story, brief)
        if doc is not None and brief and standalone(note, brief, story) and not note.text \
                and note.status != "pinned" and (named := _named(note, doc, pair=False, story=story)) is not None:
            return named  # its subject still named when its source names it ("[The Calder Renters Union] will ...")
        if doc is None or standalone(note, brief, story) or not _pairs_unnamed(note, doc, story):
            return note
        return _paired(note, doc, brief)  # with the sentence before it, whose subject the brief names

    paired = (shown(note) for note in noteset.notes)
    return [note for note in paired if note is not None]


@dataclass(frozen=True)
class Antecedent:
    """What a brief statement that `in_context` pairs, names or leaves out leans on in its source."""

    sentences: tuple[tuple[int, int], ...]
    """(start, end) of the earlier sentences of its source, any one of which shown in the brief tells the
    reader what the statement means."""
    adjacent: bool
    """True: only the sentence just before it, shown just before it in the same section, does ("Separately,
    ...", "she said"); False: shown anywhere before it in the brief ("The port has said ..." after a bullet
    on "the Velde container port")."""
    nouns: tuple[str, ...] = ()
    """Nouns any statement shown before it, from whichever source, tells the reader of: the body named only
    by its kind ("The ministry's 40 million euros remain on offer" after a bullet on "The transport ministry
    offered ..."; `context.unseen_kinds`)."""


def antecedents(note: Note, doc: SourceDoc | None, story: str = "") -> Antecedent | None:
    """For a note an audience brief would not take as it is (`in_context` pairs it, names its subject
    in brackets or leaves it out), the sentences of its source it leans on; None when it stands as it
    is or leans on nothing a brief could show (a pinned note, a paraphrase, a source's first sentence)."""
    if doc is None or note.text or note.status == "pinned":
        return None
    shown = in_context(note, doc, story, brief=True)
    if shown is not None and shown.quote == note.quote and shown.span == note.span:
        return None
    if wants_next(note.quote):
        return None  # what it leans on comes after it: nothing shown before it in the brief tells it
    at = _sentence_index(note, doc)
    if at < 1:
        return None
    if unseen_object(note.quote) is not None and standalone(note, brief=True, story=story):
        # "Varga rejected that.": what it answers is the sentence just before it, shown right before it
        told_by = doc.sentences[at - 1]
        return Antecedent(((told_by.start, told_by.end),), adjacent=True) \
            if unseen_object(f"{reads(doc, told_by.start, told_by.end)} {note.quote}") is None else None
    if shown is None and unseen_event(note.quote, story) is not None and standalone(note, brief=True, story=story):
        # "Police put the crowd at 45,000": any earlier sentence of its source that tells the event ("Tens of
        # thousands of people marched ..."), shown anywhere before it, lets it stand; none: it is left out.
        # What it adds to, or the amount it compares with, is the sentence just before it, none earlier.
        # So is the occurrence a bare "were involved" or "the newly published ..." follows from.
        near = at - 1 if unseen_addition(note.quote) or unseen_comparison(note.quote) \
            or unseen_occurrence(note.quote) else 0
        told = tuple((s.start, s.end) for s in doc.sentences[near:at]
                     if unseen_event(f"{reads(doc, s.start, s.end)} {note.quote}", story) is None)
        return Antecedent(told, adjacent=False) if told else None
    before = doc.sentences[at - 1]
    kinds = unseen_kinds(note.quote, story)
    if kinds and standalone(note, brief=True, story=f"{story} {' '.join(kinds)}"):
        return Antecedent((), adjacent=False, nouns=kinds)  # only a body named by its kind: seen once named
    if not standalone(note, brief=True, story=story):
        if _pairs_unnamed(note, doc, story):
            # Paired, it opens on "The court said ..." after its source's "The administrative court in
            # Lindau ...": what that subject means, shown before, lets the pair stand.
            return _referred(reads(doc, before.start, before.end), doc, at - 1)
        return Antecedent(((before.start, before.end),), adjacent=True)
    reference = _referred(note.quote.lstrip(), doc, at)
    if reference is None:  # "The regulator said ..." straight after the body's name (`context.renames`)
        return Antecedent(((before.start, before.end),), adjacent=False)
    return reference


def _pairs_unnamed(note: Note, doc: SourceDoc, story: str) -> bool:
    """Whether *note*, which cannot stand alone by its opening words, is left out of a brief only because
    the sentence before it, which it would be quoted with, opens on a subject that refers back ("The court
    said ..."; `_named`)."""
    return _sentence_index(note, doc) >= 2 and _paired(note, doc, brief=True) is not None \
        and in_context(note, doc, story, brief=True) is None


def _referred(quote: str, doc: SourceDoc, at: int) -> Antecedent | None:
    """The sentences before the *at*-th of *doc* that use the head noun of *quote*'s subject ("the
    court"), when its subject refers back (`context.back_reference`)."""
    earlier = [reads(doc, sentence.start, sentence.end) for sentence in doc.sentences[:at]]
    reference = back_reference(quote, earlier)
    if reference is None and (noun := demonstrative_reference(quote, earlier)) is not None:
        told = tuple((sentence.start, sentence.end) for sentence, text in zip(doc.sentences[:at], earlier, strict=True)
                     if mentions(text, noun))  # "until after that meeting": told by a sentence on a meeting
        return Antecedent(told, adjacent=False) if told else None
    full = None
    if reference is None and (reference := short_form(quote, earlier)) is not None:
        full = name_for(reference, earlier)  # "The Alliance": told by a sentence giving its full name only
        if full is None:
            return None
    if reference is None:
        return None
    told = tuple((sentence.start, sentence.end) for sentence, text in zip(doc.sentences[:at], earlier, strict=True)
                 if mentions(text, full or reference.head))
    return Antecedent(told, adjacent=False) if told else None


_DATED = re.compile(r"\b(?:" + "|".join(MONTHS + WEEKDAYS) + r"|today|yesterday|tonight|(?:19|20)\d\d|"
                    r"(?:this|last|past|previous) (?:week|month|quarter|year)|(?:a|one) (?:week|month|year) (?:ago|earlier))\b",
                    re.IGNORECASE)
"""A time a sentence gives by the calendar: a date, a weekday, a year, a week or year counted from now."""


def _head(figure: Figure) -> str:
    """The head noun of what *figure* measures: the last word before its holder or an "of"
    ("deficit" of "funding deficit", "weight" of "weight of advice"), or ""."""
    words = re.split(r"\s+(?:of|for|in|on|at|by|from|to)\s+", quantity(figure), maxsplit=1)[0].split()
    return words[-1] if words else ""


def _undated_move(group: FigureGroup) -> bool:
    """Whether *group* is a percentage rise or fall ("shares fell 3.1 percent", "jumped 19
    percent", "have fallen 5% since the announcement") that no sentence of it dates by the
    calendar and whose measure gives no period: a move over its own days, which a row that
    shows no date would give as the state of things now."""
    shown = group.shown()
    if not is_change(shown) or shown.unit not in ("%", "pp") or shown.period:
        return False
    return not any(_DATED.search(sentence_of(" ".join(note.quote.split()), figure.text))
                   for note, figure in zip(group.notes, group.figures, strict=True))


def _headline_count(figure: Figure) -> bool:
    """Whether a headline's bare number is a count its own words name ("Missouri levee toll rises to 7": the
    toll), a level, not a change: the story's number, whose unit the body gives ("seven people killed"). A
    wire slug ("UPDATE 2-") names nothing: its words are no lower-case noun phrase."""
    return bool(figure.value and figure.measures and re.search(r"\b[a-z]{3,}", figure.measures)
                and not is_change(figure))


@dataclass
class _Composer:
    noteset: NoteSet
    profile: AudienceProfile
    docs: dict[str, SourceDoc]
    numbers: dict[str, int] = field(default_factory=dict)
    citations: list[Citation] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    used_texts: list[str] = field(default_factory=list)
    used_spans: list[tuple[str, str, int, int]] = field(default_factory=list)
    """(note id, source, start, end) of each printed statement's quoted stretch, the sentence a pair
    quotes before its own included: a stretch of a source is shown once per brief (`span_shown`)."""
    scheduled_told: list[tuple[str, str]] = field(default_factory=list)
    """The events to come a Timeline dated (ISO day, entry text): What to watch does not tell them again."""
    said: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """Per note whose statement the brief printed, or whose fact it printed in another source's
    words (its cluster's other notes), the citations of that printed statement."""
    said_texts: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)
    """Each printed statement (and its cluster's other wordings) with its citations."""
    words: int = 0
    earlier: Earlier | None = None
    lexicon: tuple[tuple[str, features.Folded], ...] = ()
    """The workspace's theme lexicon: a theme section takes a statement whose theme words are in
    the theme's sense (`sections.in_sense`); empty: the notes' themes as drafted."""
    as_of: str = ""
    """The date the brief speaks for (ISO; "" when unknown): an event before it is no longer to watch."""
    story: str = ""
    """The brief's title and subject: a noun in them ("the museum") every reader of the brief has met."""
    brief: bool = False
    """An audience brief (True) or the digest: a brief's statements are read for what they lean on more
    widely (`in_context`)."""
    as_written: frozenset[str] = frozenset()
    """Notes taken as they are, though `in_context` would pair, name or drop them: the brief shows what
    they lean on before them (`compose`)."""
    unseen: frozenset[str] = frozenset()
    """Notes shown in no section but Key figures: each would be the reader's first sight of something its
    subject calls "the ..." as known, which another sentence introduced (`_first_sight`)."""
    readings: SourceReadings | None = None
    """What the sources' sentences tell, read once for every brief of a build (`supersede.SourceReadings`;
    None: this brief reads them itself)."""

    def __post_init__(self) -> None:
        self.shared = self.readings if self.readings is not None and self.readings.serves(self.docs) \
            else SourceReadings(self.docs.values())
        """`readings`, or this brief's own."""
        readable = readable_notes(self.noteset, self.story, brief=self.brief, as_written=self.as_written)
        original = {n.id: n.span.start for n in self.noteset.notes}
        # Notes quoted together with the sentence before them they lean on: two sentences (a note
        # whose subject a bracket names is still its one sentence).
        self.paired = {n.id for n in readable if n.span.start < original.get(n.id, n.span.start)}
        self.heads = {(n.span.source, n.span.start): n for n in reversed(self.noteset.notes)}
        """Each sentence's own note by where it starts (the first, where two start there): what a
        statement quoted with the sentence before it opens on (`head_still_ahead`)."""
        self.own_start = {n.id: n.span.start for n in self.noteset.notes}
        """Where each note's own sentence starts (a paired note's quote starts a sentence earlier)."""
        # Key figures draw on every readable note, bullets or not: figure_groups merges one
        # quantity across sources and lets a later value update an earlier one by itself.
        self.readable = readable
        self.readable_by_id = {n.id: n for n in readable}
        self.restated_ids: set[str] = set()
        """Positions their holder overtook (`supersede.restated_positions`) and plans a later report tells
        called off (`supersede.changed_events`): no Key figures row's evidence."""
        self.acts: dict[str, Note] = {}
        """Notes that report a plan's act done, with the plan (`acts_done`): they take its place."""
        self.quantities = self.figure_quantities()
        gone = self.superseded()
        self.stale = set(gone)
        """Statements a later source's words or values overtook (`superseded`)."""
        # A schedule a later source reports as done, called off or moved is over (supersede.overtaken_events).
        # (every judgement on the readable notes shares what it knows of the sources: one reading of each
        # later report's sentences)
        known = DatedSources(readable, self.docs, self.shared)
        self.overtaken_events = overtaken_events(readable, self.docs, text_of=said, reports=self.reports, known=known)
        gone |= {judgement.note for judgement in self.overtaken_events}
        # A plan a later report says was called off or suspended is no Key figures row's evidence either:
        # its figures read as the plan's ("will impose a 15 per cent duty"); the report's own are current.
        # So is a statement of a state a later report tells ended: "the blockade is costing exporters 40 million
        # euros a day" gives no current value once the blockade is lifted.
        undone = {judgement.note for judgement in self.overtaken_events if judgement.reason in ("called off", "ended")}
        # So is a statement that tells its own event called off ("A union meeting planned for Saturday to
        # consider strike ballots at the other two mills has been cancelled"): its figures ("two mills") are
        # the plan's, not the story's.
        undone |= {n.id for n in readable if n.figures and self.calls_off_own(n)}
        if undone:
            self.restated_ids = self.restated_ids | undone
            self.quantities = self.figure_quantities()
        # A commentary's forecast whose event a later report tells is history, not a current view.
        self.overtaken_views = overtaken_views(readable, self.docs, text_of=said, commentary=self.commentary,
                                               known=known)
        gone |= {judgement.note for judgement in self.overtaken_views}
        # A holder's position their later word on the same object overtook, or a plan a later report tells done.
        self.restated = restated_positions(readable, self.docs, text_of=said, known=known)
        gone |= {judgement.note for judgement in self.restated}
        # A party a later report says has left the group a statement lists it in (the lenders, the bidders).
        self.departed = departed_parties(readable, self.docs, text_of=said, reports=self.reports, known=known)
        gone |= {judgement.note for judgement in self.departed}
        self.acts = self.acts_done(self.restated)
        if self.restated:  # nor any Key figures row's evidence: the holder has said otherwise since
            self.restated_ids = self.restated_ids | {judgement.note for judgement in self.restated}
            self.quantities = self.figure_quantities()
        # A statement quoted with the sentence before it goes when that sentence was overtaken, whichever
        # check found it: not shown as current in any section. Key figures read its own sentence again
        # (as the digest does), so the overtaken one is no row's evidence either.
        leaning = self.quoting(gone)
        if leaning:
            self.stale |= self.quoting(self.stale)
            gone |= leaning
            own = {n.id: n for n in self.noteset.notes}
            readable = [own[n.id] if n.id in leaning else n for n in readable]
            self.paired -= leaning
            self.readable = readable
            self.readable_by_id = {n.id: n for n in readable}
            self.quantities = self.figure_quantities()
        # The latest value of a count that rose over several sources is the story's state: its
        # statement counts as backed by every source that told the count.
        self.told: dict[str, int] = {}
        for group in self.quantities:
            if group.replaced_by is None:
                for note in group.notes:
                    self.told[note.id] = max(self.told.get(note.id, 0), len(self.lineage(group)))
        self.notes = [n for n in readable if n.id not in gone and n.id not in self.unseen]
        # An overtaken statement that tells its event on its own past day (`history_pairs`: "ruled on Monday that
        # ... discriminated against about 2,300 workers", since 2,870) is still the story's what, where and when:
        # a brief's fact sections may tell it, only with a statement giving each new value right after it
        # (`updates_for`); no other section takes it.
        self.history_notes = [self.readable_by_id[i] for i in sorted(self.history_of)
                              if i not in self.unseen] if self.brief else []
        self.by_id = {n.id: n for n in (*self.notes, *self.history_notes)}
        self.coverage = Coverage.of(self.noteset.sources)
        self.later = recency(self.notes, self.docs)
        self.cluster_members: dict[str, list[Note]] = {}
        for cluster in self.noteset.clusters:
            members = [self.by_id[i] for i in cluster.notes if i in self.by_id]
            for member in members:
                self.cluster_members[member.id] = members
        days = [day for day in (written_day(doc.meta) for doc in self.docs.values()) if day]
        self.latest = max(days) if days else None
        # What is still to come is to come after the newest source: the brief tells the story as of it.
        as_of = source_date(self.as_of) if self.as_of else None
        self.now = min(d for d in (self.latest, as_of) if d) if self.latest or as_of else None
        estimates = [day for doc in self.docs.values() if not written_day(doc.meta) and (day := placed_day(doc.meta))]
        self.reported_until = max(estimates) if estimates else None
        """The latest day a source with no date of its own reports as past (its estimated date): an
        event scheduled for it or before is no longer to come, whatever the dated sources say."""
        # A sentence that states a disagreement whole, and the two sides of a dispute between
        # parties, belong in the disagreements section, if the brief has one: other sections
        # leave them to that section.
        spec = next((s for s in self.profile.sections if s.style == "disagreements"), None)
        held = [(d.a, d.b) for d in self.noteset.disagreements if d.sides and d.a in self.readable_by_id
                and (not d.b or d.b in self.readable_by_id) and not self.forum_side(d)]
        self.disputes: list[Item] = []
        """The disputes between named parties the disagreements section took in its early turn."""
        self.printed: set[str] = set()
        """Notes whose own statement the brief prints (`used` also holds their cluster's other notes)."""
        self.reserved: set[str] = {i for pair in held[:spec.max_items] for i in pair if i} if spec else set()
        # A sentence that states a dispute whole ("The trust said ..., while Ardent blames ...") is
        # the dispute told again when the section is full of others: left to that section in any case.
        whole = sorted({a for a, b in held if not b}) if spec else []
        self.reserved |= set(whole)
        self.whole = set(whole)
        """Sentences that state a dispute whole: only the disagreements section tells them."""
        self.reserved_texts = [said(self.readable_by_id[i]) for i in whole]
        """The statements of disputes told whole in one sentence: another section's statement in
        mostly their words retells one side (a side quoted on its own is referred to by number)."""

    # -- ranking ------------------------------------------------------------
    def weight(self, note: Note) -> float:
        relevance = dict(note.audiences).get(self.profile.name, 0.5)
        support = max(len({m.span.source for m in self.cluster_members.get(note.id, [note]) if self.reports(m)}),
                      self.told.get(note.id, 0))
        pinned = 10.0 if note.status == "pinned" else 0.0
        score = note.score + RECENCY_BONUS * self.later.get(note.id, 0.0)
        own = pinned + score * (0.5 + relevance) * (1.0 + 0.15 * (support - 1))
        plan = self.acts.get(note.id)
        # The report of a plan's act done takes the plan's place, ahead of ordinary statements: a reader
        # told of the plan elsewhere is owed what became of it (the plan itself is never shown).
        return ACT_BONUS + max(own, self.weight(plan)) if plan is not None and plan.id not in self.acts else own

    def acts_done(self, judgements: Sequence[Superseded]) -> dict[str, Note]:
        """The note quoting each later report that tells a plan's act done (a `restated_positions`
        judgement of an event), with the plan it overtook."""
        by_id = {n.id: n for n in self.noteset.notes}
        found: dict[str, Note] = {}
        for judgement in judgements:
            source, _, number = judgement.by.partition("#")
            plan = by_id.get(judgement.note)
            doc = self.docs.get(source)
            if judgement.reason != "event" or plan is None or doc is None or not number.isdigit() \
                    or not 0 < int(number) <= len(doc.sentences):
                continue
            told = doc.sentences[int(number) - 1]
            act = next((n for n in self.readable if n.span.source == source
                        and n.span.start <= told.start < n.span.end), None)
            if act is not None:
                found.setdefault(act.id, plan)
        return found

    def ranked(self, *, history: bool = False) -> Iterator[Note]:
        """Notes best first for this audience, by their weight blended with what they add to the
        concepts the brief covers so far (re-evaluated as statements are taken, in any section:
        one record of what is said, across the brief); with the statements of dated history
        (`history_notes`) when *history*."""
        order = sorted((*self.notes, *self.history_notes) if history else self.notes, key=lambda n: (-self.weight(n), n.id))
        if not order:
            return
        weights = {n.id: self.weight(n) for n in order}
        top = max(weights.values()) or 1.0
        base = {note_id: value / top for note_id, value in weights.items()}
        by_id = {n.id: n for n in order}
        for note_id in lazy_greedy([n.id for n in order], _priority(order, self.coverage, base)):
            yield by_id[note_id]

    def date(self, note: Note) -> str:
        """The ISO day that places the note's source among the others (`placed_day`: the day it
        was written, else the date estimated from its text; "" when neither is known)."""
        doc = self.docs.get(note.span.source)
        day = placed_day(doc.meta) if doc else None
        return day.isoformat() if day else ""

    def estimated(self, note: Note) -> bool:
        """Whether `date` of the note is only an estimate read from its source's text."""
        doc = self.docs.get(note.span.source)
        return doc is not None and written_day(doc.meta) is None and bool(doc.meta.estimated)

    def reliability(self, note: Note) -> str:
        doc = self.docs.get(note.span.source)
        return doc.meta.reliability if doc else ""

    def forum(self, note: Note | None) -> bool:
        """Whether *note* is a forum post: its source rated a forum or of a thread's kind, or the note
        quotes a post (a span with an author: a comment under a page the sidecar rates otherwise)."""
        return note is not None and (self.reliability(note) == FORUM_RELIABILITY
                                     or self.source_kind(note) in FORUM_KINDS or bool(note.span.author))

    def forum_side(self, pair: Disagreement) -> bool:
        """Whether a side of *pair* is a forum post: a commenter's word is no side of a
        disagreement between sources (what a thread says, it often repeats from them)."""
        return any(self.forum(self.by_id.get(side)) for side in (pair.a, pair.b) if side)

    def source_kind(self, note: Note) -> str:
        doc = self.docs.get(note.span.source)
        return doc.meta.kind if doc else ""

    def _from_comment(self, note: Note, kinds: frozenset[str]) -> bool:
        """Whether the note's source is rated an opinion or a forum, or is of one of *kinds*, or the
        note quotes a post (a commenter's word, whatever page carries it)."""
        return _comment(self.docs.get(note.span.source), kinds) or bool(note.span.author)

    def opinion_piece(self, note: Note) -> bool:
        """Whether the note's source is someone's view (a column, an editorial, a blog) or a forum."""
        return self._from_comment(note, frozenset({"opinion"}))

    def unowned(self, note: Note) -> bool:
        """Whether the note's source is comment that names neither its author nor its publisher: what it
        holds, no reader can weigh by its holder. (A report of no known kind still tells what was said.)"""
        doc = self.docs.get(note.span.source)
        if doc is None or doc.meta.author or doc.meta.publisher:
            return False
        return self.commentary(note)

    def commentary(self, note: Note) -> bool:
        """Whether the note is comment rather than report: an opinion, or any statement of an
        opinion piece, an analysis or a forum thread (their paraphrase of what others said too)."""
        return note.kind == "opinion" or self._from_comment(note, COMMENTARY_KINDS)

    def reports_act(self, note: Note) -> bool:
        """Whether a commentary's statement reports someone else's act (`sections.reported_act`: "On
        29 October the Marine Stewardship Council suspended ..."): a fact a reader must learn though
        only a column or an analysis tells it; shown with its label ("Opinion (...):"), never as the lead."""
        return note.kind not in ("opinion", "quote") and holds.reported_act(said(note))

    def label(self, note: Note) -> str:
        if self.forum(note):
            return "Forum comment" + (f" by {note.span.author}" if note.span.author else "")
        if self.opinion_piece(note):
            return "Opinion" + self.whose(note)
        if self.source_kind(note) == "analysis":  # its own view or one it quotes: the piece says whose, and when
            if self.reports_other(note):
                return "Reported in analysis" + self.whose(note)
            return "Analysis" + self.whose(note)
        if note.kind == "opinion":  # a view a report quotes: its speaker says whose; the report's own, its source
            return "Opinion" + ("" if note.speaker else self.whose(note))
        if note.kind == "risk" and not note.speaker and own_voice(note.quote):
            return "Opinion" + self.whose(note)  # "The main risks to our view are ...": the writer's own list, whose
        if note.text:
            return "Analyst's summary"
        return ""

    def reports_other(self, note: Note) -> bool:
        """Whether every sentence of a commentary's *note* is another party's view it reports, its
        subject a body or person other than the piece's own writer ("The energy ministry estimates
        that ...", "Conab says ..."): that party's view, which a label must not give as the writer's."""
        doc = self.docs.get(note.span.source)
        own = {w.lower() for w in ((doc.meta.publisher or "") + " " + (doc.meta.author or "")).split()} if doc else set()
        sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\[\"“])", note.quote.strip()) if s]
        if not sentences:
            return False
        for sentence in sentences:
            found = _REPORTED_VIEW.match(sentence)
            if found is None:
                return False
            subject = found.group("subject")
            words = {w.lower().strip("[]'’") for w in subject.split()}
            if words & _FIRST_PERSON_WORDS or (own and words & own - {"the", "of", "and"}):
                return False
        return True

    def whose(self, note: Note) -> str:
        """Whose piece a commentary statement comes from and when: " (Castell & Roig Securities,
        20 October 2026)" (a reader weighs a view by its holder and its day, and a view written
        before the latest news may be overtaken by it); "" when its source gives neither."""
        doc = self.docs.get(note.span.source)
        if doc is None:
            return ""
        # a column is its writer's view: the columnist, not the paper that runs it, holds it
        holder = doc.meta.author if doc.meta.kind == "opinion" and doc.meta.author else \
            doc.meta.publisher or doc.meta.author
        parts = [part for part in (holder, long_date(doc.meta.date) if doc.meta.date else "") if part]
        return f" ({', '.join(parts)})" if parts else ""

    # -- citations ----------------------------------------------------------
    def cite(self, note: Note) -> int:
        if note.id not in self.numbers:
            number = len(self.citations) + 1
            self.numbers[note.id] = number
            doc = self.docs[note.span.source]
            quote = note.quote
            if "[" in quote and "[" not in (said_there := reads(doc, note.span.start, note.span.end)):
                # a bracket the brief inserted ("[Harcourt Ratings'] base case"): the evidence gives the
                # source's own words ("Our base case"), which the reader checks the bracket against
                quote = ("... " if quote.startswith(("...", "…")) else "") + said_there  # its elision kept
            self.citations.append(
                Citation(
                    number=number,
                    note_id=note.id,
                    quote=_one_line(quote),
                    source_id=doc.id,
                    source_title=doc.meta.title,
                    source_label=_label(doc),
                    publisher=doc.meta.publisher,
                    date=doc.meta.date,
                    location=describe(note.span, doc),
                    path=doc.path,
                    start=note.span.start,
                    end=note.span.end,
                    figures=note.figures,
                )
            )
        return self.numbers[note.id]

    def reports(self, note: Note) -> bool:
        """Whether the note is reported fact that can back another source's statement: not a
        forum post, not an opinion column or blog, not a sentence of opinion."""
        return note.kind != "opinion" and not self._from_comment(note, COMMENTARY_KINDS - {"analysis"})

    def cite_all(self, note: Note) -> tuple[tuple[int, ...], int]:
        """The note's citation numbers (its own, then one per other source that states the same
        fact, within the profile's limit, then the analyst's evidence) and how many sources the
        reader can count among them: the sources cited, each once; a forum post or an opinion
        column corroborates nothing, so neither is cited as backing reported fact."""
        members = self.cluster_members.get(note.id, [note])
        numbers = [self.cite(note)]
        sources = {note.span.source}
        reported = self.reports(note)
        viewed = self.commentary(note)
        for member in members:
            if reported and not (self.reports(member) and self.backs(note, member)):
                continue
            if viewed and not self.commentary(member):
                continue  # a view is backed by another holder's view, never by a report of the facts it weighs
            if member.span.source not in sources and len(numbers) < (self.profile.max_citations or MAX_CITES_PER_ITEM):
                numbers.append(self.cite(member))
                sources.add(member.span.source)
        for span, quote in zip(note.evidence, note.evidence_quotes, strict=False):
            extra = Note(id=f"{note.id}-e{len(numbers)}", kind=note.kind, quote=quote, span=span)
            numbers.append(self.cite(extra))
            sources.add(span.source)
        return tuple(numbers), len(sources) if reported else 1

    def revises(self, note: Note, member: Note) -> bool:
        """Whether one of two notes of different days revises the other (a later source's new
        value or undoing of an event): it revises it, never backs it."""
        if self.source_day(note) == self.source_day(member):
            return False
        if holds.revision(said(note), said(member)) or holds.revision(said(member), said(note)):
            return True
        # a later report that moves a term "to 2032 from 2031" revises the earlier one that gave 2031
        later, first = sorted((note, member), key=lambda n: self.source_day(n) or dt.date.min, reverse=True)
        return holds.moves_terms(said(later)) and not holds.moves_terms(said(first))

    def backs(self, note: Note, member: Note) -> bool:
        """Whether *member*, a note of *note*'s cluster, states *note*'s fact (corroborate.same_fact):
        only then is it a second citation and a second source in the count."""
        if member.id == note.id:
            return True
        if self.revises(note, member):
            return False
        if self.another_holder(note, member):
            return False
        speakers = f"{note.speaker} {note.speaker_role} {member.speaker} {member.speaker_role}"
        return same_fact(said(note), note.figures, said(member), member.figures, speakers=speakers)

    def another_holder(self, note: Note, member: Note) -> bool:
        """Whether *note* is a named speaker's estimate or expectation (corroborate.holds_view) and
        *member* is someone else's: it names another speaker, or, naming none, it is an analysis or
        opinion (its author's view) that does not name *note*'s speaker. Two parties giving one
        figure agree; the second does not report what the first said, so it is no second source."""
        if not note.speaker or not holds_view(said(note)):
            return False
        names = {w.lower() for w in note.speaker.split() if w[:1].isupper()}
        if member.speaker:
            return not names & {w.lower() for w in member.speaker.split()}
        words = {w.lower().strip(".,;:'’s") for w in said(member).split()}
        return self.commentary(member) and not names & words

    def states_event(self, note: Note, member: Note) -> bool:
        """Whether *member*, which gives a figure of *note*'s, states *note*'s event
        (corroborate.same_event: the new value, the same verb and actor, asserted) and does not
        revise it."""
        if member.id == note.id:
            return True
        return not self.revises(note, member) and not self.another_holder(note, member) and same_event(
            said(note), note.figures, said(member), member.figures)

    def take(self, note: Note) -> Item:
        note = self.unpaired(note) or note
        self.used.add(note.id)
        self.printed.add(note.id)
        text = said(note)
        self.used_texts.append(text)
        self.used_spans.append((note.id, note.span.source, note.span.start, note.span.end))
        for member in self.cluster_members.get(note.id, []):
            self.used.add(member.id)
            # What the other sources of this fact say, in their words, is said too: a later
            # statement in those words repeats it.
            self.used_texts.append(said(member))
        self.coverage.add(concepts(note.quote))
        shown = statement(note)
        self.words += len(shown.split())
        numbers, support = self.cite_all(note)
        for member in (note, *self.cluster_members.get(note.id, [])):
            self.said.setdefault(member.id, numbers)
            self.said_texts.append((said(member), numbers))
        return Item(text=shown, citations=numbers, note_id=note.id, kind=note.kind, label=self.label(note),
                    support=support, speaker=note.speaker, speaker_role=note.speaker_role)

    def take_dated(self, note: Note, day: str) -> Item:
        """`take` for an entry that opens on its day *day* (ISO; Timeline, What to watch): a statement that
        opens on that same day as a list item's label ("30 November: ministry consultation on licence
        conditions closes") is quoted from after the label, which the entry's date already gives."""
        label = dates.leading_label(note.quote)
        doc = self.docs.get(note.span.source)
        if label is not None and doc is not None and not note.text and note.status != "pinned" \
                and day[4:10] == f"-{label[0]:02d}-{label[1]:02d}":
            note = _requoted(note, doc, note.quote[label[2]:], note.span.start + label[2]) or note
        return replace(self.take(note), date=day)

    def unpaired(self, note: Note) -> Note | None:
        """For a statement quoted with the sentence before it (`in_context` pairs "The company also
        raised its estimate ..." with what it leans on), its own sentence with its subject named in a
        bracket ("[Iberlit Minerals] also raised ..."; `_named`), when the sentence before it retells
        an event a printed statement already reports (most of the content words of the shorter of the two
        recur: `_similar`; "The suspension followed a non-binding referendum ... rejected the mine" after
        "... two days after voters ... rejected the project in a non-binding referendum"): quoted with
        it, the reader would meet that event twice. None when the pair stands, or its sentence cannot be named."""
        if note.id not in self.paired or note.text or note.status == "pinned" or not self.used_texts:
            return None
        doc, own = self.docs.get(note.span.source), self.originals.get(note.id)
        if doc is None or own is None or own.span.start <= note.span.start:
            return None
        head = " ".join(reads(doc, note.span.start, own.span.start).split())
        if not any(_similar(head, kept) for kept in self.used_texts) \
                and not self.span_shown(replace(note, span=replace(note.span, end=own.span.start))):
            return None
        named = _named(own, doc, pair=False, story=self.story)
        if named is None or named is own:
            named = _subject_named(own, doc)
        if named is None or not named.quote.startswith("[") or points_back(named.quote):
            return None
        return named

    def span_shown(self, note: Note) -> bool:
        """Whether the brief already prints a statement of another note whose quoted stretch of the source
        overlaps *note*'s: a sentence shown as a pair's first sentence ("... set 14 March for the vote. That
        date ...") and again as an item of its own, or inside another pair, is one stretch shown twice."""
        if note.text or note.status == "pinned":
            return False
        span = note.span
        return any(source == span.source and start < span.end and span.start < end and other != note.id
                   for other, source, start, end in self.used_spans)

    @functools.cached_property
    def originals(self) -> dict[str, Note]:
        """Each note as drafted, by id (its own sentence, before `in_context` paired it)."""
        return {n.id: n for n in self.noteset.notes}

    def stated(self, note: Note) -> tuple[int, ...]:
        """The citations of the statement that already gave *note*'s fact in this brief, or ()."""
        if note.id in self.said:
            return self.said[note.id]
        text = said(note)
        return next((numbers for other, numbers in self.said_texts if _restates(text, other)), ())

    def refer(self, note: Note, earlier: tuple[int, ...]) -> Item:
        """*note* as a reference to the statement that already gave its fact (*earlier*: its
        citations), its own quotation cited but not printed again."""
        self.used.add(note.id)
        return Item(text=statement(note), citations=(self.cite(note),), note_id=note.id, kind=note.kind,
                    label=self.label(note), speaker=note.speaker, speaker_role=note.speaker_role, see=earlier)

    def fits(self, note: Note, *, new_words: bool = True, reserved: bool = False, tabled: bool = False) -> bool:
        """Unused (or used only by a Key figures row, when *tabled*: a Timeline entry may tell its
        day's event), a whole quotation if any (not half of one that runs over several sentences),
        not a near-repeat of a statement already in the brief (unless
        *new_words* is False: a position's news is who holds it), within the budget, and not
        kept for the disagreements section (unless *reserved*: that section asks)."""
        if note.id in self.used and not tabled or note.id in self.reserved and not reserved:
            return False
        note = self.unpaired(note) or note
        if self.span_shown(note):
            return False  # its sentence is already shown, as an item or with one it was paired with
        text = said(note)
        if not reserved and new_words and any(_paraphrase(text, kept) for kept in self.reserved_texts):
            return False  # one side of a dispute told whole in one sentence: told there, once
        if piece_of_quotation(text) and note.status != "pinned":
            return False
        same = _paraphrase if new_words else _restates
        central = self.tells_central(text)
        # a sentence is no repeat of one that does not carry its fact: the central event is kept
        # though a kept statement shares its names ("the death toll from the eruption of ...")
        if any(same(text, other) and not (central and not self.tells_central(other))
               and not (new_words and not _restates(text, other) and _adds_fact(text, other)
                        and not _one_event(text, other))  # a detail of a told event is no new fact
               for other in self.used_texts):
            return False
        if new_words and note.status != "pinned" and not note.text and unnamed_body(text):
            return False  # "..., the authority's chief inspector": which authority? (a Stakeholder row says)
        if new_words and note.status != "pinned" and self.told_figures(note):
            return False
        return self.room_for(len(statement(note).split())) or note.status == "pinned"

    def room_for(self, words: int) -> bool:
        """Whether *words* more quoted words stay within the profile's budget."""
        budget = self.profile.max_words
        return not budget or self.words + words <= budget

    # -- sections -----------------------------------------------------------
    def states(self, note: Note, kind: str) -> bool:
        """Whether the note states what a section of *kind* holds: its own kind, or what its
        words say besides (an actor's stated next step is also an event to watch, what
        someone said would follow also an outlook)."""
        if kind == "upcoming":
            return self.watch_of(note) is not None
        if kind == "forecast":  # still ahead as a forecast is: no later source passed its date
            if not note.speaker and self.unowned(note):
                return False  # a judgement of a piece naming neither author nor publisher: an outlook of no one
            # a scenario with its odds ("Downside (25%): the rollout slips to 2031") is a forecast whatever its verb
            return (holds.outlook(said(note), note.kind) or holds.scenario(said(note))) and self.still_ahead(
                replace(note, kind="forecast"))
        if kind == "risk":  # "has promised to tell passengers ... if their flight is cancelled": an undertaking
            return holds.risk(said(note), note.kind)
        if kind in ("fact", "figure") and note.kind in ("upcoming", "forecast") and (
                holds.reports_done(said(note)) or self.announces(note)):
            # "The head of the operator resigned on Monday, six days after ...": done, whatever a
            # later clause expects; told with the facts (as a figure when it gives a number). So is a
            # report's lede announcing its actor's decision ("Vestland will impose a 12% levy ...").
            return kind == ("figure" if note.figures else "fact")
        if kind in ("fact", "figure") and note.kind not in ("opinion", "quote") and self.commentary(note) and (
                self.reports_act(note)):
            # "On 29 October the Marine Stewardship Council suspended ...", in a column: someone's act
            # the piece reports, whatever kind its verb gave the note ("suspended": a risk)
            return kind == ("figure" if note.figures else "fact")
        return note.kind == kind

    def calls_off_own(self, note: Note) -> bool:
        """Whether the note tells the event it sets a day for as called off, with nothing set after it
        (`supersede.after_called_off`)."""
        text, anchor = said(note), self.source_day(note)
        found = holds.catalyst(text, note.kind, anchor, anchor)  # the day its own text sets, as of its source
        if found is None or found.day is None or anchor is None:
            return False
        rest = after_called_off(text, found.day, anchor)
        return rest is not None and not rest.strip(" .;,")

    def watch_of(self, note: Note) -> holds.Watch | None:
        text, anchor = said(note), self.source_day(note)
        found = holds.catalyst(text, note.kind, anchor, self.now)
        if found is None and note.kind == "risk" and anchor is not None and (left := holds.left_days(text, anchor)):
            # "has been postponed to Dec. 15-16 in Bergen from Dec. 2, ..., as the EU threatened trade
            # measures": a move made, with the day left and the new one, is a schedule whatever else it warns of
            moved = holds.catalyst(text, "fact", anchor, self.now)
            if moved is not None and moved.day is not None and moved.day not in left:
                return moved
        if found is not None and found.day is not None and anchor is not None:
            # "The meeting planned for March 17 has been cancelled; creditors will instead vote by
            # April 2": the day set is one called off, no schedule; what the text sets after it may be
            rest = after_called_off(text, found.day, anchor)
            if rest is not None:
                return holds.catalyst(rest, note.kind, anchor, self.now) if rest.strip(" .;,") else None
        return found

    def on_theme(self, note: Note, theme: str) -> bool:
        """Whether the note is on *theme*: its lexicon words; for competition, a statement about
        competitors (sections.about_competitors; a word like "leading" alone is not); for demand
        and supply, a quantity of either (sections.about_demand_supply; "supplier" alone is not)."""
        if theme == "competition":
            return holds.about_competitors(said(note))
        if theme == "demand_supply":  # a quantity ("bookings were 9% below"), not "the trust and its supplier"
            return holds.about_demand_supply(said(note))
        if theme not in note.themes:
            return False
        text = said(note)
        if theme == "regulation_policy" and not holds.lever(text, note.speaker, note.speaker_role, self.now):
            return False  # no public body acts, can act or is asked to: a company's account of itself
        if theme == "regulation_policy" and self.overdue(note):
            return False  # "would study the advice before the coastal states meet in London on Oct. 20-22", read in November
        sensed = holds.in_sense(text)
        return sensed == text or not self.lexicon or any(
            name == theme and pattern.search(sensed) for name, pattern in self.lexicon)

    def matches(self, note: Note, spec: SectionSpec) -> bool:
        if spec.kinds and not any(self.states(note, kind) for kind in spec.kinds):
            return False
        if spec.themes and not any(self.on_theme(note, theme) for theme in spec.themes):
            return False
        if spec.kinds and holds.to_reader(said(note)):
            return False  # advice to the reader is no statement of what happened or will
        if spec.kinds and set(spec.kinds) <= {"fact", "figure"} and (
                holds.own_view(said(note)) or holds.recommendation(said(note))):
            return False  # "We estimate ...", "We keep our HOLD rating": a writer's view, not what happened
        if spec.kinds and set(spec.kinds) <= {"fact", "figure"} and holds.market_move(said(note)) and \
                dict(self.profile.theme_weights).get("markets", 1.0) < MARKET_EVENT_WEIGHT:
            return False  # "Shares in X fell 4.3 percent": a market's reading, no event for a reader who weighs markets low
        if spec.kinds and set(spec.kinds) <= {"fact", "figure"} and self.commentary(note) and not self.reports_act(note):
            return False  # an event section tells what happened: an analysis, a column or a forum comments on it
        if (spec.kinds or spec.themes) and (holds.standing(said(note)) or holds.no_comment(said(note))):
            return False  # a service, a right, a term, a description, a "no comment": no development
        if (spec.kinds or spec.themes) and holds.publication_line(said(note)):
            return False  # "Published 6 March 2026 by the City of ...": the page's metadata, not the story
        if (spec.kinds or spec.themes) and holds.label(said(note)):
            return False  # a scenario heading with its odds: read alone, it says the outcome happened
        if (spec.kinds or spec.themes) and not self.kind_fits(said(note), spec):
            return False  # a scenario, a forecast, a power, a reaction, a company's profile or a status: not this section's kind
        if (spec.kinds or spec.themes) and self.source_day(note) is None and holds.relative_day(said(note)):
            return False  # "today restates" from a source with no date: a time no reader can place
        if note.score < spec.min_score:
            return False
        # Forum comments and opinion pieces never stand in for reported fact.
        if self.opinion_piece(note) and spec.kinds and "opinion" not in spec.kinds and not self.reports_act(note):
            return False
        return self.still_ahead(note) and self.head_still_ahead(note)

    @staticmethod
    def kind_fits(text: str, spec: SectionSpec) -> bool:
        """Whether a statement is of the kind a narrow section holds, read from its grammar: a section
        of one kind (facts, risks, forecasts or events to come: two kinds at most) or of one theme takes
        only its own. A scenario with its odds ("Upside (10%): ...") is a forecast, fit only for a
        section of forecasts; a forecast told in the present ("Our FY2026 EBITDA forecast of £96m
        assumes ...") is no fact; a public body's power or option ("The minister can license culls")
        is a lever, no fact, risk, forecast or event; someone's verdict on another's act ("accused the
        cabinet of ...") is a position, no forecast, event or theme's matter; a company's standing
        facts (annual revenue, staff, founding) are background, fit for no themed section and nothing
        to come; where something stands now ("The shares remain 19 percent below ...") is no event."""
        kinds = set(spec.kinds)
        narrow = bool(kinds) and len(kinds) <= 2
        forecasts = narrow and "forecast" in kinds and not kinds & {"fact", "figure"}
        facts = narrow and kinds <= {"fact", "figure"}
        ahead_or_risk = narrow and bool(kinds & {"forecast", "upcoming", "risk"})
        if holds.scenario(text) and not forecasts:
            return False
        if facts and holds.projection(text):
            return False
        if narrow and holds.power(text):
            return False
        if (forecasts or facts or "upcoming" in kinds and narrow or spec.themes and not kinds) and holds.reaction(text):
            return False
        if (ahead_or_risk or spec.themes and not kinds) and holds.profile(text):
            return False
        return not ("upcoming" in kinds and narrow and holds.status(text))

    def overdue(self, note: Note) -> bool:
        """Whether every time the statement sets ahead of its source's date is before the brief's
        date (an act "before the coastal states meet on Oct. 20-22", read on 21 November): a step
        that was to come and whose time is over, history and no lever; a statement that sets no
        time ahead is not."""
        anchor = self.source_day(note)
        if anchor is None or self.now is None or anchor >= self.now:
            return False
        targets = dates.ahead(said(note), anchor)
        return bool(targets) and all(when.last < self.now for when in targets)

    def head_still_ahead(self, note: Note) -> bool:
        """For a statement quoted with the sentence before it, whether what that sentence expects is
        still to come (`still_ahead`): a plan whose day has passed ("would award the contract on
        January 15", read on the 16th) is over, and so is the pair that opens on it."""
        if note.id not in self.paired:
            return True
        head = self.heads.get((note.span.source, note.span.start))
        return head is None or head.id == note.id or self.still_ahead(head)

    def source_day(self, note: Note) -> dt.date | None:
        """The day the note's source was written (its update date, if it gives one): the
        anchor of the relative days its text names."""
        doc = self.docs.get(note.span.source)
        return written_day(doc.meta) if doc else None

    def still_ahead(self, note: Note) -> bool:
        """Whether what the note expects is still to come: an event (upcoming) not dated before
        the newest source's date (or the brief's, if earlier), a forecast whose target no later source has passed and that no later
        source of the same claim reports as a fact. Other kinds: always."""
        if note.kind not in ("upcoming", "forecast"):
            return True
        anchor = self.source_day(note)
        if anchor is None:  # an undated source: over when every calendar date it names is past
            if self.now is None:
                return True
            found = holds.calendar_dates(said(note), self.now)
            return not found or any(when.last >= self.now for when in found)
        if note.kind == "upcoming":
            now = self.now
        else:
            now = self.latest
            for member in self.cluster_members.get(note.id, []):
                later = self.source_day(member)
                if later is not None and later > anchor and member.kind not in ("forecast", "upcoming", "risk"):
                    return False  # a later source reports it as so
        targets = dates.ahead(said(note), anchor)
        return not targets or now is None or now <= anchor or any(when.last >= now for when in targets)

    def lead(self, spec: SectionSpec) -> Note | None:
        """The statement a brief opens on: reported (not comment), one sentence, a fact or figure
        (or a statement whose main clause reports something done, `sections.reports_done`) where one
        fits; the one whose words carry most of the concepts the most sources carry (their
        weight over the square root of its length: a news lead is long and dense), the latest
        state first (a later source's weight counts up to LEAD_RECENCY more)."""
        # A side of a dispute between parties is the story's central event as often as not ("The
        # government banned ...", which a federation challenges): the brief opens on it all the same,
        # and the disagreements section refers to it by its number.
        # The statement of the story's central event, or a report's lede announcing its actor's decision ("will
        # close its campus at the end of the 2026-27 academic year"), is the story's act whatever kind its future
        # tense gave it: a section of facts may open on it.
        central = self.central[3].id if self.central is not None else None
        # A report's lede whose main clause reports something done ("The city council on Monday put off a
        # suspension ... until Jan 15") is the story's act too, whatever kind a later clause's date gave it.
        room = max(0, spec.max_items - 1) if spec.max_items else 1
        told = [n for n in self.history_notes if self.updates_for(n, spare=room) is not None]
        candidates = [n for n in (*self.notes, *told) if n.id not in self.paired and not self.commentary(n)
                      and (self.matches(n, spec) or (n.id == central or self.announces(n)
                                                     or self.position(n) <= 1 and (holds.reports_done(said(n))
                                                                                   or holds.done_behind_future(said(n))))
                           and self.matches(replace(n, kind="fact"), replace(spec, kinds=())))
                      and self.fits(n, reserved=n.id not in self.whole)]
        # A statement issued by someone other than the story's main actor (a campaign's, a union's, a trade
        # body's) is their reaction to the event: the brief opens on the event, from a report, where one fits.
        candidates = [n for n in candidates if not self.reaction(n)] or candidates
        # (the central event's own statement is the story's act though it names the day a step of it comes:
        # "delayed the start ... to Oct 1, 2026" is no calendar entry first)
        fitting = [n for n in candidates if not self.for_watch(n) or self.announces(n) or n.id == central]
        # A statement whose main clause reports something done is a fact whatever kind a later clause
        # gave the note ("resigned on Monday, ..., and the city said the line would reopen on Tuesday"):
        # a story's central event is often such a sentence.
        # A sentence that adds to or sets itself against what its source told before it ("Australia has also
        # formally requested ...", "However, ...") cannot open a brief: the reader never saw what it leans on.
        fitting = [n for n in fitting if not holds.leans_on_another(said(n))] or fitting
        # A stance on a bare "the plan" ("X, a surgeon, backed the plan.") never says what was backed, nor
        # whether it is still what is proposed: no opening line, unless quoted with the sentence it leans on.
        fitting = [n for n in fitting if not holds.bare_stance(said(n))] or fitting
        # A feature's scene-setting opener (a place, a present state, a person's circumstances: "On X's farm
        # ..., 40 tonnes of treated seed sit on pallets in a shed") tells no news: never the brief's first line.
        fitting = [n for n in fitting if not holds.scene_setting(said(n))] or fitting
        # A decision announced ("Indonesia will impose ...") in a report's lede, or one that states the story's
        # central event, is something done (its announcement): a fact the brief may open on.
        facts = [n for n in fitting if n.kind in ("fact", "figure") or holds.reports_done(said(n))
                 or self.tells_central(said(n))
                 or self.announces(n)] or fitting
        if not facts:
            return None
        # What was done years before its source was written ("Munich voters rejected a bid for the 2022
        # Winter Games in 2013", in a 2026 report) is the story's background, not its lead.
        facts = [n for n in facts if not holds.background(said(n), self.source_day(n))] or facts
        # The story's central event, told by the sentence that reports it or its latest state ("remained
        # blocked on Sunday, three days after ... ran aground"), not a later update's side detail.
        facts = [n for n in facts if self.tells_central(said(n))] or facts
        if self.central_event is None:
            # no event two sources carry: a report's lede announcing its actor's decision is the story's act,
            # not a consequence beside it ("Shares in the cruise operator Nordic Sail fell 4%")
            facts = [n for n in facts if self.announces(n)] or facts

        def score(note: Note) -> tuple[float, str]:
            carried = self.coverage.gain(concepts(note.quote)) / (len(note.quote.split()) + LENGTH_OFFSET) ** 0.5
            lede = LEAD_POSITION * max(0.0, 1.0 - 0.25 * self.position(note))
            return carried * (1.0 + LEAD_RECENCY * self.later.get(note.id, 0.0) + lede), note.id

        best = max(facts, key=lambda n: (score(n)[0], n.status == "pinned", n.id))
        # "Within hours, Norway announced ...": a time measured from what the sentence before it told
        # ("Talks ... ended in London on Thursday without an agreement"): the brief opens on that event,
        # when its sentence fits, and the one that leans on it may follow.
        anchor = self.time_anchor(best, fitting) if best.status != "pinned" else None
        if anchor is not None:
            best = anchor
        # A later source's new decision by the story's main actor on the same matter (a hold after a
        # rise, an approval after a block) is the story's latest state: the brief opens on it.
        # (a decision that moves the event's date is its latest state, not only the watch section's entry)
        decisions = [n for n in candidates if not holds.leans_on_another(said(n))]
        newest = self.latest_decision(decisions) if best.status != "pinned" else None
        # (of the same day as the best-scored statement too: the actor's decision, not a detail beside it)
        if newest is not None and newest.id != best.id:
            new_day, best_day = self.source_day(newest) or dt.date.min, self.source_day(best) or dt.date.min
            # a later day's decision always; one of the best's own day only over a detail beside the decision
            if new_day > best_day or new_day == best_day and not self.same_matter(said(best)):
                best = newest
        # The latest news report's lede that tells a change of state in the same story ("will return to work on
        # Monday after their union suspended the walkout") is the story's latest state, however the sources
        # named its central event: the brief opens on it rather than on an earlier day's news.
        if best.status != "pinned" and (newer := self.latest_change(candidates, best)) is not None:
            best = newer
        # A later source that changes what the lead reports ("was cut to six points", "moved ...
        # forward to November 24", "upheld") gives the event's latest state: the brief opens on it,
        # and the earlier statement may follow as context.
        while best.status != "pinned":
            # What moves an event's date reports something done though it names a day to come
            # ("moved the launch ... forward to November 24"): the watch section does not keep it.
            later = self.revisions(best, [n for n in self.notes if n.id not in self.paired and not self.commentary(n)
                                          and not self.reaction(n)
                                          and self.matches(n, spec) and self.fits(n, reserved=n.id not in self.whole)])
            if not later:
                break
            best = max(later, key=lambda n: (score(n)[0], n.id))
        return best

    def latest_change(self, among: Sequence[Note], best: Note) -> Note | None:
        """The lede (`first_of_source`) of the latest-dated news source of *among*, when that source is
        later than *best*'s, its lede tells a change of state consequence first (`sections.done_behind_future`:
        a lede whose main clause reports something done is `latest_decision`'s and `latest_lede`'s), leans on nothing before it,
        is no background nor a side's reaction, and tells the same story as *best* (at least CENTRAL_ARGS
        of its words); None otherwise."""
        best_day = self.source_day(best)
        if best_day is None:
            return None
        ledes = [(day, n) for n in among if self.first_of_source(n) and not self.commentary(n)
                 and not self.reaction(n) and (day := self.source_day(n)) is not None and day > best_day]
        if not ledes:
            return None
        newest = max(day for day, _ in ledes)
        words = _stems(best.quote)
        fitting = [n for day, n in ledes if day == newest and not holds.leans_on_another(said(n))
                   and holds.done_behind_future(said(n))
                   and not holds.background(said(n), day) and len(_stems(said(n)) & words) >= CENTRAL_ARGS]
        return min(fitting, key=lambda n: (n.span.source, n.span.start), default=None)

    def reaction(self, note: Note) -> bool:
        """Whether the note comes from a statement (a press release, an open letter) whose issuer is not the
        story's main actor (fewer than half the words of its publisher's name among the subject words of the
        central event, `central`) nor the body the event is about (no more than half among its subject's and
        object's words): a side's reaction to what the actor did, however much of the event it retells."""
        return self.reacting(self.docs.get(note.span.source))

    def reacting(self, doc: SourceDoc | None) -> bool:
        """`reaction` for a whole source."""
        if doc is None or doc.meta.kind != "statement":
            return False
        central = self.central
        # (most of the issuer's words: a campaign named after the town shares only the town with its council)
        issuer = _stems(doc.meta.publisher or doc.meta.author or "")
        if central is None or not issuer:
            return True
        # the actor the event is done by, or the body it is about ("Shareholders in Halvard Coatings approved
        # ...": the company's own announcement is no side's reaction): most of the issuer's words
        return 2 * len(issuer & central[4]) < len(issuer) and 2 * len(issuer & central[1]) <= len(issuer)

    def time_anchor(self, note: Note, among: Sequence[Note]) -> Note | None:
        """When *note* opens on a time measured from an event it does not name (`sections.leans_on_time`:
        "Within hours, ..."), the statement of *among* that its source tells just before it (the event
        the time is measured from); else None."""
        if not holds.leans_on_time(said(note)):
            return None
        start = self.own_start.get(note.id, note.span.start)
        before = [n for n in among if n.span.source == note.span.source and n.span.end <= start
                  and not holds.leans_on_time(said(n))]
        if not before:
            return None
        nearest = max(before, key=lambda n: n.span.end)
        # the sentence just before it, not one paragraphs earlier: nothing but white space between them
        text = self.docs[note.span.source].text if note.span.source in self.docs else ""
        return nearest if text and not text[nearest.span.end:start].strip() else None

    def revisions(self, note: Note, among: Sequence[Note]) -> list[Note]:
        """The statements of *among* from a source written after *note*'s that revise what it
        reports (`sections.revision`: a new value of the same measure, of a kind *note* gives a
        value of (`_revises_value`: not a share price after an event with no price), or a verb of
        undoing or upholding) about the same happening: at least CENTRAL_ARGS words of its subject and
        object (the story's central event's, or else *note*'s own main clause's)."""
        day = self.source_day(note)
        if day is None:
            return []
        central = self.central_event
        event = holds.main_event(said(note))
        args = central[1] if central is not None else (
            frozenset(_stems(" ".join(event[1]))) - {stem(event[0])} if event is not None else frozenset())
        if len(args) < CENTRAL_ARGS or len(_stems(said(note)) & args) < CENTRAL_ARGS:
            return []
        found = []
        for other in among:
            later = self.source_day(other)
            text = said(other)
            if (later is not None and later > day and holds.reports_done(text)
                    and len(_stems(text) & args) >= CENTRAL_ARGS
                    and _revises_value(holds.revision(text, said(note)), said(note))):
                found.append(other)
        return found

    @functools.cached_property
    def central_event(self) -> tuple[str, frozenset[str], dt.date | None] | None:
        """The happening the most sources report: the main verb of a reported statement (its
        stem) with the words of its arguments (subject and object, `sections.main_event`), counted
        in each source that has a sentence with that verb and at least two of those words, and once
        more in each news source whose lede's main clause tells it; the earliest source's statement
        on a tie; with the day of the earliest source that reports it.
        None unless two sources or more report it. A statement a later source overtook counts: the
        story's central event stays what it was when a later decision changed its terms."""
        central = self.central
        return central[:3] if central is not None else None

    @functools.cached_property
    def central(self) -> tuple[str, frozenset[str], dt.date | None, Note, frozenset[str], frozenset[str]] | None:
        """`central_event`, with the statement that reports it and the words (stems) of its
        subject (who did it: the story's main actor) and of its object (what it was done to).
        When no happening is told by its verb in two sources, a source that names the thing a
        happening introduced again ("reached a staff-level agreement" ... "the staff-level
        agreement", `_names_again`) counts as telling it: a fallback only, since an earlier stage's
        thing ("approved a bill" ... "the bill") would outcount the act the story is about."""
        return self._central(False) or self._central(True)

    def _central(self, by_noun: bool) -> tuple[str, frozenset[str], dt.date | None, Note, frozenset[str], frozenset[str]] | None:
        best: tuple[int, float, str] | None = None
        found: tuple[str, frozenset[str], dt.date | None, Note, frozenset[str], frozenset[str]] | None = None
        for note in self.readable:
            if note.id in self.paired or self.commentary(note):
                continue
            text = said(note)
            if holds.background(text, self.source_day(note)):
                continue  # what was done years before its source: the story's background, not its event
            # A news report's first statement may announce its actor's decision ("Indonesia will impose a 20%
            # import tariff ..."): the act the story is about, though its verb has not happened yet.
            # or say it in a wire lede's reported speech ("Velmar said on Wednesday it would close its Ostrava
            # plant by 2028"): the speaker's decision on what is its own, not its reaction to another's act
            # (`first_of_source` only asked when no main clause tells an event, as before: it caches lede starts)
            event = holds.main_event(text) or (
                (holds.announced_event(text) or holds.reported_decision(text)) if self.first_of_source(note) else None)
            if event is None or holds.leans_on_another(text):
                continue  # "Australia has also formally requested ...": an addition to an act told before it
            verb = stem(event[0])
            args = frozenset(_stems(" ".join(event[1]))) - {verb}
            if len(args) < CENTRAL_ARGS:
                continue
            thing = _event_noun(text) if by_noun else None
            days = [self.source_day_of(doc) for doc in self.docs.values()
                    if any(_tells(sentence, verb, args) or _names_again(sentence, thing, args)
                           for sentence in self.sentences_of(doc))]
            if len(days) < 2:
                continue  # one source's happening is no story's central event, whatever its lede
            # News puts its central fact in its lede's main clause: of happenings as many sources tell, the
            # one more reports open on ("Washington state regulators closed Pinecrest Bank on Sunday ..., and
            # the FDIC agreed to sell ..."), not the sale other sources tell beside something else
            # ("Northstar Financial, which agreed on Sunday to take over ..., rose 6.2%").
            ledes = sum(1 for lede_verb, lede in self.ledes if lede_verb == verb and _tells(lede, verb, args))
            if not ledes and len(days) < CENTRAL_UNLED_SOURCES and self.ledes and not self.first_of_source(note):
                # A happening no report opens on, which only two sources tell in passing ("Two institutional
                # holders ... signed the agreement on Thursday"), while the reports open on something else, is a
                # detail of the story, not its central event: the lead comes from what the reports open on. A
                # report's own first statement is no passing mention ("Lismore Ferries will end its service ...").
                continue
            day = self.source_day(note)
            key = (len(days) + ledes, -(day.toordinal() if day else 0), note.id)
            if best is None or key[:2] > best[:2]:
                best = (key[0], key[1], note.id)
                dated = [d for d in days if d is not None]
                subject, done = _doer_and_object(text)
                found = (verb, args, min(dated) if dated else None, note, subject, done)
        return found

    @functools.cached_property
    def ledes(self) -> tuple[tuple[str, str], ...]:
        """Each news source's lede, its first reported statement (`first_of_source`), as the reader sees
        it, with the stem of its main clause's verb (`sections.main_event`)."""
        first: dict[str, Note] = {}
        for note in self.readable:
            if note.span.source not in first and not self.commentary(note) and self.first_of_source(note):
                first[note.span.source] = note
        found = []
        for _, note in sorted(first.items()):
            event = holds.main_event(said(note))
            if event is not None:
                found.append((stem(event[0]), said(note)))
        return tuple(found)

    @functools.cached_property
    def lede_starts(self) -> dict[str, int]:
        """Per source, where its first readable statement that is not comment starts."""
        starts: dict[str, int] = {}
        for note in self.readable:
            if not self.commentary(note):
                start = self.own_start.get(note.id, note.span.start)
                starts[note.span.source] = min(start, starts.get(note.span.source, start))
        return starts

    def first_of_source(self, note: Note) -> bool:
        """Whether *note* is its news source's first reported statement (no readable statement of the source
        that is not comment starts before it): the place of a report's lede."""
        doc = self.docs.get(note.span.source)
        if doc is None or _comment(doc):
            return False
        start = self.own_start.get(note.id, note.span.start)
        return start <= self.lede_starts.get(note.span.source, start)

    def announces(self, note: Note) -> bool:
        """Whether *note* is a news report's lede announcing a named actor's decision ("Vestland will
        impose a 12% levy ... from Aug. 1, County Governor Siri Holm said"): the story's act, which the
        brief may open on though it names a day to come."""
        return self.first_of_source(note) and holds.announced_event(said(note)) is not None

    def same_actor(self, text: str) -> bool:
        """Whether *text*'s main clause has the central event's subject (the story's main actor)
        for its own (`_same_doer`: "Iceland's central bank" and "The central bank"; not "Iceland's
        two largest lenders", not "Arion Bank"). True when the central event's subject is not known."""
        central = self.central
        return central is None or not central[4] or _same_doer(text, central[4])

    def same_object(self, text: str) -> bool:
        """Whether *text*'s main clause does something to what the central event was done to
        (`_same_thing`)."""
        central = self.central
        return central is not None and _same_thing(text, central[5])

    def same_matter(self, text: str) -> bool:
        """Whether *text*'s main clause reports something done by the story's main actor to what
        the central event was done to (`_same_act`: "kept its key interest rate unchanged" after
        "raised its key interest rate by 150 basis points"; not "raised its forecast for average
        inflation")."""
        central = self.central
        return central is not None and _same_act(text, central[4], central[5])

    def latest_decision(self, among: Sequence[Note]) -> Note | None:
        """The statement of *among* from the latest source written after the central event's
        that reports a new decision of the same actor on the same matter (`same_matter`: a hold,
        a further rise, an approval after a block), whatever its verb, or whose lede does something to
        what the central event was done to (`same_object`: "The Norwegian government has reduced its
        planned cut to coastal ferry subsidies" after "Norway will cut its annual subsidy for coastal
        ferry routes"); None when there is none."""
        central = self.central
        if central is None:
            return None
        first = self.source_day(central[3])
        if first is None:
            return None
        later = [(day, n) for n in among if (day := self.source_day(n)) is not None and day > first
                 and (holds.reports_done(said(n)) or holds.announced_event(said(n)) is not None)
                 and (self.same_matter(said(n)) or self.first_of_source(n) and self.same_object(said(n)))]
        if not later:
            return None
        newest = max(day for day, _ in later)
        return min((n for day, n in later if day == newest), key=lambda n: (n.span.source, n.span.start))

    def original_event(self, lead: Note) -> Note | None:
        """The statement of what was first done when the brief opens on a later decision: the
        central event's statement (`central`), or, when no event is reported by two sources, the
        earliest source's statement of something done by the lead's own actor to the same thing
        (`_same_act`: "blocked ... Mercasur's $1.2 billion takeover" before "approved a revised
        version of Mercasur's takeover"). Told once after the lead, so that the reader learns what
        was done, by how much, from what to what, though a later source overtook it. None when
        the lead is that statement or states its fact (no number or main verb of its own), or comes
        from no later source."""
        day = self.source_day(lead)
        if day is None:
            return None
        central = self.central
        if central is not None:
            note: Note | None = central[3]
        else:
            doer, done = _doer_and_object(said(lead))
            # "will delay the first step of its water tariff increase": a change to a part of an act the lead's
            # actor told before; that act is an earlier report's lede by the same actor, its object sharing a
            # word with the whole ("will raise its household tariff by 21 percent in three steps")
            whole = _whole_of_part(said(lead))

            def same(n: Note) -> bool:
                if _same_act(said(n), doer, done):
                    return True
                return bool(whole) and self.first_of_source(n) and _same_doer(said(n), doer) \
                    and bool(_doer_and_object(said(n))[1] & whole)
            earlier = [n for n in self.readable if n.id not in self.paired and not self.commentary(n)
                       and (d := self.source_day(n)) is not None and d < day and same(n)]
            note = min(earlier, key=lambda n: (self.source_day(n) or day, n.span.source, n.span.start), default=None)
        if note is None:
            return None
        first = self.source_day(note)
        if note.id == lead.id or note.id in self.printed or first is None or day <= first \
                or note.id in self.told_in_error or note.id in self.told_wrong and not self.announced_lede(note):
            return None  # a value a later source calls earlier ("risen to $4.05 billion from $3.4 billion") is no current fact
        if holds.background(said(note), first):
            return None  # what was done years before its source: the story's background, not what was first done
        if note.id in self.stale and (event := holds.main_event(said(note))) is not None \
                and stem(event[0]) in _LEVEL_MOVES:
            return None  # a level that only moved ("had fallen by 35 percent"), overtaken: no act to recall
        if note.id in self.stale and self.level_overtaken(note):
            # its own news is a value a later report replaced ("About 340 homes ... were flooded", since 547): the
            # Key figures row tells it as that value's earlier report; recalled here it would read as current
            return None
        # A statement grouped with the lead as one fact (their words alike: "froze the landing fee ... at
        # 19 euros", "raised the landing fee ... by 4 euros to 19 euros") is still told when it gives a
        # number or a main verb the lead does not: another decision, not the lead's fact again.
        if not _adds_fact(said(note), said(lead)):
            return None
        if note.id in self.used and not any(m.id == note.id for m in self.cluster_members.get(lead.id, ())):
            return None  # told in another statement's words
        if piece_of_quotation(said(note)) or not self.room_for(len(statement(note).split())):
            return None
        return note

    def source_day_of(self, doc: SourceDoc) -> dt.date | None:
        return written_day(doc.meta)

    def tells_central(self, text: str) -> bool:
        """Whether *text* states the story's central event (`central_event`) as its main clause,
        or the event's latest state: a main clause of it going on ("remained", "stays",
        "continues", "still") that names at least two of its words."""
        central = self.central_event
        if central is None:
            return False
        verb, args, _ = central
        event = holds.main_event(text) or holds.announced_event(text)
        if event is not None and stem(event[0]) == verb:
            # the same verb by someone else on something else ("Iceland's two largest lenders raised their
            # mortgage rates" after "Iceland's central bank raised its key interest rate") is a consequence,
            # not the event; another body's act on the same thing ("The European Commission approved the
            # 90 million euro credit line" after the government approved it) is a step of the event
            return len(_stems(" ".join(event[1])) & args) >= CENTRAL_ARGS and (
                self.same_actor(text) or self.same_object(text))
        main = re.split(r"[,;:]", text, maxsplit=1)[0]
        going = _GOING_ON.search(main)
        if going is None or len(_stems(text) & args) < CENTRAL_ARGS:
            return False
        # what goes on is the event's own thing: the going-on verb's subject (the words from the clause's
        # start, after a reporting verb or "that"/"and", up to it) names one of the event's words ("The
        # ship remained blocked"), not something else a report adds ("said it was sending vaccine ... and
        # that MMR vaccination remained free of charge")
        subject = _CLAUSE_START.split(main[:going.start()])[-1]
        return bool(_stems(subject) & args)

    def for_watch(self, note: Note) -> bool:
        """Whether the note is an event to come on a day the sources give and the brief has a
        section of events to watch that takes it: a calendar's entry, kept for that section
        (a summary that told it would leave the calendar without its date)."""
        spec = next((s for s in self.profile.sections if s.style == "watch"), None)
        if spec is None or note.kind != "upcoming" and not self.reschedules(note):
            return False  # what happened, naming a day to come in passing ("ordered ..., pending a hearing on June 20"), is told where it fits
        return self.scheduled(note) is not None and self.watchable(note, spec)

    def reschedules(self, note: Note) -> bool:
        """Whether the note tells an event moved to a day to come from the day it was set for ("has
        been postponed to Dec. 15-16 in Bergen from Dec. 2"): the calendar's entry for the event
        now, whatever else its sentence tells (a threat beside it makes it no risk first)."""
        anchor = self.source_day(note)
        day = self.scheduled(note)
        if anchor is None or day is None:
            return False
        left = holds.left_days(said(note), anchor)
        return bool(left) and day not in left

    def watchable(self, note: Note, spec: SectionSpec) -> bool:
        """Whether the watch section *spec* may take the note: not quoted with the sentence it
        leans on, not a comment, on the section's themes and of one of its kinds."""
        return (note.id not in self.paired and not self._from_comment(note, COMMENTARY_KINDS - {"analysis"})
                and self.matches(note, replace(spec, kinds=())) and self.kind_fits(said(note), spec)
                and (not spec.kinds or any(self.states(note, kind) for kind in spec.kinds)))

    def bullets(self, spec: SectionSpec) -> list[Item]:
        items: list[Item] = []
        opening = bool(self.profile.sections) and spec.id == self.profile.sections[0].id
        if opening and spec.max_items:
            first = self.lead(spec)  # the brief's opening section opens on the story's central, latest fact
            if first is not None:
                # an overtaken statement of the event on its day is told with its values' newest state after it
                updates = self.updates_for(first, spare=spec.max_items - 1) or []
                # A record another source refers back to ("27 percent below the record set in early
                # October") is the story's key fact: stated after a lead that refers to it, else the lead.
                record = None if updates else self.record(first, spec)
                if record is not None and not _REFERS_RECORD.search(said(first)):
                    first, record = record, None
                before = self.snapshot()
                items.append(self.take(first))
                items.extend(self.take(update) for update in updates)
                if record is not None and len(items) < spec.max_items and self.fits(record):
                    items.append(self.take(record))  # the record the lead measures its value against
                # What was done first, which the later decision changed (the story's central event: "will raise
                # its tariff by 21 percent in three steps" under "will delay the first step of its increase"), told
                # right after the lead, before the latest report's other news: never the update alone.
                original = self.original_event(first)
                # (a feature's scene read as the story's event, "On X's farm, ... sit in a shed": colour, not told)
                if original is not None and len(items) < spec.max_items and not holds.scene_setting(said(original)):
                    items = self.once(items, original, before)
                latest = self.latest_lede(first, spec)
                if latest is not None and len(items) < spec.max_items and not holds.scene_setting(said(latest)):
                    items = self.once(items, latest)  # the latest report's own news: the story's state now
                terms = self.new_terms(first, spec)
                if terms is not None and len(items) < spec.max_items:
                    items = self.once(items, terms)  # what the latest report says the terms now are
        # A section's room goes first to what someone did; a value that only moved, with no one
        # doing it (market colour: "Paris wheat futures fell 1.1 percent"), is told if room is left.
        colour: list[Note] = []
        for note in self.ranked(history=True):
            if len(items) >= spec.max_items:
                break
            after = self.updates_for(note, spare=spec.max_items - len(items) - 1)
            if note.id in self.history_of and after is None:
                continue  # an overtaken value told with no statement of its newest state after it: never
            if opening and holds.background(said(note), self.source_day(note)):
                continue  # what was done years before its source: background, not the bottom line
            if opening and holds.scene_setting(said(note)):
                continue  # a feature's scene: colour, never a key point of the opening section
            if items and self.for_timeline(note):
                continue  # a dated past event, after the section's first statement: the Timeline's to tell
            if self.matches(note, spec) and self.fits(note) and not (self.for_watch(note) and not _of_what_comes(spec)):
                shown = self.reported(note)
                if shown is not note and not (self.matches(shown, spec) and self.fits(shown)):
                    continue  # the news source's words of the fact must fit the section too
                if self.forum(shown) and not _of_views(spec):
                    continue  # a commenter's word, which no news source states, is no fact of a fact section
                if opening and self.reaction(shown):
                    continue  # a side's statement on the event: its position, told where positions are, not the lead
                if opening and holds.bare_stance(said(shown)):
                    continue  # "X backed the plan.": which plan the reader never saw there; told where positions are
                if opening and (holds.background(said(shown), self.source_day(shown))
                                or holds.scene_setting(said(shown))):
                    continue
                if after:
                    items.append(self.take(note))
                    items.extend(self.take(update) for update in after)
                    continue
                if self.colour(shown):
                    colour.append(shown)
                    continue
                items.append(self.take(self.without_told_clause(shown)))
        for note in colour:
            if len(items) < spec.max_items and self.fits(note):
                items.append(self.take(note))
        return items

    def once(self, items: list[Item], note: Note, before: tuple[object, ...] | None = None) -> list[Item]:
        """*items* (the opening section so far) with *note* taken after them, unless an item tells its
        event in other words (`_one_event`: the cabinet's approval as an analyst's summary and as the
        wire's lede): then the fuller telling (more content words) stands in that item's place, the other
        untold, when that item is the section's only one and *before* (`snapshot`) is what was taken
        before it; else *note* is left untold. Each fact once, in the words that tell more of it."""
        text = said(note)
        at = next((k for k, item in enumerate(items) if item.note_id in self.by_id
                   and _one_event(text, said(self.by_id[item.note_id]))), None)
        if at is None:
            return [*items, self.take(note)]
        told = self.by_id[items[at].note_id]
        if len(items) == 1 and before is not None and len(_stems(text)) > len(_stems(said(told))):
            self.restore(before)  # the lead alone so far: taken back, the fuller telling in its place
            item = self.take(note)
            self.used.add(told.id)
            return [item]
        self.used.add(note.id)  # told already: not again further down
        return items

    def without_told_clause(self, note: Note) -> Note:
        """*note* with the clause it opens on left out visibly ("... developers were quick to point to
        one number" for "When the Dutch offshore wind auction closed last week with a single bid for
        four sites, developers were ..."), when that clause is a subordinate one of time or cause
        (`_TOLD_CLAUSE`) that retells a statement the brief printed (most of its content words, at least
        TOLD_CLAUSE_WORDS of them): the fact once, the sentence's own news kept. Else *note* as it is."""
        if note.text or note.status == "pinned" or note.id in self.paired:
            return note
        quote = note.quote.lstrip()
        opening = _TOLD_CLAUSE.match(quote)
        doc = self.docs.get(note.span.source)
        if opening is None or doc is None:
            return note
        clause = opening.group("clause")
        if len(_stems(clause)) < TOLD_CLAUSE_WORDS or not any(_similar(clause, text) for text in self.used_texts):
            return note
        return _requoted(note, doc, f"... {quote[opening.end():]}", note.span.start) or note

    def record(self, lead: Note, spec: SectionSpec) -> Note | None:
        """The statement that sets a record (`_STATES_RECORD`: "rose to a record 13,480 dollars a
        tonne", "a new all-time high of 6,140 euros"), with a figure, reported, not comment, when a
        statement of another source refers back to it as known (`_REFERS_RECORD`: "below the record
        set in early October", "April's record"): a record several sources carry is the story's key
        fact. The earliest source's first such statement; None when there is none, when *lead*
        states a record itself or is pinned, or when the statement does not fit the opening section."""
        if lead.status == "pinned" or _STATES_RECORD.search(said(lead)):
            return None
        referring = {n.span.source for n in self.readable if _REFERS_RECORD.search(said(n))}
        if not referring:
            return None
        # a later value overtakes the state a record reported, not the record (`superseded`): every readable note
        setting = [n for n in self.readable if n.id != lead.id and n.id not in self.paired and n.figures
                   and _STATES_RECORD.search(said(n)) and referring - {n.span.source}
                   and self.reports(n) and not self.commentary(n) and n.kind not in ("quote", "opinion")
                   and not self.for_watch(n) and self.matches(replace(n, kind="fact"), replace(spec, kinds=()))
                   and self.fits(n)]
        return min(setting, key=lambda n: (self.source_day(n) or dt.date.max, n.span.source, n.span.start),
                   default=None)

    def latest_lede(self, lead: Note, spec: SectionSpec) -> Note | None:
        """The latest news report's lede when the brief opens on an earlier source's: the statement
        of that report's first sentences (a report's headline and first paragraph carry its news,
        at most LEDE_SENTENCES sentences in) that fits the opening section, reported, not comment,
        standing alone, read as a fact (a decision told in the future tense, "will raise the cap
        ... and will reopen the three sites", is the story's state now). None when the lead is
        from that report or a report of the same day, or when it has no such sentence."""
        day = self.source_day(lead)
        reports = [(d, doc.id) for doc in self.docs.values()
                   if (d := self.source_day_of(doc)) is not None and not _comment(doc) and not doc.duplicate_of
                   and not self.reacting(doc)]  # a side's statement on the event: no report of its latest state
        if day is None or not reports:
            return None
        newest, source = max(reports)
        if newest <= day or source == lead.span.source:
            return None
        ledes = [n for n in self.notes if n.span.source == source and n.id not in self.paired
                 and self.position(n) <= LEDE_SENTENCES and self.reports(n) and not self.commentary(n)
                 and n.kind not in ("quote", "opinion") and not holds.leans_on_time(said(n))
                 and not self.for_watch(n)  # an event to come on a given day: the watch section's
                 and not holds.background(said(n), self.source_day(n))  # "... rejected a bid in 2013": background
                 and not holds.bare_stance(said(n))  # "X backed the plan.": which plan, the lede's reader knew
                 and self.matches(replace(n, kind="fact"), replace(spec, kinds=()))
                 and self.lede_fits(n, lead)]
        return min(ledes, key=lambda n: (self.position(n), n.span.start), default=None)

    def lede_fits(self, note: Note, lead: Note) -> bool:
        """Whether a later report's lede may follow *lead*: its words share the earlier lead's names, it
        may be grouped with it as one fact ("completing a review of 120 licences" after "ordered a
        review of 120 ... licences") and its figures may stand in Key figures ("47 (order)"), yet it is
        told unless it all but repeats a printed statement; grouped with a printed one, only when it
        gives a number or a main verb that one does not (`_adds_fact`: the outcome of the review)."""
        text = said(note)
        shown = [said(self.by_id[i]) for i in self.printed if i in self.by_id]  # not their clusters' wordings
        if note.id in self.printed or any(_restates(text, other) for other in shown):
            return False
        if any(_paraphrase(text, kept) for kept in self.reserved_texts):
            return False  # one side of a dispute a sentence tells whole: the disagreements section tells it
        if note.id in self.used:
            if note.id in self.reserved or piece_of_quotation(text) or not _adds_fact(text, said(lead)):
                return False
            return self.room_for(len(statement(note).split()))
        return self.fits(note, new_words=False)  # a side kept for the disagreements section is told there

    def new_terms(self, lead: Note, spec: SectionSpec) -> Note | None:
        """The statement of the lead's own source (the latest report of the story's event) that
        moves one of the event's terms to a new value (`sections.moves_terms`: "will be reduced to
        about 36.1 billion crowns", "would push delivery ... to 2032 from 2031") and gives a value
        of a unit an earlier source gave another value of at the same scale, or a move "from" an
        earlier value: told after the lead, so that the brief does not leave the earlier terms
        standing as the current ones. Reported, not comment; None when the source gives none."""
        earlier = [f for n in self.notes if (self.source_day(n) or dt.date.max) < (self.source_day(lead) or dt.date.min)
                   for f in n.figures]
        for note in sorted((n for n in self.notes if n.span.source == lead.span.source and n.id != lead.id),
                           key=lambda n: n.span.start):
            text = said(note)
            if (self.commentary(note) or note.id in self.paired or not holds.moves_terms(text)
                    or self.for_watch(note) or not self.matches(replace(note, kind="fact"), replace(spec, kinds=()))
                    or not self.fits(note)):
                continue
            # the same unit at the same scale (within a factor of two), another value: a revised term
            changed = any(f.unit.rstrip("s") == g.unit.rstrip("s") and f.value > 0 and g.value > 0
                          and 0.5 <= f.value / g.value <= 2.0 and abs(f.value - g.value) > 1e-9 * g.value
                          for f in note.figures for g in earlier)
            if changed or re.search(r"\b(?:from|rather than|instead of)\b", text):
                return note
        return None

    def moved_period(self, shown: Figure, giver: Note) -> tuple[Note, str] | None:
        """The latest news report dated after *giver* (the statement giving *shown*'s period) whose
        sentence moves the value's date from that period (`supersede.moved_date`: "will reach 66 in
        January 2032 rather than January 2031"), with the new period; None when none does."""
        if not shown.period:
            return None
        try:
            then = dt.date.fromisoformat(self.date(giver)[:10])
        except ValueError:
            return None
        found = None
        for note, day, sentences in self.dated_reports:
            if day <= then:
                continue
            for said in sentences:
                period = moved_date(said, shown, shown.period, then, day)
                if period is not None:
                    found = (note, period)
        return found

    @functools.cached_property
    def dated_reports(self) -> list[tuple[Note, dt.date, list[str]]]:
        """The reporting notes with figures and a date, in date order (then place), each with its day and
        its quote's sentences (`moved_period`): sorted and split once, not for each Key figures row."""
        found = []
        for note in sorted(self.noteset.notes, key=lambda n: (self.date(n), self.position(n))):
            day = self.date(note)
            if note.figures and day and self.reports(note):
                found.append((note, dt.date.fromisoformat(day[:10]), SENTENCE_END.split(note.quote)))
        return found

    def colour(self, note: Note) -> bool:
        """Whether the statement only moves a value with no actor (`sections.value_move`)."""
        actors = tuple(e.name for e in note.entities if e.type in ("person", "organisation"))
        return holds.value_move(said(note), actors)

    def reported(self, note: Note) -> Note:
        """The note, or, when it comes from an opinion column or a forum and a news source states
        the same fact, that source's statement: a fact is quoted from who reports it."""
        if self.reports(note):
            return note
        for member in sorted(self.cluster_members.get(note.id, []), key=lambda n: (-n.score, n.id)):
            if member.id != note.id and member.id in self.readable_by_id and self.reports(member):
                return self.readable_by_id[member.id]
        return note

    def figures(self, spec: SectionSpec) -> list[Item]:
        """Key figures: each quantity once (merged across phrasings and sources, citing every
        source that gives it), only with a measure a reader understands, the latest value of
        a measure that a later source updates, most important first."""
        rows: list[Item] = []
        groups = self.shown_groups(spec, untold=True)
        # two moves of one measure ("rose 9.80 crowns to 58.30 crowns", days later "fell 2.10 crowns to 56.20
        # crowns"): the latest level is the measure's; the earlier is overtaken, no row
        levels: dict[int, tuple[tuple[str, str], str]] = {}
        for k, group in enumerate(groups):
            shown = group.shown()
            for note in group.notes:
                level = level_after_change(sentence_of(" ".join(note.quote.split()), shown.text), shown)
                if level is not None:
                    levels[k] = ((_level_measure(shown), unit_head(level.unit)), self.date(note))
                    break
        overtaken = {k for k, (measure, day) in levels.items() if measure[0] and any(
            other != k and m == measure and (d, other) > (day, k) for other, (m, d) in levels.items())}
        rival_groups: list[FigureGroup] | None = None
        for k, group in enumerate(groups):
            if k in overtaken:
                continue
            shown = group.shown()
            cited = group.first_per_source()
            backing = [note for note in cited if self.reports(note)]
            label = ""
            if not any(not self.commentary(note) for note in backing):
                # only comment (an opinion, an analyst's note) gives the value: a news report that states
                # it tells the fact (its own row or its printed statement, with the currency it writes);
                # else the row is the comment's, labelled as such
                if self.reported_elsewhere(shown, group):
                    continue
                label = self.label(cited[0]) if cited else ""
                if all(bound_given(n.quote, f) for f, n in zip(group.figures, group.notes, strict=True)):
                    continue  # a commentator's ceiling ("hold the operator to a cost of well under 14 billion
                    # pounds"): a demand, no level of the quantity; its statement tells it
            linked = self.row_evidence(group, backing or cited)

            def states(note: Note, value: float = shown.value, backing: list[Note] = backing) -> bool:
                """A note counts for the row when its quote gives the row's value itself: not an earlier
                value of the measure, not a forum post or an opinion piece."""
                return note in backing and any(same_value(f.value, value) for f in note.figures)

            # The row quotes a statement it cites: the group's first when cited, else a cited report
            # that gives the value, else the group's first, cited ahead of the rest within the limit.
            teller = group.notes[0] if group.notes[0] in linked else next(
                (n for n in linked if states(n)), group.notes[0])
            rhetoric = {n.id for f, n in zip(group.figures, group.notes, strict=True) if gerund_subject(n.quote, f)}
            if teller.id in rhetoric:
                # "Saving an airline with a 58% load factor is not ...": an argument's words, not the report of
                # the value; a statement that reports it tells the row
                teller = next((n for n in [*linked, *group.notes] if n.id not in rhetoric and states(n)), teller)
            if teller not in linked:
                linked = [teller, *linked][:self.profile.max_citations or MAX_CITES_PER_ITEM]
            # "rose 4 cents to 38 cents": the move's size is no value of the measure; the level the sentence
            # gives is, and the quote shows the move with it. A level another row shows leaves the row to it.
            level = level_after_change(sentence_of(" ".join(teller.quote.split()), shown.text), shown)
            if level is not None:
                if rival_groups is None:
                    rival_groups = self.shown_groups(spec)  # the rows before any is left to printed text
                if any(near(level, other.shown()) for other in rival_groups if other is not group):
                    continue
                shown = replace(shown, text=level.text, value=level.value, unit=level.unit, measures=_level_measure(shown))
            # the sources the row counts: those of its final evidence that state its value
            stating = {n.span.source for n in linked if states(n)}
            if any(vote_tally(sentence, f) for sentence, f in said_with(group)):
                continue  # one side of a vote's tally ("by 104 votes to 81"): the statement tells the vote
            if all(given_as_alternative(n.quote, f) for f, n in zip(group.figures, group.notes, strict=True)):
                continue  # "582 trains a day instead of 620": the base the value is set against, no level of its own
            # an argument's words are never the row's: a report's clause, or its whole statement, tells it
            plain = [n for n in linked if n.id not in rhetoric]
            words = group.words_in(plain if rhetoric and plain else linked)
            if words is None and len([w for w in shown.measures.split() if w not in _STANCE_WORDS]) == 1:
                # the figure's clause points back ("He was released on bail of 300,000 euros") and its measure
                # is a bare noun ("bail", "increases forecast"): whose, or of what, only the statement says, so
                # the row quotes it
                words = statement(teller)
            # a paraphrase the analyst wrote stands for the quote: the row shows it, not the quote's words
            words = "" if teller.text else words or ""
            if label:
                words = comment_words(words)
            counts = counted_measure(shown, words, self.same_value_words(shown) if BARE.fullmatch(shown.text.strip()) else ())
            if counts is None:
                continue  # a bare number whose measure no words confirm: a reader cannot use it
            told = words or ("" if teller.text else statement(teller))  # a comment's row shows its whole statement
            if (not counts or verb_label(counts)) and told and not told.startswith("…"):
                # "60 million euros" alone, or "3.9% (lifts)", says nothing: the measure its words make it the
                # amount of ("offered 60 million euros of support", "lifts the operating margin to 3.9%") labels it
                counts = complement_measure(told, shown) or counts
            scoped = scope_label(counts, told, shown) if told else None
            if scoped is not None:
                counts = scoped  # "the lowest utilisation in the group at 47%": utilisation's value, not the group's
            if told and (not counts or verb_label(counts)):
                # a price is its security's ("shares in Carrow Restaurants"), a percentage its "of" phrase's
                counts = holder_label(told, shown) or counts
            if not counts and told and price_of(told, shown) and not self.security_told(teller, shown):
                continue  # "4.05 euros" (whose stock?): a price whose clause names no security is no row, unless
                # its "the shares" refers back to the one security its sentence or the one before names
            # the period as a reader can place it: "third quarter", "last week" counted from the
            # day of the source that gives the value (`placed_period`)
            giver = next((n for f, n in zip(group.figures, group.notes, strict=True) if f.period == shown.period), group.notes[0])
            shown = replace(shown, period=placed_period(shown.period, self.date(giver)))
            moved = self.moved_period(shown, giver)
            if moved is not None:  # a later report moved the value's date: the row gives the new one, and cites it
                mover, period = moved
                shown = replace(shown, period=f"{period} (earlier {shown.period})")
                if mover not in linked:
                    cap = self.profile.max_citations or MAX_CITES_PER_ITEM
                    linked = [*linked[:cap - 1], mover]
            numbers = tuple(sorted({self.cite(note) for note in linked}))  # cited once the row is shown
            rows.append(Item(text=statement(teller), citations=numbers, note_id=teller.id,
                             kind=teller.kind, support=len({n.span.source for n in linked} & stating) or 1,
                             label="Analyst's summary" if teller.text else label,
                             figure=shown, words=words, counts=counts,
                             earlier=group.earlier(self.quantities)))
        return rows

    def security_told(self, note: Note, figure: Figure) -> str:
        """The security a price *note* gives refers back to, named in its source's sentence or the sentence
        before it (`security_told_before`), or ""."""
        doc = self.docs.get(note.span.source)
        if doc is None:
            return ""
        for i in range(max(0, _sentence_index(note, doc)), len(doc.sentences)):
            sentence = doc.sentences[i]
            if sentence.start >= note.span.end:
                break
            if sentence.end <= note.span.start:
                continue
            said = reads(doc, sentence.start, sentence.end)
            if figure.text in said:
                previous = reads(doc, doc.sentences[i - 1].start, doc.sentences[i - 1].end) if i else ""
                return security_told_before(said, previous, figure)
        return ""

    def reported_elsewhere(self, figure: Figure, group: FigureGroup) -> bool:
        """Whether a news report (not comment, not analysis) outside *group* gives *figure*'s value in a unit of its
        kind (`same_value_any_currency`: "NZ$8.40 per kilogram" for a column's "$8.40"), among all
        the notes: a report a later one overtook counts (the column's value is then overtaken too)."""
        members = {n.id for n in group.notes}
        return any(self.reports(n) and not self.commentary(n) and n.id not in members and any(same_value_any_currency(figure, f) for f in n.figures)
                   for n in self.noteset.notes)

    def shown_groups(self, spec: SectionSpec, *, untold: bool = False) -> list[FigureGroup]:
        """The quantities the Key figures rows show: `figure_groups` within the section's
        rows, a change ("rise in shares" 8.3%) left out when a sentence gives it with the level
        another row shows ("rose 8.3% to 301 pence"): one fact, one row. *untold* (the rows as
        printed, once the text is chosen): a quantity a printed statement already gives is left to
        that statement (`told_by_text`), and the next quantity takes its row."""
        # a figure whose clause points back ("It expects 7% to 8%") keeps its label (`figures`):
        # dropping its row cost rows readers need (a latest value, a forecast)
        # a figure no instance of which measures the story is no row, and the next quantity takes
        # its place: "cut about 90 seconds later" (when a moment fell), "from about 8% ... to 12%"
        # (a move's base), "the two launches moved were worth ..." (a set the clause is about)
        ranked = [g for g in self.figure_groups()
                  if not all(time_offset(n.quote, f) or move_base(n.quote, f) or known_set(n.quote, f)
                             or other_event(n.quote, f, self.date(n)) or gerund_subject(n.quote, f)
                             for f, n in zip(g.figures, g.notes, strict=True))
                  # a commenter's own number ("I still have about $31k stuck"): no measure of the story
                  and not all(self.forum(n) for n in g.notes)
                  # a value its own clause denies ("no evidence yet for a loss of £70m"): no level of anything
                  and not all(rejected(n.quote, f) for f, n in zip(g.figures, g.notes, strict=True))]
        if untold:
            # one row per headline value: "2 percent a year" and "a 2 percent annual cap" are one
            kept: list[FigureGroup] = []
            for group in ranked:
                heads = self.headline_values(self.ancestry(group))
                if heads and any(heads & self.headline_values(self.ancestry(other)) for other in kept):
                    continue
                # each fact once: a value a printed statement gives is told there, headline value or not;
                # its row would only say it again, unless it gives the history the statement does not
                # ("up from 214 pence": `told_by_text`)
                if not self.told_by_text(group):
                    kept.append(group)
            ranked = kept
        levels = [g for g in ranked if not is_change(g.shown())][:spec.max_items]
        # A level a later value replaced is shown as that row's earlier value ("up from 212p"):
        # the change that took it there ("fell 14% to 212p") is told by that row too.
        levels += [g for g in self.quantities if g.replaced_by is not None and not is_change(g.shown())
                   and any(g.latest() is level for level in levels)]
        chosen: list[FigureGroup] = []
        for group in ranked:
            if len(chosen) >= spec.max_items:
                break
            if is_change(group.shown()):
                ids = {n.id for n in group.notes}
                moved = _level_measure(group.shown())
                # only the level of what moved: "sales to Asia grew 21% and now make up 38% of
                # revenue" gives two facts, a rise in sales and a share of revenue
                if any(ids & {n.id for n in level.notes} and measure_stems(replace(level.shown(), measures=moved))
                       & measure_stems(level.shown()) and not level.shown().measures.startswith(PREFIXES_OF_FORM)
                       for level in levels):
                    continue
            if all(circumstance(note.quote, figure.text) for note, figure in zip(group.notes, group.figures, strict=True)):
                continue  # "with 97.2 percent of polling stations reporting": how far a count had got
            if all(unseen_comparison(note.quote) for note in group.notes):
                continue  # "put the income loss slightly lower, at 160 million euros": lower than what the row cannot say
            if _undated_move(group):
                continue  # "Meridian shares fell 3.1 percent in Lisbon trading": a move over days the row cannot say
            if any(self.one_clause(group, other) for other in chosen):
                continue  # "fell 3.8 percent … to 118.6": one clause, one row; its quote shows the other
            if any(self.one_value(group, other) for other in chosen):
                continue  # "20,000 crowns (maximum fine)" and "20,000 crowns (fines)": one value, one row
            chosen.append(group)
        return chosen

    @staticmethod
    def one_value(group: FigureGroup, other: FigureGroup) -> bool:
        """Whether *group*'s row would show the value *other*'s row shows, in the same unit, of a
        measure sharing a word with *other*'s: two sources' words for one figure ("maximum higher
        fine" and "fines forecast", both 20,000 crowns). A value two measures share ("20,000
        crowns" of a fine and of a grant) is two rows."""
        shown, kept = group.shown(), other.shown()
        return (same_value(shown.value, kept.value) and shown.unit == kept.unit
                and bool(measure_stems(shown) & measure_stems(kept)))

    @staticmethod
    def one_clause(group: FigureGroup, other: FigureGroup) -> bool:
        """Whether *group*'s row would quote the clause *other*'s row quotes: the same words, or
        *other*'s words, from a note both give, already show *group*'s figure."""
        words, others = group.own_words or "", other.own_words or ""
        if not words or not others:
            return False
        shared = {n.id for n in group.notes} & {n.id for n in other.notes}
        if words != others and not (shared and re.search(r"(?<![\d.,])" + re.escape(group.shown().text), others)):
            return False
        # two clauses joined ("Japan pledged $300 million and Britain $180 million", "1,900 were
        # injured and 38 remain missing"): two facts, two rows
        for note in group.notes:
            quote = " ".join(note.quote.split())
            a, b = quote.find(group.shown().text), quote.find(other.shown().text)
            if a >= 0 and b >= 0 and re.search(r"\b(?:and|but|or|while|whereas)\b|;", quote[min(a, b):max(a, b)]):
                return False
        return True

    @functools.cached_property
    def row_figures(self) -> tuple[Figure, ...]:
        """The figures the brief's Key figures rows show (none without such a section)."""
        spec = next((s for s in self.profile.sections if s.style == "figures" and s.max_items), None)
        return tuple(group.shown() for group in self.shown_groups(spec)) if spec else ()

    @functools.cached_property
    def row_notes(self) -> frozenset[str]:
        """The notes whose statement a Key figures row stands for (the first of each row's quantity)."""
        spec = next((s for s in self.profile.sections if s.style == "figures" and s.max_items), None)
        return frozenset(group.notes[0].id for group in self.shown_groups(spec)) if spec else frozenset()

    # -- what the brief has told: each fact once ---------------------------
    # Statements are chosen first (the opening section, then the others), Key figures last
    # (`fill_order`); so one rule decides where a fact is told:
    # - a statement that only retells figures the brief already gives is not printed
    #   (`told_figures`): those of Key figures rows, of printed statements, or, from its own
    #   source, of a statement printed before (a report's lead and the quote that says it again);
    # - a Key figures row whose value a printed statement of reported fact gives is left to that
    #   statement (`gives`), which says whose figure it is and what happened, unless the row
    #   also says what the value was before (`told_by_text`); the row goes to
    #   the next quantity, and the first such statement cites the row's other sources (`with_rows`), so the
    #   source count the row had is kept;
    # - a side of a dispute the brief already stated is referred to by number (`stated`).
    def gives(self, note: Note, group: FigureGroup) -> bool:
        """Whether the printed *note*, reported fact (not an opinion, not a forum post), gives the
        quantity's shown value: a note of the quantity's own, one whose figure is the same quantity
        (`same_quantity`), one whose figure names no measure but has the value and unit ("is still
        demanding 9 percent"), one of a source that gives the quantity with the value in the same
        unit (a rate or not), or one printed with the quantity's sentence before it (a pair)."""
        if not self.reports(note):
            return False
        shown = group.shown()
        readable = self.readable_by_id.get(note.id, note)
        if note.id in self.paired and any(member.quote in readable.quote for member in group.notes):
            return True
        members = {member.id for member in group.notes}
        own_source = note.span.source in group.sources  # "below 4% a year" in the lead, "under 4%" in the quote
        return any(near(f, shown) and (unit_class(f) == unit_class(shown) and (
            note.id in members or same_quantity(f, shown) or not f.measures and f.unit == shown.unit)
            or own_source and f.unit and unit_head(f.unit) == unit_head(shown.unit)
            or same_value(f.value, shown.value) and kin_measures(f, said(readable), shown)) for f in readable.figures)

    def told_by_text(self, group: FigureGroup) -> bool:
        """Whether a printed statement tells all the row would (`gives`): the reader has the value from
        that statement, and a row giving it again is the same fact twice. A row that says what the value
        was before ("up from A$2.40") tells a change no statement gives, and stays, unless the statement
        gives those earlier values too (`gives_history`: "raised its estimate ... to 2.4 billion crowns,
        from the 1.9 billion crowns it gave on Monday")."""
        return bool(self.tellers(group))

    def tellers(self, group: FigureGroup) -> frozenset[str]:
        """The printed statements that tell all *group*'s row would (`told_by_text`)."""
        earlier = group.earlier(self.quantities)
        return frozenset(note.id for note in self.noteset.notes if note.id in self.printed
                         and self.gives(note, group) and self.gives_history(note, earlier))

    def gives_history(self, note: Note, earlier: Sequence[EarlierFigure]) -> bool:
        """Whether the printed *note* gives every value of *earlier* (a row's "up from ..."): each
        as a figure of its own sentences, the same value in the same unit ("the figure of 14" for
        "up from 14 passengers": a bare number is the count the sentence revises)."""
        if not earlier:
            return True
        readable = self.readable_by_id.get(note.id, note)
        figures = find_figures(" ".join(readable.quote.split()))
        for mark in earlier:
            written = find_figures(mark.text)
            unit = written[0].unit if written else ""
            if not any(near_value(f.value, mark.value) and (not f.unit or not unit or unit_head(f.unit) == unit_head(unit))
                       for f in figures):
                return False
        return True

    def row_sources(self, spec: SectionSpec) -> list[tuple[frozenset[str], list[Note]]]:
        """Per Key figures row left to the text (`told_by_text`): the printed statements that give
        its value, and the notes of reported fact that give it (they back that figure)."""
        taken: list[tuple[frozenset[str], list[Note]]] = []
        for group in self.shown_groups(spec):
            # `told_by_text`, keeping the statements that tell it rather than asking twice.
            tellers = self.tellers(group)
            if not tellers:
                continue
            shown = group.shown()
            taken.append((tellers, [note for note in group.first_per_source() if self.reports(note) and any(
                same_value(f.value, shown.value) for f in note.figures)]))
        return taken

    def with_rows(self, sections: list[Section], taken: list[tuple[frozenset[str], list[Note]]]) -> list[Section]:
        """*sections* (in print order) with the first statement that gives each row left to the text
        citing the row's sources it did not cite yet (within the profile's citations per
        statement), its source count raised by them: the count the row had stays in the brief."""
        limit = self.profile.max_citations or MAX_CITES_PER_ITEM
        owed: dict[str, list[Note]] = {}
        order = [side.note_id for section in sections if section.style != "figures" for item in section.items
                 for side in (item, item.other) if side is not None and not side.see]
        for tellers, notes in taken:
            first = next((note_id for note_id in order if note_id in tellers), None)
            if first is not None:
                owed.setdefault(first, []).extend(notes)

        def fold(item: Item) -> Item:
            if item.see or item.note_id not in owed:
                return item
            numbers = list(item.citations)
            sources = {self.citations[n - 1].source_id for n in numbers}
            added = 0
            told = self.by_id.get(item.note_id)
            for note in owed.pop(item.note_id):
                # giving the row's value is not stating the statement's fact ("Croatia's government
                # approved a 380 million euro loan" for "The European Commission approved" it)
                if told is not None and not self.states_event(told, note):
                    continue
                if note.span.source not in sources and len(numbers) < limit:
                    numbers.append(self.cite(note))
                    sources.add(note.span.source)
                    added += 1
            return replace(item, citations=tuple(numbers), support=item.support + added) if added else item

        return [section if section.style == "figures" else replace(section, items=tuple(
            replace(fold(item), other=fold(item.other) if item.other is not None else None)
            for item in section.items)) for section in sections]

    def told_figures(self, note: Note) -> bool:
        """Whether the note's statement only retells figures the brief already shows: each of its
        figures a Key figures row's quantity or a figure of a printed statement, and at most
        FIGURE_NEWS_WORDS of its content words in none of those rows and statements ("Shares rose
        8.3% to 301 pence in early trading." beside "sending its shares up 8.3%" and the row "301 pence");
        or each of its figures (with a unit: not a bare count) a statement printed from its own source
        gives: a report says its news in its lead and again in the quote that follows (`same_report`)."""
        figures = [f for f in note.figures if f.value > 0]
        if not figures:
            return False
        if self.same_report(note, figures):
            return True
        known: set[str] = set()
        printed = [n for n in self.noteset.notes if n.id in self.used and n.id != note.id]
        for figure in figures:
            rows = [row for row in self.row_figures if same_quantity(figure, row)]
            told = [n for n in printed if any(near(figure, f) and unit_class(figure) == unit_class(f)
                                              for f in n.figures)]
            if not rows and not told:
                return False
            for row in rows:
                known |= _stems(f"{row.measures} {row.text} {row.unit}")
            for other in told:
                known |= _stems(said(other))
        return len(_stems(said(note)) - known) <= FIGURE_NEWS_WORDS

    def same_report(self, note: Note, figures: list[Figure]) -> bool:
        """Whether a statement printed from the note's own source gives each of its figures (each
        with a unit; a rate or not: "4% a year" and "4%"): "X will not support any offer below $2.80" in a report's lead and its
        investor quoted saying "We will vote against any scheme below $2.80" further down are one fact."""
        if not all(f.unit for f in figures):
            return False
        own = [self.readable_by_id.get(n.id, n) for n in self.noteset.notes
               if n.id in self.printed and n.id != note.id and n.span.source == note.span.source]
        return bool(own) and all(any(near(figure, f) and unit_head(figure.unit) == unit_head(f.unit)
                                     for other in own for f in other.figures) for figure in figures)

    def same_value_words(self, shown: Figure) -> tuple[str, ...]:
        """What reported statements say beside the value *shown* gives (a row's bare "126"): each
        figure of the same value that names its unit ("126 leisure centres"), or, bare itself, its
        own clause. Every source counts, not only the row's group: a figure with no measure of
        its own ("must sell 126 leisure centres") joins no group, yet states what 126 counts."""
        words: list[str] = []
        for note in self.readable_by_id.values():
            if not self.reports(note):
                continue
            for f in note.figures:
                if not same_value(f.value, shown.value) or shown.unit and f.unit != shown.unit:
                    continue
                if not BARE.fullmatch(f.text.strip()):
                    words.append(f.text)
                elif found := own_words(note.quote, f.text):
                    words.append(found)
        return tuple(words)

    def row_evidence(self, group: FigureGroup, notes: list[Note]) -> list[Note]:
        """The statements a Key figures row cites, within the profile's citations per statement
        (its source count is of these, as a bullet's is): of each source, the one the text prints
        if any (its evidence is already in the brief), those sources first, then nearest the lead."""
        printed = {n.span.source: n for n in group.notes if n.id in self.printed and self.reports(n)}
        chosen = [printed.get(note.span.source, note) for note in notes]
        chosen.sort(key=lambda note: note.id not in self.printed)  # stable: lead order otherwise
        return chosen[:self.profile.max_citations or MAX_CITES_PER_ITEM]

    def position(self, note: Note) -> int:
        """How many sentences of its source come before the note's own sentence (0: the lead; the
        sentence a paired note leans on is not where its figures and news are)."""
        doc = self.docs.get(note.span.source)
        if doc is None:
            return 0
        start = self.own_start.get(note.id, note.span.start)
        return bisect.bisect_right([s.start for s in doc.sentences], start) - 1

    def sentences_of(self, doc: SourceDoc) -> list[str]:
        """*doc*'s sentences, each with its whitespace collapsed (read once per build: `SourceReadings.texts`)."""
        return self.shared.texts(doc)

    def righted(self, note: Note) -> tuple[Figure, ...]:
        """The note's figures, a value a correction notice gives as right taking the measure (and,
        when bare, the unit) of the value it says an earlier version of the text gave: "An earlier
        version of this article said the project had cost 2.4 billion crowns. The correct figure
        ... is 2.1 billion crowns" (the notice's sentence, or the one before the value's)."""
        doc = self.docs.get(note.span.source)
        if doc is None or not note.figures:
            return note.figures
        quote = " ".join(note.quote.split())
        out = []
        for figure in note.figures:
            said = " ".join(sentence_of(quote, figure.text).split())
            new = [r for r in revised_values(said) if near(r, figure)]
            texts = self.sentences_of(doc) if new else []
            index = next((i for i, t in enumerate(texts) if said and said in t), -1)
            wrong: list[Figure] = []
            if new and index >= 0:
                for notice in (texts[index], texts[index - 1] if index > 0 else ""):
                    if correction_notice(notice):
                        marks = earlier_values(notice)
                        wrong = [f for f in find_figures(notice) if f.measures and any(
                            near(f, m) and unit_class(f) == unit_class(m) for m in marks)
                            and (unit_class(f) == unit_class(figure) or not figure.unit)]
                        if wrong:
                            break
            if len(wrong) == 1 and not near(wrong[0], figure):
                figure = replace(figure, measures=wrong[0].measures, unit=figure.unit or wrong[0].unit)
            out.append(figure)
        return tuple(out)

    def figure_notes(self) -> list[Note]:
        """The notes whose figures make up the story's quantities: every readable note, and a note an
        audience brief cannot show on its own ("The programme has also been revised: the facility
        will rise to $3.4 billion from $3.2 billion", whose subject only its source names) as its
        source wrote it. Such a note still tells the measure's later value: left out, the earlier
        value would stand as current (a Key figures row quotes the figure's own clause)."""
        readable = {n.id for n in self.readable}
        return [*self.readable, *(n for n in self.noteset.notes if n.id not in readable)]

    @property
    def lower_words(self) -> frozenset[str]:
        """Every word the sources write in lower case: a capitalised word among them is no name."""
        return self.shared.lower_words

    @property
    def story_names(self) -> frozenset[str]:
        """The story's own names: those of the title and subject, those two sources or more write, and those
        of a source's headline and opening sentences (what a report is about, though it is the only one to say so);
        worked out once per build."""
        if self.story not in self.shared.story_names:
            self.shared.story_names[self.story] = self.names_of_story()
        return self.shared.story_names[self.story]

    def names_of_story(self) -> frozenset[str]:
        """`story_names`, worked out."""
        seen: dict[str, int] = {}
        own: set[str] = set(names_of(self.story, self.lower_words))
        for doc in self.docs.values():
            told = self.sentences_of(doc)
            for name in set(names_of(" ".join(told), self.lower_words)):
                seen[name] = seen.get(name, 0) + 1
            own.update(names_of(" ".join([doc.meta.title, *told[:3]]), self.lower_words))  # the headline and lede
        return frozenset(n for n, count in seen.items() if count > 1) | frozenset(own)

    def figure_quantities(self) -> list[FigureGroup]:
        """Every figure with a measure, one group per quantity, each marked with the group of a
        later or corrected value of the same measure that replaces it."""
        # a forum post is no key figure (a commenter's number, often a garbled repeat of a report), nor is a
        # figure of another place or party set beside the story for comparison (`elsewhere`)
        entries = sorted(((figure, note) for note in self.figure_notes() if not self.forum(note)
                          and note.id not in self.restated_ids
                          for figure in self.righted(note) if figure.measures and figure.value > 0
                          and not conditional(note.quote, figure.text) and not named_earlier(figure)
                          and not wrong_before(note.quote, figure)
                          and not elsewhere(note.quote, figure, self.story_names, self.lower_words)
                          and not probability(note.quote, figure)),
                         key=lambda pair: (self.date(pair[1]), self.position(pair[1]), pair[1].id))
        groups: list[FigureGroup] = []
        cluster_of = {note_id: i for i, c in enumerate(self.noteset.clusters) for note_id in c.notes}
        for figure, note in entries:
            home = next((g for g in groups if any(
                (same_quantity(figure, f) or same_amount(figure, f) or (f.value == figure.value and unit_class(f) == unit_class(figure)
                                                                       and stance(f) == stance(figure) and (
                    n.span.source == note.span.source or cluster_of.get(n.id, -1) == cluster_of.get(note.id, -2))))
                and not other_basis(note.quote, n.quote)  # 4.1 percent of worldwide / of relevant turnover
                for f, n in zip(g.figures, g.notes, strict=True))), None)
            if home is None:
                home = FigureGroup()
                groups.append(home)
            home.add(figure, note, self.date(note), self.position(note), self.estimated(note))
        # A value first given by a later source updates the same measure held by the same for the
        # same period ("the death toll rose to 618"): the earlier value goes. An undated source's
        # value yields to a dated one (only the dated one has a place in the story's sequence).
        # A change is a move over its own days ("fell 6% on Tuesday", "fell 3% after the
        # presentation"): another change is never its later value, only a correction of it is.
        contrasted = {id(group) for group in groups if any(set_against(n.quote, f, n.figures)
                                                          for f, n in zip(group.figures, group.notes, strict=True))}
        # a value compared with a named other's ("above the company's 9 million pounds") is its holder's view:
        # neither it nor the other's values are one another's history
        views = {id(group) for group in groups if any(compared_with_others(n.quote, f, n.figures)
                                                     for f, n in zip(group.figures, group.notes, strict=True))}
        bounds = {id(group) for group in groups if all(bound_given(n.quote, f)
                                                      for f, n in zip(group.figures, group.notes, strict=True))}
        # a goal, requirement or limit set for a measure ("no more than 2 percent cancellations") is
        # no level of it: never the earlier value of what is measured against it, nor a later one
        bounds |= {id(group) for group in groups if any(goal_given(sentence, f) for sentence, f in said_with(group))}
        for group in groups:
            shown = group.shown()
            if id(group) in contrasted:
                continue  # "50.4 percent against 49.6 percent for Vasko": whose share is whose, the measure does not say
            if id(group) in bounds:
                continue  # "revenue of less than £200 million": a bound, no level a later value replaces
            later = [other for other in groups if other is not group and id(other) not in contrasted
                     and id(other) not in bounds and (id(other) in views) == (id(group) in views)
                     and other.earliest > group.earliest and (comparable(shown, other.shown()) or multiplied_from(group, other))
                     and not (is_change(shown) and is_change(other.shown()))
                     and self.difference(group) == self.difference(other)
                     and same_holder(shown, other.shown())
                     and (not other_measures(group.measure_key, other.measure_key)
                          or multiplied_from(group, other))
                     and not self.two_subjects(group, other)
                     and self.increment(group) == self.increment(other)
                     and not other_holders(self.value_holders(group), self.value_holders(other),
                                           self.texts_of(group) + self.texts_of(other))
                     and (shown.period == other.shown().period or not (shown.period and other.shown().period))
                     and other.shown().value != shown.value
                     # "60 vessels took fuel" is no earlier count of "damage on 34 vessels that took fuel"
                     and not other_roles(said_with(group), said_with(other))]
            # a percentage told over other terms (`other_terms`: "4% from January 2027" and "12% over three
            # years") is another measure: no earlier value of it; when both are one party's offer, the
            # earlier one describes the offer the later revised, told before it: retired, not shown as current
            revising = [other for other in later if self.other_terms(group, other)]
            later = [other for other in later if other not in revising]
            if not later and not group.retired and stance(shown) in PROPOSALS and any(
                    stance(other.shown()) == stance(shown) and all(day and day < other.earliest for day, _ in group.days)
                    for other in revising):
                group.retired = True
            if later:
                # the next value of the measure told in the same words before one told more closely
                # ("forecast" 71.5 million bags is next "forecast at 68.3 million", not the arabica
                # crop forecast its source gives beside it)
                group.replaced_by = min(later, key=lambda g: (g.measure_key != group.measure_key, g.earliest))
                group.corrected = any(corrects_value(sentence, shown.value) for sentence, _ in said_with(group.replaced_by))
                group.undated = not group.earliest
        # A value a source itself calls earlier ("up from 305,000", "the earlier figure of 86 million",
        # "corrected from 412 million") is replaced too, whatever measure words it came with.
        # Sentence by sentence: of a statement quoted with the sentence before it, a correction in one
        # says nothing of the other's figures.
        # Hard-wrapped copy ("3.4 billion\ncrowns a year") read with its line breaks as spaces, as
        # the figures were read.
        pieces = [(n, " ".join(said.split())) for n in self.figure_notes() if n.figures
                  and not self.forum(n) for said in SENTENCE_END.split(n.quote)]
        for note, said in pieces:
            self.linked_earlier(note, said, groups)
        for note, said in pieces:
            marks = earlier_values(said)
            # another's earlier figure the value is set above or below: overtaken, never named (`aside`)
            others = others_earlier_values(said)
            revised = revised_values(said)
            if not marks and not revised and not others:
                continue
            day = self.date(note)
            corrected = corrects(said)
            homes = [g for g in groups if any(n is note and f.text in said for f, n in zip(g.figures, g.notes,
                                                                                        strict=True))]
            for mark in marks + others:
                aside = any(mark is other for other in others)
                # an earlier value is the earlier value of the figure it is set against: of the
                # sentence's figures of its unit, the nearest before it ("raised its forecast ... to
                # 4.9 percent from 3.8 percent and ... its 2.5 percent target": 4.9's, never the
                # target's, which comes after it)
                # (never the whole of a part, "41 of the 112 wells ..., up from 38": 38 was the part's count)
                owner = min((g for g in homes if unit_class(g.shown()) == unit_class(mark)
                             and not near(g.shown(), mark) and distance_before(said, g, note, mark) <= len(said)
                             and not any(n is note and whole_of_part(said, f) for f, n in zip(g.figures, g.notes,
                                                                                             strict=True))),
                            key=lambda g: distance_before(said, g, note, mark), default=None)
                # a bare earlier value takes the unit of the one figure of its sentence it is set
                # against ("raised their price target to 210 crowns from 165": 165 crowns)
                # (a move the sentence tells, "to X from Y"; not "X, not Y", another view of the value)
                bare = [g for g in homes if not mark.unit and g.shown().unit and not near(g.shown(), mark)
                        and (re.search(r"\bto\s+" + re.escape(g.shown().text) + r"\s+from\s+" + re.escape(mark.text)
                                       + r"(?![\d,.]*\d)", said)
                             # "traded at 158 per euro on Thursday, up from a low of 168": the move's start
                             or re.search(re.escape(g.shown().text) + r"[^.;\d]{0,40}?,?\s+(?:up|down)\s+from\s+"
                                          r"(?:(?:a|an|the|its|their)\s+(?:[a-z]+\s+){1,2}of\s+)?"
                                          + re.escape(mark.text) + r"(?![\d,.]*\d)", said))]
                if owner is None and len(bare) == 1:
                    owner = bare[0]
                    mark = replace(mark, unit=owner.shown().unit)
                for group in groups:
                    figure = group.shown()
                    if group is owner or group.replaced_by is not None or not near(figure, mark) \
                            or not same_unit(figure, mark) or (day and group.earliest > day):
                        continue
                    if owner is None:
                        owner = next((g for g in groups if g is not group and g.replaced_by is None
                                      and (id(g) in views) == (id(group) in views)
                                      and not other_holders(self.value_holders(group), self.value_holders(g),
                                                         self.texts_of(group) + self.texts_of(g))
                                      and comparable(figure, g.shown()) and g.earliest >= group.earliest
                                      and not other_measures(group.measure_key, g.measure_key)
                                      and self.increment(group) == self.increment(g)
                                      and not self.two_subjects(group, g)), None)
                    if owner is None:  # the value it gives instead ("to 56,500, saying an earlier figure of 61,000")
                        owner = self.revision(note, revised or given_instead(note, said, marks + others), group, groups)
                    if owner is not None:
                        group.replaced_by, group.corrected = owner, group.corrected or (corrected and not aside)
                        group.undated, group.aside = False, aside
                        if owner.replaced_by is group:
                            owner.replaced_by = None  # what a source calls earlier is, whatever the dates
                # "falls to 2.3 percent of GDP by 2035, not 1.8 percent": a value the sentence sets its own
                # against is another's view, not the quantity's earlier value (a correction aside)
                disputed = not corrected and _SET_AGAINST.search(said[:max(said.find(mark.text), 0)]) is not None
                if owner is not None and not disputed and not aside and not any(near(g.shown(), mark) for g in groups
                                                                  if unit_class(g.shown()) == unit_class(mark)):
                    owner.marked.append(EarlierFigure(text=mark.text, value=mark.value, corrected=corrected))
            # "lowered its estimate of the daily cost to €31,000 a day": the value it revises is the
            # latest earlier one of its unit whose measure the sentence names.
            words = _stems(said)
            for new in revised:
                if any(unit_class(g.shown()) == unit_class(new) for g in homes) or any(
                        unit_class(m) == unit_class(new) for m in marks):
                    continue
                earlier = [g for g in groups if g.replaced_by is None and unit_class(g.shown()) == unit_class(new)
                           and not near(g.shown(), new) and (not day or g.earliest < day)
                           and g.sources - {note.span.source} and measure_stems(g.shown()) & words]
                if earlier:
                    group = max(earlier, key=lambda g: (g.earliest, min(g.positions)))
                    owner = self.revision(note, (new,), group, groups)
                    if owner is not None:
                        group.replaced_by, group.corrected, group.undated = owner, corrected, False
        for note, said in pieces:
            self.by_difference(note, said, groups)
        self.updated_in_words(groups)
        self.updated_by_later_reports(groups)
        for group in groups:
            group.retired = group.retired or any(self.turned_down(note, figure) for figure, note in zip(
                group.figures, group.notes, strict=True))
        for group in groups:
            group.told_before = all(any(near(f, mark) for mark in earlier_values(sentence)) for sentence, f in said_with(group))
        retire_revised_proposals(groups, self.date)
        retire_relative_to_overtaken(groups, self.date)
        refer_to_overtaken(groups)
        # Two holders' values set against each other under one measure are no row of their own: the
        # row could not say whose value it is (their statement still tells both).
        return [group for group in groups if id(group) not in contrasted]

    def texts_of(self, group: FigureGroup) -> list[str]:
        """The whole texts of the sources that give *group*'s figures."""
        return [self.docs[source].text for source in sorted(group.sources) if source in self.docs]

    def other_terms(self, group: FigureGroup, other: FigureGroup) -> bool:
        """Whether two percentages are two measures by their clauses' terms (`keyfigures.other_terms`):
        "12% over three years" is no later value of "4% from January 2027", nor the share of members
        who "backed industrial action" of the share who "voted against the merger"."""
        if unit_class(group.shown()) not in ("%", "pp") or unit_class(other.shown()) not in ("%", "pp"):
            return False
        (spans, predicates), (other_spans, other_predicates) = self.terms_of(group), self.terms_of(other)
        return other_terms(spans, other_spans, predicates, other_predicates)

    def terms_of(self, group: FigureGroup) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
        """The stretches of time (`rate_span`) and share predicates (`share_predicate`) of a group's sentences."""
        spans: set[str] = set()
        predicates: list[frozenset[str]] = []
        for figure, note in zip(group.figures, group.notes, strict=True):
            said = " ".join(sentence_of(" ".join(note.quote.split()), figure.text).split())
            if span := rate_span(said, figure):
                spans.add(span)
            if told := share_predicate(said, figure):
                predicates.append(told)
        return frozenset(spans), tuple(predicates)

    def value_holders(self, group: FigureGroup) -> list[str]:
        """Who gives each of the group's values as theirs (`estimates.held_value`: "The finance
        ministry forecast ...", "the think tank said ... will reach"; a source's own voice is its
        writer's only in an opinion or an analysis, never a reporter's); "" where no one is named."""
        found: list[str] = []
        for figure, note in zip(group.figures, group.notes, strict=True):
            doc = self.docs.get(note.span.source)
            held = held_value(" ".join(sentence_of(" ".join(note.quote.split()), figure.text).split()), [figure],
                              own_voice_of(doc.meta) if doc is not None else "")
            said = " ".join(sentence_of(" ".join(note.quote.split()), figure.text).split())
            found.append(held.holder if held is not None and held.figure.text == figure.text
                         else (relative_holder(said, figure) or said_by(said, figure)) if held is None else "")
        return found

    def difference(self, group: FigureGroup) -> bool:
        """Whether the group's values are told as differences between two levels (`keyfigures.is_difference`:
        "85 fewer people were hurt"): a difference and a level are two quantities, never one value and
        its earlier report."""
        return any(is_difference(f, sentence_of(" ".join(n.quote.split()), " ".join(f.text.split())))
                   for f, n in zip(group.figures, group.notes, strict=True))

    def increment(self, group: FigureGroup) -> bool:
        """Whether the group's values are told as amounts added to another (`keyfigures.incremental`:
        "a further £1.1 million a year"): an increment and a total are two quantities, never one
        value and its revision."""
        return any(incremental(sentence_of(" ".join(n.quote.split()), " ".join(f.text.split())), f)
                   for f, n in zip(group.figures, group.notes, strict=True))

    def two_subjects(self, group: FigureGroup, other: FigureGroup) -> bool:
        """Whether two groups count for two places or bodies (`keyfigures.other_subjects`)."""
        return other_subjects(group.subjects, other.subjects, self.texts_of(group), self.texts_of(other))

    def turned_down(self, note: Note, figure: Figure) -> bool:
        """Whether the note's sentence giving *figure* ties it to something rejected, withdrawn or
        replaced (`supersede.turned_down`), read with the source's sentence before it."""
        doc = self.docs.get(note.span.source)
        quote = " ".join(note.quote.split())
        said = " ".join(sentence_of(quote, figure.text).split())
        if doc is None:
            return turned_down(said, figure)
        sentences = self.sentences_of(doc)
        first = bisect.bisect_right([x.start for x in doc.sentences], note.span.start) - 1
        index = next((i for i in range(max(first, 0), len(sentences)) if doc.sentences[i].start < note.span.end
                      and figure.text in sentences[i]), -1)
        before = sentences[index - 1] if index > 0 else ""
        return turned_down(said, figure, before)

    def updated_by_later_reports(self, groups: list[FigureGroup]) -> None:
        """Let the latest report of a measure be its current value even when no note quotes it:
        extraction keeps about two in five sentences, and "The official death toll rose to 23"
        may be one it left. A quantity whose latest value comes from a source placed before
        another news source's sentence giving a comparable figure of another value (same form,
        holder and period; `comparable`), told as a change or the state reached
        (`supersede.tells_state`), is replaced by the latest such sentence, quoted as it
        stands (a statement of its own for the Key figures row; verbatim, like any note)."""
        from briefgen.notes.extract import note_id
        from briefgen.notes.verify import span_for

        quoted = {(n.span.source, n.span.start) for n in self.noteset.notes}
        # a group's latest day is a note's `date`, "" (before any day) when undated
        firsts = earliest_days((n for g in groups for n in g.notes),
                               lambda n: dt.date.fromisoformat(self.date(n)) if self.date(n) else dt.date.min)
        later: list[tuple[str, int, Figure, SourceDoc, Sentence]] = []
        for doc in self.docs.values():
            placed = placed_day(doc.meta)
            if placed is None or doc.duplicate_of or doc.meta.kind in COMMENTARY_KINDS \
                    or self.forum_source(doc) or not may_overtake(doc.id, placed, firsts):
                continue
            for index, sentence in enumerate(doc.sentences):
                if (doc.id, sentence.start) in quoted:
                    continue
                said = " ".join(doc.text[sentence.start:sentence.end].split())
                for figure in find_figures(said):
                    if figure.measures and figure.value > 0 and not named_earlier(figure) \
                            and not conditional(said, figure.text) and not earlier_values(said) and tells_state(said):
                        later.append((placed.isoformat(), index, figure, doc, sentence))
        if not later:
            return
        for group in [g for g in groups if g.replaced_by is None and g.earliest]:
            shown = group.shown()
            last = max(self.date(n) for n in group.notes)
            found = [entry for entry in later if entry[0] > last and entry[3].id not in group.sources
                     and comparable(shown, entry[2]) and not (is_change(shown) and is_change(entry[2]))
                     and same_holder(shown, entry[2]) and not near(shown, entry[2])
                     and not other_measures(group.measure_key,
                                             measure_key_of(entry[2], [" ".join(entry[3].text[entry[4].start:entry[4].end].split())]))
                     and not other_subjects(group.subjects, subject_names(
                         " ".join(entry[3].text[entry[4].start:entry[4].end].split()), entry[2]),
                                            self.texts_of(group), [entry[3].text])
                     and (shown.period == entry[2].period or not (shown.period and entry[2].period))]
            if not found:
                continue
            day, _, figure, doc, sentence = max(found, key=lambda e: (e[0], -e[1], e[3].id))
            quote = doc.text[sentence.start:sentence.end]
            witness = Note(id=note_id(doc.id, quote), kind="figure", quote=quote,
                           span=span_for(doc, sentence.start, sentence.end), figures=(figure,))
            owner = next((g for g in groups if any(n.id == witness.id for n in g.notes)), None)
            if owner is None:
                owner = FigureGroup()
                owner.add(figure, witness, day, self.position(witness), self.estimated(witness))
                groups.append(owner)
            group.replaced_by = owner
            group.corrected = corrects(" ".join(quote.split()))

    def updated_in_words(self, groups: list[FigureGroup]) -> None:
        """Let a later dated report update a quantity with a value it gives without a measure of
        its own ("412 operations ... had now been cancelled" after "cancelled operations climbed to
        386"; `supersede.tells_update`): the latest such value, as a group named by the measure it
        updates. Only news sources dated after every source of the quantity; the value must differ."""
        dated = {n.id: written.isoformat() for n in self.readable
                 if (doc := self.docs.get(n.span.source)) is not None and (written := written_day(doc.meta))}
        for group in [g for g in groups if g.replaced_by is None]:
            shown = group.shown()
            last = max((self.date(n) for n in group.notes), default="")
            found: list[tuple[str, int, Figure, Note]] = []
            for note in self.readable:
                day = dated.get(note.id, "")
                if not day or day <= last or not self.reports(note) or note.span.source in group.sources:
                    continue
                for figure in note.figures:
                    said = sentence_of(" ".join(note.quote.split()), figure.text)
                    if figure.measures or near(figure, shown) or conditional(note.quote, figure.text):
                        continue
                    if other_subjects(group.subjects, subject_names(said, figure), self.texts_of(group),
                                      [doc.text] if (doc := self.docs.get(note.span.source)) else []):
                        continue  # "South Tyrol's count rose to 63 wolves" updates no count of Tyrol's
                    if tells_update(" ".join(said.split()), figure, shown):
                        found.append((day, self.position(note), figure, note))
            if found:
                day, position, figure, note = max(found, key=lambda f: (f[0], -f[1], f[3].id))
                owner = FigureGroup()
                owner.add(replace(figure, measures=shown.measures), note, day, position)
                groups.append(owner)
                group.replaced_by = owner
                group.corrected = corrects(sentence_of(note.quote, figure.text))

    def by_difference(self, note: Note, said: str, groups: list[FigureGroup]) -> None:
        """Let a value a dated sentence gives by difference (`earlier_by_difference`: "Twelve people
        ..., three more than first reported" gives 9; "35 more workers had joined the claim, bringing
        the total to 247" gives 212) replace an earlier source's count of exactly that value: the
        count the sentence updates, whoever gave it. The same counted noun, unless the new value is a
        total told without one ("bringing the total to 247"), whose count is the one the sentence adds to."""
        day = self.date(note)
        if not day:
            return
        for found in earlier_by_difference(said):
            owner = next((g for g in groups for f, n in zip(g.figures, g.notes, strict=True)
                          if n is note and unit_class(f) == "count"
                          and (at := said.find(f.text)) >= 0 and at < found.end and found.start < at + len(f.text)), None)
            if owner is None:
                continue
            new = owner.shown()
            for group in groups:
                old = group.shown()
                if group is owner or group.replaced_by is not None or not group.earliest or group.earliest >= day \
                        or unit_class(old) != "count" or old.value != found.old or is_change(old):
                    continue
                if not found.total and new.unit and old.unit and unit_head(new.unit) != unit_head(old.unit):
                    continue  # "nine ambulances" is no earlier count of "Twelve people"
                group.replaced_by, group.undated = owner, False

    def linked_earlier(self, note: Note, said: str, groups: list[FigureGroup]) -> None:
        """Let a value a later source sets against an earlier report's ("2.6 million birds have now been
        culled at 33 farms, up from the 1.8 million at 24 reported earlier"; `explicit_earlier_pairs`)
        replace the quantity an earlier source gave with that value, in the same or a kin measure
        (`kin_measure`: "1.8 million chickens culled"), even when the later clause names no measure
        of its own: the later value is a group named by the earlier one's measure, and the earlier
        value its history. Only a dated note, of a source dated after the earlier value's."""
        day = self.date(note)
        if not day:
            return
        for targets, old, clause in explicit_earlier_pairs(said):
            for new in targets:
                olds = [g for g in groups if g.replaced_by is None and g.earliest and g.earliest < day
                        and note.span.source not in g.sources and near(g.shown(), old)
                        and unit_class(g.shown()) == unit_class(new) and not is_change(g.shown())
                        and not g.shown().period and kin_measure(g.shown(), new, clause)]
                if not olds:
                    continue
                owner = next((g for g in groups if any(n is note and near(f, new) and unit_class(f) == unit_class(new)
                                                       for f, n in zip(g.figures, g.notes, strict=True))), None)
                if owner is None:
                    first = max(olds, key=lambda g: (g.earliest, -min(g.positions)))
                    owner = FigureGroup()
                    owner.add(replace(new, measures=first.shown().measures), note, day, self.position(note),
                              self.estimated(note))
                    groups.append(owner)
                for group in olds:
                    if group is not owner:
                        group.replaced_by, group.undated = owner, False
                        group.corrected = group.corrected or corrects(said)
                break  # one figure of the clause per earlier value

    def revision(self, note: Note, revised: tuple[Figure, ...], group: FigureGroup,
                 groups: list[FigureGroup]) -> FigureGroup | None:
        """A new group for the value *note* gives as replacing *group*'s ("the correct estimate
        was 4.2 million euros a day"), named by *group*'s measure when its own sentence names none."""
        shown = group.shown()
        new = next((f for f in revised if unit_class(f) == unit_class(shown) and not near(f, shown)), None)
        if new is None:
            return None
        # the group that already holds the note's value is its owner: a second group of the same statement
        # would stand as current beside the first after a later report replaced that one
        # ("settled at 51.30 euros, up from 48 euros", then "fell to 44.10 euros")
        held = next((g for g in groups if any(n.id == note.id and near(f, new) and unit_class(f) == unit_class(new)
                                              for f, n in zip(g.figures, g.notes, strict=True))), None)
        if held is not None and held is not group:
            return held
        own = next((f for f in note.figures if near(f, new) and unit_class(f) == unit_class(new)), new)
        owner = FigureGroup()
        owner.add(replace(own, measures=own.measures or shown.measures), note, self.date(note), self.position(note))
        groups.append(owner)
        return owner

    def lineage(self, group: FigureGroup) -> set[str]:
        """The sources of the quantity and of the values it replaced: a count told by four sources
        as it rose is a story's headline. A change or a share ("rise in shares") tells no state,
        and only its own sources count."""
        sources, todo, seen = set(group.sources), [group], {id(group)}
        if group.shown().measures.startswith(("rise in ", "fall in ", "share of ")) or unit_class(group.shown()) \
                in ("%", "pp"):
            return sources
        while todo:
            newer = todo.pop()
            for g in [g for g in self.quantities if g.replaced_by is newer and id(g) not in seen]:
                seen.add(id(g))
                sources |= g.sources
                todo.append(g)
        return sources

    def superseded(self) -> set[str]:
        """Statements the brief leaves out because a later source tells the latest state (one
        mechanism for both ways of telling it): a later note says the same in mostly the same
        words with other figures (coverage.overtaken), or the statement as printed (with the
        sentence before it, when it leans on one) gives a value of a quantity a later or
        correcting source replaced, and no current value of the quantity ("records of about
        40,000 residents" once a later source says 64,000, not 40,000). A value the statement
        itself calls earlier ("up from 40,000") is no claim of it; pinned notes stay. A correction
        notice ("An earlier version of this story gave ...") tells what the text once said, not
        the story: never a statement (the value it gives as right stays a Key figures row). A claim a
        later report says was taken back (`supersede.retracted_claims`) goes too."""
        withdrawn = self.denial_overtaken()
        withdrawn |= {n.id for n in self.readable if n.status != "pinned" and tells_correction(n.quote)}
        # A claim a later report says was taken back ("reversing its earlier statement that ...", "had
        # earlier said ...", "That was wrong") is no current statement in any section.
        withdrawn |= {judgement.note for judgement in retracted_claims(self.readable, self.docs, text_of=said,
                                                                       readings=self.shared)}
        self.withdrawn = withdrawn
        """Statements overtaken as no longer so on any day: a denial a later report contradicts, a
        correction notice, a claim taken back (never history a later value may stand next to)."""
        gone = overtaken(self.readable, self.docs, _similar, reports=self.reports) | self.told_wrong | withdrawn
        # A level told as held so far ("has so far kept it at 5 km") that a later report tells changed
        # ("widened the exclusion zone to 7 km") is not the story's state any more.
        gone |= {i for i in changed_held_values(self.readable, self.docs, text_of=said)
                 if self.readable_by_id[i].status != "pinned"}
        # An undated source's statement stays (as coverage.overtaken leaves it): only its Key
        # figures row yields to a dated value.
        replaced = [g for g in self.quantities if g.replaced_by is not None and not g.undated]
        current = [g for g in self.quantities if g.replaced_by is None]
        if not replaced:
            return gone
        for note in self.readable:
            if note.status == "pinned" or note.id in gone:
                continue
            quote = " ".join(note.quote.split())
            figures = self.statement_figures(note)
            marked = earlier_values(quote)
            claimed = [f for f in figures if not any(near(f, m) and unit_class(f) == unit_class(m) for m in marked)]

            viewed = self.commentary(note)

            def of(group: FigureGroup, figure: Figure, quote: str = quote, viewed: bool = viewed) -> bool:
                # A view weighs the value it was written with ("At 25 million dollars a year, the levy would
                # pay for ..."): the same value in the same unit is that quantity, whatever it is said to
                # measure; once replaced, the view is history (dropping comment is the cautious side).
                return any(same_quantity(figure, known) or viewed and near(figure, known) and figure.unit == known.unit
                           and unit_class(figure) == unit_class(known) for known in group.figures) \
                    or in_words(quote, figure, group)

            if any(of(g, f) for f in claimed for g in replaced) and not any(
                    of(g, f) for f in figures for g in current if any(of(r, x) for r in replaced
                                                                     if r.replaced_by is g for x in claimed)):
                gone.add(note.id)
        return gone

    def quoting(self, gone: set[str]) -> set[str]:
        """The readable statements whose quote takes in the own sentence of a note in *gone* (a
        statement quoted with the sentence before it, when that sentence was overtaken). A correction
        notice is left out as no statement of its own, not as overtaken: quoted before the corrected
        value ("... has corrected its estimate ... The repairs will now cost 41 million euros"), it stays."""
        own = [(n.id, n.span.source, n.span.start) for n in self.noteset.notes
               if n.id in gone and not tells_correction(n.quote)]
        return {n.id for n in self.readable if n.status != "pinned" and any(
            other != n.id and source == n.span.source and n.span.start <= start < n.span.end for other, source, start in own)}

    def statement_figures(self, note: Note) -> list[Figure]:
        """The figures of *note*'s statement as printed: a statement quoted with the sentence before
        it gives that sentence's figures too."""
        return list(find_figures(" ".join(note.quote.split()))) if note.id in self.paired else list(note.figures)

    def denial_overtaken(self) -> set[str]:
        """Statements saying there is none of a thing ("the company had received 'no other
        approaches'") once a news source placed after theirs tells of one ("The rival approach
        tops the A$2.58 a share proposal"; `supersede.denied`, `supersede.reports_one`): the
        denial is no longer the story's state. Pinned notes stay."""
        gone: set[str] = set()
        later = sorted(((day, doc) for doc in self.docs.values() if (day := placed_day(doc.meta)) is not None
                        and not doc.duplicate_of and doc.meta.kind not in COMMENTARY_KINDS), key=lambda pair: pair[0])
        for note in self.readable:
            if note.status == "pinned" or not (stems := denied(" ".join(note.quote.split()))):
                continue
            day = source_date(self.date(note)) if self.date(note) else None
            if day is None:
                continue
            for when, doc in later:
                if when > day and doc.id != note.span.source and any(
                        reports_one(said, stems) for said in self.sentences_of(doc)):
                    gone.add(note.id)
                    break
        return gone

    @functools.cached_property
    def told_wrong(self) -> set[str]:
        """The statements of `told_before`."""
        return set(self.told_before)

    @functools.cached_property
    def told_in_error(self) -> set[str]:
        """Of `told_wrong`, the statements a correction says were wrong ("An earlier version of this story
        said ... 62,000 teachers. The correct figure is 58,000."), not a value revised since: never shown,
        not even as the first state of a story a later decision overtook (`original_event`)."""
        return {note for note, corrected in self.told_before.items() if corrected}

    @functools.cached_property
    def earlier_tellers(self) -> list[tuple[str, str, str]]:
        """The sentences that call a value earlier (`earlier_telling` without their notes)."""
        return [told for _, told in self.earlier_telling]

    @functools.cached_property
    def earlier_telling(self) -> list[tuple[str | None, tuple[str, str, str]]]:
        """The sentences that call a value earlier (`told_before`), each with its source id and date:
        a news source's sentence (of any note, printable or not) giving an earlier value, or a correction notice read with its next sentence."""
        # any note of the window, not only those that stand alone: "The company had earlier put the number
        # locked out at 340" tells the value overtaken though its subject is the sentence before's
        marking = [(n, said) for n in self.noteset.notes if n.figures and self.reports(n)
                   and not self.forum(n)
                   for said in (" ".join(part.split()) for part in SENTENCE_END.split(n.quote))
                   if earlier_values(said)]
        # A correction notice gives the value it says was wrong, and in the same or the next
        # sentence of its source the right one ("This post originally stated that the ship was
        # about 21 metres long. Measurements ... put its length at about 19 metres."): read as
        # one, from the source's text (extraction may have kept neither sentence).
        notices: list[tuple[str, str, str]] = []
        for doc in self.docs.values():
            if doc.duplicate_of or self.forum_source(doc):
                continue
            texts = self.sentences_of(doc)
            placed = placed_day(doc.meta)
            day = placed.isoformat() if placed else ""
            notices += [(doc.id, day, f"{said} {texts[i + 1] if i + 1 < len(texts) else ''}".strip())
                        for i, said in enumerate(texts) if correction_notice(said) and earlier_values(said)]
        return [(other.id, (other.span.source, self.date(other), said)) for other, said in marking] \
            + [(None, notice) for notice in notices]

    @functools.cached_property
    def told_before(self) -> dict[str, bool]:
        """Statements giving a value that another news source's sentence calls earlier, with the
        value it gives instead (`supersede.called_earlier`: "originally 140 stores; it raised the
        number to 146", "not 9% as previously stated"), when that source is not dated before the
        statement's. A value the statement itself calls earlier is no claim of it; pinned notes stay.
        Worked out once; each statement with whether a correction (not a revision) told it."""
        gone: dict[str, bool] = {}
        told = self.earlier_tellers
        if not told:
            return gone
        for note in self.readable:
            figures = self.statement_figures(note)
            if note.status == "pinned" or not figures:
                continue
            quote = " ".join(note.quote.split())
            own = earlier_values(quote)
            claimed = [f for f in figures if not any(near(f, m) and unit_class(f) == unit_class(m) for m in own)]
            day = self.date(note)
            for k, (source, when, said) in enumerate(told):
                if source == note.span.source or (day and when and when < day):
                    continue
                if any(called_earlier(quote, said, f) for f in claimed):
                    gone[note.id] = correction_notice(said) or corrects(said)
                    self.told_by[note.id] = self.teller_notes[k]
                    break
        return gone

    @functools.cached_property
    def told_by(self) -> dict[str, str | None]:
        """Of `told_before`, the note whose sentence calls each statement's value earlier (None for a
        correction notice read from its source's text): filled as `told_before` is worked out."""
        return {}

    @functools.cached_property
    def teller_notes(self) -> list[str | None]:
        """The note of each of `earlier_tellers`, in its order (None for a correction notice)."""
        return [note for note, _ in self.earlier_telling]

    @functools.cached_property
    def history_of(self) -> dict[str, list[tuple[str, ...]]]:
        """`history_pairs`, worked out once."""
        return self.history_pairs()

    def updates_for(self, note: Note, *, spare: int = 0) -> list[Note] | None:
        """The statements a brief tells right after *note*, a statement of dated history (`history_of`): for
        each value of it a later report replaced, the best-weighted statement giving its newest state that
        the brief may still print. None when *note* is no such statement, when a value has no such
        statement free, when one is printed already (the old telling would come after its update), or when
        the budget has no room for all of them with *note*; at most *spare* statements besides *note*."""
        options = self.history_of.get(note.id)
        if not options:
            return None
        chosen: list[Note] = []
        for option in options:
            if any(i in self.printed for i in option):
                return None
            if any(u.id in option for u in chosen):
                continue
            free = [u for i in option if (u := self.printable(i)) is not None and i not in self.unseen and self.fits(u)]
            if not free:
                return None
            chosen.append(max(free, key=lambda u: (self.weight(u), u.id)))
        if len(chosen) > spare or not self.room_for(sum(len(statement(n).split()) for n in (note, *chosen))):
            return None
        return chosen

    def printable(self, note_id: str) -> Note | None:
        """The statement a brief may print for the note *note_id*: the readable note, or the clause of a
        sentence that gives a new value (`clause_tellers`); None when it has neither."""
        return self.readable_by_id.get(note_id) or self.clause_tellers.get(note_id)

    @functools.cached_property
    def clause_tellers(self) -> dict[str, Note]:
        """Sentences that call a value earlier (`told_by`) which a brief cannot quote whole (they lean on a
        sentence before them: "The change came after ..."), by their note's id, as the participle clause
        that gives the new value, elided visibly ("... taking the number of claimants to about 2,870 from
        the 2,300 covered by Monday's judgment."): what an overtaken statement needs after it, standing
        alone. Only the last clause after a comma that opens on a participle ("taking", "bringing") or on
        "up from"/"down from", when it holds every value the sentence calls earlier and one it gives as
        current."""
        found: dict[str, Note] = {}
        if not self.brief:
            return found
        for teller in {t for t in self.told_by.values() if t is not None and t not in self.readable_by_id}:
            note = self.originals.get(teller)
            doc = self.docs.get(note.span.source) if note is not None else None
            if note is None or doc is None or note.text or note.status == "pinned":
                continue
            quote = note.quote
            marks = earlier_values(" ".join(quote.split()))
            current = [f for f in note.figures if not any(near(f, m) for m in marks)]
            clause = next((quote[m.end():] for m in reversed(list(_VALUE_CLAUSE.finditer(quote)))), "")
            if not clause or not marks or not any(f.text in clause for f in current) \
                    or not all(m.text in " ".join(clause.split()) for m in marks):
                continue
            told = _requoted(note, doc, f"... {clause}", note.span.start)
            if told is not None:
                found[teller] = told
        return found

    def history_pairs(self) -> dict[str, list[tuple[str, ...]]]:
        """Overtaken statements that are dated history (`dated_history`), each with, for every value of it a
        later one replaced, the readable statements that give that value's newest state: the old one may be
        told only with one of each right after it (what, where and when the event was, then where its counts
        stand now: "... forced 1,400 from their homes, and nine were taken to hospital" needs the new count
        of both). Any statement giving the newest value will do ("most of the 2,300 evacuated residents went
        home" as well as "About 2,300 ..., up from 1,400"); none a schedule judgement overtook."""
        scheduled = {judgement.note for judgement in self.overtaken_events}
        replaced = [g for g in self.quantities if g.replaced_by is not None]

        def fit(ids: Sequence[str]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(i for i in ids if self.printable(i) is not None
                                       and i not in self.stale and i not in scheduled))

        pairs: dict[str, list[tuple[str, ...]]] = {}
        for note_id in sorted(self.stale & self.told_wrong):
            teller = self.told_by.get(note_id)
            note = self.readable_by_id.get(note_id)
            if teller is None or note is None or note_id in scheduled or not self.dated_history(note):
                continue
            teller_note = self.printable(teller)
            marks = earlier_values(said(teller_note)) if teller_note is not None else ()
            # the sentence calling a value earlier gives its new one too ("up from 6,000 earlier"), and so does
            # any statement giving that new value ("most of the 9,000 evacuated residents went home")
            giving_new: list[str] = []
            if marks and teller_note is not None:
                current = [f for f in self.statement_figures(teller_note) if not any(near(f, mark) for mark in marks)]
                giving_new = [teller] + [other.id for other in self.readable if other.id not in (note_id, teller) and any(
                    same_quantity(given, new) for given in self.statement_figures(other) for new in current)]
            options: list[tuple[str, ...]] = []
            for figure in self.statement_figures(note):
                group = next((g for g in replaced if any(same_quantity(figure, known) for known in g.figures)), None)
                while group is not None and group.replaced_by is not None:
                    group = group.replaced_by
                newest = [n.id for n in group.notes if n.id != note_id] if group is not None else []
                told = giving_new if any(near(figure, mark) for mark in marks) else []
                if not newest and not told:
                    continue  # a value no later report replaced
                option = fit(told + newest)
                if not option:
                    options = []
                    break
                if option not in options:
                    options.append(option)
            if not options and teller_note is not None:
                options = [alone] if (alone := fit([teller])) else []
            if options:
                pairs[note_id] = options
        return pairs

    def dated_history(self, note: Note) -> bool:
        """Whether *note*, a statement a later report calls a value of earlier (`told_before`), tells its
        event as done on its own past day with that value ("A grass fire forced about 6,000 people from their
        homes in the valley on Tuesday ..."): history, still true of that day, that may stand right before the
        statement giving the new value (`history_pairs`). Not a value told as the state now ("has forced",
        "are", "remain", "now"), nor a level that only moved ("climbed to 86 on Monday"), nor a correction's
        wrong value, a denial or a claim taken back."""
        if note.id not in self.told_wrong or note.id in self.told_in_error or note.id in self.withdrawn \
                or not self.reports(note) or self.commentary(note) or note.kind in ("forecast", "opinion"):
            return False
        stated = self.source_day(note)
        text = " ".join(said(note).split())
        first = lead_sentence(text)
        if stated is None or dates.event_when(first, stated)[0] is None or not dates.event_when(first, stated)[1]:
            return False
        if _PERFECT_NOW.search(first):
            return False  # "About 140 passengers ... have fallen ill": the count told as the state now
        for figure in self.statement_figures(note):
            at = first.find(figure.text)
            if at < 0:
                continue
            before = first[:at]
            if _STATE_NOW.search(before):
                return False
            moved = _MOVED_BEFORE.search(before)
            if moved and stem(moved.group("verb")) in _LEVEL_MOVES:
                return False
        return _PAST_ACT.search(first) is not None

    def only_earlier(self, group: FigureGroup) -> bool:
        """Whether every figure of *group* is one its sentence gives as earlier or one of a statement a
        later report calls earlier (`told_wrong`)."""
        return all(n.id in self.told_wrong or any(near(f, mark) for mark in earlier_values(sentence_of(n.quote, f.text)))
                   for f, n in zip(group.figures, group.notes, strict=True))

    def figure_groups(self) -> list[FigureGroup]:
        """Figures with a measure, one group per quantity, the replaced ones left out, ranked: how
        many sources give it, then how near the lead, then the largest of its kind (the largest pledge)."""
        # a value only ever given as an earlier one ("had initially put the slide at 40,000 cubic metres"), by
        # its own sentence or by statements a later report calls earlier (`told_before`), is history, no row
        current = [g for g in self.quantities if g.replaced_by is None and not g.retired and not self.only_earlier(g)]
        shown = [g.shown() for g in current]  # each group's row, worked out once for every comparison
        # The rows of each unit and stance, in order: a row is only comparable with one of its own unit and
        # stance, so each compares with those, not with every row (the square of the rows, on many sources).
        of_kind: dict[tuple[str, str], list[Figure]] = {}
        for figure in shown:
            of_kind.setdefault((figure.unit, stance(figure)), []).append(figure)

        def importance(k: int) -> tuple[float, str]:
            group, figure = current[k], shown[k]
            line = self.ancestry(group)
            lead = max(0.0, 1.0 - 0.2 * min(p for g in line for p in g.positions))
            alike = [other for other in of_kind[figure.unit, stance(figure)] if comparable(other, figure)]
            largest = 0.5 if len(alike) > 1 and figure.value >= max(other.value for other in alike) else 0.0
            told = len(group.sources) + 0.5 * len(self.lineage(group) - group.sources)
            # a goal or limit set for a measure ("no more than 2 percent cancellations") ranks after
            # the values measured: what happened comes before what was asked for
            goal = all(goal_given(sentence, f) for sentence, f in said_with(group))
            return told + lead + largest + self.headlined(line) + 0.1 * max(self.weight(n) for n in group.notes) \
                - (2.0 if goal else 0.0), group.notes[0].id

        ranks = [importance(k) for k in range(len(current))]
        return [current[k] for k in sorted(range(len(current)), key=lambda k: (-ranks[k][0], ranks[k][1]))]

    def ancestry(self, group: FigureGroup) -> list[FigureGroup]:
        """*group* and every quantity whose value it replaced, directly or through another."""
        line, seen = [group], {id(group)}
        for member in line:
            for other in self.quantities:
                if other.replaced_by is member and id(other) not in seen:
                    seen.add(id(other))
                    line.append(other)
        return line

    @functools.cached_property
    def headlines(self) -> tuple[tuple[Figure, ...], frozenset[str]]:
        """What the story's headlines give: the figures of the sources' titles (news sources, not
        commentary) and the brief's own title, and the stems of their words in lower case (a
        name, capitalised, says whose story, not what is counted)."""
        titles = [doc.meta.title for doc in self.docs.values() if doc.meta.title and not doc.duplicate_of
                  and doc.meta.kind not in COMMENTARY_KINDS and not self.forum_source(doc)]
        titles.append(self.story)
        figures = tuple(f for title in titles for f in find_figures(title))
        words = " ".join(w for title in titles for w in re.findall(r"\b[a-z][\w'’-]*", title))
        return figures, word_stems(words) - word_stems(" ".join(STOP_WORDS))

    def headlined(self, line: Sequence[FigureGroup]) -> float:
        """How far a quantity (its values over time, *line*) is what the story's headlines are about:
        a value of it a headline gives ("agree 4.2 billion euro merger", "cost rises to 465 million
        pounds") counts most, the head noun of its measure in a headline ("cost", "forecast"; not
        "bank's" of "bank's deposit", whose the measure is) less; a rise
        or fall ("shares fell 3.1 percent"), a move over its own days, never leads on words alone."""
        figures, words = self.headlines
        given = self.in_headlines(line)
        named = not is_change(line[0].shown()) and any(word_stems(_head(f)) & words for g in line for f in g.figures)
        return 1.5 * given + 1.0 * named

    def in_headlines(self, line: Sequence[FigureGroup]) -> bool:
        """Whether a value of the quantity (its values over time, *line*) is one a headline gives,
        in its unit ("Porto doubles its tourist tax to 4 euros a night"): the story's number. A
        headline may leave out the rate its story gives ("forecast to 31 million euros" of "31
        million euros a year"), or the story the rate its headline gives."""
        return bool(self.headline_values(line))

    def headline_values(self, line: Sequence[FigureGroup]) -> frozenset[int]:
        """Which of the headlines' figures (their places in `headlines`) a value of *line* gives
        (`in_headlines`)."""
        def alike(f: Figure, h: Figure) -> bool:
            return unit_class(f) == unit_class(h) or (
                unit_head(f.unit) == unit_head(h.unit) and (f.unit == unit_head(f.unit) or h.unit == unit_head(h.unit)))
        figures = self.headlines[0]
        return frozenset(k for k, h in enumerate(figures) if (h.unit or _headline_count(h))
                         and any(near(f, h) and alike(f, h) and (h.unit or f.value == h.value)
                                 for g in line for f in g.figures))

    def positions(self, spec: SectionSpec) -> list[Item]:
        items: list[Item] = []
        quotes = [n for n in self.ranked() if n.speaker and n.id not in self.used]
        # One party's statement that a later source of the same party retells ("Iceland's fisheries ministry
        # said it would set its own quota", then "Iceland said ... it would set its own herring quota at
        # 68,000 tonnes") is no row of its own: the later one says it as it now stands.
        quotes = [n for n in quotes if not any(self.retold_later(n, m) for m in quotes if m is not n)]
        # A party's later stated position replaces its earlier one ("a step in the right direction", then
        # days later "a betrayal"): its row gives where it now stands, even when the brief quotes that
        # elsewhere (then no row of its earlier view).
        # A later statement that is no row itself (the brief quotes it elsewhere, or it cannot stand
        # alone) replaces the earlier only on the same matter: else the party would have no row.
        stated = [n for n in self.notes if n.speaker]
        candidates = {n.id for n in quotes}
        quotes = [n for n in quotes if not any(self.stated_later(n, m, any_matter=m.id in candidates)
                                               for m in stated if m is not n)]
        # the story's central actors (most sources name them, or a public body several name) before side
        # actors; per actor, a view on the story's question before its logistics ("talks would resume on Thursday")
        quotes.sort(key=lambda n: (not self.central_holder(n.speaker, n.speaker_role, _person(n)),
                                   holds.arrangement(said(n))))
        forum = [n for n in self.ranked() if self.forum(n) and n.id not in self.used]
        owners: dict[int, str] = {}  # row -> the body "its chief executive" speaks for, as its source names it
        theses = self.theses()
        for note in quotes + forum[:2]:
            if len(items) >= spec.max_items - len(theses):
                break
            if note.id in self.paired:
                continue  # one position per row: not glued to the sentence before it
            if note.id in self.row_notes:
                continue  # a Key figures row gives its figure: a forecast, no position to repeat
            if holds.points_back(said(note)):
                continue  # "Corvane rejected that report at the time": which report, a row read alone cannot show
            if holds.exclaimed(said(note)):
                continue  # '"It is a small miracle," Castagne said.': a reaction to a thing the row leaves unnamed
            if not note.speaker and holds.own_account(said(note), spoken=True):
                continue  # a post telling the writer's own evening ("I left at ten and got the last tram"): colour
            if holds.standing(said(note)):
                continue  # "The city said each household could collect ...": a service, no position
            if not holds.position(said(note)):
                continue  # "said doctors could again view results", "said it expected profit of £360m", a forum post
                # retelling an analyst's figures ("X has 260m base case and 380m bear"): no stance
            if note.speaker and self.commentary(note) and not holds.quotes_directly(said(note)):
                continue  # a column's paraphrase of someone ("he was more exercised about the second"): the column's words
            if not note.speaker and holds.reports_another(said(note)):
                continue  # a commenter retelling what someone else said: not the commenter's position
            if not note.speaker and _passes_on_news(said(note), bool(note.figures)):
                continue  # a post passing on news ("X is speaking at the hearing on Tuesday"): no view of its writer's
            if note.speaker and self.deferred(note):
                continue  # "said it was studying the ruling": no position yet, and a later source tells what came of it
            actor, role = note.speaker, note.speaker_role
            if actor:
                doc = self.docs.get(note.span.source)
                actor = self.named(actor, doc.text[:note.span.end] if doc else "")
                if not actor:
                    continue  # "the group said": no row unless its source names the group
                if _owner_only(actor, said(note)):
                    continue  # "The fight over Westhaven's proposed levy has become ...": an owner's name, no speaker
                actor, role = self.introduced(actor, role, doc.text[:note.span.end] if doc else "")
                owner = ""
                if holds.possessive(role) or _COMMON_OWNER.match(role):
                    # "Its chief executive, Lena Ortiz" (or "the airline's"): the body a row names that
                    # its source names last before the statement, within a paragraph or two
                    owner = _last_named([item.speaker for item in items if not item.speaker_role],
                                        doc.text[max(0, note.span.start - OWNER_REACH):note.span.start] if doc else "")
                    if owner:
                        continue  # a body and its chief executive: one party, one row
                if holds.possessive(role) or holds.within(role, actor):
                    role = ""  # "Its president": whose, the row cannot say; a role the name already says
                if any(holds.same_actor(actor, item.speaker) for item in items):
                    continue  # one row per actor: the best-ranked statement of its position
                if any(counterclaims.one_party((actor, role), (item.speaker, item.speaker_role), self.affiliations)
                       for item in items):
                    continue  # a body and its chief executive, two officials of one body: one party, one row
                if not role and any(holds.same_actor(actor, body) for body in owners.values()):
                    continue  # the body whose chief executive ("its chief executive") has a row already
                if any(self.one_row((actor, role), (item.speaker, item.speaker_role)) for item in items):
                    continue  # one person under two names, a body and its officer, a state and its ministry
            if self.fits(note, new_words=False) and self.still_ahead(note):
                item = replace(self.take(note), speaker=actor, speaker_role=self.placed_role(note, actor, role))
                if note.speaker and (holds.possessive(note.speaker_role) or _COMMON_OWNER.match(note.speaker_role)):
                    doc = self.docs.get(note.span.source)
                    found = _last_named(_bodies_named(doc.text[max(0, note.span.start - OWNER_REACH):note.span.start])
                                        if doc else [], doc.text[:note.span.start] if doc else "")
                    if found:
                        owners[len(items)] = found
                if not item.speaker:
                    item = replace(item, speaker=f"Forum commenter {note.span.author}".strip(),
                                   speaker_role="online discussion")
                items.append(item)
        for note, holder, role in theses:
            if any(self.one_row((holder, role), (item.speaker, item.speaker_role)) for item in items):
                continue  # the writer has a row already, as someone a report quotes
            if note.id not in self.used and self.fits(note, new_words=False):
                item = replace(self.take(note), speaker=holder, speaker_role=role)
                officer = next((k for k, row in enumerate(items) if role == "statement"
                                and _officer_of(row.speaker_role, holder)), None)
                if officer is not None:
                    items[officer] = item  # "The arts council's director" beside its council's own statement: one party
                else:
                    items.append(item)
        return items

    def central_holder(self, actor: str, role: str, person: bool = False) -> bool:
        """Whether a holder is central to the story: half the sources or more (at least two) name it,
        or it is a public body or office-holder (`sections.public`) that two or more sources name. A
        holder goes by its row's names (`_row_names`) and, for a *person*, by surname."""
        key = (actor, role, person)
        if key not in self.central_holders:
            self.central_holders[key] = self.names_central(actor, role, person)
        return self.central_holders[key]

    @functools.cached_property
    def central_holders(self) -> dict[tuple[str, str, bool], bool]:
        """`central_holder` per holder, as worked out."""
        return {}

    def names_central(self, actor: str, role: str, person: bool) -> bool:
        """`central_holder`, worked out."""
        names = _row_names(actor, role)
        words = actor.split()
        if person and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            names.append(words[-1])  # "Claire Dunmore" is "Dunmore" on second mention
        names = [n for n in names if len(n) > 2]
        if not names:
            return False
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
        naming = sum(1 for doc in self.docs.values() if pattern.search(doc.text))
        if naming >= max(2, (len(self.docs) + 1) // 2):
            return True
        return naming >= 2 and (holds.public(actor) or bool(role) and holds.public(role))

    def theses(self) -> list[tuple[Note, str, str]]:
        """Per source that argues a case in its own voice (an opinion column, an analysis or a party's
        own statement, not a forum), its thesis as a Stakeholder row (statements first): the statement that most plainly gives its writer's
        position (`features.writers_thesis`: first person with a verb of view or of asking, else
        what ought to be done; the earliest of equals), with its holder, the author the source names
        (else its publisher; an analysis's or a statement's, its publisher), and the role
        "opinion, <publisher>", "analysis" or "statement". None for a source
        whose writer the sources do not name, or with no such statement among its notes; a source
        whose statements the brief already quotes gives one all the same (its position is its own)."""
        found: list[tuple[Note, str, str]] = []
        readable = {n.id: n for n in self.notes}
        for doc in self.docs.values():
            meta = doc.meta
            issued = meta.kind == "statement" and _issuer_named(meta.publisher, doc.text)
            if not (issued or _comment(doc, frozenset({"opinion", "analysis"}))) or self.forum_source(doc):
                continue
            holder = " ".join((meta.author or meta.publisher).split())
            if not holder:
                continue
            kind = "statement" if issued else \
                "opinion" if meta.kind == "opinion" or meta.reliability == "opinion" else "analysis"
            if kind in ("analysis", "statement") and meta.publisher:
                # an analysis's "we" is its house's; a statement's "we" is its issuer's (a party to the story)
                holder = " ".join(meta.publisher.split())
            role = f"{kind}, {meta.publisher}" if holder != meta.publisher and meta.publisher else kind
            best: tuple[int, int, Note] | None = None
            for raw in self.noteset.notes:
                if raw.span.source != doc.id or raw.speaker or raw.id in self.row_notes:
                    continue
                if raw.id in self.paired and kind != "statement":
                    continue  # a party's statement may lean on its sentence before ("We stand by ... Our criteria ...")
                # as written when only its first person leans on the row's holder ("For years I have asked"),
                # not with the holder bracketed into it ("[Dale Rourke] have asked")
                note = readable.get(raw.id) if raw.id in self.paired else \
                    self.in_own_voice(raw, holder, kind) or readable.get(raw.id)
                if note is None:
                    continue
                level = features.writers_thesis(said(raw))
                if level and self.still_ahead(note) and (best is None or (-level, note.span.start) < best[:2]):
                    best = (-level, note.span.start, note)
            if best is not None:
                found.append((best[2], holder, role))
        # a party's own statement before commentators' theses: the issuer is a party to the story
        found.sort(key=lambda held: held[2] != "statement")
        return found[:2]

    def in_own_voice(self, note: Note, holder: str, kind: str) -> Note | None:
        """*note* as written when all that keeps it from standing alone is its writer's first person
        ("We think the merger ...", "For years I have asked ..."), which a Stakeholder row naming
        *holder* tells: a column's "I" (its "we" may be the readers' or the country's), an
        analysis's "I" or "we"; None otherwise."""
        found = own_voice(note.quote)
        if found is None or kind == "opinion" and found.group().lower() not in {"i", "me", "my"}:
            return None
        named = replace(note, quote=note.quote[:found.start()] + holder + note.quote[found.end():])
        return note if standalone(named, True, self.story) else None

    def forum_source(self, doc: SourceDoc) -> bool:
        """Whether *doc* is a forum thread or rated a forum comment."""
        return doc.meta.reliability == FORUM_RELIABILITY or doc.meta.kind in FORUM_KINDS

    def one_row(self, a: tuple[str, str], b: tuple[str, str]) -> bool:
        """Whether two holders (name, role) are one party, one Stakeholder row: a name of one is a
        name of the other (`sections.same_actor`), where a row's names are its actor, its role when
        that is itself a name ("Social Democratic Alliance (Kristrun Magnusdottir)" and "Kristrun
        Magnusdottir (Opposition leader)") and the owner its actor's name opens on ("Iceland's
        fisheries ministry" and "Iceland"); or a person the sources tie to a body (`counterclaims.
        affiliations`: "Iberlit chief executive Lucia Ferrer") beside that body under its longer name
        ("Iberlit Minerals"), when the sources use the body's word as a name of its own, capitalised
        within a sentence ("... Iberlit said"), not as a word of a role ("Regional president")."""
        if any(holds.same_actor(x, y) for x in _row_names(*a) for y in _row_names(*b)):
            return True
        for (person, role), (body, _) in ((a, b), (b, a)):
            tied = counterclaims.speaks_for(person, role, self.affiliations)
            words = counterclaims._name_words(body) - counterclaims._NOT_BODY
            if tied and tied < words and all(
                    re.search(r"[a-z,;]\s+" + re.escape(word.capitalize()) + r"\b", self.all_text) for word in tied):
                return True
        return False

    def retold_later(self, note: Note, other: Note) -> bool:
        """Whether *other*, a later source's statement of the same party (`one_row`), tells what *note*
        does again: most of *note*'s content words (`_paraphrase`), among them the same main verb or,
        for a plan ("would set its own quota"), two words besides the party's names."""
        day, later = self.source_day(note), self.source_day(other)
        if day is None or later is None or later <= day:
            return False
        if not self.one_row((note.speaker, note.speaker_role), (other.speaker, other.speaker_role)):
            return False
        text, again = said(note), said(other)
        event, retold = holds.main_event(text), holds.main_event(again)
        same_event = event is not None and retold is not None and stem(event[0]) == stem(retold[0])
        names = _stems(" ".join(_row_names(note.speaker, note.speaker_role) + _row_names(other.speaker,
                                                                                        other.speaker_role)))
        return _paraphrase(text, again) and (same_event or _restates(text, again)
                                             or len((_stems(text) & _stems(again)) - names) >= 2)

    def stated_later(self, note: Note, other: Note, any_matter: bool = True) -> bool:
        """Whether *other* is a later source's statement of *note*'s party (`one_row`) that states a
        position (`sections.position`, no service notice): the party's position as it now stands,
        which replaces what *note* said on an earlier day; unless *any_matter*, only when the two
        share a word of what they are about (not a name, a word of saying or stance, an office)."""
        day, later = self.source_day(note), self.source_day(other)
        if day is None or later is None or later <= day:
            return False
        if not self.one_row((note.speaker, note.speaker_role), (other.speaker, other.speaker_role)):
            return False
        again = said(other)
        if _FIGURE_NOT_DATE.search(_DATE_WORDS.sub(" ", again)) and not holds._STANCE.search(again):
            return False  # "said the delay would cost about 0.4 billion euros": a figure it gives, no newer stance
        if not (holds.position(again) and not holds.standing(again) and holds.position(said(note))):
            return False
        if any_matter:
            return True
        # on the same matter: a word of what they are about besides names ("the cap ... a
        # step in the right direction", then "the cap ... a betrayal"); a later word on another matter
        # ("welcomed the convoy plan") leaves the earlier position standing (the diversion's cost)
        names = _stems(" ".join(_row_names(note.speaker, note.speaker_role) + _row_names(other.speaker,
                                                                                        other.speaker_role)))
        proper = _stems(" ".join(re.findall(r"\b[A-Z][\w'’-]*", said(note) + " " + again)))
        return bool((_stems(said(note)) & _stems(again)) - names - proper - _STANCE_STEMS)

    def placed_role(self, note: Note, actor: str, role: str) -> str:
        """*role* as the row shows it: when it names no body ("spokesman", "The Mayor", or none) and
        the statement's own source set a descriptor that does before the statement ("Plovdiv mayor
        Kostadin Dimitrov", "Hanne Vik, MSC's fisheries director"), that descriptor (`glosses`)."""
        doc = self.docs.get(note.span.source)
        if doc is not None and role and owner_named(doc.text, role, note.span.start) is not None:
            return placed_gloss(doc.text, role, note.span.start)  # "the union's regional chair": which union?
        if doc is None or not actor or len(actor.split()) < 2 or names_body(role):
            return role
        found = person_gloss(doc.text, actor, note.span.end)
        if found is None or found.name != actor or not names_body(found.text):
            return self.body_role(actor, role)
        said = {w.lower() for w in re.findall(r"[\w-]+", found.text)}
        if role and not {w.lower() for w in re.findall(r"[\w-]+", role)} - {"the", "a", "an"} <= said:
            return role  # another role than the one the source sets before the name
        return placed_gloss(doc.text, found.text, note.span.start)

    def body_role(self, person: str, role: str) -> str:
        """*role* ("chief executive") with the body another source ties *person* to ("Iberlit chief
        executive Lucia Ferrer": `counterclaims.affiliations`) under the one name the sources give
        it, in full ("chief executive, Iberlit Minerals"); *role* as it is when the sources tie the
        person to no body, or give the body several names."""
        if not role or role[:1].isupper() or holds.possessive(role):
            return role  # "Opposition leader": a title; "its president": whose, no row can say
        tied = counterclaims.speaks_for(person, role, self.affiliations)
        if not tied:
            return role
        names = {m.group() for m in re.finditer(r"\b[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*)*", self.all_text)
                 if m.group().split()[0].lower() in tied and counterclaims._name_words(m.group()) >= tied}
        longest = {name for name in names if not any(name != other and name in other for other in names)}
        return f"{role}, {longest.pop()}" if len(longest) == 1 else role

    def named(self, actor: str, before: str) -> str:
        """`sections.named_actor` of *actor* in *before* (its source up to the statement), and
        when that names no one else (a name, or a noun its source names no one by) in all the
        sources together; "" when none names it."""
        named = holds.named_actor(actor, before)
        if named == actor:
            named = holds.named_actor(actor, self.all_text)
        return named or ""

    @functools.cached_property
    def affiliations(self) -> dict[str, frozenset[str]]:
        """Per person (surname), the bodies the sources tie them to (`counterclaims.affiliations`)."""
        return counterclaims.affiliations([doc.text for doc in self.docs.values()])

    @functools.cached_property
    def all_text(self) -> str:
        """Every source's text, one after another."""
        return "\n\n".join(doc.text for doc in self.docs.values())

    def introduced(self, actor: str, role: str, before: str) -> tuple[str, str]:
        """The actor's full name and role as the sources introduce them: a bare surname
        ("Beaulieu said") takes the full name and role another statement gives the same person
        ("Dr. Thomas Beaulieu, the board's chief medical adviser"); a role that says whose by a
        common noun ("the council's director") names the body its source means, when the
        source names one ("director, Shippers' Council")."""
        if not role or len(actor.split()) == 1:
            # A name its statement refers back to as "it" ("Australia said it would suspend ...") is a
            # body's or a place's, not a surname: a longer name ending in it is another actor's
            # ("Grain Producers Australia"); one starting with it may be its own ("Velmont Group").
            as_it = re.search(r"\b" + re.escape(actor) + r"\s+(?:\w+\s+){0,3}?(?:that\s+)?(?:it|its)\b", before[-600:])
            fuller = [n for n in self.noteset.notes if n.speaker and holds.same_actor(actor, n.speaker)
                      and (n.speaker_role or len(n.speaker.split()) > len(actor.split()))
                      and not (as_it and not n.speaker.lower().startswith(actor.lower()))]
            if fuller:
                best = max(fuller, key=lambda n: (bool(n.speaker_role), len(n.speaker.split()), n.score))
                if len(best.speaker.split()) > len(actor.split()):
                    actor = best.speaker
                role = role or best.speaker_role
                source = self.docs.get(best.span.source)
                if source is not None and not before:
                    before = source.text[:best.span.end]
            if len(actor.split()) == 1 and not as_it:
                # "Colborne said ...": no statement gives the person in full, but a source introduces
                # them ("Council leader Ian Colborne said", "Rachel Gundry, who chairs the ... Group,")
                found = self.introduction(actor)
                if found is not None:
                    actor, role = found.name, role or found.text
        whose = re.match(r"(?:the\s+)?([a-z]+)['’]s?\s+(.+)$", role)
        if whose and before:
            body = self.named(whose.group(1).capitalize(), before)
            if body and body.lower() != whose.group(1):
                role = f"{whose.group(2)}, {body}"
        return actor, role

    def deferred(self, note: Note) -> bool:
        """Whether *note* tells only that its party has not made up its mind yet ("said it was studying
        the council's request and would respond within six weeks", "declined to comment", `_DEFERRAL`)
        while a source dated after it names the party again: what the party then said or did overtakes
        a holding line, which was never a position."""
        text = said(note)
        if not _DEFERRAL.search(text):
            return False
        day = self.source_day(note)
        if day is None:
            return False
        names = [n for n in _row_names(note.speaker, note.speaker_role) if len(n) > 2]
        words = note.speaker.split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            names.append(words[-1])  # "Karen Ashby" is "Ashby" on second mention
        if not names:
            return False
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
        for doc in self.docs.values():
            later = self.source_day_of(doc)
            if later is not None and later > day and pattern.search(doc.text):
                return True
        return False

    def introduction(self, surname: str) -> Gloss | None:
        """How the sources introduce the person a bare *surname* stands for: their full name as a
        source first gives it ("Ian Colborne"), with the descriptor it sets beside the name where
        there is one (`person_gloss`: "Council leader"; `_pronoun_gloss`; a title before it:
        "Councillor"), else "" for it. None when no source gives a
        given name before the surname, or two give different ones (two people, or a body's longer
        name: "Grain Producers Australia" has no given name, "Producers" ends no sentence start)."""
        if not re.fullmatch(r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*", surname):
            return None
        full = re.compile(r"(?<![\w'’&.-])([A-Z][a-z'’-]+)\s+" + re.escape(surname) + r"(?![\w'’-])")
        names: dict[str, Gloss | None] = {}
        for doc in self.docs.values():
            for match in full.finditer(doc.text):
                given = match.group(1)
                if given.lower() in STOP_WORDS or given in TITLE_WORDS or given in HONORIFIC_TITLES \
                        or given.endswith(("'s", "’s")) or given.lower() in _CALENDAR_WORDS:
                    continue
                title = re.search(r"\b([A-Z][a-z]+)[ \t]+$", doc.text[max(0, match.start() - 40):match.start()])
                if title is not None and not (title.group(1) in TITLE_WORDS or ROLE_NOUN.fullmatch(title.group(1).lower())):
                    title = None  # "Councillor Maria Dahl", "Director Ana Ruiz": a title, not part of a longer name
                if in_other_name(doc.text, match.start()) and not title:
                    continue  # "Grain Producers Australia": a body's name, not a person's
                name = f"{given} {surname}"
                if names.get(name) is None:
                    gloss = person_gloss(doc.text, name, match.end() + 1) or _pronoun_gloss(doc.text, match) \
                        or (Gloss(title.group().strip(), name) if title and title.group()[:1].isupper() else None)
                    if gloss is not None and holds.possessive(gloss.text):
                        # "Its chair, Lorna Whitby": the body its source names last before her
                        opens = doc.text.rfind(gloss.text.split()[0], 0, match.start())  # before "Its ...,"
                        opens = match.start() if opens < 0 else opens
                        # ("said Callum Drever, our regional organiser": "our" is the writer's, no name before it)
                        body = "" if gloss.text.split()[0].lower() in ("our", "my") \
                            else _nearest_body(doc.text[max(0, opens - OWNER_REACH):opens])
                        gloss = Gloss(f"{gloss.text.split(None, 1)[1]}, {body}", gloss.name) \
                            if body and len(gloss.text.split()) > 1 else None
                    names[name] = gloss
        if len(names) != 1:
            return None
        name, gloss = names.popitem()
        return gloss if gloss is not None and gloss.name == name else Gloss("", name)

    def corrected_side(self, pair: Disagreement) -> bool:
        """Whether a side of *pair* is a correction notice ("An earlier version of this story gave
        ... ; the correct figure is 850"), or a statement a notice says is wrong (`told_before`):
        a correction is no disagreement, and its wrong value no side of one. Two named holders' latest
        values of one quantity (`estimates.held_apart`: each holder's own earlier values already
        dropped) stand against a later figure that only revises a value: a correction alone sets a side aside."""
        wrong = self.told_in_error if pair.sides and pair.reason.startswith(HELD_APART) else self.told_wrong
        for note_id in (pair.a, pair.b):
            note = self.readable_by_id.get(note_id) if note_id else None
            if note is not None and (note.id in wrong or tells_correction(note.quote)):
                return True
        return False

    def led_in_by(self, side: Note, other: str, own: str = "") -> bool:
        """Whether *side*, a party's statement quoted with the sentence before it, opens on what the other
        party said or did ("The court said the group had not shown ... The group argues ..." as the group's
        side against the court), or on a quotation another named speaker than its own party (*own*) said
        ("'At 30 cents we would be borrowing,' Mehdevi said. Halvard disputes that."): shown under the
        party's name, it would put the other's words in its mouth."""
        if side.id not in self.paired:
            return False
        start = self.own_start.get(side.id, side.span.start)
        doc = self.docs.get(side.span.source)
        if doc is None or start <= side.span.start:
            return False
        lead_in = " ".join(reads(doc, side.span.start, start).split())
        if own and _quoted_by_other(lead_in, own):
            return True
        saying = _SAYING.search(lead_in)  # "The court said ...": who said it, else who did what it tells
        words = re.findall(r"[\w'’-]+", lead_in[:saying.start()]) if saying is not None and saying.start() < 80 \
            else holds.main_subject(lead_in)
        subject = {w.lower() for w in words} - STOP_WORDS
        return bool(subject & _unpossessed(other.split()))

    def answering(self, side: Note, first: Note) -> Note:
        """*side*, a disagreement's second side, as its own sentence when `in_context` quoted it with the
        sentence before it and that sentence is *first*'s, the side shown just before it ("The union says ...
        / The authority disputes that, saying ..."): its claim, right above, tells what "that" is; else *side*."""
        own = self.originals.get(side.id)
        doc = self.docs.get(side.span.source)
        if side.id not in self.paired or own is None or doc is None or first.span.source != side.span.source \
                or own.span.start <= side.span.start:
            return side
        if first.span.start <= side.span.start < first.span.end and not reads(doc, first.span.end, own.span.start).strip():
            return own
        if first.span.start <= side.span.start and _para_at(doc, first.span.start) == _para_at(doc, side.span.start):
            # the sentence before it goes on with the first side's own statement, in its paragraph ("Halvard said
            # the cut was too deep. Its partner said the trust could pay 30 cents. / Oyelaran rejected that."):
            # the first side, right above, tells what is rejected
            return own
        return side

    def disagreements(self, spec: SectionSpec, *, parties_only: bool = False) -> list[Item]:
        """Where sources disagree: first the disputes between two named parties, taken early
        (*parties_only*, `fill_order`: before the sections after the opening one spend the budget),
        then, in the section's own turn, the other pairs of different figures or directions."""
        items = list(self.disputes)
        for pair in self.noteset.disagreements:
            if len(items) >= spec.max_items:
                break
            if self.forum_side(pair) or self.corrected_side(pair):
                continue
            if parties_only and not pair.sides or any(item.note_id == pair.a for item in self.disputes):
                continue
            if not pair.b:  # one sentence holds both sides
                note = self.by_id.get(pair.a)
                if note is None or not self.fits(note, new_words=False, reserved=True):
                    continue
                held = self.take(note)
                # "Dr. Raman vs the group": a side named by pointing back is no label, nor one the notes
                # stage found no name for (empty); one side alone is no label either: the quote names both.
                named = all(side and not vague(side) for side in pair.sides)
                items.append(replace(held, reason=pair.reason, sides=pair.sides if named else ()))
                continue
            # two parties at odds (sides) hold their stances after later news: read from every readable note
            known = self.readable_by_id if pair.sides else self.by_id
            a, b = known.get(pair.a), known.get(pair.b)
            b = self.answering(b, a) if a is not None and b is not None else b
            if pair.sides:  # two parties at odds, each side quoted
                if a is None or b is None or any(self.led_in_by(n, pair.sides[1 - i], pair.sides[i])
                                                 for i, n in enumerate((a, b))):
                    continue
                if self.told_both(a, b):
                    continue  # "The council's saving, which it puts at 1.4 million, is disputed by ..., who say it is
                    # about 300,000": a printed statement told both figures; the pair would tell it again
                # A side the brief already stated (itself, in another source's words, or all but
                # word for word) is referred to by its number: each fact once per brief; here it
                # is news who holds it.
                # A side quoted with the sentence before it is stated only when its own sentence is: an
                # earlier statement of that lead-in ("Munich voters rejected a bid ... in 2013") is not
                # the holder's claim, and a reference to it would show no side at all.
                earlier = [self.stated(self.originals.get(n.id, n) if n.id in self.paired else n) for n in (a, b)]
                if not self.room_for(sum(len(statement(n).split()) for n, seen in zip((a, b), earlier, strict=True)
                                         if not seen)):
                    continue
                first, second = (self.refer(n, seen) if seen else self.take(n) for n, seen in zip((a, b), earlier,
                                                                                                 strict=True))
                items.append(replace(first, other=replace(second, sides=pair.sides[1:]), reason=pair.reason,
                                     sides=pair.sides))
                continue
            if a is None or b is None or a.id in self.used or b.id in self.used or self.told_both(a, b) or any(
                    _paraphrase(said(n), other) for n in (a, b) for other in self.used_texts) \
                    or self.span_shown(a) or self.span_shown(b):
                continue  # each fact once: a side already stated elsewhere is not repeated here
            if not self.room_for(sum(len(statement(n).split()) for n in (a, b) if n.id not in self.used)):
                continue
            first, second = self.take(a), self.take(b)
            items.append(Item(text=first.text, citations=first.citations, note_id=a.id, kind=a.kind,
                              label=first.label, support=first.support, other=second, reason=pair.reason))
        return items

    def told_both(self, a: Note, b: Note) -> bool:
        """Whether one statement the brief printed gives a figure of each side of a disagreement between
        *a* and *b* whose figures differ (the same value and unit class as a figure of *a*, and as one of
        *b*): it told the disagreement whole, in its own words, and a pair would tell it a second time."""
        def gives(note: Note, side: Note) -> bool:
            return any(near(f, g) and unit_head(f.unit) == unit_head(g.unit) for f in note.figures for g in side.figures)
        if not a.figures or not b.figures or gives(a, b):
            return False
        return any(gives(n, a) and gives(n, b) for n in self.readable if n.id in self.printed)

    def changes(self, spec: SectionSpec) -> list[Item]:
        """What changed since the earlier brief: figures a new source updates, claims a new
        source contradicts, claims no source of that brief carried (newest first), and the
        earlier brief's statements whose source is gone or was overtaken."""
        earlier = self.earlier
        if earlier is None:
            return []
        fresh = {doc.id for doc in self.docs.values()
                 if doc.path not in earlier.source_paths or earlier.source_hashes.get(doc.path) != doc.sha256}
        candidates = [n for n in self.ranked() if n.span.source in fresh
                      and not self.forum(n)]
        items: list[Item] = []
        overtaken: set[str] = set()
        newest_first = sorted(candidates, key=lambda n: self.date(n), reverse=True)  # stable: rank within a day
        updated: set[str] = set()
        for note in newest_first:  # a figure of the same measure with a new value: the latest one
            found = [(old, new) for old, new in updates(note, earlier, _stems) if old.text not in updated]
            if not found or len(items) >= max(1, spec.max_items // 2) or not self.fits(note, new_words=False):
                continue
            old, new = found[0]
            updated.add(old.text)
            overtaken |= {c.note_id for f, c in earlier.figures if f == old}
            items.append(replace(self.take(note), change="updated", label=f"was {old.text}, now {new.text}"))
        for pair in self.noteset.disagreements:  # a later source contradicts the earlier brief
            for old_id, new_id in ((pair.a, pair.b), (pair.b, pair.a)) if pair.b and not self.forum_side(pair) else ():
                old_note, new_note = self.by_id.get(old_id), self.by_id.get(new_id)
                if (old_note is None or new_note is None or new_note.span.source not in fresh
                        or old_note.span.source in fresh or old_note.id not in earlier.note_ids
                        or len(items) >= spec.max_items or not self.fits(new_note, new_words=False)):
                    continue
                overtaken.add(old_note.id)
                items.append(replace(self.take(new_note), change="updated",
                                     reason=f"contradicts the earlier brief ({pair.reason})"))
        new_items: list[tuple[str, Item]] = []
        for note in candidates:  # claims the earlier brief did not make
            if len(items) + len(new_items) >= spec.max_items:
                break
            members = {m.id for m in self.cluster_members.get(note.id, [])}
            if note.kind == "opinion" or not self.fits(note):
                continue
            if covered(note, said(note), members, earlier, _similar):
                continue
            new_items.append((self.date(note), replace(self.take(note), change="new")))
        items = [item for _, item in sorted(new_items, key=lambda pair: pair[0], reverse=True)] + items
        current = {doc.path for doc in self.docs.values()}
        gone: list[Item] = []
        for old_item in earlier.items:  # what the earlier brief said that no longer stands
            citation = earlier.citation(old_item.citations[0]) if old_item.citations else None
            if citation is None or len(gone) >= max(2, spec.max_items // 2) or old_item.text in {
                    g.text for g in gone}:
                continue
            if citation.path not in current:
                why = "its source is no longer in the brief's sources"
            elif old_item.note_id in overtaken:
                why = "a later source overtook it"
            else:
                continue
            where = f"{citation.source_title or citation.path}, {citation.date or 'date unknown'}"
            gone.append(Item(text=old_item.text, citations=(), note_id=old_item.note_id, kind=old_item.kind,
                             change="gone", reason=f"{where}; {why}"))
        return items + gone

    def timeline(self, spec: SectionSpec) -> list[Item]:
        """Dated events in date order: the best-ranked notes that report something on a day
        their text names (normalised against the source's date, on or before it; for a source
        with only an estimated date, a date written out), and events scheduled for a day on or
        after the newest source's (`scheduled`), marked as such, half the entries at most; each once,
        sorted by that day (then by source date and place in the source). A schedule that a later
        source reports on gives way to that report (`outcome`, dated by its own text) or goes."""
        entries: list[tuple[str, str, int, Item]] = []
        # Each fact once: an event another section told (the approval a Bottom line opens with) is not
        # retold here, not even as its dated clause; the Timeline dates the story's other events.
        # The story's dated acts a later source overtook as a current account (a plan since moved, a
        # stoppage over a schedule since changed) are still what happened on their day: its history
        history_room = max(1, (spec.max_items + 1) // 2)
        for note in self.history():
            if len(entries) >= spec.max_items or sum(item.note_id in self.gone_ids for *_, item in entries) >= history_room:
                break
            entry = self.history_entry(note, entries)
            if entry is not None:
                entries.append(entry)
        planned_room = max(1, spec.max_items // 2)  # what happened comes first: schedules fill half at most
        for note in self.ranked():
            if len(entries) >= spec.max_items:
                break
            if not self.reports(note) or note.kind == "forecast" or not self.matches(note, replace(spec, kinds=())):
                continue
            if self.commentary(note):
                continue  # an analyst's comparison or a column's view is no event, whatever day it names
            if bare_imperative(said(note)):
                continue  # a demand from a list, with no actor: whose it is, the line does not say
            if SALUTATION.match(said(note)):
                continue  # a letter's "Dear Mr Eyre, ...": the writing of a letter, no event of its day
            if note.id in self.used:
                told = self.told_event(note) if note.id not in {item.note_id for *_, item in entries} else None
                if told is not None:
                    entries.append(told)  # another day's event, which the statement told in its place did not tell
                continue  # each fact once: an event another section told is not told again here whole
            day, planned, acted = self.event_day(note, happened=True), False, False
            if day is not None and self.report_day(note, day) and sum(
                    item.scheduled for *_, item in entries) < planned_room:
                # "ordered the commission to hand over the ballots by November 28", told on the day of
                # its report: the day it names is the deadline's, the event a reader must not miss
                ahead = self.timeline_schedule(note)
                if ahead is not None and ahead > day:
                    if act_before_day(lead_sentence(said(note)), day, ahead):
                        # "Munro called for the chairman to step down ... before the 4 December capital
                        # markets day", told on Nov 11: the demand is that day's act, not the event of
                        # the day it names
                        acted = True
                    else:
                        day, planned = ahead, True
            anchor = self.source_day(note)
            if day is None and anchor is not None and (ahead := self.scheduled(note)) is not None \
                    and act_before_day(lead_sentence(said(note)), anchor, ahead):
                day, acted = anchor, True  # the same, from a source whose text names no day of the act
            elif day is None and sum(item.scheduled for *_, item in entries) < planned_room \
                    and (day := self.timeline_schedule(note)) is not None:
                outcome = self.outcome(note, day)
                if outcome is not None:
                    note, day = outcome
                else:
                    planned = True
            if day is None or not self.fits(note):
                continue
            if not planned and self.report_day(note, day) and holds.period_total(said(note)):
                continue  # "delivered 1.52 million tonnes in the 2025/26 season": a season's total, no event of the report's day
            entries.append((day.isoformat(), self.date(note), note.span.start,
                            replace(self.take_dated(note, day.isoformat()), scheduled=planned,
                                    reported=acted or not planned and self.report_day(note, day))))
        if not entries:
            return self.undated_timeline(spec)
        kept = [item for *_, item in once_per_event(sorted(entries, key=lambda entry: entry[:3]),
                                                    lambda item: self.forum(self.by_id.get(item.note_id)))]
        self.scheduled_told.extend((item.date, item.text) for item in kept if item.scheduled)
        return kept

    def undated_timeline(self, spec: SectionSpec) -> list[Item]:
        """When no source carries a date (none written, none estimated): the events one source
        places by a day of the month it names with no month ("local time on the 12th") and by
        counts of days from it ("four days after the administration announced ..."), in the
        order those counts give, each dated as the text words it ("the 12th", "four days before
        the 12th"). Days of different sources, or two days of the month of one source, are never
        ordered against each other (no month is invented): one source's day and the events counted
        from it, when they are two at least (one entry orders nothing). [] otherwise."""
        if any(placed_day(doc.meta) for doc in self.docs.values()):
            return []
        groups: dict[tuple[str, int], list[tuple[int, int, str, Note, str]]] = {}
        # A sentence that leans on the one before it ("This development comes four days after ...")
        # is no statement on its own, but the event it counts from that one is: its words after the count.
        unread = [n for n in self.noteset.notes if n.id not in self.readable_by_id]
        ranked = list(self.ranked())
        seen = {n.id for n in ranked}
        printed = [n for n in self.readable if n.id in self.printed and n.id not in seen]  # days counted from
        for note in [*ranked, *printed, *unread]:
            if note.kind in ("opinion", "forecast", "risk") or self.forum(note) or self.reliability(note) == "opinion":
                continue
            if self.commentary(note) or not self.matches(note, replace(spec, kinds=())):
                continue
            placed = self.month_day(note)
            if placed is None:
                continue
            day, offset, label = placed
            own = self.originals.get(note.id, note)
            shown = dates.counted_event(said(own))  # "N days after X": the entry is X's, shown alone
            if shown is None and (note in unread or dates.shift(said(own)) is not None and offset):
                continue
            told = note.id in self.printed and not offset  # the day counted from, told elsewhere: it orders, unprinted
            fresh = (not any(_restates(shown, kept) for kept in self.used_texts) if shown  # its event alone is shown
                     else self.fits(note, new_words=False))
            if not told and (note.id in self.printed or (note.id in self.used and offset) or (
                    note.id not in self.used and not fresh)):
                continue  # each fact once; only the day counted from may be another source's words for a told fact
            groups.setdefault((note.span.source, day), []).append((offset, note.span.start, label, own,
                                                                   "\0" if told else shown or ""))
        ordered = [group for group in groups.values() if len({offset for offset, *_ in group}) >= 2
                   and any(shown != "\0" for *_, shown in group)]
        if not ordered:
            return []
        chosen = [entry for entry in max(ordered, key=len) if entry[-1] != "\0"][:spec.max_items]
        items = []
        for _, _, label, note, shown in sorted(chosen, key=lambda entry: entry[:2]):
            item = replace(self.take(note), date=label[:1].upper() + label[1:])
            # the event alone, elided from its sentence; an analyst's own wording of the note stays theirs
            items.append(replace(item, text=f"... {shown}") if shown and not note.text else item)
        return items

    def month_day(self, note: Note) -> tuple[int, int, str] | None:
        """Where the note's sentence (in its source, whole: an elided quote may leave the day out)
        places its event among its source's days with no month: (the day of the month, the count of
        days from it, the words for a reader). A sentence naming one such day and no other time is
        on it; one counting days from an event told before ("This development comes four days after
        ...", "Two days later ...") is on that day plus the count, when every time its source names
        before it is that one day, and "after X"'s subject is that earlier event. None otherwise."""
        doc = self.docs.get(note.span.source)
        if doc is None:
            return None
        span = self.originals.get(note.id, note).span  # its own sentence, not the one quoted before it
        own = [s for s in doc.sentences if s.start < span.end and s.end > span.start]
        if len(own) != 1:
            return None
        text = doc.text[own[0].start:own[0].end]
        days = dates.month_days(text)
        moved = dates.shift(text)
        if dates.other_times(text, days_only=bool(days) and moved is None):
            return None
        if days:
            if len(days) > 1 or moved is not None:
                return None
            day, words = next(iter(days.items()))
            return day, 0, f"the {words}"
        if moved is None:
            return None
        told: list[tuple[int, str, str]] = []  # (day, its words, the sentence naming it)
        for sentence in doc.sentences:
            if sentence.end > own[0].start:
                break
            earlier = doc.text[sentence.start:sentence.end]
            if dates.other_times(earlier, days_only=not moved.own) or dates.shift(earlier) is not None:
                return None  # an earlier time of another kind: what the count runs from is unclear
            told += [(day, words, earlier) for day, words in dates.month_days(earlier).items()]
        if len({day for day, *_ in told}) != 1:
            return None
        day, words, telling = told[-1]
        if not moved.own and not dates.points_back(moved.subject, telling):
            return None
        return day, moved.days, f"{moved.words} the {words}"

    def told_event(self, note: Note) -> tuple[str, str, int, Item] | None:
        """For a note the brief's other sections used, the Timeline entry of its event when they did
        not tell it: a statement of another day told in its place (the same parties, another event:
        "upheld the award" for the award) leaves the event, on the day its text gives (not its report's
        day, not a day ahead), to the Timeline, told by the note itself when it is no restatement of a
        printed one and fits the budget. None when the brief told it (each fact once), told no fact of
        it, or its text names no day it happened on."""
        earlier = self.stated(note)
        day = self.event_day(note)
        if not earlier or day is None or self.report_day(note, day) or self.watch_of(note) is not None:
            return None
        printed = self.by_id.get(self.citations[earlier[0] - 1].note_id) if 0 < earlier[0] <= len(self.citations) else None
        if note.id in self.printed or printed is None or self.event_day(printed) == day:
            return None
        text = said(note)
        if piece_of_quotation(text) or not self.room_for(len(statement(note).split())) or self.told_figures(note) or any(
                _restates(text, said(self.by_id[n])) for n in self.printed if n in self.by_id):
            return None
        return day.isoformat(), self.date(note), note.span.start, self.take_dated(note, day.isoformat())

    @functools.cached_property
    def gone_ids(self) -> set[str]:
        """Readable notes the brief's sections leave out as overtaken (`superseded`, `overtaken_events`)."""
        return (self.stale | {judgement.note for judgement in self.overtaken_events}) & set(self.readable_by_id)

    def announced_lede(self, note: Note) -> bool:
        """Whether *note* is a decision announced in its source's lede ("cutting 180 jobs", since revised
        to 150): still the story's first state, told as what was announced then; a level that moved
        is not. Asked only of a revised statement (`first_of_source` caches lede starts)."""
        return self.first_of_source(note) and (
            holds.announced_event(said(note)) is not None or holds.reported_decision(said(note)) is not None)

    def history(self) -> list[Note]:
        """The overtaken notes (`gone_ids`) a chronology can still tell, best weighted first: reported
        (no commentary, no one's expectation), shown in no other way (not unseen, not a departed party's).
        Never a correction notice or a value it says was wrong (`told_in_error`), nor a plan its holder
        called off (`overtaken_events`): neither was so on its day."""
        departed = {judgement.note for judgement in self.departed}
        undone = {judgement.note for judgement in self.overtaken_events if judgement.reason == "called off"}
        notes = [self.readable_by_id[i] for i in self.gone_ids if i not in self.unseen and i not in departed
                 and i not in undone and i not in self.told_in_error
                 and not (i in self.stale and self.level_overtaken(self.readable_by_id[i]))]
        notes = [n for n in notes if not tells_correction(n.quote)]
        # (a plan its maker announced, "will end the service by September, the company said", is its act; an
        # expectation someone holds, `sections.outlook`, is none)
        notes = [n for n in notes if self.reports(n) and n.kind != "opinion" and not self.commentary(n)
                 and not (n.kind == "forecast" and _HEDGED.search(said(n)))]
        return sorted(notes, key=lambda n: (-self.weight(n), n.id))

    def level_overtaken(self, note: Note) -> bool:
        """Whether *note*'s own news is a value a later report replaced: the value its first clause gives
        ("Veterinary officers have culled about 1,700 pigs on 11 holdings ...", once "2,900 animals have now been
        culled ... up from the 1,700 reported earlier"), or a level that moved by itself to it ("the number of
        cancelled sailings climbed to 86", once 131 "had now been cancelled"). The Key figures row tells that
        value as its earlier report; the statement, overtaken, is no act a chronology recalls (as
        `original_event` leaves such a level out). An act whose later clause gives the revised figure ("will end
        its service ..., cutting about 40 jobs") is still history."""
        replaced = [g for g in self.quantities if g.replaced_by is not None]
        text = " ".join(said(note).split())
        for figure in self.statement_figures(note):
            at = text.find(figure.text)
            if at < 0 or not any(same_quantity(figure, known) for group in replaced for known in group.figures):
                continue
            moved = _MOVED_BEFORE.search(text[:at])
            if moved and stem(moved.group("verb")) in _LEVEL_MOVES or not _CLAUSE_BREAK.search(text[:at]):
                return True
        return False

    def history_entry(self, note: Note, entries: Sequence[tuple[str, str, int, Item]]) -> tuple[str, str, int, Item] | None:
        """The Timeline entry of an overtaken note (`history`) on the day its text names for what it
        reports ("stopped on Wednesday", "..., the company said on Wednesday": the announcement's
        day), on or before its source's date and not years before it; the clause that tells the
        event (`dates.event_clause`, elided "... ") when the sentence has one, else the statement
        whole, never as scheduled. None when its text names no such day (a report's day is no
        event), it repeats a statement of the brief or an entry, or the budget has no room."""
        stated, day = self.source_day(note), self.event_day(note)
        if stated is None or day is None or day > stated or dates.event_when(lead_sentence(said(note)), stated) != (day, True):
            return None
        text = said(note)
        if holds.background(text, stated) or holds.period_total(text):
            return None
        first = SENTENCE_END.split(text)[0]
        clause = dates.event_clause(first, stated, day)
        if note.id not in self.stale and clause is None:
            # overtaken only as a schedule (`overtaken_events`: "will launch ... on 28 March", since postponed):
            # what stays true of it is an act it reports done on its day ("on Friday halted its kiln line"),
            # never the schedule itself, whole or as its announcement's clause
            return None
        clause = clause or dates.announced_clause(first, stated, day)
        if clause is not None:
            clause = self.with_consequences(note, first, clause)
        if note.id in self.told_wrong and not self.announced_lede(note) and self.calls_earlier(note, clause or text):
            return None  # its value a later source calls earlier ("up from the 1,700 reported earlier"): a row's earlier value
        if note.id in self.printed:
            return None  # printed elsewhere: each fact once, not even as its dated clause
        # (one kept for the disagreements section too: an overtaken statement is no side of a current dispute;
        # one a Key figures row quotes a figure of as an earlier report: the row prints no statement)
        if not self.fits(note, reserved=True, tabled=True):
            return None
        members = {m.id for m in self.cluster_members.get(note.id, [])} | {note.id}
        if any(item.note_id in members or (entry_day == day.isoformat() and _restates(text, item.text))
               for entry_day, _, _, item in entries):
            return None
        if self.retold(clause or text):
            return None  # its words are the brief's already (a Key figures row quoting it, a statement telling it)
        if clause is not None and self.room_for(len(clause.split())):
            self.words += len(clause.split())
            numbers, support = self.cite_all(note)
            item = Item(text=f"{clause} ...", citations=numbers, note_id=note.id, kind=note.kind, label=self.label(note),
                        support=support, speaker=note.speaker, speaker_role=note.speaker_role, date=day.isoformat())
        else:
            item = replace(self.take_dated(note, day.isoformat()), scheduled=False, reported=False)
        return day.isoformat(), self.date(note), note.span.start, item

    def with_consequences(self, note: Note, sentence: str, clause: str) -> str:
        """*clause* (the opening of *sentence* that tells its event) with the participle phrases of
        consequence that follow it (`_CONSEQUENCE`: ", killing one man", ", forcing the evacuation of 60
        homes"), up to the first that gives a value a later report replaced ("injuring at least 14
        people", once 19 are counted): an elision leaves out what was overtaken, never the outcome
        that still stands (a death, an arrest, a closure)."""
        text = " ".join(sentence.split())
        at = len(" ".join(clause.split()))
        if text[:at] != " ".join(clause.split()):
            return clause
        replaced = [g for g in self.quantities if g.replaced_by is not None]
        figures = self.statement_figures(note)
        end = at
        while (found := _CONSEQUENCE.match(text, end)) is not None:
            phrase = found.group("phrase")
            if found.group("verb").lower() in _NOT_CONSEQUENCE:
                break  # "according to ...", "adding that ...": a source or a report, no outcome
            if any(f.text in phrase and any(same_quantity(f, known) for group in replaced for known in group.figures)
                   for f in figures):
                break  # "injuring at least 14 people", since overtaken: left out, and what follows it
            end = found.end()
        return text[:end] if end > at else clause

    def calls_earlier(self, note: Note, text: str) -> bool:
        """Whether a later or correcting sentence (`earlier_tellers`, as `told_before` reads them) calls
        a value of *text*, part of *note*'s quote, earlier: the part a Timeline entry would tell, not a
        sentence of the quote left out of it."""
        figures = [f for f in self.statement_figures(note) if f.text in text]
        day = self.date(note)
        return any(called_earlier(text, said, f) for source, when, said in self.earlier_tellers
                   if source != note.span.source and not (day and when and when < day) for f in figures)

    def retold(self, text: str) -> bool:
        """Whether *text* (a Timeline entry of a note no other section prints) adds at most
        FIGURE_NEWS_WORDS content words to what the brief prints: its statements (a quote a Key
        figures row tables among them) and the Key figures rows ("Shares in Skylark Air fell 7.5 percent on Friday
        ..." beside the row "7.5 percent | fall in shares"): told twice, it tells nothing new."""
        known: set[str] = set()
        for told in self.used_texts:  # (its own quote there too when a row tables it)
            known |= _stems(told)
        for row in self.row_figures:
            known |= _stems(f"{row.measures} {row.text} {row.unit}")
        return len(_stems(text) - known) <= FIGURE_NEWS_WORDS

    def event_day(self, note: Note, happened: bool = False) -> dt.date | None:
        """The day the note reports something happening (`dates.event_day` of its first sentence,
        `lead_sentence`), counted from its source's date; from an estimated date, only a date written
        out counts. *happened*: the day of what it tells before the day of its saying (a Timeline
        entry's date; `dates.event_when`)."""
        stated, text = self.source_day(note), lead_sentence(said(note))
        if stated is not None:
            day = dates.event_day(text, stated, happened=happened)
            if day is None and text != said(note) and dates.event_day(said(note), stated) == stated:
                return stated  # "The lockout has cost more output than first reported. Torvell said on Friday ...", told on Friday
            return day
        placed = self.date(note)
        return dates.event_day(text, dt.date.fromisoformat(placed), relative=False) if placed else None

    def for_timeline(self, note: Note) -> bool:
        """Whether the note is a dated past event of the story that the profile's Timeline tells
        ("On November 12 the council approved 2.1 billion naira", read in a report of 19 November):
        reported fact (no commentary, no forecast) whose text names a day before its source's date,
        not years before it (background) and no span's total. Other bullet sections leave it to the
        Timeline (each fact once) after their first statement, so the Timeline is not left thin by
        sections that can take other statements; nothing when the profile has no Timeline."""
        if not any(spec.style == "timeline" and spec.max_items for spec in self.profile.sections):
            return False
        if not self.reports(note) or note.kind == "forecast" or self.commentary(note):
            return False
        stated, day = self.source_day(note), self.event_day(note)
        if stated is None or day is None or day >= stated:
            return False
        text = said(note)
        return not holds.background(text, stated) and not holds.period_total(text)

    def report_day(self, note: Note, day: dt.date) -> bool:
        """True when *day* is the note's source's date and its text names no day for what it
        reports ("The government said damage would reach ..."): the day of the report."""
        stated = self.source_day(note)
        return stated == day and dates.event_when(lead_sentence(said(note)), stated) == (stated, False)

    def scheduled(self, note: Note) -> dt.date | None:
        """The day of an event the note says is set for the newest source's day or later (a
        vote, a hearing, a deadline; `sections.catalyst`), when it names that day; else None."""
        found = self.watch_of(note)
        if found is None or found.day is None or found.precision != "day":
            return None
        if self.now is not None and found.day < self.now or self.reported_until and found.day <= self.reported_until:
            return None  # past by the newest source, or a source with no date of its own reports it as past
        return found.day

    def timeline_schedule(self, note: Note) -> dt.date | None:
        """The day a Timeline entry of *note* is scheduled for (`scheduled`), when that day is still
        the event's: its first sentence names it (`lead_sentence`: a later sentence's day is another
        event's) and not as a plan given up ("A union meeting planned for Saturday ... has been
        cancelled"), and no source dated after the note's names that day as the plan
        before a change (`supersede.days_given_up`: "The trust had planned to begin work on July 1").
        None otherwise: a schedule since called off or moved is no event of that day."""
        day = self.scheduled(note)
        anchor = self.source_day(note)
        if day is None or anchor is None:
            return day
        lead = lead_sentence(said(note))
        if day not in {when.first for when in dates.mentions(lead, anchor)} or day in days_given_up(lead, anchor):
            # "had planned to hold the reopening on July 14, but ...", "A union meeting planned for Saturday ...
            # has been cancelled": the note gives that day up itself (a move's new day stays: "has moved to Nov 18")
            return None
        return None if day in self.days_given_up(note) else day

    def days_given_up(self, note: Note) -> set[dt.date]:
        """The days that a source dated after *note*'s names as an event's plan before a change
        (`supersede.days_given_up`), in a sentence sharing a content word with the note (not a time word):
        the same event's day, not another's that fell on it."""
        anchor = self.source_day(note)
        words = _stems(said(note)) - _TIME_STEMS
        found: set[dt.date] = set()
        for doc in self.docs.values():
            written = self.source_day_of(doc)
            if anchor is None or written is None or written <= anchor or doc.duplicate_of:
                continue
            for sentence in self.sentences_of(doc):
                if words & _stems(sentence):
                    found |= days_given_up(sentence, written)
        return found

    def outcome(self, note: Note, day: dt.date) -> tuple[Note, dt.date | None] | None:
        """What became of the event *note* schedules for *day*: a statement of a later source than
        the note's saying the same (same claim cluster, or the same fact in other words) that is
        no schedule itself. From a source dated on or after that day (or with only an estimated
        date, which is no more than the earliest day it can have been written) it is the outcome,
        with the day it reports the event on (None when its text names none); from one before it,
        a later report of the plan, taken only with a day of its own. None when no source tells."""
        mine = self.date(note)
        members = {m.id for m in self.cluster_members.get(note.id, [])}
        # The sentence that sets the day is what happens ("... would not pay. She said the council
        # would meet on March 11 to vote ..."): the one sentence of the statement to compare.
        parts = SENTENCE_END.split(said(note))
        telling = [part for part in parts if self.scheduled(replace(note, quote=part, text="")) == day] or parts
        for other in sorted(self.notes, key=lambda n: (-self.weight(n), n.id)):
            placed = self.date(other)
            if (not placed or (mine and placed <= mine) or other.kind in ("forecast", "risk")
                    or not self.reports(other)):
                continue
            if other.id in members or any(_paraphrase(part, said(other)) for part in telling):
                happened = self.event_day(other)
                ahead = self.watch_of(other)  # an event it dates ahead is a schedule too, whatever its kind
                if (placed >= day.isoformat() or self.estimated(other)) and (ahead is None or ahead.day is None):
                    return other, happened if happened is not None and happened >= day else None
                if happened is not None:  # a later report of the plan, dated by its own text
                    return other, happened
        return None

    def new_event(self, note: Note) -> bool:
        """Whether one of the note's event words (an appeal, a ruling, a vote) is named by no statement
        the brief already tells: a pending event is news though its names are told ("Iberlit said it
        would appeal to the Supreme Court" after a bullet on Iberlit's delay by the court)."""
        told = {stem(w) for text in self.used_texts for w in content_words(text)}
        return bool(event_stems(said(note)) - told)

    def watch(self, spec: SectionSpec) -> list[Item]:
        """What to watch: events still to come after the newest source, the best-ranked that
        name a day in the order of their days (each dated, against its source's date); pending
        or undated ones only when no event to come is dated. One sentence each: a note quoted
        with the sentence it leans on is left to other sections. An event's news is its day: a
        dated statement sharing the names of one said elsewhere is no repeat unless it restates it;
        an undated one must not retell a fact the brief already gives."""
        dated: list[tuple[tuple[dt.date, int], str, Note]] = []
        undated: list[Note] = []
        for note in self.ranked():
            if not self.watchable(note, spec) or not self.fits(note, new_words=False) or bare_imperative(said(note)):
                continue
            found = self.watch_of(note)
            if found is None:
                continue
            anchor = self.source_day(note)
            if found.day is not None and found.precision == "day" and anchor is not None \
                    and act_before_day(lead_sentence(said(note)), anchor, found.day):
                continue  # a demand made on its own day that names a later event's day: no event to come itself
            if found.day is not None:
                dated.append((dates.order(found.day, found.precision), dates.iso(found.day, found.precision), note))
            else:  # with no day, its news is what it says (asked when it is taken, below)
                undated.append(note)
        # The best-ranked that still fit once the ones before are told, then in the order of their days:
        # a pick that no longer fits leaves room for the next (not a shorter list).
        taken: list[tuple[tuple[dt.date, int], Item]] = []
        for order, shown, note in dated:
            if len(taken) >= spec.max_items:
                break
            if any(day == shown and one_event(text, said(note), order[0]) for day, text in self.scheduled_told):
                continue  # the Timeline dates this event to come already: one event, told once
            if self.fits(note, new_words=False) and not any(
                    kept.date == shown and one_event(kept.text, said(note), order[0]) for _, kept in taken):
                taken.append((order, self.take_dated(note, shown)))  # one entry per event to come
        if not taken:  # every dated one told elsewhere (or none): what is pending with no day ("would appeal to the Supreme Court")
            for note in undated:
                if len(taken) >= spec.max_items:
                    break
                # no retelling of a fact said elsewhere, asked once the ones before are told: a second
                # report of the same pending plan ("considering an incentive package" twice in other words)
                # is no news
                if self.fits(note, new_words=False) and (self.fits(note) or self.new_event(note)):
                    taken.append(((dt.date.min, 0), replace(self.take(note), date="")))
        return [item for _, item in sorted(taken, key=lambda entry: entry[0])]

    def snapshot(self) -> tuple[object, ...]:
        """What taking statements changes (`take`, `cite`), copied: `restore` undoes a section."""
        return (dict(self.numbers), list(self.citations), set(self.used), list(self.used_texts), dict(self.said),
                list(self.said_texts), self.words, set(self.printed), set(self.coverage.covered), list(self.used_spans),
                list(self.scheduled_told))

    def restore(self, kept: tuple[object, ...]) -> None:
        (self.numbers, self.citations, self.used, self.used_texts, self.said, self.said_texts, self.words,
         self.printed, self.coverage.covered, self.used_spans, self.scheduled_told) = kept  # type: ignore[assignment]

    def section(self, spec: SectionSpec) -> Section | None:
        builder = {"bullets": self.bullets, "watch": self.watch, "figures": self.figures, "positions": self.positions,
                   "disagreements": self.disagreements, "changes": self.changes, "timeline": self.timeline}[spec.style]
        items = builder(spec)
        title = spec.title
        if spec.style == "changes" and self.earlier is not None:
            title = title.replace("{since}", long_date(self.earlier.record.as_of))
        return Section(id=spec.id, title=title, style=spec.style, items=tuple(items)) if items else None



def _label(doc: SourceDoc) -> str:
    """What a list of sources calls a source with no title: the words it opens with ("" when titled)."""
    if doc.meta.title:
        return ""
    return opening_label(doc.text, [(s.start, s.end) for s in doc.sentences if s.post is None or s.post == 0])

def compose(config: Config, noteset: NoteSet, profile: AudienceProfile, *, previous: BriefRecord | None = None,
            window: Window | None = None, readings: SourceReadings | None = None) -> Brief:
    """Fill the audience's sections from the notes and number the citations.

    *previous* is the record of the earlier brief a `changes` section compares with (none:
    the section is left out); *window* says which sources the as-of dates left out (the
    notes given are already those inside them); *readings* is what the sources' sentences tell,
    shared by the briefs of one build (`supersede.SourceReadings` of *noteset*'s sources; none:
    read for this brief)."""
    docs = {doc.id: doc for doc in noteset.sources}
    if readings is None or not readings.serves(docs):
        readings = SourceReadings(noteset.sources)
    composer, sections = _fill(config, noteset, profile, previous, frozenset(), readings=readings)
    # A statement pairing, a bracket or leaving out would make stand alone needs none of them when the
    # brief already shows what it leans on before it ("The port has said ..." below the bullet on "the
    # Velde container port"): such statements are taken as written, and the brief composed again.
    story = f"{config.title}. {config.subject}"
    # (not one opening on a bare reference, "This development follows ...": a bullet is read on its own)
    leaning = {n.id: a for n in noteset.notes if not opens_on_reference(n.quote)
               and (a := antecedents(n, docs.get(n.span.source), story)) is not None}
    own = {n.id: n for n in noteset.notes}
    as_written = frozenset(i for i, a in leaning.items() if _shown_before(sections, composer, own[i], a)
                           or _swallows(sections, composer, own[i], a, story))
    for _ in range(2):
        if not as_written:
            break
        again, again_sections = _fill(config, noteset, profile, previous, as_written, readings=readings)
        wrong = {i for i in as_written if _printed(again_sections, i)
                 and not _shown_before(again_sections, again, own[i], leaning[i])}
        if not wrong:
            composer, sections = again, again_sections
            break
        as_written -= wrong  # shown before it no more: paired, named or left out as in_context says
    # A statement whose subject is a description the reader must already know ("The loan scheme's
    # repayment threshold was raised ...") that another sentence introduced ("a state-backed student loan
    # scheme") is no reader's first sight of it: left out of the sections when nothing before it in the
    # brief names it, and the brief composed again.
    described = _described(noteset, docs, story)
    places = {note.id: (note.span.source, _sentence_index(note, docs[note.span.source]))
              for note in noteset.notes if note.span.source in docs} if described else {}
    unseen: frozenset[str] = frozenset()
    for _ in range(FIRST_SIGHT_ROUNDS):
        first = _first_sight(sections, described, places)
        if not first:
            break
        unseen |= first
        composer, sections = _fill(config, noteset, profile, previous, as_written, unseen, readings=readings)
    # Quotes the text prints in full (statements that are not paraphrases, outside tables).
    # (a Timeline entry that tells only its event's clause, elided "... " at its end, prints part of its quote)
    printed = {item.note_id for section in sections if section.style != "figures"
               for item in (*section.items, *(i.other for i in section.items if i.other is not None))
               if not item.see and not item.text.endswith(" ...")}
    quoted = {n.id for n in noteset.notes if n.id in printed and not n.text}
    composer.citations = [replace(c, shown=c.note_id in quoted) for c in composer.citations]
    for citation in composer.citations:  # the promise: every quote printed stands in its source
        if locate(docs[citation.source_id], citation.quote) is None:
            raise NotesError(f"citation [{citation.number}] is not verbatim in its source; run `briefgen check`",
                             path=citation.path)
    used_by_source: dict[str, int] = {}
    for citation in composer.citations:
        used_by_source[citation.source_id] = used_by_source.get(citation.source_id, 0) + 1
    rows = tuple(
        SourceRow(id=doc.id, title=doc.meta.title, publisher=doc.meta.publisher, date=doc.meta.date,
                  kind=doc.meta.kind, reliability=doc.meta.reliability, rated=doc.meta.rated,
                  notes_used=used_by_source.get(doc.id, 0), path=doc.path, url=doc.meta.url, duplicate_of=doc.duplicate_of, sha256=doc.sha256,
                  updated=doc.meta.updated, estimated="" if doc.meta.date else doc.meta.estimated,
                  label=_label(doc))
        for doc in noteset.sources
    )
    corroborated = sum(1 for s in sections for i in s.items if i.support > 1)
    stats = {
        "notes": len(noteset.notes),
        "sources": sum(1 for doc in noteset.sources if not doc.duplicate_of),
        "duplicates": sum(1 for doc in noteset.sources if doc.duplicate_of),
        "cited": len(composer.citations),
        "sources_cited": len(used_by_source),
        "clusters": len(noteset.clusters),
        "disagreements": len(noteset.disagreements),
        "corroborated": corroborated,
        "words": composer.words,
    }
    method = Method(
        cited=stats["cited"], sources_cited=stats["sources_cited"], sources=stats["sources"], notes=stats["notes"],
        key_phrases=_phrases_as_written(noteset), duplicates=stats["duplicates"],
        as_of=config.as_of, since=config.since,
        after=len(window.after) if window else 0, before=len(window.before) if window else 0,
        undated=len(window.undated) if window else 0,
    )
    meta = BriefMeta(
        title=config.title, subject=config.subject, audience=profile.name,
        audience_description=profile.description, as_of=config.as_of, organisation=config.organisation,
        author=config.author, distribution=config.distribution, since=config.since,
    )
    left_out = (window.after + window.before) if window is not None else ()
    return Brief(meta=meta, sections=tuple(sections), citations=tuple(composer.citations), sources=rows,
                 method=method, template=profile.template, left_out=left_out,
                 compared_with=previous.as_of if previous is not None and any(
                     s.style == "changes" for s in sections) else "", stats=stats)


def _fill(config: Config, noteset: NoteSet, profile: AudienceProfile, previous: BriefRecord | None,
          as_written: frozenset[str], unseen: frozenset[str] = frozenset(), *,
          readings: SourceReadings | None = None) -> tuple[_Composer, list[Section]]:
    """The brief's sections, filled and numbered (*as_written*: `_Composer.as_written`; *unseen*:
    `_Composer.unseen`; *readings*: `_Composer.readings`), within the profile's word budget.

    A brief that must shrink loses its statements of least value to a reader first, not whatever
    the sections filled last would have held: the brief is composed with no budget, and when that
    runs over, its statements are given up in `_offers`' order (a section left one statement
    fewer, or a comment left out) and the brief composed again with what is left. Should the
    statements that take their place still run over, the sections fill the budget in turn as they
    would with no such choice (the budget is a promise)."""
    budget = profile.max_words
    if not budget or not profile.sections:
        return _fill_once(config, noteset, profile, previous, as_written, unseen, readings=readings)
    free_profile = replace(profile, max_words=0)
    # The brief with no budget is the same for every budget (each page-fitting try): what it gives
    # up is kept with the build's readings and read again, not composed again.
    key = _free_key(free_profile, previous, as_written, unseen) if readings is not None else None
    known = readings.free_fills.get(key) if readings is not None and key is not None else None
    if known is not None and known.config is config and known.noteset is noteset and known.words > budget:
        words, offers, start = known.words, known.offers, known.start
    else:
        free, sections = _fill_once(config, noteset, free_profile, previous, as_written, unseen, readings=readings)
        if free.words <= budget:  # nothing ran out of room: the same brief the budget would give
            return free, sections
        words = free.words
        offers, start = _offers(free, sections, profile)
        if readings is not None and key is not None:
            readings.free_fills[key] = FreeFill(config, noteset, words, offers, start)
    caps, dropped = _give_up(offers, start, profile, words - budget)
    kept = tuple(replace(spec, max_items=caps.get(spec.id, spec.max_items)) for spec in profile.sections
                 if caps.get(spec.id, spec.max_items) or spec is profile.sections[0])
    trimmed = replace(profile, sections=kept)
    composer, sections = _fill_once(config, noteset, replace(trimmed, max_words=0), previous, as_written,
                                    unseen | dropped, readings=readings)
    if composer.words <= budget:
        return composer, sections
    return _fill_once(config, noteset, trimmed, previous, as_written, unseen | dropped, readings=readings)


def _free_key(profile: AudienceProfile, previous: BriefRecord | None, as_written: frozenset[str],
              unseen: frozenset[str]) -> tuple[object, ...] | None:
    """What the brief with no budget is composed from, besides the build's config and notes (None
    when that cannot be told by value)."""
    try:
        hash(profile)
    except TypeError:
        return None
    return (profile, previous.model_dump_json() if previous is not None else None, as_written, unseen)


def _item_words(item: Item) -> int:
    """The quoted words a statement costs the budget (a reference to one told before costs none)."""
    own = 0 if item.see else len(item.text.split())
    return own + (_item_words(item.other) if item.other is not None else 0)


def _offers(composer: _Composer, sections: Sequence[Section],
            profile: AudienceProfile) -> tuple[list[Offer], dict[str, int]]:
    """The statements a brief composed with no budget can give up, in the order it gives them up
    (`_give_up`), and each section's statements in it. The order is the reader's value, least first:
    comment (an opinion, a column's or forum's statement, someone's verdict on another's act) and
    a Timeline's entries after its first; then any section's statements after its first two; then
    its second ones; then the first statement of a section and the lead's second; last the lead's
    first statement and a
    watch section's dated event (the one next step with its day). Within one value, a later place
    in its section goes first, then the longer statement. A section loses its last statement only
    when no statement of less value is left elsewhere, and a section left empty gets none. Key
    figures rows are left to fill what room is left (they are filled last)."""
    lead = profile.sections[0].id if profile.sections else ""
    ids = {section.id for section in sections}
    specs = {spec.id: spec for spec in profile.sections if spec.id in ids}
    offers: list[Offer] = []
    for section in sections:
        if section.style == "figures" or section.id not in specs:
            continue
        dated = section.style == "watch" and any(item.date for item in section.items)
        for place, item in enumerate(section.items):
            note = composer.readable_by_id.get(item.note_id)
            text = said(note) if note is not None else item.text
            comment = item.kind == "opinion" or (note is not None and composer.opinion_piece(note)) or holds.reaction(text)
            if comment and not (section.id == lead and place == 0) and not (dated and item.date and place == 0):
                value, drop = 0, item.note_id  # left out by name: the section keeps its better statements
            elif section.style == "timeline" and place > 0:
                value, drop = 0, ""
            elif section.id == lead and place == 0 or dated and place == 0:
                value, drop = 4, ""
            elif section.id == lead and place == 1:
                value, drop = 3, ""  # the lead's first statements are the last to go
            else:
                value, drop = 3 - min(place, 2), ""
            offers.append((value, -place, -_item_words(item), section.id, drop))
    # a section the brief with no budget left empty stays so: the statements given up make no new section
    start = {spec.id: 0 for spec in profile.sections if spec.style != "figures"}
    start.update({section.id: len(section.items) for section in sections if section.id in specs})
    return sorted(offers), start


def _give_up(offers: Sequence[Offer], start: Mapping[str, int],
             profile: AudienceProfile, over: int) -> tuple[dict[str, int], frozenset[str]]:
    """What a brief composed with no budget gives up to shed *over* words, from its `_offers` and
    each section's statements (*start*): each section's new item cap and the notes left out."""
    lead = profile.sections[0].id if profile.sections else ""
    caps = dict(start)
    dropped: set[str] = set()
    shed = 0
    for _value, _place, words, section_id, note_id in offers:
        if shed >= over:
            break
        if section_id == lead and caps[section_id] <= 1:
            continue  # a brief keeps its lead
        caps[section_id] -= 1
        shed -= words
        if note_id:
            dropped.add(note_id)
    return caps, frozenset(dropped)


def _fill_once(config: Config, noteset: NoteSet, profile: AudienceProfile, previous: BriefRecord | None,
               as_written: frozenset[str], unseen: frozenset[str] = frozenset(), *,
               readings: SourceReadings | None = None) -> tuple[_Composer, list[Section]]:
    """The brief's sections, filled and numbered, as the budget runs out in fill order (`_fill`)."""
    docs = {doc.id: doc for doc in noteset.sources}
    composer = _Composer(noteset=noteset, profile=profile, docs=docs,
                         earlier=Earlier.of(previous) if previous is not None else None, as_of=config.as_of,
                         story=f"{config.title}. {config.subject}", brief=True, as_written=as_written, unseen=unseen,
                         readings=readings,
                         lexicon=features.load_lexicon(find_file(config, "themes.toml")))
    built: dict[str, Section | None] = {}
    for spec, early in fill_order(profile.sections):
        if early:
            composer.disputes = composer.disagreements(spec, parties_only=True)
        else:
            built[spec.id] = composer.section(spec)
    sections = [section for section in (built[spec.id] for spec in profile.sections) if section is not None]
    row_spec = next((s for s in profile.sections if s.style == "figures" and s.max_items), None)
    if row_spec is not None:  # a row left to the statement that gives its figure: its sources go with it
        sections = composer.with_rows(sections, composer.row_sources(row_spec))
    sections = _renumber(sections, composer)
    sections = _weekdays_dated(sections, composer)
    sections = _names_placed(sections, composer)
    return composer, sections


def _reading(sections: Sequence[Section]) -> list[tuple[int, int, Item]]:
    """The statements the brief prints, in reading order, as (section, position in it, item); Key
    figures rows and "gone" entries of a changes section are no statements a reader reads as told."""
    order = []
    for s, section in enumerate(sections):
        if section.style == "figures":
            continue
        for k, item in enumerate(section.items):
            for shown in (item, item.other):
                if shown is not None and not shown.see and shown.change != "gone":
                    order.append((s, k, shown))
    return order


def _printed(sections: Sequence[Section], note_id: str) -> bool:
    return any(item.note_id == note_id for _s, _k, item in _reading(sections))


def _swallows(sections: Sequence[Section], composer: _Composer, own: Note, antecedent: Antecedent,
              story: str) -> bool:
    """Whether the brief prints *own* (a note as extracted) quoted with the sentence before it only because it
    names an event that sentence tells (`_event_told`: "... disputed the group's claim that the rise broke ..."
    after "... said the rent rise was unfair"), the pair taking in the very sentence *antecedent* names, which the brief
    then shows nowhere before it. Such a note is tried as written: kept so when the brief composed again
    shows that sentence before it, else paired as before (`_compose`'s check)."""
    shown = composer.readable_by_id.get(own.id)
    if shown is None or shown.span.start >= own.span.start or not _printed(sections, own.id):
        return False
    return unseen_event(own.quote, story) is not None and any(
        shown.span.start < end and start < shown.span.end for start, end in antecedent.sentences)


def _shown_before(sections: Sequence[Section], composer: _Composer, own: Note, antecedent: Antecedent) -> bool:
    """Whether the brief shows a sentence *antecedent* names before where it prints *own* (the note as
    extracted): anywhere before it; just before it in its section when `Antecedent.adjacent`; or, when it
    does not print the note, anywhere in the brief (a statement left out could be printed after it)."""
    note_id = own.id
    order = _reading(sections)
    at = next((p for p, (_s, _k, item) in enumerate(order) if item.note_id == note_id), None)

    def covers(item: Item) -> bool:
        shown = composer.readable_by_id.get(item.note_id)
        if antecedent.nouns:
            return shown is not None and item.note_id != note_id \
                and all(mentions(shown.quote, noun) for noun in antecedent.nouns)
        return shown is not None and shown.span.source == own.span.source and any(
            shown.span.start < end and start < shown.span.end for start, end in antecedent.sentences)

    if at is None:
        return any(covers(item) for _s, _k, item in order)
    if antecedent.adjacent:
        return at >= 1 and order[at - 1][0] == order[at][0] and covers(order[at - 1][2])
    return any(covers(item) for _s, _k, item in order[:at])


def _described(noteset: NoteSet, docs: Mapping[str, SourceDoc], story: str) -> dict[str, list[Assumed]]:
    """Per note, the descriptions its sentence takes as known ("loan scheme" of "The loan scheme's
    repayment threshold was raised ...", `context.definite_descriptions`) that a sentence of the story
    introduced ("a state-backed student loan scheme", `context.introduces`): in another source, or before it
    in its own. Only a head with words that tell which one ("The loan scheme", "the transport agreement"), not
    a bare "The city"; not what the brief's title or subject (*story*) names, a note's own introduction of it,
    a pinned note or a paraphrase. Also a speaker given by a surname only that its source never gave in full
    before ("Harmsen said ...", `context.bare_surnames`; the person another source introduced), or by a bare
    description no one name of its source before it has ("The operator said ...", `context.described_speakers`)."""
    bodies = Introductions({doc.id: [reads(doc, sentence.start, sentence.end) for sentence in doc.sentences[1:]]
                            for doc in docs.values()})
    introducing: dict[tuple[str, tuple[str, ...]], list[tuple[str, int]]] = {}

    def introduced(head: str, modifiers: tuple[str, ...]) -> list[tuple[str, int]]:
        """(source, index in its body) of every sentence that introduces "the <modifiers> <head>", read once
        per description (many notes take the same one as known)."""
        if (head, modifiers) not in introducing:
            introducing[head, modifiers] = bodies.of(head, modifiers)
        return introducing[head, modifiers]

    found: dict[str, list[Assumed]] = {}
    surnames = person_surnames([doc.text for doc in docs.values()])
    for note in noteset.notes:
        doc = docs.get(note.span.source)
        if doc is None or note.text or note.status == "pinned":
            continue
        before = max(_sentence_index(note, doc) - 1, 0)  # its own source's body sentences before it
        for head, modifiers in definite_descriptions(note.quote.lstrip()):
            phrase = " ".join((*modifiers, head))
            if not modifiers or mentions(story, head) or introduces(note.quote, head, modifiers):
                continue  # "The city said": a bare head any story has ("a city that moves" is no introduction)
            if any(source != doc.id or i < before for source, i in introduced(head, tuple(modifiers))):
                found.setdefault(note.id, []).append(Assumed("the " + phrase, phrase))
        # a speaker the reader was never introduced to: a surname only ("Harmsen said ...") that its own source
        # does not give in full before it (else `_names_placed` brackets the full name in), a bare description
        # ("..., the council said.") that no one name of its source before it has for its head (else bracketed)
        # (read as the brief would show it: quoted with the sentence before it, "... It put the cost ...")
        shown = in_context(note, doc, story, brief=True) or note
        earlier = None
        for _start, _end, word in bare_surnames(shown.quote):
            if word in surnames and not re.search(r"[A-Z][\w'’-]*\]?\s+" + re.escape(word) + r"\b", shown.quote) \
                    and full_name_before(doc.text, word, shown.span.start) is None:
                found.setdefault(note.id, []).append(Assumed(word, word, speaker=True))
        # what it names by whoever made or holds it ("the Ashgrove review", "Frew's higher figure"): a name
        # other sentences of the sources give (the body appointed, the person quoted), not this one
        for start, end, name, possessive in named_references(note.quote):
            if mentions(story, name) or (name not in surnames if possessive else not any(
                    re.search(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w-])",
                              other.text[:note.span.start] + " " + other.text[note.span.end:] if other is doc else other.text)
                    for other in docs.values())):
                continue
            found.setdefault(note.id, []).append(Assumed(note.quote[start:end], name))
        for start, end, head in described_speakers(shown.quote, story):
            if earlier is None:
                earlier = [reads(doc, sentence.start, sentence.end)
                           for sentence in doc.sentences[:max(0, _sentence_index(shown, doc))]]
            if not any(_BODY_END.search(text) for text in earlier):
                continue  # its source's first sentence: it introduces the speaker as its reader first met them
            if speaker_name(head, earlier) is None:
                found.setdefault(note.id, []).append(Assumed(shown.quote[start:end], head, speaker=True))
        # wherever else it takes a referent as known ("because of the strike", "on the stock", "The chief
        # executive said"): a bare noun only when its own source introduced it before ("a strike")
        for assumed in assumed_referents(note.quote, story):
            if assumed.head and (introduces(note.quote, assumed.head, ()) or not any(
                    source == doc.id and i < before for source, i in introduced(assumed.head, ()))):
                continue
            found.setdefault(note.id, []).append(assumed)
    return found


_BODY_END = re.compile(r"[.!?:][\"”’)]*\s*$")
"""The end of a body sentence: a headline or a dateline has none."""

FIRST_SIGHT_ROUNDS = 5
"""Times a brief is composed again, leaving out the statements that name what the reader has not met
(`_first_sight`): a statement taken in the place of one left out may name something unmet too."""


def _first_sight(sections: Sequence[Section], described: Mapping[str, Sequence[Assumed]],
                 places: Mapping[str, tuple[str, int]] | None = None) -> set[str]:
    """The statements the brief prints (Key figures aside) whose described subject (`_described`) nothing
    printed before them names: the reader's first sight of it would be "the loan scheme", as known. A
    statement that names it itself (paired with the sentence that does, or in a bracket) stands. A named
    person's role with no organisation ("Chief executive Rosa Quispe told analysts ...") stands right after
    the sentence its source wrote before it ("Andes Copper said ..."): the reader has the context the
    source's reader had (*places*: a note's source and sentence index)."""
    places = places or {}
    shown: list[str] = []
    first = set()
    previous = ""
    printed = [item.text for _s, _k, item in _reading(sections)]
    for _s, _k, item in _reading(sections):
        place, before = places.get(item.note_id), places.get(previous)
        follows = place is not None and before is not None and before == (place[0], place[1] - 1)
        for assumed in described.get(item.note_id, ()):
            if assumed.body and follows:
                continue
            if assumed.speaker and (at := item.text.lower().find(assumed.phrase.lower())) > 0 \
                    and opens_on_named_subject(item.text[:at]):
                continue  # quoted with the sentence before it, whose subject it restates ("Voltra ... The company told")
            if assumed.speaker and assumed.phrase == assumed.told and re.search(
                    r"[A-Z][\w'’.-]*\]?\s+" + re.escape(assumed.told) + r"\b", item.text):
                continue  # the person's full name stands in it ("Ilse Harmsen said ... Harmsen said")
            if assumed.speaker and len(item.speaker.split()) >= 2 and (
                    assumed.phrase == assumed.told and item.speaker.split()[-1] == assumed.told
                    or assumed.phrase != assumed.told and opens_on_named_subject(f"{item.speaker} said")):
                continue  # a Stakeholder row whose actor cell names them ("Lena Dorsch (chief executive ...)")
            if assumed.speaker and assumed.phrase != assumed.told and any(
                    re.search(r"\b[A-Z][\w'’&-]*\s+(?:[A-Z][\w'’&-]*\s+)*" + re.escape(assumed.told.capitalize()) + r"\b", text)
                    for text in printed if text != item.text):
                continue  # "The utility said ..." where another statement of the brief names "Halden Water Utility":
                # the reader meets the one body of that kind the brief names, above or below
            own = re.search(r"(?i)(?<!\w)" + re.escape(assumed.phrase).replace(r"\ ", r"\s+"), item.text)
            if own is not None and not any(mentions(text, assumed.told) for text in shown) \
                    and not mentions(item.text[:own.start()], assumed.told):
                first.add(item.note_id)
        shown.append(item.text)
        previous = item.note_id
    return first


def _phrases_as_written(noteset: NoteSet) -> tuple[str, ...]:
    """The Method's key phrases as the sources write them ("Dev Bhatt", not "dev bhatt")."""
    return tuple(phrases.as_written(phrase, (n.quote for n in noteset.notes if phrase in n.phrases))
                 for phrase in noteset.key_phrases[:8])


OWNER_REACH = 600
"""Characters before a statement in which "its chief executive" finds the body it belongs to."""


def _level_measure(shown: Figure) -> str:
    """What the level a move reached measures: the moved figure's measure without "rise in"/"fall in"."""
    return shown.measures.split(" ", 2)[-1] if is_change(shown) else shown.measures


_POSSESSIVE_END = re.compile(r"\w['’]s?$")
"""A holder's name ending on a possessive ("Westhaven's", but also "Sainsbury's")."""


def _owner_only(actor: str, text: str) -> bool:
    """Whether a holder's name is only an owner inside a noun phrase of the statement: it ends on a
    possessive (`_POSSESSIVE_END`) and each time the statement names it, a preposition comes before
    it and no verb of saying after ("The fight over Westhaven's proposed levy has become ..."), unlike
    a firm named so ("Sainsbury's said", "a spokesman for Sainsbury's said")."""
    if not _POSSESSIVE_END.search(actor):
        return False
    found = list(re.finditer(re.escape(actor), text))
    return bool(found) and all(
        re.search(r"\b(?:over|of|for|about|on|in|against|with|to|from|at|by)\s+$", text[:m.start()], re.IGNORECASE)
        and not re.match(r"\s+(?:said|says|told|added|argued|warned|stated)\b", text[m.end():]) for m in found)


_COMMON_OWNER = re.compile(r"^(?:the|The)\s+[a-z][\w-]*['’]s\s")
""""The airline's chief executive": a role whose body the source named before, by its name."""


_GENERIC_BODY = re.compile(r"^[Tt]he\s+(?:company|firm|group)\b(?!['’])")
"""A subject naming a body by its kind alone ("The company also raised ...")."""
_NAMED_SUBJECT = re.compile(r"^(?:The\s+)?(?!The\s)([A-Z][\w’'&-]*(?:\s+(?:of|and|for|de)?\s*[A-Z][\w’'&-]*)+)"
                            r"\s+(?:said|says|reported|announced|told|has|had|is|was|will|would|[a-z]+ed)\b")
"""A sentence whose subject is a name of two or more words, then its verb ("Iberlit Minerals said ...")."""


def _subject_named(note: Note, doc: SourceDoc) -> Note | None:
    """*note*, whose subject names a body by its kind alone ("The company also raised ..."), with that
    subject named in a bracket ("[Iberlit Minerals] also raised ..."), when the sentences of its source
    before it have one body as the named subject of their sentences and no other ("Iberlit Minerals said
    on Thursday ..."); else None. The source means that body: it names no other it could."""
    found = _GENERIC_BODY.match(note.quote.lstrip())
    if found is None:
        return None
    at = _sentence_index(note, doc)
    subjects = {m.group(1) for sentence in doc.sentences[:max(0, at)]
                if (m := _NAMED_SUBJECT.match(reads(doc, sentence.start, sentence.end).lstrip()))}
    if len(subjects) != 1:
        return None
    return _requoted(note, doc, f"[{subjects.pop()}]{note.quote.lstrip()[found.end():]}", note.span.start)


_PROPER_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|the|de|du)\s+)?[A-Z][\w'’.-]*)+")
"""A name of two or more capitalised words ("Kristrun Magnusdottir", "Social Democratic Alliance")."""
_OWNER_OPENING = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s\s+[a-z]")
""""Iceland's fisheries ministry": the owner a body's name opens on, with a common noun after it."""
_ROLE_BODY = re.compile(r"([A-Z]{2,6})(?:\s+[a-z]|$)")
""""ICTU general secretary", "LTO" ("LTO's Erik Hoogland"): the body a role opens on by its initials, before the office in lower case
(the acronym is a name of the row whose words it spells: "Irish Congress of Trade Unions")."""


# A day or a year named in a statement ("on December 10", "in 2027"): a date, not a figure it gives.
_DEFERRAL = re.compile(
    r"\b(?:(?:is|was|are|were|has been|had been)\s+(?:still\s+|now\s+)?(?:studying|reviewing|examining|assessing|"
    r"considering|digesting|weighing)\b|would\s+(?:respond|reply|decide|comment)\b(?!\s+(?:with|by\s+\w+ing)\b)|"
    r"(?:declined|refused)\s+to\s+comment|(?:had|has|have)\s+no\s+(?:immediate\s+)?comment|"
    r"(?:had|has|have)\s+(?:not\s+)?yet\s+to\s+(?:decide|respond)|(?:had|has|have)\s+not\s+yet\s+decided)")
"""A holding line: the party is studying, will respond, or will not comment (no position yet)."""
_CALENDAR_WORDS = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))
_MONTH_NAME = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"
_DATE_WORDS = re.compile(rf"\b{_MONTH_NAME}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH_NAME}\b|\b(?:19|20)\d\d\b")
_FIGURE_NOT_DATE = re.compile(r"\d")


def _issuer_named(publisher: str, text: str) -> bool:
    """Whether a statement's *publisher* is named in its text other than as a dateline's place
    ("For immediate release — Kessington, 14 March 2026"): a party, not a place read as its issuer."""
    if not publisher.strip():
        return False
    dateline = r"\s*,?\s*(?:\d{1,2}\s+(?:" + "|".join(MONTHS) + r")|(?:" + "|".join(MONTHS) + r")\.?\s+\d)"
    named = re.finditer(r"\b" + re.escape(" ".join(publisher.split())).replace(r"\ ", r"\s+") + r"\b", text)
    return any(re.match(dateline, text[m.end():], re.IGNORECASE) is None for m in named)


def _officer_of(role: str, body: str) -> bool:
    """Whether *role* makes its holder an officer of *body* by a possessive whose words end *body*'s
    name ("The arts council's director" of "Regional Arts Council", "Its ..." never)."""
    found = re.match(r"(?:the\s+)?((?:[\w-]+\s+){0,3}[\w-]+)['’]s?\s", role, re.IGNORECASE)
    if found is None or found.group(1).lower() in ("its", "their", "his", "her"):
        return False
    owner, name = found.group(1).lower().split(), body.lower().split()
    return len(owner) <= len(name) and name[-len(owner):] == owner


def _person(note: Note) -> bool:
    """Whether the notes stage found *note*'s speaker to be a person (its entities)."""
    return any(e.name == note.speaker and e.type == "person" for e in note.entities)


_STANCE_STEMS = _stems("said says told added would will could still also welcomed opposed backed supported "
                       "rejected urged called warned demanded chair chairs chief executive spokesman spokeswoman "
                       "spokesperson director leader president secretary head member members")
"""Words of saying, of stance and of a speaker's office, which two statements of one party share
whatever their matter."""


def _row_names(actor: str, role: str) -> list[str]:
    """The names a Stakeholder row goes by (`Composer.one_row`)."""
    names = [actor] if actor else []
    if role and _PROPER_NAME.fullmatch(role.strip()):
        names.append(role.strip())
    owner = _OWNER_OPENING.match(actor)
    if owner:
        names.append(owner.group(1))
    body = _ROLE_BODY.match(role)
    if body:
        names.append(body.group(1))
    return names


_POSSESSIVE_ROLE = re.compile(r"(?:^|[.;:]\s+|\n\s*)((?:[Ii]ts|[Tt]heir)\s+(?:[\w&-]+\s+){0,4}[\w-]+),\s*$")
_HEADS_CLAUSE = re.compile(r",\s+(who\s+(?:chairs|leads|heads|runs|founded|represents|speaks\s+for)\s+[^,.;:()\"“”]{3,80}),")


_WHEN = re.compile(r"\b(?:(?:" + "|".join(WEEKDAYS) + r")|tomorrow|tonight|today|yesterday|(?:next|this|last)\s+(?:week|month)|"
                   r"the\s+\d{1,2}(?:st|nd|rd|th)\b|" + _MONTH_NAME.lower() + r"\s+\d{1,2}\b|\d{1,2}\s+" + _MONTH_NAME.lower()
                   + r"|at\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b)", re.IGNORECASE)
"""A day or time a sentence names: when the event a post passes on takes place."""


_GENERIC_MEASURES = frozenset("figure figures number numbers total count tally estimate estimates".split())
"""Nouns that name no thing ("puts the figure at 148"): a value they give points back to the quantity
the story counts in that value."""


def kin_measures(figure: Figure, said: str, shown: Figure) -> bool:
    """Whether *figure*, of the statement *said*, tells the row value *shown* though worded apart (the
    same value assumed): a bare number of a statement whose words name no thing but the number ("Wild
    Vessen puts the figure at 148" for "148 wolves"), or, in the same unit, a word of the statement
    sharing its first five letters with one of the row's measure ("7% of posts are vacant" for "the
    vacancy rate at 7%"), or a word of four letters or more that is the measure's word with
    another ending ("Fines for breaches would rise to 20,000 crowns" for "maximum higher fine":
    a short word shares no five letters with its plural's)."""
    words = set(re.findall(r"[a-z]+", said.lower())) - STOP_WORDS
    if not figure.unit and not figure.measures:
        return bool(words & _GENERIC_MEASURES)
    measure = set(re.findall(r"[a-z]+", shown.measures.lower())) - STOP_WORDS
    return bool(figure.unit) and figure.unit == shown.unit and (any(
        len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5] for x in words for y in measure)
        or bool({stem(x) for x in words if len(x) >= 4} & {stem(y) for y in measure if len(y) >= 4}))


def _passes_on_news(text: str, has_figures: bool) -> bool:
    """Whether a forum post's *text* only passes on news: read as a report's sentence it states a fact
    or an event to come (`features.classify`), and it gives no view of its writer's (first person, what
    ought to be, a word of view: `features.writers_thesis`, `features._VIEW`; not another's want it tells). "X is on the radio
    tomorrow" is news (a day or time named, `_WHEN`); "X has slowed Y by a tiny number of years, if that" (a risk) or "I think ..." a view."""
    if not _WHEN.search(text):
        return False  # news a post passes on says when ("on Tuesday", "tomorrow", "on the 19th"); "X is hiding it" is a charge
    if features.classify(text, source_kind="news", speaker=None, has_figures=has_figures) not in ("fact", "upcoming"):
        return False
    return not (features.writers_thesis(text) or _FIRST_PERSON.search(text) or features._VIEW.search(text))


def _nearest_body(text: str) -> str:
    """The name (`_bodies_named`) *text* ends nearest to, the longest of those ending there: whose "its"
    is ("... led by the group Clear Water Harrowgate, packed the gallery. Its chair")."""
    ends: dict[str, int] = {}
    for name in _bodies_named(text):
        if name.split()[0].rstrip(".") in HONORIFIC_TITLES or name.split()[0].lower() in _CALENDAR_WORDS:
            continue  # "Mr Penhale keeps calling it ...": a person, whose "its" no role is; "Friday": a day
        ends[name] = max(m.end() for m in re.finditer(re.escape(name), text))
    return max(ends, key=lambda name: (ends[name], len(name))) if ends else ""


def _pronoun_gloss(text: str, match: re.Match[str]) -> Gloss | None:
    """What *text* says the person named at *match* is where `person_gloss` finds no descriptor: a role
    that says whose by a pronoun opening its sentence ("Its chair, Lorna Whitby, said"), or a relative
    clause of heading a body ("Rachel Gundry, who chairs the Kelby Seafront Residents Group,")."""
    role = _POSSESSIVE_ROLE.search(text[max(0, match.start() - 80):match.start()])
    if role is not None and any(ROLE_NOUN.fullmatch(word) for word in role.group(1).split()[1:]):
        return Gloss(" ".join(role.group(1).split()), match.group())
    heads = _HEADS_CLAUSE.match(text, match.end())
    if heads is not None and re.search(r"\b[A-Z]", heads.group(1)):
        return Gloss(" ".join(heads.group(1).split()), match.group())
    return None


def _last_named(names: Sequence[str], text: str) -> str:
    """Of *names*, the one *text* mentions last (none: "")."""
    at = {name: max((m.start() for m in re.finditer(r"\b" + re.escape(name) + r"\b", text)), default=-1)
          for name in names if name}
    found = [name for name, where in at.items() if where >= 0]
    return max(found, key=lambda name: at[name]) if found else ""


def _bodies_named(text: str) -> list[str]:
    """Capitalised names in *text* not at a sentence's start: the bodies it may name."""
    return [m.group(0) for m in re.finditer(r"(?<![.!?\n]\s)(?<!^)\b[A-Z][\w'’&-]+(?:\s+(?:of\s+)?[A-Z][\w'’&-]+){0,3}", text)]


def fill_order(specs: Sequence[SectionSpec]) -> list[tuple[SectionSpec, bool]]:
    """The order sections take their statements from the one word budget (they print in profile
    order), each with whether it is a disagreements section's early turn: what changed first, so
    no other section repeats it; then the opening section; then the disputes between named
    parties (a disagreements section's early turn: its sides are kept from the other sections,
    and a page-fitted budget would otherwise run out before the section and leave them unsaid);
    then the sections in profile order (a disagreements section adds its other pairs in its own
    turn); Key figures last, so that their rows cite the statements the text prints (whose
    evidence costs no room)."""
    opening = specs[0].id if specs else ""

    def rank(turn: tuple[SectionSpec, bool]) -> int:
        spec, early = turn
        if spec.style == "changes":
            return 0
        if spec.id == opening:
            return 1
        if early:
            return 2
        return 4 if spec.style == "figures" else 3

    turns = [(spec, False) for spec in specs] + [(spec, True) for spec in specs
                                                  if spec.style == "disagreements" and spec.id != opening]
    return sorted(turns, key=rank)


def _weekdays_dated(sections: list[Section], composer: _Composer) -> list[Section]:
    """*sections* with each weekday a quoted statement names without its date followed by the date
    in brackets, counted from the day its source was written ("on Sunday [15 November]"): two
    "Sundays" from two stories are two days, and the reader sees which. Dated entries (Timeline)
    and table rows are left as they are; a bracket `locate` would not verify is not added."""
    notes = {note.id: note for note in composer.noteset.notes}

    def dated(item: Item) -> Item:
        other = dated(item.other) if item.other is not None else None
        item = replace(item, other=other) if other is not item.other else item
        note = notes.get(item.note_id)
        doc = composer.docs.get(note.span.source) if note is not None and not note.text and not item.see else None
        anchor = written_day(doc.meta) if doc is not None else None
        if doc is None or anchor is None:
            return item
        text = item.text
        for end, day in reversed(dates.weekdays_dated(text, dates.counted_from(doc.text, anchor))):
            end += 2 if text[end:end + 2] in ("'s", "\u2019s") else 0
            if not text.startswith(" [", end):
                text = f"{text[:end]} [{dates.shown_day(day)}]{text[end:]}"
        if text == item.text or locate(doc, text) is None:
            return item
        return replace(item, text=text)

    return [section if section.style in ("figures", "timeline") else
            replace(section, items=tuple(dated(item) for item in section.items)) for section in sections]


def _in_brackets(text: str, at: int) -> bool:
    return text.count("[", 0, at) > text.count("]", 0, at)


def _past_possessive(text: str, at: int) -> int:
    """*at*, or past the possessive "'s" that follows it ("the NWA's [National Water Agency]")."""
    return at + 2 if text[at:at + 2] in ("'s", "\u2019s") else at


def _said_already(text: str, gloss: str) -> bool:
    """Whether every content word of *gloss* ("The foundation's president") stands in *text* outside or
    inside its brackets ("[The Keller Foundation's] president, Martin Keller"): placed already."""
    words = {re.sub(r"['\u2019]s$", "", w.lower()) for w in re.findall(r"[\w'\u2019-]+", gloss)} - {"the", "a", "an", "of"}
    said = {re.sub(r"['\u2019]s$", "", w.lower()) for w in re.findall(r"[\w'\u2019-]+", text)}
    return bool(words) and words <= said


def _requote_text(doc: SourceDoc, text: str, at: int, end: int, bracket: str, hint: int) -> str | None:
    """*text* with text[at:end] replaced by *bracket* (marks included), when `locate` verifies it."""
    made = f"{text[:at]}{bracket}{text[end:]}"
    return made if brackets_read_as_names(made) and locate(doc, made, hint) is not None else None


def _owner_bracketed(doc: SourceDoc, text: str, gloss: str, owner: tuple[str, str, str] | None,
                     hint: int) -> str | None:
    """*text*, which sets *gloss* ("the union's regional chair") as its source does, with the gloss's definite
    owner named in a bracket ("[GVL's] regional chair", "director-general of [the National Commission for
    Museums and Monuments]"), when its source names that body once before (*owner*: `glosses.owner_named`)."""
    if owner is None:
        return None
    phrase, name, _ = owner
    found = next((m for m in re.finditer(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text)
                  if not _in_brackets(text, m.start())), None)
    if found is None:
        return None
    possessive = re.search(r"['\u2019]s$", phrase)
    article = "the " if not possessive and phrase[:1].islower() and not name.isupper() else \
        "The " if not possessive and not name.isupper() else ""
    bracket = f"[{name}{possessive.group() if possessive else ''}]" if possessive else f"[{article}{name}]"
    return _requote_text(doc, text, found.start(), found.end(), bracket, hint)


def _names_placed(sections: list[Section], composer: _Composer) -> list[Section]:
    """*sections* with the first acronym or person a quoted statement leaves unplaced given, once per
    brief, the words its own source placed them with before that statement, in brackets: "the NWA
    [National Water Agency]", "Marko Babic [Adriatic chief executive] said", "[Hanne Vik, MSC's
    fisheries director] said" for a bare "Vik" (`glosses`). Only from the statement's own source
    and before it; a statement that places the name itself, or one printed before it that spells an
    acronym's name out ("The Federal Deposit Insurance Corporation raised ..." before "The FDIC also
    said ..."), counts as placing it; a bracket
    `locate` would not verify is not added. Tables are left as they are."""
    notes = {note.id: note for note in composer.noteset.notes}
    placed: set[str] = set()
    shown: list[str] = []  # the statements printed so far, lower-cased: a name one spells out is placed

    def insert(doc: SourceDoc, text: str, at: int, end: int, bracket: str, hint: int) -> str | None:
        if at == end and re.match(r"\s+[A-Z][\w'\u2019-]*[a-z]", text[end:]):
            return None  # "Northmoor Airport [the airport operator] Holdings": never inside a longer name
        made = f"{text[:at]} [{bracket}]{text[end:]}" if at == end else f"{text[:at]}[{bracket}]{text[end:]}"
        return made if brackets_read_as_names(made) and locate(doc, made, hint) is not None else None

    def glossed(item: Item, shown_with_role: bool = False) -> Item:
        note = notes.get(item.note_id)
        doc = composer.docs.get(note.span.source) if note is not None and not note.text and not item.see else None
        text = item.text
        if note is not None and doc is not None:
            before = note.span.start
            for match in list(acronyms(text)):
                acr = match.group("acr")
                if "acr:" + acr in placed:
                    continue
                gloss = acronym_gloss(doc.text, acr, before)
                if gloss is None:
                    if acronym_gloss(text, acr, len(text)) is not None:
                        placed.add("acr:" + acr)  # the statement defines it itself
                    continue
                if gloss.lower() in text.lower() or acronym_gloss(text, acr, len(text)) is not None \
                        or any(gloss.lower() in earlier for earlier in shown):
                    placed.add("acr:" + acr)  # this statement or one printed before it spells the name out
                    continue
                at = next((m.end() for m in acronyms(text) if m.group("acr") == acr
                           and not _in_brackets(text, m.start())), None)
                if at is None:
                    continue
                at = _past_possessive(text, at)
                made = insert(doc, text, at, at, gloss, before)
                if made is not None:
                    text = made
                    placed.add("acr:" + acr)
            # People the notes stage found, and any capitalised word the source gives in full with a
            # descriptor before the statement ("Vik said ..." after "said Hanne Vik, MSC's fisheries director").
            people = [e.name for e in note.entities if e.type == "person"] + ([note.speaker] if note.speaker else []) \
                + [m.group() for m in re.finditer(r"(?<![\w'\u2019-])[A-Z][a-z][\w'\u2019-]*[a-z](?![\w-])", text)]
            for name in dict.fromkeys(" ".join(n.split()) for n in people if n.strip()):
                found = person_gloss(doc.text, name, before)
                if found is None:
                    continue
                key = "person:" + found.name
                if key in placed:
                    continue
                owner = owner_named(doc.text, found.text, before)
                if found.text.lower() in text.lower() or person_gloss(text, found.name, len(text)) is not None:
                    placed.add(key)
                    # "said Uwe Kessler, the union's regional chair": the union named ("[GVL's] regional chair")
                    text = _owner_bracketed(doc, text, found.text, owner, before) or text
                    continue
                if _said_already(text, found.text):
                    placed.add(key)  # "[The Keller Foundation's] president, Martin Keller": placed by a bracket
                    continue
                gloss = found.text if owner is None else placed_gloss(doc.text, found.text, before)
                own = next((m for m in re.finditer(r"\[" + re.escape(found.name) + r"\]", text)), None)
                if own is not None and shown_with_role and item.speaker == found.name:
                    continue  # a stakeholder row's actor cell gives the role already
                if own is not None:
                    # "[Ibrahim Touré] said ..." (for "He said ..."): the bracket places him too
                    made = _requote_text(doc, text, own.start(), own.end(), f"[{found.name}, {gloss}]", before)
                    if made is not None:
                        text = made
                        placed.add(key)
                    continue
                surname = found.name.split()[-1]
                full = next((m for m in re.finditer(r"(?<![\w'\u2019-])" + re.escape(found.name) + r"(?![\w-])", text)
                             if not _in_brackets(text, m.start())), None)
                if full is not None:
                    end = _past_possessive(text, full.end())
                    made = insert(doc, text, end, end, gloss, before)
                else:
                    bare = next((m for m in re.finditer(r"(?<![\w'\u2019-])" + re.escape(surname) + r"(?![\w'\u2019-])", text)
                                 if not _in_brackets(text, m.start()) and not in_other_name(text, m.start())), None)
                    made = None if bare is None else insert(doc, text, bare.start(), bare.end(),
                                                             f"{found.name}, {gloss}", before)
                if made is not None:
                    text = made
                    placed.add(key)
            text = _speakers_named(doc, note, text, shown, composer.story)
        other = glossed(item.other) if item.other is not None else None
        shown.append(text.lower())
        if text == item.text and other is item.other:
            return item
        return replace(item, text=text, other=other)

    return [section if section.style == "figures" else replace(section, items=tuple(
        glossed(item, section.style == "positions" and bool(item.speaker_role)) for item in section.items))
            for section in sections]


def _speakers_named(doc: SourceDoc, note: Note, text: str, shown: Sequence[str], story: str) -> str:
    """*text* (a statement of *note*) with a speaker the brief has not introduced named in a bracket by the
    one name its own source gave before it: "[Ilse Harmsen] said ..." for a bare "Harmsen said ..." after
    "Ilse Harmsen" (no role given; `_names_placed` glosses one with a role), "..., [Wendmoor County Council]
    said." for "the council said" (`context.described_speakers`), when no statement printed before it, nor its
    own words before the speaker, name them. A bracket `locate` would not verify is not added."""
    told = " ".join(shown)
    earlier: list[str] | None = None
    for start, end, word in reversed(bare_surnames(text)):
        if _in_brackets(text, start) or word.lower() in told or re.search(
                r"[A-Z][\w'’-]*\s+" + re.escape(word) + r"\b", text[:start]):
            continue
        full = full_name_before(doc.text, word, note.span.start)
        if full is not None and person_gloss(doc.text, word, note.span.start) is None:
            text = _requote_text(doc, text, start, end, f"[{full}]", note.span.start) or text
    for start, end, head in reversed(described_speakers(text, story)):
        if _in_brackets(text, start) or mentions(told, head) or mentions(text[:start], head):
            continue
        if earlier is None:
            at = _sentence_index(note, doc)
            earlier = [reads(doc, sentence.start, sentence.end) for sentence in doc.sentences[:max(0, at)]]
        name = speaker_name(head, earlier)
        if name is not None:
            text = _requote_text(doc, text, start, end, f"[{name}]", note.span.start) or text
    return text


def _renumber(sections: list[Section], composer: _Composer) -> list[Section]:
    """Citation numbers in order of first appearance in the brief as printed (sections are
    not composed in printed order: what changed is chosen first); a quote cited while a section
    was chosen but printed nowhere (a row or bullet left out after all) leaves the Evidence list."""
    order: dict[int, int] = {}

    def visit(item: Item) -> None:
        for number in (*item.citations, *item.see):
            order.setdefault(number, len(order) + 1)
        if item.other is not None:
            visit(item.other)

    for section in sections:
        for item in section.items:
            visit(item)

    def renumbered(item: Item) -> Item:
        other = renumbered(item.other) if item.other is not None else None
        return replace(item, citations=tuple(order[n] for n in item.citations), other=other,
                       see=tuple(order[n] for n in item.see))

    composer.citations = sorted((replace(c, number=order[c.number]) for c in composer.citations if c.number in order),
                                key=lambda c: c.number)
    composer.numbers = {note_id: order[number] for note_id, number in composer.numbers.items() if number in order}
    return [replace(section, items=tuple(renumbered(i) for i in section.items)) for section in sections]


SUPPORT_BONUS = 0.1
"""Added to a note's score in the digest per further source backing its claim."""
COVERAGE_SHARE = 0.7
"""How much of a statement's priority is what it adds to the concepts covered (per word),
the rest being its rank score: centrality and position say what matters, coverage says
what is not yet said."""
LENGTH_OFFSET = 8
"""Words added to a statement's length when its coverage is taken per word, so that very
short statements do not win on a few shared words."""


CENTRAL_ARGS = 2
"""Words of a happening's subject and object a sentence must share with it to report the same
happening ("erupted" with "Mount" and "Kera"; the verb alone names no event)."""
CENTRAL_UNLED_SOURCES = 3
"""Sources that must tell a happening no report's lede tells (while some report's lede tells a happening)
for it to be the story's central event: two passing mentions are a detail, not what the story is about."""
_STATES_RECORD = re.compile(
    r"\b(?:an?|new|another)\s+(?:[\w-]+\s+)?(?:record|all-time\s+(?:high|low)|peak)\b(?!\s+(?:of|for)\s+(?:the|its))"
    r"|\brecord\s+(?:high|low)\b", re.IGNORECASE)
"""A statement that sets a record: the record introduced, indefinite ("rose to a record 13,480 dollars",
"also a record", "a new all-time high"), not one referred to as known."""
_REFERS_RECORD = re.compile(
    r"(?<!\bfor )(?<!\bon )(?<!\boff )\b(?:the|its|their|\w+'s)\s+(?:previous\s+|earlier\s+)?(?:record|all-time\s+(?:high|low)|peak)\b"
    r"(?!\s+(?:number|year|crop|harvest|label|books?)\b)", re.IGNORECASE)
"""A record referred to as known ("27 percent below the record set in early October", "April's record")."""
_GOING_ON = re.compile(r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?|continu(?:es|ed)|still)\b", re.IGNORECASE)
"""A state going on: the latest state of an event a later source reports ("remained blocked")."""

_CLAUSE_START = re.compile(r"\b(?:that|and|but|while|which|who|said|says|say|told)\b", re.IGNORECASE)
"""Where a clause starts inside a main clause: after a reporting verb, a conjunction or "that"."""


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _one_event(text: str, kept: str) -> bool:
    """Whether two statements tell one event in two sources' words: each reports something done
    (`sections.main_event`) with the same verb by the same actor (`asserts_same_event`, both ways),
    most of the shorter's words recur (`_similar`), and neither gives a value the other contradicts
    (the numbers of one are among the other's: "approved a 20 mph limit" and "on Monday approved
    plans to make 20 mph the default ... on about 1,140 miles"). Another value of the same act ("fell
    9%", "fell a further 3%") is another event."""
    if holds.main_event(text) is None or holds.main_event(kept) is None:
        return False
    if not (asserts_same_event(text, kept) and asserts_same_event(kept, text)) or not _similar(text, kept):
        return False
    mine, theirs = set(_NUMBER.findall(text)), set(_NUMBER.findall(kept))
    return mine <= theirs or theirs <= mine


def _adds_fact(text: str, kept: str) -> bool:
    """Whether *text* states a fact *kept* does not, though they share many words: a number
    *kept* does not give, or a main verb of something done that *kept* does not use ("Shares in
    Brantec, the firm that repaired the footbridge, fell 12%" after "The bridge was repaired by
    Brantec": the shares' fall is no repeat)."""
    if set(_NUMBER.findall(text)) - set(_NUMBER.findall(kept)):
        return True
    event = holds.main_event(text)
    return event is not None and stem(event[0]) not in _stems(kept)


_MOVED_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:(?:to|by)\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")
"""The verb a figure follows ("climbed to", "fell"), its level's move when a `_LEVEL_MOVES` verb."""
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[-–—]\s")
"""Where a sentence's first clause ends (not a number's comma, "1,700")."""
_STATE_NOW = re.compile(r"\b(?:has|have|is|are|remains?|still|now|currently|so\s+far|to\s+date)\b", re.IGNORECASE)
"""Words before a value that tell it as the state now ("has forced 6,000", "are still", "now"), not as a past day's."""
_PERFECT_NOW = re.compile(r"\b(?:has|have)\s+(?:(?:also|already|so\s+far)\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b|"
                          r"\b(?:now|still|remains?|currently)\b", re.IGNORECASE)
"""A sentence telling its values as the state now: the present perfect ("have fallen ill", "has forced"), "now", "still"."""
_PAST_ACT = re.compile(r"\b(?!(?:need|indeed|feed|seed|speed|bled|red|bed|shed|hundred|led)\b)[a-z]{3,}ed\b|"
                       r"\b(?:was|were|had|did|made|took|left|hit|struck|broke|began|fell|rose|sent|drove|gave|went|"
                       r"cut|put|shut|set|told|said|sold|lost|won|paid|spent|brought|caught|forced)\b")
"""A verb in the past (regular "-ed" or a common irregular one): a statement that tells something done."""
_LEVEL_MOVES = frozenset(stem(w) for w in "fall fell fallen rise rose risen drop dropped climb climbed slump slumped "
                         "jump jumped decline declined recover recovered grow grew grown shrink shrank slide slid plunge "
                         "plunged soar soared".split())
"""Verbs of a level that moves by itself (no one acting on it): an overtaken level is no event to recall."""


@functools.lru_cache(maxsize=16384)
def _doer_and_object(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words (stems) of the subject of *text*'s main clause of something done (who did it,
    `sections.main_subject`) and of the few words after its verb (what it was done to); empty
    when no such clause is read. Pure: read once per text, however many statements it is held against."""
    found = holds.done_verb(text)
    if found is None:
        parts = holds.announced_parts(text)  # a decision announced: "Indonesia will delay its 20% tariff ..."
        if parts is None:
            return frozenset(), frozenset()
        doer = frozenset(_stems(" ".join(parts[0])))
        return doer, frozenset(_stems(" ".join(parts[2]))) - doer
    words, at = found
    subject = frozenset(_stems(" ".join(holds.main_subject(text))))
    return subject, frozenset(_stems(" ".join(words[at + 1:at + 7]))) - subject


_PART_OF = re.compile(r"^(?:the|its|their|his|her|a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:step|stage|phase|part|portion|round|"
                      r"tranche|instal?lment|half|share|section|wing|rest|remainder)s?\s+of\s+", re.IGNORECASE)


def _whole_of_part(text: str) -> frozenset[str]:
    """When *text*'s main clause does something to a part of a thing ("will delay the first step of its
    water tariff increase", "reopened one wing of the museum"), the words (stems) of that thing, the
    whole the part belongs to (the few words after "of"); empty otherwise. A change to a part of an act
    is about the act: what the reader must be told first."""
    found = holds.done_verb(text)
    if found is not None:
        after = found[0][found[1] + 1:found[1] + 13]
    elif (parts := holds.announced_parts(text)) is not None:
        flat = " ".join(text.split())
        at = flat.find(f" {parts[1]} ")
        after = flat[at + len(parts[1]) + 2:].split()[:12] if at >= 0 else []
    else:
        return frozenset()
    joined = " ".join(after)
    part = _PART_OF.match(joined)
    if part is None:
        return frozenset()
    return frozenset(_stems(" ".join(joined[part.end():].split()[:5])))


def _same_doer(text: str, doer: frozenset[str]) -> bool:
    """Whether *text*'s main clause has *doer* for its subject: at least CENTRAL_ARGS of its words,
    or all of them when it has fewer ("Iceland's central bank" and "The central bank")."""
    subject = _doer_and_object(text)[0]
    return bool(doer) and len(subject & doer) >= min(CENTRAL_ARGS, len(doer))


def _same_thing(text: str, done: frozenset[str]) -> bool:
    """Whether *text*'s main clause does something to *done* (the words of another clause's object):
    at least CENTRAL_ARGS words of its object, or all of them when it has fewer."""
    return bool(done) and len(_doer_and_object(text)[1] & done) >= min(CENTRAL_ARGS, len(done))


def _same_act(text: str, doer: frozenset[str], done: frozenset[str]) -> bool:
    """Whether *text*'s main clause reports something done by *doer* (`_same_doer`) to *done*
    (`_same_thing`)."""
    return bool(doer) and _same_doer(text, doer) and _same_thing(text, done)


def _tells(sentence: str, verb: str, args: frozenset[str]) -> bool:
    words = _stems(sentence)
    return verb in words and len(words & args) >= CENTRAL_ARGS


_FIRST_MENTION = re.compile(r"^(?:a|an)\s+((?:[\w$.,’'-]+\s+){0,3}?)([a-z][a-z-]{2,})\s+"
                            r"(?:with|for|to|of|on|over|worth|that|which|between|under|from)\b")
_BACK_REFERENCE = r"\b(?:the|this|that|its|their|his|her|our)\s+(?:[\w$.,’'-]+\s+){{0,3}}?{}s?\b"


def _event_noun(text: str) -> str | None:
    """The head noun of the object of *text*'s main clause when the clause introduces it by an
    indefinite article and a preposition follows it ("Ghana reached a staff-level agreement with the
    IMF" -> "agreement"): a thing first told in that clause, which other sources may name again by
    a definite noun phrase ("the agreement", "its new agreement") in place of the verb."""
    found = holds.done_verb(text)
    if found is None:
        return None
    words, at = found
    match = _FIRST_MENTION.match(" ".join(words[at + 1:at + 9]))
    return match.group(2) if match else None


def _names_again(sentence: str, noun: str | None, args: frozenset[str]) -> bool:
    """Whether *sentence* names the thing a happening introduced (*noun*, `_event_noun`) again by a
    definite noun phrase headed by it and shares CENTRAL_ARGS words (the noun's among them) of the
    happening's arguments: "the staff-level agreement removes ..." tells "reached a staff-level agreement"."""
    if noun is None or re.search(_BACK_REFERENCE.format(re.escape(noun)), sentence, re.IGNORECASE) is None:
        return False
    return len(_stems(sentence) & args) >= CENTRAL_ARGS


def _revises_value(change: str | None, earlier: str) -> bool:
    """Whether *change* (`sections.revision` of a later statement against *earlier*) revises what
    *earlier* reports: a verb of undoing, a new date, or a new value of a kind *earlier* gives a value
    of ("to 12.65 dollars" after "closed at 11.20 dollars"); not a value of a kind *earlier* has none of
    ("shares rose ... to 47.80 crowns" after "the rocket failed to reach orbit": a consequence's value)."""
    if change is None:
        return False
    values = find_figures(change)
    return not values or any(unit_class(v) == unit_class(f) for v in values for f in find_figures(earlier))


RECENCY_BONUS = 0.2
"""Added to a note's score in proportion to how late its source is among the dated sources
(the latest: all of it): a developing story is told by its latest state."""
ACT_BONUS = 1.0
"""Weight added to a report of a plan's act done (`_Composer.acts_done`)."""
LEAD_RECENCY = 0.5
"""How much more the concepts of a statement from the latest dated source weigh when a brief's
opening statement is chosen than those of the earliest (benchmarks/eval_lead.py)."""
LEAD_POSITION = 1.0
"""How much more a source's first sentence weighs (news puts its central fact there), falling
to nothing by the fifth sentence, when a brief's opening statement is chosen."""
DIRECT_SPEECH_PENALTY = 0.8
"""Taken off a statement's score in the digest in proportion to the share of its words that
are someone's words in quotation marks: a summary reports what was said (human summaries
quote rarely), and a quote mostly colours a fact a plain sentence states (benchmarks/eval_rouge.py,
9 development clusters, ROUGE-2 at 100 / 250 words: .242 / .410 without it, .245 / .428 with it)."""

_TOLD_CLAUSE = re.compile(r"(?P<clause>(?:When|After|As|Since|Once|Following|Because)\s[^,;:\"“”]+),\s+(?=[a-z])")
"""A subordinate clause of time or cause a sentence opens on, up to its comma, before a main clause
that starts in lower case ("When the auction closed last week with a single bid, developers ...")."""

TOLD_CLAUSE_WORDS = 4
"""Content words an opening clause must have to be read as retelling a printed statement."""

LEDE_SENTENCES = 1
"""How far into a news report its lede reaches, in sentences before it: the headline (0) and the
first sentence after it (1; a dateline opens it)."""


def _priority(notes: Sequence[Note], coverage: Coverage, base: dict[str, float]) -> Callable[[str], float]:
    """A note's priority, to be re-evaluated as statements are chosen: pinned notes first,
    then the blend of its rank score *base* and the weight of the concepts it adds per word
    (scaled so the best such value, before anything is chosen, is 1)."""
    by_id = {note.id: note for note in notes}
    # What a note carries is its quote's: an analyst's paraphrase does not move it in or out.
    found = {note.id: concepts(note.quote) for note in notes}
    lengths = {note.id: len(note.quote.split()) + LENGTH_OFFSET for note in notes}
    top = max((coverage.gain(found[i]) / lengths[i] for i in by_id), default=0.0) or 1.0

    def priority(note_id: str) -> float:
        pinned = 100.0 if by_id[note_id].status == "pinned" else 0.0
        added = coverage.gain(found[note_id]) / lengths[note_id] / top
        return pinned + (1 - COVERAGE_SHARE) * base[note_id] + COVERAGE_SHARE * added

    return priority


_DIGEST_READER = AudienceProfile(name="digest", description="", sections=(), template="")
"""The digest's reader, for the judgements a brief makes of what is no longer the story's state."""


def digest(noteset: NoteSet, words: int, *, marker_words: int = 0,
           more: Sequence[Note] = ()) -> tuple[list[tuple[str, Note]], int]:
    """Non-redundant notes chosen for the concepts of the cluster they add, in the order
    chosen, up to *words* words (never a cut sentence); statements a later source overtook
    are left out. *more* are further candidates (the sources' other candidate sentences, see
    notes.candidates), chosen among on the same terms. *marker_words* is added to each
    statement's length (a citation marker printed after it)."""
    members: dict[str, set[str]] = {}
    for cluster in noteset.clusters:
        for note_id in cluster.notes:
            members[note_id] = set(cluster.notes)
    # A claim several sources report is more likely to belong in a summary: each further
    # source adds to the note's rank score (up to three).
    support = {note_id: len(cluster.sources) for cluster in noteset.clusters for note_id in cluster.notes}
    docs = {doc.id: doc for doc in noteset.sources}
    everything = replace(noteset, notes=noteset.notes + tuple(more))
    readable = readable_notes(everything)
    # What a later source words the same with other figures, a value a later or correcting
    # source replaced ("climbed to 386" once a later report says 412), and a schedule a later
    # source reports as done, called off or moved: as the briefs leave out.
    composer = _Composer(noteset=everything, profile=_DIGEST_READER, docs=docs)
    gone = composer.stale | {judgement.note for judgement in composer.overtaken_events}
    # An overtaken statement that tells its event on its own past day ("forced about 6,000 people from their
    # homes ... on Tuesday") is still the story's what, where and when: a candidate, told only with the
    # statement giving the new value right after it ("About 9,000 ... up from 6,000 earlier in the week").
    history = composer.history_of
    gone -= set(history)
    histories: dict[str, set[str]] = {}
    for old, options in history.items():
        for option in options:
            for teller in option:
                histories.setdefault(teller, set()).add(old)
    # A piece of a quotation that runs over several sentences ('... last year," said X') reads
    # as a fragment; the analyst's own words or a pinned note aside.
    notes = [note for note in readable if note.id not in gone
             and (note.text or note.status == "pinned" or not piece_of_quotation(" ".join(note.quote.split())))]
    # The digest states what the sources report: a forum post's or a column's claim would read as reported
    # fact in it (it has no labels), so comment is left out, unless the sources are all comment.
    reported = [note for note in notes if note.status == "pinned" or not _comment(docs.get(note.span.source))]
    notes = reported or notes
    by_id = {note.id: note for note in notes}
    coverage = Coverage.of(noteset.sources, lead=True)
    later = recency(notes, docs)
    base = {n.id: n.score + SUPPORT_BONUS * min(3, support.get(n.id, 1) - 1) + RECENCY_BONUS * later[n.id]
            - DIRECT_SPEECH_PENALTY * quoted_share(n.quote) for n in notes}
    order = sorted(notes, key=lambda n: (n.status != "pinned", -base[n.id], n.id))
    chosen: list[tuple[str, Note]] = []
    skipped: set[str] = set()
    total = 0
    for note_id in lazy_greedy([n.id for n in order], _priority(order, coverage, base)):
        note = by_id[note_id]
        if note.id in skipped:
            continue
        text = statement(note)  # printed; what the source says decides what is a repeat
        length = len(text.split()) + marker_words
        extends = next((i for i, (_, c) in enumerate(chosen) if c.span.source == note.span.source
                        and c.span.start == note.span.start and c.span.end < note.span.end), None)
        if extends is not None:  # the sentence it leans on is in already: say both together
            extra = length - marker_words - len(chosen[extends][0].split())
            if total + extra <= words:
                chosen[extends] = (text, note)
                skipped |= members.get(note.id, set())
                coverage.add(concepts(note.quote))
                total += extra
            continue
        if total + length > words:
            continue
        if any(_similar(said(note), said(other)) for _, other in chosen):
            continue  # (an old value's telling too: an update that retells the event leaves it nothing to add)
        if note.id in history:
            # each replaced value's newest state: one the digest holds already, else the likeliest that is free
            present = {c.id: i for i, (_, c) in enumerate(chosen)}
            held: list[int] = []
            missing: list[Note] = []
            for option in history[note.id]:
                at_option = [present[u] for u in option if u in present]
                if at_option:
                    held.append(min(at_option))
                    continue
                free = [u for u in (by_id.get(i) for i in option) if u is not None and u.id not in skipped
                        and u not in missing and not any(_similar(said(u), said(other)) for _, other in chosen)]
                if not free:
                    break
                missing.append(max(free, key=lambda u: (base[u.id], u.id)))
            else:
                extra = sum(len(statement(u).split()) + marker_words for u in missing)
                if total + length + extra <= words:
                    # the old values' telling, then the statements giving the new values after it
                    at = min(held, default=len(chosen))
                    chosen[at:at] = [(text, note)]
                    chosen.extend((statement(u), u) for u in missing)
                    for update in missing:
                        skipped |= members.get(update.id, set()) - histories.get(update.id, set())
                        coverage.add(concepts(update.quote))
                    skipped |= members.get(note.id, set())
                    coverage.add(concepts(note.quote))
                    total += length + extra
            continue
        chosen.append((text, note))
        skipped |= members.get(note.id, set()) - histories.get(note.id, set())
        coverage.add(concepts(note.quote))
        total += length
    return _answers_after_claims(chosen, total, noteset, by_id, words, marker_words)


def _answers_after_claims(chosen: list[tuple[str, Note]], total: int, noteset: NoteSet, by_id: dict[str, Note],
                          words: int, marker_words: int) -> tuple[list[tuple[str, Note]], int]:
    """The digest's statements with each disagreement's second side (a rebuttal, the other
    party's figure) right after its first, where both are in: read apart, the answer has lost
    what it answers. A party's claim another party disputes brings the dispute along when there
    is room. An answer that points back at the account ("rejected that account") comes with that
    account, or not at all when there is no room for it."""
    for pair in noteset.disagreements:
        at = {note.id: i for i, (_, note) in enumerate(chosen)}
        if pair.b and pair.sides and pair.a in at and pair.b not in at and (answer := by_id.get(pair.b)) is not None:
            # A party's claim the digest states, which another party disputes: the dispute is
            # news too, said right after it when there is room (and it says something new).
            text = statement(answer)
            extra = len(text.split()) + marker_words
            if total + extra <= words and not any(_similar(said(answer), said(other)) for _, other in chosen):
                chosen.insert(at[pair.a] + 1, (text, answer))
                total += extra
            continue
        if not pair.b or pair.b not in at:
            continue
        if pair.a not in at:
            claim = by_id.get(pair.a)
            if pair.reason != "disputed" or not (found := disputes.rebuttal(said(chosen[at[pair.b]][1]))) \
                    or not found.back:
                continue
            extra = len(statement(claim).split()) + marker_words if claim is not None else words + 1
            if claim is not None and total + extra <= words:
                chosen.insert(at[pair.b], (statement(claim), claim))
                total += extra
            else:
                total -= len(chosen[at[pair.b]][0].split()) + marker_words
                del chosen[at[pair.b]]
            continue
        first, second = at[pair.a], at[pair.b]
        if second != first + 1:
            moved = chosen.pop(second)
            chosen.insert(first + 1 if first < second else first, moved)  # popping it moved a later claim up one
    return chosen, total
