"""The same article twice, or syndicated with small edits.

Each source's longer sentences are fingerprinted (lower-cased words only, so
punctuation, quote marks and wrapping do not matter). Sources sharing
fingerprints are found through an inverted index, so the work grows with the
number of sentences, not the number of source pairs. A source whose sentences
mostly (DUPLICATE_SHARE) stand in another source is that source's duplicate.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefgen.models import SourceDoc

DUPLICATE_SHARE = 0.6
"""Share of the shorter source's sentences that must stand in the other."""
_MIN_WORDS = 6
_MAX_POSTING = 50  # a sentence in more sources than this is boilerplate, not evidence of copying
_WORD = re.compile(r"[^\W_]+")


def fingerprints(doc: SourceDoc) -> set[str]:
    """One fingerprint per sentence of at least _MIN_WORDS words."""
    out = set()
    for sentence in doc.sentences:
        words = _WORD.findall(doc.text[sentence.start:sentence.end].lower())
        if len(words) >= _MIN_WORDS:
            out.add(" ".join(words))
    return out


def find_duplicates(docs: Sequence[SourceDoc]) -> dict[int, tuple[int, float]]:
    """{duplicate index: (kept index, share of sentences shared)}. Of two copies the longer
    is kept (the earlier file on a tie); a chain of copies points at one kept source."""
    prints = [fingerprints(doc) for doc in docs]
    postings: dict[str, list[int]] = defaultdict(list)
    for index, found in enumerate(prints):
        for fingerprint in found:
            postings[fingerprint].append(index)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in postings.values():
        if 1 < len(members) <= _MAX_POSTING:
            for position, a in enumerate(members):
                for b in members[position + 1:]:
                    shared[(a, b)] += 1
    # Longer sources first, so each duplicate points at the fullest copy.
    rank = {index: (-len(prints[index]), index) for index in range(len(docs))}
    duplicates: dict[int, tuple[int, float]] = {}
    for (a, b), count in sorted(shared.items(), key=lambda item: (min(rank[item[0][0]], rank[item[0][1]]),
                                                                   item[0])):
        keep, drop = (a, b) if rank[a] <= rank[b] else (b, a)
        smaller = min(len(prints[a]), len(prints[b]))
        share = count / smaller if smaller else 0.0
        if count < 3 or share < DUPLICATE_SHARE or drop in duplicates:
            continue
        while keep in duplicates:
            keep = duplicates[keep][0]
        if keep != drop:
            duplicates[drop] = (keep, round(share, 2))
    return duplicates
