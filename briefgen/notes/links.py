"""Across sources: which notes say the same thing (clusters) and which conflict.

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

from briefgen.ingest.clean import content_words
from briefgen.models import Figure

SAME_CLAIM = 0.33
"""Cosine at or above which two notes from different sources back the same claim."""
RELATED = 0.18
"""Cosine at or above which two notes are about the same subject (for conflicts)."""
_TOP_TERMS = 10
_MAX_BUCKET = 200

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
    turn = None
    for turn in _CONTRAST.finditer(text):
        pass
    if turn is None:
        return text
    after = text[turn.end():]
    if turn.group(0).lower() in ("although", "though", "despite", "while", "whereas") and "," in after:
        return after.split(",", 1)[1]  # "Although A, B": B concludes
    return after


def directions(text: str) -> tuple[str, ...]:
    """Per word family: "+word" or "-word" when the text points one way, else "".

    A sentence with words of both ways points the way of its concluding clause, if that
    clause takes one way only ("Although A approved it, B may reject it": reject)."""
    out = []
    for positive, negative in _FAMILIES:
        direction = ""
        for part in (text, _last_clause(text)):
            pos, neg = positive.search(part), negative.search(part)
            if pos is not None and neg is None:
                direction = "+" + pos.group(0)
            elif neg is not None and pos is None:
                direction = "-" + neg.group(0)
            else:
                continue
            break
        out.append(direction)
    return tuple(out)


def candidate_pairs(matrix: sparse.csr_matrix, groups: Sequence[int]) -> list[tuple[int, int, float]]:
    """(i, j, cosine) for notes of different sources sharing a distinctive term."""
    buckets: dict[int, list[int]] = defaultdict(list)
    # Only terms shared by a few notes can pair them: skip unique and crowded terms.
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    for row in range(matrix.shape[0]):
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        cols, vals = matrix.indices[start:end], matrix.data[start:end]
        useful = (df[cols] >= 2) & (df[cols] <= _MAX_BUCKET)
        cols, vals = cols[useful], vals[useful]
        if len(cols) == 0:
            continue
        top = cols[np.argsort(-vals, kind="stable")[:_TOP_TERMS]]
        for col in top:
            buckets[int(col)].append(row)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2 or len(members) > _MAX_BUCKET:
            continue
        for a_index, a in enumerate(members):
            for b in members[a_index + 1:]:
                if groups[a] != groups[b]:
                    pairs.add((a, b) if a < b else (b, a))
    if not pairs:
        return []
    ordered = sorted(pairs)
    left = np.array([a for a, _ in ordered])
    right = np.array([b for _, b in ordered])
    sims = np.asarray(matrix[left].multiply(matrix[right]).sum(axis=1)).ravel()
    return [(int(a), int(b), float(s)) for a, b, s in zip(left, right, sims, strict=True)]


def clusters(
    pairs: Sequence[tuple[int, int, float]], ids: Sequence[str], groups: Sequence[int], scores: Sequence[float]
) -> list[tuple[str, list[int]]]:
    """Connected groups of same-claim notes spanning two or more sources, best note first."""
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, sim in pairs:
        if sim >= SAME_CLAIM:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(ids)):
        members[find(index)].append(index)
    out = []
    for group in members.values():
        if len({groups[i] for i in group}) < 2:
            continue
        group.sort(key=lambda i: (-scores[i], ids[i]))
        digest = hashlib.sha1("|".join(sorted(ids[i] for i in group)).encode()).hexdigest()[:6]
        out.append((f"c-{digest}", group))
    out.sort(key=lambda item: item[0])
    return out


def _figures_conflict(a: Sequence[Figure], b: Sequence[Figure]) -> str:
    for fa in a:
        for fb in b:
            if not fa.unit or fa.unit != fb.unit or not fa.measures or not fb.measures:
                continue
            shared = set(fa.measures.lower().split()) & set(fb.measures.lower().split())
            if not shared or fa.period != fb.period:
                continue
            high, low = max(fa.value, fb.value), min(fa.value, fb.value)
            if high > 0 and (high - low) / high > 0.1:
                return f"different figures for {fa.measures}: {fa.text} vs {fb.text}"
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
    direction_words = {w[1:].lower() for w in words if w}
    shared = (set(content_words(a)) & set(content_words(b))) - direction_words
    return len({w.rstrip("s") for w in shared}) >= 2


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
    *pointing* holds each note's `directions`."""
    found = []
    for a, b, sim in pairs:
        if not RELATED <= sim < 0.85:
            continue
        reason = _figures_conflict(figures[a], figures[b])
        if not reason:
            reason = _direction_conflict(pointing[a], pointing[b])
            if reason and not _shared_subject(texts[a], texts[b], list(pointing[a]) + list(pointing[b])):
                reason = ""
        if reason:
            found.append((sim * (scores[a] + scores[b]), a, b, reason))
    found.sort(key=lambda item: (-item[0], ids[item[1]], ids[item[2]]))
    used: set[int] = set()
    out = []
    for _, a, b, reason in found:
        if a in used or b in used:
            continue
        used.update((a, b))
        out.append((a, b, reason))
        if len(out) >= limit:
            break
    return out
