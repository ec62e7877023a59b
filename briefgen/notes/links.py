"""Across sources: which notes are related (candidate pairs) and which say the same thing (clusters).

Candidate pairs come from an inverted index over each note's few most
distinctive terms, with crowded terms skipped, so the work grows with the
number of notes, not its square. Only candidate pairs get a cosine.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from briefgen.ingest.clean import MONTHS, WEEKDAYS
from briefgen.notes.features import attribution
from briefgen.notes.rank import sorted_unique
from briefgen.words import STOP_WORDS, content_words, stem

SAME_CLAIM = 0.33
"""Cosine at or above which two notes from different sources back the same claim."""
_TOP_TERMS = 10


PAIRS_PER_NOTE = 40
"""Pair budget: candidate pairs are at most about this many times the number of notes."""
KEEP_PER_NOTE = 12
"""Each note keeps its most similar partners only, so later steps stay linear."""
_BUCKET_CAPS = (200, 150, 100, 75, 50, 35, 25, 15)


def candidate_pairs(matrix: sparse.csr_matrix, groups: Sequence[int]) -> list[tuple[int, int, float]]:
    """(i, j, cosine) for notes of different sources sharing a distinctive term, sorted.

    Each note is indexed under its few highest-weighted terms that other notes share. A
    term shared by too many notes says little about any pair, so buckets larger than a
    cap are skipped; the cap is the largest that keeps the pairs within PAIRS_PER_NOTE x
    notes. Each note then keeps its KEEP_PER_NOTE most similar partners."""
    rows = matrix.shape[0]
    if rows < 2:
        return []
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    # Each row's entries, in one pass over the whole matrix: a useful term is shared and not
    # crowded; a row keeps its _TOP_TERMS heaviest (ties in column order, as a stable sort).
    entry_row = np.repeat(np.arange(rows, dtype=np.int64), np.diff(matrix.indptr))
    useful = (df[matrix.indices] >= 2) & (df[matrix.indices] <= _BUCKET_CAPS[0])
    if not useful.any():
        return []
    cols, vals, owner = matrix.indices[useful], matrix.data[useful], entry_row[useful]
    by_weight = np.lexsort((np.arange(len(cols)), -vals, owner))
    top = by_weight[_rank_in_run(owner[by_weight]) < _TOP_TERMS]
    cols_all, rows_all = cols[top], owner[top]
    order = np.lexsort((rows_all, cols_all))
    cols_all, rows_all = cols_all[order], rows_all[order]
    starts = np.flatnonzero(np.r_[True, cols_all[1:] != cols_all[:-1]])
    sizes = np.diff(np.r_[starts, len(cols_all)])
    cap = _BUCKET_CAPS[-1]
    for candidate in _BUCKET_CAPS:
        small = sizes[(sizes >= 2) & (sizes <= candidate)]
        if int((small * (small - 1) // 2).sum()) <= PAIRS_PER_NOTE * rows:
            cap = candidate
            break
    codes = _bucket_codes(rows_all, starts, sizes, cap, np.asarray(groups, dtype=np.int64))
    if not len(codes):
        return []
    unique = sorted_unique(codes)
    left, right = unique // rows, unique % rows
    sims = np.empty(len(unique))
    for chunk in range(0, len(unique), 200_000):
        part = slice(chunk, chunk + 200_000)
        sims[part] = np.asarray(matrix[left[part]].multiply(matrix[right[part]]).sum(axis=1)).ravel()
    # Each note keeps its best partners: rank every pair from both ends, keep it when it is
    # among the top KEEP_PER_NOTE of either note.
    ends = np.concatenate([left, right])
    pair_index = np.concatenate([np.arange(len(unique)), np.arange(len(unique))])
    by_note = np.lexsort((pair_index, -np.concatenate([sims, sims]), ends))
    keep = np.zeros(len(unique), dtype=bool)
    keep[pair_index[by_note][_rank_in_run(ends[by_note]) < KEEP_PER_NOTE]] = True
    return [(int(a), int(b), float(s)) for a, b, s in zip(left[keep], right[keep], sims[keep], strict=True)]


def _bucket_codes(members: np.ndarray, starts: np.ndarray, sizes: np.ndarray, cap: int,
                  groups: np.ndarray) -> np.ndarray:
    """a * len(groups) + b for each pair a < b of *members* in one bucket (members[start:start +
    size], ascending) of 2 to *cap* members, from different groups; unordered, maybe repeated.

    The buckets of one size are taken at once (a k x size array): a loop over the few sizes,
    not over the tens of thousands of buckets of 1,000 sources."""
    rows = len(groups)
    codes: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
    eligible = (sizes >= 2) & (sizes <= cap)
    for size in np.unique(sizes[eligible]).tolist():
        at = starts[eligible & (sizes == size)]
        block = members[at[:, None] + np.arange(size)]
        left, right = np.triu_indices(size, k=1)
        a, b = block[:, left].ravel(), block[:, right].ravel()
        different = groups[a] != groups[b]
        codes.append(a[different] * rows + b[different])
    return np.concatenate(codes)


def _rank_in_run(keys: np.ndarray) -> np.ndarray:
    """Each element's place (0, 1, ...) within its run of equal *keys* (sorted keys: its group)."""
    first = np.r_[0, np.flatnonzero(keys[1:] != keys[:-1]) + 1]
    return np.arange(len(keys)) - np.repeat(first, np.diff(np.r_[first, len(keys)]))


_NUMBER = re.compile(r"(?<![\w.])\d(?:[\d,.]*\d)?(?![\w])")  # not the digits of "H200" or "GPT-4o"


def numbers(text: str) -> frozenset[str]:
    """The numbers a text states, normalised ("45,500" and "45500" are one number)."""
    return frozenset(n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text))


_CAPITALISED = re.compile(r"[A-Z][\w&'’-]*[A-Za-z]")
_NOT_A_NAME = frozenset(MONTHS + WEEKDAYS)
_POSSESSIVE = re.compile(r"['’]s$")
_NEXT_CAPITALISED = re.compile(r"\s+[A-Z]")


def names(text: str) -> frozenset[str]:
    """Capitalised words (names of people, organisations, places, things); a sentence's first
    word only when the next word is capitalised too; never common words, weekdays or months."""
    found = set()
    for match in _CAPITALISED.finditer(text):
        word = _POSSESSIVE.sub("", match.group(0))
        lower = word.lower()
        if lower in _NOT_A_NAME or lower in STOP_WORDS:
            continue
        # A sentence's first word is capitalised anyway: a name only when the next word is too.
        if match.start() == 0 and not _NEXT_CAPITALISED.match(text, match.end()):
            continue
        found.add(word)
    return frozenset(found)


def same_claim(sim: float, numbers_a: frozenset[str], numbers_b: frozenset[str],
               names_a: frozenset[str] = frozenset(), names_b: frozenset[str] = frozenset()) -> bool:
    """Two notes state the same claim: similar enough; if either gives numbers, they share one
    ("employs 33,300 people" and "employs 45,500 people" are two claims); and if both name
    someone or something, they share a name ("A confirmed it was reviewing X" and "B confirmed
    it was reviewing Y" are two claims)."""
    if sim < SAME_CLAIM:
        return False
    if (numbers_a or numbers_b) and not numbers_a & numbers_b:
        return False
    return not (names_a and names_b and not names_a & names_b)


SHARED_CLAIM_WORDS = 2
"""Content words two attributed statements must share once who said them is taken out."""


def claim_words(text: str) -> frozenset[str] | None:
    """The stems of what an attributed statement says, without who says it (name, role and
    reporting verb: "Martin Dalby, the authority's chief executive, welcomed ..."), names
    left out; None when the sentence names no speaker."""
    found = attribution(text)
    if found is None:
        return None
    clause = found[2]
    return frozenset(stem(w) for w in content_words(clause) if not _written_capitalised(w[:1].upper() + w[1:], clause))


def _word_character(char: str) -> bool:
    """What `\\w` matches (str patterns)."""
    return char.isalnum() or char == "_"


def _written_capitalised(word: str, clause: str) -> bool:
    """*word* stands in *clause* as a word of its own: re.search(r"(?<![\\w'’])WORD(?![\\w])")
    without compiling a pattern per word (1,000 sources' words overran re's cache)."""
    at = clause.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and (_word_character(clause[at - 1]) or clause[at - 1] in "'’")) and not (
                end < len(clause) and _word_character(clause[end])):
            return True
        at = clause.find(word, at + 1)
    return False


def same_statement(a: str, b: str) -> bool:
    """Whether two statements similar as wholes still say the same thing when someone's words:
    a speaker's name and role make two of their unrelated quotes look alike ("X, the
    authority's chief executive, welcomed the decision" and "X, chief executive of the
    authority, said the strike was damaging"), so what each says must share words of its own."""
    return _same_words(a, b, claim_words(a), claim_words(b))


def _same_words(a: str, b: str, words_a: frozenset[str] | None, words_b: frozenset[str] | None) -> bool:
    """same_statement for *a* and *b* whose claim_words are already known."""
    if words_a is None and words_b is None:
        return True
    if words_a is None:
        words_a = frozenset(stem(w) for w in content_words(a))
    if words_b is None:
        words_b = frozenset(stem(w) for w in content_words(b))
    return len(words_a & words_b) >= min(SHARED_CLAIM_WORDS, len(words_a), len(words_b)) > 0


def clusters(
    pairs: Sequence[tuple[int, int, float]],
    ids: Sequence[str],
    groups: Sequence[int],
    scores: Sequence[float],
    texts: Sequence[str] | None = None,
    *,
    stated: Sequence[frozenset[str]] | None = None,
    named: Sequence[frozenset[str]] | None = None,
) -> list[tuple[str, list[int]]]:
    """Groups of same-claim notes spanning two or more sources, best note first.

    Each group is a star around its best-ranked note: a note joins only when it states the
    same claim as that note itself (see same_claim), so a chain of partly similar notes
    never grows into one cluster of different claims. One note per source per group.
    *stated* and *named*: numbers(text) and names(text) of each text, when already known."""
    if stated is None:
        stated = [numbers(t) for t in texts] if texts is not None else [frozenset()] * len(ids)
    if named is None:
        named = [names(t) for t in texts] if texts is not None else [frozenset()] * len(ids)
    said: dict[int, frozenset[str] | None] = {}  # claim_words of each text, once (a text is in many pairs)

    def words(i: int) -> frozenset[str] | None:
        if i not in said:
            said[i] = claim_words(texts[i]) if texts is not None else None
        return said[i]

    partners: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for a, b, sim in pairs:
        if (groups[a] != groups[b] and same_claim(sim, stated[a], stated[b], named[a], named[b])
                and (texts is None or _same_words(texts[a], texts[b], words(a), words(b)))):
            partners[a].append((b, sim))
            partners[b].append((a, sim))
    taken: set[int] = set()
    out = []
    for seed in sorted(partners, key=lambda i: (-scores[i], ids[i])):
        if seed in taken:
            continue
        group = [seed]
        sources = {groups[seed]}
        for other, _ in sorted(partners[seed], key=lambda item: (-item[1], ids[item[0]])):
            if other not in taken and groups[other] not in sources:
                group.append(other)
                sources.add(groups[other])
        if len(group) < 2:
            continue
        taken.update(group)
        group.sort(key=lambda i: (-scores[i], ids[i]))
        digest = hashlib.sha1("|".join(sorted(ids[i] for i in group)).encode()).hexdigest()[:6]
        out.append((f"c-{digest}", group))
    out.sort(key=lambda item: item[0])
    return out
