"""Extraction: SourceDoc -> draft notes (per source, cacheable) -> ranked Notes with links.

Per source (cached by content hash and EXTRACTOR_VERSION): every candidate
sentence with its kind, speaker, figures, entities and themes. Across the
corpus: ranking, a non-redundant pick per source, clusters and disagreements.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np

from briefgen import cachekey
from briefgen.audiences import relevance
from briefgen.console import Tick
from briefgen.ingest.clean import LEAD_IN_LABEL, typeset
from briefgen.ingest.markup import as_read, markup_spans, reads
from briefgen.models import (
    AudienceProfile,
    Cluster,
    Disagreement,
    Draft,
    Entity,
    Figure,
    Note,
    Sentence,
    SourceDoc,
    Span,
)
from briefgen.notes import (
    conflicts,
    counterclaims,
    disputes,
    estimates,
    features,
    links,
    outlooks,
    phrases,
    rank,
    statuses,
)
from briefgen.notes.context import (
    Named,
    lede_actor,
    needs_antecedent,
    speaks_for_generic,
    standalone_quote,
    trailing_pronoun_speaker,
)
from briefgen.notes.figures import MONEY_UNITS, unit_head
from briefgen.notes.verify import locate, normalise_quote
from briefgen.notes.version import EXTRACTOR_VERSION
from briefgen.parallel import map_ordered
from briefgen.window import written_day
from briefgen.words import STOP_WORDS, stem


def note_id(source: str, quote: str) -> str:
    """Stable id from source id and normalised quote."""
    return "n-" + hashlib.sha1(f"{source}|{normalise_quote(quote)}".encode()).hexdigest()[:8]


def draft_notes(doc: SourceDoc, lexicon: Any) -> list[Draft]:
    """Every candidate sentence of *doc* as a JSON-able draft (the per-source cache unit)."""
    drafts: list[Draft] = []
    source_kind = doc.meta.kind
    seen: set[str] = set()
    names: frozenset[str] | None = None
    actor: str | None = None
    markup = markup_spans(doc.text) if doc.format == "markdown" else ()
    for index, sentence in enumerate(doc.sentences):
        # A Markdown source is quoted as it reads ("> **Note:** The city ..." as "Note: The city
        # ..."); the span still covers the text as written, and `check` reads it the same way.
        shown, offsets = as_read(doc.text, sentence.start, sentence.end, markup)
        shown = shown.rstrip()
        lead = len(shown) - len(shown.lstrip())
        skip = lead + features.trim_prefix(shown[lead:])
        quote = shown[skip:]
        if quote[:1].islower() and _after_label(doc, sentence.start):
            quote = f"[{quote[0].upper()}]{quote[1:]}"  # "Reminder: the meeting ..." -> "[T]he meeting ..."
        if quote and (run_end := _rebuttal_run(doc, index, quote)):
            # "Brightline rejected that account." says nothing of what the rejection holds, yet it is
            # one side of a dispute: it runs on into the sentence that gives its reasons ("Its
            # managing director said ..."; a quotation of its holder, to where the quotation ends).
            shown, offsets = as_read(doc.text, sentence.start, run_end, markup)
            shown = shown.rstrip()
            quote = shown[skip:]
        if quote and features.is_candidate(quote) and (run_end := _own_value_run(doc, index, quote)):
            # "The programme assumes growth of 4.5% ... We see 3.0%.": the writer's bare own value says
            # nothing without the value it answers; the two sentences are one note.
            shown, offsets = as_read(doc.text, sentence.start, run_end, markup)
            shown = shown.rstrip()
            quote = shown[skip:]
        if not quote or not (features.is_candidate(quote) or disputes.short_reaction(quote)
                             or _short_event(doc, quote)):
            continue
        if (verb := features.imperative_verb(quote)) and not _named_mid_sentence(doc.text, verb):
            continue  # "Appoint an independent firm ...": a demand's or a plan's item, its subject in the lead-in
        if features.labelled_list(quote) or features.list_entry(doc.text, sentence.start, quote):
            continue  # "Key dates: ...; ...", "- A text-message alert system ...": an entry of a list, no statement
        said = normalise_quote(quote)
        if said in seen:  # the same sentence again in one source (a pull quote, a repeated line): one note
            continue
        seen.add(said)
        start, end = offsets[skip], offsets[len(shown) - 1] + 1
        reads = quote
        if quote.startswith(("According", "according")) or needs_antecedent(quote) or speaks_for_generic(quote) \
                or trailing_pronoun_speaker(quote):
            # "She said ..." -> "[Lena Voss] said ...": verified as the check verifies it, else left as is.
            if names is None:
                names = _names(doc)
                actor = _lede_actor(doc, names)
            made = standalone_quote(quote, _earlier(doc, index), names, actor)
            where = locate(doc, made.quote, start) if made is not None else None
            if made is not None and where is not None:
                quote, reads, (start, end) = made.quote, made.reads, where
        # Read as printed: hard-wrapped line breaks as spaces, wire copy's ``...'' as quote marks.
        plain = typeset(" ".join(reads.split()))
        speaker = features.find_speaker(plain)
        figures = features.find_figures(plain)
        kind = features.classify(plain, source_kind=source_kind, speaker=speaker, has_figures=bool(figures))
        author = ""
        if sentence.post is not None and doc.posts:
            author = doc.posts[sentence.post].author
        draft: Draft = {
            "quote": quote,
            "start": start,
            "end": end,
            "para": sentence.para,
            "sent": sentence.sent,
            "line": sentence.line,
            "page": sentence.page,
            "author": author,
            "kind": kind,
            "speaker": speaker.name if speaker else "",
            "role": speaker.role if speaker else "",
            "figures": [dict(vars(f)) for f in figures],  # flat dataclasses: vars() is as_dict, faster
            "entities": [dict(vars(e)) for e in features.find_entities(plain, speaker)],
            "themes": list(features.find_themes(plain, lexicon)),
            "directions": list(conflicts.directions(plain)),
            "position": len(drafts),
            "words": len(quote.split()),
        }
        drafts.append(draft)
    return drafts


def _named_mid_sentence(text: str, word: str) -> bool:
    """Whether *word* stands capitalised inside a sentence of *text* ("... said Vantor ..."): a name,
    not a verb that opens an instruction."""
    return re.search(r"[a-z,;]\s+" + re.escape(word) + r"\b", text) is not None


def _own_value_run(doc: SourceDoc, index: int, quote: str) -> int | None:
    """Where the next sentence of the paragraph ends, when it is only the writer's own value of
    what *quote* gives another holder's value of (`estimates.answers_before`); else None."""
    following = _next_in_paragraph(doc, index)
    if following is None:
        return None
    after = typeset(" ".join(reads(doc, following.start, following.end).split()))
    plain = typeset(" ".join(quote.split()))
    return following.end if estimates.answers_before(after, plain, features.find_figures) else None


def _next_in_paragraph(doc: SourceDoc, index: int) -> Sentence | None:
    """The sentence after the *index*-th of *doc* when it is in the same paragraph (and post); else None."""
    if index + 1 >= len(doc.sentences):
        return None
    current, following = doc.sentences[index], doc.sentences[index + 1]
    return following if following.para == current.para and following.post == current.post else None


def _rebuttal_run(doc: SourceDoc, index: int, quote: str) -> int | None:
    """Where a short sentence rejecting the account before it ("X rejected that account.") ends
    together with the next sentence of its paragraph, when that one opens on it ("Its managing
    director said ..."); else None."""
    if not disputes.may_rebut(quote) or (found := disputes.rebuttal(quote)) is None or not found.back:
        return None
    if features.is_candidate(quote) and not _BARE_REJECTION.search(quote):
        return None  # a note on its own that gives its reasons (", saying ...")
    following = _next_in_paragraph(doc, index)
    if following is None:
        return None
    after = typeset(" ".join(reads(doc, following.start, following.end).split()))
    if needs_antecedent(after):
        return following.end
    if not after.startswith('"'):
        return None
    # "... rejected that account. "There was no change to our network on Friday. ...," he said.":
    # the quotation that follows is the holder's, to the sentence where it closes (at most three).
    opened = 0
    for at in range(index + 1, min(index + 4, len(doc.sentences))):
        sentence = doc.sentences[at]
        if sentence.para != following.para or sentence.post != following.post:
            return None
        opened += typeset(" ".join(reads(doc, sentence.start, sentence.end).split())).count('"')
        if opened % 2 == 0:
            return sentence.end
    return None


_BARE_REJECTION = re.compile(r"\b(?:that|this|the|these|those)\s+(?:\w+\s+){0,2}?(?:account|claim|claims|version|"
                             r"allegations?|suggestion|report|figures?|assertion)\.?[\"”]?$", re.IGNORECASE)
"""A rejection that ends on what it rejects ("... rejected that account."): it gives no reasons."""


def _after_label(doc: SourceDoc, start: int) -> bool:
    """True when the sentence at *start* follows a lead-in label ("Reminder: the council ...")
    that ingest left out: it opens in lower case only because the label ran into it."""
    return any(r.reason == LEAD_IN_LABEL and not doc.text[r.end:start].strip() for r in doc.removed)


_NAME_INSIDE = re.compile(r"(?<=[a-z0-9,;:] )[A-Z][\w&’'.-]*[\w]")


def _names(doc: SourceDoc) -> frozenset[str]:
    """Capitalised words the source writes inside a sentence: names, not sentence openings."""
    return frozenset(_NAME_INSIDE.findall(doc.text))


def _lede_actor(doc: SourceDoc, names: frozenset[str]) -> str | None:
    """The body *doc*'s lede is about (`context.lede_actor`): its first sentence of body text (one that ends
    as a sentence ends, after the headline), read against its title."""
    for sentence in doc.sentences[:3]:
        plain = typeset(" ".join(reads(doc, sentence.start, sentence.end).split()))
        if plain == doc.meta.title or not re.search(r"[.!?][\"”’)]*$", plain):
            continue  # the headline
        speaker = features.find_speaker(plain)
        named = tuple(Named(e.name, e.type) for e in features.find_entities(plain, speaker))
        return lede_actor((plain, named), doc.meta.title, names)
    return None


def _earlier(doc: SourceDoc, index: int) -> list[tuple[str, tuple[Named, ...]]]:
    """The sentences a reader has just read before sentence *index*, with what each names: up to
    two before it in its paragraph, or, when it opens its paragraph, the one ending the paragraph
    before (news written one sentence to a paragraph)."""
    found: list[tuple[str, tuple[Named, ...]]] = []
    current = doc.sentences[index]
    for back in (index - 1, index - 2):
        if back < 0:
            break
        before = doc.sentences[back]
        after = doc.sentences[back + 1]
        if before.para != after.para and not (after.sent == 1 and before.para == after.para - 1 and back == index - 1):
            break
        if before.post != current.post:
            break
        plain = typeset(" ".join(reads(doc, before.start, before.end).split()))
        speaker = features.find_speaker(plain)
        found.append((plain, tuple(Named(e.name, e.type) for e in features.find_entities(plain, speaker))))
    return found


@dataclass(frozen=True)
class Looks:
    """What the cross-source steps ask of each draft's quote, worked out per source (with the
    drafts, on every core, and cached with them) so that a run after one source changed asks
    it again of that source only. One entry per draft, in order."""

    conflict: tuple[bool, ...]
    """conflicts.may_conflict"""
    hold: tuple[bool, ...]
    """disputes.may_hold"""
    stances: tuple[disputes.Stance | None, ...]
    """disputes.stance, where hold (else None)"""
    numbers: tuple[frozenset[str], ...]
    """links.numbers"""
    names: tuple[frozenset[str], ...]
    """links.names"""
    ties: tuple[counterclaims.Ties, ...]
    """counterclaims.ties"""
    positions: tuple[disputes.Position | None, ...]
    """disputes.position, where the draft has figures or a deadline (else None)"""
    answers: tuple[tuple[int, str] | None, ...]
    """estimates.set_against within the source: (the index of the draft whose figure this one's
    own estimate answers, the reason), (-1, the reason) when the draft sets two holders' values
    against each other itself, else None"""
    quick: tuple[int, ...]
    """The quick looks the cross-source steps take at every sentence, as bits (`quick_looks`)"""


MAY_BLAME, MAY_ASSESS, MAY_REBUT, MAY_VIEW, MAY_SPLIT = 1, 2, 4, 8, 16
"""Bits of Looks.quick: counterclaims.may_blame, counterclaims.may_assess, disputes.may_rebut,
outlooks.may_view, outlooks.may_split."""


def quick_looks(quote: str) -> int:
    """The Looks.quick bits of one quote (taken per source, on every core, not over the whole
    corpus in one process: ~3 s of 1,000 sources)."""
    return ((MAY_BLAME if counterclaims.may_blame(quote) else 0) | (MAY_ASSESS if counterclaims.may_assess(quote) else 0)
            | (MAY_REBUT if disputes.may_rebut(quote) else 0) | (MAY_VIEW if outlooks.may_view(quote) else 0)
            | (MAY_SPLIT if outlooks.may_split(quote) else 0))


def looks(drafts: Sequence[Draft]) -> Looks:
    """The Looks of one source's drafts."""
    quotes = [d["quote"] for d in drafts]
    hold = tuple(disputes.may_hold(q) for q in quotes)
    answers: list[tuple[int, str] | None] = [None] * len(drafts)
    for one in estimates.set_against(quotes, [[Figure(**f) for f in d["figures"]] for d in drafts],
                                     [0] * len(drafts), features.find_figures):
        answers[one.a if one.b < 0 else one.b] = (one.a if one.b >= 0 else -1, one.reason)
    return Looks(
        conflict=tuple(conflicts.may_conflict(q) for q in quotes),
        hold=hold,
        stances=tuple(disputes.stance(q) if held else None for q, held in zip(quotes, hold, strict=True)),
        numbers=tuple(links.numbers(q) for q in quotes),
        names=tuple(links.names(q) for q in quotes),
        ties=tuple(counterclaims.ties(q) for q in quotes),
        positions=tuple(disputes.position(d["quote"], [Figure(**f) for f in d["figures"]])
                        if d["figures"] or disputes.has_deadline(d["quote"]) else None for d in drafts),
        answers=tuple(answers),
        quick=tuple(quick_looks(q) for q in quotes),
    )


def _cache_key(doc: SourceDoc, lexicon_key: str) -> str:
    return f"{doc.sha256[:16]}-{EXTRACTOR_VERSION}-{lexicon_key}-{cachekey.code_version()}"


def _cached(doc: SourceDoc, cache_dir: Path | None, key: str) -> tuple[list[Draft], Looks] | None:
    path = cache_dir / f"{doc.id}.json" if cache_dir else None
    if path is None or not path.is_file():
        return None
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored.get("key") == key:
            drafts, seen = list(stored["drafts"]), cachekey.from_json(Looks, stored["looks"])
            if all(len(getattr(seen, field.name)) == len(drafts) for field in fields(seen)):
                return drafts, seen
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return None


def _store(doc: SourceDoc, cache_dir: Path | None, key: str, drafts: list[Draft], seen: Looks) -> None:
    if cache_dir is None:
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        (cache_dir / f"{doc.id}.json").write_text(
            json.dumps({"key": key, "drafts": drafts, "looks": cachekey.to_json(seen)}), encoding="utf-8")
    except OSError:
        pass  # the cache is an optimisation only


def _draft_task(task: tuple[SourceDoc, Path, Path | None, str]) -> tuple[list[Draft], Looks]:
    """One source's drafts and Looks, stored in the cache by the worker that made them
    (encoding the JSON in the parent cost it ~2 s of 1,000 sources)."""
    doc, lexicon_path, cache_dir, key = task
    drafts = draft_notes(doc, features.load_lexicon(lexicon_path))
    seen = looks(drafts)
    _store(doc, cache_dir, key, drafts, seen)
    return drafts, seen


def all_drafts(
    docs: Sequence[SourceDoc],
    lexicon_path: Path,
    cache_dir: Path | None,
    progress: Tick | None = None,
) -> list[list[Draft]]:
    """Drafts of every source: from the cache (keyed by content hash, extractor version,
    lexicon and briefgen's code) where unchanged, else extracted, on every core when there are many."""
    return all_sources(docs, lexicon_path, cache_dir, progress)[0]


def all_sources(
    docs: Sequence[SourceDoc],
    lexicon_path: Path,
    cache_dir: Path | None,
    progress: Tick | None = None,
) -> tuple[list[list[Draft]], list[Looks]]:
    """all_drafts, and the Looks of each source's drafts."""
    features.load_lexicon(lexicon_path)  # a bad lexicon stops here, before any worker starts
    lexicon_key = hashlib.sha1(lexicon_path.read_bytes()).hexdigest()[:8]
    keys = [_cache_key(doc, lexicon_key) for doc in docs]
    found: list[tuple[list[Draft], Looks] | None] = [_cached(doc, cache_dir, key)
                                                      for doc, key in zip(docs, keys, strict=True)]
    todo = [i for i, entry in enumerate(found) if entry is None]
    done = 0
    for i in range(len(docs)):
        if found[i] is not None and progress:
            done += 1
            progress(done, len(docs), docs[i].path)
    for i, entry in zip(todo, map_ordered(_draft_task, [(docs[i], lexicon_path, cache_dir, keys[i]) for i in todo]),
                        strict=True):
        found[i] = entry
        if progress:
            done += 1
            progress(done, len(docs), docs[i].path)
    return [entry[0] if entry else [] for entry in found], [entry[1] if entry else looks([]) for entry in found]


EXTRA_NOTES_PER_SOURCE = 6
FORWARD_NOTES_PER_SOURCE = 4
"""At most this many events to come a source keeps beyond its pick (`_forward`)."""


def notes_per_source(candidates: int) -> int:
    """How many notes a source keeps: about 40% of its candidate sentences, 3 to 20."""
    return max(3, min(20, math.ceil(0.4 * candidates)))


@dataclass(frozen=True)
class _Corpus:
    """Every draft of every source, flattened, with its TF-IDF row and rank score."""

    docs: Sequence[SourceDoc]
    drafts: list[Draft]
    groups: list[int]
    """Index of each draft's source in docs."""
    texts: list[str]
    matrix: Any
    scores: np.ndarray


def _rank(docs: Sequence[SourceDoc], drafts_by_doc: Sequence[list[Draft]]) -> _Corpus:
    from briefgen.notes.rank import RELIABILITY_WEIGHT

    drafts = [d for per_doc in drafts_by_doc for d in per_doc]
    groups = [i for i, per_doc in enumerate(drafts_by_doc) for _ in per_doc]
    texts = [d["quote"] for d in drafts]
    matrix = rank.vectorize(texts)
    reliability = [RELIABILITY_WEIGHT.get(docs[g].meta.reliability, 1.0) for g in groups]
    scores = rank.score(matrix, groups, [d["position"] for d in drafts], [d["words"] for d in drafts], reliability)
    return _Corpus(docs, drafts, groups, texts, matrix, scores)


NEW_NOTES_PER_SOURCE = 2
"""At most this many drafts a source keeps beyond its pick for what no earlier source told (`_news`)."""
NEW_SHARE = 0.5
"""The share of a draft's content words no earlier-dated source uses, for it to tell something new."""
_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}|\d[\d.,]*")


def _content_words(text: str) -> set[str]:
    """The words of four letters or more and the numbers a draft tells by (not `words.content_words`,
    which counts three-letter words and no numbers: a new figure is news)."""
    return {w.lower().strip(".,'’") for w in _CONTENT_WORD.findall(text)} - STOP_WORDS


def _news(corpus: _Corpus, drafts_by_doc: Sequence[list[Draft]]) -> list[set[int]]:
    """Per source, the rows of drafts that tell what no earlier-dated source used the words of: at
    least half their content words are new to the story on their source's day (a later update's own
    development: "one farm worker had tested positive, the first human case"). A story's first day
    has nothing earlier: empty there, and for undated sources. Linear in the corpus: one vocabulary
    grown day by day."""
    days = [written_day(doc.meta) for doc in corpus.docs]
    own_words = [[_content_words(d["quote"]) for d in per_doc] for per_doc in drafts_by_doc]
    news: list[set[int]] = [set() for _ in drafts_by_doc]
    starts = np.cumsum([0] + [len(per_doc) for per_doc in drafts_by_doc])
    seen: set[str] = set()
    dated = sorted((day, i) for i, day in enumerate(days) if day is not None)
    at = 0
    while at < len(dated):
        day = dated[at][0]
        same = [i for d, i in dated[at:] if d == day]
        if seen:
            for i in same:
                for offset, own in enumerate(own_words[i]):
                    if len(own) >= 5 and len(own - seen) >= NEW_SHARE * len(own):
                        news[i].add(int(starts[i]) + offset)
        for i in same:
            seen.update(*own_words[i])
        at += len(same)
    return news


REVISED_NOTES_PER_SOURCE = 2
"""At most this many drafts a source keeps beyond its pick for a count it revises (`_revised`)."""


def _counted(figure: Mapping[str, Any]) -> str | None:
    """The stem of the noun a count figure counts ("1,150 volcanic earthquakes": "earthquak"), "" for a
    bare count ("about 600"), None for money, a share or a count of a unit of measure with a rate."""
    head = unit_head(figure["unit"])
    if head in MONEY_UNITS or head in ("%", "pp") or head != figure["unit"]:
        return None
    last = figure["unit"].split()[-1:] if figure["unit"] else [""]
    return stem(last[0]) if last[0] else ""


def _revised(corpus: _Corpus, drafts_by_doc: Sequence[list[Draft]]) -> list[set[int]]:
    """Per source, the rows of drafts that give a new value of a count an earlier-dated source gave:
    the sentence tells a change or the latest value (`supersede.tells_state`'s change cues: "had risen
    again to about 600 a day"), names the counted noun of the earlier count ("earthquake numbers",
    against "1,150 volcanic earthquakes") and gives a bare count or one of that noun with another value.
    A later update's own figure is the story moving on: it must not lose the per-source cap to the
    update's restatement of what was known."""
    from briefgen.supersede import _UPDATE_CUE  # here: supersede reads notes, not the other way round

    days = [written_day(doc.meta) for doc in corpus.docs]
    starts = np.cumsum([0] + [len(per_doc) for per_doc in drafts_by_doc])
    counts: list[tuple[Any, str, float]] = []  # (day, counted stem, value) of earlier counts of a noun
    for i, per_doc in enumerate(drafts_by_doc):
        if days[i] is None:
            continue
        for d in per_doc:
            for f in d["figures"]:
                noun = _counted(f)
                if noun:
                    counts.append((days[i], noun, float(f["value"])))
    revised: list[set[int]] = [set() for _ in drafts_by_doc]
    for i, per_doc in enumerate(drafts_by_doc):
        day = days[i]
        if day is None:
            continue
        for offset, d in enumerate(per_doc):
            if not d["figures"] or not _UPDATE_CUE.search(d["quote"]):
                continue
            stems = {stem(w) for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", d["quote"])}
            for f in d["figures"]:
                noun = _counted(f)
                if noun is None:
                    continue
                value = float(f["value"])
                if any(when < day and (noun == said or not noun) and said in stems and not _near(value, was)
                       for when, said, was in counts):
                    revised[i].add(int(starts[i]) + offset)
                    break
    return revised


def _near(a: float, b: float) -> bool:
    """Whether two values are the same figure as written (rounding aside)."""
    return abs(a - b) <= 0.01 * max(abs(a), abs(b), 1.0)


def _select(corpus: _Corpus, drafts_by_doc: Sequence[list[Draft]]) -> list[int]:
    """Per source: the best non-redundant drafts, plus attributed and money/percent ones, a count
    it revises (`_revised`), and what it is the first to tell (`_news`)."""
    kept: list[int] = []
    start = 0
    news = _news(corpus, drafts_by_doc)
    revised = _revised(corpus, drafts_by_doc)
    for number, per_doc in enumerate(drafts_by_doc):
        rows = list(range(start, start + len(per_doc)))
        start += len(per_doc)
        if not rows:
            continue
        order = sorted(rows, key=lambda r: (-corpus.scores[r], r))
        picked = rank.pick_diverse(corpus.matrix, order, limit=notes_per_source(len(rows)), max_similarity=0.6)
        # Sentences with money or percentages feed the key-figures table, and attributed
        # statements feed stakeholder positions, even when they rank lower.
        extra = [r for r in order if r not in picked and (corpus.drafts[r]["speaker"] or any(
            unit_head(f["unit"]) in MONEY_UNITS or f["unit"] == "%" for f in corpus.drafts[r]["figures"]))]
        extra = extra[:EXTRA_NOTES_PER_SOURCE]
        ahead = list(itertools.islice((r for r in order if r not in picked and r not in extra and _forward(corpus, r)),
                                      FORWARD_NOTES_PER_SOURCE))  # the first few: the rest are not read
        moved = [r for r in order if r in revised[number] and r not in picked and r not in extra and r not in ahead]
        moved = moved[:REVISED_NOTES_PER_SOURCE]
        new = [r for r in order if r in news[number] and r not in picked and r not in extra and r not in ahead
               and r not in moved]
        kept.extend(sorted(picked + extra + ahead + moved + new[:NEW_NOTES_PER_SOURCE]))
    return kept


def _short_event(doc: SourceDoc, quote: str) -> bool:
    """Whether a sentence too short for a note (`features.is_short_sentence`) sets a dated event
    still to come on its source's date, as the forward sections read it ("The ballot closes on
    Oct 23.", "A ruling is due next week."): news writes a next step in a few words, and a brief
    that leaves it out loses the date a reader acts on."""
    if not features.is_short_sentence(quote):
        return False
    from briefgen import sections  # here: sections reads notes' features, not the other way round

    day = written_day(doc.meta)
    plain = typeset(" ".join(quote.split()))
    return day is not None and sections.catalyst(plain, "fact", day, day) is not None


def _forward(corpus: _Corpus, row: int) -> bool:
    """Whether the draft tells an event still to come on its source's own date, as the forward
    sections read it (`sections.catalyst`: a vote, ruling, hearing, deadline or dated clause set
    after the source's date, or one pending with no outcome): kept though it ranks low, so that
    a brief can show it when no later source reports it done (and `supersede` can see it overtaken)."""
    from briefgen import sections  # here: sections reads notes' features, not the other way round

    draft = corpus.drafts[row]
    if _ADDS_TO.search(draft["quote"]):
        return False  # "The contract also obliges ...": it adds to a sentence the brief may not show
    # (one that opens on a description, "The appeal against the permit will be heard ...", is kept: the
    # brief brackets, pairs or leaves out what needs an antecedent when it shows it)
    day = written_day(corpus.docs[corpus.groups[row]].meta)
    return sections.catalyst(draft["quote"], draft["kind"], day, day) is not None


_ADDS_TO = re.compile(r"\b(?:also|too|as well)\b", re.IGNORECASE)
"""An additive adverb: the sentence adds to one before it ("The contract also obliges the winner ...")."""


@dataclass(frozen=True)
class _Links:
    kept: list[int]
    """Rows that become notes (the selection plus every sentence in a conflict)."""
    ids: dict[int, str]
    """Note id by row."""
    clusters: list[Cluster]
    cluster_of: dict[int, str]
    """Cluster id by row."""
    disagreements: list[Disagreement]


def _link(corpus: _Corpus, selected: list[int], seen: Sequence[Looks]) -> _Links:
    """Conflicts and same-claim clusters across sources.

    Conflicts are looked for among the selected notes and every candidate that points a way
    (approve/reject, rise/fall...), gives a figure, or may deny a claim or hold two accounts,
    so a dissenting sentence that ranked low is still found; each sentence in a conflict
    becomes a note. Clusters are formed
    among the notes only."""
    docs, drafts, texts, groups = corpus.docs, corpus.drafts, corpus.texts, corpus.groups
    conflict = [flag for one in seen for flag in one.conflict]
    hold = [flag for one in seen for flag in one.hold]
    quick = [bits for one in seen for bits in one.quick]
    stances = [found for one in seen for found in one.stances]
    # A speaker's "the group" is the party the source named before: one party, not two.
    stances = [disputes.speaking_for(found, [texts[p] for p in range(max(0, r - disputes.BODY_LOOKBACK), r)
                                             if groups[p] == groups[r]])
               if found is not None and found.body else found for r, found in enumerate(stances)]
    chosen = set(selected)
    rows = sorted(chosen | {r for r, d in enumerate(drafts)
                            if any(d["directions"]) or d["figures"] or conflict[r]})
    pairs = links.candidate_pairs(rank.vectorize([texts[r] for r in rows], ngrams=1), [groups[r] for r in rows])
    doc_dates = [day.isoformat() if (day := written_day(doc.meta)) else "" for doc in docs]
    found = conflicts.disagreements(
        pairs, [texts[r] for r in rows], [tuple(Figure(**f) for f in drafts[r]["figures"]) for r in rows],
        [str(r) for r in rows], [float(corpus.scores[r]) for r in rows],
        pointing=[drafts[r]["directions"] for r in rows], dates=[doc_dates[groups[r]] for r in rows],
    )
    # Parties at odds (one actor for something, another against it), in one source or across.
    # A person the sources tie to a body speaks for it: never a party against it.
    found_ties = [found for one in seen for found in one.ties]
    known = counterclaims.affiliations(texts, found_ties)
    stances = [counterclaims.affiliated(found, known) if found is not None else None for found in stances]
    stance_rows = [r for r in range(len(texts)) if hold[r]]
    held = disputes.disputes([texts[r] for r in stance_rows], [float(corpus.scores[r]) for r in stance_rows],
                             stances=[stances[r] for r in stance_rows], places=[(groups[r], r) for r in stance_rows])
    # One party is a body and the people who speak for it: never a party against itself; each
    # side named by its body ("Tollan (Simon Ashgrove, partner)").
    parties = counterclaims.Parties(texts, groups, known, found_ties,
                                    before=lambda r: docs[groups[r]].text[:drafts[r]["start"]])
    party = _two_parties(parties, [(stance_rows[d.a], stance_rows[d.b], d) for d in held])
    reasons = ["opposite stances"] * len(party)
    for finder, reason in ((_blamed_back, "blames the other"), (_assessed_apart, "judge it differently")):
        more = _two_parties(parties, finder(corpus, quick, known, {r for a, b, _ in party for r in (a, b)}))
        party += more
        reasons += [reason] * len(more)
    more = _two_parties(parties, _answered(corpus, quick, {r for a, b, _ in party for r in (a, b)}, chosen))
    party += more
    reasons += ["disputed"] * len(more)
    more = _two_parties(parties, _answers_named(corpus, {r for a, b, _ in party for r in (a, b)}))
    party += more
    reasons += ["answers the other"] * len(more)
    # Two parties' amounts for one quantity (one demands 146 stores, the other offers 60).
    taken = {r for a, b, _ in party for r in (a, b)}
    held_positions = [found for one in seen for found in one.positions]
    amount_rows = [r for r in range(len(texts)) if (drafts[r]["figures"] or disputes.has_deadline(texts[r]))
                   and r not in taken]
    more = _two_parties(parties, [(amount_rows[d.a], amount_rows[d.b], d) for d in disputes.positions(
        [texts[r] for r in amount_rows], [[Figure(**f) for f in drafts[r]["figures"]] for r in amount_rows],
        [float(corpus.scores[r]) for r in amount_rows], held=[held_positions[r] for r in amount_rows])])
    more = [(a, b, d) for a, b, d in more if not _adds_up(drafts[a]["figures"], drafts[b]["figures"])
            and not _same_stance(drafts[a]["directions"], drafts[b]["directions"])]
    party += more
    reasons += ["different amounts"] * len(more)
    # Two holders' values of one quantity told one after the other in one source.
    more = _two_parties(parties, _counts_apart(corpus, {r for a, b, _ in party for r in (a, b)}))
    party += more
    reasons += ["different amounts"] * len(more)
    # A source's own estimate of a quantity set against another party's figure for it.
    party, found = _estimates(corpus, seen, parties, party, reasons, found, rows)
    # Two holders' values of one quantity in two sources (each holder's latest; its earlier ones revised).
    held_apart = _held_apart(corpus, parties, {r for a, b, _ in party for r in (a, b)}
                             | {rows[i] for c in found for i in (c.a, c.b) if i >= 0}, drafts, doc_dates)
    party += [(a, b, d) for a, b, d, _ in held_apart]
    reasons += [reason for _, _, _, reason in held_apart]
    # Two holders stating opposite states of one thing ("is complete" vs "was not complete").
    more = _two_parties(parties, _states_apart(corpus, {r for a, b, _ in party for r in (a, b)}
                                               | {rows[i] for c in found for i in (c.a, c.b) if i >= 0}))
    party += more
    reasons += ["state it differently"] * len(more)
    # Holders who expect different ways for one thing; a sentence that states a split of views whole.
    splits = _splits(corpus, quick, {r for a, b, _ in party for r in (a, b)} | {rows[c.a] for c in found if c.b < 0})
    splits += _disputed_whole(corpus, quick, {r for a, b, _ in party for r in (a, b)} | {r for r, _, _ in splits}
                              | {rows[c.a] for c in found if c.b < 0})
    more = _views_apart(corpus, quick, parties, {r for a, b, _ in party for r in (a, b)} | {r for r, _, _ in splits})
    party += more
    reasons += ["expect differently"] * len(more)
    in_dispute = {r for a, b, _ in party for r in (a, b)}
    found = [c for c in found if not {rows[i] for i in (c.a, c.b) if i >= 0} <= in_dispute]
    kept = sorted(chosen | in_dispute | {rows[i] for c in found for i in (c.a, c.b) if i >= 0} | {r for r, _, _ in splits})
    ids = {r: note_id(docs[groups[r]].id, texts[r]) for r in kept}
    disagreements = [Disagreement(a=ids[a], b=ids[b], reason=reason, sides=d.sides)
                     for (a, b, d), reason in zip(party, reasons, strict=True)]
    disagreements += [Disagreement(a=ids[r], b="", reason=reason, sides=sides) for r, reason, sides in splits]
    disagreements += [Disagreement(a=ids[rows[c.a]], b=ids[rows[c.b]] if c.b >= 0 else "", reason=c.reason,
                                   sides=c.sides) for c in found]

    index = {r: i for i, r in enumerate(kept)}  # row -> position among the notes
    numbers = [found for one in seen for found in one.numbers]
    names = [found for one in seen for found in one.names]
    position_in_kept = {i: index[r] for i, r in enumerate(rows) if r in index}  # pair index -> position
    kept_pairs = [(position_in_kept[a], position_in_kept[b], sim) for a, b, sim in pairs
                  if a in position_in_kept and b in position_in_kept]
    cluster_rows = links.clusters(kept_pairs, [ids[r] for r in kept], [groups[r] for r in kept],
                                  [float(corpus.scores[r]) for r in kept], [texts[r] for r in kept],
                                  stated=[numbers[r] for r in kept], named=[names[r] for r in kept])
    clusters, cluster_of = [], {}
    for cluster_id, members in cluster_rows:
        for member in members:
            cluster_of[kept[member]] = cluster_id
        clusters.append(Cluster(id=cluster_id, notes=tuple(ids[kept[m]] for m in members),
                                sources=tuple(sorted({docs[groups[kept[m]]].id for m in members}))))
    return _Links(kept, ids, clusters, cluster_of, disagreements)


def _estimates(corpus: _Corpus, seen: Sequence[Looks], parties: counterclaims.Parties,
               party: list[tuple[int, int, disputes.Dispute]], reasons: list[str], found: list[conflicts.Conflict],
               rows: list[int]) -> tuple[list[tuple[int, int, disputes.Dispute]], list[conflicts.Conflict]]:
    """*party* and *found* with the estimates a source sets against another party's (each
    source's `Looks.answers`, in corpus rows), each side held by a named party: across two
    sentences a dispute (its reason appended to *reasons*), in one sentence a conflict (*rows*:
    the rows *found* indexes). Where a side has no named holder, nothing: precision first."""
    texts, groups = corpus.texts, corpus.groups
    taken = {r for a, b, _ in party for r in (a, b)} | {rows[i] for c in found for i in (c.a, c.b) if i >= 0}
    where = {r: i for i, r in enumerate(rows)}
    answered: list[conflicts.Conflict] = []
    base = 0
    for one_source in seen:
        for j, answer in enumerate(one_source.answers):
            if answer is not None:
                i, reason = answer
                answered.append(conflicts.Conflict(base + i, base + j, reason) if i >= 0
                                else conflicts.Conflict(base + j, -1, reason))
        base += len(one_source.answers)
    for one in answered:
        if {one.a, one.b} & taken or one.a not in where or (one.b >= 0 and one.b not in where):
            continue
        meta = corpus.docs[groups[one.a]].meta
        holders = estimates.holders(texts, one, estimates.own_voice_of(meta))
        if not all(holders):
            continue  # precision first: two values with no one named to hold one of them may be a revision
        if one.b >= 0:  # one body restating its own figure is no dispute (`Parties.apart`)
            kept = _two_parties(parties, [(one.a, one.b, disputes.Dispute(one.a, one.b, holders, ()))])
            party += kept
            reasons += [one.reason] * len(kept)
            taken |= {one.a, one.b} if kept else set()
            continue
        named = [parties.of(one.a, holder) for holder in holders]
        if named[0] is None or named[1] is None or parties.same(named[0], named[1]):
            continue
        found.append(conflicts.Conflict(where[one.a], -1, one.reason, (named[0].label, named[1].label)))
        taken.add(one.a)
    return party, found


def _held_apart(corpus: _Corpus, parties: counterclaims.Parties, taken: set[int], drafts: Sequence[Draft],
                doc_dates: Sequence[str]) -> list[tuple[int, int, disputes.Dispute, str]]:
    """Two holders' values of one quantity in two sources (`estimates.held_apart`), as disputes
    between two parties (row, row, dispute, reason); a side's holder is who gives the value, or the
    source's author or publisher for its own voice ("our own analysis")."""
    texts, groups = corpus.texts, corpus.groups
    rows = [r for r in range(len(texts)) if drafts[r]["figures"] and r not in taken]
    if len(rows) < 2:
        return []
    owners = [estimates.own_voice_of(doc.meta) for doc in corpus.docs]

    def same(i: int, holder_i: str, j: int, holder_j: str) -> bool:
        a, b = parties.of(rows[i], holder_i), parties.of(rows[j], holder_j)
        if a is None or b is None:
            return holder_i.lower() == holder_j.lower()
        return parties.same(a, b)

    # "It revised its estimate ...": the name that opens the sentence before holds the value.
    read = [estimates.named_lead(texts[r], texts[r - 1]) if r > 0 and groups[r - 1] == groups[r] else texts[r]
            for r in rows]
    found = estimates.held_apart(read, [[Figure(**f) for f in drafts[r]["figures"]] for r in rows],
                                 [groups[r] for r in rows], doc_dates, owners, same,
                                 before=[texts[r - 1] if r > 0 and groups[r - 1] == groups[r] else "" for r in rows])
    out = []
    for i, j, held, reason in found:
        # "Her department estimates ...": the body of the person the sentence before names speaks for her.
        holders = (_whose(corpus, rows[i], held[0]), _whose(corpus, rows[j], held[1]))
        if not all(holders):
            continue
        kept = _two_parties(parties, [(rows[i], rows[j], disputes.Dispute(rows[i], rows[j], holders, ()))])
        out += [(a, b, d, reason) for a, b, d in kept]
    return out


_OWNED_BY_PRONOUN = re.compile(r"^(?:her|his|their|its)\s+", re.IGNORECASE)


def _whose(corpus: _Corpus, row: int, holder: str) -> str:
    """*holder*, or for one owned by a pronoun ("Her department") the person the sentence before
    names as its speaker ("Housing Senator Karen Pahl"); "" when that sentence names nobody."""
    if not _OWNED_BY_PRONOUN.match(holder):
        short = re.match(r"(?i:the)\s+([A-Z][\w'’&.-]*)$", holder)
        if short is not None:  # "the Office": the name the source gives it in full ("Bavarian Supreme Audit Office")
            full = re.search(r"\b(?:[A-Z][\w'’&.-]*\s+){1,4}" + re.escape(short.group(1)) + r"\b",
                             corpus.docs[corpus.groups[row]].text)
            holder = full.group(0) if full is not None else holder
        elif (common := re.fullmatch(r"(?i:the)\s+((?:[a-z]+\s+)?[a-z]{3,})", holder)) is not None:
            # "The board": the body the source names in full with that head ("The Port Alder regional
            # water board"); left as is (pointing back, no named party) when the source never does
            full = re.search(r"\b(?:[A-Z][\w'’&.-]*\s+){1,4}(?:[a-z]+\s+){0,2}" + re.escape(common.group(1)) + r"\b",
                             corpus.docs[corpus.groups[row]].text)
            holder = re.sub(r"^(?:The|A|An)\s+", "", " ".join(full.group(0).split())) if full is not None else holder
        return holder
    if row == 0 or corpus.groups[row - 1] != corpus.groups[row]:
        return ""
    said = features.attribution(corpus.texts[row - 1])
    if said is None or said[3] or not said[0].name[:1].isupper():
        return ""
    return " ".join(f"{said[0].role} {said[0].name}".split()) if said[0].role and said[0].role[:1].isupper() \
        else said[0].name


def _earlier_in_source(corpus: _Corpus, row: int) -> list[str]:
    """The two sentences before *row* in its source (to name the "he said" of a quotation)."""
    return [corpus.texts[p] for p in range(max(0, row - 2), row) if corpus.groups[p] == corpus.groups[row]]


def _splits(corpus: _Corpus, quick: Sequence[int], taken: set[int]) -> list[tuple[int, str, tuple[str, ...]]]:
    """Sentences that state a split of views whole (`outlooks.split`): (row, reason, sides), at most
    two, each once however many sources repeat it."""
    out: list[tuple[int, str, tuple[str, ...]]] = []
    told: set[str] = set()
    for r in sorted(range(len(corpus.texts)), key=lambda r: -float(corpus.scores[r])):
        text = corpus.texts[r]
        if r in taken or not quick[r] & (MAY_VIEW | MAY_SPLIT):
            continue
        found = outlooks.split(text, _earlier_in_source(corpus, r))
        if found is None or " ".join(found[1]).lower() in told:
            continue
        told.add(" ".join(found[1]).lower())
        out.append((r, found[0], found[1]))
        if len(out) >= 2:
            break
    return out


def _disputed_whole(corpus: _Corpus, quick: Sequence[int], taken: set[int]) -> list[tuple[int, str, tuple[str, ...]]]:
    """Sentences that tell a claim and its rebuttal whole ("Oduya repeated that the alert went out at
    6:29. Residents have disputed that, saying ..."; `disputes.Rebuttal.told`): (row, reason, sides),
    at most two, each pair of sides once."""
    out: list[tuple[int, str, tuple[str, ...]]] = []
    for r in sorted(range(len(corpus.texts)), key=lambda r: -float(corpus.scores[r])):
        if r in taken or not quick[r] & MAY_REBUT:
            continue
        sides = disputes.disputed_whole(corpus.texts[r])
        if sides is None or sides in {s for _, _, s in out}:
            continue
        out.append((r, f"{sides[1]} disputes {sides[0]}", sides))
        if len(out) >= 2:
            break
    return out


def _views_apart(corpus: _Corpus, quick: Sequence[int], parties: counterclaims.Parties, taken: set[int],
                 ) -> list[tuple[int, int, disputes.Dispute]]:
    """Two holders who expect different ways for one thing (`outlooks.views_apart`); (row, row,
    dispute), each named side labelled by its body as the other disputes are."""
    rows = [r for r in range(len(corpus.texts)) if r not in taken and quick[r] & MAY_VIEW]
    views = []
    for r in rows:
        before = _earlier_in_source(corpus, r)
        views.append(outlooks.view(corpus.texts[r], before) if outlooks.split(corpus.texts[r], before) is None else None)
    out = []
    for one in outlooks.views_apart([corpus.texts[r] for r in rows], [corpus.groups[r] for r in rows],
                                    [float(corpus.scores[r]) for r in rows], views=views):
        a, b = rows[one.a], rows[one.b]
        dispute = disputes.Dispute(a, b, one.sides, one.shared)
        va, vb = views[one.a], views[one.b]
        if va is not None and vb is not None and not va.counted and not vb.counted:
            if parties.apart(a, b, dispute) is None:
                continue  # one party (a body and who speaks for it): the holders as the sentences name them
        out.append((a, b, dispute))
    return out


def _states_apart(corpus: _Corpus, taken: set[int]) -> list[tuple[int, int, disputes.Dispute]]:
    """Two named holders stating opposite states of one subject (`statuses.apart`); (row, row,
    dispute), each side the sentence's own speaker (a statement nobody is named for is left out)."""
    rows = [r for r in range(len(corpus.texts)) if r not in taken and statuses.may_state(corpus.texts[r])]
    found = [statuses.status(corpus.texts[r]) for r in rows]
    rows, found = [r for r, f in zip(rows, found, strict=True) if f is not None], [f for f in found if f is not None]
    if len(rows) < 2:
        return []
    # hard-wrapped copy breaks a name across lines ("Minister Ruth\nAyling said"): flattened, each is one name
    said = counterclaims.speakers([" ".join(text.split()) for text in corpus.texts], corpus.groups, rows)
    out = []
    for one in statuses.apart(found, [float(corpus.scores[r]) for r in rows], [said[r][0] for r in rows]):
        a, b = rows[one.a], rows[one.b]
        out.append((a, b, disputes.Dispute(a, b, (said[a][0], said[b][0]), one.shared)))
    return out


def _two_parties(parties: counterclaims.Parties, found: list[tuple[int, int, disputes.Dispute]],
                 ) -> list[tuple[int, int, disputes.Dispute]]:
    """*found* (row, row, dispute) but a party against itself or against nobody (`Parties.apart`),
    or a side that is an event with its day ("Strike on Nov. 19"): a holder has no date."""
    return [(a, b, kept) for a, b, dispute in found if (kept := parties.apart(a, b, dispute)) is not None
            and not any(_DATED.search(side) for side in kept.sides)]


_DATED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
                    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
"""A day of a month in a side's label: the side names an event, not someone who holds a view."""


def _same_stance(ways_a: Sequence[str], ways_b: Sequence[str]) -> bool:
    """Whether two statements take the same stance (both "rejected", both "approved": the first
    word family of `conflicts.directions`, approve/reject, the same sign): their amounts are about different
    things of one account ("rejected the 9.5 per cent offer", "71 per cent ... rejected the offer")."""
    return any(a and b and a[0] == b[0] for a, b in zip(ways_a[:1], ways_b[:1], strict=False))


def _adds_up(figures_a: Sequence[Mapping[str, Any]], figures_b: Sequence[Mapping[str, Any]]) -> bool:
    """Whether one side's amount is the difference between two of the other's in the same unit
    ("NZ$1.45 billion, up from NZ$1.1 billion" and "the extra NZ$350 million"): the two agree."""
    for one, other in ((figures_a, figures_b), (figures_b, figures_a)):
        for f in other:
            value, unit = f.get("value"), f.get("unit")
            if not value or not unit:
                continue
            values = [g["value"] for g in one if g.get("unit") == unit and g.get("value")]
            if any(abs(v - value) <= 0.01 * value for v in values):
                continue  # the side gives the amount itself ("a 9 percent rise ... has offered 4.5 percent" against
                # "the offer of 4.5 percent"): a shared value, not the difference of two others (9 - 4.5)
            if any(abs(abs(x - y) - value) <= 0.01 * value for i, x in enumerate(values) for y in values[i + 1:]):
                return True
    return False


def _blamed_back(corpus: _Corpus, quick: Sequence[int], known: dict[str, frozenset[str]], taken: set[int],
                 ) -> list[tuple[int, int, disputes.Dispute]]:
    """The party one sentence holds responsible holding another party responsible back
    (counterclaims.blames); (row, row, dispute)."""
    rows = [r for r in range(len(corpus.texts)) if r not in taken and quick[r] & MAY_BLAME]
    if len(rows) < 2:
        return []
    said = counterclaims.speakers(corpus.texts, corpus.groups, rows)
    roles = counterclaims.aliases(corpus.texts)
    found = [counterclaims.blame(corpus.texts[r], said[r], known, roles) for r in rows]
    return [(rows[d.a], rows[d.b], d) for d in counterclaims.blames(
        [corpus.texts[r] for r in rows], [float(corpus.scores[r]) for r in rows], found)]


def _assessed_apart(corpus: _Corpus, quick: Sequence[int], known: dict[str, frozenset[str]], taken: set[int],
                    ) -> list[tuple[int, int, disputes.Dispute]]:
    """One party calling something a risk (signal, problem ...) and another saying it is none
    (counterclaims.assessments); (row, row, dispute)."""
    rows = [r for r in range(len(corpus.texts)) if r not in taken and quick[r] & MAY_ASSESS]
    if len(rows) < 2:
        return []
    said = counterclaims.speakers(corpus.texts, corpus.groups, rows)
    found = [counterclaims.assessment(corpus.texts[r], said[r], known) for r in rows]
    return [(rows[d.a], rows[d.b], d) for d in counterclaims.assessments(
        [corpus.texts[r] for r in rows], [float(corpus.scores[r]) for r in rows], found,
        places=[(corpus.groups[r], r) for r in rows])]


def _answered(corpus: _Corpus, quick: Sequence[int], taken: set[int], chosen: set[int],
              ) -> list[tuple[int, int, disputes.Dispute]]:
    """Claims another party disputes (disputes.rebuttals): each sentence that may dispute one
    against the sentences of its own source (the sentence right before it for "disputes that")
    and the notes chosen from other sources; (claim row, rebuttal row, dispute)."""
    drafts, groups = corpus.drafts, corpus.groups
    found = {r: disputes.rebuttal(text) for r, text in enumerate(corpus.texts)
             if r not in taken and quick[r] & MAY_REBUT}
    rebutting = [r for r, one in found.items() if one is not None]
    if not rebutting:
        return []
    rows = sorted(set(rebutting) | {r for r in range(len(drafts)) if groups[r] in {groups[x] for x in rebutting}}
                  | chosen)
    at = {r: i for i, r in enumerate(rows)}
    previous = []
    for r in rows:
        before = r - 1
        adjacent = before >= 0 and groups[before] == groups[r] and (
            drafts[before]["para"] == drafts[r]["para"] and drafts[before]["sent"] == drafts[r]["sent"] - 1
            or drafts[before]["para"] == drafts[r]["para"] - 1 and drafts[r]["sent"] == 1)
        previous.append(at.get(before, -1) if adjacent else -1)
    held = disputes.rebuttals([corpus.texts[r] for r in rows], [float(corpus.scores[r]) for r in rows],
                              previous=previous, found=[found.get(r) for r in rows])
    return [(rows[d.a], rows[d.b], d) for d in held if rows[d.a] not in taken and rows[d.b] not in taken]


def _counts_apart(corpus: _Corpus, taken: set[int]) -> list[tuple[int, int, disputes.Dispute]]:
    """Two holders' values of one quantity in consecutive sentences of one source
    (`disputes.counts_apart`); (first row, second row, dispute)."""
    drafts, groups = corpus.drafts, corpus.groups
    previous = []
    for r in range(len(drafts)):
        before = r - 1
        adjacent = before >= 0 and groups[before] == groups[r] and (
            drafts[before]["para"] == drafts[r]["para"] and drafts[before]["sent"] == drafts[r]["sent"] - 1
            or drafts[before]["para"] == drafts[r]["para"] - 1 and drafts[r]["sent"] == 1)
        previous.append(before if adjacent else -1)
    found = disputes.counts_apart(corpus.texts, [[Figure(**f) for f in d["figures"]] for d in drafts], previous)
    return [(d.a, d.b, d) for d in found if d.a not in taken and d.b not in taken]


def _answers_named(corpus: _Corpus, taken: set[int]) -> list[tuple[int, int, disputes.Dispute]]:
    """A statement that answers a party it names set against that party's own statement of the
    same thing in another source (`counterclaims.answer_pairs`); (party's row, answering row, dispute)."""
    owners = [f"{doc.meta.publisher} {doc.meta.author}" for doc in corpus.docs]
    return counterclaims.answer_pairs(corpus.texts, corpus.groups, [owners[g] for g in corpus.groups],
                                      [float(x) for x in corpus.scores], taken)


def _note(corpus: _Corpus, row: int, linked: _Links, phrases_found: tuple[str, ...],
          audiences: Callable[[str, tuple[str, ...]], tuple[tuple[str, float], ...]]) -> Note:
    draft = corpus.drafts[row]
    doc = corpus.docs[corpus.groups[row]]
    kind, themes = draft["kind"], tuple(draft["themes"])
    return Note(
        id=linked.ids[row],
        kind=kind,
        quote=draft["quote"],
        span=Span(source=doc.id, start=draft["start"], end=draft["end"], para=draft["para"], sent=draft["sent"],
                  line=draft["line"], page=draft["page"], author=draft["author"]),
        speaker=draft["speaker"],
        speaker_role=draft["role"],
        figures=tuple(Figure(**f) for f in draft["figures"]),
        entities=tuple(Entity(**e) for e in draft["entities"]),
        themes=themes,
        audiences=audiences(kind, themes),
        score=round(float(np.round(corpus.scores[row], 3)), 3),
        cluster=linked.cluster_of.get(row, ""),
        phrases=phrases_found,
    )


def candidate_notes(docs: Sequence[SourceDoc], drafts_by_doc: Sequence[list[Draft]]) -> list[Note]:
    """Every candidate sentence of *docs* (each source's drafts, in order) as an unlinked note,
    ranked as extraction ranks them: the pool a digest may draw on beyond the notes kept (a
    sentence that passed the same filters as a note, with its located span)."""
    if not any(drafts_by_doc):
        return []
    corpus = _rank(docs, drafts_by_doc)
    out = []
    for row, draft in enumerate(corpus.drafts):
        doc = docs[corpus.groups[row]]
        out.append(Note(
            id=note_id(doc.id, draft["quote"]), kind=draft["kind"], quote=draft["quote"],
            span=Span(source=doc.id, start=draft["start"], end=draft["end"], para=draft["para"],
                      sent=draft["sent"], line=draft["line"], page=draft["page"], author=draft["author"]),
            speaker=draft["speaker"], speaker_role=draft["role"],
            figures=tuple(Figure(**f) for f in draft["figures"]),
            entities=tuple(Entity(**e) for e in draft["entities"]), themes=tuple(draft["themes"]),
            score=round(float(np.round(corpus.scores[row], 3)), 3),
        ))
    return out


def build_noteset(
    docs: Sequence[SourceDoc],
    drafts_by_doc: Sequence[list[Draft]],
    profiles: Sequence[AudienceProfile],
    seen: Sequence[Looks] | None = None,
) -> tuple[list[Note], list[Cluster], list[Disagreement], list[str]]:
    """Rank every draft across the corpus, keep the best non-redundant ones per source, link
    them across sources, learn the corpus's key phrases: notes, clusters, disagreements, phrases.
    *seen*: the Looks of each source's drafts, when already known (all_sources)."""
    if not any(drafts_by_doc):
        return [], [], [], []
    corpus = _rank(docs, drafts_by_doc)
    linked = _link(corpus, _select(corpus, drafts_by_doc),
                   seen if seen is not None else [looks(drafts) for drafts in drafts_by_doc])
    kept_texts = [corpus.texts[r] for r in linked.kept]
    key_phrases = phrases.learn(kept_texts, [corpus.groups[r] for r in linked.kept],
                                [float(corpus.scores[r]) for r in linked.kept])
    found = phrases.tag(kept_texts, key_phrases)

    @functools.cache
    def audiences(kind: str, themes: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
        """Each profile's relevance for a kind and themes (few combinations, many notes)."""
        return tuple((p.name, relevance(p, kind, themes)) for p in profiles)

    notes = [_note(corpus, row, linked, found[i], audiences) for i, row in enumerate(linked.kept)]
    return notes, linked.clusters, linked.disagreements, key_phrases


def extract(
    docs: Sequence[SourceDoc],
    profiles: Sequence[AudienceProfile],
    lexicon_path: Path,
    cache_dir: Path | None,
    progress: Tick | None = None,
) -> tuple[list[Note], list[Cluster], list[Disagreement], list[str]]:
    """Notes for every source: per-source drafts (cached) then corpus-wide ranking and links;
    also the corpus's key phrases."""
    drafts, seen = all_sources(docs, lexicon_path, cache_dir, progress)
    return build_noteset(docs, drafts, profiles, seen)
