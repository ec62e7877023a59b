"""What a set of statements covers: the concepts of a cluster of sources, their weights, and
the statements that a later source overtook.

A summary is good when it states the facts most sources carry, each once. Following
Gillick & Favre's concept model, the concepts are a statement's word pairs (stop-word-only
pairs left out) and its content words, lightly stemmed; a concept weighs as many points as
there are sources carrying it (content words count for less than pairs); for the digest, each
source's share is worth less the later the concept first appears in it (news puts the story's
key facts first, the background and colour after them). Covering a concept
twice adds nothing, so choosing statements for the concepts they add, rather than for their
own rank alone, gives the most facts per word with the least repetition (compose.py does
the choosing, with one budget and one record of what is covered across the brief).

Developing stories: when a later-dated source gives other figures for what an earlier
statement said ("About 650 people remain unable to return" then "About 2,100 people
remain unable to return"), the earlier statement is overtaken and left out.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefgen.models import Note, SourceDoc
from briefgen.notes.features import trim_prefix
from briefgen.notes.figures import near
from briefgen.window import placed_day
from briefgen.words import STOP_WORDS, stem

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)*")
UNIGRAM_WEIGHT = 0.5
"""A content word counts for this much of a word pair carried by as many sources."""


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Lower-cased, lightly stemmed words and numbers, each with whether it is a stop word."""
    out = []
    for match in _TOKEN.finditer(text):
        word = match.group(0).lower().replace("’", "'").strip("'-")
        if not word:
            continue
        if word[0].isdigit():
            out.append((word.replace(",", ""), False))
        else:
            stop = word in STOP_WORDS
            out.append((word if stop else stem(word), stop))
    return out


def _concepts(text: str) -> frozenset[str]:
    toks = _tokens(text)
    pairs = {f"{a} {b}" for (a, stop_a), (b, stop_b) in zip(toks, toks[1:], strict=False) if not (stop_a and stop_b)}
    return frozenset(pairs | {word for word, stop in toks if not stop and len(word) > 2})


@lru_cache(maxsize=16384)
def concepts(text: str) -> frozenset[str]:
    """The text's concepts: word pairs with at least one content word, and content words
    (a word pair holds a space; a content word does not). Kept per text: every audience's
    brief weighs the same sources' texts and notes again."""
    return _concepts(text)


LEAD_DECAY = 0.35
"""How fast a sentence counts for less the further it stands from the start of its source:
the sentence at position p (0 first) weighs 1 / (1 + LEAD_DECAY * p) (notes.rank's lead prior)."""
CONCEPT_LEAD_DECAY = 0.05
"""The same for a concept's share of a source's weight in the digest (`source_weights` with
*lead*): gentler, since a concept recurs through a story and its first mention is what counts
(benchmarks/eval_rouge.py, 9 development clusters, ROUGE-2 at 100 / 250 words: .240 / .417
without it; .250 / .425 at 0.05; .249 / .424 at 0.1; .236 / .430 at 0.35, which lost
held-out clusters at 100 words)."""


_ENDS_AS_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*$")
"""How a body sentence ends; a headline, byline or heading ends otherwise."""


def lead_weight(position: int, decay: float = LEAD_DECAY) -> float:
    """The weight of the sentence at *position* (0 the first) of its source."""
    return 1.0 / (1.0 + decay * position)


_DIRECT_SPEECH = re.compile(r"(?:[\"“«„]|``)[^\"“”«»„`]{12,}?(?:[\"”»]|'')")


def quoted_share(text: str) -> float:
    """The share of the text's words that stand in quotation marks (someone's own words),
    0 to 1; wire copy's ``...'' count as quotation marks."""
    total = len(text.split())
    quoted = sum(len(m.group(0).split()) for m in _DIRECT_SPEECH.finditer(text))
    return min(1.0, quoted / total) if total else 0.0


def source_weights(docs: Iterable[SourceDoc], *, lead: bool = False) -> dict[str, float]:
    """Each concept's weight before `weigh`: the number of sources (duplicates aside) whose
    text carries it; with *lead*, each source counting the `lead_weight` (at CONCEPT_LEAD_DECAY)
    of the first sentence that carries the concept, counted among the body's sentences (a headline
    or byline above the lead counts as the lead; a concept only a word pair across two sentences
    holds counts as if after the last)."""
    counts: dict[str, float] = {}
    for doc in docs:
        if doc.duplicate_of:
            continue
        found = concepts(doc.text)
        first: dict[str, int] = {}
        position = 0
        if lead:
            # Position among the body's sentences: a line that does not end as a sentence does
            # (a headline, byline, heading or date line) takes the position of the sentence after
            # it, so that each source's lead is at 0 whatever stands above it.
            for sentence in doc.sentences:
                text = doc.text[sentence.start:sentence.end]
                for concept in concepts(text):  # cached: every audience weighs the same sentences
                    first.setdefault(concept, position)
                if _ENDS_AS_SENTENCE.search(text[trim_prefix(text):].rstrip()):
                    position += 1
        last = position
        for concept in found:
            counts[concept] = counts.get(concept, 0.0) + (lead_weight(first.get(concept, last), CONCEPT_LEAD_DECAY) if lead else 1.0)
    return counts


def weigh(concept: str, sources: float) -> float:
    """A concept's weight from the number of sources carrying it."""
    return float(sources) if " " in concept else UNIGRAM_WEIGHT * sources


def overtaken(notes: Sequence[Note], docs: dict[str, SourceDoc],
              similar: Callable[[str, str], bool], *, reports: Callable[[Note], bool] | None = None) -> set[str]:
    """Ids of notes a later-dated source updates: a note of a later source says the same
    thing in mostly the same words (*similar*) and gives a number of a unit both use that
    the earlier note does not give in any unit ("Kessler's A$2.75 proposal" repeats "A$2.75 a
    share", it does not update it). Only a note that *reports* (not a comment on the story) updates
    one. A source with no date of its own counts by the date its text
    lets one estimate (`window.placed_day`); notes of sources with neither are never overtaken,
    pinned notes never."""
    dated: list[tuple[dt.date, Note]] = []
    for note in notes:
        doc = docs.get(note.span.source)
        day = placed_day(doc.meta) if doc is not None else None
        if day is not None and note.figures:
            dated.append((day, note))
    out: set[str] = set()
    by_unit: dict[str, list[tuple[dt.date, Note]]] = {}
    for day, note in dated:
        for unit in {f.unit for f in note.figures}:
            by_unit.setdefault(unit, []).append((day, note))
    for unit, group in by_unit.items():
        for day, old in group:
            if old.status == "pinned" or old.id in out:
                continue
            for later_day, new in group:
                # An update gives a number of the unit the earlier note did not: restating one of
                # its numbers ("the 22,000 left homeless" after "22,000, up from 18,000") is not.
                if (later_day > day and new.span.source != old.span.source
                        and (reports is None or reports(new))
                        and any(not any(near(f, g) for g in old.figures) for f in new.figures if f.unit == unit)
                        and similar(old.quote, new.quote)):
                    out.add(old.id)
                    break
    return out


def recency(notes: Sequence[Note], docs: dict[str, SourceDoc]) -> dict[str, float]:
    """How late each note's source is among the dated sources (by `window.placed_day`: an
    undated source by the date estimated from its text), 0 (the earliest) to 1 (the latest); 0 for
    sources with neither and when all dates are the same."""
    days = {}
    for note in notes:
        doc = docs.get(note.span.source)
        day = placed_day(doc.meta) if doc is not None else None
        if day is not None:
            days[note.id] = day.toordinal()
    if not days:
        return {note.id: 0.0 for note in notes}
    first, last = min(days.values()), max(days.values())
    span = max(1, last - first)
    return {note.id: (days[note.id] - first) / span if note.id in days else 0.0 for note in notes}


@dataclass
class Coverage:
    """What the statements chosen so far cover, and how much a further statement would add."""

    weights: Mapping[str, float]
    covered: set[str]

    @classmethod
    def of(cls, docs: Iterable[SourceDoc], *, lead: bool = False) -> Coverage:
        """Nothing covered yet, of the concepts of *docs* weighed by `source_weights` (*lead*: by
        where in each source they first appear)."""
        return cls(source_weights(docs, lead=lead), set())

    def gain(self, found: frozenset[str]) -> float:
        """The weight of the concepts *found* adds to what is covered."""
        weights = self.weights
        return sum(weigh(c, weights.get(c, 0.0)) for c in found if c not in self.covered)

    def add(self, found: frozenset[str]) -> None:
        self.covered |= found


def lazy_greedy(items: Sequence[str], priority: Callable[[str], float]) -> Iterator[str]:
    """*items* best first by *priority*, re-evaluated as the caller records what it chose:
    since an item's priority can only fall as more is covered, its last value bounds it, and
    an item is yielded when its fresh value still beats every other bound (lazy greedy for a
    submodular gain). Ties go to the earlier item."""
    heap = [(-priority(item), index, item) for index, item in enumerate(items)]
    heapq.heapify(heap)
    while heap:
        _, index, item = heapq.heappop(heap)
        fresh = -priority(item)
        if heap and (fresh, index) > heap[0][:2]:
            heapq.heappush(heap, (fresh, index, item))
            continue
        yield item
