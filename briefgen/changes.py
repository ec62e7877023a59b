"""What changed since an earlier brief: the matching the `changes` section is built on.

The earlier brief is its record (briefgen.record); the current one is being composed. A claim
is "covered" by the earlier brief when it is the same note, in the same cluster as a note the
earlier brief cited, or says the same in other words (the repeat check of compose). A figure
is "updated" when the earlier brief cited a figure of the same measure and unit with another
value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from briefgen.ingest.clean import typeset
from briefgen.models import Figure, Note
from briefgen.record import BriefRecord, CitationRecord, FigureRecord, ItemRecord


@dataclass(frozen=True)
class Earlier:
    """What an earlier brief said, in the shapes the comparison needs."""

    record: BriefRecord
    note_ids: frozenset[str]
    texts: tuple[str, ...]
    figures: tuple[tuple[FigureRecord, CitationRecord], ...]
    items: tuple[ItemRecord, ...]
    source_paths: frozenset[str]
    source_hashes: dict[str, str]

    @classmethod
    def of(cls, record: BriefRecord) -> Earlier:
        items: list[ItemRecord] = []
        for section in record.sections:
            for item in section.items:
                if item.change == "gone":
                    continue  # what the earlier brief said was gone is not its claim
                items.append(item)
                if item.other is not None and item.change == "":
                    items.append(item.other)
        note_ids = {item.note_id for item in items} | {c.note_id for c in record.citations}
        texts = tuple(item.text for item in items) + tuple(c.quote for c in record.citations)
        figures = tuple((figure, citation) for citation in record.citations for figure in citation.figures)
        return cls(record=record, note_ids=frozenset(note_ids), texts=texts, figures=figures, items=tuple(items),
                   source_paths=frozenset(s.path for s in record.sources),
                   source_hashes={s.path: s.sha256 for s in record.sources})

    def citation(self, number: int) -> CitationRecord | None:
        return next((c for c in self.record.citations if c.number == number), None)


def covered(note: Note, text: str, cluster_ids: set[str], earlier: Earlier,
            similar: Callable[[str, str], bool]) -> bool:
    """Whether the earlier brief already said what *note* says."""
    if note.id in earlier.note_ids or cluster_ids & earlier.note_ids:
        return True
    return any(similar(text, other) for other in earlier.texts)


def _unit(unit: str) -> str:
    return re.sub(r"[^a-z%$€£¥]", "", unit.lower())


_CONTEXT_WORDS = 4
_CLAUSE_END = re.compile(r"[,;:()\u2014]|\.\s|\s-\s")


def measure_context(quote: str, figure_text: str, stems: Callable[[str], AbstractSet[str]]) -> set[str]:
    """What a figure in *quote* counts, as content-word stems: up to four words either side of
    it within its clause ("About [1,200 people] have been evacuated from" gives {evacuat}). The
    extracted `measures` field is too often a stray word to compare figures by."""
    quote = typeset(" ".join(quote.split()))  # as the figures were read (extract.draft_notes)
    at = quote.find(figure_text)
    if at < 0 or not figure_text:
        return set()
    before = _CLAUSE_END.split(quote[:at])[-1].split()[-_CONTEXT_WORDS:]
    after = _CLAUSE_END.split(quote[at + len(figure_text):])[0].split()[:_CONTEXT_WORDS]
    words = stems(" ".join(before + after))
    return {w for w in words if not any(ch.isdigit() for ch in w)} - stems(figure_text)


def updates(note: Note, earlier: Earlier, stems: Callable[[str], AbstractSet[str]]) -> list[tuple[FigureRecord, Figure]]:
    """(earlier figure, its new value in *note*) for each figure of *note* that counts what a
    figure the earlier brief cited counted (same unit; the words around each, within its
    clause, mostly the same) with another value."""
    found: list[tuple[FigureRecord, Figure]] = []
    for figure in note.figures:
        if not figure.unit:
            continue
        words = measure_context(note.quote, figure.text, stems)
        if not words:
            continue
        for old, citation in earlier.figures:
            if _unit(old.unit) != _unit(figure.unit) or old.value == figure.value:
                continue
            if old.period and figure.period and old.period != figure.period:
                continue
            old_words = measure_context(citation.quote, old.text, stems)
            if old_words and len(words & old_words) / min(len(words), len(old_words)) >= 0.5:
                found.append((old, figure))
                break
    return found
