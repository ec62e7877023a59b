"""Across sources: which notes say the same thing (clusters) and which conflict.

Candidate pairs come from an inverted index over each note's few most
distinctive terms, with crowded terms skipped, so the work grows with the
number of notes, not its square. Only candidate pairs get a cosine.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np
from scipy import sparse

from briefgen.ingest.clean import MONTHS, STOP_WORDS, WEEKDAYS, content_words
from briefgen.models import Figure

SAME_CLAIM = 0.33
"""Cosine at or above which two notes from different sources back the same claim."""
RELATED = 0.18
"""Cosine at or above which two notes are about the same subject (for conflicts of direction)."""
FIGURES_RELATED = 0.1
"""The same for conflicting figures, which must also share a measure or three content words."""
_TOP_TERMS = 10

#: Word families that point in opposite directions.
_OPPOSITES = (
    ("approv|allow|permit|accept|lift|eas|green.light|authori[sz]", "reject|refus|ban|block|restrict|den(y|ie)|halt|prohibit|forbid"),
    ("ris|rose|risen|increas|grow|grew|gain|surg|expand|boost|climb|jump|soar", "fall|fell|decreas|declin|drop|shrink|slump|cut|plung|contract"),
    ("succeed|success|lead|ahead|win|surpass|outperform|beat", "fail|behind|lag|los|trail|unlikely|struggl"),
    ("support|back|welcom|endors|favou?r", "oppos|criticis|criticiz|condemn|against|object"),
)


_FAMILIES = tuple(
    (re.compile(r"\b(?:" + positive + r")\w*", re.IGNORECASE), re.compile(r"\b(?:" + negative + r")\w*", re.IGNORECASE))
    for positive, negative in _OPPOSITES
)


_CONTRAST = re.compile(r"\b(?:but|however|yet|although|though|while|whereas|despite|nevertheless)\b", re.IGNORECASE)


def _last_clause(text: str) -> str:
    """Where a sentence turns ("Although A, B"; "A, but B"), the part that carries its conclusion."""
    turns = list(_CONTRAST.finditer(text))
    if not turns:
        return text
    turn = turns[-1]
    after = text[turn.end():]
    if turn.group(0).lower() in ("although", "though", "despite", "while", "whereas") and "," in after:
        return after.split(",", 1)[1]  # "Although A, B": B concludes
    return after


def directions(text: str) -> tuple[str, ...]:
    """Per word family: "+word" or "-word" when the text points one way, else "".

    A sentence with words of both ways points the way of its concluding clause, if that
    clause takes one way only ("Although A approved it, B may reject it": reject)."""
    out = []
    clause: str | None = None
    for positive, negative in _FAMILIES:
        pos, neg = positive.search(text), negative.search(text)
        if pos is not None and neg is not None:  # both ways: the concluding clause decides
            clause = _last_clause(text) if clause is None else clause
            pos, neg = positive.search(clause), negative.search(clause)
        if pos is not None and neg is None:
            out.append("+" + pos.group(0))
        elif neg is not None and pos is None:
            out.append("-" + neg.group(0))
        else:
            out.append("")
    return tuple(out)


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
    entry_rows: list[np.ndarray] = []
    entry_cols: list[np.ndarray] = []
    for row in range(rows):
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        cols, vals = matrix.indices[start:end], matrix.data[start:end]
        useful = (df[cols] >= 2) & (df[cols] <= _BUCKET_CAPS[0])
        cols, vals = cols[useful], vals[useful]
        if len(cols):
            top = cols[np.argsort(-vals, kind="stable")[:_TOP_TERMS]]
            entry_cols.append(top)
            entry_rows.append(np.full(len(top), row, dtype=np.int64))
    if not entry_cols:
        return []
    cols_all = np.concatenate(entry_cols)
    rows_all = np.concatenate(entry_rows)
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
    group_array = np.asarray(groups, dtype=np.int64)
    codes: list[np.ndarray] = []
    for start, size in zip(starts, sizes, strict=True):
        if size < 2 or size > cap:
            continue
        members = rows_all[start:start + size]
        left, right = np.triu_indices(size, k=1)
        a, b = members[left], members[right]
        different = group_array[a] != group_array[b]
        codes.append(a[different] * rows + b[different])
    if not codes:
        return []
    unique = np.unique(np.concatenate(codes))
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
    ends_sorted = ends[by_note]
    first = np.r_[0, np.flatnonzero(ends_sorted[1:] != ends_sorted[:-1]) + 1]
    rank_in_note = np.arange(len(ends_sorted)) - np.repeat(first, np.diff(np.r_[first, len(ends_sorted)]))
    keep = np.zeros(len(unique), dtype=bool)
    keep[pair_index[by_note][rank_in_note < KEEP_PER_NOTE]] = True
    return [(int(a), int(b), float(s)) for a, b, s in zip(left[keep], right[keep], sims[keep], strict=True)]


_NUMBER = re.compile(r"(?<![\w.])\d(?:[\d,.]*\d)?(?![\w])")  # not the digits of "H200" or "GPT-4o"


def numbers(text: str) -> frozenset[str]:
    """The numbers a text states, normalised ("45,500" and "45500" are one number)."""
    return frozenset(n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text))


_CAPITALISED = re.compile(r"[A-Z][\w&'’-]*[A-Za-z]")
_NOT_A_NAME = frozenset(MONTHS + WEEKDAYS)


def names(text: str) -> frozenset[str]:
    """Capitalised words (names of people, organisations, places, things); a sentence's first
    word only when the next word is capitalised too; never common words, weekdays or months."""
    found = set()
    for match in _CAPITALISED.finditer(text):
        word = re.sub(r"['’]s$", "", match.group(0))
        lower = word.lower()
        if lower in _NOT_A_NAME or lower in STOP_WORDS:
            continue
        # A sentence's first word is capitalised anyway: a name only when the next word is too.
        if match.start() == 0 and not re.match(r"\s+[A-Z]", text[match.end():]):
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


def clusters(
    pairs: Sequence[tuple[int, int, float]],
    ids: Sequence[str],
    groups: Sequence[int],
    scores: Sequence[float],
    texts: Sequence[str] | None = None,
) -> list[tuple[str, list[int]]]:
    """Groups of same-claim notes spanning two or more sources, best note first.

    Each group is a star around its best-ranked note: a note joins only when it states the
    same claim as that note itself (see same_claim), so a chain of partly similar notes
    never grows into one cluster of different claims. One note per source per group."""
    stated = [numbers(t) for t in texts] if texts is not None else [frozenset()] * len(ids)
    named = [names(t) for t in texts] if texts is not None else [frozenset()] * len(ids)
    partners: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for a, b, sim in pairs:
        if groups[a] != groups[b] and same_claim(sim, stated[a], stated[b], named[a], named[b]):
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


def _stem(word: str) -> str:
    """A word with a plural or possessive ending taken off ("households" ~ "household")."""
    return re.sub(r"(?:['’]s|s)$", "", word)


def _stems(text: str) -> set[str]:
    """The stems of a text's content words."""
    return {_stem(word) for word in content_words(text)}


def _span_of(figure: Figure) -> tuple[float, float]:
    """The range a figure allows: (8, 15) for "8 to 15 percent", (12, 12) for "12 percent"."""
    raw = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", figure.text)]
    if len(raw) < 2 or not raw[-1]:
        return figure.value, figure.value
    factor = figure.value / raw[-1]
    return min(raw[0], raw[-1]) * factor, figure.value


def _figures_conflict(a: Sequence[Figure], b: Sequence[Figure], text_a: str = "", text_b: str = "",
                      stems: Callable[[str], set[str]] | None = None) -> str:
    """Two figures in the same unit and period that differ by more than 10% for the same thing:
    their measures share a word, or (within a factor of 3) the two sentences share three
    content words ("will cost households closer to $9 a month" vs "will add about $6.40 to
    the average monthly household bill")."""
    stem = stems or _stems
    common: set[str] | None = None
    for fa in a:
        for fb in b:
            if not fa.unit or fa.unit != fb.unit or fa.period != fb.period:
                continue
            high, low = max(fa.value, fb.value), min(fa.value, fb.value)
            if not (high > 0 and (high - low) / high > 0.1):
                continue
            (a_low, a_high), (b_low, b_high) = _span_of(fa), _span_of(fb)
            if a_low <= b_high and b_low <= a_high:
                continue  # "8 to 15 percent" allows 12 percent
            same_measure = bool(fa.measures and fb.measures and _stems(fa.measures) & _stems(fb.measures))
            if not same_measure and common is None:
                common = (stem(text_a) & stem(text_b)) if text_a and text_b else set()
            same_subject = not same_measure and low > 0 and high / low < 3 and len(common or ()) >= 3
            if same_measure or same_subject:
                what = fa.measures if same_measure else "the same thing"
                return f"different figures for {what}: {fa.text} vs {fb.text}"
    return ""


def _direction_conflict(a: Sequence[str], b: Sequence[str]) -> str:
    """Opposite directions in one word family, from two notes' `directions`."""
    for word_a, word_b in zip(a, b, strict=True):
        # Each side must point one way only, and the two ways must differ.
        if word_a and word_b and word_a[0] != word_b[0]:
            return f"opposite directions: \u201c{word_a[1:]}\u201d vs \u201c{word_b[1:]}\u201d"
    return ""


def _shared_subject(a: str, b: str, words: Sequence[str]) -> bool:
    """The two texts share at least two content words besides the direction words themselves."""
    return _shares_two(_stems(a), _stems(b), words)


def _shares_two(a: set[str], b: set[str], words: Sequence[str]) -> bool:
    """*a* and *b* (stems) share two stems besides those of the direction words (+word/-word)."""
    direction = {_stem(w[1:].lower()) for w in words if w}
    return len((a & b) - direction) >= 2


def disagreements(
    pairs: Sequence[tuple[int, int, float]],
    texts: Sequence[str],
    pointing: Sequence[Sequence[str]],
    figures: Sequence[Sequence[Figure]],
    ids: Sequence[str],
    scores: Sequence[float],
    *,
    limit: int = 12,
) -> list[tuple[int, int, str]]:
    """Pairs of related notes from different sources that conflict, strongest first, each note used once.
    *pointing* holds each note's `directions`; a direction conflict also needs a shared subject."""
    found = []
    memo: dict[str, set[str]] = {}

    def stems(text: str) -> set[str]:  # each sentence's stems, worked out once
        if text not in memo:
            memo[text] = _stems(text)
        return memo[text]

    for a, b, sim in pairs:
        if not FIGURES_RELATED <= sim < 0.85:
            continue
        reason = _figures_conflict(figures[a], figures[b], texts[a], texts[b], stems) if figures[a] and figures[b] else ""
        by_direction = False
        if not reason and sim >= RELATED:
            reason = _direction_conflict(pointing[a], pointing[b])
            by_direction = bool(reason)
        if reason:
            found.append((sim * (scores[a] + scores[b]), a, b, reason, by_direction))
    found.sort(key=lambda item: (-item[0], ids[item[1]], ids[item[2]]))
    used: set[int] = set()
    out = []
    for _, a, b, reason, by_direction in found:
        if a in used or b in used:
            continue
        if by_direction and not _shares_two(stems(texts[a]), stems(texts[b]), list(pointing[a]) + list(pointing[b])):
            continue
        used.update((a, b))
        out.append((a, b, reason))
        if len(out) >= limit:
            break
    return out
